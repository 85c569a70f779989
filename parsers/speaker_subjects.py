"""Subjects that speak for a contact (used by parsers.people): the senders of a message and the titled
speakers of a conference or of a contact told as the occasion of the lead's remarks, and an
announcement's own spokesperson and the people it names for the coming event."""
from __future__ import annotations

import re

from parsers.mention import Mention
from parsers.names import NAME
from parsers.subject_verbs import SUBJECT_AFTER_AND, SUBJECT_BEFORE as _SUBJECT_BEFORE
from parsers.title_comma_name import framed_next
from parsers.title_first import title_then_name

__all__ = ["according_speakers", "announcer_subjects", "issued_by_spokesperson", "sentence_start", "speaker_subjects", "spokesperson_office"]

# In a roundup of messages every titled speaker is a sender: "Chairman of the United Russia party X
# said Xi is ...", "German Chancellor Y expressed her best wishes", "Brazilian President Z voiced ..."
# ("... Nguyen Phu Trong affirmed in a message of congratulations sent on October 23 to ...")
_SENDER_SUBJECT_RE = re.compile(_SUBJECT_BEFORE + r"(?:also\s+)?(?:said|says|noted(?!,)|wrote|expressed|voiced|wished|praised|hailed|extended|quoted|conveyed|urged"
                                r"|affirmed(?=\s+in\s+(?:a|an|his|her)\s+(?:[\w\-]+\s+){0,3}?(?:message|letter)\b))\b")
# "..., the party's Secretary-General X announced here on Tuesday.": a lead's speaker told last, whose
# words were spoken at the contact told further down ("H.E." inside: "..., CPP spokesman H.E. X told AKP this morning.")
_SAID_LAST_RE = re.compile(r",\s+(?:the\s+)?(?P<subject>[A-Z\w'\u2019](?:[^,.;\"\u201c\u201d\n]|(?<=\sH)\.(?=E\.\s)|(?<=\sH\.E)\.(?=\s)|(?<=\sDr)\.(?=\s)){3,160}?)\s+(?:(?:has\s+)?said|announced|stated|told\s+(?:[A-Z]{2,}\w*|[A-Z][a-z]+-[A-Z][a-z]+|(?-i:[A-Z][a-z]+)(?=\s+(?:on\s+\w+day|today|yesterday|here)\b))"
                           r"|told\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?official(?:\s+by\s+(?:telephone|phone))?|told\s+(?:reporters|journalists))"
                           r"(?:\s+(?:here|today|yesterday|on\s+\w+day|(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|this\s+(?:morning|afternoon|evening)|in\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?))*(?=\.(?:\s|$))")
_ACCORDING_TO_LAST_RE = re.compile(r",\s+according\s+to\s+(?P<subject>[A-Z][^,.;\"\u201c\u201d\n]{3,160}?)(?=\.(?:\s|$))")
_SAID_AT_GATHERING_RE = re.compile(r",\s+(?:the\s+|its\s+)?(?P<subject>[A-Z][^,.;\"\u201c\u201d\n]{3,160}?)\s+(?:said|announced|stated)\s+(?:here\s+)?(?:(?:on\s+)?\w+day\s+)?"
                                   r"(?:at\s+the\s+(?:close|end|opening|closing\s+session|opening\s+session)\s+of\s+|at\s+(?=(?:a|an)\s+(?:[\w\-]+\s+){0,4}?(?:seminar|forum|workshop|conference|symposium|dialogue)\s+(?:held|organi[sz]ed|hosted)\b))(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?"
                                   r"(?:seminar|forum|workshop|conference|symposium|dialogue|visit)\b")
_ENVOY_WHEN_ = (r"Chinese\s+[Aa]mbassador\s+(?:to\s+(?:the\s+)?)?[A-Z][^,.;]{3,60}?(?=\s+when\s+the\s+(?:envoy|ambassador)\s+(?:called\s+on|visited|met)\b"
                r"|,\s+who\s+(?:called\s+on|visited|met)\s+(?:him|her)\b)")     # ("told Chinese Ambassador to Myanmar X, who called on him")
