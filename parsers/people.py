"""People in a release body: who is named, with which title, and whether they took part.

Patterns (the IDCPC house style):
- appositive: `Name, Title of X, met ...`, `... led by Name, Title`, several in one sentence;
- title before the name: `General Secretary of the CPV Central Committee Nguyen Phu Trong met ...`,
  `Chinese Vice President Han Zheng met ...` (only with a verb of taking part: a leader who
  merely "pointed out" is cited, not a participant);
- a bare full name of a known CPC official as the subject of such a verb.
Mentions keep a `role`: `participant`, or `addressee` (of a message), `passing` (a deceased
leader, greetings conveyed to someone) which are not participants. Back-references
("Song said", "Kocsis noted") never create people: only the patterns above do, and a
second full mention of the same person is merged into the first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.names import HONORIFIC, NAME, TITLE_START_RE, clean_name, fold, strip_acronyms

__all__ = ["Mention", "find_people", "same_person"]


@dataclass
class Mention:
    name: str
    title: str | None
    start: int            # offset of the name in the text
    end: int              # offset after the title (or the name)
    role: str = "participant"
    title_start: int = -1  # offset of the title in the text (-1: none)


_APPOSITIVE_RE = re.compile(
    rf"(?<![\w\u2019'\-.])(?:{HONORIFIC}\s+)*(?P<name>{NAME})(?P<nick>\s*\([^()]{{2,40}}\))?,\s+(?=\S)"
)
# A verb of taking part after a subject (title-before-name and bare-name subjects).
_PART_VERB = (
    r"(?:met|meets|meeting|held|holds|had|has|received|receives|attended|attends|addressed|addresses|"
    r"sent|sends|called\s+on|paid|co-chaired|chaired|presided|spoke|speaks|delivered|visited|visits|"
    r"led|leads|hosted|hosts|was\s+present|were\s+present|also\s+(?:met|held|attended|had)|"
    r"separately\s+met|jointly\s+(?:met|held|attended))\b"
)
_SUBJECT_BEFORE_VERB_RE = re.compile(
    rf"(?:^|(?<=[,.;\u2014:]\s)|(?<=--)|(?<=\u2014)|(?<=\n))\s*"
    rf"(?P<subject>[^,.;\n\u2014]{{3,200}}?)\s+(?:,\s*who[^,]*,\s*)?{_PART_VERB}"
)
# Words that end a title when the name follows them ("... Central Committee Nguyen Phu Trong").
_TITLE_TAIL = re.compile(
    r"^(?:Committee|Secretary|Secretary-General|President|Chairman|Chairwoman|Chairperson|Chair|Leader|Minister|"
    r"Vice-minister|Premier|Head|Director|Member|Speaker|Ambassador|Governor|Mayor|Spokesperson|Spokesman|"
    r"Bureau|Council|Politburo|Party|Congress|Front|Movement|Assembly|Parliament|Government|Department|"
    r"Commission|Group|Office|Secretariat|Chancellor|King|Queen|Prince|Chief|State|Affairs|Relations|Duma|"
    r"Senate|Court|Republic|Kingdom|Federation|Union|Nations|Organization|Organisation|Agency|Adviser|Advisor|"
    r"Representative|Envoy|Senator|Deputy|Vice-President|Secretary-General|General|Governor-General|"
    r"Counsellor|Consul|Emir|Sultan|Sheikh|Excellency|Comrade|[A-Z]{2,}[\w\-()]*|[A-Z]\.[A-Z]\.)$"
)
_ROLE_END_RE = re.compile(
    r"\b(?:Secretary|Secretary-General|President|Chairman|Chairwoman|Chairperson|Chair|Leader|Minister|"
    r"Vice-minister|Premier|Head|Director|Speaker|Ambassador|Governor|Mayor|Spokesperson|Spokesman|"
    r"Chancellor|King|Queen|Prince|Chief|Adviser|Advisor|Representative|Envoy|Senator|Deputy|Counsellor|"
    r"Consul|Emir|Sultan|Sheikh)$")
_ADDRESSEE_CTX = re.compile(
    r"(?:message|letter|telegram|condolences?|congratulations?|greetings?|wishes|regards|sympathy|cable)\b"
    r"[^.;]{0,160}?\bto\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PASSING_CTX = re.compile(
    r"(?:passing|death|demise|memory|funeral|loss|behalf)\s+of\s+(?:the\s+late\s+|late\s+|comrade\s+)?$"
    r"|(?:greetings?|regards|wishes)\s+(?:\w+\s+){0,3}(?:of|from)\s+$"
    r"|\b(?:convey(?:ed|s)?|extend(?:ed|s)?)\s+(?:\w+\s+){0,4}to\s+$"
    r"|\b(?:visit|trip|speech|remarks|proposal|initiative|leadership|instructions?|meeting|talks|election|"
    r"re-election|inauguration|thought|vision|words|article|book|invitation)\s+(?:of|by)\s+(?:the\s+late\s+)?$"
    r"|\b(?:invited|congratulated|thanked|asked|urged)\s+$",
    re.IGNORECASE,
)
_VERB_AHEAD_RE = re.compile(
    r" (?:met|meets|held|holds|had|has\s+(?:met|held)|sent|sends|attended|attends|visited|visits|received|receives|"
    r"called\s+on|paid|presided|addressed|delivered|spoke|said|led|arrived|co-chaired|chaired|hosted|was|were|"
    r"will|who|which|on\s+(?:behalf|the\s+invitation)|here|today|yesterday)\b")
_LOWER_CONTINUATION = re.compile(r"\s*(?:and\s+)?[a-z]")


def _title_end(text: str, i: int) -> int:
    """End offset of a title starting at i: a clause boundary, the next person, or a verb."""
    depth = 0
    n = len(text)
    j = i
    while j < n:
        c = text[j]
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return j
            depth -= 1
        elif depth == 0:
            if c in ";\n\u2014\u201c\"":
                return j
            if c == " " and _VERB_AHEAD_RE.match(text, j):
                return j
            if c == "." and (j + 1 >= n or text[j + 1] in " \n\"\u201d\u2019)") and not _abbrev_before(text, j):
                return j
            if c == ",":
                return j
        j += 1
    return n


def _abbrev_before(text: str, j: int) -> bool:
    """`U.S.` / `St.` style abbreviations do not end a title; a word of two or more lower-case letters does."""
    k = j - 1
    while k >= 0 and (text[k].isalpha()):
        k -= 1
    word = text[k + 1:j]
    return len(word) == 1 or word in ("St", "Mt", "Jr", "Dr", "No")


def _continues_title(text: str, j: int) -> bool:
    """After a comma inside an appositive: another title phrase of the same person?"""
    rest = text[j + 1:j + 120].lstrip()
    if not rest or not rest[0].isupper():
        return False
    if _APPOSITIVE_RE.match(rest):          # "..., Nomvula Mokonyane, Head of ..." starts a new person
        return False
    # "..., Speaker of the National Assembly" continues; "..., Song said" does not.
    return bool(re.match(rf"(?:\S+\s+){{0,3}}?(?:of|to|for|in)\b", rest)) and bool(TITLE_START_RE.match(rest))


def _full_title(text: str, i: int) -> int:
    end = _title_end(text, i)
    while end < len(text) and text[end] == "," and _continues_title(text, end):
        end = _title_end(text, end + 1)
    return end


def _context_role(text: str, start: int) -> str:
    before = text[max(0, start - 200):start]
    # stay within the sentence
    cut = max(before.rfind(". "), before.rfind("\n"))
    before = before[cut + 1:] if cut >= 0 else before
    if _ADDRESSEE_CTX.search(before):
        return "addressee"
    if _PASSING_CTX.search(before):
        return "passing"
    return "participant"


def find_people(text: str, known_officials=None, lead_end: int | None = None) -> list[Mention]:
    """Every named person with a title (or a known official as a subject), in order of appearance.

    `known_officials(name) -> bool` says whether a bare two-or-more-word name is a CPC official.
    After `lead_end` (the lead and its zone), title-first subjects and objects inside reported
    speech or about the past are mentions in passing ("Liu said, last year President X and
    Prime Minister Y held talks in Lima").
    """
    found: list[Mention] = []
    for m in _APPOSITIVE_RE.finditer(text):
        t0 = m.end()
        if not TITLE_START_RE.match(text[t0:t0 + 80]):
            continue
        t1 = _full_title(text, t0)
        title = strip_acronyms(text[t0:t1])
        if not title or len(title) > 300:
            continue
        nested = _title_then_name(title, None)
        if nested is not None and nested[0] is not None and _ROLE_END_RE.search(nested[0]):
            continue        # "..., Principal Deputy Adviser Jon Finer": a list of title-first items
        name = clean_name(m.group("name"))
        if len(name.split()) < 2 or _looks_like_org(name):
            continue
        found.append(Mention(name, title, m.start("name"), t1, _context_role(text, m.start("name")), t0))
    taken = [(x.start, x.end) for x in found]
    for m in _SUBJECT_BEFORE_VERB_RE.finditer(text):
        s0 = m.start("subject")
        if (lead_end is not None and s0 >= lead_end) and _reported(text, s0):
            continue
        if any(a <= s0 < b for a, b in taken):
            continue
        hit = _title_then_name(m.group("subject"), known_officials)
        if hit is None:
            continue
        title, name = hit
        start = s0 + max(0, m.group("subject").rfind(name))
        if any(a <= start < b for a, b in taken):
            continue
        found.append(Mention(name, title, start, m.end("subject"), _context_role(text, s0), s0 if title else -1))
        taken.append((s0, m.end("subject")))
    for m in _OBJECT_LIST_RE.finditer(text):
        if (lead_end is not None and m.start() >= lead_end) and _reported(text, m.start()):
            continue
        for item, i0 in _list_items(text, m.end(), len(text)):
            if any(a <= i0 < b for a, b in taken):
                continue
            hit = _title_then_name(item, None)
            if hit is None or hit[0] is None:
                continue
            title, name = hit
            start = i0 + max(0, item.rfind(name))
            found.append(Mention(name, title, start, start + len(name), _context_role(text, i0), i0))
            taken.append((i0, start + len(name)))
    found.sort(key=lambda x: x.start)
    return _merge(found)


# "met with U.S. Secretary of State Antony Blinken, San Francisco Mayor London Breed and ..."
_OBJECT_LIST_RE = re.compile(
    r"\b(?:met|meets|meeting|held\s+talks|had\s+talks|holds\s+talks|talked|called\s+on|received|receives)"
    r"(?:\s+(?:here|today|separately|also|respectively|jointly|yesterday))*(?:\s+with)?\s+")
_ITEM_SPLIT_RE = re.compile(r",\s+and\s+|,\s+|\s+and\s+(?=[A-Z])")
_LIST_END_RE = re.compile(r"(?<=[a-z\d)]{2})[.]\s|[;\n]\s|[.;]$|\s(?:in|at|on|who|during|to|respectively|here|today)\s|,\s+(?:who|where|and\s+the\s+two)\b")


def _list_items(text: str, i: int, limit: int):
    stop = min(len(text), limit, i + 400)
    end_m = _LIST_END_RE.search(text, i, stop + 1)
    end = end_m.start() if end_m else stop
    pos = i
    for part in _ITEM_SPLIT_RE.split(text[i:end], maxsplit=8):
        j = text.find(part, pos)
        pos = j + len(part)
        item = re.sub(r"^(?:the|a|an)\s+", "", part)
        yield item, j + (len(part) - len(item))


def _looks_like_org(name: str) -> bool:
    return bool(re.search(r"\b(?:Party|Committee|Department|Front|Movement|Congress|Union|League|Council|"
                          r"Republic|Kingdom|Federation|Association|Group|Forum|International|Parliament|"
                          r"Session|Conference|Dialogue|Summit|Seminar|Day|Initiative|Road|Belt)\b", name))


def _title_then_name(subject: str, known_officials) -> tuple[str | None, str] | None:
    """Split `Title ... Name` (or a bare official's name) at the last title word."""
    subject = re.sub(rf"^(?:During the visit|Meanwhile|Later|Also|In addition|Today)\s*,?\s*", "", subject)
    subject = subject.strip()
    subject = re.sub(rf"^(?:{HONORIFIC}\s+)+", "", subject)
    tokens = list(re.finditer(r"\S+", subject))
    if len(tokens) < 2:
        return None
    # the name is the trailing run of capitalised tokens after the last title word
    k = len(tokens)
    while k > 0 and re.match(r"^[A-Z\u00C0-\u00DE\u0100-\u024F][\w'\u2019\-]*$", tokens[k - 1].group()) \
            and not _TITLE_TAIL.match(tokens[k - 1].group()) and not _is_country_word(tokens[k - 1].group()):
        k -= 1
    name_tokens = tokens[k:]
    if len(name_tokens) < 2 or len(name_tokens) > 5:
        return None
    name = " ".join(t.group() for t in name_tokens)
    if _looks_like_org(name):
        return None
    if k == 0:
        if known_officials and known_officials(name):
            return None, name
        return None
    title = subject[:tokens[k].start()].strip()
    title = re.sub(rf"^(?:{HONORIFIC}\s+)+", "", title)
    if not TITLE_START_RE.match(title) or not (_TITLE_TAIL.match(title.split()[-1])
                                               or _is_country_word(title.split()[-1])):
        return None
    # "Hun Sen and Song Tao met" / "the delegation met" are not a title.
    if re.search(r"\b(?:and|the delegation|delegation)\s*$", title):
        return None
    return strip_acronyms(title), name


_REPORTED_RE = re.compile(
    r"\b(?:said|says|noted|stressed|recalled|pointed\s+out|added|expressed|hoped|believes?|that|when|since|"
    r"ago|last\s+(?:year|month|week)|in\s+(?:19|20)\d\d|previously|once|former)\b", re.IGNORECASE)


def _reported(text: str, pos: int) -> bool:
    """After the lead, a contact told inside reported speech or about the past is a mention in passing."""
    before = text[max(0, pos - 300):pos]
    cut = max(before.rfind(". "), before.rfind("\n"))
    sentence = before[cut + 1:] if cut >= 0 else before
    return bool(_REPORTED_RE.search(sentence))


def _is_country_word(tok: str) -> bool:
    from parsers.gazetteer import country_code
    try:
        return country_code(tok) is not None
    except Exception:
        return False


def same_person(a: str, b: str) -> bool:
    ta, tb = fold(a).split(), fold(b).split()
    return ta == tb or (len(ta) >= 2 and sorted(ta) == sorted(tb))


def _merge(found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in found:
        prev = next((p for p in out if same_person(p.name, m.name)), None)
        if prev is None:
            out.append(m)
            continue
        if prev.role != "participant" and m.role == "participant":
            prev.role = "participant"
        if not prev.title and m.title:
            prev.title = m.title
    return out
