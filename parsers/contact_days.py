"""The day of the contact when the lead's own date is not it: a meeting on one day of a
delegation's stay ("On November 29, X met with the delegation"), a summary lead whose next
paragraph dates the contact, a contact told "Yesterday," further down. Used by parsers.events.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from parsers.dateline import DAY_PATTERN, MONTH_PATTERN, SENTENCE_END_RE, month_number
from parsers.event_dates import event_weekday, past_day, range_start, stated_date, stated_weekday

__all__ = ["later_stated_day", "lead_stated_date", "met_on"]


# ("During their meeting on July 26, X pointed out ...")
_MET_ON_RE = re.compile(r"(?:^|\n|[.;]\s+)(?:(?:On|on)\s+(" + MONTH_PATTERN + r")\s+" + DAY_PATTERN + r"\b,?[^.\n]{0,160}?\b(?:met|received|held\s+talks)\b"
                        r"|During\s+(?:the|their|a)\s+(?:[\w\-]+\s+)?(?:meeting|talks)\s+on\s+(" + MONTH_PATTERN + r")\s+" + DAY_PATTERN + r"\b)")


def met_on(lead: str, more: str, published: date, day: date) -> date:
    """A foreign delegation's stay in China as the lead's range ("visited Fujian from November 28 to
    December 2"), then "On November 29, X met with the delegation": the contact is that day."""
    if range_start(lead, published) is None:
        return day
    m = _MET_ON_RE.search(re.sub(r"\b(Mr|Mrs|Ms|Dr|H\.E)\.", r"\1", lead + "\n" + more))
    met = past_day(month_number(m.group(1) or m.group(3)), int(m.group(2) or m.group(4)), published) if m else None
    return met if met and 0 <= (met - day).days <= 14 else day


# (not a document "received here today"; a call told in the second sentence: "The offer was made during a video call
# on Monday, May 11, between A and B")
_CONTACT_VERB_RE = re.compile(r"\b(?:met|meets|meeting|held|holds|(?<!release\s)(?<!statement\s)received|receives|visited|visits|attended|attends|"
                              r"called\s+on|paying|paid|sent|sends|talks|addressed|co-chaired|(?:video|phone|telephone)\s+(?:call|conversation))\b")


def lead_stated_date(lead: str, second: str, published: date, day: date | None) -> date | None:
    """The date the lead states for the event: with a dateline day only its first sentence's (a later
    "visited Beijing and Zhejiang from September 15th to 20th" is the guests' stay). A summary lead
    that tells no contact ("A visiting Chinese official has hailed ...") leaves it to the first
    sentence of the next paragraph ("... when paying courtesy call on X in Phnom Penh on Aug. 29",
    "X made the remarks on Monday in his keynote speech at ...")."""
    first = lead[:m.start()] if (m := SENTENCE_END_RE.search(lead)) else lead
    if not day:
        # (no dateline day: "..., X has said." then "X made the statement while receiving Y in Beijing on December 8")
        if (stated := stated_date(lead, published)) or _CONTACT_VERB_RE.search(lead):
            return stated
        nxt = second.split("\n")[0]
        nxt = nxt[:m.start()] if (m := SENTENCE_END_RE.search(nxt)) else nxt
        return stated_date(nxt, published) if re.search(r"\bmade\s+the\s+(?:statement|remarks)\b", nxt) else None
    stated = stated_date(first, published)
    if stated and re.search(r"\btoday\b", first) and re.search(r",\s+which\s+[^,]*?\bon\s+(?:" + MONTH_PATTERN + r")\s", first):
        stated = None   # "sent a message today to X ... at the party's Congress, which closed ... on October 26th"
    if stated is None and not _CONTACT_VERB_RE.search(first):
        # the lead's own second sentence first ("The agreement was reached in Beijing on September 8, when ..."; a
        # weekday there only when the first names none: "according to a statement issued on Wednesday")
        weekday = event_weekday(first)
        for nxt in [lead[len(first):].strip(), second.split("\n")[0]]:
            nxt = nxt[:m.start()] if (m := SENTENCE_END_RE.search(nxt)) else nxt
            # (not the stay of a guest "who is paying an official visit ... from June 10-14": the talks' own "on Tuesday")
            nxt = re.sub(r",\s+who\s+(?:is|was)\s+(?:paying|making|on)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?visit\b[^,]*(?:,|$)", ",", nxt)
            # (not a letter "addressed to X": no contact)
            if _CONTACT_VERB_RE.search(re.sub(r"\baddressed\s+to\b", "", nxt)) or re.search(r"\bremarks\b|\bspeech\b|\bsigned\b|\bmade\s+the\s+statement\b", nxt):
                # "... made the remarks on Monday in his keynote speech at the forum": a weekday too
                # (a first sentence "it was agreed here today" dates it: not "..., which arrived in Havana on Sunday")
                if got := stated_date(nxt, published) or (None if weekday or re.search(r"\bhere\s+today\b", first) else stated_weekday(nxt, day)):
                    return got
    if stated is None and (msg := re.match(r"The\s+(?:message|letter|cable)(?:,\s+dated\s|\s+(?:was|is)\s+(?:dated|sent|signed)\s)[^.]*",
                                           lead[len(first):].lstrip())) and (got := stated_date(msg.group(), published)):
        return got      # "... has received a message of congratulations from the CPC. The message, dated 15 May, was signed by X"
    if stated is None and (on := _LATER_DAY_RE.match(lead[len(first):].lstrip())) and on.group("month") \
            and _LATER_CONTACT_RE.search(on.group("rest")):
        # "A delegation ... is paying a working visit to China. On April 23, the delegation was received by X"
        stated = past_day(month_number(on.group("month")), int(on.group("day")), published)
    return stated


# "Yesterday, the delegation had a closed door meeting with X" a paragraph or two down, "On May
# 28, ... reported that a meeting was held between A and B": a lead with no date of its own
_LATER_DAY_RE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s))(?:(?P<yest>Yesterday)\b|On\s+(?P<month>" + MONTH_PATTERN
                           + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b,)(?P<rest>[^.\n]{0,200})")
_LATER_CONTACT_RE = re.compile(r"\b(?:met|meeting|held\s+talks|received|hosted|talks|reception)\b")


def later_stated_day(text: str, published: date) -> date | None:
    """The day a sentence opening "Yesterday," or "On May 28," gives a contact it tells; else the
    date a paragraph's first sentence gives its contact ("At a reception for X on March 28, ...")."""
    for m in _LATER_DAY_RE.finditer(text):
        if not _LATER_CONTACT_RE.search(m.group("rest")):
            continue
        if m.group("yest"):
            return published - timedelta(days=1)
        return past_day(month_number(m.group("month")), int(m.group("day")), published)
    for par in text.split("\n"):
        first = par[:m.start()] if (m := SENTENCE_END_RE.search(par)) else par
        if _LATER_CONTACT_RE.search(first) and (day := stated_date(first, published)):
            return day
    return None
