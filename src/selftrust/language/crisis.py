"""Notice crisis language in free text so the app can offer a calm help card.

The detector never blocks or changes what a person writes; it only answers "should we show the
help card, and why". Missing a crisis is worse than an extra calm card, so every decision below
leans towards noticing. The phrases live as commented data in ``crisis_rules.py``.

Decisions about context (each one is tested):
- Negation: an explicit present negation right before a phrase cancels it ("I don't want to die",
  "I'm not going to hurt myself", "I would never kill myself"). It does not cancel when the rest of
  the sentence, or the next one, hedges: "but", "though", "part of me", "not sure", "today",
  "right now"... ("I'm not going to kill myself today" still counts). Phrases whose negation *is*
  the crisis ("I don't want to live", "I don't care if I die") are never cancelled. Ambivalence
  ("I'm not sure I want to be alive") counts.
- Past: a past statement counts unless its sentence or a neighbouring sentence clearly places it
  in the distant, settled past ("years ago", "when I was 15", "five years clean") AND nothing
  makes it live again ("again", "still", "last night", "urges", "want"...). "I used to self-harm"
  alone counts: when in doubt, notice.
- Someone else: the nearest subject before a phrase decides whose crisis it is. "She wants to die"
  is concern for someone else; "she wishes I was dead" is harm from others.
- Topics and idioms: a bare mention inside a book, class or documentary context does not count
  unless something makes it personal ("ways to", "myself", "made me want to"). Idioms are listed
  per rule ("career suicide", "cut myself some slack", "kill me if I forget the milk").
- Accidents: "cut myself shaving" does not count, unless the sentence says "on purpose",
  "again", "to cope", "urge"...

The text is folded first (lowercase, straight quotes, repeated letters squeezed) and every
offset is mapped back, so ``start``/``end`` always index the original text. All patterns avoid
nested unbounded repetition and gaps are possessive, so matching stays linear; texts with no
anchor word leave after one combined scan, which is what keeps everyday text fast.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from enum import StrEnum

from selftrust.language.crisis_rules import CONTEXT, MACROS, OTHER_REASONS, RULES, Rule


class CrisisKind(StrEnum):
    SUICIDE = "suicide"
    SELF_HARM = "self_harm"
    HARM_FROM_OTHERS = "harm_from_others"
    CONCERN_FOR_OTHER = "concern_for_other"


@dataclass(frozen=True, slots=True)
class CrisisMatch:
    kind: CrisisKind
    start: int
    end: int
    rule: str
    reason: str


@dataclass(frozen=True, slots=True)
class CrisisResult:
    crisis: bool
    kinds: tuple[CrisisKind, ...]
    matches: tuple[CrisisMatch, ...]


NO_CRISIS = CrisisResult(crisis=False, kinds=(), matches=())

# A gap between two words: spaces, commas, dashes, quotes, emoji, or an ellipsis, but never a
# single full stop, "!", "?", ";", ":" or a new line. Possessive, so it never backtracks.
GAP = r"(?:(?:[^\w.!?;:\n]++|\.{2,}+)++)"
# Matches can be this far from their anchor word; windows are searched with room to spare.
_BEFORE, _AFTER, _COVER = 160, 200, 400
_MAX_MATCHES = 200  # a text with this many is certainly a crisis; stop collecting

_FOLD_TABLE = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u2032": "'",
        "\uff07": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2026": ",",
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
        "\u200b": " ",
        "\u0130": "i",
    }
)
_RUN = re.compile(r"([^\W\d_])\1+")
_MACRO = re.compile(r"\{([a-z_]+)\}")
_SENTENCE_END = re.compile(r"[!?;:\n]|(?<![.\d])\.(?![.\d])")
_WORD_TAIL = re.compile(r"\w*")
_ANCHOR_GAP = re.compile(r"[^\w'*/!-]+")


def _expand(src: str) -> str:
    for _ in range(4):  # macros may use other macros
        src = _MACRO.sub(lambda m: MACROS.get(m.group(1), m.group(0)), src)
    return src


def fold_pattern(src: str) -> str:
    """Turn a rule pattern into the regex source that runs on folded text."""
    folded = re.sub(r"([a-z])\1+", r"\1", _expand(src))
    return folded.replace(" ", GAP)


def _compile(src: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + fold_pattern(src) + r")(?!\w)")


def fold_text(text: str) -> str:
    """Fold text the way patterns expect it: lowercase, straight quotes, squeezed letters."""
    return _RUN.sub(r"\1", _lower(text))


def _lower(text: str) -> str:
    low = text.lower()
    if not low.isascii() or "`" in low:
        low = low.translate(_FOLD_TABLE)  # one character for one, so offsets stay put
    return low


@dataclass(frozen=True, slots=True)
class _CompiledRule:
    rule: Rule
    regex: re.Pattern[str]
    unless: re.Pattern[str] | None
    benign: re.Pattern[str] | None


def _piece(ch: str) -> str:
    if ch == " ":
        return GAP
    return re.escape(ch) + ("+" if ch.isalpha() else "")  # "kiiill" and "kil" both reach "kill"


def _trie(anchors: list[str]) -> str:
    """Merge anchors into one regex tree: one pass over the text instead of one per word."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for anchor in anchors:
        node = root
        for ch in _anchor_key(anchor):
            node = node.setdefault(ch, {})
        node["$" if anchor.endswith("$") else ""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alts = [
            _piece(ch) + emit(child)
            for ch, child in sorted(node.items())
            if len(ch) == 1 and ch != "$"
        ]
        if "$" in node:
            alts.append(r"(?!\w)")
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return ("(?:" + body + ")?") if "" in node else body

    return emit(root)


def _anchor_key(anchor: str) -> str:
    return re.sub(r"([a-z])\1+", r"\1", anchor.rstrip("$"))


def _build() -> tuple[re.Pattern[str], dict[str, tuple[int, ...]], tuple[_CompiledRule, ...]]:
    compiled = []
    by_key: dict[str, list[int]] = {}
    for index, rule in enumerate(RULES):
        regex = re.compile(
            r"(?<!\w)(?:(?P<neg>"
            + fold_pattern(CONTEXT["negation"])
            + r"))?(?:"
            + fold_pattern(rule.pattern)
            + r")(?!\w)"
            if rule.negatable
            else r"(?<!\w)(?:" + fold_pattern(rule.pattern) + r")(?!\w)"
        )
        compiled.append(
            _CompiledRule(
                rule=rule,
                regex=regex,
                unless=_compile(rule.unless) if rule.unless else None,
                benign=_compile(rule.benign) if rule.benign else None,
            )
        )
        for anchor in rule.anchors:
            by_key.setdefault(_anchor_key(anchor), []).append(index)
    # The captured text is the longest anchor at that spot; every anchor that is a prefix of it
    # is looked up too, so overlapping anchors all get their rules tried.
    scan = re.compile(r"(?<!\w)(?=(" + _trie(sorted({a for r in RULES for a in r.anchors})) + "))")
    return scan, {k: tuple(v) for k, v in by_key.items()}, tuple(compiled)


_SCAN, _BY_KEY, _RULES = _build()
_CTX = {name: _compile(src) for name, src in CONTEXT.items() if name not in ("personal", "subject")}
_PERSONAL = re.compile(r"(?<!\w)" + fold_pattern(CONTEXT["personal"]))
_SUBJECT = _compile(CONTEXT["subject"])
_KEY_MAX = max(len(k) for k in _BY_KEY)


def detect_crisis(text: str) -> CrisisResult:
    """Say whether the text shows crisis language, of which kinds, and where."""
    if not text:
        return NO_CRISIS
    low = _lower(text)
    if _SCAN.search(low) is None:
        return NO_CRISIS  # the common case: no anchor word at all, one scan and out
    return _Analysis(text, low).run()


class _Analysis:
    """One slow-path pass over a text that contains at least one anchor word."""

    def __init__(self, text: str, low: str) -> None:
        self.text = text
        self.low = low
        self.norm = _RUN.sub(r"\1", low)
        self.ends = [m.start() for m in _SENTENCE_END.finditer(self.norm)]
        self._runs: tuple[list[int], list[int], list[int]] | None = None

    def run(self) -> CrisisResult:
        found: dict[tuple[int, int, int], CrisisMatch] = {}
        covered = [-1] * len(_RULES)
        for hit in _SCAN.finditer(self.norm):
            at = hit.start()
            for index in self._candidates(hit.group(1)):
                if covered[index] >= min(len(self.norm), at + _AFTER):
                    continue
                lo = max(0, at - _BEFORE)
                hi = _WORD_TAIL.match(self.norm, min(len(self.norm), at + _COVER)).end()
                covered[index] = hi
                for m in _RULES[index].regex.finditer(self.norm, lo, hi):
                    key = (index, m.start(), m.end())
                    if key not in found and (match := self._judge(_RULES[index], m)):
                        found[key] = match
            if len(found) >= _MAX_MATCHES:
                break
        return _result(list(found.values()))

    def _candidates(self, captured: str) -> set[int]:
        key = _ANCHOR_GAP.sub(" ", captured)[:_KEY_MAX]
        out: set[int] = set()
        for size in range(1, len(key) + 1):
            out.update(_BY_KEY.get(key[:size], ()))
        return out

    def _sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.ends, pos - 1)
        start = self.ends[i - 1] + 1 if i else 0
        end = self.ends[i] if i < len(self.ends) else len(self.norm)
        return start, end

    def _neighbours(self, start: int, end: int, before: int, after: int) -> tuple[int, int]:
        i = bisect_right(self.ends, start - 1)
        j = bisect_right(self.ends, end - 1)
        lo = self.ends[i - 1 - before] + 1 if i - 1 - before >= 0 else 0
        hi = self.ends[j + after] if j + after < len(self.ends) else len(self.norm)
        return max(lo, start - 400), min(hi, end + 400)

    def _has(self, name: str, lo: int, hi: int) -> bool:
        return _CTX[name].search(self.norm, lo, hi) is not None

    def _judge(self, compiled: _CompiledRule, m: re.Match[str]) -> CrisisMatch | None:
        rule, start, end = compiled.rule, m.start(), m.end()
        s_lo, s_hi = self._sentence(start)
        if rule.negatable and m.group("neg") is not None:
            if not self._has("hedge", end, self._neighbours(end, end, 0, 1)[1]):
                return None
        if compiled.unless and self._overlaps(compiled.unless, start, end):
            return None
        # Only words close by make it an accident: "cut myself shaving", not "... walked the dog".
        near_lo = max(s_lo, start - 50)
        near_hi = _WORD_TAIL.match(self.norm, min(s_hi, end + 50)).end()
        if compiled.benign and compiled.benign.search(self.norm, near_lo, near_hi):
            if not self._has("on_purpose", s_lo, s_hi):
                return None
        subject = self._subject(s_lo, start)
        # Topic words only matter when the writer is not the one speaking about themselves.
        if (rule.topic or subject != "first") and self._is_topic(start, s_lo, s_hi):
            return None
        if self._is_settled_past(start, end):
            return None
        kind, reason = rule.kind, rule.reason
        if subject == "third" and rule.other_kind:
            kind, reason = rule.other_kind, OTHER_REASONS[rule.other_kind]
        o_start, o_end = self._to_original(start, end)
        return CrisisMatch(CrisisKind(kind), o_start, o_end, rule.id, reason)

    def _overlaps(self, regex: re.Pattern[str], start: int, end: int) -> bool:
        lo = max(0, start - 60)
        hi = _WORD_TAIL.match(self.norm, min(len(self.norm), end + 60)).end()
        return any(u.start() < end and u.end() > start for u in regex.finditer(self.norm, lo, hi))

    def _is_topic(self, start: int, s_lo: int, s_hi: int) -> bool:
        if not self._has("topic", s_lo, s_hi) or self._has("topic_override", s_lo, s_hi):
            return False
        # "a book about suicide", "the character kills himself": a mention with no personal
        # words right before it ("i feel", "my", "thinking about") is the topic, not the person.
        return _PERSONAL.search(self.norm[max(s_lo, start - 40) : start]) is None

    def _is_settled_past(self, start: int, end: int) -> bool:
        lo, hi = self._neighbours(start, end, 1, 1)
        return self._has("distant", lo, hi) and not self._has("present", lo, hi)

    def _subject(self, s_lo: int, start: int) -> str | None:
        last = None
        for last in _SUBJECT.finditer(self.norm, max(s_lo, start - 200), start):
            pass
        if last is None:
            return None
        return "third" if last.group("third") is not None else "first"

    def _to_original(self, start: int, end: int) -> tuple[int, int]:
        if self._runs is None:
            kept, low_start, low_end = [], [], []
            removed = 0
            for run in _RUN.finditer(self.low):
                kept.append(run.start() - removed)
                low_start.append(run.start())
                low_end.append(run.end())
                removed += run.end() - run.start() - 1
            self._runs = (kept, low_start, low_end)
        return self._map(start, end=False), self._map(end - 1, end=True)

    def _map(self, pos: int, *, end: bool) -> int:
        assert self._runs is not None
        kept, low_start, low_end = self._runs
        i = bisect_right(kept, pos) - 1
        if i < 0:
            return pos + 1 if end else pos
        if kept[i] == pos:  # the one letter left of a squeezed run stands for the whole run
            return low_end[i] if end else low_start[i]
        shifted = pos - kept[i] + low_end[i] - 1
        return shifted + 1 if end else shifted


def _result(matches: list[CrisisMatch]) -> CrisisResult:
    # A match inside a longer one adds nothing ("told me to kill myself" holds "kill myself").
    matches.sort(key=lambda m: (m.start, -m.end))
    kept: list[CrisisMatch] = []
    for match in matches:
        if not any(k.start <= match.start and match.end <= k.end for k in kept):
            kept.append(match)
    if not kept:
        return NO_CRISIS
    kinds = tuple(sorted({m.kind for m in kept}))
    return CrisisResult(crisis=True, kinds=kinds, matches=tuple(kept))
