"""Concept and sign choices on 1990s plain-text statements, one wording-era class per test (issue 11's
text-key classes): each snippet words a line the way filings did before us-gaap existed; none
needs ../shared."""

from __future__ import annotations

from exporter.understand.extract import Extraction
from tests.text_snippet import extract_snippet


def _lines(ex: Extraction, code: str) -> dict[str, tuple[str, str, list[int]]]:
    """label -> (concept, prefix, values in column order) for the statement of ``code``."""
    out: dict[str, tuple[str, str, list[int]]] = {}
    for s in ex.statements:
        if s.code == code:
            for ln in s.lines:
                values = [int(f.value) for f in s.facts if f.row == ln.row.index]
                out.setdefault(ln.row.label, (ln.concept, ln.prefix, values))
    return out


RETIRED_ITEMS = """\
                      CONSOLIDATED STATEMENTS OF EARNINGS
                   (In thousands, except per share amounts)
<TABLE>
<CAPTION>
                                                      Year Ended December 31,
                                                      1995          1994
<S>                                                 <C>           <C>
Net sales                                           500,000       450,000
Cost of goods sold                                  300,000       270,000
                                                   --------      --------
Gross profit                                        200,000       180,000
Selling, general and administrative expenses        120,000       110,000
                                                   --------      --------
Earnings before income taxes, extraordinary item
  and cumulative effect of accounting change          80,000        70,000
Provision for income taxes                           30,000        25,000
                                                   --------      --------
Earnings before extraordinary item and
  cumulative effect of accounting change              50,000        45,000
Extraordinary item - loss on early extinguishment
  of debt, net of income tax benefit of $1,000        (3,000)           -
Cumulative effect of accounting change, net of
  income taxes                                            -        (5,000)
                                                   --------      --------
Net earnings                                         47,000        40,000
                                                   ========      ========
</TABLE>
"""


def test_an_extraordinary_item_or_accounting_change_is_a_retired_income_or_loss_line() -> None:
    """An extraordinary item (retired by ASU 2015-01) and the cumulative effect of an accounting
    change (SFAS 154) printed as lines of their own have no live us-gaap concept: each is an
    extension, income or loss either way, so a loss printed in parentheses is stored negative. The
    tax words of 'net of income tax benefit' do not make the line the tax expense, which stays the
    provision's."""
    got = _lines(extract_snippet(RETIRED_ITEMS), "is")
    extraordinary = next(v for k, v in got.items() if k.startswith("Extraordinary item"))
    cumulative = next(v for k, v in got.items() if k.startswith("Cumulative effect"))
    assert extraordinary[1] != "us-gaap" and cumulative[1] != "us-gaap"
    assert extraordinary[2] == [-3_000_000, 0]
    assert cumulative[2] == [0, -5_000_000]
    assert got["Provision for income taxes"][0] == "IncomeTaxExpenseBenefit"
    assert got["Net earnings"][:1] == ("NetIncomeLoss",)
    before = next(v for k, v in got.items() if k.startswith("Earnings before extraordinary"))
    assert before[0].startswith("IncomeLossFromContinuingOperations")
