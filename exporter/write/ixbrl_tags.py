"""Inline XBRL tags and XHTML building blocks shared by the Inline XBRL writers.

A :class:`Tagger` knows every fact of the model and where a table shows it; it makes
the ``ix:`` elements and remembers which facts were shown, so the writer can put
only the rest in ``ix:hidden``. A statement fact tagged in a table cell gives the cell a
``title`` saying where the number is printed in the input (browsers and the ixbrl-viewer show
it when the pointer rests on the number); the ix element itself stays as Inline XBRL wants it::

    <td title="Source: innovo.txt: line 162, columns 45-52">$ (<ix:nonFraction
        name="us-gaap:NetIncomeLoss" contextRef="D20030601_20030830" unitRef="USD" decimals="-3"
        scale="3" format="ixt:num-dot-decimal" sign="-">2,312</ix:nonFraction>)</td>
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TypeAlias

from lxml import etree

from exporter.model import DeiFact, Model, format_value
from exporter.understand.records import Fact, Origin
from exporter.write.ixbrl_narrative import DeiFinder, by_value

XHTML = "http://www.w3.org/1999/xhtml"
IX = "http://www.xbrl.org/2013/inlineXBRL"
IXT = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12"

NUM_FORMAT = "ixt:num-dot-decimal"
ZERO_FORMAT = "ixt:fixed-zero"
DATE_FORMAT = "ixt:date-monthname-day-year-en"

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")
_DASH = re.compile(r"[-\u2014\u2013\u2212\u2012]+")

Element: TypeAlias = etree._Element


def h(tag: str) -> str:
    """The XHTML name of ``tag``."""
    return f"{{{XHTML}}}{tag}"


_NAMES: dict[str, str] = {}  # tag -> its qualified name, as el() makes it
_NON_FRACTION = f"{{{IX}}}nonFraction"
_CELLS = frozenset({h("td"), h("th"), "td", "th"})  # a table cell's tag, in a namespace or none


def el(parent: Element, tag: str, text: str | None = None, **attrs: str) -> Element:
    """Append an XHTML element (``tag`` may be ``ix:name``) with optional text."""
    name = _NAMES.get(tag) or _name(tag)
    child = etree.SubElement(parent, name, {k.rstrip("_"): v for k, v in attrs.items()} if attrs else None)
    if text:
        child.text = text
    return child


def _name(tag: str) -> str:
    name = _NAMES[tag] = f"{{{IX}}}{tag[3:]}" if tag.startswith("ix:") else h(tag)
    return name


def add_text(parent: Element, text: str) -> None:
    """Append text after the last child of ``parent`` (or as its text)."""
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def split_number(text: str) -> tuple[str, str, str, bool] | None:
    """``"$ (2,312)"`` -> ``("$ (", "2,312", ")", False)``; a dash gives ``(pre, "--", post, True)``."""
    m = _DIGITS.search(text)
    if m is not None:
        return text[: m.start()], m.group(), text[m.end() :], False
    d = _DASH.search(text)
    if d is not None:
        return text[: d.start()], d.group(), text[d.end() :], True
    return None


def _scale_of(digits: str, value: Decimal) -> int:
    """The power of ten that turns the printed ``digits`` ("939.2") into ``value`` (939200000000)."""
    shown = Decimal(digits)
    if shown == 0:
        return 0
    scale = 0
    while shown.scaleb(scale) < value and scale < 15:
        scale += 1
    return scale


_DIGITS_IN_LABEL = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")  # "$.01 par value" too
_ZERO_WORDS = re.compile(r"\bnone\b|\bno(?=\s+shares\b)", re.I)
"""The words a stock line states a zero with ("none issued", "no shares outstanding")."""


def _states(digits: str, fact: Fact) -> bool:
    """Do the printed ``digits``, at the fact's scale, make its (absolute) value?"""
    try:
        return Decimal(digits.replace(",", "")).scaleb(fact.scale) == abs(fact.value)
    except ArithmeticError:
        return False


def source_title(fact: Fact) -> str:
    """The ``title`` of the cell that shows ``fact``: where the input prints it."""
    return f"Source: {fact.where}" if fact.where is not None else ""


