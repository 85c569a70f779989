"""The verbs of taking part and the subject phrase before them (used by parsers.people).

A subject written before one of these verbs took part in the contact ("X met", "Chairman of the A
Party X received", "X, who also took part in the meeting, said"); the subject phrase may hold an
honorific's or an initial's full stop, a date set off by commas, or a clause of its own.
"""
from __future__ import annotations

import re

from parsers.names import NAME_ABBREVIATIONS

__all__ = ["OPENING_SPEAKER_RE", "PART_VERB", "SUBJECT_AFTER_AND", "SUBJECT_BEFORE", "WHILE_CONTACT"]

# "H.E. Ambassador X, when paying a courtesy call on Mr. Y, ...": the contact as a clause
_WHILE_CONTACT = r"(?:when|while)\s+(?:paying|meeting|receiving|holding|visiting|calling\s+on)"
# A verb of taking part after a subject (title-before-name and bare-name subjects).
_PART_VERB = (
    r"(?:met|meets|meeting|held|holds|had|has(?!\s+(?:welcomed|hailed|praised|lauded|described)\s+the\s+(?:visit|talks|trip|agreement)\b|\s+(?:repeatedly\s+|often\s+)?(?:stressed|pointed\s+out|emphasi[sz]ed|stated)\s+that\b|\s+called\s+on\s+(?:the\s+)?(?:nation|people|public|country|citizens|supporters|members)\b)|received|receives|attended|attends|addressed|addresses|"
    r"told\s+(?:leaders|representatives|delegates|participants|guests)\s+(?:of|from)\b|sent|sends|cabled|called\s+on(?!\s+(?:the\s+)?(?:nation|people|public|country|citizens|supporters|members)\b)|paid|expressed(?=\s[^.;]{0,100}?\bin\s+a\s+(?:tele)?phone\s+(?:conversation|call)\s+with\b)|co-chaired|chaired|presided|coordinated\s+the\s+(?:debates?|discussions?|session|proceedings)|spoke|speaks|delivered|visited|visits|participated|participates|(?:is|are)\s+participating|took\s+part|arrived|arrives|flew\s+into|returned\s+(?:home|to\s+[A-Z][\w\-]+)(?=\s+(?:on\s+\w+\s+|(?-i:[A-Z][a-z]+day)\s+|today\s+|yesterday\s+)?(?:after|at\s+the\s+end\s+of)\s+(?:a|an|his|her|their|the|leading|heading|attending)\b)|"
    # (not "while Executive Vice President X leads the national mourning": who leads a country, a party or its mourning)
    r"(?:led|leads)(?!\s+the\s+(?:[\w\-]+\s+)?(?:mourning|country|nation|government)\b)|(?:is|are)\s+leading|(?:is|are)\s+paying\s+(?:a|an)\s+(?:[\w\-]+\s+){0,3}?visit\s+to\b|hosted|hosts|mourned|went\s+to(?![^.;]{0,80}?\bsign\s+(?:the|a)\s+(?:book\s+of\s+condolences?|condolence\s+book))|(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance|there\s+(?:during|at)\b|at\s+the\s+(?:meeting|talks)\b)|"
    r"hold|welcomed|greeted|took\s+the\s+floor|sat\s+in\s+on|joined\s+the\s+(?:Prime\s+Minister|President|Chairman|Chairperson)\b|inaugurated|officiated|also\s+(?:met|held|attended|had|sent|sends|took\s+part|participated|addressed|spoke|delivered|sat\s+in\s+on|received\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:delegation|guests|visitors))|(?:are|is)\s+accompanying\s+(?=[A-Z])|joined\s+the\s+(?:[A-Z]{2,6}\s+)?(?:chairman|president|leaders?|chairperson)\b|joined\s+(?:his|her|their)\s+counterparts\b|disclosed\s+this\s+(?:at|to|during)\s+(?:a|the)\s+(?:press|news)\s+(?:briefing|conference)\b|joined\s+(?:the\s+)?(?:leaders|representatives|delegates|delegations)\s+of\b|(?:have|has)\s+thanked|(?<!\band\s)thanked\s+(?:the\s+)?(?:IDCPC|CPC|International\s+Department|Chinese\s+(?:people|side|party|government))\b|briefed(?!\s+(?:reporters|journalists|the\s+press|the\s+media))|introduced|informed|discussed|assured(?=\s+(?-i:[A-Z]))|"
    # an envoy "accompanied the delegation", a host "opened the seminar": present
    r"who\s+(?:also\s+)?(?:took\s+part|attended|participated|joined|(?:is|was|are|were)\s+(?:also\s+)?(?:part|a\s+member|members)\s+of|(?:was|were)\s+(?:also\s+)?present\s+at\s+the\s+(?:meeting|talks))\b|"
    # "Ambassador X gave a detailed introduction to the report": the speaker of a briefing
    r"talked\s+(?:via|by|over)\s+(?:video|phone|telephone)\b|(?:then\s+)?gave\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:introduction|briefing|presentation|speech|lecture)\b|presented\s+(?:a|the|his|her)\s+(?:[\w\-]+\s+)?paper\b|"     # "X, who also took part in the meeting, said"
    r"(?:accompanied|will\s+accompany)\s+(?:the|this)\s+(?:[\w\-]+\s+)?(?:delegation|visitors|guests|team|[Aa]mbassador|envoy|Chairman|Chairwoman|Chairperson|Co-chair(?:man|person)?|President|State\s+Counsellor|(?i:prime\s+minister)|party\s+(?:chairman|chairwoman|chairperson|president|leader))|(?:accompanied|will\s+accompany)\s+(?:him|her|them|[A-Z][a-z]+)(?:\s+(?:during|at|on|in|to)\s|(?=\.(?:\s|$)))|would\s+accompany\s+[A-Z][a-z]+(?=,\s+(?:he|she)\s+added\b)|opened\s+(?:today|on\s+\w+day)\s+with\s+(?:a|his|her)\s+(?:keynote\s+)?(?:speech|address)\b|(?:officially\s+)?opened\s+(?:today\s+|on\s+\w+day\s+)?(?:in\s+[A-Z][\w\-]+\s+)?(?:the|an?)\s+(?:[\w\-]+\s+){0,3}?(?:seminar|forum|session|dialogue|conference|workshop|meeting)\b|"
    # "X told the participants that ...", "X told a seminar of political parties held in Beijing": a speaker there
    r"told\s+(?:the\s+)?(?:participants|delegates|gathering|audience|forum|seminar|symposium|conference)\b|told\s+(?:a|the)\s+(?:visiting\s+)?(?:senior|top|high-ranking|leading)\s+(?:[\w\-()]+\s+){0,8}?official\b|told\s+(?:a|the)\s+(?:media|press|news)\s+(?:briefing|conference)\b|told\s+reporters\s+at\s+[A-Z][\w\-]+\s+House\s+that\s+the\s+delegation\b|told\s+(?:a|an|the)\s+(?!(?:press|news)\b)(?:[\w\-]+\s+){0,2}?(?:seminar|forum|symposium|workshop|conference|dialogue|summit)\s+(?:of|on|in|at|held|organi[sz]ed|hosted)\b|"
    # "X shared the appreciation when paying courtesy call on Y": the remarks of this contact
    # ("X made the commitment on Thursday at a one-day seminar on governance held at ...": a speaker there)
    r"made\s+the\s+(?:commitment|pledge|remarks|announcement|statement)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?at\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?:seminar|forum|symposium|conference|workshop|dialogue)\b|"
    # ("X made the statement in Hanoi on May 17 while receiving a CPC delegation")
    r"(?:made|shared|expressed|voiced|gave)\s+(?:[\w\-]+\s+){0,3}?(?:in\s+[A-Z][\w\-]+\s+)?(?:on\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\s+)?(?:when|while)\s+(?:meeting|paying|receiving|holding|hosting|welcoming)|"
    r"made\s+the\s+(?:pledge|remarks|announcement|call|offer)\s+(?:on\s+[\w\s]{3,20}?\s+)?when\s+(?:he|she|they)\s+(?:received|met|hosted)\b|"
    # ("X made the disclosure on Friday when the Chinese Ambassador to Liberia, Y, paid a courtesy visit on ...")
    r"made\s+the\s+(?:disclosure|remarks?|announcement|statement)\s+(?:(?:on\s+)?\w+day\s+)?when\s+the\s+Chinese\s+(?:Ambassador|ambassador|envoy)\b|"     # ("made the pledge on June 18 when he received")
    r"made\s+the\s+(?:pledge|remarks|announcement|call|offer)\s+(?:during|in)\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:talks|meeting|(?:phone|telephone|video)\s+(?:call|conversation))\s+with\b|made\s+the\s+announcement\s+at\s+a\s+(?:press|news)\s+conference\b|made\s+the\s+(?:pledge|remarks|announcement|offer)\s+after\s+(?:holding\s+)?(?:talks|a\s+meeting|meeting)\s+(?:in\s+[A-Z][\w\-]+\s+|at\s+the\s+(?:[A-Z][\w\-]+\s+){1,4})?with\b|"
    # "President of Maldives X in his congratulatory message conveyed ...", "... Y said in a congratulatory message"
    r"(?:said\s+|wrote\s+)?in\s+(?:a|an|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:message|letter|cable)|"
    # "Hina Pervez Butt, Mahwish Sultana, and other leaders are also part of the delegation"
    r"(?:who\s+)?(?:are|is|were|was|will\s+(?:also\s+)?be)\s+(?:also\s+)?(?:(?:part|(?:a\s+)?members?)\s+of|on|in)\s+the\s+(?:visiting\s+|Chinese\s+|CPC\s+|[\w]+-member\s+|(?-i:[A-Z]{2,6})\s+)?(?:delegation|team)|(?:are|is|were|was|will\s+(?:also\s+)?be)\s+(?:also\s+)?among\s+the\s+(?:delegation\s+members|members\s+of\s+the\s+delegation)\b|joined\s+(?:[A-Z][a-z]+\s+|it\s+)?from\b|joined\s+(?:(?:Dr|Mr|Mrs|Ms|Comrade|Cde)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:at\s+the\b|in\s+[A-Z][a-z]+\b|for\s+the\s+(?:talks|meeting|call|conversation)\b|in\s+(?:hosting|receiving|welcoming|meeting)\b)|joined\s+(?:him|her|them)(?=\s*[.;])|(?:also\s+)?joined\s+it(?=\s*[,.;])|joined\s+(?:them|him|her)\s+(?:at|for|in|on)\s+the\s+(?:[\w\-]+\s+){0,2}?(?:session|meeting|talks|ceremony|dinner|banquet|forum|dialogue)\b|will\s+be\s+visiting|(?:is|are)\s+(?:also\s+)?scheduled\s+to\s+meet\s+(?:with\s+)?the\s+(?:guests|delegation|visitors)\b|"
    r"separately\s+met|jointly\s+(?:met|held|attended)|" + _WHILE_CONTACT + r"|exchanged\s+(?:views|opinions|(?:[\w\-]+\s+){0,2}?(?:messages|letters))|connected\s+to\s+the\s+(?:talks|meeting|call|conversation)|agreed\s+(?:on\s+\w+day\s+)?(?:during|at|in)\s+(?:the\s+|their\s+|a\s+)?(?:[\w\-]+\s+){0,2}?(?:talks|meeting|call|conversation)|agreed\s+in\s+[A-Z][\w\-]+\s+on\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\w+day)\s+to\b|reached\s+(?:the|an|this)\s+(?:agreement|consensus|understanding)\s+with(?=\s+[A-Z])|head(?:s|ed)?\s+the\s+(?:[\w\-]+\s+){0,2}?(?:side|delegation|team)|"
    # "... and Cuban Ambassador to China X followed it from Beijing": a remote participant ("followed the exchange alongside")
    r"followed\s+(?:it|the\s+(?:proceedings|meeting|talks|exchange|call|conference|session|conversation|summit|forum|dialogue))\s+(?:online\s+)?(?:from|alongside)\b|"
    # "party president X said on Tuesday after an online meeting via video link with": the speaker met
    # ("X revealed the plan after meeting Chinese Ambassador Y")
    # ("..., the party's Secretary-General, X, disclosed after receiving a visiting Chinese party delegation")
    # ("X announced the agreement when he held talks with a visiting CPC delegation")
    r"(?:said|announced|disclosed|revealed|told\s+[A-Z][\w\-]+|(?:revealed|disclosed|unveiled|announced)\s+the\s+(?:plan|programme|program|decision|news|agreement))\s+(?:here\s+)?(?:(?:on\s+)?\w+day,?\s+|today,?\s+|yesterday,?\s+)?(?:after|during|(?<=agreement\s)when)\s+(?:meeting|receiving|holding|(?:he|she|they)\s+(?:met|held|had|talked|spoke)"
    r"|(?:(?:a|an|the|his|her)\s+)?(?:[\w\-]+\s+){0,4}?(?:meeting|talks|call|conversation))\b|"
    # "..., Chinese Ambassador to Nepal X told NC President Y during a meeting at the latter's residence": the speaker met
    r"told(?=\s+(?:\(?[A-Z][\w\-()'\u2019]*\s+){2,10}during\s+(?:a|the|their|his|her)\s+(?:[\w\-]+\s+)?(?:meeting|talks)\b)|"
    # "The Chinese Ambassador to India, Xu Feihong, also joined the CPC delegation", "... also joined the call"
    r"joined,\s+(?:by|via)\s+video\s+link(?:\s+on\s+\w+day)?,\s+the\s+|"     # ("X joined, by video link on Tuesday, the A Summit")
    r"(?:also\s+|later\s+)?joined\s+(?:the|a|both)\s+(?:[\w\-]+\s+){0,2}?(?:delegation|guests|visitors|proceedings|(?:[\w\-]+\s+){0,4}(?-i:Summit)|meetings?|talks|visit|call|conversation|exchange|session|seminar|conference|forum|dialogue|summit|discussions?)|"
    r"represented\s+(?:the\s+)?(?:[\w\-]+\s+side|(?=[A-Z]))|told\s+(?:the\s+|a\s+)?(?:visiting|Chinese\s+(?:delegation|guests|visitors)|CPC\s+delegation|delegation\s+of\s+the\s+(?:CPC|Communist\s+Party\s+of\s+China)|Chinese\s+(?:ambassador|Ambassador|envoy)\s+(?:here|on\s+\w+day|today|yesterday)\b)|reviewed|(?:asked|raised|put)\s+(?:[\w\-]+\s+)?questions|asked\s+(?:how|whether|what|why|if)\b|"
    # "Greek President X extended his warmest congratulations", an announced visitor who "will begin a visit"
    r"extended\s+(?:his|her|their|its)\s+(?:[\w\-]+\s+){0,2}?(?:congratulations|greetings|condolences)|"
    r"will\s+(?:begin|start|pay|make)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?(?:visit|tour|trip)|will\s+(?:go|travel)\s+to|will\s+leave\s+for|(?:is|are)\s+(?:scheduled|due|set)\s+to\s+leave\s+for|"
    r"will\s+(?:(?:next|this)\s+week\s+|next\s+month\s+)?(?:head|lead)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?delegation|will\s+(?:meet|hold\s+talks)\s+with\b|will\s+host\s+(?:a\s+)?(?:reception|banquet|dinner|luncheon)\b|will\s+receive(?=\s+(?-i:[A-Z]))|will\s+deliver\s+(?:a|the)\s+keynote\b|(?:will|would)\s+(?:also\s+)?address\s+the\s+(?:opening|closing)\s+(?:session|ceremony)\b|will\s+(?:also\s+)?(?:take\s+part|participate)\s+in\b|leaves\s+[A-Z][\w\-]+\s+(?:on\s+\w+day\s+|today\s+|tomorrow\s+)?for\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?visit\b|(?:is|are)\s+leaving\s+for\s+[A-Z][\w\-]+\s+(?:on\s+\w+day\s+|on\s+[A-Z][a-z]+\s+\d{1,2}\s+|today\s+|tomorrow\s+|(?:next|this)\s+week\s+)?(?:on|for)\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?visit\b|will\s+(?:also\s+)?join\s+the\s+delegation\b|(?:were|was)\s+among\s+(?:the\s+)?(?:some\s+)?(?:\d+\s+)?(?:delegates|participants|guests)\s+attending\b|(?:were|was)\s+among\s+(?:the\s+)?(?:more\s+than|over|nearly|about|some)\s+[\d,]+\s+(?:delegates|participants|guests|representatives)\s+(?:of\s+[^.;]{3,160}?\s+)?who\s+(?:gathered|attended|took\s+part)\b|(?:were|was)\s+(?:also\s+)?among\s+the\s+participants(?=\s*[.;])|(?:were|was)\s+(?:also\s+)?among\s+those\s+(?:present|attending)\b|(?:were|was)\s+among\s+the\s+(?:diplomats|envoys|ambassadors|guests|participants)\s+who\b|(?:are|is)\s+among\s+the\s+(?:[\w\-]+\s+){0,2}?(?:leaders|speakers|guests)\s+who\s+(?:will|have\s+confirmed)\b|witnessed\s+the\s+signing\b|(?:is|are)\s+expected(?!\s+in\s+[A-Z][\w\-]+\s+(?:in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|next\s+(?:month|year))\b)\s+(?:this|today|tomorrow|at|in)\b|(?:is|are)\s+(?:also\s+)?expected\s+to\s+(?:attend|take\s+part|participate|join|receive|meet)\b)\b"
)
# where a subject may open: a sentence, a clause after a comma, a dash or a quote (or a web desk's tag
# before a lead with no dateline: "VOV.VN - Chairman of ... X received")
# ("... agreed to hold regular exchanges when JCP Vice Chair X held talks with": a party's title after "when"; "The plans
# were discussed in Minsk today as First Secretary of the A X met with")
_OPENING = r"(?:^|(?<=[,.;\u2014:]\s)|(?<=[,.][\"\u201d]\s)|(?<=--)|(?<=\u2014)|(?<=\n)|(?<=\.[A-Z]{2}\s[-\u2013]\s)|(?<=\swhen\s)(?=(?:[A-Z]{2,8}|Chinese|China['\u2019]s)\s+[A-Z])|(?<=\stoday\sas\s)(?=[A-Z])|(?<=day\sas\s)(?=[A-Z]))\s*"
_SUBJECT = (
    # ("... Political Leader of the United Workers Party Hon. Lennox Linton has": an honorific's period ends no subject)
    # ("Former Sen. X represented ...": an American role's abbreviation neither)
    r"(?P<subject>(?:[^,.;\n\u2014]|(?:(?<=\sHon)|(?<=\sDr)|(?<=\sMr)|(?<=\sMrs)|(?<=\sMs)|(?<=\sProf)|(?<=\bSen)|(?<=\bRep)|(?<=\bGov)|(?<=\bLt))\."
    # ("Belarusian Ambassador to China Kirill V. Rudy was present": a middle initial's period neither)
    # (and after an acronym or a bracket: "Secretary General of the MPP D. Amarbayasgalan", "(DP) L. Gantumur", "S.Batbold")
    # ("Chairman Prof. G.L. Peiris", "General Secretary D.E.W. Gunasekera": initials glued together)
    r"|(?<=[\w).]\s[A-Z])\.(?=\s[A-Z][a-z]|\s[A-Z]\.\s[A-Z][a-z]|[A-Z][a-z]{2}|(?:[A-Z]\.){1,2}\s[A-Z][a-z])|(?<=\s(?:Ts|Ch|Sh|Kh|Zh))\.(?=[A-Z][a-z]{2,})|(?<=\s[A-Z]\.[A-Z])\.(?=\s[A-Z][a-z]|[A-Z]\.\s[A-Z][a-z])|(?<=\s[A-Z]\.[A-Z]\.[A-Z])\.(?=\s[A-Z][a-z])|(?:" + "|".join(rf"(?<=\s{a})" for a in (*NAME_ABBREVIATIONS, "Ts", "Ch", "Sh", "Kh", "Zh")) + r")\.(?=\s[A-Z][a-z])){3,330}?)(?:\s+|\s*,\s*(?:(?:who|also|now|in\s+(?:his|her|their)(?=\s[\w\-]+(?:\s[\w\-]+)?\s*,))\s[^,]*,\s*"
    # "PDI-P Secretary-General X, speaking from the party's office in Menteng, Central Jakarta, said", "X,
    # accompanied by Y, a member of ..., spoke ...": a clause of the subject's set off by commas
    r"|(?:speaking\s+(?:on\s+behalf\s+of|from|via|by|at|in)|accompanied\s+by|recalling\s+(?:his|her|their)|on\s+behalf\s+of)\s[^,]*(?:,\s*[A-Za-z][^,]*)?,\s*"
    # "Chairman of the A Jan X, on a visit to China at the head of a party delegation, met ...": the subject's own trip
    r"|(?:on\s+(?:a|an|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:visit|trip|tour)\s+to|heading|at\s+the\s+head\s+of)\s[^,]*,\s*"
    r"|(?=who\s+(?:also\s+)?(?:took\s+part|attended|participated|joined|(?:is|was|are|were)\s+(?:also\s+)?(?:part|a\s+member|members)\s+of)\b)"
    # "H.E. Ambassador X, when paying a courtesy call on Mr. Y, ..."
    r"|(?=" + _WHILE_CONTACT + r"\b)))"
    # ("X on Tuesday (July 6, 2021) urged ...", "X yesterday (16) had ...": the day in brackets after the weekday)
    r"(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:\([^()\n]{3,30}\)\s+)?|(?:here\s+)?(?:today|yesterday|this\s+(?:morning|afternoon|evening))\s+(?:\(\d{1,2}\)\s+)?|(?:separately|jointly)\s+"
    # "Japanese Communist Party Chair Shii Kazuo on October 31 met ...", "... Dr X on Tuesday, June 18, held ..."
    r"|on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:(?:19|20)\d\d,\s+)?"     # ("X on Aug. 3 received")
    r"|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+(?:19|20)\d\d)?,\s+"     # ("X on Saturday, 9 July, sent", "13 July 2023,")
    r"|on\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:(?:19|20)\d\d\s+)?"     # ("X on 9 August received", "on 14 July 2015 held")
    r"|on\s+the\s+(?:morning|afternoon|evening)\s+of\s+(?:[A-Z][a-z]{2,8}\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}),?\s+)?"     # ("X on the afternoon of May 15 held")
)

_SUBJECT_BEFORE = _OPENING + _SUBJECT
# the last of a run of clauses: ", and General Secretary X will attend ..."
SUBJECT_AFTER_AND = _OPENING + r"(?:and\s+(?=[A-Z]))?" + _SUBJECT

WHILE_CONTACT, PART_VERB, SUBJECT_BEFORE = _WHILE_CONTACT, _PART_VERB, _SUBJECT_BEFORE

# "Opening the debate, PT national president X highlighted ...": who opened the gathering spoke at it, whatever the verb
OPENING_SPEAKER_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=\.\s))(?:Opening|Closing|Addressing)\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:meeting|seminar|forum|session|dialogue"
    r"|conference|debate|symposium|webinar|workshop|round\s*table),\s+(?P<subject>[^,.;\n]{3,120}?)\s+"
    r"(?:highlighted|said|stressed|noted|underlined|emphasi[sz]ed|welcomed|recalled|praised|pointed\s+out|thanked|expressed|described|defended)\b")
