"""Words of gatherings (used by parsers.event_type): what makes a lead tell a conference (a forum,
seminar, briefing, training course, ceremony or celebration) rather than a two-sided contact, and
whether it was held online, in person or both.
"""
from __future__ import annotations

import re

__all__ = ["ADDRESSING_RE", "future_gathering", "TITLE_PLAN_RE", "TOOK_PART_IN_RE", "UPCOMING_RE", "OWN_CONTACT_RE", "CONF_SUBJECT_RE", "HELD_CONF_RE", "CONFERENCE_RE", "MULTI_RE", "REMOTE_RE", "HYBRID_RE", "GUESTS_REMOTE_RE", "MANY_PARTIES_RE", "PRESS_TITLE_RE", "many_parties_told", "SPEECH_RE", "TWO_SIDES_RE", "SPEAKING_AT_RE", "BRIEFED_PARTY_RE", "PARTY_HEADS_MET_RE", "SAID_AT_GATHERING_RE", "MADE_AT_GATHERING_RE",
           "AFTER_VIDEO_GATHERING_RE"]

_I = re.IGNORECASE
# "A delegation ... participated in a study program at the Party School ...": the format the guests joined
# "X made the call while launching a ten-day training to 120 youth cadres": the course opened
# (not "opened a joint party training centre": a building opened is no course held)
_NOT_A_PLACE = r"(?!\s+(?:cent(?:re|er)s?|schools?|colleges?|institutes?|academ(?:y|ies)|bases?|facilit(?:y|ies)|complex|buildings?)\b)"
# ("..., foreign diplomats and party representatives were told at a briefing session here Tuesday")
TOOK_PART_IN_RE = re.compile(r"\b(?:(?:participated|participates|took\s+part|takes\s+part)\s+in|participants\s+(?:in|at)|were\s+told\s+at"
                             r"|(?:launch(?:ed|ing)|open(?:ed|ing)|inaugurat(?:ed|ing))(?=\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?training\b"
                             + _NOT_A_PLACE + "))"
                             r"\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?"
                             r"(?:study\s+(?:program|programme|session)|training(?:\s+(?:course|program|programme|session))?|seminar|workshop|"
                             r"symposium|forum|conference|briefing(?:\s+session)?)\b", _I)
# "an upcoming conference ... will help", "the forthcoming forum": an announcement when the
# sentence tells no contact of its own
UPCOMING_RE = re.compile(r"\b(?:upcoming|forthcoming)\s+(?:[\w\-]+\s+){0,3}?(?:conference|forum|visit|dialogue|summit|"
                         r"seminar|meeting|session|congress)\b", _I)
OWN_CONTACT_RE = re.compile(r"\b(?:met|meets|held|holds|received|receives|attended|attends|visited|addressed|opened)\b"
                            r"|\b(?:when|while)\s+(?:meeting|receiving)\b", _I)     # ("said Tuesday when meeting separately with")
# the gathering itself as the subject: "A forum of political parties ... opened on Wednesday"
CONF_SUBJECT_RE = re.compile(
    # (no article: "China-Southeast Asian ... Political Parties Belt and Road Joint Consultation Conference was held")
    # ("On November 19th, the second meeting of the exchange council between the CPC and ... opened")
    r"^\W*(?:On\s+[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s+\d{4})?,\s+)?(?:(?:[Tt]he|A|An)\s+(?:[\w\-]+\s+){0,2}?(?:meeting|session)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?(?:council|mechanism|commission)\b|"
    # ("The annual Meeting of Secretaries-General of the Former Liberation Movements ... opened here today": a named gathering)
    r"(?:[Tt]he|A|An)\s+(?:[\w\-]+\s+){0,2}?(?-i:Meeting)\s+of\s+(?-i:[A-Z])[\w\-]*|"
    r"(?:(?:The|A|An)\s+(?:[\w\-]+\s+){0,8}?|(?:(?!(?:met|meets|received|receives|held|holds|attended|attends|with)\b)[\w\-\u2019']+\s+){1,14}?)(?:forum|seminar|conference|dialogue|symposium|summit|workshop|round[\s-]?table|thematic\s+exchange))\b"
    r"[^.]{0,200}?\b(?:opened|kicked\s+off|was\s+held|were\s+held|was\s+convened|concluded|closed|ended|took\s+place)\b", _I)
