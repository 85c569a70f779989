"""The header of an HTML page: headline, date line, source line and section label.

The headline is the heading a date line follows (or the one matching `<title>`); the
date is read below it first, then just above it. Dates elsewhere on the page (menus,
lists of other dated pages) are never taken for the page's own.
"""
from __future__ import annotations

import re
from itertools import islice

from bs4 import NavigableString, Tag

from parsers.document import clean_paragraph
from parsers.errors import MissingDate
from parsers.html_body import SKIP_STRINGS, PageIndex
from parsers.html_parts import LABELISH_RE, TITLEISH_RE, is_site_name, same_text
from parsers.pubdate import PAREN_DATE_RE, SOURCE_DATE_RE, DateHit, date_line, find_date

_TITLE_HOLDERS = {"div", "td", "span", "p", "strong", "b", "font", "header", "h4"}
SOURCE_LINE_RE = re.compile(r"(?:Source|From)\s*[:：]\s*(.{1,60})", re.IGNORECASE)
# The header (headline, date line, source) ends where prose starts.
_HEADER_STRING_MAX = 200


def _names(el: Tag) -> str:
    return " ".join(el.get("class") or []) + " " + (el.get("id") or "")


def _inside_link(el: Tag, root: Tag) -> bool:
    for parent in el.parents:
        if parent is root:
            return False
        if parent.name == "a":
            return True
    return False


def _headline_candidates(index: PageIndex):
    for el in index.tags:
        if el.name in ("h1", "h2", "h3") or (el.name in _TITLE_HOLDERS and TITLEISH_RE.search(_names(el))):
            text = el.get_text(" ", strip=True)
            if not 5 <= len(text) <= 400 or is_site_name(text):
                continue
            if _inside_link(el, index.root) or index.link_chars(el) > 0.8 * len(text):
                continue  # a headline linking elsewhere is a listing entry
            yield el, text


def find_headline(index: PageIndex, title_tag: str) -> Tag | None:
    cands = list(_headline_candidates(index))
    if title_tag:
        for el, text in cands:
            if same_text(text, title_tag):
                return el
    cands = [(el, text) for el, text in cands if len(text.split()) >= 3]
    # The headline is what the date line follows; a section name in an <h1> is not.
    ids = {id(el) for el, _ in cands}
    for el, text in cands:
        if _date_follows(el, ids - {id(el)}):
            return el
    for pick in (
        lambda el: el.name == "h1",
        lambda el: el.name not in ("h1", "h2", "h3"),
        lambda el: el.name in ("h2", "h3"),
    ):
        for el, text in cands:
            if pick(el):
                return el
    return None


def _date_follows(el: Tag, other_headings: set[int]) -> bool:
    """A full date line comes after `el` before prose or another heading does."""
    lines = []
    for node in el.next_elements:
        if isinstance(node, Tag):
            if id(node) in other_headings:
                break
            continue
        if isinstance(node, SKIP_STRINGS) or not node.strip():
            continue
        if _is_prose(node.strip()) or len(lines) >= 20:
            break
        lines.append(node.strip())
    return quiet_date(find_date, "\n".join(lines), loose=False) is not None


def _strings(nodes, limit: int) -> list[str]:
    """The next `limit` non-empty text strings of a node iterator, stripped."""
    found = (n.strip() for n in nodes
             if isinstance(n, NavigableString) and not isinstance(n, SKIP_STRINGS) and n.strip())
    return list(islice(found, limit))


def title_before_date(index: PageIndex) -> str:
    """Bare templates without headline markup: the title is the line just above the date line."""
    for s in index.strings:
        if len(s) <= 80 and (PAREN_DATE_RE.search(s) or SOURCE_DATE_RE.search(s)):
            for text in _strings(s.previous_elements, 4):
                text = clean_paragraph(text)
                if 3 <= len(text.split()) <= 40 and not text.endswith(".") and not is_site_name(text):
                    return text
            return ""
    return ""


def header_date(index: PageIndex, headline: Tag | None) -> DateHit | None:
    """The date line just after (or just before) the headline; without a headline, the first
    strong date line of the page."""
    if headline is not None:
        after = _header_after(headline)
        before = _strings(headline.previous_elements, 6)
        own = headline.get_text(" ", strip=True)
        after_text, before_text = "\n".join(after), "\n".join(before)
        # Below the headline first, in any shape; above it only a full date line, since
        # what precedes a headline is often a menu or a list of other dated pages.
        for text, loose in ((own, False), (after_text, False), (after_text, True), (before_text, False)):
            hit = find_date(text, loose=loose)
            if hit:
                return hit
        return None  # a date elsewhere (a sidebar of dated links) is not this page's date
    for rx in (SOURCE_DATE_RE, PAREN_DATE_RE):
        for s in index.strings:
            if len(s) < 120 and rx.search(s):
                return find_date(str(s), loose=False)
    for s in index.strings:
        if len(s.strip()) < 40:
            hit = date_line(s.strip())
            if hit:
                return hit
    return None


def _header_after(headline: Tag) -> list[str]:
    """The short lines between a headline and the start of the prose."""
    after = []
    for text in _strings(headline.next_elements, 20):
        if _is_prose(text):
            break  # the body has started: a date further on is not the date line
        after.append(text)
    return after


def _is_prose(text: str) -> bool:
    return len(text) > _HEADER_STRING_MAX or (len(text) >= 60 and text.rstrip().endswith((".", "!", "?", '."', ".”")))


def header_source(headline: Tag | None) -> str | None:
    """A "Source: IDCPC" line between the headline and the body."""
    if headline is None:
        return None
    for text in _strings(headline.next_elements, 8):
        if _is_prose(text):
            return None
        m = SOURCE_LINE_RE.fullmatch(clean_paragraph(text))
        if m:
            return m.group(1).strip()
    return None


def find_section_label(headline: Tag | None, hit: DateHit | None) -> str | None:
    """2023 layout: a short label line such as "IDCPC News" right above the headline."""
    if headline is None:
        return None
    for node in headline.previous_elements:
        if not isinstance(node, NavigableString) or isinstance(node, SKIP_STRINGS) or not node.strip():
            continue
        text = clean_paragraph(str(node))
        el = node.parent
        near = [el, *islice(el.parents, 2)]
        labelish = any(isinstance(e, Tag) and LABELISH_RE.search(_names(e)) for e in near)
        if not labelish and (hit is None or hit.style != "source"):
            return None
        if any(isinstance(e, Tag) and e.name in ("li", "ul", "ol") for e in near) or re.search(r"\d", text):
            return None
        if 1 <= len(text.split()) <= 5 and len(text) <= 40 and not text.endswith((".", ":")):
            return text
        return None
    return None


def quiet_date(finder, text: str, **kw) -> DateHit | None:
    """A date finder for body lines: an impossible date there is just text, not a refusal."""
    try:
        return finder(text, **kw)
    except MissingDate:
        return None
