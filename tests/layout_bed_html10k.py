"""10-K layouts of the layout-variation test bed, third HTML round: the statements of
tests/layout_bed.py set as 2005-2025 filing agents set an annual report's HTML tables, with the
columns and neighbours such reports print beside the figures.

``render_k10`` takes the traits of one layout, ``expected_k10`` the facts every one prints:

- ``columns``: ``segments`` (the income statement's columns per year: two segments and their
  total), ``successor`` (a company bought on March 1, 1997: "Successor" over the period from March
  1 through December 31, 1997, "Predecessor" over January 1 through February 28, 1997 and over the
  year 1996), ``pro_forma`` (the balance sheet's latest date again, "Pro Forma (unaudited)": the
  debt converted into common stock);
- ``percent``: the income statement over three years, a "% of Revenue" column beside each amount
  (the cash-flow statement over three years too);
- ``scale_row``: "In millions, except per share amounts" in the label cell of the year row, the
  figures in millions with one decimal, and the per-share lines;
- ``equity``: the statement of stockholders' equity between the income and cash-flow statements
  (``"before"``: between the balance sheet and the income statement);
- ``supplemental``: the cash-flow statement's supplemental disclosures under its closing cash,
  ``"inline"`` in the same table; in a second table under it, ``"bare"`` with no column headings,
  ``"headed"`` repeating them (a class still open: such a table is not joined to the statement);
- ``per_share``: the per-share lines and share counts in a small table of their own right under
  the income statement: ``"bare"`` (basic and diluted) under no headings and no title, ``"years"``
  (one per-share line and the share count) under the years alone, ``"titled"`` ("Basic" and
  "Diluted") under an "Earnings per share:" line and the years;
- ``agent``: each figure in four cells (a spacer, "$", the figure, ")"), the headings spanning them;
- ``grid``: no ``<table>`` at all: each statement built of ``<div>``s, a CSS grid of one label
  column and one column per period, headings spanning columns by ``grid-column: span N``; or
  (``"contents"``, ``"stacked"``, ``"lines"``) each row wrapped in a ``display: contents`` div, each
  row a grid of its own, the cells placed by their column lines.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

SUPPLEMENTAL = [("Supplemental disclosures of cash flow information:", None),
                ("Cash paid during the year for interest", (610, 540)),
                ("Cash paid during the year for income taxes", (2_700, 1_950))]
# the pro forma balance sheet: the long-term debt converted into common stock
PRO_FORMA = {"Long-term debt": 4_000, "Common stock": 6_200, "Total stockholders' equity": 29_300}
ACQUIRED = ("1997-03-01", "1997-02-28")  # the successor's first day, the predecessor's last
CASH_AT_ACQUISITION = 10_637  # 10,210 at the start of 1997 and the predecessor's increase of 427
NAMES = {"bs": "CONSOLIDATED BALANCE SHEETS", "is": "CONSOLIDATED STATEMENTS OF INCOME",
         "cf": "CONSOLIDATED STATEMENTS OF CASH FLOWS"}


def _money(v: int | Decimal, millions: bool = False) -> str:
    text = f"{Decimal(abs(v)) / 1000:,.1f}" if millions else f"{abs(v):,}"
    return f"({text})" if v < 0 else text


def _segments(v: int) -> tuple[int, int]:
    """A line's two segments: three fifths in the first, the rest in the second."""
    first = round(v * 3 / 5)
    return first, v - first


def _successor_split(label: str, v: int) -> tuple[int, int]:
    """The year 1997 split at the acquisition: (successor, predecessor); the cash balances at either
    end of the cash-flow statement are the balances at the split."""
    if "beginning" in label:
        return CASH_AT_ACQUISITION, v
    if "end of year" in label:
        return v, CASH_AT_ACQUISITION
    return v - v // 5, v // 5


