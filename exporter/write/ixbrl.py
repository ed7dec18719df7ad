"""The Inline XBRL 1.1 document: the whole source document, every fact tagged where it is shown.

``render_inline(model)`` gives the bytes of ``{base}.htm``::

    <html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix=... xmlns:ixt=...(TR 4)>
      <head><title/><style/></head>
      <body>
        <div style="display:none"><ix:header>
          <ix:hidden>     dei facts the document does not show (and any fact no cell shows)
          <ix:references> <link:schemaRef xlink:href="{base}.xsd"/>
          <ix:resources>  the contexts and units of the .xml instance (exporter.write.instance)
        </ix:header></div>
        ... each document of the filing, in order, separated by page breaks ...
      </body>
    </html>

A document is rendered by the renderer of its kind (:data:`RENDERERS`): ``"text"``
(:mod:`exporter.write.ixbrl_text`: paragraphs, headings, page breaks, tables) and ``"html"``
(:mod:`exporter.write.ixbrl_html`). Both render statement tables with :mod:`exporter.write.ixbrl_table`
and tag prose with :func:`exporter.write.ixbrl_text.prose`; a faithful HTML renderer (keeping the
source's layout and wrapping its own number cells) plugs in by replacing
``RENDERERS["html"]`` with a function of the same signature. :class:`~exporter.write.ixbrl_tags.Tagger`
is the one place that makes tags; it tags a table cell only when the printed number, scaled,
is the fact's value, and whatever is not shown goes to ``ix:hidden``, so the facts of the
``.htm`` are always the facts of the ``.xml``.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from exporter.model import NS, Model
from exporter.read.documents import Kind, ParsedDocument
from exporter.understand.records import Statement
from exporter.write.edgar_files import make_acceptable, to_bytes
from exporter.write.instance import add_contexts_and_units
from exporter.write.ixbrl_tags import IX, IXT, XHTML, Element, Tagger, el, h
from exporter.write.ixbrl_text import PAGE_BREAK, render_text_document

Renderer = Callable[[Element, ParsedDocument, list[Statement], Tagger], None]


def _render_html_document(parent: Element, parsed: ParsedDocument, statements: list[Statement],
                          tagger: Tagger) -> None:
    """:func:`exporter.write.ixbrl_html.render_html_document`, its module (and the HTML table reader
    it uses) imported by the first HTML document: a text filing's export never loads them."""
    from exporter.write.ixbrl_html import render_html_document

    render_html_document(parent, parsed, statements, tagger)


RENDERERS: dict[Kind, Renderer] = {
    "text": render_text_document,
    "html": _render_html_document,
}

CSS = """
body { font-family: Georgia, 'Times New Roman', serif; max-width: 52em; margin: 2em auto; padding: 0 1em;
       line-height: 1.4; color: #000; background: #fff; }
p { margin: 0.8em 0; }
pre { font-size: 0.85em; overflow-x: auto; }
table.fin { border-collapse: collapse; margin: 1em auto; font-size: 0.92em; }
table.fin th { font-weight: bold; text-align: center; vertical-align: bottom; padding: 0.1em 0.6em; }
table.fin td { padding: 0.1em 0.6em; vertical-align: bottom; }
table.fin td.l { text-align: left; }
table.fin td.n { text-align: right; white-space: nowrap; }
hr { border: 0; border-top: 1px dashed #999; margin: 2em 0; }
"""


def render_inline(model: Model) -> bytes:
    """The Inline XBRL 1.1 document of ``model`` (UTF-8 XHTML)."""
    nsmap: dict[str | None, str] = {None: XHTML, "ix": IX, "ixt": IXT}
    for key in ("xbrli", "link", "xlink", "iso4217", "us-gaap", "dei"):
        nsmap[key] = NS[key]
    nsmap[model.prefix] = model.namespace
    html = etree.Element(h("html"), nsmap=nsmap)
    head = el(html, "head")
    el(head, "meta", **{"http-equiv": "Content-Type", "content": "text/html; charset=utf-8"})
    el(head, "title", f"{model.cover.registrant} {model.cover.document_type} "
                      f"{model.cover.period_end.isoformat()}")
    el(head, "style", CSS, type="text/css")
    body = el(html, "body")
    header = el(el(body, "div", style="display:none"), "ix:header")
    hidden = el(header, "ix:hidden")
    refs = el(header, "ix:references")
    etree.SubElement(refs, f"{{{NS['link']}}}schemaRef", {
        f"{{{NS['xlink']}}}type": "simple", f"{{{NS['xlink']}}}href": f"{model.base}.xsd"})
    add_contexts_and_units(el(header, "ix:resources"), model)
    tagger = Tagger(model)
    for k, parsed in enumerate(model.documents):
        if k:
            el(body, "hr", style=PAGE_BREAK)
        section = el(body, "div", class_="document")
        RENDERERS[parsed.document.kind](section, parsed, model.statements, tagger)
    if not tagger.hide_the_rest(hidden):
        header.remove(hidden)
    make_acceptable(html)
    return to_bytes(html)
