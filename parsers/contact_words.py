"""The words of a contact in a lead (used by parsers.event_type): meetings, calls on, CPC delegations'
visits abroad and guests' visits to China, departures, and video calls.
"""
from __future__ import annotations

import re

from parsers.in_china import CN_PLACE as _CN_PLACE

__all__ = ["AS_WRAPPED_UP_RE", "COMING_VISIT_RE", "DELEGATION_AT_CONGRESS_RE", "IN_MESSAGE_TO_RE", "INTERVIEW_RE", "PHONE_RE",
           "REMARKS_AT_CONTACT_RE", "SIGNED_BY_RE", "VIDEOLINK_RE", "CALL_ON_RE", "DEPART_RE", "GUEST_VISIT_RE", "IN_CHINA_RE", "MEETING_RE", "VIDEO_CALL_RE", "VISIT_RE", "VISIT_TITLE_RE", "RECEPTION_FOR_RE", "GENERIC_TALKS_RE",
           "AGREED_REMOTELY_RE"]

_I = re.IGNORECASE
VIDEO_CALL_RE = re.compile(
    r"\bvideo\s+(?:calls?|talks?|chat|conversations?|meeting)\b|\bonline\s+(?:meeting|talks?|call|conversation)\b"
    r"|\b(?:met|meets|talks?|talked|held\s+talks)\s+(?:\w+\s+){0,3}?(?:via|by|through)\s+video(?:\s+link|\s*conference)?\b"
    r"|\bvirtual\s+(?:bilateral\s+|party-to-party\s+)?(?:meeting|talks?|discussions?|conversation)\b|\bvia\s+video\s+link\b"
    r"|\b(?:talks|meeting)\s+in\s+(?:a\s+)?video\s*conference\s+format\b"
    r"|\b(?:during|in|via|through|following|after)\s+(?:a|an)\s+video\s*conference\s+(?:held\s+(?:on\s+[A-Z][a-z]+\s+\d{1,2}|(?:on\s+|this\s+)?[A-Z][a-z]+day|today|yesterday)\s+)?between\b"
    # ("X held a videoconference on Tuesday (19) with Y": one counterpart)
    r"|\bheld\s+(?:a|an)\s+videoconference\s+(?:on\s+\w+day\s+(?:\(\d{1,2}\)\s+)?|today\s+|yesterday\s+)with\b"
    # ("held a meeting by videoconference today with")
    r"|\b(?:meeting|talks)\s+(?:by|via|through)\s+video\s*conference\b"
    r"|\bheld\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+day(?:,\s+\d{1,2}\s+[A-Z][a-z]+,)?)\s+(?:a|an)\s+video\s*conference\s+with\b", _I)     # ("held on 17 June a videoconference with", "on Thursday")     # "..., during a videoconference between A and B"     # "held talks in a videoconference format"
VISIT_RE = re.compile(
    r"\b(?:led|head(?:ed|ing))\s+(?:a|the)\s+(?:CPC|Chinese|IDCPC)\s+delegation\b|\b(?:CPC|Chinese|IDCPC)\s+delegation\s+led\s+by\b"
    r"|\b(?:on|during)\s+(?:a|an|his|her|their)\s+(?:official\s+|working\s+|state\s+)?visit\s+to\b(?!\s+(?:" + _CN_PLACE + r"|(?:the|this)\s+Asian\s+(?:country|giant|nation))\b)"
    # "A Chinese delegation wrapped up its three-day visit to Ethiopia on Wednesday"
    r"|\b(?:wrapped\s+up|concluded|ended|completed)\s+(?:its|his|her|their|a)\s+(?:[\w\-]+\s+){0,2}?visit\s+to\b(?!\s+(?:" + _CN_PLACE + r")\b)|\bcalled\s+on(?![^.;]{0,80}?\bto\s+[a-z])\b|\bcalls\s+on(?![^.;]{0,80}?\bto\s+[a-z])\b|\bpa(?:id|ying|ys)\s+(?:a|an)\s+(?:\w+\s+)?visit\s+to\b(?!\s+(?:the\s+)?(?:Central\s+)?Party\s+School\b|\s+(?:" + _CN_PLACE + r")\b)"
    r"|\bvisit(?:s|ed)?[ \t]+(?!(?:" + _CN_PLACE + r")\b)(?-i:[A-Z])"     # not across the headline's end
    # "A delegation of the Communist Party of China on Thursday visited the leadership of IPAC"
    r"|\b(?:(?:CPC|IDCPC)\s+delegation|delegation\s+(?:of|from)\s+the\s+(?:CPC|IDCPC|Communist\s+Party\s+of\s+"
    r"(?:the\s+)?(?:People'?s\s+Republic\s+of\s+)?China))\b[^.;]{0,80}?\bvisit(?:ed|s)\s+the\s+(?-i:[a-z])", _I)
