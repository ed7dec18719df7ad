"""Whole readings chosen by the cross-statement checks (issue 10): where a statement's reading is
open (a statement printing no scale beside ones that state theirs; two tables of one kind), the
reading under which the statements agree is taken, and the report says which check decided.
Synthetic snippets (text and HTML); needs no ../shared.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from exporter.understand.extraction import Extraction
from exporter.understand.readings import Verdict
from tests.test_cross_checks import _extract, _table, balance, cash_flows, income
from tests.text_snippet import extract_snippet

_SCALE = "<p>(In thousands, except per share data)</p>"


def _st(ex: Extraction, code: str) -> list:  # type: ignore[type-arg]
    return [st for st in ex.statements if st.code == code]


def _errors(ex: Extraction) -> list[str]:
    return sorted(f.code for f in ex.findings if f.severity == "error")


def _unscaled_cash_flows(**kw: tuple[str, str]) -> str:
    """A cash-flow statement printing no scale, worded so no line names its twin on the other
    statements: only the checks comparing the figures can tell its scale."""
    return (cash_flows(**kw).replace(_SCALE, "")
            .replace("Net income", "Consolidated net income")
            .replace("Cash and cash equivalents at beginning of year", "Beginning of year")
            .replace("Cash and cash equivalents at end of year", "End of year"))


def test_html_cash_flows_without_a_scale_take_the_scale_the_checks_agree_with(tmp_path: Path) -> None:
    ex = _extract(tmp_path, income(), balance(), _unscaled_cash_flows())
    [cf] = _st(ex, "cf")
    assert cf.scale.money == 3 and not cf.scale.stated
    operating = [f.value for f in cf.facts if f.label == "Net cash provided by operating activities"]
    assert sorted(operating) == [500_000, 600_000]
    assert _errors(ex) == []
    [decided] = [f for f in ex.findings if f.code == "EXP.reading"]
    assert "at the scale of" in decided.message and "EXP.cross.NetIncome" in decided.message
    assert "EXP.cross.Cash" in decided.message
    assert any("EXP.cross.NetIncome" in w for w in ex.warnings)


def test_html_cash_flows_printed_in_units_stay_in_units(tmp_path: Path) -> None:
    """No scale printed and the figures agree as printed: nothing to decide."""
    cf = _unscaled_cash_flows(net=("500,000", "400,000"), end=("1,200,000", "900,000"),
                              start=("900,000", "800,000"))
    ex = _extract(tmp_path, income(), balance(), cf)
    assert _st(ex, "cf")[0].scale.money == 0
    assert not [f for f in ex.findings if f.code == "EXP.reading"] and _errors(ex) == []


_MORE_ROWS = (("Service revenues", "100", "90"), ("Other revenues", "20", "10"), ("Interest income", "5", "5"))


def test_html_the_income_statement_table_the_cash_flows_agree_with_is_taken(tmp_path: Path) -> None:
    """Two tables read as the income statement; the higher-scoring one's net income is not the
    cash-flow statement's, the other's is: the other is the statement."""
    other = income(("450", "350"), eps=("0.45", "0.35"), extra=_MORE_ROWS)
    ex = _extract(tmp_path, other, balance(), income(), cash_flows())
    [st] = _st(ex, "is")
    assert st.table.index == 2  # the third table, not the first
    assert _errors(ex) == []
    [decided] = [f for f in ex.findings if f.code == "EXP.reading"]
    assert "EXP.cross.NetIncome" in decided.message and "in place of" in decided.message
    assert any("table 1" in where and "cross-checks" in why for where, why in ex.skipped)


def test_html_a_rival_that_agrees_no_better_changes_nothing(tmp_path: Path) -> None:
    """Both income-statement tables disagree with the cash flows: the first reading stands and
    the disagreement is reported."""
    other = income(("450", "350"), eps=("0.45", "0.35"), extra=_MORE_ROWS)
    ex = _extract(tmp_path, other, balance(), income(("460", "360"), eps=("0.45", "0.35")), cash_flows())
    assert _st(ex, "is")[0].table.index == 0
    assert "EXP.cross.NetIncome" in _errors(ex)
    assert not [f for f in ex.findings if f.code == "EXP.reading"]


def test_fewer_comparisons_are_not_a_better_reading() -> None:
    """A reading under which a check has nothing to compare fails less but agrees no more."""
    first = Verdict(Counter({"EXP.cross.Cash": 3}), Counter({"EXP.cross.NetIncome": 2}))
    nothing_compared = Verdict(Counter({"EXP.cross.Cash": 3}), Counter())
    agreeing = Verdict(Counter({"EXP.cross.Cash": 3, "EXP.cross.NetIncome": 2}), Counter())
    assert not nothing_compared.better_than(first)
    assert agreeing.better_than(first)


def _quarter_income() -> str:
    rows = [("Net sales", "1,500", "1,200", "3,000", "2,400"),
            ("Cost of sales", "(900)", "(700)", "(1,800)", "(1,400)"),
            ("Operating expenses", "(400)", "(300)", "(800)", "(600)"),
            ("Income before income taxes", "200", "200", "400", "400"),
            ("Provision for income taxes", "(50)", "(50)", "(100)", "(100)"),
            ("Net income", "150", "150", "300", "300")]
    body = "".join("<tr><td>" + "</td><td>".join(r) + "</td></tr>" for r in rows)
    return ("<p>ACME CORPORATION</p><p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>" + _SCALE +
            "<table><tr><td></td><td colspan='2'>Three Months Ended June 30,</td>"
            "<td colspan='2'>Six Months Ended June 30,</td></tr>"
            "<tr><td></td><td>2024</td><td>2023</td><td>2024</td><td>2023</td></tr>" + body + "</table>")


_QUARTER_BALANCE = _table("CONDENSED CONSOLIDATED BALANCE SHEETS", "", ("June 30, 2024", "December 31, 2023"), [
        ("Cash and cash equivalents", "1,200", "900"), ("Accounts receivable", "800", "600"),
        ("Total current assets", "2,000", "1,500"), ("Property and equipment, net", "1,000", "1,000"),
        ("Total assets", "3,000", "2,500"), ("Accounts payable", "500", "400"), ("Total liabilities", "500", "400"),
        ("Retained earnings", "2,500", "2,100"), ("Total stockholders' equity", "2,500", "2,100"),
        ("Total liabilities and stockholders' equity", "3,000", "2,500")])
_YEAR_TO_DATE_CASH_FLOWS = _table("CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS", "June 30,", ("2024", "2023"), [
        ("Net income", "300", "300"), ("Depreciation", "100", "100"),
        ("Net cash provided by operating activities", "400", "400"),
        ("Purchases of property and equipment", "(100)", "(200)"),
        ("Net cash used in investing activities", "(100)", "(200)"),
        ("Net increase in cash and cash equivalents", "300", "200"),
        ("Cash and cash equivalents at beginning of period", "900", "600"),
        ("Cash and cash equivalents at end of period", "1,200", "800")])


def test_html_cash_flow_columns_printing_no_length_take_the_length_the_checks_agree_with(tmp_path: Path) -> None:
    """A 10-Q's cash-flow statement headed "June 30," alone (read as twelve months) beside an
    income statement of the three and six months ending that day: its net income and cash agree
    with the others only as the six months."""
    ex = _extract(tmp_path, _quarter_income(), _QUARTER_BALANCE, _YEAR_TO_DATE_CASH_FLOWS)
    [cf] = _st(ex, "cf")
    assert [p.key() for p in cf.periods if p] == ["2024-01-01/2024-06-30", "2023-01-01/2023-06-30"]
    assert _errors(ex) == []
    [decided] = [f for f in ex.findings if f.code == "EXP.reading"]
    assert "6 months" in decided.message and "EXP.cross.NetIncome" in decided.message


def test_html_cash_flow_columns_printing_no_length_stay_a_year_without_evidence(tmp_path: Path) -> None:
    """The same cash-flow statement beside no statement of another length: read as printed."""
    ex = _extract(tmp_path, _QUARTER_BALANCE, _YEAR_TO_DATE_CASH_FLOWS)
    [cf] = _st(ex, "cf")
    assert [p.key() for p in cf.periods if p][0] == "2023-07-01/2024-06-30"
    assert not [f for f in ex.findings if f.code == "EXP.reading"]


BALANCE = """\
                              SNIPPET TOOLS CORP
                          CONSOLIDATED BALANCE SHEETS
                                (In thousands)
