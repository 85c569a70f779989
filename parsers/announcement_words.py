"""Words of announcements and plans (used by parsers.event_type): what makes a lead announce a visit or
a gathering still to come, rather than report a contact, and the sentences that tie a plan back to
the contact it came out of ("The plan was endorsed when X received ...", "following talks ...").
"""
from __future__ import annotations

import re

__all__ = ["press_conference_story", "FOLLOWING_REMOTE_RE", "OTHER_RE", "TITLE_FUTURE_RE", "TITLE_LEADS_RE", "ENDORSED_WHEN_RE", "FOLLOWING_TALKS_RE", "WELCOME_VISIT_RE"]

_I = re.IGNORECASE
OTHER_RE = re.compile(
    r"\bpress\s+conference\b|\bnews\s+conference\b|\bpress\s+briefing\b"
    # ("A delegation of the A ... leaves for China on Thursday for a week-long visit": a trip still to come)
    r"|\b(?:leaves|departs)\s+for\s+(?:China|Beijing)\s+(?:on\s+\w+day|next\s+week|later\s+this\s+(?:week|month))\s+for\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?visit\b"
    # "met ... with foreign representatives who will attend the dialogue": the guests' plans, not the event
    r"|(?<!-)(?<!who )(?<!which )\bwill\s+(?:pay\s+(?:a|an\s+official|a\s+working|a\s+friendly|a\s+state|an\s+official\s+goodwill)\s+visit|visit|attend|hold|host|convene|gather|travel|be\s+held"
    r"|undertake|embark\s+on|take\s+part|address\s+(?:the|a)\s+(?:[\w\-]+\s+){0,6}?(?:[Ss]ummit|[Ff]orum|[Cc]onference|[Ss]eminar|[Dd]ialogue|[Cc]ongress)\b|participate|be\s+participating|come\s+to|depart\s+for|leave\s+(?:here\s+)?for\s+(?:Beijing|China)\s+(?:on\s+\w+(?:\s+\d{1,2})?\s+|next\s+\w+\s+|tomorrow\s+|today\s+)?(?:for|to|at\s+the\s+invitation|on\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?visit)|make\s+a\s+(?:\w+\s+)?(?:visit|tour|trip)|go\s+to"
    # ("will arrive in the country on Thursday for a four-day working visit")
    # ("will arrive in Sri Lanka next week on a four-day visit", "will arrive here on September 2 on a five-day visit")
    # ("will arrive in Libreville on 21 March for a four-day working visit", "will leave Kinshasa on Thursday for a
    # ten-day visit to")
    r"|(?:arrive|leave(?=\s+[A-Z]))\s+(?:here\s+|in\s+(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+|(?<=leave\s)[A-Z][\w\-]+\s+)?(?:on\s+(?:\d{1,2}\s+)?\w+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\s+|next\s+(?:week|month|[A-Z][a-z]+day)\s+)?(?:on|for)\s+(?:a|an)\s+(?:[\w\-]+\s+){0,3}?visit)\b"
    # an agency's present for a coming arrival: "arrives in the country on Sunday for a four-day visit"
    # ("is arriving in Kathmandu on Sunday on a five-day official visit")
    r"|\b(?:arrives|(?:is|are)\s+arriving)\s+(?:here\s+|in\s+(?:the\s+)?[\w\-]+\s+)(?:on|next)\s+\w+\s+(?:for|on)\s+(?:a|an)\s+(?:[\w\-]+\s+){0,3}?visit\b"
    # ("announced today that he will head a party delegation to the People's Republic of China")
    r"|(?<!who )\bwill\s+head\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?delegation\b"
    r"|(?<!-)(?<!who )\bwill\s+(?:(?:next|this)\s+week\s+|next\s+month\s+)?lead\b(?!\s+the\s+(?:[\w\-]+\s+){0,2}?(?:people|nation|country|masses|workers|party)\b)|\bis\s+leaving\s+for\s+(?:Beijing|China)\b|\b(?:is|are)\s+(?:scheduled|expected|set)\s+to\b(?!\s+(?:invest|build|rise|grow|fall|benefit|become|increase|expand))|\b(?:is|are)\s+expected\s+(?:(?:this|later)\s+\w+\s+|today\s+|tomorrow\s+)(?:at|in)\b|\bto\s+visit\s+China\b(?!\s+(?:from|on)\s+\w+\s+\d|\s+since\b)"
    r"|\bdelegation\s+to\s+visit\s+china\b|(?<!who )\bwill\s+(?:next\s+(?:week|month)\s+)?send\s+(?:a\s+)?(?:[\w\-]+\s+){0,2}?delegation\s+(?:to\b|[^.]{0,120}?\sto\s+(?:China|Beijing)\b)"
    r"|\bis\s+leading\s+(?:a|an|the)\s+[^.]{0,80}?\b(?:next\s+(?:week|month)|later\s+this\s+(?:week|month))\b", _I)   # "is leading a delegation to China next week"
