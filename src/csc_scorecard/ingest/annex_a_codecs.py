"""Turn Annex A cells into canonical text: Ofsted's drop-down strings back into DfE codes.

Councils fill coded cells from Ofsted's drop-downs (``b) Female``, ``q) 6: Police``), but
also type the code (``F``, ``6``) or the bare label (``Female``). Each codec accepts all three,
ignoring case, spacing and punctuation. A value it cannot read is passed on as written, so the
model's check (code list, flag, date) rejects it with the value the analyst will recognise.
Codecs work on the distinct values of a column, so a large list costs a dictionary lookup.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from csc_scorecard.ingest.workbook import normalise
from csc_scorecard.model.codes import CODE_LISTS

PREFIX = re.compile(r"^\s*[a-z]{1,2}\d?\)\s*", re.IGNORECASE)
"""Ofsted's drop-down letter: ``a) ``, ``zz) ``, ``p1) ``."""
CODE_FIRST = re.compile(r"^([A-Za-z0-9_]+)\s*(?::|\s-\s)")
"""A code written before its meaning: ``K3: ...``, ``RC7 - ...``."""


def _key(text: str) -> str:
    """What two spellings of one drop-down string have in common."""
    return normalise(PREFIX.sub("", text)).replace(" ", "")


class Codec:
    """How one Annex A column becomes canonical text."""

    def decode(self, cells: pd.Series) -> pd.Series:
        """Canonical text for each cell ('' for empty)."""
        return cells

    def describe(self) -> str:
        """The conversion in words, for the mapping page."""
        return "as written"


@dataclass(frozen=True)
class Text(Codec):
    """Free text or a number, taken as written (surrounding spaces dropped by the checks)."""


@dataclass(frozen=True)
class Date(Codec):
    """A date: an Excel date cell, or text DD/MM/YYYY or YYYY-MM-DD."""

    def describe(self) -> str:
        """The conversion in words, for the mapping page."""
        return "Excel date, or text DD/MM/YYYY or YYYY-MM-DD"


@dataclass(frozen=True)
class Label(Codec):
    """A drop-down string (or its code, or its bare label) to a DfE code of ``code_list``."""

    labels: Mapping[str, str]
    code_list: str | None = None
    lookup: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lookup: dict[str, str] = {}
        for code, label in self.labels.items():
            for key in (_key(label), _key(code)):
                lookup.setdefault(key, code)
        bare = [(_key(CODE_FIRST.sub("", PREFIX.sub("", label))), code)
                for code, label in self.labels.items()]  # fmt: skip
        counts = Counter(key for key, _ in bare)
        for key, code in bare:  # "Police" alone, but never "Individual" (1A to 1D share it)
            if counts[key] == 1:
                lookup.setdefault(key, code)
        object.__setattr__(self, "lookup", lookup)

    def _one(self, text: str) -> str:
        if not text.strip():
            return ""
        found = self.lookup.get(_key(text))
        if found is not None:
            return found
        written = CODE_FIRST.match(PREFIX.sub("", text.strip()))
        valid = CODE_LISTS[self.code_list].valid_codes() if self.code_list else frozenset()
        if written and written.group(1) in valid:
            return written.group(1)
        return text.strip()

    def decode(self, cells: pd.Series) -> pd.Series:
        """Canonical text for each cell ('' for empty)."""
        return cells.map({v: self._one(v) for v in pd.unique(cells)})

    def describe(self) -> str:
        """The conversion in words, for the mapping page."""
        target = f"`{self.code_list}` code" if self.code_list else "code"
        examples = ", ".join(f"`{label}` → `{code}`" for code, label in list(
            self.labels.items())[:2])  # fmt: skip
        return f"Ofsted drop-down string, code or label → {target} (e.g. {examples})"


@dataclass(frozen=True)
class Flag(Codec):
    """A two-way answer (``a) Yes`` / ``b) No``) to Y or N; ``unknown`` answers to empty."""

    yes: str = "a) Yes"
    no: str = "b) No"
    unknown: tuple[str, ...] = ("c) Unknown",)

    def decode(self, cells: pd.Series) -> pd.Series:
        """Canonical text for each cell ('' for empty)."""
        answers = {_key(self.yes): "Y", _key(self.no): "N", "y": "Y", "n": "N"}
        answers |= dict.fromkeys((_key(u) for u in self.unknown), "")
        return cells.map({v: answers.get(_key(v), v.strip()) for v in pd.unique(cells)})

    def describe(self) -> str:
        """The conversion in words, for the mapping page."""
        unknown = "".join(f", `{u}` → empty" for u in self.unknown)
        return f"`{self.yes}` → Y, `{self.no}` → N{unknown}"
