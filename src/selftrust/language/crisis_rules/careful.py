"""The careful pass: try each offered rule around its anchors and judge every match in context.

The policy it applies (negation, settled past, whose crisis, topics, accidents) is described in
``selftrust/language/crisis.py`` and docs/crisis-detection.md; the cues it uses live in
``negation.py`` and ``context.py``. ``reading.py`` decides which texts need this pass.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from selftrust.language.crisis_rules import OTHER_REASONS, RULES, Rule, context, negation
from selftrust.language.crisis_rules.patterns import SEPARATOR, compile_pattern, compile_scan
from selftrust.language.crisis_rules.records import (
    NO_CRISIS,
    CrisisKind,
    CrisisMatch,
    CrisisResult,
)

_BEFORE, _AFTER, _COVER = 160, 200, 400  # how far a match may reach around its anchor
_CONTEXT = 400  # how far context words (negation, past, topic) are looked for
_MAX_MATCHES = 200  # a text with this many is certainly a crisis; stop collecting

_LETTER_RUN = r"([a-z])\1+"
_SENTENCE_END = r"[?;:\n]|!(?!\w)|(?<![.\d])\.(?![.\d])"  # "d!e" stays one word
# Every match of these is one character. Consuming a character first, and checking the
# original alternatives in a lookbehind, gives the same matches with a fast first-character
# scan, which a pattern opening on a lookaround never gets (about 5 times faster).
_ENDS = r"[?;:\n!.](?<=" + _SENTENCE_END + ")"
_SEPARATORS = r"[^\w ](?<=" + SEPARATOR + ")"
_WORD_TAIL = r"\w*"

_W, _E = r"(?<!\w)", r"(?!\w)"
# Every context cue: its source and the edges it is compiled with ("$": it must end right
# before the phrase; "": it starts right after the phrase).
_CUES = {
    "negation": (negation.NEGATION, _W, "$"),
    "hedge": (negation.HEDGE, _W, _E),
    "hedge_time": (negation.HEDGE_TIME, "", _E),
    "question": (negation.QUESTION, _W, _E),
    "harm_question": (negation.HARM_QUESTION, _W, _E),
    "answer_no": (negation.ANSWER_NO, _W, _E),
    "after_no": (negation.AFTER_NO, "", ""),
    "distant": (context.DISTANT, _W, _E),
    "present": (context.PRESENT, _W, _E),
    "present_near": (context.PRESENT_NEAR, _W, _E),
    "on_purpose": (context.ON_PURPOSE, _W, _E),
    "topic": (context.TOPIC, _W, _E),
    "topic_override": (context.TOPIC_OVERRIDE, _W, _E),
    "topic_strong": (context.TOPIC_STRONG, _W, _E),
    "personal": (context.PERSONAL, _W, "$"),
    "first_person": (context.FIRST_PERSON, _W, _E),
    "subject": (context.SUBJECT, _W, _E),
}


class _CompiledRule:
    """A rule's regexes, turned round to open on their first letters (``leading.py``)."""

    __slots__ = ("_regex", "benign", "needs", "rule", "scan", "unless")

    def __init__(self, rule: Rule) -> None:
        def optional(src: str) -> re.Pattern[str] | None:
            return compile_scan(src) if src else None

        self.rule = rule
        self.scan = compile_scan(rule.pattern)
        self._regex: re.Pattern[str] | None = None
        self.unless = optional(rule.unless)
        self.benign = optional(rule.benign)
        self.needs = optional(rule.needs)

    @property
    def regex(self) -> re.Pattern[str]:
        """The pattern as written, compiled when first asked for (the tests read it)."""
        if self._regex is None:
            self._regex = compile_pattern(self.rule.pattern)
        return self._regex


@cache
def _rx(source: str) -> re.Pattern[str]:
    return re.compile(source)


@cache
def _rule(index: int) -> _CompiledRule:
    return _CompiledRule(RULES[index])


@cache
def _cue(name: str) -> re.Pattern[str]:
    source, prefix, suffix = _CUES[name]
    return compile_scan(source, prefix, suffix)


