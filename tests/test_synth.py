"""The synthetic council: deterministic per seed, and calibrated to England's rates.

The rates are measured from the written DfE files (903 episodes and UASC CSVs, CIN census
XML), never from the simulator's own tables, so the test checks what a loader will see.
"""

import hashlib
import json
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest
from lxml import etree

from csc_scorecard.synth.generate import SynthOptions, synthesise

RESIDENTIAL = {"K1", "K2", "R1", "R2", "R5", "S1"}


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_synth_is_deterministic_for_a_seed(tmp_path):
    options = SynthOptions(seed=5, children=4_000, years=2, period_end=date(2026, 3, 31))
    first = _digest(synthesise(tmp_path / "a", options)[0])
    second = _digest(synthesise(tmp_path / "b", options)[0])
    assert first == second
    other = _digest(synthesise(tmp_path / "c", SynthOptions(**{**options.__dict__, "seed": 6}))[0])
    assert other != first


def test_several_councils_have_distinct_codes_and_sizes(tmp_path):
    options = SynthOptions(
        seed=2, children=3_000, years=1, councils=3, period_end=date(2026, 3, 31)
    )
    folders = synthesise(tmp_path, options)
    assert len({f.name for f in folders}) == 3
    populations = {
        json.loads((f / "manifest.json").read_text())["parameters"]["population"]["2026"]
        for f in folders
    }
    assert len(populations) == 3


def _census_episodes(path: Path) -> pd.DataFrame:
    """One row per CINdetails: child, referral date, closure date, open CP plans at year end."""
    rows = []
    for child in etree.parse(str(path)).getroot().iter("Child"):
        child_id = child.findtext("ChildIdentifiers/LAchildID")
        for episode in child.iter("CINdetails"):
            plans = episode.findall("ChildProtectionPlans")
            rows.append(
                {
                    "child_id": child_id,
                    "referral": date.fromisoformat(episode.findtext("CINreferralDate")),
                    "closed": bool(episode.findtext("CINclosureDate")),
                    "open_cp_plan": any(not p.findtext("CPPendDate") for p in plans),
                }
            )
    return pd.DataFrame(rows)


def _parse_903_date(value: str) -> date | None:
    return datetime.strptime(value, "%d/%m/%Y").date() if isinstance(value, str) and value else None


def _rates(folder: Path, year: int) -> dict[str, float]:
    """Rates at 31 March of ``year`` measured from that year's 903 and CIN census files."""
    manifest = json.loads((folder / "manifest.json").read_text())
    per_10k = int(manifest["parameters"]["population"][str(year)]) / 10_000
    census = _census_episodes(folder / "cin_census" / f"cin_census_{year}.xml")
    open_cin = census[~census.closed]
    episodes = pd.read_csv(folder / "ssda903" / str(year) / "episodes.csv", dtype=str)
    open_care = episodes[episodes.DEC.isna() & ~episodes.LS.isin(["V3", "V4"])]
    looked_after = set(open_care.CHILD)
    uasc = pd.read_csv(folder / "ssda903" / str(year) / "uasc.csv", dtype=str)
    ceased = uasc.DUC.map(_parse_903_date)
    still_uasc = set(uasc.CHILD[ceased.map(lambda d: d is None or d > date(year, 3, 31))])
    return {
        "cin": open_cin.child_id.nunique() / per_10k,
        "cla": len(looked_after) / per_10k,
        "cp": open_cin[open_cin.open_cp_plan].child_id.nunique() / per_10k,
        "uasc_share": 100 * len(looked_after & still_uasc) / len(looked_after),
        "residential_share": 100
        * open_care[open_care.PLACE.isin(RESIDENTIAL)].CHILD.nunique()
        / len(looked_after),
    }


def _re_referral_share(folder: Path, years: list[int]) -> float:
    """Referrals in the last full year with an earlier referral of the child in the 12 months."""
    referrals = pd.concat(
        [_census_episodes(folder / "cin_census" / f"cin_census_{y}.xml") for y in years]
    ).drop_duplicates(["child_id", "referral"])
    referrals = referrals.sort_values(["child_id", "referral"])
    previous = referrals.groupby("child_id").referral.shift()
    gap = (referrals.referral - previous).map(lambda d: d.days if not pd.isna(d) else None)
    last = years[-1]
    in_year = referrals.referral.map(lambda d: date(last - 1, 4, 1) <= d <= date(last, 3, 31))
    return 100 * float((gap[in_year] <= 365).mean())


TARGETS = {"cin": 330, "cla": 67, "cp": 40, "uasc_share": 8, "residential_share": 15}


@pytest.mark.slow
def test_default_council_rates_are_near_england(default_council):
    # Full collection years inside the period 1 Nov 2020 - 31 Oct 2026 end 31 March 2022-2026.
    years = [2022, 2023, 2024, 2025, 2026]
    measured = pd.DataFrame([_rates(default_council, y) for y in years], index=years)
    average = measured.mean()
    for name, target in TARGETS.items():
        assert 0.8 * target <= average[name] <= 1.2 * target, (name, average[name], measured)
    re_referrals = _re_referral_share(default_council, years)
    assert 0.8 * 22 <= re_referrals <= 1.2 * 22, re_referrals


def _looked_after_at(episodes: pd.DataFrame, month_end: date) -> int:
    """Children looked after at a month end (CLA1), by its definition, from SSD episodes."""
    day = pd.Timestamp(month_end)
    ceased = episodes.clae_cla_episode_ceased_date
    open_then = (episodes.clae_cla_episode_start_date <= day) & (ceased.isna() | (ceased > day))
    return int(episodes.loc[open_then, "clae_person_id"].nunique())


@pytest.mark.slow
def test_the_first_month_end_stock_is_already_the_steady_state(default_council):
    # The burn-in: children in care for years (from birth to 18) are in care on the first day,
    # so children looked after (CLA1) do not climb through the first years. The last month
    # compared is the one before the first declared change (the referral step raises it).
    manifest = json.loads((default_council / "manifest.json").read_text())
    parameters = manifest["parameters"]
    first_change = max(s["months_before_end"] for s in parameters["calibration"]["shifts"])
    last = pd.Timestamp(parameters["period_end"]) - pd.DateOffset(months=first_change + 1)
    month_ends = pd.date_range(parameters["period_start"], last, freq="ME").date
    episodes = pd.read_csv(default_council / "ssd" / "ssd_cla_episodes.csv", dtype=str)
    for column in ("clae_cla_episode_start_date", "clae_cla_episode_ceased_date"):
        episodes[column] = pd.to_datetime(episodes[column], errors="coerce")  # faults: NaT
    stock = pd.Series([_looked_after_at(episodes, m) for m in month_ends], index=month_ends)
    assert len(stock) >= 48
    assert abs(stock.iloc[0] - stock.iloc[-1]) <= 0.1 * stock.iloc[-1], stock
    first_year, last_year = stock.iloc[:12].mean(), stock.iloc[-12:].mean()
    assert abs(first_year - last_year) <= 0.1 * last_year, stock
