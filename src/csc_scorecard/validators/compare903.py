"""Our 903 quarantine beside the DfE 903 validator's findings, year by year, for the same files.

The DfE validator checks a return against some 300 rules of the DfE's guidance; our loader
checks what the performance pack relies on. Showing both for the same files lets a council see
what the DfE will query that the pack does not mind, and the other way round. The validator
wants one folder per collection year (the previous year beside it for its cross-year rules),
so the files are copied into such folders first, under their own names.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from csc_scorecard.ingest.ssda903 import read_903
from csc_scorecard.ingest.ssda903_files import Found, find_903
from csc_scorecard.validators.dfe903 import NoRuleset, ensure_validator_env, run_lac_validator
from csc_scorecard.validators.isolated import ValidatorError
from csc_scorecard.validators.known_faults_903 import KNOWN_FAULTS, is_known_fault


@dataclass(frozen=True)
class Finding:
    """Rows of one year's files caught by one rule: ours (``rule_id``) or the DfE's (code)."""

    year: int
    rule: str
    description: str
    rows: int


def our_findings(paths: Sequence[Path]) -> list[Finding]:
    """Rows our loader would quarantine, by collection year and rule.

    Children are checked against the headers of these files only (not any store).
    """
    quarantine = [load.quarantine for load in read_903(paths, "", set())]
    frames = [q for q in quarantine if q is not None and not q.empty]
    if not frames:
        return []
    found = pd.concat(frames, ignore_index=True)
    found["year"] = found["file"].str.split("/").str[0].astype(int)
    found = found.drop_duplicates(["year", "rule_id", "file", "row_number"])
    by_rule = found.groupby(["year", "rule_id"], as_index=False).agg(
        rows=("row_number", "size"), message=("message", "first")
    )
    return [
        Finding(int(year), str(rule), str(message), int(rows))
        for year, rule, rows, message in by_rule[["year", "rule_id", "rows", "message"]].to_numpy()
    ]


@dataclass(frozen=True)
class DfeRun:
    """What the DfE validator found, and which collection years it could and could not check."""

    findings: list[Finding]
    checked: list[int]
    not_checked: dict[int, str]
    """Year -> why the validator did not check it (no ruleset for the year, or it failed)."""


def ons_code_beside(paths: Sequence[Path]) -> str | None:
    """The council's ONS code from the ``manifest.json`` beside the files, if there is one.

    ``scorecard synth`` writes one per council (``<council>/manifest.json`` above
    ``ssda903/<year>/``), so a synthetic council's returns name their own council.
    """
    for path in paths:
        folder = path if path.is_dir() else path.parent
        for candidate in (folder, *list(folder.parents)[:2]):
            manifest = candidate / "manifest.json"
            if manifest.is_file():
                data = json.loads(manifest.read_text(encoding="utf-8"))
                parameters = data.get("parameters") if isinstance(data, dict) else None
                found = parameters.get("ons_code") if isinstance(parameters, dict) else None
                if isinstance(found, str) and found:
                    return found
    return None


def dfe_findings(paths: Sequence[Path], ons_code: str, root: Path) -> DfeRun:
    """Rows the DfE validator flags, by collection year and rule code.

    The validator's environment is built under ``root/.validators`` on first use
    (``ValidatorError`` if it cannot be). Each year is run with its own ruleset; a year the
    validator has no ruleset for, or fails on, is listed with the reason (the last line of its
    error, never the traceback) and the other years still run.
    """
    files = find_903(paths)
    env = ensure_validator_env(root)
    findings: list[Finding] = []
    checked: list[int] = []
    not_checked: dict[int, str] = {}
    with tempfile.TemporaryDirectory(prefix="ssda903-") as tmp:
        _copy_by_year(files, Path(tmp))
        for year in sorted({f.year for f in files}):
            try:
                issues = run_lac_validator(Path(tmp) / str(year), year, ons_code, env)
            except NoRuleset as error:
                not_checked[year] = str(error)
                continue
            except ValidatorError as error:
                lines = [line.strip() for line in str(error).splitlines() if line.strip()]
                not_checked[year] = " ... ".join(dict.fromkeys([lines[0], lines[-1]]))
                continue
            checked.append(year)
            findings += _by_rule(issues, year, Path(tmp) / str(year))
    return DfeRun(findings, checked, not_checked)


def _by_rule(issues: pd.DataFrame, year: int, folder: Path) -> list[Finding]:
    """One finding per rule, saying how many of its rows are a known validator fault."""
    rows = issues.drop_duplicates(["rule_code", "tables_affected", "row_id"])
    excused = np.array([is_known_fault(issue, year, folder) for issue in rows.itertuples()],
                       dtype=bool)  # fmt: skip
    findings = []
    for code, flagged in rows.groupby("rule_code"):
        description = str(flagged["rule_description"].iloc[0])
        known = int(excused[rows.index.get_indexer(flagged.index)].sum())
        if known:
            description += (f" [{known:,} of these rows are a known fault of the validator:"
                            f" {KNOWN_FAULTS[str(code)]}]")  # fmt: skip
        findings.append(Finding(year, str(code), description, len(flagged)))
    return findings


def _copy_by_year(files: list[Found], out: Path) -> None:
    """Each year's files in a folder named by the year, under the DfE's file names where free.

    The known-fault checks (``known_faults_903``) read the files by those names.
    """
    for f in files:
        folder = out / str(f.year)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{f.spec.name}.csv"
        shutil.copyfile(f.path, target if not target.exists() else folder / f.path.name)