class Analysis:
    """One careful pass over a text that contains at least one anchor word."""

    def __init__(self, low: str, norm: str, *, plain: bool = False) -> None:
        """``plain``: the caller knows ``norm`` has no separator (``reading._unseparated``)."""
        self.low = low
        # Same length, so offsets still line up.
        self.norm = norm if plain else _rx(_SEPARATORS).sub(" ", norm)
        self.ends = [m.start() for m in _rx(_ENDS).finditer(self.norm)]
        self._runs: tuple[list[int], list[int], list[int]] | None = None
        self._cues: dict[tuple[str, int, int], bool] = {}
        self._distant: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def run(self, hits: list[tuple[int, tuple[int, ...]]]) -> CrisisResult:
        found: dict[tuple[int, int, int], list[CrisisMatch]] = {}
        covered = [-1] * len(RULES)
        for at, rules in hits:
            s_lo, s_hi = self._sentence(at)
            for index in rules:
                if covered[index] >= min(s_hi, at + _AFTER):
                    continue  # this rule already searched past here
                lo = max(s_lo, at - _BEFORE)
                hi = self._word_end(min(s_hi, at + _COVER))
                covered[index] = hi
                compiled = _rule(index)
                for m in compiled.scan.finditer(self.norm, lo, hi):
                    key = (index, m.start(), m.end())
                    if key not in found:
                        found[key] = self._judge(compiled, m, s_lo)
            if len(found) >= _MAX_MATCHES:
                break
        return _result([match for matches in found.values() for match in matches])

    def _word_end(self, pos: int) -> int:
        # A window must not end inside a word, or "myselfish" would look like "myself".
        tail = _rx(_WORD_TAIL).match(self.norm, pos)
        return tail.end() if tail else pos

    def _sentence(self, pos: int) -> tuple[int, int]:
        return self._around(pos, pos + 1, 0, 0)

    def _around(self, start: int, end: int, before: int, after: int) -> tuple[int, int]:
        i = bisect_right(self.ends, start - 1) - 1 - before
        j = bisect_right(self.ends, end - 1) + after
        lo = self.ends[i] + 1 if i >= 0 else 0
        hi = self.ends[j] if j < len(self.ends) else len(self.norm)
        # Context never reaches further than this, so one endless sentence stays cheap.
        return max(lo, start - _CONTEXT), min(hi, end + _CONTEXT)

    def _has(self, name: str, lo: int, hi: int) -> bool:
        # Several matches in one text often ask about the same stretch: ask the regex once.
        key = (name, lo, hi)
        found = self._cues.get(key)
        if found is None:
            found = self._cues[key] = _cue(name).search(self.norm, lo, hi) is not None
        return found

    def _judge(self, compiled: _CompiledRule, m: re.Match[str], s_lo: int) -> list[CrisisMatch]:
        rule, start, end = compiled.rule, m.start(), m.end()
        s_hi = self._sentence(start)[1]
        if rule.negatable and self._negated(start, end, s_lo):
            return []
        # A screening question about harm answered no: "asked if anyone at home hurts me. No."
        # The question may sit inside the phrase, since these rules read the subject too.
        if rule.kind == "harm_from_others" and self._answered_no(
            start, end, s_lo, end, question="harm_question"
        ):
            return []
        if compiled.unless and self._overlaps(compiled.unless, start, end):
            return []
        # Only words close by make a phrase everyday ("cut myself shaving", not "... walked the
        # dog"); a story-like phrase that needs its neighbours is judged with them.
        # Telegraphic writing ("pills. tonight. decided.") spreads one thought over tiny
        # sentences, so a story in a sentence of a word or two reaches one sentence further back.
        story = self._around(start, end, 2 if s_hi - s_lo < 16 else 1, 1)
        lo, hi = story if compiled.needs else (max(s_lo, start - 25), min(s_hi, end + 30))
        benign = compiled.benign and compiled.benign.search(self.norm, lo, self._word_end(hi))
        if benign and not self._has("on_purpose", s_lo, s_hi):
            return []
        if compiled.needs and not compiled.needs.search(self.norm, *story):
            return []
        subject = self._subject(s_lo, start)
        # Topic words only matter for bare mentions and for someone else: a sentence with no
        # subject in a journal is the writer's ("recorded a goodbye video for my kids").
        if (rule.topic or subject in ("third", "both")) and self._is_topic(start, end, s_lo, s_hi):
            return []
        if self._settled(start, end, s_lo, s_hi):
            return []
        span = self._to_original(start, end)
        mine = CrisisMatch(CrisisKind(rule.kind), *span, rule.id, rule.reason)
        if rule.other_kind is None or subject not in ("third", "both"):
            return [mine]
        theirs = CrisisMatch(
            CrisisKind(rule.other_kind), *span, rule.id, OTHER_REASONS[rule.other_kind]
        )
        # "My girlfriend and I both cut": the writer's crisis and someone else's.
        both = subject == "both" and rule.other_kind == "concern_for_other"
        return [mine, theirs] if both else [theirs]

    def _settled(self, start: int, end: int, s_lo: int, s_hi: int) -> bool:
        lo, hi = self._around(start, end, 2, 2)
        # Words that make it live win over any settled past, so they are asked first: they
        # are quicker to look for, and half the time there is no need to look for the past.
        # The phrase's own words don't make it live ("I used to want to die").
        for name, a, b in (("present", lo, hi), ("present_near", s_lo, s_hi)):
            if self._has(name, a, start) or self._has(name, end, b):
                return False
        # Nor do they settle it alone: "three months clean and I relapsed" is a live relapse.
        distant = self._distant.get((lo, hi))
        if distant is None:
            found = _cue("distant").finditer(self.norm, lo, hi)
            distant = self._distant[lo, hi] = [d.span() for d in found]
        return not all(start <= d_start and d_end <= end for d_start, d_end in distant)

    def _negated(self, start: int, end: int, s_lo: int) -> bool:
        before = _cue("negation").search(self.norm, max(s_lo, start - 80), start)
        next_end = self._around(end, end, 0, 1)[1]
        if before is None:
            asked = self._answered_no(start, end, s_lo, start)
            return asked or _cue("after_no").match(self.norm, end, next_end) is not None
        if self._has("hedge", end, next_end):
            return False
        # Only an intention is left open by a time word: "not going to kill myself today".
        return bool(before.group("report")) or not _cue("hedge_time").match(self.norm, end)

    def _answered_no(
        self, start: int, end: int, s_lo: int, q_hi: int, *, question: str = "question"
    ) -> bool:
        """A question before ``q_hi`` in this sentence, answered no within two sentences.

        Two, because "Honest answer: no" splits at the colon.
        """
        if not self._has(question, s_lo, q_hi):
            return False
        answer_end = self._around(end, end, 0, 2)[1]
        return self._has("answer_no", end, answer_end) and not self._has("hedge", end, answer_end)

    def _overlaps(self, regex: re.Pattern[str], start: int, end: int) -> bool:
        hi = self._word_end(min(len(self.norm), end + 60))
        hits = regex.finditer(self.norm, max(0, start - 60), hi)
        return any(u.start() < end and u.end() > start for u in hits)

    def _is_topic(self, start: int, end: int, s_lo: int, s_hi: int) -> bool:
        topic_lo = self._around(start, start, 1, 0)[0]  # this sentence or the one before
        if not self._has("topic", topic_lo, s_hi) or self._has("topic_override", s_lo, s_hi):
            return False
        # "a book about suicide", "the character kills himself": a mention with no personal
        # words right before it ("i feel", "my", "thinking about") or inside it ("after my
        # attempt") is the topic, not the person.
        personal = _cue("personal").search(self.norm, max(s_lo, start - 40), start)
        if personal is None:
            personal = _cue("first_person").search(self.norm, start, end)
        return personal is None or self._has("topic_strong", topic_lo, s_hi)

    def _subject(self, s_lo: int, start: int) -> str | None:
        found = list(_cue("subject").finditer(self.norm, max(s_lo, start - 200), start))
        if not found:
            return None
        last = found[-1]
        return "both" if last.group("both") else "third" if last.group("third") else "first"

    def _to_original(self, start: int, end: int) -> tuple[int, int]:
        if self._runs is None:  # built only when there is something to report
            kept, low_start, low_end, removed = [], [], [], 0
            for run in _rx(_LETTER_RUN).finditer(self.low):
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
            return pos + end
        if kept[i] == pos:  # the one letter left of a squeezed run stands for the whole run
            return low_end[i] if end else low_start[i]
        return pos - kept[i] + low_end[i] - 1 + end


def _result(matches: list[CrisisMatch]) -> CrisisResult:
    # A match inside a longer one adds nothing ("told me to kill myself" holds "kill myself").
    matches.sort(key=lambda m: (m.start, -m.end, m.kind))
    kept: list[CrisisMatch] = []
    for match in matches:
        span = (match.start, match.end)
        if not any(
            k.start <= match.start
            and match.end <= k.end
            and (k.kind == match.kind or (k.start, k.end) != span)
            for k in kept
        ):
            kept.append(match)
    if not kept:
        return NO_CRISIS
    kinds = tuple(sorted({m.kind for m in kept}))
    return CrisisResult(crisis=True, kinds=kinds, matches=tuple(kept))
