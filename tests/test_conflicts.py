"""Two printed values for one fact: the disagreement is an error; signs follow the concept."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.conftest import SEED

# A cash-flow statement whose net income disagrees with the income statement's (2,500 vs 2,524
# for the nine months): the class "a statement repeats a fact with another value".
CASH_FLOWS = """
                 CONSOLIDATED CONDENSED STATEMENTS OF CASH FLOWS
                              (in thousands)

<TABLE>
<CAPTION>
                                                      Nine Months Ended
                                                  08/30/03         08/31/02
<S>                                               <C>              <C>
CASH FLOWS FROM OPERATING ACTIVITIES
Net income (loss) ..........................      $ (2,500)        $    531
Depreciation and amortization ..............           887              178
                                                   -------          -------
Net cash provided by (used in) operating
  activities ...............................        (1,613)             709
                                                   =======          =======
</TABLE>
"""


def _before_the_balance_sheet(text: str, statement: str) -> str:
    # there the cash flows' first line is the company's net income (NetIncomeLoss), as in the
    # income statement, so the two values meet as one fact
    at = text.rfind("\n", 0, text.index("<TABLE>"))
    at = text.rfind("\n", 0, text.rfind("BALANCE", 0, at)) if "BALANCE" in text[:at] else at
    return text[:at] + "\n" + statement + text[at:]


def test_a_disagreeing_net_income_is_an_error_finding(tmp_path: Path) -> None:
    # the cash flows add up from their own first line, which is then the consolidated ProfitLoss:
    # the two statements' values both stay, and their disagreement is reported as an error
    from exporter import export

    text = SEED.read_text(encoding="latin-1")
    doc = tmp_path / "conflict.txt"
    doc.write_text(_before_the_balance_sheet(text, CASH_FLOWS), encoding="latin-1")
    result = export(doc, tmp_path / "out", cik="844143", validate=False)
    values = {f.value for f in result.model.facts
              if f.concept in ("NetIncomeLoss", "ProfitLoss") and f.period.key() == "2002-12-01/2003-08-30"}
    assert values == {Decimal(-2500000), Decimal(-2524000)}
    assert any(x.code == "EXP.cross.NetIncome" and x.severity == "error" for x in result.findings)


def _statement_pair(net: int, prior: int) -> str:
    def shown(v: int) -> str:
        return f"({abs(v):,})" if v < 0 else f"{v:,}"
    return f"""
                 CONSOLIDATED STATEMENTS OF OPERATIONS
                              (in thousands)
<TABLE>
<CAPTION>
                                                   Year Ended December 31,
                                                   1998             1997
<S>                                               <C>              <C>
Net sales ..................................      $ 10,000         $ 9,000
Costs and expenses .........................        {shown(10000 - net):>6}         {shown(9000 - prior):>6}
                                                   -------          -------
Net income (loss) ..........................      $ {shown(net):>6}         $ {shown(prior):>6}
                                                   =======          =======
</TABLE>

                 CONSOLIDATED STATEMENTS OF CASH FLOWS
                              (in thousands)
<TABLE>
<CAPTION>
                                                   Year Ended December 31,
                                                   1998             1997
<S>                                               <C>              <C>
CASH FLOWS FROM OPERATING ACTIVITIES
Net income (loss) ..........................      $ {shown(net):>6}         $ {shown(prior):>6}
Depreciation and amortization ..............           887              178
                                                   -------          -------
Net cash provided by (used in) operating
  activities ...............................        {shown(net + 887):>6}           {shown(prior + 178):>6}
                                                   =======          =======
</TABLE>
"""


def test_net_income_and_loss_keep_their_meaning_in_both_statements() -> None:
    # DQC_0015: a net loss printed in parentheses in both statements is stored negative in both,
    # whatever weight the cash-flow arithmetic gives the line; a net income positive
    from exporter.read.documents import parse_filing
    from exporter.understand.extract import extract

    ex = extract(parse_filing(_statement_pair(-2500, 531), Path("snippet.txt")))
    # a company showing no noncontrolling interest: both statements' line is NetIncomeLoss (one fact a period)
    lines = {s.code: ln.choice.concept for s in ex.statements for ln in s.lines
             if ln.display_label.startswith("Net inc")}
    assert lines == {"is": "NetIncomeLoss", "cf": "NetIncomeLoss"}
    net = {(f.concept, f.period.key()): f.value for s in ex.statements for f in s.facts
           if f.concept in ("NetIncomeLoss", "ProfitLoss")}
    assert net == {("NetIncomeLoss", "1998-01-01/1998-12-31"): Decimal(-2500000),
                   ("NetIncomeLoss", "1997-01-01/1997-12-31"): Decimal(531000)}
    cfo = {f.period.key(): f.value for s in ex.statements for f in s.facts
           if f.concept == "NetCashProvidedByUsedInOperatingActivities"}
    assert cfo == {"1998-01-01/1998-12-31": Decimal(-1613000), "1997-01-01/1997-12-31": Decimal(709000)}
