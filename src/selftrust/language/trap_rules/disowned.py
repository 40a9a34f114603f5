"""Thoughts the writer has already answered: an old script quoted and put down, or a feeling named
as only a feeling.

"I used to think I ruined everything. I don't believe that any more" holds the words of a trap,
but the person is showing how far they have come, and a highlight there would read as a step
back. So a match is left quiet when the sentence frames it as an old belief ("used to think",
"when I was married I thought") or when the text answers it close after ("It wasn't.", "guilt
doesn't mean I did wrong", "that's a feeling, not a verdict", "and swapped it for"). Only texts
with a match reach this (it costs nothing on everyday text); a plain "I used to be so stupid" is
not an old belief answered, so it still counts.
"""

from __future__ import annotations

import re
from functools import cache

# Before the match, in its own sentence: the thought is framed as an old belief.
_OLD_BELIEF = (
    r"\b(?:i )?used to (?:think|believe|tell myself|say|assume|be (?:so )?(?:sure|convinced))"
    r"\b[^.!?\n]{0,80}$"
    r"|\b(?:back then|in those days|as a (?:kid|child|teen|teenager)|when i was (?:married|"
    r"little|a kid|a child|younger|seven|eight|nine|ten|\d+)),? i (?:thought|believed|was sure)"
    r"\b[^.!?\n]{0,80}$"
    r"|\bnot\s+because\s+$"  # "tired from three late shifts, not because I'm weak"
    # "feeling scared doesn't mean something bad is coming"
    r"|\b(?:doesn't|does\s+not)\s+mean\s+(?:that\s+)?$"
)

# After the match (within a couple of sentences): the writer answers it.
_ANSWERED = (
    r"[^\n]{0,160}?(?:"
    r"\b(?:it|that|this) (?:wasn't|was not|isn't|is not|was never|is never)"
    r"(?: (?:true|mine|my fault|the truth|mine to carry|real))?\s*[.!]"
    r"|\bi (?:don't|do not|no longer) (?:believe|think) (?:that|it|this)"
    r"|\bthat was the old|\bold (?:script|story|tape|voice)\b"
    # "guilt doesn't mean I did wrong", not "the compliment doesn't mean anything"
    r"|\b(?:doesn't|does not) (?:mean|prove) (?:that )?(?:i|i'm|i've|something|it's|it is|"
    r"anything (?:is|was|bad)|you|i'll)\b|\b(?:doesn't|does not) make it true\b"
    r"|\b(?:isn't|is not|wasn't|was not|not) (?:a |any )?(?:proof|evidence|a fact|a verdict)\b"
    r"|\b(?:a|just a|only a) feeling,? not (?:a )?(?:fact|verdict|truth)"
    r"|\b(?:and|then) (?:swapped|replaced|changed|traded) it\b"
    r"|\b(?:say|says|said) otherwise\b|\bwas (?:wrong|mistaken) about that\b"
    r")"
)


@cache
def _regex(source: str) -> re.Pattern[str]:
    return re.compile(source)


def disowned(low: str, start: int, end: int) -> bool:
    """Whether the match at ``low[start:end]`` is an old belief or one the text answers."""
    line_start = max(low.rfind(".", 0, start), low.rfind("!", 0, start), low.rfind("?", 0, start))
    before = low[max(line_start + 1, start - 120) : start]
    if _regex(_OLD_BELIEF).search(before):
        return True
    return _regex(_ANSWERED).match(low, start) is not None
