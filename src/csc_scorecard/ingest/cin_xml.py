"""Stream a CIN census XML file into one text table per record element.

The file is read with lxml's ``iterparse``, one ``Child`` at a time, and each ``Child`` is
cleared once its records are taken, so a national file never has to fit in memory. Entities
are not expanded, no DTD is loaded and nothing is fetched from the network, so a hostile file
can neither blow up memory nor reach out. Every value is kept as text ('' when absent); checking
and conversion happen later, on whole columns.

A record's row number is its position among the elements of its name in the file (from 1), as
the synthetic council's manifest counts them. Each row also keeps the position of the record
it is nested in (``_parent``, from 0), so identifiers and parents' dates can be joined on.
A file that is not well-formed XML, or is not a CIN census, raises ``SourceFileError``.

Element names are matched without their XML namespace: some councils' systems write the census
in a namespace (``<Message xmlns="...">`` or ``<cin:Message>``), which changes nothing about
what the elements mean. Elements the loader does not read are counted (by their path under
``Child``) so the load summary lists them once and a new census field is noticed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

import pandas as pd
from lxml import etree

from csc_scorecard.ingest.errors import SourceFileError
from csc_scorecard.model.cin import (
    CHILD,
    CHILDREN,
    COLLECTION,
    COLLECTION_NAME,
    HEADER,
    KNOWN_ELEMENTS,
    LEA,
    RECORDS,
    REFERENCE_DATE,
    ROOT,
    YEAR,
    Record,
)

TAGS = tuple(f"{{*}}{name}" for name in (ROOT, HEADER, CHILDREN, CHILD.element))
"""The elements streamed, in any namespace or none."""
PARENT_POSITION = "_parent"


@dataclass
class CensusFile:
    """One census file as read: its header and the text of every record, per element."""

    path: Path
    year: int
    reference_date: date | None
    la_code: str | None
    raw: dict[str, pd.DataFrame]
    unread: Counter[str] = field(default_factory=Counter)
    """Elements the loader does not read, by path from ``Child`` (outermost only)."""

    @property
    def records(self) -> int:
        """Records of every kind in the file (the file's rows in)."""
        return sum(len(frame) for frame in self.raw.values())


def _text(element: Any, path: str) -> str:
    """Text of the element at ``path`` from ``element`` ('' when absent or empty)."""
    if path == ".":
        return element.text or ""
    return element.findtext(path) or ""


def _collect(record: Record, element: Any, parent: int, rows: dict[str, list[tuple[Any, ...]]]
             ) -> None:  # fmt: skip
    """Append the record's values and then, recursively, those of the records nested in it."""
    found = rows[record.element]
    found.append((parent, *[_text(element, path) for path in record.raw_paths.values()]))
    position = len(found) - 1
    for child in record.children:
        for nested in element.iterfind(child.path):
            _collect(child, nested, position, rows)


@dataclass
class _Header:
    year: int | None = None
    reference_date: date | None = None
    la_code: str | None = None
    collection: str | None = None


def _local(element: Any) -> str:
    """The element's name without its namespace (``Child`` for ``{urn:x}Child``)."""
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _drop_namespaces(element: Any) -> None:
    """Rename the element and everything in it to their local names (for ``findtext``)."""
    if isinstance(element.tag, str) and element.tag.startswith("{"):
        for inner in element.iter():
            inner.tag = _local(inner)


def _unread(element: Any, found: Counter[str], where: str = "Child") -> None:
    """Count the outermost elements under ``element`` that the loader does not read."""
    for inner in element:
        name = _local(inner)
        if not name:
            continue
        if name in KNOWN_ELEMENTS:
            _unread(inner, found, name)
        else:
            found[f"{where}/{name}"] += 1


def _reference_date(path: Path, text: str) -> date:
    """The header's ReferenceDate: ISO (``2024-03-31``, as the schema says) or DD/MM/YYYY."""
    for form in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text[:10], form).date()
        except ValueError:
            continue
    raise SourceFileError(path, f"has an unreadable ReferenceDate {text!r} (expected YYYY-MM-DD"
                          " or DD/MM/YYYY)")  # fmt: skip


def _header(path: Path, element: Any) -> _Header:
    """Collection, year, reference date and council from the Header (each may be absent)."""
    _drop_namespaces(element)
    reference_text = (element.findtext(REFERENCE_DATE) or "").strip()
    year_text = (element.findtext(YEAR) or "").strip()
    reference = _reference_date(path, reference_text) if reference_text else None
    if year_text and not (year_text.isdigit() and len(year_text) == 4):
        raise SourceFileError(path, f"has an unreadable collection Year {year_text!r}")
    year = int(year_text) if year_text else reference.year if reference else None
    lea = (element.findtext(LEA) or "").strip() or None
    collection = (element.findtext(COLLECTION) or "").strip() or None
    return _Header(year, reference, lea, collection)


def _frames(rows: dict[str, list[tuple[Any, ...]]]) -> dict[str, pd.DataFrame]:
    frames = {}
    for record in RECORDS:
        columns = [PARENT_POSITION, *record.raw_paths]
        frame = pd.DataFrame(rows.get(record.element, []), columns=columns)
        frames[record.element] = frame.astype({c: object for c in columns[1:]})
    return frames


def _wrong_root(path: Path, root: object) -> NoReturn:
    raise SourceFileError(path, f"is not a CIN census (root element <{root}>, not <{ROOT}>)")


def read_census(path: Path) -> CensusFile:
    """Read one CIN census file; ``SourceFileError`` if it is not a readable census."""
    rows: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    unread: Counter[str] = Counter()
    header = _Header()
    seen_root = seen_children = False
    try:
        events = etree.iterparse(
            str(path), events=("start", "end"), tag=TAGS,
            resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
            remove_comments=True, remove_pis=True,
        )  # fmt: skip
        for event, element in events:
            name = _local(element)
            if not seen_root:
                if event != "start" or name != ROOT or element.getparent() is not None:
                    _wrong_root(path, _local(element.getroottree().getroot()))
                seen_root = True
                continue
            if event == "start":
                seen_children |= name == CHILDREN
                continue
            outer = element.getparent()
            within = _local(outer) if outer is not None else None
            if name == HEADER and within == ROOT:
                header = _header(path, element)
            elif name == CHILD.element and within == CHILDREN:
                _drop_namespaces(element)
                _collect(CHILD, element, -1, rows)
                _unread(element, unread)
                element.clear(keep_tail=False)
                while element.getprevious() is not None:
                    del outer[0]
    except etree.XMLSyntaxError as error:
        raise SourceFileError(path, f"is not well-formed XML ({error})") from error
    except OSError as error:
        raise SourceFileError(path, f"cannot be read ({error})") from error
    if not seen_root:
        _wrong_root(path, _local(events.root) if events.root is not None else None)
    if header.collection not in (None, COLLECTION_NAME):
        raise SourceFileError(path, f"is a {header.collection!r} collection, not the CIN census")
    if not seen_children:
        raise SourceFileError(path, "is not a CIN census (no <Children> element)")
    if header.year is None:
        raise SourceFileError(path, "has no Header Year or ReferenceDate, so its census year is"
                              " unknown")  # fmt: skip
    return CensusFile(path, header.year, header.reference_date, header.la_code, _frames(rows),
                      unread)  # fmt: skip
