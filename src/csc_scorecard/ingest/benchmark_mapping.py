"""Where DfE publishes each of our indicators: the mapping in ``config/benchmarks.yaml``.

One entry per indicator names the publication, the filter values that pick its rows in the
open-data CSV, the column holding the figure (and the count behind it) and its time basis. The
loader, the synthetic published file and the docs all read this one mapping, so a figure is
placed, written and documented the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

import yaml

DEFAULT_MAPPING = files("csc_scorecard") / "config" / "benchmarks.yaml"
"""The shipped mapping: package data, found the same way as targets.yaml."""

TimeBasis = Literal["31 March", "year to 31 March", "30 September"]
TIME_BASES: tuple[TimeBasis, ...] = ("31 March", "year to 31 March", "30 September")
"""A snapshot at 31 March, the financial year to 31 March, or a snapshot at 30 September
(the children's social work workforce census, whose reporting year runs to 30 September)."""


@dataclass(frozen=True)
class Publication:
    """A DfE release on explore-education-statistics."""

    key: str
    title: str
    url: str


@dataclass(frozen=True)
class Placement:
    """Where one of our indicators sits in a DfE open-data file."""

    indicator_id: str
    publication: str
    filters: tuple[tuple[str, str], ...]
    column: str
    per: float
    numerator: str | None
    time_basis: TimeBasis

    def fits(self, columns: set[str]) -> bool:
        """Whether a file with these (lower-cased) columns can hold this figure."""
        needed = {self.column, *(f for f, _ in self.filters)}
        return needed <= columns


@dataclass(frozen=True)
class Mapping:
    """The whole mapping: publications and each indicator's placement."""

    publications: dict[str, Publication]
    placements: tuple[Placement, ...]

    @classmethod
    def read(cls, path: Path | Traversable = DEFAULT_MAPPING) -> Mapping:
        """Read and check the YAML (an unknown publication or time basis is an error).

        That each id is in the catalogue is checked by the tests (this layer is below it).
        """
        raw = yaml.safe_load(path.read_text()) or {}
        publications = {
            key: Publication(key, str(p["title"]), str(p.get("url", "")))
            for key, p in (raw.get("publications") or {}).items()
        }
        placements = []
        for indicator_id, entry in (raw.get("indicators") or {}).items():
            if entry["publication"] not in publications:
                raise ValueError(f"{indicator_id}: unknown publication {entry['publication']!r}")
            if entry["time_basis"] not in TIME_BASES:
                raise ValueError(f"{indicator_id}: time_basis must be one of {TIME_BASES}")
            placements.append(
                Placement(
                    indicator_id=str(indicator_id),
                    publication=str(entry["publication"]),
                    filters=tuple(
                        (str(k).lower(), str(v)) for k, v in (entry.get("filters") or {}).items()
                    ),
                    column=str(entry["column"]).lower(),
                    per=float(entry["per"]),
                    numerator=str(entry["numerator"]).lower() if entry.get("numerator") else None,
                    time_basis=entry["time_basis"],
                )
            )
        return cls(publications, tuple(placements))

    def indicator_ids(self) -> list[str]:
        """Our indicators DfE publishes an equivalent of, in the mapping's order."""
        return [p.indicator_id for p in self.placements]

    def placement(self, indicator_id: str) -> Placement:
        """One indicator's placement (an indicator DfE does not publish: KeyError)."""
        for p in self.placements:
            if p.indicator_id == indicator_id:
                return p
        raise KeyError(f"{indicator_id} is not in the benchmarks mapping")