<TABLE>
<CAPTION>
                                                               December 31,
                                                            1997         1996
                                                          --------     --------
<S>                                                       <C>          <C>
Cash and cash equivalents...............................  $  1,200     $    900
Accounts receivable.....................................       800          600
                                                          --------     --------
    Total current assets................................     2,000        1,500
Property and equipment, net.............................     1,000        1,000
                                                          --------     --------
    Total assets........................................  $  3,000     $  2,500
                                                          ========     ========
Accounts payable........................................  $    500     $    400
Common stock............................................        10           10
Retained earnings.......................................     2,490        2,090
                                                          --------     --------
    Total stockholders' equity..........................     2,500        2,100
                                                          --------     --------
    Total liabilities and stockholders' equity..........  $  3,000     $  2,500
                                                          ========     ========
</TABLE>

"""

INCOME = """\
                              SNIPPET TOOLS CORP
                     CONSOLIDATED STATEMENTS OF OPERATIONS
                    (In thousands, except per share amounts)
<TABLE>
<CAPTION>
                                                          Year Ended December 31,
                                                            1997         1996
                                                          --------     --------
<S>                                                       <C>          <C>
Net sales...............................................  $  5,000     $  4,000
Cost of sales...........................................     3,000        2,400
                                                          --------     --------
    Gross profit........................................     2,000        1,600
