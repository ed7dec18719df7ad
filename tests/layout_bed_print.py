"""The fifth round of the layout-variation test bed: how 1990s-2000s filings set a table's own
parts, in traits the first rounds do not cover: the column headings typed after the ``<S> <C>``
line instead of in a ``<CAPTION>``, dates of two-digit years per column ("Dec. 31, 97"), the scale
in the table's closing row or line (text, and an HTML row spanning the table or in its label cell),
an income statement closed by its retained earnings ("Consolidated Statements of Income and
Retained Earnings": the balances at the year's start and end, by their labels or under a
"Retained earnings:" heading), negatives in parentheses touching between columns one blank apart,
whole dollars with cents, "CONSOLIDATED" on a title line of its own, "Shareholders' investment",
the period over two lines of the label column, a group heading off-centre over its columns, the
cash flows or the balance sheet run on in the income statement's table under a title row of their
own, the column dates printed in figures with dots ("12.31.97"), as a month and year in figures
("12/97"), with the month's abbreviation touching its day ("Dec.31,1997") or as the month's name,
its day, a slash and two digits of year ("DEC 31/97"), the balance sheet's dates over notes stacked
under them ("(Unaudited)", "(Derived from / Audited / Financial / Statements)") and its first section
heading, more lines than a table's header takes.

``render_print(traits)`` gives the text, ``expected_print(traits)`` every fact it prints; the bed's
``VARIANTS`` name each combination as ``{"prt": traits}``.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

Rows = list[tuple[str, tuple[int, int] | None]]

WIDTH = 50
NAMES = {"bs": "CONSOLIDATED BALANCE SHEETS", "is": "CONSOLIDATED STATEMENTS OF INCOME",
         "cf": "CONSOLIDATED STATEMENTS OF CASH FLOWS"}
SCALE = "(In thousands)"
# the retained earnings an income statement of the bed closes on: at the start of each year, the
# year's net income and dividends (as the cash flows print them), at its end (as the balance sheet)
OPENING_1996 = 19_100
RETAINED_BY_LABEL: Rows = [("Retained earnings at beginning of year", (20_560, OPENING_1996)),
                           ("Net income", (4_290, 3_018)), ("Cash dividends", (-2_055, -1_558)),
                           ("Retained earnings at end of year", (23_100, 20_560))]
RETAINED_UNDER_HEADING: Rows = [("Retained earnings:", None), ("Balance at beginning of year", (20_560, OPENING_1996)),
                                ("Net income", (4_290, 3_018)), ("Cash dividends", (-2_055, -1_558)),
                                ("Balance at end of year", (23_100, 20_560))]


def _bed():  # type: ignore[no-untyped-def]
    from tests import layout_bed

    return layout_bed


def _rows(kind: str, t: dict[str, object]) -> Rows:
    bed = _bed()
    rows: Rows = list({"bs": bed.BS, "is": bed.IS, "cf": bed.CF}[kind])
    if kind == "is" and t.get("retained"):
        rows += RETAINED_UNDER_HEADING if t["retained"] == "heading" else RETAINED_BY_LABEL
    if kind == "bs" and t.get("investment"):  # "Shareholders' investment" for the equity
        rows = [(label.replace("Stockholders' equity", "Shareholders' investment")
                 .replace("stockholders' equity", "shareholders' investment"), v) for label, v in rows]
    return rows


def _titles(kind: str, t: dict[str, object]) -> list[str]:
    name = NAMES[kind]
    if kind == "is" and t.get("retained"):
        name += " AND RETAINED EARNINGS"
    if t.get("titles") == "consolidated_line":  # the company, "CONSOLIDATED", then the statement
        return ["EXAMPLE MANUFACTURING CORPORATION", "CONSOLIDATED", name.removeprefix("CONSOLIDATED ")]
    return [name]


def _fig(v: int, t: dict[str, object], dollar: bool, width: int) -> str:
    dollar = dollar and not t.get("touching")  # no room for a dollar sign
    text = f"{abs(v) * 1000:,}.00" if t.get("cents") else f"{abs(v):,}"
    text = f"({text})" if v < 0 else text + " "
    return ("$" + text.rjust(width - 1)) if dollar else text.rjust(width)


def _width(t: dict[str, object]) -> int:
    return 16 if t.get("cents") else 7 if t.get("touching") else 12


def _sep(t: dict[str, object]) -> str:
    """No blank between the columns where the figures fill them: "(3,000)(2,500)"."""
    return "" if t.get("touching") else "  "


def _over(texts: list[str], t: dict[str, object]) -> str:
    return " " * WIDTH + _sep(t) + _sep(t).join(x.rjust(_width(t)) for x in texts)


def _heads(kind: str, t: dict[str, object]) -> list[str]:
    """The column heading lines of one statement."""
    dates = str(t.get("dates", "plain"))
    years = ["1997", "1996"]
    lead = [] if kind == "bs" else [_over(["Year Ended"] * 2, t)]
    if t.get("touching"):  # columns too narrow for a date: one heading over both, wider than they are
        return [" " * WIDTH + ("December 31," if kind == "bs" else "Years Ended Dec. 31,").center(14), _over(years, t)]
    if dates == "short_dated":  # "Dec. 31, 97": a year of two digits after the month's day
        return lead + [_over(["Dec. 31, 97", "Dec. 31, 96"], t)]
    if dates == "dotted":  # "12.31.97": month, day and year in figures between dots
        return lead + [_over(["12.31.97", "12.31.96"], t)]
    if dates == "month_year":  # "12/97": the month and year in figures, no day
        return lead + [_over(["12/97", "12/96"], t)]
    if dates == "touching":  # "Dec.31,1997": no blank after the abbreviation's dot nor the comma
        return lead + [_over(["Dec.31,1997", "Dec.31,1996"], t)]
    if dates == "slashed":  # "DEC 31/97": the month's name, its day, a slash and two digits of year
        return lead + [_over(["DEC 31/97", "DEC 31/96"], t)]
    if dates == "label_two_lines":  # "For the Years Ended" over "December 31," in the label column
        first = "As of" if kind == "bs" else "For the Years Ended"
        return [first, "December 31,".ljust(WIDTH) + _over(years, t)[WIDTH:]]
    if dates == "over_notes" and kind == "bs":  # notes stacked under the dates, higher than a header reaches
        notes = [["(Unaudited)", "(Derived from"], ["", "Audited"], ["", "Financial"], ["", "Statements)"]]
        return [_over(["December 31,"] * 2, t), _over(years, t), *[_over(n, t) for n in notes], "", "ASSETS", ""]
    if dates == "offcentre":  # one group heading wider than its columns, set left of them
        words = "December 31," if kind == "bs" else "For the Years Ended December 31,"
        return [" " * (WIDTH - 14) + words, _over(years, t)]
    return lead + [_over(["December 31,"] * 2, t), _over(years, t)]


def _body(kind: str, t: dict[str, object]) -> list[str]:
    out: list[str] = []
    first = True
    for label, vals in _rows(kind, t):
        if vals is None:
            out.append(label)
            continue
        total = label.startswith(("Total", "Net"))
        cells = [_fig(v, t, first, _width(t)) for v in vals]
        shown = (label if total else "  " + label).ljust(WIDTH - 1, ".") + " "  # a blank after the leaders
        out.append(shown + _sep(t) + _sep(t).join(cells))
        first = False
    return out


def _run_on(t: dict[str, object]) -> str:
    """The statement set in the income statement's table after its lines ("cf", "bs"), if any."""
    return str(t.get("one_table", ""))


