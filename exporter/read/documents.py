"""Reading filings: bytes to text, EDGAR submissions to documents, the SEC header.

An EDGAR full submission (``.txt``) holds an ``<SEC-HEADER>`` and one or more
``<DOCUMENT>`` blocks, each with ``<TYPE>`` and a ``<TEXT>`` body that is plain
text (with ``<TABLE>``/``<S>``/``<C>`` markup) or HTML. A bare exhibit (like
our built-in example) is one document with no header.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import taxonomy_map
from exporter.errors import InputError
from exporter.read.ixbrl_input import IssuerFact, issuer_dei, without_header

if TYPE_CHECKING:
    from lxml.etree import _Element as Element

    from exporter.read.tables import Table

MAX_BYTES = 32 * 1024 * 1024
"""The largest input read. Real statement documents are far smaller (a 10-K's main HTML document
is 2-4 MB); a 32 MB filing exports in about 20 s and 350 MB of memory, and anything larger is
refused at once with a message rather than taking minutes."""

Kind = Literal["text", "html"]


@dataclass(frozen=True)
class Filer:
    """One registrant of a submission's header (a ``FILER:`` or ``<FILER>`` block)."""

    company: str | None = None
    cik: str | None = None
    fiscal_year_end: str | None = None  # "MMDD"


@dataclass(frozen=True)
class SecHeader:
    """What the ``<SEC-HEADER>`` of a submission says about the filer and the filing.

    ``company``, ``cik`` and ``fiscal_year_end`` are the first filer's; a submission of several
    registrants (a holding company and its subsidiary) lists each in ``filers``, in header order.
    """

    company: str | None = None
    cik: str | None = None
    form_type: str | None = None
    period_of_report: date | None = None
    fiscal_year_end: str | None = None  # "MMDD"
    filed: date | None = None
    filers: tuple[Filer, ...] = ()


@dataclass(frozen=True)
class Document:
    """One document of a filing: its text, whether it is HTML, and its EDGAR type."""

    source: Path
    text: str
    kind: Kind
    doc_type: str | None = None
    sequence: int = 1
    description: str | None = None
    first_line: int = 1  # the line of the file that is the text's line 1 (a full submission's <TEXT> line)
    tab_lines: dict[int, str] = field(default_factory=dict)  # text: lines (of the text) that had tabs, as read


@dataclass(frozen=True)
class ParsedDocument:
    """A document and the tables the reader found in it, in document order.

    The Inline XBRL writers render this, so they never parse the source's tables again. ``root``:
    an HTML document's tree (:func:`exporter.read.html_tree.parse_html`), parsed once for the table
    reader, the cover reader and the Inline XBRL writer; None for text, or once released.
    """

    document: Document
    tables: tuple[Table, ...] = ()
    root: Element | None = field(default=None, compare=False, repr=False)
    layout: tuple[Element, ...] = field(default=(), compare=False, repr=False)
    """The elements of ``root`` that lay out tables, in document order
    (:func:`exporter.read.css_grid.table_elements`): found once, for the table reader and the writer."""


@dataclass(frozen=True)
class Filing:
    source: Path
    header: SecHeader
    documents: list[Document] = field(default_factory=list)
    inline_dei: dict[str, IssuerFact] = field(default_factory=dict)
    """An Inline XBRL input's own dei facts (its hidden header is not part of any document's text)."""


_COMPRESSED = (
    b"\x1f\x8b",  # gzip
    b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08",  # zip (also .xlsx, .docx)
    b"7z\xbc\xaf\x27\x1c",  # 7-Zip
    b"\xfd7zXZ\x00",  # xz
    b"\x28\xb5\x2f\xfd",  # zstd
)


_BLANK = re.compile(rb"[\x00 \t\n\r\x0b\x0c]*")
"""Bytes that are NUL or ASCII white space (what ``bytes.strip()`` strips), every one of them: an empty file."""

