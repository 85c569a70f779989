"""Contacts of other times and other stops, told after the lead: a name in such a sentence is
mentioned in passing, not a participant of the contact the release reports (used by
parsers.mention_roles, parsers.subject_names and parsers.taking_part)."""
from __future__ import annotations

import re

from parsers.person_roles import sentence_start

__all__ = ["AFTER_VISIT_WHERE_RE", "EARLIER_LEG_RE", "earlier_same_trip", "past_contact"]


# After the lead, a contact of its own time: "President X spoke with Y on the phone in May",
# "X sent a message to congratulate Y after the election": not this event.
# (not over a reported clause of its own: "X told Y, vice-minister of ..., that President Z still spoke warmly of the
# trip he had made to China in January 2006": Z's trip, not Y's)
_PAST_AFTER_RE = re.compile(
    r"(?:(?!,\s+that\s)[^.;\n]|(?<=\b[A-Z])\.){0,160}?\b(?:(?:spoke|talked|met|held\s+(?:(?:their|his|her)\s+(?:first\s+)?(?:formal\s+)?talks|talks|a\s+(?:phone|telephone|video)\s+(?:call|conversation))"
    r"|(?:paid|made)\s+(?:a|an|his|her)\s+(?:[\w\-]+\s+){0,2}?(?:visit|trip)|attended|discussed\s+with|visited|travell?ed\s+to"     # ("X ... paid an unofficial visit to China in April last year")
    r"|led\s+(?:a|an)\s+(?:[\w\-]+\s+){0,4}?delegation|exchanged\s+(?:letters|messages))\b(?:[^.;\n]|(?<=\b[A-Z])\.){0,160}?"     # ("X, now the party's acting president, led a delegation ... in December 2007")
                                                                                                          # ("... of the C.C., CPC, when the latter was in Pyongyang in August")
    r"\b(?:in\s+(?:(?:early|mid|late)[\s-])?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)"
    r"|last\s+(?:year|month|week|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d|earlier\s+this\s+(?:year|month)|ago)"
    # ("X, leader of the A, was received by Song in Beijing last year.")
    r"|(?:was|were)\s+received\s+by\s+[^.;,\n]{0,80}?\b(?:last\s+(?:year|month|week)|in\s+(?:19|20)\d\d)\b"
    # ... but a message sent to this gathering is the sender's part in it ("the plenum sent a clear message": a figure)
    r"|(?<!also )sent\s+(?:a|an|his|her)\s+(?!(?:clear|strong|positive|powerful|firm)\s)(?:\w+\s+){0,2}?(?:message|letter|cable|telegram)(?!\s+to\s+the\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:event|forum|dialogue|conference|meeting|seminar|summit|symposium|congress|ceremony|opening|gathering)\b))")


# a time told before the name: "handed over in Harare last month by X", "the visits to China made this year by X",
# "the talks held between Prime Minister X and Chinese leaders in recent years"
# ("Preparations were discussed last month when CPP leaders met Chinese Ambassador to Cambodia X")
_TIME_BEFORE_RE = re.compile(r"\b(?:last\s+(?:month|year|week)|(?:this|last)\s+year)\s+by\s+(?:[A-Z][\w\-]*\s+){0,4}$"
                             # ("the memorandum signed in Beijing in 2024 by former APC National Chairman X")
                             r"|\b(?:signed|reached|concluded)\s+(?:in\s+[A-Z][\w\-]+\s+)?in\s+(?:(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d)\s+by\s+(?:former\s+)?(?:[A-Z][\w\-]*\s+){0,5}$"
                             # ("The visit was arranged in May during talks in Beijing between officials ... and X")
                             r"|\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:(?:19|20)\d\d\s+)?during\s+(?:talks|a\s+meeting|meetings)\b[^.;]{0,150}$"
                             # ("The trip follows a visit to northeast China in late August by X")
                             r"|\bin\s+(?:(?:early|mid|late)[\s-])?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+by\s+(?:[A-Z][\w\-]*\s+){0,4}$"
                             r"|\blast\s+(?:month|year|week)\s+when\s+[^.;]{0,100}?\b(?:met|received|hosted)\s+(?:with\s+)?(?:[\w\-]+\s+){0,6}$"
                             # ("Kanzaki also welcomed the meeting between Koizumi and Chinese President X in Jakarta")
                             r"|\b(?:welcomed|hailed|praised|recalled|said\s+that|follows|followed)\s+(?:the|a)\s+(?:recent\s+)?(?:meeting|talks|summit)\s+between\s+(?:[\w\-]+\s+){1,6}$"
                             # ("follows up on the agreements reached in Beijing in December 2024, when A Chairman X held talks with Y")
                             r"|\b(?:reached|agreed|signed|achieved)\b[^.;]{0,60}?\b(?:in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d|last\s+(?:year|month))"
                             r",\s+when\s+[^.;]{0,150}$"
                             # ("the visit to Tanzania last year of a CPC delegation led by X")
                             r"|\bvisit\s+to\s+[A-Z][\w\-]+\s+(?:last\s+(?:year|month)|in\s+(?:19|20)\d\d)\s+(?:of|by)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?delegation\s+(?:led|headed)\s+by\s+$")
