"""The currency a statement's amounts are in, as its caption says: "(in millions of euros)",
"(Expressed in thousands of Canadian dollars)", "(EUR thousands)". A statement that says none is in
the profile's currency (US dollars). The currency's words are data (``taxonomy_map/currencies.csv``);
only a line that states the amounts' measure (a scale, or "expressed in") is read for them, never a
company name ("Euronet", "CAD Systems") nor a line's label.

Each unit key (``Fact.unit``) says its currency: "EUR" for money, "EUR/shares" per share.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import taxonomy_map
from exporter.understand.records import MONEY, PER_SHARE_UNIT

_CURRENCIES = tuple((iso, re.compile(rx, re.I)) for iso, rx in taxonomy_map.currencies())
# a caption line stating the measure of the amounts: a scale, or the currency they are expressed in
_STATES_MEASURE = re.compile(r"thousand|million|billion|\b000|\bmm\b|\b(?:expressed|stated|presented|reported|"
                             r"amounts|figures)\s+in\b", re.I)
_PER = "/shares"


def stated_currency(lines: Iterable[str]) -> str | None:
    """The ISO 4217 code of the currency the first line stating the amounts' measure names, if any.

    >>> stated_currency(["AEGON N.V.", "(in million EUR, except per share amounts)"])
    'EUR'
    >>> stated_currency(["(Expressed in thousands of Canadian dollars)"])
    'CAD'
    >>> stated_currency(["CAD SYSTEMS INC", "(In thousands)"]) is None
    True
    """
    for line in lines:
        if not _STATES_MEASURE.search(line):
            continue
        found = [(m.start(), iso) for iso, rx in _CURRENCIES if (m := rx.search(line))]
        if found:
            return min(found)[1]
    return None


def money_unit(currency: str | None) -> str:
    """The unit key of money in ``currency`` (the profile's when None)."""
    return currency or MONEY


def per_share_unit(currency: str | None) -> str:
    """The unit key of an amount per share in ``currency`` (the profile's when None)."""
    return f"{currency}{_PER}" if currency else PER_SHARE_UNIT


def is_money(unit: str) -> bool:
    """Is ``unit`` a currency's key ("USD", "EUR"), not shares, per share or pure?"""
    return len(unit) == 3 and unit.isalpha() and unit.isupper()


def is_per_share(unit: str) -> bool:
    """Is ``unit`` an amount per share in some currency ("USD/shares", "EUR/shares")?"""
    return unit.endswith(_PER) and is_money(unit.removesuffix(_PER))


def unit_id(unit: str) -> str:
    """A unit key's id in the instance: "USD", "EURPerShare", "shares", "pure" (a key other than an
    amount per share is its own id)."""
    return f"{unit.removesuffix(_PER)}PerShare" if is_per_share(unit) else unit
