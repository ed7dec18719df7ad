"""One fact printed with two values: which to keep, and the error finding that says so.

Two lines of a document that are one fact (the same concept, period and unit) but print other
figures cannot both be right. The document's own arithmetic decides where it can: the value on a
line that a printed total adds up with (or that is itself such a total) is kept over one that no
printed sum involves (two lines of one table given one concept are no repeat of one fact: the first
stays). Either way the disagreement is an error finding (``EXP.conflict``), naming
both lines and the likely cause, unless a cross-statement check already reports that fact, so an
export that drops a printed figure never says "0 errors".
"""

from __future__ import annotations

from dataclasses import replace

from exporter.check.cross import cause
from exporter.check.finding import Finding
from exporter.kinds import DecidedBy, StatementKind
from exporter.map.mapping import Candidate
from exporter.map.ranker import retaken
from exporter.understand.currency import is_money
from exporter.understand.naming import Taken, extension_name
from exporter.understand.records import Fact, Line, Origin, Statement
from taxonomy_map.reserved import standard_names


def _line(f: Fact) -> int:
    """The line of the file that prints ``f`` (a full submission's later documents start many lines in)."""
    return f.where.line if f.where is not None and f.where.line else f.line

def _in_sums(st: Statement) -> set[int]:
    """The rows of a statement that a printed sum adds up with, as a part or as the total."""
    return {i for s in st.sums for i in (s.total, *(p for p, _ in s.parts))}


def give_way_across(statements: list[Statement]) -> list[Statement]:
    """Two lines of different statements given one concept whose figures differ for a period
    ("Amortization of intangibles": the part among operating expenses, all of it in the cash flows)
    are two facts, not one: the line the printed sums do not back, else the one the ranker scored
    lower, else the later, takes its first runner-up that no other line has, else a company
    extension concept.
    Returns the statements whose lines changed (their signs and facts must be decided again)."""
    summed = {id(st): _in_sums(st) for st in statements}
    by_key: dict[tuple[str, str, str], list[tuple[Fact, Statement]]] = {}
    for st in statements:
        for f in st.facts:
            by_key.setdefault((f.qname, f.period.key(), f.unit), []).append((f, st))
    changed: dict[int, Statement] = {}
    moved: set[int] = set()
    for same in by_key.values():
        if len({f.value for f, _ in same}) < 2 or len({id(st) for _, st in same}) < 2:
            continue
        if all(f.period.is_instant and is_money(f.unit) for f, _ in same) \
                and any(st.code == StatementKind.IS for _, st in same):
            continue  # an income statement's balance of money (its retained earnings at the year's end)
            # is the balance sheet's: figures that differ are a conflict (drop_conflicts), not two facts
        rivals: list[tuple[Line, Statement, int]] = []
        for order, (f, st) in enumerate(same):
            ln = st.line_for(f.row)
            if ln is not None and id(ln) not in moved and f.origin is Origin.CELL:
                rivals.append((ln, st, order))
        if len({id(st) for _, st, _ in rivals}) < 2:
            continue
        ln, st, _ = min(rivals, key=lambda r: (r[0].choice.source is not DecidedBy.RANKER,
                                               r[0].row.index in summed[id(r[1])], r[0].choice.score, -r[2]))
        if ln.choice.source is not DecidedBy.RANKER:
            continue
        if not _take_runner_up(ln, statements):
            _take_extension(ln, statements)
        moved.add(id(ln))
        changed[id(st)] = st
    return list(changed.values())


def _take_runner_up(ln: Line, statements: list[Statement]) -> bool:
    """``ln`` takes its first runner-up no line of any statement has (which would be a new conflict)."""
    old = ln.choice.concept or ""
    taken = {x.choice.concept for st in statements for x in st.lines}
    for alt in ln.choice.alternatives:
        if alt.concept in taken:
            continue
        ln.choice = retaken(ln.choice, alt.concept,
                            f"{alt.why}; {old} gave way: another statement prints that concept with other figures")
        ln.concept, ln.prefix = alt.concept, "us-gaap"
        return True
    return False


