"""Where an event took place, read from the lead when the dateline does not say.

Releases without a dateline, or with one whose city is misspelt ("Phnom Phen:") or
unusual, still place a CPC trip abroad in the lead: "visited Laos", "was in Hanoi",
"during his visit to Mongolia", "met with ... in Vientiane on May 4th". A place is a
country name or a city of the gazetteer (tolerant of variant spellings); China and its
places never make a trip abroad. Also: the countries of a multi-country tour ("led a CPC
delegation to visit Kenya, Uganda and Rwanda").
"""
from __future__ import annotations

import re

from parsers.data.officials_table import CHINESE_PROVINCES
from parsers.dateline import NOT_AFTER_ABBREVIATION
from parsers.gazetteer import city_country, country_code, find_countries

__all__ = ["city_country_of", "delegation_abroad", "foreign_place", "host_meets_cpc", "host_premises", "meeting_venue", "toured_countries", "visit_in_china", "visited_country",
           "IN_CITY_RE", "MET_IN_CITY_RE", "first_sentence_text"]

IN_CITY_RE = re.compile(r"\s*In\s+([A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+){0,2})\s*(?:,\s*|\s+)on\b")
# "Wang Jiarui ... met in Beijing Tuesday with ...": a Xinhua lead without a dateline.
MET_IN_CITY_RE = re.compile(r"\b(?:(?:met|received|discussed|(?:held|holding)\s+(?:talks|discussions))\s+(?:(?:here\s+)?(?:today|yesterday)\s+|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|on\s+\d{1,2}\s+[A-Z][a-z]+\s+)?in\s+"
                            # ("held talks with Song Tao, Minister of the IDCPC, in Beijing on April 9", "held talks with
                            # leaders of the International Department ... in Beijing on Tuesday")
                            # ("... told a visiting Lao Party delegation in Beijing on June 8", "said after meeting ..., X, in
                            # Beijing on 19 January", "a delegation ... was received by X, ..., in Beijing on June 14")
                            r"|(?:met(?:\s+with)?|after\s+meeting|(?:was|were)\s+received\s+by|(?:held|had)\s+(?:talks|discussions|a\s+meeting)\s+with|told)\s+[^.;\n]{3,250}?,?\s+in\s+(?=[A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)?\s+on\s))([A-Z][\w'\-]+(?:\s+(?:es\s+|de\s+)?[A-Z][\w'\-]+){0,2}?)"
                            # "... have met in Dushanbe to discuss cooperation"
                            # ("held talks in Pyongyang on May 8 with ...")
                            r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\s+with\s|\s+to\s+[a-z]|\s+by\s+(?=[A-Z])"
                            r"|\s+on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\s+on\s+\d{1,2}\s+[A-Z][a-z]{2,8}\b)")
# ("Dar es Salaam", "Rio de Janeiro": a particle inside the name)
_PLACE = r"((?:the\s+)?[A-Z][\w'\-\u00C0-\u017F]+(?:\s+(?:(?:es|de|do|da|al|el)\s+)?[A-Z][\w'\-\u00C0-\u017F]+){0,3})"
# The lead's own words for being somewhere: a visit, a stay, a date or period spent there.
_AT_PLACE_RE = re.compile(
    r"\b(?:visit(?:ed|s|ing)?|(?:his|her|their|its|the|a|an)\s+(?:\w+\s+){0,2}?visit\s+to|trip\s+to|tour\s+of"
    r"|was\s+in|were\s+in|arrived\s+in|stay(?:ed|ing|s)?\s+in)\s+" + _PLACE      # "the hotel where he stayed in Kathmandu"
    + r"|\bin\s+" + _PLACE + r"\s*,?\s+(?:on|from|during|this|last|recently)\b"
    # "met leaders of Japanese political parties Tuesday in Tokyo to seek ..."
    + r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+in\s+" + _PLACE
    # "Japanese Communist Party Chair X in Tokyo held talks with ..."
    + r"|\bin\s+" + _PLACE + r"\s+(?:held|met|received|hosted|welcomed)\b"
    + r"|\b" + _PLACE + r"\s+(?:served\s+as|was)\s+the\s+venue\b"    # "Caracas served as the venue for a meeting"
    + r"|\bat\s+(?:a|an)\s+" + _PLACE + r"\s+(?:hotel|restaurant)\b"    # "held talks with X at a Tokyo hotel"
    # "... at the Peace Palace, Phnom Penh yesterday afternoon": a venue and its city
    + r"|\bat\s+the\s+(?:[A-Z][\w'\-]*\s+){1,4}?(?:Palace|House|Hall|Hotel|Office|Headquarters|Building),\s+" + _PLACE
    + r"\s*(?:,|on|yesterday|today|this|last)\b")
