"""Numbers as printed in financial tables, parsed to ``Decimal``.

``parse_number("(1,234)")`` gives ``Printed(value=Decimal("-1234"), places=0, ...)``:
the *displayed* value, sign included. What that sign means is decided later,
from the concept (see ``signs``); scale is applied by ``facts``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import taxonomy_map

# the marks tables print for zero or nothing (taxonomy_map/reader_words.csv, kinds nil_mark and nil_dash)
_WORDS = taxonomy_map.reader_words()
_NIL_MARKS = frozenset(mark.lower() for mark in _WORDS["nil_mark"].values())
_NIL_DASH = frozenset(_WORDS["nil_dash"]["characters"])
_NIL_DASH_LONGEST = int(_WORDS["nil_dash"]["longest"])
# the marks after a figure saying on which side it stands: "1,234 CR" (a credit, printed as a
# negative is), "1,234 DR" (reader_words.csv, kind side_mark)
SIDE_MARK = _WORDS["side_mark"]["credit"] + "|" + _WORDS["side_mark"]["debit"]
_CREDIT = re.compile(_WORDS["side_mark"]["credit"], re.I)

NUMBER_RE = re.compile(
    r"""
    (?P<neg_open>[(<])?\s*
    (?P<cur>\$)?\s*
    (?P<neg_open2>[(<])?\s*
    (?P<minus>[-−–])?\s*
    (?P<cur2>\$)?\s*
    (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)
    \s*(?P<pct>%)?\s*
    (?P<neg_close>[)>])?
    (?P<minus_close>-)?
    \s*(?P<pct2>%)?
    (?:\s*(?P<side>(?i:""" + SIDE_MARK + r""")))?
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Printed:
    """A number as displayed: its signed value, digits after the point, and marks."""

    value: Decimal
    places: int
    negative_shown: bool
    dash: bool = False
    percent: bool = False
    currency: bool = False

    @property
    def magnitude(self) -> Decimal:
        return abs(self.value)


def is_dash(text: str) -> bool:
    """True for the marks tables print for zero or nothing: ``-``, ``--``, ``—``, ``-0-``, ``nil``."""
    t = text.strip().strip("$").strip()
    return t.lower() in _NIL_MARKS or (1 <= len(t) <= _NIL_DASH_LONGEST and set(t) <= _NIL_DASH)


@lru_cache(maxsize=65536)
def parse_number(text: str) -> Printed | None:
    """Parse one printed number; ``None`` if ``text`` is not exactly a number or a dash.

    Worked out once per distinct text (a table's words and numbers recur; a :class:`Printed` is
    immutable, so one is shared by every place printing the same text).

    >>> parse_number("(1,234)").value
    Decimal('-1234')
    >>> parse_number("$ 0.05").places
    2
    >>> parse_number("--").dash
    True
    >>> parse_number("1,234-").value, parse_number("<1,234>").value, parse_number("1,234 CR").value
    (Decimal('-1234'), Decimal('-1234'), Decimal('-1234'))
    >>> parse_number("($000)") is None  # a scale: thousands of dollars
    True
    """
    t = text.strip().replace("\u00a0", " ")
    if not t:
        return None
    if is_dash(t):
        return Printed(Decimal(0), 0, False, dash=True, currency="$" in t)
    m = NUMBER_RE.fullmatch(t)
    if m is None:
        return None
    opening = m["neg_open"] or m["neg_open2"] or ""
    closing = m["neg_close"] or ""
    if (set(opening + closing) & set("<>") and opening + closing != "<>") or (m["minus"] and m["minus_close"]):
        return None  # "<1,234>" is negative as older filings print it; "(1,234>" is no number
    if m["side"] and (opening or closing or m["minus"] or m["minus_close"] or m["pct"] or m["pct2"]):
        return None  # "(1,234) CR": two signs, no number
    # "(1,234" or "1,234)" as split by a layout is still a parenthesised number; "1,234-" is negative,
    # and so is "1,234 CR" (a credit among debits)
    negative = bool(opening or closing or m["minus"] or m["minus_close"]
                    or (m["side"] and _CREDIT.fullmatch(m["side"])))
    digits = m["num"].replace(",", "")
    if digits == "000" and (m["cur"] or m["cur2"]):
        return None  # "$000", "($000)": thousands of dollars, the scale a heading prints, not a zero
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    places = len(digits.split(".")[1]) if "." in digits else 0
    if negative:
        value = -value
    return Printed(
        value=value,
        places=places,
        negative_shown=negative,
        percent=bool(m["pct"] or m["pct2"]),
        currency=bool(m["cur"] or m["cur2"]),
    )


def render_number(value: Decimal, places: int, *, parentheses: bool = True) -> str:
    """Print ``value`` the way tables do: thousands separators, parentheses for negatives."""
    mag = abs(value)
    text = f"{mag:,.{places}f}"
    if value < 0:
        return f"({text})" if parentheses else f"-{text}"
    return text
