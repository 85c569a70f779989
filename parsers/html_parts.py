"""Vocabulary for reading HTML templates: which tags are blocks, which are noise,
which class names mean "headline", "label" or "content", and what boilerplate
lines look like. Kept apart from `html_page` so the rules can be read at a glance.
"""
from __future__ import annotations

import re

from bs4 import Tag

BLOCK_TAGS = frozenset({
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table",
    "tbody", "thead", "tr", "td", "th", "section", "article", "header", "main", "aside", "dl",
    "dt", "dd", "pre", "center", "figure", "figcaption", "address", "body", "html",
})
# Never part of a release's text.
HARD_NOISE_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "button", "select", "input", "textarea",
    "svg", "object", "embed", "map", "video", "audio", "canvas", "head",
})
# Page furniture, unless a careless template wraps the whole article in it.
SOFT_NOISE_TAGS = frozenset({"nav", "footer", "form", "aside"})

# class/id tokens of page furniture: share widgets, menus, breadcrumbs, footers, print links.
_NOISE_NAME_RE = re.compile(
    r"(?:^|[-_\s])(?:b?share|sharing|social|breadcrumbs?|crumbs?|nav|navbar|navigation|menu|"
    r"footer|foot|copyright|sidebar|side|related|relevant|print|pagination|pager|toolbar|"
    r"fontsize|font-size|comment|comments|advert|ads|banner|logo|search|login|qrcode|weixin|"
    r"wechat|weibo)(?:$|[-_\s\d])",
    re.IGNORECASE,
)
TITLEISH_RE = re.compile(
    r"(?:^|[-_\s])(?:title|headline|heading|tit|atitle|newstitle|arttitle|articletitle|biaoti)"
    r"(?:$|[-_\s\d])",
    re.IGNORECASE,
)
LABELISH_RE = re.compile(
    r"(?:^|[-_\s])(?:label|column|section|channel|category|lanmu|kicker|eyebrow|tag)(?:$|[-_\s\d])",
    re.IGNORECASE,
)
CONTENTISH_RE = re.compile(
    r"TRS_Editor|TRS_UEDITOR|(?:^|[-_\s])(?:content|article|text|detail|zoom|con|body|"
    r"main-?text|article-?body|news-?content|story)(?:$|[-_\s\d])",
    re.IGNORECASE,
)


def is_noise_element(tag: Tag) -> bool:
    if tag.name in ("html", "body", "main", "article"):
        return False
    names = " ".join(tag.get("class") or [])
    ident = tag.get("id") or ""
    return bool((names and _NOISE_NAME_RE.search(names)) or (ident and _NOISE_NAME_RE.search(ident)))


# Words of page widgets; a short line made of nothing else is furniture, not prose.
_WIDGET_WORDS = frozenset(
    "print close this page window back to top go return share font size large medium small big a "
    "related news articles more \u6253\u5370 \u5173\u95ed \u8fd4\u56de \u9876\u90e8 "
    "\u5206\u4eab \u5b57\u53f7 \u5927 \u4e2d \u5c0f".split()
)
_LABELLED_WIDGET_RE = re.compile(
    r"^(?:editor|responsible editor|views|hits|clicks|share(?: to)?|font(?: size)?|"
    r"\u5b57\u53f7|\u8d23\u4efb\u7f16\u8f91|\u7f16\u8f91)\s*[:\uff1a].{0,40}$",
    re.IGNORECASE,
)


def is_boilerplate(text: str) -> bool:
    """Widget and furniture lines ("[Print] [Close]", "Font size: A A A", "Share:")."""
    text = text.strip()
    if len(text) > 80:
        return False
    if _LABELLED_WIDGET_RE.match(text):
        return True
    words = re.findall(r"[A-Za-z]+|[\u4e00-\u9fff]+", text.lower())
    return bool(words) and all(w in _WIDGET_WORDS for w in words)


# Words that only ever make up the site's own name, never a release headline on their own.
_SITE_WORDS = frozenset(
    "the idcpc international liaison department of cpc central committee communist party china "
    "english news home website official site www org gov cn and "
    "homepage portal".split()
)


# At least one of these makes a run of _SITE_WORDS the site's name rather than a phrase
# such as "China" that can start a headline ("China - Elbonia Party Dialogue Opens").
_SITE_MARKERS = frozenset("idcpc department liaison www website homepage portal".split())


def is_site_name(text: str) -> bool:
    words = re.findall(r"\w+", text.lower())
    return bool(words) and all(w in _SITE_WORDS for w in words) and (
        any(w in _SITE_MARKERS for w in words) or "central committee" in " ".join(words)
    )


_TITLE_SEP_RE = re.compile(r"\s+[-–—|:·]{1,2}\s+|\s*_\s*|\s*\|\s*")


def strip_site_suffix(title: str) -> str:
    """"Song Tao Meets ... - IDCPC" -> "Song Tao Meets ..."; a title that is only the site name -> ""."""
    title = re.sub(r"\s+", " ", title).strip()
    if not title:
        return ""
    parts = [p.strip() for p in _TITLE_SEP_RE.split(title) if p.strip()]
    kept = [p for p in parts if not is_site_name(p)]
    if not kept:
        return ""
    # Only trailing (and leading) site names are dropped: rejoin what sits between them.
    first, last = parts.index(kept[0]), len(parts) - 1 - parts[::-1].index(kept[-1])
    if first == last:
        return parts[first]
    # Separators inside a headline are rare but real ("China - EU Dialogue"): keep the original span.
    start = title.find(parts[first])
    end = title.rfind(parts[last]) + len(parts[last])
    return title[start:end].strip()


def _fold(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def same_text(a: str, b: str) -> bool:
    """Headline equality across renderings: case, punctuation and spacing ignored; a
    `<title>` truncated by the CMS ("...") still matches its full headline."""
    fa, fb = _fold(a), _fold(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    short, long_ = sorted((fa, fb), key=len)
    return len(short) >= 20 and long_.startswith(short)
