"""Mapping statement lines to us-gaap concepts: the concept table plus a small ranker.

Candidates come from ``taxonomy_map`` (the us-gaap 2024 elements, which
statements present them, and the labels real issuers give them). Each line is
scored by label similarity (IDF-weighted, after :func:`labels.tokens`), the
statement it is in, the period type and unit its values need, and where it
stands (current vs. noncurrent, operating vs. nonoperating, assets vs. claims).
A line with no candidate above :data:`THRESHOLD` becomes a company extension
concept; nothing is ever given an invented us-gaap name.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from heapq import heappop, heappush
from itertools import islice
from typing import Any, overload

import taxonomy_map
from exporter.kinds import DecidedBy, StatementKind
from exporter.map import calibration, features
from exporter.map.deprecated import deprecated_named
from exporter.map.features import Features
from exporter.map.labels import strip_clutter, tokens
from taxonomy_map.reserved import deprecated

# the ranker's weights and thresholds: one named table (taxonomy_map/ranker.csv, each row says what it does)
P = taxonomy_map.ranker_params()
THRESHOLD = P["threshold"]
# taxonomy_map/structure.csv: the words the ranker reads a line's place by
_S = taxonomy_map.structure()
NON_GAAP = _S["word"]["nongaap"][0]  # the token labels.tokens gives a non-GAAP qualifier
# taxonomy_map/generic_lines.csv: an income-statement line naming an item us-gaap has retired
RETIRED_ITEM = re.compile(taxonomy_map.generic_lines()["sign_wording"]["retired_item"], re.I)

UNIT_TYPES: dict[str, frozenset[str]] = {
    "monetary": frozenset({"monetaryItemType"}),
    "shares": frozenset({"sharesItemType"}),
    "perShare": frozenset({"perShareItemType"}),
    "percent": frozenset({"percentItemType", "pureItemType"}),
}
_PERIOD: dict[str, str] = {kind: "instant" if kind == StatementKind.BS else "duration" for kind in StatementKind}


@dataclass(frozen=True)
class LineQuery:
    """What the ranker knows about one statement line."""

    statement: str
    label: str
    unit_kind: str = "monetary"
    zone: frozenset[str] = frozenset()
    negative_shown: bool = False
    is_total: bool = False
    industry: frozenset[str] = frozenset()  # the industries whose lines the statement shows (a bank's, an insurer's)
    parts: frozenset[str] = frozenset()  # concepts of the lines a printed total sums
    period_type: str = ""  # "instant" for a cash-flow statement's opening/closing balance
    siblings: frozenset[str] = frozenset()  # concepts the statement's other lines got (first pass)
    opposite: bool = False  # the statement also prints the other side ("Other expense" to "Other income")
    within: str = ""  # the concept of the printed total this line adds up to (first pass)
    nci: bool = False  # the company's statements show noncontrolling interests
    adds: int = 0  # +1: the line's printed values add into the printed total ``within``, -1: subtract, 0: unknown
    alone: bool = False  # the line is the one part of its printed total that is not a subtotal: its section's whole
    left_out: frozenset[str] = frozenset()  # a printed total's: concepts of the statement's lines outside its sum
    deducted: bool = False  # a balance-sheet line inside a printed total from which another line is deducted


@dataclass(frozen=True)
class Candidate:
    concept: str
    score: float
    why: str
    # the named features the score adds (what the confidence reads of the chosen candidate)
    feats: Features = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Choice:
    """The concept chosen for a line, how sure we are, the runners-up and why."""

    concept: str | None  # None: the line needs a company extension concept
    confidence: float
    reason: str
    alternatives: tuple[Candidate, ...] = ()
    source: DecidedBy = DecidedBy.RANKER
    score: float = 0.0  # the raw ranker score, for deciding between lines that want one concept
    margin: float = 0.0  # how far the runner-up's score is behind
    calib: tuple[tuple[str, float], ...] = ()  # what the confidence was computed from (calibration.features)

    @property
    def is_extension(self) -> bool:
        return self.concept is None


@dataclass
class _Entry:
    concept: str
    toks: frozenset[str]
    statement: str
    count: int
    text: str
    role: str = ""
    wsum: float = 0.0
    companies: frozenset[str] = frozenset()  # who wrote this label (up to five filings' companies)


_ZONE_TOKENS = _S["zone_word"]  # a section's words, added to its lines' labels when matching
# the zone of a combined statement's other comprehensive income
_COMPREHENSIVE = taxonomy_map.reader_words()["zone"]["comprehensive"]
_TOTAL_WORD = re.compile(_S["label_start"]["total"][0], re.I)
_SIDES = {side: other[0] for side, other in _S["opposite_side"].items()}


def _marks(kind: str, nci: bool, flags: int = 0) -> re.Pattern[str]:
    parts = [p for (ind, k), ps in taxonomy_map.industry_patterns().items() if k == kind and (ind == "nci") == nci
             for p in ps]
    return re.compile("|".join(parts) or r"(?!)", flags)


def _by_industry(kind: str, flags: int = 0) -> dict[str, re.Pattern[str]]:
    return {ind: re.compile("|".join(ps), flags) for (ind, k), ps in taxonomy_map.industry_patterns().items()
            if k == kind and ind != "nci"}


# taxonomy_map/industry.csv
_INDUSTRY_CONCEPT = _by_industry("concept")
"""Each industry's concepts (a bank's Deposits, an insurer's PolicyholderFunds), by industry."""
_NCI_TOTAL = _marks("total", True)
"""A total including noncontrolling interests (ProfitLoss, StockholdersEquityIncludingPortion...)."""
_NCI_WHOLE = {part: whole for (ind, kind), pairs in taxonomy_map.industry_patterns().items()
              if (ind, kind) == ("nci", "parent_share") for whole, part in (p.split(":") for p in pairs)}
