"""Fixed-width text lines to pieces and value columns: the lowest layer of the text table reader
(:mod:`exporter.read.text_tables`).

    line_pieces(line)          -> whitespace-separated pieces, each with its printed number if any
                                  (a figure's footnote mark, credit mark or slipped space joined)
    column_edges(lines)        -> value columns from the right edges of the numbers
    split_line(line, columns)  -> label text and one value per column

with the patterns the reader tries on every line, compiled once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import taxonomy_map
from exporter.read.months import DAY_SLASH_YEAR, MONTH_STEMS, MONTH_YEAR, NUMERIC_DATE
from exporter.read.numbers import SIDE_MARK, Printed, parse_number

TAG = re.compile(r"</?(S|C|CAPTION|FN|F\d+)>", re.I)
_RULE = re.compile(r"^[\s\-=_~*.]*[-=_]{3,}[\s\-=_~*.]*$")
RULED_RUN_ON = re.compile(r"^(\s*[A-Za-z][^\d$()]*?)\s{2,}[-=_]{3,}(?:\s+[-=_]{3,})*\s*$")  # words, then only rules
LEADER = re.compile(r"(\s*\.){2,}\s*$|\.{3,}")
_PAGE = re.compile(r"<PAGE>|^\s*-?\s*\d{1,3}\s*-?\s*$", re.I)
_YEAR = re.compile(r"^(19|20)\d\d$")
MONTH_NAME = re.compile(rf"({MONTH_STEMS})[a-z]*\.?", re.I)

# patterns tried on every line (or piece) of a text document, compiled once
TABLE_OPEN = re.compile(r"<TABLE\b", re.I)
TABLE_CLOSE = re.compile(r"</TABLE>", re.I)
PAGE_TAG = re.compile(r"<PAGE>", re.I)
TABLE_OR_PAGE = re.compile(r"<TABLE>|<PAGE>", re.I)
S_TAG = re.compile(r"^\s*<S>", re.I)
PAGE_NUMBER = re.compile(r"\s*page\s+\d+\s*$", re.I)
SIX_SPACES = re.compile(r"\s{6,}")
TWO_SPACES = re.compile(r"\s{2,}")
_NONSPACE = re.compile(r"\S+")
FIELD = re.compile(r"\S+(?: \S+)*")
TWO_DIGITS = re.compile(r"\d\d")
LETTER = re.compile(r"[A-Za-z]")
LOWER_START = re.compile(r"\s*[a-z\d(]")
DIGIT = re.compile(r"\d")

# lines above a table read as its title; lines a column heading may stack above the six a table's header takes
TITLE_LINES = int(taxonomy_map.reader_thresholds()["text_title_lines"])
STACKED_HEADING_LINES = int(taxonomy_map.reader_thresholds()["stacked_heading_lines"])
_THOUSANDS_SLIP = re.compile(r",\d{3}(,\d{3})*\)?")  # the rest of a figure after a stray space


# the blanks between a figure and a footnote mark standing apart from it (taxonomy_map/reader_thresholds.csv)
_MARK_GAP = range(int(taxonomy_map.reader_thresholds()["mark_gap_min"]),
                  int(taxonomy_map.reader_thresholds()["mark_gap_max"]) + 1)
_SIDE = re.compile(SIDE_MARK, re.I)  # "CR", "DR" after a figure
_SIDE_AFTER = re.compile(rf"(?<=[\d\s])\s*(?:{SIDE_MARK})$", re.I)  # the same mark ending a figure's text


@dataclass(frozen=True)
class Piece:
    start: int
    end: int
    text: str
    printed: Printed | None

    @property
    def right(self) -> int:
        """Right edge used for alignment: a closing ``)``, ``>`` or ``%``, or a trailing minus after
        the digits (``1,234-``), hangs past the digits; so does a credit or debit mark (``1,234 CR``)."""
        end = self.end
        side = _SIDE_AFTER.search(self.text)
        if side and self.printed is not None:
            end -= len(side.group())
        while end > self.start and (self.text[end - self.start - 1] in ")%>" or (
                self.text[end - self.start - 1] == "-" and end - self.start > 1
                and self.text[end - self.start - 2].isdigit())):
            end -= 1
        return end


# a figure with a footnote mark attached: "30,100(a)", "(2,565)(1)", "4,290*", "61,200(12)"
_MARKED = re.compile(r"(?P<num>.*[\d)%])(?P<mark>\([a-z]\)|\(\d{1,2}\)|\*{1,3})", re.I)
# a footnote mark standing alone one or two spaces after its figure: "61,200 (a)", "2,860  *" (no
# number); "30,100 (2)", "30,100  (12)" read as numbers and are told from a negative in a column of
# its own by position
_WORD_MARK = re.compile(r"\([a-z]\)|\*{1,3}", re.I)
_STARS = re.compile(r"\*{1,3}")  # a mark standing alone where a figure would: an amount under the unit
_DIGIT_MARK = re.compile(r"\(\d{1,2}\)")


# negatives in parentheses touching across columns set no blank apart: "(3,000)(2,500)"
_PARENTHESIZED = re.compile(r"\$?\(\$?\d[\d,]*(?:\.\d+)?\)")


def _touching(start: int, text: str) -> list[tuple[int, int, str]]:
    """A run of characters as its figures: "(3,000)(2,500)" is two negatives touching (the columns
    set no blank apart), where "(2,565)(1)" is one with its footnote mark (_MARKED)."""
    parts = [(m.start(), m.end()) for m in _PARENTHESIZED.finditer(text)]
    whole = len(parts) > 1 and parts[0][0] == 0 and parts[-1][1] == len(text) \
        and all(a[1] == b[0] for a, b in zip(parts, parts[1:], strict=False))
    if not whole or any(_DIGIT_MARK.fullmatch(text[a:b]) for a, b in parts[1:]):
        return [(start, start + len(text), text)]
    return [(start + a, start + b, text[a:b]) for a, b in parts]


@lru_cache(maxsize=8192)
def line_pieces(line: str) -> tuple[Piece, ...]:
    """The line's pieces: once per distinct line (a table's lines are read by several steps, and
    blank lines, page marks and common lines recur)."""
    raw = [part for m in _NONSPACE.finditer(line) for part in _touching(m.start(), m.group())]
    merged: list[tuple[int, int, str]] = []
    i = 0
    while i < len(raw):
        s, e, t = raw[i]
        if t in ("$", "(", "$(", "($", "-$") and i + 1 < len(raw):  # "-$   970": a minus before the dollar sign
            ns, ne, nt = raw[i + 1]
            marked = _MARKED.fullmatch(nt) if parse_number(nt) is None else None
            end = ns + len(marked["num"]) if marked else ne  # "$  5,667*": the figure, not its mark
            merged_text = line[s:end]
            if parse_number(merged_text) is not None:
                merged.append((s, end, merged_text))
                i += 2
                continue
        if t == "$":
            i += 1
            continue  # a dollar sign whose number is printed elsewhere (wrapped to the next line)
        if i + 1 < len(raw) and raw[i + 1][0] == e + 1 and _THOUSANDS_SLIP.fullmatch(raw[i + 1][2]) \
                and re.fullmatch(r"\$?\(?\d{1,3}(,\d{3})*", t):
            merged.append((s, raw[i + 1][1], line[s:raw[i + 1][1]]))  # "4,180 ,000": a space slipped in
            i += 2
            continue
        if _SIDE.fullmatch(t) and merged and s == merged[-1][1] + 1 \
                and parse_number(line[merged[-1][0]:e]) is not None:
            merged[-1] = (merged[-1][0], e, line[merged[-1][0]:e])  # "1,234 CR": the figure's side
            i += 1
            continue
        if t in (")", "%", ")%", "%)") and merged:
            ps, pe, pt = merged[-1]
            merged[-1] = (ps, e, line[ps:e])
            i += 1
            continue
        if _WORD_MARK.fullmatch(t) and merged and s - merged[-1][1] in _MARK_GAP and _figure_apart(line, merged):
            i += 1
            continue  # "61,200 (a)", "61,200  (a)": the figure's footnote mark, not a word of the label
        marked = _MARKED.fullmatch(t) if parse_number(t) is None else None
        if marked and parse_number(marked["num"]) is not None:
            merged.append((s, s + len(marked["num"]), marked["num"]))  # "30,100(a)": the figure, not its mark
            i += 1
            continue
        merged.append((s, e, t))
        i += 1
    return tuple(Piece(s, e, t, parse_number(t.replace(" ,", ","))) for s, e, t in merged)


def _figure_apart(line: str, merged: list[tuple[int, int, str]]) -> bool:
    """The last piece is a figure standing apart from the words before it (two blanks, a leader or
    a dollar sign between): "Series 2 (a)" is a label's words."""
    s, _, t = merged[-1]
    if parse_number(t) is None:
        return False
    return len(merged) == 1 or line[max(0, s - 2):s] in ("  ", ". ", "..") or t.startswith(("$", "($", "$("))


