"""Data quality: records failing validation, per source and month (DQ1).

Every rejected row is in the quarantine table with the rule it broke; DQ1 counts them by the
month of the record's own date (its referral, episode or contact date), or the month it was
loaded when that date could not be read, so a spike points at the month and source to fix.
"""

from __future__ import annotations

from collections.abc import Mapping

import ibis
import ibis.expr.types as ir

from csc_scorecard.indicators.context import Context
from csc_scorecard.indicators.definition import Indicator
from csc_scorecard.quarantine_report import rejected_records


def rejected(ctx: Context, options: Mapping[str, str]) -> ir.Table:
    """Rejected source rows, each a unit in the month of its record date (else load date)."""
    q = ctx.in_month(rejected_records(ctx.table("quarantine"), ctx.table("load_log")),
                     "day")  # fmt: skip
    record = q.file.concat(":", q.source_table, ":", q.row_number.cast("string"))
    return ctx.units(q, child_id=q.child_id, record_id=record, ref_date=q.day,
                     numerator=ibis.literal(1.0), source=q.source)  # fmt: skip


INDICATORS = (
    Indicator(
        "DQ1", "Data quality", "Records failing validation",
        "Source records rejected by validation and kept in quarantine, counted in the month of"
        " the record's own date (the month it was loaded when that date is unreadable), by"
        " source; a record that broke several rules counts once. Each is listed with the rules"
        " it broke by scorecard quarantine.",
        "count", "lower", "in_month", ("quarantine", "load_log"),
        "records quarantined", None, rejected, breakdowns=("source",),
        not_children="a count of rejected source records",
    ),
)  # fmt: skip
