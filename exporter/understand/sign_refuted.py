"""A concept the document's own signs refute gives way to the ranker's runner-up.

A line's figures are stored with the sign its concept's balance gives them against the printed
total they add into. When the chosen concept is never negative (DQC_0015: payments, expenses,
stocks of assets) and every figure of the line would be stored negative, the document says the
line flows the other way ("Increases in common stock" taken as a repurchase): the first runner-up
of the other balance type takes the line, and the choice's reason says why. Overrides and lines
with no runner-up of the other balance keep their concept (the negative-value check then reports
them).
"""

from __future__ import annotations

from exporter.check.signs import never_negative
from exporter.kinds import DecidedBy
from exporter.map.mapping import concept_info
from exporter.map.ranker import retaken
from exporter.understand.records import Line, Statement, UnitKind


def refuted(ln: Line) -> bool:
    """The line's us-gaap concept is never negative, yet each of its figures would be stored negative."""
    concept = ln.choice.concept
    if not concept or ln.unit_kind != UnitKind.MONETARY or not never_negative(concept):
        return False
    signed = [c.printed.value * ln.factor for c in ln.row.cells if c is not None and not c.printed.dash]
    return bool(signed) and all(v <= 0 for v in signed) and any(v < 0 for v in signed)


def give_way(st: Statement) -> bool:
    """Each refuted line of ``st`` takes its first runner-up of the other balance type; True when
    a line changed (its signs must then be decided again)."""
    changed = False
    taken = {ln.choice.concept for ln in st.lines if ln.choice.concept}
    for ln in st.lines:
        if ln.choice.source is not DecidedBy.RANKER or not refuted(ln):
            continue
        old = ln.choice.concept or ""
        info = concept_info(old)
        for alt in ln.choice.alternatives:
            other = concept_info(alt.concept)
            if info is None or other is None or not other.balance or other.balance == info.balance \
                    or alt.concept in taken:
                continue
            ln.choice = retaken(ln.choice, alt.concept,
                                f"{alt.why}; {old} gave way: the line's printed figures would all be stored "
                                f"negative under it, a concept that is never negative")
            taken.add(alt.concept)
            changed = True
            break
    return changed
