"""After every mention is found: which ones took part, which are cited, addressed or told of in
passing. The lead's contacts stay; after the lead (and its zone of "met separately" paragraphs),
reported speech, earlier contacts, a message's own words, sources and commentators do not take
part. Used by parsers.people.
"""
from __future__ import annotations

import re

from parsers.chinese_offices import is_chinese_title
from parsers.coming_frames import EXPECTED_LATER_RE, LATER_PART_RE, WILL_TAKE_PART_RE
from parsers.coming_frames import (COMING_WITH_RE as _COMING_WITH_RE, DELEGATION_INCLUDES_RE as _DELEGATION_INCLUDES_RE,
                                   NOT_TAKING_PART_RE as _NOT_TAKING_PART_RE, SAID_COMING_RE as _SAID_COMING_RE,
                                   STILL_TO_COME_RE as _STILL_TO_COME_RE, TO_COME_RE as _TO_COME_RE, TO_MEET_BEFORE_RE,
                                   WHO_WILL_JOIN_RE as _WHO_WILL_JOIN_RE)
from parsers.mention import Mention
from parsers.names import HONORIFIC
from parsers.present_too import WHO_WAS_THERE_RE
from parsers.passing_context import FOUNDERS_RE
from parsers.past_contacts import AFTER_VISIT_WHERE_RE, earlier_same_trip, past_contact
from parsers.person_roles import EXPECTED_TO_HOST, IN_LETTER_TO_RE, addressed_in_lead, attributed, in_letter_paragraph, inside_message_text, sentence_start, speech_story
from parsers.reported_speech import announced_in_lead, in_quotation, in_said_that
from parsers.source_words import (ADDRESSED_RE as _ADDRESSED_RE, IN_DELEGATION_RE as _IN_DELEGATION_RE, POSTED_AFTER_RE as _POSTED_AFTER_RE,
                                   RECEIVED_LETTER_RE as _RECEIVED_LETTER_RE, RECEIVED_MESSAGE_RE as _RECEIVED_MESSAGE_RE,
                                   SOURCE_OPENING_RE as _SOURCE_OPENING_RE, TOLD_PRESS_AFTER_RE as _TOLD_PRESS_AFTER_RE)
from parsers.title_comma_name import framed_next

__all__ = ["settle_roles"]

# "Both were in Beijing for the High-Level Meeting, which opened on Thursday and where X delivered a keynote speech"
_WHERE_ELSEWHERE_RE = re.compile(r"\b(?:was|were|is|are)\s+in\s+[A-Z][\w\-]+\s+(?:for|to\s+attend)\s+[^.;]{3,200}?\bwhere\s+(?:[\w\-]+\s+){0,3}$")
_LED_BY_ITS_RE = re.compile(r"^\s*The\s+(?:(?:[A-Z][\w\-']*\s+){1,5}(?:Party|Front|Congress|Movement|Union|League|Alliance)(?:\s+\([A-Z]+\))?|[A-Z]{2,6}),\s+led\s+by\s+(?:[\w\-]+\s+){0,3}$|\b(?:support|solidarity)\s+[^.;]{0,60}?\b[Pp]arty,\s+led\s+by\s+its\s+[^.;]{0,60}$")
# "... under the leadership of its Chairperson, President X", "recalling that SNS President X had welcomed ...": the
# party's leader cited, a past deed recalled
# ("convened by UN Secretary-General X": an officer of the United Nations takes no part in an exchange between parties)
_PASSING_IN_TITLE_RE = re.compile(r"\bunder\s+the\s+leadership\s+of\b|\brecall(?:ing|ed|s)?\s+that\b"
                                  r"|(?<![\w-])(?:UN|U\.N\.|United\s+Nations)\s+(?:Secretary[\s-]General|High\s+Commissioner|[Ss]pecial\s+[Ee]nvoy)\b")


# (not one sent earlier, told beside this one: "President X has sent a message ...", "Earlier today, X sent ...")
# ("X has sent a letter to ..." is the news; "had sent" and "also sent" an earlier or another message)
_SENT_RE = re.compile(r"(?:(?!\b(?:earlier|had|also)\b)(?!\b(?:has|have)\s+(?!sent\b))(?:[^.;\n]|(?<=\b[A-Z])\.)){0,240}?\bsent\s+(?:a|an|his|her)\s+(?:\w+\s+){0,3}?"
                      r"(?:message|letter|cable|telegram)", re.IGNORECASE)
# ("Wang ... also sent a message on the same day to X": a second message of this release)
_SAME_DAY_SENT_RE = re.compile(r"[^.;\n]{0,240}?\balso\s+sent\s+(?:a|an|his|her)\s+(?:\w+\s+){0,3}?(?:message|letter|cable|telegram)"
                               r"[^.;\n]{0,40}?\b(?:on\s+)?the\s+same\s+day\b", re.IGNORECASE)