_RECENT_YEARS_RE = re.compile(r"[^.;\n]{0,120}?\b(?:in\s+recent\s+(?:years|months)|in\s+(?:19|20)\d\d|last\s+(?:year|month))\b")     # ("the phone talks between A and B in 2021")


def _year_ahead(text: str, span: str) -> bool:
    """The year that closes `span` comes after the release's own ("spoke at the round table, proposing youth exchanges
    ... in 2013" published in 2012): a plan, not a past contact."""
    year = re.search(r"\b((?:19|20)\d\d)\W*$", span)
    pub = re.search(r"\(\s*((?:19|20)\d\d)\.\d\d\.\d\d\s*\)", text[:600])
    return bool(year and (pub and int(year.group(1)) > int(pub.group(1)) or re.search(
        r"\b(?:proposing|suggesting|planning|calling\s+for|inviting)\b[^.;]*\b(?:19|20)\d\d\W*$", span)))


# "X, chairman of A, addressed the previous meeting of the mechanism by video link": an earlier round
_PREVIOUS_ROUND_RE = re.compile(r"[^.;\n]{0,140}?\b(?:addressed|attended|chaired|co-chaired|took\s+part\s+in)\s+the\s+(?:previous|last|preceding)\s+"
                                r"(?:[\w\-]+\s+)?(?:meeting|session|round|forum|dialogue|conference)\b")