"""The parent's share of a total -> the total including noncontrolling interests (NetIncomeLoss ->
ProfitLoss): with no noncontrolling interest shown they are one amount, placed where the total is."""
INDUSTRY_LINES = _by_industry("line", re.I)
"""Each industry's statement wording (a bank's net interest income, an insurer's unearned premiums)."""
NCI_LINES = _marks("line", True, re.I)
"""Words of a statement line that show noncontrolling interests."""


def industries(labels: Iterable[str]) -> frozenset[str]:
    """The industries whose statement wording the ``labels`` show, each label read on its own (a line
    "Loan servicing income, net" followed by "Interest income" shows no net interest income)."""
    texts = list(labels)
    return frozenset(ind for ind, pattern in INDUSTRY_LINES.items() if any(pattern.search(t) for t in texts))


@dataclass
class Index:
    concepts: Mapping[str, taxonomy_map.Concept]
    entries: Sequence[_Entry] = field(default_factory=list)  # an _Entries when shipped prebuilt
    by_token: dict[tuple[str, str, str], list[int]] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)
    usage: dict[str, int] = field(default_factory=dict)
    usage_in: dict[tuple[str, str], int] = field(default_factory=dict)  # (concept, statement) -> filings
    ancestors: dict[str, frozenset[str]] = field(default_factory=dict)
    parents: dict[str, frozenset[str]] = field(default_factory=dict)
    max_idf: float = 1.0
    flat: list[_Flat] = field(default_factory=list)  # flat_rows(self) when shipped prebuilt, else worked out on use

    def weight(self, tok: str) -> float:
        return self.idf.get(tok, self.max_idf)


def _group(c: taxonomy_map.Concept) -> str | None:
    for kind, types in UNIT_TYPES.items():
        if c.type in types:
            return kind
    return None


_evidence: list[taxonomy_map.LabelEvidence] | None = None


def use_evidence(rows: list[taxonomy_map.LabelEvidence] | None) -> None:
    """Rank against ``rows`` instead of the packaged label table (None: back to it).

    For cross-validation: a table built without a company's filings scores that company.
    """
    global _evidence
    _evidence = rows
    index.cache_clear()
    forget_scans()


_memory: dict[tuple[str, frozenset[str]], Counter[str]] = {}


def use_params(params: dict[str, float] | None) -> None:
    """Rank with these weights and thresholds instead of the table's (None: back to ranker.csv).

    For cross-validation: each fold is scored with weights fitted on the other folds."""
    global P, THRESHOLD
    P = dict(taxonomy_map.ranker_params()) | dict(params or {})
    THRESHOLD = P["threshold"]
    forget_scans()


@dataclass
class Trace:
    """Every choice made while tracing, with the features of all its candidates (for fitting)."""

    last: list[tuple[str, Features]] = field(default_factory=list)
    choices: dict[int, tuple[Choice, list[tuple[str, Features]]]] = field(default_factory=dict)

    def of(self, choice: Choice) -> list[tuple[str, Features]]:
        """The candidates (concept, features) behind ``choice``; [] for one not made by the ranker."""
        kept = self.choices.get(id(choice))
        return kept[1] if kept is not None and kept[0] is choice else []


_trace: Trace | None = None


def start_trace() -> Trace:
    """Record every choice from now on with its candidates' features (stop with stop_trace)."""
    global _trace
    _trace = Trace()
    return _trace


def stop_trace() -> None:
    global _trace
    _trace = None


def use_memory(memory: dict[tuple[str, frozenset[str]], Counter[str]] | None) -> None:
    """Rank a company's own earlier choices (exporter.memory.load) first; None forgets them."""
    global _memory
    if dict(memory or {}) != _memory:
        _memory = dict(memory or {})
        _cheaps.clear()
        _rankings.clear()


@cache
def index() -> Index:
    """The concept table as a searchable index (once per process): the prebuilt form shipped in
    the package when it is up to date (:mod:`exporter.map.prebuilt`), else built from the CSVs."""
    if _evidence is None:
        from exporter.map import prebuilt

        shipped = prebuilt.load()
        if shipped is not None:
            return shipped
    return build_index()


