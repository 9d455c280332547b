"""``scorecard validate 903`` says which DfE findings are the validator's own known faults.

A hand-made 2024-25 return with one K3 (supported accommodation) placement: the 2024-25
ruleset lists the code as lower-case 'k3', so its rule 146 calls the placement invalid, and
``known_faults_903`` excuses exactly that row.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from csc_scorecard.model.ssda903 import COLUMNS
from csc_scorecard.validators.compare903 import dfe_findings
from csc_scorecard.validators.known_faults_903 import is_known_fault


def _write(path: Path, name: str, rows: list[dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(rows, columns=list(COLUMNS[name])).fillna("").to_csv(path, index=False)


def test_a_known_fault_check_that_cannot_read_its_file_excuses_nothing(tmp_path):
    issue = SimpleNamespace(rule_code="146", tables_affected="Episodes", row_id=0)
    assert is_known_fault(issue, 2025, tmp_path) is False  # no episodes.csv there


@pytest.mark.slow
def test_validate_marks_the_rows_of_a_known_validator_fault(tmp_path):
    folder = tmp_path / "903" / "2025"
    # Council file names, not the DfE's: the validator's copy is named by kind.
    _write(folder / "children.csv", "header",
           [{"CHILD": "A", "SEX": "M", "DOB": "01/01/2007", "ETHNIC": "WBRI"}])  # fmt: skip
    _write(folder / "eps.csv", "episodes", [{
        "CHILD": "A", "DECOM": "01/05/2024", "RNE": "S", "LS": "V2", "CIN": "N1",
        "PLACE": "K3", "PLACE_PROVIDER": "PR4", "HOME_POST": "E1 1AA", "PL_POST": "E2 2BB",
        "URN": "SC123456",
    }])  # fmt: skip
    repo = Path(__file__).resolve().parents[1]
    run = dfe_findings([tmp_path / "903"], "E09000027", repo)
    assert run.checked == [2025] and run.not_checked == {}
    by_rule = {f.rule: f for f in run.findings}
    assert by_rule["146"].rows == 1
    assert "[1 of these rows are a known fault of the validator: the 2024-25 ruleset lists K3" in (
        by_rule["146"].description
    )
    assert all("known fault" not in f.description for f in run.findings if f.rule != "146")


def _episode(child: str, start: str, end: str, rec: str, rne: str = "S") -> dict[str, str]:
    return {"CHILD": child, "DECOM": start, "RNE": rne, "LS": "C2", "CIN": "N1", "PLACE": "U6",
            "PLACE_PROVIDER": "PR1", "DEC": end, "REC": rec}  # fmt: skip


@pytest.mark.parametrize("rule", ["1001", "1002"])
def test_care_leavers_are_excused_only_where_the_earlier_returns_show_they_qualify(tmp_path, rule):
    """Rules 1001/1002 in 2025-26; the returns beside it begin with 2023-24 (1 April 2023).

    The validator reads 2024-25 and 2025-26 only; the check reads 2023-24 as well. Worked by
    hand: A was 16 before 1 April 2023, so her care may be older than every file. B was looked
    after 01/01/2023-01/12/2023: 334 days from his 14th birthday, 183 from his 16th. C only
    01/05/2023-15/06/2023: 45 days from her 14th birthday, under 13 weeks. D has no care in any
    file though 16 after 1 April 2023. E qualifies on days but was adopted.
    """
    returns = tmp_path / "903"
    leavers = [("A", "01/06/2006"), ("B", "01/06/2007"), ("C", "01/06/2007"),
               ("D", "01/06/2007"), ("E", "01/06/2007")]  # fmt: skip
    _write(returns / "2026" / "oc3.csv", "oc3",
           [{"CHILD": c, "DOB": dob, "IN_TOUCH": "YES"} for c, dob in leavers])  # fmt: skip
    _write(returns / "2024" / "episodes.csv", "episodes", [
        _episode("B", "01/01/2023", "01/12/2023", "E4A"),
        _episode("C", "01/05/2023", "15/06/2023", "E4A"),
        _episode("E", "01/01/2023", "01/06/2023", "X1"),
        _episode("E", "01/06/2023", "01/12/2023", "E11", rne="P"),
    ])  # fmt: skip
    for year in ("2025", "2026"):
        _write(returns / year / "episodes.csv", "episodes", [])

    def excused(row: int) -> bool:
        issue = SimpleNamespace(rule_code=rule, tables_affected="OC3", row_id=row)
        return is_known_fault(issue, 2026, returns / "2026")

    assert [excused(row) for row in range(len(leavers))] == [True, True, False, False, False]
