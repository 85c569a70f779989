"""The document layer: rendered text and many HTML templates reduced to a Document.

All page texts here are our own writing in the style of the site.
"""
from __future__ import annotations

from datetime import date

import pytest

from parsers.document import looks_like_html, parse_document, parse_html, parse_text
from parsers.errors import EmptyDocument, MissingDate, MissingTitle, NotARelease, ParseError

TITLE = "Song Tao Meets with Delegation of Ruritanian People's Party"
P1 = ("Beijing, December 18th\u2014Song Tao, Minister of the International Department of the CPC "
      "Central Committee (IDCPC), met here today with Ana Example, Chair of the Ruritanian People's Party (RPP).")
P2 = "Song said that the CPC values its friendship with the RPP and is ready to deepen exchanges."
P3 = "Example noted that the RPP admires the achievements of China."
P4 = "Qian Hongshan, Vice-minister of the IDCPC, was present."
BODY = (P1, P2, P3, P4)


@pytest.mark.parametrize("name, text, title, day, paragraphs, section, source, layout", [
    ("classic", f"{TITLE}\n( 2018.12.18 )\n\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n",
     TITLE, date(2018, 12, 18), BODY, None, None, "text"),
    ("crlf-nbsp-bom-extra-blanks", f"\ufeff{TITLE}\r\n\u00a0( 2018.12.18 )\r\n\r\n\r\n\r\n{P1}\r\n\r\n\r\n{P2}\r\n\r\n{P3}\r\n\r\n{P4}",
     TITLE, date(2018, 12, 18), BODY, None, None, "text"),
    ("no-spaces-in-parens", f"\n\n{TITLE}\n(2018.12.18)\n{P1}\n\n{P2}\n\n{P3}\n\n{P4}",
     TITLE, date(2018, 12, 18), BODY, None, None, "text"),
    ("glued-sentence", f"{TITLE}\n( 2018.12.18 )\n\n{P1} {P2}\n\n{P3}\n\n{P4[:-1]}.On the same day, talks went on.",
     TITLE, date(2018, 12, 18), (f"{P1} {P2}", P3, f"{P4} On the same day, talks went on."), None, None, "text"),
    ("wrapped-lines", f"{TITLE}\n( 2018.12.18 )\n\n" + P1.replace(" met ", "\nmet ") + f"\n\n{P2}",
     TITLE, date(2018, 12, 18), (P1, P2), None, None, "text"),
    ("one-paragraph-per-line", f"{TITLE}\n( 2018.12.18 )\n{P1}\n{P2}\n{P3}\n{P4}\n",
     TITLE, date(2018, 12, 18), BODY, None, None, "text"),
    ("date-on-title-line", f"{TITLE} ( 2018.12.18 )\n\n{P1}",
     TITLE, date(2018, 12, 18), (P1,), None, None, "text"),
    ("2023-with-label", f"IDCPC News\n{TITLE}\n2024.05.15 / Source: IDCPC\n\n{P1}\n\n{P2}",
     TITLE, date(2024, 5, 15), (P1, P2), "IDCPC News", "IDCPC", "text-2023"),
    ("2023-without-label", f"{TITLE}\n2024.05.15 / Source: Xinhua\n\n{P1}",
     TITLE, date(2024, 5, 15), (P1,), None, "Xinhua", "text-2023"),
    ("source-line-and-print-close", f"{TITLE}\n( 2018.12.18 )\nSource: IDCPC\n\n{P1}\n\n[Print] [Close]\n",
     TITLE, date(2018, 12, 18), (P1,), None, "IDCPC", "text"),
    ("2023-no-source-value", f"Exchanges\n{TITLE}\n2024.05.15 / Source:\n{P1}",
     TITLE, date(2024, 5, 15), (P1,), "Exchanges", None, "text-2023"),
])
def test_parse_text(name, text, title, day, paragraphs, section, source, layout):
    doc = parse_text(text)
    assert (doc.title, doc.published_date, doc.paragraphs) == (title, day, paragraphs)
    assert (doc.section_label, doc.source_label, doc.layout) == (section, source, layout)


