"""10-Q layouts of the layout-variation test bed: the statements of tests/layout_bed.py set as a
2005-2025 filing agent sets a quarterly report's HTML tables.

The income statement prints two period groups, "Three Months Ended" and "Six (or Nine) Months
Ended", each over two columns; the balance sheet the quarter's end beside the last year end; the
cash-flow statement the year to date. The figures are those of tests/layout_bed.py: the year to
date takes the bed's year, the quarter the bed's fourth quarter (``IS_QUARTER``). ``render_10q``
takes the traits of one layout; ``expected_10q`` the facts every layout prints.
"""

from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal
from html import escape

# the quarter's end and the last year end; the year to date's months
_ENDS = {6: ("June 30", "2024-06-30", "2024-04-01", "2023-06-30", "2023-04-01"),
         9: ("September 30", "2024-09-30", "2024-07-01", "2023-09-30", "2023-07-01")}
_YTD_WORD = {3: "Three", 6: "Six", 9: "Nine"}
QUARTER_EPS = ((Decimal("0.37"), 3_490), (Decimal("0.26"), 3_470))
FINAL_LINES = ("Total assets", "Total liabilities and", "Net income", "Net cash", "Net increase")
ALLOWANCE_LINE = "Accounts receivable, net of allowances of $125 and $110"
PREFERRED_LINE = "Preferred stock, $0.001 par value; 5,000 shares authorized; none issued"
NIL_LINE = "Restructuring charges"  # a line printed with a nil dash in every column
SHARES_LINE = ("Common stock, $0.01 par value; 10,000 shares authorized; 3,500 and 3,480 shares issued "
               "and outstanding")


WEEKS = 26  # ``months`` 26: a retailer's 13 and 26 weeks ended the Saturday nearest June 30


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _start(end: date, months: int) -> str:
    """The first day of the ``months`` ending with ``end``'s month."""
    y, m = end.year, end.month - months + 1
    while m <= 0:
        y, m = y - 1, m + 12
    return date(y, m, 1).isoformat()


def _fiscal_periods(months: int, fiscal: tuple[str, str]) -> dict[str, tuple[str, ...]]:
    """The periods of a quarter ending ``fiscal[0]`` of a fiscal year that began after ``fiscal[1]``."""
    end, year_end = date.fromisoformat(fiscal[0]), date.fromisoformat(fiscal[1])
    prior, prior_year_end = _month_end(end.year - 1, end.month), _month_end(year_end.year - 1, year_end.month)
    return {"bs": (end.isoformat(), year_end.isoformat()),
            "quarter": (f"{_start(end, 3)}/{end}", f"{_start(prior, 3)}/{prior}"),
            "ytd": (f"{_start(end, months)}/{end}", f"{_start(prior, months)}/{prior}"),
            "open": (year_end.isoformat(), prior_year_end.isoformat()), "close": (end.isoformat(), prior.isoformat())}


def _periods(months: int, fiscal: tuple[str, str] | None = None) -> dict[str, tuple[str, ...]]:
    if fiscal is not None:
        return _fiscal_periods(months, fiscal)
    if months == WEEKS:
        return {"bs": ("2024-06-29", "2023-12-30"),
                "quarter": ("2024-03-31/2024-06-29", "2023-04-02/2023-07-01"),
                "ytd": ("2023-12-31/2024-06-29", "2023-01-01/2023-07-01"),
                "open": ("2023-12-30", "2022-12-31"), "close": ("2024-06-29", "2023-07-01")}
    _, end, q_start, prior_end, prior_q_start = _ENDS[months]
    return {"bs": (end, "2023-12-31"),
            "quarter": (f"{q_start}/{end}", f"{prior_q_start}/{prior_end}"),
            "ytd": (f"2024-01-01/{end}", f"2023-01-01/{prior_end}"),
            "open": ("2023-12-31", "2022-12-31"), "close": (end, prior_end)}


def _dates(months: int, style: str = "", fiscal: tuple[str, str] | None = None) -> tuple[str, str, str]:
    """The printed dates: the quarter's end this year and last year, and the last year end;
    ``style`` abbrev ("Jun. 30, 2024") or numeric ("6/30/2024")."""
    if fiscal is not None:
        p = _fiscal_periods(months, fiscal)
        return tuple(f"{d:%B} {d.day}, {d.year}" for d in map(  # type: ignore[return-value]
            date.fromisoformat, (p["close"][0], p["close"][1], p["bs"][1])))
    if months == WEEKS:
        return "June 29, 2024", "July 1, 2023", "December 30, 2023"
    md = _ENDS[months][0]
    out = (f"{md}, 2024", f"{md}, 2023", "December 31, 2023")
    if style == "abbrev":
        return tuple(d[:3] + "." + d[d.index(" "):] for d in out)  # type: ignore[return-value]
    if style == "numeric":
        return tuple(f"{int(e[5:7])}/{int(e[8:10])}/{e[:4]}" for e in (  # type: ignore[return-value]
            _ENDS[months][1], _ENDS[months][3], "2023-12-31"))
    return out


