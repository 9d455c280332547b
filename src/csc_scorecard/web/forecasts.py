"""The Forecast page's numbers, read from the dashboard's copy of the store and made safe.

``scorecard forecast`` stores forecasts and the backtest (``forecast.results``) and hands the
dashboard's copy the tables; the page reads them and the history of what happened from that
copy (read only: the dashboard never forecasts and never writes the store). Who sees what
follows the pack's Forecast section (``forecast.briefing``): a viewer sees every forecast
number of children that rounds to 1 to 5 as "c" (a gap in a chart), what happened only as the
total the pack's fan chart draws (never by placement group or age band, which would need the
indicators' disclosure control), and no age-band breakdown (the pack has none); analysts see
everything as computed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from csc_scorecard.forecast.briefing import (
    FAN_COLUMNS,
    HISTORY_SHOWN,
    as_printed,
    children_shown,
    without_small_numbers,
)
from csc_scorecard.forecast.history import History, load_history
from csc_scorecard.forecast.report import chosen_model
from csc_scorecard.forecast.results import latest_origin, stored
from csc_scorecard.forecast.run import BASE
from csc_scorecard.forecast.states import AGE_BANDS, age_band_index
from csc_scorecard.indicators.spine import as_dates
from csc_scorecard.store import Store

ALL = "all"
BREAKDOWNS = {ALL: "All children", "placement": "By placement group", "age_band": "By age band"}
VIEWER_BREAKDOWNS = (ALL, "placement")
"""What the pack shows, so what a viewer may choose."""
ACTUAL = ["month", "breakdown", "breakdown_value", "actual"]


@dataclass(frozen=True)
class StoredForecast:
    """One measure's stored forecasts (every origin), accuracy, floor and what happened."""

    values: pd.DataFrame
    accuracy: pd.DataFrame
    actual: pd.DataFrame
    """month, breakdown (all, placement, age_band), breakdown_value, actual: the counts."""
    floor: pd.DataFrame
    """The least MASE chance allows, by months ahead (``forecast_floor``; none untested)."""

    @property
    def current(self) -> pd.DataFrame:
        """The forecast from the latest origin."""
        return latest_origin(self.values)

    @property
    def origin(self) -> date:
        """The last month the current forecast knew."""
        return pd.Timestamp(self.current.origin.max()).date()

    @property
    def model(self) -> str:
        """The model the backtest chose for the total (multistate until one has run)."""
        return chosen_model(self.accuracy, str(self.values.measure.iloc[0]))

    def scenarios(self) -> list[str]:
        """The scenarios forecast from the latest origin, base first."""
        found = set(self.current.scenario)
        return [BASE, *sorted(found - {BASE})]


def read_forecast(store: Store, la_code: str, measure: str) -> StoredForecast | None:
    """The council's stored forecasts of ``measure``; None when none has been made."""
    values = stored(store, "forecast_value", la_code)
    values = values[values.measure == measure].reset_index(drop=True)
    if values.empty:
        return None
    for column in ("month", "origin"):
        values[column] = as_dates(values[column])
    accuracy = stored(store, "forecast_accuracy", la_code)
    floor = stored(store, "forecast_floor", la_code)
    return StoredForecast(values, accuracy[accuracy.measure == measure],
                          counted(load_history(store, la_code, measure)),
                          floor[floor.measure == measure])  # fmt: skip


def counted(history: History) -> pd.DataFrame:
    """Children at each month end: in all, by group and by age band (``ACTUAL`` columns)."""
    months, states = list(history.months), history.states
    bands = age_band_index(states.age.to_numpy())
    cells = states.t.to_numpy() * len(AGE_BANDS) + bands
    by_band = np.bincount(cells, minlength=len(months) * len(AGE_BANDS)).reshape(len(months), -1)
    parts = [pd.DataFrame({"month": months, "breakdown": ALL, "breakdown_value": ALL,
                           "actual": history.totals()})]  # fmt: skip
    for breakdown, names, counts in (("placement", history.groups, history.totals_by_group()),
                                     ("age_band", AGE_BANDS, by_band)):  # fmt: skip
        for i, name in enumerate(names):
            parts.append(pd.DataFrame({"month": months, "breakdown": breakdown,
                                       "breakdown_value": name,
                                       "actual": counts[:, i]}))  # fmt: skip
    return pd.concat(parts, ignore_index=True)[ACTUAL]


@dataclass(frozen=True)
class ForecastView:
    """What one role sees of one measure: the charted series, tables and comparisons."""

    fan: pd.DataFrame
    """The chart's numbers: month, actual, mean and the interval ends (gaps where hidden)."""
    table: pd.DataFrame
    """The chart's figures as printed: month, actual, forecast, interval_50/80/95."""
    by_value: pd.DataFrame
    """Every value of the breakdown at each month, as printed: month, breakdown_value, ..."""
    scenarios: pd.DataFrame
    """Each scenario's total beside the base, as printed: month, then one column each."""
    spend: pd.DataFrame
    """Weekly and annual spend, base and scenarios, as printed (CLA only)."""
    passed: pd.DataFrame
    """Earlier forecasts of months that have passed, beside what happened, as printed."""


