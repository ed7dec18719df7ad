"""Label normalisation shared by the ranker and the concept table.

Both a document's row label and the candidate labels (issuers' labels and
concept names split into words) go through :func:`tokens`, so a synonym or a
stem applied here applies to both sides alike.
"""

from __future__ import annotations

import re
from functools import lru_cache

_RETIRED = (r"(?:cumulative\s+effects?\b[^;()]*?\baccounting\s+(?:principles?|changes?|standards?)"
            r"|extraordinary\s+(?:items?|gains?|loss(?:es)?|credits?|charges?))")
_ABBREV = [
    (r"\bsg\s*&\s*a\b", " selling general administrative "),
    (r"\br\s*&\s*d\b", " research development "),
    (r"\bpp\s*&\s*e\b", " property plant equipment "),
    (r"\be\.?p\.?s\.?\b", " earnings per share "),
    (r"&", " and "),
    (r"\bshare-?\s*holders?'?s?\b|\bshare-?owners?'?\b|\bstockholder'?s?'?\b", " stockholders "),
    (r"\bless\s+(the\s+)?(current\s+)?(portion|amounts?|installments?|maturities)\s+(payable|due)\s+within\s+"
     r"(one|1)\s+year\b", " noncurrent "),
    (r"\b(excluding|before|net\s+of)\s+(one[-\s]?time|special|unusual|non-?recurring|certain)\s+(items|charges|costs)\b"
     r"|^\s*adjusted\b|\bnon-?gaap\b|\bpro\s+forma\b", " nongaap "),
    (r"^\s*(net\s+)?profits?(?!\s+(before|from|on)\b)\b", " net income "),
    (r"\bless\s+current\s+(maturities|portion|installments)\b|\bnet\s+of\s+current\s+(portion|maturities)\b"
     r"|\bexcluding\s+current\s+(portion|maturities)\b", " noncurrent "),
    (r"\b(long|short)[\s-]+term\b", r" \1term "),
    (r"\bnon[\s-]+", " non"),
    (r"\bearnings\b(?!\s+per)", " income "),
    (r"\bprofits?\b", " income "),
    (r"\bbefore\s+(provision|provisions)\s+for\b", " before "),
    (r"\bprovision\s+for\s+income\s+tax(es)?\b|\bincome\s+tax\s+provision\b", " income tax expense "),
    (r"\bprovision\s*/?\s*\((benefit|credit)\)\s+for\s+income\s+tax(es)?\b", " income tax expense benefit "),
    (r"\bcash\s+equivalents\b", " cashequivalents "),
    (r"\bshares\s+used\s+in\s+(computing|calculating|the\s+calculation\s+of)\b[^:]*?\bper\s+(common\s+)?share\b",
     " weightedaverage number shares outstanding "),
    (r"\bweighted[\s-]+average\s+number\s+of\b", " weightedaverage number "),
    (r"\bweighted[\s-]+average\b", " weightedaverage "),
    (r"\baccrued\b", " accrual "),
    (r"\bassuming\s+dilution\b|\bdilution\b|\bfully\s+diluted\b", " diluted "),
    (r"\bin\s+(us\s+)?(dollars|usd)\s+per\s+share\b", " "),
    (r"\bin\s+(thousands|millions|billions)\b", " "),
    (r"\[member\]|\[abstract\]|\[line items\]|\[table\]", " "),
    # wordings us-gaap has retired: minority interest is noncontrolling interest (ASC 810, 2009); income
    # before extraordinary items or before a cumulative effect of an accounting change is, since
    # both were removed (ASU 2015-01, ASC 250), income from continuing operations
    (rf"\bbefore\s+([a-z][a-z ,]*?)\s+and\s+(the\s+)?{_RETIRED}(\s+and\s+(the\s+)?{_RETIRED})?",
     r" before \1 from continuing operations "),
    (rf"\bbefore\s+(the\s+)?{_RETIRED}(\s+and\s+(the\s+)?{_RETIRED})?", " from continuing operations "),
    (r"\bbefore\s+minority\s+interests?\b", " including portion attributable noncontrolling interest "),
    (r"\bminority\s+(interests?|shareholders?|stockholders?|owners?)\b", " noncontrolling interest "),
    # an old word for an allowance: "Reserve for loan losses", "Reserve for doubtful accounts"
    (r"\breserves?\s+for\s+(?=(possible\s+)?(loan|credit|doubtful|bad|uncollectible)\b)", " allowance for "),
]
# each rule runs only when its trigger is in the (lower-cased) text: most labels need few of them
_TRIGGERS = ["&", "&", "&", "eps", "&", "share", "within", "", "profit", "current", "term", "non", "earning",
             "profit", "before",
             "provision", "provision", "cash equivalent", "shares used", "weighted", "weighted", "accrued", "dilut",
             "per share", "in ", "[", "before", "before", "minority", "minority", "reserve"]
_ABBREV_RE = [(t, re.compile(p, re.I), r) for t, (p, r) in zip(_TRIGGERS, _ABBREV, strict=True)]
_ABBREV_RE[3] = ("", _ABBREV_RE[3][1], _ABBREV_RE[3][2])  # e.p.s. has no fixed spelling
_NUMBERISH = re.compile(r"\(?\$?\s*\d[\d,.]*%?\)?")
_STOP = {"the", "of", "a", "an", "for", "to", "in", "on", "from", "by", "at", "its", "as", "and",
         "our", "company", "companys", "total", "s", "which", "are", "is", "per"}
_KEEP_PER = {"share"}


def _stem(word: str) -> str:
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def strip_clutter(label: str) -> str:
    """Drop what a label says about amounts rather than the item: ``of $425 (2003)``, par values."""
    text = re.sub(r"\((?:[^()]*\d[^()]*)\)", " ", label)  # "(2003)", "($99 at Sept 26, 1997)"
    text = re.sub(r"\b(of|at)\s+\$\s*[\d,.]+.*$", " ", text, flags=re.I)
    text = re.sub(r",?\s*\$?[\d.]+\s+par(\s+value)?\b.*$", " ", text, flags=re.I)
    text = re.sub(r",?\s*(no|without)\s+par\s+value.*$", " ", text, flags=re.I)
    text = re.sub(r"\(\s*(note|see\s+note)[^)]*\)|\(\s*[a-z\d]\s*\)|\*+", " ", text, flags=re.I)
    text = re.sub(r"\bnet\s+of\s+(the\s+)?(allowances?|reserves?)\b.*$", " net", text, flags=re.I)
    text = re.sub(r"\(unaudited\)|\(audited\)", " ", text, flags=re.I)
    return re.sub(r"\s+", " ", text).strip(" ,;:-")


@lru_cache(maxsize=65536)
def tokens(label: str) -> tuple[str, ...]:
    """Normalised word tokens of a label, in order, stop words dropped.

    >>> tokens("Selling, general & administrative expenses")
    ('selling', 'general', 'administrative', 'expense')
    """
    text = label.lower().replace("’", "'").replace("‘", "'")
    for trigger, pattern, repl in _ABBREV_RE:
        if trigger in text:
            text = pattern.sub(repl, text)
    text = text.replace("(", " ").replace(")", " ")
    text = _NUMBERISH.sub(" ", text)
    words = re.findall(r"[a-z]+", text.replace("'", ""))
    out = []
    for w in words:
        if w in _STOP:
            continue
        out.append(_stem(w))
    return tuple(out)


def split_camel(name: str) -> str:
    """``PropertyPlantAndEquipmentNet`` -> ``property plant and equipment net``."""
    parts = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+", name)
    return " ".join(p.lower() for p in parts)