def build_index() -> Index:
    """Build the index from the concept table (or the evidence given to :func:`use_evidence`)."""
    concepts = taxonomy_map.concepts()
    entries: list[_Entry] = []
    idx = Index(concepts, entries)
    usage: dict[str, int] = defaultdict(int)
    usage_in: dict[tuple[str, str], int] = defaultdict(int)
    for ev in taxonomy_map.labels() if _evidence is None else _evidence:
        if ev.concept not in concepts or ev.statement not in _PERIOD:
            continue
        toks = frozenset(tokens(strip_clutter(ev.label)))
        if not toks:
            continue
        who = frozenset(re.split(r"[-_.]", f, maxsplit=1)[0].lower() for f in ev.filings)
        entries.append(_Entry(ev.concept, toks, ev.statement, ev.count, ev.label, ev.role, companies=who))
        usage[ev.concept] += ev.count
        usage_in[(ev.concept, ev.statement)] += ev.count
    idx.usage = dict(usage)
    idx.usage_in = dict(usage_in)
    for c in concepts.values():
        if _group(c) is None:
            continue
        toks = frozenset(tokens(c.words))
        for st in sorted(c.statements) or [""]:
            entries.append(_Entry(c.name, toks, st, 0, c.words))
    df: dict[str, int] = defaultdict(int)
    for e in idx.entries:
        for t in e.toks:
            df[t] += 1
    n = len(idx.entries)
    idx.idf = {t: math.log(1 + n / d) for t, d in df.items()}
    idx.max_idf = max(idx.idf.values(), default=1.0)
    by_token: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, e in enumerate(idx.entries):
        e.wsum = math.fsum(idx.weight(t) for t in e.toks)  # exactly rounded: one value whatever the set order
        c = concepts[e.concept]
        g = _group(c)
        if g is None:
            continue
        for t in e.toks:
            by_token[(g, c.period_type, t)].append(i)
    idx.by_token = dict(by_token)
    parents: dict[str, set[str]] = defaultdict(set)
    for arc in taxonomy_map.calc_arcs():
        parents[arc.child].add(arc.parent)
    idx.parents = {k: frozenset(v) for k, v in parents.items()}
    anc: dict[str, frozenset[str]] = {}
    for name in parents:
        seen: set[str] = set()
        stack = list(parents[name])
        while stack:
            p = stack.pop()
            if p not in seen:
                seen.add(p)
                stack.extend(parents.get(p, ()))
        anc[name] = frozenset(seen)
    idx.ancestors = anc
    return idx


def _dice(a: frozenset[str], a_w: float, e: _Entry, idx: Index) -> float:
    if not a or not e.toks:
        return 0.0
    inter = sum(idx.weight(t) for t in a & e.toks)
    return 2 * inter / (a_w + e.wsum)


def with_opposite(labels: Iterable[str]) -> set[str]:
    """The labels whose other side is printed too: "Other income" beside "Other expense"."""
    keyed: dict[frozenset[str], str] = {}
    for lab in labels:
        keyed[_label_words(lab)] = lab
    out = set()
    for toks, lab in keyed.items():
        sides = toks & set(_SIDES)
        if len(sides) == 1:
            side = next(iter(sides))
            if (toks - {side}) | {_SIDES[side]} in keyed:
                out.add(lab)
    return out


_Scan = tuple[dict[str, tuple[float, int]], dict[str, set[str]], dict[str, int]]
_scans: dict[tuple[object, ...], _Scan] = {}
_SCANS_KEPT = 4096  # then forgotten all at once: a long batch does not grow without end
"""The label-similarity scan of each distinct (words, section words, unit, period, statement, total,
industries) seen in this process: a line scored again (the second pass of a statement) is a lookup."""


_Flat = tuple[str, frozenset[str], str, int, frozenset[str], bool, str, bool, bool, float, str, str]
_flats: dict[int, tuple[Index, list[_Flat], list[float]]] = {}


def flat_rows(idx: Index) -> list[_Flat]:
    """Each entry's fields and the tests the scan makes of it: concept, words, statement, count,
    companies, a total's role, the concept's industry, a negated label, a total's label, the words'
    weight; then the label and its role (the prebuilt index ships the entries as these rows)."""
    return [(e.concept, e.toks, e.statement, e.count, e.companies, e.role.startswith("total"),
             _industry(e.concept), e.role.startswith("negated"),
             e.role == "total" or e.text.lower().startswith("total"), e.wsum, e.text, e.role) for e in idx.entries]


def entries_of(rows: list[_Flat]) -> list[_Entry]:
    """The entries :func:`flat_rows` gives ``rows`` of."""
    return [_entry(row) for row in rows]


def _entry(row: _Flat) -> _Entry:
    concept, toks, st, count, companies, _, _, _, _, wsum, text, role = row
    return _Entry(concept, toks, st, count, text, role, wsum, companies)


class _Entries(Sequence[_Entry]):
    """The entries of the prebuilt index's rows (:func:`flat_rows`), each made when first asked for:
    the label scan reads the rows; an export asks for the entries of the candidates it reports,
    a few hundred of some fourteen thousand."""

    def __init__(self, rows: list[_Flat]) -> None:
        self._rows = rows
        self._made: dict[int, _Entry] = {}

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, i: int) -> _Entry: ...

    @overload
    def __getitem__(self, i: slice) -> list[_Entry]: ...

    def __getitem__(self, i: int | slice) -> _Entry | list[_Entry]:
        if isinstance(i, slice):
            return [self[k] for k in range(len(self._rows))[i]]
        k = range(len(self._rows))[i]
        made = self._made.get(k)
        if made is None:
            made = self._made[k] = _entry(self._rows[k])
        return made

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, _Entries)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


