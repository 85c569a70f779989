"""HTML pages of any template reduced to a `Document`.

No template is trusted. The body is the element holding the most paragraph prose
(`html_body`); the title is the headline element, checked against `<title>`; the
date is the date line near the headline, else a publish-date meta tag. Listing,
about and error pages raise the typed errors of `parsers.errors`.
"""
from __future__ import annotations

from dataclasses import replace

from bs4 import BeautifulSoup, Tag

from parsers.document import clean_paragraph, headless_warning, parse_text, refuse_notice
from parsers.errors import EmptyDocument, MissingTitle, NotARelease
from parsers.html_body import PageIndex, best_container, blocks, drop_noise, refuse_listing
from parsers.html_header import (
    SOURCE_LINE_RE, find_headline, find_section_label, header_date, header_source, quiet_date, title_before_date,
)
from parsers.html_parts import is_boilerplate, same_text, strip_site_suffix
from parsers.model import Document
from parsers.pubdate import PAREN_DATE_RE, DateHit, date_line, find_date, parse_meta_date

_META_DATE_NAMES = {
    "publishdate", "pubdate", "article:published_time", "og:published_time", "published_time",
    "publish_date", "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.created",
    "dcterms.issued", "firstpublishedtime", "releasedate",
}


def parse_html(html: str) -> Document:
    """Read any HTML template; raise EmptyDocument, NotARelease (listing, about, notice or
    error pages, no body), MissingTitle, or MissingDate (an impossible date line)."""
    if html is None or not html.strip():
        raise EmptyDocument("the HTML page is empty")
    soup = BeautifulSoup(html, "lxml")
    title_tag = strip_site_suffix(soup.title.get_text(" ", strip=True)) if soup.title else ""
    meta_date = _meta_date(soup)
    root = soup.body or soup
    pre = _text_in_pre(root)
    if pre is not None:
        return replace(parse_text(pre), layout="html-pre")
    drop_noise(root)
    index = PageIndex(root)

    container = best_container(index)
    headline = find_headline(index, title_tag)
    title = clean_paragraph(headline.get_text(" ", strip=True)) if headline is not None else title_tag
    if not title:
        title = title_before_date(index)
    m = PAREN_DATE_RE.search(title)  # "Title (2018.12.18)" in one element
    if m and m.start() > 0 and m.end() >= len(title) - 1:
        title = title[: m.start()].strip()
    hit = header_date(index, headline)
    section_label = find_section_label(headline, hit)
    if hit is None and meta_date is not None:
        hit = DateHit(meta_date, "meta")
    if hit is None:
        hit = _time_element(index)

    refuse_notice(title, section_label)
    found = blocks(container) if container is not None else []
    paragraphs, body_source = _body_paragraphs(found, title, section_label)
    refuse_listing(index, container, paragraphs, found)
    if not paragraphs:
        raise NotARelease("no body text: no block of paragraphs found on the page")
    warnings = ()
    if not title:
        if index.link_count(root) >= 8 and headline is None:
            raise NotARelease(f"looks like a listing page: no headline and {index.link_count(root)} links")
        if hit is None:
            raise MissingTitle("no headline element and no usable <title>")
        warnings = (headless_warning(paragraphs, "no headline element and no usable <title>"),)
    if hit is None:
        # Every release carries a date line; a dated-nowhere page (about, contact) is not one.
        # A date line that is present but impossible raises MissingDate ("no_date") instead.
        raise NotARelease("no publication date anywhere on the page (no date line, no publish-date meta tag)")
    return Document(
        title=title,
        published_date=hit.value,
        paragraphs=paragraphs,
        section_label=section_label,
        source_label=hit.source_label or body_source or header_source(headline),
        layout={"source": "html-2023", "paren": "html-classic"}.get(hit.style, "html"),
        warnings=warnings,
    )


def _text_in_pre(root: Tag) -> str | None:
    """A release in the text format wrapped in <pre> (text files served as HTML)."""
    pre = root.find("pre")
    if pre is None:
        return None
    text = pre.get_text()
    total = len(root.get_text(" ", strip=True))
    head = [ln for ln in text.splitlines() if ln.strip()][:5]
    if len(text.strip()) >= 0.6 * total and any(date_line(ln.strip()) for ln in head):
        return text
    return None


def _meta_date(soup: BeautifulSoup):
    for meta in soup.find_all("meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").strip().lower()
        if key in _META_DATE_NAMES:
            value = parse_meta_date(meta.get("content") or "")
            if value is not None:
                return value
    return None


def _time_element(index: PageIndex) -> DateHit | None:
    for t in index.tags:
        if t.name == "time":
            value = parse_meta_date(t.get("datetime") or t.get_text(" ", strip=True))
            if value is not None:
                return DateHit(value, "meta")
    return None


def _is_title_block(text: str, title: str) -> bool:
    # A headline never ends with a full stop; a lead sentence that merely starts with
    # the headline's words ("IDCPC Delegation Visits Laos from May 3 ...") does.
    return same_text(text, title) and not text.rstrip().endswith(".")


def _body_paragraphs(found: list, title: str, section_label: str | None):
    """Body paragraphs minus the header lines a container may also hold; plus a "Source:" value."""
    paragraphs, source = [], None
    # When the container also holds the headline, whatever precedes it is page chrome.
    start = next((i for i, text in enumerate(found) if _is_title_block(text, title)), -1) + 1
    for text in found[start:]:
        if _is_title_block(text, title) or (section_label and text == section_label):
            continue
        # Date lines; before the first paragraph also bylines such as "Updated: May 5, 2024".
        if quiet_date(date_line, text) or (len(text) < 80 and quiet_date(find_date, text, loose=not paragraphs)):
            hit = quiet_date(find_date, text, loose=False)
            source = source or (hit.source_label if hit else None)
            continue
        m = SOURCE_LINE_RE.fullmatch(text)
        if m:
            source = source or m.group(1).strip()
            continue
        if is_boilerplate(text) or text.is_link:
            continue  # widgets, "Print/Close", lists of links to other pages
        paragraphs.append(str(text))
    return tuple(paragraphs), source
