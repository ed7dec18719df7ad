"""The reader's words are data (taxonomy_map/reader_words.csv): every row says what it does and where
it comes from, its patterns compile, and the names it shares with other tables agree."""

from __future__ import annotations

import re
from pathlib import Path

import taxonomy_map

PACKAGE = Path(__file__).resolve().parents[1] / "exporter"


def test_every_row_says_what_and_where_from() -> None:
    rows = taxonomy_map._rows(taxonomy_map.READER_WORDS_CSV)
    assert rows and all(r["kind"] and r["key"] and r["value"] and r["what"] and r["source"] for r in rows)
    assert len({(r["kind"], r["key"]) for r in rows}) == len(rows)


def test_the_patterns_compile_and_name_what_the_reader_asks_for() -> None:
    words = taxonomy_map.reader_words()
    assert set(words["statement_closing"]) == {"bs", "is", "cf"}
    for kind in ("statement_closing", "title_word", "scale_except", "heading_word", "scale_sentence", "form_word"):
        for rx in words[kind].values():
            re.compile(rx)
    assert re.compile(words["scale_except"]["list"]).groupindex.keys() == {"list"}
    assert re.compile(words["scale_sentence"]["document"]).groupindex.keys() == {"phrase"}


def test_the_changes_zone_is_the_cash_flow_heading_generic_lines_names() -> None:
    """The ranker's features read the zone the facts builder gives the lines under a heading of
    generic_lines.csv's cf_zone_heading: one name in both tables."""
    assert taxonomy_map.reader_words()["zone"]["changes"] in taxonomy_map.generic_lines()["cf_zone_heading"]


def test_the_nil_marks_load_and_read_as_dashes() -> None:
    """The marks a table prints for zero or nothing (kinds nil_mark and nil_dash) are read as dashes;
    a longer run of dashes is a rule, not a figure."""
    from exporter.read.numbers import is_dash

    words = taxonomy_map.reader_words()
    assert {"-0-", "nil", "n/a"} <= set(words["nil_mark"].values())
    longest = int(words["nil_dash"]["longest"])
    for mark in [*words["nil_mark"].values(), *words["nil_dash"]["characters"], "--", "$ -", "NIL"]:
        assert is_dash(mark), mark
    assert not is_dash("-" * (longest + 1)) and not is_dash("0") and not is_dash("nothing")


def test_the_balance_and_share_count_words_load_and_read_their_lines() -> None:
    """A cash-flow line's opening or closing balance by its words, and a share-count heading
    (kinds balance_word and heading_word share_count), read the labels they are written for."""
    from exporter.kinds import StatementKind
    from exporter.understand.facts import SHARE_COUNT_HEADING, instant_at

    words = taxonomy_map.reader_words()
    for rx in [*words["balance_word"].values(), words["heading_word"]["share_count"]]:
        re.compile(rx)
    cf = StatementKind.CF
    starts = ["Cash and cash equivalents, beginning of period", "Cash - beginning", "Beginning cash"]
    ends = ["Cash and cash equivalents at end of year", "Cash - ending", "Closing balance"]
    assert {str(instant_at(cf, label)) for label in starts} == {str(instant_at(cf, starts[0]))}
    assert {str(instant_at(cf, label)) for label in ends} == {str(instant_at(cf, ends[0]))}
    assert instant_at(cf, starts[0]) != instant_at(cf, ends[0])
    assert instant_at(cf, "Net cash provided by operating activities") is None
    assert SHARE_COUNT_HEADING.match("Weighted average number of common shares outstanding:")
    assert SHARE_COUNT_HEADING.match("Shares used in computing per share amounts")
    assert not SHARE_COUNT_HEADING.match("Proceeds from issuance of common shares")


def test_the_cross_check_labels_load_and_name_earnings_and_cash() -> None:
    """The earnings and cash lines the cross-statement checks compare (kinds cross_label and
    cross_concept) compile and read the labels they are written for."""
    words = taxonomy_map.reader_words()
    label = {key: re.compile(rx, re.I) for key, rx in words["cross_label"].items()}
    assert {"earnings", "net_earnings", "cash", "cash_part", "shared_cash", "shared_earnings"} <= label.keys()
    assert re.compile(words["cross_concept"]["earnings"], re.I).search("NetIncomeLoss")
    assert label["earnings"].search("Net loss") and label["earnings_not"].search("Net income per share")
    assert label["earnings_and_comprehensive"].search("Net loss and comprehensive loss")
    assert label["net_earnings"].match("Net income (loss)")
    assert not label["net_earnings"].match("Equity in net income of affiliates")
    assert label["cash"].search("Cash and cash equivalents") and label["cash_not"].search("Cash surrender value")
    assert label["cash_part"].match("Less restricted cash") and label["shared_earnings"].search("Net (loss)")


