"""The dei facts a cover page prints: form, period, registrant, file number, state, address, flags...

:func:`read_cover` takes the lines of a document's first pages (:mod:`exporter.understand.cover_text`)
and returns a :class:`CoverFact` for each dei fact it finds, with the text as printed (what
the Inline XBRL writer tags) and the value dei expects (what the instance holds)::

    FORM 10-K                                   -> DocumentType 10-K
    ☒ ANNUAL REPORT PURSUANT TO SECTION 13 ...  -> DocumentAnnualReport true
    California | 94-2404110                     -> EntityIncorporationStateCountryCode CA,
    (State or other jurisdiction ...) | (I.R.S. Employer Identification No.)
                                                   EntityTaxIdentificationNumber 94-2404110
    Large accelerated filer | ☒ | ...           -> EntityFilerCategory Large Accelerated Filer

Where to look is data (``cover_fields.toml``); the names of states, exchanges and filer
categories are EDGAR's own (:mod:`exporter.understand.cover_codes`). A fact the cover does not print is
simply absent; :func:`missing` says which of those EDGAR requires for the form.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from exporter.read.months import MONTHS, month_number
from exporter.understand.cover_codes import lookup
from exporter.understand.cover_text import ReadOn

_FIELDS = Path(__file__).with_name("cover_fields.toml")
_REQUIRED = Path(__file__).with_name("cover_required.json")
DATE = re.compile(r"\b(?P<month>" + "|".join(MONTHS) + r")\.?\s*(?P<day>\d{1,2})\s*,?\s*(?P<year>(?:19|20)\d\d)\b",
                  re.I)
_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,])\d+(?:\.\d+)?(?![\d,])")
_SCALE = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}


@dataclass(frozen=True)
class CoverFact:
    """A dei fact read from the cover: ``name``, its dei ``value``, and where it is printed.

    ``shown`` is the text as the document prints it (``"California"``, ``"☒"``), ``line`` the
    cover line it is on, ``format`` the transformation that turns ``shown`` into ``value``
    (None: ``shown`` is the value), ``instant`` the date of a fact reported at a date other
    than the report's (shares outstanding, public float).
    """

    name: str
    value: str
    shown: str
    line: int
    format: str | None = None
    instant: date | None = None


@cache
def fields() -> dict[str, Any]:
    with _FIELDS.open("rb") as f:
        return tomllib.load(f)


# "Form 10-K" and its amendment "/A" (cover_fields.toml [form])
FORM = re.compile(r"\bform\s+(?P<form>" + "|".join(re.escape(n) for n in fields()["form"]["names"]) + r")"
                  r"(?P<amend>\s*/\s*A)?(?![\w-])", re.I)


@cache
def _boxes() -> re.Pattern[str]:
    """Any check box; group ``on`` when it is checked."""
    b = fields()["boxes"]
    letters_on = "|".join(b["letter_checked"])
    letters_off = "|".join(b["letter_unchecked"])
    return re.compile(
        rf"(?P<on>{'|'.join(b['checked'])}|(?<![\w])(?:{letters_on})(?![\w]))"
        rf"|(?P<off>{'|'.join(b['unchecked'])}|(?<![\w])(?:{letters_off})(?![\w]))")


@cache
def _any_box() -> str:
    """The box pattern without group names, to embed in other patterns."""
    return re.sub(r"\(\?P<\w+>", "(?:", _boxes().pattern)


def parse_date(text: str) -> tuple[date, re.Match[str]] | None:
    for m in DATE.finditer(text):
        try:
            return date(int(m["year"]), month_number(m["month"]), int(m["day"])), m
        except ValueError:
            continue
    return None


def _find(pattern: str, lines: list[str], start: int = 0, stop: int | None = None) -> int | None:
    rx = re.compile(pattern, re.I)
    for k in range(start, len(lines) if stop is None else min(stop, len(lines))):
        if rx.search(lines[k]):
            return k
    return None


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split(" | ")]


_CAPTION_START = re.compile(r"\s*\(\s*[A-Za-z]|[^(]*\)")


def _is_caption(line: str) -> bool:
    captions = fields()["caption"]
    # "(State of incorporation)", or the second line of captions laid out in columns: "organization) Number)"
    return bool(_CAPTION_START.match(line)) or any(re.search(p, line, re.I) for p in captions.values()
                                                 if isinstance(p, str))


_COUNT = re.compile(r"(?<![\d.,$])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d,])"
                    r"(?:\s*(?P<scale>million|billion))?", re.I)
_NUMERIC_DATE = re.compile(r"\b(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d\d)\b")


class _Reader:
    def __init__(self, lines: list[str], form: str | None) -> None:
        self.lines = lines
        self.form = form
        self.facts: dict[str, CoverFact] = {}

    def add(self, name: str, value: str, shown: str, line: int, fmt: str | None = None,
            instant: date | None = None) -> None:
        if name not in self.facts and value:
            self.facts[name] = CoverFact(name, value, shown, line, fmt, instant)

    def applies(self, spec: dict[str, Any]) -> bool:
        return self.form is None or self.form in spec.get("forms", [self.form])

    # -- the form and the period -------------------------------------------------------------
    def document_type(self) -> None:
        for k, line in enumerate(self.lines[:60]):
            m = FORM.search(line)
            if m:
                form = m["form"].upper()
                self.add("DocumentType", form, m.group(0)[m.start("form") - m.start():m.end("form") - m.start()], k)
                self.add("AmendmentFlag", "true" if m["amend"] else "false", "", k)
                self.form = self.form or _family(form)
                return

    def period(self) -> None:
        p = fields()["period"]
        keys = {"8-K": ["event"], "10-Q": ["quarterly", "annual"]}.get(self.form or "", ["annual", "quarterly"])
        for key in keys:
            k = _find(p[key], self.lines[:80])
            if k is None:
                continue
            # the date follows the words, or sits in the cell/line before them (8-K tables)
            line = self.lines[k]
            at = re.search(p[key], line, re.I)
            assert at is not None
            for text, where in ((line[at.end():], k), (self.lines[k - 1] if k else "", k - 1),
                                (self.lines[k + 1] if k + 1 < len(self.lines) else "", k + 1)):
                found = parse_date(text)
                if found:
                    when, m = found
                    self.add("DocumentPeriodEndDate", when.isoformat(), m.group(0), where,
                             "ixt:date-monthname-day-year-en")
                    return
        if self.form == "8-K":  # the event's date printed alone between the title and the registrant
            name = _find(fields()["caption"]["registrant"], self.lines[:40])
            for k in range(min(name if name is not None else 20, len(self.lines))):
                found = parse_date(self.lines[k])
                if found and len(self.lines[k].strip()) <= len(found[1].group(0)) + 4:
                    self.add("DocumentPeriodEndDate", found[0].isoformat(), found[1].group(0), k,
                             "ixt:date-monthname-day-year-en")
                    return

    # -- captions: registrant, state, tax id, address, phone, file number --------------------
    def captioned(self) -> None:
        c = fields()["caption"]
        shape = fields()["shape"]
        n = min(len(self.lines), 120)
        k = _find(c["registrant"], self.lines[:n])
        if k is not None:
            before = re.split(c["registrant"], self.lines[k], flags=re.I)[0].strip(" (|")
            if before and not before.lower().startswith("(exact"):
                self.add("EntityRegistrantName", before, before, k)
            elif k > 0 and not _is_caption(self.lines[k - 1]):
                name = self.lines[k - 1].split(" | ")[0].strip()
                self.add("EntityRegistrantName", name, name, k - 1)
        k = _find(c["file_number"], self.lines[:n])
        if k is not None:
            for j in (k, k - 1, k + 1):
                m = re.search(shape["file_number"], self.lines[j]) if 0 <= j < len(self.lines) else None
                if m:
                    self.add("EntityFileNumber", m.group(0), m.group(0), j)
                    break
        k = _find(c["jurisdiction"], self.lines[:n])
        if k is not None:
            self._state_and_tax_id(k)
        self._incorporated_in_words(n)
        k = _find(c["tax_id"], self.lines[:n])
        if k is not None:
            for j in (k, k - 1, k + 1):
                m = re.search(shape["tax_id"], self.lines[j]) if 0 <= j < len(self.lines) else None
                if m:
                    self.add("EntityTaxIdentificationNumber", m.group(0), m.group(0), j)
                    break
        k = _find(c["address"], self.lines[:n])
        if k is not None:
            self._address(k)
        k = _find(c["phone"], self.lines[:n])
        if k is not None:
            for j in (k, k - 1, k - 2):
                m = re.search(shape["phone"], self.lines[j]) if j >= 0 else None
                if m:
                    self.add("CityAreaCode", m["area"], m["area"], j)
                    self.add("LocalPhoneNumber", m["local"], m["local"], j)
                    break

    def _state_and_tax_id(self, k: int) -> None:
        shape = fields()["shape"]
        caption = _cells(self.lines[k])
        rows = [(k, self.lines[k])] + ([(k - 1, self.lines[k - 1])] if k else [])
        for j, line in rows:
            cells = _cells(line)
            for i, cell in enumerate(cells):
                text = re.sub(r"\(.*?\)", "", cell).strip()
                if j == k - 1 and len(cells) == len(caption) and not re.search(
                        fields()["caption"]["jurisdiction"], caption[i], re.I):
                    state = None
                else:
                    state = text
                if state:
                    code = lookup("state", state) or lookup("country", state)
                    if code:
                        self.add("EntityIncorporationStateCountryCode", code, state, j,
                                 "ixt-sec:stateprovnameen" if lookup("state", state) else "ixt-sec:countrynameen")
            m = re.search(shape["tax_id"], line)
            if m:
                self.add("EntityTaxIdentificationNumber", m.group(0), m.group(0), j)

    def _incorporated_in_words(self, n: int) -> None:
        """"An Illinois Corporation", "Incorporated under the laws of the State of Delaware"."""
        for k in range(min(n, 40)):
            for pattern in fields()["caption"]["incorporated"]:
                for m in re.finditer(pattern, self.lines[k]):
                    words = m["state"].split()
                    for cand in (" ".join(words), words[0]):
                        code = lookup("state", cand)
                        if code:
                            self.add("EntityIncorporationStateCountryCode", code, cand, k,
                                     "ixt-sec:stateprovnameen")
                            return

    def _address(self, k: int) -> None:
        shape = fields()["shape"]
        lines: list[tuple[int, str]] = []
        inline = re.split(fields()["caption"]["address"], self.lines[k], flags=re.I)[0].strip(" (|")
        if inline:
            lines.append((k, inline))
        j = k - 1
        while j >= 0 and len(lines) < 4 and not _is_caption(self.lines[j]):
            lines.insert(0, (j, self.lines[j]))
            j -= 1
        # drop a phone number or an e-mail line
        phone_only = re.compile(r"^\W*(?:tel\S*\s*)?" + shape["phone"] + r"\W*$", re.I)
        lines = [(i, t) for i, t in lines if not re.search(r"@|^tel|telephone", t, re.I) and not phone_only.match(t)]
        if not lines:
            return
        parts: list[tuple[int, str]] = []
        for i, t in lines:
            for cell in _cells(t):
                for piece in re.split(r",\s*", cell):
                    if piece.strip(" ,"):
                        parts.append((i, piece.strip(" ,")))
        # the zip code ends the address (or stands in a cell of its own); the state precedes it; the city before
        zi = next((n for n in range(len(parts) - 1, -1, -1) if re.search(shape["zip"], parts[n][1])), None)
        if zi is None:
            return
        zline, ztext = parts[zi]
        zm = list(re.finditer(shape["zip"], ztext))[-1]
        self.add("EntityAddressPostalZipCode", zm["zip"], zm["zip"], zline)
        head = ztext[: zm.start()].strip(" ,")
        rest = parts[:zi] + ([(zline, head)] if head else []) + parts[zi + 1:]
        state = None
        for si in range(len(rest) - 1, -1, -1):
            sline, stext = rest[si]
            words = stext.split()
            for w in range(len(words)):  # the longest tail of words that names a state
                cand = " ".join(words[w:])
                code = lookup("state", cand) or (cand if re.fullmatch(r"[A-Z]{2}", cand) else None)
                if code:
                    state = (code, cand, sline, " ".join(words[:w]))
                    break
            if state is not None:
                rest = rest[:si]
                break
        if state is None:
            return
        code, printed, sline, city_tail = state
        self.add("EntityAddressStateOrProvince", code, printed, sline,
                 None if code == printed else "ixt-sec:stateprovnameen")
        rest = rest + ([(sline, city_tail)] if city_tail else [])
        if not rest:
            return
        cline, city = rest[-1]
        self.add("EntityAddressCityOrTown", city, city, cline)
        street = rest[:-1]
        if street:  # the first piece is line 1 ("3480 Peachtree Road NE"), the rest line 2 ("Suite 103")
            first, line1 = street[0]
            self.add("EntityAddressAddressLine1", line1, line1, first)
            if len(street) > 1:
                more = ", ".join(t for _, t in street[1:])
                self.add("EntityAddressAddressLine2", more, more, street[1][0])

    # -- check boxes ---------------------------------------------------------------------------
    def _box_near(self, k: int, start: int, end: int, alone: bool = False) -> tuple[bool, str, int] | None:
        """The check box that belongs to the label at ``lines[k][start:end]``.

        ``alone``: the label is a sentence with one box (at its end), not one of a row of labels.
        """
        line = self.lines[k]
        before = line[:start]
        # a row that starts with a box puts each box before its label ("☒ Large accelerated filer ☐ ...")
        leading = _boxes().match(line.lstrip(" |["))
        m = re.search(r"(?:" + _any_box() + r")[\s|(\[\]]*$", before)
        if m and (leading or not before[: m.start()].strip(" |[")):
            box = _boxes().match(before, m.start())
            if box is not None:
                return box["on"] is not None, box.group(0), k
        if leading:
            return None
        after = line[end:]
        for m2 in _boxes().finditer(after):
            # the first box after the label, before another label starts
            gap = after[: m2.start()]
            if alone or len(re.findall(r"[A-Za-z]{3,}", gap)) <= 12:
                return m2["on"] is not None, m2.group(0), k
            break
        if k + 1 < len(self.lines):
            nxt = self.lines[k + 1]
            m3 = _boxes().match(nxt.strip())
            if m3 and len(nxt.strip()) == len(m3.group(0)):
                return m3["on"] is not None, m3.group(0), k + 1
        return None

    def boxes(self) -> None:
        n = min(len(self.lines), 140)
        for name, spec in fields()["box"].items():
            if not self.applies(spec):
                continue
            rx = re.compile(spec["label"], re.I)
            for k in range(n):
                for m in rx.finditer(self.lines[k]):
                    if spec.get("group") == "filer" and re.search(r"indicate by check ?mark", self.lines[k], re.I) \
                            and not _boxes().search(self.lines[k][m.end():m.end() + 4]):
                        continue  # the question names the categories; the boxes follow
                    box = self._box_near(k, m.start(), m.end(), alone=spec.get("group") is None)
                    if box is not None:
                        on, shown, where = box
                        self.add(name, "true" if on else "false", shown, where,
                                 "ixt:fixed-true" if on else "ixt:fixed-false")
                        break
                if name in self.facts:
                    break

    def yes_no(self) -> None:
        n = min(len(self.lines), 140)
        for name, spec in fields()["yesno"].items():
            if not self.applies(spec):
                continue
            k = _find(spec["question"], self.lines[:n])
            if k is None:
                continue
            q = re.search(spec["question"], self.lines[k], re.I)
            assert q is not None
            for j in (k, k + 1):
                if j >= len(self.lines):
                    break
                text = self.lines[j][q.end():] if j == k else self.lines[j]
                answer = self._answer(text)
                if answer is not None:
                    yes, shown = answer
                    value = ("true" if yes else "false") if spec.get("boolean") else ("Yes" if yes else "No")
                    fmt = None if not spec.get("boolean") else ("ixt:fixed-true" if yes else "ixt:fixed-false")
                    self.add(name, value, shown, j, fmt)
                    break

    @staticmethod
    def _answer(text: str) -> tuple[bool, str] | None:
        """Which of "Yes"/"No" is checked: ``(True, "Yes")`` for "Yes ☒ No ☐" (or "☒ Yes ☐ No")."""
        b = _any_box()
        after = re.search(rf"\byes\b[\s|:]*(?P<y>{b})[\s|]*\bno\b[\s|:]*(?P<n>{b})", text, re.I)
        before = re.search(rf"(?P<y>{b})[\s|]*\byes\b[\s|,]*(?P<n>{b})[\s|]*\bno\b", text, re.I)
        m = after or before
        if m is None:
            return None
        on = re.compile(rf"(?:{'|'.join(fields()['boxes']['checked'])}|x|X)$")
        yes_on = bool(on.match(m["y"]))
        no_on = bool(on.match(m["n"]))
        if yes_on == no_on:
            return None
        word = re.search(r"\byes\b" if yes_on else r"\bno\b", m.group(0), re.I)
        return yes_on, word.group(0) if word else ("Yes" if yes_on else "No")

    def filer_category(self) -> None:
        spec = fields()["filer_category"]
        if not self.applies(spec):
            return
        n = min(len(self.lines), 140)
        q = _find(r"indicate by check ?mark whether the registrant is a large accelerated filer", self.lines[:n])
        if q is None:  # no question printed: the row of categories itself
            q = _find(spec["values"]["Large Accelerated Filer"], self.lines[:n])
            q = q - 1 if q is not None else None
        start = q + 1 if q is not None else 0
        for k in range(start, min(start + 6, n)):
            for value, pattern in spec["values"].items():
                for m in re.finditer(pattern, self.lines[k], re.I):
                    box = self._box_near(k, m.start(), m.end())
                    if box is not None and box[0]:
                        shown = m.group(0)
                        self.add("EntityFilerCategory", value, shown, k,
                                 None if shown == value else "ixt-sec:entityfilercategoryen")
                        return

    # -- securities, shares, public float ------------------------------------------------------
    def twelve_b(self) -> None:
        k = _find(fields()["caption"]["twelve_b"], self.lines[:120])
        if k is None:
            return
        rows = []
        for j in range(k + 1, min(k + 40, len(self.lines))):
            cells = _cells(self.lines[j])
            if len(cells) < 3 or re.search(r"section 12\(g\)|indicate by", self.lines[j], re.I):
                break
            rows.append((j, cells))
        if len(rows) != 1:  # several classes are reported per class (an axis), not here
            return
        j, cells = rows[0]
        title, symbol, exchange = cells[0], cells[1], cells[-1]
        self.add("Security12bTitle", title, title, j)
        if re.fullmatch(r"[A-Z][A-Z0-9.\-]{0,9}", symbol):
            self.add("TradingSymbol", symbol, symbol, j)
        code = lookup("exchange", exchange)
        if code:
            self.add("SecurityExchangeName", code, exchange, j, "ixt-sec:exchnameen")

    def shares(self) -> None:
        s = fields()["shares"]
        n = min(len(self.lines), 160)
        for k in range(n):
            line = self.lines[k]
            if re.search(s["public_float"], line, re.I) and "EntityPublicFloat" not in self.facts:
                self._money(k, line)
        for k in range(n):
            for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z])", self.lines[k]):
                if not re.search(r"\bshares\b|\bclass\b|common stock", sentence, re.I) or not re.search(
                        s["outstanding"], sentence, re.I) or re.search(s["public_float"], sentence, re.I):
                    continue
                if self._shares_at(k, sentence) is not None:
                    return

    def _money(self, k: int, line: str) -> None:
        for m in re.finditer(r"\$\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>thousand|million|billion|trillion)?",
                             line, re.I):
            try:
                value = Decimal(m["num"].replace(",", ""))
            except InvalidOperation:
                continue
            if m["scale"]:
                value = value.scaleb(_SCALE[m["scale"].lower()])
            if value < 1000 and not m["scale"]:
                continue
            found = parse_date(line)
            self.add("EntityPublicFloat", _plain(value), m["num"], k, "ixt:num-dot-decimal",
                     found[0] if found else None)
            return

    def _shares_at(self, k: int, sentence: str) -> bool | None:
        """Shares outstanding in ``sentence`` of line ``k`` (or the small table below it); True when found."""
        window = [sentence] + self.lines[k + 1:k + 4]
        numbers: list[tuple[int, Decimal, str]] = []
        when = None
        for off, text in enumerate(window):
            if off and re.search(r"table of contents|^part\s+i\b|documents incorporated|^index\b", text, re.I):
                break
            found = parse_date(text) or _numeric_date(text)
            if found and when is None:
                when = found[0]
            plain = _NUMERIC_DATE.sub(" ", DATE.sub(" ", text))
            for m in _COUNT.finditer(plain):
                raw = m["num"]
                try:
                    v = Decimal(raw.replace(",", ""))
                except InvalidOperation:
                    continue
                if m["scale"]:
                    v = v.scaleb(_SCALE[m["scale"].lower()])
                if v >= 10000 and not re.fullmatch(r"(?:19|20)\d\d", raw):
                    numbers.append((k + off, v, raw))
            if off == 0 and numbers:
                break
        if not numbers or when is None:
            return None
        if len({v for _, v, _ in numbers}) > 1:
            return True  # several classes: reported per class, not as one fact
        j, v, raw = numbers[0]
        self.add("EntityCommonStockSharesOutstanding", _plain(v), raw, j, "ixt:num-dot-decimal", when)
        return True


def _numeric_date(text: str) -> tuple[date, re.Match[str]] | None:
    m = _NUMERIC_DATE.search(text)
    if m is None:
        return None
    try:
        return date(int(m["y"]), int(m["m"]), int(m["d"])), m
    except ValueError:
        return None


def _plain(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _family(form: str) -> str:
    return {"10-K405": "10-K", "10-KSB": "10-K", "10-KT": "10-K", "10-QSB": "10-Q", "10-QT": "10-Q"}.get(form, form)


LINES_READ = 170
"""More lines than :func:`read_cover` ever reads (the shares outstanding: a line among the first 160
and the three after it): its first lines alone read as all of them (an HTML cover's walk stops there)."""


def read_cover(lines: list[str], form: str | None = None) -> dict[str, CoverFact]:
    """The dei facts the cover ``lines`` print, by dei name. ``form``: the form if known (SEC header).
    No line past the first :data:`LINES_READ` is read."""
    r = _Reader(lines, _family(form.upper()) if form else None)
    r.document_type()
    if r.form is None:
        return r.facts
    r.period()
    r.captioned()
    r.boxes()
    growth = r.facts.get("EntityEmergingGrowthCompany")
    if growth is None or growth.value != "true":
        r.facts.pop("EntityExTransitionPeriod", None)  # EDGAR wants it only from an emerging growth company
    r.yes_no()
    r.filer_category()
    r.twelve_b()
    if r.form in ("10-K", "10-Q"):
        r.shares()
    return r.facts


@cache
def _auditor_patterns() -> dict[str, re.Pattern[str]]:
    """The auditor's patterns (``[auditor]`` of cover_fields.toml) compiled once, with the flags
    :func:`read_auditor` reads them with."""
    a = fields()["auditor"]
    ignore = ("named", "located", "firm_id", "served")
    return {k: re.compile(a[k], re.I if k in ignore else 0) for k in (*ignore, "firm_is", "signature", "firm_line")}


_FOLDED = ("\u0130", "\u0131", "\u017f", "\u212a")
"""The letters a case-blind pattern matches as an ASCII letter although ``str.lower`` does not make
them one (İ, ı, ſ, K): a line holding one is searched whatever words it says."""


def _mentions(line: str, words: list[str]) -> bool:
    """Does ``line`` say one of ``words`` (lower case), in any case? What the case-blind patterns
    starting with them need to find anything there."""
    low = line.lower()
    return any(w in low for w in words) or _folds(line)


def may_name_auditor(text: str) -> bool:
    """May a line holding only ``text``'s characters match one of the auditor's patterns (or be one
    they read after a match)? False when it says none of their words (``heard``)."""
    return _heard().search(text.lower()) is not None or _folds(text)


def _folds(text: str) -> bool:
    """Does ``text`` hold one of :data:`_FOLDED`? (None is ASCII: an ASCII text, most, is not searched.)"""
    return not text.isascii() and any(c in text for c in _FOLDED)


@cache
def _heard() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in fields()["auditor"]["heard"]))


