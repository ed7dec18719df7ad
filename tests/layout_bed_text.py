"""The plain-text round of the layout-variation test bed: the statements of tests/layout_bed.py
typed the ways 1990s-2000s EDGAR text 10-Ks, 10-Qs, EX-13s and EX-99 earnings releases type them,
in traits the first rounds do not cover (the scale under the table or once in the release's opening
paragraph, fiscal-year words with the dates only in a title or a paragraph, thirteen-week quarters,
text 10-Qs (the quarter and the year to date, "Three and Six Months Ended" in one heading),
unlabelled and unruled totals, a non-GAAP reconciliation beside the income statement, change
columns, single-space and tab-separated columns, "$(" negatives, nil words, an EX-27 schedule in
the same submission, all-caps two-line headings, double spacing).

``render_text(traits)`` gives the text, ``expected_text(traits)`` every fact it prints; the bed's
``VARIANTS`` name each combination as ``{"txt": traits}``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

Rows = list[tuple[str, tuple[int, int] | None]]

WIDTH = 50
NIL_ROW = "Other income (expense), net"  # a line printing nothing in either year
NAMES = {"bs": "CONSOLIDATED BALANCE SHEETS", "is": "CONSOLIDATED STATEMENTS OF INCOME",
         "cf": "CONSOLIDATED STATEMENTS OF CASH FLOWS"}
MARKS = {"Cost of sales": "(a)", "Income taxes": "*"}  # lines printing a footnote mark after each figure
# the marks set one space after each figure ("61,200 (a)", "30,100 (2)": a digit mark reads as a number)
SPACED_MARKS = {**MARKS, "Selling, general and administrative expenses": "(2)"}
# marks of two digits ("61,200(12)", "30,100  (10)"), attached or two spaces after each figure
TWO_DIGIT_MARKS = {"Cost of sales": "(12)", "Selling, general and administrative expenses": "(10)",
                   "Income taxes": "(a)"}
MARK_STYLES = {"spaced": (SPACED_MARKS, 1), "two_digits": (TWO_DIGIT_MARKS, 0), "two_spaces": (TWO_DIGIT_MARKS, 2)}
SUBTOTALS = ("Total current assets", "Total current liabilities", "Total stockholders' equity")
EX27 = """\
<DOCUMENT>
<TYPE>EX-27
<SEQUENCE>2
<DESCRIPTION>FINANCIAL DATA SCHEDULE
<TEXT>
<TABLE> <S> <C>

<ARTICLE> 5
<LEGEND>
THIS SCHEDULE CONTAINS SUMMARY FINANCIAL INFORMATION EXTRACTED FROM THE CONSOLIDATED
BALANCE SHEET AND STATEMENT OF INCOME AND IS QUALIFIED IN ITS ENTIRETY BY REFERENCE TO
SUCH FINANCIAL STATEMENTS.
</LEGEND>
<MULTIPLIER> 1,000

<S>                             <C>
<PERIOD-TYPE>                   YEAR
<FISCAL-YEAR-END>                          {fye}
<PERIOD-END>                               {end}
<CASH>                                          12,345
<SECURITIES>                                         0
<RECEIVABLES>                                    8,450
<ALLOWANCES>                                       330
<INVENTORY>                                      6,400
<CURRENT-ASSETS>                                26,865
<PP&E>                                          20,750
<DEPRECIATION>                                   6,550
<TOTAL-ASSETS>                                  41,065
<CURRENT-LIABILITIES>                            7,765
<BONDS>                                          9,000
<PREFERRED-MANDATORY>                                0
<PREFERRED>                                          0
<COMMON>                                         1,200
<OTHER-SE>                                      23,100
<TOTAL-LIABILITY-AND-EQUITY>                    41,065
<SALES>                                         98,450
<TOTAL-REVENUES>                                98,450
<CGS>                                           61,200
<TOTAL-COSTS>                                   91,300
<OTHER-EXPENSES>                                     0
<LOSS-PROVISION>                                    45
<INTEREST-EXPENSE>                                 610
<INCOME-PRETAX>                                  7,150
<INCOME-TAX>                                     2,860
<INCOME-CONTINUING>                              4,290
<DISCONTINUED>                                       0
<EXTRAORDINARY>                                      0
<CHANGES>                                            0
<NET-INCOME>                                     4,290
<EPS-PRIMARY>                                     1.24
<EPS-DILUTED>                                     1.23