def test_the_dated_balance_words_load_and_date_their_lines() -> None:
    """A cash-flow line dated by its words is a balance when it names cash or a balance, and an
    income statement's shares outstanding at a date is a count at the period's end (balance_word
    dated_subject, shares_at)."""
    from exporter.kinds import StatementKind
    from exporter.understand.facts import instant_at

    words = taxonomy_map.reader_words()
    assert re.compile(words["balance_word"]["shares_at"]).search("shares outstanding at December 31,")
    assert instant_at(StatementKind.CF, "Cash at June 30") is not None
    assert instant_at(StatementKind.CF, "Dividends declared at June 30") is None
    assert instant_at(StatementKind.IS, "Shares outstanding at December 31,") is not None
    assert instant_at(StatementKind.IS, "Weighted average shares outstanding") is None


def test_the_line_words_read_the_results_and_share_lines_they_name() -> None:
    """An income statement's operating and pre-tax results, a label that may print share counts, and
    the first line of a cash-flow statement worded as a result (kind line_word) read the labels they
    are written for, and miss the look-alikes."""
    from exporter.understand.facts import _SHARES
    from exporter.understand.line_zones import _OPERATING_TOTAL, _PRETAX_TOTAL
    from exporter.understand.repeats import _RESULT

    assert "{result}" in taxonomy_map.reader_words()["line_word"]["operating_total"]
    for label in ("Operating income (loss)", "Total operating loss", "Income from operations",
                  "(Loss) income from operations"):
        assert _OPERATING_TOTAL.match(label), label
    assert not _OPERATING_TOTAL.match("Other operating expenses")
    for label in ("Income (loss) before provision (benefit) for income taxes",
                  "Loss before benefit from income taxes", "Earnings before income taxes and extraordinary item"):
        assert _PRETAX_TOTAL.match(label), label
    assert not _PRETAX_TOTAL.match("Earnings before interest and taxes")
    assert _SHARES.search("Weighted average number of common shares") and _SHARES.search("Shares outstanding")
    assert not _SHARES.search("Share-based compensation")
    assert _RESULT.search("Net earnings") and not _RESULT.search("Depreciation and amortization")


def test_the_diluted_class_and_share_heading_words_load() -> None:
    from exporter.check.cross import _DILUTED
    from exporter.understand.statement_facts import _SHARES_HEADING

    assert _DILUTED.search("Diluted Class B") and not _DILUTED.search("Basic Class B")
    assert _SHARES_HEADING.search("Weighted average shares (in thousands)")
    assert not _SHARES_HEADING.search("Costs and expenses")


def test_the_stock_line_words_read_their_lines() -> None:
    """A balance-sheet stock line (line_word stock_line) and a row naming a class of stock itself
    (line_word stock_named), the words the parenthetical reader knows them by."""
    words = taxonomy_map.reader_words()["line_word"]
    stock_line, stock_named = (re.compile(words[k], re.I) for k in ("stock_line", "stock_named"))
    for label in ("Common stock, $.01 par value", "Capital in excess of par", "Treasury shares, at cost"):
        assert stock_line.search(label)
    assert not stock_line.search("Accumulated deficit")
    assert stock_named.search("Common stock - shares issued 1,000")
    assert not stock_named.search("Shares at June 30, 2023: 392,040,626")


def test_the_statement_titles_and_row_words_load_and_name_their_statements() -> None:
    """The titles naming each statement (kind statement_title, tried in the table's order), the row
    labels typical of each (statement_row) and the titles of tables that are no statement
    (title_word not_statement, note_or_item) compile and read the words they are written for."""
    from exporter.kinds import StatementKind
    from exporter.understand import statements

    words = taxonomy_map.reader_words()
    assert {key.split("_")[0] for key in words["statement_title"]} == {"bs", "is", "cf", "ci", "eq"}
    assert {key.split(":")[0] for key in words["statement_row"]} == {"bs", "is", "cf"}

    def named(title: str) -> str | None:
        return next((code for code, rx in statements._TITLE_RULES if rx.search(title)), None)

    assert named("Consolidated Statements of Cash Flows") == StatementKind.CF
    assert named("Consolidated Statements of Operations and Comprehensive Loss") == StatementKind.IS
    assert named("Consolidated Statements of Comprehensive Income") == StatementKind.CI
    assert named("Statements of Financial Condition") == StatementKind.BS
    assert named("Statement of Changes in Stockholders' Equity") == StatementKind.EQ
    votes = statements.label_votes(["Total assets", "Accounts payable", "Net sales", "Proceeds from borrowings"])
    assert votes == {StatementKind.BS: 2, StatementKind.IS: 1, StatementKind.CF: 1}
    assert statements._not_statement(["Selected Financial Data"]) == "Selected Financial Data"
    assert statements._not_statement(["Consolidated Balance Sheets"]) is None
    assert not statements.titled_nothing(["Note 4 - Debt"]) and statements.titled_nothing(["Page 12"])