_TOLD_ENVOY_WHEN_RE = re.compile(r",\s+(?:the\s+)?(?P<subject>[A-Z][^,.;\"\u201c\u201d\n]{3,160}?)\s+told\s+(?=" + _ENVOY_WHEN_ + ")")
_ENVOY_TOLD_WHEN_RE = re.compile(r"\stold\s+(?P<subject>" + _ENVOY_WHEN_ + ")")
# "contained in a message that PPP General Secretary X sent on Monday to ...": its sender
_MESSAGE_THAT_RE = re.compile(r"\b(?:message|letter)\s+(?:of\s+(?:congratulations|condolences?|greetings|support)\s+)?(?:(?:that|which)\s+(?P<subject>[A-Z][^,.;\n]{3,120}?)\s+(?:sent|wrote|signed|addressed)\b"
                              # ("a congratulatory message sent on the opening day of the congress by MPRP Chairman X to Hu")
                              # ("a message of congratulations sent Monday by the party's president, X, to Xi Jinping", "a
                              # message sent on Thursday by the party's leader, X, on the occasion of the centenary")
                              r"|sent\s+[^.;]{0,80}?\bby\s+(?:the\s+(?P<bt>party['\u2019]s\s+[a-z][a-z\-\s]{2,40}?),\s+)?(?P<by>[A-Z][^,.;\n]{3,120}?),?\s+(?:to|on\s+the\s+occasion\s+of|marking)\b)")
_DURING_CONTACT_RE = re.compile(r"\s*(?:(?:During|At|In)\s+the\s+(?:meetings?|talks)|Speaking\s+(?:on\s+the\s+occasion|at\s+the\s+(?:meeting|briefing|session|event)))\s*,")
# ("Speaking on the occasion, A and B congratulated the CPC on ...": the occasion's speakers)
_OCCASION_SPEAKER_RE = re.compile(_SUBJECT_BEFORE + r"(?:also\s+)?(?:congratulated|thanked|commended|exchanged)\b")
# (or run into its paragraph: "... Samdech Hun Sen: On behalf of the CPP, I ...")
_SENDER_HEADING_RE = re.compile(r"(?m)(?:^|(?<=[.!?]\s))(?P<subject>[A-Z][^:\n,;.]{3,160}):(?:[ \t]*$|[ \t]+(?=[A-Z\"\u201c]))")
# an announcement's own spokesperson: "IDCPC spokesperson X announced here today that ..."
# (and, in an announcement, who "will attend the opening ceremony")
_ANNOUNCER_RE = re.compile(SUBJECT_AFTER_AND + r"(?:announced|told\s+(?:a|the)\s+(?:[\w\-]+\s+)?(?:press|news)\s+(?:conference|briefing)"
                           r"|(?:will|(?:is|are)\s+scheduled\s+to)\s+(?:also\s+)?(?:attend|address|chair|co-chair|inaugurate)\s+(?:the|its))\b")
# "Announcing the visit at a press meet ..., NCP spokesperson X said that ..."
# ("Issuing a press statement on Sunday, head of the party's Foreign Department X said the visit ...")
_ANNOUNCING_SAID_RE = re.compile(r"(?:^|(?<=[.\n]\s)|(?<=\n))(?:Announcing|Issuing\s+a\s+(?:press\s+)?(?:statement|release))\s+[^,.;]{0,160},\s+"
                                 r"(?P<subject>[A-Za-z][^,.;\n]{3,120}?)\s+said\b")
# ("Speaking in Johannesburg today, ANC National Spokesperson X said ...": the announcement's own spokesperson)
_SPEAKING_SPOKESPERSON_RE = re.compile(r"(?:^|(?<=[.\n]\s)|(?<=\n))Speaking\s+[^,.;]{0,80},\s+"
                                       r"(?P<subject>(?:[A-Z][\w\-]*\s+){0,3}[Ss]pokes(?:person|man|woman)\s+[A-Z][^,.;\n]{3,60}?)\s+said\b")
