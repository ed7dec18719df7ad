"""Two printed values for one fact: one is kept, and the warning names the one actually kept."""

from __future__ import annotations

import re
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


def test_conflict_warning_names_the_kept_value(tmp_path: Path) -> None:
    from exporter import export

    text = SEED.read_text(encoding="latin-1")
    at = text.index("</TABLE>") + len("</TABLE>")  # after the balance sheet
    doc = tmp_path / "conflict.txt"
    doc.write_text(text[:at] + "\n" + CASH_FLOWS + text[at:], encoding="latin-1")
    result = export(doc, tmp_path / "out", cik="844143", validate=False)
    conflicts = [w for w in result.warnings if " kept " in w and "NetIncomeLoss 2002-12-01/2003-08-30" in w]
    assert len(conflicts) == 1, result.warnings
    kept, dropped = (Decimal(v) for v in re.search(r"kept (-?\d+) .*dropped (-?\d+)", conflicts[0]).groups())
    assert {abs(kept), abs(dropped)} == {Decimal(2500000), Decimal(2524000)}
    values = {f.value for f in result.model.facts
              if f.concept == "NetIncomeLoss" and f.period.key() == "2002-12-01/2003-08-30"}
    assert values == {kept}