# "The CPC on Wednesday held a seminar with African political parties": a conference, whatever
# the headline says ("parties meet to share ...")
HELD_CONF_RE = re.compile(
    r"\b(?:held|holds|(?:is|are)\s+holding|hosted|hosts|(?:is|are)\s+hosting|convened|co-hosted|organized|organised)\s+(?:here\s+)?(?:today\s+|yesterday\s+)?(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?"
    r"(?:seminar|forum|conference|symposium|workshop|briefing|round[\s-]?table|dialogue|lecture|exchange\s+meeting|"
    r"open\s+house)\s+(?:with|for|on|themed|in|of)\b"      # "held the first open house for foreign diplomats"
    # ("the SWAPO Party hosted in Windhoek a meeting of former liberation movements of Southern Africa": many parties)
    r"|\b(?:held|hosted|convened|co-hosted)\s+(?:in\s+[A-Z][\w\-]+\s+)?(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:parties|movements)\b", _I)
# "X held a video conference with Liu Jianchao": one counterpart named, a two-sided contact (a call)
ONE_COUNTERPART_CONF_RE = re.compile(r"\b(?:held|holds|had|holding)\s+(?:a|an)\s+video\s*conference\s+(?:(?:this\s+\w+|today|on\s+\w+(?:\s+\d{1,2})?)\s+(?:\(\d{1,2}\)\s+)?)?with\s+(?:the\s+)?(?-i:[A-Z])"     # ("this Tuesday (9) with")
                                     r"(?![^.;]{0,160}?\b(?:(?<!two\s)parties|and\s+(?:the\s+)?(?-i:[A-Z])))"
                                     # ("A and B held a videoconference on Wednesday on the cooperation between the two parties")
                                     r"|\b(?:held|had)\s+(?:a|an)\s+video\s*conference\s+(?:on\s+\w+day\s+|today\s+)?on\s+[^.;]{0,80}?\bbetween\s+the\s+two\s+parties\b"
                                     # ("A and B held a video conference on Wednesday (23), with X and Y leading the two sides")
                                     r"|\b(?:held|had)\s+(?:a|an)\s+video\s*conference\b[^;\n]{0,250}?\bleading\s+the\s+two\s+sides\b"
                                     r"|\b(?:held|had)\s+(?:a|an)\s+bilateral\s+video\s*conference\b", _I)     # ("A and B held a bilateral video conference")
CONFERENCE_RE = re.compile(
    # (a topic of cooperation is no format: "agree to strengthen dialogue", "Agree to Boost Cadre Training")
    r"(?<!strengthen\s)(?<!deepen\s)(?<!through\s)(?<!closer\s)(?<!boost\s)(?<!promote\s)(?<!enhance\s)(?<!expand\s)(?<!intensify\s)(?<!step\sup\s)"
    r"(?<!exchanges\sand\s)(?<!communication\sand\s)(?<!cooperation\sand\s)"      # "strengthen their exchanges and consultation"
    r"\b(?:forum|dialogue|seminar|symposium|summit|conference|webinar|workshop|round[\s-]?table|briefing|"
    r"study\s+(?:group|session|tour|program|programme)|thematic\s+session|mechanism|exchange\s+council|consultation|colloquium|"
    r"high-level\s+meeting|co-chaired|co-chair(?!s?\s+of\b|s?\s+(?-i:[A-Z]))|(?<!discuss\s)(?<!\bin\s)(?<!\bon\s)(?<!\bin\sparty\s)(?<!\bon\sparty\s)(?<!covers\s)(?<!including\s)(?<!,\s)(?<!expand\sa\s)(?<!expand\sthe\s)(?<!expand\sits\s)(?<!expand\stheir\s)(?<!wider\s)(?<!more\s)(?<!\sand\s)cadre\s+training(?!\s+(?:memorandum|agreement|cooperation|plan|pact|deal|accord|MoU|exchanges)\b)|training\s+(?:course|program)|"
    r"exchange\s+programme|expo|festival|ceremony|reception|(?<!to\s)launch|lecture|celebrations|"     # ("agreed to launch exchanges": a plan)
    # "attended activities marking the 70th anniversary of the founding of the WPK"
    r"(?:activities|events|gathering|gala)\s+(?:marking|to\s+mark|celebrating|commemorating)"
    # "The agreement came at a meeting of the China-Japan Ruling Parties Exchange Council": a standing body's session
    r"|(?<!next\s)(?:meeting|session)\s+of\s+(?:the\s+(?-i:(?:[A-Z][\w\-]*\s+){1,6}(?:Council|Mechanism))"
    r"|(?:an?|their|its)\s+(?:[\w\-]+\s+){0,3}?(?:exchange\s+|consultation\s+|dialogue\s+)(?:council|mechanism))"
    # "The China-Japan Ruling Parties Exchange Council held a meeting here today"
    r"|(?-i:Council|Mechanism)\s+(?:held|holds)\s+(?:a|its)\s+(?:[\w\-]+\s+)?(?:meeting|session)"
    r"|\b(?:exchange|consultation|dialogue)\s+(?:council|mechanism)\s+between\b)\b", _I)   # "The exchange council between the ruling parties"     # ("the second session of an exchange council")
