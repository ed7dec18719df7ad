"""An untagged balance sheet of the 1990s (dot leaders, no <TABLE>): a heading in capitals with a
qualifier in parentheses over its parts, their unlabelled sum, the depreciation deducted and the
unlabelled net; the unlabelled grand total of the claims; the sentence referring to the notes and a
page number under it. None needs ../shared."""

from __future__ import annotations

from exporter.understand.extraction import Extraction
from tests.text_snippet import extract_snippet, two_year_caption

BALANCE_SHEET = """\
                                   SNIPPET INDUSTRIES, INC.
                               CONSOLIDATED BALANCE SHEET

December 31
($ in millions)                                             1996         1995
- -------------------------------------------------------------------------------
ASSETS
CURRENT ASSETS
Cash and cash equivalents ............................. $    412.5    $   380.1
Accounts receivable ...................................      901.3        855.0
Inventories ...........................................      610.2        598.4
- -------------------------------------------------------------------------------
Total current assets ..................................    1,924.0      1,833.5
- -------------------------------------------------------------------------------
PROPERTY, PLANT AND EQUIPMENT (at cost)
Land ..................................................       61.0         50.0
Buildings .............................................      700.0        680.0
Machinery and equipment ...............................    1,249.0      1,170.0
- -------------------------------------------------------------------------------
                                                           2,010.0      1,900.0
Less allowance for depreciation .......................      810.0        750.0
- -------------------------------------------------------------------------------
                                                           1,200.0      1,150.0
- -------------------------------------------------------------------------------
OTHER ASSETS                                                 176.0        166.5
- -------------------------------------------------------------------------------
                                                         $ 3,300.0    $ 3,150.0
===============================================================================
LIABILITIES AND STOCKHOLDERS' EQUITY
CURRENT LIABILITIES
Accounts payable and accrued liabilities ............... $   700.0    $   650.0
Income taxes payable ...................................     100.0         90.0
- -------------------------------------------------------------------------------
Total current liabilities ..............................     800.0        740.0
- -------------------------------------------------------------------------------
LONG-TERM DEBT .........................................     500.0        510.0
- -------------------------------------------------------------------------------
STOCKHOLDERS' EQUITY
Common stock ...........................................     400.0        400.0
Retained earnings ......................................   1,600.0      1,500.0
- -------------------------------------------------------------------------------
Total stockholders' equity .............................   2,000.0      1,900.0
- -------------------------------------------------------------------------------
                                                         $ 3,300.0    $ 3,150.0
===============================================================================


   The accompanying notes are an integral part of this financial statement.

                                                                              39
"""


def _bs() -> Extraction:
    return extract_snippet(BALANCE_SHEET)


def _by_label() -> dict[str, str]:
    ex = _bs()
    return {f.label: f.concept for s in ex.statements if s.code == "bs" for f in s.facts}


def test_a_capital_heading_with_a_qualifier_in_parentheses_heads_its_lines() -> None:
    """'PROPERTY, PLANT AND EQUIPMENT (at cost)' over 'Land ...': a heading in capitals whose
    qualifier is in lower case, not the first line of a label running on into 'Land'."""
    got = _by_label()
    assert got["Land"] == "Land"
    assert not any(label.startswith("PROPERTY") and "Land" in label for label in got)


def test_the_unlabelled_gross_and_net_amounts_are_named_by_their_heading() -> None:
    """The unlabelled sum of the property lines is the gross amount; the unlabelled amount after the
    depreciation deducted is the net one, named by the heading, not by the last part above it."""
    ex = _bs()
    bs = next(s for s in ex.statements if s.code == "bs")
    concept_of = {f.value: f.concept for f in bs.facts}
    assert concept_of[2010000000] == "PropertyPlantAndEquipmentGross"
    assert concept_of[1200000000] == "PropertyPlantAndEquipmentNet"
    net = next(f for f in bs.facts if f.value == 1200000000)
    assert net.label.lower().startswith("property, plant and equipment")
    assert "at cost" not in net.label


def test_the_unlabelled_grand_total_closing_the_claims_is_liabilities_and_equity() -> None:
    ex = _bs()
    bs = next(s for s in ex.statements if s.code == "bs")
    closing = {f.concept for f in bs.facts if f.value == 3300000000}
    assert closing == {"Assets", "LiabilitiesAndStockholdersEquity"}


