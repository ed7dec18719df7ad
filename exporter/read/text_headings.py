"""What a fixed-width text table's column headings say over each column: the heading reader of
:mod:`exporter.read.text_tables`.

    column_headers(header_lines, columns)  -> per column: the heading words printed over it (each
                                              line's phrases cut at their dates and period headings,
                                              each phrase given to the columns it stands over)
    split_spanning_heading(headers)         -> the words every column's heading starts with (a title
                                              printed across the table) and what is left of each
    label_column_heading(header_lines, ...) -> what the header lines print left of the columns
    full_short_years(headers, text)         -> columns headed by two-digit years, as full years

with the heading words they read (taxonomy_map/reader_words.csv), compiled once.
"""

from __future__ import annotations

import re

import taxonomy_map
from exporter.read.months import MONTH_STEMS
from exporter.read.text_columns import DIGIT, FIELD, MONTH_NAME, TWO_DIGITS, Column, is_rule

_WORDS = taxonomy_map.reader_words()  # taxonomy_map/reader_words.csv
# a count and the unit of a length of time after it (heading_word length_count and length_unit); the spaces at
# most between a count and its unit typed apart (taxonomy_map/reader_thresholds.csv)
_COUNT = re.compile(_WORDS["heading_word"]["length_count"], re.I)
_LENGTH_UNIT = re.compile(_WORDS["heading_word"]["length_unit"], re.I)
COUNT_GAP = int(taxonomy_map.reader_thresholds()["count_unit_gap"])
# the word closing a period heading ("Three Months Ended", "Years Ending")
_ENDED = re.compile(_WORDS["heading_word"]["ended"], re.I)
# a month's name before a day; a date or a year: "12/31/97", "1997", a two-digit fiscal year ("FY97", "FY '97",
# "Fiscal '97", "Fiscal 97")
_MONTH_WORD = re.compile(
    rf"(?<![A-Za-z])({MONTH_STEMS})[a-z]*\.?(?=\s+\d)", re.I)
_DATE_WORD = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(19|20)\d\d\b"
                        r"|\bFY\s?['\u2019]?\d\d\b|\bfiscal\s+\d\d\b(?!\s*-?\s*(?:weeks?|months?|days?)\b)"
                        r"|(?<![\w'])['\u2019]\d\d\b", re.I)
# the words heading a column of changes printed beside the years (taxonomy_map/reader_words.csv)
_CHANGE_HEADING = re.compile(_WORDS["heading_word"]["change"], re.I)


def column_headers(header_lines: list[str], columns: list[Column]) -> list[str]:
    """Text over each column: each header line's phrases go to the nearest column, where they stand
    over it (:func:`_stands_over`). A column of changes ("Increase (Decrease)", "% Change" over it)
    takes only what is printed over it: not its neighbour's year nor the dates over the years."""
    heads: list[list[str]] = [[] for _ in columns]
    if not columns:
        return []
    label_edge = min(c.left for c in columns) - 4
    centers = [(c.left + c.right_max) / 2 for c in columns]
    lines = []
    ruled: list[dict[int, int]] = []  # per line: column -> the phrase its rule of dashes puts over it
    for n, line in enumerate(header_lines):
        if is_rule(line) or not line.strip():
            continue
        phrases: list[tuple[int, int, str]] = []
        for start, text in _fields(line):
            phrases.extend(q for p in _split_dates(start, text) for q in _cut_after_date(p, columns))
        phrases = [p for p in phrases if p[1] > label_edge and set(p[2]) - set("-=_")]
        if phrases:
            lines.append(phrases)
            below = header_lines[n + 1] if n + 1 < len(header_lines) else ""
            ruled.append(_ruled_spans(phrases, below, columns) if is_rule(below) else {})
    over = [" ".join(p[2] for phrases in lines for p in phrases if _overlaps(p, c)) for c in columns]
    changes = [bool(_CHANGE_HEADING.search(text)) for text in over]
    for phrases, spans in zip(lines, ruled, strict=True):
        nearest = [_nearest(phrases, center) for center in centers]
        for i, k in enumerate(nearest):
            if i in spans:
                heads[i].append(phrases[spans[i]][2])
                continue
            if changes[i] and not _overlaps(phrases[k], columns[i]):
                continue
            if _stands_over(phrases[k], i, columns, [j for j, n in enumerate(nearest) if n == k], len(phrases)):
                heads[i].append(phrases[k][2])
    return [" ".join(h) for h in heads]


def _fields(line: str) -> list[tuple[int, str]]:
    """A heading line's phrases (words a single space apart), where each starts; a count typed a
    little apart from its unit ("NINE  MONTHS", "13  Weeks") is one phrase with it, not two
    phrases for two columns."""
    out: list[tuple[int, str]] = []
    for m in FIELD.finditer(line):
        if out and _COUNT.fullmatch(out[-1][1]) and _LENGTH_UNIT.match(m.group()) \
                and m.start() - (out[-1][0] + len(out[-1][1])) <= COUNT_GAP:
            start, count = out.pop()
            out.append((start, f"{count} {m.group()}"))
        else:
            out.append((m.start(), m.group()))
    return out


