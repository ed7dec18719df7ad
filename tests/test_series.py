"""Time series across filings: concepts aligned, one row per concept and period, restatements
kept side by side and flagged, written as CSV and xBRL-CSV, plotted."""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from exporter.check.validate import extract_facts
from exporter.cli import main
from exporter.series import COLUMNS, Filing, align, restatement, series
from tests.conftest import EDGAR_TEXT, SEED, SHARED, need


def _frame(rows: list[tuple[str, str, str, int]]) -> pd.DataFrame:
    """A facts table as the export makes it, from (concept, period, value, decimals)."""
    out = []
    for concept, period, value, decimals in rows:
        start, _, end = period.rpartition("/")
        out.append({"concept": concept, "label": concept.split(":")[1], "statement": "is" if start else "bs",
                    "unit": "USD", "period_start": pd.Timestamp(start) if start else pd.NaT,
                    "period_end": pd.Timestamp(end) if start else pd.NaT,
                    "instant": pd.NaT if start else pd.Timestamp(end), "period": period,
                    "value": Decimal(value), "value_float": float(value), "decimals": decimals})
    return pd.DataFrame(out).astype({"decimals": "Int64"})


def test_restatement_compares_at_the_coarser_precision() -> None:
    assert restatement([(Decimal(1235000000), -6), (Decimal(1234567000), -3)]) == ""
    assert restatement([(Decimal(1235000000), -6), (Decimal(1236000000), -6)]) == "value"
    assert restatement([(Decimal(-203000000), -6), (Decimal(203000000), -6)]) == "sign"
    assert restatement([(Decimal("1.41"), 2), (Decimal("0.70"), 2)]) == "value"


def test_align_lines_up_filings() -> None:
    q1 = Filing("10-Q 2024-03-31", date(2024, 3, 31), "0000000001", _frame([
        ("us-gaap:Revenues", "2024-01-01/2024-03-31", 100, -3),
        ("us-gaap:Revenues", "2023-01-01/2023-03-31", 90, -3),
        ("us-gaap:Assets", "2024-03-31", 500, -3),
        ("abc:WidgetReserve", "2024-03-31", 7, -3),
    ]))
    q2 = Filing("10-Q 2024-06-30", date(2024, 6, 30), "0000000001", _frame([
        ("us-gaap:Revenues", "2024-04-01/2024-06-30", 120, -3),
        ("us-gaap:Assets", "2024-03-31", 510, -3),  # restated
        ("us-gaap:Assets", "2024-06-30", 530, -3),
        ("abcco:WidgetReserve", "2024-03-31", 7, -3),  # another prefix, the same extension concept
    ]))
    table = align([q2, q1])  # input order does not matter: the later period is the later filing
    assert list(table.columns) == COLUMNS + ["10-Q 2024-03-31", "10-Q 2024-06-30"]
    assert not table.duplicated(["concept", "unit", "period"]).any()
    assert len(table) == 6
    restated = table[table["restated"]]
    assert list(restated["concept"]) == ["us-gaap:Assets"] and list(restated["period"]) == ["2024-03-31"]
    row = restated.iloc[0]
    assert row["value"] == Decimal(510) and row["filing"] == "10-Q 2024-06-30" and row["reported"] == 2
    assert row["10-Q 2024-03-31"] == Decimal(500) and row["10-Q 2024-06-30"] == Decimal(510)
    assert row["restatement"] == "value"
    ext = table[table["concept"].str.endswith("WidgetReserve")]
    assert len(ext) == 1 and ext.iloc[0]["reported"] == 2 and not ext.iloc[0]["restated"]
    assert table["value"].map(type).eq(Decimal).all()
    assert pd.api.types.is_datetime64_any_dtype(table["instant"])


def test_bad_plot_concept_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["series", str(SEED), "-o", str(out), "--plot", "NoSuchConcept"]) == 1
    assert "no such concept in the series: us-gaap:NoSuchConcept" in capsys.readouterr().err
    assert not out.exists()


def test_apple_series(tmp_path: Path, taxonomies: Path) -> None:
    """13.6: Apple's dev filings (1997-2000 text 10-Qs, 2024-25 Inline XBRL) in one table."""
    text = sorted(need(EDGAR_TEXT, "the EDGAR text corpus").glob("*AAPL*10-Q*"))
    html = sorted((SHARED / "corpus" / "ixbrl").glob("aapl-*.html"))
    if not text or not html:
        pytest.skip("Apple's 10-Qs (corpus/edgar-text) or Inline XBRL filings (corpus/ixbrl) are absent")
    warnings: list[str] = []
    table = series([*text, *html], tmp_path, plot=["NetIncomeLoss", "Revenues"], taxonomy_dir=taxonomies,
                   warnings=warnings)
    assert not table.duplicated(["concept", "unit", "period"]).any(), "a period twice for one concept"
    filings = list(table.columns[len(COLUMNS):])
    assert len(filings) >= 14 and any(f.startswith("10-Q 1997") for f in filings) \
        and any(f.startswith(("10-K 2024", "Other 2024")) for f in filings)
    assert any("the same filing as an earlier input" in w for w in warnings)  # the corpus holds two copies
    # every value of a row is the value one of its filings printed; the latest is `value`
    for row in table.itertuples(index=False):
        printed = [v for v in row[len(COLUMNS):] if v is not None]
        assert len(printed) == row.reported and row.value == printed[-1]
    # Apple's 2-for-1 split of June 2000: the July 2000 10-Q restates the shares of September 1999
    shares = table[(table["concept"] == "us-gaap:CommonStockSharesIssued") & (table["period"] == "1999-09-25")]
    assert len(shares) == 1 and bool(shares.iloc[0]["restated"])
    assert set(v for v in shares.iloc[0][filings] if v is not None) == {Decimal(160799061), Decimal(321598122)}
    revenue = table[table["concept"] == "us-gaap:Revenues"]
    assert revenue["period_end"].dt.year.min() <= 1997 and revenue["period_end"].dt.year.max() >= 2025
    files = table.attrs["files"]
    assert files["plot"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    back = pd.read_csv(files["csv"], dtype=str, keep_default_na=False)
    assert len(back) == len(table) and list(back.columns) == [c for c in table.columns if c != "value_float"]
    # the xBRL-CSV holds the latest value of every us-gaap fact, as Arelle reads it
    loaded = Counter((c, p, Decimal(v)) for c, p, _u, v, _d in extract_facts(files["xbrl_csv"], taxonomies))
    gaap = table[table["concept"].str.startswith("us-gaap:")]
    assert loaded == Counter((c.split(":")[1], p, v) for c, p, v in zip(gaap["concept"], gaap["period"],
                                                                          gaap["value"], strict=True))
