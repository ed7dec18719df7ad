"""The layout bed on real statements: the money lines of the in-sample text answer keys
(../shared/corpus/edgar-text/keys; the held-out keys of bench/textkeys.py are never read),
re-typeset in a few layouts of 1993-2008 filings. The measure is invariance: every layout must
yield the facts the first one yields (whatever the reader misses on the statements themselves is
the answer-key benchmark's business, not this bed's). Needs ../shared: bench only.

A key row is (statement, source_row, concepts, period, unit, value, decimals, required). Its
money rows are printed in key order, one line per source row, a column per period; in-label
amounts the key names with a suffix ("... (allowance)", "(shares issued)") are left out, and an
unlabelled total ("(total) Inventories") is printed as a line with no label.
"""

from __future__ import annotations

import csv
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from exporter.read.documents import parse_filing
from exporter.understand.extract import extract
from tests.layout_bed import _unexpand

KEYS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "edgar-text" / "keys"
_IN_LABEL = re.compile(r"\((allowance|shares[^)]*|par value[^)]*|per share)\)\s*$")
_NAMES = {"bs": "CONSOLIDATED BALANCE SHEETS", "is": "CONSOLIDATED STATEMENTS OF INCOME",
          "cf": "CONSOLIDATED STATEMENTS OF CASH FLOWS"}
WIDTH = 60


@dataclass
class KeyStatement:
    code: str
    columns: list[str]  # period keys, latest first (durations; instants for a balance sheet)
    lines: list[tuple[str, dict[str, Decimal]]]  # label, value by period key


def _held_out() -> set[str]:
    import importlib.util

    bench = Path(__file__).resolve().parents[1] / "bench" / "textkeys.py"
    spec = importlib.util.spec_from_file_location("textkeys", bench)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return set(mod.HELD_OUT)


def in_sample_keys() -> list[Path]:
    held = _held_out()
    return [k for k in sorted(KEYS.glob("*.golden.tsv")) if k.name.removesuffix(".golden.tsv") not in held]


def read_key(path: Path) -> list[KeyStatement]:
    rows = [r for r in csv.reader((ln for ln in path.open() if not ln.startswith("#")), delimiter="\t")]
    out: list[KeyStatement] = []
    current: dict[str, KeyStatement] = {}
    for r in rows[1:]:
        if len(r) < 7 or r[4] != "USD" or _IN_LABEL.search(r[1]):
            continue
        code, label, period, value = r[0], r[1], r[3], abs(Decimal(r[5]))
        label = "" if label.startswith("(total)") else label
        st = current.get(code)
        if st is None or (label and label != st.lines[-1][0] and any(label == seen for seen, _ in st.lines)):
            st = current[code] = KeyStatement(code, [], [])  # a line again: the key's next table of that kind
            out.append(st)
        if not st.lines or st.lines[-1][0] != label or period in st.lines[-1][1]:
            st.lines.append((label, {}))
        st.lines[-1][1][period] = value
    for st in out:
        kind = (lambda p: "/" in p) if st.code != "bs" else (lambda p: "/" not in p)
        periods = {p for _, vals in st.lines for p in vals if kind(p)}
        # a column the key fills on few lines (it keys only some of a printed column) is left out
        filled = [vals for _, vals in st.lines if any(p in vals for p in periods)]
        periods = {p for p in periods if 2 * sum(p in vals for vals in filled) >= len(filled)}
        # as statements set them: the shorter periods first, each length's latest first
        latest = sorted(periods, key=lambda p: p.split("/")[-1], reverse=True)
        st.columns = sorted(latest, key=lambda p: round((date.fromisoformat(p.split("/")[-1])
                                                         - date.fromisoformat(p.split("/")[0])).days / 30.44)
                            if "/" in p else 0)
    order = {"bs": 0, "is": 1, "cf": 2}
    return sorted((st for st in out if st.columns and st.code in order), key=lambda st: order[st.code])


def _scale(statements: list[KeyStatement]) -> tuple[int, str]:
    values = [v for st in statements for _, vals in st.lines for v in vals.values() if v]
    for power, words in ((6, "(Dollars in millions)"), (3, "(In thousands)")):
        if values and all(v % (10 ** power) == 0 for v in values):
            return power, words
    return 0, ""


def _when(period: str) -> tuple[str, str]:
    """(length words, end date words) of a period key."""
    end = date.fromisoformat(period.split("/")[-1])
    words = f"{end:%B} {end.day}, {end.year}"
    if "/" not in period:
        return "", words
    start = date.fromisoformat(period.split("/")[0])
    months = round((end - start).days / 30.44)
    return ("Year Ended" if months == 12 else f"{months} Months Ended"), words


def _cells(vals: dict[str, Decimal], columns: list[str], power: int) -> list[str]:
    """One figure per column; an instant line of a duration table (opening and closing cash) by
    the order of its dates."""
    by_col = [vals.get(c) for c in columns]
    if not any(v is not None for v in by_col):
        instants = sorted(vals, reverse=True)
        by_col = [vals[p] for p in instants[:len(columns)]] + [None] * (len(columns) - len(instants))
    return [f"{v / Decimal(10) ** power:,.0f}" if v is not None else "" for v in by_col]


