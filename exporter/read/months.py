"""The one month table: month names as printed, and a name's number.

>>> month_number("Sept."), month_number("JANUARY"), month_number("jun"), month_number("Smarch")
(9, 1, 6, 0)
"""

from __future__ import annotations

import re

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
"""Full English month names, January first."""

MONTH_STEMS = "|".join(name[:3].lower() for name in MONTHS)
"""The months' first three letters as a regular-expression alternation ("jan|feb|...|dec"); a pattern
adds what may follow ("[a-z]*\\.?" for any spelling or abbreviation)."""

_NUMBER = {name.lower(): n for n, name in enumerate(MONTHS, start=1)} | {
    name[:3].lower(): n for n, name in enumerate(MONTHS, start=1)} | {"sept": 9}


def month_number(name: str) -> int:
    """1-12 for a month's full name or abbreviation ("Dec", "Sept."), any case; 0 for anything else."""
    return _NUMBER.get(name.strip().rstrip(".").lower(), 0)


NUMERIC_DATE = re.compile(r"(?<![\d/.])(?P<m>\d{1,2})(?:[/-](?P<d>\d{1,2})[/-]|\.(?P<dot_d>\d{1,2})\.)"
                          r"(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)")
"""A date in figures, month first: "08/30/03", "8-30-2003", "12.31.97" (dotted: both separators
dots, and no figure runs on); its day is ``m["d"] or m["dot_d"]``."""

DAY_SLASH_YEAR = re.compile(r"(?P<day>\d{1,2})\s*/\s*(?P<yy>(?:19|20)\d\d|\d\d)")
"""A day and its year set apart by a slash, as printed after a month's name: "31/97" of "DEC 31/97",
"30 / 2003"; a pattern that uses it adds the month before it and what may not follow."""

MONTH_YEAR = re.compile(r"(?<![\d/.$])(?P<m>1[0-2]|0?[1-9])/(?P<y>(?:19|20)\d\d|3[2-9]|[4-9]\d)(?![\d/%]|\.\d)")
"""A month and its year in figures, no day: "12/97", "6/2004" (a column heading of a month's end);
not a month and its day ("12/31", "6/03": a year of two figures is one no day can be, 32 to 99)
nor a fraction ("3/4%", "11/16%")."""
