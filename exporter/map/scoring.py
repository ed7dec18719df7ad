"""A line's candidates scored and ordered: the label scan's evidence (:mod:`exporter.map.label_scan`),
the concept's use, the company's own earlier choices (:func:`use_memory`) and what the line's place
says (:mod:`exporter.map.features`), each a named feature weighed by ``taxonomy_map/ranker.csv``.

:func:`candidates` gives them best first; each is scored in full only when it could still come next
(the place's features are bounded by :func:`features.possible`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from heapq import heappop, heappush
from itertools import islice

import taxonomy_map
from exporter.kinds import StatementKind
from exporter.map import features, mapping
from exporter.map.features import Features
from exporter.map.label_scan import SCANS_KEPT, index_rows, kept_scans, scan_key_of, scan_labels
from exporter.map.mapping import (
    NCI_SHARE,
    NCI_WHOLE,
    Candidate,
    Entry,
    FlatRow,
    Index,
    LineQuery,
    concept_group,
    concept_industry,
    nci_total,
)

# the zone of a combined statement's other comprehensive income
_COMPREHENSIVE = taxonomy_map.reader_words()["zone"]["comprehensive"]

_memory: dict[tuple[str, frozenset[str]], Counter[str]] = {}


def use_memory(memory: dict[tuple[str, frozenset[str]], Counter[str]] | None) -> None:
    """Rank a company's own earlier choices (exporter.memory.load) first; None forgets them."""
    global _memory
    if dict(memory or {}) != _memory:
        _memory = dict(memory or {})
        _cheaps.clear()
        _rankings.clear()


def forget_scans() -> None:
    """Forget the lines scored so far in this process (a benchmark's runs then each start cold)."""
    kept_scans.clear()
    _cheaps.clear()
    _rankings.clear()


def _said(where: int | str, idx: Index, line: LineQuery) -> str:
    return where if isinstance(where, str) else _source(idx.entries[where], line)


def _source(e: Entry, line: LineQuery) -> str:
    """Where a candidate's similarity comes from, said for the reason."""
    if e.count == 0:
        src = f"concept name {e.concept!r}"
    else:
        src = f"issuer label {e.text!r} ({e.count} filing{'s' if e.count > 1 else ''})"
    if e.statement != line.statement and e.statement:
        src += f" in a {e.statement} statement"
    return src


def candidates(line: LineQuery, limit: int = 6) -> list[Candidate]:
    """The best concepts for ``line``, best first."""
    return list(islice(ranking(line), limit))


class _Ranking:
    """A line's candidates best first, scored as far as they were read (:func:`_ranked`) and kept:
    a line read again (another line took its concept, the statement's second pass asks the same)
    goes on from there."""

    def __init__(self, line: LineQuery) -> None:
        self._more: Iterator[Candidate] | None = _ranked(line)
        self._got: list[Candidate] = []

    def __iter__(self) -> Iterator[Candidate]:
        place = 0
        while True:
            if place == len(self._got):
                got = next(self._more, None) if self._more is not None else None
                if got is None:
                    self._more = None
                    return
                self._got.append(got)
            yield self._got[place]
            place += 1


_rankings: dict[LineQuery, _Ranking] = {}


def ranking(line: LineQuery) -> Iterable[Candidate]:
    """:func:`_ranked`, once per distinct line while the weights, evidence and memory stay (not while
    tracing: the fit reads every candidate of every choice)."""
    if mapping.active_trace is not None:
        return _ranked(line)
    kept = _rankings.get(line)
    if kept is None:
        if len(_rankings) >= SCANS_KEPT:
            _rankings.clear()
        kept = _rankings[line] = _Ranking(line)
    return kept


_Pending = tuple[float, str, float, "int | str", Features, Features, list[str]]
_Cheap = tuple[list[_Pending], list[_Pending]]
_cheaps: dict[tuple[object, ...], _Cheap] = {}
"""Each distinct line's candidates with what is known of them before its place is read (the label
scan's evidence, the concept's use): in the scan's order and best first. Kept and forgotten with
:data:`label_scan.kept_scans`: the second pass of a statement and a line looking again after losing its concept
to another line read them again."""