def render_keys(statements: list[KeyStatement], layout_name: str) -> str:
    """The statements in one layout: tagged | untagged | two_rows (month and day over the year)
    | title_dates (the dates in the title, the years over the columns) | continued (a longer
    statement over two pages, the second part titled "(continued)") | tabs (no leaders, blanks
    set as tabs) | label_dates (the month and day in the year row's label cell, where one length
    and one month and day date every column)."""
    power, words = _scale(statements)
    parts = ["REGISTRANT CORPORATION", ""]
    for st in statements:
        layout = layout_name
        n = len(st.columns)
        whens = [_when(c) for c in st.columns]
        title = [_NAMES[st.code]] + ([words] if words else [])
        ends_by_year: dict[str, set[str]] = {w[1][-4:]: set() for w in whens}
        for w in whens:
            ends_by_year[w[1][-4:]].add(w[1])
        if layout == "title_dates" and any(len(e) > 1 for e in ends_by_year.values()):
            layout = "two_rows"  # two ends in one year: no filing dates such columns by the title
        lengths_all = {w[0] for w in whens}
        month_days = {w[1].rsplit(" ", 1)[0] for w in whens}
        if layout == "label_dates" and (len(lengths_all) > 1 or len(month_days) > 1):
            layout = "tagged"  # one length and one month and day only can be said in the label column
        if layout in ("two_rows", "untagged"):  # bare text keeps to 80 columns: headings stacked
            heads = [[w[0] for w in whens], [w[1].rsplit(" ", 1)[0] for w in whens], [w[1][-4:] for w in whens]]
        elif layout == "title_dates":
            lengths = {w[0] for w in whens}
            plural = whens[0][0].upper().replace("YEAR ", "YEARS ")
            lead = "AS OF " if st.code == "bs" else f"FOR THE {plural} " if len(lengths) == 1 else ""
            ends = list(dict.fromkeys(w[1].upper() for w in whens))
            title.insert(1, lead + (", ".join(ends[:-1]) + " AND " if len(ends) > 1 else "") + ends[-1])
            heads = ([] if len(lengths) == 1 else [[w[0] for w in whens]]) + [[w[1][-4:] for w in whens]]
        elif layout == "label_dates":  # "For the years ended March 31:" in the year row's label cell
            heads = [[w[1][-4:] for w in whens]]
            day = next(iter(month_days))
            said = day if st.code == "bs" else f"For the {whens[0][0].lower()} {day}:"
        else:
            heads = [[w[0] for w in whens], [w[1] for w in whens]]
        width = max(12, *(len(t) + 2 for row in heads for t in row))
        label_width = max(28, min(WIDTH, 80 - width * n)) if layout == "untagged" else WIDTH
        head_lines = [" " * label_width + "".join(t.rjust(width) for t in row) for row in heads if any(row)]
        if layout == "label_dates":
            head_lines[-1] = said.replace("Year Ended", "years ended").replace("year ended", "years ended")\
                .ljust(label_width) + head_lines[-1][label_width:]
        body = []
        for label, vals in st.lines:  # a long label wraps; its figures stand on its last line
            wrapped = textwrap.wrap(label, label_width - 4, subsequent_indent="  ") or [""]
            body += wrapped[:-1]
            fill = " " if layout == "tabs" else "."
            body.append((wrapped[-1].ljust(label_width, fill) if label else " " * label_width)
                        + "".join(c.rjust(width) for c in _cells(vals, st.columns, power)))
        parts += [t.center(label_width + width * n).rstrip() for t in title] + [""]
        if layout == "untagged":
            parts += [*head_lines, " " * label_width + ("-" * (width - 2)).rjust(width) * n, *body, "", ""]
        else:
            blocks = [body]
            if layout == "continued" and len(body) > 12:  # over two pages, split after a line of figures
                at = next(i for i in range(len(body) // 2, len(body)) if body[i - 1].rstrip()[-1:].isdigit())
                blocks = [body[:at], body[at:]]
            for k, block in enumerate(blocks):
                if k:
                    parts += ["<PAGE>", "", f"{_NAMES[st.code]} (continued)".center(label_width + width * n), ""]
                parts += ["<TABLE>", "<CAPTION>", *head_lines, "<S>" + " " * (WIDTH - 3) + "<C>".rjust(width) * n,
                          *block, "</TABLE>", ""]
        parts += ["<PAGE>", ""]
    text = "\n".join(parts) + "\n"
    return "\n".join(_unexpand(line) for line in text.split("\n")) if layout_name == "tabs" else text


LAYOUTS = ("tagged", "untagged", "two_rows", "title_dates", "continued", "tabs", "label_dates")


def facts_of(text: str) -> set[tuple[str, Decimal]]:
    ex = extract(parse_filing(text, Path("layout.txt")))
    return {(f.period.key(), abs(f.value)) for f in ex.facts if f.unit == "USD"}


def check_key(path: Path, read: Callable[[str], set[tuple[str, Decimal]]] = facts_of,
              ) -> dict[str, tuple[int, int, int]]:
    """Per layout: (facts the first layout gives, of them missing here, extra here)."""
    statements = read_key(path)
    if not statements:
        return {}
    base = read(render_keys(statements, LAYOUTS[0]))
    out = {}
    for layout in LAYOUTS:
        got = base if layout == LAYOUTS[0] else read(render_keys(statements, layout))
        out[layout] = (len(base), len(base - got), len(got - base))
    return out