def _head_rows(kind: str, t: dict[str, object]) -> tuple[list[list[tuple[str, int]]], int]:
    """The heading rows (each a list of (text, columns spanned)) over the figure columns, and how
    many figure columns there are."""
    columns = t.get("columns")
    if kind == "is" and columns == "segments":
        return [[("Year Ended December 31,", 6)], [("1997", 3), ("1996", 3)],
                [("Industrial", 1), ("Services", 1), ("Total", 1)] * 2], 6
    if columns == "successor":
        if kind == "bs":
            return [[("Successor", 1), ("Predecessor", 1)], [("December 31, 1997", 1), ("December 31, 1996", 1)]], 2
        words = {"through": ("March 1, 1997 through December 31, 1997", "January 1, 1997 through February 28, 1997"),
                 "months": ("Ten Months Ended December 31, 1997", "Two Months Ended February 28, 1997")}.get(
            str(t.get("succ_words")), ("Period from March 1, 1997 through December 31, 1997",
                                        "Period from January 1, 1997 through February 28, 1997"))
        return [[("Successor", 1), ("Predecessor", 2)],
                [(words[0], 1), (words[1], 1), ("Year Ended December 31, 1996", 1)]], 3
    if kind == "bs" and columns == "pro_forma":
        return [[("December 31,", 1), ("Pro Forma", 1), ("December 31,", 1)],
                [("1997", 1), ("December 31, 1997", 1), ("1996", 1)], [("", 1), ("(unaudited)", 1), ("", 1)]], 3
    if kind == "is" and t.get("percent"):
        return [[("Year Ended December 31,", 6)], [("1997", 2), ("1996", 2), ("1995", 2)],
                [("Amount", 1), ("% of Revenue", 1)] * 3], 6
    if kind == "cf" and t.get("percent"):
        return [[("Year Ended December 31,", 3)], [("1997", 1), ("1996", 1), ("1995", 1)]], 3
    if kind == "bs":
        return [[("December 31,", 2)], [("1997", 1), ("1996", 1)]], 2
    return [[("Year Ended December 31,", 2)], [("1997", 1), ("1996", 1)]], 2


def _figures(kind: str, label: str, vals: tuple[int, int], t: dict[str, object], base: tuple[int, int]) -> list[str]:
    from tests.layout_bed import THIRD_YEAR

    columns, millions = t.get("columns"), bool(t.get("scale_row"))
    if kind == "is" and columns == "segments":
        return [_money(x) for v in vals for x in (*_segments(v), v)]
    if columns == "successor" and kind != "bs":
        return [_money(x) for x in (*_successor_split(label, vals[0]), vals[1])]
    if kind == "bs" and columns == "pro_forma":
        return [_money(vals[0]), _money(PRO_FORMA.get(label, vals[0])), _money(vals[1])]
    if t.get("percent") and kind != "bs":
        three = (*vals, THIRD_YEAR[vals])
        if kind == "cf":
            return [_money(v) for v in three]
        bases = (*base, THIRD_YEAR[base])
        return [x for v, b in zip(three, bases, strict=True) for x in (_money(v), f"{Decimal(v) * 100 / b:.1f}%")]
    return [_money(v, millions) for v in vals]


def _agent_cells(figure: str, first: bool) -> str:
    """A figure as filing agents set it: a spacer cell, the "$" (first line only) in a cell of its
    own, the figure without its closing parenthesis, the ")" in a third cell."""
    neg = figure.startswith("(")
    return (f"<td style='width:1%'>&nbsp;</td><td>{'$' if first and figure else ''}</td>"
            f"<td align='right'>{escape(figure[:-1] if neg else figure)}</td><td>{')' if neg else ''}</td>")


def _table_html(head: list[list[tuple[str, int]]], body: list[tuple[str, list[str] | None]], n: int,
                label_cell: str = "", agent: bool = False) -> str:
    """A statement as a ``<table>``: a cell per figure, or (``agent``) four per figure: spacer,
    "$", the figure, ")"; each heading spans the cells of its columns."""
    rows = []
    wide = 4 if agent else 1
    for i, cells in enumerate(head):
        first = escape(label_cell) if i == len(head) - 1 else ""
        rows.append(f"<tr><td>{first}</td>" + "".join(
            f"<td colspan='{span * wide}' align='center'>{escape(text)}</td>" if span * wide > 1 else
            f"<td align='center'>{escape(text)}</td>" for text, span in cells) + "</tr>")
    for k, (label, figures) in enumerate(body):
        if agent:
            cells = "".join(_agent_cells(f, k == 0) for f in (figures or [""] * n))
        else:
            cells = "".join(f"<td align='right'>{escape(f)}</td>" for f in (figures or [""] * n))
        rows.append(f"<tr><td>{escape(label)}</td>{cells}</tr>")
    return "<table>" + "".join(rows) + "</table>"


