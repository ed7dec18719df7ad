"""Share counts printed inside a stock line's label, placed in the balance sheet's columns.

A stock line's label often states what its amount is made of::

    Common stock, $0.50 par value: Authorized - 5.6 billion shares; Issued and outstanding -
    574 million and 601 million, respectively
    Treasury stock, at cost (575,431,362 and 527,460,237 shares at June 30, 2023 and
    December 31, 2022, respectively)
    Common shares ... Issued at stated capital amount - Shares: 2023: 1,987,181,491; 2022: ...

The label is read as a stream of tokens (dates, years, dollar amounts, counts with their
``million`` / ``billion`` word, keywords). Counts joined by ``and`` / commas form a group; a
group belongs to the keyword printed right after it (``2,071,144 shares issued``) or, failing
that, to the nearest keyword before it (``authorized - 5,000 shares``). A count's breakdown by
class in an aside (``300,000 shares authorized (Class A 180,000, Class B 60,000)``) is the
classes', not read. A count's column is the year printed beside it (``in 2023``, ``(2020)``,
``2025 - 4,009.2``, ``as of June 30, 2023``; several counts followed by as many dates,
``respectively``, in order); counts with no year fill the columns in order, but one count printed
once with no date is the latest balance sheet's alone (``Less treasury stock, at cost; 1,234,000
shares``), or, shares authorized, every date's; so is an issued or outstanding count when the line's
amount is the same at every date (``count_carried_by_equal_amounts``: the amount at cost of treasury
shares proves no count). ``none`` is a zero in every column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import taxonomy_map
from exporter.read.months import MONTH_STEMS
from exporter.read.numbers import parse_number
from exporter.understand.records import SHARES_UNIT

_MONTH = rf"(?:{MONTH_STEMS})[a-z]*\.?"
_TOKEN = re.compile(
    rf"(?P<date>\b{_MONTH}\s+\d{{1,2}},?\s+(?P<dy>(?:19|20)\d\d)\b)"
    r"|(?P<money>\$\s?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s*\d+/\d+)?(?:\s*(?:million|billion))?)"
    r"|(?P<note>\bnotes?\s+\d+[a-z]?\b)"
    r"|(?P<frac>\d+/\d+)"
    r"|(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?P<mult>thousand|million|billion)\b)?"
    r"|(?P<kw>authorized,?\s+issued,?\s+and\s+outstanding|authorized\s+and\s+(?:issued|outstanding)"
    r"|issued\s+and\s+outstanding|outstanding\s+and\s+issued|authorized|issued|outstanding"
    r"|treasury|none|respectively)\b"
    r"|(?P<no>\bno\s+shares\b)"
    r"|(?P<semi>;)"
    r"|(?P<word>[a-z]+)",
    re.I)
_MULT = {"thousand": 3, "million": 6, "billion": 9}
# "(Class A 180,000, Class B 60,000, Class C 60,000)": a count broken down by class of stock
_CLASS_ASIDE = re.compile(r"\(\s*(?:(?:class|series)\s+\w{1,3}\s*[-–—:]?\s*[\d,.]+\s*[,;]?\s*(?:and\s+)?)+\)", re.I)
# words that may stand between a count and its year, keyword or next count
_FILLER = frozenset({
    "shares", "share", "common", "preferred", "stock", "class", "series", "of", "and", "at", "as", "on",
    "in", "for", "the", "each", "both", "were", "was", "are", "is", "end", "fiscal", "year", "years",
    "held", "a", "b", "c", "respectively"})  # never a count's text: counts are digits
_KEYWORD = {"authorized issued and outstanding": ("Authorized", "Issued", "Outstanding"),  # commas dropped
            "authorized and issued": ("Authorized", "Issued"),
            "authorized and outstanding": ("Authorized", "Outstanding"),
            "issued and outstanding": ("Issued", "Outstanding"),
            "outstanding and issued": ("Issued", "Outstanding"),
            "authorized": ("Authorized",), "issued": ("Issued",), "outstanding": ("Outstanding",),
            "treasury": ("Treasury",)}
# the counts a line's amount, the same in every column, shows the same at every date (reader_words.csv)
_CARRIED = frozenset(taxonomy_map.reader_words()["line_word"]["count_carried_by_equal_amounts"].split("|"))


@dataclass(frozen=True)
class Parenthetical:
    concept: str
    unit: str
    values: tuple[Decimal | None, ...]  # one per column, as printed (before ``power``)
    places: int
    power: int | None = None  # 10**power to store; None: the table's share scale


@dataclass
class _Tok:
    kind: str       # date, year, money, count, kw, semi, word, none
    text: str
    year: int = 0
    value: Decimal = Decimal(0)
    power: int | None = None
    gap: str = ""   # raw text between the previous token and this one


@dataclass
class _Count:
    value: Decimal
    power: int | None
    years: list[int]
    places: int = 0


@dataclass
class _Group:
    counts: list[_Count]
    keyword: str = ""
    none: bool = False


def _tokens(label: str) -> list[_Tok]:
    out: list[_Tok] = []
    last = 0
    for m in _TOKEN.finditer(label):
        gap = label[last:m.start()]
        last = m.end()
        if m.group("date"):
            out.append(_Tok("date", m.group(0), year=int(m.group("dy")), gap=gap))
        elif m.group("note"):
            out.append(_Tok("word", "note", gap=gap))  # "(Note 5)": a reference, never a count
        elif m.group("money") or m.group("frac"):
            out.append(_Tok("money", m.group(0), gap=gap))
        elif m.group("num"):
            text = m.group("num")
            if m.group("mult") is None and "," not in text and "." not in text and re.fullmatch(
                    r"(?:19[5-9]|20[0-4])\d", text) and not re.match(r"\s*shares", label[m.end():], re.I):
                out.append(_Tok("year", text, year=int(text), gap=gap))
                continue
            parsed = parse_number(text)
            value = abs(parsed.value) if parsed else Decimal(0)
            mult = m.group("mult")
            out.append(_Tok("count", text, value=value, power=_MULT[mult.lower()] if mult else None, gap=gap))
        elif m.group("kw"):
            kw = re.sub(r"\s+", " ", m.group("kw").lower().replace(",", ""))
            out.append(_Tok("none" if kw == "none" else "kw", kw, gap=gap))
        elif m.group("no"):
            out.append(_Tok("none", "no shares", gap=gap))
        elif m.group("semi"):
            out.append(_Tok("semi", ";", gap=gap))
        else:
            out.append(_Tok("word", m.group(0).lower(), gap=gap))
    return out


def _groups(toks: list[_Tok]) -> list[_Group]:
    """Counts joined by fillers, each with the years printed beside it, and their keyword."""
    groups: list[_Group] = []
    i = 0
    last_kw = ""
    while i < len(toks):
        t = toks[i]
        if t.kind == "kw" and t.text != "respectively":
            last_kw = t.text
        if t.kind not in ("count", "none"):
            i += 1
            continue
        group = _Group([], none=t.kind == "none")
        last = i
        prefix_year = _prefix_year(toks, i)
        j = i
        while j < len(toks):
            tok = toks[j]
            if tok.kind in ("count", "none") and j > i and (group.none or tok.kind == "none"):
                break  # "5,000 shares, none outstanding": a new group
            if tok.kind == "count":
                last = j
                group.counts.append(_Count(tok.value, tok.power, [prefix_year] if prefix_year else [],
                                           len(tok.text.split(".")[1]) if "." in tok.text else 0))
                prefix_year = 0
            elif tok.kind in ("date", "year"):
                if _is_prefix(toks, j):
                    prefix_year = tok.year
                elif group.counts:
                    group.counts[-1].years.append(tok.year)
            elif tok.kind == "none" or tok.text in _FILLER:
                pass  # "respectively" is a keyword token, the rest words
            else:
                break
            j += 1
        _respectively(group.counts)
        trailing = toks[j].text if j < len(toks) and toks[j].kind == "kw" else ""
        if any(re.search(r"[,;]", toks[m].gap) for m in range(last + 1, min(j + 1, len(toks)))):
            trailing = ""  # "authorized 1,600,000,000 shares, issued ...": the next clause's keyword
        after = toks[j + 1] if trailing and j + 1 < len(toks) else None
        if after is not None and after.kind == "count" and re.fullmatch(r"\s*[-–—:]?\s*", after.gap) \
                and not _own_keyword(toks, j + 1):
            trailing = ""  # "20,000,000 shares Issued 8,763,812": the keyword introduces the next count
        before, dash = _introducing_keyword(toks, i)
        if before is not None and dash:
            group.keyword = before.text  # "Authorized - 5,000 shares": the keyword introduces it
        else:
            group.keyword = trailing or last_kw
            if trailing:
                last_kw = trailing
                j += 1
                _dates_after_keyword(group.counts, toks, j)
        if group.counts or group.none:
            groups.append(group)
        i = max(j, i + 1)
    return groups


def _respectively(counts: list[_Count]) -> None:
    """``575,431,362 and 527,460,237 shares at June 30, 2023 and December 31, 2022``: as many dates
    printed after the last of several counts as there are counts are the counts' dates in order."""
    if len(counts) < 2 or any(c.years for c in counts[:-1]) or len(counts[-1].years) != len(counts):
        return
    for c, year in zip(counts, list(counts[-1].years), strict=True):
        c.years = [year]


