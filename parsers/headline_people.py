"""A counterpart named in full only in the headline: "Liu Jianchao Meets with Chairman of the
Example Party Tom Poe", the lead telling of "a delegation ... led by its Chairman" and the body
calling him "Poe" alone. The headline's name stands for him when the body speaks of him by one
of its words and never writes it in full. Used by parsers.events.
"""
from __future__ import annotations

import re

from parsers.mention import Mention
from parsers.names import NAME, clean_name, fold
from parsers.title_first import looks_like_org, title_then_name

__all__ = ["headline_people"]

_CONTACT_RE = re.compile(r"\b(?:Meets?|Receives?|Holds?\s+(?:Talks|Video\s+Call|Phone\s+Call)|Talks|Calls?\s+on)"
                         r"\s+(?:with\s+)?(?P<rest>[^:;]+)$", re.IGNORECASE)
_SPEAKS_RE = (r"\s+(?:said|says|noted|stressed|expressed|thanked|welcomed|hoped|added|pointed\s+out|"
              r"introduced|briefed|spoke|agreed|recalled)\b")


def _headline_person(headline: str) -> tuple[str, str | None] | None:
    m = _CONTACT_RE.search(headline.strip())
    if m is None:
        return None
    rest = m.group("rest").strip()
    first = re.match(rf"(?P<name>{NAME}),\s+(?P<title>.+)$", rest)
    if first:
        return clean_name(first.group("name")), first.group("title")
    hit = title_then_name(rest, None)
    return (clean_name(hit[1]), hit[0]) if hit and hit[0] else None


def headline_people(headline: str, body: str, found: list[Mention]) -> list[Mention]:
    """The headline's counterpart, placed where the body first speaks of him by one word."""
    person = _headline_person(headline)
    if person is None:
        return []
    name, title = person
    words = name.split()
    if len(words) < 2 or looks_like_org(name) or fold(name) in fold(body):
        return []
    if any(set(fold(x.name).split()) & set(fold(name).split()) for x in found):
        return []       # someone in the body already bears one of its words
    for word in dict.fromkeys((words[-1], words[0])):
        if len(word) > 2 and (m := re.search(rf"\b{re.escape(word)}{_SPEAKS_RE}", body)):
            return [Mention(name, title, m.start(), m.start() + len(word), "participant", -1)]
    return []
