"""Which registrant of a submission the exported statements belong to.

A submission may be filed by several registrants at once (a holding company and its
subsidiary: ``FILER:`` blocks for AMERITECH CORP and INDIANA BELL TELEPHONE CO). The header
lists them in no meaningful order; the statements say whose they are, in the lines printed
above them::

    INDIANA BELL TELEPHONE COMPANY, INCORPORATED
    CONDENSED BALANCE SHEETS

Each chosen statement votes for the filer whose name words its title lines print (the filer
with the most such words, when the names share some); the filer with the most votes is the
entity. With one filer, or no title naming any, the header's first filer stands.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

import taxonomy_map
from exporter.read.documents import Filer, SecHeader

# words of a registrant's name that do not tell two registrants apart (its legal form;
# taxonomy_map/generic_lines.csv); "/DE/" state suffixes are dropped too
_GENERIC = frozenset(taxonomy_map.generic_lines()["name_legal_word"])


def _name_words(name: str | None) -> frozenset[str]:
    plain = re.sub(r"/[a-z]{2,3}/", " ", (name or "").lower())
    return frozenset(w for w in re.findall(r"[a-z]+", plain) if w not in _GENERIC)


def names(text: str, company: str | None) -> bool:
    """Does ``text`` print every telling word of the registrant's name?"""
    words = _name_words(company)
    return bool(words) and words <= set(re.findall(r"[a-z]+", text.lower()))


def _named(title: str, filers: Sequence[Filer]) -> int | None:
    """The filer a statement's title names: every word of its name printed, most words wins."""
    words = set(re.findall(r"[a-z]+", title.lower()))
    scored = [(len(w), k) for k, f in enumerate(filers) if (w := _name_words(f.company)) and w <= words]
    if not scored:
        return None
    best = max(s for s, _ in scored)
    top = [k for s, k in scored if s == best]
    return top[0] if len(top) == 1 else None


def printed_filer(header: SecHeader, titles: Iterable[Sequence[str]]) -> tuple[Filer, str]:
    """The filer whose statements are printed and why; ``titles``: each statement's title lines."""
    filers = header.filers or (Filer(header.company, header.cik, header.fiscal_year_end),)
    if len(filers) == 1:
        return filers[0], "SEC header"
    votes = Counter(k for lines in titles if (k := _named(" ".join(lines), filers)) is not None)
    if not votes:
        return filers[0], f"SEC header, the first of {len(filers)} filers (no statement title names one)"
    n = max(votes.values())
    k = min(k for k, v in votes.items() if v == n)  # a tie: the header's order
    ordinal = "first" if k == 0 else f"filer {k + 1}"
    return filers[k], (f"SEC header, {ordinal} of {len(filers)} filers: {n} of {sum(votes.values())} "
                       f"statement titles name it")
