"""EDGAR's rules for the files we write, applied once, after a writer has built its tree.

The SEC's EDGAR Filer Manual (EFM) rejects a submission whose documents break these rules; the
SEC's own Arelle plugin reports them as errors (``EFM.5.02.01.01``, ``EFM.5.02.05.*``):

* **ASCII only** (5.02.01.01): every other character is written as a character reference
  (``’`` -> ``&#8217;``), and so is ``^``, which EDGAR's character set leaves out too;
  :func:`to_bytes` serializes any of our XML trees that way.
* **No disallowed XHTML** in an Inline XBRL document (5.02.05): :func:`make_acceptable`
  folds every ``<style>`` sheet into ``style`` attributes (``table.fin td.n {text-align:right}``
  -> ``<td class="n" style="text-align:right">``; a rule no element matches is dropped), drops
  active content (``script``, ``object``, form controls), renames the other blocked elements to
  ``div`` or ``span`` so their text and facts stay, and removes the blocked attributes
  (``html/@lang``, ``a/@name``, ``link/@rel``).
* **End tags, not self-closed ones** for elements that may hold content (Arelle's
  ``ixbrl:selfClosedTagWarning``): an empty ``<th/>`` is written ``<th></th>``.

The lists of blocked elements and attributes are Arelle's own (``arelle.ValidateFilingText``),
read at run time, so they follow the Arelle the user validates with.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import cssselect2
import cssselect2.parser
import tinycss2
from lxml import etree

from taxonomy_map.edgar_rules import html_rules

XHTML = "http://www.w3.org/1999/xhtml"
IX = "http://www.xbrl.org/2013/inlineXBRL"

_DROPPED = frozenset({
    "script", "noscript", "object", "embed", "param", "applet", "input", "select", "option",
    "textarea", "button", "map", "area", "base", "col", "colgroup", "style",
})
"""Blocked elements whose content is code or a control: removed with their content (unless they
hold a fact, then renamed like the others)."""
_BLOCK = frozenset({"dd", "fieldset", "form", "legend", "function"})
"""Blocked elements that hold block content: renamed to ``div``; the other blocked ones to ``span``."""


def to_bytes(root: etree._Element, *, pretty_print: bool = False) -> bytes:
    """``root`` as an ASCII XML document: other characters (and ``^``) as character references."""
    data = etree.tostring(root, xml_declaration=True, encoding="ASCII", pretty_print=pretty_print)
    # '^' occurs only in text and attribute values (never in our names): a reference is the same
    return bytes(data).replace(b"^", b"&#94;")


_EMPTY = etree.XPath("descendant-or-self::*[not(node())]")


def make_acceptable(html: etree._Element) -> None:
    """Make the Inline XBRL tree ``html`` pass EDGAR's element rules (in place)."""
    blocked, blocked_attrs, no_content = html_rules()
    inline_stylesheets(html)
    cut = len(XHTML) + 2  # "{ns}name": the local name follows the namespace
    # the elements a rule names, in document order (the others are left as they are)
    for elt in list(html.iter(*(f"{{{XHTML}}}{tag}" for tag in sorted(blocked | blocked_attrs.keys())))):
        tag = elt.tag[cut:]
        if tag in blocked:
            holds_fact = any(True for _ in elt.iter(f"{{{IX}}}*"))
            if tag in _DROPPED and not holds_fact:
                _remove(elt)
                continue
            tag = "div" if tag in _BLOCK else "span"
            elt.tag = f"{{{XHTML}}}{tag}"
        for attr in blocked_attrs.get(tag, ()):
            elt.attrib.pop(attr, None)
    for elt in _EMPTY(html):  # no child element and no text (a text of its own is never empty)
        if elt.tag.rpartition("}")[2] not in no_content:
            elt.text = ""  # lxml then writes <th></th>, not <th/>