# A multi-party format held online is a conference, not a two-sided call: "the party
# roundtable meeting was held via videolink ... co-chaired by A and B".
# ("a video call with the Executive Secretary of the Sao Paulo Forum": a body's name, no format; nor is
# "Co-Chair of the Communist Party USA" a co-chaired gathering)
# (a call's "..., briefing him on the outcomes of ..." is no briefing session)
# (not "held talks via video conference with X": two sides)
MULTI_RE = re.compile(r"(?<!talks\svia\s)(?<!talks\sby\s)\bvideo\s+conference\b|\bsummit\b|(?<!Paulo )\bforum\b|\bseminar\b|\bdialogue\b|\bsymposium\b|\bbriefing\b(?!\s+(?:him|her|them)\s+on\b)"
                      r"|\bwebinar\b|\binternational\s+(?:online\s+|virtual\s+|video\s+)?conference\b|\bround[\s-]?table\b|\bco-chair(?:ed|s)\b(?!\s+of\b)|\bworkshop\b|\bceremony\b|\bmechanism\b", _I)
# "the IDCPC and the main political parties of Nepal jointly held a video call": many parties on
# one side make a video conference, whatever the headline calls it
# ("160 countries including Nepal participating in virtual meeting": a count of countries or parties)
MANY_PARTIES_RE = re.compile(r"(?<!\bother )\bpolitical\s+parties\s+(?:of|from)\b|\b(?:\d{2,}|dozens\s+of)\s+(?:countries|parties|political\s+parties)\b"
                             r"|\b(?:three|four|five|six|seven|eight|nine|ten|\d)\s+(?:political\s+)?parties\s+(?:of|from|in)\b"
                             # "at virtual meeting of African parties": a region's parties gathered
                             r"|\b(?:meeting|dialogue|gathering)\s+(?:of|between)\s+(?:the\s+)?(?:African|Asian|Arab|European|Latin\s+American|Caribbean"
                             r"|Pacific|Central\s+Asian|South\s+Asian|Southeast\s+Asian|Central\s+American|South\s+American)\s+(?:political\s+)?parties\b", _I)
# "SWAPO will send coordinators to China for a training course", "intend to hold a joint forum in 2021"
# (and wishes: "want a regular, structured dialogue", "agreed ... to hold a joint theoretical workshop")
_WILL_RE = re.compile(r"\b(?:will|would|shall|should\s+revive|intends?\s+to|plans?\s+to|going\s+to|to\s+hold|to\s+(?:resume|revive|restart|relaunch)|wants?|seeks?|hopes?\s+(?:for|to)"
                      r"|calls?\s+for|proposed?|to\s+organi[sz]e|to\s+launch|to\s+set\s+up|to\s+establish|covering|agree[sd]?\s+to)\b", _I)   # "a plan covering ... joint seminars"
