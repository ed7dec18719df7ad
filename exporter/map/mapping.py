"""Mapping statement lines to us-gaap concepts: the concept table as the ranker's index, and what the
ranker reads and says.

Candidates come from ``taxonomy_map`` (the us-gaap 2024 elements, which
statements present them, and the labels real issuers give them), kept as an :class:`Index`
(:func:`index`: built from the CSVs, or the prebuilt form of :mod:`exporter.map.prebuilt`). A line
(:class:`LineQuery`) is scanned against it (:mod:`exporter.map.label_scan`), its candidates scored
(:mod:`exporter.map.scoring`) and one chosen (:mod:`exporter.map.ranker`: a :class:`Choice`); a line
with no candidate above :data:`THRESHOLD` becomes a company extension concept; nothing is ever given
an invented us-gaap name. The weights (:data:`P`) and the trace of every choice (:func:`start_trace`)
live here, read by those modules.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import overload

import taxonomy_map
from exporter.kinds import DecidedBy, StatementKind
from exporter.map.features import Features
from exporter.map.labels import strip_clutter, tokens

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
PERIOD_TYPE: dict[str, str] = {kind: "instant" if kind == StatementKind.BS else "duration" for kind in StatementKind}


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
class Entry:
    concept: str
    toks: frozenset[str]
    statement: str
    count: int
    text: str
    role: str = ""
    wsum: float = 0.0
    companies: frozenset[str] = frozenset()  # who wrote this label (up to five filings' companies)


def _marks(kind: str, nci: bool, flags: int = 0) -> re.Pattern[str]:
    parts = [p for (ind, k), ps in taxonomy_map.industry_patterns().items() if k == kind and (ind == "nci") == nci
             for p in ps]
    return re.compile("|".join(parts) or r"(?!)", flags)


def _by_industry(kind: str, flags: int = 0) -> dict[str, re.Pattern[str]]:
    return {ind: re.compile("|".join(ps), flags) for (ind, k), ps in taxonomy_map.industry_patterns().items()
            if k == kind and ind != "nci"}


# taxonomy_map/industry.csv
INDUSTRY_CONCEPT = _by_industry("concept")
"""Each industry's concepts (a bank's Deposits, an insurer's PolicyholderFunds), by industry."""
_NCI_TOTAL = _marks("total", True)
"""A total including noncontrolling interests (ProfitLoss, StockholdersEquityIncludingPortion...)."""
NCI_WHOLE = {part: whole for (ind, kind), pairs in taxonomy_map.industry_patterns().items()
              if (ind, kind) == ("nci", "parent_share") for whole, part in (p.split(":") for p in pairs)}
"""The parent's share of a total -> the total including noncontrolling interests (NetIncomeLoss ->
ProfitLoss): with no noncontrolling interest shown they are one amount, placed where the total is."""
INDUSTRY_LINES = _by_industry("line", re.I)
"""Each industry's statement wording (a bank's net interest income, an insurer's unearned premiums)."""
NCI_LINES = _marks("line", True, re.I)
"""Words of a statement line that show noncontrolling interests."""
NCI_SHARE = _marks("share", True)
"""The concept of the noncontrolling interests' share of the results."""


def industries(labels: Iterable[str]) -> frozenset[str]:
    """The industries whose statement wording the ``labels`` show, each label read on its own (a line
    "Loan servicing income, net" followed by "Interest income" shows no net interest income)."""
    found: set[str] = set()
    for label in labels:
        found |= _industries_of(label)
    return frozenset(ind for ind in INDUSTRY_LINES if ind in found)  # (in the table's order, as ever)


@lru_cache(maxsize=65536)
def _industries_of(label: str) -> frozenset[str]:
    """The industries whose statement wording ``label`` shows (:data:`INDUSTRY_LINES`), once per label."""
    return frozenset(ind for ind, pattern in INDUSTRY_LINES.items() if pattern.search(label))


@dataclass
class Index:
    concepts: Mapping[str, taxonomy_map.Concept]
    entries: Sequence[Entry] = field(default_factory=list)  # an Entries when shipped prebuilt
    by_token: dict[tuple[str, str, str], list[int]] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)
    usage: dict[str, int] = field(default_factory=dict)
    usage_in: dict[tuple[str, str], int] = field(default_factory=dict)  # (concept, statement) -> filings
    ancestors: dict[str, frozenset[str]] = field(default_factory=dict)
    parents: dict[str, frozenset[str]] = field(default_factory=dict)
    max_idf: float = 1.0
    flat: list[FlatRow] = field(default_factory=list)  # flat_rows(self) when shipped prebuilt, else worked out on use

    def weight(self, tok: str) -> float:
        return self.idf.get(tok, self.max_idf)