def test_the_html_reader_words_load_and_read_their_rows() -> None:
    """The HTML table reader's words (line_word runs_on, title_word stated_as and page_furniture,
    heading_word period_phrase) compile and read the rows they are written for."""
    words = taxonomy_map.reader_words()
    runs_on = re.compile(words["line_word"]["runs_on"], re.I)
    assert runs_on.search("Proceeds from sale of") and runs_on.search("Property, plant and")
    assert not runs_on.search("Current assets:") and not runs_on.search("Inventories")
    stated = re.compile(words["title_word"]["stated_as"], re.I)
    assert stated.match("(In thousands, except per share data)") and stated.match("Dollars in millions")
    assert stated.match("Unaudited") and not stated.match("Net sales")
    period = re.compile(words["heading_word"]["period_phrase"], re.I)
    assert period.search("Year Ended December 31,") and period.search("As of") and not period.search("2024")
    furniture = re.compile(words["title_word"]["page_furniture"], re.I)
    assert furniture.match("Table of Contents") and furniture.match("- 12 -") and furniture.match("Page 4")
    assert not furniture.match("Consolidated Balance Sheets")


# kinds whose rows a reader takes all of, in order (no row is read by its key)
_READ_WHOLE = {"nil_mark", "statement_title", "statement_row", "statement_closing"}
_KEY_READ = re.compile(r"""\[\s*["']([^"']+)["']\s*\]""")
_ROW_READ = re.compile(r"""(?:reader_words\(\)|_WORDS)\[\s*["']([^"']+)["']\s*\]\[\s*["']([^"']+)["']\s*\]""")


