"""Two-sided remote contacts the headline and first sentence do not show as such. Used by
parsers.events after parsers.event_type.classify.

- The lead tells a conversation with no word of where ("talked today with X, Head of ..."), and a
  later sentence tells how: "the conversation was held over the telephone" (a call, by phone),
  "the talks were held via video link" (a call, by video).
- "A and the B Party held a video conference between the two parties": two sides, so a call as
  the conventions type a two-sided remote contact, not a multi-party conference.
- A gathering whose lead tells no mode, and a later paragraph tells it: "The seminar was held via
  video link.", "..., while the leaders of more than 20 parties all joined via video link" (by video;
  "while representatives of the A Party joined via video link" puts only some guests on screen).
"""
from __future__ import annotations

import re

from parsers.gathering_words import GUESTS_ONSITE_RE, GUESTS_REMOTE_RE, HYBRID_RE

__all__ = ["remote_told"]

_HELD_BY_RE = re.compile(
    r"\b(?:conversation|talks?|exchange|discussion|meeting)\s+(?:was|were)\s+(?:held|conducted|made)\s+"
    r"(?:over|by|via|on|through)\s+(?:the\s+)?(?:tele)?(?:phone|video\s+link|video)\b", re.I)
# words of a contact in one room, which a later "by telephone" would contradict
_IN_ROOM_RE = re.compile(r"\b(?:met|meets|received|receives|hosted|welcomed|called\s+on|visited|here)\b")
_GATHERING_ONLINE_RE = re.compile(
    r"\bThe\s+(?:seminar|session|conference|dialogue|forum|meeting|event|summit|workshop|briefing|symposium)\s+"
    r"(?:was|were)\s+(?:held|conducted|convened)\s+(?:online|virtually|(?:via|by|through|over)\s+video(?:\s+link)?)\b"
    # "at the CPC and World Political Parties Summit, an online gathering hosted by the CPC"
    r"|,\s+an?\s+(?:online|virtual)\s+(?:gathering|event|summit|conference|meeting|forum|seminar)\s+(?:hosted|held|organi[sz]ed|convened)\b")
_TWO_SIDED_RE = re.compile(r"\bvideo\s+(?:conference|meeting)\s+between\s+the\s+two\s+(?:parties|sides)\b", re.I)


def remote_told(etype: str, modality: str | None, first: str, lead: str, more: str) -> tuple[str, str | None]:
    """(event_type, modality), changed only in the three cases above. `first`: the lead's first
    sentence; `lead`: its paragraph; `more`: the next paragraphs."""
    if etype == "meeting" and not _IN_ROOM_RE.search(first):
        m = _HELD_BY_RE.search(f"{lead}\n{more}")
        if m:
            return "call", ("video" if "video" in m.group().lower() else "phone")
    if etype == "conference" and modality == "video" and _TWO_SIDED_RE.search(first):
        return "call", "video"
    if etype == "conference" and modality == "in_person":
        # (a lead telling both modes was read whole: some guests there, some on screen; unless every guest
        # "all joined via video link" further down)
        guests = GUESTS_REMOTE_RE.search(more)
        if (_GATHERING_ONLINE_RE.search(more) and not HYBRID_RE.search(lead) or guests and re.search(r"\ball\b", guests.group())) \
                and not GUESTS_ONSITE_RE.search(f"{lead}\n{more}"):
            return "conference", "video"
    return etype, modality
