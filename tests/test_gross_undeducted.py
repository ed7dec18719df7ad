"""A balance sheet prints an amount before deductions only above the deduction it states: a line
inside no printed total from which another line is subtracted ("Notes receivable" alone among the
other assets, "Property, plant and equipment" alone) taking a concept naming the amount before
them (NotesReceivableGross, PropertyPlantAndEquipmentGross) counts against it (feature
``gross_undeducted``, issue 11); above its "Less allowance" or accumulated depreciation the gross
concept stays open. None needs ../shared."""

from __future__ import annotations

from exporter.map import features, mapping, ranker
from exporter.map.mapping import LineQuery
from tests.text_snippet import extract_snippet, extract_traced

NOTES_ALONE = """\
    CONSOLIDATED BALANCE SHEETS

        (in thousands)
                                                   July 31,    January 31,
                                                     2000         2000
    ASSETS
    Cash and cash equivalents                       $ 3,000     $ 3,500
    Accounts receivable                               1,200       1,100
    Inventories                                       1,800       1,700
                                                    -------     -------
      Total current assets                            6,000       6,300
    Property and equipment, net                       8,000       7,700
    Notes receivable                                    500         400
                                                    -------     -------
      Total assets                                  $14,500     $14,400
                                                    =======     =======
    LIABILITIES AND SHAREHOLDERS' EQUITY
    Accounts payable                                $ 1,500     $ 1,400
    Accrued liabilities                               2,500       2,300
                                                    -------     -------
      Total current liabilities                       4,000       3,700
    Long-term debt                                    4,000       4,300
                                                    -------     -------
      Total liabilities                               8,000       8,000
    Common stock                                        100         100
    Retained earnings                                 6,400       6,300
                                                    -------     -------
      Total shareholders' equity                      6,500       6,400
                                                    -------     -------
      Total liabilities and shareholders' equity    $14,500     $14,400
                                                    =======     =======
"""

NOTES_LESS_ALLOWANCE = NOTES_ALONE.replace(
    "    Notes receivable                                    500         400\n",
    "    Notes receivable                                    700         600\n"
    "      Less allowance for doubtful notes                (200)       (200)\n"
    "                                                    -------     -------\n"
    "    Notes receivable, net                               500         400\n")


def _line(label: str, deducted: bool) -> LineQuery:
    return LineQuery("bs", label, zone=frozenset({"assets", "noncurrent", "sided"}), period_type="instant",
                     deducted=deducted)


def test_an_amount_before_deductions_no_deduction_follows_counts_against_it() -> None:
    idx = mapping.index()
    for concept in ("NotesReceivableGross", "PropertyPlantAndEquipmentGross", "AccountsReceivableGrossCurrent",
                    "PropertyPlantAndEquipmentAndFinanceLeaseRightOfUseAssetBeforeAccumulatedDepreciationAndAmortization"):
        c = idx.concepts[concept]
        assert features.context(concept, c, _line("Notes receivable", False))[0].get("gross_undeducted") == 1.0
        assert "gross_undeducted" not in features.context(concept, c, _line("Notes receivable", True))[0]
    # a net amount, or the income statement's gross profit, is no amount before deductions
    for concept in ("NotesReceivableNet", "PropertyPlantAndEquipmentNet"):
        assert "gross_undeducted" not in features.context(concept, idx.concepts[concept],
                                                           _line("Notes receivable", False))[0]
    is_line = LineQuery("is", "Gross profit", zone=frozenset({"operating"}), is_total=True)
    assert "gross_undeducted" not in features.context("GrossProfit", idx.concepts["GrossProfit"], is_line)[0]
    assert "gross_undeducted" in features.possible(_line("Notes receivable", False), frozenset())


def test_notes_receivable_printed_alone_are_the_net_amount() -> None:
    assert ranker.choose(_line("Notes receivable", False)).concept != "NotesReceivableGross"
    bs = next(s for s in extract_snippet(NOTES_ALONE).statements if s.code == "bs")
    got = {f.concept for f in bs.facts if f.label == "Notes receivable"}
    assert got and not any(c.endswith("Gross") for c in got), got


def test_the_amount_above_its_allowance_may_be_gross() -> None:
    """Above 'Less allowance' the line is inside the printed net total the allowance is deducted
    from: nothing counts against the gross concept, and the net total keeps the net one."""
    ex, tracer = extract_traced(NOTES_LESS_ALLOWANCE)
    bs = next(s for s in ex.statements if s.code == "bs")
    gross = next(ln for ln in bs.lines if ln.display_label == "Notes receivable")
    assert not any("gross_undeducted" in f for _, f in tracer.of(gross.choice))
    net = next(ln for ln in bs.lines if ln.display_label == "Notes receivable, net")
    assert net.choice.concept and not net.choice.concept.endswith("Gross")
    assert any("gross_undeducted" in f for _, f in tracer.of(net.choice))
