"""Run the DfE SSDA903 validator (data-to-insight's ``lac_validator``) on a folder of 903 CSVs.

``csc-validator-be-903`` pins pandas 1.5 and numpy 1.24, which cannot live beside this
project's pandas 2, so it is never a dependency: it is installed from a hashed lock
(``validators/requirements-903.txt``) into its own virtual environment under
``<repo>/.validators/903`` and driven through a subprocess. The driver calls the validator's
Python API the way its web front end does (its ``run-offline`` command hard-codes the 2022-23
collection year and a fixed council, so it cannot be used).

The driver writes its result as JSON to a temporary file rather than to stdout, because
some of the validator's rules print stray text.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

ENV_DIR = Path(".validators") / "903"
REQUIREMENTS = Path("validators") / "requirements-903.txt"
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


class ValidatorError(RuntimeError):
    """The validator environment could not be built, or the validator did not run."""


def ensure_validator_env(root: Path) -> Path:
    """Create ``<root>/.validators/903`` from the hashed lock, once; return its directory.

    The environment is rebuilt only when the lock file changes (its hash is kept in the
    environment), so calling this before every run is cheap. Concurrent callers (pytest-xdist
    workers) wait for one another.
    """
    env = root / ENV_DIR
    requirements = root / REQUIREMENTS
    if not requirements.is_file():
        raise ValidatorError(f"{requirements} not found: is {root} the repository root?")
    digest = hashlib.sha256(requirements.read_bytes()).hexdigest()
    stamp = env / ".requirements.sha256"
    env.parent.mkdir(parents=True, exist_ok=True)
    with _lock(env.parent / "903.lock"):
        if _python(env).is_file() and stamp.is_file() and stamp.read_text() == digest:
            return env
        uv = find_uv(root)
        _run([uv, "venv", "--clear", "--python", "3.11", str(env)], "create the validator venv")
        _run(
            [uv, "pip", "install", "--python", str(_python(env)), "--require-hashes",
             "-r", str(requirements)],
            "install csc-validator-be-903",
        )  # fmt: skip
        stamp.write_text(digest)
    return env


def find_uv(root: Path) -> str:
    """``uv`` from PATH, or the copy the Makefile bootstraps into ``<root>/.tools``."""
    found = shutil.which("uv")
    if found:
        return found
    for local in (root / ".tools" / "bin" / "uv", root / ".tools" / "Scripts" / "uv.exe"):
        if local.is_file():
            return str(local)
    raise ValidatorError(
        "uv is needed to build the validator environment but was found neither on PATH nor in"
        f" {root / '.tools'}; run `make` (it bootstraps uv there) or `pip install uv`"
    )


def run_lac_validator(folder: Path, collection_year: int, ons_code: str, env: Path) -> pd.DataFrame:
    """Validate the 903 CSVs in ``folder`` as the return for ``collection_year`` (end year).

    ``ons_code`` is the council's nine-character code (the validator derives placements in or
    out of area from it). The previous year's folder (``<folder>/../<year - 1>``), when there
    is one, is passed as "Prev year" for the cross-year rules. Returns the issues, one row per
    rule, data row (``row_id`` counts from 0) and affected field. ``attrs`` holds the number of
    rules in the ruleset and the codes of the rules that ran (``dones``), were skipped for want
    of a table (``skips``) and raised (``fails``: 231 and 233 always do in 0.1.17).
    """
    this_year = _csvs(folder)
    if not this_year:
        raise ValidatorError(f"no CSV files in {folder}")
    previous = folder.parent / str(collection_year - 1)
    with tempfile.TemporaryDirectory(prefix="lac-validator-") as tmp:
        out = Path(tmp) / "result.json"
        request = {
            "this_year": [str(p) for p in this_year],
            "prev_year": [str(p) for p in _csvs(previous)] if previous.is_dir() else [],
            "year": str(collection_year),
            "la": ons_code,
            "out": str(out),
        }
        done = subprocess.run(
            [str(_python(env)), "-c", DRIVER, json.dumps(request)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            env=_clean_environment(),
            check=False,
        )
        if done.returncode != 0 or not out.is_file():
            raise ValidatorError(
                f"lac_validator failed on {folder} (exit {done.returncode}):\n"
                + done.stderr[-4000:]
            )
        result = json.loads(out.read_text(encoding="utf-8"))
    issues = pd.DataFrame(result["issues"], columns=list(ISSUE_COLUMNS))
    issues["row_id"] = issues["row_id"].astype(int)
    issues["rule_code"] = issues["rule_code"].astype(str)
    issues.attrs.update({key: result[key] for key in ("rules", "dones", "skips", "fails")})
    return issues


def _csvs(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.csv"))


def _python(env: Path) -> Path:
    if sys.platform == "win32":
        return env / "Scripts" / "python.exe"
    return env / "bin" / "python"


def _clean_environment() -> dict[str, str]:
    """Our environment minus what would let our own packages leak into the validator's."""
    leaks = {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP"}
    return {key: value for key, value in os.environ.items() if key not in leaks}


def _run(command: list[str], what: str) -> None:
    done = subprocess.run(
        command, capture_output=True, text=True, env=_clean_environment(), check=False
    )
    if done.returncode != 0:
        raise ValidatorError(f"could not {what}: {' '.join(command)}\n{done.stderr[-4000:]}")


@contextlib.contextmanager
def _lock(path: Path) -> Iterator[None]:
    """An exclusive lock on ``path`` where the platform has ``fcntl`` (not on Windows)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no concurrent test workers to guard
        yield
        return
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