class _Run:
    """A line's candidates not scored yet, best first, whose place can add at most ``bound``."""

    __slots__ = ("at", "bound", "items")

    def __init__(self, items: list[_Pending], bound: float) -> None:
        self.items, self.bound, self.at = items, bound, 0

    def next_place(self) -> tuple[float, str]:
        """The place the next of them would take at most: its score's bound rounded as scores are,
        after a margin for the float noise of adding in another order, and its name (for ties)."""
        item = self.items[self.at]
        return -round(item[0] + self.bound + 1e-9, 4), item[1]


def _ranked(line: LineQuery) -> Iterator[Candidate]:
    """The concepts for ``line`` best first, each scored in full only when it could still come next.

    A candidate's score is its label similarity and evidence (the label scan's counts, the concept's
    use: cheap, and the same for every line of these words in this place) plus what the line's place
    says of it (the statement's structure: dearer). The latter is bounded by what
    :func:`features.possible` says the line can get at most, so a candidate whose cheap part plus
    that bound cannot reach the next place is not scored while a better one is known: the same order
    and scores as scoring every candidate. The reason is said only for the candidates taken. While
    tracing every candidate is scored (the fit reads them all)."""
    idx = mapping.index()
    key = scan_key_of(line)
    if key is None:
        return
    base = key[0]
    assert isinstance(base, frozenset)
    # traced: from a scan of every entry (scan_labels); a line of other comprehensive income reads the
    # concept's statements as the FASB's ci too (_prior_features)
    cheap_key = (key, line.nci, _COMPREHENSIVE in line.zone, mapping.active_trace is None)
    cheap = _cheaps.get(cheap_key)
    if cheap is None:
        if len(_cheaps) >= SCANS_KEPT:
            _cheaps.clear()
        cheap = _cheaps[cheap_key] = _cheap(line, key, idx)
    remembered = _memory.get((line.statement, base), Counter())
    possible = features.possible(line, base)
    most = sum(max(0.0, mapping.P[name]) * value for name, value in possible.items())
    says = features.line_says(base, line)
    rows: list[tuple[str, Features]] = []
    done: list[tuple[tuple[float, str], list[str], int | str, Features]] = []  # a heap, best first

    def full(item: _Pending) -> None:
        _, concept, sim, where, prior, evidence, ev_why = item
        feats, why = line_features(line, concept, sim, base, idx, prior, evidence, says)
        why += ev_why
        if remembered.get(concept):
            why.insert(0, f"the company chose it for this label before ({remembered[concept]} time"
                          f"{'s' if remembered[concept] > 1 else ''})")
        rows.append((concept, feats))
        heappush(done, ((-round(features.score(feats, mapping.P), 4), concept), why, where, feats))

    pending = cheap[1]
    if mapping.active_trace is not None:
        for item in cheap[0]:
            full(item)
        mapping.active_trace.last = rows
        pending = []
    # the candidates not scored, best first, in runs of the same bound on what their place adds: a
    # printed total's concept that sums none of its parts gets none of what the parts say
    runs = [_Run(pending, most)]
    if line.parts and pending:
        above = features.parts_above(line.parts, idx)
        summing: list[_Pending] = []
        not_summing: list[_Pending] = []
        for item in pending:
            (summing if _whole(item[1], line, idx) in above else not_summing).append(item)
        runs = [_Run(summing, most),
                _Run(not_summing, sum(max(0.0, mapping.P[name]) * value for name, value in possible.items()
                                      if name not in features.PARTS_SAY))]
    while True:
        # a candidate's score is at most its bound: the best scored one comes next once every one
        # not scored has a bound (and name, for ties) placing it after it; the bound rounded as the
        # score is, after a margin for the float noise of adding in another order
        while True:
            nxt = min((run for run in runs if run.at < len(run.items)), key=_Run.next_place, default=None)
            if nxt is None or (done and not nxt.next_place() < done[0][0]):
                break
            full(nxt.items[nxt.at])
            nxt.at += 1
        if not done:
            return
        (neg, concept), why, where, feats = heappop(done)
        yield Candidate(concept, -neg, "; ".join([_said(where, idx, line)] + why), feats)