def concept_group(c: taxonomy_map.Concept) -> str | None:
    for kind, types in UNIT_TYPES.items():
        if c.type in types:
            return kind
    return None


_evidence: list[taxonomy_map.LabelEvidence] | None = None


@dataclass
class Trace:
    """Every choice made while tracing, with the features of all its candidates (for fitting)."""

    last: list[tuple[str, Features]] = field(default_factory=list)
    choices: dict[int, tuple[Choice, list[tuple[str, Features]]]] = field(default_factory=dict)

    def of(self, choice: Choice) -> list[tuple[str, Features]]:
        """The candidates (concept, features) behind ``choice``; [] for one not made by the ranker."""
        kept = self.choices.get(id(choice))
        return kept[1] if kept is not None and kept[0] is choice else []


active_trace: Trace | None = None


def start_trace() -> Trace:
    """Record every choice from now on with its candidates' features (stop with stop_trace)."""
    global active_trace
    active_trace = Trace()
    return active_trace


def stop_trace() -> None:
    global active_trace
    active_trace = None


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
    entries: list[Entry] = []
    idx = Index(concepts, entries)
    usage: dict[str, int] = defaultdict(int)
    usage_in: dict[tuple[str, str], int] = defaultdict(int)
    for ev in taxonomy_map.labels() if _evidence is None else _evidence:
        if ev.concept not in concepts or ev.statement not in PERIOD_TYPE:
            continue
        toks = frozenset(tokens(strip_clutter(ev.label)))
        if not toks:
            continue
        who = frozenset(re.split(r"[-_.]", f, maxsplit=1)[0].lower() for f in ev.filings)
        entries.append(Entry(ev.concept, toks, ev.statement, ev.count, ev.label, ev.role, companies=who))
        usage[ev.concept] += ev.count
        usage_in[(ev.concept, ev.statement)] += ev.count
    idx.usage = dict(usage)
    idx.usage_in = dict(usage_in)
    for c in concepts.values():
        if concept_group(c) is None:
            continue
        toks = frozenset(tokens(c.words))
        for st in sorted(c.statements) or [""]:
            entries.append(Entry(c.name, toks, st, 0, c.words))
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
        g = concept_group(c)
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


FlatRow = tuple[str, frozenset[str], str, int, frozenset[str], bool, str, bool, bool, float, str, str]


def flat_rows(idx: Index) -> list[FlatRow]:
    """Each entry's fields and the tests the scan makes of it: concept, words, statement, count,
    companies, a total's role, the concept's industry, a negated label, a total's label, the words'
    weight; then the label and its role (the prebuilt index ships the entries as these rows)."""
    return [(e.concept, e.toks, e.statement, e.count, e.companies, e.role.startswith("total"),
             concept_industry(e.concept), e.role.startswith("negated"),
             e.role == "total" or e.text.lower().startswith("total"), e.wsum, e.text, e.role) for e in idx.entries]


def entries_of(rows: list[FlatRow]) -> list[Entry]:
    """The entries :func:`flat_rows` gives ``rows`` of."""
    return [_entry(row) for row in rows]


def _entry(row: FlatRow) -> Entry:
    concept, toks, st, count, companies, _, _, _, _, wsum, text, role = row
    return Entry(concept, toks, st, count, text, role, wsum, companies)


class Entries(Sequence[Entry]):
    """The entries of the prebuilt index's rows (:func:`flat_rows`), each made when first asked for:
    the label scan reads the rows; an export asks for the entries of the candidates it reports,
    a few hundred of some fourteen thousand."""

    def __init__(self, rows: list[FlatRow]) -> None:
        self._rows = rows
        self._made: dict[int, Entry] = {}

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, i: int) -> Entry: ...

    @overload
    def __getitem__(self, i: slice) -> list[Entry]: ...

    def __getitem__(self, i: int | slice) -> Entry | list[Entry]:
        if isinstance(i, slice):
            return [self[k] for k in range(len(self._rows))[i]]
        k = range(len(self._rows))[i]
        made = self._made.get(k)
        if made is None:
            made = self._made[k] = _entry(self._rows[k])
        return made

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, Entries)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


@cache
def nci_total(concept: str) -> bool:
    """Is it a total including noncontrolling interests (:data:`_NCI_TOTAL`)?"""
    return bool(_NCI_TOTAL.search(concept))


@cache
def concept_industry(concept: str) -> str:
    """The industry whose concept this is ("bank", "insurance" ...; "" none)."""
    return next((ind for ind, pattern in INDUSTRY_CONCEPT.items() if pattern.search(concept)), "")


def concept_info(name: str) -> taxonomy_map.Concept | None:
    return index().concepts.get(name)