def _take_extension(ln: Line, statements: list[Statement]) -> None:
    """``ln``, every runner-up of which another line has, takes a company extension concept named
    from its label: the line the concept fits better keeps its figures, and neither is lost."""
    old = ln.choice.concept or ""
    used = Taken(standard_names(), (x.concept for st in statements for x in st.lines if x.prefix != "us-gaap"))
    ln.choice = replace(  # its confidence stays the ranker's: no calibration is rewritten for an extension
        ln.choice, concept=None,
        reason=f"{old} gave way: another statement prints that concept with other figures, and every "
               "runner-up is another line's: a company extension",
        alternatives=(Candidate(old, ln.choice.score, ln.choice.reason), *ln.choice.alternatives))
    ln.concept, ln.prefix = extension_name(ln.label, used), ""


def drop_conflicts(statements: list[Statement], warnings: list[str], findings: list[Finding]) -> None:
    """Keep one fact per concept, period and unit (the one the printed sums support, else the
    first); report values that disagree. A printed total that involves a dropped value can no
    longer be checked, so it leaves the calculations."""
    summed = {id(st): _in_sums(st) for st in statements}
    by_key: dict[tuple[str, str, str], list[tuple[Fact, Statement]]] = {}
    for st in statements:
        for f in st.facts:
            by_key.setdefault((f.qname, f.period.key(), f.unit), []).append((f, st))
    reported = {(x.concept, x.context) for x in findings if x.severity == "error"}
    dropped: set[int] = set()
    lost: dict[int, set[int]] = {}
    for same in by_key.values():
        keep = same[0][0]
        dropped.update(id(f) for f, _ in same[1:])  # an equal duplicate: one fact, shown once
        if len({f.value for f, _ in same}) < 2:
            continue
        backed = {f.value for f, st in same if f.row in summed[id(st)]}
        why = "the first printed: the printed sums decide nothing"
        one_table = len({f.table for f, _ in same}) == 1  # two lines of one table named alike, not a repeat
        if one_table:
            why = "the first printed: two lines of one table were given one concept"
        elif len(backed) == 1 and keep.value not in backed:
            keep = next(f for f, _ in same if f.value in backed)
            why = "the printed sums add up with it and not with the other"
            dropped.discard(id(keep))
            dropped.add(id(same[0][0]))
        for f, st in same:
            if f.value == keep.value:
                continue
            lost.setdefault(id(st), set()).add(f.row)
            warnings.append(
                f"{f.concept} {f.period.key()}: {keep.label!r} (line {_line(keep)}) gives {keep.value} "
                f"but {f.label!r} (line {_line(f)}) gives {f.value}; kept {keep.value} (line {_line(keep)}), "
                f"dropped {f.value} (line {_line(f)})")
            if (f.qname, f.period.key()) in reported:
                continue  # a cross-statement check already names this disagreement
            likely = ("two columns of one table were given one period: a column misdated"
                      if f.table == keep.table and f.row == keep.row
                      else "two lines were given one name: name each from the heading it stands under"
                      if f.table == keep.table else str(cause(f.value, keep.value)))
            findings.append(Finding(
                "EXP.conflict", "error",
                f"{f.concept} for {f.period.label()} is printed as {keep.value} ({keep.label!r}, line {_line(keep)}) "
                f"and as {f.value} ({f.label!r}, line {_line(f)}): kept {keep.value}, {why}; likely cause: {likely}",
                concept=f.qname, context=f.period.key(), source=f"line {_line(f)}"))
    for st in statements:
        st.facts = [f for f in st.facts if id(f) not in dropped]
        gone = lost.get(id(st), set())
        if gone:
            st.sums = [s for s in st.sums if s.total not in gone and not any(i in gone for i, _ in s.parts)]
