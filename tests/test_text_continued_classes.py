"""Old plain-text filings: a statement continued over pages whose parts are short (issue 10,
class 4), each from a small synthetic snippet; none needs ../shared."""

from __future__ import annotations

from exporter.understand.statements import continues_statement
from tests.text_snippet import extract_snippet

_HEAD = """\
                                                            Year Ended    Year Ended
                                                           December 31,  December 31,
                                                               1998          1997
                                                            ----------    ----------"""

_FIRST = """\
Net sales..............................................    $  98,450     $  91,230
Cost of sales..........................................       61,200        57,800
Selling, general and administrative expenses...........       30,100        28,400
Operating income.......................................        7,150         5,030"""

_REST = """\
Income taxes...........................................        2,860         2,012
Net income.............................................    $   4,290     $   3,018"""


def _page(title: str, body: str, tags: bool) -> str:
    head = f"                  {title}\n                             (In thousands)\n\n"
    if tags:
        tags_line = "<S>" + " " * 52 + "<C>" + " " * 11 + "<C>"
        return head + f"<TABLE>\n<CAPTION>\n{_HEAD}\n{tags_line}\n{body}\n</TABLE>\n"
    return head + f"{_HEAD}\n{body}\n"


def _income(tags: bool) -> dict[tuple[str, str], int]:
    text = (_page("CONSOLIDATED STATEMENTS OF INCOME", _FIRST, tags) + "\n<PAGE>\n\n"
            + _page("CONSOLIDATED STATEMENTS OF INCOME (continued)", _REST, tags))
    ex = extract_snippet(text)
    (st,) = [s for s in ex.statements if s.code == "is"]
    return {(f.label, f.period.key()): int(f.value) for f in st.facts}


def test_a_continued_page_of_two_lines_joins_its_statement() -> None:
    """The income statement's last two lines, on the next page under "(continued)" and the same
    column heading, are too few to classify alone: they are still the statement's next part."""
    values = _income(tags=True)
    assert values[("Income taxes", "1998-01-01/1998-12-31")] == 2_860_000
    assert values[("Net income", "1997-01-01/1997-12-31")] == 3_018_000


def test_short_parts_of_an_untagged_statement_under_a_dated_heading() -> None:
    """Without <TABLE> tags, a run of two value lines under a dated column heading is a table
    part (four lines were needed before): the continued page joins its statement."""
    values = _income(tags=False)
    assert values[("Net sales", "1998-01-01/1998-12-31")] == 98_450_000
    assert values[("Income taxes", "1998-01-01/1998-12-31")] == 2_860_000


def test_only_a_continued_title_of_the_same_statement_continues_it() -> None:
    """A note's table after the cash-flow statement ("NOTES TO ... STATEMENTS -- (CONTINUED)") is no
    part of it; "(Continued)" alone or beside the statement's own name is."""
    assert continues_statement(["CONSOLIDATED STATEMENTS OF CASH FLOWS (continued)"], "cf")
    assert continues_statement(["ACME CORP.", "(Continued)"], "is")
    assert not continues_statement(["NOTES TO CONSOLIDATED FINANCIAL STATEMENTS -- (CONTINUED)"], "cf")
    assert not continues_statement(["CONSOLIDATED BALANCE SHEETS (continued)"], "cf")
    assert not continues_statement(["CONSOLIDATED STATEMENTS OF CASH FLOWS"], "cf")
