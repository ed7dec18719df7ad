"""Label normalisation shared by the ranker and the concept table.

Both a document's row label and the candidate labels (issuers' labels and
concept names split into words) go through :func:`tokens`, so a synonym or a
stem applied here applies to both sides alike. The rules are data (``taxonomy_map/synonyms.csv``);
this module holds the mechanism.
"""

from __future__ import annotations

import re
from functools import lru_cache

import taxonomy_map

# taxonomy_map/synonyms.csv: synonyms and abbreviations (each tried only when its trigger is in the
# lower-cased text: most labels need few of them), the clutter of amounts, the stop words
_RULES = taxonomy_map.label_rules()
_ABBREV_RE = [(r.trigger, re.compile(r.pattern, re.I), r.replacement) for r in _RULES.rewrites]
_CLUTTER_RE = [(re.compile(r.pattern, re.I), r.replacement) for r in _RULES.clutter]
_NUMBERISH = re.compile(r"\(?\$?\s*\d[\d,.]*%?\)?")
_STOP = _RULES.stop_words


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
    text = label
    for pattern, repl in _CLUTTER_RE:
        text = pattern.sub(repl, text)
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