class Tagger:
    """Makes the ix elements of one model's facts and remembers which ones are shown."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self.shown: set[int] = set()  # id() of facts tagged somewhere in the body
        self.dei_shown: set[str] = set()
        self.dei_finder = DeiFinder(model.dei)  # where a text shows a cover fact
        self._count = 0
        self._cells: dict[tuple[int, int, int], Fact] = {}
        self.labels: dict[int, str] = {}  # id(fact) -> the statement line's full label
        self.by_value = by_value(model.facts)  # where prose numbers look for the facts they repeat
        self._in_labels: dict[tuple[int, int], list[Fact]] = {}
        for f, at in zip(model.facts, model.shown, strict=True):
            table = id(model.statements[at.statement].table)
            if at.origin is Origin.LABEL:
                self._in_labels.setdefault((table, at.row), []).append(f)
            else:
                self._cells[(table, at.row, at.column)] = f
                self.labels[id(f)] = at.label

    def cell_fact(self, table: object, row: int, column: int) -> Fact | None:
        """The fact ``table`` (a statement's table, by identity) shows at ``row``, ``column``."""
        return self._cells.get((id(table), row, column))

    def _id(self) -> str:
        self._count += 1
        return f"f{self._count}"

    def number(self, parent: Element, fact: Fact, shown: str, *, scale: int, dash: bool = False) -> Element | None:
        """Tag ``shown`` (digits without sign or currency) as ``fact``; None if it is not that value."""
        if dash:
            if fact.value != 0:
                return None
            fmt = ZERO_FORMAT
        else:
            try:
                magnitude = Decimal(shown.replace(",", "")).scaleb(scale)
            except ArithmeticError:
                return None
            if magnitude != abs(fact.value):
                return None
            fmt = NUM_FORMAT
        return self._tag(parent, fact, shown, scale, fmt)

    def _tag(self, parent: Element, fact: Fact, shown: str, scale: int, fmt: str) -> Element:
        """The ``ix:nonFraction`` of ``fact`` (``shown`` empty: its digits are in the tag nested in it)."""
        attrs = {
            "name": self.model.qname(fact),
            "contextRef": self.model.context_id(fact.period),
            "unitRef": self.model.units[fact.unit],
            "decimals": str(fact.decimals),
            "scale": str(scale),
            "format": fmt,
            "id": self._id(),
        }
        if fact.value < 0:
            attrs["sign"] = "-"
        tag = etree.SubElement(parent, _NON_FRACTION, attrs)  # (what el() makes of these names, directly)
        if shown:
            tag.text = shown
        self.shown.add(id(fact))
        if fact.where is not None and parent.tag in _CELLS:
            before = parent.get("title")  # a label stating two numbers names both places
            parent.set("title", f"{before}; {source_title(fact)}" if before else source_title(fact))
        return tag

    def label(self, parent: Element, table: object, row: int, text: str) -> None:
        """A line's label, with the facts it states (par value, shares issued) tagged where shown.

        A zero stated in words ("1,000,000 shares, none issued"; "no shares issued") is tagged on
        the word, as ``ixt:fixed-zero``. One printed number may state several facts ("issued and
        outstanding 1,600 shares" at both balance-sheet dates): the second and later are nested
        in the first's tag (Inline XBRL lets an ``ix:nonFraction`` hold one ``ix:nonFraction`` of
        the same unit, scale and format), so each is shown where the document prints it rather
        than hidden."""
        facts = self._in_labels.get((id(table), row), [])
        spans: dict[int, tuple[int, list[Fact]]] = {}  # start -> (end, the facts it states)
        for f in facts:
            matches = [m for m in _DIGITS_IN_LABEL.finditer(text) if _states(m.group(), f)]
            if not matches and f.value == 0:
                matches = list(_ZERO_WORDS.finditer(text))
            free = next((m for m in matches if m.start() not in spans), None)
            if free is not None:
                spans[free.start()] = (free.end(), [f])
                continue
            shared = next((m for m in matches if self._nests(spans[m.start()][1][0], f)), None)
            if shared is not None:
                spans[shared.start()][1].append(f)
        pos = 0
        for start, (end, stated) in sorted(spans.items()):
            add_text(parent, text[pos:start])
            shown = text[start:end]
            word = not any(ch.isdigit() for ch in shown)  # "none", "no": a zero in words
            outer = parent
            for f in stated[:-1]:
                outer = self._tag(outer, f, "", f.scale, ZERO_FORMAT if word else NUM_FORMAT)
            if self.number(outer, stated[-1], shown, scale=stated[-1].scale, dash=word) is None:
                add_text(outer, shown)
            pos = end
        add_text(parent, text[pos:])

    @staticmethod
    def _nests(first: Fact, other: Fact) -> bool:
        """Can ``other`` be tagged inside ``first``'s tag (same unit and scale, other fact)?"""
        return first is not other and first.unit == other.unit and first.scale == other.scale

    def cell(self, parent: Element, fact: Fact | None, text: str) -> None:
        """A table cell's text, with its number tagged when it is ``fact``."""
        parts = split_number(text)
        if fact is None or parts is None:
            add_text(parent, text)
            return
        pre, shown, post, dash = parts
        add_text(parent, pre)
        if self.number(parent, fact, shown, scale=fact.scale, dash=dash) is None:
            add_text(parent, shown)
        add_text(parent, post)

    def dei(self, parent: Element, fact: DeiFact, shown: str, fmt: str | None = None) -> Element:
        """Tag ``shown`` as the dei ``fact`` (``fmt``: the transformation from ``shown`` to its value)."""
        attrs = {"name": f"dei:{fact.name}", "contextRef": self.model.dei_context_of(fact), "id": self._id()}
        if fact.unit is not None:
            attrs["unitRef"] = self.model.units[fact.unit]
            attrs["decimals"] = fact.decimals or "INF"
            if fmt:
                digits = re.sub(r"[^\d.]", "", shown)
                value = Decimal(fact.value)
                attrs["scale"] = str(_scale_of(digits, value)) if digits else "0"
        if fmt:
            attrs["format"] = fmt
        tag = el(parent, "ix:nonFraction" if fact.unit is not None else "ix:nonNumeric", shown, **attrs)
        zeros = len(shown) - len(fact.value)
        if fact.unit is None and not fmt and zeros > 0 and shown == "0" * zeros + fact.value:
            # "PCAOB ID No. 00042": the value is 42; the leading zeros are shown, not part of it
            tag.text = None
            el(tag, "ix:exclude", shown[:zeros]).tail = fact.value
        self.dei_shown.add(fact.name)
        return tag

    def hide_the_rest(self, hidden: Element) -> int:
        """Put every fact not shown in the body into ``ix:hidden``; returns how many."""
        count = 0
        for d in self.model.dei:
            if d.name not in self.dei_shown:
                self.dei(hidden, d, d.value)
                count += 1
        for f in self.model.facts:
            if id(f) in self.shown:
                continue
            attrs = {
                "name": self.model.qname(f),
                "contextRef": self.model.context_id(f.period),
                "unitRef": self.model.units[f.unit],
                "decimals": str(f.decimals),
                "id": self._id(),
            }
            if f.value < 0:
                attrs["sign"] = "-"
            el(hidden, "ix:nonFraction", format_value(abs(f.value)), **attrs)
            count += 1
        return count
