"""Reporting periods: what a column header means, and the fiscal calendar behind it.

A column header such as ``"Three Months Ended 08/30/03"`` gives an end date and a
length (3 months). Whether that is 13 weeks (a 52/53-week fiscal year, as in
our built-in example) or a calendar quarter is a property of the company's
fiscal calendar, inferred once per document from all the dates it prints:
when every period ends on the same weekday and not all are month ends, the
company keeps a 52/53-week year.
"""

from __future__ import annotations

import calendar as _cal
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

import taxonomy_map
from exporter.read.months import DAY_SLASH_YEAR, MONTH_STEMS, MONTH_YEAR, MONTHS, NUMERIC_DATE, month_number
from exporter.understand import week_years

_MONTH_RE = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# the month, then its day after a blank or right after an abbreviation's dot ("Dec.31,1997")
_MDY = re.compile(_MONTH_RE + r"(?:\s+|(?<=\.))(?P<day>\d{1,2})(?!\d)(?:st|nd|rd|th)?\s*,?\s*"
                  r"(?P<year>(?:19|20)\d\d)?", re.I)
_MONTH_ONLY = re.compile(r"(?<![A-Za-z])" + _MONTH_RE + r"(?![A-Za-z])(?!\.?\s*\d{1,2}(?!\d))", re.I)
_YEAR = re.compile(r"(?<![\d,.$])(?:fiscal\s+)?(?P<year>(?:19|20)\d\d)(?![\d,])", re.I)
# a count spelled out, as a length prints it: "Three Months", "Thirty-nine Weeks"
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "twenty-six": 26, "twenty six": 26, "twenty-seven": 27, "thirty-nine": 39,
    "thirty nine": 39, "forty": 40, "fifty-two": 52, "fifty two": 52, "fifty-three": 53,
    "fifty three": 53,
}
_NUM = r"(?P<n>\d{1,2}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
# a figure's unit may run on from it ("39Weeks Ended", "3MONTHS"), a number word's may not ("ONEWEEK")
_SPACE = r"(?:(?<=\d)[\s-]*|[\s-]+)"
_MONTHS_LEN = re.compile(r"(?<![\d,.])" + _NUM + _SPACE + r"(?:months?|mos?\b\.?)", re.I)  # "6 Months", "6 Mos."
_WEEKS_LEN = re.compile(r"(?<![\d,.])" + _NUM + _SPACE + r"weeks?", re.I)
# a count of quarters: "Two Quarters Ended", "3 Fiscal Quarters" (not "2024 Quarter", "Fourth Quarter")
_QUARTERS_LEN = re.compile(r"(?<![\d,.])" + _NUM + r"[\s-]+(?:fiscal\s+)?quarters?\b", re.I)
_READER = taxonomy_map.reader_words()  # taxonomy_map/reader_words.csv
_HEADING, _TITLE = _READER["heading_word"], _READER["title_word"]
# the words of a length printed with no count, tried in this order: a half ("First Half" is no first
# quarter), a quarter, a year
_HALF = re.compile(_HEADING["half_length"], re.I)
_QUARTER = re.compile(_HEADING["quarter_length"], re.I)
_YEAR_LEN = re.compile(_HEADING["year_length"], re.I)
# "Year to Date", "YTD" ("Fiscal" of it names no year); "FY", "Fiscal" or "Fiscal Year" before a year beside
# "YTD" ("YTD FY96"): which fiscal year the year to date is of, no length of a year
_TO_DATE = re.compile(_HEADING["to_date"], re.I)
_FISCAL_YEAR_TAG = re.compile(_HEADING["fiscal_year_tag"], re.I)
# "Fourth Quarter", "2nd Quarter", "Q3" (heading_word quarter_ordinal); "first" -> 1 ... "fourth" -> 4
# (quarter_ordinal_words); "1st" is read by its digit
_ORDINAL_QUARTER = re.compile(_HEADING["quarter_ordinal"], re.I)
_ORDINAL_WORDS = _HEADING["quarter_ordinal_words"].split("|")
_ORDINALS = {w: n for n, w in enumerate(_ORDINAL_WORDS, 1)}
# (taxonomy_map/reader_thresholds.csv) a quarter's days (13 weeks) and the days either side of it a first
# quarter's end may fall; the days a date may be off a whole number of months after a year end
QUARTER_DAYS = int(taxonomy_map.reader_thresholds()["quarter_days"])
QUARTER_SLACK = int(taxonomy_map.reader_thresholds()["quarter_slack"])
WHOLE_MONTHS_SLACK = int(taxonomy_map.reader_thresholds()["whole_months_slack"])
# a two-digit year after a fiscal-year, quarter or year-to-date abbreviation: "FY24", "FY '24", "Q4'24",
# "FY97", "Fiscal 97", "Q3-96", "YTD-96" (not a count: "Fiscal 52 Weeks")
_SHORT_YEAR = re.compile(r"\b(?P<tag>fy|q[1-4]|ytd|fiscal(?=\s))(?:\s?|-)(?:['\u2019]\s?)?(?P<yy>\d\d)(?!\d)"
                         r"(?!\s*-?\s*(?:weeks?|months?|days?)\b)", re.I)
