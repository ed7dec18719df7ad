"""Inline XBRL number transformations: enough of the registry to read SEC filings' values.

A registry dict from the format's local name (``num-dot-decimal``; the prefix ``ixt:``,
``ixt4:`` or ``ixt-sec:`` is ignored) to a function of the displayed text::

    >>> read_number("1,234.5", "ixt:num-dot-decimal")
    Decimal('1234.5')
    >>> read_number("—", "ixt:fixed-zero")
    Decimal('0')

A text the format cannot read gives None (never the raw string): the caller reports it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

_DOT_DECIMAL = re.compile(r"^\d{1,3}(?:[,\s\u00a0'’]?\d{3})*(?:\.\d*)?$|^\d+(?:\.\d*)?$|^\.\d+$")
_COMMA_DECIMAL = re.compile(r"^\d{1,3}(?:[.\s\u00a0'’]?\d{3})*(?:,\d*)?$|^\d+(?:,\d*)?$")

_WORDS: dict[str, int] = {
    word: number
    for number, word in enumerate(
        (
            *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
            *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"),
            *("seventeen", "eighteen", "nineteen"),
        )
    )
}
_WORDS.update({"no": 0, "none": 0})
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 10**9}


def _plain(text: str) -> Decimal | None:
    try:
        return Decimal(text.strip())
    except InvalidOperation:
        return None


def _dot_decimal(text: str) -> Decimal | None:
    cleaned = text.strip()
    if not _DOT_DECIMAL.match(cleaned):
        return None
    return Decimal(re.sub(r"[,\s\u00a0'’]", "", cleaned) or "0")


def _comma_decimal(text: str) -> Decimal | None:
    cleaned = text.strip()
    if not _COMMA_DECIMAL.match(cleaned):
        return None
    return Decimal(re.sub(r"[.\s\u00a0'’]", "", cleaned).replace(",", ".") or "0")


def _zero(text: str) -> Decimal | None:
    return Decimal(0)


def _words_en(text: str) -> Decimal | None:
    """``no``, ``none``, ``twenty-one``, ``one hundred``: small English number words."""
    words = re.findall(r"[a-z]+", text.lower().replace("-", " "))
    if not words:
        return None
    total = current = 0
    for word in words:
        if word in _WORDS:
            current += _WORDS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _MULTIPLIERS:
            total += max(current, 1) * _MULTIPLIERS[word]
            current = 0
        elif word != "and":
            return None
    return Decimal(total + current)


TRANSFORMS: dict[str, Callable[[str], Decimal | None]] = {
    "num-dot-decimal": _dot_decimal,
    "numdotdecimal": _dot_decimal,
    "numcommadot": _dot_decimal,
    "numspacedot": _dot_decimal,
    "num-comma-decimal": _comma_decimal,
    "numcommadecimal": _comma_decimal,
    "numdotcomma": _comma_decimal,
    "numspacecomma": _comma_decimal,
    "fixed-zero": _zero,
    "zerodash": _zero,
    "numdash": _zero,
    "numwordsen": _words_en,
    "num-word-en": _words_en,
}


def read_number(text: str, fmt: str = "") -> Decimal | None:
    """The number ``text`` shows under the Inline XBRL format ``fmt`` (None if unreadable)."""
    if not fmt:
        return _plain(text)
    transform = TRANSFORMS.get(fmt.rsplit(":", 1)[-1])
    return transform(text) if transform is not None else None