def _text(t: dict[str, object]) -> str:
    tags = bool(t.get("tags", True))
    closing = t.get("scale") == "closing"
    parts = ["EXAMPLE MANUFACTURING CORPORATION", ""]
    for kind in ("bs", "is", "cf"):
        if kind == _run_on(t):
            continue  # run on in the income statement's table
        parts += [line.center(WIDTH + 24).rstrip() for line in _titles(kind, t)
                  + ([] if closing or t.get("cents") else [SCALE])] + [""]
        heads, body = _heads(kind, t), _body(kind, t)
        rule = " " * WIDTH + _sep(t) + _sep(t).join(["-" * (_width(t) - 1) + " "] * 2)
        if closing:  # the scale under the last line, inside the table
            body += ["", SCALE]
        if kind == "is" and (other := _run_on(t)):  # another statement under its own title and heading
            body += ["", _titles(other, t)[-1].center(WIDTH + 24).rstrip(), "", *_heads(other, t), rule,
                     *_body(other, t)]
        if not tags:
            parts += [*heads, rule, *body]
        elif t.get("heads_after_s"):  # no <CAPTION>: the headings typed under the <S> <C> line
            parts += ["<TABLE>", "<S>".ljust(WIDTH) + _sep(t) + _sep(t).join(["<C>".ljust(_width(t))] * 2),
                      *heads, rule, *body, "</TABLE>"]
        else:
            parts += ["<TABLE>", "<CAPTION>", *heads, rule,
                      "<S>".ljust(WIDTH) + _sep(t) + _sep(t).join(["<C>".ljust(_width(t))] * 2), *body, "</TABLE>"]
        parts += ["", "<PAGE>", ""]
    return "\n".join(parts) + "\n"


