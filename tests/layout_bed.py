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
from pathlib import Path

from exporter.read.documents import parse_filing
from exporter.understand.extract import extract
from tests.layout_bed_html import render_html

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


def _num(v: int, dollar: bool = False) -> str:
    text = f"{abs(v):,}"
    text = f"({text})" if v < 0 else f"{text} "
    return ("$" + text.rjust(9)) if dollar else text.rjust(10)


def _rows(rows: list[tuple[str, tuple[int, int] | None]], *, wrap: bool = False, width: int = WIDTH,
          cols: Callable[[tuple[int, int]], list[int]] = list, dashes: bool = False) -> list[str]:
    out = []
    first = True
    for label, vals in rows:
        if vals is None:  # a heading; some filings print a nil dash in each of its columns
            out.append(label.ljust(width) + "  " + "  ".join(["-".rjust(10)] * len(cols((0, 0))))
                       if dashes else label)
            continue
        indent = "  " if not label.startswith(("Total", "Net")) else ""
        if wrap and label in WRAPPED:
            head, tail = WRAPPED[label]
            out.append(indent + head)
            label = tail.strip()
            indent += "  "
        cells = "  ".join(_num(v, dollar=first) for v in cols(vals))
        out.append((indent + label).ljust(width, ".") + "  " + cells)
        first = False
        if label.startswith("Total") or label.startswith("Net"):
            out.append(" " * width + "  " + "  ".join(["----------"] * len(cols(vals))))
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
    raise ValueError(style)


SCALES = {
    "title": ("(In thousands)", None),
    "year_row": (None, "(DOLLARS IN THOUSANDS)"),
    "wrapped": (None, "(Dollars in thousands,|except per share data)"),
    "000s_omitted": ("($000's omitted)", None),
    "000_omitted": ("(000 omitted)", None),
}


def render(family: str = "calendar", *, dates: str = "plain", scale: str = "title", tags: bool = True,
           wrap: bool = False, page_break: bool = False, entity: bool = False, html: str = "",
           dashes: bool = False, title_rule: bool = False) -> str:
    """The three statements of one family, typeset in one combination of layout traits."""
    if html:  # the HTML tables of a 2000s filing (tests/layout_bed_html.py)
        return render_html({"bs": BS, "is": IS, "cf": CF}, family, html, _years(family))
    parts = ["EXAMPLE MANUFACTURING CORPORATION", ""]
    for kind, rows in (("bs", BS), ("is", IS), ("cf", CF)):
        title, heads = _heading(kind, family, dates)
        above, in_label = SCALES[scale]
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

        body = _rows(rows, wrap=wrap, cols=cols, dashes=dashes)
        rule = " " * WIDTH + "  " + "  ".join(["----------"] * ncols)
        if kind == "bs" and page_break:
            split = next(i for i, line in enumerate(body) if line.startswith(BS[BS_SPLIT][0]))
            first, second = body[:split], body[split:]
            blocks = [(title, first), ([title[0] + " (Continued)", *title[1:]], second)]
        else:
            blocks = [(title, body)]
        for n, (t, b) in enumerate(blocks):
            if n:
                parts += ["<PAGE>", ""]
            parts += [line.center(WIDTH + 24).rstrip() for line in t]
            # a full-width rule under the title block, as EDGAR escapes a line starting with "-"
            parts += ["- " + "-" * 78] * title_rule + [""]
            if tags:
                parts += ["<TABLE>", "<CAPTION>", *heads, rule, "<S>" + " " * (WIDTH - 1) + "  <C>"
                          + "         <C>" * (ncols - 1), *b, "</TABLE>", ""]
            else:
                parts += [*heads, rule, *b, "", ""]
        parts += ["", "<PAGE>", ""]
    return "\n".join(parts) + "\n"


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
}


def variant_text(name: str) -> str:
    return render(**VARIANTS[name])  # type: ignore[arg-type]


def family_of(name: str) -> str:
    return str(VARIANTS[name].get("family", "calendar"))


def expected(family: str) -> set[tuple[str, int]]:
    """Every fact the statements print: (period, absolute value in dollars). A fact printed in two
    statements (cash at the end of the year) is one fact."""
    f = FAMILIES[family]
    out: set[tuple[str, int]] = set()
    for code, rows, periods in (("bs", BS, f["bs"]), ("is", IS, f["year"]), ("cf", CF, f["year"])):
        for label, vals in rows:
            if vals is None:
                continue
            for i, v in enumerate(vals):
                period = periods[i]
                if code == "cf" and "beginning" in label:
                    period = f["open"][i]
                elif code == "cf" and "end of year" in label:
                    period = f["bs"][i]
                out.add((period, abs(v) * 1000))
    return out


def facts_of(text: str) -> set[tuple[str, int]]:
    """What the exporter reads from ``text``: (period, absolute value) of every fact."""
    ex = extract(parse_filing(text, Path("layout.htm" if text.startswith("<html") else "layout.txt")))
    return {(f.period.key(), int(abs(f.value))) for f in ex.facts}


def check(name: str) -> tuple[set[tuple[str, int]], set[tuple[str, int]]]:
    """(missing, extra) facts of one layout against what its family prints."""
    want = expected(family_of(name))
    got = facts_of(variant_text(name))
    return want - got, got - want
