"""Our CIN census findings beside the DfE validator's, file by file (``scorecard validate cin``).

Our side is what ``load cin`` would quarantine, counted by rule, without writing anything. The
DfE side is data-to-insight's ``cin_validator`` run in its own environment
(``validators/dfecin.py``), counted by rule code. The two check different things (the DfE
rules are about the return, ours about what may enter the store), so they are shown side by
side, not reconciled. The validator is an optional extra: when its environment cannot be built
or it cannot run a year, the reason is reported and our findings still stand.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from csc_scorecard.ingest.cin_census import census_files, census_load
from csc_scorecard.ingest.cin_xml import read_census
from csc_scorecard.ingest.rules import RULES
from csc_scorecard.validators.dfecin import ensure_cin_validator_env, ruleset_for, run_cin_validator
from csc_scorecard.validators.isolated import ValidatorError


@dataclass
class FileFindings:
    """One file: our quarantine counts by rule, and the DfE validator's counts (or why none)."""

    path: Path
    year: int
    records: int
    ours: pd.DataFrame
    dfe: pd.DataFrame | None = None
    dfe_problem: str | None = None


def our_findings(path: Path) -> FileFindings:
    """Records and quarantined records by rule (``rule_id``, ``title``, ``records``)."""
    census = read_census(path)
    load = census_load(census)
    quarantine = (
        load.quarantine
        if load.quarantine is not None
        else pd.DataFrame(columns=["rule_id", "source_table", "row_number"])
    )
    counts = quarantine.groupby("rule_id").size().rename("records").reset_index()
    counts.insert(1, "title", counts["rule_id"].map(lambda r: RULES[r].title))
    return FileFindings(path, census.year, census.records, counts)


def dfe_findings(issues: pd.DataFrame) -> pd.DataFrame:
    """Validator issues counted by rule: code, ERROR or QUERY, description, records affected.

    The validator reports one issue per affected column, so a record is counted once per rule
    (a return-level issue counts as one).
    """
    records = issues.drop_duplicates(["rule_code", "child_id", "tables_affected", "row_id"])
    grouped = records.groupby(["rule_code", "rule_type", "rule_description"], dropna=False)
    counts = grouped.size().rename("rows").reset_index()
    return counts.sort_values(["rule_type", "rows"], ascending=[True, False], ignore_index=True)


def compare(paths: Iterable[Path], root: Path) -> list[FileFindings]:
    """Our findings and the DfE validator's for every census file named (folders expanded).

    ``SourceFileError`` for a file we cannot read stops it all, as a load would.
    """
    findings = [our_findings(path) for path in census_files(paths)]
    try:
        env = ensure_cin_validator_env(root)
    except ValidatorError as error:
        for found in findings:
            found.dfe_problem = f"the DfE validator environment could not be built: {error}"
        return findings
    for found in findings:
        try:
            found.dfe = dfe_findings(run_cin_validator(found.path, ruleset_for(found.year), env))
        except ValidatorError as error:
            lines = [line for line in str(error).splitlines() if line.strip()]
            found.dfe_problem = " ... ".join(dict.fromkeys([lines[0], lines[-1]]))
    return findings
