"""Where a 52/53-week company's year end printed nowhere falls: among the days its printed year
ends fall on.

A 52/53-week year ends on one weekday, in a window of seven days that is the same every year: the
last Friday of September (September 24 to 30), the Saturday nearest January 31 (January 28 to
February 3). Whatever the window, it holds every printed year end, so a day of that weekday lying
between the earliest and the latest of their days in the year (September 24 and 30: Apple's 1993
and 1994) is the year end of its year: Apple's 1992 year, printed nowhere in its 1994 10-K, ended
Friday, September 25, not on the nearest Friday to a September 30 borrowed from a heading (October
2). When no such day lies between them (January 1 and 3: the Saturday nearest December 31, or the
first one of January?), the printed ends do not settle it and the caller keeps its own rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

import taxonomy_map

# days: the year end moves a day a year (two after a leap day), then back a week (taxonomy_map/reader_thresholds.csv)
WINDOW = int(taxonomy_map.reader_thresholds()["week_year_window"])
# days: a day this near a printed year end's day of the year is a year end's
NEAR = int(taxonomy_map.reader_thresholds()["week_year_near"])


def offset(d: date, md: tuple[int, int]) -> int:
    """Days from the month and day ``md`` nearest ``d`` to ``d`` (negative: before it)."""
    out: list[int] = []
    for y in (d.year - 1, d.year, d.year + 1):
        try:
            out.append((d - date(y, md[0], md[1])).days)
        except ValueError:  # February 29 in a common year
            out.append((d - date(y, md[0], md[1] - 1)).days)
    return min(out, key=abs)


def year_end_near(d: date, weekday: int, ends: Iterable[date]) -> date | None:
    """The year end within six days of ``d`` of a company whose year ends on ``weekday`` and whose
    printed year ends are ``ends``: the day of that weekday between the earliest and the latest of
    their days in the year. None when ``d`` is no year end's (more than ten days from them), when
    no such day lies between them, or when they are more than a week apart (no one calendar).

    >>> printed = [date(1994, 9, 30), date(1993, 9, 24)]  # the last Friday of September
    >>> year_end_near(date(1992, 9, 30), 4, printed)
    datetime.date(1992, 9, 25)
    >>> year_end_near(date(2003, 1, 1), 5, [date(2005, 1, 1), date(2004, 1, 3)]) is None  # unsettled
    True
    """
    on_day = [e for e in ends if e.weekday() == weekday]
    if not on_day:
        return None
    latest = max(on_day)
    md = (latest.month, latest.day)
    days = [offset(e, md) for e in on_day]
    low, high = min(days), max(days)
    if high - low >= WINDOW or abs(offset(d, md)) > NEAR + (high - low):
        return None
    for shift in range(-(WINDOW - 1), WINDOW):
        c = d + timedelta(days=shift)
        if c.weekday() == weekday and low <= offset(c, md) <= high:
            return c
    return None