def _flat(idx: Index) -> list[_Flat]:
    """:func:`flat_rows` of the index, worked out once per index (not per line), or as the prebuilt
    index ships them."""
    kept = _flats.get(id(idx))
    if kept is None or kept[0] is not idx:
        rows = idx.flat if len(idx.flat) == len(idx.entries) else flat_rows(idx)
        _flats.clear()
        kept = _flats[id(idx)] = (idx, rows, [row[9] for row in rows])
    return kept[1]


def forget_scans() -> None:
    """Forget the lines scored so far in this process (a benchmark's runs then each start cold)."""
    _scans.clear()
    _cheaps.clear()
    _rankings.clear()


def _within_reach(regions: list[tuple[float, float, set[int]]], weights: list[float], idx: Index,
                  reach: float | None = None) -> dict[int, tuple[float, float]]:
    """The entries whose similarity can reach ``reach`` (``min_similarity`` unless given: the others
    are dropped by :func:`candidates` whatever they score), of the ``regions`` (:func:`_regions`),
    with the weights they share: those with every word of the label (or of the label with its
    section's words), and those whose word overlap, times the largest factors, gets there."""
    w0, w1 = weights[0], weights[-1]
    factor = P["section_words_factor"]
    cap = (max(1.0, P["concept_name_factor"]) * max(1.0, P["negated_label_factor"], P["total_label_factor"])
           * max(1.0, P["other_statement_factor"]))
    need = ((P["min_similarity"] if reach is None else reach) - 1e-6) / cap - max(0.0, P["exact_words_bonus"])
    wsum = _wsums(idx)
    # an entry's own words weigh at least what it shares (wsum >= s): 2s / (w + s) >= need wants s at least
    least = min(need * w0 / (2 - need), need / factor * w1 / (2 - need / factor), w0 - 1e-9) \
        if 0 < need < 2 * factor else 0.0
    # (the same sums as max(2 * s0 / (w0 + wsum), factor * 2 * s1 / (w1 + wsum)) >= need, in that order)
    full0, full1, factor2 = w0 - 1e-9, w1 - 1e-9, factor * 2
    kept: dict[int, tuple[float, float]] = {}
    for s0, s1, entries in regions:
        if not s1 >= least:
            continue
        if s1 >= full1 or s0 >= full0:
            kept.update(dict.fromkeys(entries, (s0, s1)))
            continue
        a0, a1 = 2 * s0, factor2 * s1
        kept.update(dict.fromkeys([i for i in entries if a0 / (w0 + wsum[i]) >= need or a1 / (w1 + wsum[i]) >= need],
                                  (s0, s1)))
    return kept


def _wsums(idx: Index) -> list[float]:
    """Each entry's words' weight (:func:`_flat`'s last field)."""
    _flat(idx)
    return _flats[id(idx)][2]


def _regions(words: list[tuple[str, float, bool]], lists: list[Iterable[int]]) -> list[tuple[float, float, set[int]]]:
    """The entries sharing any of ``words`` (word, weight, of the label; ``lists`` their entries),
    grouped by which of them they have: each group with the weight of the label's words and of all
    the words its entries have, added in the order of ``words`` (set operations, not a sum per entry)."""
    groups: list[tuple[int, set[int]]] = []  # (the words had, a bit each; the entries)
    seen: set[int] = set()
    for bit, postings in enumerate(lists):
        have = set(postings)
        if not have:
            continue
        split: list[tuple[int, set[int]]] = []
        for mask, entries in groups:
            inside = entries & have
            if not inside:
                split.append((mask, entries))
            elif len(inside) == len(entries):
                split.append((mask | 1 << bit, entries))
            else:
                split.append((mask | 1 << bit, inside))
                split.append((mask, entries - inside))
        have -= seen
        if have:
            seen |= have
            split.append((1 << bit, have))
        groups = split
    out = []
    for mask, entries in groups:
        s0 = s1 = 0.0
        for bit, (_, wt, own) in enumerate(words):
            if mask >> bit & 1:
                s1 += wt
                if own:
                    s0 += wt
        out.append((s0, s1, entries))
    return out