VISIT_TITLE_RE = re.compile(r"\bvisits?\b(?!\s+(?:to\s+)?China\b)|\bcalls?\s+on\b(?![^.;]{0,80}?\bto\s+[a-z])|\bdelegation\s+to\b(?!\s+China\b)", _I)
GUEST_VISIT_RE = re.compile(
    r"\b(?:visit(?:ed|s|ing)?|visit\s+to|tour(?:ed|s)?|arrived\s+in|was\s+in)\s+(?:\w+\s+){0,3}?China\b"   # "Shandong province of China"
    # ("the Cyprus talks", "peace talks": a negotiation named, not a contact)
    r"|\b(?:attended|attends|addressed|addresses|(?<!peace\s)(?<!Cyprus\s)(?<!Korean\s)(?<!Geneva\s)talks|exchanged\s+views|co-chaired|presided)\b", _I)
IN_CHINA_RE = re.compile(r"\b(?:met|meets|received|receives|held\s+talks)\b[^.]{0,250}?\bin\s+(?:" + _CN_PLACE + r")\b")
# A departure report is the start of a CPC trip abroad: "left Chengdu for good-will visits to
# Nepal, Sri Lanka ...", "left today for a visit to India".
DEPART_RE = re.compile(r"\b(?:left|leaves|departed|departs)\b[^.]{0,120}?\bfor\s+(?:a\s+|an\s+)?(?:[\w\-]+\s+){0,3}?"
                        r"(?:visits?|tour)\s+(?:to\s+)?(?!(?:" + _CN_PLACE + r")\b)(?:the\s+)?(?-i:[A-Z])"
                        # "..., a visiting senior Chinese official has said": the CPC side abroad
                        r"|\ba\s+visiting\s+(?:[\w\-]+\s+){0,2}?(?:Chinese|CPC)\s+(?:official|leader|delegation)"
                        # "The visiting delegation of the Chinese Communist Party has committed to ..."
                        r"|\b(?:a|the)\s+visiting\s+delegation\s+(?:of|from)\s+(?:the\s+)?(?:CPC|CCP|Chinese\s+Communist\s+Party"
                        r"|Communist\s+Party\s+of\s+China)\b"
                        # "X flew into this capital city ... to attend the 9th National Congress of the CPV": a trip abroad
                        r"|\b(?:flew\s+into|arrived\s+in)\b[^.]{0,120}?\bto\s+attend\s+the\s+[^.]{0,40}?Congress\s+of\s+the\s+(?!CPC\b|Communist\s+Party\s+of\s+China)"
                        # "A Chinese Communist Party delegation including ... had talks with NPP leader X": it travels
                        r"|^(?:A|The)\s+(?:[\w\-]+\s+)?(?:CPC|CCP|Chinese\s+Communist\s+Party|Communist\s+Party\s+of\s+China)\s+delegation\b"
                        r"[^.]{0,250}?\b(?:met|meets|(?:had|held|holds)\s+talks|called\s+on)\b", _I)
# "The Cuban ambassador to China held an exchange with ...": an envoy's contact takes place in China
MEETING_RE = re.compile(r"\b(?:met|meets|meeting|received|receives|(?<=when\s)receiving|(?<=while\s)receiving|held\s+talks|holds\s+talks|talks\s+with|negotiations\s+with|"
                         r"(?:had|held)\s+a\s+working\s+session\s+with|"     # "Ambassador X had a working session with Song Tao"
                         r"talks?\s+between|"      # "to witness ... the talk between Song Tao, ..., and the visiting ... delegation"
                         r"told\s+(?:the\s+|a\s+)?visiting\s+(?:[\w\-]+\s+){0,3}?(?:leaders|delegation|delegates|guests)|"   # "Xi told visiting leaders on Tuesday"
                         r"(?:held|holds)\s+(?:a\s+)?discussions?|discussed|talked|briefed\s+(?:a|the)\s+(?:[\w\-]+\s+){0,3}?(?:delegation|group|guests|visitors)|"
                         r"called\s+on(?![^.;]{0,80}?\bto\s+[a-z])|calls\s+on(?![^.;]{0,80}?\bto\s+[a-z])|"
                         # "had a discussion with", "had a cordial and friendly talk", "had a working lunch
                         # with", "hosted a banquet for": the contact verbs of real leads
                         r"ha(?:d|s|ve)\s+(?:an?\s+)?(?:(?!to\b)[\w\-]+\s+(?:and\s+)?){0,3}?(?:discussions?|talks?|"     # (not "have agreed to deepen exchanges")
                         r"conversation|exchanges?|meeting|breakfast|lunch|luncheon|dinner)|"
                         r"(?:hosted|hosts|gave|gives)\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:banquet|luncheon|dinner|lunch|breakfast)|"
                         r"(?:hosted|hosts)\s+(?:a|the)\s+(?:visiting\s+|high-level\s+)*delegation|"
                         # "Prime Minister X hosted on September 16 Liu Ning, ...": a person hosted
                         r"(?:hosted|hosts)\s+(?:on\s+[A-Z][a-z]+\s+\d{1,2}\s+)?(?:hosted\s+)?(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+\b)|(?:held|had)\s+an?\s+exchange\s+with|"
                         r"courtesy\s+call)\b", _I)
