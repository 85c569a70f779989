"""The date of the event a lead reports: stated dates and ranges, weekdays, "yesterday", the
first day of a visit that "concluded on Sunday" (the day a contact is told apart from its
lead's date is parsers.contact_days).

The dateline itself (city, day and month) is parsed by parsers.dateline; `resolve_day` there
turns a day and month into a date on or before publication.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from parsers.dateline import DAY_PATTERN, MONTH_PATTERN, SENTENCE_END_RE, month_number, resolve_day

__all__ = ["body_date", "event_weekday", "past_day", "starts_ahead", "ended_range_start", "range_start", "stated_date",
           "stated_weekday", "weekday_range_start"]

# A stated date in the lead: "from October 14th to 17th", "from June 30th to July 3rd",
# "on October 14th", "on July 14th".
_RANGE_RE = re.compile(
    r"\b(?:from|From)\s+(" + MONTH_PATTERN + r")\s+" + DAY_PATTERN + r"(?:\s*,\s*\d{4})?\s+(?:to|through|till|until)\s+(?:the\s+)?(?:(?:" + MONTH_PATTERN + r")\s+)?\d{1,2}"
    r"|\b(?:between|Between)\s+(" + MONTH_PATTERN + r")\s+" + DAY_PATTERN + r"\s+and\s+(?:(?:" + MONTH_PATTERN + r")\s+)?\d{1,2}"
    # "paid a working visit to the country on Jan. 22-24"
    # "which is visiting China between June 2-4"
    # ("met with ... leaders Dec. 4\u201310 in Texas": a range with no preposition)
    r"|(?:\b(?:on|On|from|From|during|During|between|Between)\s+|(?<=[a-z,] ))(" + MONTH_PATTERN + r")\s+" + DAY_PATTERN + r"\s*[-\u2013]\s*\d{1,2}\b",
)
# Xinhua style: "... met with ... in Beijing on Monday." The dateline carries the filing day,
# which for events abroad (time zones) or late reports is a day or more after the event.
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "met in Beijing Tuesday" (no "on") occurs too; "Tuesday's talks" is not a date of the event.
_ON_WEEKDAY_RE = re.compile(r"\b(?:(?:on|On)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?)?"
                            r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                            r"(?![\u2019']s)(?:\s+(?:morning|afternoon|evening|night))?(?!\s*,?\s*(?:" + MONTH_PATTERN + r")\s+\d)")
# ("Yesterday, January 24, Army General X received ...": the day named after "Yesterday,")
_ON_DATE_RE = re.compile(r"(?:\b(?:on|On)\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?|\b(?:in|In)\s+the\s+(?:morning|afternoon|evening)\s+of\s+"
                         r"|\b(?:letter|message|cable|telegram)s?\s+dated\s+|\band\s+dated\s+|,\s+dated\s+(?=[A-Z][a-z]+\s+\d{1,2}\s*[.,;])"      # "in a message dated March 23"
                         r"|(?:^|(?<=\n))(?:Yesterday|Today|Yesterday\s+afternoon|Yesterday\s+morning),\s+"
                         # "received, the day before yesterday (Wednesday, June 2) at ...": the day in brackets
                         r"|\((?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s*(?:" + MONTH_PATTERN + r")\s+\d))"
                         r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s*)?(" + MONTH_PATTERN + r")\s+" + DAY_PATTERN + r"\b")



_CONTACT_ON_DATE_RE = re.compile(r"\b(?:received|receives|met|meets|held\s+talks)\b[^.,;]{0,40}?\bon\s+(" + MONTH_PATTERN + r")\s+" + DAY_PATTERN + r"\b")
# Day first: "On 30 July 2021, ...", "from 14 to 16 August".
# ("on 14 of April 2006", "on 21-22 April";
# "was held in Brussels from the 7th to the 9th of November")
# ("in a message signed by X and dated 27 September": the day the message bears)
_ON_DATE_DM_RE = re.compile(r"\b(?:on|On|from|From|(?:and\s+)?dated)\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?"
                            r"(?:(?:\s+(?:to|through|till|until)\s+(?:the\s+)?|\s*[-\u2013]\s*)\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?(" + MONTH_PATTERN + r")(?!\w)")


_AHEAD_DAYS = 31


def _ahead(month: int, day: int, published: date) -> bool:
    """The day and month fall in the weeks just after publication (in its year)."""
    try:
        near = date(published.year, month, day)
    except (ValueError, TypeError):
        return False
    return published < near <= published + timedelta(days=_AHEAD_DAYS)


def past_day(month: int, day: int, published: date) -> date | None:
    """A stated day and month as a date on or before publication; None for a day in the weeks
    just after it: an announced visit ("will visit ... from April 15-19", published April 14) has
    not happened, and the day is no event date (nor the same day a year back)."""
    return None if _ahead(month, day, published) else resolve_day(month, day, published)


# day first: "from 3 to 6 May", "on 23 and 24 September"
_DM_RANGE_RE = re.compile(r"\b(?:on|On|from|From|between|Between)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(?:(?:to|and|through|till|until)"
                          r"\s+(?:the\s+)?|[-\u2013]\s*)\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(" + MONTH_PATTERN + r")(?!\w)")


def _range_first(text: str) -> tuple[int, int] | None:
    """(month, day) of the first day of the text's stated range of days."""
    m, dm = _RANGE_RE.search(text), _DM_RANGE_RE.search(text)
    if dm and (m is None or dm.start() < m.start()):
        return month_number(dm.group(2)), int(dm.group(1))
    if not m:
        return None
    g = (1, 2) if m.group(1) else (3, 4) if m.group(3) else (5, 6)
    return month_number(m.group(g[0])), int(m.group(g[1]))