def _scan(base: frozenset[str], variants: list[frozenset[str]], group: str, period: str, line: LineQuery,
          idx: Index) -> _Scan:
    """Every concept whose labels share a word with the line: its best similarity and the entry
    giving it; and the companies writing exactly this label, by concept.

    The entries sharing words with the line are grouped by which words they share
    (:func:`_regions`: set operations on the inverted index's lists), not summed one by one; only
    the entries that can reach what :func:`_cheap` keeps are scored (below)."""
    weights = [sum(idx.weight(t) for t in v) for v in variants]
    two = len(variants) > 1
    words = [(t, idx.weight(t), t in base) for t in variants[-1]]
    regions = _regions(words, [idx.by_token.get((group, period, t), ()) for t, _, _ in words])
    best: dict[str, tuple[float, int]] = {}
    voters: dict[str, set[str]] = defaultdict(set)  # concept -> companies writing exactly this label
    said: dict[str, int] = defaultdict(int)  # concept -> filings giving it exactly this label (any statement)
    factor, exact, named, in_name, keep = (P["section_words_factor"], P["exact_words_bonus"],
                                           P["concept_name_factor"], P["name_contains_label"], P["name_contains_keep"])
    negated_f, total_f, other_f = P["negated_label_factor"], P["total_label_factor"], P["other_statement_factor"]
    statement, is_total, shown = line.statement, line.is_total, line.industry
    flat = _flat(idx)
    w0 = weights[0]
    w1, words1 = (weights[1], variants[1]) if two else (0.0, base)
    top: dict[str, float] = {}  # concept -> its best similarity so far (best's first field)
    scored: dict[int, float] = {}

    def similarity(i: int, s0: float, s1: float) -> float:
        """Entry ``i``'s similarity to the line (sharing weight ``s0`` of the label's words, ``s1``
        of the label's and the section's)."""
        _, toks, st, count, _, _, _, negated, total_label, wsum, _, _ = flat[i]
        sim = 2 * s0 / (w0 + wsum)
        if count == 0 and base <= toks:
            # every word of the label is in a (verbose) concept name: "Increase (decrease) in cash,
            # cash equivalents and restricted cash" is all in CashCashEquivalentsRestrictedCash...
            sim = keep * sim + in_name
        if two:
            # the section's words ("current", "nonoperating") count, but less than the label's own
            sim = max(sim, factor * (2 * s1 / (w1 + wsum)))
        if toks == base or (two and toks == words1):
            sim += exact
        if count == 0:
            sim *= named  # a concept name's words, not a label an issuer wrote
        if negated:
            sim *= negated_f  # the issuer shows this concept with its sign reversed
        elif total_label and not is_total:
            sim *= total_f
        if st != statement:
            sim *= other_f
        scored[i] = sim = round(sim, 9)  # sums over sets: round away the float noise of their order
        return sim

    # The entries with every word of the label score first: :func:`_cheap` drops a concept more than
    # ``floor_gap`` below the best, so an entry that cannot reach the best of these less the gap is
    # not scored (its concept cannot be kept by it; the concepts kept, their similarity and entry are
    # the same). Not while tracing: the fit reads the candidates in the scan's order.
    reach = None
    if _trace is None:
        full = w0 - 1e-9
        most = max((similarity(i, s0, s1) for s0, s1, entries in regions if s0 >= full for i in entries),
                   default=None)
        if most is not None:  # (never above 1: the company's own earlier label, at 1, meets what is kept)
            reach = min(max(P["min_similarity"], most - P["floor_gap"]), 1.0 - 1e-6)
    kept = _within_reach(regions, weights, idx, reach)
    for i in sorted(kept):
        # a fixed order: ties go the same way whatever the hash seed
        concept, toks, st, count, companies, total_role, industry, *_ = flat[i]
        if count and toks == base:
            said[concept] += count
            if st == statement and not (total_role and not is_total) and (not industry or industry in shown):
                voters[concept] |= companies
        sim = scored[i] if i in scored else similarity(i, *kept[i])
        if sim > top.get(concept, -1.0):
            top[concept] = sim
            best[concept] = (sim, i)
    return best, voters, said


def _said(where: int | str, idx: Index, line: LineQuery) -> str:
    return where if isinstance(where, str) else _source(idx.entries[where], line)


def _source(e: _Entry, line: LineQuery) -> str:
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
    return list(islice(_ranking(line), limit))


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


def _ranking(line: LineQuery) -> Iterable[Candidate]:
    """:func:`_ranked`, once per distinct line while the weights, evidence and memory stay (not while
    tracing: the fit reads every candidate of every choice)."""
    if _trace is not None:
        return _ranked(line)
    kept = _rankings.get(line)
    if kept is None:
        if len(_rankings) >= _SCANS_KEPT:
            _rankings.clear()
        kept = _rankings[line] = _Ranking(line)
    return kept


_Pending = tuple[float, str, float, "int | str", Features, list[str]]
_Cheap = tuple[list[_Pending], list[_Pending]]
_cheaps: dict[tuple[object, ...], _Cheap] = {}
"""Each distinct line's candidates with what is known of them before its place is read (the label
scan's evidence, the concept's use): in the scan's order and best first. Kept and forgotten with
:data:`_scans`: the second pass of a statement and a line looking again after losing its concept
to another line read them again."""