def past_contact(text: str, pos: int) -> bool:
    """After the lead, a name whose own sentence tells an earlier contact (see _PAST_AFTER_RE), or
    a sentence opening "Earlier on Saturday, Guo met X" (another meeting of the same trip)."""
    if _TIME_BEFORE_RE.search(text, max(0, pos - 120), pos) or _RECENT_YEARS_RE.match(text, pos) \
            and re.search(r"\b(?:talks|meetings?|visits?)\s+(?:held\s+)?between\s+(?:[A-Z][\w\-]*\s+){0,4}$", text[max(0, pos - 120):pos]):
        return True
    if re.search(r"\b(?:talks|meetings?)\s+held\s+[^.;]{0,50}?\b(?:last\s+(?:year|month|week)|in\s+(?:19|20)\d\d|(?:in|last)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\s+between\s+[^.;]{0,100}$",
                 text[max(0, pos - 200):pos]):
        return True     # "a follow-up to the talks held in Ulaanbaatar last year between Song Tao and U. X"
    if re.search(r"\b(?:visited|toured)\s+[A-Z][\w\-]+\s+(?:last\s+(?:year|month|week)|in\s+(?:19|20)\d\d)\s+and\s+(?:met|held\s+talks)\s+(?:with\s+)?(?:[\w\-]+\s+){0,4}$",
                 text[sentence_start(text, pos):pos]):
        return True     # "Song Tao visited Kenya last year and met with X, Party Leader of ..."
    if re.search(r"\brecalled\s+the\s+(?:[\w\-]+\s+)?visit\b[^;\n]{0,250}?,\s+during\s+which\s+[^;\n]{0,80}?\bmet\s+(?:with\s+)?(?:H\.E\.\s+|[\w\-]+\s+){0,3}$",
                 text[max(0, pos - 360):pos]):
        return True     # "X recalled the visit of Y to Beijing on Feb. 5, during which Y met with H.E. Z": a past contact
    if re.match(r"\s*The\s+(?:previous|last|first)\s+(?:round|session|meeting)\s+(?:took\s+place|was\s+held)\b[^.;]{0,80}?,\s+where\b", text[sentence_start(text, pos):pos]):
        return True     # "The previous round took place in China, where the delegation was received by X"
    if re.match(r"\s*(?:On|on)\s+the\s+same\s+day\b", text[sentence_start(text, pos):pos]):
        return False    # "On the same day, Song Tao ... sent a congratulatory letter to X": this release's second act
    comma = text.find(",", pos, pos + 60)     # (the name's appositive, then "who has led several delegations")
    # (not another gathering's time: "X spoke on the third plenary session of its Central Committee, held in Beijing last week",
    # "briefed participants on the 19th National Congress of the CPC held last month")
    if (pa := _PAST_AFTER_RE.match(text, pos)) and not _year_ahead(text, pa.group()) \
            and not re.search(r"(?:,|(?<=[A-Z]{3})|(?<=Congress)|(?<=[Ss]ession)|(?<=[Pp]lenum))\s+(?:held|convened)\s+(?:in\s+[A-Z][\w\-]+\s+)?(?:last|in|earlier)\b[^,;.]*$", pa.group()) or _NAME_THEN_PAST_RE.match(text, pos) or _other_weekday(text, pos) \
            or comma >= 0 and _WHO_HAS_LED_RE.match(text, comma) or _PREVIOUS_ROUND_RE.match(text, pos):
        return True
    # "In July this year, President X held a successful meeting with Prime Minister Y", "President X and
    # President Y have met for many times": contacts of other times, told in the remarks
    start = sentence_start(text, pos)
    end = len(text) if (stop := re.compile(r"\.\s|\n").search(text, pos)) is None else stop.start()
    # ("The meeting came a week after a CPC delegation led by X concluded a visit to Nepal")
    if _PAST_OPENING_RE.match(text, start) and pos < end or _HABITUAL_RE.search(text, start, end) or _CAME_AFTER_RE.search(text, start, pos) \
            or _HAD_EARLIER_RE.search(text, start, pos) or AFTER_VISIT_WHERE_RE.search(text, start, pos) \
            or re.search(r"\b(?:met|received|held\s+talks\s+with|held\s+a\s+(?:phone|telephone|video)\s+(?:call|conversation)\s+with)\s+(?:[\w\-]+\s+){0,4}$"
                         r"|\bwho\s+met\s+the\s+(?:[\w'\u2019\-]+\s+){1,14}?[\w'\u2019\-]+,\s+$",     # ("who met the Minister of ..., X, in Beijing last year")
                         text[start:pos]) and _MET_IN_YEAR_RE.match(text, pos, end):
        # ("X's chief representative Y met Chinese President Z in Beijing in January 2013": Z met then)
        return True
    if re.search(r"\b(?:last\s+(?:year|month|week|January|February|March|April|May|June|July|August|September|October|November|December)"
                 r"|in\s+(?:19|20)\d\d),\s+when\s+(?:[^.;]|(?<=Cde)\.|(?<=Dr)\.|(?<=Mr)\.){0,60}?\b(?:met|received|held\s+talks\s+with)\s+(?:[\w\-]+\s+){0,3}$", text[start:pos]):
        return True     # "the memorandum signed in Beijing last October, when Cde. A met X, member of ..."
    if re.search(r"\bwhen\s+(?:[\w\-]+\s+){0,4}$", text[start:pos]) and re.match(
            r"[^.;\n]{0,40}?\b(?:(?:paid|made)\s+(?:a\s+|an\s+|his\s+|her\s+)?(?:[\w\-]+\s+)?(?:courtesy\s+call|visit)|hosted\s+(?:President\s+)?(?=[A-Z]))", text[pos:end]) \
            and re.match(r"[^.;\n]{0,160}?\b(?:in\s+(?:(?:early|mid|late)[\s-])?(?:January|February|March|April|May|June|July|August|September"
                         r"|October|November|December|(?:19|20)\d\d)\b(?!\s+\d)|last\s+(?:week|month|year)\b)", text[pos:end]):
        return True     # "the invitation was extended when Chinese Ambassador X paid a courtesy call on Y ... in March" ("the
                        # momentum created when President X hosted President Y in Durban ... in March")
    if re.search(r"\b(?:conversation|call|talks|meeting)\s+between\s+(?:[\w\-]+\s+){0,4}$", text[start:pos]) and re.match(
            r"[^.;]{0,80}?\b(?:last\s+(?:year|month|week|January|February|March|April|May|June|July|August|September|October"
            r"|November|December)|in\s+(?:19|20)\d\d)\b", text[pos:end]):
        return True     # "the agreements reached in the telephone conversation between A and B last December"
    if re.search(r"\bsince\s+(?:[A-Z][\w\-]*\s+){0,3}$", text[start:pos]) and re.match(r"[^.;]{0,120}?\b(?:last\s+(?:year|month)|in\s+(?:19|20)\d\d)\b", text[pos:end]):
        return True     # "since President X and President Y agreed last year to elevate relations"
    if _WHO_MET_RE.search(text, start, pos) and _PAST_MARK_RE.search(text, start, end):
        return True     # "Tuju, who led a delegation to Beijing in April last year and held talks there with X, said"
    return earlier_same_trip(text, pos)


