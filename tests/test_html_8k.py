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
from exporter.read.documents import parse_filing
from exporter.understand.extract import extract
from exporter.understand.extraction import Extraction
from tests.conftest import SHARED, need
from tests.test_html_statements import INCOME_ROWS, grid

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
    """Quarter and year statements of operations; the release's "% of Revenues" columns are ratios
    derived from the amounts (no facts in a release, said in the warnings), the "% Increase
    (Decrease)" columns no facts at all."""
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
    assert not [f for f in result.model.facts if f.unit == "pure"]
    shares = [w for w in result.warnings if "share of revenues" in w]
    assert len(shares) == 4 and all("not exported" in w for w in shares)
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


# ---------------------------------------------------------------- synthetic snippets of the classes seen


def _release(tmp_path: Path, table: str) -> Extraction:
    body = ("<p>ACME CORPORATION</p><p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>"
            "<p>(In millions, except per share amounts)</p>" + table)
    return extract(parse_filing(f"<html><body>{body}</body></html>", tmp_path / "acme-ex99.htm"))


def test_a_footnote_breakdown_below_the_income_statement_is_no_part_of_it(tmp_path: Path) -> None:
    """Class: a footnote's breakdown set in the statement's own table below its last line ("(1)
    Includes stock-based compensation expense as follows:" over the expense lines it allocates): its
    figures are not the statement's lines, nor facts of their concepts."""
    rows = [*INCOME_ROWS[:3],
            ("Research and development (1)", "575", "398"),
            ("Selling, general and administrative (1)", "1,125", "1,202"),
            ("Operating income", "300", "0"), ("Provision for income taxes", "100", "0"),
            ("Net income", "200", "0"), ("Earnings per share:", "", ""),
            ("Basic", "$ 2.00", "$ 0.00"), ("Diluted", "$ 1.90", "$ 0.00"),
            ("(1) Includes stock-based compensation expense as follows:", "", ""),
            ("Cost of sales", "52", "37"), ("Research and development", "113", "74"),
            ("Selling, general and administrative", "134", "94")]
    ex = _release(tmp_path, grid(["Three Months Ended December 25, 2010", "Three Months Ended December 26, 2009"],
                                 rows))
    st = next(st for st in ex.statements if st.code == "is")
    values = {f.value for f in st.facts}
    assert Decimal(575_000_000) in values and Decimal(200_000_000) in values
    assert not values & {Decimal(52_000_000), Decimal(113_000_000), Decimal(134_000_000)}
    assert [ln.row.label for ln in st.lines][-1] == "Diluted"
    assert any("footnote's breakdown" in w for w in ex.warnings)


def test_a_closing_footnote_line_is_not_a_block(tmp_path: Path) -> None:
    """"(1) Derived from audited financial statements." as the table's last row closes nothing."""
    rows = [*INCOME_ROWS, ("(1) Derived from audited financial statements.", "", "")]
    ex = _release(tmp_path, grid(["Year Ended December 31, 2023", "Year Ended December 31, 2022"], rows))
    st = next(st for st in ex.statements if st.code == "is")
    assert [ln.row.label for ln in st.lines][-1] == "Net income"
    assert not any("footnote's breakdown" in w for w in ex.warnings)


def _spacer(cols: int) -> str:
    """A row that only draws the rule over the next figures, as a block inside its cells."""
    rule = "<td><p style='border-top:1px solid #000000'>&nbsp;</p></td>"
    return f"<tr style='font-size:1px'><td></td>{rule * cols}</tr>"


