"""The document layer: any page (rendered text or HTML) reduced to a `Document`.

`parse_text` reads the rendered text format (title line, date line, paragraphs);
`parse_html` (in `parsers.html_page`) finds the same three parts in any HTML
template; `parse_document` picks one. Pages that are not press releases raise the
typed errors of `parsers.errors`, so callers can quarantine them with a reason.
"""
from __future__ import annotations

import re

from parsers.errors import EmptyDocument, MissingDate, MissingTitle, NotARelease
from parsers.html_parts import is_boilerplate
from parsers.model import Document
from parsers.pubdate import PAREN_DATE_RE, date_line

__all__ = ["parse_text", "parse_html", "parse_document", "looks_like_html", "clean_paragraph", "refuse_notice"]

# Rendering noise that must not reach the text: BOM, zero-width spaces, soft hyphens.
_INVISIBLE_RE = re.compile("[\ufeff\u200b\u200c\u200d\u2060\u00ad]")
_SPACES_RE = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# "was present.On July 14th" - a sentence glued to the next one when two paragraphs
# were joined without a separator. Needs two lowercase letters before the stop so
# abbreviations such as "U.S." are left alone.
_GLUED_SENTENCE_RE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")

# A header block longer than this is not a headline plus an optional section label.
_MAX_HEADER_LINES = 3
_MAX_TITLE_CHARS = 400


def clean_paragraph(text: str) -> str:
    """One paragraph on one line: invisible characters dropped, spaces collapsed, glued sentences split."""
    text = _INVISIBLE_RE.sub("", text)
    text = _SPACES_RE.sub(" ", text.replace("\r", " ").replace("\n", " "))
    text = _GLUED_SENTENCE_RE.sub(" ", text)
    # a list bullet a copy keeps before a line ("• Kathmandu, 22 September: ...") is no text
    return re.sub(r"^\s*[\u2022\u00b7\u25aa\u25cf\u25e6\u2023]\s*", "", text).strip()


# Site notices (maintenance, recruitment) share the release template but report no contact.
_NOTICE_LABEL_RE = re.compile(r"^(?:notices?|announcements?|site notice)$", re.IGNORECASE)
# ... and the site's own news of a channel of its own ("WeChat Public Account of the IDCPC' Information
# Office Launched"): an about page, no contact
_NOTICE_TITLE_RE = re.compile(r"^(?:notice|announcement)\b\s*(?:on|of|about|regarding|:|$)"
                              # the site's own pages under the release template ("Links", "About Us")
                              r"|^(?:(?:related|friendly|useful)\s+)?links?$|^(?:about|contact)\s+us$|^site\s*map$"
                              r"|^[^.]*\b(?:WeChat|Weibo|Website|Public\s+Account)\b[^.]*\b(?:Launched|Goes\s+Online)$", re.IGNORECASE)


def refuse_notice(title: str, section_label: str | None) -> None:
    """Raise NotARelease for a site notice: a dated page of the same template, but no release."""
    if (section_label and _NOTICE_LABEL_RE.match(section_label.strip())) or _NOTICE_TITLE_RE.match(title):
        raise NotARelease(f"a site notice, not a press release: {title[:80]!r}")


def _split_title_and_date(line: str):
    """Some renderings put the date on the title line: 'Title ( 2018.12.18 )'."""
    m = PAREN_DATE_RE.search(line)
    if m and m.end() == len(line.rstrip()) and m.start() > 0:
        return line[: m.start()].strip(), line[m.start():].strip()
    return None


def parse_text(text: str) -> Document:
    """Parse the rendered text format of a release.

    Classic: `Title` / `( YYYY.MM.DD )` / paragraphs separated by blank lines.
    2023 rendering: optional section label line, `Title`, `YYYY.MM.DD / Source: ...`.
    """
    if text is None or not _INVISIBLE_RE.sub("", text).strip():
        raise EmptyDocument("the text is empty")
    text = _INVISIBLE_RE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    # (VNA closes a copy with "./.": the full stop is the sentence's, the rest is its house mark)
    lines = [re.sub(r"\./\.$", ".", _SPACES_RE.sub(" ", ln).strip()) for ln in text.split("\n")]

    header: list[str] = []
    hit = None
    body_start = len(lines)
    for i, line in enumerate(lines):
        if not line:
            continue
        hit = date_line(line)
        if hit is None:
            glued = _split_title_and_date(line) if not header else None
            if glued:
                header.append(glued[0])
                hit = date_line(glued[1])
        if hit is not None:
            body_start = i + 1
            break
        header.append(line)
        if len(header) > _MAX_HEADER_LINES:
            break
    if hit is None:
        raise MissingDate(
            "no publication date line such as '( 2018.12.18 )' or '2024.05.15 / Source: ...' "
            f"within the first {_MAX_HEADER_LINES + 1} lines"
        )
    # No header at all is decided once the body is read: a news lead makes it a release that lost
    # its headline (`headless_warning`).
    section_label, title = None, ""
    if len(header) == 1:
        title = header[0]
    elif header:
        # A short first line is the 2023 section label ("IDCPC News"); otherwise the title wrapped.
        if len(header[0].split()) <= 5 and not header[0].endswith((".", ":")):
            section_label, title = header[0], " ".join(header[1:])
        else:
            title = " ".join(header)
    if len(title) > _MAX_TITLE_CHARS:
        raise MissingTitle(f"the line before the date is {len(title)} characters long, not a title")

    refuse_notice(title, section_label)
    paragraphs = _text_paragraphs(lines[body_start:])
    source_label = hit.source_label
    if paragraphs and (m := _SOURCE_PARA_RE.fullmatch(paragraphs[0])):
        source_label, paragraphs = source_label or m.group(1).strip(), paragraphs[1:]
    if not paragraphs:
        raise NotARelease("no body text after the date line")
    warnings = ()
    if not header:
        warnings = (headless_warning(paragraphs, "no title line before the date line"),)
    return Document(
        title=clean_paragraph(title),
        published_date=hit.value,
        paragraphs=paragraphs,
        section_label=section_label,
        source_label=source_label,
        layout="text-2023" if hit.style == "source" else "text",
        warnings=warnings,
    )