# the subject's own past contact told in a clause of its own ("X, who held talks with Y during a visit ... last October, said")
_WHO_MET_RE = re.compile(r"\bwho\s+(?:[^.;]{0,100}?\s+and\s+)?(?:had\s+)?(?:held\s+talks|met|talked)\s+(?:there\s+)?(?:with\s+)?(?:[\w\-]+\s+){0,4}$")
_PAST_MARK_RE = re.compile(r"\b(?:last\s+(?:year|month|week|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August"
                           r"|September|October|November|December)|in\s+(?:19|20)\d\d|ago|earlier\s+this\s+year)\b")


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ON_WEEKDAY_WITH_RE = re.compile(r"\b(?:held\s+talks|met|(?:was|were)\s+received)\s+on\s+(" + _WEEKDAY + r")\s+(?:with|by)\s+[^.;\n]{0,80}$")
_CONTACT_WITH_RE = re.compile(r"\b(?:held\s+talks|met)\s+with\s+$")
# ("On Monday, they were received by Chinese Vice President X" in a later paragraph of a Wednesday's lead)
# (a trip's talks of another day stay: "On Monday, the delegation held talks with X" tells the visit's programme)
_WEEKDAY_FIRST_RE = re.compile(r"^\s*On\s+(" + _WEEKDAY + r"),\s+(?:they|he|she)\s+(?:was|were)\s+received\s+by\s+[^.;\n]{0,80}$")
_THEN_WEEKDAY_RE = re.compile(r"[^.;\n]{3,160}?,\s+on\s+(" + _WEEKDAY + r")\.(?:\s|$)")


def _other_weekday(text: str, pos: int) -> bool:
    """A later paragraph's "held talks on Monday with X" when the lead tells Tuesday: the trip's
    contact of another day ("The delegation arrived on Sunday and held talks on Monday with X")."""
    start = sentence_start(text, pos)
    # (or the day told after the name: "... and held talks with X, head of the department, on Tuesday.")
    if not (m := _ON_WEEKDAY_WITH_RE.search(text, start, pos) or _WEEKDAY_FIRST_RE.match(text[start:pos])
            or _CONTACT_WITH_RE.search(text, start, pos) and _THEN_WEEKDAY_RE.match(text, pos)):
        return False
    lead = re.search(_WEEKDAY, text[:start])
    return lead is not None and lead.group(0) != m.group(1) and "\n" in text[lead.end():start]


_PAST_OPENING_RE = re.compile(
    r"\s*(?:In\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{4}|\s+(?:this|last)\s+year)?|In\s+(?:19|20)\d\d|Last\s+(?:year|month|week)|Earlier\s+this\s+year"
    r"|Last\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|In\s+recent\s+years"
    # ("In Beijing last Friday, it held talks with X": an earlier leg of the trip)
    r"|In\s+[A-Z][\w\-]+\s+last\s+(?:week|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|Last\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+in\s+[A-Z][\w\-]+)?)\s*,"
    r"[^.;\n]{0,200}?\b(?:met|held|visited|received|spoke|talked|travell?ed|reached|paid|led|put\s+forward|proposed|founded|signed)\b"
    # "Recalling the video talks he held with X in 2021, he said ...": a contact remembered
    # ("Balaguer highlighted the ties and recalled the state visit paid last July by X, during which he held talks with Y")
    r"|\s*(?:[^.;\n]{0,120}?\s)?[Rr]ecall(?:ing|ed)\b[^.;\n]{0,200}?\b(?:met|(?<!to\sbe\s)(?<!will\sbe\s)held|visited|received|spoke|talked|talks|meeting|visit)\b")
