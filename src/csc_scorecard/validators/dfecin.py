"""Run the DfE CIN census validator (data-to-insight's ``cin_validator``) on a census XML file.

``csc-validator-be-cin`` pins pandas 1.5, which cannot live beside this project's pandas 2, so
it is never a dependency: it is installed from a hashed lock
(``validators/requirements/requirements-cin.txt``) into its own virtual environment under
``<root>/.validators/cin`` and driven through a subprocess. The driver calls the validator's
Python API as its own ``run`` command does, but with the ruleset given explicitly (the
command's default is not the newest year), and reports whether each rule is an ERROR or a
QUERY, which the command does not print.

The driver writes its result as JSON to a temporary file rather than to stdout, because the
validator prints a line for every rule that raises; those lines are collected as ``fails``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from csc_scorecard.validators.isolated import LOCKS, ValidatorError, ensure_env, run_driver

REQUIREMENTS = LOCKS / "requirements-cin.txt"
ISSUE_COLUMNS = (
    "child_id",
    "tables_affected",
    "columns_affected",
    "row_id",
    "rule_code",
    "rule_description",
    "rule_type",
)
"""One row per rule, table row and affected column; return-level rules have no table or row.

``row_id`` counts the rows of the validator's table from 0 (its tables hold one row per
element of that name, in file order); ``rule_type`` is ``ERROR`` or ``QUERY``.
"""

TIMEOUT_SECONDS = 900

DRIVER = """
import contextlib
import importlib
import io
import json
import re
import sys
import xml.etree.ElementTree as ET

import pandas as pd

request = json.loads(sys.argv[1])

from cin_validator import cin_validator

registry = importlib.import_module(f"cin_validator.rules.{request['ruleset']}").registry
data = cin_validator.process_data(cin_validator.convert_data(ET.parse(request["xml"]).getroot()))
printed = io.StringIO()
with contextlib.redirect_stdout(printed):
    validator = cin_validator.CinValidator(data, registry, selected_rules=None)

def kind(code):
    return registry[str(code)].rule_type.name

def text(value):
    return None if pd.isna(value) else str(value)

located = validator.full_issue_df
issues = [
    {
        "child_id": text(row["child_id"]),
        "tables_affected": row["tables_affected"],
        "columns_affected": row["columns_affected"],
        "row_id": None if pd.isna(row["row_id"]) else int(row["row_id"]),
        "rule_code": str(row["rule_code"]),
        "rule_description": row["rule_description"],
        "rule_type": kind(row["rule_code"]),
    }
    for row in located.to_dict("records")
]
for row in validator.multichild_issues.drop_duplicates().to_dict("records"):
    issues.append({
        "child_id": None, "tables_affected": None, "columns_affected": None, "row_id": None,
        "rule_code": str(row["rule_code"]), "rule_description": row["rule_description"],
        "rule_type": kind(row["rule_code"]),
    })
result = {
    "issues": issues,
    "rules": len(registry),
    "passed": [str(code) for code in validator.rules_passed],
    "fails": re.findall(r"Error with rule (\\S+):", printed.getvalue()),
}
with open(request["out"], "w", encoding="utf-8") as out:
    json.dump(result, out)
"""
"""Executed by the validator environment's Python; never imported into this process."""


def ensure_cin_validator_env(root: Path) -> Path:
    """Create ``<root>/.validators/cin`` from the hashed lock, once; return its directory."""
    return ensure_env(root, "cin", REQUIREMENTS)


def ruleset_for(census_year: int) -> str:
    """The validator's ruleset for a census named by its end year: 2026 -> ``cin2025_26``."""
    return f"cin{census_year - 1}_{census_year % 100:02d}"


def run_cin_validator(xml: Path, ruleset: str, env: Path) -> pd.DataFrame:
    """Validate one CIN census XML file with ``ruleset`` (e.g. ``cin2025_26``).

    Returns the issues (columns ``ISSUE_COLUMNS``), child-level ones first, then return-level
    ones (no table or row). ``attrs`` holds the number of rules in the ruleset (``rules``), the
    codes of the rules that found nothing (``passed``) and of those that raised (``fails``).
    """
    if not xml.is_file():
        raise ValidatorError(f"{xml} not found")
    request = {"xml": str(xml), "ruleset": ruleset}
    result = run_driver(env, DRIVER, request, f"cin_validator on {xml} with {ruleset}",
                        TIMEOUT_SECONDS)  # fmt: skip
    issues = pd.DataFrame(result["issues"], columns=list(ISSUE_COLUMNS))
    issues["row_id"] = issues["row_id"].astype("Int64")
    issues.attrs.update({key: result[key] for key in ("rules", "passed", "fails")})
    return issues