def _row(cells: list[str | tuple[str, int]]) -> str:
    tds = [f'<td colspan="{c[1]}" align="center">{escape(c[0])}</td>' if isinstance(c, tuple)
           else f"<td>{escape(c)}</td>" for c in cells]
    return "<tr>" + "".join(tds) + "</tr>"


def _html_rows(kind: str, t: dict[str, object]) -> list[str]:
    """One statement's rows: its column headings, then its lines."""
    group = "December 31," if kind == "bs" else "Years Ended December 31,"
    rows = [_row(["", (group, 2)]), _row(["", "1997", "1996"])]
    printed = {"dotted": ["12.31.97", "12.31.96"], "month_year": ["12/97", "12/96"],
               "touching": ["Dec.31,1997", "Dec.31,1996"], "slashed": ["DEC 31/97", "DEC 31/96"]}
    if t.get("dates") in printed:  # "Year Ended" over "12.31.97", "12/97"...; the balance sheet's alone
        dated = printed[str(t["dates"])]
        rows = ([] if kind == "bs" else [_row(["", ("Year Ended", 2)])]) + [_row(["", *dated])]
    for label, vals in _rows(kind, t):
        rows.append(_row([label, "", ""] if vals is None else
                         [label, *[f"({abs(v):,})" if v < 0 else f"{v:,}" for v in vals]]))
    return rows


def _html(t: dict[str, object]) -> str:
    closing = str(t.get("scale", ""))
    parts = ["<html><body><p>EXAMPLE MANUFACTURING CORPORATION</p>"]
    for kind in ("bs", "is", "cf"):
        if kind == _run_on(t):
            continue  # run on in the income statement's table
        parts += [f"<p>{escape(line)}</p>" for line in _titles(kind, t)]
        if not closing:
            parts.append(f"<p>{SCALE}</p>")
        rows = _html_rows(kind, t)
        if kind == "is" and (other := _run_on(t)):  # another statement under a title row and headings of its own
            rows += [_row([(_titles(other, t)[-1], 3)]), *_html_rows(other, t)]
        if closing == "closing":  # the scale in a row spanning the table under its last line
            rows.append(_row([(SCALE, 3)]))
        elif closing == "closing_label":  # in the label cell of the last row
            rows.append(_row([SCALE, "", ""]))
        parts += ["<table>" + "".join(rows) + "</table>", "<p>&nbsp;</p>"]
    return "\n".join(parts) + "</body></html>"


def render_print(t: dict[str, object]) -> str:
    """The three statements in the traits ``t`` (see the module's docstring and VARIANTS)."""
    return _html(t) if t.get("html") else _text(t)


def expected_print(t: dict[str, object]) -> set[tuple[str, int | Decimal]]:
    """Every money fact the traits ``t`` print: (period, absolute value in dollars)."""
    out = _bed().expected("calendar")
    if t.get("retained"):  # the retained earnings at the start of 1996, printed nowhere else
        out.add(("1995-12-31", OPENING_1996 * 1000))
    return out