@pytest.mark.parametrize("text, error, reason", [
    ("", EmptyDocument, "empty"),
    ("\ufeff \r\n\u00a0\n", EmptyDocument, "empty"),
    (f"{TITLE}\n\n{P1}\n\n{P2}", MissingDate, "no_date"),
    # a dated page with no headline whose body is no news lead (no dateline)
    (f"( 2018.12.18 )\n\n{P2}\n\n{P3}", MissingTitle, "no_title"),
    (f"{TITLE}\n( 2018.12.18 )\n\n\n", NotARelease, "not_a_release"),
    (f"{TITLE}\n( 2019.13.45 )\n\n{P1}", MissingDate, "no_date"),
    (f"{P1}\n{P2}\n{P3}\n{P4}\n{TITLE}\n( 2018.12.18 )\n\n{P1}", MissingDate, "no_date"),
    (f"{P1 * 3}\n( 2018.12.18 )\n\n{P2}", MissingTitle, "no_title"),
    (f"Notice\nSite Maintenance on Saturday Night\n2024.02.05 / Source: IDCPC\n\n{P2}", NotARelease, "not_a_release"),
    (f"Notice on the Recruitment of Translators\n( 2019.03.01 )\n\n{P2}", NotARelease, "not_a_release"),
    # the site's news of a channel of its own is an about page
    (f"WeChat Public Account of the IDCPC Information Office Launched\n( 2019.03.19 )\n\n{P2}", NotARelease, "not_a_release"),
])
def test_parse_text_refuses(text, error, reason):
    with pytest.raises(error) as info:
        parse_text(text)
    assert info.value.reason == reason


def _paras(*ps: str, tag: str = "p") -> str:
    return "".join(f"<{tag}>{p}</{tag}>" for p in ps)


NAV = "<ul class='menu'>" + "".join(f"<li><a href='/s{i}/'>Section {i}</a></li>" for i in range(8)) + "</ul>"
PRINT_CLOSE = "<div><a href='javascript:window.print()'>[Print]</a> <a href='javascript:window.close()'>[Close]</a></div>"

