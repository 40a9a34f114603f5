"""Safety content: crisis services, the crisis card, grounding, the safety plan, help copy.

A wrong number or a shaming word here is real harm, so these checks walk every entry and
every copy string rather than sampling a few.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping
from datetime import date
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selftrust.content import crisis_card, crisis_resources, grounding, help_copy, safety_plan
from selftrust.content.crisis_card import CrisisKind, cli_panel, describe_contact, services_for
from selftrust.content.crisis_resources import (
    DEFAULT_REGION,
    INTERNATIONAL,
    REGIONS,
    Channel,
    Contact,
    CrisisService,
    Focus,
    guess_country,
    region_for,
)

# The date the entries were verified; a fixed constant so no test reads the clock.
FIXED_TODAY = date(2026, 11, 24)

CONTENT_MODULES = (crisis_resources, crisis_card, grounding, safety_plan, help_copy)
BANNED = re.compile(
    r"\b(fail\w*|must|should|streak\w*|broken|panic button|trigger warning|wrong)\b",
    re.IGNORECASE,
)
PHONE = re.compile(r"^[0-9][0-9 -]*[0-9]$")

REQUIRED_EMERGENCY_NUMBERS = {
    "US": "911",
    "CA": "911",
    "GB": "999",
    "IE": "112",
    "AU": "000",
    "NZ": "111",
    "DE": "112",
    "FR": "112",
    "IN": "112",
}


def all_services() -> Iterator[CrisisService]:
    for region in REGIONS.values():
        yield from region.services


def strings_in(value: object) -> Iterator[str]:
    """Walk dataclasses, mappings and tuples down to every string they hold."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from strings_in(getattr(value, field.name))
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, (tuple, list, frozenset)):
        for item in value:
            yield from strings_in(item)


def copy_strings(module: ModuleType) -> Iterator[str]:
    for name, value in vars(module).items():
        if not name.startswith("__") and not isinstance(value, (type, ModuleType)):
            yield from strings_in(value)


def test_it_gives_every_service_all_its_fields() -> None:
    for service in all_services():
        assert service.name.strip(), service
        assert service.description.strip(), service.name
        assert service.hours.strip(), service.name
        assert service.languages, service.name
        assert all(language.strip() for language in service.languages), service.name
        assert service.contacts, f"{service.name} has no way to reach it"
        assert service.last_checked <= FIXED_TODAY, service.name


def test_it_files_each_service_under_its_own_country() -> None:
    for code, region in REGIONS.items():
        assert region.country == code
        assert all(service.country == code for service in region.services), code


def test_it_writes_phone_and_text_numbers_with_only_digits_spaces_and_hyphens() -> None:
    for service in all_services():
        for contact in service.contacts:
            if contact.channel in (Channel.CALL, Channel.TEXT):
                assert PHONE.match(contact.value), f"{service.name}: {contact.value!r}"


def test_it_uses_secure_web_addresses_for_chat_and_websites() -> None:
    for service in all_services():
        links = [c.value for c in service.contacts if c.channel in (Channel.CHAT, Channel.WEB)]
        if service.website:
            links.append(service.website)
        assert all(link.startswith("https://") for link in links), service.name


@pytest.mark.parametrize(("code", "number"), sorted(REQUIRED_EMERGENCY_NUMBERS.items()))
def test_it_covers_each_required_region_with_its_emergency_number(code: str, number: str) -> None:
    region = REGIONS[code]
    assert region.emergency_number == number
    assert region.services


@pytest.mark.parametrize("code", ["US", "GB", "IE", "AU", "NZ", "DE", "FR", "IN"])
def test_it_offers_a_service_for_harm_from_others_where_we_know_one(code: str) -> None:
    assert any(service.focus is Focus.ABUSE for service in REGIONS[code].services)


def test_it_points_to_a_directory_when_the_country_is_unknown() -> None:
    for unknown in (None, "", "ZZ", "Narnia"):
        region = region_for(unknown)
        assert region.country == DEFAULT_REGION
        assert region.services == (INTERNATIONAL,)
        assert region.emergency_number is None


def test_it_finds_a_region_whatever_the_case_or_spelling() -> None:
    assert region_for(" us ").country == "US"
    assert region_for("uk").country == "GB"


@pytest.mark.parametrize(
    ("locale_name", "expected"),
    [
        ("en_US.UTF-8", "US"),
        ("en-GB", "GB"),
        ("de_DE", "DE"),
        ("fr", None),
        ("fr_FR@euro", "FR"),
        ("zh-Hant-TW", "TW"),
        ("es-419", None),
        ("en_UK", "GB"),
        ("C", None),
        ("C.UTF-8", None),
        ("", None),
        (None, None),
    ],
)
def test_it_guesses_a_country_from_a_locale_name(
    locale_name: str | None, expected: str | None
) -> None:
    assert guess_country(locale_name) == expected


@given(st.one_of(st.none(), st.text()))
def test_it_guesses_either_nothing_or_a_two_letter_code(locale_name: str | None) -> None:
    guess = guess_country(locale_name)
    assert guess is None or (len(guess) == 2 and guess.isascii() and guess.isupper())


@pytest.mark.parametrize("module", CONTENT_MODULES, ids=lambda m: m.__name__.rsplit(".")[-1])
def test_it_uses_none_of_the_words_we_avoid_in_any_copy(module: ModuleType) -> None:
    strings = list(copy_strings(module))
    assert strings, "the walker found no copy at all"
    offending = [text for text in strings if BANNED.search(text)]
    assert offending == []