# ("X to lead Swapo delegation to China")
TITLE_FUTURE_RE = re.compile(r"\b(?:to\s+visit|to\s+attend|will\s+visit|to\s+hold|to\s+host|to\s+lead\s+(?:[\w\-]+\s+){0,3}?delegation\s+to)\b", _I)
TITLE_LEADS_RE = re.compile(r"(?<!\bto )\blead(?:s|ing)?\b", _I)   # "Leads ... to Visit", not "to Lead"
# "The plan was endorsed when X ... received a CPC delegation led by Y": the plan's occasion is the contact
# ("The agreement came out of talks between A and B", "X announced the visit after a video call with Y")
# ("The plan was conveyed by Chinese Ambassador X when he met with Y")
ENDORSED_WHEN_RE = re.compile(r"(?:\b(?:was|were)\s+(?:\w+ed|made|reached|signed|agreed)\s+(?:upon\s+)?(?:(?:here\s+)?(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday)\s+(?=by\s))?(?:by\s+(?:[^.;]|(?<=\b[A-Z])\.){3,160}?,?\s+(?=when\s|after\s+the\s+two\s))?(?:(?:on\s+[A-Z][a-z]+\.?\s+\d{1,2}\s+)?in\s+(?=(?:talks|a\s+meeting|a\s+(?:video|phone|telephone)\s+(?:call|conversation))\b)|"
                              # "The agreement was reached in Beijing on September 8, when X met with Y"
                              r"(?:in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+)?(?:on\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?|[A-Z][a-z]+day),?\s+)?(?:when|as|after|during|at))"
                              r"|\b(?:came|emerged)\s+(?:(?:on\s+)?\w+day\s+|today\s+|yesterday\s+)?(?:out\s+of|from|after|during|as)|\bannounced\s+(?:[\w\-]+\s+){0,3}?(?:after|during|following))"
                              # (an initial's full stop inside: "... Prime Minister of Mongolia U. Khurelsukh received")
                              r"\b(?:[^.]|\.(?=\s?[A-Z][a-z])){0,200}?\b(?:received|met|hosted|held\s+talks|meeting|talks|call|conversation)\b", _I)
# "UDA is set to establish a school, following talks between ... in Beijing on Tuesday": the plan follows a contact
FOLLOWING_TALKS_RE = re.compile(r"\b(?:following|after)\s+(?:talks|a\s+meeting|meetings|discussions)\b", _I)
WELCOME_VISIT_RE = re.compile(r"\bwelcom\w*\s+(?:[\w\-]+\s+){0,6}?to\s+visit\s+China\b"
                               # "gave him an invitation to visit China", "invited Deuba to visit China"
                               r"|\binvitation\s+(?:from\s+[^.;]{3,80}?\s+for\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?delegation\s+)?to\s+visit\s+China\b|\binvit(?:ed|es|ing)\s+(?:[\w\-]+\s+){1,4}?to\s+visit\s+China\b", _I)
# "... will hold the next round of their dialogue in Kazan, X said on Wednesday following a videoconference with Y":
# the plan's occasion, a two-sided remote contact
# ("... said on Wednesday after video talks with Y")
# ("..., following an agreement reached on February 10 in a video call between A and B")
# ("..., the two parties agreed on May 28 during a video call between A and B", "under an agreement reached during
# a video call on May 28 between A and B")
FOLLOWING_REMOTE_RE = re.compile(r"\b(?:following|after|under|during|(?<=\bsaid\sthis\s)in)\s+(?:holding\s+)?(?:an?\s+agreement\s+reached\s+(?:on\s+[A-Z][a-z]+\.?\s+\d{1,2}\s+)?(?:in|during)\s+)?"
                                 r"(?:(?:a|an|the|his|her|their)\s+)?(?:video\s*conference|video\s+(?:call|talks|conversation)|"
                                 r"(?:tele)?phone\s+(?:call|conversation|talks)|online\s+(?:meeting|talks)"
                                 r"|talks\s+(?:via|by|over)\s+(?:video(?:\s*link|\s*conference)?|(?:tele)?phone))"
                                 # ("..., according to a statement issued after a telephone conversation on Wednesday.")
                                 # ("after an online meeting, held via video link, with")
                                 # ("it was agreed during a video call held today between A and B")
                                 # ("after a telephone conversation on Monday, November 17, with")
                                 r"(?:\s+(?:(?:he|she|they)\s+)?held)?(?:\s+on\s+(?:\w+day(?:,\s+[A-Z][a-z]+\s+\d{1,2},)?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)|\s+today|\s+earlier\s+in\s+the\s+day|,\s+held\s+(?:via|by|over)\s+(?:video\s+link|video|(?:tele)?phone),)?"
                                 r"(?:\s+(?:with|between)\b|(?=\.))", _I)

# "More than 300 parties have sent messages ..., a senior official said Tuesday." then "X ... told a press
# conference that ...": the story of a press conference, whatever its first sentence reports
# ("a senior official of the Party's international department told reporters here Saturday")
_OFFICIAL_SAID_RE = re.compile(r"\b(?:a|an)\s+(?:senior\s+)?(?:CPC\s+|Chinese\s+|party\s+)?official\s+(?:of\s+[^,.;]{3,80}?\s+)?"
                               r"(?:said|says|announced|told\s+(?:reporters|journalists))\b", _I)
_TOLD_PRESS_RE = re.compile(r"\b(?:told\s+(?:a|the)|made\s+the\s+remarks\s+at\s+a)\s+(?:[\w\-]+\s+)?(?:press|news)\s+(?:conference|briefing)\b", _I)


def press_conference_story(first: str, next_first: str) -> bool:
    """The lead reports what an unnamed official said and the next sentence names him at a press conference."""
    return bool(_OFFICIAL_SAID_RE.search(first) and _TOLD_PRESS_RE.search(next_first))
