"""What needs attention: the selection rules and the order, on hand-made summaries, and the
scorecard page (and its JSON) built from them."""

import json
from dataclasses import replace

import pytest

from csc_scorecard.analysis.attention import (
    CHANGE,
    FAILING_ASSURANCE,
    MISSED_TARGET,
    SPECIAL_CAUSE_OF_CONCERN,
    attention,
    needs_attention,
    reasons,
)
from csc_scorecard.analysis.config import ConfigError, load_config
from csc_scorecard.publish.scorecard import NOT_PUBLISHED, build, side
from summaries import MONTH, summary


@pytest.mark.parametrize(
    ("variation", "assurance", "rag", "expected"),
    [
        ("concern", "", "", (SPECIAL_CAUSE_OF_CONCERN,)),
        ("improvement", "", "", ()),
        ("common cause", "", "", ()),
        ("common cause", "hit and miss", "amber", ()),  # amber: within tolerance
        ("common cause", "pass", "green", ()),
        ("common cause", "hit and miss", "red", (MISSED_TARGET,)),
        ("improvement", "fail", "green", (FAILING_ASSURANCE,)),
        ("concern", "fail", "red", (SPECIAL_CAUSE_OF_CONCERN, MISSED_TARGET, FAILING_ASSURANCE)),
        ("", "", "", ()),  # no figure this month
    ],
)
def test_reasons_by_rule(variation, assurance, rag, expected):
    judged = summary("ASS2", variation, assurance, rag)
    assert reasons(judged) == expected
    assert needs_attention(judged) == bool(expected)


def test_a_change_where_neither_direction_is_better_needs_attention_when_watched():
    watched = replace(summary("REF1", "neither", rules="outside limit"), watched=True)
    assert reasons(watched) == (CHANGE,)
    assert reasons(replace(summary("REF1", "common cause"), watched=True)) == ()


def test_a_change_on_an_unwatched_indicator_with_no_better_direction_does_not():
    assert reasons(summary("CLA1", "neither", rules="outside limit")) == ()


def test_most_severe_first_then_catalogue_order():
    given = [  # in catalogue order, as summarise returns them
        replace(summary("REF1", "neither", rules="shift"), watched=True),
        summary("REF3", "concern", rules="shift"),
        summary("ASS2", "common cause", "hit and miss", "red"),
        summary("ASS4", "concern", "fail", "red", rules="outside limit"),
        summary("ICPC1", "improvement", "pass", "green", rules="shift"),
        summary("CPP3", "common cause", "fail", "amber"),
        summary("CPP4", "common cause", "fail", "red"),
        summary("CPP5", "concern", "hit and miss", "red", rules="trend"),
        summary("CPP6", "common cause", "hit and miss", "amber"),
        summary("CLA1", "common cause"),
        summary("STAB2", "concern", "hit and miss", "green", rules="shift"),
        summary("CL1", "improvement", "hit and miss", "red", rules="shift"),
    ]
    order = [a.summary.indicator.id for a in attention(given)]
    # 3 reasons; 2 with concern first; 2 with a missed target first; then one reason each:
    # concern (REF3, STAB2 in catalogue order), missed target (ASS2, CL1), failing (CPP3);
    # last the change with no better direction.
    assert order == ["ASS4", "CPP5", "CPP4", "REF3", "STAB2", "ASS2", "CL1", "CPP3", "REF1"]


def test_the_side_of_the_signal_for_the_icon_letter():
    assert side(summary("ASS2", "concern", rules="shift")) == "low"  # higher is better
    assert side(summary("REF3", "concern", rules="shift")) == "high"  # lower is better
    assert side(summary("ASS2", "improvement", rules="shift")) == "high"
    above = summary("REF1", "neither", values=(10.0, 30.0), mean=20.0, rules="outside limit")
    assert side(above) == "high"
    falling_above_mean = summary("REF1", "neither", values=(40.0, 35.0), mean=20.0,
                                 rules="trend")  # fmt: skip
    assert side(falling_above_mean) == "low"
    assert side(summary("REF1", "common cause")) == ""


def test_the_summary_json_lists_every_indicator_and_hides_what_the_pack_hides():
    given = [
        replace(summary("REF1", "neither", rules="outside limit",
                        narrative=("Referrals rose to 311 in November 2026.",)), watched=True),
        summary("REF3", "common cause", "hit and miss", "green", values=(19.0, 18.5),
                target=20.0),
        summary("ASS2", "concern", "pass", "red", values=(90.0, 3.0), rules="outside limit",
                narrative=("Assessments in time fell to 3.0%.",), commentary=("Staffing.",)),
    ]  # fmt: skip
    latest = {"REF1": (311.0, False), "REF3": (18.5, False), "ASS2": (None, True)}
    page = build(given, latest, "318", MONTH)
    data = json.loads(json.dumps(page.as_json()))  # plain JSON all the way down
    assert data["month"] == "2026-11" and data["suppressed"] is True
    rows = {r["id"]: r for r in data["indicators"]}
    assert list(rows) == ["REF1", "REF3", "ASS2"]
    assert {k for r in data["indicators"] for k in r} >= {
        "id", "title", "value", "variation", "assurance", "rag", "attention"}  # fmt: skip
    expected = {"id": "REF1", "value": 311.0, "shown": "311", "variation": "neither",
                "assurance": "", "rag": "", "attention": True, "reasons": [CHANGE]}  # fmt: skip
    assert {k: rows["REF1"][k] for k in expected} == expected
    assert rows["REF1"]["sentences"] == ["Referrals rose to 311 in November 2026."]
    assert rows["REF3"]["attention"] is False and rows["REF3"]["shown"] == "18.5%"
    suppressed = rows["ASS2"]
    assert suppressed["value"] is None and suppressed["shown"] == "c"
    assert suppressed["sentences"] == [NOT_PUBLISHED.format(month="November 2026")]
    assert "3.0" not in json.dumps(suppressed)
    assert suppressed["commentary"] == ["Staffing."]
    assert data["attention"] == ["ASS2", "REF1"]  # two reasons before a change
    assert data["matrix"]["concern"] == {"fail": 0, "hit and miss": 0, "pass": 1,
                                         "no target": 0}  # fmt: skip
    assert data["matrix"]["neither"]["no target"] == 1
    assert data["matrix"]["common cause"]["hit and miss"] == 1
    assert sum(n for v in data["matrix"].values() for n in v.values()) == 3


def test_the_configuration_says_which_changes_to_watch(tmp_path):
    shipped = load_config()
    assert shipped.watch_changes == frozenset({"REF1"})
    path = tmp_path / "targets.yaml"
    path.write_text("watch_changes: [REF1, CLA1]\nindicators: {}\n", encoding="utf-8")
    assert load_config(path).watch_changes == frozenset({"REF1", "CLA1"})
    path.write_text("watch_changes: [ASS2]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="ASS2 has a better direction"):
        load_config(path)
    path.write_text("watch_changes: [NOPE]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown indicator 'NOPE'"):
        load_config(path)
