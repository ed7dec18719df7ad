"""The concept table: us-gaap concepts, issuers' labels for them, and calculation arcs.

The data lives in CSV files installed with this package and regenerated from
the FASB taxonomy and real filings by ``python -m taxonomy_map.build`` (see
``sources.md``). This module only reads them::

    >>> from taxonomy_map import concepts, labels, calc_arcs
    >>> concepts()["PropertyPlantAndEquipmentNet"].balance
    'debit'

Concept names are us-gaap local names (``Assets``); concepts of other FASB
taxonomies carry their prefix (``srt:ProductOrServiceAxis``). Statement codes
are ``bs``, ``is``, ``ci``, ``cf``, ``eq`` and the parentheticals ``bs_par``,
``is_par`` (see ``taxonomy_map._statements``).
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from typing import Any, Final, TypeVar, cast, overload

CONCEPTS_CSV = "concepts.csv"
LABELS_CSV = "labels.csv"
CALC_CSV = "calc.csv"
RANKER_CSV = "ranker.csv"
INDUSTRY_CSV = "industry.csv"
GENERIC_CSV = "generic_lines.csv"
READER_WORDS_CSV = "reader_words.csv"
READER_THRESHOLDS_CSV = "reader_thresholds.csv"
SYNONYMS_CSV = "synonyms.csv"
STRUCTURE_CSV = "structure.csv"
EXTENSION_NAMES_CSV = "extension_names.csv"
ERA_CONCEPTS_CSV = "era_concepts.csv"
CURRENCIES_CSV = "currencies.csv"

__all__ = [
    "CalcArc",
    "Concept",
    "ConceptTable",
    "LabelEvidence",
    "calc_arcs",
    "concepts",
    "labels",
    "ranker_params",
    "industry_patterns",
    "generic_lines",
    "reader_words",
    "reader_thresholds",
    "currencies",
    "LabelRules",
    "Rewrite",
    "label_rules",
    "structure",
    "extension_name_words",
]


@dataclass(frozen=True)
class Concept:
    """A us-gaap 2024 item concept, as ``elts/us-gaap-2024.xsd`` declares it.

    ``statements`` are the FASB statement presentation linkbases it appears in.
    """

    name: str
    type: str  # local name of the item type: monetaryItemType, sharesItemType, ...
    period_type: str  # instant | duration
    balance: str  # debit | credit | ""
    statements: frozenset[str]
    words: str  # the name split into lower-case words


@dataclass(frozen=True)
class LabelEvidence:
    """Issuers labelled ``concept`` with ``label`` (in ``role``) in ``statement``.

    ``count`` filings of ``companies`` companies did so; ``filings`` names up to five of them.
    """

    label: str
    concept: str
    role: str  # label, terse, total, negated, negated_terse, period_start, ...
    statement: str
    filings: tuple[str, ...]
    count: int
    companies: int = 0  # how many companies (not filings) did so; 0 in tables built before this column


@dataclass(frozen=True)
class CalcArc:
    """``parent`` sums ``child`` times ``weight`` in a FASB statement calculation linkbase."""

    statement: str
    parent: str
    child: str
    weight: int


_given: dict[str, Any] = {}
"""Tables read from these very files before, by file name (what its reader returns): the ranker's
prebuilt index ships them (``exporter.map.prebuilt``, whose fingerprint holds checksums of the files' bytes),
so a new process need not parse the CSVs again."""


def use_prebuilt(tables: dict[str, Any]) -> None:
    """Take ``tables`` (file name -> what its reader returns) as read: a reader not called yet
    returns them."""
    _given.update(tables)


def _rows(file_name: str) -> list[dict[str, str]]:
    """The rows of one packaged CSV file, or TaxonomyError when it is missing."""
    resource = resources.files(__name__).joinpath(file_name)
    if not resource.is_file():
        # imported here: the concept table is data and must not pull in the exporter on import
        from exporter.errors import TaxonomyError

        raise TaxonomyError(
            "the concept table file is missing; regenerate it with "
            "`python -m taxonomy_map.build` (needs ../shared/taxonomies and "
            "../shared/corpus/xbrl-filings)",
            where=f"taxonomy_map/{file_name}",
        )
    text = resource.read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _split(value: str) -> list[str]:
    return [part for part in value.split(";") if part]


ConceptRow = tuple[str, str, str, str, frozenset[str], str]
"""A concept's fields in :class:`Concept`'s order."""

_STATEMENTS: Final = 4
"""Where a :data:`ConceptRow` holds the concept's ``statements`` (:class:`Concept`'s fifth field)."""

_T = TypeVar("_T")


class ConceptTable(Mapping[str, Concept]):
    """Concepts by name, each :class:`Concept` made the first time its name is asked for.

    ``rows`` holds every concept as the plain tuple of its fields: what the prebuilt index ships
    (``exporter.map.prebuilt``), since a new process unpickles ten thousand tuples far faster than
    ten thousand records, and an export asks for a few hundred of them. The same name always
    gives the same record."""

    __slots__ = ("_made", "rows")

    def __init__(self, rows: dict[str, ConceptRow]) -> None:
        self.rows = rows
        self._made: dict[str, Concept] = {}

    def __getitem__(self, name: str) -> Concept:
        made = self._made.get(name)
        if made is None:
            made = self._made[name] = Concept(*self.rows[name])
        return made

    @overload
    def get(self, name: str, /) -> Concept | None: ...
    @overload
    def get(self, name: str, default: Concept | _T, /) -> Concept | _T: ...
    def get(self, name: str, default: object = None, /) -> object:
        made = self._made.get(name)
        if made is None:
            row = self.rows.get(name)
            if row is None:
                return default
            made = self._made[name] = Concept(*row)
        return made

    def __contains__(self, name: object) -> bool:
        return name in self.rows

    def statements(self, name: str) -> frozenset[str]:
        """The concept's ``statements``, read from its row (its record not made)."""
        return self.rows[name][_STATEMENTS]

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


