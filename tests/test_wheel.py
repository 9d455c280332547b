"""The built wheel works on its own: installed into a fresh environment, run from elsewhere.

The package must carry everything it reads (targets, neighbours, the validators' lock files,
templates), since an installed copy has no repository around it. Installing the locked
dependencies into a new environment takes over a minute and the demo a minute or two more, so
this test is marked ``wheel`` and left out of the default run (``addopts`` deselects it): run
it with ``pytest -m wheel`` (or ``make test-wheel``).
"""

import subprocess
import sys
from pathlib import Path

import pytest

from csc_scorecard.validators.isolated import find_uv

REPO = Path(__file__).resolve().parents[1]
PACK = ("html", "pdf", "xlsx")


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{' '.join(command)}\n{done.stdout[-3000:]}{done.stderr[-3000:]}"
    return done


@pytest.mark.slow
@pytest.mark.wheel
def test_the_installed_wheel_runs_the_demo_from_another_folder(tmp_path):
    uv = find_uv(REPO)
    dist, elsewhere = tmp_path / "dist", tmp_path / "elsewhere"
    elsewhere.mkdir()
    run([uv, "build", "--wheel", "--out-dir", str(dist)], REPO)
    (wheel,) = dist.glob("csc_scorecard-*.whl")
    locked = tmp_path / "requirements.txt"
    run([uv, "export", "--frozen", "--no-dev", "--no-hashes", "--no-emit-project",
         "--output-file", str(locked)], REPO)  # fmt: skip
    venv = tmp_path / "venv"
    run([uv, "venv", "--quiet", "--python", f"{sys.version_info[0]}.{sys.version_info[1]}",
         str(venv)], tmp_path)  # fmt: skip
    python = venv / "bin" / "python"
    run([uv, "pip", "install", "--quiet", "--python", str(python), "-r", str(locked),
         str(wheel)], tmp_path)  # fmt: skip
    # The installed package, not this checkout's source, is what runs.
    where = run([str(python), "-c", "import csc_scorecard; print(csc_scorecard.__file__)"],
                elsewhere).stdout  # fmt: skip
    assert str(venv) in where and str(REPO) not in where
    out = elsewhere / "out"
    run([str(venv / "bin" / "scorecard"), "demo", "--out", str(out), "--children", "1000"],
        elsewhere)  # fmt: skip
    packs = {path.suffix.lstrip("."): path for path in (out / "pack").glob("pack-318-*.*")}
    assert set(packs) == set(PACK)
    assert all(path.stat().st_size > 0 for path in packs.values())
    # The demo reads the shipped targets (it failed with FileNotFoundError when they were
    # looked for beside a checkout); compare and validate read the other shipped files.
    # The shipped neighbours file and validator locks are in the installed package too.
    shipped = run([str(python), "-c", "from csc_scorecard.indicators.compare import Groups;"
                   "from csc_scorecard.validators.dfe903 import REQUIREMENTS;"
                   "print(len(Groups.read().regions), REQUIREMENTS.is_file())"],
                  elsewhere).stdout.split()  # fmt: skip
    assert shipped == ["2", "True"]
