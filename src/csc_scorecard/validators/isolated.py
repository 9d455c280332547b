"""Virtual environments of their own for the DfE validators, and running code inside them.

The data-to-insight validators pin pandas 1.5, which cannot live beside this project's pandas
2, so each is installed from a hashed lock file (package data, ``validators/requirements/``) into
``<root>/.validators/<name>`` and driven through a subprocess that writes its result as JSON to
a file (the validators print to stdout). ``root`` is any folder the environments may live in:
the command line uses the current directory.
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
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

VALIDATORS_DIR = Path(".validators")
LOCKS = files("csc_scorecard.validators") / "requirements"
"""The validators' hashed lock files, shipped inside the package."""


class ValidatorError(RuntimeError):
    """The validator environment could not be built, or the validator did not run."""


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


def ensure_env(root: Path, name: str, lock: Traversable) -> Path:
    """Create ``<root>/.validators/<name>`` from a hashed lock, once; return its directory.

    The environment is rebuilt only when the lock file or the way it is installed changes
    (their hash is kept in the environment), so calling this before every run is cheap. Its
    modules are compiled as they are installed: the validator runs as a process of its own
    each time, and would otherwise compile pandas and its 300 rules on every run wherever
    PYTHONDONTWRITEBYTECODE is set. Concurrent callers (pytest-xdist workers) wait for one
    another.
    """
    env = root / VALIDATORS_DIR / name
    install = ["--require-hashes", "--compile-bytecode"]
    digest = hashlib.sha256(lock.read_bytes() + " ".join(install).encode()).hexdigest()
    stamp = env / ".requirements.sha256"
    env.parent.mkdir(parents=True, exist_ok=True)
    with _lock(env.parent / f"{name}.lock"):
        if python_of(env).is_file() and stamp.is_file() and stamp.read_text() == digest:
            return env
        uv = find_uv(root)
        _run([uv, "venv", "--clear", "--python", "3.11", str(env)], f"create the {name} venv")
        with as_file(lock) as lock_file:
            _run(
                [uv, "pip", "install", "--python", str(python_of(env)), *install, "-r",
                 str(lock_file)],
                f"install the {name} validator",
            )  # fmt: skip
        stamp.write_text(digest)
    return env


def run_driver(env: Path, driver: str, request: dict[str, Any], what: str, timeout: int
               ) -> dict[str, Any]:  # fmt: skip
    """Run ``driver`` with the environment's Python; it writes JSON to ``request['out']``."""
    with tempfile.TemporaryDirectory(prefix="validator-") as tmp:
        out = Path(tmp) / "result.json"
        done = subprocess.run(
            [str(python_of(env)), "-c", driver, json.dumps({**request, "out": str(out)})],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=_clean_environment(),
            check=False,
        )
        if done.returncode != 0 or not out.is_file():
            raise ValidatorError(f"{what} failed (exit {done.returncode}):\n" + done.stderr[-4000:])
        result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def python_of(env: Path) -> Path:
    """The Python interpreter of a virtual environment."""
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
