"""An earnings release's overview printing the same few lines for each entity (the consolidated
company, then each subsidiary: "Alabama Power - / Operating Revenues / Earnings Before Income Taxes
/ Net Income") is no income statement, however many lines it prints: each wording counts once in
its score, and the analysis of consolidated earnings printed in another exhibit is the statement
(issue 10, statement finding as one scored decision; classes 1 and 5). A synthetic snippet; needs
no ../shared.
"""

from __future__ import annotations

from pathlib import Path

from exporter.read.documents import parse_filing
from exporter.understand.choice import _once_each_entity
from exporter.understand.extract import extract
from tests.text_snippet import extract_snippet, submission

_HEAD = """\
                                Snippet Holding Company
                                {title}
                            (In Millions of Dollars)
<TABLE>
<CAPTION>
                                       3 Months Ended December         12 Months Ended December
                                     ---------------------------   -----------------------------
                                        2004       2003                2004          2003
<S>                                  <C>        <C>                 <C>           <C>
"""

ANALYSIS = _HEAD.format(title="Analysis of Consolidated Earnings") + """\
Retail Revenue                       $2,194     $1,968              $ 9,731       $ 8,875
Wholesale Revenue                       305        324                1,343         1,358
                                     ------     ------              -------       -------
Total Revenues                        2,499      2,292               11,074        10,233
Fuel and Purchased Power                948        824                4,165         3,594
Depreciation and Amortization           240        263                  955         1,027
                                     ------     ------              -------       -------
Total Operating Expenses              1,188      1,087                5,120         4,621
                                     ------     ------              -------       -------
Operating Income                      1,311      1,205                5,954         5,612
Income Taxes                            511        470                2,322         2,189
                                     ------     ------              -------       -------
Net Income                           $  800     $  735              $ 3,632       $ 3,423
                                     ======     ======              =======       =======
</TABLE>
"""

_BLOCK = """\
 {name} -
 Operating Revenues                        ${rev:>5}     ${rev:>5}            ${rev:>5}       ${rev:>5}
 Earnings Before Income Taxes               {ebt:>5}      {ebt:>5}             {ebt:>5}        {ebt:>5}
 Net Income                                 {ni:>5}      {ni:>5}             {ni:>5}        {ni:>5}

"""

OVERVIEW = _HEAD.format(title="Financial Overview") + "".join(
    _BLOCK.format(name=name, rev=rev, ebt=ebt, ni=ni) for name, rev, ebt, ni in (
        ("Consolidated", 2499, 1311, 800), ("Alpha Power", 971, 117, 66), ("Beta Power", 1238, 106, 71),
        ("Gamma Power", 235, 10, 5), ("Delta Power", 210, 5, 2))) + "</TABLE>\n"


def test_a_wording_printed_for_each_entity_counts_once() -> None:
    labels = ["revenues", "net income", "revenues", "net income", "revenues", "net income", "basic", "basic"]
    assert _once_each_entity(labels) == ["revenues", "net income", "basic", "basic"]


def test_the_consolidated_analysis_outscores_the_overview_of_entities() -> None:
    # the overview printed after the analysis, as a later exhibit: it was chosen for its 15 lines
    text = submission(ANALYSIS, form="8-K")
    exhibit = "<DOCUMENT>\n<TYPE>EX-99.06\n<TEXT>\n" + OVERVIEW + "</TEXT>\n</DOCUMENT>\n"
    text = text.replace("</SEC-DOCUMENT>", exhibit + "</SEC-DOCUMENT>")
    ex = extract(parse_filing(text, Path("snippet.txt")))
    (st,) = [s for s in ex.statements if s.code == "is"]
    got = {(f.concept, f.period.key()): int(f.value) for f in st.facts}
    assert got[("NetIncomeLoss", "2004-01-01/2004-12-31")] == 3_632_000_000
    assert ("OperatingIncomeLoss", "2004-10-01/2004-12-31") in got
    assert 971_000_000 not in got.values()  # no subsidiary's revenues as the company's


def test_an_overview_right_under_the_statement_is_no_continuation_of_it() -> None:
    # the same column headings, the next table of one document; but the statement printed its net
    # income already, and the overview prints it again: a table of its own, not the statement's next page
    ex = extract_snippet(ANALYSIS + "\n\n" + OVERVIEW, form="8-K")
    (st,) = [s for s in ex.statements if s.code == "is"]
    assert len({f.label for f in st.facts}) == 9  # the analysis's lines alone
    assert 971_000_000 not in {int(f.value) for f in st.facts}
