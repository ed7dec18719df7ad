"""Numbers in the narrative that repeat a statement fact, and the dei facts the text shows.

"net revenues of $21,906,000" repeats the income statement's ``Revenues`` for the quarter
(printed there as ``21,906`` in thousands). A prose number becomes a tag only when it is
the *same value* as a fact (so the duplicate is consistent: same concept, context, unit,
decimals and value) and the words around it agree:

1. the value: ``$`` numbers are money (``per share`` after them: per-share), bare numbers are
   shares only in a sentence that speaks of shares; ``thousand/million/billion`` scale them;
2. the label: one significant word of the statement line (or a synonym) is in the sentence
   ("revenues"/"sales", "income"/"profit"/"earnings", ...);
3. the period: the nearest duration word ("quarter", "nine months") rules out other
   durations; "basic"/"diluted", a year ("fiscal 2002") or "prior year" narrow the rest.

What remains must be one concept and one context; anything else is left untagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import TypeAlias

from exporter.model import DeiFact
from exporter.read.months import MONTHS, month_number
from exporter.understand.records import UNIT_OF_KIND, Fact, UnitKind

_AFTER = r"[\w.,/$\-]"  # a character a number never follows: a word's, a figure's, a sign
_AFTER_NUMBER = (r"(?![\w\-]|[.,]\d)"  # what follows a number's figures: its multiple, a percent sign
                 r"(?P<mult>\s+(?:thousand|million|billion)\b)?(?P<pct>\s?%|\s+percent\b)?")
_NUMBER = re.compile(  # (a number starts at "$" or a digit: said first, the search skips other places at once)
    rf"(?=[$\d])(?<!{_AFTER})(?P<cur>\$\s?)?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+\.\d+|\d+)"
    + _AFTER_NUMBER,
    re.I,
)
# the numbers of _NUMBER starting at "$", and those starting at a digit, each pattern opening with the
# character it matches first (sre then passes over the others at C speed; a pattern opening with a
# lookahead or a lookbehind, as _NUMBER does, is tried at every character); the character before is
# looked at behind the first (a lookbehind of two), the first figure read before the others ("\d{1,3}"
# as "\d\d{0,2}", "\d+" as "\d\d*": the same tries in the same order)
_DOLLAR_NUMBER = re.compile(
    rf"\$(?<!{_AFTER}\$)\s?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+\.\d+|\d+)" + _AFTER_NUMBER, re.I)
_BARE_NUMBER = re.compile(
    rf"(?P<num>\d(?<!{_AFTER}\d)(?:\d{{0,2}}(?:,\d{{3}})+(?:\.\d+)?|\d*\.\d+|\d*))" + _AFTER_NUMBER, re.I)
_DIGIT = re.compile(r"\d")
_MULT = {"thousand": 3, "million": 6, "billion": 9}
_PER_SHARE = re.compile(r"\s*(?:per|a)\s+(?:basic\s+|diluted\s+|common\s+)?share\b", re.I)
_SENT_END = re.compile(r"[.!?][\"')\u201d]*\s+(?=[A-Z\"(\u201c$])")
_ABBREV = re.compile(r"\b(?:Inc|Corp|Co|Ltd|No|Nos|Mr|Mrs|Ms|Dr|St|vs|Jr|Sr|U\.S|approx)\.$", re.I)
_DURATIONS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\b(?:quarters?|three[- ]months?|13[- ]weeks?)\b", re.I), 3),
    (re.compile(r"\b(?:six[- ]months?|first half|half[- ]year|26[- ]weeks?)\b", re.I), 6),
    (re.compile(r"\b(?:nine[- ]months?|39[- ]weeks?)\b", re.I), 9),
    (re.compile(r"\b(?:twelve[- ]months?|full[- ]year|fiscal year|years? ended|5[23][- ]weeks?)\b", re.I), 12),
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PRIOR = re.compile(r"\b(?:prior[- ]year|previous year|year[- ]earlier|last year|year[- ]ago|prior period)\b", re.I)
_STOP = frozenset([
    "net", "total", "of", "and", "the", "a", "an", "in", "for", "from", "to", "less", "per", "share",
    "shares", "basic", "diluted", "other", "before", "after", "on", "at", "by", "with", "as", "or", "common",
    "fully", "assuming", "operations",
])
_SYNONYMS = {
    "income": {"profit", "earning"},
    "profit": {"income", "earning"},
    "earning": {"income", "profit"},
    "revenue": {"sale"},
    "sale": {"revenue"},
}
DATE = re.compile(r"\b(?P<month>" + "|".join(MONTHS) + r")\s+(?P<day>\d{1,2}),\s*(?P<year>(?:19|20)\d\d)\b")


@dataclass(frozen=True)
class Repeat:
    """A prose number to tag: ``text[start:end]`` (digits only) shows ``fact`` at ``scale``."""

    start: int
    end: int
    fact: Fact
    scale: int


@dataclass(frozen=True)
class Shown:
    """A dei fact shown in the text: ``text[start:end]``, with its transformation format."""

    start: int
    end: int
    fact: DeiFact
    format: str | None = None


@lru_cache(maxsize=65536)
def _singular(word: str) -> str:
    w = word.lower()
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


_WORD = re.compile(r"[A-Za-z]+")


def _words(text: str) -> set[str]:
    return {_singular(w) for w in set(_WORD.findall(text))}


def label_words(label: str) -> set[str]:
    """The significant words of a statement label, with synonyms: "NET REVENUES" -> {revenue, sale}."""
    out: set[str] = set()
    for w in re.findall(r"[A-Za-z]+", label):
        if w.lower() in _STOP or len(w) < 3:
            continue
        s = _singular(w)
        out.add(s)
        out |= _SYNONYMS.get(s, set())
    return out


@lru_cache(maxsize=4096)
def _label_words(label: str) -> frozenset[str]:
    """:func:`label_words`, worked out once per label (a label is tried against every prose number)."""
    return frozenset(label_words(label))


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph ("Inc." and the like do not end one)."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if _ABBREV.search(text[start : m.start() + 1]):
            continue
        out.append((start, m.start() + 1))
        start = m.end()
    out.append((start, len(text)))
    return out


def _months(fact: Fact) -> int | None:
    if fact.period.start is None:
        return None
    return round((fact.period.end - fact.period.start).days / 30.44)


def _nearest(sentence: str, pos: int, end: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    best: tuple[int, re.Match[str]] | None = None
    for m in pattern.finditer(sentence):
        dist = pos - m.end() if m.end() <= pos else m.start() - end
        if dist >= 0 and (best is None or dist < best[0]):
            best = (dist, m)
    return best[1] if best else None


def _narrow(cands: list[Fact], keep: list[Fact]) -> list[Fact]:
    return keep if keep else cands


def _fiscal_year(d: date, year_end: tuple[int, int] | None) -> int:
    if year_end is None:
        return d.year
    m, day = year_end
    return d.year + 1 if (d.month, d.day) > (m, min(day + 7, 31)) else d.year


ByValue: TypeAlias = dict[tuple[str, Decimal], list[Fact]]


def by_value(facts: Sequence[Fact]) -> ByValue:
    """``facts`` by unit and absolute value, in order, zeros left out: where a prose number looks."""
    out: ByValue = {}
    for f in facts:
        if f.value != 0:
            out.setdefault((f.unit, abs(f.value)), []).append(f)
    return out


_PROSE_UNITS = (UNIT_OF_KIND[UnitKind.MONETARY], UNIT_OF_KIND[UnitKind.PER_SHARE], "shares")
"""The units a prose number is read in (:func:`find_repeats`)."""


def find_repeats(
    text: str,
    facts: Sequence[Fact],
    labels: dict[int, str],
    year_end: tuple[int, int] | None = None,
    index: ByValue | None = None,
) -> list[Repeat]:
    """The prose numbers of ``text`` that repeat one of ``facts`` (``labels``: id(fact) -> label).

    ``index``: :func:`by_value` of ``facts``, when the caller keeps it for many texts."""
    out: list[Repeat] = []
    if not _DIGIT.search(text):
        return out  # no number to repeat a fact (most paragraphs): their sentences need not be found
    found = by_value(facts) if index is None else index
    if not any(_may_repeat(num, mult, pct, found) for num, mult, pct in _numbers(text)):
        # no number of a fact's value (most paragraphs): their sentences need not be found (a number
        # of a sentence is the same match in the whole text: a sentence starts after a space and
        # ends at its stop, which the pattern reads alike in both)
        return out
    for s0, s1 in sentences(text):
        sentence = text[s0:s1]
        words: set[str] | None = None  # the sentence's words, read at its first number
        for m in _NUMBER.finditer(sentence):
            if m["pct"]:
                continue
            scale = _MULT[m["mult"].strip().lower()] if m["mult"] else 0
            value = _value(m["num"], scale)
            if value is None or all((unit, value) not in found for unit in _PROSE_UNITS):
                continue  # no fact of this value in a unit prose gives (most numbers): nothing to read
            if words is None:
                words = _words(sentence)
            per_share = bool(_PER_SHARE.match(sentence, m.end()))
            if m["cur"]:
                unit = UNIT_OF_KIND[UnitKind.PER_SHARE if per_share else UnitKind.MONETARY]
            elif "share" in words and not per_share:
                unit = "shares"
            else:
                continue
            cands = found.get((unit, value), [])
            cands = [f for f in cands if not (said := _label_words(labels.get(id(f), f.label))) or said & words]
            if not cands:
                continue
            pos, end = m.start("num"), m.end("num")
            clue = None
            for pattern, months in _DURATIONS:
                hit = _nearest(sentence, pos, end, pattern)
                if hit is not None and (clue is None or _distance(hit, pos, end) < _distance(clue[0], pos, end)):
                    clue = (hit, months)
            if clue is not None:
                cands = [f for f in cands if _months(f) in (None, clue[1])]
            for kind in ("diluted", "basic"):
                other = "basic" if kind == "diluted" else "diluted"
                if kind in words and other not in words:
                    cands = _narrow(cands, [f for f in cands if kind in labels.get(id(f), f.label).lower()])
            if len({f.period for f in cands}) > 1:
                year = _nearest(sentence, pos, end, _YEAR)
                prior = _nearest(sentence, pos, end, _PRIOR)
                if prior is not None and (year is None or _distance(prior, pos, end) < _distance(year, pos, end)):
                    latest = max(f.period.end for f in cands)
                    cands = _narrow(cands, [f for f in cands if f.period.end < latest])
                elif year is not None:
                    y = int(year.group())
                    cands = _narrow(cands, [f for f in cands
                                            if y in (f.period.end.year, _fiscal_year(f.period.end, year_end))])
            if cands and len({(f.concept, f.prefix, f.period, f.unit, f.decimals) for f in cands}) == 1:
                out.append(Repeat(s0 + pos, s0 + end, cands[0], scale))
    return out


def _numbers(text: str) -> list[tuple[str, str, str]]:
    """The ``num``, ``mult`` and ``pct`` groups of every number :data:`_NUMBER` finds in ``text``, in no
    particular order, found by :data:`_DOLLAR_NUMBER` and :data:`_BARE_NUMBER` (a number printed
    after "$ " is found by both, as the same groups: no number is found that _NUMBER does not find;
    inside one it finds, no other starts)."""
    return _DOLLAR_NUMBER.findall(text) + _BARE_NUMBER.findall(text)


@lru_cache(maxsize=8192)
def _value(num: str, scale: int) -> Decimal | None:
    """A prose number's value, ``scale`` applied (worked out once per printed number: years and the
    like come back in paragraph after paragraph)."""
    try:
        return Decimal(num.replace(",", "")).scaleb(scale)
    except ArithmeticError:
        return None


def _may_repeat(num: str, mult: str, pct: str, found: ByValue) -> bool:
    """Could the prose number ``num`` (its groups of :data:`_NUMBER`, as ``findall`` gives them: no
    match object made for the many numbers of a note) repeat a fact of ``found``: not a percentage,
    and a fact of its value in a unit prose gives?"""
    if pct:
        return False
    value = _value(num, _MULT[mult.strip().lower()] if mult else 0)
    return value is not None and any((unit, value) in found for unit in _PROSE_UNITS)


def _distance(m: re.Match[str], pos: int, end: int) -> int:
    return pos - m.end() if m.end() <= pos else m.start() - end


def find_dei(text: str, dei: Sequence[DeiFact], taken: set[str]) -> list[Shown]:
    """The first place ``text`` shows each dei fact not in ``taken``.

    A cover fact is found by the text the cover prints for it (``DeiFact.shown``) as a whole
    word; a fact whose value needs one of EDGAR's own transformations (``ixt-sec:``, which a
    validator without the SEC's plugin cannot check) is left to ``ix:hidden``. Check boxes
    ("☒") are found only right after the words they answer, in the same text.
    (:class:`DeiFinder` does the same for many texts.)
    """
    return DeiFinder(dei).find(text, taken)


_SHOWN, _NAMED, _DATED = 0, 1, 2  # how a dei fact is looked for: by its shown text, its name, its date


class DeiFinder:
    """:func:`find_dei` for the many texts of one document: each fact's way of being found (the
    characters a text must hold for it, its pattern) worked out once, not per text; the facts
    never looked for left out."""

    def __init__(self, dei: Sequence[DeiFact]) -> None:
        self._ways: list[tuple[DeiFact, int, str]] = []  # the fact, how it is found, what a text must hold
        for d in dei:
            if d.shown and not (d.format or "").startswith("ixt-sec:"):
                needle, pattern = _shown_pattern(d.name, d.shown)
                if pattern is not None:
                    self._ways.append((d, _SHOWN, needle))
            elif d.name == "EntityRegistrantName" and d.value:
                self._ways.append((d, _NAMED, d.value))
            elif d.name == "DocumentPeriodEndDate":
                # (a date DATE reads prints its year's four digits: the value's first four)
                self._ways.append((d, _DATED, (d.value or "")[:4]))

    def find(self, text: str, taken: set[str]) -> list[Shown]:
        """:func:`find_dei` of ``text``."""
        out: list[Shown] = []
        used: list[tuple[int, int]] = []
        for d, how, needle in self._ways:
            if d.name in taken:
                continue
            if how == _SHOWN:
                if needle not in text:
                    continue  # (as _find_shown would find it: nothing, most texts for most facts)
                hit = _find_shown(text, d, used)
                if hit is not None:
                    out.append(Shown(hit[0], hit[1], d, d.format))
                    used.append(hit)
            elif how == _NAMED:
                i = text.find(needle)
                if i >= 0:
                    out.append(Shown(i, i + len(needle), d))
            elif needle in text:  # (no text without the year, most texts, is searched for a date)
                for m in DATE.finditer(text):
                    try:
                        when = date(int(m["year"]), month_number(m["month"]), int(m["day"]))
                    except ValueError:
                        continue
                    if when.isoformat() == d.value:
                        out.append(Shown(m.start(), m.end(), d, "ixt:date-monthname-day-year-en"))
                        break
        return out


ANSWERS = frozenset({"EntityWellKnownSeasonedIssuer", "EntityVoluntaryFilers", "EntityCurrentReportingStatus",
                     "EntityInteractiveDataCurrent", "EntityShellCompany"})
"""Cover facts answered "Yes"/"No": their words stand in every question, so they stay in ix:hidden."""

_BOX_WORDS = {
    # a box is tagged only where the words it answers stand right before or after it
    "DocumentAnnualReport": r"annual report pursuant",
    "DocumentQuarterlyReport": r"quarterly report pursuant",
    "DocumentTransitionReport": r"transition report pursuant",
    "EntitySmallBusiness": r"smaller reporting company",
    "EntityEmergingGrowthCompany": r"emerging growth company",
    "IcfrAuditorAttestationFlag": r"audit report\.?",
    "DocumentFinStmtErrorCorrectionFlag": r"previously issued financial statements\.?",
    "EntityExTransitionPeriod": r"of the (?:exchange|securities) act[.:]?",
}


_BEFORE = {
    # short values that would match elsewhere: tagged only after the words that introduce them
    "AuditorFirmId": r"\bid\b[^\d]{0,16}0*$",
    "CityAreaCode": r"(?:\(|^|\+?1[\s.-])\s*$",
}


def _find_shown(text: str, d: DeiFact, used: list[tuple[int, int]]) -> tuple[int, int] | None:
    assert d.shown
    shown = d.shown
    needle, pattern = _shown_pattern(d.name, shown)
    if pattern is None or needle not in text:
        return None  # the pattern cannot match a text without these characters (as written)
    if len(shown) == 1 and not shown.isalnum():  # a check box
        m = pattern.search(text)
        if m is None:
            return None
        g = 1 if m.group(1) else 2
        return m.start(g), m.end(g)
    before = _BEFORE.get(d.name)
    for m in pattern.finditer(text):
        if before is not None and not re.search(before, text[max(0, m.start() - 40):m.start()], re.I):
            continue
        if not any(m.start() < b and a < m.end() for a, b in used):
            return m.start(), m.end()
    return None


@lru_cache(maxsize=1024)
def _shown_pattern(name: str, shown: str) -> tuple[str, re.Pattern[str] | None]:
    """How :func:`_find_shown` finds dei fact ``name`` shown as ``shown``: the characters any match
    holds as written ("" when case may differ) and the compiled pattern (None: never looked for)."""
    if len(shown) == 1 and not shown.isalnum():  # a check box, right before or after its words
        words = _BOX_WORDS.get(name)
        if words is None:
            return "", None
        box = re.escape(shown)
        caseless = shown.lower() == shown == shown.upper()
        return shown if caseless else "", re.compile(rf"{words}\s*({box})|({box})\s*{words}", re.I)
    if name in ANSWERS:
        return "", None  # "Yes"/"No" words stand in every question: left to ix:hidden
    pattern = re.escape(shown).replace(r"\ ", r"\s+")
    first = shown.split()
    return first[0] if first else "", re.compile(rf"(?<![\w-]){pattern}(?![\w-])")