# "agreed Wednesday to keep their dialogue going": the gathering is the plan's object (not "agreed on Thursday to deepen
# cooperation ..., at a thematic dialogue hosted by": the plan made at one)
_AGREED_TO_KEEP_RE = re.compile(r"\bagree[sd]?\s+(?:on\s+)?\w+day\s+to\s+\w+(?:\s+up)?\s+(?:their|the|an?)\s+(?:[\w\-]+\s+){0,2}?$", _I)
TITLE_PLAN_RE = re.compile(r"\bto\s+launch\b|\bdiscuss(?:es|ed)?\s+(?:[\w\-]+\s+){0,2}?(?:summit|forum|conference)\s+(?:prospects|plans?|preparations)\b|\bto\s+build\s+on\s+(?:[\w\-]+\s+){0,3}?summit\b|\b(?:agree[sd]?\s+on|to\s+sign)\s+(?:[\w\-]+\s+){0,4}?exchange\s+programme\b|\bto\s+(?:widen|expand|deepen|boost|step\s+up)\s+(?:[\w\-]+\s+){0,3}?(?:training|exchanges?|dialogue)\b|\bmove\s+(?:[\w\-]+\s+){0,3}?(?:seminar|forum|dialogue|conference)\s+online\b|\bto\s+keep\s+(?:the\s+)?dialogue\s+(?:going|alive)\b|\bto\s+send\s+(?:a\s+)?delegation\s+to\b|\bagree[sd]?\s+on\s+(?:[\w\-]+\s+){0,4}?(?:seminar|forum|dialogue|conference|workshop|mechanism)\b|\b(?:plans?|intends?|seeks?|wants?|urges?|calls?\s+for|to\s+(?:hold|keep\s+up|continue|resume|revive|restart|relaunch|renew|carry|co-host|host|organi[sz]e|set\s+up|establish|send)|set\s+to|mulls?)\s+(?:[\w\-]+\s+){0,4}?(?:forum|dialogue|seminar|conference|summit|mechanism|study\s+(?:tour|group)|workshop|consultations?)\b", _I)
# ("... will bring fresh opportunities, officials said on Wednesday at a briefing session": the briefing was held)
_GATHERED_RE = re.compile(r"\b(?:held|opened|attended|concluded|closed|took\s+place|convened|addressed|chaired)\b"
                          r"|\bsaid\s+(?:on\s+\w+(?:\s+\d{1,2})?\s+|today\s+|yesterday\s+)?at\s+(?:a|an|the)\b"     # ("said on June 11 at a video conference")
                          # ("..., a senior official told representatives of foreign parties ... at a briefing session here Thursday")
                          r"|\btold\s+[^.;]{3,120}?\s+at\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:briefing|seminar|forum|symposium|conference)\b"
                          # ("..., their leaders told a video conference with the CPC on Thursday")
                          r"|\btold\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:video\s*)?(?:conference|seminar|forum|symposium)\b"
                          r"|\bparticipants\s+in\s+(?:an?|the)\s+(?:meeting\s+of\b|(?:[\w\-]+\s+)?(?:dialogue|forum|seminar|symposium)\s+said\b)|\b(?:after|following)\s+the\s+(?:\w+\s+)?(?:meeting|session|round)\s+of\b"     # ("..., participants in a meeting of their exchange council said")
                          # ("according to a joint proposal released at the close of the seventh meeting of the A Mechanism")
                          r"|\b(?:released|issued|adopted)\s+at\s+the\s+(?:close|end|conclusion)\s+of\s+the\s+(?:[\w\-]+\s+)?(?:meeting|session|round)\s+of\b"
                          # ("..., it was agreed on Thursday at the close of a one-day seminar between the two parties")
                          r"|\b(?:was|were)\s+(?:agreed|decided)\s+(?:here\s+)?(?:(?:on\s+)?\w+day\s+|today\s+|yesterday\s+)?at\s+the\s+(?:close|end|conclusion)\s+of\s+(?:a|an|the)\b", _I)


def future_gathering(core: str) -> bool:
    """Every gathering the sentence names is still to come (the news is a plan, told after some contact)."""
    hits = list(CONFERENCE_RE.finditer(core))
    # ("The next round of the dialogue ... will be held in China in October": "held" still to come)
    done = _GATHERED_RE.search(re.sub(r"\b(?:will|would|is\s+to|are\s+to)\s+be\s+held\b", "", core))
    return bool(hits) and not done and all(_WILL_RE.search(core, 0, m.start()) or _AGREED_TO_KEEP_RE.search(core, 0, m.start())
                                           or re.match(r"[^.;]{0,150}?\b(?:will|would)\s+be\s+held\b", core[m.end():]) for m in hits)