def starts_ahead(text: str, published: date) -> bool:
    """The text's stated range opens in the weeks after publication: a visit announced, not held
    ("... to pay a goodwill visit to China from July 20-27", published July 17)."""
    first = _range_first(text)
    return first is not None and _ahead(*first, published)


def range_start(text: str, published: date) -> date | None:
    """First day of a stated range of days ("from May 3rd to 12th", "on Jan. 22-24")."""
    first = _range_first(text)
    return past_day(*first, published) if first else None


_YEAR_AFTER_RE = re.compile(r"(?:st|nd|rd|th)?\s*,?\s*((?:19|20)\d{2})\b")


def _dated(text: str, end: int, month: int, day: int, published: date) -> date | None:
    """The day in the year written after it, if any; a written day after publication is a coming
    event's ("the congress which will be held on November 21, 2009"), no day of this one."""
    y = _YEAR_AFTER_RE.match(text, end)
    if y is None:
        return past_day(month, day, published)
    try:
        d = date(int(y.group(1)), month, day)
    except ValueError:
        return None
    return d if d <= published else None


def stated_date(lead: str, published: date) -> date | None:
    """A date the lead states for the event itself (a range gives its first day)."""
    first = range_start(lead, published)
    if first:   # "from May 3rd to 12th" or "between May 3rd and 5th": the first day
        # (unless the contact's own day comes first and inside it: "received in Hanoi on March 14 a delegation
        # ..., who is on a working visit to Vietnam from March 13 to 17")
        at = min(m.start() for m in (_RANGE_RE.search(lead), _DM_RANGE_RE.search(lead)) if m)
        own = _CONTACT_ON_DATE_RE.search(lead, 0, at)
        if own and (d := past_day(month_number(own.group(1)), int(own.group(2)), published)) and first < d <= first + timedelta(days=14):
            return d
        return first
    for m in _ON_DATE_RE.finditer(lead):
        if not _not_event_date(lead, m.start()) \
                and (d := _dated(lead, m.end(), month_number(m.group(1)), int(m.group(2)), published)):
            return d
    for m in _ON_DATE_DM_RE.finditer(lead):
        if not _not_event_date(lead, m.start()) \
                and (d := _dated(lead, m.end(), month_number(m.group(2)), int(m.group(1)), published)):
            return d
    m = _ON_THE_NTH_RE.search(lead)
    if m and not _not_event_date(lead, m.start()):
        # "sent a congratulatory message on the 5th": the last such day on or before publication
        day, month, year = int(m.group(1)), published.month, published.year
        if day > published.day:
            month, year = (12, year - 1) if month == 1 else (month - 1, year)
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return None


