"""Debian chromium through Playwright, and axe-core, for the browser tests of every page.

Shared by the dashboard's and the pack's accessibility tests. axe-core comes from the npm
registry into the user's cache (~/.cache/csc-scorecard), fetched once.
"""

from __future__ import annotations

import json
import os
import subprocess
import tarfile
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip
AXE_VERSION = "4.11.0"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian chromium is missing: make system-packages installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def axe_script() -> Path:
    """axe.min.js from the npm registry, fetched once into the user's cache."""
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "csc-scorecard"
    script = cache / f"axe-core-{AXE_VERSION}" / "axe.min.js"
    if not script.exists():
        cache.mkdir(parents=True, exist_ok=True)
        packed = subprocess.run(["npm", "pack", f"axe-core@{AXE_VERSION}", "--json",
                                 "--pack-destination", str(cache)],
                                check=True, capture_output=True, text=True)  # fmt: skip
        archive = cache / json.loads(packed.stdout)[0]["filename"]
        with tarfile.open(archive) as tar:
            member = tar.getmember("package/axe.min.js")
            member.name = "axe.min.js"
            tar.extract(member, script.parent, filter="data")
        archive.unlink()
    return script


def serious_violations(page, axe_script: Path) -> list[tuple[str, str, int]]:
    """axe-core's serious and critical violations on the page: (rule, impact, elements)."""
    page.add_script_tag(path=str(axe_script))
    result = page.evaluate("async () => (await axe.run(document)).violations")
    return [(v["id"], v["impact"], len(v["nodes"])) for v in result
            if v["impact"] in ("serious", "critical")]  # fmt: skip
