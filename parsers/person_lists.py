"""Untitled names listed after a plural role: "met with leaders of parties including Ana Lima (PT),
Rui Costa and ...", "with several Senators, including Bernie Sanders, Dianne Feinstein and Roy Blunt".

Only in a sentence that reports a contact (met, talks, attended, ...), and never inside reported
speech after the lead. A name's parenthesised party stays inside the mention's span so the
party resolver finds it.
"""
from __future__ import annotations

import re

from parsers.names import HONORIFIC, NAME, clean_name
from parsers.person_roles import context_role, reported
from parsers.title_first import list_items, looks_like_org

__all__ = ["including_list"]

_PLURAL_ROLE = (r"(?:leaders|heads|chairmen|chairpersons|presidents|secretaries(?:-general)?|senators|lawmakers|"
                r"legislators|parliamentarians|deputies|MPs|members|representatives|officials|politicians|"
                r"dignitaries|personages|figures|ministers|speakers|mayors|governors)")
_INCLUDING_RE = re.compile(
    rf"\b{_PLURAL_ROLE}\b[^.;:\n]{{0,100}}?,?\s+(?:including|such\s+as|namely|among\s+them)\s+", re.IGNORECASE)
_CONTACT_RE = re.compile(
    r"\b(?:met|meets|meeting|meetings|talks|received|receives|attended|attends|called\s+on|visited|"
    r"were\s+present|was\s+present|exchanged\s+views|held)\b", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"(?<=[a-z\d)]{2})\.\s|\n")     # "U.S. House" ends no sentence
_BARE_NAME_RE = re.compile(rf"^(?:{HONORIFIC}\s+)*(?P<name>{NAME})(?:\s*\([^()]{{2,80}}\))?$")


def including_list(text: str, lead_end: int | None):
    """Mentions (role participant or as the context says) of the bare names in such lists."""
    from parsers.people import Mention      # parsers.people imports this module
    for m in _INCLUDING_RE.finditer(text):
        ends = list(_SENTENCE_END_RE.finditer(text, max(0, m.start() - 600), m.start()))
        sent0 = ends[-1].end() if ends else max(0, m.start() - 600)
        if not _CONTACT_RE.search(text, sent0, m.end()):
            continue
        if lead_end is not None and m.start() >= lead_end and reported(text, m.start()):
            continue
        for item, i0 in list_items(text, m.end(), len(text)):
            bm = _BARE_NAME_RE.match(item.strip())
            if not bm:
                break           # the list has ended ("... and other party leaders")
            name = clean_name(bm.group("name"))
            if len(name.split()) < 2 or looks_like_org(name):
                break
            yield Mention(name, None, i0, i0 + len(item), context_role(text, i0), i0)