def _hangs_as_mark(pieces: Sequence[Piece], k: int) -> bool:
    """``pieces[k]`` is "(2)" or "(12)" one or two spaces after a figure: a footnote reference if no
    column stands there (the caller knows the columns)."""
    p = pieces[k]
    return bool(_DIGIT_MARK.fullmatch(p.text)) and k > 0 and pieces[k - 1].printed is not None \
        and p.start - pieces[k - 1].end in _MARK_GAP


_DAY = re.compile(r"\d{1,2},?")  # a day after a month name ("at January 1"); tried on every line's figures


def trailing_values(pieces: Sequence[Piece]) -> list[Piece]:
    """The numbers that end a line; a day after a month name ("at January 1") is label text."""
    out: list[Piece] = []
    for k in range(len(pieces) - 1, -1, -1):
        p = pieces[k]
        if p.printed is None:
            break
        if k > 0 and _DAY.fullmatch(p.text) and MONTH_NAME.fullmatch(pieces[k - 1].text):
            break
        out.append(p)
    return list(reversed(out))


def is_column_heading(line: str) -> bool:
    """A line of column dates and nothing else (``JULY 31,   JULY 31,``, ``2000   2000`` or
    ``12.31.97   12/31/96``, ``12/97   12/96``, ``DEC 31/97   DEC 31/96``)."""
    words = [w.strip(",.") for w in line.split()]
    return len(words) >= 2 and all(MONTH_NAME.fullmatch(w) or re.fullmatch(r"\d{1,2}|(19|20)\d\d", w)
                                   or NUMERIC_DATE.fullmatch(w) or MONTH_YEAR.fullmatch(w)
                                   or (k > 0 and DAY_SLASH_YEAR.fullmatch(w) and MONTH_NAME.fullmatch(words[k - 1]))
                                   for k, w in enumerate(words)) \
        and any(w[:1].isdigit() for w in words)