_MET_IN_YEAR_RE = re.compile(r"[^.;\n]{0,80}?\bin\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b"
                             r"|(?:[^.;\n]|(?<=\b[A-Z])\.){0,80}?\bin\s+(?:(?:early|mid|late)[\s-])?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)"
                             # ("The delegation held talks with X, head of the department, in Beijing earlier this week": an earlier leg)
                             # ("who held talks with X, Minister of the International Department of ..., in Beijing last year")
                             # ("... of the C.C., CPC, when the latter was in Pyongyang in August")
                             r"|(?:[^.;\n]|(?<=\b[A-Z])\.){0,130}?\bwhen\s+the\s+latter\s+was\s+in\s+[A-Z][\w\-]+\s+in\s+[A-Z][a-z]+\b(?!\s+\d)"
                             r"|[^.;\n]{0,120}?\bin\s+[A-Z][\w\-]+\s+(?:earlier\s+this\s+(?:week|month)|last\s+(?:week|month|year|spring|summer|autumn|fall|winter"
                             r"|January|February|March|April|May|June|July|August|September|October|November|December))\b")
# ("... the briefing on the Fifth Plenary Session given by former Minister X last year": the name, then its time)
_NAME_THEN_PAST_RE = re.compile(r"(?:[A-Z][\w'\u2019\-]*\s+){1,4}?(?:last\s+(?:year|month)|in\s+(?:19|20)\d\d)\b(?!\s+(?:and|to)\b)")
# ("The delegation ... had earlier called on Umno president X on Sunday")
_HAD_EARLIER_RE = re.compile(r"\bin\s+(?:(?:early|mid|late)[\s-])?(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                             r"(?:\s+(?:19|20)\d\d|\s+(?:this|last)\s+year)?,\s+during\s+which\s+(?:he|she|they|it)\s+(?:held\s+talks|met)\b"     # ("paid a visit ... in late August, during which he held talks with X")
                             r"|\bhad\s+(?:discussed|talked|spoken|exchanged\s+views)\b[^.;]{0,120}?\bwith\s+$"
                             # ("last came to China in April 2013, when he was received by X")
                             r"|\bin\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d,\s+when\s+"
                             r"(?:he|she|they)\s+(?:was|were)\s+received\s+by\s+(?:[\w\-]+\s+){0,4}$"     # ("X had discussed relations ... with Y")
                             # ("the understandings reached during the Prime Minister's official visit to China in September, when he held talks with X")
                             r"|\bvisit\s+to\s+[A-Z][\w\-]+\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)"
                             r",\s+when\s+(?:he|she|they)\s+(?:held\s+talks|met)\b"

                             r"|\bhad\s+(?:earlier|previously|already)\s+(?:met|called\s+on|held\s+talks|received|visited|been\s+received)\b|\bhad\s+called\s+on\b|\bwho\s+had\s+(?:held\s+talks|met)\s+with\b"
                             # ("The delegation, which arrived in South Africa on Saturday, earlier called on President X in Pretoria")
                             r"|\b(?:delegation|it|they)(?:,[^,;.]{0,100},)?\s+earlier\s+(?:called\s+on|met|held\s+talks|visited)\b"
                             # ("X, who arrived in China on Sunday, visited Shanghai earlier in the week, where he met with Y")
                             r"|\bvisited\s+[A-Z][\w\-]+\s+(?:earlier\s+(?:in|this)\s+(?:the\s+)?week|last\s+week|on\s+[A-Z][a-z]+day),\s+where\s+(?:he|she|they|it)\s+(?:met|held\s+talks|was\s+received)\b"
                             # ("X last visited China in 2018, when he held talks with Y")
                             r"|\blast\s+(?:visited|travell?ed\s+to|was\s+in)\s+[A-Z][^.;]{0,60}?,\s+when\s+(?:he|she|they|it)\s+(?:held\s+talks|met|was\s+received)\b"
                             # ("X was in Beijing over the weekend for the ... Meeting, during which he met with Y")
                             r"|\b(?:was|were)\s+in\s+[A-Z][\w\-]+\s+(?:over\s+the\s+weekend|last\s+\w+|earlier\s+this\s+\w+)\s+for\s+[^.;]{3,160}?,\s+during\s+which\s+(?:he|she|they)\s+(?:met|held\s+talks)\b")
