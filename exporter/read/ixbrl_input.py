"""An Inline XBRL input read as the document it is: its hidden header out, its own dei facts kept.

A 10-K filed today is already Inline XBRL: the display text with ``ix:`` tags around the
numbers, and an ``ix:header`` (inside a ``display:none`` block) holding ``ix:hidden`` facts,
contexts and units — tens of thousands of characters that are no part of the page.
:func:`without_header` blanks the header (newlines kept, so line numbers still count from the
file's start); :func:`issuer_dei` reads the issuer's own dei facts, their values as dei holds
them (transformations applied), for the CIK and for comparing with what the exporter reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from lxml import etree

from exporter.read.months import month_number
from exporter.read.safe_xml import parse_xml_bytes
from exporter.understand.cover_codes import lookup

IX_NS = "http://www.xbrl.org/2013/inlineXBRL"
XBRLI = "http://www.xbrl.org/2003/instance"
_PREFIX = re.compile(r'xmlns:(?P<p>[\w.-]+)\s*=\s*["\']http://www\.xbrl\.org/2013/inlineXBRL["\']')


@dataclass(frozen=True)
class IssuerFact:
    """One of the issuer's own dei facts: its dei value, the text shown, its context's period."""

    name: str
    value: str
    shown: str
    period: tuple[date | None, date] | None


def ix_prefix(text: str) -> str | None:
    """The prefix an Inline XBRL document binds to the ix namespace, or None if it is not one."""
    m = _PREFIX.search(text[:20000])
    if m is None or not re.search(rf"<{re.escape(m['p'])}:header\b", text):
        return None
    return m["p"]


def without_header(text: str) -> str:
    """``text`` with its ``ix:header`` blanked (its newlines kept); unchanged if it has none."""
    prefix = ix_prefix(text)
    if prefix is None:
        return text
    p = re.escape(prefix)
    opening, closing = re.compile(rf"<{p}:header\b"), re.compile(rf"</{p}:header\s*>")
    # the first end tag after each start tag, found by searching for it (a lazy ".*?" between them
    # reads the header, a tenth of a 10-K, character by character)
    parts, at = [], 0
    while (start := opening.search(text, at)) is not None:
        end = closing.search(text, start.end())
        if end is None:
            break
        parts += [text[at:start.start()], "\n" * text.count("\n", start.start(), end.end())]
        at = end.end()
    return "".join(parts) + text[at:] if parts else text


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


def _month_day(text: str) -> tuple[int, int] | None:
    m = re.search(r"(?P<mon>[A-Za-z]{3})[A-Za-z]*\.?\s*(?P<day>\d{1,2})(?!\d)", text)
    if m and month_number(m["mon"]):
        return month_number(m["mon"]), int(m["day"])
    m = re.search(r"(?<!\d)(?P<day>\d{1,2})\s*(?P<mon>[A-Za-z]{3})", text)
    if m and month_number(m["mon"]):
        return month_number(m["mon"]), int(m["day"])
    return None


def transform(fmt: str | None, shown: str, scale: str | None = None, numeric: bool = False) -> str:
    """The dei value of ``shown`` under the Inline XBRL transformation ``fmt`` (best effort)."""
    text = re.sub(r"\s+", " ", shown.replace("\u00a0", " ")).strip()
    local = (fmt or "").split(":")[-1].lower()
    if numeric and not local:
        local = "num-dot-decimal"
    if not local:
        return text
    if local in ("fixed-true", "booleantrue"):
        return "true"
    if local in ("fixed-false", "booleanfalse"):
        return "false"
    if local in ("boolballotbox", "yesnoballotbox"):
        on = text in ("☒", "☑")
        return ("true" if on else "false") if local == "boolballotbox" else ("Yes" if on else "No")
    if local == "stateprovnameen":
        return lookup("state", text) or text
    if local == "countrynameen":
        return lookup("country", text) or text
    if local == "exchnameen":
        return lookup("exchange", text) or text
    if local == "entityfilercategoryen":
        return lookup("filer_category", text) or text
    if local.startswith("date"):
        md = _month_day(text)
        year = re.search(r"(?:19|20)\d\d", text)
        if md and "year" in local and year:
            try:
                return date(int(year.group()), md[0], md[1]).isoformat()
            except ValueError:
                return text
        if md:
            return f"--{md[0]:02d}-{md[1]:02d}"
        return text
    if local.startswith("num") or local in ("fixed-zero", "zerodash"):
        if local in ("fixed-zero", "zerodash") or re.fullmatch(r"[-\u2014\u2013]+|no|none", text, re.I):
            return "0"
        digits = text.replace(",", "") if "comma-decimal" not in local else text.replace(".", "").replace(",", ".")
        try:
            value = Decimal(re.sub(r"[^\d.]", "", digits)).scaleb(int(scale or 0))
        except (InvalidOperation, ValueError):
            return text
        out = format(value, "f")
        return out.rstrip("0").rstrip(".") if "." in out else out
    return text


_DEI_NAME = re.compile(r"""name\s*=\s*["']$""")
_DEI_TAG = re.compile(r"<(?P<tag>[\w.-]+:non(?:Numeric|Fraction))\b[^>]*>")


_FAR = 100_000
"""A dei fact further than this past the markup kept before it is kept on its own (a 10-K names its
auditor after its statements and notes, millions of characters past its cover)."""
_READ_OTHERWISE = ("<!", "xmlns", ":context", "<context")
"""Markup that, between two of the facts kept, would change what they read or what is known of them:
a comment, CDATA or declaration, a namespace declared, a context."""


