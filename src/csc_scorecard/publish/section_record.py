"""The pack's benchmark and forecast sections as JSON, so a published pack records what they showed.

Both sections are read from tables that change after a pack is published (``scorecard load
benchmarks`` brings DfE's next year, ``scorecard forecast`` replaces the council's forecast),
so ``scorecard pack --as-published`` cannot read them again from the store: ``scorecard pack``
records them as shown (the benchmarks after disclosure control) and the rebuild reads them back
from here. Numbers go through Python's float repr (exact), dates and times keep their type, and
a frame's columns keep their dtypes, so the rebuilt sections print exactly what was published.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd

from csc_scorecard.analysis.benchmarks import Benchmark, Funnel
from csc_scorecard.analysis.funnel_plot import FunnelPlot, FunnelPoint
from csc_scorecard.forecast.briefing import FLOOR_COLUMNS, ForecastBriefing

BENCHMARKS, FORECAST, MONTHS_ALONE = "benchmarks", "forecast", "months_alone"
FUNNEL_PLOTS = "funnel_plots"
"""The sections' names in ``published_section`` (the rolling figures' months alone are not
printed, but the icons of a rolling figure are worked out from them; the funnel plots carry
DfE's figures for every council as they stood)."""


def _plain(value: object) -> object:
    """A numpy scalar as the Python value json writes (json.dumps' ``default``)."""
    if isinstance(value, np.generic):
        return value.item()
    raise TypeError(f"cannot record {type(value).__name__} {value!r}")


def _cell(value: object) -> object:
    """One cell as JSON: dates and times tagged so they come back as the same type."""
    if value is pd.NaT:
        return None
    if isinstance(value, datetime):  # pd.Timestamp included
        return {"timestamp": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    return value


def _uncell(value: object) -> object:
    if isinstance(value, dict):
        if "timestamp" in value:
            return pd.Timestamp(value["timestamp"])
        return date.fromisoformat(value["date"])
    return value


def frame_to_json(frame: pd.DataFrame) -> str:
    """A frame as JSON: each column's name, dtype and values (in row order)."""
    columns = [
        {"name": str(name), "dtype": str(frame[name].dtype),
         "values": [_cell(v) for v in frame[name].tolist()]}
        for name in frame.columns
    ]  # fmt: skip
    return json.dumps(columns, default=_plain)


def frame_from_json(text: str) -> pd.DataFrame:
    """The frame ``frame_to_json`` wrote, with its columns' dtypes."""
    columns = {}
    for column in json.loads(text):
        values = pd.Series([_uncell(v) for v in column["values"]], dtype=object)
        dtype = column["dtype"]
        if dtype.startswith("datetime64"):
            values = pd.to_datetime(values).astype(dtype)
        elif dtype != "object":
            values = values.astype(dtype)
        columns[column["name"]] = values
    return pd.DataFrame(columns)


def benchmarks_to_json(found: Mapping[str, Benchmark]) -> str:
    """Each indicator's benchmark as the pack showed it."""
    rows = {}
    for indicator_id, b in found.items():
        raw = asdict(b)
        raw["year_ending"] = b.year_ending.isoformat()
        raw["funnel"] = None if b.funnel is None else _funnel_json(b.funnel)
        rows[indicator_id] = raw
    return json.dumps(rows, default=_plain)


def benchmarks_from_json(text: str) -> dict[str, Benchmark]:
    """The benchmarks ``benchmarks_to_json`` recorded."""
    found = {}
    for indicator_id, raw in json.loads(text).items():
        funnel = raw.pop("funnel")
        found[indicator_id] = Benchmark(**{
            **raw,
            "year_ending": date.fromisoformat(raw["year_ending"]),
            "neighbour_figures": tuple(tuple(n) for n in raw["neighbour_figures"]),
            "funnel": None if funnel is None else _funnel(funnel),
        })  # fmt: skip
    return found


def _funnel_json(funnel: Funnel) -> dict[str, Any]:
    limits = [[level, low, high] for level, (low, high) in funnel.limits.items()]
    return {"denominator": funnel.denominator, "method": funnel.method, "limits": limits}


def _funnel(raw: dict[str, Any]) -> Funnel:
    return Funnel(raw["denominator"], raw["method"],
                  {level: (low, high) for level, low, high in raw["limits"]})  # fmt: skip


def funnel_plots_to_json(plots: Mapping[str, FunnelPlot]) -> str:
    """Each funnel plot as the pack drew it: DfE's figures of the year then, limits and all."""
    rows = {}
    for indicator_id, plot in plots.items():
        raw = asdict(plot)
        raw["year_ending"] = plot.year_ending.isoformat()
        raw["limits"] = [_funnel_json(f) for f in plot.limits]
        rows[indicator_id] = raw
    return json.dumps(rows, default=_plain)


def funnel_plots_from_json(text: str) -> dict[str, FunnelPlot]:
    """The plots ``funnel_plots_to_json`` recorded."""
    return {
        indicator_id: FunnelPlot(**{
            **raw, "year_ending": date.fromisoformat(raw["year_ending"]),
            "points": tuple(FunnelPoint(**p) for p in raw["points"]),
            "limits": tuple(_funnel(f) for f in raw["limits"]),
        })
        for indicator_id, raw in json.loads(text).items()
    }  # fmt: skip


def forecast_to_json(briefing: ForecastBriefing | None) -> str:
    """The forecast section's tables ("null": the pack had no forecast)."""
    if briefing is None:
        return "null"
    parts = {"forecasts": briefing.forecasts, "accuracy": briefing.accuracy, "fan": briefing.fan,
             "floor": briefing.floor}  # fmt: skip
    return json.dumps({name: frame_to_json(frame) for name, frame in parts.items()})


def forecast_from_json(text: str) -> ForecastBriefing | None:
    """The forecast section ``forecast_to_json`` recorded."""
    raw: dict[str, Any] | None = json.loads(text)
    if raw is None:
        return None
    floor = frame_from_json(raw["floor"]) if "floor" in raw else pd.DataFrame(columns=FLOOR_COLUMNS)
    return ForecastBriefing(frame_from_json(raw["forecasts"]), frame_from_json(raw["accuracy"]),
                            frame_from_json(raw["fan"]), floor)  # fmt: skip