@functools.cache
def concepts() -> ConceptTable:
    """Every us-gaap item concept by name."""
    if CONCEPTS_CSV in _given:
        return ConceptTable(cast("dict[str, ConceptRow]", _given[CONCEPTS_CSV]))
    return ConceptTable({
        row["name"]: (row["name"], row["type"], row["period_type"], row["balance"],
                      frozenset(_split(row["statements"])), row["words"])
        for row in _rows(CONCEPTS_CSV)
    })


@functools.cache
def labels() -> list[LabelEvidence]:
    """Issuers' labels of us-gaap (and srt) concepts on their statements."""
    return [
        LabelEvidence(
            label=row["label"],
            concept=row["concept"],
            role=row["role"],
            statement=row["statement"],
            filings=tuple(_split(row["filings"])),
            count=int(row["count"]),
            companies=int(row.get("companies") or 0),
        )
        for row in _rows(LABELS_CSV)
    ]


@functools.cache
def calc_arcs() -> list[CalcArc]:
    """The FASB statement calculation relationships."""
    if CALC_CSV in _given:
        return cast("list[CalcArc]", _given[CALC_CSV])
    return [
        CalcArc(
            statement=row["statement"],
            parent=row["parent"],
            child=row["child"],
            weight=int(row["weight"]),
        )
        for row in _rows(CALC_CSV)
    ]


@functools.cache
def industry_patterns() -> dict[tuple[str, str], list[str]]:
    """``industry.csv``: what marks an industry's (or noncontrolling interests') concepts and lines.

    Returns (industry, kind) -> regular-expression fragments; kind "concept" matches concept
    names, kind "line" the label of a statement line showing the industry."""
    out: dict[tuple[str, str], list[str]] = {}
    for row in _rows(INDUSTRY_CSV):
        out.setdefault((row["industry"], row["kind"]), []).append(row["pattern"])
    return out


@functools.cache
def generic_lines() -> dict[str, dict[str, str]]:
    """``generic_lines.csv``: kind -> key -> value, how vague line labels ("Other, net") are completed."""
    out: dict[str, dict[str, str]] = {}
    for row in _rows(GENERIC_CSV):
        out.setdefault(row["kind"], {})[row["key"]] = row["value"]
    return out


@functools.cache
def reader_words() -> dict[str, dict[str, str]]:
    """``reader_words.csv``: kind -> key -> value, the words by which the reader knows a statement's
    closing line, a "(Parenthetical)" or "(Continued)" title, a scale phrase's exceptions, the marks
    printed for nil ("-0-", "--"), and the names of the zones it gives lines (each row with what it
    does and where it comes from)."""
    out: dict[str, dict[str, str]] = {}
    for row in _rows(READER_WORDS_CSV):
        out.setdefault(row["kind"], {})[row["key"]] = row["value"]
    return out