_CONTROLS = re.compile("[\x01-\x08\x0e-\x1f]")
"""Control characters other than NUL and the white space ones (tab, line feed, vertical tab, form feed,
carriage return): what binary data has and text has not."""


def decode(data: bytes, where: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252/latin-1."""
    if _BLANK.fullmatch(data):  # (NUL and white space alone, looked for without copying the data)
        raise InputError("the file is empty", where)
    if b"%PDF-" in data[:1024]:
        raise InputError("this is a PDF; give the filing as EDGAR text or HTML", where)
    if data.startswith(_COMPRESSED) or re.match(rb"BZh[1-9]1AY&SY", data):
        raise InputError("this is compressed data; extract the filing first", where)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")  # an odd byte count: a truncated file
    elif data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    sample = text[:65536]
    controls = len(_CONTROLS.findall(sample))
    nuls = sample.count("\x00")
    if sample and (controls + nuls) / len(sample) > 0.05:
        raise InputError("this looks like binary data, not a text or HTML filing", where)
    if "\x00" in text:  # (a one-character search, much faster than a replace that finds nothing)
        text = text.replace("\x00", "")
    if not text or text.isspace():  # (what strip() would leave nothing of, without copying the text)
        raise InputError("the file is empty", where)
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def read_filing(path: Path) -> Filing:
    """Read ``path`` into a :class:`Filing`; raise :class:`InputError` when it cannot be."""
    where = str(path)
    if not path.exists():
        raise InputError("no such file", where)
    if path.is_dir():
        raise InputError("is a directory; give a filing file", where)
    if not path.is_file():  # a FIFO or a device would block or never end
        raise InputError("is not a regular file; give a filing file", where)
    too_big = (f"the file is larger than {MAX_BYTES // 2**20} MB, the limit; give the document that "
               f"holds the statements (e.g. the 10-K's main document or the EX-99.1 exhibit)")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InputError(too_big, where)
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)  # bounded even if the file grows while it is read
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", where) from exc
    if len(data) > MAX_BYTES:
        raise InputError(too_big, where)
    return parse_filing(decode(data, where), path)


_DOC_RE = re.compile(r"<DOCUMENT>(.*?)(?:</DOCUMENT>|\Z)", re.S | re.I)
_TAG_LINE = re.compile(r"^<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>([^\n<]*)", re.M | re.I)


def parse_filing(text: str, source: Path) -> Filing:
    header = parse_sec_header(text)
    docs: list[Document] = []
    for n, m in enumerate(_DOC_RE.finditer(text), start=1):
        block = m.group(1)
        tags = {k.upper(): v.strip() for k, v in _TAG_LINE.findall(block[:2000])}
        body_m = re.search(r"<TEXT>(.*?)(?:</TEXT>|\Z)", block, re.S | re.I)
        body = body_m.group(1) if body_m else block
        first = text.count("\n", 0, m.start(1) + (body_m.start(1) if body_m else 0)) + 1
        kind = guess_kind(body)
        if kind == "html":
            body = without_header(body)
        docs.append(
            Document(
                source=source,
                text=without_column_bars(expand_tabs(body)) if kind == "text" else body,
                kind=kind,
                doc_type=tags.get("TYPE") or None,
                sequence=int(tags["SEQUENCE"]) if tags.get("SEQUENCE", "").isdigit() else n,
                description=tags.get("DESCRIPTION") or None,
                first_line=first,
                tab_lines=_tab_lines(body) if kind == "text" else {},
            )
        )
    if not docs:
        kind = guess_kind(text)
        body = without_header(text) if kind == "html" else without_column_bars(expand_tabs(text))
        docs.append(Document(source=source, text=body, kind=kind, doc_type=None,
                             tab_lines=_tab_lines(text) if kind == "text" else {}))
    return Filing(source=source, header=header, documents=docs, inline_dei=issuer_dei(text))


_YEAR = re.compile(r"(19|20)\d\d")
_NUMBER = re.compile(r"\d\)?%?$")  # a field ending in a figure: "98,450", "(1,234)", "7.9%"
# a figure, or a short heading (maybe in parentheses: "(Decrease)", "(Unaudited)"; "%")
_FIELD = re.compile(r"\(?\$?\s*\(?[\d.,]+\)?%?|--?|\(?[A-Za-z%][^\t]{0,24}")


# lines a vertical rule of "|" runs through, at one position, to be a table's rule (taxonomy_map/reader_thresholds.csv)
_BAR_LINES = int(taxonomy_map.reader_thresholds()["bar_rule_lines"])
_BOX_RULE = re.compile(r"[\s\-=_+|]*[-=_]{3,}[\s\-=_+|]*")  # "+-------+-------+": a rule with its joints


def without_column_bars(text: str) -> str:
    """``text`` with the vertical rules of a table drawn in characters blanked: a "|" standing at
    one position in at least three lines ("|  Net sales ...  |  98,450  |  91,230  |"), and the
    "+" joints of the rules across them ("+--------+--------+"). The figures keep their positions;
    a "|" in prose, or only here and there, stays."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    at = Counter(m.start() for line in lines if "|" in line for m in re.finditer(r"\|", line))
    rules = {k for k, n in at.items() if n >= _BAR_LINES}
    if not rules:
        return text
    out = []
    for line in lines:
        if "|" in line or "+" in line:
            boxed = _BOX_RULE.fullmatch(line) is not None
            line = "".join(" " if (ch == "|" and k in rules) or (ch == "+" and boxed) else ch
                           for k, ch in enumerate(line))
        out.append(line)
    return "\n".join(out)


_DOLLAR_FIELD = re.compile(r"\t\$\t+\(?\d")  # "<tab>$<tab>98,450"
_EMPTY_SLOT = re.compile(r"\t\$?\t+(?=\(?\d)")  # the dollar sign's tab stop, filled or empty, before a figure


def expand_tabs(text: str) -> str:
    """``text`` with its tabs expanded. Tabs setting blanks to the next eighth column (the columns
    line up once expanded) are expanded so; tabs separating a label and its figures, one tab a
    field ("Net sales<tab>$98,450<tab>$91,230", the columns lining up only in the word processor
    they were typed in), are laid out as columns: each label padded to the widest label, each
    field right-aligned in a column as wide as the widest field."""
    if "\t" not in text:
        return text
    lines = text.split("\n")
    rows = {n: f for n, line in enumerate(lines) if "\t" in line and (f := _tab_fields(line)) is not None}
    # rows ending in a figure; not a heading's words in parentheses ("(Decrease)"), nor years over the columns
    figures = [n for n, (head, cells) in rows.items() if _NUMBER.search(cells[-1])
               and not (not head.strip() and all(_YEAR.fullmatch(c) for c in cells))]
    # a dollar sign typed as a field of its own before the figures of some rows ("Net sales<tab>$<tab>
    # 98,450"): a tab stop for it, left empty on the other rows ("Cost of sales<tab><tab>61,200")
    slots = sum(1 for n in figures if _DOLLAR_FIELD.search(lines[n])) >= 2
    # a row typed with one tab before each field, no blanks padding it: tabs as separators
    plain = [n for n in figures if not re.search(r"\t\t|\t {2,}| {2,}\t",
                                                 _EMPTY_SLOT.sub("\t", lines[n]) if slots else lines[n])]
    if len(plain) < 4 or len(plain) * 5 < len(figures) * 4:
        return text.expandtabs(8)  # tabs and blanks pad the figures to their columns
    ends = [len(lines[n].expandtabs(8).rstrip()) for n in figures]
    if not slots and max(ends.count(e) for e in set(ends)) * 2 >= len(ends):
        return text.expandtabs(8)  # the figures line up at tab stops: tabs for blanks
    label = min(60, max(len(f[0].rstrip()) for f in rows.values()) + 2)
    below = {n: len(rows[next((f for f in figures if f > n), figures[-1])][1]) for n in rows}  # the columns under
    places = {n: _places(lines[n], below[n]) for n, (_, cells) in rows.items()
              if n not in figures and len(cells) < below[n]}
    width = max(len(c) for n, f in rows.items() for c in f[1] if not places.get(n)) + 2
    out = [line.expandtabs(8) for line in lines]
    for n, (head, cells) in rows.items():
        out[n] = head.rstrip().ljust(label) + _laid_out(cells, places.get(n) or [(k, 1) for k in range(len(cells))],
                                                         width)
    return "\n".join(out)


def _places(line: str, ncols: int) -> list[tuple[int, int]] | None:
    """Where each heading of a tab-separated heading line stands over the ``ncols`` figure columns
    below it, as (first column, columns spanned); None if that cannot be told. One tab before each
    heading ("<tab>Three Months Ended<tab>Six Months Ended" over four columns) spreads the headings
    evenly, each a group heading over its columns; runs of tabs count columns: a heading starting
    over the first column spans the columns up to the next ("<tab>Three Months<tab><tab>Year" over
    four: two each), one starting further on stands over its column alone ("<tab><tab><tab>%" over
    the third)."""
    runs = [len(r) for r in re.findall(r"\t+", line.rstrip())]
    if not runs:
        return None
    if set(runs) == {1}:
        return [(k * ncols // len(runs), ncols // len(runs)) for k in range(len(runs))] \
            if ncols % len(runs) == 0 else None
    starts = [s - 1 for s in itertools.accumulate(runs)]
    if starts[-1] >= ncols:
        return None
    if starts[0] > 0:
        return [(s, 1) for s in starts]
    return [(a, b - a) for a, b in zip(starts, [*starts[1:], ncols], strict=True)]


def _laid_out(cells: list[str], places: list[tuple[int, int]], width: int) -> str:
    """The fields set in columns ``width`` wide: each right-aligned in its column, or centred over
    the columns it spans."""
    out = ""
    for cell, (start, span) in zip(cells, places, strict=True):
        out = out.ljust(start * width)
        out += cell.center(span * width) if span > 1 else cell.rjust(width)
    return out


def _tab_fields(line: str) -> tuple[str, list[str]] | None:
    """A line as a label and the fields one tab (or a run of tabs) apart, when every field after
    the label is a figure or a short heading; else None (tabs inside prose or a label). Tabs and
    blanks ending the line separate nothing."""
    head, *rest = re.split(r"\t+", line.rstrip())
    cells = [c.strip() for c in rest]
    # a dollar sign typed as a field of its own goes with the figure after it
    cells = [("$" + c if k and cells[k - 1] == "$" else c) for k, c in enumerate(cells)
             if c != "$" or k + 1 == len(cells)]
    if not cells or not all(c and _FIELD.fullmatch(c) for c in cells):
        return None
    return head.expandtabs(8), cells


def _tab_lines(text: str) -> dict[int, str]:
    """The lines holding tabs, by 1-based line number, as read (the text is kept with tabs expanded)."""
    if "\t" not in text:
        return {}
    return {n: line for n, line in enumerate(text.split("\n"), start=1) if "\t" in line}


def guess_kind(text: str) -> Kind:
    """HTML or EDGAR plain text. A ``<TABLE>`` or ``<CAPTION>`` tag alone is no evidence: plain-text
    filings wrap their fixed-width tables in ``<TABLE>`` with a ``<CAPTION>`` and ``<S>``/``<C>``
    column markers (sometimes indented, sometimes lower case); HTML has cells or paragraphs, and
    its tables may have captions too."""
    head = text[:20000].lower()
    if re.search(r"^\s*<(s|c)>", head, re.M):
        return "text"
    if re.search(r"<(html|body|div|p|tr|td|font|br)[\s>/]", head):
        return "html"
    return "text"


def _field(text: str, name: str) -> str | None:
    m = re.search(rf"^\s*{name}:\s*(.+?)\s*$", text, re.M | re.I)
    return m.group(1).strip() if m else None


def _yyyymmdd(value: str | None) -> date | None:
    if not value or not re.fullmatch(r"\d{8}", value):
        return None
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        return None


# the same fields in a header's two dialects: "NAME:  value" lines and SGML "<NAME>value" tags
_FIELDS = {"company": ("COMPANY CONFORMED NAME", "CONFORMED-NAME"), "cik": ("CENTRAL INDEX KEY", "CIK"),
           "fye": ("FISCAL YEAR END", "FISCAL-YEAR-END"), "form": ("CONFORMED SUBMISSION TYPE", "TYPE"),
           "form2": ("FORM TYPE", "FORM-TYPE"), "period": ("CONFORMED PERIOD OF REPORT", "PERIOD"),
           "filed": ("FILED AS OF DATE", "FILING-DATE")}
_FILER_START = re.compile(r"^\s*(?:FILER:|<FILER>)\s*$", re.M | re.I)
_BLOCK_END = re.compile(r"^\s*(?:[A-Z][A-Z ]+:|</FILER>|<(?:SUBJECT-COMPANY|FILED-BY)>)\s*$", re.M)


def _get(text: str, key: str, sgml: bool) -> str | None:
    name = _FIELDS[key][1 if sgml else 0]
    if sgml:
        m = re.search(rf"^\s*<{name}>\s*(.+?)\s*$", text, re.M | re.I)
        return m.group(1).strip() if m else None
    return _field(text, name)


def _filer(block: str, sgml: bool) -> Filer:
    fye = _get(block, "fye", sgml)
    cik = _get(block, "cik", sgml) or ""
    return Filer(company=_get(block, "company", sgml),
                 cik=cik.zfill(10) if re.fullmatch(r"\d{1,10}", cik) else None,
                 fiscal_year_end=fye if fye and re.fullmatch(r"(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])", fye) else None)


def _filers(h: str, sgml: bool) -> tuple[Filer, ...]:
    """Each ``FILER`` block's registrant, in header order (its own block only: the next filer's,
    or a ``SUBJECT COMPANY`` block, starts a new one)."""
    starts = [m.end() for m in _FILER_START.finditer(h)]
    out = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(h)
        block = h[start:end]
        stop = _BLOCK_END.search(block, 1) if sgml else re.search(r"^\S.*:\s*$", block, re.M)
        out.append(_filer(block[:stop.start()] if stop else block, sgml))
    return tuple(f for f in out if f.company or f.cik)


def parse_sec_header(text: str) -> SecHeader:
    """The ``<SEC-HEADER>`` (``NAME: value`` lines) or, in an SGML submission, the ``<SUBMISSION>``
    tags before its first ``<DOCUMENT>``."""
    m = re.search(r"<(SEC-HEADER|IMS-HEADER)>(.*?)</\1>", text[:200000], re.S | re.I)
    sgml = m is None
    if m is not None:
        h = m.group(2)
    else:
        s = re.match(r"\s*<SUBMISSION>(.*?)<DOCUMENT>", text[:200000], re.S | re.I)
        if s is None:
            return SecHeader()
        h = s.group(1)
    filers = _filers(h, sgml)
    first = filers[0] if filers else _filer(h, sgml)
    return SecHeader(
        company=first.company,
        cik=first.cik,
        form_type=_get(h, "form", sgml) or _get(h, "form2", sgml),
        period_of_report=_yyyymmdd(_get(h, "period", sgml)),
        fiscal_year_end=first.fiscal_year_end,
        filed=_yyyymmdd(_get(h, "filed", sgml)),
        filers=filers,
    )
