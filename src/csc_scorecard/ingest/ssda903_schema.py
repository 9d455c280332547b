"""Where each SSDA903 column goes in the canonical model: the 903 loader's mapping, as data.

The loader reads only this, and ``docs/903-mapping.md`` is generated from it, so the page says
what the loader does. Every conversion turns 903 text into canonical text (ISO dates, ``Y``/``N``
flags, model codes); a value a conversion does not recognise passes through unchanged, so it
reaches the model's checks and is quarantined with the rule it breaks instead of being silently
turned into something valid. Dates need no conversion: the checks read DD/MM/YYYY and ISO.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np
import pandas as pd

from csc_scorecard.ingest.validate import parse_dates, with_full_years
from csc_scorecard.model.ssd_codecs import Recode
from csc_scorecard.model.ssda903 import COLUMNS


class Conversion(Protocol):
    """Turns one 903 column into canonical text, for a file of a known collection year."""

    def read(self, text: pd.Series, year: int) -> pd.Series:
        """Canonical text for each cell ('' for empty; unrecognised values unchanged)."""
        ...

    def describe(self) -> str:
        """One line for the mapping page."""
        ...


@dataclass(frozen=True)
class AsIs:
    """The 903 value is the canonical value."""

    def read(self, text: pd.Series, year: int) -> pd.Series:
        """Unchanged."""
        return text

    def describe(self) -> str:
        """Nothing to say."""
        return ""


@dataclass(frozen=True)
class Recoded:
    """A fixed translation of old codes to the model's (SEX ``1``/``2`` before 2024-25)."""

    recode: Recode

    def read(self, text: pd.Series, year: int) -> pd.Series:
        """Known old codes translated; everything else unchanged."""
        return self.recode.from_ssd(text)

    def describe(self) -> str:
        """E.g. ``1`` is read as ``M``."""
        return ", ".join(f"`{old}` is read as `{new}`" for new, old in self.recode.pairs)


@dataclass(frozen=True)
class AccommodationPart:
    """ACCOM is the accommodation letter and a suitability digit (``1`` suitable, ``2`` not).

    ``part`` says which half this column takes: the ``letter`` (``0`` stays ``0``) or the
    ``suitable`` flag (``Y`` for 1, ``N`` for 2, empty when there is no digit).
    """

    part: str

    def read(self, text: pd.Series, year: int) -> pd.Series:
        """The letter or the flag; a value not shaped letter+digit passes whole to the letter."""
        cells = text.astype(str).str.strip()
        digit = cells.str[-1:]
        shaped = (cells.str.len() == 2) & digit.isin(["1", "2"])
        if self.part == "letter":
            return cells.where(~shaped, cells.str[:1]).astype(object)
        flag = digit.map({"1": "Y", "2": "N"}).fillna("")
        return flag.where(shaped, "").astype(object)

    def describe(self) -> str:
        """Which half of ACCOM."""
        if self.part == "letter":
            return "the letter of ACCOM (e.g. `Z` of `Z1`; `0` stays `0`)"
        return "the digit of ACCOM: `1` is `Y` (suitable), `2` is `N`; empty for `0`"


@dataclass(frozen=True)
class BirthdayInYear:
    """The child's birthday that falls in the collection year, from DOB.

    OC3 carries no contact date: each row is about the care leaver's birthday (17th to 21st) in
    the year, so that birthday dates the record. 29 February falls on 28 February in other
    years. An unreadable DOB passes through, to be reported as an unreadable date.
    """

    def read(self, text: pd.Series, year: int) -> pd.Series:
        """ISO date of the birthday between 1 April of ``year - 1`` and 31 March of ``year``."""
        born, bad = parse_dates(text)
        month, day = born.dt.month, born.dt.day
        on = (year - (month >= 4).astype("Int64")).astype("Int64")
        leap = (on % 4 == 0) & ((on % 100 != 0) | (on % 400 == 0))
        day = day.where(~((month == 2) & (day == 29) & ~leap.fillna(False)), 28)
        parts = pd.DataFrame({"year": on, "month": month, "day": day})
        known = born.notna().to_numpy()
        birthday = pd.Series("", index=text.index, dtype=object)
        if known.any():
            dates = pd.to_datetime(parts[known].astype(int))
            birthday[known] = dates.dt.strftime("%Y-%m-%d").to_numpy()
        return birthday.where(~bad.to_numpy(), text).astype(object)

    def describe(self) -> str:
        """How the date is found."""
        return (
            "the child's birthday in the collection year (1 April to 31 March), from `DOB`: OC3"
            " has no contact date, each row is about that birthday"
        )


AS_IS = AsIs()
SEX = Recoded(Recode((("M", "1"), ("F", "2"))))


@dataclass(frozen=True)
class Field:
    """One 903 column feeding one canonical column; ``note`` says what the value means."""

    dfe: str
    canonical: str
    conversion: Conversion = AS_IS
    note: str = ""

    def describe(self) -> str:
        """The conversion and the note, for the mapping page."""
        return "; ".join(filter(None, [self.conversion.describe(), self.note]))


@dataclass(frozen=True)
class File903:
    """One 903 file: its columns, the canonical table it fills and how.

    ``table`` is None for a file whose rows are checked and counted but have no canonical
    table (``not_loaded`` says why). ``dated_by`` are the columns whose latest date tells the
    collection year of a file that is not in a folder named by its year.
    """

    name: str
    dfe_table: str
    table: str | None
    fields: tuple[Field, ...] = ()
    dated_by: tuple[str, ...] = ()
    not_loaded: str = ""

    @property
    def columns(self) -> tuple[str, ...]:
        """The DfE columns, in order."""
        return COLUMNS[self.name]

    @property
    def ignored(self) -> tuple[str, ...]:
        """Columns read (and kept in quarantine records) but not loaded."""
        used = {f.dfe for f in self.fields}
        return tuple(c for c in self.columns if c not in used)