def _cheap(line: LineQuery, key: tuple[object, ...], idx: Index) -> _Cheap:
    """The candidates of a line (``key``: its words, section words, unit, period, statement, total,
    industries) with their similarity and where it comes from, the features known before the line's place
    is read and the sum they score (without the place's); in the scan's order and best first."""
    base, extra, group, period = key[0], key[1], key[2], key[3]
    assert isinstance(base, frozenset) and isinstance(extra, frozenset)
    assert isinstance(group, str) and isinstance(period, str)
    scan_key = (*key, mapping.active_trace is None)  # a traced scan scores every entry (scan_labels)
    scan = kept_scans.get(scan_key)
    if scan is None:  # the same words in the same place score the same: once per distinct line
        if len(kept_scans) >= SCANS_KEPT:
            kept_scans.clear()
        variants = [base, base | extra] if extra else [base]
        scan = kept_scans[scan_key] = scan_labels(base, variants, group, period, line, idx)
    found, voters, said = scan
    best: dict[str, tuple[float, int | str]] = dict(found)  # the source said only for concepts kept
    n_voters = len(set().union(*voters.values())) if voters else 0
    remembered = _memory.get((line.statement, base), Counter())
    for concept in remembered:
        c = idx.concepts.get(concept)
        if c is not None and concept_group(c) == group and c.period_type == period:
            had = best.get(concept)
            mine = (1.0, "the company's own earlier label")
            if had is None or max((had[0], _said(had[1], idx, line)), mine) is mine:
                best[concept] = mine
    # context can add at most ~0.5: a label this far off cannot come back
    floor = max((v[0] for v in best.values()), default=0.0) - mapping.P["floor_gap"]
    said_all = sum(said.values())
    items: list[_Pending] = []
    rows = index_rows(idx)
    for concept, (sim, where) in best.items():
        if sim < floor or sim < mapping.P["min_similarity"]:
            continue
        prior = _prior_features(line, concept, idx)
        ev, ev_why = _evidence_features(line, concept, where, rows, said, said_all, voters, n_voters, remembered)
        known = mapping.P["similarity"] * sim + features.score(prior, mapping.P) + features.score(ev, mapping.P)
        items.append((known, concept, sim, where, prior, ev, ev_why))
    return items, sorted(items, key=lambda item: (-item[0], item[1]))


def _evidence_features(line: LineQuery, concept: str, where: int | str, rows: list[FlatRow], said: dict[str, int],
                       said_all: int, voters: dict[str, set[str]], n_voters: int,
                       remembered: Counter[str]) -> tuple[Features, list[str]]:
    """What the label scan found for ``concept``: the kind of evidence (``where``: the index entry
    giving its similarity, one of ``rows``, :func:`label_scan.index_rows`), the filings and companies
    giving this very label, the company's own earlier choices; and the reasons to say."""
    feats: Features = {}
    why: list[str] = []
    if isinstance(where, int):
        _, _, statement, count, *_ = rows[where]  # the entry's fields, its Entry not made
        if count == 0:
            feats["name_only"] = 1.0
        if statement != line.statement:
            feats["other_statement"] = 1.0
    if said.get(concept):
        feats["label_filings"] = math.log1p(said[concept])
        feats["label_share"] = said[concept] / said_all
    if n_voters:
        # one company's word is weak
        share = len(voters.get(concept, ())) / (n_voters + mapping.P["vote_companies_added"])
        if share:
            feats["vote"] = share
            why.append(f"{len(voters[concept])} of {n_voters} companies writing this label chose it")
    if remembered.get(concept):
        feats["memory"] = remembered[concept] / sum(remembered.values())
    return feats, why


_PRIOR = ("usage_prior", "statement_usage", "not_in_statement", "industry_concept", "industry_own",
          "nci_total_nci_shown", "nci_total_no_nci")


