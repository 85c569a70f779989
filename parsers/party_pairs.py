"""Two parties named with one shared head noun.

"the U.S. Democratic and Republican parties", "the Democratic and Republican parties of the
United States": each conjunct is a party when the dictionary knows "<words> Party" (with the
country written around it, or the text's only foreign country); both or neither.
"""
from __future__ import annotations

import re

from parsers import parties as _parties
from parsers.gazetteer import country_name, find_countries
from parsers.model import Party

__all__ = ["shared_head_spans"]

_SHARED_HEAD_RE = re.compile(
    r"(?P<pre>\b(?:U\.S\.|US|American|[A-Z][a-z]+(?:'s|\u2019s))\s+)?(?P<a>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})\s+and\s+"
    r"(?:the\s+)?(?P<b>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})\s+[Pp]arties\b(?P<post>\s+of\s+(?:the\s+)?[A-Z][\w.]+(?:\s+[A-Z]\w+){0,2})?")


def shared_head_spans(text: str) -> list[tuple[int, int, Party]]:
    """Both parties of a shared head noun, when the dictionary knows each as "<words> Party"."""
    out = []
    for m in _SHARED_HEAD_RE.finditer(text):
        pre, post = m.group("pre") or "", m.group("post") or ""
        if not pre and not post and len(codes := {c.code for c in find_countries(text)} - {"CN"}) == 1:
            post = f" of {country_name(codes.pop())}"     # the text's one foreign country places both
        for g in ("a", "b"):
            probe = f"{pre}{m.group(g)} Party{post}"
            found = [p for p in _parties.find_parties(probe) if p.known and p.end >= len(pre) + len(m.group(g))]
            if len(found) != 1:
                break
            out.append((m.start(g), m.end(g), Party(found[0].name, found[0].acronym, found[0].country_code)))
        else:
            continue
        out = [s for s in out if not (m.start() <= s[0] < m.end())]    # both or neither
    return out


