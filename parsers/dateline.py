"""The dateline of a lead paragraph: city, day and month.

`Beijing, December 18th—`, `BEIJING, Sept. 14 (Xinhua) --`, `Phnom Penh, March 20th--`
give a city and a day; `HAVANA -` or `Hanoi (VNA) -` a city alone. The year comes from the
publication date: a day that would fall after publication belongs to the previous year
(`resolve_day`); a copy may print its own date on a line above the lead
(parsers.page_date). The event's own date, when the lead states one, is parsers.event_dates'.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from parsers.data.officials_table import CHINESE_PROVINCES
from parsers.data.regions import REGION_COUNTRY
from parsers.gazetteer import city_country, country_code

__all__ = ["Dateline", "parse_dateline", "resolve_day", "MONTHS", "MONTH_PATTERN", "DAY_PATTERN", "month_number",
           "SENTENCE_END_RE", "NOT_AFTER_ABBREVIATION"]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# misspellings pages carry ("Hangzhou, Novmeber 18th"): read as the month they mean
_MONTH_TYPOS = {"Janaury": 1, "Janauary": 1, "Janury": 1, "Feburary": 2, "Februray": 2, "Febuary": 2, "Febraury": 2,
                "Apirl": 4, "Agust": 8, "Augest": 8, "Septmeber": 9, "Novmber": 11, "Decmeber": 12,
                "Setpember": 9, "Septmber": 9, "Ocotber": 10, "Novmeber": 11, "Novemeber": 11, "Decmber": 12,
                "Decemeber": 12}
MONTHS.update({k.lower(): v for k, v in _MONTH_TYPOS.items()})
# upper-case forms too: Nepali wire copy dates "KATHMANDU, JUL 01 -"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
          r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
          r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC|" + "|".join(_MONTH_TYPOS) + r")\.?")
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
# ("SANTO DOMINGO, May 29.– The ...", "September 18. – The": a full stop before the dash)
# "BEIJING, Nov 9 (APP):More"; "BEIJING, March 30 C The ...": a dash lost to a page's encoding as a lone "C"
_DASH = r"(?:\s*\.?\s*(?:\u2014|\u2013|--|-|\u2015|\u2012)+\s*|\s*:\s+|\s*:(?=[A-Z])|\s+C\s+(?=[A-Z][a-z]))"

# City: up to five words, letters plus ' . - (Xi'an, St. Petersburg, Port-au-Prince, Dar es Salaam).
_CITY = r"([A-Z\u00C0-\u00DE][\w'\u2019.\-]*(?:\s+(?:[A-Z\u00C0-\u00DE][\w'\u2019.\-]*|es|de|al|el|au|la|du|do|da|of)){0,4})"
# A report filed from two places names both: "MONTEVIDEO/JOHANNESBURG, Aug. 6 (Xinhua) --";
# the first city is the dateline city.
_SECOND_CITY = r"(?:\s*/\s*[A-Z\u00C0-\u00DE][\w'\u2019.\-]*(?:\s+[A-Z\u00C0-\u00DE][\w'\u2019.\-]*){0,3})?"
# Agency style "Addis Ababa, March 12/2022/ENA/ The ...": year and agency between slashes end the dateline.
_AGENCY_SLASHES = r"\s*/\s*\d{4}\s*/\s*[A-Za-z]{2,12}\s*/\s*"
_DATELINE_RE = re.compile(
    # "New Delhi [India], Aug 17 (ANI):": the country in brackets
    # ("SUIFENHE (Heilongjiang Province, North-East of China), October 9 (Itar-Tass) --": a gloss in brackets)
    # ("SACRAMENTO, Calif., Sept. 18": a US state abbreviated)
    # ("(ANSA) - ROME, NOV 8 - ...": the agency before the city)
    r"^\s*(?:\([A-Z]{2,8}\)\s*[-\u2013\u2014]\s*)?" + _CITY + _SECOND_CITY + r"(?:\s*\[[A-Za-z ]{2,30}\]|\s*\([A-Z][^()]{1,60}\)(?=\s*,))?(?:\s*,\s*[A-Z][A-Za-z' ]{2,30}?\.?)?"
    # "Addis Ababa October 24/2022 /ENA/": no comma before an agency's slashed date
    # ("ROSEAU, Dominica, Thursday September 12, 2019 –": a weekday before the month)
    + r"(?:\s*,\s*|\s+(?=(?:" + _MONTH + r")\s+\d{1,2}\s*/\s*\d{4}\s*[/(]))(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(" + _MONTH + r")\s+" + _DAY
    + r"(?:" + _AGENCY_SLASHES + r"|"
    + r"(?:\s*,?\s*\d{4}|\s*/\s*\d{4})?"         # "July 14, 2020", "November 8/2023 (ENA) --"
    # (Xinhua), (IDCPC), (People's Daily), ", GNA -", ", Asia-Plus —", "(El 19 Digital) --"
    + r"\s*(?:\((?:[A-Za-z\u00C0-\u017F .'\u2019\-]{2,30}|[A-Z][a-z]+\s\d{1,3}\s[A-Z][a-z]+)\)|,\s*[A-Z][A-Za-z\-]{1,15}(?=\s*[-\u2013\u2014])|[A-Z]{2,6}(?=\s*[-\u2013\u2014])|[A-Z][a-z]{2,12}(?=\s+(?:[-\u2013\u2014]|--)\s|[\u2013\u2014]))?"   # "Aug 19 AAP -", "Feb. 23 Kyodo -", "Jan. 20 Kyodo --"
    # "Havana, Oct 23 (Prensa Latina) Org...", "(EFE).-", "(MONTSAME).", "September 27/2022 (ENA) Prosperity ..."
    + _DASH + r"|(?:\s*/\s*\d{4}|\s*,\s*\d{4})?\s*\([A-Za-z .'\u2019]{2,30}\)(?:\.-|\.)?\s+(?=[A-Z\"\u201c])"
    # "KAZAN, March 23. /TASS/. Relations ...", or a quote; "Bishkek, December 30 / Kabar /.", "Oct 24 /Agerpres/ -"
    + r"|(?:\s*,\s*\d{4})?\.?\s*/\s*[A-Z][A-Za-z\-]{1,11}\s*/(?:\.?\s+(?=[A-Z\"\u201c])|" + _DASH + r")"     # ("/ITAR-TASS/.", "April 16, 2024 /MONTSAME/.")
    + r"|,\s*[A-Z]{3,12}[.:]\s+(?=[A-Z\"\u201c])"   # "YEREVAN, MAY 14, ARMENPRESS. President ...", "OCTOBER 19, ARMENPRESS: A"
    # "Baku, Azerbaijan, July 23", "Damascus, May 13 (SANA).": a dateline alone on its line
    + r"|\s*(?:\([A-Za-z .'\u2019]{2,30}\))?\s*\.?\s*$)"
)
# "Beijing, 18 December--" (day first); "25 Oct, Kathmandu: Prime Minister ..." (the day before the city);
# "Suzhou (China), 23 April 2012.–" (a country in brackets)
_DATELINE_DM_RE = re.compile(r"^\s*" + _CITY + r"(?:\s*\([A-Z][A-Za-z' ]{2,30}\))?(?:\s*,\s*[A-Z][A-Za-z' ]{2,30}?)?\s*,\s*(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MONTH + r")"
                             # ("La Paz, 22 Sep (ABI).- The ...", "Caracas, 14 Oct. AVN.- The ...")
                             # ("APIA, 09 MARCH 2017 (Samoa Government Press Secretariat) –")
                             # ("Bishkek, 14 June / AKIpress / –": the agency between slashes)
                             + r"(?:\s*,?\s*\d{4})?\s*(?:\((?:[A-Za-z\u00C0-\u017F .'\u2019\-]{2,40})\)|[A-Z]{2,6}|/\s*[A-Z][A-Za-z\-]{1,11}\s*/)?(?:\.?" + _DASH
                             + r"|(?<=[a-z])\.\s+(?=[A-Z][a-z]|A\s))")    # ("(Agência Brasil)"; "Moscow, 17 June. Secretary of ...")
# "(KUALA LUMPUR, 13 Apr): MCA President ...": a dateline in parentheses
_PAREN_DATELINE_RE = re.compile(r"^\s*\(\s*" + _CITY + r"\s*,\s*(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MONTH + r")"
                                r"(?:\s*,?\s*\d{4})?\s*\)\s*:?\s*(?=[A-Z])")
# ("17 July 2024, Sittwe" alone on its line: the year before the city)
_DATELINE_D_M_CITY_RE = re.compile(r"^\s*(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MONTH + r")(?:\s*,?\s*\d{4})?\s*,\s*" + _CITY
                                   + r"(?:" + _DASH + r"|[ \t]*(?:$|(?=\n)))")
# A dated place with the year, in a party's or small agency's style: "Lusaka, Zambia – 2nd July, 2025"
# (alone on its line), "Beijing, China. August 10th, 2017 – Leader ...", "Asmara (HAN) July 21.2016. ..."
_DATED_PLACE_RE = re.compile(r"^\s*" + _CITY + r"(?:\s*,\s*[A-Z][A-Za-z' ]{2,30}?)?(?:\s*\([A-Z]{2,8}\))?\s*(?:[.,\u2013\u2014]|--?)?\s*"
                             r"(?:(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MONTH + r")|(" + _MONTH + r")\s+(\d{1,2})(?:st|nd|rd|th)?)"
                             # an agency's tagline of capitalised words may follow ("Public Diplomacy & Regional News.")
                             r"\s*[,.]?\s*\d{4}(?:\.\s+(?:(?:[A-Z][\w'\-]*|&)\s+){0,6}[A-Z][\w'\-]*\.\s+(?=[A-Z])|\.\s+(?=[A-Z])|" + _DASH + r"|\s*$)")
# "ASTANA, Kazakhstan, November 26. Kazakhstan's delegation ...": an agency's month and day, no year
_PLACE_MONTH_DAY_RE = re.compile(r"^\s*" + _CITY + r"\s*[,.]\s*(?:[A-Z][A-Za-z' ]{2,30}?\s*,\s*)?(" + _MONTH + r")\s+(\d{1,2})\.\s+"
                                 r"(?:[A-Z]{3,}\s*(?:-{1,2}|\u2013|\u2014)\s+)?(?=[A-Z])")     # ("BEIJING. May 17. KAZINFORM - ")
# "Beijing (23/4/2011)—The visit ...": day/month/year in brackets; "Windhoek-Ahead of ...": a known
# city glued to its dash
_CITY_NUMDATE_RE = re.compile(r"^\s*" + _CITY + r"\s*\(\s*(\d{1,2})/(\d{1,2})/\d{4}\s*\)" + _DASH
                              # "DUSHANBE, 17.01.2017 /NIAT “Khovar”/. The First Deputy Chairman ..."
                              # ("Rabat, 14/06/2023 (MAP) - Leaders of ...")
                              + r"|^\s*" + _CITY + r"\s*,\s*(\d{1,2})[./](\d{1,2})[./]\d{4}\s*(?:/[^/\n]{2,40}/\s*[.,]?\s*(?=[A-Z])"
                              + r"|\([A-Za-z .]{2,30}\)" + _DASH + ")")
# A reporter's byline alone on its line: "Kuda Bwititi in BEIJING, China", "Elvira Kadyrova, Beijing,
# China, 29 July 2025"
_BYLINE_IN_RE = re.compile(r"^\s*(?:From\s+)?(?:[A-Z][\w'\-]+\s+){2,3}in\s+([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)(?:\s*,\s*[A-Z][A-Za-z ]{2,30}?)?\s*(?:$|[\u2014\u2013]\s*|--?\s+)")
_BYLINE_DATED_RE = re.compile(r"^\s*(?:[A-Z][\w'\-]+\s+){1,3}?[A-Z][\w'\-]+\s*,\s*" + _CITY + r"\s*,\s*[A-Z][A-Za-z ]{2,30}\s*,\s*"
                              r"(\d{1,2})\s+(" + _MONTH + r")\s+\d{4}\s*$")
# "STEVEN MVULA and SHIKANDA KAWANGA, Lusaka": reporters named in capitals, then the city
_BYLINE_CAPS_RE = re.compile(r"^\s*[A-Z]{2,}(?:\s+[A-Z][A-Z'\-]+){1,2}(?:\s+and\s+[A-Z]{2,}(?:\s+[A-Z][A-Z'\-]+){1,2})?\s*,\s*"
                             r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*$")
_CITY_GLUED_DASH_RE = re.compile(r"^\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)-(?=[A-Z][a-z])")
# "December 17, 2017 (KHARTOUM) – Sudan's ruling ...": the date first, the city in parentheses
# ("March 30, 2012, Phnom Penh (Xinhua) -- ...": the city after a comma, then the agency)
_DATE_PAREN_CITY_RE = re.compile(r"^\s*(" + _MONTH + r")\s+" + _DAY + r",?\s+\d{4}\s*(?:\(\s*|,\s*(?=[A-Z][a-z]))" + _CITY
                                 + r"\s*(?:\)|\([A-Za-z .]{2,30}\))" + _DASH)
# "April 29, 2020/Kathmandu The ruling ...": the city after a slash (one or two words the gazetteer knows)
_DATE_SLASH_CITY_RE = re.compile(r"^\s*(" + _MONTH + r")\s+" + _DAY + r",?\s+\d{4}\s*/\s*([A-Z][\w'\-]+)(?:\s+([A-Z][\w'\-]+))?")
# "On July 9th, ..." / "On the afternoon of July 9th," opens a lead without a dateline.
_LEAD_DATE_RE = re.compile(
    r"^\s*On\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?(" + _MONTH + r")\s+" + _DAY + r"\b"
)
# "On the twenty-second of September, ...": the day in words
_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_ORDINALS = {w: i + 1 for i, w in enumerate(_UNITS + "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
                                                        "seventeenth eighteenth nineteenth twentieth".split())}
_ORDINALS.update({**{f"twenty-{u}": 21 + i for i, u in enumerate(_UNITS)}, "thirtieth": 30, "thirty-first": 31})
_LEAD_WORD_DATE_RE = re.compile(r"^\s*On\s+the\s+(" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")\s+of\s+(" + _MONTH + r")\b")
# "Vientiane: Li Jun ...", "HAVANA - Cuban leader ...", "Hanoi (VNA) - The ...": a city alone, no day
_CITY_COLON_RE = re.compile(r"^\s*([A-Z\u00C0-\u00DE][\w'\u2019.\-]*?(?:\s+(?:es\s+)?[A-Z\u00C0-\u00DE][\w'\u2019.\-]*){0,3})"
                            # "Hanoi (VNA) -", "Hanoi, (VNA) –", "Beijing , ST- Assistant ..."
                            # ("JOHANNESBURG, (CAJ News) – THE ...": an agency of two words)
                            # ("Yunnan, China \u2013 The ...", "Lusaka, Zambia - ...", "HANOI, Vietnam (AP) --": the place's country after it)
                            # ("Beijing (dpa) -", "Shenzhen, China (dpa) -": an agency in lower case)
                            r"(?:\s*,?\s*\([A-Za-z][\w]{1,12}(?:\s[A-Z\d][\w]{1,12})?\)|\s*,\s*[A-Z]{2,6}|\s*,\s*(?P<ctry>(?:THE\s+|The\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:\s*\([A-Za-z][\w]{1,12}(?:\s[A-Z\d][\w]{1,12})?\))?)?"
                            r"(?:\s*:|\s*(?:-{1,2}|\u2014|\u2013))(?:\s+|(?<=\)\u2014))(?=\S)"     # ("Hanoi (NDO)\u2014The")
                            # "BEIJING, (APP - UrduPoint - 24th Apr, 2025) Wang ...": an agency's own stamp
                            r"|^\s*([A-Z\u00C0-\u00DE][\w'\u2019.\-]*(?:\s+[A-Z\u00C0-\u00DE][\w'\u2019.\-]*){0,3}),\s*\([^()\n]{3,90}\)\s*:?\s*(?=[A-Z])"
                            # "BEIJING (UrduPoint News / Sputnik - 25th October, 2022) X will ...": a dated stamp, no comma
                            r"|^\s*([A-Z]{3,}(?:\s+[A-Z]{3,})?)\s*\([^()\n]{3,90}\b\d{4}\)\s*:?\s*(?=[A-Z])"
                            # "Ulaanbaatar /MONTSAME/ Mr X paid ...": the agency between slashes (after a comma too, or
                            # before a dash: "Ulaanbaatar, /MONTSAME/ – The ...")
                            r"|^\s*([A-Z\u00C0-\u00DE][\w'\u2019.\-]*(?:\s+[A-Z\u00C0-\u00DE][\w'\u2019.\-]*){0,2}),?\s*/[A-Z]{2,12}/\.?\s*(?:[\u2013\u2014\-]\s*)?(?=[A-Z\"\u201c])"
                            # "ASTANA. KAZINFORM Today in ...": an agency's name after the city
                            # ("KAMPALA. The ruling ...": a gazetteer city in capitals and a full stop, no agency)
                            r"|^\s*([A-Z]{3,}(?:[\s-][A-Z]{3,})?)\.\s+(?:[A-Z]{3,}\s+(?:-{1,2}\s+|[\u2013\u2014]\s+)?)?(?=[A-Z])")


# "BLOEMFONTEIN - On the occasion ...": an upper-case place and a dash open wire copy even when
# the gazetteer does not know the place; words that open other kinds of text are not places.
_CAPS_DASH_RE = re.compile(r"^\s*([A-Z]{4,}(?:\s+[A-Z]{2,}){0,2})\s+(?:-{1,2}|\u2014|\u2013)\s+(?=[A-Z])")
# "Jakarta. Golkar Party Chairman ...", "Damascus, Deputy Foreign Minister ...": a known city and a
# full stop or comma before the lead's first words ("Beijing, Moscow and ..." lists places, no dateline)
_CITY_STOP_RE = re.compile(r"^\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)([.,])\s+(([A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?)")


def _place_word(words: str) -> bool:
    return any(city_country(w) or country_code(w) for w in (words, words.split()[0]))


_NOT_PLACES = frozenset({"UPDATE", "BREAKING", "EXCLUSIVE", "NOTE", "PHOTO", "VIDEO", "FILE", "NEWS", "EDITORIAL",
                         "COMMENTARY", "OPINION", "INTERVIEW", "ANALYSIS", "FEATURE", "URGENT", "FLASH"})


@dataclass(frozen=True)
class Dateline:
    city: str | None          # title case; None when the lead has no dateline
    month: int | None
    day: int | None
    end: int = 0              # offset in the lead where the text after the dateline starts
    country: str | None = None  # of a state or province named after the city (parsers.dateline_region)


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
            # Xi'an keeps a lower-case part after the apostrophe (N'Djamena, after one letter, does not);
            # Port-Au -> Port-au is rare, keep caps.
            if i > 1 and parts[i - 1] in ("'", "\u2019") and len(parts[i - 2]) > 1:
                out.append(p)
            else:
                out.append(p[:1].upper() + p[1:])
        words.append("".join(out))
    # "DAR ES SALAAM", "PORT OF SPAIN": particles inside a city name stay lower-case
    return " ".join(w.lower() if 0 < i < len(words) - 1 and w.lower() in _CITY_PARTICLES else w
                    for i, w in enumerate(words))


_CITY_PARTICLES = frozenset({"es", "of", "de", "del", "la", "du", "da", "do", "al", "el", "au"})


def _city_ok(city: str) -> bool:
    """A dateline's city: not a lead opening "On ..."/"In ..."/"The ...", unless a known city ("THE HAGUE"),
    and not a newspaper's name ("Orinoco Tribune, May 17, 2023")."""
    if city.split()[-1].lower() in _OUTLET_WORDS:
        return False
    return city.split()[0].lower() not in ("on", "in", "at", "the") or bool(city_country(_title_case(city)))


