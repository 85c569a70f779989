"""The dateline of a lead paragraph and the date of the event it reports.

`Beijing, December 18th—`, `BEIJING, Sept. 14 (Xinhua) --`, `Phnom Penh, March 20th--`
give a city and a day; a date stated in the lead (`On July 9th, ...`, `from October
14th to 17th`) wins over the dateline day. The year comes from the publication date:
a day that would fall after publication belongs to the previous year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from parsers.gazetteer import city_country

__all__ = ["Dateline", "parse_dateline", "resolve_day", "stated_date", "stated_weekday", "weekday_range_start", "body_date",
           "MONTHS"]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# upper-case forms too: Nepali wire copy dates "KATHMANDU, JUL 01 -"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
          r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
          r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?")
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DASH = r"(?:\s*(?:\u2014|\u2013|--|-|\u2015|\u2012)+\s*|\s*:\s+)"

# City: up to five words, letters plus ' . - (Xi'an, St. Petersburg, Port-au-Prince, Dar es Salaam).
_CITY = r"([A-Z\u00C0-\u00DE][\w'\u2019.\-]*(?:\s+(?:[A-Z\u00C0-\u00DE][\w'\u2019.\-]*|es|de|al|el|au|la|du|do|da|of)){0,4})"
# A report filed from two places names both: "MONTEVIDEO/JOHANNESBURG, Aug. 6 (Xinhua) --";
# the first city is the dateline city.
_SECOND_CITY = r"(?:\s*/\s*[A-Z\u00C0-\u00DE][\w'\u2019.\-]*(?:\s+[A-Z\u00C0-\u00DE][\w'\u2019.\-]*){0,3})?"
# Agency style "Addis Ababa, March 12/2022/ENA/ The ...": year and agency between slashes end the dateline.
_AGENCY_SLASHES = r"\s*/\s*\d{4}\s*/\s*[A-Za-z]{2,12}\s*/\s*"
_DATELINE_RE = re.compile(
    r"^\s*" + _CITY + _SECOND_CITY + r"(?:\s*,\s*[A-Z][A-Za-z' ]{2,30}?)?\s*,\s*(" + _MONTH + r")\s+" + _DAY
    + r"(?:" + _AGENCY_SLASHES + r"|"
    + r"(?:\s*,?\s*\d{4})?"                      # "July 14, 2020"
    + r"\s*(?:\((?:[A-Za-z .]{2,30})\))?"        # (Xinhua), (IDCPC)
    + _DASH + r"|\s*\([A-Za-z .]{2,30}\)\s+(?=[A-Z]))"   # "Havana, Oct 23 (Prensa Latina) Organization ..."
)
# "Beijing, 18 December--" (day first)
_DATELINE_DM_RE = re.compile(r"^\s*" + _CITY + r"\s*,\s*(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MONTH + r")"
                             + r"(?:\s*,?\s*\d{4})?\s*(?:\((?:[A-Za-z .]{2,30})\))?" + _DASH)
# "On July 9th, ..." / "On the afternoon of July 9th," opens a lead without a dateline.
_LEAD_DATE_RE = re.compile(
    r"^\s*On\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?(" + _MONTH + r")\s+" + _DAY + r"\b"
)
# A stated date in the lead: "from October 14th to 17th", "from June 30th to July 3rd",
# "on October 14th", "on July 14th".
_RANGE_RE = re.compile(
    r"\b(?:from|From)\s+(" + _MONTH + r")\s+" + _DAY + r"(?:\s*,\s*\d{4})?\s+(?:to|through|till|until)\s+(?:the\s+)?(?:(?:" + _MONTH + r")\s+)?\d{1,2}"
    r"|\b(?:between|Between)\s+(" + _MONTH + r")\s+" + _DAY + r"\s+and\s+(?:(?:" + _MONTH + r")\s+)?\d{1,2}"
    # "paid a working visit to the country on Jan. 22-24"
    r"|\b(?:on|On|from|From|during|During)\s+(" + _MONTH + r")\s+" + _DAY + r"\s*[-\u2013]\s*\d{1,2}\b",
)
# Xinhua style: "... met with ... in Beijing on Monday." The dateline carries the filing day,
# which for events abroad (time zones) or late reports is a day or more after the event.
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "met in Beijing Tuesday" (no "on") occurs too; "Tuesday's talks" is not a date of the event.
_ON_WEEKDAY_RE = re.compile(r"\b(?:(?:on|On)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?)?"
                            r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                            r"(?![\u2019']s)(?:\s+(?:morning|afternoon|evening|night))?(?!\s*,?\s*(?:" + _MONTH + r")\s+\d)")
_ON_DATE_RE = re.compile(r"\b(?:(?:on|On)\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?|(?:in|In)\s+the\s+(?:morning|afternoon|evening)\s+of\s+)"
                         r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s*)?(" + _MONTH + r")\s+" + _DAY + r"\b")


# "Vientiane: Li Jun ...", "HAVANA - Cuban leader ...", "Hanoi (VNA) - The ...": a city alone, no day
_CITY_COLON_RE = re.compile(r"^\s*([A-Z\u00C0-\u00DE][\w'\u2019.\-]*?(?:\s+[A-Z\u00C0-\u00DE][\w'\u2019.\-]*){0,3})"
                            r"(?:\s+\([A-Z][\w]{1,12}\))?(?:\s*:|\s*(?:-{1,2}|\u2014|\u2013))\s+(?=\S)"
                            # "BEIJING, (APP - UrduPoint - 24th Apr, 2025) Wang ...": an agency's own stamp
                            r"|^\s*([A-Z\u00C0-\u00DE][\w'\u2019.\-]*(?:\s+[A-Z\u00C0-\u00DE][\w'\u2019.\-]*){0,3}),\s*\([^()\n]{3,90}\)\s+(?=[A-Z])"
                            # "ASTANA. KAZINFORM Today in ...": an agency's name after the city
                            r"|^\s*([A-Z]{3,}(?:\s+[A-Z]{3,})?)\.\s+[A-Z]{3,}\s+(?:-{1,2}\s+|\u2014\s+)?(?=[A-Z])")


# "BLOEMFONTEIN - On the occasion ...": an upper-case place and a dash open wire copy even when
# the gazetteer does not know the place; words that open other kinds of text are not places.
_CAPS_DASH_RE = re.compile(r"^\s*([A-Z]{4,}(?:\s+[A-Z]{2,}){0,2})\s+(?:-{1,2}|\u2014|\u2013)\s+(?=[A-Z])")
_NOT_PLACES = frozenset({"UPDATE", "BREAKING", "EXCLUSIVE", "NOTE", "PHOTO", "VIDEO", "FILE", "NEWS", "EDITORIAL",
                         "COMMENTARY", "OPINION", "INTERVIEW", "ANALYSIS", "FEATURE", "URGENT", "FLASH"})


@dataclass(frozen=True)
class Dateline:
    city: str | None          # title case; None when the lead has no dateline
    month: int | None
    day: int | None
    end: int = 0              # offset in the lead where the text after the dateline starts


def _month(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def _title_case(city: str) -> str:
    city = city.strip().rstrip(".")
    if not city.isupper():
        return city
    words = []
    for w in city.split():
        parts = re.split(r"([\-'\u2019])", w.lower())
        out = []
        for i, p in enumerate(parts):
            # Xi'an keeps a lower-case part after the apostrophe; Port-Au -> Port-au is rare, keep caps.
            if i > 0 and parts[i - 1] in ("'", "\u2019"):
                out.append(p)
            else:
                out.append(p[:1].upper() + p[1:])
        words.append("".join(out))
    # "DAR ES SALAAM", "PORT OF SPAIN": particles inside a city name stay lower-case
    return " ".join(w.lower() if 0 < i < len(words) - 1 and w.lower() in _CITY_PARTICLES else w
                    for i, w in enumerate(words))


_CITY_PARTICLES = frozenset({"es", "of", "de", "del", "la", "du", "da", "do", "al", "el", "au"})


def _city_ok(city: str) -> bool:
    """A dateline's city: not a lead opening "On ..."/"In ..."/"The ...", unless a known city ("THE HAGUE")."""
    return city.split()[0].lower() not in ("on", "in", "at", "the") or bool(city_country(_title_case(city)))