def test_it_keeps_the_six_safety_plan_steps_in_order() -> None:
    ids = [step.id for step in safety_plan.SAFETY_PLAN_STEPS]
    assert ids == [
        "warning_signs",
        "on_my_own",
        "people_places",
        "ask_for_help",
        "professionals",
        "safer_surroundings",
    ]
    for step in safety_plan.SAFETY_PLAN_STEPS:
        assert step.title
        assert step.prompt
        assert not step.optional
        assert 2 <= len(step.examples) <= 3


def test_it_keeps_reasons_for_living_optional_and_last() -> None:
    sections = safety_plan.all_sections()
    assert sections[-1].id == "reasons"
    assert sections[-1].optional
    assert safety_plan.all_sections(include_reasons=False) == safety_plan.SAFETY_PLAN_STEPS
    assert "Cognitive and Behavioral Practice" in safety_plan.STANLEY_BROWN_2012


def test_it_lists_the_abuse_service_first_when_someone_is_being_harmed() -> None:
    services = services_for(REGIONS["US"], CrisisKind.HARM_FROM_OTHERS)
    assert services[0].focus is Focus.ABUSE


@pytest.mark.parametrize("kind", [CrisisKind.SUICIDE, CrisisKind.SELF_HARM, None])
def test_it_lists_a_crisis_line_first_for_suicide_and_self_harm(kind: CrisisKind | None) -> None:
    for code in REQUIRED_EMERGENCY_NUMBERS:
        services = services_for(REGIONS[code], kind)
        assert sorted(services, key=id) == sorted(REGIONS[code].services, key=id)
        assert services[0].focus in (Focus.CRISIS, Focus.LISTENING), code


def test_it_has_a_line_for_every_kind_of_crisis() -> None:
    assert set(crisis_card.VARIANTS) == set(CrisisKind)


def test_it_shows_the_local_emergency_number_in_the_terminal_card() -> None:
    panel = cli_panel(REGIONS["AU"], CrisisKind.SUICIDE, own_people=["Sam: 0400 000 000"])
    assert "If you are in danger right now, call 000." in panel
    assert "Lifeline" in panel
    assert "Sam: 0400 000 000" in panel
    assert crisis_card.CARD.cli_dismiss_hint in panel
    assert "\x1b[" not in panel  # no colour codes: meaning is carried by words


def test_it_asks_for_the_local_number_when_the_region_is_unknown() -> None:
    panel = cli_panel(region_for(None))
    assert crisis_card.CARD.emergency_line_unknown in panel
    assert "findahelpline.com" in panel
    assert crisis_card.CARD.own_people_empty.split()[0] in panel


def test_it_keeps_every_terminal_card_line_within_the_width() -> None:
    for code in REGIONS:
        for kind in (*CrisisKind, None):
            panel = cli_panel(REGIONS[code], kind, width=72)
            long_lines = [line for line in panel.splitlines() if len(line) > 72]
            assert long_lines == [] or all("://" in line for line in long_lines)


def test_it_describes_each_kind_of_contact_plainly() -> None:
    assert describe_contact(Contact(Channel.TEXT, "741741", "HOME")) == "Text HOME to 741741"
    assert describe_contact(Contact(Channel.TEXT, "988")) == "Text 988"
    assert describe_contact(Contact(Channel.CALL, "116 123")) == "Call 116 123"
    assert describe_contact(Contact(Channel.CHAT, "https://x.org")) == "Chat online: https://x.org"
    assert describe_contact(Contact(Channel.WEB, "https://x.org")) == "Visit https://x.org"


def test_it_offers_the_three_grounding_practices_with_a_way_out() -> None:
    assert list(grounding.PRACTICES) == ["five_senses", "paced_breathing", "orienting"]
    for practice in grounding.PRACTICES.values():
        assert practice.steps
        assert practice.short_steps
        assert practice.sources
        assert len(practice.short_steps) < len(practice.steps)
        for phrase in ("eyes open", "stop at any time", "skip", "shorter"):
            assert phrase in practice.options
    assert grounding.get_practice("orienting") is grounding.ORIENTING
    with pytest.raises(KeyError):
        grounding.get_practice("unknown")


def test_it_paces_breathing_at_about_six_breaths_a_minute_with_a_longer_out_breath() -> None:
    pattern = grounding.PACED_BREATHING.breathing
    assert pattern is not None
    assert pattern.exhale_seconds > pattern.inhale_seconds
    assert pattern.breaths_per_minute == 6
    assert pattern.total_seconds == 60
    assert grounding.PACED_BREATHING.alternative is not None
    assert "look around" in grounding.PACED_BREATHING.alternative
    assert "Frontiers in Human Neuroscience" in grounding.ZACCARO_2018


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (7, 4, grounding.DISTRESS_CHECK.lower_reflection),
        (5, 5, grounding.DISTRESS_CHECK.same_reflection),
        (3, 6, grounding.DISTRESS_CHECK.higher_reflection),
        (0, 10, grounding.DISTRESS_CHECK.higher_reflection),
    ],
)
def test_it_reflects_a_change_in_distress_without_judging(
    before: int, after: int, expected: str
) -> None:
    assert grounding.distress_reflection(before, after) == expected


@pytest.mark.parametrize(("before", "after"), [(-1, 5), (5, 11)])
def test_it_refuses_distress_ratings_outside_zero_to_ten(before: int, after: int) -> None:
    with pytest.raises(ValueError, match="0 to 10"):
        grounding.distress_reflection(before, after)


def test_it_is_honest_that_quick_exit_does_not_erase_history_or_data() -> None:
    quick_exit = help_copy.QUICK_EXIT
    assert "history" in quick_exit.what_it_cannot_do
    assert "does not delete" in quick_exit.your_data
    assert "private window" in quick_exit.private_window.lower()