HTML_CASES = {
    "classic-tables": (
        f"<html><head><title>{TITLE}_International Department of the CPC Central Committee</title></head>"
        f"<body><table width='100%'><tr><td>{NAV}</td></tr><tr><td class='title'>{TITLE}</td></tr>"
        f"<tr><td align='center'>(2018.12.18)</td></tr><tr><td class='TRS_Editor'>{_paras(*BODY)}</td></tr>"
        f"<tr><td>{PRINT_CLOSE}</td></tr></table></body></html>",
        dict(title=TITLE, day=date(2018, 12, 18), layout="html-classic", section=None, source=None),
    ),
    "2023-layout": (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{TITLE} - IDCPC</title></head><body>"
        f"<header><div class='logo'>IDCPC</div><nav>{NAV}</nav></header><div class='wrap'>"
        f"<div class='column-label'>IDCPC News</div><h1>{TITLE}</h1>"
        f"<div class='info'>2024.05.15 / Source: IDCPC</div>"
        f"<div class='share'>Share to: <a>WeChat</a> <a>Weibo</a></div>"
        f"<div class='article-content'>{_paras(*BODY)}</div></div>"
        f"<footer><p>Copyright \u00a9 IDCPC. All rights reserved. Address: Beijing.</p></footer>"
        f"<script>var x = 'Song said nothing';</script></body></html>",
        dict(title=TITLE, day=date(2024, 5, 15), layout="html-2023", section="IDCPC News", source="IDCPC"),
    ),
    "2023-no-label-date-in-body": (
        f"<html><body><div class='detail'><h1>{TITLE}</h1><p>2024.05.15 / Source: Xinhua</p>"
        f"{_paras(*BODY)}</div></body></html>",
        dict(title=TITLE, day=date(2024, 5, 15), layout="html-2023", section=None, source="Xinhua"),
    ),
    "generic-article-meta-date": (
        f"<html><head><title>{TITLE} | IDCPC</title>"
        f"<meta property='article:published_time' content='2021-03-02T10:00:00+08:00'></head>"
        f"<body><article><h2>{TITLE}</h2>{_paras(*BODY)}</article>"
        f"<aside class='related'><h3>Related news</h3><a href='/x.html'>Another headline on a visit</a></aside>"
        f"</body></html>",
        dict(title=TITLE, day=date(2021, 3, 2), layout="html", section=None, source=None),
    ),
    "br-separated-no-markup": (
        f"<html><body><div id='main'><font size='4'><b>{TITLE}</b></font><br>( 2019.01.02 )<br><br>"
        + "<br><br>".join(BODY) + "</div></body></html>",
        dict(title=TITLE, day=date(2019, 1, 2), layout="html-classic", section=None, source=None),
    ),
    "title-tag-only-iso-date": (
        f"<html><head><title>{TITLE} - International Department of the CPC Central Committee</title></head>"
        f"<body><div class='top'>{NAV}</div><span class='time'>2020-07-14</span>"
        f"<div class='content'>{_paras(*BODY)}</div></body></html>",
        dict(title=TITLE, day=date(2020, 7, 14), layout="html", section=None, source=None),
    ),
    "logo-h1-headline-h2-pubdate-meta": (
        f"<html><head><meta name='PubDate' content='2022-11-03 08:30'></head><body>"
        f"<h1>International Department of the CPC Central Committee</h1><h2>{TITLE}</h2>"
        f"<div class='text'>{_paras(*BODY)}</div><div class='bshare-custom'>Share</div></body></html>",
        dict(title=TITLE, day=date(2022, 11, 3), layout="html", section=None, source=None),
    ),
    "date-above-headline-div-blocks": (
        f"<html><body><div class='date'>( 2017.06.30 )</div><div class='headline'>{TITLE}</div>"
        f"<div id='zoom'>{_paras(*BODY, tag='div')}</div><div>Print | Close</div></body></html>",
        dict(title=TITLE, day=date(2017, 6, 30), layout="html-classic", section=None, source=None),
    ),
    "source-line-and-font-widget": (
        f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1><p>( 2016.04.01 )</p>"
        f"<p>Font size: A A A</p><p>Source: IDCPC</p><div class='TRS_Editor'>"
        f"<p>{P1}<br>{P2}</p><p>{P3}</p><p>{P4}</p></div></body></html>",
        dict(title=TITLE, day=date(2016, 4, 1), layout="html-classic", section=None, source="IDCPC"),
    ),
    "headline-and-date-in-one-cell": (
        f"<html><head><title>IDCPC</title></head><body><div class='title'>{TITLE}<br>(2018.12.18)</div>"
        f"<div class='con'>{_paras(*BODY)}</div></body></html>",
        dict(title=TITLE, day=date(2018, 12, 18), layout="html-classic", section=None, source=None),
    ),
    "single-br-lines": (
        f"<html><body><h1>{TITLE}</h1><div>( 2018.12.18 )</div><div class='TRS_Editor'>"
        + "<br>\n".join(BODY) + "</div></body></html>",
        dict(title=TITLE, day=date(2018, 12, 18), layout="html-classic", section=None, source=None),
    ),
    "chinese-chrome": (
        f"<html><body><h1>{TITLE}</h1><div>\u53d1\u5e03\u65f6\u95f4\uff1a2018-12-18</div>"
        f"<div class='TRS_Editor'>{_paras(*BODY)}</div><div>\u3010\u6253\u5370\u3011 \u3010\u5173\u95ed\u3011</div></body></html>",
        dict(title=TITLE, day=date(2018, 12, 18), layout="html", section=None, source=None),
    ),
    "truncated-title-tag-chrome-heading-first": (
        f"<html><head><title>{TITLE[:30]}... - IDCPC</title></head><body><h2>Other heading of the site widget</h2>"
        f"<h3>{TITLE}</h3><p>2024.05.15 / Source: IDCPC</p>{_paras(*BODY)}</body></html>",
        dict(title=TITLE, day=date(2024, 5, 15), layout="html-2023", section=None, source="IDCPC"),
    ),
    "aspnet-form-wrapper-no-body-tag": (
        f"<form id='form1'><h1>{TITLE}</h1><p>( 2018.12.18 )</p>{_paras(*BODY)}</form>",
        dict(title=TITLE, day=date(2018, 12, 18), layout="html-classic", section=None, source=None),
    ),
    "sidebar-of-dated-links-before-article": (
        f"<html><head><title>{TITLE}</title></head><body><table><tr><td width='200'><b>Latest</b><br>"
        + "".join(f"<a href='t2018120{i}_{i}.html'>Another Headline About a Meeting Number {i}</a><br>(2018.12.0{i})<br>"
                  for i in range(1, 10))
        + f"</td><td><div class='title'>{TITLE}</div><div>( 2018.12.18 )</div>"
        f"<div class='TRS_Editor'>{_paras(*BODY)}</div></td></tr></table></body></html>",
        dict(title=TITLE, day=date(2018, 12, 18), layout="html-classic", section=None, source=None),
    ),
    "dated-links-above-iso-date-below": (
        f"<html><body><div class='latest'><a href='t20181201_1.html'>An Older Headline About a Meeting</a>"
        f"<span>(2018.12.01)</span></div><h1>{TITLE}</h1><div class='pubtime'>Published: 2018-12-18</div>"
        f"<div class='content'>{_paras(*BODY)}</div></body></html>",
        dict(title=TITLE, day=date(2018, 12, 18), layout="html", section=None, source=None),
    ),
    "month-name-date": (
        f"<html><body><article><h1>{TITLE}</h1><p class='byline'>Updated: December 18th, 2018 09:30</p>"
        f"{_paras(*BODY)}</article></body></html>",
        dict(title=TITLE, day=date(2018, 12, 18), layout="html", section=None, source=None),
    ),
    "section-name-in-h1-headline-in-h2": (
        f"<html><body><h1>Exchanges and Cooperation</h1><div class='box'><h2>{TITLE}</h2>"
        f"<div>( 2018.12.18 )</div><div class='content'>{_paras(*BODY)}</div></div></body></html>",
        dict(title=TITLE, day=date(2018, 12, 18), layout="html-classic", section=None, source=None),
    ),
    "related-links-inside-article": (
        f"<html><body><article><h1>{TITLE}</h1><p>( 2018.12.18 )</p>{_paras(*BODY)}<ul>"
        + "".join(f"<li><a href='t2018120{i}_{i}.html'>Another Headline About a Meeting Number {i}</a></li>"
                  for i in range(1, 9))
        + "</ul></article></body></html>",
        dict(title=TITLE, day=date(2018, 12, 18), layout="html-classic", section=None, source=None),
    ),
}


