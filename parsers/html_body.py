"""Finding and reading the body of an HTML page.

The body is the element holding the most paragraph prose (a readability-style
score over <p> elements and bare text blocks). It is read into paragraphs from
<p>, <br><br> and block children. One pass indexes the tree so the scoring never
re-walks it: pages are parsed by the thousand.
"""
from __future__ import annotations

import re

from bs4 import NavigableString, Tag
from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction

from parsers.document import clean_paragraph
from parsers.errors import NotARelease
from parsers.html_parts import BLOCK_TAGS, CONTENTISH_RE, HARD_NOISE_TAGS, SOFT_NOISE_TAGS, is_noise_element

SKIP_STRINGS = (Comment, CData, Declaration, Doctype, ProcessingInstruction)
_BR = object()     # a <br>
_BREAK = object()  # a block boundary
_SENTENCE_END_RE = re.compile(r"[.!?\"”’)]\s*$")


def _holds_article(tag: Tag) -> bool:
    # e.g. <form id="form1"> wrapping a whole ASP.NET page, or <div class="print-area">.
    return len(tag.find_all("p", limit=3)) >= 3 or tag.find("h1") is not None


def drop_noise(root: Tag) -> None:
    """Remove scripts, menus, share widgets, footers (but never a wrapper that holds the article)."""
    doomed, stack = [], [root]
    while stack:  # no descent into removed subtrees: noise inside noise costs nothing
        for child in stack.pop().contents:
            if not isinstance(child, Tag):
                continue
            if child.name in HARD_NOISE_TAGS or (
                (child.name in SOFT_NOISE_TAGS or is_noise_element(child)) and not _holds_article(child)
            ):
                doomed.append(child)
            else:
                stack.append(child)
    for tag in doomed:
        tag.extract()


class PageIndex:
    """Tags, strings and per-element link-text totals of a page, gathered in one walk."""

    def __init__(self, root: Tag):
        self.root = root
        self.tags: list[Tag] = []
        self.strings: list[NavigableString] = []
        for node in root.descendants:
            if isinstance(node, Tag):
                self.tags.append(node)
            elif not isinstance(node, SKIP_STRINGS) and node.strip():
                self.strings.append(node)
        self.links = [t for t in self.tags if t.name == "a"]
        self.link_text = [len(a.get_text(strip=True)) for a in self.links]
        self._link_chars: dict[int, int] = {}
        self._link_count: dict[int, int] = {}
        for a, n in zip(self.links, self.link_text):
            el = a
            while el is not None:
                self._link_chars[id(el)] = self._link_chars.get(id(el), 0) + n
                self._link_count[id(el)] = self._link_count.get(id(el), 0) + 1
                if el is root:
                    break
                el = el.parent

    def link_chars(self, el: Tag) -> int:
        return self._link_chars.get(id(el), 0)

    def link_count(self, el: Tag) -> int:
        return self._link_count.get(id(el), 0)


def _is_leaf_block(el: Tag) -> bool:
    return not any(isinstance(d, Tag) and (d.name == "br" or d.name in BLOCK_TAGS) for d in el.descendants)


def best_container(index: PageIndex) -> Tag | None:
    """The element with the most paragraph prose."""
    root = index.root
    scores: dict[int, float] = {}
    tags: dict[int, Tag] = {}

    def credit(el, amount: float) -> None:
        if isinstance(el, Tag):
            tags[id(el)] = el
            scores[id(el)] = scores.get(id(el), 0.0) + amount

    for p in index.tags:
        if p.name != "p":
            continue
        n = len(p.get_text(" ", strip=True))
        if n < 20 or index.link_chars(p) > 0.5 * n:
            continue
        credit(p.parent, n)
        credit(p.parent.parent if p.parent is not None else None, n / 2)
    # Pages without <p>: prose sits in text nodes separated by <br>, or in leaf <div>s.
    leaf: dict[int, bool] = {}
    for s in index.strings:
        n = len(s.strip())
        if n < 40:
            continue
        el = s.parent
        while el is not None and el is not root and el.name not in BLOCK_TAGS and el.name != "a":
            el = el.parent
        if el is None or el.name in ("a", "p"):
            continue
        if id(el) not in leaf:
            leaf[id(el)] = el is not root and _is_leaf_block(el)
        if leaf[id(el)]:
            credit(el.parent, n)  # a leaf block is a paragraph: its parent is the body
            credit(el.parent.parent if el.parent is not None else None, n / 2)
        else:
            credit(el, n)
    if not scores:
        return None
    for key, el in tags.items():
        names = " ".join(el.get("class") or []) + " " + (el.get("id") or "")
        if el.name == "article" or CONTENTISH_RE.search(names):
            scores[key] *= 1.25
    return tags[max(scores, key=scores.__getitem__)]


