"""Section listing pages: their URLs and the release links on them.

Listings are `index.html`, `index_1.html`, ... newest first. A release link is any
link whose path ends in `tYYYYMMDD_NNNNN.html`; the date in the name is the
publication date, which is what the backfill window filters on before fetching.
Links to either of the site's hosts are rewritten to the host being crawled, so a
mirror or test server is crawled with the site's own paths.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin, urlsplit, urlunsplit

from bs4 import BeautifulSoup

from flows.http import SITE_HOSTS

_RELEASE_RE = re.compile(r"/t(\d{4})(\d{2})(\d{2})_(\d+)\.s?html?$", re.IGNORECASE)
_LISTING_RE = re.compile(r"/(?:index(?:_\d+)?\.s?html?)?$", re.IGNORECASE)

# The English news sections: the 2023 site's top news and exchanges, and the old news section.
DEFAULT_SECTIONS = ("/english2023/ttxw_5749/", "/english2023/bzhd/", "/english/news/")


@dataclass(frozen=True)
class ReleaseLink:
    url: str
    published: date | None
    doc_id: int


def is_listing_url(url: str) -> bool:
    return bool(_LISTING_RE.search(urlsplit(url).path or "/"))


def section_url(base_url: str, section: str) -> str:
    """The folder URL of a section: absolute paths keep the site's layout on any host."""
    return urljoin(base_url, section.strip().rstrip("/") + "/")


def listing_url(section_folder: str, page: int) -> str:
    return urljoin(section_folder, "index.html" if page == 0 else f"index_{page}.html")


def retarget(url: str, base_url: str) -> str:
    """A link to one of the site's hosts, moved onto the crawled host (same path)."""
    parts, base = urlsplit(url), urlsplit(base_url)
    if (parts.hostname or "").lower() in SITE_HOSTS and parts.netloc != base.netloc:
        return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, ""))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))


def _date(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def release_links(html: str, page_url: str, base_url: str) -> list[ReleaseLink]:
    """Release links on a listing page, in page order, each once, on the crawled host only."""
    soup = BeautifulSoup(html, "lxml")
    out: list[ReleaseLink] = []
    seen: set[str] = set()
    crawled = urlsplit(base_url).netloc
    for a in soup.find_all("a", href=True):
        url = retarget(urljoin(page_url, a["href"].strip()), base_url)
        if urlsplit(url).netloc != crawled:  # off-site links are not the site's releases
            continue
        m = _RELEASE_RE.search(urlsplit(url).path)
        if not m or url in seen:
            continue
        seen.add(url)
        out.append(ReleaseLink(url=url, published=_date(*m.groups()[:3]), doc_id=int(m.group(4))))
    return out