def test_lead_sentence_starting_with_the_headline_words_is_kept():
    title = "IDCPC Delegation Visits the Republic of Elbonia"
    lead = "IDCPC delegation visits the Republic of Elbonia from May 3 to 7 at the invitation of its ruling party."
    html = f"<html><body><h1>{title}</h1><p>( 2019.05.08 )</p><div class='content'>{_paras(lead, P2, P3)}</div></body></html>"
    assert parse_html(html).paragraphs == (lead, P2, P3)


def test_text_format_wrapped_in_pre():
    text = f"{TITLE}\n( 2018.12.18 )\n\n" + "\n\n".join(BODY)
    doc = parse_document(f"<html><head><title>{TITLE}</title></head><body><pre>{text}</pre></body></html>")
    assert (doc.title, doc.published_date, doc.paragraphs, doc.layout) == (TITLE, date(2018, 12, 18), BODY, "html-pre")


@pytest.mark.parametrize("name", HTML_CASES)
def test_parse_html_layouts(name):
    html, want = HTML_CASES[name]
    doc = parse_document(html)
    assert (doc.title, doc.published_date) == (want["title"], want["day"])
    assert (doc.layout, doc.section_label, doc.source_label) == (want["layout"], want["section"], want["source"])
    assert doc.paragraphs == BODY
    for junk in ("Print", "Close", "Share", "Copyright", "Section 3", "nothing", "Related", "IDCPC News"):
        assert junk not in doc.body_text


