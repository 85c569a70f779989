"""Parties told as a gathering's guests or speakers, by lists with no person of theirs named.

"Leaders of 30 parties, including the A and the B, have confirmed that they will join", "the workshop has drawn
participants from A, B and C", "Also speaking at the session were X, ..., and representatives of A, B and C", and an
announcement's coming guests and co-organisers. Each pattern's `list` group holds the parties; parsers.taking_part
reads them.
"""
from __future__ import annotations

import re

__all__ = ["ALL_PARTIES_ATTENDED_RE", "INCLUDING_EXPECTED_RE", "AMONG_SPEAKERS_RE", "DRAWN_FROM_RE", "ALSO_SPEAKING_RE",
           "COMING_DELEGATION_RE", "CO_ORGANIZERS_RE", "CONFIRMED_INCLUDE_RE", "DELEGATIONS_INCLUDED_RE",
           "EXPECTED_AMONG_RE"]

# an announcement's guests: "More than 80 party leaders, including senior officials of the A, the B and the C, are
# expected to take part", "Leaders of 30 parties, including the A of South Africa and the B, have confirmed that they will join"
INCLUDING_EXPECTED_RE = re.compile(r",\s+including\s+(?:(?:senior\s+)?(?:officials|leaders|representatives|delegations)\s+of\s+)?"
                                   r"(?P<list>(?:the\s+)?[A-Z][^.;]{3,300}?),\s+(?:(?:are|were)\s+(?:also\s+)?expected\s+to\s+(?:take\s+part|attend|participate|join)"
                                   r"|have\s+confirmed\s+(?:that\s+they\s+will\s+(?:join|attend|take\s+part)|their\s+(?:attendance|participation)))\b")
# "Leaders of 40 parties ... are expected to attend online, among them X, President of the A, as well as senior officials
# of the B and the C": the guests named after the count
EXPECTED_AMONG_RE = re.compile(r"\b(?:(?:are|were)\s+(?:also\s+)?expected\s+to\s+(?:attend|take\s+part|participate|join)|will\s+(?:attend|take\s+part))"
                               r"[^.;]{0,60}?,\s+among\s+them\s+(?P<list>[A-Z][^.;]{3,400}?)(?=[.;]|$)")
# "Leaders of the A, the B and the C are among those who will address the summit"
AMONG_SPEAKERS_RE = re.compile(r"\b[Ll]eaders\s+of\s+(?P<list>(?:the\s+)?[A-Z][^.;]{3,300}?)\s+(?:are|were)\s+among\s+(?:those|the\s+speakers)\s+"
                               r"(?:who\s+will\s+(?:address|speak\s+at|attend)|expected\s+to\s+(?:address|speak\s+at|attend))\b")
# an announced forum's hosts: "The forum is co-organized by the CPC, the A (ACR) and the B (BCR)"
CO_ORGANIZERS_RE = re.compile(r"\b(?:forum|dialogue|conference|seminar)\s+is\s+(?:being\s+)?co-organi[sz]ed\s+by\s+(?P<list>[^.;]{3,300})")
# an announcement's second guests: "A separate delegation of the A (ACR), ..., will arrive in Beijing on April 22"
COMING_DELEGATION_RE = re.compile(r"\b(?:[Dd]elegation|[Ll]eaders|[Rr]epresentatives)\s+of\s+(?P<list>(?:the\s+)?[A-Z][^.;]{3,200}?)\s+will\s+(?:also\s+)?"
                                  r"(?:arrive|visit|come|travel|address|attend|speak\s+at)\b")     # ("Leaders of the A, the B and the C will address")
# "the workshop has drawn participants from the A, the B and the C, whose representatives ..."
DRAWN_FROM_RE = re.compile(r"\b(?:drawn|drew|attracted)\s+(?:participants|delegates|delegations)\s+from\s+(?P<list>(?:the\s+)?[A-Z][^.;]{3,400}?)(?=,\s+whose\b|[.;]|$)")
# "Also speaking at the session were X, Secretary-General of the A, and representatives of the B, the C and the D"
# ("... jointly founded by A, B, C and D. Senior officials of all six parties attended.": the list's parties came)
ALL_PARTIES_ATTENDED_RE = re.compile(r"(?P<list>[^.;\n]{3,600})\.\s+(?:Senior\s+|Top\s+)?(?:officials|representatives|leaders|delegates|delegations)\s+(?:of|from)\s+all\s+"
                                     r"(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+parties\s+(?:attended|took\s+part|were\s+present)\b")
ALSO_SPEAKING_RE = re.compile(r"\bAlso\s+(?:speaking|present)\s+(?:at|in)\s+[^.;]{3,80}?\s+were\s+(?:[^.;]|(?:(?<=Dr)|(?<=Mr)|(?<=Ms)|(?<=Prof)|(?<=Hon))\.){0,300}?\brepresentatives\s+of\s+(?P<list>(?:the\s+)?[A-Z][^.;]{3,300}?)(?=[.;]|$)")
# "parties that have confirmed they will send delegations include the A of South Africa, the B and the C"
CONFIRMED_INCLUDE_RE = re.compile(r"\bparties\s+(?:that|which)\s+have\s+confirmed\s+[^.;]{0,60}?\binclude\s+(?P<list>(?:the\s+)?[A-Z][^.;]{3,300}?)(?=[.;]|$)")
# "Other East African delegations at the meeting included the A of Uganda and the B of Tanzania"
DELEGATIONS_INCLUDED_RE = re.compile(r"\b(?:Other\s+)?(?:[A-Z][\w\-]*\s+){0,2}delegations\s+(?:at|to)\s+the\s+(?:meeting|forum|conference|summit|dialogue)\s+"
                                     r"(?:also\s+)?included\s+(?P<list>(?:the\s+)?[A-Z][^.;]{3,300}?)(?=[.;]|$)")
