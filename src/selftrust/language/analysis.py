"""One call for everything the app notices in a text: crisis language, thinking traps and
absolutist words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from selftrust.language.absolutist import WordMatch, find_absolutist_words
from selftrust.language.crisis import CrisisResult, detect_crisis
from selftrust.language.traps import TrapMatch, find_traps

# Longer input is refused by the entry layers with a clear sentence (bounded time and memory).
ANALYZE_MAX_CHARS = 200_000


@dataclass(frozen=True, slots=True)
class Analysis:
    crisis: CrisisResult
    traps: tuple[TrapMatch, ...]
    absolutist_words: tuple[WordMatch, ...]

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape shared by `selftrust analyze --json` and `POST /api/v1/analyze`."""
        return {
            "crisis": self.crisis.crisis,
            "crisis_kinds": [k.value for k in self.crisis.kinds],
            "crisis_matches": [
                {
                    "kind": m.kind.value,
                    "start": m.start,
                    "end": m.end,
                    "rule": m.rule,
                    "reason": m.reason,
                }
                for m in self.crisis.matches
            ],
            "traps": list(dict.fromkeys(m.trap.value for m in self.traps)),
            "trap_matches": [
                {
                    "trap": m.trap.value,
                    "start": m.start,
                    "end": m.end,
                    "rule": m.rule,
                    "reason": m.reason,
                }
                for m in self.traps
            ],
            "absolutist_words": [w.word for w in self.absolutist_words],
        }


def analyze(text: str, *, semantic: bool = False) -> Analysis:
    """Run every rules-based analyzer on one text; ``semantic`` adds the optional layer."""
    crisis, traps = detect_crisis(text), find_traps(text)
    if semantic:
        from selftrust.language.meaning import crisis_with_meaning, traps_with_meaning

        crisis = crisis_with_meaning(text, crisis)
        traps = traps_with_meaning(text, traps, crisis)
    return Analysis(crisis=crisis, traps=traps, absolutist_words=find_absolutist_words(text))