# "Since a powerful earthquake struck Wenchuan on May 12th, leaders ... have sent messages": the day
# a clause opened by "Since" gives starts the period the release reports on, not its event
_SINCE_CLAUSE_RE = re.compile(r"(?:^|[.;]\s+|[\u2014\u2013]\s*)Since\b(?:[^,;.]|(?<=\d)\.(?=\d))*$")     # ("measuring 8.0 on the Richter scale")


# ("Representatives of ... are meeting at a forum ..., which opened on June 17": the gathering's own first day)
_AT_GATHERING_RE = re.compile(r"\b(?:are|is)\s+(?:meeting|attending|taking\s+part)\b|\bis\s+among\b[^.]{0,80}?\battending\b")


# "delegates agreed at the theoretical seminar between A and B, which took place in Hanoi on December 3": the
# gathering's own day, unlike an earthquake's that "took place"
_GATHERING_TOOK_PLACE_RE = re.compile(r"\b(?:seminar|meeting|talks|dialogue|conference|forum|symposium|session|consultations?|workshop)\b"
                                      r"[^.;]{0,160},\s*(?:which|that)\s+took\s+place\b[^.;]*$")


def _not_event_date(lead: str, at: int) -> bool:
    if re.search(r"\bmade\s+the\s+(?:statement|remarks)\s+$", lead[max(0, at - 30):at]):
        return False    # "He made the statement on June 16 when receiving ...": the contact's day
    day = _NOT_EVENT_DAY_RE.search(lead, max(0, at - 20), at) or re.search(     # ("passed away in Accra on November 12")
        r"\b(?:died|passed\s+away)\s+in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s*$", lead[max(0, at - 40):at])
    if day and re.match(r"(?:which|that)\s", day.group()) and _AT_GATHERING_RE.search(lead, 0, day.start()):
        day = None
    return bool(day or _SINCE_CLAUSE_RE.search(lead, max(0, at - 200), at)
                or (_DISASTER_DAY_RE.search(lead, max(0, at - 80), at) and not _GATHERING_TOOK_PLACE_RE.search(lead[max(0, at - 300):at]))
                # ("a letter of congratulations ... on his election as the party's new leader at the convention on November 9")
                or re.search(r"\b(?:his|her|their)\s+(?:re-?)?election\s+as\b(?:(?!\b(?:message|letter|dated|sent)\b)[^.;,]){0,120}$", lead[max(0, at - 160):at])
                # ("held days before the 60th anniversary of the triumph of the Revolution on January 1")
                or re.search(r"\banniversary\s+of\s+[^.;,]{0,60}$|\banniversary(?:\s+on|\s+falling\s+on)?$|\b(?:centenary|centennial)$", lead[max(0, at - 80):at].rstrip()))


# "sent a message of sympathy today ... over the strong earthquake that struck Chile on February 27th":
# the day of the disaster, not of the message
# ("..., who was killed in an attack in Rawalpindi on December 27th", "losses caused by the explosions at a warehouse
# in Tianjin Port on August 12th")
_DISASTER_DAY_RE = re.compile(r"\b(?:(?:that|which)\s+(?:struck|hit|jolted|rocked|shook|ravaged|swept|occurred|happened|took\s+place)"
                              r"|(?:was|were)\s+(?:killed|assassinated|injured)|caused\s+by)\b(?:[^,.;]|,\s(?=[A-Z]))*$")     # ("in Xigaze, Xizang ... on")


# a day of the month alone, followed by no noun ("on the 20th National Congress" is no date)
_ON_THE_NTH_RE = re.compile(r"\b(?:on|On)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b"
                            r"(?=\s*(?:[,.;]|(?:to|and|in|at|when|with|during|as|after|before)\b))")