# a speaker's part at a gathering, or the occasion a plan was made at: "addressed", "co-chaired by"
# ("Speaking on Tuesday (Dec 6) at a briefing session on ...")
ADDRESSING_RE = re.compile(r"\b(?:address(?:ed|ing)|attend(?:ed|ing)|(?:spoke|speaking)\s+(?:on\s+\w+day\s+(?:\([^()]{3,20}\)\s+)?)?(?:(?:via|by)\s+video(?:\s+link)?\s+)?at|"
                           r"(?:spoke|speaking)\s+on\s+the\s+sidelines\s+of\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:dialogue|forum|conference|seminar)|presid(?:ed|ing)\s+over|"
                            r"made\s+the\s+(?:remarks|call)\s+(?:on\s+\w+\s+)?(?:at|in|during|while\s+(?:launching|opening))|"
                            r"deliver(?:ed|ing)\s+(?:a\s+)?(?:keynote\s+)?speech|in\s+(?:his|her)\s+(?:opening\s+|keynote\s+|closing\s+)?speech\s+(?:at|before)"
                           # "The commitment came at a meeting of the ... Mechanism, held via video link and co-chaired by"
                           r"|(?:came|was\s+made|were\s+made|was\s+reached|was\s+adopted)\s+at\s+(?:a|an|the)|co-chaired\s+by|which\s+(?:he|she)\s+co-chaired\s+with"
                           # "Mr X was speaking when he joined leaders of parties from A and B in a video conference organised by"
                           r"|joined\s+[^.]{0,160}?\bin\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:conference|seminar|forum|dialogue|summit))\b", _I)


_SAID_BEFORE_RE = re.compile(r"\b(?:said|says|noted|stressed|(?:is|are)\s+(?:willing|ready))\b[^.]*$")


def many_parties_told(text: str) -> bool:
    """Many parties on one side as told, not wished for: "the CPC is willing to maintain exchanges
    with political parties of Samoa" in the CPC host's words makes no video call a conference."""
    for m in MANY_PARTIES_RE.finditer(text):
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        end = min(i for i in (text.find(". ", m.end()), text.find("\n", m.end()), len(text)) if i >= 0)
        # (nor in words a lead reports before its speaker: "Political parties should ..., a senior official said")
        # (nor a party's standing ties: "The CPC has kept friendly exchanges with various political parties of Myanmar")
        if re.search(r"\b(?:has|have)\s+(?:long\s+)?(?:kept|maintained)\s+(?:[\w\-]+\s+){0,2}?(?:exchanges|contacts|relations|ties)\s+with\s+(?:the\s+)?(?:various\s+)?$",
                     text[start:m.start()]):
            continue
        if not _SAID_BEFORE_RE.search(text, start, m.start()) and not re.search(
                r",\s+(?:a|an|the)\s+(?:[\w\-()]+\s+){0,12}?(?:said|says)\b", text[m.end():end]):
            return True
    return False


REMOTE_RE = re.compile(r"\b(?:video|videoconferenc\w*|online|virtual|virtually|webinar|cloud|via\s+video|by\s+video\s+link|remote)\b", _I)
# "through a combination of online and offline manner": people were in the room, so in person
HYBRID_RE = re.compile(r"\b(?:online\s+and\s+offline|offline\s+and\s+online|hybrid|online\s+and\s+in[\s-]person"
                       r"|in[\s-]person\s+and\s+(?:online|virtual)"
                       # ("some of whom attended in person in Beijing while others joined online")
                       r"|in\s+person\b[^.;]{0,60}?\bwhile\s+others\s+(?:joined|attended|took\s+part)\s+(?:online|virtually|via\s+video))\b", _I)
# ... unless the text puts every foreign guest on the screen: "Chen attended at the venue in Beijing,
# while representatives of political parties of A, B and C all joined via video link" (a remote contact)
GUESTS_REMOTE_RE = re.compile(
    # ("while all the Latin American and Caribbean guests joined via video link")
    # (not "while some guests joined via video link": only some on the screen, so the gathering stays in person)
    r"\bwhile\s+(?!(?:some|several|a\s+few|a\s+number|other)\b)(?:all\s+)?(?:the\s+)?(?:foreign\s+)?(?:[A-Z][\w\-]*\s+(?:and\s+)?){0,4}(?:representatives|delegates|guests|leaders|participants)\b[^.;]{0,240}?"
    r"\b(?:all\s+)?(?:joined|attended|participated|took\s+part)\s+(?:\w+\s+){0,2}?(?:(?:via|by|through)\s+video|online|virtually)\b"
    # ("..., while A, Chairwoman of ..., B, ..., and C, ..., all joined via video link": the guests named one by one)
    r"|\bwhile\s+[^.;]{10,500}?\ball\s+(?:joined|attended|participated|took\s+part)\s+(?:(?:via|by|through)\s+video|online|virtually)\b"
    # ("Leaders and representatives of more than 20 parties from A, B and C all joined the dialogue via video link")
    r"|\b(?:representatives|delegates|guests|leaders)\s+of\s+[^.;]{3,240}?\ball\s+(?:joined|attended|took\s+part\s+in)\s+the\s+\w+\s+(?:via|by|through)\s+video\b", _I)