def _ranked(line: LineQuery) -> Iterator[Candidate]:
    """The concepts for ``line`` best first, each scored in full only when it could still come next.

    A candidate's score is its label similarity and evidence (the label scan's counts, the concept's
    use: cheap, and the same for every line of these words in this place) plus what the line's place
    says of it (the statement's structure: dearer). The latter is bounded by what
    :func:`features.possible` says the line can get at most, so a candidate whose cheap part plus
    that bound cannot reach the next place is not scored while a better one is known: the same order
    and scores as scoring every candidate. The reason is said only for the candidates taken. While
    tracing every candidate is scored (the fit reads them all)."""
    idx = index()
    key = _scan_key(line)
    if key is None:
        return
    base = key[0]
    assert isinstance(base, frozenset)
    # traced: from a scan of every entry (_scan); a line of other comprehensive income reads the
    # concept's statements as the FASB's ci too (_prior_features)
    cheap_key = (key, line.nci, _COMPREHENSIVE in line.zone, _trace is None)
    cheap = _cheaps.get(cheap_key)
    if cheap is None:
        if len(_cheaps) >= _SCANS_KEPT:
            _cheaps.clear()
        cheap = _cheaps[cheap_key] = _cheap(line, key, idx)
    remembered = _memory.get((line.statement, base), Counter())
    most = sum(max(0.0, P[name]) * value for name, value in features.possible(line, base).items())
    rows: list[tuple[str, Features]] = []
    done: list[tuple[tuple[float, str], list[str], int | str, Features]] = []  # a heap, best first

    def full(item: _Pending) -> None:
        _, concept, sim, where, known, ev_why = item
        feats, why = line_features(line, concept, sim, base, idx, known)
        why += ev_why
        if remembered.get(concept):
            why.insert(0, f"the company chose it for this label before ({remembered[concept]} time"
                          f"{'s' if remembered[concept] > 1 else ''})")
        rows.append((concept, feats))
        heappush(done, ((-round(features.score(feats, P), 4), concept), why, where, feats))

    pending = cheap[1]
    if _trace is not None:
        for item in cheap[0]:
            full(item)
        _trace.last = rows
        pending = []
    nxt = 0
    while True:
        # a candidate's score is at most its bound: the best scored one comes next once every one
        # not scored has a bound (and name, for ties) placing it after it; the bound rounded as the
        # score is, after a margin for the float noise of adding in another order
        while nxt < len(pending) and (not done or (-round(pending[nxt][0] + most + 1e-9, 4), pending[nxt][1])
                                      < done[0][0]):
            full(pending[nxt])
            nxt += 1
        if not done:
            return
        (neg, concept), why, where, feats = heappop(done)
        yield Candidate(concept, -neg, "; ".join([_said(where, idx, line)] + why), feats)


def _scan_key(line: LineQuery) -> tuple[object, ...] | None:
    """What the label scan reads of a line: its words, its section's words, unit, period, statement,
    total, industries (None: a label of no words)."""
    base = _label_words(line.label)
    if not base:
        return None
    group = line.unit_kind if line.unit_kind in UNIT_TYPES else "monetary"
    period = line.period_type or _PERIOD.get(line.statement, "duration")
    extra = frozenset(t for z in line.zone for t in _ZONE_TOKENS.get(z, ())) - base
    if line.is_total or _TOTAL_WORD.match(line.label):
        extra = frozenset()  # a total spans sections: its own words say what it is
    if "operating" in base:
        extra -= {"nonoperating"}
    return (base, extra, group, period, line.statement, line.is_total, line.industry)


@lru_cache(maxsize=_SCANS_KEPT)
def _label_words(label: str) -> frozenset[str]:
    return frozenset(tokens(strip_clutter(label)))


def _cheap(line: LineQuery, key: tuple[object, ...], idx: Index) -> _Cheap:
    """The candidates of a line (``key``: its words, section words, unit, period, statement, total,
    industries) with their similarity and where it comes from, the features known before the line's place
    is read and the sum they score (without the place's); in the scan's order and best first."""
    base, extra, group, period = key[0], key[1], key[2], key[3]
    assert isinstance(base, frozenset) and isinstance(extra, frozenset)
    assert isinstance(group, str) and isinstance(period, str)
    scan_key = (*key, _trace is None)  # a traced scan scores every entry (_scan)
    scan = _scans.get(scan_key)
    if scan is None:  # the same words in the same place score the same: once per distinct line
        if len(_scans) >= _SCANS_KEPT:
            _scans.clear()
        variants = [base, base | extra] if extra else [base]
        scan = _scans[scan_key] = _scan(base, variants, group, period, line, idx)
    found, voters, said = scan
    best: dict[str, tuple[float, int | str]] = dict(found)  # the source said only for concepts kept
    n_voters = len(set().union(*voters.values())) if voters else 0
    remembered = _memory.get((line.statement, base), Counter())
    for concept in remembered:
        c = idx.concepts.get(concept)
        if c is not None and _group(c) == group and c.period_type == period:
            had = best.get(concept)
            mine = (1.0, "the company's own earlier label")
            if had is None or max((had[0], _said(had[1], idx, line)), mine) is mine:
                best[concept] = mine
    # context can add at most ~0.5: a label this far off cannot come back
    floor = max((v[0] for v in best.values()), default=0.0) - P["floor_gap"]
    said_all = sum(said.values())
    items: list[_Pending] = []
    for concept, (sim, where) in best.items():
        if sim < floor or sim < P["min_similarity"]:
            continue
        prior = _prior_features(line, concept, idx)
        ev, ev_why = _evidence_features(line, concept, where, idx, said, said_all, voters, n_voters, remembered)
        known = P["similarity"] * sim + features.score(prior, P) + features.score(ev, P)
        items.append((known, concept, sim, where, prior | ev, ev_why))
    return items, sorted(items, key=lambda item: (-item[0], item[1]))