def parse_dateline(lead: str) -> Dateline:
    """The dateline opening the lead paragraph, or an empty Dateline."""
    m = _DATELINE_RE.match(lead)
    if m:
        city = m.group(1)
        agency = re.match(r"[A-Z]{2,6}\s+(?=[A-Z][a-z])", city)
        if agency and city_country(city[agency.end():]):
            city = city[agency.end():]      # "AKP Phnom Penh, August 30, 2018 --": the agency's name first
        if _city_ok(city):
            return Dateline(_title_case(city), _month(m.group(2)), int(m.group(3)), m.end())
    m = _DATELINE_DM_RE.match(lead)
    if m and _city_ok(m.group(1)):
        return Dateline(_title_case(m.group(1)), _month(m.group(3)), int(m.group(2)), m.end())
    m = _LEAD_DATE_RE.match(lead)
    if m:
        return Dateline(None, _month(m.group(1)), int(m.group(2)), 0)
    m = _CITY_COLON_RE.match(lead)
    city = re.sub(r"^([A-Z]{3,})\.\s+[A-Z]{3,}$", r"\1", (m.group(1) or m.group(2) or m.group(3)) if m else "")
    if m and city_country(_title_case(city)):
        # a dateline of a city alone, no day (gazetteer cities only, so "Note: ..." or
        # "Beijing's view: ..." never count); "BEIJING. KAZINFORM -": the agency after the city
        return Dateline(_title_case(city), None, None, m.end())
    m = _CAPS_DASH_RE.match(lead)
    if m and not (set(m.group(1).split()) & _NOT_PLACES):
        return Dateline(_title_case(m.group(1)), None, None, m.end())
    return Dateline(None, None, None, 0)