# a two-digit year after an apostrophe alone: "'97" under "Fiscal" spanning the columns
_APOSTROPHE_YEAR = re.compile(r"(?<![\w'\u2019])['\u2019](?P<yy>\d\d)(?![\d'\u2019])")
# a two-digit year after a month's name: "Sep 96", "Dec.-97", "YTD June 95"; only 50-99, which no day is
# (a day after a month: "Dec 31"; "Sep 03" is either)
_MONTH_SHORT_YEAR = re.compile(r"\b(?P<mon>(?:" + MONTH_STEMS + r")[a-z]*\.?)(?:\s?|-)(?P<yy>[5-9]\d)(?![\d,/])", re.I)
# a month's name, its day, a slash and the year: "DEC 31/97", "June 30/2003" (read as "DEC 31, 1997")
_MONTH_DAY_SLASH_YEAR = re.compile(r"\b(?P<mon>(?:" + MONTH_STEMS + r")[a-z]*\.?\s*)" + DAY_SLASH_YEAR.pattern
                                   + r"(?![\d/])", re.I)
# a quarter named number first: "3Q24", "3Q 2024"
_NUMBER_FIRST = re.compile(r"\b(?P<n>[1-4])q\s?(?:['\u2019]\s?)?(?P<year>\d\d|(?:19|20)\d\d)(?!\d)", re.I)
# a half or a count of months with its year: "H1 2024", "1H24", "9M24", "9M 2024"
_SPAN_FIRST = re.compile(r"\b(?:h(?P<h>[12])|(?P<h2>[12])h|(?P<m>[369]|12)m)\s?(?:['\u2019]\s?)?"
                         r"(?P<year>\d\d|(?:19|20)\d\d)(?!\d)", re.I)


def _spelled(m: re.Match[str]) -> str:
    return f"{m['m'] or 6} months {_year(m['year'])}"


@dataclass(frozen=True, order=True)
class Period:
    """An instant (``start is None``) or a duration from ``start`` to ``end``, both inclusive."""

    end: date
    start: date | None = None

    @property
    def is_instant(self) -> bool:
        return self.start is None

    @property
    def days(self) -> int:
        return 0 if self.start is None else (self.end - self.start).days + 1

    def key(self) -> str:
        return self.end.isoformat() if self.start is None else f"{self.start}/{self.end}"

    def label(self) -> str:
        if self.start is None:
            return f"as of {self.end}"
        return f"{self.start} to {self.end}"


@dataclass(frozen=True)
class ColumnDate:
    """What one column header says: an end date and a length in months or weeks."""

    end: date | None
    months: int | None = None
    weeks: int | None = None
    exact: bool = True  # False: the day was borrowed (another year's date, or a month's last day)
    # "Year-to-Date", "YTD": from the start of the fiscal year, however long that is
    to_date: bool = field(default=False, repr=False)


def _year(text: str) -> int:
    """A year as printed, two digits in the century they name in a filing ('97: 1997, '03: 2003)."""
    y = int(text)
    if y < 100:
        y += 2000 if y < 50 else 1900
    return y


def safe_date(y: int, m: int, d: int) -> date | None:
    """The date of ``y``, ``m``, ``d``, or None when the calendar has no such day."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _shifted(d: date, days: int) -> date | None:
    """``d`` moved by ``days``, or None past the calendar's first or last day."""
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return None


def _slashed_years(text: str) -> str:
    """``text`` with a month's day and year set apart by a slash written out: "DEC 31/97" as "DEC 31, 1997"."""
    if "/" not in text:
        return text
    return _MONTH_DAY_SLASH_YEAR.sub(lambda m: f"{m['mon']}{m['day']}, {_year(m['yy'])}", text)


def find_dates(text: str) -> list[date]:
    """Every full date in ``text``: ``08/30/03``, ``12.31.97``, ``August 30, 2003``, ``Sept. 26, 1997``,
    ``DEC 31/97``."""
    text = _slashed_years(text)
    out: list[date] = []
    for m in NUMERIC_DATE.finditer(text):
        d = safe_date(_year(m["y"]), int(m["m"]), int(m["d"] or m["dot_d"]))
        if d:
            out.append(d)
    for m in _MDY.finditer(text):
        if m["year"]:
            d = safe_date(int(m["year"]), month_number(m["mon"]), int(m["day"]))
            if d:
                out.append(d)
    return out


# "For the fiscal year ended December 31, 2023": the words before the cover's date (title_word cover_period)
_COVER_PERIOD = re.compile(_TITLE["cover_period"] + r"(?P<date>" + _MONTH_RE + r"\s+\d{1,2}\s*,?\s*(?:19|20)\d\d)",
                           re.I)
# "for the second quarter ended August 12, 2000": the words before a release's period (title_word release_period)
_RELEASE_PERIOD = re.compile(_TITLE["release_period"] + r"(?P<date>" + _MONTH_RE + r"\s+\d{1,2}\s*,?\s*(?:19|20)\d\d)",
                             re.I)
_TAG = re.compile(r"<[^>]*>")
_NBSP = re.compile(r"&nbsp;|&#160;|&#xa0;", re.I)  # with white space: one space in the plain text
COVER_CHARS = 400_000  # the cover's "for the fiscal year ended" is near the start of a document


_COVER_FIRST = 50_000  # the cover's start is read first; most covers say their period there
_COVER_REACH = 100  # more than a match of _COVER_PERIOD reads past its start in the plain text
# every match of _COVER_PERIOD holds this word, fewer than _COVER_REACH characters after its start;
# only the plain text around it is searched (None: words of title_word cover_period ending otherwise)
_ENDED = re.compile("ended", re.I) if _TITLE["cover_period"].endswith(r"ended:?\s+") else None


def _plain(text: str) -> str:
    """``text`` without its tags, each run of white space and non-breaking spaces one space."""
    text = _TAG.sub(" ", text)
    if "&" in text:
        text = _NBSP.sub(" ", text)
    words = text.split()
    if not words:
        return " " if text else ""
    return f"{' ' if text[0].isspace() else ''}{' '.join(words)}{' ' if text[-1].isspace() else ''}"