def inline_stylesheets(html: etree._Element) -> None:
    """Fold the rules of every ``<style>`` element into ``style`` attributes and drop the sheets.

    Declarations go in CSS order (specificity, then order in the sheet) before the element's own
    ``style``, which therefore still wins. At-rules (``@media``, ``@font-face``) are dropped.
    """
    sheets = list(html.iter(f"{{{XHTML}}}style"))
    if not sheets:
        return
    texts = tuple(sheet.text or "" for sheet in sheets)
    matcher, by_ancestry, ids = _compiled(texts)
    for sheet in sheets:
        _remove(sheet)
    if by_ancestry:
        _fold_by_ancestry(html, matcher, texts, ids)
        return
    for wrapper in cssselect2.ElementWrapper.from_xml_root(html).iter_subtree():
        _fold(wrapper.etree_element, matcher.match(wrapper))


@lru_cache(maxsize=16)
def _compiled(sheets: tuple[str, ...]) -> tuple[cssselect2.Matcher, bool, bool]:
    """The rules of ``sheets`` as a matcher, whether every selector reads an element and its
    ancestors alone (:func:`_reads_ancestry`), and whether any reads an id. Worked out once per
    distinct set of sheets (the writers' own sheet is the same at every export); a matcher is only
    read when matching."""
    matcher = cssselect2.Matcher()
    by_ancestry = True
    ids = False
    for text in sheets:
        for rule in tinycss2.parse_stylesheet(text, skip_whitespace=True, skip_comments=True):
            if rule.type != "qualified-rule":
                continue
            declarations = _declarations(rule.content)
            if not declarations:
                continue
            try:
                for selector in cssselect2.compile_selector_list(rule.prelude):
                    matcher.add_selector(selector, declarations)
            except cssselect2.SelectorError:
                continue  # a selector this engine cannot read styles nothing of ours
            parsed = list(cssselect2.parser.parse(rule.prelude))
            by_ancestry = by_ancestry and all(_reads_ancestry(s) for s in parsed)
            ids = ids or any(isinstance(s, cssselect2.parser.IDSelector) for p in parsed for s in _simple(p))
    return matcher, by_ancestry, ids


def _fold(elt: etree._Element, matches: list[Any]) -> None:
    """Put the declarations of the rules ``elt`` matches (:meth:`cssselect2.Matcher.match`) before its
    own ``style``."""
    if matches:
        _fold_parts(elt, _in_order(matches))


def _in_order(matches: list[Any]) -> list[str]:
    """The declarations of ``matches`` in CSS order (specificity, then order in the sheet)."""
    return [payload for *_, payload in sorted(matches)]


def _fold_parts(elt: etree._Element, parts: list[str]) -> None:
    """Put the declarations ``parts`` (:func:`_in_order`) before the element's own ``style``."""
    own = (elt.get("style") or "").strip().rstrip(";")
    elt.set("style", ";".join([*parts, own] if own else parts))


_ANCESTRY_SELECTORS = (cssselect2.parser.LocalNameSelector, cssselect2.parser.NamespaceSelector,
                       cssselect2.parser.IDSelector, cssselect2.parser.ClassSelector)


def _reads_ancestry(selector: cssselect2.parser.Selector) -> bool:
    """Does ``selector`` read only names, namespaces, ids and classes of an element and its ancestors
    (``table.fin td.n``, ``body > p``)? Not siblings, positions, other attributes or pseudo-classes."""
    if selector.pseudo_element is not None:
        return False
    node = selector.parsed_tree
    while isinstance(node, cssselect2.parser.CombinedSelector):
        if node.combinator not in (" ", ">") or not _compound_reads_names(node.right):
            return False
        node = node.left
    return _compound_reads_names(node)


def _simple(selector: cssselect2.parser.Selector) -> Iterator[object]:
    """The simple selectors of ``selector``'s compounds (a compound's other parts as they are)."""
    todo = [selector.parsed_tree]
    while todo:
        node = todo.pop()
        if isinstance(node, cssselect2.parser.CombinedSelector):
            todo += [node.left, node.right]
        elif isinstance(node, cssselect2.parser.CompoundSelector):
            yield from node.simple_selectors
        else:
            yield node


def _compound_reads_names(node: object) -> bool:
    return isinstance(node, cssselect2.parser.CompoundSelector) and all(
        isinstance(s, _ANCESTRY_SELECTORS) for s in node.simple_selectors)


_Step = tuple[str, "str | None", "str | None"]  # an element's (tag, id, class)