# ("... were cultivated largely by X, the party's acting president, who has led several delegations to Beijing")
_WHO_HAS_LED_RE = re.compile(r"(?:,[^,.;]{0,80})?,\s+who\s+has\s+(?:led|headed|visited\s+China)\s+(?:several|many|numerous|a\s+number\s+of|dozens\s+of)\b")
# ("The delegation arrived in Kuala Lumpur after a three-day visit to Indonesia, where it held talks with X")
# ("The Chinese delegation arrived in Windhoek from Zambia, where it had held talks earlier this week with X",
# "arrived in Windhoek on Sunday from Lusaka, where it held talks with ...")
# ("arrived in Chengdu on Sunday after three days in Beijing, where it held talks with X")
AFTER_VISIT_WHERE_RE = re.compile(r"(?:\bafter\s+(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}(?:visit|stay|stop|trip|tour)\s+(?:to|in)|"
                                   r"\bafter\s+(?:two|three|four|five|several|a\s+few)\s+days\s+in|"
                                   # "came to Sichuan after concluding its programme in Beijing, where"
                                   r"\bafter\s+(?:concluding|completing|wrapping\s+up|ending)\s+(?:its|his|her|their|an?)\s+(?:[\w\-]+\s+){0,2}?(?:programme|program|visit|stay|talks)\s+(?:in|to)|"
                                   r"\b(?:arrived|came|reached)(?:\s+(?:(?:in|to)\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?|here|[A-Z][\w\-]+))?(?:\s+(?:on\s+)?(?:[A-Z]?[a-z]+day|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]+))?\s+(?:coming\s+)?from|"
                                   # "the second stop of the delegation's European tour, which began in Madrid, where", "a
                                   # European tour which has already taken him to Portugal, where"
                                   r"\b(?:tour|trip|visit),?\s+(?:which|that)\s+(?:began|started|(?:(?:had\s+)?earlier\s+took|(?:has|had)\s+already\s+taken)\s+(?:it|him|her|them|the\s+delegation)\s+to)(?:\s+in)?|"
                                   # ("The group began its trip in Beijing, where it called on X")
                                   r"\b(?:began|started)\s+(?:its|his|her|their)\s+(?:[\w\-]+\s+)?(?:trip|tour|visit)\s+in|"
                                   # ("The Zambian leg follows the delegation's stop in Brussels, where")
                                   r"\b(?:follows|followed)\s+(?:the\s+delegation['\u2019]s|its|his|her|their)\s+(?:[\w\-]+\s+)?(?:stop|visit|stay|leg)\s+(?:in|to))"
    # ("reached Havana on June 7 from Caracas, where it held talks with X", "arrived here on Sunday from Jakarta after
    # meeting leaders of Indonesia's Gerindra party")
    r"\s+(?:the\s+)?[A-Z][^,;.]{1,50}(?:,\s+(?:the\s+)?capital\s+of\s+[^,;.]{3,80})?(?:,\s+where|\s+after\s+(?:meeting|holding\s+talks\s+with|talks\s+with))\b")
_CAME_AFTER_RE = re.compile(r"\b(?:came|comes|took\s+place|was\s+held)\s+(?:(?:about|some|nearly|almost|less\s+than|more\s+than)\s+)?(?:(?:just|only|shortly|soon|days|weeks|months)\s+|"
                            r"(?:a|one|two|three|four|five|six|several|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+)after\b")
_HABITUAL_RE = re.compile(r"\bhave\s+met\s+(?:for\s+)?(?:many|several|numerous|a\s+number\s+of)\s+(?:times|occasions)"
                          r"|\bhave\s+met\s+on\s+(?:many|several|numerous)\s+occasions"
                          # ("Former President X, one of the party's founders, visited China several times during his terms")
                          r"|\bvisited\s+China\s+(?:many|several|numerous)\s+times\b"
                          # ("X, who is also the Head of State, has on several occasions expressed appreciation for")
                          r"|\b(?:has|have)\s+on\s+(?:many|several|numerous|various)\s+occasions\s+(?:expressed|voiced|praised|thanked|said|stressed)\b")