def resolve_day(month: int, day: int, published: date) -> date | None:
    """Month/day in the publication year, or the year before when that would be after publication."""
    for year in (published.year, published.year - 1, published.year - 2, published.year - 3, published.year - 4):
        try:
            d = date(year, month, day)
        except ValueError:  # Feb 29 outside a leap year
            continue
        if d <= published:
            return d
    return None


# Day first: "On 30 July 2021, ...", "from 14 to 16 August".
_ON_DATE_DM_RE = re.compile(r"\b(?:on|On|from|From)\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?(\d{1,2})(?:st|nd|rd|th)?"
                            r"(?:\s+(?:to|through|till|until|-)\s+\d{1,2}(?:st|nd|rd|th)?)?\s+(" + _MONTH + r")(?!\w)")


def range_start(text: str, published: date) -> date | None:
    """First day of a stated range of days ("from May 3rd to 12th", "on Jan. 22-24")."""
    m = _RANGE_RE.search(text)
    if not m:
        return None
    g = (1, 2) if m.group(1) else (3, 4) if m.group(3) else (5, 6)
    return resolve_day(_month(m.group(g[0])), int(m.group(g[1])), published)


def stated_date(lead: str, published: date) -> date | None:
    """A date the lead states for the event itself (a range gives its first day)."""
    first = range_start(lead, published)
    if first:   # "from May 3rd to 12th" or "between May 3rd and 5th": the first day
        return first
    for m in _ON_DATE_RE.finditer(lead):
        if not _NOT_EVENT_DAY_RE.search(lead, max(0, m.start() - 20), m.start()):
            return resolve_day(_month(m.group(1)), int(m.group(2)), published)
    for m in _ON_DATE_DM_RE.finditer(lead):
        if not _NOT_EVENT_DAY_RE.search(lead, max(0, m.start() - 20), m.start()):
            return resolve_day(_month(m.group(2)), int(m.group(1)), published)
    m = _ON_THE_NTH_RE.search(lead)
    if m and not _NOT_EVENT_DAY_RE.search(lead, max(0, m.start() - 20), m.start()):
        # "sent a congratulatory message on the 5th": the last such day on or before publication
        day, month, year = int(m.group(1)), published.month, published.year
        if day > published.day:
            month, year = (12, year - 1) if month == 1 else (month - 1, year)
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return None


# a day of the month alone, followed by no noun ("on the 20th National Congress" is no date)
_ON_THE_NTH_RE = re.compile(r"\b(?:on|On)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b"
                            r"(?=\s*(?:[,.;]|(?:to|and|in|at|when|with|during|as|after|before)\b))")


# "the 96th founding anniversary of the CPC marked on July 1", "founded on": the date of
# what the event is about, not of the event
_NOT_EVENT_DAY_RE = re.compile(r"\b(?:marked|celebrated|falls|fell|falling|founded|established|born|died|passed\s+away"
                               r"|(?:appointed|elected|named|sworn\s+in)(?:\s+only)?)\s*$")