# "..., party spokesperson X said on Sunday." closing an announcement's lead ("the party's chief spokesperson X said",
# "..., party spokesman X told Xinhua on Tuesday.")
# ("Spokesperson X said Chinese leaders will meet ...": a paragraph opening on the spokesperson)
_SPOKESPERSON_SAID_RE = re.compile(r"(?:,\s+|(?<=\n))(?:the\s+)?(?P<subject>(?:[A-Za-z'\u2019]+\s+){0,3}(?:(?<=\n)Spokes(?:person|man|woman)|spokes(?:person|man|woman)|[Ii]nformation\s+[Ss]ecretary|[Pp]ublicity\s+[Ss]ecretary)\s+[A-Z][^,.;\n]{3,60}?)\s+(?:said|told\s+(?:Xinhua|[A-Z]{2,8}))\b")
# ('"The visit is made at the invitation of X," said the spokesperson, Hu Zhaoming.': the spokesperson named last)
# "MCA secretary-general X said in a statement today that the visit was aimed at ...": the announcement's announcer
_STATEMENT_ON_VISIT_RE = re.compile(r"(?:^|(?<=[.\n]\s)|(?<=\n))(?P<subject>[A-Z][^,.;\n]{3,120}?)\s+said\s+in\s+a\s+statement\s+"
                                    r"(?:(?:today|on\s+\w+day)\s+)?that\s+the\s+(?:visit|trip|delegation)\b")
# ("... General Secretary X told BSS this afternoon that the delegation would call on ...")
_TOLD_OF_VISIT_RE = re.compile(r"(?:^|(?<=[.\n]\s)|(?<=\n))(?P<subject>[A-Z][^,.;\n]{3,160}?)\s+told\s+(?:[A-Z]{2,8}|reporters|journalists)\s+"
                               r"(?:(?:today|this\s+(?:morning|afternoon|evening)|on\s+\w+day)\s+)?that\s+the\s+(?:delegation|visitors?)\s+(?:would|will)\b")
# "Addressing journalists at the party headquarters on Tuesday, A Secretary for Information X said the delegation would"
# ("Speaking to journalists ..., CDC Chairman X said the Chinese delegation, to be headed by Y, will ...", or a paragraph
# opening "CDC Chairman X said the Chinese delegation ..."; "In a statement, A national spokesperson X said the summit, hosted by")
_ADDRESSING_PRESS_RE = re.compile(r"(?:^|(?<=\n))(?:(?:(?:Addressing|Briefing|Speaking\s+to)\s+(?:journalists|reporters|newsmen|the\s+media|the\s+press)\b[^.;\n]{0,100}?"
                                  r"|In\s+a\s+(?:press\s+)?statement(?:\s+(?:today|yesterday|on\s+\w+day))?),\s+)?"
                                  r"(?P<subject>[A-Z][^,.;\n]{3,160}?)\s+said\s+(?:that\s+)?the\s+(?:Chinese\s+|CPC\s+|visiting\s+)?(?:delegation|visit|trip|summit|forum|conference|seminar)\b")
# "..., the PAIGC spokesman, X, announced on Friday in Bissau": the announcer named after his office
_SPOKESMAN_COMMA_RE = re.compile(r",\s+the\s+(?P<subject>(?:[A-Z][\w\-]*\s+){0,2}spokes(?:person|man|woman),\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,3}),\s+"
                                 r"(?:announced|said|told\s+(?:reporters|journalists))\b")
# (the title kept with the name: a spokesperson not in the officials' directory is still one)
_SAID_THE_SPOKESPERSON_RE = re.compile(r"\bsaid\s+the\s+(?:[\w\-]+\s+)?(?P<subject>spokes(?:person|man|woman),\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,2})(?=\s*[.,])")
# ("..., the party's spokesman, Secretary of the NEC for Ideology, Publicity and Training X, told reporters here today.")
_SPOKESPERSON_TITLED_RE = re.compile(r",\s+the\s+party['\u2019]s\s+spokes(?:person|man|woman),\s+(?P<subject>[A-Z][^.;\n]{3,160}?),\s+(?:said|told\s+reporters)\b")
# after the lead: "..., NCP spokesperson X said the delegation would take part in ...", "IDCPC spokesperson X told the
# press in Beijing that during the visit, ...": the spokesperson announcing the coming contact
_SPOKESPERSON_COMING_RE = re.compile(r"(?:^|(?<=[.\n]\s)|(?<=\n)|(?<=,\s))(?P<subject>(?:[A-Za-z]+\s+){0,2}[Ss]pokes(?:person|man|woman)\s+[A-Z][^,.;\n]{3,60}?)"
                                     r"\s+(?:said|told\s+(?:the\s+press|reporters|journalists|a\s+press\s+meet|[A-Z][a-z]+|[A-Z]{2,8})(?:\s+in\s+[A-Z][\w\-]+|\s+at\s+(?:the\s+)?[^,.;]{3,60}?)?)\s+(?:that\s+)?"
                                     r"(?:the\s+(?:delegation|visit|trip|visitors?)\s+(?:will|would)|during\s+the\s+visit|[A-Z][\w\-]+\s+(?:is|are)\s+scheduled\s+to"
                                     # ("... told reporters ... that Song would call on President X")
                                     r"|(?:[A-Z][\w\-]+\s+){1,2}(?:will|would)\s+(?:also\s+)?(?:call\s+on|meet|hold\s+talks))\b")
