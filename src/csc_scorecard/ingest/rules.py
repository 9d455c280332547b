"""Validation rules shared by every loader: one id, one plain-English message template each.

Loaders report a broken rule by id; the quarantine table keeps the id and the rendered message,
and the synthetic council's manifest names the same ids, so tests can check that each injected
error was caught by the rule meant to catch it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """A validation rule: id, what it protects, and a message template."""

    rule_id: str
    title: str
    message: str

    def render(self, **values: object) -> str:
        """The message for one broken record."""
        return self.message.format(**values)


RULES: dict[str, Rule] = {
    r.rule_id: r
    for r in (
        Rule("missing_required", "Required value missing", "{column} is required but is empty"),
        Rule(
            "bad_type", "Value of the wrong type", "{column} value {value!r} is not a valid {dtype}"
        ),
        Rule(
            "bad_date",
            "Unreadable date",
            "{column} value {value!r} is not a date: no such day, or not written as DD/MM/YYYY"
            " or YYYY-MM-DD",
        ),
        Rule(
            "implausible_date",
            "Date outside the plausible range",
            "{column} value {value!r} is a real day but outside the plausible range ({low} to"
            " {high}); check its year",
        ),
        Rule(
            "after_collection_year",
            "Dated after the return's collection year",
            "{column} {value} is after {limit}, {why}; correct the date, or load the record"
            " with the return of its own year",
        ),
        Rule(
            "child_over_25",
            "Child over 25",
            "{column} {value} would make the child {age} (date of birth {dob}); a record about"
            " a child over 25 cannot be right: check the date and the date of birth",
        ),
        Rule(
            "code_list",
            "Code not in the DfE code list",
            "{column} value {value!r} is not in the {codes} code list",
        ),
        Rule(
            "end_before_start",
            "End before start",
            "{end} {end_value} is before {start} {start_value}",
        ),
        Rule(
            "date_out_of_range",
            "Date out of range",
            "{column} {value} is {why}; check the date",
        ),
        Rule(
            "overlapping_episodes",
            "Overlapping episodes",
            "this episode starts {start_value}, before the child's previous episode ends"
            " {end_value}",
        ),
        Rule(
            "duplicate_row",
            "Duplicate record",
            "the same record appears earlier in the file (row {first_row})",
        ),
        Rule(
            "unknown_child",
            "Unknown child",
            "child {child_id} has no record of their own in this load or the store; load the"
            " child's record first (903: header.csv; SSD: ssd_person.csv; CIN census and Annex"
            " A: the child's identifiers with their sex, ethnicity or date of birth)",
        ),
        Rule(
            "duplicate_key",
            "Record reported twice",
            "{record} row {first_row} of this file already reports the record with this {key}",
        ),
        Rule(
            "parent_rejected",
            "Part of a rejected record",
            "the {parent} this record belongs to (row {parent_row}) was quarantined",
        ),
        Rule(
            "outside_episode",
            "Outside its child in need episode",
            "{column} {value} is outside the child in need episode it belongs to ({start} to"
            " {end})",
        ),
        Rule("bad_month", "Unreadable month", "{column} value {value!r} is not a month (YYYY-MM)"),
        Rule(
            "numerator_over_denominator",
            "Numerator larger than denominator",
            "numerator {numerator} is larger than denominator {denominator}",
        ),
        Rule(
            "benchmark_unmapped",
            "Published row the benchmarks mapping does not place",
            "no indicator in the benchmarks mapping has filters {filters} and a column of this"
            " file; add one to benchmarks.yaml if the row is wanted",
        ),
        Rule(
            "benchmark_bad_period",
            "Published time period not understood",
            "time_period {value!r} ({identifier}) is not a year (2025) or, for a 31 March"
            " figure, a financial year (202425)",
        ),
        Rule(
            "benchmark_no_area",
            "Published row with no area we can place",
            "{level} row has no {needed}; a council needs its three-digit old_la_code, or a"
            " new_la_code another row pairs with one",
        ),
        Rule(
            "neighbour_unknown",
            "Statistical neighbour not recognised",
            "{column} value {value!r} is neither a three-digit council code nor a council named"
            " in the file",
        ),
        Rule(
            "repeated_key",
            "Same record twice with different values",
            "{key} appears earlier in the file (row {first_row}) with other values",
        ),
    )
}