LISTING = (
    "<html><head><title>Exchanges - IDCPC</title></head><body><h1>Exchanges</h1><ul class='list'>"
    + "".join(
        f"<li><a href='/english2023/bzhd/202405/t202405{d:02d}_{1000 + d}.html'>Minister Meets with "
        f"Delegation Number {d} of a Friendly Party</a><span>2024.05.{d:02d}</span></li>"
        for d in range(1, 21)
    )
    + "</ul><div class='page'><a href='index_1.html'>Next</a></div></body></html>"
)
LISTING_WITH_SUMMARIES = "<html><body><h1>News of the Department and Its Partners</h1>" + "".join(
    f"<div class='item'><h3><a href='t202405{d:02d}_{d}.html'>Minister Meets with Friendly Party Delegation {d}</a>"
    f"</h3><p>Beijing, May {d}th - The minister met with a delegation of a friendly party and discussed "
    f"exchanges between the two parties.</p><span>2024.05.{d:02d}</span></div>"
    for d in range(1, 11)
) + "</body></html>"
ABOUT = (
    "<html><head><title>About Us - IDCPC</title></head><body><h1>About the Department</h1>"
    "<div class='content'><p>The department is responsible for the external work of the party and keeps "
    "contacts with political parties and organisations around the world.</p><p>It has regional and "
    "functional bureaus and an office for research.</p></div></body></html>"
)


@pytest.mark.parametrize("html, error, reason", [
    ("", EmptyDocument, "empty"),
    ("<html><body>   </body></html>", NotARelease, "not_a_release"),
    (LISTING, NotARelease, "not_a_release"),
    (LISTING_WITH_SUMMARIES, NotARelease, "not_a_release"),
    ("<html><head><title>Photo</title></head><body><h1>Photo of the Day in Beijing</h1><p>(2018.12.18)</p>"
     "<img src='a.jpg'></body></html>", NotARelease, "not_a_release"),
    (ABOUT.replace("</body>", "<div class='more'><a href='t20181201_1.html'>Older Headline of a Meeting</a> (2018.12.01)</div></body>"),
     NotARelease, "not_a_release"),
    ("<html><frameset><frame src='a.html'></frameset></html>", NotARelease, "not_a_release"),
    ("<html><body><div class='column-name'>Notices</div><h1>Website Maintenance This Weekend</h1>"
     f"<div class='info'>2024.02.05 / Source: IDCPC</div><div class='TRS_Editor'>{_paras(P2, P3)}</div></body></html>",
     NotARelease, "not_a_release"),
    (ABOUT, NotARelease, "not_a_release"),
    ("<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>",
     NotARelease, "not_a_release"),
    (f"<html><body><nav>{NAV}</nav><div class='content'>{_paras(*BODY)}</div></body></html>",
     MissingTitle, "no_title"),
    (f"<html><body><h1>{TITLE}</h1><p>( 2018.02.30 )</p>{_paras(*BODY)}</body></html>",
     MissingDate, "no_date"),
])
def test_parse_html_refuses(html, error, reason):
    with pytest.raises(error) as info:
        parse_html(html)
    assert info.value.reason == reason
    assert isinstance(info.value, ParseError) and len(str(info.value)) > len(reason) + 10