def line_features(line: LineQuery, concept: str, sim: float, base: frozenset[str],
                  idx: Index, prior: Features | None = None, evidence: Features | None = None,
                  says: features.LineSays | None = None) -> tuple[Features, list[str]]:
    """The named features of ``concept`` for ``line`` and the reasons to say: its similarity, what
    the line's place says (:mod:`features`; ``says``: what its label says, :func:`features.line_says`),
    the concept's use (``prior``: :func:`_prior_features`, worked out here when not given), then the
    label scan's ``evidence`` given (:func:`_evidence_features`), in that order (the score adds them in it)."""
    c = idx.concepts[concept]
    feats: Features = {"similarity": sim}
    ctx, why = features.context(concept, c, line)
    feats.update(ctx)
    # the parent's share stands for the whole total unless the line's printed parts deduct the
    # noncontrolling interests' share (a "Minority interest" line before net income, before 2009)
    whole = concept if _nci_share_printed(line.parts) else _whole(concept, line, idx)
    fam, fam_why = features.family(whole, line, idx)
    feats.update(fam)
    if fam_why:
        why.append(fam_why)
    arith, arith_why = features.arithmetic(whole, line, idx)
    feats.update(arith)
    why += arith_why
    feats.update(_prior_features(line, concept, idx) if prior is None else prior)
    feats.update(features.direction(concept, base, line, idx, says))
    feats.update(features.against_total(c, line, idx))
    feats.update(features.other_side(concept, line, idx))
    feats.update(features.deducted_above(concept, line, idx))
    if evidence is not None:
        feats.update(evidence)
    return feats, why


def _prior_features(line: LineQuery, concept: str, idx: Index) -> Features:
    """The concept's use (in all filings, in the line's statement), whether the FASB presents it in
    the statement, an industry's concept (of the industry the statement reads as or of another), a
    total with noncontrolling interests: named as :data:`_PRIOR`, each a lookup."""
    feats: Features = {}
    use = _uses(idx).get((concept, line.nci))
    if use is None:
        use = _uses(idx)[(concept, line.nci)] = _use_of(concept, line, idx)
    used, shown, industry, nci_whole = use
    if used:
        feats["usage_prior"] = used
    if idx.usage_in.get((concept, line.statement)):
        feats["statement_usage"] = math.log1p(idx.usage_in[(concept, line.statement)])
    if line.statement not in shown and not (_COMPREHENSIVE in line.zone and StatementKind.CI in shown):
        feats["not_in_statement"] = 1.0  # (a combined statement's other comprehensive income: the FASB's ci)
    if industry in line.industry:
        feats["industry_own"] = 1.0  # an insurer's concept for an insurer's line
    elif industry:
        feats["industry_concept"] = 1.0  # a concept of an industry the statement does not read as
    if nci_whole and not line.nci:
        feats["nci_total_no_nci"] = 1.0
    elif nci_whole and line.statement != StatementKind.BS:
        # the words of the whole are those of most companies' parent-only total ("Net income"); a
        # balance sheet's total equity says it is the whole ("Total equity")
        feats["nci_total_nci_shown"] = 1.0
    return feats


_Use = tuple[float, frozenset[str], str, bool]


def _uses(idx: Index) -> dict[tuple[str, bool], _Use]:
    """:func:`_use_of` of each (concept, noncontrolling interest shown) asked, kept on the index it
    reads (a new index, one per fold of a cross-validation, starts its own)."""
    kept: dict[tuple[str, bool], _Use] = vars(idx).setdefault("_uses", {})
    return kept


def _use_of(concept: str, line: LineQuery, idx: Index) -> _Use:
    """What :func:`_prior_features` reads of ``concept`` whatever the line but whether it shows a
    noncontrolling interest: its use in all filings (log(1 + filings), 0 none), the statements the
    FASB presents it or the whole it stands for in (:func:`_whole`), its industry, a total with
    noncontrolling interests."""
    used = math.log1p(idx.usage[concept]) if idx.usage.get(concept) else 0.0
    concepts = idx.concepts
    if isinstance(concepts, taxonomy_map.ConceptTable):  # (the records not made: most are never asked for)
        shown = concepts.statements(concept) | concepts.statements(_whole(concept, line, idx))
    else:
        shown = concepts[concept].statements | concepts[_whole(concept, line, idx)].statements
    return used, shown, concept_industry(concept), nci_total(concept)


@lru_cache(maxsize=1024)
def _nci_share_printed(parts: frozenset[str]) -> bool:
    """Does a printed total's parts hold the noncontrolling interests' share of the results
    (taxonomy_map/industry.csv, nci share)?"""
    return any(NCI_SHARE.match(p) for p in parts)


def _whole(concept: str, line: LineQuery, idx: Index) -> str:
    """With no noncontrolling interest shown, the parent's share is the whole total: it stands where
    us-gaap's calculation tree and presentation put the total (NetIncomeLoss where ProfitLoss is)."""
    whole = NCI_WHOLE.get(concept, concept)
    return concept if line.nci or whole not in idx.concepts else whole
