"""Which financial statement a linkbase file or an issuer's presentation role is.

Statement codes used in every CSV of this package:

=========  ===================================================================
``bs``     balance sheet / statement of financial position or condition
``is``     income statement (operations, earnings; also combined
           "operations and comprehensive income" statements)
``ci``     statement of comprehensive income (on its own)
``cf``     statement of cash flows
``eq``     statement of stockholders' / shareholders' equity (or net assets)
``*_par``  the parenthetical of one of these (``bs_par``, ``is_par``, ...)
``other``  notes, details, policies, cover page, schedules of investments
=========  ===================================================================
"""

from __future__ import annotations

import re

STATEMENTS = ("bs", "is", "ci", "cf", "eq")

# FASB statement linkbase file stem -> statement code (stm/us-gaap-stm-<stem>[-variant]-...).
_FASB_FILE_CODES = {"sfp": "bs", "soi": "is", "scf": "cf", "sheci": "eq", "soc": "ci"}
_FASB_FILE = re.compile(r"^us-gaap-stm-([a-z]+)\d*(?:-[a-z0-9]+)?-(pre|cal)-\d{4}\.xml$")

_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_DEFINITION = re.compile(r"^\s*[\w.]+\s+-\s+(\w+)\s+-\s+(.*)$")
_NOT_A_STATEMENT = {"note", "notes", "detail", "details", "table", "tables", "policy",
                    "policies", "disclosure"}
# Without a definition, a role URI must say it is a statement ("ShareholdersEquity" is a note).
_STATEMENT_WORDS = ("statement", "balance sheet", "financial position", "financial condition")
_COMPREHENSIVE = re.compile(r"comprehensive\s+(income|loss|earnings)(\s*\((loss|income)\))?")


def fasb_file_code(file_name: str) -> str | None:
    """Statement code of a FASB ``stm`` linkbase file name, or None for the ones we ignore.

    >>> fasb_file_code("us-gaap-stm-sfp-cls-pre-2024.xml")
    'bs'
    >>> fasb_file_code("us-gaap-stm-soi1-cal-2024.xml")
    'is'
    """
    match = _FASB_FILE.match(file_name)
    return _FASB_FILE_CODES.get(match.group(1)) if match else None


def camel_words(name: str) -> list[str]:
    """Split a CamelCase name into words, keeping runs of capitals (acronyms) together.

    >>> camel_words("StockAppreciationRightsSARSMember")
    ['Stock', 'Appreciation', 'Rights', 'SARS', 'Member']
    """
    return _CAMEL.findall(name)


def concept_words(name: str) -> str:
    """``PropertyPlantAndEquipmentNet`` -> ``property plant and equipment net``."""
    return " ".join(word.lower() for word in camel_words(name))


def _title_from_uri(uri: str) -> str | None:
    """Words of a role URI's last segment, or None when it names a note, not a statement."""
    tail = uri.rstrip("/").rsplit("/", 1)[-1]
    words = [w.lower() for part in re.split(r"[-_\s]+", tail) for w in camel_words(part)]
    text = " ".join(words)
    if _NOT_A_STATEMENT.intersection(words) or not any(k in text for k in _STATEMENT_WORDS):
        return None
    return text


def classify_role(uri: str, definition: str | None = None) -> str:
    """Statement code of an issuer's presentation role (see the module docstring).

    ``definition`` is the role's ``link:definition`` (``"0000005 - Statement - CONSOLIDATED
    BALANCE SHEETS"``); without one, the role URI's last segment is read instead.
    """
    title: str | None
    match = _DEFINITION.match(definition) if definition else None
    if match:
        if match.group(1).lower() != "statement":
            return "other"
        title = match.group(2)
    elif definition:
        words = set(re.findall(r"[a-z]+", definition.lower()))
        title = None if _NOT_A_STATEMENT & words else definition
    else:
        title = _title_from_uri(uri)
    if title is None:
        return "other"
    text = " ".join(title.lower().replace("\u2019", "'").split())
    code = _statement_of(text)
    if code != "other" and "parenthetical" in text:
        return f"{code}_par"
    return code


def _statement_of(text: str) -> str:
    """Statement code of a lower-cased statement title."""
    if "schedule of investments" in text or "cover" in text.split():
        return "other"
    if "cash flow" in text:
        return "cf"
    if any(k in text for k in ("balance sheet", "financial position", "financial condition",
                               "statement of condition", "statements of condition")):
        return "bs"
    if any(k in text for k in ("equity", "stockholders", "shareholders", "shareowners",
                               "net assets", "partners' capital", "deficit")):
        return "eq"
    rest = _COMPREHENSIVE.sub(" ", text)
    if any(k in rest for k in ("operations", "income", "earnings", "loss")):
        return "is"
    if rest != text:
        return "ci"
    return "other"