def _sends_here(text: str, pos: int) -> bool:
    m = _SENT_RE.match(text, pos) or _SAME_DAY_SENT_RE.match(text, pos)
    ss = sentence_start(text, pos)
    # "X has sent a letter" tells the news only when it opens a paragraph (not "He said that President X has
    # sent a message of condolences to ...": the message's own words about another)
    return bool(m) and "Earlier" not in text[ss:pos] and not (
        re.search(r"\b(?:has|have)\s+sent\b", m.group()) and ss > 0 and text[ss - 1] != "\n")


# "..., X, deputy secretary of the party's General Council, told TASS." then "According to him, the plans were
# discussed in a video call with Y": the source told of his own contact
_HIS_CONTACT_RE = re.compile(r"\bAccording\s+to\s+(?:him|her),[^.]{0,120}?\b(?:call|meeting|talks|conversation)\s+with\b")
# a sentence opening "In the letter, ...": what follows "said that" / "wrote that" is the message's own words
_IN_THE_MESSAGE_RE = re.compile(r"\s*In\s+(?:the|his|her|its|their|a|an)\s+(?:[\w\-]+\s+){0,2}?(?:message|letter|cable|telegram)s?\b")
# "He thanked the Chinese side, including the Chinese Embassy headed by Ambassador X, for ...": thanked, not there
_THANKED_RE = re.compile(r"\b(?:thanked|thanking|paid\s+(?:a\s+)?(?:high\s+|warm\s+|glowing\s+)?tribute\s+to|expressed\s+(?:his|her|their)\s+(?:gratitude|thanks)\s+to"
                         r"|(?:message|letter)\s+(?:also\s+)?(?:praised|hailed|commended)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:of|by))\b")
# between two items of one list of titled people (an acronym, nested or not, may close the first title)
_NEXT_IN_LIST_RE = re.compile(r"(?:\s*\((?:[^()]|\([^()]*\))*\))*\s*,\s*(?:and\s+)?")
# "NCP spokesperson X, who was also present at the meeting, told RSS that ...": a source who was there
_WAS_THERE_CLAUSE_RE = re.compile(r",\s+who\s+(?:(?:was|were)\s+(?:also\s+)?present|(?:also\s+)?(?:attended|took\s+part))\b|,?\s+(?:was|were)\s+(?:also\s+)?present\b")
# "..., who was also present at the meeting", "the Chinese embassy, whose Ambassador X was also present"
_THERE_AFTER_RE = re.compile(WHO_WAS_THERE_RE.pattern + r"|\s+(?:was|were)\s+(?:also\s+)?present\b")
# (not "the outgoing General Secretary, X, whom he met during his visits to Beijing": met before)
_WHOM_MET_RE = re.compile(r"\s*,\s*whom\s+(?:he|she|they|[A-Z][\w\-]+)\s+(?:had\s+)?(?:met|received|welcomed|hosted)\b(?!\s+(?:during\s+(?:his|her|their)\s+"
                          r"(?:previous\s+|earlier\s+)?visits|on\s+(?:several|many|numerous)\s+occasions|(?:several|many)\s+times|in\s+(?:19|20)\d\d|last\s+year))")


# an announcement's announcer: "X, head of ..., told the press that during the visit Y is scheduled to hold talks with Z"
_TELLS_PLAN_RE = re.compile(r"[^.;]{0,140}?\btold\s+(?:reporters|journalists|the\s+press)\s+that\s+(?:during\s+the\s+(?:visit|trip),?\s+)?"
                            r"[^.;]{0,80}?\b(?:will|(?:is|are)\s+(?:scheduled|expected|due)\s+to)\s+(?:meet|hold\s+talks|visit|attend)\b")
# a roundup's sender: "X, Title, recalled his state visit to China in August and said that ..." (the visit is his
# past, the words his message's)
_RECALLED_AND_SAID_RE = re.compile(r"(?:,\s+[^.;]{3,120}?,)?\s*,?\s*recall(?:ed|ing)\s+(?:his|her|their|the|that\s+(?:he|she|they|the|his|her|their))\s[^.;]{3,160}?(?:\s+and|,)\s+said\b")


# the shapes above that cite a person in the words before the name, read in one pass
_CITED_IN_SENTENCE_RE = re.compile("|".join(r.pattern for r in (_LED_BY_ITS_RE, FOUNDERS_RE, _WHERE_ELSEWHERE_RE)))


def _quoted_as_saying(text: str, x: Mention) -> bool:
    """"The statement quoted X, Chairman of ..., as saying that ...": the statement's source."""
    first = min(x.start, x.title_start) if x.title_start >= 0 else x.start
    return bool(re.search(r"\bquoted\s+$", text[max(0, first - 8):first])
                and re.match(r"(?:,[^.;]{3,120},|,)?\s+as\s+saying\b", text[x.end:x.end + 160]))