class _LinkText(str):
    """Text of an <a>: kept apart so blocks know how much of them is link."""


class Block(str):
    """A paragraph's text, with how many of its characters are link text."""

    link_chars: int = 0

    @property
    def is_link(self) -> bool:
        return len(self) >= 15 and self.link_chars >= 0.8 * len(self)


def _flatten(el: Tag, out: list) -> None:
    for child in el.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, SKIP_STRINGS):
                out.append(str(child))
        elif child.name == "a" and child.find(BLOCK_TAGS) is None:
            out.append(_LinkText(child.get_text()))
        elif child.name == "br":
            out.append(_BR)
        elif child.name in ("img", "hr"):
            out.append(_BREAK)
        elif child.name in BLOCK_TAGS:
            out.append(_BREAK)
            _flatten(child, out)
            out.append(_BREAK)
        else:
            _flatten(child, out)


def _block(parts: list) -> Block | None:
    text = clean_paragraph("".join(parts))
    if not text:
        return None
    block = Block(text)
    block.link_chars = sum(len(clean_paragraph(p)) for p in parts if isinstance(p, _LinkText))
    return block


def blocks(container: Tag) -> list[Block]:
    """Paragraph texts of a container: blocks split at block elements and at <br><br>.

    A single <br> splits only after a finished sentence; otherwise it is a wrapped line.
    """
    tokens: list = []
    _flatten(container, tokens)
    out: list[Block] = []
    current: list = []
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if isinstance(tok, str):
            current.append(tok)
            continue
        hard = tok is _BREAK
        if tok is _BR:
            j = i + 1
            while j < n and isinstance(tokens[j], str) and not tokens[j].strip():
                j += 1
            double = (j < n and tokens[j] is _BR) or (i > 0 and tokens[i - 1] is _BR)
            hard = double or bool(_SENTENCE_END_RE.search("".join(current)))
        if hard:
            block = _block(current)
            if block:
                out.append(block)
            current = []
        else:
            current.append(" ")
    block = _block(current)
    if block:
        out.append(block)
    return out


def _link_prose_pairs(found: list[Block]) -> int:
    """How often a headline link is followed by its own prose: the shape of a listing page."""
    pairs, after_link = 0, False
    for block in found:
        if block.is_link:
            after_link = True
        elif len(block) >= 40 and block.link_chars < 0.5 * len(block):
            pairs += after_link
            after_link = False
    return pairs


def refuse_listing(index: PageIndex, container: Tag | None, paragraphs: tuple[str, ...],
                   found: list[Block]) -> None:
    """Index/listing pages: many headline-like links and little prose of their own."""
    pairs = _link_prose_pairs(found)
    if pairs >= 3:
        raise NotARelease(f"looks like a listing page: {pairs} headline links each followed by a summary")
    headline_links = [n for n in index.link_text if n >= 20]
    link_chars = sum(headline_links)
    prose = sum(len(p) for p in paragraphs if len(p) >= 40)
    if container is not None and index.link_count(container) >= 5:
        text_len = len(container.get_text(" ", strip=True)) or 1
        density = index.link_chars(container) / text_len
        if density > 0.5:
            raise NotARelease(
                f"looks like a listing page: the main block is {density:.0%} link text "
                f"({index.link_count(container)} links)"
            )
    if len(headline_links) >= 8 and link_chars > 3 * prose:
        raise NotARelease(
            f"looks like a listing page: {len(headline_links)} headline links ({link_chars} chars) "
            f"against {prose} chars of prose"
        )