_STATEMENT_AFTER_RE = re.compile(r"\s+(?:in|through)\s+(?:a|an|his|her|its)\s+(?:[\w\-]+\s+)?(?:statement|message|letter|article|interview|post|tweet)\b")
_OTHER_OCCASION_RE = re.compile(r"(?:During|At|On\s+the\s+sidelines\s+of)\s+[^,.]{0,160}?\b(?:this|last)\s+(?:year|month)\s*,")
_SENTENCE_STOP_RE = re.compile(r"\.(?<!\bSt\.)(?<!\bHon\.)(?<!\bRt\.)(?<!\bDr\.)(?<!\bProf\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!H\.E\.)(?<![a-z]\s[A-Z]\.)(?<!\s[A-Z]\.[A-Z]\.) ")


def sentence_start(text: str, pos: int) -> int:
    """The start of the sentence `pos` is in (an honorific's or an initial's full stop ends none)."""
    before = text[max(0, pos - 400):pos]
    # "..., Rt. Hon. Richard Todwong welcomed": an honorific's dot ends no sentence
    stops = [m.start() for m in _SENTENCE_STOP_RE.finditer(before)]
    cut = max(stops[-1] if stops else -1, before.rfind("\n"))
    i = pos - len(before) + cut + 1 if cut >= 0 else pos - len(before)
    while i < pos and text[i].isspace():
        i += 1
    return i
