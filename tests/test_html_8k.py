"""8-K earnings releases in HTML (``../shared/corpus/html-8k``): statements found and exported, or a clean refusal.

The values below were read off the documents themselves (the printed statement tables).
Four exports are validated with Arelle; the rest run with ``validate=False`` to keep the
suite quick.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from exporter import cli, export
from exporter.pipeline import ExportResult
from tests.conftest import SHARED, need

HTML_8K = SHARED / "corpus" / "html-8k"

APPLE_2024 = "sec_cover_page_parser__320193__0000320193-24-000005__0000320193-24-000005.txt"
APPLE_2011 = "sec_cover_page_parser__320193__0001193125-11-009392__0001193125-11-009392.txt"
APPLE_2004 = "sec_cover_page_parser__320193__0001104659-04-019574__0001104659-04-019574.txt"
ORACLE_2014 = "sec_cover_page_parser__1341439__0001193125-14-242424__0001193125-14-242424.txt"
ORACLE_2022 = "sec_cover_page_parser__1341439__0001564590-22-023099__0001564590-22-023099.txt"
BUCKLE = "edgartools__data__html__BuckleInc.8-K.EX99.1.html"

# the files that print a balance sheet, income statement or cash-flow statement, and which of them
WITH_STATEMENTS: dict[str, set[str]] = {
    APPLE_2024: {"bs", "is", "cf"},
    APPLE_2011: {"bs", "is", "cf"},
    APPLE_2004: {"bs", "is"},
    ORACLE_2014: {"bs", "is", "cf"},
    ORACLE_2022: {"bs", "is", "cf"},
    BUCKLE: {"bs", "is"},
}

Expected = tuple[str, str, str]  # concept, period ("2024-11-02" or "start/end"), value


def _value(result: ExportResult, concept: str, period: str) -> Decimal | None:
    for f in result.model.facts:
        if f.concept == concept and f.period.key() == period:
            return f.value
    return None


def _by_label(result: ExportResult, label: str, period: str) -> Decimal | None:
    """The value of the line printed as ``label`` (whatever concept it was given)."""
    for f in result.model.facts:
        if f.label.startswith(label) and f.period.key() == period:
            return f.value
    return None


def _check(result: ExportResult, expected: list[Expected]) -> None:
    wrong = [(c, p, v, _value(result, c, p)) for c, p, v in expected if _value(result, c, p) != Decimal(v)]
    assert not wrong, f"(concept, period, expected, got): {wrong}"


@pytest.fixture(scope="module")
def corpus() -> Path:
    return need(HTML_8K, "the html-8k corpus")


def _export(corpus: Path, name: str, out: Path, taxonomies: Path | None) -> ExportResult:
    path = need(corpus / name, name)
    return export(path, out, taxonomy_dir=taxonomies, validate=taxonomies is not None)


# ---------------------------------------------------------------- four Arelle-validated exports


def test_apple_q1_fy2024(corpus: Path, taxonomies: Path, tmp_path: Path) -> None:
    result = _export(corpus, APPLE_2024, tmp_path, taxonomies)
    assert result.validation is not None and result.validation.errors == []
    assert {st.code for st in result.model.statements} == {"bs", "is", "cf"}
    _check(result, [
        ("NetIncomeLoss", "2023-10-01/2023-12-30", "33916000000"),
        ("NetIncomeLoss", "2022-10-02/2022-12-31", "29998000000"),
        ("EarningsPerShareDiluted", "2023-10-01/2023-12-30", "2.18"),
        ("Assets", "2023-12-30", "353514000000"),
        ("Assets", "2023-09-30", "352583000000"),
        ("StockholdersEquity", "2023-12-30", "74100000000"),
        ("NetCashProvidedByUsedInOperatingActivities", "2023-10-01/2023-12-30", "39895000000"),
    ])
    assert _by_label(result, "Total net sales", "2023-10-01/2023-12-30") == Decimal("119575000000")


def test_oracle_q4_fy2014(corpus: Path, taxonomies: Path, tmp_path: Path) -> None:
    """Quarter and year statements of operations; "% of Revenues" columns are ratios of the amount
    column beside them, the "% Increase (Decrease)" columns no facts at all."""
    result = _export(corpus, ORACLE_2014, tmp_path, taxonomies)
    assert result.validation is not None and result.validation.errors == []
    codes = [st.code for st in result.model.statements]
    assert sorted(codes) == ["bs", "cf", "is", "is"]  # the quarter, then the year
    _check(result, [
        ("Revenues", "2014-03-01/2014-05-31", "11320000000"),
        ("Revenues", "2013-06-01/2014-05-31", "38275000000"),
        ("NetIncomeLoss", "2014-03-01/2014-05-31", "3646000000"),
        ("NetIncomeLoss", "2013-06-01/2014-05-31", "10955000000"),
        ("EarningsPerShareDiluted", "2013-06-01/2014-05-31", "2.38"),
        ("Assets", "2014-05-31", "90344000000"),
        ("CashAndCashEquivalentsAtCarryingValue", "2014-05-31", "17769000000"),
        ("NetCashProvidedByUsedInOperatingActivities", "2013-06-01/2014-05-31", "14921000000"),
    ])
    ratios = [f for f in result.model.facts if f.unit == "pure"]
    assert ratios and all(f.concept.endswith("Percent") and abs(f.value) <= 1 for f in ratios)
    assert {f.period.key() for f in ratios} == {"2014-03-01/2014-05-31", "2013-03-01/2013-05-31",
                                                "2013-06-01/2014-05-31", "2012-06-01/2013-05-31"}
    revenue_share = [f.value for f in ratios if f.concept == "RevenuesPercent"]
    assert revenue_share and set(revenue_share) == {1}
    # the non-GAAP reconciliations and the free-cash-flow table are not statements
    skipped = " ".join(why for _, why in result.model.skipped)
    assert "NON-GAAP" in skipped and "FREE CASH FLOW" in skipped


def test_buckle_q3_2024(corpus: Path, taxonomies: Path, tmp_path: Path) -> None:
    """Thousands; three balance-sheet dates; 13- and 39-week columns."""
    result = _export(corpus, BUCKLE, tmp_path, taxonomies)
    assert result.validation is not None and result.validation.errors == []
    _check(result, [
        ("NetIncomeLoss", "2024-08-04/2024-11-02", "44172000"),
        ("NetIncomeLoss", "2024-02-04/2024-11-02", "118270000"),
        ("EarningsPerShareDiluted", "2024-08-04/2024-11-02", "0.88"),
        ("CashAndCashEquivalentsAtCarryingValue", "2024-11-02", "301958000"),
        ("CashAndCashEquivalentsAtCarryingValue", "2024-02-03", "268213000"),
        ("CashAndCashEquivalentsAtCarryingValue", "2023-10-28", "311657000"),
        ("StockholdersEquity", "2024-11-02", "488389000"),
        ("LiabilitiesAndStockholdersEquity", "2024-11-02", "976270000"),
    ])


def test_apple_q1_fy2011(corpus: Path, taxonomies: Path, tmp_path: Path) -> None:
    result = _export(corpus, APPLE_2011, tmp_path, taxonomies)
    assert result.validation is not None and result.validation.errors == []
    _check(result, [
        ("Revenues", "2010-09-26/2010-12-25", "26741000000"),
        ("NetIncomeLoss", "2010-09-26/2010-12-25", "6004000000"),
        ("EarningsPerShareDiluted", "2010-09-26/2010-12-25", "6.43"),
        ("Assets", "2010-12-25", "86742000000"),
        ("NetCashProvidedByUsedInOperatingActivities", "2010-09-26/2010-12-25", "9773000000"),
    ])


# ---------------------------------------------------------------- without Arelle


def test_apple_q3_fy2004_skips_non_gaap_statements(corpus: Path, tmp_path: Path) -> None:
    result = _export(corpus, APPLE_2004, tmp_path, None)
    assert sorted(st.code for st in result.model.statements) == ["bs", "is"]
    _check(result, [
        ("Revenues", "2004-03-28/2004-06-26", "2014000000"),
        ("NetIncomeLoss", "2004-03-28/2004-06-26", "61000000"),
        ("Assets", "2004-06-26", "7223000000"),
    ])
    assert any("NON-GAAP" in why for _, why in result.model.skipped)


@pytest.mark.parametrize("name", sorted(p.name for p in HTML_8K.iterdir()) if HTML_8K.is_dir() else [])
def test_every_file_exports_or_refuses(
    name: str, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Statement-bearing files export; the rest refuse with exit 1, one line, nothing left behind."""
    out = tmp_path / "out"
    code = cli.main([str(corpus / name), "-o", str(out), "--no-validate"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if name in WITH_STATEMENTS:
        assert code == 0, err
        assert any(out.glob("*.xml"))
    else:
        assert code == 1, err
        errors = [line for line in err.splitlines() if line.startswith("error")]
        assert len(errors) == 1 and "no financial statements found" in errors[0], err
        assert not out.exists() or not any(out.iterdir())


@pytest.mark.parametrize("name", sorted(WITH_STATEMENTS))
def test_statements_found(name: str, corpus: Path) -> None:
    from exporter.read.documents import read_filing
    from exporter.understand.extract import extract

    extraction = extract(read_filing(need(corpus / name, name)))
    assert {st.code for st in extraction.statements} == WITH_STATEMENTS[name]