def _ruled_spans(phrases: list[tuple[int, int, str]], rule: str, columns: list[Column]) -> dict[int, int]:
    """Column -> phrase, for the phrases of a heading line underlined by a rule of separate runs of
    dashes ("Fourth Quarter" and "Year" each over a run spanning its two columns): a run holding one
    phrase heads every column under it, however short the phrase or far from its centre."""
    out: dict[int, int] = {}
    for run in re.finditer(r"[-=_]{3,}", rule):
        inside = [k for k, p in enumerate(phrases) if p[0] < run.end() and p[1] > run.start()]
        under = [i for i, c in enumerate(columns) if c.left < run.end() and c.right_max >= run.start()]
        if len(inside) == 1 and under:
            out.update({i: inside[0] for i in under})
    return out


def _cut_after_date(phrase: tuple[int, int, str], columns: list[Column]) -> list[tuple[int, int, str]]:
    """A heading phrase cut after its date where the words one space after it stand over the next
    columns and the date over its own ("1996 Pro forma" over the last year's column and the pro
    forma column beside it; "2003 Change"): a column heading of its own, not words of the date's."""
    start, end, text = phrase
    m = next((d for d in _DATE_WORD.finditer(text) if text[d.end():d.end() + 1] == " "), None)
    if m is None:
        return [phrase]
    rest = text[m.end():]
    date = (start, start + m.end(), text[:m.end()].strip())
    after = (start + m.end() + len(rest) - len(rest.lstrip()), end, rest.strip())
    under_date = [j for j, c in enumerate(columns) if _overlaps(date, c)]
    under_after = [j for j, c in enumerate(columns) if _overlaps(after, c)]
    if len(under_date) != 1 or not under_after or under_date[0] >= min(under_after) \
            or _DATE_WORD.search(rest) or _MONTH_WORD.search(rest):
        return [phrase]  # a title over several columns, or a list of dates ("1993, 1992 and 1991")
    return [date, after]


def _nearest(phrases: list[tuple[int, int, str]], center: float) -> int:
    """The index of the phrase nearest a column's centre (one spanning it is at distance 0)."""
    def distance(k: int) -> float:
        start, end = phrases[k][0], phrases[k][1]
        return 0 if start <= center <= end else min(abs(center - start), abs(center - end))

    return min(range(len(phrases)), key=distance)


def _overlaps(phrase: tuple[int, int, str], col: Column) -> bool:
    """Is a heading phrase printed over the figures of ``col``?"""
    return phrase[0] <= col.right_max and phrase[1] > col.left


def _stands_over(phrase: tuple[int, int, str], i: int, columns: list[Column], run: list[int], count: int) -> bool:
    """Does a heading phrase stand over column ``i`` (``run``: the columns it is the nearest phrase
    of, ``count``: the phrases on its line)? It does over a column whose figures it overlaps, and
    over each column of the run it is centred over (a group heading over its columns, a year over
    a company's business columns). A line's only phrase heads every column unless it fits over one
    column alone ("%" over a change column)."""
    start, end = phrase[0], phrase[1]
    overlaps = [j for j, c in enumerate(columns) if _overlaps(phrase, c)]
    if i in overlaps:
        return True
    if count == 1:
        return len(overlaps) != 1 or not (start >= columns[overlaps[0]].left - 2
                                          and end <= columns[overlaps[0]].right_max + 2)
    centers = [(columns[j].left + columns[j].right_max) / 2 for j in run]
    step = (centers[-1] - centers[0]) / (len(run) - 1) if len(run) > 1 else columns[i].right_max - columns[i].left
    return abs((start + end) / 2 - (centers[0] + centers[-1]) / 2) < step / 2


def split_spanning_heading(headers: list[str]) -> tuple[str, list[str]]:
    """The words every column header starts with (a heading printed across the whole table:
    "CONSOLIDATED BALANCE SHEET December 31," over each column) and what is left of each header.
    It is split off only where every column keeps a part that holds a number (its own date)."""
    if len(headers) < 2:
        return "", headers
    words = [h.split() for h in headers]
    n = 0
    while all(len(w) > n for w in words) and len({w[n] for w in words}) == 1 and not (
            MONTH_NAME.fullmatch(words[0][n]) or words[0][n][:1].isdigit()):
        n += 1  # up to the first date: "December 26, 1997" / "December 27, 1996" stay whole
    rest = [" ".join(w[n:]) for w in words]
    if n == 0 or not all(DIGIT.search(r) and not TWO_DIGITS.fullmatch(r) for r in rest):
        return "", headers  # "Fiscal 97": a two-digit year is a year only beside its word
    return " ".join(words[0][:n]), rest