# "met with ... in Kathmandu." -- a venue city closing the sentence or a clause; not "the
# situation in Gaza", which is a topic, not a venue.
_IN_VENUE_RE = re.compile(r"(?<!situation )(?<!conflict )(?<!crisis )(?<!war )(?<!peace )(?<!developments )"
                          # "met X in Colombo and discussed ...": the predicate goes on after the place
                          r"\bin\s+" + _PLACE + r"(?=\s*[.;]|\s*$|,\s|,$|\s+and\s+(?:discussed|exchanged|held|had|talked|agreed|signed|briefed)\b)")
_CN_PLACE_RE = re.compile(r"\b(?:visit(?:ed|s|ing)?|visit\s+to|in)\s+([A-Z][\w'\-]+(?:\s+[A-Z][\w'\-]+)?)")
# "to visit Kenya, Uganda and Rwanda", "visited Serbia and Montenegro"
_TOUR_RE = re.compile(
    r"\b(?:visit(?:ed|s|ing)?|visit\s+to|visits\s+to|tour\s+of|trip\s+to|toured)\s+"
    r"(?P<list>(?:the\s+)?[A-Z][\w'\-]*(?:\s+(?:of\s+)?[A-Z][\w'\-]*)*"
    r"(?:\s*(?:,|and|,\s*and)\s+(?:the\s+)?[A-Z][\w'\-]*(?:\s+(?:of\s+)?[A-Z][\w'\-]*)*)+)")


def city_country_of(city: str | None) -> str | None:
    if not city:
        return None
    try:
        return city_country(city) or country_code(city) or ("CN" if city in CHINESE_PROVINCES else None)
    except Exception:
        return None