def test_the_sentence_referring_to_the_notes_ends_the_statement() -> None:
    """'The accompanying notes are an integral part ...' under the statement, and the page number
    below it, are no lines of it: no fact of 39 (millions), no line named after the sentence."""
    ex = _bs()
    facts = [f for s in ex.statements for f in s.facts]
    assert not any("accompanying" in f.label.lower() for f in facts)
    assert not any(f.value in (39, 39000000) for f in facts)


HEADING_CLOSED = """\
                            SNIPPET INSTRUMENTS, INC.
                           CONSOLIDATED BALANCE SHEETS
<TABLE>
<CAPTION>
(DOLLARS IN THOUSANDS)                                        DECEMBER 31,   JANUARY 2,
                                                                  2000          2000
<S>                                                           <C>           <C>
Current Assets:
  Cash and cash equivalents.................................  $  125,551    $  126,650
  Inventories...............................................     230,766       201,724
                                                              ----------    ----------
TOTAL CURRENT ASSETS........................................     356,317       328,374
                                                              ----------    ----------
Property, Plant and Equipment:
  At cost...................................................     550,040       496,347
  Accumulated depreciation and amortization.................    (275,280)     (268,313)
                                                              ----------    ----------
Net Property, Plant and Equipment...........................     274,760       228,034
                                                              ----------    ----------
Investments.................................................      36,730        14,911
Other Assets................................................     104,187        64,163
                                                              ----------    ----------
TOTAL ASSETS................................................  $  771,994    $  635,482
                                                              ==========    ==========
Current Liabilities:
  Accounts payable..........................................  $  171,994    $  135,482
                                                              ----------    ----------
TOTAL LIABILITIES...........................................     171,994       135,482
Stockholders' equity........................................     600,000       500,000
                                                              ----------    ----------
TOTAL LIABILITIES AND STOCKHOLDERS' EQUITY..................  $  771,994    $  635,482
</TABLE>
"""


def test_the_heading_s_own_net_amount_closes_it() -> None:
    """'Net Property, Plant and Equipment' closes the heading 'Property, Plant and Equipment:' as a
    total does: 'Investments' at the margin below it is the investments, not property (it was read
    'Property, Plant and Equipment Investments' and took PropertyPlantAndEquipmentGross)."""
    ex = extract_snippet(HEADING_CLOSED)
    bs = next(s for s in ex.statements if s.code == "bs")
    line = next(ln for ln in bs.lines if ln.display_label == "Investments")
    assert "Property" not in line.label
    assert line.choice.concept is not None and "PropertyPlantAndEquipment" not in line.choice.concept


UNHEADED_EQUITY = two_year_caption("STATEMENT OF FINANCIAL POSITION", "At December 31", ("1993", "1992")) + """\
ASSETS
Cash and equivalents                                         3,218        1,189
All other assets                                            24,674       19,450
                                                          --------     --------
TOTAL ASSETS                                                27,892       20,639
                                                          ========     ========
LIABILITIES AND EQUITY
Short-term borrowings                                        9,135        6,020
All other liabilities                                       12,009        9,734
                                                          --------     --------
   Total liabilities                                        21,144       15,754
                                                          --------     --------
   Minority interest in equity of consolidated affiliates      656          344
                                                          --------     --------
Common stock (926,564,000 shares issued)                       584          584
Other capital                                                1,398          755
Retained earnings                                            8,881        7,609
Less common stock held in treasury                          (4,771)      (4,407)
                                                          --------     --------
   Total share owners' equity                                6,092        4,541
                                                          --------     --------
TOTAL LIABILITIES AND EQUITY                                27,892       20,639
                                                          ========     ========
</TABLE>
"""


def test_the_lines_after_the_liabilities_total_are_the_equity_when_no_heading_opens_it() -> None:
    """Under 'LIABILITIES AND EQUITY' and no equity heading of its own, the lines after 'Total
    liabilities' are the equity: 'Common stock' is CommonStockValue, not common stock including
    paid-in capital taken among the liabilities (GE 1993's layout)."""
    ex = extract_snippet(UNHEADED_EQUITY)
    bs = next(s for s in ex.statements if s.code == "bs")
    by_label = {ln.display_label: ln for ln in bs.lines}
    common = by_label["Common stock (926,564,000 shares issued)"]
    assert "equity" in common.zone
    assert common.choice.concept == "CommonStockValue"