@functools.cache
def reader_thresholds() -> dict[str, Decimal]:
    """``reader_thresholds.csv``: name -> value, the numbers by which the readers judge a layout (how
    many lines a title or a heading may take, how many blanks set a footnote mark apart, how near a
    date is to a year end, a statement table's score), each row with what it means and where its
    value comes from. Every row is read by name where the reader uses it, once, at import."""
    return {row["name"]: Decimal(row["value"]) for row in _rows(READER_THRESHOLDS_CSV)}


@functools.cache
def currencies() -> tuple[tuple[str, str], ...]:
    """``currencies.csv``: (ISO 4217 code, regular expression) in the table's order: the words by
    which a statement's caption names the currency of its amounts ("in millions of euros")."""
    return tuple((row["iso"], row["pattern"]) for row in _rows(CURRENCIES_CSV))


@functools.cache
def era_concepts() -> dict[str, tuple[str, str, str]]:
    """``era_concepts.csv``: concept -> (until, instead, unless): a concept us-gaap gave a line's
    meaning only from a standard's date on, the concept that meant it before (for a statement
    whose periods all end before ``until``, an ISO date) and the words (a regular expression) of a
    label that means the newer concept even so."""
    return {row["concept"]: (row["until"], row["instead"], row["unless"]) for row in _rows(ERA_CONCEPTS_CSV)}


@functools.cache
def extension_name_words() -> dict[str, tuple[str, ...]]:
    """``extension_names.csv``: kind -> values in table order, the words by which a company extension
    concept's name is made from a label (the words standing for a figure, the words a small number
    after which stays, the articles and trailing words left out) and the name's longest length."""
    out: dict[str, list[str]] = {}
    for row in _rows(EXTENSION_NAMES_CSV):
        out.setdefault(row["kind"], []).append(row["value"])
    return {kind: tuple(values) for kind, values in out.items()}


@functools.cache
def ranker_params() -> dict[str, float]:
    """The ranker's named weights and thresholds (``ranker.csv``: name, value, fitted_by, what)."""
    return {row["name"]: float(row["value"]) for row in _rows(RANKER_CSV)}


@dataclass(frozen=True)
class Rewrite:
    """Replace ``pattern`` (a regular expression, matched ignoring case) by ``replacement``, tried
    only when ``trigger`` is in the lower-cased text ("" = always)."""

    trigger: str
    pattern: str
    replacement: str


@dataclass(frozen=True)
class LabelRules:
    """``synonyms.csv``: how a label is normalised before its words are compared.

    ``clutter``: what a label says about amounts rather than the item (removed first);
    ``rewrites``: synonyms, abbreviations and retired wordings, applied in order;
    ``stop_words``: words that say nothing of the item."""

    clutter: tuple[Rewrite, ...]
    rewrites: tuple[Rewrite, ...]
    stop_words: frozenset[str]


@functools.cache
def label_rules() -> LabelRules:
    """The label normalisation rules of ``synonyms.csv``, its ``{NAME}`` fragments filled in."""
    rows = _rows(SYNONYMS_CSV)
    fragments = {r["trigger"]: r["pattern"] for r in rows if r["kind"] == "fragment"}

    def rule(r: dict[str, str]) -> Rewrite:
        pattern = r["pattern"]
        for name, text in fragments.items():
            pattern = pattern.replace("{" + name + "}", text)
        return Rewrite(r["trigger"], pattern, r["replacement"])

    return LabelRules(
        clutter=tuple(rule(r) for r in rows if r["kind"] == "clutter"),
        rewrites=tuple(rule(r) for r in rows if r["kind"] == "rewrite"),
        stop_words=frozenset(r["pattern"] for r in rows if r["kind"] == "stop_word"),
    )


@functools.cache
def structure() -> dict[str, dict[str, tuple[str, ...]]]:
    """``structure.csv``: kind -> key -> values in table order, the words and names the ranker
    reads a statement's structure by (section totals, section words, sides, name parts)."""
    out: dict[str, dict[str, list[str]]] = {}
    for row in _rows(STRUCTURE_CSV):
        out.setdefault(row["kind"], {}).setdefault(row["key"], []).append(row["value"])
    return {kind: {key: tuple(values) for key, values in keyed.items()} for kind, keyed in out.items()}