def _groups(kind: str, months: int, sup: str = "", ended: str = " Ended") -> list[str]:
    if months == WEEKS:
        names = ["Thirteen Weeks", "Twenty-Six Weeks"]
    else:
        names = ["Three Months", f"{_YTD_WORD[months]} Months"]
    if months == 3:  # a first quarter: the quarter is the year to date
        return [names[0] + ended + (sup if kind == "is" else "")]
    names = [names[0] + ended + sup, names[1] + ended] if kind == "is" else [names[1] + ended]
    return names


def expected_10q(months: int, eps: bool = False, nil: bool = False, shares: bool = False,
                 bs_three: bool = False, allowance: bool = False, preferred: bool = False,
                 fiscal: tuple[str, str] | None = None) -> set[tuple[str, int | Decimal]]:
    """Every fact a 10-Q layout prints: (period, absolute value in dollars or shares)."""
    from tests.layout_bed import BS, CF, EPS, IS, IS_QUARTER

    p = _periods(months, fiscal)
    out: set[tuple[str, int | Decimal]] = set()
    for _, vals in BS:
        if vals is not None:
            out |= {(p["bs"][i], abs(v) * 1000) for i, v in enumerate(vals)}
            if bs_three:  # the balance sheet a year before, printed as at the last year end
                out.add((p["close"][1], abs(vals[1]) * 1000))
    for _, vals in IS:
        if vals is not None:
            out |= {(p["ytd"][i], abs(v) * 1000) for i, v in enumerate(vals)}
            if months != 3:  # a first quarter prints the year's figures as its quarter's
                out |= {(p["quarter"][i], abs(v) * 1000) for i, v in enumerate(IS_QUARTER[vals])}
    for label, vals in CF:
        if vals is not None:
            key = "open" if "beginning" in label else "close" if "end of" in label else "ytd"
            out |= {(p[key][i], abs(v) * 1000) for i, v in enumerate(vals)}
    if eps:
        for key, pairs in (("ytd", EPS), ("quarter", QUARTER_EPS)):
            for i, (per_share, count) in enumerate(pairs):
                out |= {(p[key][i], per_share), (p[key][i], count * 1000)}
    if nil:
        out |= {(p[key][i], 0) for key in ("quarter", "ytd") for i in range(2)}
    if shares:  # the par value and share counts the equity line's label states (in thousands)
        out |= {(p["bs"][0], 10_000_000), (p["bs"][1], 10_000_000), (p["bs"][0], 3_500_000),
                (p["bs"][0], Decimal("0.01")), (p["bs"][1], Decimal("0.01")),
                (p["bs"][1], 3_480_000)}
    if allowance:  # "net of allowances of $125 and $110"
        out |= {(p["bs"][0], 125_000), (p["bs"][1], 110_000)}
    if preferred:  # "$0.001 par value; 5,000 shares authorized; none issued", nil figures
        out |= {(p["bs"][i], x) for i in range(2) for x in (Decimal("0.001"), 5_000_000, 0)}
    return out


def _label_text(label: str, sup: bool, plain: bool = False) -> str:
    """A label, a footnote mark after some: in a superscript, or in plain text ("Net sales (1)")."""
    text = escape(label)
    if label in ("Income taxes", "Cash and cash equivalents", "Net sales"):
        text += "<sup>(1)</sup>" if sup else " (1)" if plain else ""
    return text


def _figure(v: int | Decimal | None, t: dict[str, object], total: bool) -> list[str]:
    """The cells of one printed amount: "$", figure and ")" in cells of their own or not, nested in
    styling elements, a total's rule in the figure cells only."""
    rule = " style='border-top:1px solid #000000'" if total and t.get("rules") else ""
    nil = str(t.get("nil", "&#8212;"))
    if v is None:
        text = ""
    elif v == 0:
        text = nil
    elif isinstance(v, Decimal):
        text = f"{v}"
    else:
        text = f"({abs(v):,}" if v < 0 and t.get("paren") else f"({abs(v):,})" if v < 0 else f"{v:,}"
    if t.get("unicode_minus") and isinstance(v, int) and v < 0:  # "−1,055" (a minus sign)
        text = f"\u2212{abs(v):,}"
    if t.get("no_commas"):  # small filers' figures without thousands separators
        text = text.replace(",", "")
    if text and text != nil and t.get("dollar_inline") and (t.get("_first") or total):
        text = "$&#160;" + text
    if text and text != nil and t.get("nested"):
        text = (f"<div style='text-align:right'><font style='font-family:Times New Roman;font-size:10pt'>"
                f"<span style='color:#000000'>{text}</span></font></div>")
    pad = "&#160;" if t.get("nbsp") else ""
    cells = []
    dollar = v is not None and (t.get("_first") or (total and t.get("dollar_totals")))
    if t.get("dollar") and t.get("paren_in_dollar") and isinstance(v, int) and v < 0:
        text = text.replace("(", "")  # the opening parenthesis in the "$" cell: "$ (" | "1,055" | ")"
        cells.append(f"<td{rule}>{'$&#160;(' if dollar else '('}</td>")
    elif t.get("dollar") and t.get("merged") and not dollar:  # the figure's cell spans the bare "$" cell
        negative = isinstance(v, int) and v < 0
        span = 2 + (bool(t.get("paren")) and not negative)
        cells.append(f"<td colspan='{span}' align='right'{rule}>{text or pad}</td>")
        if t.get("paren") and negative:
            cells.append(f"<td{rule}>)</td>")
        if t.get("spacer"):
            cells.append(f"<td style='width:1%'>{pad}</td>")
        return cells
    elif t.get("dollar"):
        cells.append(f"<td{rule}>{'$' if dollar else pad}</td>")
    cells.append(f"<td align='right'{rule}>{text or pad}</td>")
    if t.get("paren"):
        cells.append(f"<td{rule}>{')' if isinstance(v, int) and v < 0 else pad}</td>")
    if t.get("spacer"):
        cells.append(f"<td style='width:1%'>{pad}</td>")
    return cells


