"""`parse_release`: a page (text or HTML) to a `Release` with its events.

Document layer (`parsers.document`) -> dateline (`parsers.dateline`) -> events
(`parsers.events`: typing, people, parties, countries), stamped with PARSER_VERSION.
Pages that are not releases raise `parsers.errors.ParseError` subclasses.
"""
from __future__ import annotations

import re
from dataclasses import replace

from parsers import PARSER_VERSION
from parsers.dateline import parse_dateline
from parsers.dateline_region import region_country
from parsers.gazetteer import city_country, country_code
from parsers.document import parse_document
from parsers.errors import NotARelease
from parsers.events import build_events
from parsers.language import language_warning
from parsers.model import Document, Release

__all__ = ["parse_release"]

_ABOUT_TITLE_RE = re.compile(r"^(?:about\s+(?:us|the\s+idcpc)|contact(?:\s+us)?|site\s*map|copyright|disclaimer|"
                             # the whole headline ("Leadership", "About Us | IDCPC"), not "Leadership school for ..."
                             r"functions|organi[sz]ational\s+structure|leadership)\s*(?:$|[-|\u2013\u2014:])", re.IGNORECASE)


# "headed byÁlvaro de Boavida Neto": a space lost before a name.
_GLUED_RE = re.compile(r"(?<= )(by|with)(?=[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF])")
# "Speaker of the House of Commons,John Smith": a space lost after a comma between words (never
# inside a number, "1,200"), which would glue the title to the name.
_COMMA_GLUED_RE = re.compile(r"(?:(?<=[^\W\d_])|(?<=\))),(?=[^\W\d_])")
# "... the combat against corruption.He received ...": copies that run paragraphs together
# ("... to become self-reliant.CPC school executive ...": an acronym opens the next one)
# (not a Mongolian two-letter initial: "Ts.Tsolmon", "Ch.Saikhanbileg")
_SENTENCE_GLUED_RE = re.compile(r"(?:(?<=[A-Za-z)]{2}[.!?])(?<!\b[TCSKZ][shz]\.)(?<!\bY[aou]\.)|(?<=[A-Za-z)]{2}[.!?][\"\u201d]))(?=[A-Z][a-z])|(?<=[a-z]{3}[.])(?=[A-Z]{2,}\s)")
# "– General Secretary X has asked ...": a dateline cut off before its dash
_LEADING_DASH_RE = re.compile(r"^\s*[\u2013\u2014]\s+(?=[A-Z])")


_SALUTATION_RE = re.compile(r"^\s*(?:To|Dear)\s[^.!?]*$")


# "... Central Committee.p German Chancellor X expressed ...": a paragraph tag's letter left in a copy
_STRAY_TAG_RE = re.compile(r"(?<=[a-z]{2}\.)p\s+(?=[A-Z][a-z])")


# "Communist Party of Chinas Foreign Department Chief X", "Nepals Ministry": a copy that lost its
# apostrophes; a country's name with an "s" glued on is its possessive
# ("Frances Adamson" is a given name)
_LOST_POSSESSIVE_RE = re.compile(r"\b(?!Frances\b)([A-Z][a-z]{3,})s\b(?=\s+[A-Z])")


def _possessive(m: re.Match) -> str:
    return f"{m.group(1)}'s" if country_code(m.group(1)) and not country_code(m.group(0)) else m.group(0)


# "President X (R) meets with Y (L)", "(2nd R)": a photo's position marks, no part of the sentence
_POSITION_RE = re.compile(r"\s\((?:\d(?:st|nd|rd|th)\s+)?(?:R|L|C|right|left|center|centre|front)\)(?=[\s,.])")


# "the Workers' Partyof Korea": a space lost after a party word
_PARTY_OF_GLUED_RE = re.compile(r"\b(Party|Front|Movement|Congress|League|Union)(of|for)\s(?=[A-Z])")


def _mend(paragraph: str) -> str:
    p = _STRAY_TAG_RE.sub(" ", _CAPTION_BEFORE_RE.sub("", _POSITION_RE.sub("", paragraph)))
    p = _PARTY_OF_GLUED_RE.sub(r"\1 \2 ", p)
    p = _LOST_POSSESSIVE_RE.sub(_possessive, p)
    p = _GLUED_RE.sub(r"\1 ", _LEADING_DASH_RE.sub("", p))
    return _SENTENCE_GLUED_RE.sub(" ", _COMMA_GLUED_RE.sub(", ", p))