def settle_roles(text: str, found: list[Mention], lead_end: int | None, lead_par_end: int | None,
                 message: bool = False, announcement: bool = False) -> None:
    """Set each mention's role in place (see the module docstring). In a `message` release, a
    sender told after the lead ("X, Title, sent a message of sympathy to Y") is one of its senders;
    in an `announcement` the people the coming contact is to be held with are its people."""
    if lead_end is not None:
        for x in found:
            # ("According to X, Y, who oversees ..., also took part in the video conversation")
            joined = re.match(r"(?:,\s+who\s+[^,.;]{3,120},)?,?\s*(?:also\s+)?(?:joined|(?:was|were)\s+(?:also\s+)?(?:present|at\s+the\s+(?:meeting|talks))"
                              r"|(?:took\s+part\s+in|attended)\s+the\s+(?:video\s+)?(?:meeting|talks|call|conversation)"
                              r"|,\s+who\s+(?:also\s+)?(?:attended|took\s+part\s+in)\s+(?:both|all|the\s+two)\s+(?:meetings|calls|sessions))\b",     # (", who attended both meetings, said")
                              text[x.end:x.end + 180])
            # ('"...," X said after a video call with Y': the call the quote came out of)
            joined = joined or re.search(r"\bsaid\s+after\s+(?:a|an)\s+(?:video|phone|telephone)\s+(?:call|conversation)\s+(?:held\s+(?:earlier\s+(?:in\s+the\s+day|today)|on\s+\w+day)\s+)?with\s+$", text[max(0, x.start - 90):x.start]) \
                or message and re.search(r"\b(?:message|letter)\s+signed\s+by\s+(?:its\s+)?[^.;,]{0,60}$", text[max(0, x.start - 100):x.start])    # a sender
            # "X, general secretary of ..., will attend the opening ceremony ..., Hu said": what a
            # spokesperson announces is the announcement's own content
            # (", has confirmed she will attend the meeting, Guo said")
            will = WILL_TAKE_PART_RE.match(text[x.end:x.end + 300])
            member = announcement and (_DELEGATION_INCLUDES_RE.search(text[sentence_start(text, x.start):x.start]) or re.match(
                r"\s*Among\s+the\s+(?:[\w\-]+\s+){0,4}?(?:guests|participants|speakers|attendees)\s+(?:are|will\s+be)\b", text[sentence_start(text, x.start):x.start]))
            # ("... have confirmed their participation, among them A, President of ..., and B, ...")
            member = member or announcement and re.search(r"\bconfirmed\s+(?:their\s+)?(?:participation|attendance),\s+(?:among\s+them|including)\b",
                                                          text[sentence_start(text, x.start):x.start])
            # ("Polepole said the delegation would be received by X ..., and would hold talks with Y": the coming contact)
            member = member or announcement and _COMING_WITH_RE.search(text, sentence_start(text, x.start), x.start)
            if x.start >= lead_end and x.role == "participant" and (attributed(text, x.start) and not joined and not will and not member
                                                                   or past_contact(text, x.start) and not (message and (_sends_here(text, x.start) or _RECALLED_AND_SAID_RE.match(text, x.end))) and not joined
                                                                   or in_said_that(text, x.start) and not (announcement and (will or member)) and not joined
                                                                   or speech_story(text, x.start) and not (announcement and will)
                                                                   or not announcement and _STILL_TO_COME_RE.match(text, x.end)
                                                                   or not announcement and TO_MEET_BEFORE_RE.search(text, sentence_start(text, t0 := x.title_start if 0 <= x.title_start < x.start else x.start), t0)
                                                                   or _THANKED_RE.search(text, sentence_start(text, x.start), x.start)
                                                                   or in_quotation(text, x.start) and not joined and not (announcement and (will or member))):
                x.role = "passing"
            elif x.role == "passing" and joined and re.match(r"\s*According\s+to\s+(?:him|her|[A-Z][\w\-]+),\s+[^,.;]*$", text[sentence_start(text, x.start):x.start]):
                x.role = "participant"  # "According to X, Deputy Chairman Y, who ..., also took part in the video conversation"
            elif lead_par_end is not None and lead_par_end <= x.start < lead_end and x.role == "participant" \
                    and past_contact(text, x.start):     # (an earlier stop, or "X and Y held a telephone conversation earlier this year")
                x.role = "passing"
            elif x.role == "participant" and lead_par_end is not None and x.start < lead_par_end and text.rfind("\n", 0, x.start) + 1 < sentence_start(text, x.start) \
                    and re.match(r"\s*(?:Earlier\s+in\s+[A-Z]|Before\s+(?:coming|arriving)\s+(?:to|in)\s+[A-Z])", text[sentence_start(text, x.start):]) \
                    and earlier_same_trip(text, x.start):     # (or "Before coming to Shenzhen, the delegation visited A, where")
                x.role = "passing"      # the lead's later sentence "Earlier in Beijing, the delegation held talks with X"
            elif x.role == "participant" and x.start < lead_end and AFTER_VISIT_WHERE_RE.search(text, sentence_start(text, x.start), x.start):
                x.role = "passing"      # "arrived in Phnom Penh after concluding a visit to Malaysia, where Liu met with X"
            elif x.role == "participant" and x.start >= (lead_par_end or lead_end) and (inside_message_text(text, x.start) or message and in_letter_paragraph(text, x.start)) \
                    and not (message and _SAME_DAY_SENT_RE.match(text, x.start)) \
                    and not (message and re.match(r"\s*In\s+(?:a|his|her|their)\s+separate\s+(?:message|letter)s?\s*,\s*(?:[A-Z][\w.']*\s+){0,2}$",
                                                  text[sentence_start(text, x.start):x.start])) \
                    and not (message and _sends_here(text, x.start) and re.match(   # ("Also on Wednesday, X ... sent a message to Y")
                        r"(?:Also\s+)?[Oo]n\s+(?:the\s+same\s+(?:day|occasion)|\w+day)\s*,\s*(?:[A-Z][\w.]*\s+){0,2}$", text[sentence_start(text, x.start):x.start])):
                x.role = "passing"
            elif x.role == "participant" and _IN_THE_MESSAGE_RE.match(text, sentence_start(text, x.start)) \
                    and in_said_that(text, x.start):
                x.role = "passing"      # in the lead paragraph: "In the letter, Wang said that ... the ANC led by X": its words
    for x in found:
        if x.title and re.match(r"(?:the\s+)?late\b", x.title, re.IGNORECASE) or re.search(
                r"\b[Tt]he\s+late\s+(?:(?:Mr|Mrs|Ms|Dr|Comrade)\.?\s+)?$", text[max(0, x.start - 24):x.start]) \
                or re.match(r"\s*,\s*who\s+(?:has\s+)?(?:passed\s+away|died)\b", text[x.end:x.end + 40]):
            x.role = "passing"      # "late DPRK leader X", "the late Mr. X, founding Prime Minister of ..."
        elif _SOURCE_OPENING_RE.match(text[sentence_start(text, x.start):x.start]) \
                and not (announcement and (_COMING_WITH_RE.search(text, sentence_start(text, x.start), x.start)
                                           or _SAID_COMING_RE.match(text, x.end) or _WHO_WILL_JOIN_RE.match(text, x.end) or _IN_DELEGATION_RE.match(text, x.end)
                                           or re.match(r",?\s*" + EXPECTED_TO_HOST + r"\b", text[x.end:x.end + 60])
                                           or _DELEGATION_INCLUDES_RE.search(text[sentence_start(text, x.start):x.start]))) \
                or re.search(r"\bwas\s+(?:re-?)?elected\s+(?:at|during)\s+(?:a|an|the)\s+[^.;]*\b(?:chaired|presided\s+over)\s+by\s+[^.;]{0,80}$",
                             text[sentence_start(text, x.start):x.start]):
            x.role = "passing"      # a source briefing the press; who chaired the meeting that elected X
        elif not announcement and (re.match(r"\s+would\s+visit\s+[A-Z][\w\-]+\s+(?:next|later|this)\s+(?:week|month|year)\b", text[x.end:x.end + 60])
                                   or LATER_PART_RE.match(text[sentence_start(text, x.start):x.end + 40])):
            x.role = "passing"      # "... said that a delegation led by X would visit China next month": a visit to come
        elif lead_end is not None and x.start >= lead_end and EXPECTED_LATER_RE.match(text, x.end):
            x.role = "passing"      # "President X, the party leader, is expected in Beijing in May for the ... Forum": another trip
        elif re.search(r"\b(?:days?|weeks?|months?)\s+after\s+(?:[A-Z][\w\-]*\s+){0,4}$", text[sentence_start(text, x.start):x.start]):
            x.role = "passing"      # "A week after Chancellor X wrapped up her latest visit to China, ...": a time told by another
        elif x.title and re.match(r"(?:,\s+who\s+(?!(?:also\s+)?(?:attended|was\s+(?:also\s+)?present|took\s+part|will\s+accompany))[^,.;]{0,60},)?,?\s*told\s+(?:reporters|journalists|the\s+press|the\s+(?:[A-Z][a-z]+\s+){0,2}(?:Post|Times|Herald|Tribune|Star|Nation|Guardian|Express|News)\b|[A-Z]{2,8}|Xinhua|Kyodo|Bernama|Yonhap|Reuters)\b"
                                  r"(?!\s+(?:on\s+\w+day\s+)?(?:after|during)\s+(?:(?:his|her)\s+)?(?:talks|meetings?)\s+with\b)", text[x.end:x.end + 100]) \
                and re.search(r"\bparty['\u2019]s\b|\bof\s+(?:the\s+)?(?!CPC\b|IDCPC\b)[A-Z]{2,6}\b|^(?!CPC\b|IDCPC\b)(?:[A-Z]{2,8}|[A-Z][a-z]+)\s+spokes(?:man|woman|person)$"
                              r"|^communications\s+director\s+of\s+(?!the\s+(?:CPC|IDCPC)\b)", x.title) and not is_chinese_title(x.title) \
                and not (announcement and (re.search(r"\bspokes(?:person|man|woman)\b", x.title, re.I) or _TELLS_PLAN_RE.match(text, x.end)
                                           or x.start < (lead_par_end or 0))) \
                and not _HIS_CONTACT_RE.search(text, x.end, x.end + 1200) and not framed_next(text, x.end, x.name):
            x.role = "passing"      # "X, director of communications of the NPP, told reporters in Accra that ..." (a
                                    # party's source; not the CPC's officials at its own press conference)
        elif x.title and re.match(r"then\s+(?!also\b)", x.title) and x.start >= (lead_par_end or 0):
            x.role = "passing"      # "when he was received by X, then vice-president of China": a past office, another time
        elif re.search(r"\b(?:cited|quoted)\s+$", text[max(0, (t0 := x.title_start if 0 <= x.title_start < x.start else x.start) - 20):t0]) \
                and re.match(r"(?:,[^.;]{0,80},)?\s+as\s+(?:saying|having\s+said)\b", text[x.end:x.end + 120]):
            x.role = "passing"      # "He cited Prime Minister X, the party's leader, as saying that ...": cited
        elif x.title and re.match(r"(?:Quoting|Citing)\s", x.title):
            x.role, x.title = "passing", re.sub(r"^\S+\s+", "", x.title)   # "Quoting General Secretary X, ...": cited
        elif x.role == "participant" and re.search(r"\b(?:said|noted|stressed|added)\s+(?:that\s+)?$", text[max(0, (t0 := x.title_start if 0 <= x.title_start < x.start else x.start) - 30):t0]) \
                and re.match(r"(?:,[^.;]{3,120},)?\s+(?:attaches|values|is|has|had|places|supports|remains|wants|hopes)\b", text[x.end:]):
            x.role = "passing"      # "He said that President X, the Leader of the SLFP, attaches great importance to ...": spoken of
        elif x.title and (gr := re.search(r"\b(?:conveyed|extended|passed\s+on)\s+(?:\w+\s+){0,2}?(?:greetings|regards|wishes)\s+(?:of|from)\s+", x.title)):
            x.role, x.title = "passing", x.title[gr.end():]     # "The Secretary General conveyed greetings from the Chairman, X": the sender
        elif x.role == "participant" and _TO_COME_RE.search(re.split(r'[\u201d"]', text[max(text.rfind(". ", 0, x.start), text.rfind("\n", 0, x.start)) + 1:x.start])[-1]) \
                and not announcement and not announced_in_lead(text, x.start, lead_par_end):
            x.role = "passing"      # "The Chinese official will call on President A, Prime Minister B, ...": still to come
                                    # (not '"... the sides will meet ...," X said after a video call with Y': a quote's plan)
        elif x.role == "participant" and not announcement and x.start >= (lead_par_end or len(text)) and x.title \
                and not is_chinese_title(x.title) and (re.search(r"\bspokes(?:person|man|woman)\b", x.title, re.I) and (re.search(
                    r"[\"\u201d]\s*,?\s*said\s+[^.;\"\u201c]{0,80}$|^\s*(?:Issued\s+by|Contact)\s*:?\s*$|\b(?:statement|press\s+release)\b[^.;]{0,80}$",
                    text[sentence_start(text, x.start):x.start]) or re.match(
                    r"\s+said\s+(?:after\s+the\s+(?:meeting|talks)\s+)?(?:that\s+)?the\s+(?:dialogue|meeting|talks|visit|call|conference|seminar|bilateral)"
                    r"\s+(?:had|has|was|would)\b|\s+said\s+(?:that\s+)?the\s+participation\s+of\b"
                    r"|,\s+speaking\s+to\s+(?:[A-Z]{2,8}|reporters|journalists)\b",
                    text[x.end:x.end + 60])) or re.match(
                    r"\s*(?:(?:Briefing|Speaking\s+to)\s+(?:the\s+press|reporters|journalists|the\s+media)|Reached\s+by\s+(?:tele)?phone)\b[^,]{0,60},\s+(?:H\.E\.\s+)?(?:[\w\-]+\s+){0,3}$"
                    r"|\s*In\s+a\s+(?:[\w\-]+\s+)?(?:statement\s+(?:issued\s+)?(?:later|afterwards|after\s+the\s+(?:meeting|talks))"
                    r"|interview\s+with\s+[A-Z][\w\-]*(?:\s+later\s+in\s+the\s+day)?)\s*,",
                    text[sentence_start(text, x.start):x.start])):
            # '"...," said ANC National Spokesperson X' or "Spokesperson X said the dialogue had ..." after the lead,
            # "In a statement issued later, Director of Information X said ...": the party's source
            x.role = "passing"
        elif x.role == "participant" and (not announcement or x.title and re.search(r"\bCabinet\s+Secretary\b|\bForeign\s+(?:Ministry|Office)\b", x.title)) \
                and x.start >= (lead_par_end or len(text)) and _TOLD_PRESS_AFTER_RE.match(text, x.end):
            x.role = "passing"      # "X, the government's top spokesman, told a regular press conference that ...": a source
        elif x.role == "participant" and message and x.start >= (lead_par_end or len(text)) \
                and not _WAS_THERE_CLAUSE_RE.match(text, x.end) and re.match(r"(?:,[^.;]{3,120})?,?\s+told\s+(?:(?-i:[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)|(?:this|the)\s+(?:newspaper|paper|daily))\s+(?:that|on)\b", text[x.end:x.end + 200]):
            x.role = "passing"      # a message's story: "X, first deputy chairman of ..., told Pravda that ...": a source ("told Prensa Latina")
        elif x.role == "participant" and message and x.start >= (lead_par_end or len(text)) and x.title_start > 1 \
                and text[x.title_start - 2:x.title_start] == ", " and re.match(r"\s+said\s*[.,]", text[x.end:x.end + 12]):
            x.role = "passing"      # a message's story closed by a source: "The letter reached the party ..., chief of ... X said."
        elif x.role == "participant" and message and x.start >= (lead_par_end or len(text)) \
                and re.match(r",?\s+said\s+(?:in\s+a\s+(?:[\w\-]+\s+)?statement\s+(?:released|issued|on\s+\w+day|that)|the\s+party\s+(?:was|had)\s+(?:touched|moved|grateful))\b", text[x.end:x.end + 60]):
            x.role = "passing"      # "Publicity Secretary X said in a statement released on Monday that the message ...": a source
        elif x.role == "participant" and announcement and x.start >= (lead_par_end or len(text)) and x.title \
                and not re.search(r"\bspokes(?:person|man|woman)\b", x.title, re.I) \
                and re.match(r"(?:,[^.;]{3,120},)?\s*told\s+(?:reporters|journalists|the\s+press)\b[^.;]{0,60}?\bthat\s+the\s+(?:visit|trip)\s+would\b", text[x.end:x.end + 300]):
            x.role = "passing"      # an announcement's commentator: "Former Prime Minister X, ..., told reporters that the visit would help"
        elif x.role == "participant" and _NOT_TAKING_PART_RE.match(text, x.end):
            x.role = "passing"      # "... headed by X will not be participating this time"
        elif x.role == "participant" and re.search(r"\b(?:expert|analyst|scholar|observer|commentator)s?\b(?!\s+(?:group|committee|panel|team|council|"
                                                          r"commission|mission))", x.title or "", re.I):
            x.role = "passing"      # "..., said Foreign Affairs Expert X": a commentator quoted
        elif x.role == "participant" and re.search(r"\b(?:advis[eo]r|aide|assistant)\b", x.title or "", re.I) \
                and (re.search(r"\b(?:said|says|told\s+\w+)\s+$", text[max(0, x.start - 16):x.start])
                     or re.match(r",?\s*told\s+(?:reporters|journalists|the\s+press|[A-Z]{2,8})\b", text[x.end:x.end + 30])):
            x.role = "passing"      # "..., said Dinesh Bhattarai, Deuba's foreign affairs advisor": a source
        elif x.role == "participant" and x.start >= (lead_par_end or len(text)) and re.match(
                r"\s*In\s+(?:a|an)\s+(?:separate\s+)?interview\s+with\b", text[sentence_start(text, x.start):x.start]):
            x.role = "passing"      # "In a separate interview with a Moscow radio station, X, who chairs ..., described": a commentator
        elif x.role == "participant" and re.search(r"(?:^|\n)\s*(?:Issued|Released|Authori[sz]ed)\s+by\s*:?\s*$", text[max(0, x.start - 40):x.start]):
            x.role = "passing"      # a statement's sign-off, "Issued by: X, Head of Communications": its author, not a guest
        elif x.role == "participant" and message and x.start >= (lead_par_end or len(text)) and (re.match(
                r"\s+(?:addressed|opened|chaired)\s+the\s+(?:congress|convention|plenum)\b", text[x.end:x.end + 40]) or re.match(
                r"\s*(?:(?:Opening|Addressing|Closing)\s+the|In\s+(?:his|her)\s+(?:opening|closing)\s+(?:speech|address|remarks)\s+(?:to|at)\s+the)\s+"
                r"(?:[Cc]ongress|[Cc]onvention|[Pp]lenum)\s*,", text[sentence_start(text, x.start):x.start])):
            x.role = "passing"      # "The PT held its congress ... Former President X addressed the congress.": the congress's speaker
        elif x.role == "participant" and x.start >= (lead_par_end or lead_end or len(text)) and re.match(
                r"[^.;]{0,250}?\b(?:have|has)\s+reached\s+(?:an?\s+)?(?:[\w\-]+\s+)?(?:consensus|agreements?|common\s+understandings?)\b", text[x.end:x.end + 320]):
            x.role = "passing"      # "Xi Jinping, ..., and Y, ..., have reached important consensus on ...": leaders cited
        elif x.role == "participant" and message and x.start >= (lead_par_end or len(text)) and addressed_in_lead(text, x.name, lead_par_end):
            x.role = "addressee"    # the lead's addressee told again after it ("X, who is also Prime Minister, succeeds Y")
        elif x.role == "participant" and (_RECEIVED_MESSAGE_RE.match(text, x.end) or (ap := re.match(r"(?:,[^.;]{3,200}?,)?\s+(?:has\s+|have\s+)?(?=received\b)", text[x.end:x.end + 220]))
                                          and _RECEIVED_MESSAGE_RE.match(text, x.end + ap.end())):
            x.role = "addressee"    # "Kim Jong Un, chairman of the WPK, received a verbal message from Xi Jinping" (or "Former President X, ..., has received")
        elif x.role == "participant" and x.title and re.search(r"\bspokes(?:man|woman|person)\b", x.title, re.I) and (
                re.search(r"\bForeign\s+Ministry\b|\bMinistry\s+of\s+Foreign\s+Affairs\b", x.title) or message and lead_par_end is not None
                and x.start >= lead_par_end and not _WAS_THERE_CLAUSE_RE.match(text, x.end)
                and not re.search(r"\b(?:meeting|met|talks|call)\s+with\s+$", text[max(0, x.start - 30):x.start]) or message and re.search(
                    r"\b(?:has|have)\s+received\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:message|letter)\s+from\b", text[sentence_start(text, x.start):x.start])):
            x.role = "passing"      # "..., said Kong Quan, spokesman of the Chinese Foreign Ministry": a source (as is a party
                                    # spokesman speaking of a message after the lead)
        elif x.role == "participant" and 0 <= x.title_start < x.start and _ADDRESSED_RE.search(text, x.title_start, x.start):
            x.role = "addressee"    # "In messages addressed to General Secretary X of ..., they praised"
        # (not "The letter, addressed to SP President X, was signed by Y": its sender)
        elif x.role == "participant" and re.search(r"\baddressed\s+to\s+(?:(?!\bsigned\s+by\b)[^.;]){0,120}$", text[sentence_start(text, x.start):x.start]) \
                and not IN_LETTER_TO_RE.match(text[sentence_start(text, x.start):x.start]):
            x.role = "addressee"    # "The message, signed by A and addressed to the NDC National Chairman, Dr X, described ..."
        if _WHOM_MET_RE.match(text, x.end):
            x.role = "participant"  # "Hu's message to DPJ President X, whom he met in Beijing on Friday": met
        elif x.role == "passing" and _THERE_AFTER_RE.match(text, x.end) and _THANKED_RE.search(text, sentence_start(text, x.start), x.start):
            x.role = "participant"  # "he thanked X, Vice-minister of the IDCPC, who was also present at the meeting"
        elif x.role == "participant" and not announcement and lead_par_end and x.start >= lead_par_end \
                and re.match(r"\s+said\b", text[x.end:x.end + 8]) \
                and (far := re.match(r"In\s+([A-Z][\w\-]+),\s", text[sentence_start(text, x.start):x.start])) \
                and far.group(1).lower() not in text[:lead_par_end].lower():
            x.role = "passing"      # "In Dodoma, CCM Secretary for Publicity X said the party would ...": a source elsewhere
        elif x.role == "addressee" and re.match(r"\s+(?:also\s+)?(?:sent|sends|cabled|conveyed)\s+(?:a|an|his|her|their)\b", text[x.end:x.end + 30]):
            x.role = "participant"  # "... sent a message to President X, and Prime Minister Y cabled a message to": Y sends one
    ordered = sorted(found, key=lambda m: m.start)
    for prev, x in zip(ordered, ordered[1:]):
        if prev.role == "addressee" and x.role == "participant" and _NEXT_IN_LIST_RE.fullmatch(text, prev.end, x.start) \
                and not re.match(r"(?:,[^.;]{3,160},)?,?\s+(?:expressed|said|wrote|noted|stressed|conveyed|extended|wished|praised|hailed|congratulated|saluted)\b", text[x.end:x.end + 200]):
            x.role = "addressee"    # "sent messages ... to A, President of ..., B, Chairman of ..., and C, ...": all addressed
        elif prev.role == "passing" and x.role == "participant" \
                and re.search(rf"\b[Bb]ehalf\s+of\s+(?:{HONORIFIC}\s+)*$", text[max(0, prev.start - 120):prev.start]) \
                and re.fullmatch(rf"(?:,\s+[^.;,]{{3,120}})?,\s+and\s+(?:{HONORIFIC}\s+)*", text[prev.end:x.start]):
            x.role = "passing"      # "On behalf of Samdech A, President of the CPP, and Samdech B, Vice-President ...": both sent
    for x in found:
        if x.role == "participant" and (x.title and _PASSING_IN_TITLE_RE.search(x.title)
                                        or re.search(r"\b[Rr]ecall(?:ing|ed)\s+that\s+(?:[\w\-]+\s+){0,4}$", text[max(0, x.start - 60):x.start])):
            x.role = "passing"      # a "title" run from the clause before the name: "recalling that SNS President X had"
        elif x.role == "passing" and re.search(r"\b(?:opened|began|started)\s+(?:in\s+[^.;,]{3,60}?\s+)?with\s+(?:a\s+)?(?:keynote\s+)?speech\s+by\s+$", text[max(0, x.start - 130):x.start]):
            x.role = "participant"  # "The summit ... opened with a keynote speech by X": he spoke at it
        elif x.role == "participant" and not announcement and x.start >= (lead_par_end or len(text)) \
                and re.match(r"(?:,[^.;]{3,120},)?,?\s+(?:will\s+visit|is\s+expected\s+to\s+attend"
                             r"|visits\s+[^.;]{0,60}?\b(?:later\s+this|next)\s+(?:year|month|week))\b", text[x.end:x.end + 200]):
            x.role = "passing"      # "President X, a founder of the PT, will visit China later this year": another occasion
                                    # ("would be signed when party president X visits Beijing later this year")
        elif x.role == "participant" and re.search(r"\bvisit\s+to\s+[A-Z][\w\-]+\s+by\s+(?:[\w\-]+\s+){0,4}$", text[max(0, x.start - 80):x.start]) \
                and re.match(r"[^.;]{0,120}?\b(?:last\s+(?:year|month|week)|ago|in\s+(?:19|20)\d\d)\b", text[x.end:x.end + 200]):
            x.role = "passing"      # "follows the official visit to China by Prime Minister X, ..., in June last year"
        elif x.role == "participant" and text.startswith("Since ", sentence_start(text, x.start)) \
                and re.match(r"[^.;,]{0,120}?\b(?:last\s+(?:year|month)|in\s+(?:19|20)\d\d|years?\s+ago)\b", text[x.end:x.end + 200]):
            x.role = "passing"      # "Since President X and King Y agreed last year to ..., cooperation has grown": the past
        elif x.role == "participant" and _RECEIVED_LETTER_RE.match(text, x.end):
            x.role = "addressee"    # "X, Minister of ..., today received a letter from Y": the letter's addressee
        elif x.role == "participant" and (_CITED_IN_SENTENCE_RE.search(text[sentence_start(text, x.start):x.start])
                                          or _POSTED_AFTER_RE.match(text, x.end) or _quoted_as_saying(text, x)):
            x.role = "passing"      # "the support of the CPC for the Cuban Party, led by its First Secretary, X"; another gathering's
        if x.title and " and by the " in x.title and (j := text.rfind(" and by the ", max(0, x.title_start), x.start)) >= 0:
            # "attended by the Chairman of ... A and by the Ambassador of ..., B": B's title is the second
            x.title, x.title_start = x.title.rsplit(" and by the ", 1)[1], j + len(" and by the ")
        if x.title and re.match(r"(?:The|whose)\s+\S", x.title):
            # "The Chinese Ambassador to India, Xu Feihong, ...", "the embassy, whose Ambassador X was also present"
            x.title = x.title.split(None, 1)[1]
        if x.title and re.match(r"[^,]*\bincluded\s+(?:the\s+)?\S", x.title):
            # "The delegation included the province's Vice Governor X": the list's opening is no title
            x.title = re.sub(r"^[^,]*\bincluded\s+(?:the\s+)?", "", x.title)
