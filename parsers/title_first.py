"""Title-first names: `General Secretary of the CPV Central Committee Nguyen Phu Trong`, and
lists of them after a contact verb (`met with U.S. Secretary of State Antony Blinken, San
Francisco Mayor London Breed and ...`). Used by parsers.people.
"""
from __future__ import annotations

import re

from parsers.names import HONORIFIC, TITLE_START_RE, TITLE_TAIL, strip_acronyms

__all__ = ["OBJECT_LIST_RE", "list_items", "looks_like_org", "title_then_name"]

# "met with U.S. Secretary of State Antony Blinken, San Francisco Mayor London Breed and ..."
OBJECT_LIST_RE = re.compile(
    r"\b(?:met|meets|meeting|held\s+talks|had\s+talks|holds\s+talks|talked|called\s+on|received|receives|"
    r"(?:held|had)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:discussions?|meetings?|conversations?|exchanges?\s+of\s+views))"
    r"(?:\s+(?:here|today|separately|also|respectively|jointly|yesterday))*(?:\s+with)?\s+")
_ITEM_SPLIT_RE = re.compile(r",\s+and\s+|,\s+|\s+and\s+(?=[A-Z])")
_LIST_END_RE = re.compile(r"(?<=[a-z\d)]{2})[.]\s|[;\n]\s|[.;]$|\s(?:in|at|on|who|during|to|respectively|here|today)\s|,\s+(?:who|where|and\s+the\s+two)\b")


def list_items(text: str, i: int, limit: int):
    stop = min(len(text), limit, i + 400)
    end_m = _LIST_END_RE.search(text, i, stop + 1)
    end = end_m.start() if end_m else stop
    pos = i
    for part in _ITEM_SPLIT_RE.split(text[i:end], maxsplit=8):
        j = text.find(part, pos)
        pos = j + len(part)
        item = re.sub(r"^(?:the|a|an)\s+", "", part)
        yield item, j + (len(part) - len(item))


def looks_like_org(name: str) -> bool:
    return bool(re.search(r"\b(?:Party|Committee|Department|Front|Movement|Congress|Union|League|Council|"
                          r"Republic|Kingdom|Federation|Association|Group|Forum|International|Parliament|"
                          r"Session|Conference|Dialogue|Summit|Seminar|Day|Initiative|Road|Belt)\b", name))


def title_then_name(subject: str, known_officials) -> tuple[str | None, str] | None:
    """Split `Title ... Name` (or a bare official's name) at the last title word."""
    subject = re.sub(r"^(?:During the visit|Meanwhile|Later|Also|In addition|Today)\s*,?\s*", "", subject)
    subject = subject.strip()
    subject = re.sub(rf"^(?:{HONORIFIC}\s+)+", "", subject)
    tokens = list(re.finditer(r"\S+", subject))
    if len(tokens) < 2:
        return None
    # the name is the trailing run of capitalised tokens after the last title word
    k = len(tokens)
    while k > 0 and re.match(r"^[A-Z\u00C0-\u00DE\u0100-\u024F][\w'\u2019\-]*$", tokens[k - 1].group()) \
            and not TITLE_TAIL.match(tokens[k - 1].group()) and not _is_country_word(tokens[k - 1].group()):
        k -= 1
    name_tokens = tokens[k:]
    if len(name_tokens) < 2 or len(name_tokens) > 5:
        return None
    name = " ".join(t.group() for t in name_tokens)
    if looks_like_org(name):
        return None
    if k == 0:
        if known_officials and known_officials(name):
            return None, name
        return None
    title = subject[:tokens[k].start()].strip()
    title = re.sub(rf"^(?:{HONORIFIC}\s+)+", "", title)
    if not TITLE_START_RE.match(title) or not (TITLE_TAIL.match(title.split()[-1]) or _LOWER_TAIL.match(title.split()[-1])
                                               or _is_country_word(title.split()[-1])):
        return None
    # "Hun Sen and Song Tao met" / "the delegation met" are not a title.
    if re.search(r"\b(?:and|the delegation|delegation)\s*$", title):
        return None
    return strip_acronyms(title), name


# Xinhua's lower-case roles before a name: "China's top political advisor Wang Huning".
_LOWER_TAIL = re.compile(r"^(?:advisor|adviser|aide|legislator|leader|envoy|president|chairman|chairwoman|premier|"
                         r"minister|secretary|spokesperson|spokesman|ambassador)$")


def _is_country_word(tok: str) -> bool:
    from parsers.gazetteer import country_code
    try:
        return country_code(tok) is not None
    except Exception:
        return False