def label_column_heading(header_lines: list[str], columns: list[Column]) -> list[str]:
    """What the header lines print in the label column, left of the value columns.

    Many filings put the statement's name, its scale or its dates there, on the same line as the
    column years: ``SEPTEMBER 26, 1997 AND SEPTEMBER 27, 1996      1997     1996`` or
    ``(DOLLARS IN THOUSANDS EXCEPT PER SHARE DATA)   2001   2000``. It belongs to the whole table,
    like a title line above it.
    """
    if not columns:
        return []
    edge = min(c.left for c in columns) - 4
    out = []
    for line in header_lines:
        if is_rule(line) or not line.strip():
            continue
        left = []
        for m in FIELD.finditer(line):
            # a phrase ending left of the columns, or a long one starting at the margin (a title)
            if m.end() <= edge or (m.start() <= 4 and m.start() < edge // 4 and not _DATE_WORD.search(m.group())):
                left.append(m.group())
        text = " ".join(" ".join(left).split())
        if text and set(text) - set("-=_ "):
            out.append(text)
    return out


def _split_dates(start: int, text: str) -> list[tuple[int, int, str]]:
    """Split a header phrase holding several dates ("March 28, March 29,") into one per date, and
    one holding several period headings set a single space apart ("THIRTEEN WEEKS ENDED TWENTY-SIX
    WEEKS ENDED") into one per heading."""
    ends = [m.end() for m in _ENDED.finditer(text)][:-1]
    if ends and not _MONTH_WORD.search(text[ends[0]:ends[0] + 12]):
        bounds = [0, *ends, len(text)]
        return [p for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()
                for p in _split_dates(start + a, text[a:b])]
    cuts = [m.start() for m in _MONTH_WORD.finditer(text)]
    if len(cuts) < 2:
        dates = list(_DATE_WORD.finditer(text))
        if len(dates) < 2 or _MONTH_WORD.search(text):
            return [(start, start + len(text), text.strip())]
        # each date closes its heading when the phrase ends on one and starts with words ("Fiscal
        # 2004 Fiscal 2003"); else each starts it ("1997 1996", "2004 2003 Change")
        ends_on_date = not text.rstrip()[dates[-1].end():] and not text.lstrip()[:1].isdigit()
        cuts = [m.end() for m in dates[:-1]] if ends_on_date else [m.start() for m in dates]
    cuts = [0] + [c for c in cuts if c > 0] + [len(text)]
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = text[a:b]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((start + a + lead, start + a + len(piece.rstrip()), piece.strip()))
    return out


# a column's own year printed in two digits after its heading's words ("December 31, 97", "97"); not
# a day after its month ("March 31"), nor a figure ("1,250", "$12", "'97" is read elsewhere)
_BARE_SHORT_YEAR = re.compile(r"(?:^|(?<=\s))(?P<yy>\d\d)$")
_FULL_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def full_short_years(headers: list[str], text: str) -> list[str]:
    """Columns headed by years of two digits standing alone ("97      96" under "Year Ended
    December 31,"), read as the years of the century the document's own dates put them in (its
    years of four digits, in the middle of them): "97" is 1997 in a 1997 filing, "01" and "99" in
    a 2001 filing are 2001 and 1999 (with no full year printed, "50" to "99" are of the 1900s,
    "00" to "49" of the 2000s). Headers printing a full year, a day after its month or other
    words after the digits are returned as they are.

    >>> full_short_years(["December 31, 97", "December 31, 96"], "fiscal year ended December 31, 1997")
    ['December 31, 1997', 'December 31, 1996']
    >>> full_short_years(["01", "00", "99"], "fiscal year ended June 30, 2001")
    ['2001', '2000', '1999']
    >>> full_short_years(["Three Months Ended March 31", "Six Months Ended June 30"], "1997")
    ['Three Months Ended March 31', 'Six Months Ended June 30']
    """
    found = [_BARE_SHORT_YEAR.search(h.strip()) for h in headers]
    if len(headers) < 2 or not all(found) or any(_FULL_YEAR.search(h) for h in headers):
        return headers
    short = [int(m["yy"]) for m in found if m]
    words = [h.strip()[: m.start()].split() for h, m in zip(headers, found, strict=True) if m]
    if len(set(short)) < 2 or any(w and MONTH_NAME.fullmatch(w[-1]) for w in words):
        return headers
    years = sorted(int(y) for y in _FULL_YEAR.findall(text))
    middle = years[len(years) // 2] if years else 2000  # no full year printed: 50-99 the 1900s, 00-49 the 2000s
    full = [min((c + y for c in (1900, 2000)), key=lambda f: abs(f - middle)) for y in short]
    if max(full) - min(full) > 10:
        return headers  # numbers, not the years of a few columns
    return [h.strip()[: m.start()] + str(f) for h, m, f in zip(headers, found, full, strict=True) if m]
