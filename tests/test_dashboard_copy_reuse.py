"""The dashboard copy keeps the earlier copy's summaries of what has not changed (issue 13).

A hand-made store of two count indicators for January 2024 to April 2025: ADP1 (children
placed for adoption) and CLA3 (children starting to be looked after). Publishing the same
figures twice works no summary out again; changing one ADP1 figure works out ADP1's summaries
alone, and the copy is then the same, row for row, as one published from scratch.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from conftest import tiny_store
from csc_scorecard.web import dashboard_copy, month_pages, snapshot

ADP1 = [10, 11, 9, 4, 12, 10, 11, 9, 10, 11, 10, 12, 10, 11, 10, 2]
CLA3 = [7, 8, 6, 9, 7, 8, 7, 6, 9, 8, 7, 7, 8, 6, 9, 8]
MONTHS = [date(2024 + (i // 12), i % 12 + 1, 1) for i in range(len(ADP1))]
TABLES = ("dashboard_summary", "dashboard_series", "dashboard_published", "dashboard_config",
          "dashboard_page")  # fmt: skip


def _store(path: Path) -> Path:
    rows = [
        {"indicator_id": item, "month": m, "breakdown": "all", "breakdown_value": "all",
         "numerator": float(v), "denominator": None, "value": float(v), "compute_id": 1}
        for item, counts in (("ADP1", ADP1), ("CLA3", CLA3))
        for m, v in zip(MONTHS, counts, strict=True)
    ]  # fmt: skip
    tiny_store(path, {"indicator_value": rows}).con.disconnect()
    return path


def _tables(copy: Path) -> dict[str, pd.DataFrame]:
    """The copy's dashboard tables, rows in a fixed order."""
    con = duckdb.connect(str(copy), read_only=True)
    try:
        found = {}
        for name in TABLES:
            frame = con.execute(f"SELECT * FROM {name}").df()
            frame = frame.astype(str).sort_values(list(frame.columns)).reset_index(drop=True)
            found[name] = frame
        return found
    finally:
        con.close()


def _summarised(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Indicators ``summarise_figures`` is asked about from now on (once per month each)."""
    asked: list[str] = []
    real = snapshot.summarise_figures

    def spy(figures: pd.DataFrame, *args: object, **kwargs: object) -> object:
        asked.extend(sorted(set(figures["indicator_id"])))
        return real(figures, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(snapshot, "summarise_figures", spy)
    return asked


def _rendered(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(council, audience) of the month pages rendered from now on (once per month each)."""
    done: list[tuple[str, str]] = []
    real = month_pages.render

    def spy(copy: Path, config: object, task: month_pages.Task) -> pd.DataFrame:
        la_code, audience, months = task
        done.extend([(la_code, audience)] * len(months))
        return real(copy, config, task)  # type: ignore[arg-type]

    monkeypatch.setattr(month_pages, "render", spy)
    return done


def test_unchanged_figures_reuse_every_summary(tmp_path: Path, monkeypatch) -> None:
    path = _store(tmp_path / "store.duckdb")
    first = _tables(dashboard_copy.publish(path))
    asked, rendered = _summarised(monkeypatch), _rendered(monkeypatch)
    again = _tables(dashboard_copy.publish(path))
    assert asked == [] and rendered == []
    for name in TABLES:
        pd.testing.assert_frame_equal(again[name], first[name])


def test_a_changed_figure_redoes_its_indicator_alone(tmp_path: Path, monkeypatch) -> None:
    path = _store(tmp_path / "store.duckdb")
    dashboard_copy.publish(path)
    con = duckdb.connect(str(path))
    con.execute("UPDATE indicator_value SET numerator = 13, value = 13"
                " WHERE indicator_id = 'ADP1' AND month = DATE '2025-03-01'")  # fmt: skip
    con.close()
    asked, rendered = _summarised(monkeypatch), _rendered(monkeypatch)
    reused = _tables(dashboard_copy.publish(path))
    assert set(asked) == {"ADP1"}
    # The overview shows every indicator: the council's are rendered again, every month.
    assert sorted(set(rendered)) == [("318", "computed"), ("318", "published")]
    assert len(rendered) == 2 * len(MONTHS)
    fresh_path = tmp_path / "fresh" / "store.duckdb"
    fresh_path.parent.mkdir()
    shutil.copyfile(path, fresh_path)
    fresh = _tables(dashboard_copy.publish(fresh_path))
    for name in TABLES:
        pd.testing.assert_frame_equal(reused[name], fresh[name])