def speaker_subjects(text: str, subjects: list, found: list[Mention], taken: list, known_officials, lead_par_end: int | None,
                     senders: bool | str) -> list:
    """`subjects` with the speakers a release of this kind counts; message senders read from "a message
    that X sent" join `found` and `taken` directly."""
    if senders:     # `senders`: the release is a message, so its titled speakers sent one
        # "X said the CPC has led ...": the sender's shorter subject wins over one running past "said"
        # (not a subject that runs over its own verb: "A and B commended the achievements of the CPC and expressed ...")
        sent = [m for m in _SENDER_SUBJECT_RE.finditer(text)
                if not re.search(r"\s(?:commended|congratulated|thanked|praised|hailed|lauded)\s+the\s", m.group("subject"))]
        if senders == "speakers":
            # at a conference its quoted speakers, not the author of a statement about it, nor a leader
            # quoted "During the ... Summit in Beijing this year"
            # (nor a party's spokesperson who "said later that ...": a source of the story)
            sent = [m for m in sent if not _STATEMENT_AFTER_RE.match(text, m.end())
                    and not _OTHER_OCCASION_RE.match(text, sentence_start(text, m.start("subject")))
                    and not (re.search(r"\bspokes(?:person|man|woman)\b", m.group("subject"))
                             and re.match(r"\s+(?:later|afterwards)\b", text[m.end():]))]
        subjects = [x for x in subjects if text.startswith(" also", x.end("subject"))    # ("A said B also took part")
                    or not any(m.start() == x.start() and m.end("subject") < x.end("subject") for m in sent)]
        subjects += [m for m in sent if not any(m.start() == x.start() for x in subjects)]
        if senders is True:     # a roundup's sender heading alone on its line: "Italian President X:"
            subjects += list(_SENDER_HEADING_RE.finditer(text))
            subjects += list(_SAID_LAST_RE.finditer(text, 0, lead_par_end or len(text)))
            # ("..., according to A General Secretary X." then "X was speaking ... at the end of a working session with")
            subjects += [m for m in _ACCORDING_TO_LAST_RE.finditer(text, 0, lead_par_end or len(text))
                         if (hit := title_then_name(m.group("subject"), known_officials)) and framed_next(text, m.end(), hit[1])]
            for m in _MESSAGE_THAT_RE.finditer(text):
                g = "subject" if m.group("subject") else "by"
                # (a title set off before the name: "by the party's president, X, to")
                hit = (m.group("bt"), m.group("by")) if m.group("bt") and re.fullmatch(NAME, m.group("by")) \
                    else title_then_name(m.group(g), known_officials)
                if hit and hit[0]:
                    at = m.start(g) + m.group(g).rfind(hit[1])
                    found.append(Mention(hit[1], hit[0], at, at + len(hit[1]), "participant", m.start(g)))
                    taken.append((m.start(g), m.end(g)))
    elif _DURING_CONTACT_RE.search(text):   # "During the meeting, A, B and C expressed ...": this contact's speakers
        # (not the source who "said in a post on X" what was discussed)
        subjects += [m for m in _SENDER_SUBJECT_RE.finditer(text) if not any(m.start() == x.start() for x in subjects)
                     and _DURING_CONTACT_RE.match(text, sentence_start(text, m.start("subject")))
                     and not _STATEMENT_AFTER_RE.match(text, m.end())]
    if senders is not True:
        # "..., SWAPO Secretary-General X announced at the close of a seminar on ... held in Windhoek": its speaker;
        # "..., General Secretary X told Chinese Ambassador Y when the envoy called on him": both met
        # (read first: the clause's comma list would otherwise take the envoy without his title)
        subjects[:0] = [m for m in [*_SAID_AT_GATHERING_RE.finditer(text, 0, lead_par_end or len(text)),
                                 *_TOLD_ENVOY_WHEN_RE.finditer(text, 0, lead_par_end or len(text)),
                                 *_ENVOY_TOLD_WHEN_RE.finditer(text, 0, lead_par_end or len(text))]
                     if not any(m.start() == x.start() for x in subjects)]
        # "..., the ruling party's secretary for administration X said." then "X was speaking on Tuesday after meeting
        # Chinese Ambassador Y": a lead's speaker told last, whose next sentence frames his remarks ("..., according to
        # Standing Deputy Prime Minister Mr X." then "Mr X gave the assurance here today while receiving")
        subjects += [m for m in [*_SAID_LAST_RE.finditer(text, 0, lead_par_end or len(text)), *_ACCORDING_TO_LAST_RE.finditer(text, 0, lead_par_end or len(text))]
                     if not any(m.start() == x.start() for x in subjects)
                     and (hit := title_then_name(m.group("subject"), known_officials)) and framed_next(text, m.end(), hit[1])]
    # (read only from each opener on: the subject pattern is costly over a whole release)
    for d in _DURING_CONTACT_RE.finditer(text):
        stop = text.find("\n", d.end())
        subjects += [m for m in _OCCASION_SPEAKER_RE.finditer(text, d.end(), stop if stop >= 0 else len(text))
                     if not any(m.start() == x.start() for x in subjects)
                     and _DURING_CONTACT_RE.match(text, sentence_start(text, m.start("subject")))]
    return subjects


def according_speakers(subjects: list, found: list[Mention]) -> None:
    """A lead's speaker told last as "..., according to X." whose next sentence frames his own contact is one of
    its people, not a source (the subject kept by `speaker_subjects` after that check)."""
    for m in subjects:
        if m.re is _ACCORDING_TO_LAST_RE:
            for x in found:
                if m.start("subject") <= x.start < m.end("subject") and x.role == "passing":
                    x.role = "participant"


