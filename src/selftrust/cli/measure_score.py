"""`selftrust measure score`: a pure calculation that stores nothing.

Imports only the domain (and, for people rather than scripts, the instrument text): no
storage, no services, so it starts about as fast as Python does (docs/performance.md).
"""

from __future__ import annotations

import json
import re
from typing import cast

from selftrust.domain.measures import MeasureResult, get_spec, score

_WHOLE = re.compile(r"[+-]?\d+")


def parse_answers(raw: str) -> list[int | str]:
    """Split "1,0,2" into numbers; anything else is passed on for the domain to name."""
    if not raw.strip():
        return []
    parts = [part.strip() for part in raw.split(",")]
    return [int(part) if _WHOLE.fullmatch(part) else part for part in parts]


def score_answers(instrument: str, raw: str) -> MeasureResult:
    """Score comma-separated answers, or raise AnswersInvalid / UnknownInstrument."""
    get_spec(instrument)  # an unknown instrument is named before the answers are looked at
    # The domain checks count, type and range, in that order, each with one plain sentence.
    # Words are passed on as they are, so the domain names them ("Answer 3 needs to be…").
    return score(instrument, cast("list[int]", parse_answers(raw)))


def run_score(instrument: str, raw: str, *, json_output: bool) -> None:
    """Print the score as JSON for scripts, or in plain words for people."""
    result = score_answers(instrument, raw)
    if json_output:
        print(json.dumps(result.to_dict()))
        return
    from selftrust.content import measures_copy as words
    from selftrust.content.instruments import INSTRUMENTS

    text = INSTRUMENTS[instrument]
    print(f"{text.short_name}: {words.score_line(result, get_spec(instrument).max_total)}.")
    for note in words.result_notes(text, result):
        print(note)
    print(text.meaning)
    if result.safety_flag:
        print(words.CLI_HELP_HINT)
    print(words.CLI_NOTHING_STORED)