@pytest.mark.parametrize("html", [LISTING, LISTING_WITH_SUMMARIES])
def test_listing_page_message_says_why(html):
    with pytest.raises(NotARelease, match="listing"):
        parse_html(html)


@pytest.mark.parametrize("content, is_html", [
    ("<!DOCTYPE html><html>", True),
    ("\ufeff  <html><body>", True),
    ("Title\n( 2018.12.18 )\n\n<p>quoted tag</p>", False),
    (f"{TITLE}\n( 2018.12.18 )\n\n{P1}", False),
    ("<div class='x'>text</div>", True),
])
def test_looks_like_html(content, is_html):
    assert looks_like_html(content) is is_html


@pytest.mark.parametrize("kind, layout", [("auto", "html-classic"), ("html", "html-classic")])
def test_parse_document_kinds(kind, layout):
    html = HTML_CASES["classic-tables"][0]
    assert parse_document(html, kind).layout == layout
    assert parse_document(f"{TITLE}\n( 2018.12.18 )\n\n{P1}", "auto").layout == "text"
    with pytest.raises(ValueError):
        parse_document(html, "pdf")


@pytest.mark.parametrize("raw, error", [
    (HTML_CASES["classic-tables"][0].encode("gb18030"), None),
    (f"{TITLE}\n( 2018.12.18 )\n\n{P1}".encode("utf-16"), None),
    (b"%PDF-1.4 ...", "binary"),
    (b"", "empty"),
])
def test_parse_document_decodes_bytes(raw, error):
    if error:
        with pytest.raises(ParseError) as info:
            parse_document(raw)
        assert info.value.reason == error
    else:
        assert parse_document(raw).title == TITLE


def test_text_and_html_renderings_agree():
    text = parse_text(f"{TITLE}\n( 2018.12.18 )\n\n" + "\n\n".join(BODY))
    html = parse_html(HTML_CASES["classic-tables"][0])
    assert (text.title, text.published_date, text.paragraphs) == (html.title, html.published_date, html.paragraphs)


@pytest.mark.shared
def test_real_sample_parses(shared_dir):
    path = next((shared_dir / "samples").glob("*.txt"))
    text = path.read_text(encoding="utf-8")
    doc = parse_document(text)
    assert doc.published_date == date(2020, 7, 14)
    assert doc.title == text.splitlines()[0].strip()
    assert len(doc.paragraphs) == 5 and doc.layout == "text"
    assert doc.paragraphs[-1].endswith("was present.")


@pytest.mark.parametrize("text, expected", [
    ("[Print] [Close]", True), ("Print | Close", True), ("Share to:", True), ("Font size: A A A", True),
    ("\u3010\u6253\u5370\u3011 \u3010\u5173\u95ed\u3011", True), ("Editor: Zhang Example", True), ("Back to top", True),
    ("Close cooperation between the two parties serves both peoples.", False),
    ("Print media of both countries covered the visit.", False), (P4, False),
])
def test_is_boilerplate(text, expected):
    from parsers.html_parts import is_boilerplate

    assert is_boilerplate(text) is expected


@pytest.mark.parametrize("raw, expected", [
    (f"{TITLE} - IDCPC", TITLE),
    (f"{TITLE}_International Department of the CPC Central Committee", TITLE),
    (f"IDCPC | {TITLE}", TITLE),
    (f"{TITLE} -- IDCPC News -- www.idcpc.org.cn", TITLE),
    ("China - Elbonia Party Dialogue Opens - IDCPC", "China - Elbonia Party Dialogue Opens"),
    ("IDCPC Delegation Visits Elbonia", "IDCPC Delegation Visits Elbonia"),
    ("International Department of the CPC Central Committee", ""),
    ("  ", ""),
])
def test_strip_site_suffix(raw, expected):
    from parsers.html_parts import strip_site_suffix

    assert strip_site_suffix(raw) == expected


