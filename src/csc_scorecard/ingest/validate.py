"""Row checks driven by the canonical model: types, required values, code lists, date order.

Every check is vectorised and returns the failing rows with a rule id from ``rules.py``, so a
loader only says which raw text feeds which canonical column; what a valid value is comes from
the model. Cross-row checks (duplicates, unknown children, overlapping episodes) live here too.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from csc_scorecard.ingest.rules import RULES
from csc_scorecard.model import CODE_LISTS, TABLES

TRUE = {"y", "yes", "true", "1", "t"}
FALSE = {"n", "no", "false", "0", "f"}
DATE_RANGE = (pd.Timestamp("1900-01-01"), pd.Timestamp("2100-12-31"))
END_AFTER_START = {
    "start_date": "end_date",
    "referral_date": "closure_date",
}
ASSESSMENT_END = ("start_date", "authorisation_date")


@dataclass
class Failure:
    """Rows that broke one rule, with a message per row."""

    rule_id: str
    rows: pd.Index
    messages: pd.Series


def _failure(rule_id: str, mask: pd.Series, messages: pd.Series | str) -> Failure | None:
    if not mask.any():
        return None
    if isinstance(messages, str):
        messages = pd.Series(messages, index=mask.index)
    return Failure(rule_id, mask.index[mask], messages[mask])


def parse_dates(raw: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Dates from ISO (YYYY-MM-DD, with or without a time) or DD/MM/YYYY text.

    Returns the parsed timestamps (NaT where empty) and a mask of non-empty unreadable text.
    """
    text = raw.str.strip()
    iso = pd.to_datetime(text.str[:10], format="%Y-%m-%d", errors="coerce")
    uk = pd.to_datetime(text, format="%d/%m/%Y", errors="coerce")
    parsed = iso.fillna(uk)
    out_of_range = (parsed < DATE_RANGE[0]) | (parsed > DATE_RANGE[1])
    parsed = parsed.mask(out_of_range)
    return parsed, (text != "") & parsed.isna()


def parse_flags(raw: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Y/N style flags as booleans (NA where empty) and a mask of unreadable text."""
    text = raw.str.strip().str.lower()
    values = pd.Series(pd.NA, index=raw.index, dtype="boolean")
    values[text.isin(TRUE)] = True
    values[text.isin(FALSE)] = False
    return values, (text != "") & values.isna()


def parse_ints(raw: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Whole numbers (NA where empty) and a mask of unreadable text."""
    text = raw.str.strip()
    numbers = pd.to_numeric(text, errors="coerce")
    whole = numbers.notna() & (numbers == numbers.round())
    values = numbers.where(whole).astype("Int64")
    return values, (text != "") & ~whole


def check_and_convert(table_name: str, raw: pd.DataFrame) -> tuple[pd.DataFrame, list[Failure]]:
    """Convert raw text columns to the model's types, and list every per-row failure.

    ``raw`` has one text column per canonical column ('' for empty); columns the source does
    not carry may be absent and become empty.
    """
    table = TABLES[table_name]
    converted = pd.DataFrame(index=raw.index)
    failures: list[Failure | None] = []
    for column in table.columns:
        text = raw[column.name] if column.name in raw else pd.Series("", index=raw.index)
        text = text.fillna("").astype(str)
        empty = text.str.strip() == ""
        if column.dtype == "date":
            values, bad = parse_dates(text)
            failures.append(_failure("bad_date", bad, _message("bad_date", column.name, text)))
            converted[column.name] = values.dt.date.astype(object).where(values.notna(), None)
        elif column.dtype == "bool":
            values, bad = parse_flags(text)
            failures.append(_failure("bad_type", bad, _message("bad_type", column.name, text)))
            converted[column.name] = values
        elif column.dtype == "int":
            values, bad = parse_ints(text)
            failures.append(_failure("bad_type", bad, _message("bad_type", column.name, text)))
            converted[column.name] = values
        else:
            converted[column.name] = text.str.strip().where(~empty, None)
            if column.codes:
                valid = CODE_LISTS[column.codes].valid_codes()
                bad = ~empty & ~text.str.strip().isin(valid)
                messages = text.map(
                    lambda v, c=column: RULES["code_list"].render(
                        column=c.name, value=v, codes=c.codes
                    )
                )
                failures.append(_failure("code_list", bad, messages))
        if not column.nullable:
            failures.append(
                _failure(
                    "missing_required", empty, RULES["missing_required"].render(column=column.name)
                )
            )
    failures.append(_end_before_start(table_name, converted))
    return converted, [f for f in failures if f is not None]


def _message(rule_id: str, column: str, text: pd.Series) -> pd.Series:
    dtype = "date" if rule_id == "bad_date" else "value"
    return text.map(lambda v: RULES[rule_id].render(column=column, value=v, dtype=dtype))


def _end_before_start(table_name: str, converted: pd.DataFrame) -> Failure | None:
    pairs = [(s, e) for s, e in END_AFTER_START.items() if {s, e} <= set(converted.columns)]
    if table_name == "assessment":
        pairs.append(ASSESSMENT_END)
    for start, end in pairs:
        known = converted[start].notna() & converted[end].notna()
        early = known & (
            pd.to_datetime(converted[end], errors="coerce")
            < pd.to_datetime(converted[start], errors="coerce")
        )
        if early.any():
            messages = converted.apply(
                lambda r, s=start, e=end: RULES["end_before_start"].render(
                    end=e, end_value=r[e], start=s, start_value=r[s]
                ),
                axis=1,
            )
            return _failure("end_before_start", early, messages)
    return None


def duplicated_rows(raw: pd.DataFrame) -> Failure | None:
    """Later copies of a row that appears earlier with every cell the same."""
    duplicated = raw.duplicated(keep="first")
    if not duplicated.any():
        return None
    position = pd.Series(range(len(raw)), index=raw.index)
    first_seen = position.groupby([raw[c] for c in raw.columns], sort=False).transform("min")
    messages = (first_seen + 1).map(lambda n: RULES["duplicate_row"].render(first_row=n))
    return _failure("duplicate_row", duplicated, messages)


def unknown_children(child_ids: pd.Series, known: set[str]) -> Failure | None:
    """Rows about a child who is in neither the person file nor the store."""
    unknown = child_ids.notna() & ~child_ids.isin(known)
    messages = child_ids.map(lambda c: RULES["unknown_child"].render(child_id=c))
    return _failure("unknown_child", unknown, messages)


def overlapping_episodes(frame: pd.DataFrame, start: str, end: str) -> Failure | None:
    """Episodes that start before the same child's previous episode ends (the later one fails)."""
    ordered = frame[frame[start].notna()].copy()
    ordered["_start"] = pd.to_datetime(ordered[start])
    ordered["_end"] = pd.to_datetime(ordered[end])
    ordered = ordered.sort_values(["child_id", "_start"], kind="stable")
    open_end = ordered["_end"].fillna(pd.Timestamp.max)
    latest_end = open_end.groupby(ordered["child_id"]).transform(lambda s: s.cummax().shift())
    overlaps = ordered["_start"] < latest_end
    if not overlaps.any():
        return None
    messages = pd.Series(
        [
            RULES["overlapping_episodes"].render(
                start_value=s.date(), end_value=e.date() if e != pd.Timestamp.max else "(open)"
            )
            for s, e in zip(ordered["_start"], latest_end.fillna(pd.Timestamp.max), strict=True)
        ],
        index=ordered.index,
    )
    mask = overlaps.reindex(frame.index, fill_value=False)
    return _failure("overlapping_episodes", mask, messages.reindex(frame.index))
