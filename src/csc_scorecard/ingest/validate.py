"""Row checks driven by the canonical model: types, required values, code lists, date order.

A loader only says which text feeds which canonical column; what a valid value is comes from
the model (``model/tables.py`` and ``model/codes.py``), so every source format is checked the
same way. Every check is vectorised over the whole table and reports the failing rows (by
position) with a message rendered from ``rules.py``; messages are rendered for failing rows
only. The cross-row checks (duplicates, unknown children, overlapping episodes) live here too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from csc_scorecard.ingest.rules import RULES
from csc_scorecard.model import CODE_LISTS, TABLES

TRUE = frozenset({"y", "yes", "true", "t", "1"})
FALSE = frozenset({"n", "no", "false", "f", "0"})
WHOLE_NUMBER = r"[+-]?\d{1,18}"  # what a 64-bit integer column can hold

DATE_ORDER: tuple[tuple[str, str], ...] = (
    ("start_date", "end_date"),
    ("referral_date", "closure_date"),
    ("start_date", "authorisation_date"),
)
"""(earlier, later) date columns checked wherever a canonical table has both."""

NO_OVERLAP: dict[str, tuple[str, str]] = {
    "looked_after_episode": ("start_date", "end_date"),
    "cin_episode": ("referral_date", "closure_date"),
}
"""Tables whose episodes of one child may not overlap: (start, end) columns."""

TYPE_WORDS = {"bool": "flag (Y or N)", "int": "whole number", "float": "number"}


@dataclass(frozen=True)
class Failure:
    """Rows (by position) that broke one rule, with one message per row."""

    rule_id: str
    rows: np.ndarray
    messages: list[str]

    def at(self, positions: np.ndarray) -> Failure:
        """The same failure with row positions mapped through ``positions`` (e.g. to the file)."""
        return Failure(self.rule_id, positions[self.rows], self.messages)

    def excluding(self, rows: np.ndarray) -> Failure | None:
        """The failure without ``rows`` (already reported under a more precise rule)."""
        keep = ~np.isin(self.rows, rows)
        if not keep.any():
            return None
        return Failure(
            self.rule_id,
            self.rows[keep],
            [m for m, k in zip(self.messages, keep, strict=True) if k],
        )


def failure(rule_id: str, mask: pd.Series | np.ndarray, **values: object) -> Failure | None:
    """The rows where ``mask`` is true, each with the rule's message; None if there are none.

    A value given as a Series or array is taken row by row (by position); others are the same
    for every row. Messages are rendered for the failing rows only.
    """
    rows = np.flatnonzero(np.asarray(mask, dtype=bool))
    if len(rows) == 0:
        return None
    rule = RULES[rule_id]

    def at(value: object, row: int) -> object:
        if isinstance(value, pd.Series):
            return value.iat[row]
        return value[row] if isinstance(value, np.ndarray) else value

    messages = [rule.render(**{k: at(v, int(r)) for k, v in values.items()}) for r in rows]
    return Failure(rule_id, rows, messages)


DATE_FORMS = (
    r"(?P<iso_year>\d{4})-(?P<iso_month>\d{1,2})-(?P<iso_day>\d{1,2})"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
    r"|(?P<uk_day>\d{1,2})/(?P<uk_month>\d{1,2})/(?P<uk_year>\d{4}|\d{2})"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
    r"|(?P<serial>\d{5})"
)
"""The date forms read: ISO (a time part allowed, as SQL Server exports), DD/MM/YYYY or
DD/MM/YY (a time part allowed, as Excel saves a date cell) and Excel's day numbers (five digits:
days since 30 December 1899, 1927 to 2173), which Excel writes when a date cell is saved as a
number."""

EXCEL_EPOCH = pd.Timestamp(1899, 12, 30)
PLAUSIBLE_YEARS = (1900, 2100)
"""No record a council's children's services keep is dated outside these years."""


@dataclass(frozen=True)
class DateCells:
    """Text cells read as dates: the dates, and which cells could not be read, and why."""

    dates: pd.Series
    unreadable: pd.Series
    """Not text any form of date takes, or no such day (31 February)."""
    implausible: pd.Series
    """A real day, but outside ``PLAUSIBLE_YEARS`` (e.g. ``1066-04-13``)."""


def read_dates(text: pd.Series, *, stripped: bool = False,
               pivot_year: int | None = None) -> DateCells:  # fmt: skip
    """Dates in any of ``DATE_FORMS``, with the reason for each cell that is not one.

    A two-digit year is taken in the century that puts it at or before ``pivot_year`` (by
    default this year: a record cannot be dated in the future). Plain ISO dates, nearly every
    value, are parsed in one pass; only the rest go through the patterns.
    """
    index = text.index  # may repeat labels; the work is done by position
    cells = (text if stripped else text.str.strip()).reset_index(drop=True)
    parsed = pd.to_datetime(cells, format="%Y-%m-%d", errors="coerce")
    implausible = pd.Series(False, index=cells.index)
    rest = parsed.isna() & (cells != "")
    if rest.any():
        forms = cells[rest].str.extract(f"^(?:{DATE_FORMS})$")
        pivot = pivot_year if pivot_year is not None else date.today().year
        short = pd.to_numeric(forms["uk_year"].where(forms["uk_year"].str.len() == 2))
        century = np.where(2000 + short > pivot, 1900, 2000)
        year = pd.to_numeric(forms["iso_year"]).fillna(pd.to_numeric(forms["uk_year"]))
        year = year.where(short.isna(), short + century)
        month = pd.to_numeric(forms["iso_month"]).fillna(pd.to_numeric(forms["uk_month"]))
        day = pd.to_numeric(forms["iso_day"]).fillna(pd.to_numeric(forms["uk_day"]))
        real = _real_days(year, month, day)
        plausible = year.between(*PLAUSIBLE_YEARS)
        parts = pd.DataFrame({"year": year, "month": month, "day": day})[real & plausible]
        found = pd.Series(pd.NaT, index=forms.index, dtype="datetime64[ns]")
        if not parts.empty:
            found[parts.index] = pd.to_datetime(parts.astype(int))
        # Only the day numbers there are, as whole numbers: given a missing one, pandas rounds
        # scratch memory it never wrote, with an overflow warning when that held a huge number.
        serial = pd.to_numeric(forms["serial"]).dropna().astype("int64")
        found = found.fillna(EXCEL_EPOCH + pd.to_timedelta(serial, unit="D"))
        parsed[rest] = found
        implausible[rest] = (real & ~plausible).to_numpy()
    parsed = parsed.where(~implausible)
    unreadable = (cells != "") & parsed.isna() & ~implausible
    return DateCells(*(part.set_axis(index) for part in (parsed, unreadable, implausible)))


def _real_days(year: pd.Series, month: pd.Series, day: pd.Series) -> pd.Series:
    """Whether each (year, month, day) is a day of the calendar, whatever the year.

    Checked in the year of the same place in the 400-year Gregorian cycle (same leap years)
    between 1700 and 2099, so that a day outside pandas' timestamps (1066) is still told from
    31 February.
    """
    known = year.notna() & month.notna() & day.notna()
    proxy = pd.DataFrame({"year": 1700 + (year - 1700) % 400, "month": month, "day": day})[known]
    real = pd.Series(False, index=year.index)
    if not proxy.empty:
        valid = month[known].between(1, 12) & day[known].between(1, 31)
        candidates = proxy[valid].astype(int)
        real[candidates.index] = pd.to_datetime(candidates, errors="coerce").notna().to_numpy()
    return real


def parse_dates(text: pd.Series, *, stripped: bool = False,
                pivot_year: int | None = None) -> tuple[pd.Series, pd.Series]:  # fmt: skip
    """Dates (see ``read_dates``; NaT where empty or not a date) and the mask of the rest."""
    cells = read_dates(text, stripped=stripped, pivot_year=pivot_year)
    return cells.dates, cells.unreadable | cells.implausible


def parse_flags(text: pd.Series, *, stripped: bool = False) -> tuple[pd.Series, pd.Series]:
    """Y/N flags (also Yes/No, True/False, 1/0) as booleans, and the mask of unreadable text."""
    folded = (text if stripped else text.str.strip()).str.casefold()
    values = pd.Series(pd.NA, index=text.index, dtype="boolean")
    values[folded.isin(TRUE)] = True
    values[folded.isin(FALSE)] = False
    return values, (folded != "") & values.isna()


def parse_ints(text: pd.Series, *, stripped: bool = False) -> tuple[pd.Series, pd.Series]:
    """Whole numbers (NA where empty) and the mask of unreadable text."""
    cells = text if stripped else text.str.strip()
    whole = cells.str.fullmatch(WHOLE_NUMBER)
    values = pd.to_numeric(cells.where(whole), errors="coerce").astype("Int64")
    return values, (cells != "") & ~whole


def parse_floats(text: pd.Series, *, stripped: bool = False) -> tuple[pd.Series, pd.Series]:
    """Numbers (NaN where empty) and the mask of unreadable text."""
    cells = text if stripped else text.str.strip()
    values = pd.to_numeric(cells.where(cells != ""), errors="coerce")
    return values, (cells != "") & values.isna()


PARSERS = {"date": parse_dates, "bool": parse_flags, "int": parse_ints, "float": parse_floats}


def check_columns(table_name: str, text: pd.DataFrame) -> tuple[pd.DataFrame, list[Failure]]:
    """Convert canonical text to the model's types and list every per-row failure.

    ``text`` has one string column per canonical column ('' for empty; absent columns count as
    empty). Surrounding spaces are not data and are dropped. Returns the converted table (dates
    as ``datetime.date``, flags as nullable booleans, empty strings as None) and the failures.
    """
    table = TABLES[table_name]
    text = text.reset_index(drop=True)
    converted: dict[str, pd.Series] = {}
    found: list[Failure | None] = []
    for column in table.columns:
        raw = text[column.name] if column.name in text else pd.Series("", index=text.index)
        stripped = raw.fillna("").astype(str).str.strip()
        empty = stripped == ""
        name = column.name
        if column.dtype == "date":
            dates = read_dates(stripped, stripped=True)
            found.append(failure("bad_date", dates.unreadable, column=name, value=stripped))
            found.append(failure("implausible_date", dates.implausible, column=name,
                                 value=stripped, low=PLAUSIBLE_YEARS[0],
                                 high=PLAUSIBLE_YEARS[1]))  # fmt: skip
            values = dates.dates
            converted[name] = values.dt.date.astype(object).where(values.notna(), None)
        elif column.dtype in PARSERS:
            values, bad = PARSERS[column.dtype](stripped, stripped=True)
            word = TYPE_WORDS[column.dtype]
            found.append(failure("bad_type", bad, column=name, value=stripped, dtype=word))
            converted[name] = values
        else:
            converted[name] = stripped.astype(object).where(~empty, None)
            if column.codes:
                valid = CODE_LISTS[column.codes].valid_codes()
                outside = ~empty & ~stripped.isin(valid)
                found.append(
                    failure("code_list", outside, column=name, value=stripped, codes=column.codes)
                )
        if not column.nullable:
            found.append(failure("missing_required", empty, column=name))
    frame = pd.DataFrame(converted, index=text.index)
    found += [_date_order(frame, start, end) for start, end in DATE_ORDER]
    return frame, [f for f in found if f is not None]


def _date_order(frame: pd.DataFrame, start: str, end: str) -> Failure | None:
    if start not in frame or end not in frame:
        return None
    first = pd.to_datetime(frame[start])
    last = pd.to_datetime(frame[end])
    early = (first.notna() & last.notna() & (last < first)).to_numpy()
    return failure(
        "end_before_start",
        early,
        end=end,
        end_value=frame[end],
        start=start,
        start_value=frame[start],
    )


def rejected_rows(failures: list[Failure]) -> np.ndarray:
    """Positions (in the file) of every row that broke at least one rule."""
    if not failures:
        return np.array([], dtype=int)
    return np.unique(np.concatenate([f.rows for f in failures]))


def duplicate_rows(raw: pd.DataFrame) -> Failure | None:
    """Later copies of a row that appears earlier in the file with every cell the same."""
    duplicated = raw.duplicated(keep="first").to_numpy()
    if not duplicated.any():
        return None
    hashes = pd.util.hash_pandas_object(raw, index=False).to_numpy()
    first = pd.Series(np.arange(len(raw))).groupby(hashes).transform("min").to_numpy()
    return failure("duplicate_row", duplicated, first_row=first + 1)


def unknown_children(child_ids: pd.Series, known: set[str]) -> Failure | None:
    """Rows about a child who is neither in the person file nor already in the store."""
    unknown = (child_ids.notna() & ~child_ids.isin(known)).to_numpy()
    return failure("unknown_child", unknown, child_id=child_ids)


def overlapping_episodes(frame: pd.DataFrame, start: str, end: str, eligible: np.ndarray,
                         context: pd.DataFrame | None = None) -> Failure | None:  # fmt: skip
    """Episodes starting before an earlier-starting episode of the same child has ended.

    Only ``eligible`` rows (those no other rule rejected) take part, so one fault is reported
    once. The later-starting episode fails; an open episode (no end) overlaps everything after.
    ``context`` holds the same child's episodes from elsewhere (another year's return): rows
    must not overlap them either and only rows of ``frame`` are reported. A context episode
    with the start of an eligible row is that row's own episode reported again, so it is left
    out; one reported several times (open at one year end, closed the next) counts once, with
    the end it was given.
    """
    episodes = _episode_spans(frame, start, end)[eligible & frame["child_id"].notna().to_numpy()]
    if context is not None and not context.empty:
        others = _episode_spans(context, start, end).assign(position=len(frame))
        others = others.groupby(["child", "start"], as_index=False).agg(
            end=("end", "min"), position=("position", "first")
        )
        own = pd.MultiIndex.from_frame(episodes[["child", "start"]])
        others = others[~pd.MultiIndex.from_frame(others[["child", "start"]]).isin(own)]
        episodes = pd.concat([episodes, others[others["child"].notna()]], ignore_index=True)
    episodes = episodes[episodes["start"].notna()].sort_values(
        ["child", "start", "position"], kind="stable"
    )
    by_child = episodes.groupby("child", sort=False)
    latest_end = by_child["end"].cummax().groupby(episodes["child"], sort=False).shift()
    overlaps = episodes[(episodes["start"] < latest_end) & (episodes["position"] < len(frame))]
    if overlaps.empty:
        return None
    ends = latest_end.loc[overlaps.index]
    messages = [
        RULES["overlapping_episodes"].render(
            start_value=s.date().isoformat(),
            end_value="(still open)" if e == pd.Timestamp.max else e.date().isoformat(),
        )
        for s, e in zip(overlaps["start"], ends, strict=True)
    ]
    return Failure("overlapping_episodes", overlaps["position"].to_numpy(), messages)


def _episode_spans(frame: pd.DataFrame, start: str, end: str) -> pd.DataFrame:
    """Child, start, end (open: the far future) and row position of each episode."""
    return pd.DataFrame(
        {
            "child": frame["child_id"].to_numpy(),
            "start": pd.to_datetime(frame[start]).to_numpy(),
            "end": pd.to_datetime(frame[end]).fillna(pd.Timestamp.max).to_numpy(),
            "position": np.arange(len(frame)),
        }
    )


def cross_row_checks(canonical: str | None, raw: pd.DataFrame, converted: pd.DataFrame,
                     sources: np.ndarray, failures: list[Failure], known: set[str],
                     context: pd.DataFrame | None = None) -> list[Failure]:  # fmt: skip
    """``failures`` plus duplicates, unknown children, then overlaps among otherwise clean rows.

    ``raw`` is the file as read, ``converted`` its canonical rows (of table ``canonical``; None
    for a file with no canonical table) and ``sources`` the file row of each converted row.
    Children are checked against ``known`` except in the person table itself; episodes against
    each other and the ``context`` episodes (see ``overlapping_episodes``).
    """
    found = [duplicate_rows(raw)]
    if canonical != "person" and "child_id" in converted:
        unknown = unknown_children(converted["child_id"], known)
        found.append(unknown.at(sources) if unknown else None)
    failures = failures + [f for f in found if f is not None]
    if canonical in NO_OVERLAP:
        clean = ~np.isin(sources, rejected_rows(failures))
        overlap = overlapping_episodes(converted, *NO_OVERLAP[canonical], clean, context)
        if overlap:
            failures.append(overlap.at(sources))
    return failures


SHORT_YEAR = r"^(?P<day_month>\d{1,2}/\d{1,2}/)(?P<year>\d{2})(?P<time>\s.*)?$"


def with_full_years(text: pd.Series, pivot_year: int) -> pd.Series:
    """DD/MM/YY cells written with the century that puts them at or before ``pivot_year``.

    A loader that knows the collection year a file is for passes that year: nothing in a
    return is dated after it, so ``01/05/26`` in the 2025-26 return is 2026, in 2019-20 1926.
    """
    parts = text.str.extract(SHORT_YEAR)
    short = parts["year"].notna()
    if not short.any():
        return text
    year = pd.to_numeric(parts["year"][short])
    full = (year + np.where(2000 + year > pivot_year, 1900, 2000)).astype(int).astype(str)
    text = text.copy()
    text[short] = parts["day_month"][short] + full + parts["time"][short].fillna("")
    return text
