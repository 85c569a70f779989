"""The hosts of a trip and its legs (used by parsers.taking_part and parsers.listed_countries): the sentence
around a position, whether it tells another stop of the trip, and the "at the invitation of ..." clauses that
name a stop's hosts."""
from __future__ import annotations

import re

from parsers.past_contacts import AFTER_VISIT_WHERE_RE, EARLIER_LEG_RE

__all__ = ["invitation_clauses", "on_earlier_leg", "sentence_bounds"]

# the trip's next stop: "After Ethiopia, it will go on to Sudan", "The delegation will then travel to Laos"
_LATER_LEG_RE = re.compile(r"\bwill\s+(?:then\s+|also\s+|next\s+)?(?:go\s+on\s+to|travel\s+(?:on\s+)?to|proceed\s+to|"
                           r"continue\s+(?:on\s+)?to|head\s+(?:on\s+)?to|move\s+on\s+to|leave\s+for)\b"
                           r"|\bwill\s+then\s+visit\b")
_INVITED_RE = re.compile(r"\b(?:[Aa]t\s+the\s+invitation\s+of|(?:was|were|is|are)\s+invited\s+by|[Oo]n\s+the\s+invitation\s+of)\s+")


def sentence_bounds(body: str, pos: int) -> tuple[int, int]:
    a = max(body.rfind(". ", 0, pos), body.rfind("\n", 0, pos)) + 1
    ends = [e for e in (body.find(". ", pos), body.find("\n", pos)) if e >= 0]
    return a, min(ends) if ends else len(body)


def on_earlier_leg(body: str, pos: int) -> bool:
    """The sentence holding `pos` tells another stop of the trip ("Earlier in Dar es Salaam, ...", "... arrived
    in Windhoek from Lusaka, where it held talks with leaders of Zambia's ruling PF")."""
    start = sentence_bounds(body, pos)[0]
    return bool(EARLIER_LEG_RE.match(body, start) or AFTER_VISIT_WHERE_RE.search(body, start, pos)
                or _IN_CITY_MET_RE.match(body, start) and _LATER_STOP_RE.search(body, sentence_bounds(body, max(0, start - 2))[0], start))


# "Dominica is the second leg of the delegation's Caribbean tour. In Santo Domingo, the delegation met with ...": the first leg
_LATER_STOP_RE = re.compile(r"\b(?:second|third|fourth|fifth|last|final)\s+(?:leg|stop)\b")
_IN_CITY_MET_RE = re.compile(r"\s*In\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?,\s+(?:the\s+)?(?:delegation|visitors|guests|it|they)\s+(?:had\s+)?(?:met|held\s+talks|called\s+on)\b")


_NEXT_LEG_RE = re.compile(r"\bbefore\s+(?:leaving|departing|heading|setting\s+off)\s+for\b|\bbefore\s+(?:proceeding|travelling|traveling|going\s+on|moving\s+on)\s+to\b"
                          # "..., as part of a Latin American tour that will also take it to Argentina and Uruguay"
                          r"|,?\s+(?:as\s+part\s+of|on)\s+an?\s+(?:[\w\-]+\s+){0,3}?(?:tour|trip|journey)\s+(?:that|which)\s+will\s+also\s+(?:take|bring)\b"
                          # ("arrived in Belgrade on Sunday at the invitation of the DSS and will leave for Montenegro on Thursday")
                          r"|\s+and\s+will\s+(?:leave|depart)\s+for\b|\s+and\s+will\s+(?:then\s+)?(?:travel|proceed|go\s+on)\s+to\b")


def invitation_clauses(body: str, trip: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each "at the invitation of ..." / "was invited by ..." to its sentence end:
    on a trip abroad the hosts named there (parties, "the government of Tonga") take part. On a
    `trip` told as it happens, the hosts of its next stop do not ("After Ethiopia, it will go on
    to Sudan at the invitation of the A Party"), nor those of an earlier one ("Before arriving in Brazzaville, the
    delegation visited the DRC at the invitation of the A Party"); an announced trip keeps them."""
    out = []
    for m in _INVITED_RE.finditer(body):
        a, b = sentence_bounds(body, m.end())
        # (an announced guests' trip on "After leaving China, the delegation will travel on to Viet Nam at the invitation of": elsewhere)
        if not ((trip or re.search(r"\b[Aa]fter\s+leaving\s+China\b", body[a:m.start()])) and _LATER_LEG_RE.search(body, a, m.start())) \
                and not on_earlier_leg(body, m.start()) \
                and not re.search(r"\bafter\s+(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:visit|trip|tour|stay)\s+to\s+[^,.;]{3,60}$", body[a:m.start()]):
            # (not "which came to Khartoum from Juba after a visit to South Sudan at the invitation of the SPLM": the earlier stop's host)
            # ("..., which is in the country at the invitation of CCM, is expected to travel to Dodoma before
            # leaving for Kenya on Friday": the next country of the trip is no host of this stop)
            nxt = _NEXT_LEG_RE.search(body, m.end(), b) if trip else None
            # ("..., at the invitation of the PCT, arrived from Kinshasa, where it had held talks with ... the UDPS": the earlier stop's)
            nxt = nxt or re.compile(r",\s+(?:arrived|came)\s+(?:here\s+)?from\b|,\s+where\b").search(body, m.end(), b)
            out.append((m.end(), nxt.start() if nxt else b))
    return out
