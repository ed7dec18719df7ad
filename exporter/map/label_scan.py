"""The label scan: the entries of the ranker's index (:mod:`exporter.map.mapping`) whose words a
statement line shares, each scored by label similarity (IDF-weighted, after :func:`labels.tokens`;
section words, concept names, negated and total labels, another statement weighed by
``taxonomy_map/ranker.csv``), with the filings and companies writing exactly the line's label.

The entries sharing words are grouped by which words they share (set operations on the inverted
index's lists) and only those that can still reach what :mod:`exporter.map.scoring` keeps are
scored. Each distinct line is scanned once per process (:data:`kept_scans`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

import taxonomy_map
from exporter.map import mapping
from exporter.map.labels import strip_clutter, tokens
from exporter.map.mapping import PERIOD_TYPE, UNIT_TYPES, FlatRow, Index, LineQuery, flat_rows

# taxonomy_map/structure.csv: the words the ranker reads a line's place by
_S = taxonomy_map.structure()
ZONE_TOKENS = _S["zone_word"]  # a section's words, added to its lines' labels when matching
_TOTAL_WORD = re.compile(_S["label_start"]["total"][0], re.I)
_SIDES = {side: other[0] for side, other in _S["opposite_side"].items()}


def with_opposite(labels: Iterable[str]) -> set[str]:
    """The labels whose other side is printed too: "Other income" beside "Other expense"."""
    keyed: dict[frozenset[str], str] = {}
    for lab in labels:
        keyed[label_words(lab)] = lab
    out = set()
    for toks, lab in keyed.items():
        sides = toks & set(_SIDES)
        if len(sides) == 1:
            side = next(iter(sides))
            if (toks - {side}) | {_SIDES[side]} in keyed:
                out.add(lab)
    return out


_Scan = tuple[dict[str, tuple[float, int]], dict[str, set[str]], dict[str, int]]
kept_scans: dict[tuple[object, ...], _Scan] = {}
SCANS_KEPT = 4096  # then forgotten all at once: a long batch does not grow without end
"""The label-similarity scan of each distinct (words, section words, unit, period, statement, total,
industries) seen in this process: a line scored again (the second pass of a statement) is a lookup."""


_flats: dict[int, tuple[Index, list[FlatRow], list[float]]] = {}


def index_rows(idx: Index) -> list[FlatRow]:
    """:func:`mapping.flat_rows` of the index, worked out once per index (not per line), or as the prebuilt
    index ships them: an entry's fields without making its :class:`mapping.Entry`."""
    kept = _flats.get(id(idx))
    if kept is None or kept[0] is not idx:
        rows = idx.flat if len(idx.flat) == len(idx.entries) else flat_rows(idx)
        _flats.clear()
        kept = _flats[id(idx)] = (idx, rows, [row[9] for row in rows])
    return kept[1]


def _within_reach(regions: list[tuple[float, float, set[int]]], weights: list[float], idx: Index,
                  reach: float | None = None) -> dict[int, tuple[float, float]]:
    """The entries whose similarity can reach ``reach`` (``min_similarity`` unless given: the others
    are dropped by :func:`scoring.candidates` whatever they score), of the ``regions`` (:func:`_regions`),
    with the weights they share: those with every word of the label (or of the label with its
    section's words), and those whose word overlap, times the largest factors, gets there."""
    P = mapping.P  # the weights ranked with (use_params)
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
    """Each entry's words' weight (kept beside :func:`index_rows`)."""
    index_rows(idx)
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


def scan_labels(base: frozenset[str], variants: list[frozenset[str]], group: str, period: str, line: LineQuery,
          idx: Index) -> _Scan:
    """Every concept whose labels share a word with the line: its best similarity and the entry
    giving it; and the companies writing exactly this label, by concept.

    The entries sharing words with the line are grouped by which words they share
    (:func:`_regions`: set operations on the inverted index's lists), not summed one by one; only
    the entries that can reach what :func:`scoring._cheap` keeps are scored (below)."""
    P = mapping.P  # the weights ranked with (use_params)
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
    flat = index_rows(idx)
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

    # The entries with every word of the label score first: :func:`scoring._cheap` drops a concept more than
    # ``floor_gap`` below the best, so an entry that cannot reach the best of these less the gap is
    # not scored (its concept cannot be kept by it; the concepts kept, their similarity and entry are
    # the same). Not while tracing: the fit reads the candidates in the scan's order.
    reach = None
    if mapping.active_trace is None:
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


def scan_key_of(line: LineQuery) -> tuple[object, ...] | None:
    """What the label scan reads of a line: its words, its section's words, unit, period, statement,
    total, industries (None: a label of no words)."""
    base = label_words(line.label)
    if not base:
        return None
    group = line.unit_kind if line.unit_kind in UNIT_TYPES else "monetary"
    period = line.period_type or PERIOD_TYPE.get(line.statement, "duration")
    extra = frozenset(t for z in line.zone for t in ZONE_TOKENS.get(z, ())) - base
    if line.is_total or _TOTAL_WORD.match(line.label):
        extra = frozenset()  # a total spans sections: its own words say what it is
    if "operating" in base:
        extra -= {"nonoperating"}
    return (base, extra, group, period, line.statement, line.is_total, line.industry)


@lru_cache(maxsize=SCANS_KEPT)
def label_words(label: str) -> frozenset[str]:
    return frozenset(tokens(strip_clutter(label)))