def _evidence_features(line: LineQuery, concept: str, where: int | str, idx: Index, said: dict[str, int],
                       said_all: int, voters: dict[str, set[str]], n_voters: int,
                       remembered: Counter[str]) -> tuple[Features, list[str]]:
    """What the label scan found for ``concept``: the kind of evidence, the filings and companies
    giving this very label, the company's own earlier choices; and the reasons to say."""
    feats: Features = {}
    why: list[str] = []
    if isinstance(where, int):
        e = idx.entries[where]
        if e.count == 0:
            feats["name_only"] = 1.0
        if e.statement != line.statement:
            feats["other_statement"] = 1.0
    if said.get(concept):
        feats["label_filings"] = math.log1p(said[concept])
        feats["label_share"] = said[concept] / said_all
    if n_voters:
        share = len(voters.get(concept, ())) / (n_voters + P["vote_companies_added"])  # one company's word is weak
        if share:
            feats["vote"] = share
            why.append(f"{len(voters[concept])} of {n_voters} companies writing this label chose it")
    if remembered.get(concept):
        feats["memory"] = remembered[concept] / sum(remembered.values())
    return feats, why


def line_features(line: LineQuery, concept: str, sim: float, base: frozenset[str],
                  idx: Index, cheap: Features | None = None) -> tuple[Features, list[str]]:
    """The named features of ``concept`` for ``line`` and the reasons to say: its similarity, what
    the line's place says (:mod:`features`), the concept's use (:func:`_prior_features`), then the
    ``cheap`` ones given (the label scan's evidence), in that order (the score adds them in it)."""
    c = idx.concepts[concept]
    feats: Features = {"similarity": sim}
    ctx, why = features.context(concept, c, line)
    feats.update(ctx)
    whole = _whole(concept, line, idx)
    fam, fam_why = features.family(whole, line, idx)
    feats.update(fam)
    if fam_why:
        why.append(fam_why)
    arith, arith_why = features.arithmetic(whole, line, idx)
    feats.update(arith)
    why += arith_why
    prior = _prior_features(line, concept, idx) if cheap is None else cheap
    feats.update((name, value) for name, value in prior.items() if name in _PRIOR)
    feats.update(features.direction(concept, base, line, idx))
    feats.update(features.against_total(c, line, idx))
    feats.update(features.other_side(concept, line, idx))
    if cheap is not None:
        feats.update((name, value) for name, value in cheap.items() if name not in _PRIOR)
    return feats, why


_PRIOR = ("usage_prior", "statement_usage", "not_in_statement", "industry_concept", "industry_own",
          "nci_total_nci_shown", "nci_total_no_nci")


def _prior_features(line: LineQuery, concept: str, idx: Index) -> Features:
    """The concept's use (in all filings, in the line's statement), whether the FASB presents it in
    the statement, an industry's concept (of the industry the statement reads as or of another), a
    total with noncontrolling interests: named as :data:`_PRIOR`, each a lookup."""
    feats: Features = {}
    if idx.usage.get(concept):
        feats["usage_prior"] = math.log1p(idx.usage[concept])
    if idx.usage_in.get((concept, line.statement)):
        feats["statement_usage"] = math.log1p(idx.usage_in[(concept, line.statement)])
    shown = idx.concepts[concept].statements | idx.concepts[_whole(concept, line, idx)].statements
    if line.statement not in shown and not (_COMPREHENSIVE in line.zone and StatementKind.CI in shown):
        feats["not_in_statement"] = 1.0  # (a combined statement's other comprehensive income: the FASB's ci)
    if _industry(concept) in line.industry:
        feats["industry_own"] = 1.0  # an insurer's concept for an insurer's line
    elif _industry(concept):
        feats["industry_concept"] = 1.0  # a concept of an industry the statement does not read as
    if _nci_total(concept) and not line.nci:
        feats["nci_total_no_nci"] = 1.0
    elif _nci_total(concept) and line.statement != StatementKind.BS:
        # the words of the whole are those of most companies' parent-only total ("Net income"); a
        # balance sheet's total equity says it is the whole ("Total equity")
        feats["nci_total_nci_shown"] = 1.0
    return feats


def _whole(concept: str, line: LineQuery, idx: Index) -> str:
    """With no noncontrolling interest shown, the parent's share is the whole total: it stands where
    us-gaap's calculation tree and presentation put the total (NetIncomeLoss where ProfitLoss is)."""
    whole = _NCI_WHOLE.get(concept, concept)
    return concept if line.nci or whole not in idx.concepts else whole


@cache
def _nci_total(concept: str) -> bool:
    """Is it a total including noncontrolling interests (:data:`_NCI_TOTAL`)?"""
    return bool(_NCI_TOTAL.search(concept))


@cache
def _industry(concept: str) -> str:
    """The industry whose concept this is ("bank", "insurance" ...; "" none)."""
    return next((ind for ind, pattern in _INDUSTRY_CONCEPT.items() if pattern.search(concept)), "")


