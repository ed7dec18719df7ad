"""Layout-variation test bed: one small hand-made set of statements, re-typeset the ways real
1993-2008 EDGAR text filings print them; every layout must yield the same facts.

``VARIANTS`` maps a layout name to a function that renders the statements as a filing's text. The
statements are made up (three statements that add up: A = L + E, net income in two statements,
cash in two statements), not taken from any corpus file, so the bed needs no ../shared.
``expected(family)`` lists the facts every layout of a family must give, as (statement, period,
absolute value) triples. tests/test_layout_variants.py runs a CI subset, bench/layouts.py all.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from exporter.read.documents import parse_filing
from exporter.understand.extract import extract
from tests.layout_bed_10q import expected_10q, render_10q
from tests.layout_bed_html import in_pre, render_html
from tests.layout_bed_html10k import expected_k10, render_k10
from tests.layout_bed_print import PRINT_VARIANTS, expected_print, render_print
from tests.layout_bed_text import TEXT_VARIANTS, expected_text, render_text

# (label, values for the current and the prior column), in thousands; None: a heading line
BS: list[tuple[str, tuple[int, int] | None]] = [
    ("Current assets:", None),
    ("Cash and cash equivalents", (12_345, 10_210)),
    ("Accounts receivable", (8_120, 7_455)),
    ("Inventories", (6_400, 5_980)),
    ("Total current assets", (26_865, 23_645)),
    ("Property and equipment, net", (14_200, 13_100)),
    ("Total assets", (41_065, 36_745)),
    ("Current liabilities:", None),
    ("Accounts payable", (5_310, 4_880)),
    ("Accrued expenses", (2_455, 2_105)),
    ("Total current liabilities", (7_765, 6_985)),
    ("Long-term debt", (9_000, 8_000)),
    ("Stockholders' equity:", None),
    ("Common stock", (1_200, 1_200)),
    ("Retained earnings", (23_100, 20_560)),
    ("Total stockholders' equity", (24_300, 21_760)),
    ("Total liabilities and stockholders' equity", (41_065, 36_745)),
]
BS_SPLIT = 7  # the liabilities side starts at this row (a page break falls here)
IS: list[tuple[str, tuple[int, int] | None]] = [
    ("Net sales", (98_450, 91_230)),
    ("Costs and expenses:", None),
    ("Cost of sales", (61_200, 57_800)),
    ("Selling, general and administrative expenses", (30_100, 28_400)),
    ("Operating income", (7_150, 5_030)),
    ("Income taxes", (2_860, 2_012)),
    ("Net income", (4_290, 3_018)),
]
NOTE_REFS = {"Cash and cash equivalents": "2", "Inventories": "3", "Property and equipment, net": "4",
             "Long-term debt": "5", "Income taxes": "6", "Common stock": "7", "Capital expenditures": "4"}
EPS = ((Decimal("1.23"), 3_488), (Decimal("0.87"), 3_469))  # per share; shares in thousands, each year
IS_SUB: list[tuple[str, tuple[int, int] | None]] = [  # sales and costs split by the same sub-labels
    ("Net sales:", None),
    ("Products", (60_000, 55_000)),
    ("Services", (38_450, 36_230)),
    ("Total net sales", (98_450, 91_230)),
    ("Cost of sales:", None),
    ("Products", (40_000, 38_000)),
    ("Services", (21_200, 19_800)),
    ("Total cost of sales", (61_200, 57_800)),
    *IS[3:],
]
CF: list[tuple[str, tuple[int, int] | None]] = [
    ("Operating activities:", None),
    ("Net income", (4_290, 3_018)),
    ("Depreciation and amortization", (1_900, 1_750)),
    ("Net cash provided by operating activities", (6_190, 4_768)),
    ("Investing activities:", None),
    ("Capital expenditures", (-3_000, -2_500)),
    ("Financing activities:", None),
    ("Proceeds from long-term debt", (1_000, 500)),
    ("Dividends paid", (-2_055, -1_558)),
    ("Net cash used in financing activities", (-1_055, -1_058)),
    ("Net increase in cash and cash equivalents", (2_135, 1_210)),
    ("Cash and cash equivalents at beginning of year", (10_210, 9_000)),
    ("Cash and cash equivalents at end of year", (12_345, 10_210)),
]
IS_QUARTER = {  # the fourth quarter of each year, beside the year (an earnings release's layout)
    (98_450, 91_230): (26_100, 24_050),
    (61_200, 57_800): (16_250, 15_300),
    (30_100, 28_400): (7_700, 7_250),
    (7_150, 5_030): (2_150, 1_500),
    (2_860, 2_012): (860, 600),
    (4_290, 3_018): (1_290, 900),
}
THIRD_YEAR = {  # the third year a 10-K's income and cash-flow statements print (1995), by the row's values
    (98_450, 91_230): 85_000, (61_200, 57_800): 54_100, (30_100, 28_400): 26_900, (7_150, 5_030): 4_000,
    (2_860, 2_012): 1_600, (4_290, 3_018): 2_400, (1_900, 1_750): 1_600, (6_190, 4_768): 4_000,
    (-3_000, -2_500): -2_200, (1_000, 500): 300, (-2_055, -1_558): -1_100, (-1_055, -1_058): -800,
    (2_135, 1_210): 1_000, (10_210, 9_000): 8_000, (12_345, 10_210): 9_000,
}
WRAPPED = {  # how a narrow label column wraps the long labels
    "Selling, general and administrative expenses": ("Selling, general and administrative", "  expenses"),
    "Net cash provided by operating activities": ("Net cash provided by operating", "  activities"),
    "Total liabilities and stockholders' equity": ("Total liabilities and stockholders'", "  equity"),
    "Cash and cash equivalents at beginning of year": ("Cash and cash equivalents at", "  beginning of year"),
}

# the periods of each family: balance-sheet dates, fiscal years, opening-cash dates
FAMILIES = {
    "calendar": {
        "bs": ("1997-12-31", "1996-12-31"),
        "year": ("1997-01-01/1997-12-31", "1996-01-01/1996-12-31"),
        "open": ("1996-12-31", "1995-12-31"),
    },
    "weekly": {  # a 52/53-week year ending the Saturday nearest December 31
        "bs": ("2005-01-01", "2004-01-03"),
        "year": ("2004-01-04/2005-01-01", "2003-01-05/2004-01-03"),
        "open": ("2004-01-03", "2003-01-04"),
    },
}

WIDTH = 56  # label column width


NEGATIVES = {  # how a filing prints a negative number
    "paren": "({})", "minus": "-{} ", "trailing": "{}-", "angle": "<{}>", "spaced": "( {})",
}
FINAL = ("Total assets", "Total liabilities and", "Net income", "Cash and cash equivalents at end")


def _num(v: int, dollar: bool = False, neg: str = "paren", attached: bool = False, millions: bool = False) -> str:
    text = f"{Decimal(abs(v)) / 1000:,.1f}" if millions else f"{abs(v):,}"
    text = NEGATIVES[neg].format(text) if v < 0 else f"{text} "
    if dollar and attached:  # "$12,345" with no space
        return ("$" + text).rjust(10)
    return ("$" + text.rjust(9)) if dollar else text.rjust(10)


def _label(text: str, width: int, leaders: str) -> str:
    """A label padded to the label column: dot leaders, spaced leaders ". . . ." or blanks."""
    if leaders == "dots":
        return text.ljust(width, ".")
    if leaders == "spaced":
        return (text + " " + ". " * width)[:width] if len(text) < width - 2 else text.ljust(width)
    return text.ljust(width)


def _rows(rows: list[tuple[str, tuple[int, int] | None]], *, wrap: bool | str = False, width: int = WIDTH,
          cols: Callable[[tuple[int, int]], list[int]] = list, dashes: bool = False, neg: str = "paren",
          rule: str = "dash", leaders: str = "dots", attached: bool = False,
          percent: bool | str = False, deep: int = 0, notes: bool = False, millions: bool = False) -> list[str]:
    """The body lines of one statement. ``rule``: dash (a rule under each total), underscore or
    accounting (a single rule over each total, a double rule under the final ones)."""
    out = []
    first = True
    base = next((vals for _, vals in rows if vals is not None), (1, 1))  # the first line: sales
    for label, vals in rows:
        if vals is None:  # a heading; some filings print a nil dash in each of its columns
            n = len(cols((0, 0))) * (2 if percent else 1)
            out.append(label.ljust(width) + "  " + "  ".join(["-".rjust(10)] * n)
                       if dashes else label)
            continue
        total = label.startswith(("Total", "Net"))
        # parts indented two; totals flush left, or set deep towards the figures (``deep`` blanks)
        indent = " " * deep if total and deep else "  " if not total else ""
        ncells = len(cols(vals)) * (2 if percent else 1)
        if total and rule == "accounting" and not first:
            out.append(" " * width + "  " + "  ".join(["  --------"] * ncells))
        if wrap and label in WRAPPED:
            head, tail = WRAPPED[label]
            parts = [head, tail.strip()]
            if wrap == "three":  # a narrower column: three lines, the amounts on the last
                words = label.split()
                third = max(1, len(words) // 3)
                parts = [" ".join(words[:third]), " ".join(words[third:2 * third]), " ".join(words[2 * third:])]
            if wrap == "first":  # the figures on the first line, the label's rest on the next
                values = cols(vals)
                cells = [_num(v, neg=neg, attached=attached) for v in values]
                out.append(_label(indent + parts[0], width, leaders) + "  " + "  ".join(cells))
                out.append(indent + "  " + parts[1])
                first = False
                continue
            out += [indent + part for part in parts[:-1]]
            indent += "  "
            label = parts[-1]
        values = cols(vals)
        cells = [_num(v, dollar=first, neg=neg, attached=attached, millions=millions) for v in values]
        if percent:  # a percent-of-sales column after each amount
            mark = "%" if percent is True or vals == base else ""  # "bare": a "%" on the first line only
            shares = [f"{Decimal(v) * 100 / Decimal(b):.1f}{mark}".rjust(10) for v, b in zip(values, base, strict=True)]
            cells = [c for pair in zip(cells, shares, strict=True) for c in pair]
        if notes:  # a "Note" column between the labels and the figures
            text = _label(indent + label, width - 8, leaders) + NOTE_REFS.get(label, "").rjust(6) + "  "
        else:
            text = _label(indent + label, width, leaders)
        out.append(text + "  " + "  ".join(cells))
        first = False
        if total and rule in ("dash", "underscore"):
            mark = "-" if rule == "dash" else "_"
            out.append(" " * width + "  " + "  ".join([mark * 10] * ncells))
        elif rule == "accounting" and label.startswith(FINAL):
            out.append(" " * width + "  " + "  ".join(["=" * 10] * ncells))
    return out


def _columns(texts: list[str], width: int = WIDTH, ncols: int = 2) -> str:
    """A heading line with one text right-aligned over each value column."""
    return " " * width + "  " + "  ".join(t.rjust(10) for t in texts[:ncols])


def _years(family: str) -> tuple[str, str]:
    return ("1997", "1996") if family == "calendar" else ("2004", "2003")


def _heading(kind: str, family: str, style: str) -> tuple[list[str], list[str]]:
    """(title lines, column heading lines) of one statement in one heading style."""
    y1, y2 = _years(family)
    name = {"bs": "CONSOLIDATED BALANCE SHEETS", "is": "CONSOLIDATED STATEMENTS OF INCOME",
            "cf": "CONSOLIDATED STATEMENTS OF CASH FLOWS"}[kind]
    bs = kind == "bs"
    if family == "weekly":
        d1, d2 = "January 1, 2005", "January 3, 2004"
        if style == "title_dates":
            lead = "AS OF" if bs else "FOR THE FISCAL YEARS ENDED"
            return [name, f"{lead} {d1.upper()} AND {d2.upper()}"], [_columns([y1, y2])]
        if style == "label_dates":
            lead = "" if bs else "FISCAL YEARS ENDED "
            return [name], [f"{lead}{d1.upper()} AND {d2.upper()}".ljust(WIDTH) + "  "
                            + "  ".join(y.rjust(10) for y in (y1, y2))]
        weeks = [] if bs else [_columns(["52 Weeks", "52 Weeks"]), _columns(["Ended", "Ended"])]
        return [name], weeks + [_columns(["January 1,", "January 3,"]), _columns(["2005", "2004"])]
    md = "December 31,"
    if style == "plain":
        lead = [] if bs else [_columns(["Year Ended", "Year Ended"])]
        return [name], lead + [_columns([md, md]), _columns([y1, y2])]
    if style == "full_dates":
        lead = [] if bs else [_columns(["Year Ended", "Year Ended"])]
        return [name], lead + [_columns([f"Dec. 31, {y1}", f"Dec. 31, {y2}"])]
    if style == "numeric_dates":
        lead = [] if bs else [_columns(["Year Ended", "Year Ended"])]
        return [name], lead + [_columns([f"12/31/{y1[2:]}", f"12/31/{y2[2:]}"])]
    if style == "label_dates":
        lead = "December 31," if bs else "For the years ended December 31:"
        return [name], [lead.ljust(WIDTH) + "  " + "  ".join(y.rjust(10) for y in (y1, y2))]
    if style == "spanning":
        span = "December 31," if bs else "Years Ended December 31,"
        return [name], [" " * WIDTH + "  " + span.center(22), _columns([y1, y2])]
    if style == "month_only":
        span = "December" if bs else "Year Ended December"
        return [name], [" " * WIDTH + "  " + span.center(22), _columns([y1, y2])]
    if style == "title_dates":
        lead = f"DECEMBER 31, {y1} AND {y2}" if bs else f"FOR THE YEARS ENDED DECEMBER 31, {y1} AND {y2}"
        return [name, lead], [_columns([y1, y2])]
    lead = [] if bs else [_columns(["Year Ended", "Year Ended"])]
    if style == "fiscal":  # "Fiscal" over the year; the year end only in the balance sheet's dates
        return [name], ([_columns([md, md])] if bs else [_columns(["Fiscal", "Fiscal"])]) + [_columns([y1, y2])]
    if style == "footnoted":  # a footnote marker on a year: "1997(a)"
        return [name], lead + [_columns([md, md]), _columns([f"{y1}(a)", f"{y2}(b)"])]
    if style == "unaudited":  # an "(Unaudited)" row between the month-day row and the years
        return [name], lead + [_columns([md, md]), _columns(["(Unaudited)", ""]), _columns([y1, y2])]
    if style == "restated":  # the prior column restated, said under its year
        return [name], lead + [_columns([md, md]), _columns([y1, y2]), _columns(["", "(As restated)"])]
    raise ValueError(style)


def _quarter_heading(family: str) -> list[str]:
    """The column headings of an income statement printing the fourth quarter beside the year."""
    y1, y2 = _years(family)
    md = "December 31,"
    return [" " * WIDTH + "  " + "Three Months Ended".center(22) + "  " + "Year Ended".center(22),
            _columns([md] * 4, ncols=4), _columns([y1, y2, y1, y2], ncols=4)]


SCALES = {
    "title": ("(In thousands)", None),
    "year_row": (None, "(DOLLARS IN THOUSANDS)"),
    "wrapped": (None, "(Dollars in thousands,|except per share data)"),
    "000s_omitted": ("($000's omitted)", None),
    "000_omitted": ("(000 omitted)", None),
    "page_header": (None, None),  # only in a running head above the title of every page
    "bare_words": ("THOUSANDS OF DOLLARS", None),  # a title line, no parentheses, no "in"
    "bare_words_except": ("Thousands of Dollars, Except Per Share Amounts", None),
}
PAGE_HEAD = "EXAMPLE MANUFACTURING CORPORATION AND SUBSIDIARIES       (Amounts in thousands of dollars)"
SPLITS = {"bs": BS[BS_SPLIT][0], "is": "Income taxes", "cf": "Investing activities:"}


def render(family: str = "calendar", *, dates: str = "plain", scale: str = "title", tags: bool = True,
           wrap: bool | str = False, page_break: bool | str = False, entity: bool = False, html: str = "",
           dashes: bool = False, title_rule: bool = False, neg: str = "paren", rule: str = "dash",
           leaders: str = "dots", attached: bool = False, percent: bool | str = False,
           quarter: bool = False, three: bool = False, total_indent: int = 0, sub: bool = False,
           eps: bool = False, notes: bool = False, millions: bool = False, reverse: bool = False,
           encode: str = "", q10: dict[str, object] | None = None, txt: dict[str, object] | None = None,
           k10: dict[str, object] | None = None, pre: str = "", prt: dict[str, object] | None = None) -> str:
    """The three statements of one family, typeset in one combination of layout traits; ``q10``:
    the traits of a 10-Q's HTML tables (tests/layout_bed_10q.py); ``pre``: the text in an HTML
    document's ``<pre>`` blocks (tests/layout_bed_html.py ``in_pre``)."""
    if pre:
        return in_pre(render(family, dates=dates, scale=scale, tags=tags, wrap=wrap, page_break=page_break,
                             entity=entity, neg=neg, rule=rule, leaders=leaders, percent=percent, quarter=quarter,
                             three=three, eps=eps, millions=millions), pre)
    if q10 is not None:
        return render_10q(q10)
    if prt is not None:  # how a table's own parts are set (tests/layout_bed_print.py)
        return render_print(prt)
    if k10 is not None:  # a 10-K's HTML tables with the columns and neighbours of tests/layout_bed_html10k.py
        return render_k10(k10)
    if txt is not None:  # the plain-text round (tests/layout_bed_text.py)
        return render_text(txt)
    if html:  # the HTML tables of a 2000s filing (tests/layout_bed_html.py)
        return render_html({"bs": BS, "is": IS_SUB if sub else IS, "cf": CF}, family, html, _years(family),
                           THIRD_YEAR, SPLITS, IS_QUARTER)
    parts = ["EXAMPLE MANUFACTURING CORPORATION", ""]
    for kind, rows in (("bs", BS), ("is", IS_SUB if sub else IS), ("cf", CF)):
        title, heads = _heading(kind, family, dates)
        above, in_label = SCALES[scale]
        if millions:  # a large company's statements: millions with one decimal
            above = "(Dollars in millions)"
        if above:
            title = [*title, above]
        if in_label:
            lines = in_label.split("|")
            if len(lines) == 1:  # in the label cell of the last heading line (the year row)
                heads = heads[:-1] + [lines[0].ljust(WIDTH) + heads[-1][WIDTH:]]
            else:  # wrapped over the label cells of the last two heading lines
                heads = ([""] * (2 - len(heads))) + heads if len(heads) < 2 else heads
                heads = heads[:-2] + [lines[0].ljust(WIDTH) + heads[-2][WIDTH:],
                                      lines[1].ljust(WIDTH) + heads[-1][WIDTH:]]
        ncols = 2
        cols: Callable[[tuple[int, int]], list[int]] = list
        if entity and kind == "bs":  # parent company and consolidated columns for each date
            y1, y2 = _years(family)
            span = [f"{md} {y}" for md, y in zip(("December 31,", "December 31,"), (y1, y2), strict=True)] \
                if family == "calendar" else ["January 1, 2005", "January 3, 2004"]
            heads = [" " * WIDTH + "  " + span[0].center(22) + "  " + span[1].center(22),
                     _columns(["Parent", "Consoli-", "Parent", "Consoli-"], ncols=4),
                     _columns(["Company", "dated", "Company", "dated"], ncols=4)]
            ncols = 4

            def cols(v: tuple[int, int]) -> list[int]:
                return [v[0] * 3 // 5, v[0], v[1] * 3 // 5, v[1]]

        if reverse:  # the earlier year's column first
            y1, y2 = _years(family)
            md = "December 31,"
            heads = ([] if kind == "bs" else [_columns(["Year Ended", "Year Ended"])]) + [
                _columns([md, md]), _columns([y2, y1])]

            def cols(v: tuple[int, int]) -> list[int]:
                return [v[1], v[0]]

        if quarter and kind == "is":  # the quarter's columns before the year's
            heads = _quarter_heading(family)
            ncols = 4

            def cols(v: tuple[int, int]) -> list[int]:
                return [*IS_QUARTER.get(v, (0, 0)), *v]

        if three and kind != "bs":  # a 10-K's income and cash-flow statements print three years
            md = "December 31,"
            heads = [_columns(["Year Ended"] * 3, ncols=3), _columns([md] * 3, ncols=3),
                     _columns([*_years(family), "1995"], ncols=3)]
            ncols = 3

            def cols(v: tuple[int, int]) -> list[int]:
                return [*v, THIRD_YEAR.get(v, 0)]

        if percent and kind == "is":  # a percent-of-sales column after each year's amounts
            y1, y2 = _years(family)
            heads = [_columns(["Year Ended", "", "Year Ended", ""], ncols=4),
                     _columns(["December 31,", "", "December 31,", ""], ncols=4),
                     _columns([y1, "% of sales", y2, "% of sales"] if percent is True else [y1, "%", y2, "%"], ncols=4)]
        if notes:
            heads = heads[:-1] + [heads[-1][:WIDTH - 8].ljust(WIDTH - 8) + "Note".rjust(6) + heads[-1][WIDTH - 2:]]
        body = _rows(rows, wrap=wrap, cols=cols, dashes=dashes, neg=neg, rule=rule, leaders=leaders, deep=total_indent,
                     notes=notes, millions=millions,
                     attached=attached, percent=percent if kind == "is" else False)
        if eps and kind == "is":  # per-share amounts and share counts under "except per share data"
            title = [t.replace("(In thousands)", "(In thousands, except per share data)") for t in title]
            body += ["", _label("Net income per share", WIDTH, "dots") + "  "
                     + "  ".join(("$" + f"{e}".rjust(9) + " ") for e, _ in EPS),
                     _label("Weighted average shares outstanding", WIDTH, "dots") + "  "
                     + "  ".join(f"{n:,} ".rjust(10) for _, n in EPS)]
        ncells = ncols * (2 if percent and kind == "is" else 1)
        rule_line = " " * WIDTH + "  " + "  ".join(["----------"] * ncells)
        if (kind == "bs" and page_break) or page_break == "all":
            split = next(i for i, line in enumerate(body) if line.strip().startswith(SPLITS[kind]))
            first, second = body[:split], body[split:]
            more = " (Continued)" if page_break is True else " (continued)"
            blocks = [(title, first), ([title[0] + more, *title[1:]], second)]
        else:
            blocks = [(title, body)]
        if page_break == "bare" and kind == "bs":
            split = next(i for i, line in enumerate(body) if line.strip().startswith(SPLITS[kind]))
            blocks = [(title, body[:split]), ([], body[split:])]
        for n, (t, b) in enumerate(blocks):
            if n and page_break == "bare":  # a page number, the break, and the figures run on: no
                # title or column heading repeated (tagged: the table closed and reopened bare)
                parts += ["", f"{20 + n}".center(WIDTH + 24).rstrip(), "<PAGE>", ""]
                parts += (["<TABLE>", "<S>" + " " * (WIDTH - 1) + "  <C>" + "         <C>" * (ncells - 1),
                           *b, "</TABLE>", ""] if tags else [*b, "", ""])
                continue
            if n:
                parts += ["<PAGE>", ""]
            parts += [PAGE_HEAD, ""] * (scale == "page_header")
            parts += [line.center(WIDTH + 24).rstrip() for line in t]
            # a full-width rule under the title block, as EDGAR escapes a line starting with "-"
            parts += ["- " + "-" * 78] * title_rule + [""]
            if tags:
                parts += ["<TABLE>", "<CAPTION>", *heads, rule_line, "<S>" + " " * (WIDTH - 1) + "  <C>"
                          + "         <C>" * (ncells - 1), *b, "</TABLE>", ""]
            else:
                parts += [*heads, rule_line, *b, "", ""]
        parts += ["", "<PAGE>", ""]
    return _encoded("\n".join(parts) + "\n", encode)


def _unexpand(line: str) -> str:
    """Blanks set as tabs at every eighth column where two or more end there (``unexpand -a``)."""
    chunks = [line[i:i + 8] for i in range(0, len(line), 8)]
    out = []
    for chunk in chunks[:-1]:
        kept = chunk.rstrip(" ")
        out.append(kept + "\t" if len(chunk) - len(kept) >= 2 or (not kept and chunk) else chunk)
    return "".join(out) + (chunks[-1] if chunks else "")


def _encoded(text: str, encode: str) -> str:
    """The text as some filings' bytes set it: tabs for blanks, CR LF line ends, form feeds for
    the page breaks."""
    if encode == "tabs":
        return "\n".join(_unexpand(line) for line in text.split("\n"))
    if encode == "crlf":
        return text.replace("\n", "\r\n")
    if encode == "formfeed":
        return text.replace("<PAGE>", "\f")
    return text


VARIANTS: dict[str, dict[str, object]] = {
    "tagged": {},
    "untagged": {"tags": False},
    "scale_in_year_row": {"scale": "year_row"},
    "scale_wrapped_in_label_column": {"scale": "wrapped", "dates": "spanning"},
    "scale_000s_omitted": {"scale": "000s_omitted"},
    "scale_000_omitted_untagged": {"scale": "000_omitted", "tags": False},
    "full_dates_per_column": {"dates": "full_dates"},
    "numeric_dates": {"dates": "numeric_dates"},
    "dates_in_label_column": {"dates": "label_dates"},
    "heading_spanning_columns": {"dates": "spanning"},
    "month_only_headings": {"dates": "month_only"},
    "dates_in_title": {"dates": "title_dates"},
    "page_break_inside_balance_sheet": {"page_break": True},
    "page_break_untagged": {"page_break": True, "tags": False},
    "wrapped_labels": {"wrap": True},
    "wrapped_labels_untagged_year_row_scale": {"wrap": True, "tags": False, "scale": "year_row"},
    "entity_columns": {"entity": True},
    "nil_dashes_on_headings_untagged": {"dashes": True, "tags": False},
    "weekly_full_dates": {"family": "weekly"},
    "weekly_dates_in_title": {"family": "weekly", "dates": "title_dates"},
    "weekly_dates_in_label_column": {"family": "weekly", "dates": "label_dates"},
    "dates_in_title_over_a_rule": {"dates": "title_dates", "title_rule": True},
    "dates_in_title_over_a_rule_untagged": {"dates": "title_dates", "title_rule": True, "tags": False},
    "html_cell_per_column": {"html": "cells"},
    "html_heading_spanning_columns": {"html": "spanning"},
    "html_scale_in_header_cell": {"html": "scale_cell"},
    "html_dates_in_title": {"html": "title_dates"},
    "html_weekly_dates_in_title": {"family": "weekly", "html": "title_dates"},
    "html_earnings_release": {"html": "release"},
    # the classes of issue 10's second round, seen in the unkeyed text filings of ../shared
    "negatives_with_minus_sign": {"neg": "minus"},
    "negatives_with_trailing_minus_untagged": {"neg": "trailing", "tags": False},
    "negatives_in_angle_brackets": {"neg": "angle"},
    "underscore_rules": {"rule": "underscore"},
    "accounting_rules_single_over_double_under": {"rule": "accounting"},
    "accounting_rules_untagged_no_leaders": {"rule": "accounting", "leaders": "none", "tags": False},
    "spaced_dot_leaders": {"leaders": "spaced"},
    "dollar_attached_no_leaders": {"attached": True, "leaders": "none"},
    "labels_wrapped_on_three_lines": {"wrap": "three"},
    "labels_wrapped_on_three_lines_untagged": {"wrap": "three", "tags": False, "leaders": "none"},
    "fiscal_over_year": {"dates": "fiscal"},
    "footnote_markers_on_years": {"dates": "footnoted"},
    "unaudited_row_over_years": {"dates": "unaudited"},
    "restated_prior_column": {"dates": "restated"},
    "percent_of_sales_columns": {"percent": True},
    "percent_of_sales_columns_untagged": {"percent": True, "tags": False},
    "percent_columns_headed_only_by_a_sign": {"percent": "bare"},
    "quarter_beside_year": {"quarter": True},
    "quarter_beside_year_untagged": {"quarter": True, "tags": False},
    "every_statement_continued_over_pages": {"page_break": "all"},
    "every_statement_continued_untagged": {"page_break": "all", "tags": False},
    "scale_only_in_page_header": {"scale": "page_header"},
    "scale_only_in_page_header_untagged": {"scale": "page_header", "tags": False},
    "three_years_beside_two_balance_sheet_dates": {"three": True},
    "three_years_untagged": {"three": True, "tags": False},
    "totals_indented_towards_the_figures": {"total_indent": 10},
    "totals_indented_untagged": {"total_indent": 10, "tags": False, "leaders": "none"},
    "wrapped_labels_figures_on_first_line": {"wrap": "first"},
    "wrapped_labels_figures_on_first_line_untagged": {"wrap": "first", "tags": False},
    "negatives_in_spaced_parentheses": {"neg": "spaced"},
    "html_dollar_and_parenthesis_cells": {"html": "dollar_cells"},
    "html_month_day_row_over_year_row": {"html": "two_rows"},
    "html_three_years": {"html": "three_years"},
    "html_percent_of_sales_columns": {"html": "percent"},
    "html_negatives_with_minus_sign": {"html": "minus"},
    "html_every_statement_continued": {"html": "continued"},
    "html_weekly_every_statement_continued": {"family": "weekly", "html": "continued"},
    "weekly_every_statement_continued_untagged": {"family": "weekly", "page_break": "all", "tags": False},
    "weekly_title_dates_wrapped_three_lines_untagged": {"family": "weekly", "dates": "title_dates", "wrap": "three",
                                                       "tags": False},
    "fiscal_over_year_untagged": {"dates": "fiscal", "tags": False},
    "unaudited_row_untagged": {"dates": "unaudited", "tags": False},
    "restated_prior_column_untagged": {"dates": "restated", "tags": False},
    "footnote_markers_on_years_untagged": {"dates": "footnoted", "tags": False},
    "year_row_scale_angle_negatives_accounting_rules": {"scale": "year_row", "neg": "angle", "rule": "accounting"},
    "dates_in_label_column_trailing_minus_untagged": {"dates": "label_dates", "neg": "trailing", "tags": False},
    "spanning_heading_three_years_untagged": {"dates": "spanning", "three": True, "tags": False},
    "quarter_beside_year_wrapped_labels_page_head_scale": {"quarter": True, "wrap": True, "scale": "page_header"},
    "sub_labels_repeated_under_headings": {"sub": True},
    "sub_labels_repeated_under_headings_untagged": {"sub": True, "tags": False},
    "html_sub_labels_repeated_under_headings": {"sub": True, "html": "cells"},
    "per_share_lines_except_per_share_data": {"eps": True},
    "per_share_lines_untagged_no_leaders": {"eps": True, "tags": False, "leaders": "none"},
    "html_quarter_beside_year": {"html": "quarter"},
    "html_unaudited_row_over_years": {"html": "unaudited"},
    "html_footnote_markers_on_years": {"html": "footnoted"},
    "html_restated_prior_column": {"html": "restated"},
    "page_break_with_nothing_repeated": {"page_break": "bare"},
    "scale_as_bare_words_in_title": {"scale": "bare_words"},
    "scale_as_bare_words_except_untagged": {"scale": "bare_words_except", "tags": False},
    "html_scale_words_in_header_cell": {"html": "scale_words_cell"},
    "millions_with_one_decimal": {"millions": True},
    "millions_with_one_decimal_untagged": {"millions": True, "tags": False, "leaders": "none"},
    "page_break_with_nothing_repeated_untagged": {"page_break": "bare", "tags": False},
    "earlier_year_first": {"reverse": True},
    "earlier_year_first_untagged": {"reverse": True, "tags": False},
    "tabs_for_blanks": {"encode": "tabs"},
    "tabs_for_blanks_untagged": {"encode": "tabs", "tags": False},
    "crlf_line_ends": {"encode": "crlf"},
    "crlf_line_ends_untagged_page_break": {"encode": "crlf", "tags": False, "page_break": True},
    "form_feeds_for_page_breaks_untagged": {"encode": "formfeed", "tags": False, "page_break": "all"},
    "note_reference_column": {"notes": True},
    "note_reference_column_untagged_no_leaders": {"notes": True, "tags": False, "leaders": "none"},
    # issue 10's HTML round: a 10-Q's tables as 2005-2025 filing agents set them (tests/layout_bed_10q.py)
    "q10_groups_over_years": {"q10": {}},
    "q10_nine_months_groups_over_years": {"q10": {"months": 9}},
    "q10_group_then_month_day_then_years": {"q10": {"head": "groups_md"}},
    "q10_group_then_full_dates": {"q10": {"head": "md_under_year"}},
    "q10_label_heading_cell_spanning_rows": {"q10": {"head": "rowspan", "scale": "label_cell"}},
    "q10_dollar_cells": {"q10": {"dollar": True}},
    "q10_dollar_and_parenthesis_cells": {"q10": {"dollar": True, "paren": True}},
    "q10_spacer_columns": {"q10": {"spacer": True}},
    "q10_spacer_columns_nbsp_padding": {"q10": {"spacer": True, "nbsp": True, "dollar": True, "paren": True}},
    "q10_figures_in_nested_styled_elements": {"q10": {"nested": True, "dollar": True, "paren": True}},
    "q10_nil_em_dash": {"q10": {"nil": "&#8212;"}},
    "q10_nil_en_dash": {"q10": {"nil": "&#8211;"}},
    "q10_nil_hyphen": {"q10": {"nil": "-"}},
    "q10_nil_em_dash_character": {"q10": {"nil": "\u2014", "dollar": True, "paren": True, "spacer": True}},
    "q10_footnote_superscripts": {"q10": {"sup": True}},
    "q10_page_break_header_repeated": {"q10": {"page_break": "repeat"}},
    "q10_page_break_continued": {"q10": {"page_break": "continued", "dollar": True, "paren": True}},
    "q10_title_in_first_row": {"q10": {"title": "row"}},
    "q10_title_in_header_div": {"q10": {"title": "div"}},
    "q10_scale_in_table_row": {"q10": {"scale": "row"}},
    "q10_scale_in_label_heading_cell": {"q10": {"scale": "label_cell"}},
    "q10_unaudited_under_title": {"q10": {"unaudited": True}},
    "q10_balance_sheet_column_unaudited": {"q10": {"bs_unaudited": True, "unaudited": True}},
    "q10_equity_share_line": {"q10": {"shares": True}},
    "q10_indent_by_padding": {"q10": {"padding": True}},
    "q10_bold_totals_ruled_figure_cells": {"q10": {"rules": True, "dollar": True, "paren": True}},
    "q10_per_share_lines": {"q10": {"eps": True}},
    "q10_filing_agent_full": {"q10": {"head": "groups_md", "dollar": True, "paren": True, "spacer": True,
                                      "nbsp": True, "nested": True, "nil": "&#8212;", "sup": True,
                                      "page_break": "continued", "title": "div", "scale": "label_cell",
                                      "unaudited": True, "bs_unaudited": True, "padding": True,
                                      "rules": True, "eps": True}},
    "q10_retail_thirteen_and_twenty_six_weeks": {"q10": {"months": 26}},
    "q10_retail_weeks_agent_cells": {"q10": {"months": 26, "dollar": True, "paren": True, "spacer": True,
                                             "th": True, "title": "div"}},
    "q10_header_cells_th": {"q10": {"th": True, "head": "groups_md"}},
    "q10_dollar_in_figure_cell": {"q10": {"dollar_inline": True}},
    "q10_labels_wrapped_over_two_rows": {"q10": {"wrap_rows": True}},
    "q10_labels_wrapped_over_two_rows_agent_cells": {"q10": {"wrap_rows": True, "dollar": True, "paren": True,
                                                             "spacer": True, "nbsp": True}},
    "q10_indent_by_paragraph_margin_totals_deeper": {"q10": {"indent_p": True}},
    "q10_subtotals_without_labels": {"q10": {"blank_subtotals": True}},
    "q10_commitments_line_without_figures": {"q10": {"commitments": True, "dollar": True, "paren": True}},
    "q10_header_over_figure_cell_only": {"q10": {"narrow_header": True, "dollar": True, "paren": True,
                                                 "head": "md_under_year"}},
    "q10_one_header_cell_per_column_with_breaks": {"q10": {"br_headers": True}},
    "q10_dates_in_titles_groups_without_ended": {"q10": {"title_periods": True}},
    "q10_assets_in_date_row_label_cell": {"q10": {"assets_header": True}},
    "q10_dates_repeated_over_liabilities": {"q10": {"mid_header": True}},
    "q10_unaudited_row_under_balance_sheet_dates": {"q10": {"bs_unaudited_row": True, "dollar": True,
                                                            "paren": True}},
    "q10_headings_spanning_the_row": {"q10": {"heading_spans_row": True, "dollar": True, "paren": True}},
    "q10_empty_rows_after_totals": {"q10": {"blank_rows": True, "spacer": True}},
    "q10_label_heading_cell_over_first_dollar_cell": {"q10": {"offset_header": True, "dollar": True,
                                                              "paren": True, "head": "groups_md"}},
    "q10_percent_change_columns": {"q10": {"change_columns": True}},
    "q10_percent_change_columns_agent_cells": {"q10": {"change_columns": True, "dollar": True, "paren": True}},
    "q10_plain_footnote_marks": {"q10": {"plain_marks": True}},
    "q10_quarter_ended_wording": {"q10": {"group_words": ("Quarter Ended", "Six Months Ended")}},
    "q10_two_quarters_ended_wording": {"q10": {"group_words": ("Quarter Ended", "Two Quarters Ended")}},
    "q10_months_abbreviated_mos": {"q10": {"group_words": ("3 Mos. Ended", "6 Mos. Ended"), "dollar": True,
                                           "paren": True}},
    "q10_fiscal_year_to_date_wording": {"q10": {"group_words": ("Fiscal Quarter Ended", "Fiscal Year-to-Date Ended")}},
    "q10_numeral_months_abbreviated_dates": {"q10": {"group_words": ("3 Months Ended", "6 Months Ended"),
                                                     "head": "md_under_year", "date_style": "abbrev"}},
    "q10_numeric_dates": {"q10": {"head": "md_under_year", "date_style": "numeric"}},
    "q10_second_quarter_and_first_half": {"q10": {"group_words": ("Second Quarter", "First Half"), "head": "groups_md",
                                                  "title_line": "FOR THE PERIODS ENDED JUNE 30, 2024 AND 2023"}},
    "q10_q2_and_ytd_columns": {"q10": {"column_words": ("Q2 2024", "Q2 2023", "YTD 2024", "YTD 2023"),
                                       "title_line": "(Periods ended June 30)"}},
    # the fiscal year or the year in two digits after the quarter's number and "YTD"
    "q10_q2_and_ytd_columns_fiscal_short_years": {"q10": {
        "column_words": ("Q2 FY24", "Q2 FY23", "YTD FY24", "YTD FY23"), "title_line": "(Periods ended June 30)"}},
    "q10_quarter_and_ytd_columns_short_years": {"q10": {
        "column_words": ("2nd Qtr 24", "2nd Qtr 23", "YTD 24", "YTD 23"), "title_line": "(Periods ended June 30)"}},
    "q10_quarter_and_ytd_columns_hyphenated_short_years": {"q10": {
        "column_words": ("Q2-24", "Q2-23", "YTD-24", "YTD-23"), "title_line": "(Periods ended June 30)"}},
    # the quarter's and the half's columns headed by their end dates alone, no length printed: the
    # cash flows' six months tell the half from the quarter
    "q10_quarter_and_ytd_columns_end_dates_alone": {"q10": {
        "column_words": ("June 30, 2024", "June 30, 2023", "June 30, 2024", "June 30, 2023"),
        "cf_column_words": ("Six Months Ended June 30, 2024", "Six Months Ended June 30, 2023")}},
    "q10_dollar_on_totals_parenthesis_in_dollar_cell": {"q10": {"dollar": True, "paren": True, "dollar_totals": True,
                                                                "paren_in_dollar": True}},
    "q10_earlier_year_first": {"q10": {"reverse": True}},
    "q10_balance_sheet_a_year_before_as_third_column": {"q10": {"bs_three": True}},
    "q10_balance_sheet_third_column_agent_cells": {"q10": {"bs_three": True, "dollar": True, "paren": True,
                                                           "spacer": True}},
    "q10_note_reference_column": {"q10": {"note_column": True}},
    "q10_basic_and_diluted_under_headings": {"q10": {"eps": True, "basic_diluted": True}},
    "q10_operations_and_comprehensive_income_title": {"q10": {"ci_title": True}},
    "q10_allowance_in_the_receivables_label": {"q10": {"allowance": True}},
    "q10_preferred_line_none_issued": {"q10": {"preferred": True, "shares": True}},
    "q10_preferred_line_none_issued_agent_cells": {"q10": {"preferred": True, "dollar": True, "paren": True,
                                                           "nil": "&#8212;", "spacer": True}},
    "q10_contents_equity_statement_segment_note_and_discussion": {"q10": {"surroundings": True}},
    "q10_surroundings_agent_cells": {"q10": {"surroundings": True, "dollar": True, "paren": True, "spacer": True,
                                             "title": "div"}},
    "q10_comprehensive_income_statement_after_the_income_statement": {"q10": {"comprehensive": True}},
    "q10_other_statement_names": {"q10": {"other_names": True}},
    "q10_balance_sheet_date_and_year_in_one_cell": {"q10": {"bs_br": True, "br_headers": True}},
    "q10_label_cells_three_columns_wide": {"q10": {"label_colspan": True, "dollar": True, "paren": True}},
    "q10_width_setting_first_row": {"q10": {"width_row": True, "dollar": True, "paren": True}},
    "q10_rules_inside_heading_cells": {"q10": {"hr_in_header": True, "head": "groups_md"}},
    "q10_rule_rows_over_totals": {"q10": {"hr_rows": True, "dollar": True, "paren": True, "spacer": True}},
    "q10_donnelley_style": {"q10": {"hr_in_header": True, "hr_rows": True, "nbsp": True, "spacer": True,
                                    "dollar": True, "paren": True, "nested": True, "bs_br": True}},
    "q10_first_quarter": {"q10": {"months": 3, "fiscal": ("2024-03-31", "2023-12-31")}},
    "q10_first_quarter_of_a_year_ending_june": {"q10": {"months": 3, "fiscal": ("2024-09-30", "2024-06-30")}},
    "q10_first_quarter_dated_by_its_end_alone": {"q10": {"months": 3, "fiscal": ("2024-03-31", "2023-12-31"),
                                                         "no_length": True}},
    "q10_first_quarter_of_a_year_ending_june_dated_by_its_end_alone": {"q10": {
        "months": 3, "fiscal": ("2024-09-30", "2024-06-30"), "no_length": True, "dollar": True, "paren": True}},
    "q10_nine_months_of_a_year_ending_march": {"q10": {"months": 9, "fiscal": ("2024-12-31", "2024-03-31")}},
    "q10_six_months_of_a_year_ending_september": {"q10": {"months": 6, "fiscal": ("2024-03-31", "2023-09-30"),
                                                          "dollar": True, "paren": True}},
    "q10_one_month_day_over_both_groups": {"q10": {"head": "md_spans_all"}},
    "q10_one_month_day_over_both_groups_agent_cells": {"q10": {"head": "md_spans_all", "dollar": True, "paren": True,
                                                               "spacer": True}},
    "q10_cash_flow_period_in_the_year_rows_label_cell": {"q10": {"head": "label_heading"}},
    "q10_scale_dollar_sign_in_thousands": {"q10": {"scale_words": "($ in thousands)"}},
    "q10_scale_in_000s": {"q10": {"scale_words": "(in 000's)", "scale": "label_cell"}},
    "q10_scale_except_share_and_per_share": {"q10": {
        "scale_words": "(Dollars in thousands, except share and per share data)", "scale": "row"}},
    "q10_scale_amounts_in_thousands": {"q10": {"scale_words": "(Amounts in thousands)"}},
    "q10_scale_thousands_of_us_dollars": {"q10": {"scale_words": "In thousands of U.S. dollars"}},
    "q10_second_part_under_the_headings_alone": {"q10": {"page_break": "bare_head"}},
    "q10_second_part_under_nothing": {"q10": {"page_break": "bare"}},
    "q10_second_part_under_nothing_agent_cells": {"q10": {"page_break": "bare", "dollar": True, "paren": True}},
    "q10_figure_cells_spanning_the_bare_dollar_cells": {"q10": {"dollar": True, "paren": True, "merged": True}},
    "q10_figure_cells_spanning_agent_full": {"q10": {"dollar": True, "paren": True, "merged": True, "spacer": True,
                                                     "dollar_totals": True, "rules": True, "nbsp": True}},
    "q10_balance_sheet_halves_side_by_side": {"q10": {"side_by_side": True}},
    "q10_footnote_rows_inside_the_tables": {"q10": {"footnote_rows": True, "sup": True}},
    "q10_footnote_rows_agent_cells": {"q10": {"footnote_rows": True, "dollar": True, "paren": True, "spacer": True}},
    "q10_figures_without_thousands_separators": {"q10": {"no_commas": True}},
    "q10_amount_and_percent_change_columns": {"q10": {"change_columns": "amount"}},
    "q10_quarter_and_year_to_date_in_two_tables": {"q10": {"stacked": True}},
    "q10_quarter_and_year_to_date_in_two_tables_agent_cells": {"q10": {"stacked": True, "dollar": True, "paren": True,
                                                                       "head": "groups_md", "nested": True}},
    # the year to date's lines under their own period heading in the quarter's table (an earnings release's)
    "q10_year_to_date_stacked_under_the_quarter_in_one_table": {"q10": {"stacked": "one_table"}},
    "q10_year_to_date_stacked_in_one_table_agent_cells": {"q10": {"stacked": "one_table", "dollar": True, "paren": True,
                                                                  "head": "groups_md", "nested": True}},
    "q10_year_to_date_stacked_in_one_table_period_in_the_label_cell": {"q10": {"stacked": "one_table",
                                                                               "head": "label_heading", "months": 9}},
    "q10_headings_in_a_table_of_their_own": {"q10": {"split_header": True}},
    "q10_headings_table_with_the_title_rows": {"q10": {"split_header": True, "title": "row"}},
    "q10_headings_table_agent_cells": {"q10": {"split_header": True, "dollar": True, "paren": True, "spacer": True,
                                               "head": "groups_md", "title": "div"}},
    "q10_headings_table_statements_over_two_pages": {"q10": {"split_header": True, "page_break": "repeat"}},
    "q10_negatives_with_a_minus_sign_character": {"q10": {"unicode_minus": True}},
    "q10_row_labels_in_th_cells": {"q10": {"th_labels": True, "dollar": True, "paren": True}},
    "q10_balance_sheet_parenthetical_table": {"q10": {"parenthetical": True}},
    "q10_nine_months_rowspan_title_row": {"q10": {"months": 9, "head": "rowspan", "title": "row", "scale": "row",
                                                  "dollar": True, "spacer": True, "padding": True}},
    # the third HTML round: a 10-K's columns and neighbours as 2005-2025 filing agents set them
    "q10_nine_months_groups_month_day_years_agent_cells": {"q10": {"months": 9, "head": "groups_md", "dollar": True,
                                                                   "paren": True, "spacer": True}},
    "q10_nine_months_month_day_over_each_column": {"q10": {"months": 9, "head": "md_each"}},
    "q10_nine_months_month_day_over_each_column_agent_cells": {"q10": {"months": 9, "head": "md_each", "dollar": True,
                                                                       "paren": True, "spacer": True}},
    "k10_segment_columns": {"k10": {"columns": "segments"}},
    "k10_successor_and_predecessor_columns": {"k10": {"columns": "successor"}},
    "k10_pro_forma_balance_sheet_column": {"k10": {"columns": "pro_forma"}},
    "k10_three_years_percent_of_revenue": {"k10": {"percent": True}},
    "k10_scale_in_year_row_millions_per_share": {"k10": {"scale_row": True}},
    "k10_equity_statement_after_income_statement": {"k10": {"equity": True}},
    "k10_supplemental_in_the_cash_flow_table": {"k10": {"supplemental": "inline"}},
    "k10_css_grid_of_divs": {"k10": {"grid": True}},
    "k10_segment_columns_agent_cells": {"k10": {"columns": "segments", "agent": True}},
    "k10_successor_and_predecessor_agent_cells": {"k10": {"columns": "successor", "agent": True}},
    "k10_successor_and_predecessor_dates_alone": {"k10": {"columns": "successor", "succ_words": "through"}},
    "k10_successor_and_predecessor_months_ended": {"k10": {"columns": "successor", "succ_words": "months",
                                                            "agent": True}},
    "k10_pro_forma_column_agent_cells": {"k10": {"columns": "pro_forma", "agent": True}},
    "k10_three_years_percent_of_revenue_agent_cells": {"k10": {"percent": True, "agent": True}},
    "k10_scale_in_year_row_agent_cells": {"k10": {"scale_row": True, "agent": True}},
    "k10_equity_statement_agent_cells": {"k10": {"equity": True, "agent": True}},
    "k10_equity_statement_before_the_income_statement": {"k10": {"equity": "before", "agent": True}},
    "k10_css_grid_of_divs_agent_cells": {"k10": {"grid": True, "agent": True}},
    "k10_css_grid_successor_and_predecessor_agent_cells": {"k10": {"grid": True, "agent": True,
                                                                   "columns": "successor"}},
    "k10_css_grid_rows_in_display_contents_wrappers": {"k10": {"grid": "contents", "agent": True}},
    "k10_css_grid_one_grid_per_row": {"k10": {"grid": "stacked", "agent": True}},
    "k10_css_grid_one_grid_per_row_successor": {"k10": {"grid": "stacked", "columns": "successor"}},
    "k10_css_grid_cells_placed_by_column_lines": {"k10": {"grid": "lines", "agent": True}},
    "k10_css_grid_of_divs_supplemental": {"k10": {"grid": True, "supplemental": "bare"}},
    # the fourth HTML round: lines and statements a filing agent sets apart from each other
    "k10_per_share_table_under_no_headings": {"k10": {"per_share": "bare"}},
    "k10_per_share_table_under_the_years": {"k10": {"per_share": "years", "agent": True}},
    "k10_per_share_table_titled": {"k10": {"per_share": "titled"}},
    "html_pre_whole_document_untagged": {"pre": "whole", "tags": False},
    "html_pre_whole_document_tagged": {"pre": "whole"},
    "html_pre_block_per_statement_html_titles": {"pre": "titled", "tags": False},
    "html_pre_block_per_statement_wrapped_page_breaks": {"pre": "titled", "tags": False, "wrap": True,
                                                         "page_break": True},
    "html_pre_quarter_beside_year": {"pre": "whole", "tags": False, "quarter": True},
    "html_pre_weekly_per_statement": {"pre": "titled", "tags": False, "family": "weekly"},
    "html_pre_per_share_lines": {"pre": "titled", "tags": False, "eps": True},
    "html_lines_stacked_in_one_row_by_breaks": {"html": "stacked"},
    "html_lines_stacked_a_row_per_section": {"html": "stacked_sections"},
    "html_weekly_lines_stacked_a_row_per_section": {"family": "weekly", "html": "stacked_sections"},
    "html_income_statement_and_balance_sheet_side_by_side": {"html": "side_by_side"},
    "html_weekly_income_statement_and_balance_sheet_side_by_side": {"family": "weekly", "html": "side_by_side"},
    "html_scale_dollar_000s_in_header_cell": {"html": "scale_dollar_cell"},
    "html_scale_dollar_000_in_a_row_over_the_headings": {"html": "scale_dollar_row"},
    "html_weekly_scale_dollar_000_row": {"family": "weekly", "html": "scale_dollar_row"},
    "html_each_line_a_table_of_its_own": {"html": "line_tables"},
    "html_weekly_each_line_a_table_of_its_own_sub_labels": {"family": "weekly", "html": "line_tables", "sub": True},
}

VARIANTS.update(TEXT_VARIANTS)
VARIANTS.update(PRINT_VARIANTS)


def variant_text(name: str) -> str:
    return render(**VARIANTS[name])  # type: ignore[arg-type]


def family_of(name: str) -> str:
    return str(VARIANTS[name].get("family", "calendar"))


def expected(family: str, quarter: bool = False, three: bool = False, sub: bool = False,
             eps: bool = False, millions: bool = False) -> set[tuple[str, int | Decimal]]:
    """Every fact the statements print: (period, absolute value in dollars). A fact printed in two
    statements (cash at the end of the year) is one fact. ``quarter``: the income statement also
    prints the fourth quarters."""
    f = FAMILIES[family]
    out: set[tuple[str, int | Decimal]] = set()
    if eps:
        for i, (per_share, shares) in enumerate(EPS):
            out |= {(f["year"][i], per_share), (f["year"][i], shares * 1000)}
    if quarter:
        for vals in IS_QUARTER.values():
            for i, v in enumerate(vals):
                end = f["bs"][i]
                out.add((f"{end[:4]}-10-01/{end}", v * 1000))
    if three:  # the third year of the income and cash-flow statements
        for rows in (IS, CF):
            for label, vals in rows:
                if vals is None:
                    continue
                period = "1995-12-31" if "end of year" in label else "1994-12-31" if "beginning" in label \
                    else "1995-01-01/1995-12-31"
                out.add((period, abs(THIRD_YEAR[vals]) * 1000))
    for code, rows, periods in (("bs", BS, f["bs"]), ("is", IS_SUB if sub else IS, f["year"]), ("cf", CF, f["year"])):
        for label, vals in rows:
            if vals is None:
                continue
            for i, v in enumerate(vals):
                period = periods[i]
                if code == "cf" and "beginning" in label:
                    period = f["open"][i]
                elif code == "cf" and "end of year" in label:
                    period = f["bs"][i]
                out.add((period, Decimal(f"{Decimal(abs(v)) / 1000:.1f}") * 1_000_000 if millions else abs(v) * 1000))
    return out


def facts_of(text: str) -> set[tuple[str, int | Decimal]]:
    """What the exporter reads from ``text``: (period, absolute value) of every money fact. A
    share-of-sales column's numbers are ratio facts of their own (unit pure, exporter.understand.
    ratios), not amounts: they are left out here, and one read as money shows as an extra fact."""
    ex = extract(parse_filing(text, Path("layout.htm" if text.startswith("<html") else "layout.txt")))
    return {(f.period.key(), abs(f.value)) for f in ex.facts if f.unit != "pure"}


def expected_of(name: str) -> set[tuple[str, int | Decimal]]:
    """Every fact the layout ``name`` prints."""
    v = VARIANTS[name]
    q10 = v.get("q10")
    if isinstance(q10, dict):
        return expected_10q(int(q10.get("months", 6)), eps=bool(q10.get("eps")), nil=bool(q10.get("nil")),
                            shares=bool(q10.get("shares") or q10.get("parenthetical")),
                            bs_three=bool(q10.get("bs_three")),
                            allowance=bool(q10.get("allowance")), preferred=bool(q10.get("preferred")),
                            fiscal=fiscal if isinstance(fiscal := q10.get("fiscal"), tuple) else None)
    txt = v.get("txt")
    if isinstance(txt, dict):
        return expected_text(txt)
    k10 = v.get("k10")
    if isinstance(k10, dict):
        return expected_k10(k10)
    prt = v.get("prt")
    if isinstance(prt, dict):
        return expected_print(prt)
    three = bool(v.get("three")) or v.get("html") == "three_years"
    quarter = bool(v.get("quarter")) or v.get("html") == "quarter"
    return expected(family_of(name), quarter=quarter, three=three, sub=bool(v.get("sub")),
                    eps=bool(v.get("eps")), millions=bool(v.get("millions")))


def check(name: str) -> tuple[set[tuple[str, int | Decimal]], set[tuple[str, int | Decimal]]]:
    """(missing, extra) facts of one layout against what its family prints."""
    want = expected_of(name)
    got = facts_of(variant_text(name))
    return want - got, got - want


def concepts_of(text: str) -> dict[tuple[str, int | Decimal], set[str]]:
    """The concepts the exporter gives each (period, absolute value) of ``text``'s money facts."""
    ex = extract(parse_filing(text, Path("layout.htm" if text.startswith("<html") else "layout.txt")))
    out: dict[tuple[str, int | Decimal], set[str]] = {}
    for f in ex.facts:
        if f.unit != "pure":
            out.setdefault((f.period.key(), abs(f.value)), set()).add(f.concept)
    return out


def concept_changes(name: str) -> list[tuple[tuple[str, int | Decimal], set[str], set[str]]]:
    """A 10-Q layout's facts that lost a concept the base 10-Q layout of the same calendar gives them
    (a layout must not change what a line means): (fact, the base's concepts, this layout's)."""
    q10 = VARIANTS[name].get("q10")
    if not isinstance(q10, dict):
        return []
    calendar = (q10.get("months", 6), q10.get("fiscal"))
    base = next(n for n, v in VARIANTS.items()
                if isinstance(q := v.get("q10"), dict) and (q.get("months", 6), q.get("fiscal")) == calendar)
    want, got = concepts_of(variant_text(base)), concepts_of(variant_text(name))
    return sorted((k, want[k], got[k]) for k in want.keys() & got.keys() if not want[k] <= got[k])