def _grid_html(head: list[list[tuple[str, int]]], body: list[tuple[str, list[str] | None]], n: int,
               agent: bool = False, form: str = "flow") -> str:
    """One statement as a CSS grid of ``<div>``s: a label column, one column per figure (``agent``:
    four, a spacer, "$", the figure and ")"). ``form``: ``flow`` (the cells the grid's children,
    headings spanning by ``grid-column: span N``), ``contents`` (each row's cells wrapped in a
    ``display: contents`` div), ``stacked`` (each row a grid of its own), ``lines`` (cells placed by
    their column lines: ``grid-column: 2 / span 4``, a heading ``1 / -1``)."""
    wide = 4 if agent else 1
    template = f"40% repeat({n}, 1% 1% minmax(0, 1fr) 1%)" if agent else f"60% repeat({n}, 1fr)"
    rows: list[list[str]] = []
    for row in head:
        cells, at = ["<div></div>"], 2
        for text, span in row:
            place = f"{at} / span {span * wide}" if form == "lines" else f"span {span * wide}"
            cells.append(f"<div style='grid-column: {place}; text-align:center'>{escape(text)}</div>")
            at += span * wide
        rows.append(cells)
    for k, (label, figures) in enumerate(body):
        if figures is None:
            rows.append([f"<div style='grid-column: {'1 / -1' if form == 'lines' else f'span {n * wide + 1}'}'>"
                         f"{escape(label)}</div>"])
            continue
        cells = [f"<div>{escape(label)}</div>"]
        for f in figures:
            if not agent:
                cells.append(f"<div style='text-align:right'>{escape(f)}</div>")
                continue
            neg = f.startswith("(")
            cells += ["<div>&nbsp;</div>", f"<div>{'$' if k == 0 else ''}</div>",
                      f"<div style='text-align:right'>{escape(f[:-1] if neg else f)}</div>",
                      f"<div>{')' if neg else ''}</div>"]
        rows.append(cells)
    grid = f"display:grid; grid-template-columns: {template}"
    if form == "stacked":
        return "<div>" + "".join(f"<div style='{grid}'>{''.join(r)}</div>" for r in rows) + "</div>"
    if form == "contents":
        return f"<div style='{grid}'>" + "".join(
            f"<div style='display: contents'>{''.join(r)}</div>" for r in rows) + "</div>"
    return f"<div style='{grid}'>" + "".join(c for r in rows for c in r) + "</div>"


def _equity_statement() -> str:
    rows = [("Balance, December 31, 1995", ("1,200", "19,100", "20,300")),
            ("Net income", ("", "3,018", "3,018")), ("Cash dividends", ("", "(1,558)", "(1,558)")),
            ("Balance, December 31, 1996", ("1,200", "20,560", "21,760")),
            ("Net income", ("", "4,290", "4,290")), ("Cash dividends", ("", "(2,055)", "(2,055)")),
            ("Stock issued under employee plans", ("", "305", "305")),
            ("Balance, December 31, 1997", ("1,200", "23,100", "24,300"))]
    head = [[("Common", 1), ("Retained", 1), ("", 1)], [("Stock", 1), ("Earnings", 1), ("Total", 1)]]
    return ("<p>CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY</p><p>(In thousands)</p>"
            + _table_html(head, [(label, list(v)) for label, v in rows], 3))


