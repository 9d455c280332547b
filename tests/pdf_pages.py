"""Reading a rendered PDF back with poppler-utils: which pages hold a section, whether a page's
right margin is blank, whether the file is tagged."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PIL import Image

DPI = 60
PAGE_MARGIN_MM = 12  # pack.css: @page { margin: 12mm }


def pdfinfo(pdf: Path) -> dict[str, str]:
    """pdfinfo's fields (Pages, Tagged, Page size...)."""
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return dict(line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)


def page_text(pdf: Path, page: int) -> str:
    """The text of one page (1-based)."""
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf),
                           "-"], capture_output=True, text=True, check=True).stdout  # fmt: skip


def pages_of_section(pdf: Path, heading: str, next_heading: str) -> list[int]:
    """The pages from the one that starts with ``heading`` to the one before ``next_heading``."""
    pages = int(pdfinfo(pdf)["Pages"])
    texts = {n: " ".join(page_text(pdf, n).split()) for n in range(1, pages + 1)}
    first = next(n for n, t in texts.items() if heading in t)
    last = next((n for n, t in texts.items() if n > first and next_heading in t), pages + 1)
    return list(range(first, max(last, first + 1)))


def right_margin_ink(pdf: Path, page: int, folder: Path) -> int:
    """How many pixels in the page's right margin are not white (0: the margin is blank).

    The strip checked is the margin less 1 mm, so anti-aliasing at the content's edge is not
    counted.
    """
    stem = folder / f"margin-{page}"
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)  # fmt: skip
    grey = Image.open(stem.with_suffix(".png")).convert("L")
    strip = round((PAGE_MARGIN_MM - 1) / 25.4 * DPI)
    margin = grey.crop((grey.width - strip, 0, grey.width, grey.height))
    return sum(margin.histogram()[:240])