def read_auditor(lines: Sequence[str]) -> dict[str, CoverFact]:
    """AuditorName, AuditorLocation and AuditorFirmId from a 10-K's text (the auditor's report),
    read in order until all three are found (``lines`` may be walked only that far:
    :meth:`~exporter.understand.cover_text.HtmlLines.read_on`).

    A line is searched only for what it can hold: the named, located and firm ID patterns when it
    says one of their words (``mentions``), and the lines after it for "auditor since" only when
    it reads as a firm's name alone. Lines read on with :func:`may_name_auditor`
    (``HtmlLines.read_on(may_name_auditor)``) are searched only where it may find something."""
    a = _auditor_patterns()
    named, located, firm_id, firm_is, signature = a["named"], a["located"], a["firm_id"], a["firm_is"], a["signature"]
    served, firm_line, mentions = a["served"], a["firm_line"], fields()["auditor"]["mentions"]
    out: dict[str, CoverFact] = {}
    for k, line in lines.numbered() if isinstance(lines, ReadOn) else enumerate(lines):
        if _mentions(line, mentions):
            for pattern, name, value, shown in ((named, "AuditorName", "name", "name"),
                                                (located, "AuditorLocation", "location", "location"),
                                                (firm_id, "AuditorFirmId", "id", "shown")):
                m = pattern.search(line)
                if m and name not in out:
                    out[name] = CoverFact(name, m[value], m[shown], k)
        m = firm_is.search(line)
        if m and "AuditorName" not in out:
            out["AuditorName"] = CoverFact("AuditorName", m["name"], m["name"], k)
            out.setdefault("AuditorLocation", CoverFact("AuditorLocation", m["location"], m["location"], k))
        m = signature.search(line)
        if m is None:
            m = firm_line.search(line.strip())
            if m is not None and not served.search(" ".join(lines[k + 1:k + 3])):
                m = None
        if m and "AuditorName" not in out and re.search(r"llp|llc|p\.?c\.?|ltd|cpa", m["name"], re.I):
            out["AuditorName"] = CoverFact("AuditorName", m["name"], m["name"], k)
            for j, after in enumerate(lines[k + 1:k + 4], start=k + 1):
                place = after.strip()
                city = re.fullmatch(r"(?P<loc>[A-Z][A-Za-z .'\-]+,\s*[A-Z][A-Za-z .]+)", place)
                if city and not DATE.search(place) and "AuditorLocation" not in out:
                    out["AuditorLocation"] = CoverFact("AuditorLocation", city["loc"], city["loc"], j)
                    break
        if len(out) == 3:
            break
    return out


@cache
def required() -> dict[str, list[str]]:
    """The cover facts EDGAR requires per form family (built from the EDGAR plugin's dei validations)."""
    data: dict[str, list[str]] = json.loads(_REQUIRED.read_text(encoding="utf-8"))["required"]
    return data


def missing(form: str, found: set[str]) -> list[str]:
    """The dei facts EDGAR requires on ``form``'s cover that are not in ``found``."""
    return [name for name in required().get(_family(form), []) if name not in found]
