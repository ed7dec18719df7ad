"""HTML layouts of the layout-variation test bed: the statements of tests/layout_bed.py set as
the HTML tables of a 2000s filing, in the heading styles such filings use (a cell per column,
one heading spanning the columns over a row of years, the scale in the label cell of the header
row, the dates in the title)."""

from __future__ import annotations

import re
from html import escape


def _cells(values: list[str], tag: str = "td") -> str:
    return "".join(f"<{tag}>{escape(v)}</{tag}>" for v in values)


def _money(v: int) -> str:
    return f"({abs(v):,})" if v < 0 else f"{v:,}"


def _money_cells(v: int) -> str:
    """An amount as 2000s EDGAR HTML often sets it: the "$" in a cell of its own, the figure in the
    next, a negative's closing parenthesis in a third."""
    figure = f"({abs(v):,}" if v < 0 else f"{v:,}"
    return f"<td>$</td><td align='right'>{figure}</td><td>{')' if v < 0 else '&nbsp;'}</td>"


def render_html(rows_of: dict[str, list[tuple[str, tuple[int, int] | None]]], family: str, style: str,
                years: tuple[str, str], third: dict[tuple[int, int], int] | None = None,
                splits: dict[str, str] | None = None, quarter: dict[tuple[int, int], tuple[int, int]] | None = None,
                ) -> str:
    """The three statements as HTML tables; ``style``: cells | spanning | scale_cell | scale_words_cell |
    scale_dollar_cell ("$000's" in the header row's label cell) | scale_dollar_row ("($000)" in a
    row over the headings) | title_dates |
    release (an earnings release: "(in $ thousands)", the years' columns headed "FY 1997 | FY 1996"
    under a title naming the year end, subtotals ruled off by spacer rows of bordered paragraphs) |
    dollar_cells ("$", figure and ")" in cells of their own, each heading spanning three) | two_rows
    (a row of "December 31," cells over a row of years) | three_years (the income and cash-flow
    statements print a third year, from ``third``) | percent (the income statement's "Amount | %
    of Sales" per year) | minus (negatives as "-3,000") | continued (each statement over two
    tables, split at the row ``splits`` names, the second titled "(continued)") | quarter (an
    earnings release's income statement: the quarter's two columns, then the year's, from ``quarter``)
    | line_tables (each line of a statement a ``<table>`` of its own, headings too)
    | unaudited (an "(Unaudited)" row over the years) | footnoted ("1997(1)") | restated ("As
    Restated" under the prior year) | stacked (each statement's lines stacked in one row's cells, a
    ``<br>`` after each) | stacked_sections (the same, a row per section) | side_by_side (an earnings
    release's income statement and balance sheet side by side in one table, each titled and headed
    on its own, the cash-flow statement under them)."""
    y1, y2 = years
    weekly = family == "weekly"
    dates = ("January 1, 2005", "January 3, 2004") if weekly else (f"December 31, {y1}", f"December 31, {y2}")
    names = {"bs": "CONSOLIDATED BALANCE SHEETS", "is": "CONSOLIDATED STATEMENTS OF INCOME",
             "cf": "CONSOLIDATED STATEMENTS OF CASH FLOWS"}
    parts = ["<html><body><p>EXAMPLE MANUFACTURING CORPORATION</p>"]
    if style == "side_by_side":  # the income statement and the balance sheet side by side in one table
        lead_words = "Fiscal Year Ended" if weekly else "Year Ended"
        parts.append(_side_by_side(rows_of["is"], rows_of["bs"], dates, lead_words))
        rows_of = {"cf": rows_of["cf"]}
        style = "cells"
    for kind, rows in rows_of.items():
        bs = kind == "bs"
        lead = "" if bs else ("Fiscal Year Ended " if weekly else "Year Ended ")
        title = [names[kind]]
        label_cell = ""
        if style == "scale_cell":
            label_cell = "(In thousands)"
        elif style == "scale_words_cell":  # the header row's label cell, no parentheses, no "in"
            label_cell = "Thousands, Except Per Share Amounts"
        elif style == "scale_dollar_cell":  # thousands of dollars written "$000's" in the header row's label cell
            label_cell = "$000's"
        elif style == "scale_dollar_row":  # "($000)" in a row of its own over the headings
            pass
        elif style == "release":
            title.append("(in $ thousands)")
        else:
            title.append("(In thousands)")
        if style == "release":
            if not bs:
                title.insert(1, "FOR THE FISCAL YEARS ENDED DECEMBER 31")
            head = [f"<tr><td></td>{_cells([dates[0], dates[1]] if bs else [f'FY {y1}', f'FY {y2}'])}</tr>"]
        elif style == "title_dates":
            title.insert(1, ("AS OF " if bs else "FOR THE YEARS ENDED ") + f"{dates[0]} AND {dates[1]}".upper())
            head = [f"<tr><td>{label_cell}</td>{_cells([y1, y2])}</tr>"]
        elif style == "spanning":
            span = lead + ("January" if weekly else "December 31,")
            head = [f"<tr><td></td><td colspan='2'>{escape(span)}</td></tr>",
                    f"<tr><td>{label_cell}</td>{_cells([y1, y2])}</tr>"] if not weekly else \
                [f"<tr><td></td>{_cells([lead + dates[0], lead + dates[1]])}</tr>"]
        elif style == "dollar_cells":
            head = [f"<tr><td></td><td colspan='3'>{escape(lead + dates[0])}</td>"
                    f"<td colspan='3'>{escape(lead + dates[1])}</td></tr>"]
        elif style in ("unaudited", "footnoted", "restated") and not weekly:
            years_row = [f"{y1}(1)", f"{y2}(2)"] if style == "footnoted" else [y1, y2]
            extra = {"unaudited": ["(Unaudited)", ""], "restated": ["", "As Restated"]}.get(style)
            head = ([f"<tr><td></td>{_cells(['Year Ended'] * 2)}</tr>"] if not bs else []) + [
                f"<tr><td></td>{_cells(['December 31,'] * 2)}</tr>"] + (
                [f"<tr><td></td>{_cells(extra)}</tr>"] if style == "unaudited" and extra else []) + [
                f"<tr><td></td>{_cells(years_row)}</tr>"] + (
                [f"<tr><td></td>{_cells(extra)}</tr>"] if style == "restated" and extra else [])
        elif style in ("two_rows", "three_years") and not weekly:
            n = 3 if style == "three_years" and not bs else 2
            head = ([f"<tr><td></td>{_cells(['Year Ended'] * n)}</tr>"] if not bs else []) + [
                f"<tr><td></td>{_cells(['December 31,'] * n)}</tr>",
                f"<tr><td></td>{_cells([y1, y2, '1995'][:n])}</tr>"]
        else:
            head = [f"<tr><td>{label_cell}</td>{_cells([lead + dates[0], lead + dates[1]])}</tr>"]
        if style == "scale_dollar_row":
            head = ["<tr><td>($000)</td><td></td><td></td></tr>", *head]
        body = []
        for label, vals in rows:
            if style == "dollar_cells":
                cells_html = "<td></td>" * 6 if vals is None else "".join(_money_cells(v) for v in vals)
                body.append(f"<tr><td>{escape(label)}</td>{cells_html}</tr>")
                continue
            if style == "three_years" and not bs and third is not None:
                cells = ["", "", ""] if vals is None else [_money(v) for v in (*vals, third[vals])]
                body.append(f"<tr><td>{escape(label)}</td>{_cells(cells)}</tr>")
                continue
            if style == "quarter" and kind == "is" and quarter is not None:  # the quarter's columns first
                cells = [""] * 4 if vals is None else [_money(v) for v in (*quarter[vals], *vals)]
                body.append(f"<tr><td>{escape(label)}</td>{_cells(cells)}</tr>")
                continue
            if style == "percent" and kind == "is":  # a share-of-sales column after each amount
                base = next(v for _, v in rows if v is not None)
                cells = ["", "", "", ""] if vals is None else [
                    x for v, b in zip(vals, base, strict=True) for x in (_money(v), f"{v * 100 / b:.1f}%")]
                body.append(f"<tr><td>{escape(label)}</td>{_cells(cells)}</tr>")
                continue
            cells = ["", ""] if vals is None else [
                (f"-{abs(v):,}" if v < 0 else f"{v:,}") if style == "minus" else _money(v) for v in vals]
            if style == "release" and label.lower().startswith("total"):
                rule = "<td><p style='border-top:1px solid #000000'>&nbsp;</p></td>"
                body.append(f"<tr style='font-size:1px'><td></td>{rule * 2}</tr>")
            body.append(f"<tr><td>{escape(label)}</td>{_cells(cells)}</tr>")
        if style == "percent" and kind == "is":
            head = [f"<tr><td></td><td colspan='2'>{escape(lead + dates[0])}</td>"
                    f"<td colspan='2'>{escape(lead + dates[1])}</td></tr>",
                    f"<tr><td></td>{_cells(['Amount', '% of Sales', 'Amount', '% of Sales'])}</tr>"]
        if style == "quarter" and kind == "is":
            head = ["<tr><td></td><td colspan='2'>Three Months Ended December 31,</td>"
                    "<td colspan='2'>Twelve Months Ended December 31,</td></tr>",
                    f"<tr><td></td>{_cells([y1, y2, y1, y2])}</tr>"]
        if style in ("stacked", "stacked_sections"):  # lines stacked in one row's cells, a <br> after each
            groups: list[list[tuple[str, tuple[int, int] | None]]] = [[]]
            for label, vals in rows:
                if style == "stacked_sections" and vals is None and groups[-1]:
                    groups.append([])
                groups[-1].append((label, vals))
            body = ["<tr><td>" + "<br>".join(escape(label) for label, _ in g) + "</td>" + "".join(
                "<td align='right'>" + "<br>".join("&nbsp;" if v is None else _money(v[k]) for _, v in g) + "</td>"
                for k in (0, 1)) + "</tr>" for g in groups]
        blocks = [(title, body)]
        if style == "continued" and splits:  # each statement over two tables, the second "(continued)"
            at = next(i for i, (label, _) in enumerate(rows) if label == splits[kind])
            blocks = [(title, body[:at]), ([title[0] + " (continued)", *title[1:]], body[at:])]
        for block_title, block in blocks:
            parts += [f"<p>{escape(t)}</p>" for t in block_title]
            if style == "line_tables":  # each line a <table> of its own
                parts.append("".join(f"<table>{row}</table>" for row in [*head, *block]) + "<p>&nbsp;</p>")
                continue
            parts.append("<table>" + "".join(head) + "".join(block) + "</table><p>&nbsp;</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def in_pre(text: str, form: str) -> str:
    """A plain-text filing's statements as an HTML document converted from it prints them:
    ``whole`` (all the text in one ``<pre>``) or ``titled`` (each statement's block in a ``<pre>``
    of its own under its title lines set as HTML paragraphs)."""
    if form == "whole":
        return f"<html><body><pre>{escape(text)}</pre></body></html>\n"
    parts = ["<html><body>"]
    for block in text.split("<PAGE>"):
        lines = block.strip("\n").split("\n")
        # the title block: the lines down to the statement's name or its scale
        first = 1 + max((n for n, line in enumerate(lines[:10])
                         if re.search(r"CONSOLIDATED|^\s*\(in\s|thousands|millions", line, re.I)), default=-1)
        title = [line.strip() for line in lines[:first] if line.strip()]
        parts += [f"<p>{escape(t)}</p>" for t in title]
        if any(line.strip() for line in lines[first:]):
            parts.append(f"<pre>{escape(chr(10).join(lines[first:]))}</pre>")
    return "\n".join([*parts, "</body></html>"]) + "\n"


def _side_by_side(left: list[tuple[str, tuple[int, int] | None]], right: list[tuple[str, tuple[int, int] | None]],
                  dates: tuple[str, str], lead: str) -> str:
    """Two statements in one table: the income statement's title, headings and lines on the left,
    the balance sheet's on the right, a spacer column between."""
    def cells(row: tuple[str, tuple[int, int] | None] | None) -> str:
        if row is None or row[1] is None:
            return f"<td>{escape(row[0]) if row else ''}</td><td></td><td></td>"
        return f"<td>{escape(row[0])}</td>" + "".join(f"<td align='right'>{_money(v)}</td>" for v in row[1])

    rows = ["<tr><td>CONSOLIDATED STATEMENTS OF INCOME</td><td></td><td></td><td>&nbsp;</td>"
            "<td>CONSOLIDATED BALANCE SHEETS</td><td></td><td></td></tr>",
            "<tr><td>(In thousands)</td><td></td><td></td><td></td><td>(In thousands)</td><td></td><td></td></tr>",
            f"<tr><td></td>{_cells([f'{lead} {dates[0]}', f'{lead} {dates[1]}'])}<td></td><td></td>"
            f"{_cells(list(dates))}</tr>"]
    for k in range(max(len(left), len(right))):
        rows.append("<tr>" + cells(left[k] if k < len(left) else None) + "<td>&nbsp;</td>"
                    + cells(right[k] if k < len(right) else None) + "</tr>")
    return "<table>" + "".join(rows) + "</table><p>&nbsp;</p>"
