"""Split canonical records over the SSD's part tables, as a case management system holds them.

A placement row spans every consecutive episode of a child in the same placement and a legal
status row every consecutive episode with the same status (``Span`` in ``model/ssd.py`` says
when a run breaks); an initial conference row completes one section 47 enquiry. The loader's
``ingest/ssd_join.py`` puts the records back together; the round-trip tests hold the two to
each other.

Identifiers the canonical model has no column for are made from the row's content, so they are
stable from run to run and an exact duplicate record gets an exact duplicate row.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from csc_scorecard.model.ssd_schema import DatedJoin, IdJoin, Part


def content_ids(frame: pd.DataFrame) -> pd.Series:
    """A 16-hex-digit identifier per row from its cells (equal rows, equal identifiers)."""
    hashes = pd.util.hash_pandas_object(frame, index=False).to_numpy()
    return pd.Series([f"{h:016x}" for h in hashes], index=frame.index, dtype=object)


def _runs(text: pd.DataFrame, part: Part) -> tuple[pd.Series, pd.Index]:
    """Run number of every main row, and the distinct rows in run order.

    Exact duplicate records join the run of their first copy, so they link to the same part
    rows and their SSD rows stay exact duplicates.
    """
    span = part.span
    assert span is not None
    content = text.groupby(list(text.columns), sort=False).ngroup()
    distinct = text[~content.duplicated()]
    start = pd.to_datetime(distinct[span.main_start], format="%Y-%m-%d", errors="coerce")
    ordered = distinct.assign(_start=start).sort_values(
        ["child_id", "_start"], kind="stable", na_position="last"
    )
    previous = ordered.shift()
    continues = (
        ordered["child_id"].eq(previous["child_id"])
        & ordered[span.main_start].ne("")
        & ordered[span.main_start].eq(previous[span.main_end])
    )
    for f in part.fields:
        if f.last_row_only:
            continues &= previous[f.canonical].eq("")
        else:
            continues &= ordered[f.canonical].eq(previous[f.canonical])
    for column, codes in span.new_run_when:
        continues &= ~ordered[column].isin(codes)
    run = (~continues).cumsum()
    by_content = pd.Series(run.to_numpy(), index=content.loc[ordered.index].to_numpy())
    return content.map(by_content), ordered.index


def part_rows(part: Part, text: pd.DataFrame, main: pd.DataFrame
              ) -> tuple[pd.DataFrame, pd.Series]:  # fmt: skip
    """The part table's rows, and for every main row the key of the part row it links to.

    ``text`` is the main rows' canonical text and ``main`` their SSD columns (same index). Part
    rows that could never be joined back (no join value) are not written; exact duplicate part
    rows are written once.
    """
    if part.span:
        run, order = _runs(text, part)
    else:
        run, order = pd.Series(np.arange(len(text)), index=text.index), text.index
    in_order = run.loc[order]
    first = text.loc[in_order.groupby(in_order.to_numpy()).head(1).index]
    last = text.loc[in_order.groupby(in_order.to_numpy()).tail(1).index]
    out = pd.DataFrame(index=pd.RangeIndex(len(first)))
    if isinstance(part.join, IdJoin) and part.join.part != part.key:
        out[part.join.part] = main.loc[first.index, part.join.main].to_numpy()
    if isinstance(part.join, DatedJoin):
        out[part.join.person] = first["child_id"].to_numpy()
    for copy in part.copies:
        out[copy.ssd] = copy.codec.to_ssd(first[copy.canonical]).to_numpy()
    if part.span:
        out[part.span.start] = first[part.span.main_start].to_numpy()
        out[part.span.end] = last[part.span.main_end].to_numpy()
    for f in part.fields:
        source = last if f.last_row_only else first
        out[f.ssd] = f.codec.to_ssd(source[f.canonical]).to_numpy()
    keys = content_ids(out)
    run_keys = pd.Series(keys.to_numpy(), index=in_order.loc[first.index].to_numpy())
    links = run.map(run_keys)
    out.insert(0, part.key, keys)
    keep = np.ones(len(out), dtype=bool)
    if part.written_when:
        keep &= (first[list(part.written_when)] != "").any(axis=1).to_numpy()
    for column in part.join_columns():
        keep &= (out[column] != "").to_numpy()
    out = out[keep].drop_duplicates()
    return out[part.ssd_columns()].reset_index(drop=True), links
