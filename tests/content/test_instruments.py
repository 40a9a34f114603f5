"""Instrument text: verbatim items that cannot drift, sources recorded, our own copy kind."""

from __future__ import annotations

import hashlib
import re

import pytest

from selftrust.content.instruments import INSTRUMENTS
from selftrust.content.instruments.checkin import DISTRESS
from selftrust.content.instruments.text import NOT_A_DIAGNOSIS, InstrumentText
from selftrust.domain import checkin
from selftrust.domain.measures import GAD7_BANDS, PHQ9_BANDS, SPECS

# SHA-256 of each instrument's items joined with "\n". The validated wording was checked
# against the published forms (see docs/instruments.md). A change here is a content change
# that needs a source, not a test to update in passing.
ITEM_CHECKSUMS = {
    "gad7": "681211c437707a9221dcbece6d0e9b0ec6473561b460b8014b77b54993e9a6a5",
    "phq9": "4a10a6b0e0a4eaeacdef3cdca7aa3a8d88a41e614251f3c60cbbe9e8a44ce4a6",
    "pcl5": "00b784f93d5e028382e10ace6f439c57bd78036adbbbbe5f5adf05a6243deb83",
    "scssf": "5f747d199f473f80c65e970c9305998d5749663821a9feeacb0cae47ec069edc",
    "rses": "0aa51d42db90963ac1eb5b407d77fda9ed5eb0815e9fb7da70e0389d5bef369f",
    "checkin": "82aa061a81d7674418e2024adfdcf56fddf2441ee807e76f445d07b510d5f80e",
}

# Words CONTENT.md keeps out of our own copy. Validated items are exempt: they stay verbatim.
BANNED = re.compile(
    r"\b(fail\w*|must|should|streak\w*|broken|wrong|panic button|trigger warning|no risk|"
    r"not at risk|good job)\b",
    re.IGNORECASE,
)
LOINC = re.compile(r"^\d{1,6}-\d$")

ALL = sorted(INSTRUMENTS)
VALIDATED = sorted(key for key, text in INSTRUMENTS.items() if text.validated)


def our_own_text(text: InstrumentText) -> list[str]:
    parts = [text.about, text.validation_note, text.meaning, *text.result_notes.values()]
    if text.content_note:
        parts.append(text.content_note)
    if not text.validated:
        parts += [text.instructions, text.stem or "", *text.items]
        parts += [option.label for option in text.options]
    return parts