Operating expenses......................................     1,300        1,000
                                                          --------     --------
Income before income taxes..............................       700          600
Provision for income taxes..............................       200          200
                                                          --------     --------
Net income..............................................  $    500     $    400
                                                          ========     ========
</TABLE>

"""

CASH_FLOWS = """\
                              SNIPPET TOOLS CORP
                     CONSOLIDATED STATEMENTS OF CASH FLOWS
<TABLE>
<CAPTION>
                                                          Year Ended December 31,
                                                            1997         1996
                                                          --------     --------
<S>                                                       <C>          <C>
Consolidated net income.................................  $    500     $    400
Depreciation............................................       100          100
                                                          --------     --------
    Net cash provided by operating activities...........       600          500
Purchases of property and equipment.....................      (300)        (400)
                                                          --------     --------
    Net cash used in investing activities...............      (300)        (400)
                                                          --------     --------
Net increase in cash and cash equivalents...............       300          100
Beginning of year.......................................       900          800
                                                          --------     --------
End of year.............................................  $  1,200     $    900
                                                          ========     ========
</TABLE>
"""


def test_text_cash_flows_without_a_scale_take_the_scale_the_checks_agree_with() -> None:
    ex = extract_snippet(BALANCE + INCOME + CASH_FLOWS)
    [cf] = _st(ex, "cf")
    assert cf.scale.money == 3
    first = [f for f in cf.facts if f.label.startswith("Consolidated net income")]
    assert sorted(f.value for f in first) == [400_000, 500_000]
    assert _errors(ex) == []
    assert [f.code for f in ex.findings if f.code == "EXP.reading"] == ["EXP.reading"]


OTHER_INCOME = """\
                              SNIPPET TOOLS CORP
                     CONSOLIDATED STATEMENTS OF OPERATIONS
                    (In thousands, except per share amounts)
<TABLE>
<CAPTION>
                                                          Year Ended December 31,
                                                            1997         1996
                                                          --------     --------
<S>                                                       <C>          <C>
Product sales...........................................  $  4,000     $  3,200
Service revenues........................................     1,000          800
                                                          --------     --------
    Net sales...........................................     5,000        4,000
