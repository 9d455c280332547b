"""Breakdowns every indicator about children can use: age band, sex, ethnicity, disability.

They come from the person and disability tables, joined to the units by child; indicators add
their own (legal status, placement type, category of abuse, primary need...) as unit columns.
Age is taken at the unit's reference date (the month end for a snapshot, the event date for an
event), in whole years, as the DfE returns count it.
"""

from __future__ import annotations

import ibis
import ibis.expr.types as ir

PERSON_BREAKDOWNS = ("age_band", "sex", "ethnicity_group", "disability")

AGE_BANDS = ((0, 1, "under 1"), (1, 5, "1-4"), (5, 10, "5-9"), (10, 16, "10-15"), (16, 18, "16-17"))
"""(from age, to age exclusive, label): the DfE's age bands for children 0-17."""

ETHNICITY_GROUPS = {
    "W": "White",
    "M": "Mixed",
    "A": "Asian or Asian British",
    "B": "Black or Black British",
    "C": "Other ethnic group",
    "O": "Other ethnic group",
}
"""First letter of the DfE ethnicity code to its group; REFU and NOBT are not known."""


def flag(condition: ir.BooleanValue) -> ir.FloatingValue:
    """1.0 where ``condition`` holds, else 0.0 (empty counts as not), on every engine."""
    return condition.fill_null(False).ifelse(1.0, 0.0)


def age_in_years(born: ir.DateValue, on: ir.DateValue) -> ir.IntegerValue:
    """Completed years of age on a date: the birthday counts from the day itself."""
    before_birthday = (on.month() * 100 + on.day()) < (born.month() * 100 + born.day())
    return on.year() - born.year() - before_birthday.ifelse(1, 0)


def age_band(age: ir.IntegerValue) -> ir.StringValue:
    """The DfE age band of an age (18 and over, or unknown, when outside 0-17)."""
    cases = [((age >= low) & (age < high), label) for low, high, label in AGE_BANDS]
    return ibis.cases(*cases, else_=ibis.null("string")).fill_null(
        (age >= 18).ifelse("18 and over", "unknown")
    )


def ethnicity_group(code: ir.StringValue) -> ir.StringValue:
    """The group of an ethnicity code ("Not known" for refused, not obtained or empty)."""
    first = code.substr(0, 1)
    cases = [(first == letter, group) for letter, group in ETHNICITY_GROUPS.items()]
    refused = code.isin(["REFU", "NOBT"])
    return refused.ifelse("Not known", ibis.cases(*cases, else_="Not known"))


def with_person_breakdowns(
    units: ir.Table, person: ir.Table, disability: ir.Table, wanted: tuple[str, ...]
) -> ir.Table:
    """``units`` with the person breakdowns in ``wanted`` added as columns.

    Sex, ethnicity group and disability are a child's whatever the date, so they are worked
    out once per child before the join, not once per unit (a month-end snapshot has a unit per
    child and month); the age band is the unit's own, from its reference date.
    """
    needed = [b for b in PERSON_BREAKDOWNS if b in wanted]
    if not needed:
        return units
    child = ["la_code", "child_id"]
    people = person
    if "disability" in needed:
        disabled = (
            disability.filter(disability.disability != "NONE")
            .select(*child)
            .distinct()
            .mutate(_disabled=ibis.literal("Disabled"))
        )
        people = people.left_join(disabled, child).drop("la_code_right", "child_id_right")
    facts: dict[str, ir.Value] = {}
    if "age_band" in needed:
        facts["_born"] = people.date_of_birth
    if "sex" in needed:
        facts["sex"] = people.sex.substitute({"1": "M", "2": "F"})
    if "ethnicity_group" in needed:
        facts["ethnicity_group"] = ethnicity_group(people.ethnicity)
    if "disability" in needed:
        facts["disability"] = people._disabled
    joined = units.left_join(people.select(*child, **facts), child).drop(
        "la_code_right", "child_id_right"
    )
    columns: dict[str, ir.Value] = {}
    if "age_band" in needed:
        columns["age_band"] = age_band(age_in_years(joined._born, joined.ref_date))
    if "sex" in needed:
        columns["sex"] = joined.sex.fill_null("unknown")
    if "ethnicity_group" in needed:
        columns["ethnicity_group"] = joined.ethnicity_group.fill_null("Not known")
    if "disability" in needed:
        columns["disability"] = joined.disability.fill_null("Not disabled")
    return joined.mutate(**columns).select(*units.columns, *columns)
