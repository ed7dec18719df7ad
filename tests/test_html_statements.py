"""Finding, dating and scaling statements in HTML documents: one synthetic snippet per layout class."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from exporter.read.documents import parse_filing
from exporter.understand.extract import extract
from exporter.understand.extraction import Extraction
from exporter.understand.periods import cover_period_end

INCOME_ROWS = [
    ("Net sales", "5,000", "4,000"),
    ("Cost of sales", "3,000", "2,400"),
    ("Gross profit", "2,000", "1,600"),
    ("Operating expenses", "1,300", "1,000"),
    ("Income before income taxes", "700", "600"),
    ("Provision for income taxes", "200", "200"),
    ("Net income", "500", "400"),
]


def grid(headers: list[str], rows: list[tuple[str, ...]], heading: str = "") -> str:
    top = f"<tr><td></td><td colspan='{len(headers)}'>{heading}</td></tr>" if heading else ""
    head = "<tr><td></td>" + "".join(f"<td>{h}</td>" for h in headers) + "</tr>"
    body = "".join("<tr><td>" + "</td><td>".join(r) + "</td></tr>" for r in rows)
    return f"<table>{top}{head}{body}</table>"


def _extract(tmp_path: Path, body: str) -> Extraction:
    return extract(parse_filing(f"<html><body>{body}</body></html>", tmp_path / "acme.htm"))


def _values(ex: Extraction, code: str, label: str) -> dict[str, Decimal]:
    st = next(st for st in ex.statements if st.code == code)
    return {f.period.key(): f.value for f in st.facts if f.label == label}


def test_cover_period_end_reads_through_tags() -> None:
    text = ("<p>FORM 10-K</p><p>For the fiscal year ended</p><p><span>December&nbsp;31,</span> "
            "<span>2023</span></p>")
    assert cover_period_end(text) == date(2023, 12, 31)
    assert cover_period_end("<p>For the quarterly period ended June 30, 2024</p>") == date(2024, 6, 30)
    assert cover_period_end("<p>no period here</p>") is None


def test_year_only_columns_take_the_day_the_cover_reports(tmp_path: Path) -> None:
    """Columns headed "2023 | 2022" under a title that prints no date (class: year-only headers)."""
    body = ("<p>ANNUAL REPORT PURSUANT TO SECTION 13 For the fiscal year ended September 30, 2023</p>"
            "<p>CONSOLIDATED STATEMENT OF OPERATIONS</p><p>(dollars in millions)</p>"
            + grid(["2023", "2022"], INCOME_ROWS))
    ex = _extract(tmp_path, body)
    assert _values(ex, "is", "Net income") == {
        "2022-10-01/2023-09-30": Decimal(500_000_000), "2021-10-01/2022-09-30": Decimal(400_000_000)}


def test_a_titled_statement_does_not_continue_the_untitled_table_before_it(tmp_path: Path) -> None:
    """A non-GAAP reconciliation with the same year columns right before the statement."""
    ebitda = grid(["2024", "2023"], [("Operating income", "1,700", "1,600"), ("Add: depreciation", "300", "200"),
                                     ("EBITDA", "2,000", "1,800"), ("Net sales", "5,000", "4,000"),
                                     ("Net income", "500", "400")], "Year Ended December 31,")
    body = ("<p>EBITDA is a measure we find useful.</p>" + ebitda
            + "<p>CONSOLIDATED STATEMENTS OF INCOME</p><p>(In thousands)</p>"
            + grid(["2024", "2023"], INCOME_ROWS, "Year Ended December 31,"))
    ex = _extract(tmp_path, body)
    income = [st for st in ex.statements if st.code == "is"]
    assert len(income) == 1
    labels = [r.label for r in income[0].table.rows]
    assert labels[0] == "Net sales" and "EBITDA" not in labels


def test_scale_in_a_running_head_laid_out_as_a_table(tmp_path: Path) -> None:
    """The page head "ACME Inc. / Dollars in millions except per share amounts" is a small table."""
    body = ("<table><tr><td>ACME Inc.</td></tr><tr><td>Dollars in millions except per share amounts</td></tr>"
            "</table><p>ITEM 8. FINANCIAL STATEMENTS</p><p>Consolidated Statements of Income</p>"
            + grid(["2024", "2023"], INCOME_ROWS, "Year Ended December 31,"))
    ex = _extract(tmp_path, body)
    assert _values(ex, "is", "Net income")["2024-01-01/2024-12-31"] == Decimal(500_000_000)


def test_title_block_laid_out_as_a_table(tmp_path: Path) -> None:
    body = ("<table><tr><td>ITEM 8. FINANCIAL STATEMENTS</td></tr><tr><td>ACME CORP.</td></tr>"
            "<tr><td>CONSOLIDATED STATEMENTS OF INCOME</td></tr><tr><td>(In thousands)</td></tr></table>"
            + grid(["2024", "2023"], INCOME_ROWS, "Year Ended December 31,"))
    ex = _extract(tmp_path, body)
    st = next(st for st in ex.statements if st.code == "is")
    assert st.reason.startswith("title says") and st.scale.money == 3


def test_an_index_of_statements_is_not_a_title(tmp_path: Path) -> None:
    """A small index table ("Consolidated Statements of Cash Flows | 28") right above a statement
    names the statements of its pages, not of the table below it."""
    index = ("<table><tr><td>Consolidated Balance Sheets</td><td>24</td></tr>"
             "<tr><td>Consolidated Statements of Cash Flows</td><td>28</td></tr></table>")
    body = index + "<p>CONSOLIDATED STATEMENTS OF INCOME</p><p>(In thousands)</p>" + grid(
        ["2024", "2023"], INCOME_ROWS, "Year Ended December 31,")
    ex = _extract(tmp_path, body)
    assert [st.code for st in ex.statements] == ["is"]


def test_heading_from_the_label_column_over_the_first_year(tmp_path: Path) -> None:
    """ "In millions | December 31, 2023 | 2022": the date cell starts in the label column and
    reaches over the first value column only; the second column is the prior year end."""
    rows = [("Cash and cash equivalents", "100", "90"), ("Accounts receivable", "50", "40"),
            ("Total current assets", "150", "130"), ("Total assets", "150", "130"),
            ("Accounts payable", "60", "50"), ("Total liabilities", "60", "50"),
            ("Retained earnings", "90", "80"), ("Total liabilities and shareholders' equity", "150", "130")]
    head = ("<tr><td colspan='2'>In millions</td><td colspan='3'>December 31, 2023</td><td></td>"
            "<td colspan='2'>2022</td></tr>")
    body = "".join(f"<tr><td colspan='3'>{a}</td><td></td><td>{b}</td><td></td><td></td><td>{c}</td></tr>"
                   for a, b, c in rows)
    ex = _extract(tmp_path, f"<p>CONSOLIDATED BALANCE SHEET</p><table>{head}{body}</table>")
    assert _values(ex, "bs", "Cash and cash equivalents") == {
        "2023-12-31": Decimal(100_000_000), "2022-12-31": Decimal(90_000_000)}


def test_dollar_thousands_phrase_with_a_typographic_apostrophe(tmp_path: Path) -> None:
    from exporter.understand.scale import detect_scale

    scale = detect_scale("($000\u2019s except for share and per share information)")
    assert (scale.money, scale.shares, scale.per_share) == (3, 0, 0)
    assert detect_scale("($000's)").money == 3


def test_statement_of_income_and_comprehensive_income_is_the_income_statement(tmp_path: Path) -> None:
    body = ("<p>CONSOLIDATED STATEMENTS OF INCOME (LOSS) AND COMPREHENSIVE INCOME (LOSS)</p><p>(In thousands)</p>"
            + grid(["2024", "2023"], [*INCOME_ROWS, ("Foreign currency translation", "10", "5"),
                                       ("Comprehensive income", "510", "405")], "Year Ended December 31,"))
    ex = _extract(tmp_path, body)
    assert [st.code for st in ex.statements] == ["is"]


def test_percent_of_sales_columns_are_not_periods(tmp_path: Path) -> None:
    """ "Amount | % Sales" per year: the ratio columns give no amounts."""
    rows = [(label, a, str(round(int(a.replace(",", "")) / 50, 2)), b, str(round(int(b.replace(",", "")) / 40, 2)))
            for label, a, b in INCOME_ROWS]
    heads = ["Year Ended December 31, 2024 Amount", "Year Ended December 31, 2024 % Sales",
             "Year Ended December 31, 2023 Amount", "Year Ended December 31, 2023 % Sales"]
    ex = _extract(tmp_path, "<p>CONSOLIDATED STATEMENTS OF EARNINGS</p><p>(In millions)</p>" + grid(heads, rows))
    assert _values(ex, "is", "Net income") == {
        "2024-01-01/2024-12-31": Decimal(500_000_000), "2023-01-01/2023-12-31": Decimal(400_000_000)}


def test_a_column_headed_by_both_its_dates(tmp_path: Path) -> None:
    """ "From June 6, 2023 (Inception) to August 31, 2023": the period starts at inception."""
    heads = ["For the year ended August 31, 2024", "From June 6, 2023 (Inception) to August 31, 2023"]
    ex = _extract(tmp_path, "<p>STATEMENTS OF OPERATIONS</p>" + grid(heads, INCOME_ROWS))
    assert set(_values(ex, "is", "Net income")) == {"2023-09-01/2024-08-31", "2023-06-06/2023-08-31"}


def test_a_period_heading_in_a_short_header_row_reaches_every_year_column(tmp_path: Path) -> None:
    """Class: a header row with fewer cells than the year row below it, its last cell the period
    heading ('Three Months Ended July 31,' spanning only the first year's grid columns): the
    heading belongs to the year columns past the row's end too, so 2022 is a quarter, not a year."""
    body = ("<p>CONDENSED STATEMENTS OF CONSOLIDATED INCOME</p>"
            "<table><tr><td colspan='3'></td><td colspan='6'>Three Months Ended July 31,</td></tr>"
            "<tr><td colspan='3'>Dollars in millions</td><td colspan='3'>2023</td><td colspan='3'></td>"
            "<td colspan='3'>2022</td></tr>"
            + "".join(f"<tr><td colspan='3'>{a}</td><td colspan='3'>{b}</td><td colspan='3'></td>"
                      f"<td colspan='3'>{c}</td></tr>" for a, b, c in INCOME_ROWS)
            + "</table>")
    ex = _extract(tmp_path, body)
    assert _values(ex, "is", "Net income") == {
        "2023-05-01/2023-07-31": Decimal(500_000_000), "2022-05-01/2022-07-31": Decimal(400_000_000)}


def test_a_loss_printed_as_the_negated_expenses_keeps_the_expenses_positive(tmp_path: Path) -> None:
    """Class: a company without revenues prints "Loss from operations" as the negated total of
    its expenses, then a one-line other-expense section. The expense total and its negation
    cancel, so they are no parts of one sum: the expenses stay positive, the losses negative."""
    rows = [("OPERATING EXPENSES", "", ""), ("Research and development", "$210,500", "$1,380,000"),
            ("General and administrative", "740,250", "620,100"),
            ("Total operating expenses", "950,750", "2,000,100"),
            ("Loss from operations", "(950,750)", "(2,000,100)"),
            ("Interest expense", "(2,250)", "(3,100)"),
            ("Total other expense, net", "(2,250)", "(3,100)"),
            ("NET LOSS", "(953,000)", "(2,003,200)")]
    heads = ["For the Three Months Ended October 31, 2024", "For the Three Months Ended October 31, 2023"]
    ex = _extract(tmp_path, "<p>Condensed Statements of Operations</p>" + grid(heads, rows))
    q24, q23 = "2024-08-01/2024-10-31", "2023-08-01/2023-10-31"
    assert _values(ex, "is", "Research and development") == {q24: Decimal(210_500), q23: Decimal(1_380_000)}
    assert _values(ex, "is", "Total operating expenses") == {q24: Decimal(950_750), q23: Decimal(2_000_100)}
    assert _values(ex, "is", "Loss from operations") == {q24: Decimal(-950_750), q23: Decimal(-2_000_100)}
    assert _values(ex, "is", "NET LOSS") == {q24: Decimal(-953_000), q23: Decimal(-2_003_200)}


SHARE_OF_SALES_ROWS = [("Net sales", "$5,000", "100.00 %", "$4,000", "100.00 %"),
                       ("Cost of sales", "3,317", "66.34", "2,671", "66.78"),
                       ("Gross margin", "1,683", "33.66", "1,329", "33.22"),
                       ("Selling, general and administrative", "983", "19.66", "829", "20.72"),
                       ("Pre-tax earnings", "700", "14.00", "500", "12.50"),
                       ("Income tax provision", "200", "4.00", "100", "2.50"),
                       ("Net earnings", "$500", "10.00 %", "$400", "10.00 %")]
SHARE_OF_SALES_HEADS = ["Three Months Ended August 4, 2023 Amount", "Three Months Ended August 4, 2023 % Sales",
                        "Three Months Ended July 29, 2022 Amount", "Three Months Ended July 29, 2022 % Sales"]
"""A retailer's "Amount | % Sales" income statement (class: ratio columns beside the amounts)."""


def test_percent_of_sales_columns_are_exported_as_ratios_of_the_amount_period(tmp_path: Path) -> None:
    """Class: "Amount | % Sales" per period. A ratio column reports the line as a share of sales for
    the period of the amount column beside it: a pure fact (66.34 % is 0.6634), never an amount."""
    rows, heads = SHARE_OF_SALES_ROWS, SHARE_OF_SALES_HEADS
    ex = _extract(tmp_path, "<p>CONSOLIDATED STATEMENTS OF EARNINGS</p><p>(In millions)</p>" + grid(heads, rows))
    st = next(st for st in ex.statements if st.code == "is")
    ratios = {(f.label.split(",")[0], f.period.key()): f.value for f in st.facts if f.unit == "pure"}
    q23, q22 = "2023-05-06/2023-08-04", "2022-04-30/2022-07-29"
    assert ratios[("Cost of sales", q23)] == Decimal("0.6634")
    assert ratios[("Cost of sales", q22)] == Decimal("0.6678")
    assert ratios[("Net earnings", q23)] == Decimal("0.1")
    assert len(ratios) == 14
    assert {f.value for f in st.facts if f.label == "Cost of sales" and f.period.key() == q23} == {
        Decimal(3_317_000_000)}
    money = {f.concept for f in st.facts if f.unit != "pure"}
    assert not money & {f.concept for f in st.facts if f.unit == "pure"}


def test_an_earnings_releases_share_of_revenues_columns_are_left_out(tmp_path: Path) -> None:
    """Class: an earnings release (an 8-K's Exhibit 99) printing "% of Revenues" beside its amounts.
    No one tags a release's derived ratios, so they are no facts there (said in the warnings); the
    same statement in a 10-K keeps them, as its filers tag every number of the face statements."""
    from exporter.pipeline import read_model

    table = "<p>CONSOLIDATED STATEMENTS OF EARNINGS</p><p>(In millions)</p>" + grid(
        SHARE_OF_SALES_HEADS, SHARE_OF_SALES_ROWS)
    release, annual = tmp_path / "release.htm", tmp_path / "annual.htm"
    release.write_text(f"<html><body><p>Exhibit 99.1</p><p>Acme reports results</p>{table}</body></html>")
    annual.write_text(f"<html><body><p>FORM 10-K</p><p>Acme Corporation</p>{table}</body></html>")
    model, warnings = read_model(release)
    assert not model.cover.document_type.startswith("10-")
    assert not [f for f in model.facts if f.unit == "pure"]
    assert {f.value for f in model.facts if f.label == "Cost of sales"} == {Decimal(3_317_000_000),
                                                                           Decimal(2_671_000_000)}
    said = [w for w in warnings if "share of sales" in w]
    assert len(said) == 2 and all("not exported" in w for w in said)
    assert not any(st.ratio_lines for st in model.statements)
    model, warnings = read_model(annual)
    assert model.cover.document_type == "10-K"
    assert len([f for f in model.facts if f.unit == "pure"]) == 14
    assert all("exported as ratios" in w for w in warnings if "share of sales" in w)

def test_a_titled_excerpt_does_not_veto_the_statement_that_holds_the_figures(tmp_path: Path) -> None:
    """Class: a page header or index names the statement over a three-line highlights table, while
    the statement itself sits under a company line only. Statement finding is one scored decision:
    the full table wins on its rows, totals and dated columns, and the report says why each lost."""
    heads = ["2024", "2023"]
    highlights = grid(heads, [("Net sales", "5,000", "4,000"), ("Net income", "500", "400"),
                              ("Net income per share", "1.25", "1.00")], "Year Ended December 31,")
    statement = grid(heads, INCOME_ROWS, "Year Ended December 31,")
    stores = grid(heads, [("Stores open", "120", "110"), ("Stores opened", "12", "9"), ("Stores closed", "2", "1")])
    body = ("<p>CONSOLIDATED STATEMENTS OF INCOME</p><p>(In thousands)</p>" + highlights + "<p>Our stores</p>"
            + stores + "<p>ACME CORPORATION</p><p>(In thousands)</p>" + statement)
    ex = _extract(tmp_path, body)
    st = next(st for st in ex.statements if st.code == "is")
    assert len(st.table.value_rows()) == len(INCOME_ROWS)
    assert "score" in st.reason and "the best of 2 is tables" in st.reason
    assert any("lost to" in why and "score" in why for _, why in ex.skipped)
    assert _values(ex, "is", "Gross profit") == {"2024-01-01/2024-12-31": Decimal(2_000_000),
                                                 "2023-01-01/2023-12-31": Decimal(1_600_000)}



def test_share_amounts_reflected_in_thousands_are_thousands() -> None:
    """Class: "(In millions, except share amounts which are reflected in thousands, and per share
    amounts)": money in millions, share counts in thousands, per-share amounts as printed."""
    from exporter.understand.scale import detect_scale

    scale = detect_scale("(In millions, except share amounts which are reflected in thousands, and per share amounts)")
    assert (scale.money, scale.shares, scale.per_share) == (6, 3, 0)


def test_a_scale_in_the_heading_over_share_counts_scales_them(tmp_path: Path) -> None:
    """Class: the statement is in millions, but the heading over the share counts says its own
    scale ("Weighted Average Number of Shares Outstanding (000s)" over "- Basic | - Diluted")."""
    rows = [*INCOME_ROWS, ("Weighted Average Number of Shares Outstanding (000s)", "", ""),
            ("- Basic", "1,867,165", "1,947,703"), ("- Diluted", "1,875,508", "1,957,109")]
    heads = ["Year Ended December 31, 2024", "Year Ended December 31, 2023"]
    ex = _extract(tmp_path, "<p>CONSOLIDATED STATEMENT OF INCOME</p>"
                            "<p>(Millions of dollars, except per-share amounts)</p>" + grid(heads, rows))
    assert _values(ex, "is", "- Basic") == {"2024-01-01/2024-12-31": Decimal(1_867_165_000),
                                            "2023-01-01/2023-12-31": Decimal(1_947_703_000)}
    assert _values(ex, "is", "Net income")["2024-01-01/2024-12-31"] == Decimal(500_000_000)


def test_a_restatement_table_of_one_date_does_not_outscore_the_balance_sheet(tmp_path: Path) -> None:
    """Class: a restatement note reprints the balance sheet as "As Previously Reported | Adjustment |
    As Restated", three columns of one date. Statement finding counts periods, not columns, so the
    balance sheet of two dates stays the statement."""
    rows = [("Cash and cash equivalents", "1,000", "900"), ("Accounts receivable", "500", "400"),
            ("Total current assets", "1,500", "1,300"), ("Property and equipment, net", "2,500", "2,200"),
            ("Total assets", "4,000", "3,500"), ("Accounts payable", "600", "500"),
            ("Total liabilities", "600", "500"), ("Retained earnings", "3,400", "3,000"),
            ("Total stockholders' equity", "3,400", "3,000"),
            ("Total liabilities and stockholders' equity", "4,000", "3,500")]
    sheet = grid(["June 30, 2023", "December 31, 2022"], rows)
    restated = grid(["As Previously Reported December 31, 2022", "Adjustment December 31, 2022",
                     "As Restated December 31, 2022"],
                    [(label, b, "0", b) for label, _, b in rows])
    body = ("<p>CONDENSED CONSOLIDATED BALANCE SHEETS</p><p>(In thousands)</p>" + sheet
            + "<p>Note 2. Restatement</p><p>CONDENSED CONSOLIDATED BALANCE SHEET</p>" + restated)
    ex = _extract(tmp_path, body)
    bs = [st for st in ex.statements if st.code == "bs"]
    assert len(bs) == 1 and bs[0].table.headers[0] == "June 30, 2023"
    assert _values(ex, "bs", "Total assets") == {"2023-06-30": Decimal(4_000_000), "2022-12-31": Decimal(3_500_000)}


NINE_MONTH_ROWS = [
    ("Net sales", "15,000", "12,000"),
    ("Cost of sales", "9,000", "7,200"),
    ("Gross profit", "6,000", "4,800"),
    ("Operating expenses", "3,900", "3,000"),
    ("Income before income taxes", "2,100", "1,800"),
    ("Provision for income taxes", "600", "600"),
    ("Net income", "1,500", "1,200"),
]


def _stub_heading_table(heading: str, rows: list[tuple[str, str, str]]) -> str:
    """The period heading printed in the label column of the year row:
    "Three Months Ended September 30 (Millions) | 2023 | 2022"."""
    head = f"<tr><td colspan='3'>{heading} (Millions)</td><td colspan='3'>2023</td><td colspan='3'>2022</td></tr>"
    body = "".join(f"<tr><td colspan='3'>{a}</td><td colspan='3'>{b}</td><td colspan='3'>{c}</td></tr>"
                   for a, b, c in rows)
    return f"<table>{head}{body}</table>"


def test_a_quarter_and_its_year_to_date_printed_as_two_statements(tmp_path: Path) -> None:
    """Class: a 10-Q printing its income statement twice under the same title, once for the three
    months and once (on the next page) for the nine months, both ending on the same day. The second
    table is not the first one continued: same end dates, other lengths. Variants: the period
    heading in the label column of the year row, and in a row of its own over the years."""
    title = "<p>ACME CORP.</p><p>CONSOLIDATED STATEMENTS OF INCOME</p><p>(Unaudited, in millions)</p>"
    variants = [
        _stub_heading_table("Three Months Ended September 30", INCOME_ROWS)
        + title + _stub_heading_table("Nine Months Ended September 30", NINE_MONTH_ROWS),
        grid(["2023", "2022"], INCOME_ROWS, "Three Months Ended September 30,")
        + title + grid(["2023", "2022"], NINE_MONTH_ROWS, "Nine Months Ended September 30,"),
    ]
    for tables in variants:
        ex = _extract(tmp_path, "<p>For the quarterly period ended September 30, 2023</p>" + title + tables)
        values: dict[str, Decimal] = {}
        for st in ex.statements:
            values.update({f.period.key(): f.value for f in st.facts if f.label == "Net income"})
        assert values == {
            "2023-07-01/2023-09-30": Decimal(500_000_000), "2022-07-01/2022-09-30": Decimal(400_000_000),
            "2023-01-01/2023-09-30": Decimal(1_500_000_000), "2022-01-01/2022-09-30": Decimal(1_200_000_000)}


def test_three_and_nine_month_column_groups_in_one_table(tmp_path: Path) -> None:
    """Class: one table with a "Three Months Ended" and a "Nine Months Ended" group of two year
    columns each; the group headings span their two columns, on a row of their own over the years,
    or each printed over its columns with the second in a row of its own."""
    rows = [(a, b, c, d, e) for (a, b, c), (_, d, e) in zip(INCOME_ROWS, NINE_MONTH_ROWS, strict=True)]
    body = "".join("<tr><td>" + "</td><td>".join(r) + "</td></tr>" for r in rows)
    years = "<tr><td></td><td>2023</td><td>2022</td><td>2023</td><td>2022</td></tr>"
    spans = [
        "<tr><td></td><td colspan='2'>Three Months Ended September 30,</td>"
        "<td colspan='2'>Nine Months Ended September 30,</td></tr>" + years,
        "<tr><td></td><td colspan='2'>Three Months Ended</td><td colspan='2'>Nine Months Ended</td></tr>"
        "<tr><td></td><td colspan='2'>September 30,</td><td colspan='2'>September 30,</td></tr>" + years,
    ]
    for head in spans:
        ex = _extract(tmp_path, "<p>CONSOLIDATED STATEMENTS OF INCOME</p><p>(In thousands)</p>"
                      f"<table>{head}{body}</table>")
        assert _values(ex, "is", "Net income") == {
            "2023-07-01/2023-09-30": Decimal(500_000), "2022-07-01/2022-09-30": Decimal(400_000),
            "2023-01-01/2023-09-30": Decimal(1_500_000), "2022-01-01/2022-09-30": Decimal(1_200_000)}


def test_side_by_side_entity_columns_give_only_the_consolidated_facts(tmp_path: Path) -> None:
    """Class 5 in HTML: parent / subsidiaries / eliminations / consolidated columns under one date
    (a heading cell spanning them, or the date repeated under each name): only the consolidated
    (or total) column is plain facts; the report says why the others are not exported."""
    def tr(cells: list[str]) -> str:
        return "<tr>" + "".join(cells) + "</tr>"

    def td(texts: list[str]) -> list[str]:
        return [f"<td>{t}</td>" for t in texts]

    rows = [("Revenues", "100", "50", "(10)", "140", "90", "40", "(5)", "125"),
            ("Cost of revenues", "60", "30", "(10)", "80", "50", "20", "(5)", "65"),
            ("Net income", "40", "20", "—", "60", "40", "20", "—", "60")]
    title = "<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(in millions)</p>"
    spanning = tr(["<td></td>", "<td colspan='4'>Year Ended December 31, 2024</td>",
                   "<td colspan='4'>Year Ended December 31, 2023</td>"])
    names = tr(["<td></td>", *td(["Parent", "Guarantor Subsidiaries", "Eliminations", "Consolidated"] * 2)])
    body = "".join(tr(td(list(r))) for r in rows)
    ex = _extract(tmp_path, f"{title}<table>{spanning}{names}{body}</table>")
    assert _values(ex, "is", "Revenues") == {"2024-01-01/2024-12-31": Decimal(140_000_000),
                                             "2023-01-01/2023-12-31": Decimal(125_000_000)}
    assert sum("entity columns" in w for w in ex.warnings) == 2
    # the names over the columns, the date repeated under each; 'Total' is the consolidated column
    names = tr(["<td></td>", *td(["Motors", "Motors Credit", "Eliminations", "Total"])])
    dates = tr(["<td></td>", *td(["December 31, 2024"] * 4)])
    body = "".join(tr(td(list(r[:5]))) for r in rows)
    ex = _extract(tmp_path, f"{title}<table>{names}{dates}{body}</table>")
    assert _values(ex, "is", "Net income") == {"2024-01-01/2024-12-31": Decimal(60_000_000)}
    assert {f.column for f in ex.facts if f.statement == "is"} == {3}


def test_a_line_the_repeated_statement_abbreviates_keeps_its_concept(tmp_path: Path) -> None:
    """Class: the quarter's and the year to date's income statements printed as two tables, the
    second shortening a label the first spells out ("G&A" for "General and administrative (G&A)"):
    the same line, so the same concept in both, and the year's expenses add up to their total."""
    def rows(ga: str, k: int) -> list[tuple[str, str, str]]:
        return [("Revenue:", "", ""),
                ("Products", f"{5_797 * k:,}", f"{5_057 * k:,}"), ("Services", f"{4_355 * k:,}", f"{4_132 * k:,}"),
                ("", f"{10_152 * k:,}", f"{9_189 * k:,}"),
                ("Operating costs and expenses:", "", ""),
                ("Products", f"({4_915 * k:,})", f"({4_169 * k:,})"),
                ("Services", f"({3_670 * k:,})", f"({3_428 * k:,})"),
                (ga, f"({605 * k:,})", f"({614 * k:,})"),
                ("", f"({9_190 * k:,})", f"({8_211 * k:,})"),
                ("Operating earnings", f"{962 * k:,}", f"{978 * k:,}"),
                ("Provision for income tax", f"({218 * k:,})", f"({212 * k:,})"),
                ("Net earnings", f"{744 * k:,}", f"{766 * k:,}")]
    title = "<p>CONSOLIDATED STATEMENT OF EARNINGS</p><p>(Dollars in millions)</p>"
    body = ("<p>For the quarterly period ended July 2, 2023</p>" + title
            + grid(["July 2, 2023", "July 3, 2022"], rows("General and administrative (G&amp;A)", 1),
                   "Three Months Ended")
            + title + grid(["July 2, 2023", "July 3, 2022"], rows("G&amp;A", 2), "Six Months Ended"))
    ex = _extract(tmp_path, body)
    income = [st for st in ex.statements if st.code == "is"]
    assert len(income) == 2
    concepts = [{f.concept for f in st.facts if f.row == 7} for st in income]
    assert len(concepts[0]) == 1 and concepts[0] == concepts[1], concepts
    year = {f.period.key(): f.value for f in income[1].facts if f.row == 7}
    assert year == {"2023-01-02/2023-07-02": Decimal(1_210_000_000), "2022-01-03/2022-07-03": Decimal(1_228_000_000)}


QUARTER_ROWS = [("Net revenue", "5,800", "5,600", "16,400", "16,200"),
                ("Cost of sales", "3,000", "2,900", "8,600", "8,400"),
                ("Gross profit", "2,800", "2,700", "7,800", "7,800"),
                ("Operating expenses", "1,800", "1,600", "5,100", "4,900"),
                ("Net income", "1,000", "1,100", "2,700", "2,900")]


def test_one_heading_naming_two_lengths_over_repeated_years(tmp_path: Path) -> None:
    """"Three and Nine Months Ended September 30," over ``2024 2023 2024 2023`` (spanning the
    columns, in the label cell of the year row, or in the title): the first run of years is the
    quarter, the second (its years repeat) the nine months; none is dropped as a repeat."""
    cover = "<p>FORM 10-Q</p><p>For the quarterly period ended September 30, 2024</p>"
    title = "<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(In millions)</p>"
    years = "<td>2024</td><td>2023</td><td>2024</td><td>2023</td>"
    layouts = {
        "spanning": title + "<table><tr><td></td><td colspan='4'>Three and Nine Months Ended September 30,</td></tr>"
                    f"<tr><td></td>{years}</tr>",
        "label cell": title + f"<table><tr><td>Three and Nine Months Ended September 30,</td>{years}</tr>",
        "title": ("<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>For the three- and nine-month periods ended "
                  f"September 30, 2024 and 2023</p><p>(In millions)</p><table><tr><td></td>{years}</tr>"),
    }
    for name, head in layouts.items():
        body = "".join("<tr><td>" + "</td><td>".join(r) + "</td></tr>" for r in QUARTER_ROWS)
        ex = _extract(tmp_path, cover + head + body + "</table>")
        assert _values(ex, "is", "Net income") == {
            "2024-07-01/2024-09-30": Decimal(1_000_000_000), "2023-07-01/2023-09-30": Decimal(1_100_000_000),
            "2024-01-01/2024-09-30": Decimal(2_700_000_000), "2023-01-01/2023-09-30": Decimal(2_900_000_000)}, name


def test_year_to_date_columns_run_from_the_fiscal_years_start(tmp_path: Path) -> None:
    """"Quarter Ended | Year-to-Date" over the same dates: the year-to-date columns start the day
    after the fiscal year end before them (the balance sheet's comparative date, else the same
    day a year earlier), counted in weeks for a 52/53-week company; never a whole year."""
    balance = [("Cash", "3,730", "1,000"), ("Total assets", "3,730", "1,000"), ("Accounts payable", "730", "500"),
               ("Retained earnings", "3,000", "500"), ("Total stockholders' equity", "3,000", "500"),
               ("Total liabilities and stockholders' equity", "3,730", "1,000")]
    q24, q23, ye = "Sept. 28, 2024", "Sept. 30, 2023", "December 30, 2023"
    body = ("<p>FORM 10-Q</p><p>For the quarterly period ended September 28, 2024</p>"
            "<p>CONSOLIDATED BALANCE SHEETS</p><p>(In millions)</p>" + grid([q24, ye], balance)
            + "<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(In millions)</p><table>"
            "<tr><td></td><td colspan='2'>Quarter Ended</td><td colspan='2'>Year-to-Date</td></tr>"
            f"<tr><td></td><td>{q24}</td><td>{q23}</td><td>{q24}</td><td>{q23}</td></tr>"
            + "".join("<tr><td>" + "</td><td>".join(r) + "</td></tr>" for r in QUARTER_ROWS) + "</table>")
    ex = _extract(tmp_path, body)
    assert _values(ex, "is", "Net income") == {
        "2024-06-30/2024-09-28": Decimal(1_000_000_000), "2023-07-02/2023-09-30": Decimal(1_100_000_000),
        "2023-12-31/2024-09-28": Decimal(2_700_000_000), "2023-01-01/2023-09-30": Decimal(2_900_000_000)}


def test_a_cash_flow_statement_continued_on_the_next_page_under_its_headings_only(tmp_path: Path) -> None:
    """Class: an HTML cash-flow statement split by a page break, its second part (financing
    activities and the closing cash) headed by the years again and titled only by the page's running
    head ('Acme Corporation 2025 10-K 41'). Its labels are as typical of a balance sheet as of cash
    flows ('... at end of year'), so it named no statement and was dropped: the financing lines and
    the cash balances were lost, and with them the cash check. It is the statement's next part: the
    next table, the same headings, printing the closing line the part before lacks."""
    heads = ["Year Ended June 29, 2025", "Year Ended June 30, 2024"]
    first = grid(heads, [
        ("CASH FLOWS FROM OPERATING ACTIVITIES:", "", ""),
        ("Net income", "500", "400"),
        ("Depreciation and amortization", "100", "100"),
        ("Net cash provided by operating activities", "600", "500"),
        ("CASH FLOWS FROM INVESTING ACTIVITIES:", "", ""),
        ("Capital expenditures", "(300)", "(400)"),
        ("Net cash used for investing activities", "(300)", "(400)"),
    ])
    second = grid(heads, [
        ("CASH FLOWS FROM FINANCING ACTIVITIES:", "", ""),
        ("Treasury stock purchases", "(200)", "(50)"),
        ("Net cash used for financing activities", "(200)", "(50)"),
        ("Net change in cash and cash equivalents", "100", "50"),
        ("Cash and cash equivalents at beginning of year", "900", "850"),
        ("Cash and cash equivalents at end of year", "1,000", "900"),
        ("Supplemental disclosures:", "", ""),
        ("Cash payments for income taxes, net", "210", "190"),
    ])
    title = "<p>ACME CORPORATION</p><p>CONSOLIDATED STATEMENTS OF CASH FLOWS</p><p>(in thousands)</p>"
    running_head = "<p>Acme Corporation 2025 10-K 41</p>"
    ex = _extract(tmp_path, title + first + running_head + second)
    cf = [st for st in ex.statements if st.code == "cf"]
    assert len(cf) == 1
    financing = _values(ex, "cf", "Net cash used for financing activities")
    assert {k[-10:]: v for k, v in financing.items()} == {
        "2025-06-29": Decimal(-200_000), "2024-06-30": Decimal(-50_000)}
    balances = [f for f in cf[0].facts if f.label.startswith("Cash and cash equivalents at")]
    assert {f.period.key() for f in balances} >= {"2025-06-29", "2024-06-30"}  # the 2024 closing is the opening


def test_a_table_after_a_closed_statement_under_the_same_headings_is_not_its_part(tmp_path: Path) -> None:
    """The same layout after a cash-flow statement that closes on its cash at the end of the year: the
    next table under the same headings is some other table (a note's), not the statement's part."""
    heads = ["Year Ended June 29, 2025", "Year Ended June 30, 2024"]
    flows = grid(heads, [
        ("Net income", "500", "400"),
        ("Net cash provided by operating activities", "500", "400"),
        ("Capital expenditures", "(400)", "(350)"),
        ("Net cash used for investing activities", "(400)", "(350)"),
        ("Net change in cash and cash equivalents", "100", "50"),
        ("Cash and cash equivalents at beginning of year", "900", "850"),
        ("Cash and cash equivalents at end of year", "1,000", "900"),
    ])
    other = grid(heads, [
        ("Cash and cash equivalents", "950", "880"),
        ("Restricted cash", "50", "20"),
        ("Cash, cash equivalents and restricted cash at end of year", "1,000", "900"),
    ])
    title = "<p>ACME CORPORATION</p><p>CONSOLIDATED STATEMENTS OF CASH FLOWS</p><p>(in thousands)</p>"
    ex = _extract(tmp_path, title + flows + "<p>Acme Corporation 2025 10-K 41</p>" + other)
    cf = next(st for st in ex.statements if st.code == "cf")
    assert not any(f.label == "Restricted cash" for f in cf.facts)
