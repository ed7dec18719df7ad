"""Scale of a table's numbers: "(in thousands, except per share data)" and its variants.

The caption's wording is a claim; the numbers are evidence. Where a share count
printed in a label (``"Issued and outstanding 18,232"``) times the par value
matches the common-stock amount only at the table's scale, share counts are
taken as scaled whatever the caption's "except share data" says.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal

import taxonomy_map

_SCALES = {"thousand": 3, "thousands": 3, "000": 3, "000s": 3, "million": 6, "millions": 6,
           "billion": 9, "billions": 9, "mm": 6}
# a currency's code or sign before the scale word: "(in EUR millions)", "(EUR thousands)", "(€ in millions)"
# (taxonomy_map/currencies.csv); the singular after "in" only before a currency: "(in million EUR)"
_CURRENCY = "|".join(f"(?:{rx})" for _, rx in taxonomy_map.currencies())
_CODE = rf"(?:(?:{_CURRENCY})\s*)?"
_CURRENCY_AFTER = rf"(?=\s+(?:of\s+)?(?:{_CURRENCY}))"
# "(in thousands)", "(in $ millions)", "($000s)", "$000's", "($MM)": "mm" (millions) counts only beside a "$"
_IN = re.compile(
    r"(?:in|amounts\s+in|dollars\s+in|\$\s*in|expressed\s+in|\(\s*\$?|(?<![\w$])(?=\$\s*000))\s*(?:(?:us)?\$\s*)?"
    + _CODE + r"(?:u\.?s\.?\s+)?(?:dollars\s+)?(?P<unit>thousands|millions|billions|000['\u2019]?s|000|mm"
    r"|(?:thousand|million|billion)" + _CURRENCY_AFTER + r")\b(?![,.]\d)",
    re.I,
)

# bare words, no "in" and no parentheses: "THOUSANDS OF DOLLARS", "Millions, Except Per Share Amounts"
# one of the things a scale phrase excepts is share counts: "except par value and share data"
# (taxonomy_map/reader_words.csv, kind scale_except)
_EXCEPT = taxonomy_map.reader_words()["scale_except"]
_EXCEPTED = re.compile(_EXCEPT["list"], re.I)
_EXCEPT_SEPARATOR = re.compile(_EXCEPT["separator"], re.I)
_SHARE_ITEM = re.compile(_EXCEPT["shares"], re.I)
# a scale phrase saying its share counts' own scale: "shares in thousands", "shares in millions", read in this
# order (taxonomy_map/reader_words.csv, kind scale_shares)
_SHARES_SCALED = [(3, re.compile(taxonomy_map.reader_words()["scale_shares"]["thousands"], re.I)),
                  (6, re.compile(taxonomy_map.reader_words()["scale_shares"]["millions"], re.I))]


def _excepts_shares(tail: str) -> bool:
    """Does the phrase's "except ..." list name share counts as one of its items ("except share
    data", "except share and per share data", "except per share amounts and number of shares")?"""
    m = _EXCEPTED.search(tail)
    if m is None:
        return False
    items = _EXCEPT_SEPARATOR.split(m["list"].split(";")[0])
    return any(_SHARE_ITEM.match(x.strip(" .")) for x in items)


_BARE = re.compile(r"\b(?P<unit>thousands|millions|billions)(?=\s+of\s+(?:u\.?s\.?\s+)?dollars\b|\s*,\s*except\b)",
                   re.I)


@dataclass(frozen=True)
class Scale:
    """Powers of ten for money, share counts and per-share amounts."""

    money: int = 0
    shares: int = 0
    per_share: int = 0
    source: str = "no scale stated: values are in units"
    stated: bool = False  # the text states it; False: nothing said (values as printed, or at a scale borrowed)
    shares_stated: bool = False  # the text names the share counts' scale ("except share data", "shares in thousands")


def detect_scale(text: str) -> Scale:
    """Read the scale from a caption or title text.

    >>> s = detect_scale("(in thousands except per share data)")
    >>> s.money, s.shares, s.per_share, s.source, s.stated, s.shares_stated
    (3, 3, 0, '(in thousands except per share data)', True, False)
    >>> detect_scale("(in $ millions)").money, detect_scale("($MM)").money, detect_scale("Width (mm)").stated
    (6, 6, False)
    >>> detect_scale("(in US$ thousands)").money, detect_scale("(in thousands, except per share and share data)").shares
    (3, 0)
    >>> detect_scale("(in millions, except per share and share data, which are in thousands)").shares
    3
    >>> detect_scale("THOUSANDS OF DOLLARS").money, detect_scale("Millions, Except Per Share Amounts").money
    (3, 6)
    >>> [detect_scale(t).money for t in ("(in million EUR)", "(EUR thousands)", "(in millions of euros)")]
    [6, 3, 6]
    """
    m = next((m for m in _IN.finditer(text) if m["unit"].lower() != "mm" or "$" in m[0]), None) or _BARE.search(text)
    if not m:
        return Scale()
    unit = m["unit"].lower().replace("'", "").replace("\u2019", "")
    power = _SCALES.get(unit, 3)
    tail = text[m.end(): m.end() + 80].lower()
    shares = 0 if _excepts_shares(tail) else power  # "except share and per share data": counts not scaled
    named = shares != power
    for scaled, wording in _SHARES_SCALED:
        if wording.search(text):
            shares, named = scaled, True
    snippet = text[max(0, m.start() - 1): m.end() + 60].strip()
    snippet = snippet.split(")")[0] + (")" if snippet.startswith("(") else "")
    return Scale(power, shares, 0, snippet, stated=True, shares_stated=named)


# a sentence of the prose above a text document's tables stating the scale of all of them: "All amounts
# in the tables of this release are in thousands of dollars" (taxonomy_map/reader_words.csv)
_DOCUMENT_WIDE = re.compile(taxonomy_map.reader_words()["scale_sentence"]["document"], re.I)


def document_scale(text: str) -> Scale:
    """The scale the prose above a table states once for all the tables after it (an earnings
    release's opening paragraph), or no scale.

    >>> document_scale("All amounts in the tables of this release are in thousands of dollars.").money
    3
    >>> document_scale("Revenues were up 10% in thousands of stores.").stated
    False
    """
    m = _DOCUMENT_WIDE.search(text)
    if m is None:
        return Scale()
    found = detect_scale(m["phrase"])
    return replace(found, source=re.sub(r"\s+", " ", m[0]).strip())


def footer_scale(notes: list[str], names_statement: Callable[[str], bool]) -> Scale:
    """The scale a line right under a table states ("(Amounts in thousands)", a footnote under
    the figures), or no scale: one of the first two lines below it, none of those before it a
    title (naming a statement, ``names_statement``, or set in capitals as the next table's
    title is)."""
    for line in notes[:2]:
        found = detect_scale(line)
        if found.stated and len(line) <= 80 and not names_statement(line):
            return found
        if names_statement(line) or (line.upper() == line and any(c.isalpha() for c in line)):
            break
    return Scale()


def shares_scale_from_par(
    par: Decimal, shares_printed: Decimal, amount_printed: Decimal, money_scale: int
) -> int | None:
    """The share-count scale that makes par x shares match the common-stock amount."""
    if par <= 0 or shares_printed <= 0 or amount_printed <= 0:
        return None
    amount = amount_printed * (Decimal(10) ** money_scale)
    for power in (0, 3, 6):
        implied = par * shares_printed * (Decimal(10) ** power)
        if abs(implied - amount) <= Decimal("0.02") * amount + (Decimal(10) ** money_scale):
            return power
    return None