def headless_warning(paragraphs: tuple[str, ...] | list[str], missing: str) -> str:
    """The warning for a dated page with no headline, or MissingTitle when it is no release.

    Stored copies of real releases sometimes lose the headline line and keep the date line and
    the body. When the body opens with a news dateline ("TASHKENT, Jan. 31 (Xinhua) --",
    "Beijing, July 24th—"), or with a news lead that tells a contact or what was said ("Chinese
    President X on Monday extended condolences to ...", "..., said top advisor X Friday."), the
    page is a release and its event is read with an empty title; anything else without a
    headline (an about page, a list of links) stays refused.
    """
    from parsers.dateline import parse_dateline  # the gazetteer loads only when needed

    if paragraphs and parse_dateline(paragraphs[0]).city:
        return f"no_title: {missing}; read from the body, which opens with the dateline {paragraphs[0][:40]!r}"
    if paragraphs and len(paragraphs[0].split()) >= 12 and _NEWS_LEAD_RE.search(paragraphs[0]) \
            and _NEWS_DAY_RE.search(paragraphs[0]):
        return f"no_title: {missing}; read from the body, which opens with a news lead {paragraphs[0][:40]!r}"
    raise MissingTitle(f"{missing}, and the body opens with neither a dateline nor a news lead")


# a lead's contact or report, and its day: "met", "sent a message", "extended condolences", "said
# ... Friday" (a later paragraph, "Song said that the CPC values ...", names no day)
_NEWS_DAY_RE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\b")
_NEWS_LEAD_RE = re.compile(r"\b(?:met|meets|meeting|held|holds|received|receives|visited|visiting|sent|sends|extended|"
                           r"extends|said|says|talks|condolences?|congratulat\w+)\b")


_SOURCE_PARA_RE = re.compile(r"(?:Source|From)\s*[:：]\s*(.{1,60})", re.IGNORECASE)


_SENTENCE_END_RE = re.compile(r"[.!?][\"\u201d\u2019)]?$")


_TIME_END_RE = re.compile(r"\b\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*$")
# an agency's credit alone on its line: "(Xinhua)", "[China Daily]"; a byline, a page's label or tool
# line ("By Guo Xiaohong", "Adjust font size:", "0 Comment(s)Print E-mail China.org.cn, May 21, 2013")
_CREDIT_OR_LABEL_RE = re.compile(r"^\s*(?:[(\[][^()\[\]]{1,40}[)\]]|By\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3}|[A-Z][\w ]{0,30}:"
                             r"|.*\bComment\(s\).*)\s*$")


def _text_paragraphs(lines: list[str]) -> tuple[str, ...]:
    # Some renderings put one paragraph per line with no blank lines between: then a line
    # ending a sentence ends its paragraph. With blank lines, single newlines are wraps.
    content = lines[next((i for i, ln in enumerate(lines) if ln), len(lines)):]
    while content and not content[-1]:
        content.pop()
    one_per_line = len(content) > 1 and all(content)
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        para = clean_paragraph(" ".join(current))
        if para and not is_boilerplate(para):  # "[Print] [Close]" copied along with the text
            paragraphs.append(para)
        current.clear()

    for line in lines + [""]:
        if not line:
            flush()
            continue
        # a stamp line ("Published: Apr 09, 2024 05:13 PM") or a credit line ("(Xinhua)") is a
        # paragraph of its own: the headline line above it is not the lead's first words
        stamp = bool(_TIME_END_RE.search(line) or _CREDIT_OR_LABEL_RE.match(line))
        if stamp:
            flush()
        current.append(line)
        if stamp or one_per_line and _SENTENCE_END_RE.search(line):
            flush()
    return tuple(paragraphs)


def parse_html(html: str) -> Document:
    from parsers.html_page import parse_html as _parse_html

    return _parse_html(html)


_HTML_SNIFF_RE = re.compile(
    r"<\s*(?:!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE
)


def looks_like_html(content: str) -> bool:
    """HTML when one of the first structural tags appears near the start of the content."""
    head = content[:4096].lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        return True
    return bool(_HTML_SNIFF_RE.search(head[:1024]))


def parse_document(content: str | bytes, kind: str = "auto") -> Document:
    """Parse text or HTML; `kind` is "auto" (sniff), "text" or "html".

    Bytes are decoded first (`decode_bytes`, no declared charset): callers that know the
    HTTP charset should decode themselves and pass text.
    """
    if kind not in ("auto", "text", "html"):
        raise ValueError(f"kind must be 'auto', 'text' or 'html', not {kind!r}")
    if isinstance(content, (bytes, bytearray, memoryview)):
        from parsers.decode import decode_bytes

        content = decode_bytes(content)
    if content is None or not _INVISIBLE_RE.sub("", content).strip():
        raise EmptyDocument("the document is empty")
    if kind == "auto":
        kind = "html" if looks_like_html(content) else "text"
    return parse_html(content) if kind == "html" else parse_text(content)