</TABLE>
</TEXT>
</DOCUMENT>
"""
# a non-GAAP reconciliation an earnings release prints after its income statement: the GAAP
# figures, the special items and the adjusted figures of the latest year
NONGAAP = [("Operating income", (7_150, 1_250, 8_400)), ("Income taxes", (2_860, 500, 3_360)),
           ("Net income", (4_290, 750, 5_040))]


def _bed():  # type: ignore[no-untyped-def]
    from tests import layout_bed

    return layout_bed


def _weekly_quarter(end: str) -> str:
    """The thirteen weeks ending ``end``."""
    last = date.fromisoformat(end)
    return f"{last - timedelta(weeks=13) + timedelta(days=1)}/{end}"


def _quarter_period(family: str, end: str) -> str:
    return _weekly_quarter(end) if family == "weekly" else f"{end[:4]}-10-01/{end}"


def _is_rows(t: dict[str, object]) -> Rows:
    rows = list(_bed().IS)
    if t.get("nil"):
        at = next(i for i, (label, _) in enumerate(rows) if label == "Income taxes")
        rows.insert(at, (NIL_ROW, (0, 0)))
    return rows


def _fig(v: int, t: dict[str, object], dollar: bool, width: int) -> str:
    """One figure as typed: blanks before it, a "$" before the first and the totals' figures."""
    whole = bool(t.get("whole"))
    text = f"{abs(v) * (1000 if whole else 1):,}"
    neg = str(t.get("neg", "paren"))
    if v == 0 and t.get("nil"):
        text = str(t["nil"])
    if neg == "cr":  # "3,000 CR": a credit among the debits, the mark hanging right of the digits
        text += " CR" if v < 0 else "   "
        return ("$" + text.rjust(width - 1)) if dollar else text.rjust(width)
    if v < 0:
        if neg == "wide_paren":  # "(" at the column's left edge, ")" after the figure
            return ("$(" + text.rjust(width - 4) + ")") if dollar else "(" + text.rjust(width - 3) + ")"
        if neg == "minus_dollar":  # "-$   1,055": the minus before a dollar sign at the column's left edge
            return ("-$" + text.rjust(width - 3) + " ") if dollar else ("-" + text + " ").rjust(width)
        text = f"({text})"
        if dollar and neg == "dollar_paren":
            return ("$(" + text[1:]).rjust(width)
    else:
        text += " "
    if dollar:
        return ("$" + text).rjust(width) if t.get("attached") else "$" + text.rjust(width - 1)
    return text.rjust(width)


def _sep(t: dict[str, object]) -> str:
    return str(t.get("sep", "  "))


def _width(t: dict[str, object]) -> int:
    return 15 if t.get("whole") else 9 if t.get("sep") == " " else 12


def _line(label: str, cells: list[str], t: dict[str, object]) -> str:
    if t.get("sep") == "\t" and t.get("dollar_tab"):  # a tab stop for the dollar sign, empty on most lines
        return label + "".join("\t$\t" + c.strip()[1:].strip() if c.strip().startswith("$") else "\t\t" + c.strip()
                               for c in cells)
    if t.get("sep") == "\t":  # one tab before each figure, nothing aligned
        return label + "".join("\t" + c.strip() for c in cells)
    leaders = "." if t.get("leaders", True) else " "
    if t.get("caps_labels"):
        label = label.upper()
    return label.ljust(WIDTH, leaders) + _sep(t) + _sep(t).join(cells)


def _heads(texts_per_line: list[list[str]], t: dict[str, object]) -> list[str]:
    w = _width(t)
    if t.get("sep") == "\t":
        return ["".join("\t" + x for x in texts) for texts in texts_per_line]
    return [" " * WIDTH + _sep(t) + _sep(t).join(x.rjust(w) for x in texts) for texts in texts_per_line]


def _group(text: str, n: int, t: dict[str, object]) -> str:
    """A heading spanning ``n`` columns, centred over them."""
    if t.get("sep") == "\t":  # one tab before each group's heading
        return text
    w = _width(t)
    return text.center(n * w + (n - 1) * len(_sep(t)))