def choose(line: LineQuery, taken: Iterable[str] = ()) -> Choice:
    """Pick a concept for ``line`` (skipping ``taken`` ones), or say it needs an extension."""
    if _trace is None:
        return _choose(line, taken)
    _trace.last = []
    choice = _choose(line, taken)
    _trace.choices[id(choice)] = (choice, _trace.last)
    return choice


_CANDIDATES_READ = 12  # a line's best candidates looked at (those taken by other lines are passed over)
_CANDIDATES_SAID = 4  # of them the best not taken, and its runners-up shown in the report


_SPLIT_CLASSES = taxonomy_map.generic_lines().get("deprecated_split", {})  # taxonomy_map/generic_lines.csv


def _common_successor(gone: str, cands: list[Candidate], label: str) -> bool:
    """Is the best candidate the common-stock concept a deprecated concept was split into (us-gaap
    2023: ``TreasuryStockShares`` into ``TreasuryStockCommonShares`` and ``...PreferredShares``),
    for a line that names no preferred stock ("Treasury stock, shares")? The classes:
    ``generic_lines.csv``, kind ``deprecated_split``."""
    if not cands:
        return False
    words = set(tokens(label))
    best, was = set(re.findall(r"[A-Z][a-z]+", cands[0].concept)), set(re.findall(r"[A-Z][a-z]+", gone))
    return any(best == was | {kept} and not set(tokens(other)) & words for kept, other in _SPLIT_CLASSES.items())


_RANKING_ONLY = ("joined_one_named",)
"""Features that rank a line's candidates against each other without saying that no us-gaap concept
fits it: "Tools and supplies" is rather a concept of both than SuppliesExpense, but SuppliesExpense
rather than a company extension concept. Left out of the score held against :data:`THRESHOLD`."""


def _ranking_only(cand: Candidate) -> float:
    """What :data:`_RANKING_ONLY` features add to ``cand``'s score."""
    return sum(P[name] * cand.feats.get(name, 0.0) for name in _RANKING_ONLY)


def _choose(line: LineQuery, taken: Iterable[str]) -> Choice:
    used = set(taken)
    if NON_GAAP in _label_words(line.label):
        return Choice(None, 1.0, "a non-GAAP measure (adjusted, pro forma, excluding one-time items): "
                      "no us-gaap concept means it", (), DecidedBy.EXTENSION)
    if line.statement in (StatementKind.IS, StatementKind.CF) and RETIRED_ITEM.search(line.label):
        return Choice(None, 1.0, "an item us-gaap has retired (an extraordinary item, the cumulative effect of "
                      "an accounting change): no live concept means it", (), DecidedBy.EXTENSION)
    cands: list[Candidate] = []  # of the best twelve, those not taken: the first four are all said
    passed = 0  # better-ranked candidates other lines took
    for place, cand in enumerate(_ranking(line)):
        if place == _CANDIDATES_READ or len(cands) == _CANDIDATES_SAID:
            break
        if cand.concept not in used:
            cands.append(cand)
        elif not cands:
            passed += 1
    zone = frozenset(t for z in line.zone for t in _ZONE_TOKENS.get(z, ()))
    gone = deprecated_named(line.label, zone)
    if gone is not None and not (cands and cands[0].score >= P["deprecated_keep"]) \
            and not _common_successor(gone, cands, line.label):
        return Choice(None, cands[0].score if cands else 0.0,
                      f"worded as us-gaap {gone}, deprecated in {deprecated()[gone].since} with no "
                      f"concept of the same meaning", tuple(cands[:3]), DecidedBy.EXTENSION)
    if not cands or cands[0].score - _ranking_only(cands[0]) < THRESHOLD:
        best = f"; best was {cands[0].concept} at {cands[0].score:.2f}" if cands else ""
        return Choice(None, cands[0].score if cands else 0.0,
                      f"no us-gaap concept scored {THRESHOLD} or more{best}",
                      tuple(cands[:3]), DecidedBy.EXTENSION)
    top = cands[0]
    margin = top.score - (cands[1].score if len(cands) > 1 else 0.0)
    alts = tuple(Candidate(c.concept, round(min(1.0, c.score), 2), c.why) for c in cands[1:4])
    calib = calibration.features(top, margin, line, P, index().ancestors, passed,
                                 cands[1] if len(cands) > 1 else None)
    return Choice(top.concept, round(calibration.confidence(calib, P), 2), top.why, alts, score=top.score,
                  margin=margin, calib=calib)


def rewritten(choice: Choice) -> dict[str, Any]:
    """The calibration values and confidence of ``choice`` once a later step (a sign refuted, a
    conflict between statements, a printed total's parts) gave its line another concept: for
    ``dataclasses.replace``."""
    if not choice.calib:
        return {}
    calib = (*((n, v) for n, v in choice.calib if n != "rewritten"), ("rewritten", 1.0))
    return {"calib": calib, "confidence": round(calibration.confidence(calib, P), 2)}


def concept_info(name: str) -> taxonomy_map.Concept | None:
    return index().concepts.get(name)

