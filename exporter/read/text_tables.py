"""Tables from fixed-width text: ``<TABLE>`` blocks and untagged column-aligned tables.

The chain of small steps (pdfplumber style)::

    tagged_tables / untagged_tables(doc) -> line ranges of tables, with their headers and titles
    line_pieces(line)          -> whitespace-separated pieces with their numbers   (text_columns)
    column_edges(lines)        -> value columns from the right edges of the numbers (text_columns)
    split_line(line, columns)  -> label text and one value per column               (text_columns)
    build_rows(lines, columns) -> rows, joining labels wrapped over several lines
    column_headers(...)        -> per column: the heading words printed over it    (text_headings)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import taxonomy_map
from exporter.read.documents import Document
from exporter.read.months import MONTH_STEMS
from exporter.read.stacked_headings import heading_blocks, words_over_figures
from exporter.read.tables import Cell, Row, Table, closes_heading
from exporter.read.text_columns import (
    LEADER,
    LOWER_START,
    PAGE_NUMBER,
    PAGE_TAG,
    RULED_RUN_ON,
    S_TAG,
    SIX_SPACES,
    STACKED_HEADING_LINES,
    TABLE_CLOSE,
    TABLE_OPEN,
    TABLE_OR_PAGE,
    TAG,
    TITLE_LINES,
    TWO_DIGITS,
    TWO_SPACES,
    Column,
    Piece,
    column_edges,
    is_column_heading,
    is_rule,
    is_year_line,
    line_pieces,
    split_line,
    trailing_values,
)
from exporter.read.text_headings import (
    _DATE_WORD,
    column_headers,
    full_short_years,
    label_column_heading,
    split_spanning_heading,
)

_WORDS = taxonomy_map.reader_words()  # taxonomy_map/reader_words.csv
# a label line ending in a word that runs on into the next ("Proceeds from sale of"); "Receivables, net" ends one
_CONNECTIVE = re.compile(_WORDS["line_word"]["text_runs_on"], re.I)
_COMPLETE_END = re.compile(_WORDS["line_word"]["complete_end"], re.I)
# the sentence under a statement referring to its notes ("The accompanying notes are an integral part ...")
_NOTES_REFERENCE = re.compile(_WORDS["line_word"]["notes_reference"], re.I)
# a heading of dates by its words ("Year Ended", "December 31,"; heading_word dated)
_DATED_HEADING = re.compile(rf"\b(?:{MONTH_STEMS})[a-z]*\b|" + _WORDS["heading_word"]["dated"], re.I)


def clean_label(text: str) -> str:
    text = TAG.sub(" ", text)
    text = LEADER.sub(" ", text)
    text = " ".join(text.split())
    return text.strip(" .")


# a label-only line naming a per-share basis ("... per share - basic") heads a block (generic_lines.csv)
# a label line listing figures year by year ("1997, 1,943,666; 1996, 1,191,666"; reader_words.csv)
_DATED_LIST = re.compile(_WORDS["line_word"]["dated_list"])
_BASIS_HEADING = re.compile(taxonomy_map.generic_lines()["heading_end"]["per_share_basis"], re.I)
_PARENTHESIS = re.compile(r"\([^()]*\)")


def _continues(prev: str, nxt: str, nxt_indent: int, prev_indent: int) -> bool:
    """Does the label line ``prev`` (no values) run on into ``nxt``?"""
    p = prev.strip()
    n = nxt.strip()
    if not p or not n:
        return False
    if _CONNECTIVE.search(p):
        return True
    if p.endswith(":") and nxt_indent > prev_indent and _DATED_LIST.match(n):
        return True  # "shares issued and outstanding:" over "  1997, 1,943,666; 1996, 1,191,666"
    if p.endswith(":") or (_BASIS_HEADING.search(p) and not n[0].islower()):
        return False
    if n[0].islower() or n[0] in "($":
        return True
    # a heading in capitals keeps a qualifier in parentheses in lower case ("PROPERTY, PLANT AND
    # EQUIPMENT (at cost)" over "Land"): its capitals are read without it
    letters_p = [c for c in _PARENTHESIS.sub(" ", p) if c.isalpha()]
    letters_n = [c for c in n if c.isalpha()]
    if letters_p and all(c.isupper() for c in letters_p) and not all(c.isupper() for c in letters_n):
        return False
    if nxt_indent == prev_indent and n[0].isupper() and len(p.split()) <= 2:
        return False  # a short name over a capitalised line at its margin heads it ("Automotive")
    return nxt_indent >= prev_indent


def build_rows(
    lines: list[str], first_line: int, columns: list[Column]
) -> list[Row]:
    rows: list[Row] = []
    pending: list[tuple[str, int, int]] = []  # label-only lines waiting: (text, indent, line no)
    rule = False
    rule_line = -1  # the line number of the last line holding only a rule
    section = ""
    parent = ""

    def flush_pending_as_headings() -> None:
        nonlocal section, parent, rule
        if len(pending) > 1 and pending[-1][0].rstrip().endswith(":"):
            # one heading wrapped over lines ("Weighted average shares" / "outstanding:")
            pending[:] = [(" ".join(t.strip() for t, _, _ in pending), pending[0][1], pending[0][2])]
        for text, indent, ln in pending:
            lab = clean_label(text)
            if not lab:
                continue
            rows.append(Row(lab, [None] * len(columns), ln, indent, text.strip()))
            section = lab
            parent = lab if lab.endswith(":") or text.rstrip().endswith(":") else ""
            rule = False
        pending.clear()

    for offset, line in enumerate(lines):
        ln = first_line + offset
        if not line.strip():
            if pending:
                flush_pending_as_headings()
            continue
        if is_rule(line):
            flush_pending_as_headings()
            rule = True
            rule_line = ln
            continue
        run_on = _run_on_below(line, ln, rows, rule_line, columns) if not pending else None
        if run_on is not None:
            # the row's label runs on below its figures, beside or under the rule that closes them
            prev = rows[-1]
            raw = f"{prev.raw_label} {run_on}"
            rows[-1] = replace(prev, label=clean_label(raw), raw_label=raw)
            rule = rule or bool(RULED_RUN_ON.match(line))
            continue
        label, slots, indent = split_line(line, columns)
        dashed = all(s is not None and s.printed is not None and s.printed.dash for s in slots) \
            and _is_heading_text(clean_label(label))
        if dashed:
            slots = [None] * len(slots)  # "Stockholders' equity:   -   -": a heading's dashes are no figures
        if all(s is None for s in slots):
            lab = clean_label(label)
            if not lab or set(lab) <= set("$%()"):
                continue
            if not pending and rows and _names_values_above(rows[-1], ln, lab):
                rows[-1] = replace(rows[-1], label=lab, raw_label=label.strip(), indent=indent)
                continue
            if not pending and rows and _dashes_over_run_on(rows[-1], ln, label, indent):
                prev = rows.pop()  # its dashes only fill the columns: the label runs on below
                pending.append((prev.raw_label, prev.indent, prev.line))
            if pending and not _continues(pending[-1][0], label, indent, pending[-1][1]):
                flush_pending_as_headings()
            pending.append((label, indent, ln))
            if dashed:  # its dashes end it: its words do not run on into the next line's label
                flush_pending_as_headings()
            continue
        if not pending and rows and _wrapped_values(rows[-1], ln, label, slots):
            rows[-1] = _with_wrapped(rows[-1], label, slots, ln)
            continue
        # a value line: pending label lines that run on into it become part of its label
        joined: list[str] = []
        while pending:
            text, pind, _pln = pending[-1]
            if not label.strip() and _is_heading_text(text):
                break  # a heading ("CURRENT LIABILITIES", "Assets:") names no values
            # a heading over the label's first line, set deeper: the value line's own, or a wrapped
            # label's first line ("Shareholders' equity" over "  Common stock, $.02 par value;")
            head, head_indent = (joined[0], _indent_of(joined[0])) if joined else (label, indent)
            if _heads_lines_below(text, head, head_indent, pind, [] if joined else lines[offset + 1:]):
                break
            if _continues(text, label if label.strip() else "x", indent, pind) and (
                not joined or _continues(text, joined[0], indent, pind)
            ):
                joined.insert(0, text)
                pending.pop()
            else:
                break
        flush_pending_as_headings()
        raw = " ".join(t.strip() for t in joined + [label])
        first_indent = _indent_of(joined[0]) if joined else indent
        cells = [
            Cell(p.text, p.printed, ln, p.start, p.end) if p is not None and p.printed else None
            for p in slots
        ]
        rows.append(
            Row(
                clean_label(raw),
                cells,
                ln - len(joined),
                first_indent if label.strip() or joined else indent,
                raw,
                rule_above=rule,
                section=section,
                parent_label=parent,
            )
        )
        rule = False
        if closes_heading(rows[-1].label, section):
            section = ""
            parent = ""
    flush_pending_as_headings()
    for i, r in enumerate(rows):
        r.index = i
    return rows


def _run_on_below(line: str, ln: int, rows: list[Row], rule_line: int, columns: list[Column]) -> str | None:
    """The lower-case words that finish the label of the value row above, printed below its figures:
    right under them when the label ends on a connective ("Cash at  9,155" over "beginning of
    year"), beside the rule closing them ("Total operating costs and administrative  37,667" over
    "expenses  ------"), or under that rule when the label ends on a connective ("Weighted average
    shares outstanding -  37,199" over "------" over "basic"); None if the line is not one."""
    if not rows or rows[-1].is_heading:
        return None
    ruled = RULED_RUN_ON.match(line)
    prev = rows[-1]
    if ruled and _last_line(prev) == ln - 1:
        words = ruled.group(1).strip()
    elif (_last_line(prev) == ln - 1 and prev.line == ln - 1 and _CONNECTIVE.search(prev.label)
          and not _COMPLETE_END.search(prev.label) and all(s is None for s in split_line(line, columns)[1])):
        words = line.strip()  # right under figures whose label ends on a connective ("... at")
    elif (rule_line == ln - 1 and _last_line(rows[-1]) == ln - 2 and _CONNECTIVE.search(rows[-1].raw_label)
          and all(s is None for s in split_line(line, columns)[1])):
        words = line.strip()
    else:
        return None
    return words if words[:1].islower() else None


def _last_line(row: Row) -> int:
    return max([row.line] + [c.line for c in row.cells if c is not None])


def _wrapped_values(prev: Row, ln: int, label: str, slots: list[Piece | None]) -> bool:
    """Is a value line the rest of the row above it: on the next line, filling only columns the
    row left empty, with no label or a lower-case run-on of the row's label ("$ 8,973  $" over
    "25,558"; "Loss before income taxes and  (14,326)" over "extraordinary item  (40,624)")?"""
    if _last_line(prev) != ln - 1 or prev.is_heading:
        return False
    if any(p is not None and prev.cells[i] is not None for i, p in enumerate(slots)):
        return False
    text = clean_label(label)
    if not text:
        return True
    return text[0].islower() and len(text.split()) <= 6 and not prev.label.lower().startswith("total")


def _with_wrapped(prev: Row, label: str, slots: list[Piece | None], ln: int) -> Row:
    cells = [
        Cell(p.text, p.printed, ln, p.start, p.end) if p is not None and p.printed else prev.cells[i]
        for i, p in enumerate(slots)
    ]
    text = clean_label(label)
    if not text:
        return replace(prev, cells=cells)
    raw = f"{prev.raw_label} {label.strip()}"
    return replace(prev, cells=cells, label=clean_label(raw), raw_label=raw)


def _is_heading_text(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return text.rstrip().endswith(":") or (len(letters) > 3 and all(c.isupper() for c in letters))


# a label-only line naming a part of a statement ("Current assets", "Investing activities"): a
# heading with or without a colon (taxonomy_map/reader_words.csv)
_PART_HEADING = re.compile(_WORDS["heading_word"]["part"], re.I)


def _heads_lines_below(text: str, label: str, indent: int, pind: int, after: list[str]) -> bool:
    """Is a label-only line ``text`` (at ``pind``) a heading over the value line ``label`` set
    deeper (at ``indent``), though it ends in no colon ("Current assets" over "  Cash  12,345")?
    It is when its words name a part of a statement, or when the line after that one stands as
    deep as it, a line of the same group; a label's run-on line stands deeper than both the
    label's first line and the line after it."""
    words = label.strip()
    if indent <= pind or not words[:1].isupper() or _CONNECTIVE.search(text):
        return False
    if _PART_HEADING.fullmatch(clean_label(text)):
        return True
    below = next((line for line in after if line.strip() and not is_rule(line)), "")
    return _indent_of(below) == indent and any(c.isalpha() for c in below)


def _names_values_above(prev: Row, ln: int, label: str) -> bool:
    """Is a label-only line the name of the unlabelled value line right above it (the values
    printed first, the label wrapped below them: "$4,317  $11,718" over "Current portion of debt")?
    A subtotal under a rule, or a heading ("Current liabilities:", "ASSETS"), is not; nor is a
    label's unfinished first line ("Accumulated depreciation and"): its figures come below it."""
    if prev.label or prev.rule_above or prev.is_heading or _last_line(prev) != ln - 1:
        return False
    if _CONNECTIVE.search(label) and not _COMPLETE_END.search(label):
        return False
    return any(c.isalpha() for c in label) and not _is_heading_text(label)


def _dashes_over_run_on(prev: Row, ln: int, label: str, indent: int) -> bool:
    """Is the row right above a label's first line, printed with nil dashes in every column, whose
    label runs on into this line ("Common stock par value $.01, 40,000   -   -" over "shares
    authorized 38,575 and 33,387")? The figures come with the label's last line."""
    if _last_line(prev) != ln - 1 or prev.is_heading or not prev.label:
        return False
    if not all(c is not None and c.printed.dash for c in prev.cells):
        return False
    text = label.strip()
    return bool(text) and text[0].islower() and _continues(prev.raw_label, text, indent, prev.indent)


def _indent_of(line: str) -> int:
    return len(line) - len(line.lstrip())


_DATED_LINE = re.compile(rf"(?<![A-Za-z])({MONTH_STEMS})[a-z]*\.?\s+\d{{1,2}},?\s+"
                         r"(19|20)\d\d\s*$", re.I)  # "April 24, 2008": a dateline, not a row of values


def _title_above(all_lines: list[str], start: int, floor: int = 0) -> list[str]:
    """The title lines over a table starting at line ``start`` (no line above ``floor``: the lines
    of a table printed right above are no title)."""
    out: list[str] = []
    i = start - 1
    while i >= floor and len(out) < TITLE_LINES:
        line = all_lines[i]
        if TABLE_CLOSE.search(line):
            break
        if PAGE_TAG.search(line) and out:
            break
        text = " ".join(line.split())
        if is_rule(line):  # a rule under the title block (EDGAR's "- ----" too) is neither title nor prose
            pass
        elif text and not PAGE_TAG.search(line):
            words = text.split()
            # a running head sets short fields far apart (company left, scale right): each field is
            # measured, not the line
            longest = max(len(f) for f in SIX_SPACES.split(line.strip()))
            # a heading in capitals with no full stop may run longer (three year ends in a title)
            capitals = text.upper() == text and not text.endswith(".") and longest <= 100
            prose = (longest > 75 and not capitals) or (len(words) >= 8 and text[-1:] in ".:;,"
                                                        and sum(w[:1].islower() for w in words) > len(words) / 2)
            if prose:
                break
            out.insert(0, text)
        i -= 1
    return out


def _below(all_lines: list[str], end: int) -> list[str]:
    out: list[str] = []
    for line in all_lines[end + 1 : end + 6]:
        if TABLE_OR_PAGE.search(line):
            break
        if line.strip():
            out.append(line.strip())
    return out


def tagged_tables(doc: Document) -> list[Table]:
    """Every ``<TABLE>`` block of a text document, as :class:`Table`."""
    all_lines = doc.text.split("\n")
    tables: list[Table] = []
    i = 0
    while i < len(all_lines):
        if not TABLE_OPEN.search(all_lines[i]):
            i += 1
            continue
        start = i
        j = i + 1
        while j < len(all_lines) and not TABLE_CLOSE.search(all_lines[j]):
            j += 1
        block = all_lines[start + 1 : j]
        tables.extend(_tables_from_block(doc, len(tables), block, start + 2, all_lines, start, j))
        i = j + 1
    return tables


def _heading_end(lines: list[str]) -> int:
    """Where a block's column headings end: at its first line of figures (years and rules are
    headings), less a label-only line right above it (the first line's heading)."""
    k = 0
    while k < len(lines):
        pieces = line_pieces(lines[k])
        vals = trailing_values(pieces)
        if vals and not is_year_line(vals, pieces) and not is_rule(lines[k]):
            break
        k += 1
    while k > 0 and lines[k - 1].strip() and not is_rule(lines[k - 1]):
        if trailing_values(line_pieces(lines[k - 1])):
            break
        if len(lines[k - 1]) - len(lines[k - 1].lstrip()) > 20:
            break
        k -= 1
    return k


def _dates_columns(line: str) -> bool:
    """A line heading the columns by their dates or years alone ("December 31,  December 31,",
    "1997   1996")."""
    pieces = line_pieces(line)
    return is_column_heading(line) or is_year_line(trailing_values(pieces), pieces)


def _tables_from_block(
    doc: Document,
    index: int,
    block: list[str],
    first_line: int,
    all_lines: list[str],
    start: int,
    end: int,
) -> list[Table]:
    """The tables of one ``<TABLE>`` block: one, or one per period heading stacked in it (the
    quarter's lines, then the year to date's under a heading of its own: stacked_headings.py)."""
    # header = lines up to the <S> marker line; body after it
    s_line = next(
        (k for k, line in enumerate(block) if S_TAG.match(line)), None
    )
    cleaned = [TAG.sub(lambda m: " " * len(m.group()), line).rstrip() for line in block]
    cleaned = [PAGE_TAG.sub("", line) for line in cleaned]
    if s_line is not None:
        head, body, body_first = cleaned[:s_line], cleaned[s_line + 1 :], first_line + s_line + 1
        k = _heading_end(body)
        if any(_dates_columns(line) for line in body[:k]):  # the column headings typed after <S> <C>
            head, body, body_first = head + body[:k], body[k:], body_first + k
    else:
        k = _heading_end(cleaned)
        head, body, body_first = cleaned[:k], cleaned[k:], first_line + k
    # the parts under each period heading stacked in the block (head, lines, first line number)
    blocks = heading_blocks(body)
    ends = [a for a, _ in blocks] + [len(body)]
    parts = [(head, body[: ends[0]], body_first)] + [
        (body[a:b], body[b:stop], body_first + b) for (a, b), stop in zip(blocks, ends[1:], strict=True)]
    tables: list[Table] = []
    for n, (part_head, part, part_first) in enumerate(parts):
        table = _table_of(doc, index + len(tables), part_head, part, part_first, all_lines, start, end)
        if table is not None and len(parts) > 1:  # each part from its heading to the next part's
            table.first_line = start + 1 if n == 0 else body_first + blocks[n - 1][0]
            table.last_line = end + 1 if n == len(parts) - 1 else body_first + blocks[n][0] - 1
        if table is not None:
            tables.append(table)
    return tables


def _table_of(doc: Document, index: int, head: list[str], body: list[str], body_first: int,
              all_lines: list[str], start: int, end: int) -> Table | None:
    """A table of the block between lines ``start`` and ``end``: its column heading ``head`` over
    ``body``, titled by the lines above the block."""
    columns = column_edges(body)
    if not columns:
        return None
    rows = build_rows(body, body_first, columns)
    if not any(not r.is_heading for r in rows):
        return None
    spanning, headers = split_spanning_heading(column_headers(head, columns))
    return Table(
        document=doc,
        index=index,
        title=_title_above(all_lines, start) + label_column_heading(head, columns) + [spanning] * bool(spanning),
        headers=headers,
        rows=rows,
        first_line=start + 1,
        last_line=end + 1,
        notes=_below(all_lines, end),
    )


def _short_years_under_heading(pieces: Sequence[Piece], above: list[str]) -> bool:
    """A line of years of two digits alone ("97      96"), one after another, under a heading of
    dates ("Year Ended December 31,") that prints no figures: the columns' years, not a row."""
    texts = [p.text for p in pieces]
    if len(texts) < 2 or not all(TWO_DIGITS.fullmatch(t) for t in texts):
        return False
    short = [int(t) for t in texts]
    step = {(a - b) % 100 for a, b in zip(short, short[1:], strict=False)}  # "00   99" too
    if step not in ({1}, {99}):
        return False
    heading = next((ln for ln in reversed(above[-3:]) if ln.strip() and not is_rule(ln)), "")
    return bool(_DATED_HEADING.search(heading)) and not trailing_values(line_pieces(heading))


def untagged_tables(doc: Document) -> list[Table]:
    """Column-aligned tables in text with no ``<TABLE>`` tags (many 1990s filings).

    A table is a run of lines where most non-blank lines end in numbers, the
    runs separated by at most two blank lines; its header is the few lines of
    short phrases above it.
    """
    all_lines = doc.text.split("\n")
    is_val: list[bool] = []
    for line in all_lines:
        pieces = line_pieces(line)
        vals = trailing_values(pieces)
        is_val.append(bool(vals) and not is_year_line(vals, pieces) and len(line) < 200
                      and not _DATED_LINE.search(line) and not PAGE_NUMBER.match(line)
                      and not _short_years_under_heading(pieces, all_lines[:len(is_val)]))
    tables: list[Table] = []
    i = 0
    n = len(all_lines)
    while i < n:
        if not is_val[i]:
            i += 1
            continue
        # grow a run
        j = i
        last_val = i
        count = 0
        words_since = 0.0  # text lines (headings) since the last value line; blanks and rules are free
        text_indent: int | None = None  # the indent of the text line starting the current label
        figures = 1 << 30  # where the run's figures start: words set over them head a new table
        while j < n:
            line = all_lines[j]
            if not line.strip() or is_val[j]:
                text_indent = None  # a hanging line hangs under the text line that starts its label
            if count >= 2 and words_over_figures(line, figures):
                break  # column headings over the figures: the next table's ("GAAP  Special items")
            if is_val[j]:
                figures = min(figures, min(p.start for p in trailing_values(line_pieces(line))))
                last_val = j
                count += 1
                words_since = 0
            elif _prose(line) or PAGE_TAG.search(line):
                break  # prose or a page break
            elif count and is_column_heading(line):
                break  # a new column heading: the next part (liabilities after assets) starts
            elif line.strip() and not is_rule(line):
                # a heading line counts fully; a wrapped label's run-on line ("shares issued at
                # July 31, 2000", "and January 31, ...", or any line hanging under a text line)
                # counts half
                hanging = text_indent is not None and _indent_of(line) > text_indent
                words_since += 1 if not (LOWER_START.match(line) or hanging) else 0.5
                if text_indent is None:
                    text_indent = _indent_of(line)
                if words_since > 3:
                    break
            if j - last_val > 10:
                break
            j += 1
        if count >= 2:  # four value lines, or two under a dated column heading (a page's short part)
            # header: up to 6 lines above with no long prose
            h0 = i
            while h0 > 0 and i - h0 < 6:
                prev = all_lines[h0 - 1]
                if prev.strip() and (_prose(prev) or prev.rstrip().endswith(".")):
                    break
                if not prev.strip() and _DATE_WORD.search(" ".join(all_lines[h0:i])):
                    break  # the column heading (it dates the columns) ends at a blank line; titles are above
                h0 -= 1
            # a column heading stacked higher ("For the 13" / "Weeks Ended" / "July 3, 2004 and"
            # / "June 28, 2003"): its lines run on without a blank line up to where it starts
            # ("For the 13   For the 26" ends in a number, but prints nothing left of the columns)
            more = 0
            values_start = min(p.start for p in trailing_values(line_pieces(all_lines[i])))
            while h0 > 0 and more < STACKED_HEADING_LINES and all_lines[h0].strip() \
                    and _DATE_WORD.search(" ".join(all_lines[h0:i])):
                prev = all_lines[h0 - 1]
                if not prev.strip() or _prose(prev) or prev.rstrip().endswith(".") or is_rule(prev) \
                        or (is_val[h0 - 1] and _indent_of(prev) < values_start - 4):
                    break
                h0 -= 1
                more += 1
            h0 = _group_heading_above(all_lines, h0, values_start)
            if not _DATE_WORD.search(" ".join(all_lines[h0:i])):
                h0 = _dates_over_notes(all_lines, h0, values_start)
            # label lines directly above the first value line belong to the body
            b0 = i
            while b0 > h0 and all_lines[b0 - 1].strip() and len(all_lines[b0 - 1]) - len(
                all_lines[b0 - 1].lstrip()
            ) < 8 and not is_rule(all_lines[b0 - 1]) and not _DATE_WORD.search(all_lines[b0 - 1]):
                b0 -= 1
            body = all_lines[b0 : last_val + 1]
            head = all_lines[h0:b0]
            columns = column_edges(body)
            dated = bool(_DATE_WORD.search(" ".join(head)))
            if len(columns) >= 1 and (count >= 4 or dated):
                rows = build_rows(body, b0 + 1, columns)
                if sum(1 for r in rows if not r.is_heading) >= (4 if count >= 4 or not dated else 2):
                    spanning, headers = split_spanning_heading(column_headers(head, columns))
                    tables.append(
                        Table(
                            document=doc,
                            index=len(tables),
                            title=_title_above(all_lines, h0, tables[-1].last_line if tables else 0)
                            + label_column_heading(head, columns)
                            + [spanning] * bool(spanning),
                            headers=headers,
                            rows=rows,
                            first_line=b0 + 1,
                            last_line=last_val + 1,
                            notes=_below(all_lines, last_val),
                        )
                    )
        i = max(j, i + 1)
    return tables


def _prose(line: str) -> bool:
    """Is ``line`` a line of prose, ending a table: long, its words run on single-spaced? A wide
    table's rules or column headings ("THREE MONTHS ENDED        YEAR ENDED" over six columns of
    whole dollars) are as long, but set in short phrases far apart."""
    text = line.strip()
    return (len(text) > 90 and max(len(f) for f in TWO_SPACES.split(text)) > 45) or bool(_NOTES_REFERENCE.match(text))


def _group_heading_above(all_lines: list[str], h0: int, figures: int) -> int:
    """Where a column heading starts when a line of group headings stands over it one blank line
    higher ("THREE MONTHS ENDED    YEAR ENDED", a blank line, then the dates), also underlined by
    the rules spanning each group's columns: words printed only over the figures head columns, not
    the page (a title starts left of them)."""
    k = h0
    while k >= 2 and not all_lines[k - 1].strip():
        j = k - 2
        if j >= 1 and is_rule(all_lines[j]) and _indent_of(all_lines[j]) >= figures - 2:
            j -= 1  # the group headings' rule, over the figures only
        line = all_lines[j]
        if not line.strip() or is_rule(line) or not words_over_figures(line, figures) \
                or trailing_values(line_pieces(line)) or h0 - j > STACKED_HEADING_LINES:
            break
        k = j
    return k


def _dates_over_notes(all_lines: list[str], h0: int, figures: int) -> int:
    """Where a column heading starts when its dates stand over notes stacked under them
    ("(Unaudited)", "(Derived from / Audited / Financial / Statements)") higher than a table's
    header reaches: a line of column dates alone, a few lines up through rules, blank lines and
    words printed only over the figures."""
    for k in range(h0 - 1, max(h0 - 1 - STACKED_HEADING_LINES, -1), -1):
        line = all_lines[k]
        if is_column_heading(line):
            return k
        if line.strip() and not is_rule(line) and (not words_over_figures(line, figures) or _prose(line)
                                                   or trailing_values(line_pieces(line))):
            break
    return h0


def text_tables(doc: Document) -> list[Table]:
    """The ``<TABLE>`` blocks of a document and the column-aligned tables printed outside them
    (a release may tag one statement and print the next as bare text)."""
    if not TABLE_OPEN.search(doc.text):
        tables = untagged_tables(doc)
        for t in tables:
            t.headers = full_short_years(t.headers, doc.text)
        return tables
    tagged = tagged_tables(doc)
    lines = doc.text.split("\n")
    inside = False
    for i, line in enumerate(lines):  # blank the blocks, keeping line numbers
        opens = TABLE_OPEN.search(line)
        if opens or inside:
            inside = not TABLE_CLOSE.search(line)
            lines[i] = "" if inside else "</TABLE>"  # the end stays: titles above stop there
    bare = untagged_tables(replace(doc, text="\n".join(lines)))
    tables = sorted(tagged + [_with_document(t, doc) for t in bare], key=lambda t: t.first_line)
    for i, t in enumerate(tables):
        t.index = i
        t.headers = full_short_years(t.headers, doc.text)
    return tables


def _with_document(table: Table, doc: Document) -> Table:
    table.document = doc
    return table