def _cover_period(plain: str) -> re.Match[str] | None:
    """The first match of :data:`_COVER_PERIOD` in ``plain``, looked for only around each :data:`_ENDED`
    in turn: a match holding it starts within :data:`_COVER_REACH` before it and reads (any of its
    tries) less than that after it, so a match found there starting before it is the whole text's."""
    if _ENDED is None:
        return _COVER_PERIOD.search(plain)
    for e in _ENDED.finditer(plain):
        m = _COVER_PERIOD.search(plain, max(0, e.start() - _COVER_REACH), e.end() + _COVER_REACH)
        if m is not None and m.start() < e.start():
            return m
    return None


def release_period_end(text: str) -> date | None:
    """The period an earnings release says it reports where it prints no cover's words: the first
    date after "quarter ended", "twelve weeks ended", "six months ended" ("net earnings for the
    second quarter ended August 12, 2000"), tags and non-breaking spaces ignored.

    >>> release_period_end("earned $330 million in the second quarter ended August 12, 2000, up")
    datetime.date(2000, 8, 12)
    >>> release_period_end("for the year ended December 31, 1994") is None  # a cover's words: cover_period_end
    True
    """
    m = _RELEASE_PERIOD.search(_plain(text[:COVER_CHARS]))
    found = find_dates(m["date"]) if m else []
    return found[0] if found else None


def cover_period_end(text: str) -> date | None:
    """The period a filing's cover says it reports: "For the fiscal year ended December 31, 2023",
    "For the quarterly period ended June 30, 2023" (tags and non-breaking spaces ignored).

    Of a long text, the first :data:`_COVER_FIRST` characters are read first, cut right after a
    tag's ``>``: their plain text is then the start of the whole cover's, and a match ending
    :data:`_COVER_REACH` before its end is the one the whole would give (the regex reads no
    further from any start before it); else the whole :data:`COVER_CHARS` are read."""
    cut = text.rfind(">", 0, _COVER_FIRST) + 1 if len(text) > 2 * _COVER_FIRST else 0
    m = None
    if cut > 0:  # (a short text is read whole at once)
        plain = _plain(text[:cut])
        m = _cover_period(plain)
        if m is not None and m.end() + _COVER_REACH > len(plain):
            m = None
    if m is None:
        m = _cover_period(_plain(text[:COVER_CHARS]))
    if not m:
        return None
    found = find_dates(m["date"])
    return found[0] if found else None


def _month_day(text: str, last: bool = False) -> tuple[int, int] | None:
    """The month and day of the first (or ``last``) date in ``text``."""
    found = [(month_number(m["mon"]), int(m["day"])) for m in _MDY.finditer(text)]
    return (found[-1] if last else found[0]) if found else None


def _length(text: str) -> tuple[int | None, int | None]:
    m = _WEEKS_LEN.search(text)
    if m:
        n = m["n"].lower()
        return None, int(n) if n.isdigit() else _NUMBER_WORDS[n]
    m = _MONTHS_LEN.search(text)
    if m:
        n = m["n"].lower()
        return (int(n) if n.isdigit() else _NUMBER_WORDS[n]), None
    m = _QUARTERS_LEN.search(text)
    if m:
        n = m["n"].lower()
        return 3 * (int(n) if n.isdigit() else _NUMBER_WORDS[n]), None
    if _HALF.search(text):  # before the quarter's words: "First Half" is no first quarter
        return 6, None
    if _QUARTER.search(text):
        return 3, None
    if _YEAR_LEN.search(text):
        return 12, None
    return None, None


@lru_cache(maxsize=4096)
def parse_column(header: str, title: str = "", known: tuple[date, ...] = (),
                 fallback: tuple[int, int] | None = None) -> ColumnDate:
    """Read a column's end date and length from its header, helped by the table title.

    Read once per distinct (header, title, dates, fallback): a table's columns are dated again as
    its rivals, continuations and sectors are weighed (ko's 10-K: 188 readings of 52).

    A header that prints only a year takes its month and day from a date of that year in the
    title or in ``known`` (other dates the document prints: ``SEPTEMBER 26, 1997 AND SEPTEMBER
    27, 1996`` over ``1997  1996``), else from the title's month and day (not exact: a 52/53-week
    company's year ends move), else the last day of a month named without a day ("December").

    >>> parse_column("Three Months Ended 08/30/03")
    ColumnDate(end=datetime.date(2003, 8, 30), months=3, weeks=None, exact=True)
    >>> parse_column("2024", "Year Ended December 31,")
    ColumnDate(end=datetime.date(2024, 12, 31), months=12, weeks=None, exact=True)
    >>> parse_column("3 Months Ended December 2004")
    ColumnDate(end=datetime.date(2004, 12, 31), months=3, weeks=None, exact=False)
    >>> parse_column("FY24", "Quarter and Year Ended December 31,")
    ColumnDate(end=datetime.date(2024, 12, 31), months=12, weeks=None, exact=True)
    >>> parse_column("Q4 FY24", "Quarter and Year Ended December 31,").months
    3
    >>> parse_column("3Q24", "Quarter Ended September 30,").end
    datetime.date(2024, 9, 30)
    >>> heads, titles = ["H1 2024", "1H24", "9M24"], ["Ended June 30,"] * 2 + ["Ended September 30,"]
    >>> [(c.end, c.months) for c in map(parse_column, heads, titles)]
    [(datetime.date(2024, 6, 30), 6), (datetime.date(2024, 6, 30), 6), (datetime.date(2024, 9, 30), 9)]
    >>> col = parse_column("YTD 2024", "Third Quarter Ended September 30,")
    >>> col.end, col.months, col.to_date
    (datetime.date(2024, 9, 30), None, True)
    >>> parse_column("2024", "Year to Date").to_date
    True
    >>> parse_column("YTD FY96", "", (), (12, 31)).months is None  # fiscal 1996's year to date, not the year
    True
    """
    header = _full_years(header)
    # "Year to Date" over the column, in the heading over it, its only length ("Year to Date" over
    # "2024" beside "Third Quarter": the year to date, not a year)
    titled = _length(header) == (None, None) and bool(_TO_DATE.search(title)) \
        and _length(_TO_DATE.sub(" ", title)) == (None, None)
    if _TO_DATE.search(header) or titled:  # its own length or none: never the title's ("Third Quarter")
        col = _parse_column(_FISCAL_YEAR_TAG.sub(" ", _TO_DATE.sub(" ", header)), title, known, fallback,
                            length_from_title=False)
        return col if col.months or col.weeks else replace(col, to_date=True)
    return _parse_column(header, title, known, fallback)