def is_rule(line: str) -> bool:
    return bool(_RULE.match(line)) and bool(line.strip())


def is_year_line(vals: list[Piece], pieces: Sequence[Piece]) -> bool:
    """The column years of a heading (``2008   Change   2007``; a label may stand before them)."""
    if not vals:
        return False
    if len(vals) == len(pieces) and all(_YEAR.match(p.text) for p in vals):
        return True
    numbers = [i for i, p in enumerate(pieces) if p.printed is not None]
    if not numbers:
        return False
    dated = all(_YEAR.match(pieces[i].text) or (i > 0 and MONTH_NAME.fullmatch(pieces[i - 1].text))
                or (i > 0 and TWO_DIGITS.fullmatch(pieces[i].text) and pieces[i - 1].text.lower() in ("fiscal", "fy"))
                or (i > 1 and TWO_DIGITS.fullmatch(pieces[i].text) and MONTH_NAME.fullmatch(pieces[i - 2].text)
                    and pieces[i - 1].text.endswith(","))
                for i in numbers)  # "JULY 31    JULY 31": days after month names; "Fiscal 04   Fiscal 03";
    # "Dec. 31, 97": a year of two digits after a month's day
    return dated and (len(numbers) >= 2 or not _YEAR.match(pieces[numbers[0]].text))


@dataclass(frozen=True)
class Column:
    left: int
    right_min: int
    right_max: int

    def holds(self, p: Piece) -> bool:
        return self.right_min - 2 <= p.right <= self.right_max + 2


