"""A line printed with the very words of a deprecated us-gaap concept's name.

The concept table leaves out the concepts EDGAR reports as deprecated (``taxonomy_map.reserved``).
A line worded exactly like one of them ("Due to related parties" in current liabilities:
``DueToRelatedPartiesCurrent``, deprecated in 2023 for a related-party axis on other
liabilities) has no live concept that means it, and the ranker's best remaining match is
some concept sharing a word ("Employee-related liabilities"): a wrong fact. Such a line
becomes an extension concept instead, and the mapping report says why.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from exporter.map.labels import strip_clutter
from taxonomy_map._statements import concept_words
from taxonomy_map.reserved import deprecated

_given: dict[frozenset[str], str] | None = None  # the table shipped in the prebuilt index (exporter.map.prebuilt)


@cache
def _by_words() -> dict[frozenset[str], str]:
    return build_words() if _given is None else _given


def build_words() -> dict[frozenset[str], str]:
    """Each deprecated concept by the words of its name (the first name, in order, for words two share)."""
    out: dict[frozenset[str], str] = {}
    for name in sorted(deprecated()):
        out.setdefault(_words(concept_words(name)), name)
    return out


def _words(text: str) -> frozenset[str]:
    """Every word, lower case, none dropped: "due to" and "due from" must stay apart."""
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z0-9]+", text))


@lru_cache(maxsize=4096)
def deprecated_named(label: str, section_words: frozenset[str]) -> str | None:
    """The deprecated concept whose name is ``label``'s words (with or without the words of
    the section the line sits in, e.g. ``current``), or None."""
    base = _words(strip_clutter(label))
    if not base:
        return None
    names = _by_words()
    return names.get(base) or names.get(base | section_words)