def _full_years(header: str) -> str:
    """``header`` with its abbreviated years written out: "3Q24" as "Q3 2024", "1H24" as "6 months
    2024", "FY97" as "FY 1997", "'97" as "1997", a month in figures "12/97" as "December 1997" (read
    then as a heading naming a month, not its day), a month's day and year after a slash "DEC 31/97" as
    "DEC 31, 1997"."""
    header = _slashed_years(header)
    if not NUMERIC_DATE.search(header):
        header = MONTH_YEAR.sub(lambda m: f"{MONTHS[int(m['m']) - 1]} {_year(m['y'])}", header)
    header = _NUMBER_FIRST.sub(lambda m: f"Q{m['n']} {m['year']}", header)
    header = _SPAN_FIRST.sub(_spelled, header)
    header = _SHORT_YEAR.sub(lambda m: f"{m['tag']} {_year(m['yy'])}", header)
    header = _MONTH_SHORT_YEAR.sub(lambda m: f"{m['mon']} {_year(m['yy'])}", header)
    return _APOSTROPHE_YEAR.sub(lambda m: f"{_year(m['yy'])}", header)


def _parse_column(header: str, title: str, known: tuple[date, ...], fallback: tuple[int, int] | None,
                  length_from_title: bool = True) -> ColumnDate:
    months, weeks = _length(header)
    if months is None and weeks is None and length_from_title:
        months, weeks = _length(title)
    dates = find_dates(header)
    spans = [m.span() for m in _MDY.finditer(header) if m["year"]] + [m.span() for m in NUMERIC_DATE.finditer(header)]
    years_after = [m for m in _YEAR.finditer(header)
                   if not any(a <= m.start() < b for a, b in spans) and all(m.start() >= b for _, b in spans)]
    if dates and years_after:
        # a heading spanning the table ("For the Years Ended December 31, 1993, 1992 and 1991")
        # over the column's own year ("1992"): the year is the column's, the day the heading's
        return parse_column(header[years_after[-1].start():], header[: years_after[-1].start()] + " " + title,
                            known)
    if dates:
        return ColumnDate(dates[-1], months, weeks)
    year_m = list(_YEAR.finditer(header))
    if not year_m:
        return ColumnDate(None, months, weeks)
    y = int(year_m[-1]["year"])
    md = _month_day(header)
    if md:
        d = safe_date(y, md[0], md[1])
        if d:
            return ColumnDate(d, months, weeks)
    if not _MONTH_ONLY.search(header):
        same_year = [d for d in find_dates(title) + list(known) if d.year == y]
        title_md = _month_day(title, last=True)  # the heading nearest the columns
        if title_md:
            near = [d for d in same_year if abs((d - date(y, *title_md)).days) <= 7] if safe_date(
                y, *title_md) else []
            if near:
                return ColumnDate(near[0], months, weeks)
            d = safe_date(y, title_md[0], title_md[1])
            if d:
                exact = any(t.year == y for t in find_dates(title)) or (
                    _is_month_end(d) and not _moves(find_dates(title) + list(known), title_md))
                return ColumnDate(d, months, weeks, exact)
    month = _MONTH_ONLY.search(header) or _MONTH_ONLY.search(title)
    if month:
        mon = month_number(month["mon"])
        return ColumnDate(date(y, mon, _cal.monthrange(y, mon)[1]), months, weeks, False)
    if fallback is not None and not _MONTH_ONLY.search(header):
        # nothing near the table dates it: the month and day of the period the cover reports
        # a printed date within a week of it (a 52/53-week year's end moves: February 3, 2024 and
        # January 28, 2023) is that year's
        nominal = safe_date(y, *fallback)
        near = sorted((d for d in known if nominal and abs((d - nominal).days) <= 7),
                      key=lambda d: abs((d - nominal).days)) if nominal else []
        d = near[0] if near else nominal
        if d:
            return ColumnDate(d, months, weeks, bool(near) or (_is_month_end(d) and not _moves(known, fallback)))
    return ColumnDate(None, months, weeks)


def _moves(printed: list[date] | tuple[date, ...], md: tuple[int, int]) -> bool:
    """Does a printed date fall within a week of the month and day ``md`` but not on it: a 52/53-week
    year end (September 24, 1993 beside a borrowed September 30), so a day borrowed for a year that
    prints none is not exact even when it is a month's last."""
    return any(0 < abs(week_years.offset(d, md)) < week_years.WINDOW for d in printed)


