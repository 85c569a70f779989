"""Words that put a contact on Chinese soil whatever the dateline says.

A foreign agency's or party's dateline is its own city; "who is on a visit to China", "the
delegation is in Beijing", "left for Beijing for talks", "visited the DPRK embassy in Beijing"
place the contact in China (a meeting there, not a visit abroad). Used by parsers.event_type.
"""
from __future__ import annotations

import re

from parsers.data.cities import CITIES
from parsers.data.officials_table import CHINESE_PROVINCES

__all__ = ["CN_PLACE", "IN_CHINA_RE"]

# China and its places: "visited Beijing and Zhejiang" is a guest's visit to China, not a CPC visit abroad.
CN_PLACE = "|".join(sorted({"China", "the People's Republic of China", "the Chinese capital", *CHINESE_PROVINCES, *(c for c, cc in CITIES.items() if cc == "CN")},
                           key=len, reverse=True))
# "visited the DPRK embassy in Beijing": on Chinese soil whatever the agency's dateline says
IN_CHINA_RE = re.compile(r"\b(?:embassy|consulate(?:\s+general)?)\s+in\s+(?:" + CN_PLACE + r")\b"
                     # "Pyongyang, March 24 (KCNA) -- X, who is on a visit to China ..., met ... at
                     # the Great Hall of the People": a foreign agency's dateline, a contact in China
                     r"|\bat\s+the\s+Great\s+Hall\s+of\s+the\s+People\b|\bin\s+Zhongnanhai\b"
                     # "Phnom Penh (AKP) - X led a high-level CPP delegation in talks with Y, ..., in Beijing on January 20"
                     r"|\bdelegation(?:\s+of\s+(?:the\s+)?[A-Z][^.,;]{2,60}?)?\s+in\s+talks\s+with\b(?:[^.]|(?<=\b[A-Z])\.){0,250}?\bin\s+(?:" + CN_PLACE + r")\b"
                     # "LAHORE - A delegation of the Jamaat-e-Islami is in Beijing to ...": the guests in China
                     r"|\bdelegation\b[^.]{0,150}?\b(?:is|are|was|were)\s+(?:currently\s+|now\s+)?in\s+(?:" + CN_PLACE + r")\b"
                     # "DAR ES SALAAM - CCM Secretary General X on Monday left for Beijing for talks"
                     # (not "The CCP delegation departed for Beijing after completing their visit")
                     r"|^(?:(?!\b(?:CPC|CCP|Chinese)\b)[^.])*\b(?:left|leaves|departed|departs)\s+(?:[\w\-]+\s+){0,3}?for\s+(?:[\w\-]+\s+){0,2}?(?:"
                     + CN_PLACE + r")\b(?!\s+after\s+(?:completing|concluding|ending))"
                     r"|\b(?:who\s+is|who\s+was|while)\s+on\s+an?\s+(?:[\w\-]+\s+){0,2}?visit\s+to\s+China\b"
                     # "A senior Eritrean delegation led by X is conducting a working visit to the People's Republic
                     # of China", "X is leading a senior party delegation to the People's Republic of China"
                     # ("... has conducted productive visit to the Peoples Republic of China", "An ANC delegation
                     # ... is visiting China to cement ties")
                     r"|^(?:(?!\b(?:CPC|CCP|Chinese)\b)(?:[^.]|(?:(?<=Mr)|(?<=Ms)|(?<=Dr)|(?<=Mrs)|(?<=Hon)|(?<=\s[A-Z]))\.))*\b(?:is|are|has|have)\s+(?:currently\s+)?"
                     r"(?:(?:conducting|conducted|paying|paid|making|made|on|leading)\s+"
                     r"(?:an?\s+)?(?:[\w\-]+\s+){0,3}?(?:visit|delegation)\s+to\s+(?:the\s+People['\u2019]?s\s+Republic\s+of\s+)?China\b"
                     r"|visiting\s+(?:the\s+People['\u2019]?s\s+Republic\s+of\s+)?China\b)"
                     # "A Cuban Communist Party delegation ... has arrived in the municipality of Shanghai"
                     r"|^(?:(?!\b(?:CPC|CCP|Chinese)\b)[^.])*\bdelegation\b[^.]{0,120}?\b(?:has|have)\s+arrived\s+in\s+"
                     r"(?:the\s+(?:municipality|city|province|region)\s+of\s+)?(?:" + CN_PLACE + r")\b",
                     re.IGNORECASE)