Cost of sales...........................................     3,100        2,500
                                                          --------     --------
    Gross profit........................................     1,900        1,500
Selling expenses........................................       700          500
Administrative expenses.................................       600          500
                                                          --------     --------
Income before income taxes..............................       600          500
Provision for income taxes..............................       150          150
                                                          --------     --------
Net income..............................................  $    450     $    350
                                                          ========     ========
</TABLE>

"""

SCALED_CASH_FLOWS = CASH_FLOWS.replace(
    "CONSOLIDATED STATEMENTS OF CASH FLOWS\n", "CONSOLIDATED STATEMENTS OF CASH FLOWS\n"
    "                                (In thousands)\n")


def test_text_the_income_statement_table_the_cash_flows_agree_with_is_taken() -> None:
    """Two tables read as the income statement, the better scoring first; only the second's net
    income is the cash-flow statement's."""
    ex = extract_snippet(OTHER_INCOME + BALANCE + INCOME + SCALED_CASH_FLOWS)
    [st] = _st(ex, "is")
    assert sorted(f.value for f in st.facts if f.label.startswith("Net income")) == [400_000, 500_000]
    assert _errors(ex) == []
    [decided] = [f for f in ex.findings if f.code == "EXP.reading"]
    assert "EXP.cross.NetIncome" in decided.message and "in place of" in decided.message


QUARTER_INCOME = """\
                              SNIPPET TOOLS CORP
                CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                    (In thousands, except per share amounts)
<TABLE>
<CAPTION>
                                          Three Months Ended      Six Months Ended
                                               June 30,               June 30,
                                           1997        1996       1997        1996
                                         -------     -------    -------     -------
<S>                                      <C>         <C>        <C>         <C>
Net sales..............................  $ 1,500     $ 1,200    $ 3,000     $ 2,400
Cost of sales..........................      900         700      1,800       1,400
Operating expenses.....................      400         300        800         600
                                         -------     -------    -------     -------
Income before income taxes.............      200         200        400         400
Provision for income taxes.............       50          50        100         100
                                         -------     -------    -------     -------
Net income.............................  $   150     $   150    $   300     $   300
                                         =======     =======    =======     =======
</TABLE>

"""

QUARTER_BALANCE = """\
                              SNIPPET TOOLS CORP
                     CONDENSED CONSOLIDATED BALANCE SHEETS
                                (In thousands)
<TABLE>
<CAPTION>
                                                          June 30,   December 31,
                                                            1997         1996
                                                          --------     --------
<S>                                                       <C>          <C>
Cash and cash equivalents...............................  $  1,200     $    900
Accounts receivable.....................................       800          600
                                                          --------     --------
    Total assets........................................  $  2,000     $  1,500
                                                          ========     ========
Accounts payable........................................  $    500     $    400
Retained earnings.......................................     1,500        1,100
                                                          --------     --------
    Total liabilities and stockholders' equity..........  $  2,000     $  1,500
                                                          ========     ========
</TABLE>

"""

YEAR_TO_DATE_CASH_FLOWS = """\
                              SNIPPET TOOLS CORP
                CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
                                (In thousands)
<TABLE>
<CAPTION>
                                                                June 30,
                                                            1997         1996
                                                          --------     --------
<S>                                                       <C>          <C>
Net income..............................................  $    300     $    300
Depreciation............................................       100          100
                                                          --------     --------
    Net cash provided by operating activities...........       400          400
Purchases of property and equipment.....................      (100)        (200)
                                                          --------     --------
Net increase in cash and cash equivalents...............       300          200
Cash and cash equivalents at beginning of period........       900          600
                                                          --------     --------
Cash and cash equivalents at end of period..............  $  1,200     $    800
                                                          ========     ========
</TABLE>
"""


def test_text_cash_flow_columns_printing_no_length_take_the_length_the_checks_agree_with() -> None:
    ex = extract_snippet(QUARTER_INCOME + QUARTER_BALANCE + YEAR_TO_DATE_CASH_FLOWS, form="10-Q")
    [cf] = _st(ex, "cf")
    assert [p.key() for p in cf.periods if p] == ["1997-01-01/1997-06-30", "1996-01-01/1996-06-30"]
    assert _errors(ex) == []
    assert [f.code for f in ex.findings if f.code == "EXP.reading"] == ["EXP.reading"]