def render_k10(t: dict[str, object]) -> str:
    """The three statements of the bed's calendar family as a 10-K's HTML tables, ``t`` the traits."""
    from tests.layout_bed import BS, CF, EPS, IS

    millions = bool(t.get("scale_row"))
    parts = ["<html><body><p>EXAMPLE MANUFACTURING CORPORATION</p>"]
    for kind, rows in (("bs", BS), ("is", IS), ("cf", CF)):
        head, n = _head_rows(kind, t)
        base = next(v for _, v in rows if v is not None)
        body: list[tuple[str, list[str] | None]] = [
            (label, None if vals is None else _figures(kind, label, vals, t, base)) for label, vals in rows]
        if kind == "is" and millions:
            body += [("Earnings per share:", None)] + [
                (f"{basis}", [str(EPS[0][0]), str(EPS[1][0])]) for basis in ("Basic", "Diluted")]
        more: list[tuple[str, list[str] | None]] = []
        if kind == "cf" and t.get("supplemental"):
            more = [(label, None if v is None else [_money(x) for x in v]) for label, v in SUPPLEMENTAL]
        apart: list[tuple[str, list[str] | None]] = []
        if kind == "is" and t.get("per_share"):  # the per-share lines in a small table of their own
            per_share, shares = [str(EPS[0][0]), str(EPS[1][0])], [f"{EPS[0][1]:,}", f"{EPS[1][1]:,}"]
            apart = {"bare": [("Basic earnings per share", per_share), ("Diluted earnings per share", per_share)],
                     "years": [("Net income per share", per_share), ("Weighted average shares outstanding", shares)],
                     "titled": [("Basic", per_share), ("Diluted", per_share)]}[str(t["per_share"])]
        label_cell = "In millions, except per share amounts" if millions else ""
        parts.append(f"<p>{NAMES[kind]}</p>" + ("" if millions else "<p>(In thousands)</p>"))
        if t.get("grid") or t.get("supplemental") == "inline":
            parts.append(_grid_html(head, body + more, n, bool(t.get("agent")),
                                    "flow" if t.get("grid") is True else str(t.get("grid"))) if t.get("grid")
                         else _table_html(head, body + more, n))
        else:
            parts.append(_table_html(head, body, n, label_cell, bool(t.get("agent"))))
            if more and t.get("supplemental") == "headed":
                parts.append("<p>&nbsp;</p>" + _table_html(head, more, n))
            elif more:
                parts.append("<p>&nbsp;</p>" + _table_html([], more, n))
        if apart:
            years = [] if t.get("per_share") == "bare" else [head[-1]]
            parts.append(("<p>Earnings per share:</p>" if t.get("per_share") == "titled" else "")
                         + _table_html(years, apart, n, agent=bool(t.get("agent"))))
        parts.append("<p>&nbsp;</p>")
        if kind == ("bs" if t.get("equity") == "before" else "is") and t.get("equity"):
            parts.append(_equity_statement() + "<p>&nbsp;</p>")
    parts.append("<p>See accompanying notes.</p></body></html>")
    return "\n".join(parts) + "\n"


def expected_k10(t: dict[str, object]) -> set[tuple[str, int | Decimal]]:
    """Every fact the layout ``t`` prints: (period, absolute value in dollars)."""
    from tests.layout_bed import CF, EPS, IS, expected

    millions = bool(t.get("scale_row"))
    out = expected("calendar", three=bool(t.get("percent")), eps=False, millions=millions)
    if millions or t.get("per_share"):
        year = ("1997-01-01/1997-12-31", "1996-01-01/1996-12-31")
        out |= {(year[i], per_share) for i, (per_share, _) in enumerate(EPS)}
    if t.get("per_share") == "years":
        out |= {(year[i], shares * 1000) for i, (_, shares) in enumerate(EPS)}
    if t.get("supplemental"):
        year = ("1997-01-01/1997-12-31", "1996-01-01/1996-12-31")
        out |= {(year[i], v * 1000) for _, vals in SUPPLEMENTAL if vals for i, v in enumerate(vals)}
    if t.get("columns") == "successor":
        out = {f for f in out if not f[0].startswith("1997-01-01/")}
        successor, predecessor = f"{ACQUIRED[0]}/1997-12-31", f"1997-01-01/{ACQUIRED[1]}"
        for rows in (IS, CF):
            for label, vals in rows:
                if vals is None:
                    continue
                after, before = _successor_split(label, vals[0])
                if "beginning" in label:
                    out |= {(ACQUIRED[1], abs(after) * 1000), ("1996-12-31", abs(before) * 1000)}
                elif "end of year" in label:
                    out |= {("1997-12-31", abs(after) * 1000), (ACQUIRED[1], abs(before) * 1000)}
                else:
                    out |= {(successor, abs(after) * 1000), (predecessor, abs(before) * 1000)}
    return out