def _golden_pages():
    from pathlib import Path

    folder = Path(__file__).parent / "fixtures" / "releases"
    return sorted(p for p in folder.glob("*.*") if p.suffix in (".txt", ".html", ".htm")
                  and p.with_suffix(".json").exists())


@pytest.mark.parametrize("page", _golden_pages(), ids=lambda p: p.name)
def test_golden_fixture_header(page):
    """Every fixture release decodes and yields its golden title and date (or its refusal)."""
    import json

    from parsers.decode import decode_bytes

    gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    content = decode_bytes(page.read_bytes())
    if "error" in gold:
        with pytest.raises(ParseError) as info:
            parse_document(content)
        assert info.value.reason == gold["error"]
    else:
        doc = parse_document(content)
        assert (doc.title, doc.published_date.isoformat()) == (gold["title"], gold["published_date"])
        assert doc.paragraphs and all(p.strip() == p and "\n" not in p for p in doc.paragraphs)


@pytest.mark.parametrize("text, loose, expected, style, source", [
    ("( 2018.12.18 )", False, date(2018, 12, 18), "paren", None),
    ("\uff082018.12.18\uff09", False, date(2018, 12, 18), "paren", None),
    ("2024.05.15 / Source: Xinhua", False, date(2024, 5, 15), "source", "Xinhua"),
    ("2024.5.6 | Source\uff1aIDCPC", False, date(2024, 5, 6), "source", "IDCPC"),
    ("Released 2024.05.15", False, None, None, None),
    ("Released 2024.05.15", True, date(2024, 5, 15), "dotted", None),
    ("Published: 2021-03-02 10:00", True, date(2021, 3, 2), "iso", None),
    ("\u53d1\u5e03\u65f6\u95f4\uff1a2018\u5e7412\u670818\u65e5", True, date(2018, 12, 18), "text", None),
    ("Updated: Dec. 18th, 2018", True, date(2018, 12, 18), "text", None),
    ("18 December 2018", True, date(2018, 12, 18), "text", None),
    ("Version 1.2.3 of 12345", True, None, None, None),
])
def test_find_date(text, loose, expected, style, source):
    from parsers.pubdate import find_date

    hit = find_date(text, loose=loose)
    assert (hit and (hit.value, hit.style, hit.source_label)) == (expected and (expected, style, source))


@pytest.mark.parametrize("text", ["( 2019.02.30 )", "2019.13.01 / Source: IDCPC", "( 1066.10.14 )"])
def test_impossible_dates_are_refused_with_no_date(text):
    from parsers.pubdate import find_date

    with pytest.raises(MissingDate):
        find_date(text)


# Stored copies sometimes lose the headline line and keep the date line and the body: a body
# that opens with a news dateline is still a release, read with an empty title and a warning.
@pytest.mark.parametrize("content", [
    f"( 2018.12.18 )\n\n{P1}\n\n{P2}",
    f"\n \n( 2018.12.18 )\n\n{P1}\n\n{P2}",
    f"2018.12.18 / Source: Xinhua\n\n{P1}\n\n{P2}",
    f"<html><body><div class='info'>( 2018.12.18 )</div><div class='content'>{_paras(P1, P2)}</div></body></html>",
])
def test_headless_release_is_read_with_a_warning(content):
    doc = parse_document(content)
    assert (doc.title, doc.published_date, doc.paragraphs[:2]) == ("", date(2018, 12, 18), (P1, P2))
    assert len(doc.warnings) == 1 and doc.warnings[0].startswith("no_title: ")


# ... and so is one whose body opens with a news lead that tells a contact and its day; a later
# paragraph ("Song said that ...", no day) opens no release
LEAD = ("The Communist Party of China will continue to enhance exchanges with the Example Party, said top "
        "advisor Ma Lin Friday.")


