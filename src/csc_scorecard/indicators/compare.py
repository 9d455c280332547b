"""A council beside its statistical neighbours and its region, from one multi-council store.

The groups come from a configuration file (the shipped ``csc_scorecard/config/neighbours.yaml``
or a council's own): each council's statistical neighbours, and the members of each region. A
group's figure is the one a single council made of all of them would have: the sum of the
numerators over the sum of the denominators (percent x 100, rate per 10,000 of the summed
population). Counts are not comparable that way (a bigger group has more of everything), so a
group's count is the mean count per council. The council itself is left out of its neighbours
but counted in its region, as the DfE's benchmarking tables do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

import ibis
import ibis.expr.types as ir
import pandas as pd
import yaml

from csc_scorecard.indicators.catalogue import indicator
from csc_scorecard.store import Store

DEFAULT_CONFIG = files("csc_scorecard") / "config" / "neighbours.yaml"
"""The shipped neighbours and regions (of the synthetic national store): package data."""
SCALE = {"percent": 100.0, "rate": 10_000.0, "days": 1.0, "number": 1.0}
"""Value = scale x sum of numerators / sum of denominators, per ratio unit."""


@dataclass(frozen=True)
class Groups:
    """Each council's statistical neighbours, and each region's members."""

    neighbours: dict[str, list[str]]
    regions: dict[str, list[str]]

    @classmethod
    def read(cls, path: Path | Traversable = DEFAULT_CONFIG) -> Groups:
        """Read the YAML file (la_codes as text, so "318" and 318 are the same council)."""
        raw = yaml.safe_load(path.read_text()) or {}

        def codes(mapping: dict[object, list[object]]) -> dict[str, list[str]]:
            return {str(k): [str(c) for c in v] for k, v in (mapping or {}).items()}

        return cls(codes(raw.get("neighbours", {})), codes(raw.get("regions", {})))

    def region_of(self, la_code: str) -> tuple[str, list[str]]:
        """The council's region and its members (a council in no region: an error)."""
        for name, members in self.regions.items():
            if la_code in members:
                return name, members
        raise LookupError(f"council {la_code} is in no region of the neighbours file")

    def neighbours_of(self, la_code: str) -> list[str]:
        """The council's statistical neighbours (none configured: an error)."""
        if la_code not in self.neighbours:
            raise LookupError(f"council {la_code} has no statistical neighbours configured")
        return [c for c in self.neighbours[la_code] if c != la_code]


def _group_figure(values: ir.Table, members: list[str], unit: str, name: str) -> ir.Table:
    """Per month, the group's figure and how many of its councils have one."""
    group = values.filter(values.la_code.isin(members))
    if unit == "count":
        figure = group.value.mean()
    else:
        ratio = group.numerator.sum() / group.denominator.sum()
        figure = (group.denominator.sum() > 0).ifelse(ratio * SCALE[unit], ibis.null("float64"))
    return group.group_by("month").aggregate(
        **{name: figure, f"{name}_councils": group.la_code.nunique()}
    )


def compare(store: Store, indicator_id: str, la_code: str, groups: Groups,
            month: date | None = None, breakdown: str = "all",
            breakdown_value: str = "all") -> pd.DataFrame:  # fmt: skip
    """Per month: the council's value, its neighbours' and its region's (see module doc).

    Columns: month, council, neighbours, neighbours_councils, region, region_councils
    (councils with a figure that month), and the region's name in ``region_name``.
    """
    item = indicator(indicator_id)
    region_name, region = groups.region_of(la_code)
    neighbours = groups.neighbours_of(la_code)
    v = store.table("indicator_value")
    v = v.filter((v.indicator_id == item.id) & (v.breakdown == breakdown)
                 & (v.breakdown_value == breakdown_value))  # fmt: skip
    if month is not None:
        v = v.filter(v.month == month)
    own = v.filter(v.la_code == la_code).select("month", council=v.value)
    joined = own
    for name, members in (("neighbours", neighbours), ("region", region)):
        joined = joined.left_join(_group_figure(v, members, item.unit, name), "month").drop(
            "month_right"
        )
    frame = joined.order_by("month").execute()
    if frame.empty:
        raise LookupError(f"no {item.id} figures for council {la_code}: run scorecard compute")
    result: pd.DataFrame = frame.assign(region_name=region_name)
    return result
