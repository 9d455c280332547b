"""A small hand-worked store and application for the dashboard tests.

Ten children looked after in 2025 (ids start "ZQ" so a leaked id is easy to find):
- ZQA: starts 31 March 2025 in a children's home (K2), still looked after;
- ZQB: 10 January to 31 March 2025 (adopted, E11): not looked after at 23:59 on 31 March;
- ZQD: starts 1 April 2025 in foster care (U4);
- ZQE..ZQK (7): start 5 January 2025 in foster care (U4), still looked after.
CLA1 (looked after at the month end): January B + E..K = 8; February 8; March A + E..K = 8;
April A, D, E..K = 9. April by placement type: K2 = 1 (A), U4 = 8 (D, E..K).
Disclosure control for a viewer: K2 = 1 is a count of 1-5 (primary), so the next smallest
member of that breakdown, U4 = 8, is hidden too (secondary); the total 9 is published.
Three quarantined rows: two ssda903 date_order, one cin code_list.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import tiny_store
from csc_scorecard.indicators.compute import compute
from csc_scorecard.ingest.benchmark_mapping import Mapping
from csc_scorecard.ingest.benchmarks import load_benchmarks
from csc_scorecard.ingest.neighbours import load_neighbours
from csc_scorecard.store import Store
from csc_scorecard.web import accounts, create_app
from csc_scorecard.web.roles import Role

D = date.fromisoformat
LA = "318"
PASSWORD = "correct horse battery staple"
OTHERS = [f"ZQ{c}" for c in "EFGHIJK"]
CHILDREN = ["ZQA", "ZQB", "ZQD", *OTHERS]
APRIL = {"ZQA", "ZQD", *OTHERS}


def _episode(child: str, start: str, end: str | None = None, place: str = "U4",
             reason: str | None = None) -> dict:  # fmt: skip
    return {
        "child_id": child, "start_date": D(start), "end_date": D(end) if end else None,
        "reason_new_episode": "S", "legal_status": "C2", "placement_type": place,
        "reason_ceased": reason,
    }  # fmt: skip


def _quarantined(source: str, rule: str, row: int) -> dict:
    return {
        "source": source, "file": f"{source}.csv", "source_table": "episodes",
        "row_number": row, "child_id": "ZQQ", "rule_id": rule,
        "message": "The end date is before the start date.", "raw_record": "{}",
        "record_date": D("2025-02-01"),
    }  # fmt: skip


def small_store(path: Path) -> Path:
    """Write the store described above, with CLA1, CLA3 and CLA4 computed for 2025-01..04."""
    people = [{"child_id": c, "date_of_birth": D("2012-05-01"), "sex": "F", "ethnicity": "WBRI"}
              for c in CHILDREN]  # fmt: skip
    episodes = [
        _episode("ZQA", "2025-03-31", place="K2"),
        _episode("ZQB", "2025-01-10", "2025-03-31", reason="E11"),
        _episode("ZQD", "2025-04-01"),
        *[_episode(c, "2025-01-05") for c in OTHERS],
    ]
    quarantine = [
        _quarantined("ssda903", "date_order", 2),
        _quarantined("ssda903", "date_order", 3),
        _quarantined("cin", "code_list", 7),
    ]
    store = tiny_store(path, {"person": people, "looked_after_episode": episodes,
                              "quarantine": quarantine}, la_code=LA)  # fmt: skip
    compute(store, D("2025-01-01"), D("2025-04-01"), ["CLA1", "CLA3", "CLA4"])
    store.con.disconnect()
    return path


# DfE's published figures for the year to 31 March 2025, in the open-data layout, for 318 and
# three neighbours (Westminster's "c" is suppressed); CLA3's 12 includes ZQA's March start.
MAPPING = """
publications: {cla: {title: Children looked after, url: ""}}
indicators:
  CLA1: {publication: cla, filters: {cla_group: Total}, column: number, per: 1,
         time_basis: 31 March}
  CLA3: {publication: cla, filters: {cla_group: Started in the year}, column: number, per: 1,
         time_basis: year to 31 March}
  CLA7P: {publication: cla, filters: {cla_group: Residential}, column: number, per: 100,
          time_basis: 31 March}
"""
HEAD = "time_period,time_identifier,geographic_level,country_code,region_code,region_name,"
HEAD += "new_la_code,old_la_code,la_name,cla_group,number"
COUNCIL = "2025,Reporting year,Local authority,E92000001,E12000007,London"
ROWS = [
    "2025,Reporting year,National,E92000001,,,,,,Total,80000",
    "2025,Reporting year,Regional,E92000001,E12000007,London,,,,Total,9000",
    f"{COUNCIL},E09000027,{LA},Richmond,Total,9",
    f"{COUNCIL},E09000021,314,Kingston,Total,5",
    f"{COUNCIL},E09000033,213,Westminster,Total,c",
    "2025,Reporting year,National,E92000001,,,,,,Started in the year,30000",
    f"{COUNCIL},E09000027,{LA},Richmond,Started in the year,12",
    f"{COUNCIL},E09000021,314,Kingston,Started in the year,7",
    "2025,Reporting year,National,E92000001,,,,,,Residential,15",
    f"{COUNCIL},E09000027,{LA},Richmond,Residential,10",
    f"{COUNCIL},E09000021,314,Kingston,Residential,20",
    f"{COUNCIL},E09000033,213,Westminster,Residential,c",
    f"{COUNCIL},E09000002,202,Barking,Residential,30",
]


def add_benchmarks(path: Path, folder: Path) -> None:
    """Load the published figures above and 318's neighbours (Kingston, Westminster)."""
    (folder / "map.yaml").write_text(MAPPING)
    (folder / "cla.csv").write_text("\n".join([HEAD, *ROWS]) + "\n")
    (folder / "sn.csv").write_text(f"LA number,LA name,SN1,SN2\n{LA},Richmond,314,213\n")
    store = Store(str(path))
    load_benchmarks(store, [folder / "cla.csv"], Mapping.read(folder / "map.yaml"))
    load_neighbours(store, folder / "sn.csv")
    store.con.disconnect()


def app_with_users(store: Path | str, app_db_url: str):
    """The dashboard over ``store`` with one user per role, named after it (``PASSWORD``)."""
    application = create_app(str(store), app_db_url)
    with application.state.web.sessions.begin() as db:
        for role in Role:
            accounts.add_user(db, role.name, PASSWORD, role)
    return application