def stated_weekday(lead: str, anchor: date) -> date | None:
    """The latest day on or before `anchor` that falls on the weekday the lead names ("on Monday");
    not the day of what the lead is about ("who was appointed only on Saturday")."""
    m = next((w for w in _ON_WEEKDAY_RE.finditer(lead)
              if not _NOT_EVENT_DAY_RE.search(lead, max(0, w.start() - 30), w.start())), None)
    if not m:
        return None
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


# "The meeting took place on May 5th." -- the second paragraph dates an event whose lead
# has neither a dateline day nor a date ("Li Jun recently met with ...").
_BODY_DATE_RE = re.compile(r"\b(?:took\s+place|was\s+held|were\s+held|was\s+convened|met|held|opened)\b[^.]{0,80}?"
                           r"(?=\b(?:on|On|from|From|between)\s+(?:the\s+\w+\s+of\s+)?(?:" + _MONTH + r"|\d{1,2}))")


def body_date(paragraph: str, published: date) -> date | None:
    """A date the paragraph states for the event ("The talks were held on June 2nd")."""
    m = _BODY_DATE_RE.search(paragraph)
    return stated_date(paragraph[m.end():m.end() + 60], published) if m else None


_ENDED_RE = re.compile(r"\b(?:ended|concluded|closed|wrapped\s+up|came\s+to\s+a\s+close)\b")


def ended_range_start(lead: str, body: str, day: date) -> date:
    """A lead that dates the end ("The meeting ... ended Saturday") and a body that gives the range
    ("which was held from Thursday to Saturday"): the event's date is the range's first day."""
    if not _ENDED_RE.search(lead[:300]):
        return day
    text = "\n".join(body.split("\n")[:6])
    m = _WEEKDAY_RANGE_RE.search(text)
    if m and _WEEKDAYS.index(m.group(2).lower()) == day.weekday():
        return weekday_range_start(text, day) or day
    first = range_start(text, day)
    return first if first and 0 < (day - first).days <= 10 else day


_MET_ON_RE = re.compile(r"(?:^|\n|[.;]\s+)(?:On|on)\s+(" + _MONTH + r")\s+" + _DAY + r"\b,?[^.\n]{0,160}?\b(?:met|received|held\s+talks)\b")


def met_on(lead: str, more: str, published: date, day: date) -> date:
    """A foreign delegation's stay in China as the lead's range ("visited Fujian from November 28 to
    December 2"), then "On November 29, X met with the delegation": the contact is that day."""
    if range_start(lead, published) is None:
        return day
    m = _MET_ON_RE.search(re.sub(r"\b(Mr|Mrs|Ms|Dr|H\.E)\.", r"\1", lead + "\n" + more))
    met = resolve_day(_month(m.group(1)), int(m.group(2)), published) if m else None
    return met if met and 0 <= (met - day).days <= 14 else day


_CONTACT_VERB_RE = re.compile(r"\b(?:met|meets|meeting|held|holds|received|receives|visited|visits|attended|attends|"
                              r"called\s+on|paying|paid|sent|sends|talks|addressed|co-chaired)\b")
SENTENCE_END_RE = re.compile(r"(?<=[a-z\)\]\u201d\"]{2}[.!?])\s+(?=[A-Z])")


def lead_stated_date(lead: str, second: str, published: date, day: date | None) -> date | None:
    """The date the lead states for the event: with a dateline day only its first sentence's (a later
    "visited Beijing and Zhejiang from September 15th to 20th" is the guests' stay). A summary lead
    that tells no contact ("A visiting Chinese official has hailed ...") leaves it to the first
    sentence of the next paragraph ("... when paying courtesy call on X in Phnom Penh on Aug. 29")."""
    if not day:
        return stated_date(lead, published)
    first = lead[:m.start()] if (m := SENTENCE_END_RE.search(lead)) else lead
    stated = stated_date(first, published)
    if stated is None and not _CONTACT_VERB_RE.search(first) and not _ON_WEEKDAY_RE.search(first) and second.strip():
        nxt = second.split("\n")[0]
        nxt = nxt[:m.start()] if (m := SENTENCE_END_RE.search(nxt)) else nxt
        stated = stated_date(nxt, published) if _CONTACT_VERB_RE.search(nxt) else None
    return stated
