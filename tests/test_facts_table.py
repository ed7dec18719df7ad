"""The facts table: typed columns a user can compute with (Decimal values, dates, int decimals)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pandas as pd
import pytest

from exporter import export
from exporter.write.report import COLUMNS
from tests.conftest import ROOT, SEED


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return export(SEED, tmp_path_factory.mktemp("facts"), validate=False)


def test_dtypes(seed: Any) -> None:
    f = seed.facts
    assert list(f.columns) == list(COLUMNS)
    for col in ("period_start", "period_end", "instant"):
        assert pd.api.types.is_datetime64_any_dtype(f[col]), col
    assert str(f["decimals"].dtype) == "Int64"
    assert f["value_float"].dtype == "float64" and f["confidence"].dtype == "float64"
    assert all(isinstance(v, Decimal) for v in f["value"])
    # instants have no start or end, durations no instant
    inst = f["period"].str.contains("/") == False  # noqa: E712
    assert f.loc[inst, "instant"].notna().all() and f.loc[inst, ["period_start", "period_end"]].isna().all().all()
    assert f.loc[~inst, "instant"].isna().all() and f.loc[~inst, ["period_start", "period_end"]].notna().all().all()
    assert (f.loc[~inst, "period_start"] <= f.loc[~inst, "period_end"]).all()


def test_sum_of_current_assets(seed: Any) -> None:
    """The printed current assets add up in the table, exactly, as Decimals."""
    f = seed.facts
    at = f[(f.instant == pd.Timestamp("2003-08-30")) & (f.unit == "USD")].set_index("concept")["value"]
    parts = ["us-gaap:CashAndCashEquivalentsAtCarryingValue", "us-gaap:AccountsReceivableNetCurrent",
             "us-gaap:InventoryNet", "us-gaap:PrepaidExpenseAndOtherAssetsCurrent"]
    total = at[parts].sum()
    assert isinstance(total, Decimal) and total == at["us-gaap:AssetsCurrent"] == Decimal("13425000")
    assert f["value_float"].sum() == pytest.approx(float(sum(f["value"], Decimal(0))))


def test_csv_is_plain(seed: Any) -> None:
    text = seed.files["facts_csv"].read_text(encoding="utf-8")
    back = pd.read_csv(seed.files["facts_csv"], dtype=str, keep_default_na=False)
    assert list(back.columns) == [c for c in COLUMNS if c != "value_float"]
    assert "E+" not in text and "NaT" not in text
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d|", d) for d in back["instant"])
    assert {Decimal(v) for v in back["value"]} == set(seed.facts["value"])


def test_readme_lists_the_columns() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### The facts table", 1)[1].split("\n#", 1)[0]
    listed = re.findall(r"^\| `(\w+)` \|", section, re.M)
    assert listed == list(COLUMNS)


def _pandas_csv(frame: pd.DataFrame) -> str:
    """The facts CSV as pandas writes the typed table (the CLI writes it without pandas)."""
    from exporter.model import format_value

    out = frame.drop(columns=["value_float"]).assign(value=frame["value"].map(format_value))
    for col in ("period_start", "period_end", "instant"):
        out[col] = frame[col].dt.strftime("%Y-%m-%d").fillna("")
    return str(out.to_csv(index=False))


def test_csv_without_pandas_is_pandas_csv(seed: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CSV the export writes is, byte for byte, the typed table's ``to_csv``: also for labels with
    commas, quotes and line breaks, missing confidences and decimals, and confidences of any size."""
    from exporter.write import report

    assert seed.files["facts_csv"].read_text(encoding="utf-8") == _pandas_csv(seed.facts)
    real = report.fact_rows

    def odd(model: Any) -> list[dict[str, Any]]:
        rows = real(model)
        for n, row in enumerate(rows):
            row["label"] = ['Sales, net', 'The "total"', "two\nlines", "", None][n % 5]
            row["confidence"] = [None, 0.1, 1e-05, 1.0, 0.333333333333][n % 5]
            row["decimals"] = [None, -3, 0][n % 3]
        return rows

    monkeypatch.setattr(report, "fact_rows", odd)
    assert report.facts_csv(seed.model) == _pandas_csv(report.facts_frame(seed.model))