# "the 96th founding anniversary of the CPC marked on July 1", "founded on": the date of
# what the event is about, not of the event
# "according to a press release on Tuesday": the day of the report
_NOT_EVENT_DAY_RE = re.compile(r"\b(?:marked|celebrated|falls|fell|falling|founded|established|born|(?:leaves|departs)\s+for\s+(?:China|Beijing)"
                               r"|(?:died|passed\s+away)(?:\s+in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?(?:\s+last)?"     # "passed away in Shanghai on Wednesday"
                               r"|(?:appointed|elected|named|sworn\s+in)(?:\s+only)?"
                               # "Congratulations are pouring ... on Xi's re-election on Wednesday"
                               r"|(?:re-?)?election|inauguration|election\s+(?:was\s+)?held"
                               r"|press\s+release|statement|announcement|reported|(?:news\s+)?agency\s+said"
                               # "received good wishes ... before it concluded on Tuesday": another event's day
                               r"|(?:before|after|since|until)\s+(?:it|they|the\s+[\w\-]+)\s+(?:concluded|closed|opened|ended|began|started)"
                               # "congratulated China on the 18th National Congress ..., which opened Thursday"
                               r"|(?<=,\s)(?:which|that)\s+(?:opened|closed|concluded|ended|began|started|kicked\s+off)(?:\s+here|\s+in\s+[A-Z]\w+)?)\s*$")


# "since Xi Jinping was re-elected general secretary of the ... Central Committee on Wednesday":
# the day of the election the messages are about
_ELECTED_CLAUSE_RE = re.compile(r"\b(?:was|were|been)\s+(?:re-?elected|elected|appointed|named|sworn\s+in)\b[^,.;]*$"
                                r"|\b(?:his|her|their)\s+(?:re-?election|election|appointment)\s+as\b[^,.;]*$")     # ("on his re-election as ... on Wednesday")


# "extending warm congratulations on the opening of the 19th CPC National Congress on Wednesday": the congress's day
_CONGRATULATED_OPENING_RE = re.compile(r"\bcongratulat\w*\s+(?:[^.;]{0,80}?\s)?(?:on|upon)\s+the\s+(?:opening|closing|convening|conclusion)\s+of\b[^,.;]*$")


def event_weekday(lead: str) -> re.Match | None:
    """The first weekday in the lead that dates the event, not what it is about or the report."""
    # ("a message of condolence over the earthquake that struck Sichuan province on Monday": the disaster's day)
    return next((w for w in _ON_WEEKDAY_RE.finditer(lead)
                 if not _not_event_day(lead, w.start())
                 and not _ELECTED_CLAUSE_RE.search(lead[max(0, w.start() - 160):w.start()])
                 and not _CONGRATULATED_OPENING_RE.search(lead[max(0, w.start() - 200):w.start()])
                 and not _DISASTER_DAY_RE.search(lead[max(0, w.start() - 120):w.start()])), None)


def _not_event_day(lead: str, at: int) -> bool:
    hit = _NOT_EVENT_DAY_RE.search(lead, max(0, at - 30), at)
    # "made the statement at the SCO Political Parties Forum, which opened on Wednesday": the
    # gathering where it was said is the event, unlike a congress congratulated upon
    return bool(hit) and not (hit.group().startswith(("which", "that"))
                              and re.search(r"\bat\s+(?:the|a|an)\s+[^,.;]{3,100},\s*$", lead[max(0, hit.start() - 120):hit.start()]))