def first_total_row(body: list[str]) -> bool:
    """No figure row printed yet (a total right under the headings needs no rule over it)."""
    return not any("align='right'>" in r and "align='right'></td>" not in r for r in body)


def _money_text(v: int | Decimal) -> str:
    return f"({abs(v):,})" if v < 0 else f"{v:,}"


def _width(t: dict[str, object]) -> int:
    return 1 + bool(t.get("dollar")) + bool(t.get("paren")) + bool(t.get("spacer"))


def _header(kind: str, t: dict[str, object], scale_text: str) -> list[str]:
    """The column-heading rows of one statement."""
    months = int(str(t.get("months", 6)))
    fiscal = t.get("fiscal")
    now, then, year_end = _dates(months, str(t.get("date_style", "")), fiscal if isinstance(fiscal, tuple) else None)
    md = now.split(",")[0]
    w = _width(t)
    tag = "th" if t.get("th") else "td"
    sup = "<sup>(2)</sup>" if t.get("sup") else ""
    label_cell = f"<td>{escape(scale_text)}</td>" if t.get("scale") == "label_cell" else "<td></td>"
    if kind == "bs" and t.get("assets_header"):
        label_cell = "<td>ASSETS</td>"
    if t.get("label_colspan"):  # the label column three grid columns wide
        label_cell = label_cell.replace("<td>", "<td colspan='3'>")

    def row(texts: list[str], span: int = 1, label: str = "<td></td>") -> str:
        if t.get("label_colspan"):
            label = label.replace("<td>", "<td colspan='3'>").replace("<td></td>", "<td colspan='3'></td>")
        if t.get("hr_in_header"):  # each heading underlined by a rule inside its cell
            texts = [f"<font size='1'><b>{x}</b></font><hr size='1' noshade/>" if x else x for x in texts]
        if t.get("note_column"):  # a "Note" column between the labels and the figures
            label += "<td>Note</td>" if texts and texts[0] in ("2024", now) else "<td></td>"
        if t.get("offset_header") and t.get("dollar") and label == "<td></td>":
            # the label's heading cell also covers the first column's "$" cell
            first, *rest = texts
            return ("<tr><td colspan='2'></td>" + f"<{tag} colspan='{span * w - 1}' align='center'>{first}</{tag}>"
                    + "".join(f"<{tag} colspan='{span * w}' align='center'>{x}</{tag}>" for x in rest) + "</tr>")
        if t.get("narrow_header") and span == 1:  # over the figure cell only, the "$" and ")" cells bare
            before, after = "<td></td>" * bool(t.get("dollar")), "<td></td>" * (w - 1 - bool(t.get("dollar")))
            cells = "".join(f"{before}<{tag} align='center'>{x}</{tag}>{after}" for x in texts)
            return f"<tr>{label}{cells}</tr>"
        return "<tr>" + label + "".join(f"<{tag} colspan='{span * w}' align='center'>{x}</{tag}>"
                                        for x in texts) + "</tr>"

    if kind == "bs":
        if t.get("bs_three"):  # the balance sheet a year before beside the last year end's
            return [row([f"{md},", "December 31,", f"{md},"]), row(["2024", "2023", "2023"], label=label_cell)]
        if t.get("reverse"):
            return [row(["December 31,", f"{md},"]), row(["2023", "2024"], label=label_cell)]
        if t.get("bs_unaudited"):
            return [row([f"{now}<br/>(Unaudited)", year_end], label=label_cell)]
        if t.get("bs_unaudited_row"):
            return [row([now, year_end], label=label_cell), row(["(Unaudited)", ""])]
        if t.get("title_periods"):
            return [row(["2024", "2023"], label=label_cell)]
        if t.get("bs_br"):  # "June 30,<br>2024" in one cell
            return [row([f"{md},<br/>2024", "December 31,<br/>2023"], label=label_cell)]
        if months == WEEKS or t.get("br_headers") or t.get("date_style") or t.get("fiscal"):
            return [row([now, year_end], label=label_cell)]
        return [row([f"{md},", "December 31,"]), row(["2024", "2023"], label=label_cell)]
    if t.get("no_length"):  # a first quarter's columns headed by their end dates alone, no length printed
        return [row([now, then], label=label_cell)]
    groups = _groups(kind, months, sup)
    words = t.get("group_words")
    if isinstance(words, tuple):  # other wordings of the two groups: "Quarter Ended", "3 Months Ended"
        groups = list(words) if kind == "is" else [words[1]]
    if isinstance(t.get("_group"), int):  # one group of a statement printed in two tables
        groups = [groups[int(str(t["_group"]))]]
    n = len(groups)
    head = str(t.get("head", "groups"))
    cells = t.get("column_words")
    if isinstance(cells, tuple):  # one heading per column: "Q2 2024 | Q2 2023 | YTD 2024 | YTD 2023"
        cf_cells = t.get("cf_column_words")  # the cash-flow statement's own, where they differ
        return [row(list(cells) if kind == "is" else list(cf_cells if isinstance(cf_cells, tuple) else cells[2:]),
                    label=label_cell)]
    if t.get("change_columns") and kind == "is":  # a "% Change" column after each group's years
        if t.get("change_columns") == "amount":  # "$ Change" before it
            return ["<tr><td></td>" + "".join(f"<td colspan='{2 * w}' align='center'>{g} {md},</td><td></td><td></td>"
                                              for g in groups) + "</tr>",
                    "<tr><td></td>" + "".join(f"<td colspan='{w}'>2024</td><td colspan='{w}'>2023</td><td>$ Change</td>"
                                              "<td>% Change</td>" for _ in groups) + "</tr>"]
        return ["<tr><td></td>" + "".join(f"<td colspan='{2 * w}' align='center'>{g} {md},</td><td></td>"
                                          for g in groups) + "</tr>",
                "<tr><td></td>" + "".join(f"<td colspan='{w}'>2024</td><td colspan='{w}'>2023</td><td>% Change</td>"
                                          for _ in groups) + "</tr>"]
    if t.get("reverse"):  # the earlier year first in each group
        return [row([f"{g} {md}," for g in groups], 2), row(["2023", "2024"] * n, label=label_cell)]
    if t.get("plain_marks"):  # a plain footnote mark after the prior year: "2023 (2)"
        return [row([f"{g} {md}," for g in groups], 2), row(["2024", "2023 (2)"] * n, label=label_cell)]
    if t.get("title_periods"):  # "Three Months" over the years, the end dates in the title
        return [row(_groups(kind, months, sup, ended=""), 2), row(["2024", "2023"] * n, label=label_cell)]
    if t.get("br_headers"):  # one cell per column: "Three Months Ended<br>June 30, 2024"
        return [row([f"{g}<br/>{d}" for g in groups for d in (now, then)], label=label_cell)]
    if months == WEEKS or head == "md_under_year" or t.get("fiscal"):  # the group, then a full date under each column
        return [row(groups, 2), row([now, then] * n, label=label_cell)]
    if head == "groups":  # "Three Months Ended June 30," spanning its years
        return [row([f"{g} {md}," for g in groups], 2), row(["2024", "2023"] * n, label=label_cell)]
    if head == "md_spans_all":  # the groups, then one "June 30," over all their columns, then the years
        return [row(groups, 2), row([f"{md},"], 2 * n), row(["2024", "2023"] * n, label=label_cell)]
    if head == "label_heading" and n == 1:  # the period in the label cell of the year row
        return [row(["2024", "2023"], label=f"<td>{groups[0]} {md},</td>")]
    if head == "label_heading":
        return [row(groups, 2), row(["2024", "2023"] * n, label=label_cell)]
    if head == "md_each":  # the group, then "June 30," over each of its columns, then the years
        return [row(groups, 2), row([f"{md},"] * 2 * n), row(["2024", "2023"] * n, label=label_cell)]
    if head == "groups_md":  # the group, then "June 30," under it, then the years
        return [row(groups, 2), row([f"{md},"] * n, 2), row(["2024", "2023"] * n, label=label_cell)]
    if head == "rowspan":  # the label column's heading cell spans the heading rows
        cell = f"<td rowspan='3' valign='bottom'>{escape(scale_text) if t.get('scale') == 'label_cell' else ''}</td>"
        return [row(groups, 2, label=cell), row([f"{md},"] * n, 2, label=""), row(["2024", "2023"] * n, label="")]
    raise ValueError(head)