def _columns_of(kind: str, t: dict[str, object]) -> tuple[list[str], int]:
    """(column heading lines, number of figure columns) of one statement."""
    if t.get("q10"):
        return _q10_columns(kind, t)
    if t.get("restated"):  # the prior year twice: as restated, and as previously reported
        top = [] if kind == "bs" else [["YEARS ENDED"] * 3]
        return _heads([*top, ["DECEMBER 31,"] * 3, ["1997", "1996", "1996"], ["", "As", "Previously"],
                       ["", "restated", "reported"]], t), 3
    family = str(t.get("family", "calendar"))
    weekly = family == "weekly"
    y1, y2 = ("2004", "2003") if weekly else ("1997", "1996")
    ends = ("January 1,", "January 3,") if weekly else ("December 31,", "December 31,")
    dy = ("2005", "2004") if weekly else (y1, y2)
    dates = str(t.get("dates", "caps"))
    if kind == "bs":
        if dates == "years_only":
            return _heads([list(dy)], t), 2
        if dates == "bare_short":  # "December 31," over "97   96"
            return _heads([list(ends), [dy[0][2:], dy[1][2:]]], t), 2
        if dates == "caps":
            return _heads([[e.upper() for e in ends], list(dy)], t), 2
        return _heads([list(ends), list(dy)], t), 2
    if kind == "is" and t.get("quarter"):
        change = t.get("change")
        n = 3 if change else 2
        q, y = ("Thirteen Weeks Ended", "Fifty-two Weeks Ended") if weekly else ("Three Months Ended", "Year Ended")
        if t.get("ordinal"):  # "Fourth Quarter" and "Year", each over a rule spanning its columns
            q, y = "Fourth Quarter", "Year"
        if dates == "caps":
            q, y = q.upper(), y.upper()
        sep = _sep(t)
        group = " " * WIDTH + sep + _group(q, n, t) + sep + _group(y, n, t)
        if t.get("ordinal") and t.get("sep") != "\t":
            span = "-" * len(_group("", n, t))
            group += "\n" + " " * WIDTH + sep + span + sep + span
        more = {"percent": ["%", "Change"], "amount": ["Increase", "(Decrease)"]}.get(str(change), [])
        top = [""] * 2 + ([more[0]] if change else [])
        mid = list(ends) + ([more[1]] if change else [])
        low = list(dy) + ([""] if change else [])
        if dates == "years_only":  # "Fourth Quarter" and "Year" over the years alone
            return [group, *_heads([low * 2], t)], 2 * n
        return [group, *_heads([top * 2, mid * 2, low * 2], t)], 2 * n
    if dates == "caps":  # "YEARS ENDED" over "DECEMBER 31," over the years
        words = "FIFTY-TWO WEEKS ENDED" if weekly else "YEARS ENDED"
        if t.get("part") == "quarter":  # the quarter's block of a statement stacked in two (below)
            words = "THIRTEEN WEEKS ENDED" if weekly else "THREE MONTHS ENDED"
        lines = _heads([[words, words], [e.upper() for e in ends], list(dy)], t)
    elif dates in ("fiscal_words", "fiscal_text_above"):  # "Fiscal 2004 | Fiscal 2003"
        lines = _heads([["Fiscal", "Fiscal"], [y1, y2]], t) if t.get("two_line_fiscal") else \
            _heads([[f"Fiscal {y1}", f"Fiscal {y2}"]], t)
    elif dates == "years_only":  # "1997   1996" alone: the SEC header's fiscal year end dates them
        lines = _heads([[y1, y2]], t)
    elif dates == "fy_short":  # "FY97 | FY96", the dates in the title
        lines = _heads([[f"FY{y1[2:]}", f"FY{y2[2:]}"]], t)
    elif dates == "bare_short":  # "Year Ended" over "December 31," over "97   96"
        lines = _heads([["Year Ended", "Year Ended"], list(ends), [y1[2:], y2[2:]]], t)
    elif dates == "fiscal_short":  # "Fiscal 97 | Fiscal 96", the dates in the title
        lines = _heads([[f"Fiscal {y1[2:]}", f"Fiscal {y2[2:]}"]], t)
    else:
        lines = _heads([["Year Ended", "Year Ended"], list(ends), [y1, y2]], t)
    if kind == "is" and t.get("pro_forma"):  # the latest year again, adjusted
        return lines[:-1] + [lines[-1] + _sep(t) + "Pro forma".rjust(_width(t))], 3
    if kind == "is" and t.get("change"):
        more = {"percent": ("%", "Change"), "amount": ("Increase", "(Decrease)")}[str(t["change"])]
        lines = _heads([["", "", more[0]], ["", "", more[1]]], t) + [ln + _sep(t) + "".rjust(_width(t))
                                                                     for ln in lines]
        return lines, 3
    return lines, 2


def _q10_columns(kind: str, t: dict[str, object]) -> tuple[list[str], int]:
    """A text 10-Q's column headings: the quarter's and the year to date's groups over the
    income statement, the year to date over the cash flows, the quarter's end beside the last
    year end over the balance sheet (dates of tests/layout_bed_10q.py)."""
    from tests.layout_bed_10q import WEEKS, _dates

    months = int(str(t["q10"]))
    now, before, year_end = _dates(months)
    split = [d.rsplit(" ", 1) for d in (now, before, year_end)]  # ("June 30,", "2024")
    caps = t.get("dates", "caps") == "caps"

    def up(x: str) -> str:
        return x.upper() if caps else x

    if kind == "bs":
        return _heads([[up(split[0][0]), up(split[2][0])], [split[0][1], split[2][1]]], t), 2
    ytd = "Twenty-six Weeks Ended" if months == WEEKS else f"{ {6: 'Six', 9: 'Nine'}[months]} Months Ended"
    quarter = "Thirteen Weeks Ended" if months == WEEKS else "Three Months Ended"
    if t.get("count_apart"):  # the year to date's count typed two spaces from its unit: "NINE  MONTHS ENDED"
        ytd = ytd.replace(" ", "  ", 1)
    dated = [[up(split[0][0]), up(split[1][0])], [split[0][1], split[1][1]]]
    if t.get("dates") == "years_only":  # "Second Quarter" and "Six Months" over the years alone
        ytd, quarter = ytd.replace(" Ended", ""), f"{ {6: 'Second', 9: 'Third'}[months]} Quarter"
        if t.get("ytd_words"):  # "Year to Date" over the years: its length from the quarter's
            ytd = "Year to Date"
        if t.get("reported"):  # "Quarter" naming no number: the header's period of report ends it
            quarter = "Quarter"
        dated = dated[1:]
    if kind == "cf":
        return [" " * WIDTH + _sep(t) + _group(up(ytd), 2, t), *_heads(dated, t)], 2
    if t.get("q10_heading") == "two_lengths":  # "Three and Six Months Ended June 30," over the years
        both = f"{quarter.split()[0]} and {ytd}" + (f" {split[0][0]}" if months != WEEKS else "")
        return [" " * WIDTH + _sep(t) + _group(up(both), 4, t),
                *_heads([dated[0] * 2] * (months == WEEKS) + [dated[1] * 2], t)], 4
    group = " " * WIDTH + _sep(t) + _group(up(quarter), 2, t) + _sep(t) + _group(up(ytd), 2, t)
    return [group, *_heads([d * 2 for d in dated], t)], 4


