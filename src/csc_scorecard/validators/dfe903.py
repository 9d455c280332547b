"""Run the DfE SSDA903 validator (data-to-insight's ``lac_validator``) on a folder of 903 CSVs.

``csc-validator-be-903`` pins pandas 1.5 and numpy 1.24, which cannot live beside this
project's pandas 2, so it is never a dependency: it is installed from a hashed lock
(``validators/requirements/requirements-903.txt``) into its own virtual environment under
``<root>/.validators/903`` and driven through a subprocess. The driver calls the validator's
Python API the way its web front end does (its ``run-offline`` command hard-codes the 2022-23
collection year and a fixed council, so it cannot be used).

The driver writes its result as JSON to a temporary file rather than to stdout, because
some of the validator's rules print stray text.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from csc_scorecard.validators.isolated import LOCKS, ValidatorError, ensure_env, run_driver

REQUIREMENTS = LOCKS / "requirements-903.txt"
ISSUE_COLUMNS = (
    "child_id",
    "tables_affected",
    "columns_affected",
    "row_id",
    "rule_code",
    "rule_description",
)
"""Columns of ``lac_validator.create_issue_df``: one row per rule, row and affected field."""

TIMEOUT_SECONDS = 900

DRIVER = """
import json
import logging
import sys

request = json.loads(sys.argv[1])
logging.disable(logging.WARNING)  # the validator logs every rule at INFO

import pkgutil

import lac_validator.rules

year = int(request["year"])
available = sorted(
    module.name for module in pkgutil.iter_modules(lac_validator.rules.__path__)
    if module.name.startswith("lac")
)
if "lac%d_%02d" % (year - 1, year % 100) not in available:
    with open(request["out"], "w", encoding="utf-8") as out:
        json.dump({"no_ruleset": True, "available": available}, out)
    sys.exit(0)

from lac_validator import lac_validator
from lac_validator.report import Report
from lac_validator.rules.ruleset_utils import get_year_ruleset
from lac_validator.utils import process_uploaded_files

uploads = {"This year": request["this_year"]}
if request["prev_year"]:
    uploads["Prev year"] = request["prev_year"]
files = process_uploaded_files(uploads)
registry = get_year_ruleset(request["year"])
validator = lac_validator.LacValidator(
    metadata={"collectionYear": request["year"], "localAuthority": request["la"]},
    files=files,
    registry=registry,
    selected_rules=None,
)
report = Report(validator.ds_results, registry)
if any(column.startswith("ERR_") for column in report.report.columns):
    issues = json.loads(
        lac_validator.create_issue_df(report.report, report.error_report).to_json(
            orient="records"
        )
    )
else:
    issues = []  # create_issue_df cannot concatenate nothing
result = {
    "issues": issues,
    "rules": len(registry),
    "dones": [str(code) for code in validator.dones],
    "skips": [str(code) for code in validator.skips],
    "fails": [str(code) for code in validator.fails],
}
with open(request["out"], "w", encoding="utf-8") as out:
    json.dump(result, out)
"""
"""Executed by the validator environment's Python; never imported into this process."""


def ensure_validator_env(root: Path) -> Path:
    """Create ``<root>/.validators/903`` from the hashed lock, once; return its directory."""
    return ensure_env(root, "903", REQUIREMENTS)


def run_lac_validator(folder: Path, collection_year: int, ons_code: str, env: Path) -> pd.DataFrame:
    """Validate the 903 CSVs in ``folder`` as the return for ``collection_year`` (end year).

    ``ons_code`` is the council's nine-character code (the validator derives placements in or
    out of area from it). The previous year's folder (``<folder>/../<year - 1>``), when there
    is one, is passed as "Prev year" for the cross-year rules. Returns the issues, one row per
    rule, data row (``row_id`` counts from 0) and affected field. ``attrs`` holds the number of
    rules in the ruleset and the codes of the rules that ran (``dones``), were skipped for want
    of a table (``skips``) and raised (``fails``: 231 and 233 always do in 0.1.17).
    ``NoRuleset`` when the validator has no rules for ``collection_year``.
    """
    this_year = _csvs(folder)
    if not this_year:
        raise ValidatorError(f"no CSV files in {folder}")
    previous = folder.parent / str(collection_year - 1)
    request = {
        "this_year": [str(p) for p in this_year],
        "prev_year": [str(p) for p in _csvs(previous)] if previous.is_dir() else [],
        "year": str(collection_year),
        "la": ons_code,
    }
    result = run_driver(env, DRIVER, request, f"lac_validator on {folder}", TIMEOUT_SECONDS)
    if result.get("no_ruleset"):
        raise NoRuleset(collection_year, [_year_of(name) for name in result["available"]])
    issues = pd.DataFrame(result["issues"], columns=list(ISSUE_COLUMNS))
    issues["row_id"] = issues["row_id"].astype(int)
    issues["rule_code"] = issues["rule_code"].astype(str)
    issues.attrs.update({key: result[key] for key in ("rules", "dones", "skips", "fails")})
    return issues


class NoRuleset(ValidatorError):
    """The validator has no rules for the collection year (it starts at 2022-23)."""

    def __init__(self, year: int, available: list[int]) -> None:
        checks = (f"; it checks {_label(min(available))} to {_label(max(available))}"
                  if available else "")  # fmt: skip
        super().__init__(f"the DfE 903 validator has no ruleset for {_label(year)}{checks}")
        self.year = year


def _label(year: int) -> str:
    return f"{year - 1}-{year % 100:02d}"


def _year_of(ruleset: str) -> int:
    """The end year of a ruleset module name: ``lac2025_26`` -> 2026."""
    return int(ruleset[3:7]) + 1


def _csvs(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.csv"))