# "Li Shulei was received yesterday by X", "also met X the previous day": a contact of an
# earlier day of the trip, not the one the release reports
_EARLIER_DAY_RE = re.compile(
    r"\b(?:met|meets|received|was\s+received|held\s+talks|hosted)\b[^.;\n]{0,60}?\b(?:yesterday|the\s+(?:previous|preceding)\s+day|the\s+day\s+before)\b"
    r"|\b(?:yesterday|the\s+(?:previous|preceding)\s+day|the\s+day\s+before)\b[^.;\n]{0,60}?\b(?:met|received|held\s+talks|hosted)\b")


# a sentence opening on an earlier stop: "Earlier in Dar es Salaam, ...", "Before arriving in Sri Lanka,
# the delegation visited Bangladesh, where ...", "Prior to arriving in Havana, ..."
EARLIER_LEG_RE = re.compile(
    r"\s*(?:Earlier|Previously|Before\s+that"
    r"|(?:Before|Prior\s+to)\s+(?:(?:its|his|her|their)\s+)?(?:arriving|arrival|coming|reaching|travell?ing)"
    r"|(?:Before|Prior\s+to)\s+(?:its|his|her|their)\s+(?:stay|visit)\s+(?:in|to)\b"     # "Prior to its stay in Beijing, ..."
    r"|(?:Before|Prior\s+to)\s+(?:[A-Z][\w\-]+\s?){1,3}(?=,)"
    r"|In\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+(?:last\s+week|earlier\s+(?:this|that)\s+week)(?=\s*,)"
    # "In Nairobi, the first stop, the visitors held talks with X"
    r"|In\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?,\s+(?:the|its|their|his|her)\s+(?:first|previous|earlier)\s+(?:stop|leg)(?=\s*,))\b")     # "In Phnom Penh last week, Zhang met X"     # "Prior to Namibia, the delegation visited ..."


_SAME_DAY_RE = re.compile(r"\s*Earlier\s+(?:in\s+the\s+(?:day|morning|afternoon)|today|that\s+day|this\s+(?:morning|afternoon)|(?:on\s+)?the\s+same\s+day)\s*,?(?=\s)")


# "While in Beijing, it was received by X" in a release datelined elsewhere: the trip's earlier stop
# ("Montenegro is the second leg of the delegation's visit. In Belgrade on May 14, the delegation was received by X")
_IN_PLACE_MET_RE = re.compile(r"\s*In\s+([A-Z][\w\-]+(?:\s+(?:es\s+|de\s+|al\s+|el\s+)?[A-Z][\w\-]+)?)(?:\s+on\s+(?:[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+day)|\s+(?P<earlier>earlier\s+(?:in\s+the|this)\s+week))?\s*,\s+(?:it|the\s+delegation|they|he|she|[A-Z][a-z]+)\s+"
                              r"(?:had\s+)?(?:met|held\s+talks|was\s+received|called\s+on)\b")
_BEFORE_TRAVELLING_RE = re.compile(r"\bheld\s+talks\s+in\s+([A-Z][a-z]+)\b[^.;]{0,160}?\bbefore\s+(?:travell?ing|moving\s+on|leaving)\s+(?:to|for)\b")
_LEG_TOLD_RE = re.compile(r"\barrived\s+in\s+[^.;]{0,60}?\b(?:from|after\s+(?:a|an|its)\s+(?:[\w\-]+\s+)?visit\s+to)\s+[A-Z]|\b(?:first|second|third|fourth|last|final)\s+(?:leg|stop)\b")
_WHILE_IN_RE = re.compile(r"\s*While\s+in\s+([A-Z][\w\-]+)\s*,\s+(?:it|the\s+delegation|they|he|she)\s+(?:was|were)\s+received\b"
                          # ("During its stay in the Democratic Republic of the Congo (DRC), the delegation held talks with X")
                          r"|\s*During\s+(?:its|his|her|their)\s+(?:stay|visit)\s+(?:in|to)\s+(?:the\s+)?((?:[A-Z][\w\-]+\s+(?:of\s+(?:the\s+)?)?)*[A-Z][\w\-]+)"
                          r"(?:\s+\([A-Z]{2,6}\))?\s*,\s+(?:it|the\s+delegation|they|he|she)\s+(?:held\s+talks|met|was\s+received)\b")


