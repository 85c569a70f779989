"""Listing pages: release links, host retargeting, listing URLs."""
from __future__ import annotations

from datetime import date

import pytest

from flows.listing import is_listing_url, listing_url, release_links, retarget, section_url

BASE = "http://127.0.0.1:8000/"
PAGE = BASE + "english2023/bzhd/index_1.html"
HTML = """<html><body><ul>
<li><a href="http://www.idcpc.gov.cn/english2023/bzhd/202105/t20210531_160418.html">A</a></li>
<li><a href="./202105/t20210530_160400.html">B</a></li>
<li><a href="https://www.idcpc.org.cn/english2023/bzhd/202105/t20210531_160418.html">A again</a></li>
<li><a href="http://example.com/english2023/bzhd/202105/t20210529_160390.html">elsewhere</a></li>
<li><a href="index_2.html">next</a></li><li><a href="mailto:x@y">mail</a></li>
</ul></body></html>"""


def test_release_links_are_retargeted_resolved_and_unique():
    links = release_links(HTML, PAGE, BASE)
    assert [(l.url, l.published, l.doc_id) for l in links] == [
        (BASE + "english2023/bzhd/202105/t20210531_160418.html", date(2021, 5, 31), 160418),
        (BASE + "english2023/bzhd/202105/t20210530_160400.html", date(2021, 5, 30), 160400),
    ]


@pytest.mark.parametrize("url, expected", [
    ("https://www.idcpc.org.cn/english2023/bzhd/", True),
    ("https://www.idcpc.org.cn/english2023/bzhd/index.html", True),
    ("https://www.idcpc.org.cn/english2023/bzhd/index_12.html", True),
    ("https://www.idcpc.org.cn/english2023/bzhd/202105/t20210531_160418.html", False),
    ("https://www.idcpc.org.cn/english/about.html", False),
])
def test_is_listing_url(url, expected):
    assert is_listing_url(url) is expected


@pytest.mark.parametrize("base, section, page, expected", [
    ("https://www.idcpc.org.cn/english2023/", "/english/news/", 0, "https://www.idcpc.org.cn/english/news/index.html"),
    ("https://www.idcpc.org.cn/english2023/", "bzhd", 2, "https://www.idcpc.org.cn/english2023/bzhd/index_2.html"),
    (BASE, "/english2023/ttxw_5749/", 1, BASE + "english2023/ttxw_5749/index_1.html"),
])
def test_listing_urls_keep_the_site_paths_on_any_host(base, section, page, expected):
    assert listing_url(section_url(base, section), page) == expected


def test_retarget_leaves_other_hosts_alone():
    assert retarget("http://example.com/a.html#x", BASE) == "http://example.com/a.html"
    assert retarget("https://idcpc.gov.cn/a.html", BASE) == BASE + "a.html"