def _side_by_side(body: list[str], now: str, year_end: str) -> tuple[list[str], list[str]]:
    """A balance sheet's rows set in two halves of one table: the assets on the left, the
    liabilities and equity on the right, each half under the same two dates."""
    from tests.layout_bed import BS_SPLIT

    left, right = body[:BS_SPLIT], body[BS_SPLIT:]
    inner = [r.removeprefix("<tr>").removesuffix("</tr>") for r in (left, right)[0]], \
        [r.removeprefix("<tr>").removesuffix("</tr>") for r in right]
    empty = "<td></td>" * 3
    rows = [f"<tr>{a}<td style='width:2%'></td>{b}</tr>" for a, b in zip(
        inner[0] + [empty] * (len(inner[1]) - len(inner[0])), inner[1], strict=True)]
    head = [f"<tr><td>ASSETS</td><td>{now}</td><td>{year_end}</td><td></td>"
            f"<td>LIABILITIES AND STOCKHOLDERS' EQUITY</td><td>{now}</td><td>{year_end}</td></tr>"]
    return head, rows


def _parenthetical(head: list[str]) -> str:
    """The balance sheet's parenthetical table: the par value and share counts its equity lines
    leave out, under the balance sheet's column headings."""
    rows = [("Common stock, par value (in dollars per share)", "$0.01", "$0.01"),
            ("Common stock, shares authorized", "10,000", "10,000"),
            ("Common stock, shares issued and outstanding", "3,500", "3,480")]
    return ("<p>CONDENSED CONSOLIDATED BALANCE SHEETS (Parenthetical)</p><p>(In thousands, except par value)</p>"
            "<table>" + "".join(head) + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
            + "</table>")