_LAYOUTS: dict[str, dict[str, object]] = {
    "prt_headings_typed_after_the_s_c_line": {"heads_after_s": True},
    "prt_headings_after_the_s_c_line_dates_in_two_label_lines": {"heads_after_s": True, "dates": "label_two_lines"},
    "prt_short_dated_columns_dec_31_97": {"dates": "short_dated"},
    "prt_short_dated_columns_untagged": {"dates": "short_dated", "tags": False},
    "prt_scale_in_the_closing_line_of_the_table": {"scale": "closing"},
    "prt_scale_in_the_closing_line_untagged": {"scale": "closing", "tags": False},
    "prt_html_scale_in_a_closing_row_spanning_the_table": {"html": True, "scale": "closing"},
    "prt_html_scale_in_the_closing_rows_label_cell": {"html": True, "scale": "closing_label"},
    "prt_income_and_retained_earnings_by_label": {"retained": "label"},
    "prt_income_and_retained_earnings_under_a_heading_untagged": {"retained": "heading", "tags": False},
    "prt_html_income_and_retained_earnings": {"html": True, "retained": "label"},
    "prt_html_income_and_retained_earnings_under_a_heading": {"html": True, "retained": "heading"},
    "prt_cash_flows_titled_inside_the_income_statements_table": {"one_table": "cf"},
    "prt_html_cash_flows_titled_inside_the_income_statements_table": {"html": True, "one_table": "cf"},
    "prt_balance_sheet_titled_inside_the_income_statements_table": {"one_table": "bs"},
    "prt_html_balance_sheet_titled_inside_the_income_statements_table": {"html": True, "one_table": "bs"},
    "prt_dotted_dates_12_31_97": {"dates": "dotted"},
    "prt_dotted_dates_untagged": {"dates": "dotted", "tags": False},
    "prt_dotted_dates_typed_after_the_s_c_line": {"dates": "dotted", "heads_after_s": True},
    "prt_html_dotted_dates": {"html": True, "dates": "dotted"},
    "prt_month_and_year_in_figures_12_97": {"dates": "month_year"},
    "prt_month_and_year_in_figures_untagged": {"dates": "month_year", "tags": False},
    "prt_month_and_year_in_figures_typed_after_the_s_c_line": {"dates": "month_year", "heads_after_s": True},
    "prt_html_month_and_year_in_figures": {"html": True, "dates": "month_year"},
    "prt_month_abbreviation_touching_its_day": {"dates": "touching"},
    "prt_month_abbreviation_touching_its_day_untagged": {"dates": "touching", "tags": False},
    "prt_html_month_abbreviation_touching_its_day": {"html": True, "dates": "touching"},
    "prt_month_day_slash_two_digit_year_dec_31_97": {"dates": "slashed"},
    "prt_month_day_slash_two_digit_year_untagged": {"dates": "slashed", "tags": False},
    "prt_month_day_slash_two_digit_year_typed_after_the_s_c_line": {"dates": "slashed", "heads_after_s": True},
    "prt_html_month_day_slash_two_digit_year": {"html": True, "dates": "slashed"},
    "prt_dates_over_stacked_notes": {"dates": "over_notes"},
    "prt_dates_over_stacked_notes_untagged": {"dates": "over_notes", "tags": False},
    # classes read right before this round (kept so they stay so)
    "prt_negatives_touching_one_blank_apart": {"touching": True},
    "prt_negatives_touching_untagged": {"touching": True, "tags": False},
    "prt_whole_dollars_with_cents": {"cents": True},
    "prt_whole_dollars_with_cents_untagged": {"cents": True, "tags": False},
    "prt_consolidated_on_a_title_line_of_its_own": {"titles": "consolidated_line", "investment": True},
    "prt_dates_over_two_label_column_lines_untagged": {"dates": "label_two_lines", "tags": False},
    "prt_group_heading_off_centre_wider_than_its_columns": {"dates": "offcentre"},
    "prt_group_heading_off_centre_untagged": {"dates": "offcentre", "tags": False},
}

PRINT_VARIANTS: dict[str, dict[str, object]] = {name: {"prt": t} for name, t in _LAYOUTS.items()}
