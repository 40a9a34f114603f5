from __future__ import annotations

import re
from typing import Any

from selftrust.domain.profile import Profile
from selftrust.services import choices
from selftrust.services.runtime import Runtime
from tests.conftest import FixedClock


def _choice(rt: Runtime, p: Profile, text: str, gut: str, sure: int, answer: str | None) -> None:
    choice_id = choices.add_choice(rt, p, text, gut=gut, confidence=sure).record.id
    if answer:
        choices.look_back(rt, p, choice_id, answer)


def test_an_empty_ledger_shows_a_calm_start_and_no_invented_numbers(client: Any) -> None:
    page = client.get("/evidence")
    assert page.status_code == 200
    assert "Nothing to count yet" in page.text
    assert "A score will show here" in page.text
    assert "streak" not in page.text.lower()


def test_it_shows_counts_side_by_side_with_the_small_numbers_caveat(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    _choice(rt, dana, "a", "followed", 80, "yes")
    _choice(rt, dana, "b", "followed", 60, "no")
    _choice(rt, dana, "c", "overrode", 30, "yes")
    page = client.get("/evidence").text
    assert "When you went with your gut, 1 of 2 felt right looking back." in page
    assert "When you went a different way from your gut, 1 of 1 felt right looking back." in page
    assert "1 of 2 (50 %)" in page
    assert "only a few look-backs" in page
    assert "streak" not in page.lower()


def test_every_chart_is_an_image_with_a_label_and_a_table_with_the_same_data(
    client: Any, rt: Runtime, dana: Profile, clock: FixedClock
) -> None:
    for i in range(6):
        clock.advance(days=12)
        _choice(rt, dana, f"c{i}", "followed", 85, "yes" if i % 3 else "no")
    page = client.get("/evidence").text
    charts = re.findall(r'<svg class="cl-chart" id="([a-z-]+)" role="img" aria-label="[^"]+"', page)
    assert charts == ["calibration-chart", "reassurance-chart"]
    assert page.count("<table") == 3
    # The top band: 6 yes/no look-backs, 85 % sure on average, 4 of 6 felt right.
    assert re.search(r"80 to 100 % sure</th>\s*<td>6</td>\s*<td>85.0 %</td>\s*<td>4 of 6", page)
    assert "Mar 2026" in page
    assert "Brier" not in page or "0.25" in page


def test_the_wall_shows_choices_that_felt_right_in_the_persons_words(
    client: Any, rt: Runtime, dana: Profile, robin: Profile
) -> None:
    _choice(rt, dana, "Chose soup 🍲", "followed", 50, "yes")
    _choice(rt, dana, "Stayed late", "overrode", 50, "no")
    _choice(rt, robin, "Robin's secret", "followed", 50, "yes")
    page = client.get("/evidence").text
    assert "Chose soup 🍲" in page
    assert "Stayed late" not in page
    assert "Robin's secret" not in page