def _contents() -> str:
    """A 10-Q's table of contents: the statements' names beside page numbers."""
    items = [("PART I. FINANCIAL INFORMATION", ""), ("Item 1. Financial Statements", ""),
             ("Condensed Consolidated Balance Sheets", "3"), ("Condensed Consolidated Statements of Operations", "4"),
             ("Condensed Consolidated Statements of Stockholders' Equity", "5"),
             ("Condensed Consolidated Statements of Cash Flows", "6"),
             ("Notes to Condensed Consolidated Financial Statements", "7"),
             ("Item 2. Management's Discussion and Analysis", "12"), ("Item 4. Controls and Procedures", "18")]
    return "<p>TABLE OF CONTENTS</p><table>" + "".join(
        f"<tr><td>{escape(a)}</td><td align='right'>{b}</td></tr>" for a, b in items) + "</table>"


def _equity_statement(now: str) -> str:
    """The statement of stockholders' equity a 10-Q prints between the income and cash-flow
    statements: recognised, not exported."""
    rows = [("Balance at December 31, 2023", "3,480", "1,200", "20,560", "21,760"),
            ("Net income", "", "", "4,290", "4,290"), ("Dividends declared", "", "", "(2,055)", "(2,055)"),
            ("Issuance of common stock under employee plans", "20", "", "305", "305"),
            (f"Balance at {now}", "3,500", "1,200", "23,100", "24,300")]
    head = ("<tr><td></td><td colspan='2'>Common Stock</td><td>Retained</td><td>Total</td></tr>"
            "<tr><td></td><td>Shares</td><td>Amount</td><td>Earnings</td><td>Equity</td></tr>")
    return ("<p>CONDENSED CONSOLIDATED STATEMENTS OF STOCKHOLDERS' EQUITY</p><p>(In thousands)</p><table>" + head
            + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows) + "</table>")


def _comprehensive_statement(now: str, t: dict[str, object]) -> str:
    """The statement of comprehensive income after the income statement, headed as it is: net
    income, the other comprehensive income, the total. Recognised, not exported."""
    md = now.split(",")[0]
    head = (f"<tr><td></td><td colspan='2'>Three Months Ended {md},</td><td colspan='2'>Six Months Ended {md},</td>"
            "</tr><tr><td></td><td>2024</td><td>2023</td><td>2024</td><td>2023</td></tr>")
    rows = [("Net income", "1,290", "900", "4,290", "3,018"),
            ("Other comprehensive income (loss):", "", "", "", ""),
            ("Foreign currency translation adjustments", "(115)", "240", "(335)", "410"),
            ("Unrealized gain on securities, net of tax", "15", "25", "35", "45"),
            ("Other comprehensive income (loss)", "(100)", "265", "(300)", "455"),
            ("Comprehensive income", "1,190", "1,165", "3,990", "3,473")]
    return ("<p>CONDENSED CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME</p><p>(In thousands)</p>"
            "<table>" + head + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>"
                                       for r in rows) + "</table>")


def _notes_and_discussion(now: str) -> str:
    """A note's segment table and the discussion's table of results as shares of sales, both
    headed like the income statement: neither is a statement."""
    md = now.split(",")[0]
    head = (f"<tr><td></td><td colspan='2'>Three Months Ended {md},</td><td colspan='2'>Six Months Ended {md},</td>"
            "</tr><tr><td></td><td>2024</td><td>2023</td><td>2024</td><td>2023</td></tr>")
    segments = [("Net sales:", "", "", "", ""), ("Industrial", "16,000", "15,000", "61,000", "57,000"),
                ("Consumer", "10,100", "9,050", "37,450", "34,230"), ("Total net sales", "26,100", "24,050", "98,450",
                                                                      "91,230"),
                ("Operating income:", "", "", "", ""), ("Industrial", "1,400", "1,000", "4,600", "3,300"),
                ("Consumer", "750", "500", "2,550", "1,730"), ("Total operating income", "2,150", "1,500", "7,150",
                                                               "5,030")]
    shares = [("Net sales", "100.0%", "100.0%", "100.0%", "100.0%"), ("Cost of sales", "62.3", "63.6", "62.2", "63.4"),
              ("Selling, general and administrative expenses", "29.5", "30.1", "30.6", "31.1"),
              ("Operating income", "8.2", "6.2", "7.3", "5.5")]

    def table(rows: list[tuple[str, ...]]) -> str:
        return "<table>" + head + "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>"
                                          for r in rows) + "</table>"

    return ("<p>NOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS (Unaudited)</p><p>Note 5. Segment Information"
            "</p><p>The Company has two reportable segments. (In thousands)</p>" + table(segments)
            + "<p>Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations</p>"
            "<p>Results of Operations</p><p>The following table sets forth items of our condensed consolidated "
            "statements of operations as a percentage of net sales:</p>" + table(shares))


