"""Company extension concept names a person can read.

A line no us-gaap concept fits takes an extension concept named from its label (LC3, EFM 6.8.5:
the label's words, each capitalised, run together). The printed label says more than the item:
amounts, counts by year, dates, par values ("Series B: 2,000,000 shares designated; shares issued
and outstanding: 1997, 1,943,666; 1996, 1,191,666"). The name keeps the words that name the item
(``SeriesBSharesDesignatedSharesIssuedAndOutstanding``), cut by whole words at a length a reviewer
reads at a glance; the label linkbase keeps the printed words. The words are data
(``taxonomy_map/extension_names.csv``); this module holds the mechanism.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import taxonomy_map
from exporter.map.labels import strip_clutter
from exporter.read.months import MONTHS

_WORDS = taxonomy_map.extension_name_words()
_MAX_CHARS = int(_WORDS["max_chars"][0])
_FIGURE_WORDS = frozenset(_WORDS["figure_word"])
_NUMBERED = frozenset(_WORDS["numbered_word"])
_ARTICLES = frozenset(_WORDS["article"])
_TAIL = frozenset(_WORDS["tail_word"])
_REFERENCE = frozenset(_WORDS["reference_word"])
_REFERENCE_LEAD = frozenset(_WORDS["reference_lead"])

_MONTH = r"\b(?:" + "|".join([m.lower() for m in MONTHS] + [m[:3].lower() for m in MONTHS] + ["sept"]) + r")\b\.?"
_DATE = re.compile(_MONTH + r"\s*\d{1,2}\b(?:\s*,?\s*(?:19|20)\d\d\b)?|" + _MONTH + r",?\s+(?:19|20)\d\d\b", re.I)
"""A date printed in a label: "December 31, 1997", "June 30", "Dec. 1998"."""
_TOKEN = re.compile(r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*|\d+(?:[.,]\d+)*|[;:,]")
"""A word (letters, and figures written into it: "3M", "777X", "Class A1"), a figure, a divider."""
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*|\d+s", re.I)
"""A figure: an amount, a count, a year, figures in the plural ("(000s)", "1990s")."""


def _parts(label: str) -> list[list[str]]:
    """The label's words, in the parts its commas, colons and semicolons divide; figures gone but
    a small number naming the item ("Series 1"), and with a note's number its reference ("see Note 11")."""
    text = strip_clutter(label) or label
    text = _DATE.sub(" ", re.sub(r"['\u2019]", "", text))
    parts: list[list[str]] = [[]]
    for tok in _TOKEN.findall(text):
        part = parts[-1]
        if tok in ";:,":
            parts.append([])
        elif _FIGURE.fullmatch(tok):
            after = part[-1].lower() if part else ""
            if after in _NUMBERED and tok.isdigit() and len(tok) <= 2:
                part.append(tok)
            elif after in _REFERENCE:
                del part[-1]
                if part and part[-1].lower() in _REFERENCE_LEAD:
                    del part[-1]
        else:
            part.append(tok)
    return [p for p in parts if any(w.lower() not in _FIGURE_WORDS for w in p)]


def readable_name(label: str) -> str:
    """The LC3 name of what ``label`` names, without its figures, dates and par values, at most
    ``max_chars`` long by whole words; "" when no word is left (a label of figures alone).

    >>> readable_name("Series B: 2,000,000 shares designated; shares issued and outstanding: 1997, 1,943,666")
    'SeriesBSharesDesignatedSharesIssuedAndOutstanding'
    >>> readable_name("Balance at December 31, 1997")
    'Balance'
    """
    words: list[str] = []
    for part in _parts(label):
        for i, w in enumerate(part):
            if w.lower() in _ARTICLES and not (i and part[i - 1].lower() in _NUMBERED):
                continue
            words.append(w[:1].upper() + w[1:].lower())
    name = ""
    kept: list[str] = []
    for w in words:
        if len(name) + len(w) > _MAX_CHARS:
            break
        kept.append(w)
        name += w
    if not kept and words:
        kept = [words[0][:_MAX_CHARS]]
    while len(kept) > 1 and kept[-1].lower() in _TAIL:
        kept.pop()
    return "".join(kept)


@lru_cache(maxsize=65536)
def lc3_name(label: str, empty: str = "Item") -> str:
    """``label``'s readable name as an XML name: ``empty`` when it has none, ``N`` before a first
    digit ("10-K405 filing costs": N10K405FilingCosts). Once per label (the writers ask it of a
    statement's headings three times)."""
    name = readable_name(label) or empty
    return "N" + name if name[0].isdigit() else name


class Taken:
    """The names an extension concept may not take: ``reserved`` ones (us-gaap's, kept as they are,
    never copied) and those given since (:meth:`add`)."""

    def __init__(self, reserved: frozenset[str], given: Iterable[str] = ()) -> None:
        self._reserved = reserved
        self._given = set(given)

    def __contains__(self, name: object) -> bool:
        return name in self._given or name in self._reserved

    def add(self, name: str) -> None:
        self._given.add(name)


def extension_name(label: str, used: set[str] | Taken) -> str:
    """A name for an extension concept of ``label`` not in ``used`` (which then holds it): the
    label's readable name, ``Item`` when it has none; a taken name gets the first free ``2``, ``3``..."""
    return unique_name(lc3_name(label), used)


def unique_name(base: str, used: set[str] | Taken) -> str:
    """``base``, or ``base2``, ``base3`` ... where it is taken; the name returned is taken from then on."""
    name, n = base, 2
    while name in used:
        name = f"{base}{n}"
        n += 1
    used.add(name)
    return name