def _dates_after_keyword(counts: list[_Count], toks: list[_Tok], j: int) -> None:
    """``410 and 400 shares issued at December 31, 2019 and 2020, respectively``: the dates right
    after the counts' own keyword, one per count, are theirs in order."""
    if len(counts) < 2 or any(c.years for c in counts):
        return
    years: list[int] = []
    while j < len(toks) and (toks[j].kind in ("date", "year") or toks[j].text in _FILLER):
        if toks[j].kind in ("date", "year"):
            years.append(toks[j].year)
        j += 1
    if len(years) == len(counts):
        for c, year in zip(counts, years, strict=True):
            c.years = [year]


def _own_keyword(toks: list[_Tok], i: int) -> bool:
    """Do the counts from ``toks[i]`` on end in a keyword of their own ("40,000 shares authorized
    38,575 and 33,387 shares issued"), so the keyword before them closes the counts before it?"""
    j = i
    while j < len(toks) and (toks[j].kind in ("count", "date", "year") or toks[j].text in _FILLER):
        j += 1
    return j > i and j < len(toks) and toks[j].kind == "kw" and toks[j].text != "respectively" \
        and not any(re.search(r"[,;]", toks[m].gap) for m in range(i + 1, j + 1))


def _introducing_keyword(toks: list[_Tok], i: int) -> tuple[_Tok | None, bool]:
    """The keyword right before a count (``Authorized shares: 3,200,000``) and whether a dash or
    colon stands between them."""
    k = i - 1
    while k >= 0 and toks[k].kind == "word" and toks[k].text in ("shares", "share", "common", "stock"):
        k -= 1
    if k < 0 or toks[k].kind != "kw":
        return None, False
    return toks[k], any(re.search(r"[-–—:]", toks[m].gap) for m in range(k + 1, i + 1))