# ... but foreign guests at the venue make it a gathering in person: "Diplomatic envoys ... attended at the
# venue, while leaders of political parties ... joined online"
GUESTS_ONSITE_RE = re.compile(
    r"\b(?:envoys|diplomats|ambassadors|guests|representatives|delegates)\b[^.;]{0,120}?\b(?:attended|were\s+present|took\s+part|"
    r"participated)\s+(?:(?:in\s+)?the\s+\w+\s+)?(?:at\s+the\s+(?:main\s+)?venue|on\s+site|in\s+person"
    r"|in\s+Beijing(?=\s*,?\s+while\b))"
    # ("The session, held both online and offline, was attended by more than 30 diplomats ..., while ... joined via video link")
    r"|\b(?:was|were)\s+attended\s+by\s+[^.;]{0,40}?\b(?:diplomats|envoys|ambassadors)\b[^.;]{0,120}?,\s+while\b", _I)    # ("Diplomatic envoys ... attended the seminar in Beijing, while ...")   # ("attended the seminar at the venue")

# "Press conference: ...", "Transcript of the press briefing ...": a transcript, not a contact
PRESS_TITLE_RE = re.compile(r"\s*(?:(?:Transcript|Full\s+text)\s+of\s+(?:the\s+)?)?(?:press|news)\s+(?:conference|briefing)\b", _I)


# "He said this at a briefing session on ..., held here today by a visiting CPC delegation": the remarks' gathering
SAID_AT_GATHERING_RE = re.compile(r"\b(?:said\s+this|made\s+the\s+remarks|announced\s+the\s+(?:decision|plan)|(?-i:[A-Z])[a-z]+\s+spoke)\s+at\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?"
                                  r"(?:briefing|seminar|forum|symposium|conference|workshop|session\s+of\s+the\s+(?:[\w\-]+\s+){0,2}?dialogue)\b")
# "... have pledged to ... ." then "The pledge was made at a seminar ...": the gathering is the contact
MADE_AT_GATHERING_RE = re.compile(r"(?:The|This|That)\s+(?:pledge|vow|call|appeal|commitment|consensus|agreement|remarks?)\s+(?:was|were)\s+"
                                   r"(?:made|voiced|reached|expressed|issued)\s+(?:at|during)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?"
                                   r"(?:seminar|forum|symposium|conference|workshop|dialogue)\b"
                                   # ("This was decided at the first such seminar, which took place Monday", "He said this at the
                                   # opening of the first seminar of the two parties", "X, vice minister of ..., announced the program at a
                                   # seminar on party building")
                                   r"|(?:(?:This|It)\s+was\s+(?:decided|agreed|announced)|[^.;]{0,120}?\b(?:said\s+this|announced\s+the\s+(?:program(?:me)?|plan|decision|initiative|news)))\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?at\s+(?:the\s+(?:opening|close|closing|end)\s+of\s+)?"
                                   r"(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?:seminar|forum|symposium|conference|workshop|dialogue)\b"
                                   # ("X, vice minister of ..., made the announcement in a keynote speech at the opening of a seminar")
                                   r"|[^.;]{0,200}?\bmade\s+the\s+(?:remarks?|announcement|statement|pledge|commitment)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:in\s+(?:a|his|her)\s+(?:keynote\s+|opening\s+)?"
                                   r"(?:speech|address)\s+)?at\s+(?:the\s+opening\s+of\s+)?(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?"
                                   r"(?:seminar|forum|symposium|conference|workshop|dialogue)\b")