def column_edges(lines: list[str]) -> list[Column]:
    """Value columns of a table body, from where its numbers end (right-aligned)."""
    edges: list[tuple[int, int, int, bool]] = []  # (right, left, line no, runs on from a word)
    value_lines = 0
    for n, line in enumerate(lines):
        if is_rule(line):
            continue
        pieces = line_pieces(line)
        vals = trailing_values(pieces)
        if not vals or is_year_line(vals, pieces):
            continue
        value_lines += 1
        marks = {pieces[k].start for k in range(len(pieces)) if _hangs_as_mark(pieces, k)}
        for p in vals:
            if p.start not in marks:  # "30,100 (2)": the mark's edge makes no column
                edges.append((p.right, p.start, n, _runs_on_from_words(line, p)))
    if not edges:
        return []
    edges.sort()
    clusters: list[list[tuple[int, int, int, bool]]] = [[edges[0]]]
    for e in edges[1:]:
        if e[0] - clusters[-1][-1][0] <= 2:
            clusters[-1].append(e)
        else:
            clusters.append([e])
    need = max(2, int(0.3 * value_lines)) if value_lines > 3 else 1
    cols = []
    for c in clusters:
        support = len({e[2] for e in c})
        if support >= need and not all(e[3] for e in c):  # a label's words ("... IN 1993"), not figures
            cols.append(Column(min(e[1] for e in c), min(e[0] for e in c), max(e[0] for e in c)))
    return cols


def _runs_on_from_words(line: str, p: Piece) -> bool:
    """Is the number ``p`` typed one space after a word ("$972,000 IN 1993" ending a wrapped label
    before the figures), not set apart from the label as a figure is?"""
    return p.start >= 2 and line[p.start - 1] == " " and line[p.start - 2].isalpha()


def split_line(line: str, columns: list[Column]) -> tuple[str, list[Piece | None], int]:
    """Split a line into its label text and its values, one slot per column."""
    pieces = line_pieces(line)
    vals = trailing_values(pieces)
    slots: list[Piece | None] = [None] * len(columns)
    label_end = len(line.rstrip())
    taken: set[int] = set()
    marks = {pieces[k].start for k in range(len(pieces)) if _hangs_as_mark(pieces, k)}
    for p in reversed(vals):
        placed = False
        for i, col in enumerate(columns):
            if slots[i] is None and col.holds(p):
                slots[i] = p
                placed = True
                taken.add(p.start)
                break
        if not placed and p.printed is not None and p.printed.dash:
            centred = _centred_column(p, columns, slots)
            if centred is not None:
                slots[centred] = p
                placed = True
                taken.add(p.start)
        if not placed and p.start in marks:
            continue  # "30,100 (2)" where no column stands: a footnote reference, not a negative 2
        if not placed:
            inside = _inside_columns(vals, columns)
            if inside is not None:  # "$.58" centred under "$  6,259,141": each figure within its column
                slots, taken = inside, {q.start for q in vals}
            break
    if taken:
        label_end = min(taken)
    label = line[:label_end].rstrip()
    for p in reversed([q for q in pieces if q.end <= label_end]):
        if not _STARS.fullmatch(p.text) or not any(col.holds(p) for col in columns):
            break
        label = line[:p.start].rstrip()  # "*" in a figure column (a footnote's "Less than $1 million"): no word
    return label, slots, len(line) - len(line.lstrip())


def _inside_columns(vals: list[Piece], columns: list[Column]) -> list[Piece | None] | None:
    """The line's figures one per column, each printed within its column's span though not
    right-aligned with its figures (per-share amounts "$.58   $.66" set narrower, under the money
    "$  6,259,141"), in order; ``None`` unless every figure stands inside one column of its own."""
    slots: list[Piece | None] = [None] * len(columns)
    last = -1
    for p in vals:
        within = [i for i, col in enumerate(columns) if col.left - 1 <= p.start and p.right <= col.right_max + 1]
        if len(within) != 1 or within[0] <= last:
            return None
        last = within[0]
        slots[last] = p
    return slots


def _centred_column(p: Piece, columns: list[Column], slots: list[Piece | None]) -> int | None:
    """The column a dash centred under its figures stands in ("-" printed mid-column for nil):
    the free column, left of those already filled, whose span holds the dash's centre."""
    filled = [i for i, s in enumerate(slots) if s is not None]
    limit = min(filled) if filled else len(columns)
    centre = (p.start + p.end) / 2
    for i in range(limit - 1, -1, -1):
        col = columns[i]
        if col.left - 1 <= centre <= col.right_max + 1:
            return i
    return None
