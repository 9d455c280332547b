"""DfE's children's social work workforce figures: a 30 September time basis, WF1 and WF2.

The workforce release reports each council at 30 September (``Reporting year`` 2025 is the
census year to 30 September 2025), with no filter columns: one row per area and an indicator
per column. The files are hand-made in its open-data layout, so every expected row is known.
"""

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from csc_scorecard.analysis.benchmarks import months_behind
from csc_scorecard.ingest.benchmark_mapping import Mapping
from csc_scorecard.ingest.benchmarks import load_benchmarks, year_ending
from csc_scorecard.publish.dfe_release import publication_frame, year_figures
from csc_scorecard.publish.reads import latest_benchmarks
from csc_scorecard.store import Store

HEAD = (
    "time_period,time_identifier,geographic_level,country_code,country_name,region_code,"
    "region_name,old_la_code,new_la_code,la_name,inpost_fte,agency_fte,agency_rate_fte,"
    "turnover_rate_fte,cases,caseload_fte"
)
AREA = "Reporting year,Local authority,E92000001,England,E12000007,London"


def workforce_file(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "workforce.csv"
    path.write_text("\n".join([HEAD, *rows]) + "\n")
    return path


def council(year: str, old: str, name: str, agency: str, rate: str, caseload: str) -> str:
    return f"{year},{AREA},{old},E0900{old},{name},100,{agency},{rate},15.0,2000,{caseload}"


def loaded(store: Store) -> pd.DataFrame:
    frame = store.table("benchmark_value").execute()
    frame["year_ending"] = pd.to_datetime(frame.year_ending).dt.date
    return frame.set_index(["indicator_id", "area_code", "year_ending"]).sort_index()


def test_a_30_september_figure_ends_on_30_september():
    assert year_ending("2025", "30 September") == date(2025, 9, 30)
    assert year_ending("202425", "30 September") is None  # a financial year is no census year
    assert year_ending("2025", "31 March") == date(2025, 3, 31)


SEPTEMBER = date(2025, 9, 30)


def test_workforce_rows_load_as_wf1_and_wf2_at_30_september(tmp_path):
    store = Store(str(tmp_path / "s.duckdb"))
    rows = [
        "2025,Reporting year,National,E92000001,England,,,,,,33000,5700,17.8,17.1,500000,16.3",
        council("2025", "318", "Richmond", "25.0", "20.0", "17.5"),
        council("2025", "314", "Kingston", "c", "c", "x"),
        council("2025", "213", "Westminster", "low", "low", "z"),
        council("2024", "318", "Richmond", "30.0", "24.0", "18.1"),
        council("202425", "202", "Barking", "10", "10.0", "15.0"),
    ]
    (result,) = load_benchmarks(store, [workforce_file(tmp_path, rows)])
    assert (result.rows_in, result.rows_accepted, result.rows_quarantined) == (6, 5, 1)
    frame = loaded(store)
    assert frame.value[("WF2", "318", SEPTEMBER)] == 20.0
    assert frame.value[("WF1", "318", SEPTEMBER)] == 17.5
    assert frame.value[("WF2", "318", date(2024, 9, 30))] == 24.0
    assert frame.value[("WF2", "E92000001", SEPTEMBER)] == 17.8
    # 25 agency FTE at 20%: 125 FTE social workers, the denominator of the funnel plot
    assert frame.denominator[("WF2", "318", SEPTEMBER)] == pytest.approx(125.0)
    assert pd.isna(frame.denominator[("WF1", "318", SEPTEMBER)])  # no count mapped
    # DfE's symbols are kept with their meaning, never read as 0
    symbols = {(i, a): (s, r) for (i, a, _), s, r in
               zip(frame.index, frame.symbol, frame.reason, strict=True) if s}  # fmt: skip
    assert symbols[("WF2", "314")][0] == "c" and symbols[("WF1", "314")][0] == "x"
    assert symbols[("WF1", "213")] == ("z", "not applicable")
    assert symbols[("WF2", "213")] == ("low", "rounds to 0 but is not 0")
    assert frame.loc[[("WF2", "314", SEPTEMBER), ("WF2", "213", SEPTEMBER)]].value.isna().all()
    # Barking's 202425 is a financial year: no workforce census year, so quarantined
    quarantine = store.table("quarantine").execute()
    assert list(quarantine.rule_id) == ["benchmark_bad_period"]
    assert "'202425'" in quarantine.message[0]


def test_the_time_basis_places_the_figure_in_september(tmp_path):
    store = Store(str(tmp_path / "s.duckdb"))
    rows = [
        "2025,Reporting year,National,E92000001,England,,,,,,33000,5700,17.8,17.1,500000,16.3",
        "2024,Reporting year,National,E92000001,England,,,,,,33000,6000,18.5,17.1,500000,16.9",
        council("2025", "318", "Richmond", "25.0", "20.0", "17.5"),
        council("2024", "318", "Richmond", "30.0", "24.0", "18.1"),
    ]
    load_benchmarks(store, [workforce_file(tmp_path, rows)])
    # an August 2025 page compares with the census of 30 September 2024; September's with 2025
    august = latest_benchmarks(store, "318", date(2025, 8, 1))
    assert august["WF2"].year_ending == date(2024, 9, 30) and august["WF2"].council == 24.0
    september = latest_benchmarks(store, "318", date(2025, 9, 1))
    assert september["WF2"].year_ending == SEPTEMBER and september["WF2"].england == 17.8
    assert september["WF1"].council == 17.5
    # the figure rests on the council's September alone (a snapshot, not a year added up)
    assert months_behind("WF2", SEPTEMBER) == [date(2025, 9, 1)]
    assert months_behind("WF1", SEPTEMBER) == [date(2025, 9, 1)]


def test_the_synthetic_workforce_file_takes_september_from_the_series(tmp_path):
    """WF2 from its counts (England: the councils' counts over their social workers); WF1,
    a value alone in the series, as the councils' simple mean."""
    store = Store(str(tmp_path / "s.duckdb"))
    months = pd.date_range("2024-04-01", "2025-10-01", freq="MS").date
    rows = []
    for la, agency, caseload in (("318", 30.0, 18.0), ("901", 3.0, 15.0)):
        for m in months:
            extra = 10.0 if m != date(2025, 9, 1) else 0.0  # September alone is published
            rows.append((la, "WF2", m, "all", "all", agency + extra, 150.0, 0.0, 1))
            rows.append((la, "WF1", m, "all", "all", None, None, caseload + extra, 1))
    columns = list(store.table("indicator_value").columns)
    store.insert_frame("indicator_value", pd.DataFrame(rows, columns=columns))
    mapping = Mapping.read()
    figures = year_figures(store, mapping)
    figures = figures[figures.indicator_id.isin(["WF1", "WF2"])]
    assert set(figures.year_ending) == {date(2024, 9, 30), date(2025, 9, 30)}
    names = {"318": "A", "901": "B"}
    out = publication_frame(figures, mapping, "workforce", names)
    out = out[(out.time_period == "2025") & (out.geographic_level != "Regional")]
    out = out.set_index(["geographic_level", "old_la_code"])
    assert set(out.time_identifier) == {"Reporting year"}
    assert out.loc[("Local authority", "318"), ["agency_fte", "agency_rate_fte"]].tolist() == [
        "30", "20.0"]  # fmt: skip
    # 901's 3 agency social workers are a count of 1 to 5: "c"
    assert out.loc[("Local authority", "901"), ["agency_fte", "agency_rate_fte"]].tolist() == [
        "c", "c"]  # fmt: skip
    # England: (30 + 3) / (150 + 150) = 11.0%; caseload: (18 + 15) / 2 = 16.5
    assert out.loc[("National", ""), ["agency_fte", "agency_rate_fte"]].tolist() == ["33", "11.0"]
    assert out.loc[("National", ""), "caseload_fte"] == "16.5"
    assert out.loc[("Local authority", "901"), "caseload_fte"] == "15.0"