# A foreign agency's copy of a contact held in China, told in its lead's first two sentences: "following talks
# between ... in Beijing on Dec. 6", "This was agreed on February 15 in Beijing, when X was received by Y", "returned
# home last night after a working visit to the People's Republic of China" (not a CPC delegation's own trip)
_GUESTS_IN_CHINA_RE = re.compile(
    r"\b(?:talks|meeting|agreed|reached)\b[^.;]{0,120}?\bin\s+(?:" + CN_PLACE + r")\b(?![\-\u2013]|\s+(?:(?:early|late|later)\s+)?(?:last|next|this)\b)"     # (not "in China-Japan relations")
    r"|\bmet\s+with\b(?:[^.;]|(?<=\b[A-Z])\.|(?<=\bMr)\.|(?<=\bDr)\.){0,200}?,\s+in\s+(?:" + CN_PLACE + r")\s+on\b"     # "met with H.E. X, Minister of ..., in Beijing on"
    # "met Mr. X, Minister of ..., at the Diaoyutai State Guesthouse in Beijing on 18 September"
    r"|\bmet\s+(?:with\s+)?(?:Mr\.\s+)?[A-Z](?:[^.;]|(?<=\b[A-Z])\.|(?<=Mr)\.){0,200}?,\s+at\s+[^.;,]{3,80}?\s+in\s+(?:" + CN_PLACE + r")\s+on\b"
    r"|\bin\s+(?:" + CN_PLACE + r")\s*,?\s+when\b|\b(?:received|met)\b[^.;]{0,40}?\bin\s+the\s+Chinese\s+capital\b"
    r"|\b(?:was|were)\s+received\s+(?:on\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:\s+\d{4})?\s+)?in\s+(?:" + CN_PLACE + r")\s+by\b"     # "was received on June 14 in Beijing by"
                                                                                                                                  # ("on Tuesday 4 September 2012 in Beijing")
    r"|\bmet\s+on\s+[A-Z][a-z]+\s+\d{1,2}\s+in\s+(?:" + CN_PLACE + r")\s+with\b"     # "X met on October 21 in Beijing with Y"
    r"|\band\s+[^.;]{3,160}?\bmet\s+in\s+(?:" + CN_PLACE + r")\s+(?:today|yesterday|on\s+\w+day)\b"     # "A and B met in Beijing today"
    # "A delegation of the A, headed by ..., visited the People's Republic of China from 14 to 21 October", "In Beijing, the
    # delegation held talks with"
    r"|\bdelegation\b[^.;]{0,160}?\bvisited\s+(?:the\s+People['\u2019]s\s+Republic\s+of\s+)?China\s+from\b"
    r"|\bIn\s+(?:" + CN_PLACE + r")\s*,\s+the\s+(?:[\w\-]+\s+)?delegation\s+(?:held\s+talks|met)\b"
    # ("X, visiting Beijing at the head of a party delegation, held talks on July 30 with")
    r"|,\s+visiting\s+(?:" + CN_PLACE + r")\s+at\s+the\s+head\s+of\s+(?:a|an|the|his|her)\s+(?:[\w\-]+\s+){0,2}?delegation,\s+(?:held\s+talks|met)\b"
    # "met separately with A, ..., on November 18, and with B, ..., on November 19 in Beijing"
    r"|\bmet\s+separately\s+with\b[^.;]{0,400}?\bon\s+[A-Z][a-z]+\s+\d{1,2}\s+in\s+(?:" + CN_PLACE + r")\b"
    r"|\b(?:after|on)\s+returning\s+(?:home\s+)?from\s+(?:" + CN_PLACE + r"),\s+where\b"     # "said Tuesday after returning from Beijing, where he met"
    r"|\bsaid\s+in\s+(?:" + CN_PLACE + r")\s+(?:on\s+\w+day\s+)?after\s+(?:talks|a\s+meeting|meeting|(?:he|she)\s+(?:and\s+[^.;]{0,120}?\s+)?met)\b"     # "X said in Beijing on Tuesday after talks with"
    r"|\breceiv(?:ed|ing)\s+(?:on\s+[A-Z][a-z]+\s+\d{1,2}\s+)?in\s+(?:" + CN_PLACE + r")\s+(?:a|the)\s+(?:[\w\-]+\s+)?delegation\b"     # "received on June 14 in Beijing a delegation"
    r"|\b(?:returned|came\s+back)\s+home\b[^.;]{0,60}?\b(?:from|after)\s+[^.;]{0,60}?\b(?:" + CN_PLACE + r")\b"
    # ("A delegation of the SACP ... has returned (to Lisbon) from a visit to the People's Republic of China")
    r"|\breturned\s+(?:to\s+[A-Z][\w\-]+\s+)?(?:from|after)\s+(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}?visit\s+to\s+(?:the\s+People['\u2019]?s\s+Republic\s+of\s+)?China\b"
    # ("has returned to the Netherlands after visiting China from 6 to 13 September", "is back in the country after a
    # working visit to the People's Republic of China from 03 to 09 June", "returned to the country on Sunday after visiting",
    # "returned to Chile at the weekend after a visit to")
    r"|\b(?:returned|(?:is|was|are|were)\s+back)\s+(?:to\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+|home\s+|(?:in|to)\s+the\s+(?:country|capital)\s+)?(?:(?:on\s+)?\w+day\s+|(?:at\s+the|over\s+the|this|last)\s+(?:weekend|week)\s+)?after\s+(?:visiting\s+|(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}?visit\s+to\s+)"
    r"(?:the\s+People['\u2019]?s\s+Republic\s+of\s+)?China\b")
# a CPC delegation travelling now (not one still to come: "when a CPC delegation visits Mongolia this summer");
# the remarks' own background ("Chen said that in April this year, X and Y held talks in Beijing")
_CPC_TRIP_RE = re.compile(r"(?<!\bwhen\sa\s)(?<!\bwill\ssend\sa\s)\b(?:(?:CPC|Chinese|IDCPC)\s+delegation|delegation\s+of\s+the\s+(?:CPC|Communist\s+Party\s+of\s+China))\b"
                          r"|\bsaid\s+that\s+in\s+\w+\s+(?:this|last)\s+year\b")


# "A delegation of the A headed by X was in the People's Republic of China from 13 to 20 November": its hosts
# there ("held talks with a CPC delegation headed by Y") are no CPC trip
_WAS_IN_CHINA_RE = re.compile(r"\bdelegation\b[^.;]{0,160}?\b(?:was|were|has\s+been)\s+in\s+(?:the\s+People['\u2019]s\s+Republic\s+of\s+)?China\s+from\b")


def guests_in_china(first_two: str) -> bool:
    """The lead's first two sentences put the contact in China and tell no CPC delegation's trip."""
    if _WAS_IN_CHINA_RE.search(first_two):
        return True
    return bool(_GUESTS_IN_CHINA_RE.search(first_two)) and not _CPC_TRIP_RE.search(first_two)