def test_every_row_is_read_and_every_row_read_is_in_the_table() -> None:
    """Every row of a kind read by its key is read by that key in exporter/ (a row no reader reads
    is no knowledge of the reader), and every row read as reader_words()[kind][key] is a row."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in sorted(PACKAGE.rglob("*.py")))
    keys = set(_KEY_READ.findall(source))
    rows = taxonomy_map._rows(taxonomy_map.READER_WORDS_CSV)
    assert [(r["kind"], r["key"]) for r in rows if r["kind"] not in _READ_WHOLE and r["key"] not in keys] == []
    table = {(r["kind"], r["key"]) for r in rows}
    assert [use for use in _ROW_READ.findall(source) if use not in table] == []


def test_the_section_and_unit_words_read_their_lines() -> None:
    """The words a statement's lines are placed by (a balance sheet's sides, current parts and
    totals; a cash-flow statement's activities and net cash) and a line's unit is read by are rows
    of reader_words.csv, and read the labels they are written for."""
    from exporter.understand import facts, line_zones

    line, heading = (taxonomy_map.reader_words()[k] for k in ("line_word", "heading_word"))
    for key in ("stock_word", "money_word", "not_count_word", "stock_amount", "total_current", "total_assets",
                "total_liabilities", "net_cash", "classified", "less_depreciation", "bare_total"):
        assert key in line, key
    for key in ("number_of", "liabilities", "equity", "current", "noncurrent", "noncurrent_part", "investing"):
        assert key in heading, key
    assert facts._STOCK_AMOUNT.search("Treasury stock, 1,200 shares at cost")
    assert line_zones._EQUITY.search("stockholders' deficit:") and not line_zones._EQUITY.search("current assets:")
    assert line_zones._NONCURRENT_HEADING.search("long-term liabilities:")
    assert line_zones._TOTAL_LIABILITIES.match("total liabilities ") and not line_zones._TOTAL_LIABILITIES.match(
        "total liabilities and equity")
    assert line_zones._NET_CASH.search("cash provided by operating activities")
    assert line_zones._CLASSIFIED.search("Current liabilities") and not line_zones._CLASSIFIED.search("Deposits")
    assert facts._GROSS_WORDING.sub("", "Total property and equipment, at cost") == "property and equipment"
    assert facts._BARE_TOTAL.match("TOTALS:") and not facts._BARE_TOTAL.match("Total assets")


def test_the_period_words_read_their_headings() -> None:
    """The words of a length printed with no count (heading_word half_length, quarter_length,
    year_length), of a year to date (to_date), of a fiscal year's name (fiscal_name), before a
    cover's period end (title_word cover_period) and before a period's start (range_start) are rows
    of reader_words.csv and read the headings they are written for."""
    from datetime import date

    from exporter.understand import periods

    heading, title = (taxonomy_map.reader_words()[k] for k in ("heading_word", "title_word"))
    assert {"half_length", "quarter_length", "year_length", "to_date", "fiscal_name"} <= heading.keys()
    assert {"cover_period", "range_start"} <= title.keys()
    assert [periods._length(h) for h in ("First Half", "3rd Qtr.", "FY24", "Semi-annual", "As of")] == [
        (6, None), (3, None), (12, None), (6, None), (None, None)]
    assert periods.parse_column("YTD 2024", "Quarter Ended September 30,").to_date
    assert periods.cover_period_end("<p>For the quarterly period ended June 30, 2023</p>") == date(2023, 6, 30)
    assert periods.fiscal_year_names(["Fiscal Year 2023"], date(2024, 2, 3)) == ["Fiscal 2024"]
    title_line = "YEAR ENDED DECEMBER 31, 1997 AND PERIOD FROM JUNE 3, 1996 TO DECEMBER 31, 1996"
    assert periods.dates_by_position(["1997", "1996"], [title_line]) == [
        "1997 December 31, 1997", "1996 December 31, 1996"]


def test_the_text_table_words_read_their_lines() -> None:
    """A text table's label running on into the next line (line_word text_runs_on), one that may end
    complete (complete_end), the word closing a period heading (heading_word ended) and a heading of
    dates (dated) are rows of reader_words.csv and read the lines they are written for."""
    from exporter.read import text_headings, text_tables

    line, heading = (taxonomy_map.reader_words()[k] for k in ("line_word", "heading_word"))
    assert {"text_runs_on", "complete_end"} <= line.keys() and {"ended", "dated"} <= heading.keys()
    assert text_tables._continues("Proceeds from sale of", "equipment", 0, 0)
    assert text_tables._CONNECTIVE.search("Receivables, net") and text_tables._COMPLETE_END.search("Receivables, net")
    assert not text_tables._CONNECTIVE.search("Inventories")
    assert [p[2] for p in text_headings._split_dates(0, "THIRTEEN WEEKS ENDED TWENTY-SIX WEEKS ENDED")] == [
        "THIRTEEN WEEKS ENDED", "TWENTY-SIX WEEKS ENDED"]
    assert text_tables._DATED_HEADING.search("Year Ended") and text_tables._DATED_HEADING.search("December 31,")
    assert not text_tables._DATED_HEADING.search("Amounts in thousands")


def test_the_share_scale_ratio_common_and_restricted_words_read_their_text() -> None:
    """A scale phrase's own scale for share counts (scale_shares thousands, millions), a column of
    percentages or changes (heading_word ratio), a line of common stock (line_word common_stock) and
    a closing cash including restricted cash (cross_label restricted_cash) are rows of
    reader_words.csv and read the text they are written for."""
    from exporter.check import cross
    from exporter.understand import parentheticals
    from exporter.understand.column_periods import _RATIO_HEADER
    from exporter.understand.scale import detect_scale

    words = taxonomy_map.reader_words()
    assert {"thousands", "millions"} == set(words["scale_shares"]) and "ratio" in words["heading_word"]
    assert detect_scale("(In millions, except shares in thousands)").shares == 3
    assert detect_scale("(Dollars in thousands; shares in millions)").shares == 6
    assert detect_scale("(In thousands, except share amounts, which are reflected in thousands)").shares == 3
    assert _RATIO_HEADER.search("% of Sales") and _RATIO_HEADER.search("Variance") and not _RATIO_HEADER.search("2024")
    assert parentheticals._COMMON.search("class a and class b common stock")
    assert parentheticals._COMMON.search("class a, class b, and class c stock")
    assert not parentheticals._COMMON.search("treasury stock, at cost")
    assert cross._LABEL["restricted_cash"].search("Cash, cash equivalents and Restricted cash")