def test_a_rule_drawn_by_a_block_in_a_spacer_row_makes_the_next_line_a_subtotal(tmp_path: Path) -> None:
    """Class: subtotals whose labels say nothing of a total ("Software Revenues" over its lines), ruled
    off by a spacer row whose cells hold a bordered paragraph: the printed sums are read, so the
    statement's total revenues add up (no "printed as a total but no run ... adds up" warning)."""
    def row(label: str, a: str, b: str) -> str:
        return f"<tr><td>{label}</td><td>{a}</td><td>{b}</td></tr>"
    table = ("<table><tr><td></td><td>Three Months Ended May 31, 2014</td><td>Three Months Ended May 31, 2013</td></tr>"
             + row("REVENUES", "", "")
             + row("New software licenses", "3,769", "3,500") + row("Cloud services", "322", "257")
             + _spacer(2) + row("Software Revenues", "4,091", "3,757")
             + row("Hardware products", "870", "849") + row("Hardware support", "596", "582")
             + _spacer(2) + row("Hardware Revenues", "1,466", "1,431")
             + row("Services Revenues", "940", "975")
             + _spacer(2) + row("Total Revenues", "6,497", "6,163")
             + row("OPERATING EXPENSES", "", "")
             + row("Sales and marketing", "2,241", "2,125") + row("Research and development", "1,349", "1,264")
             + _spacer(2) + row("Total Operating Expenses", "3,590", "3,389")
             + row("OPERATING INCOME", "2,907", "2,774") + row("Provision for income taxes", "907", "774")
             + row("NET INCOME", "2,000", "2,000") + "</table>")
    ex = _release(tmp_path, table)
    st = next(st for st in ex.statements if st.code == "is")
    label = {ln.row.index: ln.row.label for ln in st.lines}
    totals = {label[s.total]: sorted(label[i] for i, _ in s.parts) for s in st.sums}
    assert totals["Software Revenues"] == ["Cloud services", "New software licenses"]
    assert totals["Hardware Revenues"] == ["Hardware products", "Hardware support"]
    assert totals["Total Revenues"] == ["Hardware Revenues", "Services Revenues", "Software Revenues"]


def test_an_extension_line_adds_into_its_total_with_the_totals_balance(tmp_path: Path) -> None:
    """Class: a line no us-gaap concept fits (an extension) inside a printed total took the balance
    of its closest us-gaap concept, which may be of another kind (a revenue concept for a line among
    operating expenses, an expense concept for a line among revenues), and its figures were stored
    negated against the total they add up to. Each is stored as printed, its balance the total's."""
    def row(label: str, a: str, b: str) -> str:
        return f"<tr><td>{label}</td><td>{a}</td><td>{b}</td></tr>"
    table = ("<table><tr><td></td><td>Three Months Ended May 31, 2014</td><td>Three Months Ended May 31, 2013</td></tr>"
             + row("REVENUES", "", "")
             + row("Quuxware subscription and platform-as-a-service", "322", "257")
             + row("Frobnitz hosting-as-a-service", "128", "113")
             + row("Total Revenues", "450", "370")
             + row("OPERATING EXPENSES", "", "")
             + row("Quuxware subscription and platform-as-a-service", "137", "101")
             + row("Frobnitz hosting-as-a-service", "84", "76")
             + row("Research and development", "100", "90")
             + row("Total Operating Expenses", "321", "267")
             + row("OPERATING INCOME", "129", "103") + row("Provision for income taxes", "29", "3")
             + row("NET INCOME", "100", "100") + "</table>")
    ex = _release(tmp_path, table)
    st = next(st for st in ex.statements if st.code == "is")
    extensions = [ln for ln in st.lines if not ln.choice.concept]
    assert extensions
    label = {ln.row.index: ln.row.label for ln in st.lines}
    for ln in extensions:
        total = next(s.total for s in st.sums if any(i == ln.row.index for i, _ in s.parts))
        side = "credit" if label[total] == "Total Revenues" else "debit"
        assert ln.balance == side, (ln.row.label, ln.balance)
        assert all(f.value > 0 for f in st.facts if f.label == ln.display_label), ln.row.label