def render_10q(t: dict[str, object]) -> str:
    """A 10-Q's three statements as HTML tables, in the traits ``t``: months (6 | 9), head (groups |
    groups_md | md_under_year | rowspan), dollar / paren ("$" and ")" in cells of their own), spacer
    (an empty cell after every figure column), nbsp (padding cells hold "&#160;"), nested (figures in
    div/font/span), nil (a line of nil dashes, the dash given), sup (footnote superscripts in labels
    and headings), page_break (repeat | continued: each statement over two tables, the header
    repeated), title (p | row | div), scale (title | row | label_cell), unaudited (an "(Unaudited)"
    line under each title), bs_unaudited ("June 30, 2024 (Unaudited)" over the balance sheet's
    column), padding (labels indented by padding-left, headings without a colon), rules (totals bold
    with a border-top in the figure cells), eps (per-share lines), shares (the equity's share line);
    months 26 (13 and 26 weeks), th, dollar_inline ("$&#160;12,345"), wrap_rows (a long label's first
    line in a row of its own), indent_p (margin-indented paragraphs, totals deeper), blank_subtotals,
    commitments (a line without figures), narrow_header (a heading over the figure cell only),
    br_headers, title_periods (the dates in the titles), assets_header, mid_header (the dates repeated
    over the liabilities), bs_unaudited_row, heading_spans_row, blank_rows, offset_header,
    change_columns ("% Change"), plain_marks ("Net sales (1)", "2023 (2)"), group_words (the two
    groups' wording), column_words (one heading per column), date_style (abbrev | numeric),
    title_line (a line under the income and cash-flow statements' titles), dollar_totals / paren_in_dollar
    ("$" on totals too; "$ (" in the "$" cell), reverse (the earlier year first), bs_three (the
    balance sheet a year before as a third column), note_column, basic_diluted, ci_title, allowance,
    preferred, surroundings, comprehensive, other_names, bs_br, label_colspan, width_row, hr_in_header,
    hr_rows, fiscal ((quarter end, last year end)), scale_words, merged (figure cells spanning the bare
    "$" cells), side_by_side, footnote_rows, stacked (the quarter's income statement, then the year to
    date's, as two tables; "one_table": in one table, the year to date under its own headings),
    no_length (a first quarter's income and cash-flow columns headed by their end dates alone)."""
    from tests.layout_bed import BS, CF, EPS, IS, IS_QUARTER, NOTE_REFS, SPLITS, WRAPPED

    months = int(str(t.get("months", 6)))
    fiscal = t.get("fiscal")
    now, then, year_end = _dates(months, str(t.get("date_style", "")), fiscal if isinstance(fiscal, tuple) else None)
    names = {"bs": "CONDENSED CONSOLIDATED BALANCE SHEETS",
             "is": "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
             "cf": "CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS"}
    scale_text = "(In thousands, except per share data)" if t.get("eps") else "(In thousands)"
    if t.get("scale_words"):
        scale_text = str(t["scale_words"])
    rows_of: dict[str, list[tuple[str, tuple[int, int] | None]]] = {"bs": list(BS), "is": list(IS), "cf": list(CF)}
    if t.get("nil"):
        at = next(i for i, (label, _) in enumerate(IS) if label == "Operating income")
        rows_of["is"].insert(at, (NIL_LINE, (0, 0)))
    if t.get("shares"):
        rows_of["bs"] = [(SHARES_LINE, vals) if label == "Common stock" else (label, vals) for label, vals in BS]
    if t.get("allowance"):
        rows_of["bs"] = [(ALLOWANCE_LINE, vals) if label == "Accounts receivable" else (label, vals)
                         for label, vals in rows_of["bs"]]
    if t.get("preferred"):
        at = next(i for i, (label, _) in enumerate(rows_of["bs"]) if label.startswith("Common stock"))
        rows_of["bs"].insert(at, (PREFERRED_LINE, (0, 0)))
    parts = ["<html><body>", "<div style='text-align:center'><p><b>EXAMPLE MANUFACTURING CORPORATION</b></p>"
             "<p>FORM 10-Q</p></div>", f"<p>For the quarterly period ended {now}</p>"]
    if t.get("surroundings"):
        parts.append(_contents())
    statements: list[tuple[str, list[tuple[str, tuple[int, int] | None]], int | None]] = [
        (kind, rows, None) for kind, rows in rows_of.items()]
    if t.get("stacked"):  # the quarter's income statement, then the year to date's, as two tables
        statements[1:2] = [("is", rows_of["is"], 0), ("is", rows_of["is"], 1)]
    for kind, rows, group in statements:
        if kind == "cf" and t.get("surroundings"):
            parts.append(_equity_statement(now))
        if kind == "cf" and t.get("comprehensive"):
            parts.append(_comprehensive_statement(now, t))
        head = _header(kind, {**t, "_group": group}, scale_text)
        ncols = 4 if kind == "is" and months != 3 else 3 if kind == "bs" and t.get("bs_three") else 2
        if group is not None:
            ncols = 2
        span = 1 + ncols * _width(t) + bool(t.get("note_column"))
        titles = [names[kind]]
        if t.get("other_names"):
            titles = [{"bs": "CONDENSED CONSOLIDATED STATEMENTS OF FINANCIAL POSITION",
                       "is": "CONDENSED CONSOLIDATED STATEMENTS OF EARNINGS",
                       "cf": "CONDENSED STATEMENTS OF CONSOLIDATED CASH FLOWS"}[kind]]
        if kind == "is" and t.get("ci_title"):
            titles = ["CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS AND COMPREHENSIVE INCOME"]
        if t.get("unaudited"):
            titles.append("(Unaudited)")
        if t.get("title_line") and kind != "bs":  # the periods' end in a line of the title
            titles.append(str(t["title_line"]))
        if t.get("title_periods"):  # the dates in the title, the columns headed by years
            lasting = " AND ".join(g.upper() for g in _groups(kind, months, ended=""))
            titles.append(f"{now.upper()} AND {year_end.upper()}" if kind == "bs" else
                          f"FOR THE {lasting} ENDED {now.split(',')[0].upper()}, 2024 AND 2023")
        if t.get("scale", "title") == "title":
            titles.append(scale_text)
        body: list[str] = []
        blank = " " * ncols
        if t.get("width_row"):  # a first row of empty cells that only sets the columns' widths
            body.append("<tr style='height:0'><td style='width:55%'></td>" + "".join(
                "<td style='width:1%'></td>" * (_width(t) - 1) + "<td style='width:9%'></td>" for _ in blank)
                        + "</tr>")
        if t.get("scale") == "row":
            body.append(f"<tr><td colspan='{span}'>{escape(scale_text)}</td></tr>")
        first = True
        for label, vals in rows:
            total = label.startswith(("Total", "Net ")) and vals is not None
            heading = vals is None
            if kind == "bs" and label == "Current liabilities:" and t.get("mid_header"):
                # the dates repeated over the liabilities side
                body.append("<tr><td>LIABILITIES AND STOCKHOLDERS' EQUITY</td>"
                            + "".join(f"<td colspan='{_width(t)}' align='center'>{d}</td>" for d in (now, year_end))
                            + "</tr>")
            if kind == "bs" and label == "Stockholders' equity:" and t.get("commitments"):
                body.append("<tr><td>Commitments and contingencies (Note 8)</td>"
                            + "".join(_figure(None, t, False) * 2) + "</tr>")
            if t.get("wrap_rows") and label in WRAPPED:  # the label's first line in a row of its own
                head_part, tail = WRAPPED[label]
                body.append(f"<tr><td>{escape(head_part)}</td>" + "".join(
                    c for _ in blank for c in _figure(None, t, False)) + "</tr>")
                label = tail.strip()
            text = label.rstrip(":") if (t.get("padding") or t.get("indent_p")) and heading else label
            indent = 0 if heading or total else 12
            style = f" style='padding-left:{indent}pt'" if t.get("padding") and indent else ""
            lead = "" if t.get("padding") or t.get("indent_p") or heading or total else "&#160;&#160;"
            bold = total and t.get("rules")
            cell_text = _label_text(text, bool(t.get("sup")), bool(t.get("plain_marks")))
            cell_text = f"<b>{cell_text}</b>" if bold else cell_text
            if t.get("blank_subtotals") and label.startswith("Total ") and not label.startswith(FINAL_LINES):
                cell_text = ""
            if t.get("indent_p"):  # the label in a paragraph set in by its margin, totals set in deeper
                margin = 0 if heading else 24 if total else 12
                cell_text = f"<p style='margin-left:{margin}pt;text-indent:-6pt'>{cell_text}</p>"
            if heading and t.get("heading_spans_row"):  # the heading's cell runs across the figures
                body.append(f"<tr><td colspan='{span}'>{cell_text}</td></tr>")
                continue
            if heading:
                cells = []
                for _ in range(ncols):
                    cells += _figure(None, t, False)
                if t.get("change_columns") and kind == "is":
                    gap = ["<td></td>"] * (2 if t.get("change_columns") == "amount" else 1)
                    cells = cells[:len(cells) // 2] + gap + cells[len(cells) // 2:] + gap
            else:
                assert vals is not None
                quarter: tuple[int | Decimal, ...] = IS_QUARTER.get(vals, (0, 0)) if kind == "is" and months != 3 \
                    else ()
                figures: tuple[int | Decimal, ...] = (*quarter, *vals)
                if group is not None:
                    figures = figures[2 * group:2 * group + 2]
                if kind == "bs" and t.get("bs_three"):
                    figures = (*vals, vals[1])
                if t.get("reverse"):  # the earlier year first in each pair
                    figures = tuple(x for i in range(0, len(figures), 2) for x in (figures[i + 1], figures[i]))
                cells = []
                for i, v in enumerate(figures):
                    cells += _figure(v, {**t, "_first": first}, total)
                    if t.get("change_columns") and kind == "is" and i % 2:
                        a, b = figures[i - 1], v
                        if t.get("change_columns") == "amount":
                            cells.append(f"<td align='right'>{_money_text(a - b)}</td>")
                        cells.append(f"<td align='right'>{(a - b) * 100 / b:.1f}%</td>" if b else "<td>n/m</td>")
                first = False
            note = NOTE_REFS.get(label, "") if t.get("note_column") else None
            note_cell = "" if note is None else f"<td align='center'>{note}</td>"
            if total and t.get("hr_rows") and not first_total_row(body):  # a rule row over each total
                body.append("<tr><td></td>" + "".join(
                    "<td><hr size='1' noshade/></td>" if "align='right'" in c else "<td></td>"
                    for c in cells if c.startswith("<td")) + "</tr>")
            if t.get("label_colspan"):
                style += " colspan='3'"
            tag = "th scope='row' style='text-align:left;font-weight:normal'" if t.get("th_labels") else "td"
            body.append(f"<tr><{tag}{style}>{lead}{cell_text}</{tag.split()[0]}>{note_cell}{''.join(cells)}</tr>")
            if t.get("blank_rows") and total:  # an empty row after every total
                body.append(f"<tr><td colspan='{span}'>&#160;</td></tr>")
        if kind == "is" and t.get("eps"):
            lines = [("Net income per share", 0), ("Weighted average shares outstanding", 1)]
            if t.get("basic_diluted"):  # each under a heading, basic and diluted the same
                lines = [("Net income per share:", None), ("Basic", 0), ("Diluted", 0),
                         ("Weighted average shares outstanding:", None), ("Basic", 1), ("Diluted", 1)]
            for name, pick in lines:
                cells = []
                for v in (() if pick is None else (QUARTER_EPS[0][pick], QUARTER_EPS[1][pick], EPS[0][pick],
                                                   EPS[1][pick])):
                    cells += _figure(v if isinstance(v, Decimal) else int(v), {**t, "_first": pick == 0}, False)
                if pick is None:
                    cells = [c for _ in range(ncols) for c in _figure(None, t, False)]
                body.append(f"<tr><td>{name}</td>{''.join(cells)}</tr>")
        if t.get("footnote_rows"):  # footnotes and the notes reference in rows of the table
            body += [f"<tr><td colspan='{span}'>&#160;</td></tr>",
                     f"<tr><td colspan='{span}'><sup>(1)</sup> Includes share-based compensation of $450 and $380 "
                     f"for the periods ended {now} and {then}.</td></tr>",
                     f"<tr><td colspan='{span}'>See accompanying notes to condensed consolidated financial "
                     "statements.</td></tr>"]
        blocks = [(titles, body)]
        if t.get("page_break"):
            split = escape(SPLITS[kind].rstrip(":"))
            at = next(i for i, row in enumerate(body) if split in row)
            more = " (continued)" if t["page_break"] == "continued" else ""
            blocks = [(titles, body[:at]), ([titles[0] + more, *titles[1:]], body[at:])]
        bare = t.get("page_break") in ("bare_head", "bare")  # the next part under no title
        for n, (block_titles, block) in enumerate(blocks):
            if n and bare:
                parts.append("<p>&#160;</p><table cellpadding='0' cellspacing='0' style='width:100%'>"
                             + "".join(head if t["page_break"] == "bare_head" else []) + "".join(block) + "</table>")
                continue
            if n:
                parts.append("<div style='page-break-before:always'></div>")
                parts.append("<p style='text-align:center'>EXAMPLE MANUFACTURING CORPORATION</p>")
            if group == 1 and t.get("stacked") == "one_table":
                block_titles = []
            title_html = "".join(f"<p style='text-align:center'><b>{escape(x)}</b></p>" for x in block_titles)
            where = t.get("title", "p")
            if where == "div":
                parts.append("<div style='text-align:center'><p>EXAMPLE MANUFACTURING CORPORATION</p>"
                             + title_html + "</div>")
            elif where == "p":
                parts.append(title_html)
            rows_html = list(head)
            if kind == "bs" and t.get("side_by_side"):  # the assets beside the liabilities and equity
                rows_html, block = _side_by_side(block, now, year_end)
            if where == "row":
                rows_html = [f"<tr><td colspan='{span}' align='center'><b>{escape(x)}</b></td></tr>"
                             for x in block_titles] + rows_html
            if t.get("split_header"):  # the column headings in a table of their own above the figures
                parts.append("<table cellpadding='0' cellspacing='0' style='width:100%'>" + "".join(rows_html)
                             + "</table>")
                rows_html = []
            if group == 1 and t.get("stacked") == "one_table":  # the year to date under its heading in the same table
                table_at = max(i for i, part in enumerate(parts) if part.startswith("<table"))
                blank_row = f"<tr><td colspan='{span}'>&#160;</td></tr>"
                parts[table_at] = parts[table_at].removesuffix("</table>") + blank_row + "".join(head) \
                    + "".join(block) + "</table>"
                del parts[table_at + 1:]
                continue
            parts.append("<table cellpadding='0' cellspacing='0' style='width:100%'>" + "".join(rows_html)
                         + "".join(block) + "</table>")
        if kind == "bs" and t.get("parenthetical"):
            parts.append(_parenthetical(head))
        parts.append("<p>See notes to condensed consolidated financial statements.</p>")
    if t.get("surroundings"):
        parts.append(_notes_and_discussion(now))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