def loinc_check_digit_holds(code: str) -> bool:
    # LOINC uses the mod-10 (Luhn) check digit over all digits.
    total = 0
    for position, char in enumerate(reversed(code.replace("-", ""))):
        digit = int(char) * (2 if position % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0


def test_it_offers_exactly_the_six_instruments_and_no_who5() -> None:
    assert set(INSTRUMENTS) == {"gad7", "phq9", "pcl5", "scssf", "rses", "checkin"}
    assert set(VALIDATED) == set(SPECS)


@pytest.mark.parametrize("instrument_id", ALL)
def test_it_keeps_item_wording_exactly_as_verified(instrument_id: str) -> None:
    items = INSTRUMENTS[instrument_id].items
    digest = hashlib.sha256("\n".join(items).encode("utf-8")).hexdigest()
    assert digest == ITEM_CHECKSUMS[instrument_id]
    assert all(item == item.strip() and "  " not in item for item in items)


@pytest.mark.parametrize("instrument_id", ALL)
def test_it_records_source_licence_and_options_for_every_instrument(instrument_id: str) -> None:
    text = INSTRUMENTS[instrument_id]
    assert text.id == instrument_id
    for field in (text.title, text.short_name, text.instructions, text.about):
        assert field.strip()
    assert text.citation.strip()
    assert text.licence.strip()
    assert text.options
    assert all(option.label for option in text.options)
    assert len({option.value for option in text.options}) == len(text.options)


@pytest.mark.parametrize("instrument_id", VALIDATED)
def test_it_matches_items_and_options_to_the_scoring_spec(instrument_id: str) -> None:
    text, spec = INSTRUMENTS[instrument_id], SPECS[instrument_id]
    assert len(text.items) == spec.item_count
    values = {option.value for option in text.options}
    assert values == set(range(spec.min_answer, spec.max_answer + 1))
    assert text.source_url


def test_it_matches_the_check_in_text_to_its_scoring() -> None:
    text = INSTRUMENTS["checkin"]
    assert len(text.items) == checkin.ITEM_COUNT
    values = {option.value for option in text.options}
    assert values == set(range(checkin.MIN_ANSWER, checkin.MAX_ANSWER + 1))
    assert (DISTRESS.lowest.value, DISTRESS.highest.value) == (
        checkin.DISTRESS_MIN,
        checkin.DISTRESS_MAX,
    )


def test_it_says_the_check_in_is_not_a_validated_measure() -> None:
    text = INSTRUMENTS["checkin"]
    assert text.validated is False
    assert "not a validated measure" in text.validation_note
    assert "not a validated measure" in text.meaning
    assert "not taken from a published scale" in text.citation


@pytest.mark.parametrize("instrument_id", ALL)
def test_it_ends_every_meaning_with_not_a_diagnosis(instrument_id: str) -> None:
    assert INSTRUMENTS[instrument_id].meaning.endswith(NOT_A_DIAGNOSIS)


@pytest.mark.parametrize("instrument_id", ALL)
def test_it_keeps_our_own_copy_free_of_words_that_shame_or_alarm(instrument_id: str) -> None:
    for part in our_own_text(INSTRUMENTS[instrument_id]):
        assert not BANNED.search(part), part
    assert not BANNED.search(f"{DISTRESS.question} {DISTRESS.note}")


@pytest.mark.parametrize(
    ("instrument_id", "panel", "total", "item_count"),
    [
        ("gad7", "69737-5", "70274-6", 7),
        ("phq9", "44249-1", "44261-6", 9),
        ("pcl5", "101697-1", "101698-9", 0),
        ("scssf", None, None, 0),
        ("rses", None, None, 0),
        ("checkin", None, None, 0),
    ],
)
def test_it_records_only_confirmed_loinc_codes(
    instrument_id: str, panel: str | None, total: str | None, item_count: int
) -> None:
    loinc = INSTRUMENTS[instrument_id].loinc
    assert (loinc.panel, loinc.total) == (panel, total)
    assert len(loinc.items or ()) == item_count
    for code in (loinc.panel, loinc.total, *(loinc.items or ())):
        if code is not None:
            assert LOINC.match(code)
            assert loinc_check_digit_holds(code), code


def test_it_has_a_note_for_every_published_band_and_nothing_invented() -> None:
    assert set(INSTRUMENTS["gad7"].result_notes) == {band.value for _, band in GAD7_BANDS}
    phq9_keys = {band.value for _, band in PHQ9_BANDS} | {"safety_flag"}
    assert set(INSTRUMENTS["phq9"].result_notes) == phq9_keys
    assert set(INSTRUMENTS["pcl5"].result_notes) == {"assessment_suggested", "dsm5_rule"}
    assert set(INSTRUMENTS["rses"].result_notes) == {"low_self_esteem"}
    assert not INSTRUMENTS["scssf"].result_notes
    assert not INSTRUMENTS["checkin"].result_notes


def test_it_offers_help_in_the_phq9_text_whatever_the_score() -> None:
    text = INSTRUMENTS["phq9"]
    assert "whatever your score, help is one step away" in text.meaning
    assert "Get help now" in text.result_notes["safety_flag"]
    assert (text.content_note or "").startswith("Content note:")


def test_it_gives_the_pcl5_no_severity_words() -> None:
    text = INSTRUMENTS["pcl5"]
    assert "no official levels" in text.meaning
    for part in [*text.result_notes.values(), text.about]:
        assert not re.search(r"\b(minimal|mild|moderate|severe)\b", part, re.IGNORECASE)