_NOT_PLACE = re.compile(r"^(?:January|February|March|April|May|June|July|August|September|October|November"
                        r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _place_country(place: str) -> str | None:
    place = re.sub(r"^the\s+", "", place)
    if _NOT_PLACE.match(place):
        return None
    cs = [c for c in find_countries(place) if c.kind == "name"]
    if cs and cs[0].start == 0:
        return cs[0].code
    words = place.split()
    for n in range(len(words), 0, -1):      # "Vientiane Capital", "Hanoi Monday": the longest city prefix
        cc = city_country(" ".join(words[:n]))
        if cc:
            return cc
    return None


def _located(place: str, cc: str) -> tuple[str | None, str]:
    """(city, ISO2) of a place found in a lead; the city is None when the place is a country."""
    is_city = not [c for c in find_countries(place) if c.kind == "name"]
    place = re.sub(r"^the\s+", "", place)
    words = place.split()
    # "received on Monday in Havana Han Wenxiu, member of ...": the city is the known prefix
    known = next((" ".join(words[:n]) for n in range(len(words), 0, -1) if city_country(" ".join(words[:n]))), place)
    return (known if is_city else None), cc


def foreign_place(sentence: str) -> tuple[str | None, str] | None:
    """(city or None, ISO2) of the first foreign place the sentence puts the event in."""
    for m in _AT_PLACE_RE.finditer(sentence):
        place = next(g for g in m.groups() if g)
        cc = _place_country(place)
        if cc and cc != "CN":
            return _located(place, cc)
    for m in _IN_VENUE_RE.finditer(sentence):
        place = re.sub(r"^the\s+", "", m.group(1))
        cc = None if _NOT_PLACE.match(place) else city_country(place)
        if cc and cc != "CN":     # a city only: a country after "in" is too often a topic
            return place, cc
    return None


# Later in the body, a release with no dateline still says where the CPC side was: "The CPC
# delegation led by Wang arrived in Mexico City on Sunday for a good-will visit", "Li, who is
# leading a CPC delegation to attend the 18th congress of the KKE, ...".
_ARRIVED_RE = re.compile(r"\b(?:CPC|Chinese)\s+delegation\b[^.]{0,80}?\barrived\s+(?:here\s+)?in\s+" + _PLACE
                         # "A delegation from the governing CPC is in Rwanda for a three-day visit"
                         + r"|\bdelegation\s+(?:of|from)\s+(?:the\s+)?(?:governing\s+|ruling\s+)?(?:CPC|Communist\s+Party\s+of\s+China)\b"
                         + r"[^.]{0,40}?\b(?:is|was)\s+(?:currently\s+|now\s+)?in\s+" + _PLACE + r"\s+(?:for|on)\b"
                         # "Liu Qibao, a member of ..., who is in Spain for a visit, made the remarks"
                         + r"|\b(?:who|[A-Z][a-z]+)\s+(?:is|was)\s+(?:currently\s+|now\s+)?in\s+" + _PLACE
                         + r"\s+(?:for|on)\s+an?\s+(?:[\w\-]+\s+){0,2}?(?:visit|tour)\b"
                         # "Ai Ping, ..., who is in Caracas with the Chinese delegation to the state funeral"
                         + r"|\bwho\s+(?:is|was)\s+(?:currently\s+|now\s+)?in\s+" + _PLACE + r"\s+with\s+(?:the\s+|a\s+)?(?:Chinese|CPC)\s+delegation\b"
                         + r"|\bwho\s+(?:is|was)\s+(?:currently\s+|now\s+)?(?:visiting\s+|on\s+an?\s+(?:[\w\-]+\s+){0,2}?visit\s+to\s+)"
                         + _PLACE
                         # "Liu arrived here on Wednesday on a friendly visit to Malaysia"
                         + r"|\barrived\s+here\s+(?:on\s+\w+\s+)?(?:on|for)\s+an?\s+(?:[\w\-]+\s+){0,2}?visit\s+to\s+" + _PLACE)
_FOREIGN_CONGRESS_RE = re.compile(
    r"\b(?:CPC|Chinese)\s+delegation\b[^.]{0,80}?\battend\w*\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?[Cc]ongress\s+of\s+"
    r"(?:the\s+)?(?!CPC\b|Communist\s+Party\s+of\s+China\b)[A-Z]"
    r"|\bDelegation\s+Attends\s+(?:the\s+)?(?!(?:[\w\-']+\s+){0,6}?(?:CPC|China|Chinese)\b)(?:[\w\-']+\s+){1,6}?Congress\b")


def delegation_abroad(title: str, body: str) -> tuple[str | None, str | None] | None:
    """(city or None, ISO2 or None) of a CPC delegation abroad told outside the lead, else None."""
    for m in _ARRIVED_RE.finditer(body):
        place = next(g for g in m.groups() if g)
        cc = _place_country(place)
        if cc and cc != "CN":
            return _located(place, cc)
    if _FOREIGN_CONGRESS_RE.search(title) or _FOREIGN_CONGRESS_RE.search(body) or _VISITING_CHINESE_RE.search(body):
        return None, None
    return None


# "..., a visiting senior Chinese diplomat said Monday": the Chinese side is the visitor
_VISITING_CHINESE_RE = re.compile(r"\bvisiting\s+(?:senior\s+|top\s+|high-ranking\s+)*(?:Chinese|CPC|Communist\s+Party\s+of\s+China)"
                                  r"\s+(?:diplomat|official|leader|envoy|legislator|delegation)\b")


# "The meeting between BNP and CPC representatives, held at Westin Hotel in Dhaka, lasted ...",
# "It took place at the embassy in Moscow", "... took place in CHP's Istanbul offices": a venue
# told after the lead, when neither dateline nor lead places the contact.
_VENUE_RE = re.compile(r"\b(?:[Mm]eeting|[Tt]alks|[Dd]iscussions?|[Gg]athering|It|it|which)\b[^.;]{0,250}?"
                       r"\b(?:took\s+place|was\s+held|were\s+held|held)\s+(?:at|in)\s+(?P<venue>[^.;]{1,120})")
_NAME_RE = re.compile(r"[A-Z][\w\-\u00C0-\u017F]+(?:\s+[A-Z][\w\-\u00C0-\u017F]+){0,2}")


def meeting_venue(text: str) -> tuple[str, str] | None:
    """(city, ISO2) of the first venue sentence naming a gazetteer city, China included."""
    for m in _VENUE_RE.finditer(text):
        for name in _NAME_RE.finditer(re.sub(r"['\u2019]s\b", "", m.group("venue"))):
            words = name.group().split()
            for i in range(len(words)):
                for j in range(len(words), i, -1):
                    if not _NOT_PLACE.match(words[i]) and (cc := city_country(" ".join(words[i:j]))):
                        return " ".join(words[i:j]), cc
    return None


def toured_countries(sentence: str) -> set[str]:
    """Countries of a tour named as a list after a visit word: every one is visited."""
    out: set[str] = set()
    for m in _TOUR_RE.finditer(sentence):
        cs = [c for c in find_countries(m.group("list")) if c.kind == "name" and c.code != "CN"]
        if len(cs) >= 2:
            out |= {c.code for c in cs}
    return out


def visit_in_china(lead: str) -> bool:
    """The first sentence puts the visit in a Chinese province or city, and names no foreign destination."""
    from parsers.data.officials_table import CHINESE_PROVINCES
    first = first_sentence_text(lead)
    if visited_country(first):
        return False
    if re.search(r"\bvisit\s+to\s+(?:the\s+)?People['\u2019]s\s+Republic\s+of\s+China\b", first):
        return True     # "X, who is paying an official visit to the People's Republic of China, held talks here"
    for m in _CN_PLACE_RE.finditer(first):
        place = m.group(1)
        if place.split()[0] == "Chinese":    # "a visiting Chinese official has said": no place
            continue
        if place in CHINESE_PROVINCES or place.split()[0] in CHINESE_PROVINCES or city_country_of(place) == "CN":
            return True
    # "to visit Xiangxi Tujia and Miao Autonomous Prefecture": China's autonomous prefectures and counties
    return bool(re.search(r"\b(?:visit(?:ed|s|ing)?|in)\s+(?:[A-Z][\w'\-]+\s+(?:and\s+)?){1,5}Autonomous\s+(?:Prefecture|County|Banner)\b", first))


def visited_country(lead: str) -> str | None:
    m = re.search(r"\b(?:visit(?:ed|s|ing)?|visit\s+to|arrived\s+in|tour\s+of|trip\s+to|go\s+to|travel\s+to)\s+((?:the\s+)?[A-Z][\w\-' ]{2,40})", lead)
    if m:
        for c in find_countries(m.group(1)):
            if c.code != "CN":
                return c.code
    return None


# ("said on Thursday, Jan. 15, that ...": a month's abbreviation before its day ends no sentence)
_MONTH_DAY_AHEAD = r"(?!(?<=(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.\s)\d)(?!(?<=Sept\.\s)\d)"


def first_sentence_text(lead: str) -> str:
    m = re.search(r"(?<=[a-z)]{2}[.])" + NOT_AFTER_ABBREVIATION + r"\s" + _MONTH_DAY_AHEAD, lead)
    return lead[:m.start()] if m else lead


_CONTACT_RE = re.compile(r"\b(?:met|meets|meeting|received|receives|receiving|held|holds|visited|visits|talks|"
                         r"called\s+on(?![^.;]{0,80}?\bto\s+[a-z])|paid|attended|addressed|sent)\b")


def contact_sentences(lead: str, first: str) -> str:
    """The lead's first sentence, and its second one when the first tells no contact ("X has
    urged ... . He received in Hanoi on December 22 ...")."""
    if _CONTACT_RE.search(first) or len(first) >= len(lead):
        return first
    rest = lead[len(first):]
    return first + first_sentence_text(rest)


# The foreign host's own premises put the contact abroad: "at the JVP head office", "at the
# party's national secretariat in Abuja", "at the Headquarters of the Party, Sophia", "at State
# House", "at the Ministry of Foreign Affairs of Turkmenistan" (never the CPC's own offices).
_PREMISES_RE = re.compile(
    r"\bat\s+(?:the\s+)?(?:(?!(?:CPC|CCP|IDCPC|ILD)\b)[A-Z]{2,8}|party['\u2019]s)\s+(?:national\s+|central\s+|main\s+)?"
    r"(?:head\s+office|headquarters?|secretariat|offices?)\b"
    r"|\bat\s+the\s+(?:Headquarters|Head\s+Office|National\s+Secretariat)\s+of\s+the\s+(?!CPC\b|Communist\s+Party\s+of\s+China\b)"
    r"(?:[A-Z][\w\-]*\s+){0,4}?Party\b"
    r"|\bat\s+(?:the\s+)?State\s+House\b"
    # "welcomed Chongqing party chief X ... at the Palace's Music Room", "at the Presidential Palace"
    r"|\bat\s+the\s+(?:Presidential\s+|Royal\s+|National\s+)?Palace(?:['\u2019]s\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?(?!\s+(?:Museum|Hotel|of\s+the\s+People))\b"
    r"|\bat\s+the\s+Ministry\s+of\s+Foreign\s+Affairs\s+of\s+(?P<country>(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)")
_HOSTED_CONTACT_RE = re.compile(r"\b(?:met|meets|meeting|received|receives|receiving|hosted|hosts|welcomed|"
                                # "Yang, a Special Envoy of ..., made the offer at the State House, Abuja"
                                r"courtesy\s+call|talks|held|made\s+the\s+(?:offer|remarks|pledge|call|statement))\b")


def host_premises(text: str) -> tuple[bool, str | None]:
    """(True, ISO2 or None) when a sentence telling the contact puts it at a foreign host's premises."""
    for par in text.split("\n"):
        m = _PREMISES_RE.search(par)
        if m and _HOSTED_CONTACT_RE.search(par[max(0, m.start() - 250):m.end() + 250]):
            cc = _place_country(m.group("country")) if m.group("country") else None
            if cc != "CN":
                return True, cc
    return False, None


# A foreign host as the subject meeting a CPC delegation, with no Chinese place: the
# delegation is abroad ("Secretary-General of Egypt's ruling party ... met with a delegation of the CPC").
_HOST_MEETS_CPC_RE = re.compile(
    r"^(?P<subject>.{0,200}?)\b(?:met|meets|received|receives|hosted|hosts|welcomed|welcomes|"
    r"(?:have|has)\s+had\s+(?:[\w\-]+\s+)?(?:exchanges|talks|discussions)\s+with|"
    r"(?:has\s+|have\s+)?(?:held|had)\s+(?:a\s+)?(?:[\w\-]+\s+)?(?:meeting|talks|discussions?)\s+with)"
    # "received, the day before yesterday (Wednesday, June 2) at the party's headquarters, the Ambassador ..."
    r"(?:,?\s+(?:the\s+day\s+before\s+yesterday|yesterday|today|on\s+\w+)(?:\s+\([^()]{1,40}\))?(?:\s+at\s+[^,]{1,60})?,)?"
    # ("received at the Movement's headquarters in Mirna Chalouhi a delegation from the International Department ...")
    r"(?:\s+at\s+[^,.;]{1,80}?(?=\s+(?:a|the)\s+(?:visiting\s+)?delegation\b))?"
    r"\s+(?:separately\s+|respectively\s+)?"
    r"(?:with\s+)?(?:(?:a|the)\s+)?(?:visiting\s+|senior\s+|high-level\s+)*(?:(?:CPC|CCP|Chinese|Communist\s+Party\s+of\s+China(?:\s+\(CPC\))?)\s+delegation"
    # "held a meeting with a delegation of the Central Committee of the Communist Party of China", "of the Communist Party of the People's Republic of China"
    r"|delegation\s+(?:of|from)\s+(?:the\s+)?(?:International\s+Department\s+of\s+the\s+)?(?:Central\s+Committee\s+of\s+the\s+)?(?:CPC|CCP|Chinese\s+Communist\s+Party"
    r"|Communist\s+Party\s+of\s+(?:the\s+People['\u2019]s\s+Republic\s+of\s+)?China)"
    r"|(?:senior\s+)?(?:CPC|Communist\s+Party\s+of\s+China(?:\s+\(CPC\))?)\s+official"
    # "met with a visiting senior official of the Communist Party of China (CPC)"
    r"|(?:senior\s+)?official\s+(?:of|from)\s+(?:the\s+)?(?:CPC|CCP|Chinese\s+Communist\s+Party|Communist\s+Party\s+of\s+China)\b"
    # a Chinese envoy received by a party in its own country: the CPC side abroad (convention t24)
    r"|(?:Chinese|China['\u2019]s)\s+(?:Ambassador|Minister[\s-]Counsell?or|Charg\u00e9|envoy)"
    r"|Ambassador(?:\s+Extraordinary\s+and\s+Plenipotentiary)?\s+of\s+(?:the\s+People['\u2019]s\s+Republic\s+of\s+)?China(?!\s+to\s+China)"
    # "Congress Party President X met with Mr. Wang Jiarui, Minister of the International Department of ..."
    r"|(?:Mr\.\s+|Ms\.\s+)?(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+),\s+(?:Vice[\s-])?Minister\s+of\s+the\s+International\s+Department\b)", re.I)


def host_meets_cpc(first: str) -> bool:
    m = _HOST_MEETS_CPC_RE.search(first)
    # the subject is the foreign host, not "The Chinese delegation ..."
    return bool(m) and not re.search(r"\b(?:CPC|CCP|Chinese|China)\b", m.group("subject").split(",")[0])