def test_quarter_and_fiscal_year_abbreviations_head_their_columns(tmp_path: Path) -> None:
    """Class: an earnings release's columns headed "Q4 2024 | Q4 2023 | FY 2024 | FY 2023", "Q4 FY24
    | FY24" or "4Q24 | FY24": "FY" is a year and a two-digit year after it (or after a quarter) is the year 2024. The
    year columns were read as quarters (then as entity columns sharing the quarters' periods, and
    none was exported), or no column had a date at all."""
    rows = [(label, a, b, a4, b4) for (label, a, b), a4, b4 in zip(
        INCOME_ROWS, ["19,000", "11,000", "8,000", "5,000", "3,000", "1,000", "2,000"],
        ["16,000", "9,600", "6,400", "4,000", "2,400", "800", "1,600"], strict=True)]
    lead = ("<p>SPRINGFIELD, February 5, 2025 -- Acme Corp today reported results for the fourth quarter "
            "and full year ended December 31, 2024, with higher sales in every region and a conference "
            "call for investors and analysts this morning.</p>")
    for headers in (["Q4 2024", "Q4 2023", "FY 2024", "FY 2023"], ["Q4 FY24", "Q4 FY23", "FY24", "FY23"],
                    ["Q4'24", "Q4'23", "FY '24", "FY '23"], ["4Q24", "4Q23", "FY24", "FY23"]):
        body = lead + ("<p>CONSOLIDATED STATEMENTS OF INCOME</p><p>(In millions)</p>" + grid(headers, rows))
        ex = extract(parse_filing(f"<html><body>{body}</body></html>", tmp_path / "acme-ex99.htm"))
        st = next(st for st in ex.statements if st.code == "is")
        net = {f.period.key(): f.value for f in st.facts if f.label == "Net income"}
        assert net == {"2024-10-01/2024-12-31": Decimal(500_000_000), "2023-10-01/2023-12-31": Decimal(400_000_000),
                       "2024-01-01/2024-12-31": Decimal(2_000_000_000),
                       "2023-01-01/2023-12-31": Decimal(1_600_000_000)}, headers


def test_a_dollar_sign_inside_the_scale_caption(tmp_path: Path) -> None:
    """Class: the scale written "(in $ millions)" or "($MM)": the values are millions, not units."""
    for caption in ("(in $ millions, except per share data)", "($MM, except per share)"):
        body = (f"<p>CONSOLIDATED STATEMENTS OF INCOME</p><p>{caption}</p>"
                + grid(["Year Ended December 31, 2024", "Year Ended December 31, 2023"], INCOME_ROWS))
        ex = extract(parse_filing(f"<html><body>{body}</body></html>", tmp_path / "acme-ex99.htm"))
        st = next(st for st in ex.statements if st.code == "is")
        net = {f.period.key(): f.value for f in st.facts if f.label == "Net income"}
        assert net["2024-01-01/2024-12-31"] == Decimal(500_000_000), caption


def test_the_dates_of_a_sentence_above_the_table_are_not_its_columns(tmp_path: Path) -> None:
    """Class: a release's opening sentence right above a table whose columns print only years
    ("Year End 2024 | Year End 2023") names the release date and the period end: they are not the two
    columns' dates by position (which reads the 2024 column as the release date, 2025-02-05)."""
    lead = ("<p>SPRINGFIELD, February 5, 2025 -- Acme Corp today reported results for the fourth quarter "
            "and full year ended December 31, 2024, with higher sales in every region and a conference "
            "call for investors and analysts this morning.</p>")
    rows = [("Cash", "1,000", "900"), ("Other assets", "3,000", "3,100"), ("Total assets", "4,000", "4,000"),
            ("Accounts payable", "600", "700"), ("Stockholders' equity", "3,400", "3,300"),
            ("Total liabilities and stockholders' equity", "4,000", "4,000")]
    body = lead + "<p>CONSOLIDATED BALANCE SHEETS</p>" + grid(["Year End 2024", "Year End 2023"], rows)
    ex = extract(parse_filing(f"<html><body>{body}</body></html>", tmp_path / "acme-ex99.htm"))
    st = next(st for st in ex.statements if st.code == "bs")
    assert [p.key() if p else None for p in st.periods] == ["2024-12-31", "2023-12-31"]


def test_except_per_share_and_share_amounts_leaves_share_counts_unscaled(tmp_path: Path) -> None:
    """Class: "(in thousands, except per share and share amounts)" (the exceptions in this order) and
    "(in US$ thousands)": the share counts are as printed, the money in thousands. The share counts
    were scaled and only the EPS check undid it (with a warning); "US$" was no scale at all."""
    rows = [*INCOME_ROWS, ("Weighted average shares - basic", "1,000,000", "1,000,000")]
    for caption in ("(in thousands, except per share and share amounts)", "(in US$ thousands, except share data)"):
        body = (f"<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>{caption}</p>"
                + grid(["Year Ended December 31, 2024", "Year Ended December 31, 2023"], rows))
        ex = extract(parse_filing(f"<html><body>{body}</body></html>", tmp_path / "acme-ex99.htm"))
        st = next(st for st in ex.statements if st.code == "is")
        values = {f.label: f.value for f in st.facts if f.period.key() == "2024-01-01/2024-12-31"}
        assert values["Net income"] == Decimal(500_000), caption
        assert values["Weighted average shares - basic"] == Decimal(1_000_000), caption
        assert st.scale.shares == 0, caption