def _is_prefix(toks: list[_Tok], j: int) -> bool:
    """``2025 - 4,009.2`` / ``2023: 1,987,181,491``: a year introducing the count after it."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return bool(nxt and nxt.kind == "count" and re.fullmatch(r"\s*[-–—:]\s*", nxt.gap))


def _prefix_year(toks: list[_Tok], i: int) -> int:
    prev = toks[i - 1] if i else None
    return prev.year if prev and prev.kind in ("year", "date") and _is_prefix(toks, i - 1) else 0


def _place(groups: list[_Group], ncols: int, years: list[int], equal: bool,
           authorized: bool) -> tuple[tuple[Decimal | None, ...], int | None, int] | None:
    values: list[Decimal | None] = [None] * ncols
    counts = [c for g in groups for c in g.counts]
    if any(g.none for g in groups) and not counts:
        return (Decimal(0),) * ncols, 0, 0
    power = next((c.power for c in reversed(counts) if c.power is not None), None)
    undated: list[_Count] = []
    if len(set(years)) < len(years):  # two columns in one year: a year names no column
        if len(counts) == 1 and sorted(counts[0].years) == sorted(years):
            # "1,358,208 shares at October 31, 2024 and January 31, 2024": one count at every date printed
            return (counts[0].value,) * ncols, power, counts[0].places
        counts = [_Count(c.value, c.power, [], c.places) for c in counts]
    for c in counts:
        cols = [years.index(y) for y in c.years if y in years]
        if c.years and not cols:
            continue  # a year no column has: not this table's
        for col in cols:
            values[col] = c.value
        if not c.years:
            undated.append(c)
    free = [k for k in range(ncols) if values[k] is None]
    if len(undated) == 1 and len(counts) == 1 and (authorized or equal):
        free_values = {k: undated[0].value for k in free}
    elif len(undated) == 1 and len(counts) == 1:
        latest = _latest(years)  # one count printed once, no date: the balance sheet's own date
        free_values = {latest: undated[0].value} if latest is not None and latest in free else {}
    else:
        free_values = {k: c.value for k, c in zip(free, undated, strict=False)}
    for k, v in free_values.items():
        values[k] = v
    if all(v is None for v in values):
        return None
    return tuple(values), power, max((c.places for c in counts), default=0)


def _latest(years: list[int]) -> int | None:
    """The column of the latest year, when one column alone has it (else no column is the latest)."""
    if not years or years.count(max(years)) > 1:
        return None
    return years.index(max(years))


def read_stock_label(label: str, ncols: int, years: list[int], equal: bool = False) -> list[Parenthetical]:
    """Shares authorized / issued / outstanding / in treasury that a stock line's label states.

    ``years``: the year of each balance-sheet column; ``equal``: the line prints the same amount
    in every column (a lone undated count then holds for each of them).
    """
    label = _CLASS_ASIDE.sub(" ", label)
    low = label.lower()
    kind = "Preferred" if "preferred" in low else "Common"
    by_kw: dict[str, list[_Group]] = {}
    for g in _groups(_tokens(label)):
        if not g.keyword and "treasury" in low:
            g.keyword = "treasury"
        for name in _KEYWORD.get(g.keyword, ()):
            by_kw.setdefault(name, []).append(g)
    out: list[Parenthetical] = []
    for name, groups in by_kw.items():
        placed = _place(groups, ncols, years, equal and name in _CARRIED, name == "Authorized")
        if placed is None:
            continue
        values, power, places = placed
        if name == "Treasury":
            if kind == "Preferred":
                continue
            concept = "TreasuryStockCommonShares"
        else:
            concept = f"{kind}StockShares{name}"
        out.append(Parenthetical(concept, SHARES_UNIT, values, places, power))
    return out