CHILD = Field("CHILD", "child_id")

FILES: tuple[File903, ...] = (
    File903(
        "header",
        "Header",
        "person",
        (
            CHILD,
            Field("SEX", "sex", SEX),
            Field("DOB", "date_of_birth"),
            Field("ETHNIC", "ethnicity"),
            Field("UPN", "upn"),
        ),
    ),
    File903(
        "episodes",
        "Episodes",
        "looked_after_episode",
        (
            CHILD,
            Field("DECOM", "start_date"),
            Field("RNE", "reason_new_episode"),
            Field("LS", "legal_status"),
            Field("CIN", "category_of_need"),
            Field("PLACE", "placement_type"),
            Field("PLACE_PROVIDER", "placement_provider"),
            Field("DEC", "end_date", note="blank while open at the year end"),
            Field("REC", "reason_ceased"),
            Field("REASON_PLACE_CHANGE", "reason_place_change"),
            Field("HOME_POST", "home_postcode", note="blank for UASC children (rule 406)"),
            Field("PL_POST", "placement_postcode"),
            Field("URN", "urn"),
        ),
        dated_by=("DECOM", "DEC"),
    ),
    File903(
        "uasc",
        "UASC",
        "uasc_status",
        (
            CHILD,
            Field(
                "DUC",
                "end_date",
                note="the date UASC status ceased or, while it continues, the 18th birthday"
                " (rule 205B)",
            ),
        ),
    ),
    File903(
        "reviews",
        "Reviews",
        "cla_review",
        (CHILD, Field("REVIEW", "review_date"), Field("REVIEW_CODE", "participation")),
        dated_by=("REVIEW",),
    ),
    File903(
        "missing",
        "Missing",
        "missing_episode",
        (
            CHILD,
            Field("MISSING", "missing_type"),
            Field("MIS_START", "start_date"),
            Field("MIS_END", "end_date"),
        ),
        dated_by=("MIS_START", "MIS_END"),
    ),
    File903(
        "oc3",
        "OC3",
        "care_leaver",
        (
            CHILD,
            Field("DOB", "contact_date", BirthdayInYear()),
            Field("IN_TOUCH", "in_touch"),
            Field("ACTIV", "activity"),
            Field("ACCOM", "accommodation", AccommodationPart("letter")),
            Field("ACCOM", "accommodation_suitable", AccommodationPart("suitable")),
        ),
    ),
    File903(
        "ad1",
        "AD1",
        "adoption",
        (
            CHILD,
            Field("DATE_INT", "decision_date"),
            Field("DATE_MATCH", "matched_date"),
            Field("FOSTER_CARE", "foster_carer_adopter", note="`1` is `Y`, `0` is `N`"),
            Field("NB_ADOPTR", "number_of_adopters"),
            Field("SEX_ADOPTR", "adopter_sex"),
            Field("LS_ADOPTR", "adopter_legal_status"),
        ),
        dated_by=("DATE_INT", "DATE_MATCH"),
    ),
    File903(
        "placed_for_adoption",
        "PlacedAdoption",
        "adoption",
        (
            CHILD,
            Field(
                "DATE_PLACED",
                "decision_date",
                note="the same decision as AD1 `DATE_INT`, so the two files' rows merge",
            ),
            Field("DATE_PLACED_CEASED", "decision_reversed_date"),
            Field("REASON_PLACED_CEASED", "decision_reversed_reason"),
        ),
        dated_by=("DATE_PLACED", "DATE_PLACED_CEASED"),
    ),
    File903(
        "prev_perm",
        "PrevPerm",
        "previous_permanence",
        (
            CHILD,
            Field("PREV_PERM", "option"),
            Field("LA_PERM", "local_authority"),
            Field("DATE_PERM", "order_date", note="text: may be partial, e.g. `ZZ/05/2020`"),
        ),
    ),
    File903(
        "oc2",
        "OC2",
        None,
        (CHILD,),
        not_loaded=(
            "OC2 says only whether a health assessment, dental check or health surveillance"
            " check was held in the year, not when; `health_check` needs the date of each check,"
            " so nothing is loaded from it (its rows are checked for a known child and counted)"
        ),
    ),
    File903(
        "sw_episodes",
        "SWEpisodes",
        None,
        (CHILD,),
        dated_by=("SW_DECOM", "SW_DEC"),
        not_loaded=(
            "the model has no social worker table; its rows are checked for a known child and"
            " counted"
        ),
    ),
)
"""Every 903 file the loader recognises, in the order a year's files are loaded (people first)."""

BY_NAME = {f.name: f for f in FILES}


def canonical_text(spec: File903, raw: pd.DataFrame, year: int) -> pd.DataFrame:
    """The file's mapped columns as canonical text ('' for empty cells).

    A date with a two-digit year (Excel's ``dd/mm/yy``) takes the century that puts it in or
    before the collection year.
    """
    text = pd.DataFrame(index=raw.index)
    for f in spec.fields:
        cells = with_full_years(raw[f.dfe.lower()], year)
        text[f.canonical] = np.asarray(f.conversion.read(cells, year), dtype=object)
    return text