def shared_month_day(dates: tuple[date, ...] | list[date]) -> tuple[int, int] | None:
    """The month and day every one of ``dates`` falls on, if they share one: the year end of a
    document whose statements print only years elsewhere ("Fiscal" over ``1998  1997`` beside a
    balance sheet at December 31 of each year). The ends of a 52/53-week year ending on the
    weekday nearest December 31 (January 1, January 3, December 28) share it nominally: each is
    named for the year holding nearly all of it, and a year-only column takes the printed date
    within a week of its December 31. Other 52/53-week dates, and those of an interim quarter,
    share none.

    >>> shared_month_day([date(1998, 12, 31), date(1997, 12, 31)])
    (12, 31)
    >>> shared_month_day([date(2005, 1, 1), date(2004, 1, 3)])
    (12, 31)
    >>> shared_month_day([date(2005, 1, 29), date(2004, 1, 31)]) is None
    True
    """
    days = {(d.month, d.day) for d in dates}
    if len(days) == 1:
        return next(iter(days))
    if days and all((m == 12 and d >= 24) or (m == 1 and d <= 7) for m, d in days):
        return (12, 31)
    return None


_FISCAL_NAME = re.compile(r"^\s*" + _HEADING["fiscal_name"] + r"(?P<year>(?:19|20)\d\d)\s*$", re.I)  # "Fiscal 2023"


def fiscal_year_names(headers: list[str], cover: date | None) -> list[str]:
    """Columns headed by a fiscal year's name ("Fiscal 2023"), read as the years they name.

    A retailer whose 52/53-week year ends early in January or February may name it for the
    calendar year it starts in: GameStop's "Fiscal 2023" ended February 3, 2024, the date its cover
    reports. When the latest name is the year before the cover's period end, the names are
    start years: each becomes "Fiscal {year + 1}", the calendar year the fiscal year ends in,
    which :func:`parse_column` dates. Otherwise (TJX: "Fiscal 2025" ended February 1, 2025) the
    headers are returned as they are.

    >>> fiscal_year_names(["Fiscal 2023", "Fiscal 2022"], date(2024, 2, 3))
    ['Fiscal 2024', 'Fiscal 2023']
    >>> fiscal_year_names(["Fiscal 2025", "Fiscal 2024"], date(2025, 2, 1))
    ['Fiscal 2025', 'Fiscal 2024']
    """
    named = [_FISCAL_NAME.match(h) for h in headers]
    if cover is None or not (cover.month == 1 or (cover.month == 2 and cover.day <= 10)):
        return headers
    years = [int(m["year"]) for m in named if m]
    if not years or max(years) != cover.year - 1:
        return headers
    return [f"Fiscal {int(m['year']) + 1}" if m else h for h, m in zip(headers, named, strict=True)]


# "period from June 3, 1996", "from inception (March 1, 1998)": where a period starts (title_word range_start)
_RANGE_START = re.compile(_TITLE["range_start"] + _MONTH_RE + r"\s+\d{1,2}\s*,?\s*(?:19|20)\d\d\)?", re.I)
# characters: a longer line above a table is prose, not a title (taxonomy_map/reader_thresholds.csv)
_TITLE_LINE = int(taxonomy_map.reader_thresholds()["title_line_chars"])


_TWO_LENGTHS = re.compile(_NUM.replace("?P<n>", "?P<a>") + r"(?:-?\s*(?:months?|weeks?))?-?\s+and\s+"
                          + _NUM.replace("?P<n>", "?P<b>") + r"[\s-]+(?P<unit>months?|weeks?)", re.I)


def lengths_by_position(headers: list[str], title: list[str]) -> list[str]:
    """Columns under one heading naming two lengths ("Three and Nine Months Ended September 30,"
    over ``2024  2023  2024  2023``; "For the 13 and 39 Weeks Ended ..." in the title): the first
    run of years is the first length's, the second run (its years repeat the first's) the second's.
    Each header is given its own length ("Three Months Ended September 30, 2024"); other headers
    are returned as they are.

    >>> both = "Three and Nine Months Ended June 30, "
    >>> lengths_by_position([both + "2024", both + "2023", both + "2024", both + "2023"], [])[2]
    'Nine Months Ended June 30, 2024'
    """
    years = [[int(m["year"]) for m in _YEAR.finditer(h)] for h in headers]
    if len(headers) < 4 or not all(len(y) >= 1 for y in years):
        return headers
    own = [y[-1] for y in years]
    split = next((i for i in range(1, len(own)) if own[i] in own[:i]), None)
    if split is None or len(set(own[split:])) != len(own[split:]) or set(own[split:]) != set(own[:split]):
        return headers
    phrases = {m.group(0) for h in headers if (m := _TWO_LENGTHS.search(h))}
    in_headers = len(phrases) == 1 and all(_TWO_LENGTHS.search(h) for h in headers)
    phrase = next(iter(phrases)) if in_headers else next(
        (m.group(0) for line in reversed(title) if (m := _TWO_LENGTHS.search(line))), None)
    if phrase is None or any(_length(_TWO_LENGTHS.sub("", h)) != (None, None) for h in headers):
        return headers
    m = _TWO_LENGTHS.search(phrase)
    assert m is not None
    unit = m["unit"].lower().rstrip("s").capitalize() + "s"  # "MONTHS", "Month", "weeks": "Months", "Weeks"
    first, second = f"{m['a'].capitalize()} {unit}", f"{m['b'].capitalize()} {unit}"
    out = []
    for i, h in enumerate(headers):
        length = first if i < split else second
        out.append(_TWO_LENGTHS.sub(length, h) if in_headers else f"{length} Ended {h}")
    return out