_OUTLET_WORDS = frozenset({"tribune", "times", "post", "herald", "news", "daily", "press", "journal", "gazette",
                           "agency", "telegraph", "observer", "standard", "mail", "online", "weekly", "review"})


def parse_dateline(lead: str) -> Dateline:
    """The dateline opening the lead paragraph, or an empty Dateline."""
    m = _DATELINE_RE.match(lead)
    if m:
        city = m.group(1)
        agency = re.match(r"[A-Z]{2,6}\s+(?=[A-Z][a-z])", city)
        if agency and city_country(city[agency.end():]):
            city = city[agency.end():]      # "AKP Phnom Penh, August 30, 2018 --": the agency's name first
        if _city_ok(city):
            inner = _CITY_COLON_RE.match(lead[m.end():]) if country_code(_title_case(city)) else None
            if inner and city_country(_title_case(inner.group(1) or "")):
                # "VIETNAM, February 1 - HÀ NỘI – ...": the country's line, then the city's dateline
                return Dateline(_title_case(inner.group(1)), _month(m.group(2)), int(m.group(3)), m.end() + inner.end())
            return Dateline(_title_case(city), _month(m.group(2)), int(m.group(3)), m.end())
    m = _DATELINE_DM_RE.match(lead)
    if m and _city_ok(m.group(1)):
        return Dateline(_title_case(m.group(1)), _month(m.group(3)), int(m.group(2)), m.end())
    m = _PAREN_DATELINE_RE.match(lead)
    if m and city_country(_title_case(m.group(1))):
        return Dateline(_title_case(m.group(1)), _month(m.group(3)), int(m.group(2)), m.end())
    m = _DATELINE_D_M_CITY_RE.match(lead)
    if m and city_country(_title_case(m.group(3))):
        return Dateline(_title_case(m.group(3)), _month(m.group(2)), int(m.group(1)), m.end())
    m = _DATE_PAREN_CITY_RE.match(lead)
    if m and city_country(_title_case(m.group(3))):
        return Dateline(_title_case(m.group(3)), _month(m.group(1)), int(m.group(2)), m.end())
    m = _DATE_SLASH_CITY_RE.match(lead)
    if m:
        for city, end in ((m.group(3), m.end(3)), (f"{m.group(3)} {m.group(4)}", m.end(4))):
            if city.endswith(" None"):
                continue
            if city_country(_title_case(city)):
                return Dateline(_title_case(city), _month(m.group(1)), int(m.group(2)), end)
    m = _DATED_PLACE_RE.match(lead)
    if m and city_country(_title_case(m.group(1))):
        return Dateline(_title_case(m.group(1)), _month(m.group(3) or m.group(4)), int(m.group(2) or m.group(5)), m.end())
    m = _PLACE_MONTH_DAY_RE.match(lead)
    if m and city_country(_title_case(m.group(1))):
        return Dateline(_title_case(m.group(1)), _month(m.group(2)), int(m.group(3)), m.end())
    m = _CITY_NUMDATE_RE.match(lead)
    g = (m.group(1), m.group(2), m.group(3)) if m and m.group(1) else (m.group(4), m.group(5), m.group(6)) if m else None
    if g and city_country(_title_case(g[0])) and 1 <= int(g[2]) <= 12:
        return Dateline(_title_case(g[0]), int(g[2]), int(g[1]), m.end())
    m = _LEAD_DATE_RE.match(lead)
    if m:
        return Dateline(None, _month(m.group(1)), int(m.group(2)), 0)
    m = _LEAD_WORD_DATE_RE.match(lead)
    if m:
        return Dateline(None, _month(m.group(2)), _ORDINALS[m.group(1)], 0)
    m = _CITY_COLON_RE.match(lead)
    region = m and m.group("ctry") and REGION_COUNTRY.get(m.group("ctry"))
    if m and m.group("ctry") and country_code(m.group("ctry")) is None and not region \
            and not (city_country(m.group("ctry")) and city_country(m.group("ctry")) == city_country(_title_case(m.group(1) or ""))):
        m = None    # (but "Denpasar, Bali (ANTARA News) -": an island or a province of the city's own country)
    city = re.sub(r"^([A-Z]{3,}(?:-[A-Z]{3,})?)\.\s+[A-Z]{3,}$", r"\1", next((g for g in m.groups() if g), "") if m else "")
    if m and (city_country(_title_case(city)) or _title_case(city) in CHINESE_PROVINCES or region):
        # a dateline of a city (or a Chinese province: "Guangxi (VNA) -") alone, no day (gazetteer cities only, so "Note: ..." or
        # "Beijing's view: ..." never count); "BEIJING. KAZINFORM -": the agency after the city
        return Dateline(_title_case(city), None, None, m.end())
    m = _CITY_STOP_RE.match(lead)
    if m and city_country(m.group(1)) and not (m.group(2) == "," and _place_word(m.group(3))):
        return Dateline(m.group(1), None, None, m.end(2))
    m = _BYLINE_DATED_RE.match(lead)
    if m and city_country(_title_case(m.group(1))):
        return Dateline(_title_case(m.group(1)), _month(m.group(3)), int(m.group(2)), m.end())
    m = _BYLINE_IN_RE.match(lead) or _BYLINE_CAPS_RE.match(lead)
    if m and city_country(_title_case(m.group(1))):
        return Dateline(_title_case(m.group(1)), None, None, m.end())
    m = _CITY_GLUED_DASH_RE.match(lead)
    if m and city_country(m.group(1)):
        return Dateline(m.group(1), None, None, m.end())
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


# public names of the date grammar, shared with parsers.event_dates
MONTH_PATTERN, DAY_PATTERN, month_number = _MONTH, _DAY, _month
# "Rt. Hon. Richard Todwong", "Prof. X": abbreviations before a name end no sentence (a guard to
# place right after a sentence-ending period; every sentence splitter shares it)
NOT_AFTER_ABBREVIATION = r"(?<!Hon\.)(?<!Rev\.)(?<!Prof\.)(?<!Mrs\.)(?<!Gen\.)(?<!Col\.)(?<!Sen\.)(?<!Rep\.)(?<!Gov\.)(?<!Amb\.)"
# ... and after an acronym in brackets ("... Member of the NEC of the ANC (ANC). The delegation ...")
SENTENCE_END_RE = re.compile(r"(?:(?<=[a-z\)\]\u201d\"]{2}[.!?])|(?<=[A-Z]\)[.!?]))" + NOT_AFTER_ABBREVIATION + r"\s+(?=[A-Z])")