def announcer_subjects(text: str, subjects: list, lead_par_end: int | None) -> list:
    """`subjects` with an announcement's spokesperson (the shorter subject wins) and who "will attend"."""
    ann = list(_ANNOUNCER_RE.finditer(text)) + list(_ANNOUNCING_SAID_RE.finditer(text)) + list(_SPEAKING_SPOKESPERSON_RE.finditer(text)) \
        + list(_SPOKESPERSON_SAID_RE.finditer(text, 0, lead_par_end or len(text))) \
        + list(_SPOKESPERSON_TITLED_RE.finditer(text, 0, lead_par_end or len(text))) + list(_SPOKESPERSON_COMING_RE.finditer(text)) \
        + list(_SAID_THE_SPOKESPERSON_RE.finditer(text)) + list(_SAID_LAST_RE.finditer(text, 0, lead_par_end or len(text))) \
        + list(_STATEMENT_ON_VISIT_RE.finditer(text)) + list(_TOLD_OF_VISIT_RE.finditer(text)) + list(_ADDRESSING_PRESS_RE.finditer(text)) + list(_SPOKESMAN_COMMA_RE.finditer(text))
    if lead_par_end and _SPOKESPERSON_OF_RE.search(text[:lead_par_end]):
        ann += list(_SPOKESPERSON_SAID_RE.finditer(text, lead_par_end))     # the lead's unnamed spokesperson, named later
    # (but "The A Party announced today that its Secretary General X will lead ...": the clause after "that" has its own)
    that = [x for x in subjects if re.search(r"\bannounced\b[^.]{0,80}?\bthat\s", x.group("subject"))]
    subjects = [x for x in subjects if x in that or not any(m.start() == x.start() and m.end("subject") < x.end("subject") for m in ann)]
    subjects += [m for m in ann if not any(m.start() == x.start() and x not in that for x in subjects)]
    return subjects


# "a spokesman for the CPC Central Committee's International Department announced ..." then "..., said the spokesman, X."
# ("a department spokesman said" after "head of the International Department of the CPC Central Committee")
_SPOKESPERSON_OF_RE = re.compile(r"\bspokes(?:person|man|woman)\s+(?:for|of)\s+(?:the\s+)?((?:CPC\s+Central\s+Committee['\u2019]s\s+)?International\s+Department"
                                 r"(?:\s+of\s+the\s+(?:CPC|Communist\s+Party\s+of\s+China)\s+Central\s+Committee)?|IDCPC)\b"
                                 r"|\b(?:a|the)\s+(?:department|IDCPC)\s+spokes(?:person|man|woman)\b"
                                 # ("The International Department of the CPC Central Committee will hold ..., a spokesperson for the department said")
                                 r"|\bInternational\s+Department\s+of\s+the\s+(?:CPC|Communist\s+Party\s+of\s+China)(?:\s+\(CPC\))?\s+Central\s+Committee\b"
                                 r"[^\n]{0,300}?\b(?:a|the)\s+spokes(?:person|man|woman)\s+for\s+the\s+department\b")


def spokesperson_office(text: str, found: list[Mention]) -> None:
    """A person titled only "spokesman" in a release whose lead names the department's spokesman speaks for it."""
    if office := _SPOKESPERSON_OF_RE.search(text):
        for x in found:
            if x.title and re.fullmatch(r"(?:the\s+)?spokes(?:person|man|woman)", x.title):
                x.title = f"{x.title} for the {office.group(1) or 'International Department of the CPC Central Committee'}"


# an announcement's closing block: "Issued by: X\nNational Spokesperson\nAfrican National Congress" (the body
# joins its lines: "Issued by: X National Spokesperson African National Congress"), or "Issued by X, ANC Spokesperson"
_ISSUED_BY_RE = re.compile(r"(?:^|(?<=\n))Issued\s+by:?\s+(?P<name>[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+){1,2}?),?\s+"
                           r"(?P<title>(?:[A-Z][\w\-]*\s+){0,3}Spokes(?:person|man|woman)\b(?:\s+(?:of\s+the\s+|for\s+the\s+)?(?:[A-Z][\w\-]*\s*){1,5})?)")


def issued_by_spokesperson(text: str, found: list[Mention]) -> None:
    """The spokesperson who signs an announcement ("Issued by: X" over the title) is its announcer."""
    for m in _ISSUED_BY_RE.finditer(text):
        name = m.group("name")
        if there := [a for a in found if a.start <= m.start("name") < a.end or a.name == name]:
            for a in there:
                a.role = "participant"
            continue
        found.append(Mention(name, m.group("title").strip(" ,."), m.start("name"), m.end("title"), "participant", m.start("title")))
