"""A name followed by its country before the title: "headed by Manolo Pichardo of the Dominican
Republic, president of COPPPAL". The country is the writer's locator, neither name nor title;
it gives the person's country when the title (a supranational body's office) names none.
Used by parsers.appositives and parsers.participants.
"""
from __future__ import annotations

import re

from parsers.gazetteer import country_code
from parsers.mention import Mention
from parsers.names import HONORIFIC, NAME, TITLE_NOUN, clean_name
from parsers.title_extent import already_found, titled_mention
from parsers.title_first import looks_like_org

__all__ = ["located_names", "locator_country"]

_PLACE = r"(?P<place>[A-Z][\w\-]+(?:\s+(?:of\s+)?[A-Z][\w\-]+){0,2})"    # ("of the Republic of Korea,")
_LOCATED_RE = re.compile(rf"(?<![\w\u2019'\-.])(?:{HONORIFIC}\s+)*(?P<name>{NAME})\s+of\s+(?:the\s+)?{_PLACE},\s+(?=\S)")
# the title opens with its role word ("president of COPPPAL"), not "led by Minister X"
_ROLE_FIRST_RE = re.compile(rf"(?:(?:the|a|an|former|deputy|vice|acting)\s+)?{TITLE_NOUN}\b", re.IGNORECASE)
_AT_NAME_RE = re.compile(rf"(?:{NAME})\s+of\s+(?:the\s+)?{_PLACE},")


def located_names(text: str, found: list[Mention]) -> list[Mention]:
    """`Name of <Country>, Title` mentions not already among `found`."""
    out: list[Mention] = []
    for m in _LOCATED_RE.finditer(text):
        t0 = m.end()
        if not country_code(m.group("place")) or not _ROLE_FIRST_RE.match(text, t0) or looks_like_org(m.group("name")) \
                or already_found(found, m.start("name")):
            continue
        out.append(titled_mention(text, clean_name(m.group("name")), m.start("name"), t0))
    return out


def locator_country(text: str, start: int) -> str | None:
    """The country written right after the name that starts at `start` ("X of the Dominican Republic,")."""
    m = _AT_NAME_RE.match(text, start)
    return country_code(m.group("place")) if m else None