def _values(kind: str, vals: tuple[int, int], t: dict[str, object]) -> list[int | str]:
    if t.get("restated"):  # the prior year as first reported: other figures, superseded
        return [*vals, vals[1] + 7 * (vals[1] > 0) - 7 * (vals[1] < 0)]
    if t.get("q10") and kind == "is":
        return [*_bed().IS_QUARTER[vals], *vals]
    if kind != "is":
        return list(vals)
    change = t.get("change")

    def chg(a: int, b: int) -> int | str:
        if change == "percent":
            return f"{Decimal(a - b) * 100 / Decimal(b):.1f}%" if b else str(t.get("nm", "--"))
        return a - b

    out: list[int | str] = []
    if t.get("pro_forma"):
        return [*vals, vals[0] + 1_250 if vals[0] > 0 else vals[0]]
    if t.get("part") == "quarter":
        return list(_bed().IS_QUARTER.get(vals, (0, 0)))
    if t.get("quarter"):
        q = _bed().IS_QUARTER.get(vals, (0, 0))
        out += [*q] + ([chg(*q)] if change else [])
    return out + [*vals] + ([chg(*vals)] if change else [])


def _body(kind: str, rows: Rows, t: dict[str, object]) -> list[str]:
    out: list[str] = []
    w = _width(t)
    first = True
    totals = str(t.get("totals", "ruled"))
    for label, vals in rows:
        if vals is None:
            if t.get("bare_headings"):  # "Current assets" with no colon
                label = label.rstrip(":")
            out.append(label.upper() if t.get("caps_labels") else label)
            continue
        total = label.startswith(("Total", "Net"))
        values = _values(kind, vals, t)
        dollar = first or (bool(t.get("dollar_totals")) and total)
        cells = [v.rjust(w) if isinstance(v, str) else _fig(v, t, dollar, w) for v in values]
        shown = "  " + label if not total else label
        if total and label in SUBTOTALS and totals in ("blank", "word"):
            if t.get("sep") != "\t":
                out.append(" " * WIDTH + _sep(t) + _sep(t).join(["-" * (w - 1) + " "] * len(cells)))
            shown = "" if totals == "blank" else "    Total"
        out.append(_line(shown, cells, t) if shown or t.get("sep") == "\t" else
                   " " * WIDTH + _sep(t) + _sep(t).join(cells))
        marks, gap = MARK_STYLES.get(str(t.get("marks")), (MARKS, 0))
        if t.get("marks") and label in marks:  # a footnote mark after each figure, hanging right of it
            out[-1] = _marked(out[-1], marks[label], gap)
        if t.get("double"):
            out.append("")
        first = False
        if total and totals == "ruled" and t.get("sep") != "\t":
            out.append(" " * WIDTH + _sep(t) + _sep(t).join(["-" * (w - 1) + " "] * len(cells)))
    return out


def _marked(line: str, mark: str, gap: int = 0) -> str:
    """``line`` with ``mark`` after each figure (``gap`` spaces after it), in the blanks after it:
    the digits stay in place."""
    if gap:
        return re.sub(rf"(\d\)?)(?![\d,.)])( {{0,{len(mark) + gap}}})",
                      lambda m: m[1] + " " * gap + mark + m[2][len(mark) + gap:], line)
    return re.sub(rf"(\d\)?)(?![\d,.)])( {{0,{len(mark) - 1}}})", lambda m: m[1] + mark + m[2][len(mark) - 1:], line)


def _title(kind: str, t: dict[str, object]) -> list[str]:
    family = str(t.get("family", "calendar"))
    scale = str(t.get("scale", "title"))
    name = NAMES[kind]
    words = "(Dollars in thousands)"
    lines = [name + " " + words] if scale == "title_line" else [name]
    dates = str(t.get("dates", "caps"))
    if dates in ("fiscal_words", "fy_short", "fiscal_short") and kind != "bs":
        lines.append("FOR THE FISCAL YEARS ENDED JANUARY 1, 2005 AND JANUARY 3, 2004" if family == "weekly"
                     else "FOR THE FISCAL YEARS ENDED DECEMBER 31, 1997 AND 1996")
    if scale == "title":
        lines.append(words)
    return [ln.center(WIDTH + 24).rstrip() for ln in lines]


def _opening(t: dict[str, object]) -> list[str]:
    """The release's or annual report's paragraphs over the statements."""
    out = ["EXAMPLE MANUFACTURING CORPORATION", ""]
    family = str(t.get("family", "calendar"))
    if t.get("release"):
        out += ["FOR IMMEDIATE RELEASE", "",
                "SPRINGFIELD, Ill.--Example Manufacturing Corporation today reported net income of",
                "$4.3 million for the year, up 42% from $3.0 million a year earlier."]
    if str(t.get("scale")) == "opening":
        out += ["All amounts in the tables of this release are in thousands of dollars, except per",
                "share data."]
    if str(t.get("dates")) == "fiscal_text_above":
        years = "January 1, 2005 and January 3, 2004" if family == "weekly" else "December 31, 1997 and 1996"
        out += ["The consolidated financial statements below are those of the fiscal years ended",
                f"{years}."]
    return out + [""]