def dates_by_position(headers: list[str], title: list[str]) -> list[str]:
    """Headers of year-only columns completed from a title line that lists one full date per
    column, in order ("AS OF JANUARY 1, 2005 AND JANUARY 3, 2004" over ``2004  2003``: the 2004
    column is 2005-01-01 and the 2003 column 2004-01-03, a 52/53-week year named for the year
    most of it falls in). Columns headed by no figure at all take the title line's dates the same
    way, one a column ("BALANCE SHEET / December 31, 2007" over one unheaded column of figures).
    Other headers are returned as they are.

    >>> dates_by_position([""], ["24HOLDINGS INC.", "BALANCE SHEET", "December 31, 2007"])
    [' December 31, 2007']
    """
    if headers and not any(re.search(r"\d", h) for h in headers):
        return _dated_by_title(headers, title)
    years = [re.fullmatch(r"\D*?((?:19|20)\d\d)\D*", _full_years(h)) for h in headers]
    if len(headers) < 2 or not all(years) or any(find_dates(h) for h in headers):
        return headers
    for line in reversed(title):
        if len(line) > _TITLE_LINE:  # prose above the table ("... reported on February 5, 2025 its
            continue  # results for the year ended December 31, 2024"): its dates are not the columns'
        found = find_dates(_RANGE_START.sub(" ", line))  # "period from June 3, 1996": where a period starts
        if len(found) != len(headers) or len(set(found)) != len(found):
            continue
        if all(int(m[1]) in (d.year, d.year - 1) for m, d in zip(years, found, strict=True) if m):
            return [f"{h} {d:%B} {d.day}, {d.year}" for h, d in zip(headers, found, strict=True)]
    return headers


def _dated_by_title(headers: list[str], title: list[str]) -> list[str]:
    """Headers printing no figure completed from the title line nearest the table that lists one
    full date per column, in order (a heading line, not prose above the table)."""
    for line in reversed(title):
        if len(line) > _TITLE_LINE:
            continue
        found = find_dates(_RANGE_START.sub(" ", line))
        if not found:
            continue
        if len(found) != len(headers) or len(set(found)) != len(found):
            return headers
        return [f"{h} {d:%B} {d.day}, {d.year}" for h, d in zip(headers, found, strict=True)]
    return headers


def snap(col: ColumnDate, cal: FiscalCalendar) -> ColumnDate:
    """A borrowed day moved to the company's period-end weekday (a 52/53-week year ends on the
    same weekday each year, the one nearest the nominal date)."""
    if col.exact or col.end is None or cal.weekday is None:
        return col
    year_end = cal.year_end_near(col.end)  # a year end's day: where the printed year ends fall
    if year_end is not None:
        return replace(col, end=year_end, exact=True)
    shift = (cal.weekday - col.end.weekday()) % 7
    end = col.end + timedelta(days=shift if shift <= 3 else shift - 7)
    return replace(col, end=end, exact=True)


def _is_month_end(d: date) -> bool:
    return d.day == _cal.monthrange(d.year, d.month)[1]