@pytest.mark.parametrize("content", [f"( 2006.12.01 )\n\n{LEAD}\n\n{P2}",
                                     f"<html><body><div class='info'>( 2006.12.01 )</div>"
                                     f"<div class='content'>{_paras(LEAD, P2)}</div></body></html>"])
def test_headless_release_opening_with_a_news_lead_is_read_with_a_warning(content):
    doc = parse_document(content)
    assert (doc.title, doc.paragraphs[:2]) == ("", (LEAD, P2))
    assert doc.warnings[0].startswith("no_title: ") and "news lead" in doc.warnings[0]


def test_release_with_headline_has_no_warning():
    assert parse_document(f"{TITLE}\n( 2018.12.18 )\n\n{P1}\n\n{P2}").warnings == ()


# Our own writing: the same meeting told in Spanish and in French, as outlets abroad report it.
ES = ("Managua, 12 de mayo.- Una delegación del Partido Popular de Ruritania, encabezada por su "
      "presidenta Ana Example, se reunió hoy con Song Tao, jefe del Departamento Internacional del "
      "Comité Central del Partido Comunista de China, para fortalecer los lazos de amistad entre "
      "ambos partidos y sus pueblos, y para intercambiar experiencias de gobierno y desarrollo.")
FR = ("Paris, le 12 mai - Une délégation du Parti populaire de Ruritanie, conduite par sa présidente "
      "Ana Example, a rencontré aujourd'hui Song Tao, chef du Département international du Comité "
      "central du Parti communiste chinois, afin de renforcer les liens d'amitié entre les deux partis "
      "et leurs peuples et d'échanger des expériences de gouvernance et de développement.")


@pytest.mark.parametrize("body, warned", [
    (ES, True),
    (FR, True),
    (f"{P1}\n\n{P2}\n\n{P3}", False),
    ("Managua, 12 de mayo.- Una reunión breve.", False),  # too few words to judge: no warning
])
def test_release_in_another_language_carries_a_warning(body, warned):
    from parsers.release import parse_release

    r = parse_release(f"Titular de la noticia\n( 2018.12.18 )\n\n{body}")
    found = [w for w in r.warnings if w.startswith("not_english: ")]
    assert bool(found) is warned, r.warnings


def test_a_bylines_and_a_pages_tool_lines_are_paragraphs_of_their_own():
    doc = parse_text("Conference to convene\n( 2013.05.21 )\n\nBy Ann Lee\n0 Comment(s)Print E-mail Example.org, May 21, "
                     "2013\nAdjust font size:\nThe Example Conference will be held from May 30 to May 31 in Xi'an.\n")
    assert doc.paragraphs == ("By Ann Lee", "0 Comment(s)Print E-mail Example.org, May 21, 2013", "Adjust font size:",
                              "The Example Conference will be held from May 30 to May 31 in Xi'an.")


def test_a_stamp_line_wrapped_under_a_second_headline_is_its_own_paragraph():
    doc = parse_text("Leaders send letters\n( 2024.04.09 )\n\nSummit of parties tackles global challenges\n"
                     "Published: Apr 09, 2024 05:13 PM\n\nThe summit was held on Tuesday.\n")
    assert doc.paragraphs[:3] == ("Summit of parties tackles global challenges", "Published: Apr 09, 2024 05:13 PM",
                                  "The summit was held on Tuesday.")


@pytest.mark.parametrize("stamp", ["Published: Apr 09, 2024 05:13 PM", "(Xinhua)", "[Example Daily]"])
def test_a_time_stamp_or_credit_line_ends_its_paragraph_in_one_line_paragraphs(stamp):
    doc = parse_text(f"Leaders send letters\n( 2024.04.09 )\n\n{stamp}\n"
                     "LIMA - Chen Min'er, general secretary of the Example Party, sent a letter.\nThe seminar opened.\n")
    assert doc.paragraphs[:2] == (stamp, "LIMA - Chen Min'er, general secretary of the Example Party, sent a letter.")