def _later_leg(told: str, before: str, head: str) -> bool:
    """A later leg of the release's own trip: "The delegation left Windhoek two days later for South Africa, the second leg
    of its tour. In Johannesburg on September 13th, ...", or a leg's day after the lead's ("September 10th")."""
    if re.search(r"\b(?:left|departed|moved\s+on|travell?ed\s+on)\b[^.]{0,80}?\b(?:for|to)\s+[A-Z]", before):
        return True
    leg = re.search(r"\b([A-Z][a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?\b", told)
    lead = leg and re.search(rf"\b{leg.group(1)}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", head)
    return bool(lead) and int(leg.group(2)) > int(lead.group(1))


def earlier_same_trip(text: str, pos: int) -> bool:
    """A name in a sentence opening "Earlier on Saturday, Guo met X" or telling a contact of the
    day before: another meeting of the same trip, told after the lead paragraph."""
    start = sentence_start(text, pos)
    while start > 2 and re.search(r"\b(?:Mr|Mrs|Ms|Dr)\.\s?$", text[max(0, start - 6):start]):
        start = sentence_start(text, start - 2)     # "..., where it was received by Mr. X": an honorific ends no sentence
    if (w := _WHILE_IN_RE.match(text[start:pos])) and (w.group(1) or w.group(2)) not in text[:80] and (w.group(1) or re.search(
            r"\b(?:arrived\s+in|came\s+to)\s+[A-Z][^.]{0,60}?\bfrom\s+[A-Z]", text[max(0, start - 200):start])):    # (a stay told after the arrival from it)
        return True
    if (w := _IN_PLACE_MET_RE.match(text[start:pos])) and w.group(1) not in text[:80] \
            and (w.group("earlier") or _LEG_TOLD_RE.search(text, max(0, start - 300), start)) and not _later_leg(w.group(), text[max(0, start - 300):start], text[:300]):
        return True     # "The delegation arrived in Tanzania on September 20th from Nairobi. In Kenya, it held talks with X"
                        # ("In Montevideo earlier in the week, Yu held talks with X")
    if (w := re.match(r"\s*In\s+(Beijing|Shanghai)\s*,\s+[A-Z][^.;]{0,160}?\s+met\s+(?:with\s+)?the\s+delegation\s+on\s+[A-Z][a-z]+\s+\d{1,2}",
                      text[start:])) and w.group(1) not in text[:80] and w.end() > pos - start:
        return True     # guests' tour in China, under a Changsha dateline: "In Beijing, X, Minister of ..., met with the
                        # delegation on October 20th"
    if (w := re.search(r"\barrived\s+in\s+[A-Z][\w\-]+\s+(?:on\s+\w+day\s+)?after\s+(?:holding\s+talks|meeting)\s+in\s+([A-Z][\w\-]+)\b[^.;]{0,60}?\bwith\s+$",
                       text[start:pos])) and w.group(1) not in text[:80]:
        return True     # "The delegation arrived in Chongqing after holding talks in Beijing on Monday with X": the stop before
    end = min((i for i in (text.find(". ", pos), text.find("\n", pos)) if i >= 0), default=len(text))
    if (w := _BEFORE_TRAVELLING_RE.search(text, start, end)) and w.group(1) not in text[:80]:
        return True     # "The delegation ... held talks in Beijing with X ... before traveling to Yunnan": the stop before
    # ("Earlier on Tuesday, the delegation met separately with X" under a lead of Tuesday: the day's second event; the
    # development set keeps a plain "Earlier on Saturday, Li met X" out)
    same = _SAME_DAY_RE.match(text[start:pos]) or (
        (wd := re.match(r"\s*Earlier\s+on\s+(" + _WEEKDAY + r")\s*,[^.;]{0,80}?\bseparately\b", text[start:pos]))
        and wd.group(1) in text.strip().split("\n")[0])
    if same and re.search(r"\b(?:held\s+(?:(?:a|an)\s+)?(?:[\w\-]+\s+)?(?:talks|discussions|session|meeting)|met|received)\b", text[start:end]):
        return False    # "Earlier in the day, X held talks with Chen": another contact of this day's stop
    if re.match(r"\s*Earlier\s*,\s+(?:the\s+delegation|it|they)\s+(?:was|were)\s+hosted\s+to\s+(?:lunch|dinner|a\s+(?:lunch|luncheon|dinner))\s+by\s", text[start:pos]):
        return False    # "Earlier, the delegation was hosted to lunch by X": the hosts' table, part of this visit
    if EARLIER_LEG_RE.match(text[start:pos]):
        return True
    return bool(_EARLIER_DAY_RE.search(text[start:end]))