def test_the_report_says_which_reading_was_taken_and_which_check_decided(tmp_path: Path) -> None:
    from exporter.pipeline import export

    src = tmp_path / "acme.htm"
    src.write_text("<html><body>" + income() + balance() + _unscaled_cash_flows() + "</body></html>",
                   encoding="utf-8")
    result = export(src, tmp_path / "out", validate=False, formats=("xml",))
    report = result.files["report"].read_text(encoding="utf-8")
    line = next(x for x in report.splitlines() if "EXP.reading" in x)
    assert "| info |" in line and "at the scale of" in line and "EXP.cross.NetIncome" in line
    assert not result.errors


def _two_class_income(caption: str, counts: tuple[str, str, str, str]) -> str:
    """An income statement printing earnings per share and average shares for two classes of
    stock, one line per class under each heading (the classes' products add up to net income
    less what unvested shares earn); the diluted count printed as the basic counts are."""
    rows = [("Net sales", "128,000", "111,000"), ("Cost of sales", "(87,000)", "(80,000)"),
            ("Income before income taxes", "20,200", "12,800"), ("Income tax expense", "(3,824)", "(2,058)"),
            ("Net income", "16,376", "10,742"), ("Earnings per share", "", ""),
            ("Basic Common", "2.43", "1.61"), ("Basic Class B", "1.82", "1.21"),
            ("Diluted Common", "2.25", "1.50"), ("Average shares outstanding", "", ""),
            ("Basic Common", counts[0], counts[1]), ("Basic Class B", counts[2], counts[3]),
            ("Diluted Common", *(("6,906,000", "6,794,000") if counts[0].count(",") > 1 else ("6,906", "6,794")))]
    return _table("CONSOLIDATED STATEMENTS OF OPERATIONS", "Year Ended December 31,", ("2024", "2023"),
                  rows).replace(_SCALE, f"<p>{caption}</p>")


def test_html_two_classes_of_stock_are_no_false_alarm(tmp_path: Path) -> None:
    """Basic earnings per share of one class x its shares is only that class's part of the
    earnings: the classes together are compared with net income."""
    caption = "(In thousands, except per share data)"
    ex = _extract(tmp_path, _two_class_income(caption, ("4,922", "4,827", "1,984", "1,967")))
    assert "EXP.cross.EPS" not in _errors(ex)
    assert not [f for f in ex.findings if f.code == "EXP.reading"]


def test_html_share_counts_the_caption_leaves_unscaled_are_read_at_the_scale_the_eps_agrees_with(
        tmp_path: Path) -> None:
    """"In thousands, except share and per share amounts" over share counts printed in thousands:
    only at 10^3 do the classes' earnings per share x their shares make net income."""
    caption = "(in thousands, except for share and per share amounts)"
    ex = _extract(tmp_path, _two_class_income(caption, ("4,922", "4,827", "1,984", "1,967")))
    [st] = _st(ex, "is")
    assert st.scale.shares == 3
    basic = [f.value for f in st.facts if f.concept == "WeightedAverageNumberOfSharesOutstandingBasic"]
    assert sorted(basic) == [4_827_000, 4_922_000]
    assert _errors(ex) == []
    [decided] = [f for f in ex.findings if f.code == "EXP.reading"]
    assert "share counts" in decided.message and "EXP.cross.EPS" in decided.message


def test_html_share_counts_printed_in_full_stay_as_printed(tmp_path: Path) -> None:
    caption = "(in thousands, except for share and per share amounts)"
    ex = _extract(tmp_path, _two_class_income(caption, ("4,922,000", "4,827,000", "1,984,000", "1,967,000")))
    assert _st(ex, "is")[0].scale.shares == 0
    assert _errors(ex) == [] and not [f for f in ex.findings if f.code == "EXP.reading"]
