"""Row checks driven by the canonical model: types, required values, code lists, date order.

A loader only says which text feeds which canonical column; what a valid value is comes from
the model (``model/tables.py`` and ``model/codes.py``), so every source format is checked the
same way. Every check is vectorised over the whole table and reports the failing rows (by
position) with a message rendered from ``rules.py``; messages are rendered for failing rows
only. The cross-row checks (duplicates, unknown children, overlapping episodes) live here too.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from csc_scorecard.ingest.rules import RULES
from csc_scorecard.model import CODE_LISTS, TABLES

TRUE = frozenset({"y", "yes", "true", "t", "1"})
FALSE = frozenset({"n", "no", "false", "f", "0"})
ISO_DATE = r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
UK_DATE = r"\d{1,2}/\d{1,2}/\d{4}"
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


def parse_dates(text: pd.Series, *, stripped: bool = False) -> tuple[pd.Series, pd.Series]:
    """Dates from ISO (YYYY-MM-DD, a time part allowed, as SQL Server exports) or DD/MM/YYYY.

    Returns timestamps (NaT where empty or unreadable) and the mask of unreadable text. Plain
    ISO dates, nearly every value, are parsed in one pass; only the rest go through patterns.
    """
    cells = text if stripped else text.str.strip()
    parsed = pd.to_datetime(cells, format="%Y-%m-%d", errors="coerce")
    rest = parsed.isna() & (cells != "")
    if rest.any():
        other = cells[rest]
        iso = other.where(other.str.fullmatch(ISO_DATE)).str[:10]
        uk = other.where(other.str.fullmatch(UK_DATE))
        parsed[rest] = pd.to_datetime(iso, format="%Y-%m-%d", errors="coerce").fillna(
            pd.to_datetime(uk, format="%d/%m/%Y", errors="coerce")
        )
    return parsed, (cells != "") & parsed.isna()


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
        if column.dtype in PARSERS:
            values, bad = PARSERS[column.dtype](stripped, stripped=True)
            rule = "bad_date" if column.dtype == "date" else "bad_type"
            word = TYPE_WORDS.get(column.dtype, "date")
            found.append(failure(rule, bad, column=name, value=stripped, dtype=word))
            if column.dtype == "date":
                values = values.dt.date.astype(object).where(values.notna(), None)
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