def _headline_glued(paragraph: str, title: str) -> str:
    """"Hu Jintao Meets Rwandese Guest Chinese Vice President Hu Jintao met ...": a copy of the headline
    (maybe singular) run into the lead without a line break is no part of the lead's first sentence."""
    words, head = paragraph.split(), title.split()
    if len(head) < 4 or len(words) < len(head) + 8 or words[:len(head) - 1] != head[:-1] \
            or words[len(head) - 1].rstrip("s") != head[-1].rstrip("s") or not words[len(head)][:1].isupper():
        return paragraph
    cut = re.match(r"\s*" + r"\s+".join(re.escape(w) for w in words[:len(head)]) + r"\s+", paragraph)
    return paragraph[cut.end():] if cut else paragraph


def parse_release(content: str | bytes, kind: str = "auto") -> Release:
    doc = parse_document(content, kind)
    if _ABOUT_TITLE_RE.match(doc.title.strip()):
        raise NotARelease(f"an about/contact page, not a press release: {doc.title[:80]!r}")
    return release_from_document(doc)


def release_from_document(doc: Document) -> Release:
    paragraphs = _city_line([_headline_glued(_mend(p), doc.title) for p in doc.paragraphs])
    lead_idx = _lead_index(paragraphs)
    dl = parse_dateline(paragraphs[lead_idx])
    if dl.end and not paragraphs[lead_idx][dl.end:].strip() and lead_idx + 1 < len(paragraphs):
        # "AKP Phnom Penh, August 30, 2018 --" alone on its line: the lead is the next paragraph
        paragraphs[lead_idx:lead_idx + 2] = [paragraphs[lead_idx].rstrip() + " " + paragraphs[lead_idx + 1]]
    # The text the extractors read: paragraphs from the lead on, the dateline blanked out
    # (same offsets, so spans stay comparable).
    pre = "\n".join(paragraphs[:lead_idx])
    lead = paragraphs[lead_idx]
    dl = replace(dl, country=region_country(lead, dl.end)) if dl.city else dl
    lead_blank = " " * dl.end + lead[dl.end:]
    body = (pre + "\n" if pre else "") + lead_blank + ("\n" + "\n".join(paragraphs[lead_idx + 1:]) if lead_idx + 1 < len(paragraphs) else "")
    lead_start = len(pre) + 1 if pre else 0
    events = build_events(doc, dl, lead[dl.end:], body, lead_start + dl.end)
    lang = language_warning(doc.body_text)
    warnings = doc.warnings + ((lang,) if lang else ())
    return Release(document=doc, dateline_city=dl.city, events=events, parser_version=PARSER_VERSION,
                   warnings=warnings)


# page furniture: up to this many lines before the lead, each shorter than a sentence of this many words
_FURNITURE_LINES, _SHORT_LINE_WORDS = 12, 12
_LETTER_RE = re.compile(r"[^\W\d_]")
_SENTENCE_END_RE = re.compile(r"[.!?:\"\u201d]\s*$")
_PHOTO_CREDIT = r"\((?:Photo|Photos|Image|Source)(?:\s+(?:credit|courtesy))?\s*:[^()]{1,40}\)"
# a photo's caption: "... (Photo: VNA)", "... (Xinhua/Ding Lin)", "...[Photo/Xinhua]", "[Photo by X/Xinhua]"
# ("... — VNA/VNS Photo", "... Sept. 3, 2016. /Xinhua Photo")
_CAPTION_RE = re.compile(_PHOTO_CREDIT + r"\s*$|\((?:Xinhua|VNA|AKP|KPL)/[^()]{1,40}\)\s*$|\[(?:Photo|Photos)\b[^\[\]]{0,40}\]\s*$"
                         r"|(?:\s[\u2013\u2014-]|\.\s*/)\s*[A-Z][\w/]{1,20}\s+Photo\s*$"
                         r"|[.)]\s+(?:PHOTO|Photo|Photos)\s*:\s*[A-Z][\w .&/\-]{1,40}$")       # "... yesterday. PHOTO: JOHN DOE"