def _nongaap(t: dict[str, object]) -> list[str]:
    """A reconciliation of GAAP to non-GAAP results for the latest year (an earnings release's)."""
    w = _width(t)
    head = ["RECONCILIATION OF GAAP TO NON-GAAP RESULTS".center(WIDTH + 24).rstrip(),
            "(Unaudited)".center(WIDTH + 24).rstrip(), ""]
    year = "2004" if t.get("family") == "weekly" else "1997"
    words = {"pro_forma": "Pro forma", "adjusted": "As adjusted", "excluding": "Excluding"}[str(t["nongaap"])]
    cols = _heads([["", "Special", words], ["GAAP", "items", "" if words != "Excluding" else "special items"]],
                  t)
    if words == "Excluding":
        cols = _heads([["", "Special", "Excluding"], ["GAAP", "items", "special"], ["", "", "items"]], t)
    group = " " * WIDTH + _sep(t) + _group(f"Year Ended {year}", 3, t)
    body = [_line(label, [_fig(v, t, i == 0, w) for v in vals], t) for i, (label, vals) in enumerate(NONGAAP)]
    if t.get("tags", True):
        return [*head, "<TABLE>", "<CAPTION>", group, *cols, _tags(3, t), *body, "</TABLE>", ""]
    return [*head, group, *cols, "", *body, "", ""]


def _barred(lines: list[str], n: int, t: dict[str, object]) -> list[str]:
    """``lines`` of a table drawn in a box: a "|" before the labels, before each column and after the
    last, where the line prints a blank there (a group heading across two columns keeps its words),
    and "+" there on a rule."""
    stops = [0] + [1 + WIDTH + k * (_width(t) + len(_sep(t))) for k in range(n)] + [WIDTH + n * (_width(t) + 2) + 1]
    out = []
    for text in "\n".join(lines).split("\n"):
        chars = list((" " + text).ljust(stops[-1] + 1))
        rule = "-" in text and not text.replace("-", "").strip()
        for k in stops:
            if chars[k] == " " and " " in (chars[k - 1 if k else 0], chars[min(k + 1, len(chars) - 1)]):
                chars[k] = "+" if rule else "|"
        out.append("".join(chars).rstrip())
    return out


def _tags(n: int, t: dict[str, object]) -> str:
    """The <S> <C> line of a tagged table: a tag at the start of the label column and of each figure's."""
    return "<S>".ljust(WIDTH) + _sep(t) + _sep(t).join(["<C>".ljust(_width(t))] * n)