# speeches and numbered sessions are multilateral: "delivered a keynote speech at",
# "attended and addressed", "held the 8th meeting of the ... mechanism" (not "made the remarks at a meeting with")
SPEECH_RE = re.compile(
    r"\b(?:delivered|delivers|gave|gives|made)\s+(?:a\s+|the\s+)?(?:keynote\s+|key-note\s+|opening\s+|closing\s+)?"
    r"(?:speech|speeches|address|remarks)\s+(?:at|to|during)\b(?!\s+(?:(?:a|an|the|his|her)\s+)?(?:[\w\-]+\s+){0,2}?(?:(?:meeting|talks)\s+with|courtesy\s+(?:call|visit))\b)"
    r"|\battended\s+and\s+(?:addressed|spoke)\b"
    r"|\bin\s+(?:his|her|a)\s+(?:keynote\s+|opening\s+)?(?:speech|address)\s+(?:at|before)\s+the\b"
    r"|\b(?:hold|holds|held)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|\w+th)\s+(?:[\w\-]+\s+){0,4}?(?:meeting|session|round)\b", _I)


# two sides named at one contact make it a meeting, whatever gathering words the sentence holds ("during talks in Hanoi
# on May 15 between A and B", "a meeting was held ... between", "told TASS after talks with a CPC delegation")
TWO_SIDES_RE = re.compile(r"\b(?:a|the)\s+meeting\s+was\s+held\b[^.]{0,120}?\bbetween\b|\bduring\s+talks\s+(?:in\s+[A-Z][\w\-]+\s+)?"
                          r"(?:on\s+[A-Z][a-z]+\s+\d{1,2}\s+)?between\b|\btalks\s+held\s+(?:in\s+[A-Z][\w\-]+\s+)?(?:on\s+[A-Z][a-z]+\s+\d{1,2}\s+)?between\b|\bduring\s+(?:a|the)\s+meeting\s+between\b|\bduring\s+(?:a|the)\s+meeting\s+(?:at|in)\s+[^.;,]{3,60}?\s+with\s+(?:a|an|the)\s+(?:visiting\s+)?(?:CPC|Chinese|IDCPC)\s+delegation\b|\bas\s+(?:a|the)\s+(?:visiting\s+)?[^.]{0,80}?\bheld\s+talks\s+with\b"
                          r"|\b(?:after|following|during)\s+a\s+(?:(?:video|phone|telephone)\s+(?:call|conversation)|video\s*conference\s+held\s+on\s+[A-Z][a-z]+\s+\d{1,2})\s+between\b"
                          r"|\bsaid\s+(?:on\s+\w+day\s+)?after\s+talks\s+(?:on\s+\w+day(?:,\s+[A-Z][a-z]+\s+\d{1,2},)?\s+)?with\b"     # ("said after talks on Monday, April 16, with")
                          r"|\bas\s+(?:a|the)\s+[^.]{0,80}?\bmet\s+(?:with\s+)?(?:a|the)\s+(?:[\w\-]+\s+){0,3}?delegation\b"     # ("..., as a senior CPC official met with a delegation of ...")
                          r"|\b(?:he|she)\s+and\s+[^.;]{3,200}?\s+agreed\s+(?:by|via|over)\s+(?:video|(?:tele)?phone)"     # ("after he and X agreed by video link to hold ...")
                          r"|\bheld\s+talks\b[^.;]{0,250}?,\s+as\s+[^.;]{0,80}?\bstudy\s+tour\b"     # ("held talks ... with X, as the delegation continued its study tour")
                          r"|\btold\s+[A-Z]{2,8}\s+(?:on\s+\w+day\s+)?after\s+talks\s+with\s+(?:a|the)\s+(?:visiting\s+)?(?:CPC|Chinese)\s+delegation\b"
                          # ("..., X said today at a meeting with a CPC delegation headed by Y", "X told journalists on Tuesday
                          # after talks with Y")
                          r"|\b(?:said|told\s+(?:journalists|reporters|the\s+press))\s+(?:here\s+)?(?:today\s+|(?:on\s+)?\w+day\s+)?(?:at|during|after)\s+(?:a\s+meeting|talks)\s+with\s+(?:a|the)?\s*(?-i:[A-Z])", _I)