# "paid a courtesy call on", "called on": a visit abroad, but a meeting on Chinese soil
CALL_ON_RE = re.compile(r"\b(?:courtesy\s+call|called\s+on(?![^.;]{0,80}?\bto\s+[a-z])|calls\s+on(?![^.;]{0,80}?\bto\s+[a-z]))\b", _I)


# "hosted a reception in Hanoi on July 5 for a delegation from the CPC": the host received them
# ("At a reception for Wang Ning on March 28, ..., the Vietnamese Party leader spoke highly of ...")
# ("gave a reception at the Mansudae Assembly Hall on Friday in honor of a delegation of the CPC")
RECEPTION_FOR_RE = re.compile(r"\b(?:hosted|hosts|gave|gives)\s+(?:a\s+)?reception\b(?=[^.]{0,80}?\b(?:for|in\s+honou?r\s+of)\s+(?:a|an|the|visiting|(?-i:[A-Z])))"
                              r"|^\s*At\s+a\s+reception\s+for(?=\s+(?-i:[A-Z]))"
                              # ("X said on April 12 at a reception in Hanoi for a visiting CPC delegation")
                              r"|\bat\s+a\s+reception\s+(?:in\s+(?-i:[A-Z])[\w\-]+\s+)?(?:for|in\s+honou?r\s+of)(?=\s+(?:a|an|the)\s+(?:visiting\s+)?(?:[\w\-]+\s+){0,3}?delegation\b)"
                              r"|^\s*Reception\s+(?:Given|Held|Hosted)\s+(?:for|in\s+Honou?r\s+of)\b", _I)


# talks told only in general, with no counterpart named: the next paragraph tells how they were held
GENERIC_TALKS_RE = re.compile(r"\b(?:in|during)\s+(?:separate\s+)?talks\s+with\s+(?:[\w\-]+\s+){0,4}?(?:leaders|officials|counterparts)\b", _I)


# read by parsers.event_type
INTERVIEW_RE = re.compile(r"\bin\s+an?\s+(?:exclusive\s+|written\s+|recent\s+)?interview\s+with\b", re.IGNORECASE)
PHONE_RE = re.compile(r"\b(?:phone|telephone)\b", re.IGNORECASE)
DELEGATION_AT_CONGRESS_RE = re.compile(r"\b(?:CPC|Chinese)\s+delegation\b[^.;]{0,160}?\battended\b[^.;]{0,80}?\bCongress\s+of\b", re.IGNORECASE)
# "Li made the remarks while addressing a seminar in Hohhot": the speaker was at the conference
# ("They were speaking via video link at the thematic briefing")
VIDEOLINK_RE = re.compile(r"\bvideo-?link\b", re.IGNORECASE)     # "via videolink"
AS_WRAPPED_UP_RE = re.compile(r",\s+as\s+(?:a|the)\s+[^.;]{0,160}?\b(?:wrapped\s+up|concluded|closed)\s+(?:the|their)\s+"
                               r"[^.;]{0,60}?\b(?:meeting|session|talks|round)\b")
IN_MESSAGE_TO_RE = re.compile(r"\s*In\s+(?:a|an|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:letter|message|cable|telegram)\s+(?:of\s+(?:congratulations?|condolences?|greetings)\s+)?(?:addressed|sent)\s+to\b")
COMING_VISIT_RE = re.compile(r"\b(?:upcoming|forthcoming|planned)\s+(?:[\w\-]+\s+){0,2}?visit\b", re.IGNORECASE)
# ("made the remarks when meeting separately in Beijing with")
REMARKS_AT_CONTACT_RE = re.compile(r"\bmade\s+the\s+remarks\s+(?:(?:in|during|at)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:call|meeting|talks|conversation)"
                                   r"|when\s+(?:meeting|holding\s+talks)(?:\s+separately)?(?:\s+in\s+[A-Z][a-z]+)?)\s+with\b")
SIGNED_BY_RE = re.compile(r"^The\s+(?:agreement|memorandum|document|accord)\s+was\s+signed\b[^.;]{0,80}?\bby\b")

# "..., after he and X agreed by video link to hold the next session": the agreement's call
AGREED_REMOTELY_RE = re.compile(r"\b(?:agreed|decided)\s+(?:by|via|over)\s+(?:video(?:\s*link|\s*conference)?|(?:tele)?phone)\b", _I)