def render_text(t: dict[str, object]) -> str:
    """The three statements in the traits ``t`` (see the module's docstring and VARIANTS)."""
    bed = _bed()
    parts = _opening(t)
    tags = bool(t.get("tags", True))
    for kind, rows in (("bs", bed.BS), ("is", _is_rows(t)), ("cf", bed.CF)):
        heads, n = _columns_of(kind, t)
        body = _body(kind, rows, t)
        if kind == "is" and t.get("stacked"):  # the quarter's lines, then the year's under their own heading
            quarter, year = {**t, "quarter": False, "part": "quarter"}, {**t, "quarter": False}
            heads, n = _columns_of(kind, quarter)
            rule = " " * WIDTH + _sep(t) + _sep(t).join(["-" * _width(t)] * n)
            body = [*_body(kind, rows, quarter), "", *_columns_of(kind, year)[0], rule, *_body(kind, rows, year)]
        parts += [*_title(kind, t), ""]
        rule = " " * WIDTH + _sep(t) + _sep(t).join(["-" * _width(t)] * n) if t.get("sep") != "\t" else ""
        if t.get("bars"):  # the table drawn in a box: "|" between the columns, "+" where the rules meet
            heads, rule, body = _barred(heads, n, t), _barred([rule], n, t)[0], _barred(body, n, t)
        if tags:
            parts += ["<TABLE>", "<CAPTION>", *heads, rule, " " * bool(t.get("bars")) + _tags(n, t), *body,
                      "</TABLE>"]
        else:
            parts += [*heads, rule, *body]
        if t.get("scale") == "footer":
            parts += ["", "(Amounts in thousands)" if tags else "Amounts are in thousands of dollars."]
        parts += [""]
        if kind == "is" and t.get("nongaap"):
            parts += _nongaap(t)
        parts += ["<PAGE>", ""]
    text = "\n".join(parts) + "\n"
    if t.get("header") and not t.get("ex27"):  # the SEC header of a 10-K (10-Q) submission, no cover page
        form = "10-Q" if t.get("q10") else "10-K"
        reported = ""
        if t.get("reported"):  # the header's CONFORMED PERIOD OF REPORT: the quarter's end
            from tests.layout_bed_10q import _periods

            end = _periods(int(str(t["q10"])))["bs"][0]
            reported = f"CONFORMED PERIOD OF REPORT:\t{end.replace('-', '')}\n"
        text = (f"<SEC-DOCUMENT>\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t{form}\n{reported}COMPANY DATA:\n"
                "\t\tCOMPANY CONFORMED NAME:\t\t\tEXAMPLE MANUFACTURING CORP\n\t\tFISCAL YEAR END:\t\t\t1231\n"
                f"</SEC-HEADER>\n<DOCUMENT>\n<TYPE>{form}\n<SEQUENCE>1\n<TEXT>\n" + text
                + "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
    if t.get("ex27"):
        family = str(t.get("family", "calendar"))
        fye, end = ("JAN-01-2005", "JAN-01-2005") if family == "weekly" else ("DEC-31-1997", "DEC-31-1997")
        text = ("<SEC-DOCUMENT>\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t10-K\nCOMPANY DATA:\n"
                "\t\tCOMPANY CONFORMED NAME:\t\t\tEXAMPLE MANUFACTURING CORP\n\t\tFISCAL YEAR END:\t\t\t1231\n"
                "</SEC-HEADER>\n<DOCUMENT>\n<TYPE>10-K\n<SEQUENCE>1\n<TEXT>\n" + text + "</TEXT>\n</DOCUMENT>\n"
                + EX27.format(fye=fye, end=end) + "</SEC-DOCUMENT>\n")
    return text


def expected_text(t: dict[str, object]) -> set[tuple[str, int | Decimal]]:
    """Every money fact the traits ``t`` print: (period, absolute value in dollars)."""
    bed = _bed()
    if t.get("q10"):
        from tests.layout_bed_10q import expected_10q

        return expected_10q(int(str(t["q10"])))
    family = str(t.get("family", "calendar"))
    out = bed.expected(family)
    f = bed.FAMILIES[family]
    if t.get("nil"):
        out |= {(f["year"][0], 0), (f["year"][1], 0)}
    if t.get("quarter"):
        for vals in bed.IS_QUARTER.values():
            for i, v in enumerate(vals):
                out.add((_quarter_period(family, f["bs"][i]), v * 1000))
        if t.get("nil"):
            out |= {(_quarter_period(family, end), 0) for end in f["bs"]}
    return out


# the plain-text round's layouts, by name (the bed's VARIANTS hold them as {"txt": traits})
_LAYOUTS: dict[str, dict[str, object]] = {
    "txt_caps_two_line_period_headings": {},
    "txt_caps_two_line_period_headings_untagged": {"tags": False},
    "txt_scale_in_a_footnote_under_each_table": {"scale": "footer"},
    "txt_scale_in_a_footnote_untagged": {"scale": "footer", "tags": False},
    "txt_scale_once_in_the_opening_paragraph": {"scale": "opening", "release": True},
    "txt_scale_once_in_the_opening_paragraph_untagged": {"scale": "opening", "release": True, "tags": False},
    "txt_scale_after_the_title_on_its_line": {"scale": "title_line"},
    "txt_weekly_fiscal_words_dates_in_title": {"family": "weekly", "dates": "fiscal_words"},
    "txt_weekly_fiscal_words_dates_in_text_above": {"family": "weekly", "dates": "fiscal_text_above"},
    "txt_weekly_fiscal_over_year_dates_in_text_above": {"family": "weekly", "dates": "fiscal_text_above",
                                                        "two_line_fiscal": True},
    "txt_weekly_caps_headings_untagged": {"family": "weekly", "tags": False},
    # two-digit fiscal years of the 1990s ("FY97"), the dates in the title
    "txt_fiscal_years_of_two_digits": {"dates": "fy_short"},
    "txt_weekly_fiscal_years_of_two_digits_untagged": {"family": "weekly", "dates": "fy_short", "tags": False},
    "txt_fiscal_word_and_two_digit_years": {"dates": "fiscal_short"},
    "txt_weekly_fiscal_word_and_two_digit_years_untagged": {"family": "weekly", "dates": "fiscal_short",
                                                             "tags": False},
    # two-digit years alone over the columns ("97   96" under "December 31,"), no year elsewhere in the heading
    "txt_two_digit_years_alone_under_dated_headings": {"dates": "bare_short"},
    "txt_two_digit_years_alone_under_dated_headings_untagged": {"dates": "bare_short", "tags": False},
    "txt_weekly_fiscal_words_one_space_apart": {"family": "weekly", "dates": "fiscal_words", "sep": " ",
                                                "attached": True},
    "txt_weekly_fiscal_words_one_space_apart_untagged": {"family": "weekly", "dates": "fiscal_words", "sep": " ",
                                                         "attached": True, "tags": False},
    "txt_thirteen_weeks_beside_fifty_two_weeks": {"family": "weekly", "quarter": True},
    "txt_quarter_beside_year_caps": {"quarter": True},
    # untagged, the group headings stand one blank line above the dates over the columns
    "txt_quarter_beside_year_group_heading_over_a_blank_untagged": {"quarter": True, "tags": False},
    "txt_thirteen_beside_fifty_two_weeks_group_heading_over_a_blank_untagged": {"family": "weekly", "quarter": True,
                                                                               "tags": False},
    "txt_subtotals_unlabelled": {"totals": "blank"},
    "txt_subtotals_unlabelled_untagged": {"totals": "blank", "tags": False},
    "txt_subtotals_labelled_total_alone": {"totals": "word"},
    "txt_totals_without_rules": {"totals": "none"},
    # headings with no colon ("Current assets" over its lines set deeper)
    "txt_headings_without_colons_subtotals_unlabelled": {"bare_headings": True, "totals": "blank"},
    "txt_headings_without_colons_caps_untagged": {"bare_headings": True, "caps_labels": True, "tags": False},
    "txt_totals_without_rules_untagged": {"totals": "none", "tags": False, "leaders": False},
    "txt_nongaap_pro_forma_table_after_income_statement": {"nongaap": "pro_forma", "release": True},
    "txt_nongaap_as_adjusted_untagged": {"nongaap": "adjusted", "release": True, "tags": False},
    "txt_nongaap_excluding_special_items": {"nongaap": "excluding", "release": True},
    "txt_percent_change_column": {"change": "percent"},
    "txt_pro_forma_column_beside_the_years": {"pro_forma": True},
    "txt_pro_forma_column_untagged": {"pro_forma": True, "tags": False},
    # columns one space apart: "1996 Pro forma" over the last year's column and the pro forma column
    "txt_pro_forma_column_one_space_after_the_year": {"pro_forma": True, "sep": " ", "attached": True},
    "txt_pro_forma_column_one_space_after_the_year_untagged": {"pro_forma": True, "sep": " ", "attached": True,
                                                               "tags": False},
    "txt_increase_decrease_column": {"change": "amount"},
    # "NM" (not meaningful) in the change column of a line printing nothing in either year
    "txt_percent_change_not_meaningful": {"change": "percent", "nil": "--", "nm": "NM"},
    "txt_quarter_and_year_percent_change_not_meaningful_untagged": {"quarter": True, "change": "percent",
                                                                     "nil": "--", "nm": "N/M", "tags": False},
    "txt_quarter_and_year_with_percent_change": {"quarter": True, "change": "percent", "release": True},
    "txt_quarter_and_year_with_increase_decrease": {"quarter": True, "change": "amount", "release": True},
    "txt_quarter_and_year_with_increase_decrease_untagged": {"quarter": True, "change": "amount", "tags": False},
    "txt_single_space_between_columns": {"sep": " ", "attached": True},
    "txt_single_space_between_columns_untagged": {"sep": " ", "attached": True, "tags": False},
    "txt_tab_before_each_figure": {"sep": "\t", "release": True},
    "txt_tab_before_each_figure_untagged": {"sep": "\t", "tags": False},
    # the dollar sign typed as a tab field of its own ("Net sales<tab>$<tab>98,450", "Cost<tab><tab>61,200")
    "txt_tab_dollar_sign_field_of_its_own": {"sep": "\t", "dollar_tab": True, "release": True},
    "txt_tab_dollar_sign_field_quarter_beside_year_untagged": {"sep": "\t", "dollar_tab": True, "quarter": True,
                                                               "tags": False},
    "txt_tab_quarter_beside_year_one_tab_per_group": {"sep": "\t", "quarter": True, "release": True},
    "txt_10q_tab_before_each_figure_one_tab_per_group_untagged": {"sep": "\t", "q10": 6, "tags": False},
    # change columns over tab-separated figures: "Increase (Decrease)" or "% Change" over the third column
    "txt_tab_increase_decrease_column": {"sep": "\t", "change": "amount"},
    "txt_tab_percent_change_column_untagged": {"sep": "\t", "change": "percent", "tags": False},
    "txt_tab_quarter_and_year_with_increase_decrease": {"sep": "\t", "quarter": True, "change": "amount"},
    "txt_dollar_paren_negatives_on_totals": {"neg": "dollar_paren", "dollar_totals": True},
    "txt_paren_at_column_edge_dollar_totals": {"neg": "wide_paren", "dollar_totals": True},
    "txt_minus_before_dollar_at_column_edge_on_totals": {"neg": "minus_dollar", "dollar_totals": True},
    "txt_minus_before_dollar_at_column_edge_quarter_untagged": {"neg": "minus_dollar", "dollar_totals": True,
                                                                "quarter": True, "tags": False},
    # footnote marks hanging after the figures of some lines ("61,200(a)", "2,860*")
    "txt_footnote_marks_after_figures": {"marks": True},
    "txt_footnote_marks_after_figures_untagged": {"marks": True, "tags": False, "quarter": True},
    # the marks one space after the figures ("30,100 (2)": no negative 2 in a column of its own)
    "txt_footnote_marks_one_space_after_figures": {"marks": "spaced"},
    "txt_footnote_marks_one_space_after_figures_quarter_untagged": {"marks": "spaced", "tags": False,
                                                                    "quarter": True},
    # marks of two digits attached ("61,200(12)"), and marks two spaces after the figures ("30,100  (10)")
    "txt_footnote_marks_of_two_digits": {"marks": "two_digits"},
    "txt_footnote_marks_of_two_digits_quarter_untagged": {"marks": "two_digits", "tags": False, "quarter": True},
    "txt_footnote_marks_two_spaces_after_figures": {"marks": "two_spaces"},
    "txt_footnote_marks_two_spaces_after_figures_quarter_untagged": {"marks": "two_spaces", "tags": False,
                                                                     "quarter": True},
    # a restatement: the prior year printed twice, "As restated" and "Previously reported" (superseded)
    "txt_prior_year_restated_beside_previously_reported": {"restated": True},
    "txt_prior_year_restated_beside_previously_reported_untagged": {"restated": True, "tags": False},
    # negatives marked as credits ("3,000 CR"), the mark hanging right of the digits
    "txt_credit_marks_for_negatives": {"neg": "cr"},
    "txt_credit_marks_for_negatives_quarter_untagged": {"neg": "cr", "tags": False, "quarter": True},
    # "Fourth Quarter" and "Year" over the years, each over a rule of dashes spanning its two columns:
    # the short "Year" heads both of its columns, not only the one it stands nearer
    "txt_fourth_quarter_and_year_over_ruled_spans": {"quarter": True, "ordinal": True, "dates": "plain"},
    "txt_fourth_quarter_and_year_over_ruled_spans_untagged": {"quarter": True, "ordinal": True, "tags": False},
    # the years alone over every statement's columns, no date near them nor on a cover: the fiscal year
    # end of the SEC header ("FISCAL YEAR END: 1231") dates them
    "txt_years_alone_dated_by_the_sec_header": {"dates": "years_only", "header": True},
    "txt_years_alone_dated_by_the_sec_header_untagged": {"dates": "years_only", "header": True, "tags": False},
    # "Fourth Quarter" and "Year" over the years alone: the header's fiscal year end dates both
    "txt_fourth_quarter_and_year_dated_by_the_sec_header": {"quarter": True, "ordinal": True,
                                                            "dates": "years_only", "header": True},
    "txt_fourth_quarter_and_year_dated_by_the_sec_header_untagged": {"quarter": True, "ordinal": True,
                                                                     "dates": "years_only", "header": True,
                                                                     "tags": False},
    # a 10-Q's "Second Quarter" and "Six Months" over the years alone (the balance sheet dated): the
    # header's fiscal year end dates the quarter and the year to date
    "txt_10q_second_quarter_and_six_months_over_years_alone": {"q10": 6, "dates": "years_only", "header": True},
    "txt_10q_third_quarter_and_nine_months_over_years_alone_untagged": {"q10": 9, "dates": "years_only",
                                                                        "header": True, "tags": False},
    # the statements drawn in boxes: "|" down the columns' edges, "+" where the rules meet them
    "txt_10q_third_quarter_and_year_to_date_over_years_alone": {"q10": 9, "dates": "years_only", "header": True,
                                                                "ytd_words": True},
    "txt_10q_second_quarter_and_year_to_date_over_years_alone_untagged": {"q10": 6, "dates": "years_only",
                                                                          "header": True, "ytd_words": True,
                                                                          "tags": False},
    # "Quarter" and "Year to Date" over the years alone, no cover line: the header's period of report
    # (CONFORMED PERIOD OF REPORT) ends the quarter, and the year to date runs from the fiscal year's start
    "txt_10q_quarter_and_year_to_date_dated_by_the_period_of_report": {"q10": 9, "dates": "years_only",
                                                                        "header": True, "ytd_words": True,
                                                                        "reported": True},
    "txt_10q_quarter_and_year_to_date_dated_by_the_period_of_report_untagged": {
        "q10": 6, "dates": "years_only", "header": True, "ytd_words": True, "reported": True, "tags": False},
    "txt_tables_drawn_in_boxes": {"bars": True},
    "txt_tables_drawn_in_boxes_untagged_quarter": {"bars": True, "tags": False, "quarter": True},
    "txt_nil_double_dash": {"nil": "--"},
    "txt_nil_dash_zero_dash": {"nil": "-0-"},
    "txt_nil_word": {"nil": "nil"},
    "txt_nil_single_dash_untagged": {"nil": "-", "tags": False},
    "txt_nil_quarter_beside_year": {"nil": "--", "quarter": True},
    # a release's income statement in two blocks: the quarter's lines, then under a heading of its own
    # typed over the same columns ("YEARS ENDED / DECEMBER 31, / 1997 1996") the year's
    "txt_year_stacked_under_the_quarter": {"quarter": True, "stacked": True, "release": True},
    "txt_year_stacked_under_the_quarter_untagged": {"quarter": True, "stacked": True, "tags": False},
    "txt_weeks_stacked_under_the_quarter": {"quarter": True, "stacked": True, "family": "weekly"},
    "txt_ex27_schedule_after_the_statements": {"ex27": True},
    "txt_ex27_schedule_untagged_statements": {"ex27": True, "tags": False},
    "txt_double_spaced_lines": {"double": True},
    "txt_double_spaced_lines_untagged": {"double": True, "tags": False},
    "txt_all_caps_labels": {"caps_labels": True},
    "txt_whole_dollars_no_scale": {"whole": True, "scale": "none"},
    "txt_whole_dollars_untagged": {"whole": True, "scale": "none", "tags": False},
    # six columns of whole dollars: rules and group headings longer than a line of prose
    "txt_wide_whole_dollars_quarter_year_percent_change_untagged": {"whole": True, "scale": "none", "tags": False,
                                                                    "quarter": True, "change": "percent"},
    "txt_wide_whole_dollars_quarter_year_increase_decrease_untagged": {"whole": True, "scale": "none",
                                                                       "tags": False, "quarter": True,
                                                                       "change": "amount"},
    "txt_10q_three_and_six_months": {"q10": 6},
    "txt_10q_three_and_nine_months_untagged": {"q10": 9, "tags": False},
    "txt_10q_thirteen_and_twenty_six_weeks": {"q10": 26},
    "txt_10q_thirteen_and_twenty_six_weeks_untagged": {"q10": 26, "tags": False, "dates": "plain"},
    "txt_10q_three_and_six_months_in_one_heading": {"q10": 6, "q10_heading": "two_lengths", "dates": "plain"},
    "txt_10q_three_and_nine_months_in_one_heading_caps": {"q10": 9, "q10_heading": "two_lengths"},
    "txt_10q_weeks_in_one_heading_untagged": {"q10": 26, "q10_heading": "two_lengths", "tags": False},
    "txt_10q_scale_under_the_tables": {"q10": 9, "scale": "footer"},
    "txt_10q_nine_months_count_typed_apart": {"q10": 9, "count_apart": True},
    "txt_10q_weeks_count_typed_apart_untagged": {"q10": 26, "count_apart": True, "tags": False},
    # narrow columns one space apart: the two groups' headings touch ("...WEEKS ENDED TWENTY-SIX WEEKS ENDED")
    "txt_10q_weeks_group_headings_one_space_apart": {"q10": 26, "sep": " ", "attached": True},
    "txt_10q_weeks_group_headings_one_space_apart_untagged": {"q10": 26, "sep": " ", "attached": True,
                                                              "tags": False, "dates": "plain"},
}
TEXT_VARIANTS: dict[str, dict[str, object]] = {name: {"txt": t} for name, t in _LAYOUTS.items()}
