"""`selftrust measure …`, `selftrust checkin` and `export --fhir`, through the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from fhir.resources.R4B.bundle import Bundle

from selftrust.domain.profile import Profile
from selftrust.services import measure_results, measures
from selftrust.services.runtime import Runtime
from selftrust.storage import measures as store
from tests.cli.conftest import Run


def stored(rt: Runtime, profile: Profile) -> int:
    with rt.db.transaction() as conn:
        return store.count(conn, profile)


@pytest.mark.parametrize(
    ("instrument", "answers", "expected"),
    [
        ("gad7", "1,2,3,1,0,2,1", {"instrument": "gad7", "total": 10, "band": "moderate"}),
        (
            "phq9",
            "3,3,3,3,3,3,3,3,0",
            {"instrument": "phq9", "total": 24, "band": "severe", "safety_flag": False},
        ),
        (
            "phq9",
            "0,0,0,0,0,0,0,0,1",
            {"instrument": "phq9", "total": 1, "band": "minimal", "safety_flag": True},
        ),
        (
            "pcl5",
            "2,0,0,0,0,2,0,2,2,0,0,0,0,0,2,2,0,0,0,0",
            {
                "instrument": "pcl5",
                "total": 12,
                "clusters": {"B": 2, "C": 2, "D": 4, "E": 4},
                "dsm5_rule": True,
                "assessment_suggested": False,
            },
        ),
        ("scssf", "1,2,3,4,5,1,2,3,4,5,1,2", {"instrument": "scssf", "total": 3.25}),
        (
            "rses",
            " 4, 1,4,4,1,1,4,1,1,4",
            {"instrument": "rses", "total": 30, "low_self_esteem": False},
        ),
    ],
)
def test_measure_score_prints_the_published_score_as_json(
    cli: Run, instrument: str, answers: str, expected: dict[str, object]
) -> None:
    result = cli("measure", "score", instrument, answers, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == expected
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (("gad7", "1,2,3"), "The GAD-7 has 7 questions, so it needs 7 answers, and 3 came in."),
        (("gad7", "1,2,3,1,0,2,4"), "Answer 7 is 4, and GAD-7 answers go from 0 to 3."),
        (("gad7", "1,2,x,1,0,2,1"), "Answer 3 needs to be a whole number from 0 to 3."),
        (("gad7", "1,2,1.5,1,0,2,1"), "Answer 3 needs to be a whole number from 0 to 3."),
        (("gad7", "1,2,,1,0,2,1"), "Answer 3 needs to be a whole number from 0 to 3."),
        (("rses", "0,1,1,1,1,1,1,1,1,1"), "Answer 1 is 0, and RSES answers go from 1 to 4."),
        (("who5", "1,2,3,4,5"), "There is no questionnaire called 'who5' here."),
        (("checkin", "1,1,1,1,1,1,1,1,1,1"), "There is no questionnaire called 'checkin' here."),
    ],
)
def test_measure_score_refuses_bad_input_with_exit_2_and_one_sentence(
    cli: Run, args: tuple[str, str], sentence: str
) -> None:
    result = cli("measure", "score", *args, "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip() == sentence


def test_measure_score_stores_nothing_and_never_loads_storage(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    code = (
        "import sys; from selftrust.cli import main; "
        "main(['measure', 'score', 'gad7', '0,0,0,0,0,0,0', '--json']); "
        "print(sorted(m for m in sys.modules if m.startswith(('selftrust.storage', "
        "'selftrust.services', 'sqlalchemy', 'pydantic', 'fastapi'))))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert loaded.stdout.splitlines()[-1] == "[]"
    assert cli("measure", "score", "gad7", "3,3,3,3,3,3,3").returncode == 0
    assert stored(rt, dana) == 0


def test_measure_score_for_people_says_what_it_means_and_offers_help_for_item_9(cli: Run) -> None:
    result = cli("measure", "score", "phq9", "0,0,0,0,0,0,0,0,2")
    assert result.returncode == 0
    assert "PHQ-9: 2 out of 27." in result.stdout
    assert "This is not a diagnosis." in result.stdout
    assert "selftrust help-now" in result.stdout
    assert "Nothing was stored" in result.stdout


def test_measure_take_asks_one_at_a_time_skips_and_stops_keeping_a_draft(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    first = cli("measure", "take", "gad7", stdin="1\ns\n7\n2\nq\n")
    assert first.returncode == 0, first.stderr
    assert "Question 1 of 7" in first.stdout
    assert "Type a number from 0 to 3, s to skip, or q to stop." in first.stdout
    assert "Saved for later." in first.stdout
    [draft] = measures.list_drafts(rt, dana)
    assert draft.answers == (1, None, 2, None, None, None, None)
    second = cli("measure", "take", "gad7", stdin="1\n0\n0\n0\n0\n")
    assert "Picking up where you left off" in second.stdout
    assert "Question 2 of 7" in second.stdout
    assert "GAD-7: 4 out of 21." in second.stdout
    assert "This is not a diagnosis." in second.stdout
    assert measures.list_drafts(rt, dana) == []
    assert measure_results.history(rt, dana, "gad7")[0].response.answers == (1, 1, 2, 0, 0, 0, 0)


def test_measure_take_with_a_skip_at_the_end_keeps_a_draft_and_says_why(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    result = cli("measure", "take", "gad7", stdin="1\n1\n1\n1\n1\n1\ns\n")
    assert "You skipped question 7" in result.stdout
    assert "selftrust measure take gad7" in result.stdout
    assert measure_results.history(rt, dana, "gad7") == []


def test_measure_take_shows_the_help_card_as_soon_as_item_9_is_above_zero(cli: Run) -> None:
    result = cli("measure", "take", "phq9", stdin="0\n0\n0\n0\n0\n0\n0\n0\n1\n")
    card_at = result.stdout.index("call your local emergency number")
    assert card_at < result.stdout.index("PHQ-9: 1 out of 27.")
    assert "Your answer is saved" in result.stdout
    assert "What you wrote" not in result.stdout


def test_measure_take_of_an_unknown_instrument_exits_2(cli: Run) -> None:
    result = cli("measure", "take", "who5", stdin="")
    assert result.returncode == 2
    assert result.stderr.strip() == "There is no questionnaire called 'who5' here."


def test_checkin_with_flags_is_saved_and_scored(cli: Run, rt: Runtime, dana: Profile) -> None:
    result = cli("checkin", "--answers", "1,2,3,4,0,1,2,3,4,0", "--distress", "3", "--json")
    assert result.returncode == 0, result.stderr
    body = json.loads(result.stdout)
    assert body["result"] == {
        "instrument": "checkin",
        "validated": False,
        "abilities": 10,
        "signs": 10,
        "abilities_mean": 2.5,
        "signs_mean": 1.67,
        "distress": 3,
    }
    assert body["safety"]["show_card"] is False
    assert measure_results.history(rt, dana, "checkin")[0].score.to_dict()["distress"] == 3


def test_checkin_with_too_few_answers_exits_2_and_stores_nothing(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    result = cli("checkin", "--answers", "1,2,3", "--distress", "3")
    assert result.returncode == 2
    assert "The check-in has 10 questions" in result.stderr
    assert cli("checkin", "--answers", "1,1,1,1,1,1,1,1,1,1", "--distress", "11").returncode == 2
    assert stored(rt, dana) == 0


def test_checkin_asks_interactively_with_distress_last(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    result = cli("checkin", stdin="2\n2\n2\n2\n1\n1\n1\n1\n1\n1\n5\n")
    assert result.returncode == 0, result.stderr
    assert "Made for this app, not a validated measure." in result.stdout
    assert "How much distress do you feel right now?" in result.stdout
    assert "Abilities: 8 out of 16" in result.stdout
    assert "Distress right now: 5 out of 10." in result.stdout
    assert len(measure_results.history(rt, dana, "checkin")) == 1


def test_measure_history_lists_results_with_change(cli: Run, rt: Runtime, dana: Profile) -> None:
    measures.submit(rt, dana, "gad7", [3] * 7)
    measures.submit(rt, dana, "gad7", [1] * 7)
    shown = cli("measure", "history", "gad7")
    assert "total 21" in shown.stdout
    assert "total 7  (14 lower, meaningful)" in shown.stdout
    as_json = json.loads(cli("measure", "history", "gad7", "--json").stdout)
    assert [e["result"]["total"] for e in as_json["entries"]] == [21, 7]
    everything = json.loads(cli("measure", "history", "--json").stdout)
    assert [h["instrument"] for h in everything] == [
        "gad7",
        "phq9",
        "pcl5",
        "scssf",
        "rses",
        "checkin",
    ]


def test_measure_history_when_empty_invites_a_first_one(cli: Run) -> None:
    result = cli("measure", "history")
    assert result.returncode == 0
    assert "Nothing finished yet" in result.stdout


def test_export_fhir_prints_a_valid_bundle_of_every_finished_result(
    cli: Run, rt: Runtime, dana: Profile
) -> None:
    measures.submit(rt, dana, "gad7", [1] * 7)
    measures.submit(rt, dana, "checkin", [2] * 10, distress=1)
    measures.submit(rt, dana, "phq9", [None] * 9, draft=True)
    result = cli("export", "--fhir")
    assert result.returncode == 0, result.stderr
    bundle = json.loads(result.stdout)
    Bundle.model_validate(bundle)
    responses = [
        e["resource"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "QuestionnaireResponse"
    ]
    assert [r["questionnaire"].rsplit(":", 1)[1] for r in responses] == ["gad7", "checkin"]