def _dei_part(text: str, prefix: str) -> str:
    """The markup of ``text`` that :func:`issuer_dei` needs: its start up to the end of its
    ``ix:header`` (the contexts) and of its last dei fact, when that can be told from the markup;
    else all of it. A dei fact far past the others (:data:`_FAR`) is kept on its own, the markup
    before it left out, when none of that markup would be read otherwise (:data:`_READ_OTHERWISE`).

    A 10-Q's cover and header are its first tenth: the rest need not be parsed; a 10-K's auditor is
    named near its end: the statements and notes before it need not be either. The whole text is
    kept when a dei fact is continued elsewhere (``continuedAt``), when a fact cannot be closed by
    counting its own tags, or when a context or markup read otherwise (a comment, CDATA) follows."""
    end = text.rfind(f"</{prefix}:header")
    cut = text.find(">", end) + 1 if end >= 0 else 0
    if cut <= 0:
        return text
    head = -1  # where the start kept ends, once a fact lies far past it
    alone: list[tuple[int, int]] = []  # the facts kept on their own after it: (start, end)
    at = text.find("dei:")
    while at >= 0:
        if _DEI_NAME.search(text, max(0, at - 16), at):
            start = text.rfind("<", 0, at)
            m = _DEI_TAG.match(text, start)
            if m is None or m.group().endswith("/>"):
                return text
            close = _close(text, m.end(), m["tag"])
            fact = text[start:close]
            if close < 0 or "continuedAt" in fact or "<!--" in fact or "<![CDATA[" in fact:
                return text
            if head < 0 and start - cut > _FAR:
                head = cut
            if head >= 0 and start >= (alone[-1][1] if alone else head):  # (one inside a fact kept is kept)
                alone.append((start, close))
            cut = max(cut, close)
        at = text.find("dei:", at + 4)
    rest = text[cut:]
    if ":context" in rest or "<context" in rest:
        return text
    if head < 0:
        return text[:cut]
    between = zip((head, *(e for _, e in alone[:-1])), (s for s, _ in alone), strict=True)
    if any(_read_otherwise(text, a, b) for a, b in between):
        return text[:cut]
    return text[:head] + "".join(text[s:e] for s, e in alone)


def _read_otherwise(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold markup of :data:`_READ_OTHERWISE`? ":context" and "<context" are
    looked for as one word, "context", and the character before it: one pass over the markup (a 10-K's
    millions of characters between its cover and its auditor), not two."""
    if text.find("<!", start, end) >= 0 or text.find("xmlns", start, end) >= 0:
        return True
    at = text.find("context", start + 1, end)
    while at >= 0:
        if text[at - 1] in ":<":
            return True
        at = text.find("context", at + 1, end)
    return False


def _close(text: str, at: int, tag: str) -> int:
    """Where the element ``tag`` opened right before ``at`` ends (past its end tag); -1 if not found."""
    depth = 1
    opened, closed = f"<{tag}", f"</{tag}"
    while depth:
        c = text.find(closed, at)
        if c < 0:
            return -1
        o = text.find(opened, at, c)  # (one opened before the end tag, or none: not the next one anywhere)
        if 0 <= o < c:
            gt = text.find(">", o)
            if gt < 0:
                return -1
            if text[gt - 1] != "/":  # (an empty element closes itself)
                depth += 1
            at = gt + 1
        else:
            gt = text.find(">", c)
            if gt < 0:
                return -1
            depth -= 1
            at = gt + 1
    return at


def issuer_dei(text: str) -> dict[str, IssuerFact]:
    """The issuer's dei facts in contexts without dimensions, by name (the first of each)."""
    prefix = ix_prefix(text)
    if prefix is None:
        return {}
    try:
        root = parse_xml_bytes(_dei_part(text, prefix).encode("utf-8"), recover=True)
    except etree.XMLSyntaxError:
        return {}
    if root is None:
        return {}
    periods: dict[str, tuple[date | None, date] | None] = {}
    for c in root.iter(f"{{{XBRLI}}}context"):
        if c.find(f".//{{{XBRLI}}}segment") is not None or c.find(f".//{{{XBRLI}}}scenario") is not None:
            continue
        instant = c.find(f".//{{{XBRLI}}}instant")
        start = c.find(f".//{{{XBRLI}}}startDate")
        end = c.find(f".//{{{XBRLI}}}endDate")
        if instant is not None and _date(instant.text or ""):
            periods[c.get("id", "")] = (None, _date(instant.text or "") or date.min)
        elif end is not None and _date(end.text or ""):
            periods[c.get("id", "")] = (_date(start.text or "") if start is not None else None,
                                        _date(end.text or "") or date.min)
        else:
            periods[c.get("id", "")] = None
    continuations = {c.get("id"): c for c in root.iter(f"{{{IX_NS}}}continuation")}
    out: dict[str, IssuerFact] = {}
    for el in root.iter(f"{{{IX_NS}}}nonNumeric", f"{{{IX_NS}}}nonFraction"):
        name = el.get("name", "")
        if not name.startswith("dei:") or el.get("contextRef") not in periods:
            continue
        local = name[4:]
        if local in out:
            continue
        shown = "".join(el.itertext())
        part, seen = el, set()
        while part.get("continuedAt") in continuations and part.get("continuedAt") not in seen:
            seen.add(part.get("continuedAt"))
            part = continuations[part.get("continuedAt")]
            shown += "".join(part.itertext())
        value = transform(el.get("format"), shown, el.get("scale"), el.tag == f"{{{IX_NS}}}nonFraction")
        if el.get("sign") == "-" and value and value[0].isdigit():
            value = "-" + value
        out[local] = IssuerFact(local, value, re.sub(r"\s+", " ", shown).strip(), periods[el.get("contextRef", "")])
    return out
