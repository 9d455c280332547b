"""How a canonical value is spelt in an SSD column, in both directions.

The canonical side is always *text in the canonical form* (ISO dates, ``Y``/``N`` for booleans,
codes as in ``codes.py``), so one codec serves the writer (canonical text -> SSD text) and the
loader (SSD text -> canonical text, which the model's type and code checks then read). A value a
codec does not recognise passes through unchanged, so a bad value reaches the checks and is
quarantined with the rule it breaks instead of being silently turned into something valid.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import pandas as pd


class Codec(Protocol):
    """Turns canonical text into SSD text and back (both vectorised over a column)."""

    def to_ssd(self, text: pd.Series) -> pd.Series:
        """Canonical text ('' for empty) as the SSD writes it."""
        ...

    def from_ssd(self, text: pd.Series) -> pd.Series:
        """SSD text as canonical text; unrecognised values unchanged."""
        ...

    def describe(self) -> str:
        """One line for the mapping page (empty when the value is copied as it is)."""
        ...


def _by_unique(text: pd.Series, convert: Callable[[str], str]) -> pd.Series:
    """Apply a per-value function once per distinct value (JSON columns repeat few values)."""
    return text.map({value: convert(value) for value in pd.unique(text)}).astype(object)


@dataclass(frozen=True)
class Same:
    """The SSD column holds the canonical text as it is."""

    def to_ssd(self, text: pd.Series) -> pd.Series:
        """Unchanged."""
        return text

    def from_ssd(self, text: pd.Series) -> pd.Series:
        """Unchanged."""
        return text

    def describe(self) -> str:
        """Nothing to say."""
        return ""


SAME = Same()


@dataclass(frozen=True)
class Recode:
    """A fixed translation of values, e.g. ``Y``/``N`` flags the SSD records the other way round.

    ``pairs`` are (canonical, SSD) values; reading ignores case and surrounding spaces.
    """

    pairs: tuple[tuple[str, str], ...]

    def to_ssd(self, text: pd.Series) -> pd.Series:
        """Translate known canonical values."""
        mapping = dict(self.pairs)
        return text.map(lambda v: mapping.get(v, v)).astype(object)

    def from_ssd(self, text: pd.Series) -> pd.Series:
        """Translate known SSD values back."""
        mapping = {ssd.casefold(): canonical for canonical, ssd in self.pairs}
        folded = text.astype(object).str.strip().str.casefold()
        return folded.map(mapping).fillna(text).astype(object)

    def describe(self) -> str:
        """E.g. ``Y`` is written ``N``."""
        return ", ".join(f"`{c}` is written `{s}`" for c, s in self.pairs)


INVERTED_FLAG = Recode((("Y", "N"), ("N", "Y")))


def _json_object(text: str) -> dict[str, object] | None:
    """A JSON object with upper-case keys, or None when the text is not one."""
    try:
        value = json.loads(text)
    except (ValueError, TypeError):
        return None
    if not isinstance(value, dict):
        return None
    return {str(k).strip().upper().removeprefix("OUTCOME_"): v for k, v in value.items()}


def _flag_set(value: object) -> bool:
    return str(value).strip().upper() in {"Y", "YES", "TRUE", "1"}


@dataclass(frozen=True)
class JsonKey:
    """The value sits under one key of a JSON object column (the SSD's ``*_json`` outcomes)."""

    key: str
    recode: Recode | None = None

    def to_ssd(self, text: pd.Series) -> pd.Series:
        """``{"KEY": "value"}``, or empty when the value is empty."""
        values = self.recode.to_ssd(text) if self.recode else text
        return values.map(lambda v: json.dumps({self.key: v}) if v != "" else "").astype(object)

    def from_ssd(self, text: pd.Series) -> pd.Series:
        """The key's value; text that is not a JSON object passes through to fail the checks."""

        def read(cell: str) -> str:
            if cell.strip() == "":
                return ""
            found = _json_object(cell)
            if found is None:
                return cell
            value = found.get(self.key.upper())
            return "" if value is None else str(value)

        values = _by_unique(text, read)
        return self.recode.from_ssd(values) if self.recode else values

    def describe(self) -> str:
        """Where in the JSON the value is."""
        how = f" ({self.recode.describe()})" if self.recode else ""
        return f"JSON key `{self.key}`{how}"


@dataclass(frozen=True)
class JsonFlags:
    """A code held as a JSON object of ``Y``/``N`` flags (``cont_contact_outcome_json``).

    ``pairs`` are (canonical code, flag key); the writer sets the first key of a code to ``Y``;
    the reader takes the code of the first listed key set to ``Y``, so several SSD flags may
    mean one code. Keys are read without the ``OUTCOME_`` prefix some SSD versions add.
    """

    pairs: tuple[tuple[str, str], ...]

    def to_ssd(self, text: pd.Series) -> pd.Series:
        """``{"KEY": "Y"}`` for a known code; an unknown code is written as it is."""
        keys: dict[str, str] = {}
        for code, key in self.pairs:
            keys.setdefault(code, key)
        return text.map(lambda v: json.dumps({keys[v]: "Y"}) if v in keys else v).astype(object)

    def from_ssd(self, text: pd.Series) -> pd.Series:
        """The code of the first flag set; text that is not a JSON object passes through."""

        def read(cell: str) -> str:
            if cell.strip() == "":
                return ""
            found = _json_object(cell)
            if found is None:
                return cell
            for code, key in self.pairs:
                if _flag_set(found.get(key, "")):
                    return code
            return ""

        return _by_unique(text, read)

    def describe(self) -> str:
        """Which flag means which code."""
        flags = ", ".join(f"`{k}` = `{c}`" for c, k in self.pairs)
        return f"JSON object of Y/N flags: {flags} (the first flag set wins; written: the first)"


@dataclass(frozen=True)
class JsonList:
    """Several canonical rows' codes held as one JSON array (``cinf_assessment_factors_json``).

    Not a column codec: the writer groups rows into one array and the loader splits it again.
    """

    def encode(self, values: list[str]) -> str:
        """A JSON array of the codes (an empty code becomes ``null``)."""
        return json.dumps([v if v != "" else None for v in values])

    def decode(self, cell: str) -> list[str] | None:
        """The codes of an array ('' for ``null``); None when the text is not an array of codes."""
        if cell.strip() == "":
            return []
        try:
            value = json.loads(cell)
        except ValueError:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str | None) for v in value):
            return None
        return ["" if v is None else v for v in value]

    def describe(self) -> str:
        """How the list is written."""
        return "JSON array of codes, one SSD row per assessment"


JSON_LIST = JsonList()