class _Known:
    """What a set of style sheets' rules match at an ancestry, and the
    ancestries one step down, by their last (tag, id, class): kept for the process, per set of
    sheets (:data:`_matched`), since the writers give most documents the same few."""

    __slots__ = ("matches", "parts", "style", "below")

    def __init__(self, matches: list[Any]) -> None:
        self.matches = matches
        self.parts = _in_order(matches)  # the declarations an element here takes, in order
        self.style = ";".join(self.parts)  # the style of an element here with none of its own
        self.below: dict[_Step, _Known] = {}


_matched: dict[tuple[str, ...], tuple[_Known, list[int]]] = {}
"""Per set of style sheets (:func:`_compiled`'s key): the root of its ancestries and how many are kept."""

_MATCHED_KEPT = 20_000  # ancestries kept per set of sheets; past it the set starts again


class _Ancestry:
    """Elements whose ancestry reads the same (tag, id, class) from the root down: what the rules of
    :func:`_reads_ancestry` selectors match there (kept in ``known``), and the next step down, by its
    (tag, id, class)."""

    __slots__ = ("wrapper", "known", "below")

    def __init__(self, wrapper: cssselect2.ElementWrapper, known: _Known) -> None:
        self.wrapper = wrapper  # the first element with this ancestry (any other matches alike)
        self.known = known
        self.below: dict[_Step, _Ancestry] = {}


def _fold_by_ancestry(html: etree._Element, matcher: cssselect2.Matcher, sheets: tuple[str, ...],
                      ids: bool = True) -> None:
    """:func:`_fold` for every element, the rules matched once per distinct ancestry, not per element
    (a document of thousands of elements has a few dozen ancestries), and once per process for an
    ancestry seen before (:data:`_matched`; ``sheets``: the sheets ``matcher`` holds). ``ids``: do
    the sheets read ids? When not, an element's id is no part of its ancestry (every tagged fact
    has an id of its own: it would make an ancestry of its own)."""
    if sheets not in _matched or _matched[sheets][1][0] > _MATCHED_KEPT:
        if len(_matched) >= 16:
            _matched.clear()
        _matched[sheets] = (_Known([]), [0])
    root, kept = _matched[sheets]  # root: above the document's root element, matching nothing
    top = cssselect2.ElementWrapper.from_xml_root(html)
    step = (html.tag, html.get("id") if ids else None, html.get("class"))
    known = root.below.get(step)
    if known is None:
        known = root.below[step] = _Known(matcher.match(top))
        kept[0] += 1
    seen: dict[etree._Element, _Ancestry] = {html: _Ancestry(top, known)}
    if known.parts:
        _fold_parts(html, known.parts)
    for elt in html.iterdescendants(etree.Element):
        up = seen[elt.getparent()]
        key = (elt.tag, elt.get("id") if ids else None, elt.get("class"))
        here = up.below.get(key)
        if here is None:
            # position and siblings are not read by these selectors: index 0, no previous sibling
            wrapper = cssselect2.ElementWrapper(elt, parent=up.wrapper, index=0, previous=None,
                                                in_html_document=False)
            known = up.known.below.get(key)
            if known is None:
                known = up.known.below[key] = _Known(matcher.match(wrapper))
                kept[0] += 1
            here = up.below[key] = _Ancestry(wrapper, known)
        seen[elt] = here
        if here.known.parts:
            if elt.get("style") is None:  # (most of the writers' elements)
                elt.set("style", here.known.style)
            else:
                _fold_parts(elt, here.known.parts)


def _declarations(content: list[object]) -> str:
    """``{ text-align: right; color : red }`` -> ``text-align:right;color:red``."""
    out = []
    for decl in tinycss2.parse_blocks_contents(content, skip_whitespace=True, skip_comments=True):
        if decl.type == "declaration":
            value = re.sub(r"\s+", " ", tinycss2.serialize(decl.value)).strip()
            important = " !important" if decl.important else ""
            out.append(f"{decl.lower_name}:{value}{important}")
    return ";".join(out)


def _remove(elt: etree._Element) -> None:
    """Remove ``elt`` and its content, keeping the text that follows it."""
    parent = elt.getparent()
    if parent is None:
        return
    if elt.tail:
        previous = elt.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + elt.tail
        else:
            parent.text = (parent.text or "") + elt.tail
    parent.remove(elt)
