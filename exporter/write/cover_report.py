"""The report's cover section: each dei fact, where it is printed, what EDGAR requires and is missing,
and, for an Inline XBRL input, whether the issuer's own tag agrees."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from exporter.model import DeiFact, Model
from exporter.write.ixbrl_narrative import ANSWERS

DECIDED = {
    "DocumentType": "the SEC header or the cover's 'FORM ...'",
    "AmendmentFlag": "'/A' after the form on the cover, else false",
    "EntityCentralIndexKey": "the CIK source above",
    "DocumentFiscalYearFocus": "the statements' period and fiscal year end",
    "DocumentFiscalPeriodFocus": "the length of the statements' longest period",
    "CurrentFiscalYearEndDate": "the 10-K's period end, else the statements' fiscal calendar",
}


def _esc(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;")


def agrees(a: str, b: str) -> bool:
    """Two dei values are the same (numbers by value; text by words, ignoring case and punctuation)."""
    try:
        return Decimal(a) == Decimal(b)
    except (InvalidOperation, ValueError):
        pass

    def norm(v: str) -> str:
        return re.sub(r"[\s.,]+", " ", v.replace("\u2019", "'").replace("\u00a0", " ").casefold()).strip()

    return norm(a) == norm(b)


def _where(d: DeiFact) -> str:
    if not d.shown:
        return "hidden (not printed)" if d.name not in DECIDED else f"hidden ({DECIDED[d.name]})"
    if (d.format or "").startswith("ixt-sec:"):
        return f"hidden: printed as {d.shown!r}, which needs EDGAR's {d.format}"
    if d.name in ANSWERS:
        return f"hidden: printed as the checked {d.shown!r} of a Yes/No question"
    return f"printed as {d.shown!r}" + (f" ({d.format})" if d.format else "")


def cover_section(model: Model) -> list[str]:
    """Markdown lines of the report's cover section."""
    c = model.cover
    out = ["## Cover (dei) facts", ""]
    issuer = c.issuer
    head = "| dei fact | value | where |" + (" issuer's own tag |" if issuer else "")
    out += [head, "|---|---|---|" + ("---|" if issuer else "")]
    agree = total = 0
    for d in model.dei:
        row = f"| {d.name} | {_esc(d.value)} | {_esc(_where(d))} |"
        if issuer:
            own = issuer.get(d.name)
            if own is None:
                row += " not tagged |"
            else:
                ok = agrees(d.value, own.value)
                agree += ok
                total += 1
                row += f" {'agrees' if ok else 'DIFFERS: ' + _esc(own.value)} |"
        out.append(row)
    out.append("")
    if issuer:
        ours = {d.name for d in model.dei}
        extra = sorted(n for n in issuer if n not in ours)
        out.append(f"The document is Inline XBRL: {agree} of {total} cover facts agree with the issuer's own "
                   f"tags" + (f"; the issuer also tags {', '.join(extra)}" if extra else "") + ".")
        out.append("")
    if c.missing:
        out.append(f"Required by EDGAR for a {c.document_type} (EFM 6.5.20-6.5.54) but not found on the cover: "
                   + ", ".join(c.missing) + ". The cover does not print them where the exporter looks "
                   "(check the cover, or add them before filing).")
    elif c.document_type != "Other":
        out.append(f"Every cover fact EDGAR requires for a {c.document_type} is reported.")
    out.append("")
    return out