@dataclass(frozen=True)
class FiscalCalendar:
    """A company's fiscal calendar: 52/53-week (``weekday`` set) or calendar months."""

    weekday: int | None = None  # 0=Monday ... 5=Saturday
    year_end: tuple[int, int] | None = None  # (month, day) nominal fiscal year end
    known_year_ends: tuple[date, ...] = ()
    balances: tuple[date, ...] = ()  # the dates a statement of equity prints balances at

    @property
    def weekly(self) -> bool:
        return self.weekday is not None

    def fiscal_year_end_near(self, d: date) -> date | None:
        """The fiscal year end that falls in the 12 months before ``d``, if known."""
        for known in sorted(self.known_year_ends, reverse=True):
            if known < d and (d - known).days <= 371:
                return known
        if self.year_end is None:
            return None
        m, day = self.year_end
        for y in (d.year, d.year - 1, d.year - 2):
            nominal = safe_date(y, m, min(day, _cal.monthrange(y, m)[1]))
            if nominal is None:
                continue
            cand = nominal
            if self.weekday is not None:
                shift = (self.weekday - nominal.weekday()) % 7
                cand = nominal + timedelta(days=shift if shift <= 3 else shift - 7)
            if cand < d:
                return cand
        return None

    def year_end_near(self, d: date) -> date | None:
        """A weekly calendar's year end within six days of ``d``, placed among the printed year ends
        (week_years); None for a calendar of months, or when ``d`` is no year end's."""
        if self.weekday is None:
            return None
        return week_years.year_end_near(d, self.weekday, self.known_year_ends)

    def start(self, end: date, months: int | None, weeks: int | None) -> date:
        """First day of the period of ``months`` (or ``weeks``) ending on ``end``.

        A period that runs from a known fiscal year end (year-to-date, or a whole
        year) starts the day after it; otherwise a 52/53-week calendar (or an end
        date that is not a month end) counts 13 weeks a quarter, and a calendar
        company counts months.
        """
        if weeks:
            return end - timedelta(days=7 * weeks - 1)
        months = months or 12
        nominal_days = round(months * 365.25 / 12)
        for known in sorted(self.known_year_ends, reverse=True):
            if known < end and abs((end - known).days - nominal_days) <= 10:
                return known + timedelta(days=1)
        if self.weekly or not _is_month_end(end):
            if months == 12:
                # the balance a statement of equity opens the year with ("BALANCE, DECEMBER 28,
                # 1997" above a 53-week year ending January 3, 1999) dates its start
                opened = self._opened(end, nominal_days)
                if opened is not None and (end - opened).days + 1 in (364, 371):
                    return opened
                before = self.year_end_near(end - timedelta(days=367))  # 52 or 53 weeks before
                if before is not None and (end - before).days in (364, 371):
                    return before + timedelta(days=1)
                prior = end - timedelta(days=364)
                anniversary = safe_date(end.year - 1, end.month, min(end.day, 28)) or prior
                alt = end - timedelta(days=371)
                if abs((alt - anniversary).days) < abs((prior - anniversary).days) - 3:
                    return alt + timedelta(days=1)
                return prior + timedelta(days=1)
            opened = self._opened(end, nominal_days)
            if opened is not None:
                return opened
            fy = self.fiscal_year_end_near(end)
            nominal = end - timedelta(days=7 * (13 * months // 3) - 1)
            if fy is not None and self._may_start(fy + timedelta(days=1), nominal, fy in self.known_year_ends):
                return fy + timedelta(days=1)
            return nominal
        nxt = end + timedelta(days=1)
        y, m = nxt.year, nxt.month - months
        while m <= 0:
            m += 12
            y -= 1
        day = min(nxt.day, _cal.monthrange(y, m)[1])
        return date(y, m, day)

    def _may_start(self, start: date, nominal: date, printed: bool) -> bool:
        """May a period counted ``nominal`` (13 weeks a quarter) start on ``start`` instead, the day
        after a year end? A printed one within a week either way; a 52/53-week year end printed
        nowhere (the weekday nearest the nominal end, a guess) only as far as the extra week of a
        53-week year: a half or three quarters is never a week short."""
        gap = (nominal - start).days
        return abs(gap) <= 7 if printed or not self.weekly else 0 <= gap <= 7

    def _opened(self, end: date, days: int) -> date | None:
        """The start a printed balance gives a period of about ``days`` ending ``end``: the day after
        the balance's date ("Balance at December 25, 2021"), or that date itself when it is a month's
        first day and the printed year ends are month ends ("Balance at January 1, 2022"), unless the
        company's periods end on a weekday (a 13-week quarter ending "April 1, 2023")."""
        month_ends = bool(self.known_year_ends) and all(_is_month_end(k) for k in self.known_year_ends) \
            and not self.weekly  # a 52/53-week company's balance on a month's first day closes a period
        starts = {b if b.day == 1 and month_ends else b + timedelta(days=1) for b in self.balances}
        fits = [s for s in starts if s < end and abs((end - s).days + 1 - days) <= 10]
        return min(fits, key=lambda s: abs((end - s).days + 1 - days)) if fits else None


def infer_calendar(
    dates: list[date], header_fye: str | None = None, balance_dates: list[date] | None = None,
    year_ends: list[date] | None = None, balances: list[date] | None = None,
) -> FiscalCalendar:
    """Infer the fiscal calendar from every period-end date a document prints.

    ``year_ends`` are the ends of twelve-month columns: fiscal year ends by definition; ``balances``
    the dates a statement of equity prints balances at.
    """
    distinct = sorted(set(dates))
    weekday = None
    if len(distinct) >= 2:
        days = Counter(d.weekday() for d in distinct)
        wd, count = days.most_common(1)[0]
        if count >= max(2, 0.75 * len(distinct)) and not all(_is_month_end(d) for d in distinct):
            weekday = wd
    year_end: tuple[int, int] | None = None
    if header_fye:
        year_end = (int(header_fye[:2]), int(header_fye[2:]))
    known: list[date] = []
    latest = max(distinct) if distinct else None
    for d in balance_dates or []:
        # a balance-sheet comparative before the latest date is usually the prior year end
        if latest is not None and d < latest:
            known.append(d)
            if year_end is None:
                year_end = (d.month, d.day)
    for d in year_ends or []:
        known.append(d)
        if year_end is None:
            year_end = (d.month, d.day)
    printed = sorted(set(known))
    if header_fye and year_end and weekday is None and latest is not None:
        # each fiscal year end before the latest date: a printed one stands; a year whose end is not
        # printed follows a printed 52/53-week end by whole weeks, else the nominal month end
        for y in range(latest.year - 3, latest.year + 1):
            nominal = safe_date(y, year_end[0], min(year_end[1], _cal.monthrange(y, year_end[0])[1]))
            if nominal is None or nominal >= latest or any(abs((k - nominal).days) <= 10 for k in printed):
                continue
            weekly = [k for k in printed if not _is_month_end(k)]
            if weekly:
                ref = min(weekly, key=lambda k: abs(k.year - y))
                back = [c for w in range(-53 * 4 - 4, 53 * 4 + 5)
                        if (c := _shifted(ref, 7 * w)) is not None]
                anchor = safe_date(y, ref.month, min(ref.day, 28 if ref.month == 2 else ref.day)) or nominal
                cand = min(back, key=lambda c: abs((c - anchor).days))
                if abs((cand - nominal).days) <= 10 and cand < latest:
                    known.append(cand)
            elif _is_month_end(nominal):
                known.append(nominal)
    return FiscalCalendar(weekday, year_end, tuple(sorted(set(known))), tuple(sorted(set(balances or []))))


def resolve(col: ColumnDate, instant: bool, cal: FiscalCalendar) -> Period | None:
    """The period of a column, given whether its statement reports instants. A year-to-date column
    starts the day after the fiscal year end before it (a calendar year's when none is known)."""
    if col.end is None:
        return None
    if instant:
        return Period(col.end)
    if col.to_date:
        fy = cal.fiscal_year_end_near(col.end)
        return Period(col.end, fy + timedelta(days=1) if fy else date(col.end.year, 1, 1))
    if col.months is None and col.weeks is None:
        fy = cal.fiscal_year_end_near(col.end)
        if fy is not None and abs((col.end - fy).days - QUARTER_DAYS) <= QUARTER_SLACK:
            # no length printed, one quarter after a fiscal year end: that first quarter (a quarterly
            # report's "December 26, 1998 | December 26, 1997" under no "Three Months Ended")
            return Period(col.end, fy + timedelta(days=1))
    return Period(col.end, cal.start(col.end, col.months, col.weeks))


def year_to_date_months(col: ColumnDate, fiscal_year_end: tuple[int, int] | None) -> int | None:
    """The months a year-to-date column really spans when its heading miscounts them.

    A release headed "NINE MONTHS ENDED JULY 31" by a company whose fiscal year ends on
    January 31 prints the six months from February 1: no company reports nine months that
    start in the middle of its fiscal year. Only a six- or nine-month heading is judged, only
    against the fiscal year end the filing declares (the SEC header), and only where the end
    date is a whole number of quarters (six or nine months) after that year end.

    >>> year_to_date_months(ColumnDate(date(2000, 7, 31), 9), (1, 31))
    6
    >>> year_to_date_months(ColumnDate(date(2000, 10, 31), 9), (1, 31)) is None
    True
    """
    if col.end is None or col.months not in (6, 9) or col.weeks or fiscal_year_end is None:
        return None
    month, day = fiscal_year_end
    for year in (col.end.year, col.end.year - 1):
        fy = safe_date(year, month, min(day, _cal.monthrange(year, month)[1]))
        if fy is not None and fy < col.end:
            break
    else:
        return None
    months = round((col.end - fy).days / (365.25 / 12))
    if abs((col.end - fy).days - months * 365.25 / 12) > WHOLE_MONTHS_SLACK:
        return None  # not a whole number of months after the year end
    return months if months in (6, 9) and months != col.months else None


def ordinal_quarter(header: str, year_end: tuple[int, int], title: str = "", months: int = 3) -> ColumnDate | None:
    """A column headed by its quarter's number and its fiscal year alone ("Fourth Quarter" over
    "1997"), or by a half's or nine months' length ("Six Months" over "1997": the year to date),
    dated by the fiscal year end: it ends three months a quarter after the end of the fiscal year
    before (fiscal 1997 ends in 1997), on the month's last day when the year ends on one, else on
    the year end's day (not exact: a 52/53-week quarter's end moves). The quarter may be named in
    the heading over the table (``title``), the year only over the column.

    >>> ordinal_quarter("First Quarter 1997", (12, 31))
    ColumnDate(end=datetime.date(1997, 3, 31), months=3, weeks=None, exact=True)
    >>> ordinal_quarter("Q1 1998", (9, 30)).end  # fiscal 1998 starts in October 1997
    datetime.date(1997, 12, 31)
    >>> ordinal_quarter("Nine Months 1997", (12, 31), months=9).end
    datetime.date(1997, 9, 30)
    >>> ordinal_quarter("Fourth Quarter", (12, 31)) is None  # no year
    True
    """
    header = _full_years(header)
    m = _ORDINAL_QUARTER.search(header) or _ORDINAL_QUARTER.search(title)
    years = list(_YEAR.finditer(header))
    if len(years) != 1 or months not in (3, 6, 9):
        return None
    if months != 3:
        n = months // 3  # the year to date
    elif m is not None:
        word = m["n"].lower() if m["n"] else ""
        n = int(m["q"]) if m["q"] else int(word[0]) if word[:1].isdigit() else _ORDINALS[word]
    else:
        return None  # "Three Months" alone: which quarter is not said
    month, day = year_end
    y = int(years[0]["year"])
    at = month + 3 * n  # months after January of the year before
    year, mon = y - 1 + (at - 1) // 12, (at - 1) % 12 + 1
    last = _cal.monthrange(year, mon)[1]
    month_end = day == _cal.monthrange(y, month)[1]
    return ColumnDate(date(year, mon, last if month_end else min(day, last)), months, None, month_end)


def _printed_year(header: str) -> str | None:
    years = [m["year"] for m in _YEAR.finditer(_full_years(header))]
    return years[0] if len(years) == 1 else None


def quarters_by_year(headers: list[str], printed: list[ColumnDate], dated: list[ColumnDate]) -> dict[str, ColumnDate]:
    """The quarters among the columns ``dated`` that a number names and the fiscal year end dates
    ("Q3 1996", "Third Quarter" over "1996": ``printed``, their headings alone, date nothing), by the
    one year their heading prints."""
    return {y: d for h, p, d in zip(headers, printed, dated, strict=True)
            if p.end is None and d.end is not None and d.months == 3 and not d.to_date
            and (y := _printed_year(h)) is not None}


def to_date_through_quarters(headers: list[str], printed: list[ColumnDate], dated: list[ColumnDate],
                             quarters: dict[str, ColumnDate]) -> list[ColumnDate]:
    """The columns ``dated`` (``printed`` as their headings alone date them), each year-to-date column
    that only the fiscal year end dated ("YTD 1996", "Year to Date" over "1996": the whole year's end)
    ending instead with the quarter of the same printed year that a column of the document names by
    its number (``quarters``, :func:`quarters_by_year`): a release's or 10-Q's quarter, and the year
    to date through it, also in the cash-flow statement printing the year to date alone.

    >>> heads = ["Q3 1996", "YTD 1996"]
    >>> dated = [ColumnDate(date(1996, 9, 30), 3), ColumnDate(date(1996, 12, 31), to_date=True)]
    >>> quarters = quarters_by_year(heads, [ColumnDate(None)] * 2, dated)
    >>> to_date_through_quarters(heads, [ColumnDate(None)] * 2, dated, quarters)[1].end
    datetime.date(1996, 9, 30)
    """
    out = []
    for h, p, d in zip(headers, printed, dated, strict=True):
        q = quarters.get(_printed_year(h) or "") if p.end is None and d.to_date else None
        out.append(replace(d, end=q.end, exact=q.exact) if q is not None else d)
    return out