def test_year_to_date_columns_run_from_the_fiscal_year_start(tmp_path: Path) -> None:
    """Class: a release's "Third Quarter | Year-to-Date" or "Q3 2024 | YTD 2024" columns: a
    year-to-date column runs from the start of the fiscal year (nine months at September 30), not
    twelve months ("year"), nor a quarter taken from the title (then entity columns sharing the
    quarters' periods, and none was exported)."""
    rows = [(label, a, b, str(int(a.replace(",", "")) * 3), str(int(b.replace(",", "")) * 3))
            for label, a, b in INCOME_ROWS]
    lead = ("<p>SPRINGFIELD, October 25, 2024 -- Acme Corp today reported results for the third quarter ended "
            "September 30, 2024, with higher sales in every region and a conference call for investors.</p>")
    heads = (["Third Quarter 2024", "Third Quarter 2023", "Year-to-Date 2024", "Year-to-Date 2023"],
             ["Q3 2024", "Q3 2023", "YTD 2024", "YTD 2023"])
    for headers in heads:
        body = lead + "<p>CONDENSED CONSOLIDATED STATEMENTS OF INCOME</p><p>(In thousands)</p>" + grid(headers, rows)
        ex = extract(parse_filing(f"<html><body>{body}</body></html>", tmp_path / "acme-ex99.htm"))
        st = next(st for st in ex.statements if st.code == "is")
        assert [p.key() if p else None for p in st.periods] == [
            "2024-07-01/2024-09-30", "2023-07-01/2023-09-30", "2024-01-01/2024-09-30", "2023-01-01/2023-09-30"], headers


def test_halves_and_month_counts_written_short_head_their_columns(tmp_path: Path) -> None:
    """Class: "2Q24 | 2Q23 | H1 2024 | H1 2023" and "... | 1H24 | 6M24": a half (or "6M") is six months,
    a quarter named number first is the quarter; these columns had no date."""
    rows = [(label, a, b, str(int(a.replace(",", "")) * 2), str(int(b.replace(",", "")) * 2))
            for label, a, b in INCOME_ROWS]
    lead = ("<p>SPRINGFIELD, July 25, 2024 -- Acme Corp today reported results for the second quarter ended "
            "June 30, 2024, with higher sales in every region and a conference call for investors.</p>")
    for headers in (["2Q24", "2Q23", "H1 2024", "H1 2023"], ["2Q24", "2Q23", "1H24", "1H23"],
                    ["2Q 2024", "2Q 2023", "6M24", "6M23"]):
        body = lead + "<p>CONDENSED CONSOLIDATED STATEMENTS OF INCOME</p><p>(In thousands)</p>" + grid(headers, rows)
        ex = extract(parse_filing(f"<html><body>{body}</body></html>", tmp_path / "acme-ex99.htm"))
        st = next(st for st in ex.statements if st.code == "is")
        assert [p.key() if p else None for p in st.periods] == [
            "2024-04-01/2024-06-30", "2023-04-01/2023-06-30", "2024-01-01/2024-06-30", "2023-01-01/2023-06-30"], headers


def test_an_html_table_with_a_caption_is_html(tmp_path: Path) -> None:
    """Class: a statement table titled by its own ``<caption>``: the whole document was read as EDGAR
    plain text (whose tables have ``<CAPTION>`` blocks), so no statement was found at all."""
    from exporter.read.documents import guess_kind

    table = grid(["Year Ended December 31, 2024", "Year Ended December 31, 2023"], INCOME_ROWS).replace(
        "<table>", "<table><caption>CONSOLIDATED STATEMENTS OF INCOME (in millions)</caption>", 1)
    html = f"<html><body>{table}</body></html>"
    assert guess_kind(html) == "html"
    assert guess_kind("<TABLE>\n<CAPTION>\n                     1997     1996\n<S>   <C>     <C>\n") == "text"
    ex = extract(parse_filing(html, tmp_path / "acme-ex99.htm"))
    st = next(st for st in ex.statements if st.code == "is")
    net = {f.period.key(): f.value for f in st.facts if f.label == "Net income"}
    assert net["2024-01-01/2024-12-31"] == Decimal(500_000_000)
