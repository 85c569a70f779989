"""Where a release's lead zone ends: the stretch in which title-first subjects and the objects of
contact verbs name this release's counterparts (used by parsers.events); and where a lead's first
sentence ends."""
from __future__ import annotations

import re

from parsers.dateline import NOT_AFTER_ABBREVIATION

__all__ = ["CONTACT_WORD_RE", "first_sentence", "zone_end"]

CONTACT_WORD_RE = re.compile(r"\b(?:met|meets|meeting|held\s+talks|talks|received|receives|receiving|welcomed|courtesy\s+call)\b")
# a lead telling any act of its own (a message sent, a call, a visit, a gathering held)
_ANY_ACT_RE = re.compile(CONTACT_WORD_RE.pattern[:-3] + r"|sent|sends|messages?|letters?|held|holds|visit\w*|"
                         r"conference|call|attended|delegation)\b")


def zone_end(body: str, lead_end: int) -> int:
    """The lead plus the next two paragraphs when they still introduce counterparts ("He met separately ...")."""
    end = pos = lead_end
    first = body.find("\n", lead_end + 1)
    first = len(body) if first < 0 else first
    if not _ANY_ACT_RE.search(body[:lead_end]) and CONTACT_WORD_RE.search(body[lead_end:first]):
        # an agency's lead tells the outcome ("A and B have agreed to ..."), the next paragraph the
        # contact ("X said this after receiving a visiting CPC delegation led by Y"): both lead
        end = first
    for _ in range(4):
        if pos >= len(body):
            break
        nxt = body.find("\n", pos + 1)
        nxt = len(body) if nxt < 0 else nxt
        if re.search(r"\b(?:met|held|had|called)\b[^.]{0,40}\bseparate(?:ly)?\b|\bseparate(?:ly)?\s+(?:met|held|called)",
                     body[pos + 1:nxt]):
            end = nxt
        pos = nxt
    return end


def first_sentence(lead: str) -> str:
    # A paragraph opening with a quote of several sentences ends where the quote's speaker
    # does: '"A. B," Liu said when addressing a seminar ...'
    for m in re.finditer(r"(?:(?<=[a-z\)\]\u201d\"]{2}[.!?])" + NOT_AFTER_ABBREVIATION + r"|(?<=[A-Z]{3}[.!?])|(?<=[A-Z]{2}\)[.!?]))\s+(?=[A-Z])", lead):
        before = lead[:m.start()]
        if before.count('"') % 2 == 0 and before.count("\u201c") <= before.count("\u201d"):
            return before
    return lead