def stated_weekday(lead: str, anchor: date) -> date | None:
    """The latest day on or before `anchor` that falls on the weekday the lead names ("on Monday");
    not the day of what the lead is about ("who was appointed only on Saturday")."""
    m = event_weekday(lead)
    if not m:
        # "... paying a courtesy visit to X at the Peace Palace yesterday": the day before
        first = lead[:s.start()] if (s := SENTENCE_END_RE.search(lead)) else lead
        # (not "following the earthquake that struck Yushu County ... yesterday": the disaster's day)
        y = re.search(r"\byesterday\b", first)
        return anchor - timedelta(days=1) if y and not _DISASTER_DAY_RE.search(first[max(0, y.start() - 120):y.start()]) else None
    back = (anchor.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7
    return anchor - timedelta(days=back)


_WEEKDAY_RANGE_RE = re.compile(r"\b(?:from|From)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
                               r"(?:to|through|till|until)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def weekday_range_start(text: str, anchor: date, within: date | None = None) -> date | None:
    """First day of "from Tuesday to Friday": the range ends on or before `anchor`. `within`: a
    day the lead states ("arrived on Friday"); a range that does not hold it is another stay
    ("is expected to stay from Friday to Sunday", told on the Friday)."""
    m = _WEEKDAY_RANGE_RE.search(text)
    if not m:
        return None
    first, last = (_WEEKDAYS.index(g.lower()) for g in m.groups())
    end = anchor - timedelta(days=(anchor.weekday() - last) % 7)
    start = end - timedelta(days=(last - first) % 7)
    return None if within and not start <= within <= end else start


# "The meeting took place on May 5th.", "..., which is visiting China between June 2-4" -- the second paragraph dates an event whose lead
# has neither a dateline day nor a date ("Li Jun recently met with ...").
# ("Malala made the remarks on Friday, December 1, after hosting the CPC delegation")
_BODY_DATE_RE = re.compile(r"\b(?:took\s+place|was\s+held|were\s+held|was\s+convened|met|held|opened|is\s+visiting|"
                           r"made\s+the\s+remarks)\b[^.]{0,80}?(?=\b(?:on|On|from|From|between)\s+(?:the\s+\w+\s+of\s+)?"
                           r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:" + MONTH_PATTERN + r"|\d{1,2}))")


def body_date(paragraph: str, published: date) -> date | None:
    """A date the paragraph states for the event ("The talks were held on June 2nd")."""
    if dated := re.search(r"\b(?:letter|message|cable|telegram),?\s+dated\s+(?=(?:" + MONTH_PATTERN + r")\s+\d)", paragraph):
        return stated_date("on " + paragraph[dated.end():dated.end() + 40], published)    # "The letter, dated July 4, congratulates"
    m = _BODY_DATE_RE.search(paragraph)
    if m is None and re.match(r"\s*On\s+(?:" + MONTH_PATTERN + r")\s+\d{1,2}(?:st|nd|rd|th)?,\s+[^.]{3,200}?\b(?:held|met|received|hosted)\b", paragraph):
        return stated_date(paragraph.lstrip()[:40], published)     # "On June 18th, X ... held a video call with Y"
    return stated_date(paragraph[m.end():m.end() + 60], published) if m else None


_ENDED_RE = re.compile(r"\b(?:ended|concluded|closed|wrapped\s+up|came\s+to\s+a\s+close)\b")


def ended_range_start(lead: str, body: str, day: date) -> date:
    """A lead that dates the end ("The meeting ... ended Saturday") and a body that gives the range
    ("which was held from Thursday to Saturday"): the event's date is the range's first day."""
    if not _ENDED_RE.search(lead[:300]):
        return day
    # ("The Fourth Theoretical Seminar ..., which opened on November 20th, concluded here today")
    opened = re.search(r"\bwhich\s+(?:opened|began|started)\s+on\s+(" + MONTH_PATTERN + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b", lead[:300])
    first = _calendar_day(day.year, month_number(opened.group(1)), int(opened.group(2))) if opened else None
    if first and 0 < (day - first).days <= 10:
        return first
    text = "\n".join(body.split("\n")[:6])
    m = _WEEKDAY_RANGE_RE.search(text)
    if m and _WEEKDAYS.index(m.group(2).lower()) == day.weekday():
        return weekday_range_start(text, day) or day
    first = range_start(text, day)
    return first if first and 0 < (day - first).days <= 10 else day


def _calendar_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None     # ("November 31st": no such day)