def _series(values: pd.DataFrame, model: str, breakdown: str, value: str,
            scenario: str) -> pd.DataFrame:  # fmt: skip
    rows = values[(values.breakdown == breakdown) & (values.breakdown_value == value)
                  & (values.scenario == scenario) & (values.model == model)]  # fmt: skip
    return rows.sort_values("month").reset_index(drop=True)


def model_for(found: StoredForecast, breakdown: str, scenario: str) -> str:
    """The base total comes from the chosen model, everything else from the multistate one."""
    simple = breakdown == ALL and scenario == BASE
    return found.model if simple else "multistate"


def _intervals(frame: pd.DataFrame, published: bool) -> pd.DataFrame:
    printed = as_printed(frame, "children", published)
    ends = zip(frame.lower_50, frame.upper_50, strict=True)
    shown = [f"{children_shown(lo, published)} to {children_shown(hi, published)}"
             for lo, hi in ends]  # fmt: skip
    return printed.assign(interval_50=shown)


def forecast_view(found: StoredForecast, breakdown: str, value: str, scenario: str,
                  published: bool) -> ForecastView:  # fmt: skip
    """The page's numbers for a breakdown value and scenario, as ``published`` or computed."""
    current = found.current
    series = _series(current, model_for(found, breakdown, scenario), breakdown, value, scenario)
    actual = found.actual[(found.actual.breakdown == breakdown)
                          & (found.actual.breakdown_value == value)]  # fmt: skip
    history = actual[["month", "actual"]].tail(HISTORY_SHOWN)
    if published and breakdown != ALL:
        history = history.iloc[0:0]
    fan = pd.concat([history, series[FAN_COLUMNS]], ignore_index=True)
    if published:
        fan = without_small_numbers(fan)
    table = _intervals(series, published)[["month", "forecast", "interval_50", "interval_80",
                                           "interval_95"]]  # fmt: skip
    return ForecastView(
        fan=fan,
        table=table,
        by_value=_by_value(current, breakdown, published),
        scenarios=_beside(current, found, ALL, ALL, published),
        spend=_spend(current),
        passed=_passed(found, published),
    )


def _by_value(current: pd.DataFrame, breakdown: str, published: bool) -> pd.DataFrame:
    """Each value's forecast and 80% interval by month (base, multistate)."""
    if breakdown == ALL:
        return pd.DataFrame()
    rows = current[(current.breakdown == breakdown) & (current.scenario == BASE)
                   & (current.model == "multistate")]  # fmt: skip
    printed = as_printed(rows, "children", published)
    return printed[["month", "breakdown_value", "forecast", "interval_80"]].sort_values(
        ["month", "breakdown_value"]
    )


def _beside(current: pd.DataFrame, found: StoredForecast, breakdown: str, value: str,
            published: bool) -> pd.DataFrame:  # fmt: skip
    """Each scenario's forecast (and 80% interval) beside the base, month by month."""
    columns = {}
    for scenario in found.scenarios():
        rows = _series(current, model_for(found, breakdown, scenario), breakdown, value, scenario)
        printed = as_printed(rows, "children", published)
        columns[scenario] = pd.Series(
            [f"{f} ({i})" for f, i in zip(printed.forecast, printed.interval_80, strict=True)],
            index=rows.month,
        )
    return pd.DataFrame(columns).rename_axis("month").reset_index()


def _spend(current: pd.DataFrame) -> pd.DataFrame:
    """Weekly spend each month and spend in each whole year, base and scenarios (pounds)."""
    rows = current[current.breakdown == "spend"]
    if rows.empty:
        return pd.DataFrame()
    printed = as_printed(rows, "pounds")
    columns = ["breakdown_value", "scenario", "month", "forecast", "interval_80", "interval_95"]
    return printed[columns].sort_values(["breakdown_value", "scenario", "month"])


def _passed(found: StoredForecast, published: bool) -> pd.DataFrame:
    """Earlier origins' totals, base and each scenario, for months now known.

    Beside each: what happened, as printed, and whether the 80% interval held it (not said
    to a viewer where what happened is hidden, as it would narrow the hidden count).
    """
    totals = found.actual[found.actual.breakdown == ALL]
    known = {m: float(v) for m, v in zip(totals.month, totals.actual, strict=True)}
    values = found.values
    earlier = values[(values.origin < found.origin) & (values.breakdown == ALL)
                     & values.month.isin(list(known))]  # fmt: skip
    rows = []
    ordered = earlier.assign(_other=earlier.scenario != BASE)
    ordered = ordered.sort_values(["origin", "_other", "scenario", "month"])
    for record in ordered.to_dict("records"):
        model = found.model if record["scenario"] == BASE else "multistate"
        if record["model"] != model:
            continue
        happened = known[record["month"]]
        actual = children_shown(happened, published)
        held = "yes" if float(record["lower_80"]) <= happened <= float(record["upper_80"]) else "no"
        rows.append({
            "origin": record["origin"], "scenario": record["scenario"], "month": record["month"],
            "forecast": children_shown(float(record["mean"]), published), "actual": actual,
            "within_80": "c" if actual == "c" else held,
        })  # fmt: skip
    return pd.DataFrame(rows, columns=["origin", "scenario", "month", "forecast", "actual",
                                       "within_80"])  # fmt: skip
