"""One call for everything the app notices in a text: crisis language (more to come)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from selftrust.language.crisis import CrisisResult, detect_crisis

# Longer input is refused by the entry layers with a clear sentence (bounded time and memory).
ANALYZE_MAX_CHARS = 200_000


@dataclass(frozen=True, slots=True)
class Analysis:
    crisis: CrisisResult

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
        }


def analyze(text: str) -> Analysis:
    """Run every rules-based analyzer on one text."""
    return Analysis(crisis=detect_crisis(text))