# "TOKYO" alone on its line above the lead; "Views of the talks (Photo: VNA)Hanoi (VNA) - ...": a
# photo caption glued before the dateline
# a site header's language menu ("... Hunan Province Mobile 中文 Français 한국어 日本語"): Chinese, Korean
# or Japanese script in a line of an English copy
_LANGUAGE_MENU_RE = re.compile(r"[\u4e00-\u9fff\uac00-\ud7af\u3040-\u30ff]{2}")
_CITY_LINE_RE = re.compile(r"^\s*([A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,2})\s*(?:[\u2013\u2014-]+|--)?\s*$")
_CAPTION_BEFORE_RE = re.compile(r"^[^\n]{0,200}?" + _PHOTO_CREDIT + r"(?=[A-Z])")


def _city_line(paragraphs: list[str]) -> list[str]:
    """Join a dateline city standing alone on its line to the lead under it."""
    for i, p in enumerate(paragraphs[:-1]):
        m = _CITY_LINE_RE.match(p)
        if m and city_country(m.group(1).title()) and len(paragraphs[i + 1].split()) >= 8:
            return paragraphs[:i] + [f"{m.group(1)} \u2014 {paragraphs[i + 1]}"] + paragraphs[i + 2:]
        if len(p.split()) >= _SHORT_LINE_WORDS:
            break
    return paragraphs


def _words(paragraph: str) -> int:
    """Words with a letter ("Email | Print | Subscribe | Comments | Forum" has five)."""
    return sum(1 for w in paragraph.split() if _LETTER_RE.search(w))


def _furniture(p: str) -> bool:
    """A line of a copy's page furniture: short, a photo's caption, or a language menu."""
    return _words(p) < _SHORT_LINE_WORDS or bool(_CAPTION_RE.search(p) or _LANGUAGE_MENU_RE.search(p))


def _no_lead(p: str) -> bool:
    """A line above the lead that reads like no sentence of it: a letter's salutation ("To the People of
    China and its leadership ..."), a photo's caption ("X (R) receives Y (Photo: VNA)"), a language menu,
    a second headline (short, with no sentence's end: "Summit tackles global challenges, devt")."""
    return bool(_SALUTATION_RE.match(p) or _CAPTION_RE.search(p) or _LANGUAGE_MENU_RE.search(p)
                or _words(p) < _SHORT_LINE_WORDS and not _SENTENCE_END_RE.search(p))


def _lead_index(paragraphs: list[str]) -> int:
    """The paragraph with the dateline; else the first one that reads like a sentence."""
    # paragraphs with a word: a copy's separator lines ("|", "||||") hold none
    worded = [(i, p) for i, p in enumerate(paragraphs) if _LETTER_RE.search(p)] or [(0, paragraphs[0])]
    # the page furniture before the lead (menus, bylines, a date, a share line); the dateline may sit past it
    k = 0
    while k < min(len(worded) - 1, _FURNITURE_LINES) and _furniture(worded[k][1]):
        k += 1
    window = worded[:max(3, k + 1)]
    for i, p in window:
        if parse_dateline(p).city:
            return i
    if k + 1 < len(worded) and " ".join(worded[k][1].split()[:8]) in worded[k + 1][1] \
            and parse_dateline(worded[k + 1][1]).city:
        return worded[k + 1][0]     # a teaser that the dateline's paragraph under it repeats
    if k + 2 < len(worded) and _CAPTION_RE.search(worded[k + 1][1]) and parse_dateline(worded[k + 2][1]).city:
        return worded[k + 2][0]     # a summary, a photo's caption, then the dateline
    for n, (i, p) in enumerate(window):
        if _words(p) >= 8 and not (_no_lead(p) and i + 1 < len(paragraphs)):
            # a summary line with no sentence's end ("Ethiopia's ruling party keen to learn ..., hails ..."),
            # then a byline and a caption: the lead is the first full sentence a few lines down
            nxt = worded[n + 1:n + 5]
            later = [k for k, (j, q) in enumerate(nxt) if _words(q) >= _SHORT_LINE_WORDS and _SENTENCE_END_RE.search(q)
                     and not _no_lead(q)]
            if not _SENTENCE_END_RE.search(p) and _words(p) < 30 and later and not _DAY_TOLD_RE.search(p):
                return nxt[later[0]][0]
            return i
    return 0

# a lead tells its day ("... on May 13, 2008", "on August 1st, 2024"); a summary above it seldom does
_DAY_TOLD_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+"
                          r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")
