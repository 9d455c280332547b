"""Every number a finished output shows, for tests that check the published pack.

A pack is safe only if what was written is safe, whatever the code meant to write: these
scanners read the files back. An Excel workbook yields each numeric cell, each number inside
a text cell and each number cached in a native chart; an HTML page yields each number in its
text (SVG text included), in the attributes people or assistive technology read (alt, title,
aria-label, data-*), and in embedded JSON data. Scripts and styles are code, not output.
Every number comes with where it is and the words around it, so a test can tell a count from
a year or an age band.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree, html

NUMBER = re.compile(
    r"(?P<sign>(?<![\w.,])[-\u2212])?(?<![\w.,])"
    r"(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
)
"""A number as people write it: 7, 1,234, 12.5, -3 (a minus only where it starts a word,
so "1-4" is 1 and 4). Digits inside a word (REF1, CLA8a) are names, not numbers."""

READ_ATTRIBUTES = ("alt", "title", "aria-label", "aria-valuenow", "aria-valuetext", "value")
"""Attributes whose text is read by people or assistive technology."""

DATA_SCRIPTS = ("application/json", "application/ld+json")
"""Script types holding data (published to anyone who opens the page source)."""

CHART_VALUE = "{http://schemas.openxmlformats.org/drawingml/2006/chart}v"


@dataclass(frozen=True)
class FoundNumber:
    """One number in an output: its value, as written, where, and the words around it."""

    value: float
    text: str
    where: str
    context: str


def numbers_in_text(text: str) -> Iterator[tuple[float, str]]:
    """(value, as written) for every number in ``text``."""
    for match in NUMBER.finditer(text):
        value = float(match["digits"].replace(",", ""))
        yield (-value if match["sign"] else value), match[0]


def _found(text: str, where: str, context: str) -> Iterator[FoundNumber]:
    for value, written in numbers_in_text(text):
        yield FoundNumber(value, written, where, context)


def _short(text: str, limit: int = 160) -> str:
    """Whitespace collapsed and cut to ``limit`` characters."""
    return " ".join(text.split())[:limit]


def numbers_in_xlsx(path: Path | str) -> list[FoundNumber]:
    """Every number in a workbook: cells of every sheet (hidden ones too) and chart caches.

    Cells are read with their cached values (a formula shows what Excel last computed); the
    context of a cell is the text of its row. Dates are not numbers here. openpyxl is
    imported here, not with the module: ``suppress`` shares the package and every
    ``scorecard compute`` uses it, and openpyxl takes half a second to import.
    """
    import openpyxl

    found: list[FoundNumber] = []
    book = openpyxl.load_workbook(path, data_only=True)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            context = _short(" | ".join(str(c.value) for c in row if isinstance(c.value, str)))
            for cell in row:
                where = f"{sheet.title}!{cell.coordinate}"
                if isinstance(cell.value, bool):
                    continue
                if isinstance(cell.value, int | float):
                    found.append(FoundNumber(float(cell.value), str(cell.value), where, context))
                elif isinstance(cell.value, str):
                    found.extend(_found(cell.value, where, context))
    with zipfile.ZipFile(path) as archive:
        for name in sorted(n for n in archive.namelist() if n.startswith("xl/charts/chart")):
            root = etree.fromstring(archive.read(name))
            for element in root.iter(CHART_VALUE):
                found.extend(_found(element.text or "", name, "chart data"))
    return found


def numbers_in_html(path: Path | str) -> list[FoundNumber]:
    """Every number a reader (or the page source's data) of an HTML file can see.

    ``where`` is the element's path in the page; the context is the element's whole text, so
    a number in a table cell comes with the cell's words.
    """
    tree = html.parse(str(path))
    found: list[FoundNumber] = []
    for element in tree.getroot().iter():
        if not isinstance(element.tag, str):
            continue  # comments and processing instructions are not shown
        where = tree.getpath(element)
        parent = element.getparent()
        if parent is not None and element.tail:
            found.extend(_found(element.tail, tree.getpath(parent), _text(parent)))
        tag = element.tag.rsplit("}", 1)[-1].lower()
        if tag in ("style", "script") and element.get("type") not in DATA_SCRIPTS:
            continue
        found.extend(_found(element.text or "", where, _text(element)))
        for name, text in element.attrib.items():
            if name in READ_ATTRIBUTES or name.startswith("data-"):
                found.extend(_found(text, f"{where}/@{name}", f"{name}: {_short(text)}"))
    return found


def _text(element: html.HtmlElement) -> str:
    """The words of an element, for context (a table cell's, a paragraph's)."""
    return _short(element.text_content())
