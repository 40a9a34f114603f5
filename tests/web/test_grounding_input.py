"""Ground myself refuses a hand-made non-number for distress, kindly, and saves nothing."""

from __future__ import annotations

from typing import Any

import pytest

from selftrust.domain.profile import Profile
from selftrust.services import grounding
from selftrust.services.runtime import Runtime


@pytest.mark.parametrize("value", ["²", "٣", "abc", "7.5", "-1"])
def test_a_distress_value_that_is_not_a_whole_number_is_refused(
    client: Any, rt: Runtime, dana: Profile, value: str
) -> None:
    answer = client.post("/ground/five_senses", data={"before": value, "after": "4", "save": "yes"})
    assert answer.status_code == 422
    assert "is a whole number from 0 to 10, or you can leave it empty" in answer.text
    assert "Traceback" not in answer.text
    assert grounding.sessions(rt, dana) == []


def test_out_of_range_is_refused_and_empty_boxes_are_fine(
    client: Any, rt: Runtime, dana: Profile
) -> None:
    assert client.post("/ground/orienting", data={"before": "11", "save": "yes"}).status_code == 422
    assert grounding.sessions(rt, dana) == []
    saved = client.post("/ground/orienting", data={"before": " ", "after": "", "save": "yes"})
    assert saved.status_code == 200
    assert [(s.distress_before, s.distress_after) for s in grounding.sessions(rt, dana)] == [
        (None, None)
    ]