# ('"The next session will be held in China next year," X said, speaking at a forum of parties in Moscow')
# (or "..., participants in an inter-party dialogue said in Moscow on Tuesday": its speakers)
SPEAKING_AT_RE = re.compile(r"\bsaid\s+(?:on\s+\w+day\s*)?,\s+speaking\s+at\s+(?:a|an|the)\s+[^.;]{0,80}?\b(?:forum|conference|seminar|symposium)\b"
                            # ("..., X said on Wednesday as he opened a forum of the two parties", "..., X said Tuesday at a
                            # thematic briefing for political parties of ...": the plan's occasion is the gathering)
                            r"|\bsaid\s+(?:here\s+)?(?:today\s+|(?:on\s+)?\w+day\s+)?(?:as\s+(?:he|she)\s+opened|at)\s+(?:a|an|the)\s+(?!(?:press|news)\s)(?:[\w\-]+\s+){0,3}?(?:forum|conference|seminar|symposium|briefing)\s+(?:for|of|with|on)\b"
                            r"|\bparticipants\s+(?:in|of|at)\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,2}?(?:dialogue|forum|seminar|symposium|conference)\s+(?:held\s+(?:on\s+)?[^.;,]{0,30}?\s+)?(?:said|agreed)\b"
                            # ("..., participants agreed at an international seminar held in Ashgabat on 28 May")
                            r"|\bparticipants\s+agreed\s+(?:on\s+\w+day\s+)?at\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:seminar|forum|conference|symposium|dialogue|round\s*table)\b"
                            # ("..., participants in the fourth meeting of the inter-party dialogue mechanism agreed in Moscow on Tuesday")
                            r"|\bparticipants\s+in\s+(?:an?|the)\s+(?:[\w\-]+\s+)?meeting\s+of\s+[^.;]{3,80}?\b(?:dialogue|mechanism|forum)\s+(?:said|agreed)\b"
                            # ("..., delegates agreed today at the opening of a forum in this southern Chinese city")
                            r"|\b(?:agreed|said|announced)\s+(?:here\s+)?(?:today\s+|(?:on\s+)?\w+day\s+)?at\s+the\s+(?:opening|close|end|conclusion)\s+of\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:forum|conference|seminar|symposium|dialogue|course|workshop|webinar)\b"
                            # ("X made the statement at the opening of a meeting of the dialogue mechanism between ...")
                            r"|\bmade\s+the\s+(?:statement|remarks)\s+at\s+the\s+opening\s+of\s+(?:a|an|the)\s+(?:meeting|session|round)\s+of\s+the\s+(?:[\w\-]+\s+){0,3}?(?:dialogue|forum|mechanism)\b")
# "Song Tao ... briefed the Communist Party of Vietnam (CPV) on the spirit of ...": a briefing session
BRIEFED_PARTY_RE = re.compile(r"\bbriefed\s+(?:the\s+)?(?-i:[A-Z])[^.;]{2,90}?\s+on\s+(?:the\s+)?(?:spirit|guiding\s+principles)\b"
                              r"|\bbriefed\s+(?:[\w\-]+\s+){0,3}?(?-i:parties)\s+(?:from\s+[^.;]{3,80}?\s+)?on\b"     # ("briefed European leftist parties on")
                              # ("briefed leaders of the A, the B and the C on the outcome of the 18th National Congress")
                              r"|\bbriefed\s+(?:the\s+)?leaders\s+of\s+(?:the\s+)?(?-i:[A-Z])[^.;]{3,160}?,\s+(?:the\s+)?(?-i:[A-Z])[^.;]{3,160}?\s+and\s+(?:the\s+)?(?-i:[A-Z])[^.;]{3,160}?\s+on\s+(?:the\s+)?(?:outcome|spirit|results?)\b", _I)


# "..., X said on Thursday after a videoconference of the two parties' dialogue mechanism": the plan's occasion, a gathering
AFTER_VIDEO_GATHERING_RE = re.compile(r"\b(?:after|following)\s+(?:a|an|the)\s+video\s*conference\s+of\s+(?:the\s+)?[^.;]{0,60}?"
                                      r"\b(?:dialogue|mechanism|forum|seminar)\b", _I)


# "The secretaries general of the six former liberation movements of Southern Africa met in Windhoek": many parties gathered
PARTY_HEADS_MET_RE = re.compile(r"\b(?:secretaries[\s-]general|leaders|heads)\s+of\s+(?:the\s+)?(?:three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                                r"(?:former\s+)?(?:liberation\s+movements|(?:political\s+)?parties)\b[^.;]{0,60}?\bmet\s+in\b")
