"""Concepts of the era a statement reports: a line means what us-gaap called it when it was printed.

Some concepts took over a meaning from a standard's date on: a cash-flow statement's opening and
closing cash are cash, cash equivalents and restricted cash only since ASU 2016-18 (fiscal years
from 2018); before it they were the cash and cash equivalents the balance sheet prints. The
ranker learns from recent filings and chooses the newer concept; a statement whose every period
ended before the standard, and whose line names nothing of the newer meaning, takes the concept
of its era instead (taxonomy_map/era_concepts.csv: the concept, the date, the older concept, the
words that keep the newer one, and the source). Not where another statement prints the older
concept with other figures at the same date (cash in the cash flows that holds more than the
balance sheet's cash): the lines of the concept keep the newer one, the opening and the closing
cash alike.
"""

from __future__ import annotations

import re
from datetime import date

import taxonomy_map
from exporter.kinds import DecidedBy
from exporter.map.ranker import retaken
from exporter.understand.records import Line, Statement

_ERAS = {concept: (date.fromisoformat(until), instead, re.compile(unless, re.I))
         for concept, (until, instead, unless) in taxonomy_map.era_concepts().items()}


def of_their_era(statements: list[Statement]) -> list[Statement]:
    """Give each line of a statement reported wholly before a concept's era the concept of its own
    era (see the module). Returns the statements whose lines changed (their signs and facts must
    be decided again)."""
    printed: dict[tuple[str, str, str], set[object]] = {}  # (concept, period, unit) -> values
    for st in statements:
        for f in st.facts:
            printed.setdefault((f.concept, f.period.key(), f.unit), set()).add(f.value)
    changed: list[Statement] = []
    for st in statements:
        ends = [p.end for p in st.periods if p is not None]
        # the lines of one concept move together (the opening and the closing cash), or none does
        moving: dict[str, list[Line]] = {}
        for ln in st.lines:
            era = _ERAS.get(ln.concept)
            if era is None or ln.prefix != "us-gaap" or ln.choice.source is not DecidedBy.RANKER:
                continue
            if ends and max(ends) < era[0]:
                moving.setdefault(ln.concept, []).append(ln)
        for concept, lines in moving.items():
            until, instead, unless = _ERAS[concept]
            if any(unless.search(ln.label) for ln in lines):
                continue  # a line names the newer meaning ("... and restricted cash"): all keep it
            rows = {ln.row.index for ln in lines}
            own = [f for f in st.facts if f.row in rows]
            if any(printed.get((instead, f.period.key(), f.unit), {f.value}) != {f.value} for f in own):
                continue  # another statement prints the older concept with other figures
            for ln in lines:
                _take(ln, instead, until)
            changed.append(st)
    return changed


def _take(ln: Line, concept: str, until: date) -> None:
    old = ln.choice.concept or ""
    ln.choice = retaken(ln.choice, concept, f"{ln.choice.reason}; {concept}, not {old}: every period of the "
                        f"statement ended before {until.isoformat()}, when {old} took this line's meaning over "
                        "(taxonomy_map/era_concepts.csv)")
    ln.concept = concept
