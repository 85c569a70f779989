"""Whether a named person took part: the context around a mention decides its role.

`participant`; `addressee` (of a message or letter); `passing` (a deceased leader, someone
greetings are conveyed to, someone whose visit or speech is cited, someone the guest is
accompanying elsewhere). After the lead, contacts told inside reported speech or about the
past are in passing too (`reported`).
"""
from __future__ import annotations

import re

from parsers.names import HONORIFIC
from parsers.passing_context import ENTRUSTED_BY as _ENTRUSTED_BY, PASSING_CTX as _PASSING_CTX

# a host still to come, told in an announcement: "X, ..., is expected to receive the guests"
EXPECTED_TO_HOST = r"(?:is|are)\s+(?:also\s+)?(?:expected|scheduled|due)\s+to\s+(?:receive|meet|hold\s+talks)"

__all__ = ["EXPECTED_TO_HOST", "IN_LETTER_TO_RE", "addressed_in_lead", "attributed", "context_role", "reported"]

_ADDRESSEE_CTX = re.compile(
    r"(?:messages?|letters?|telegrams?|condolences?|congratulations?|greetings?|wishes|regards|sympathy|cables?|repl(?:y|ies))\b"
    r"[^.;]{0,320}?\bto\s+(?:the\s+)?"
    # ("... sent messages to General Secretary X, the CPC Central Committee and Y, Minister of ...": a later addressee)
    r"(?:(?:(?!\b(?:said|says|noted|he|she|they|who|which)\b)[^.;]){2,120}?\s+and\s+)?$",
    re.IGNORECASE,
)
# ("wrote back to X", "has written to the Minister of the International Department ..., X, thanking")
_WROTE_TO_RE = re.compile(r"\b(?:wrote|writes|has\s+written)\s+(?:back\s+|a\s+(?:[\w\-]+\s+)?letter\s+)?to\s+(?:the\s+)?(?:[^.;,]{3,140},\s+)?$")
_DIED_AFTER_RE = re.compile(r"\s*,?\s*(?:has\s+|had\s+)?(?:passed\s+away|died)\b")
_STANDING_AFTER_RE = re.compile(r"(?:\s*,[^.;]{3,120}?,|\s*,)?\s+(?:(?:is|was)\s+(?:seeking|running\s+for|standing\s+for|contesting)\b"
                                r"|welcomed\s+the\s+(?:agreement|decision|resumption)\b)")


_HAS_SAID_RE = re.compile(r"(?:,\s+who\s+[^,.;]{3,80},)?\s+(?:has|had)\s+(?:(?:repeatedly|often|once|also)\s+)?(?:(?:pointed\s+out|stressed|emphasi[sz]ed|noted|stated)(?:\s+that\b|\s*,)"
                          r"|(?:pledged|vowed|promised)\s+to\b|declared\b|mandated\b)"   # ("As X has pointed out, ..."; "X said separately": his own)
                          r"|\s+(?:said|noted|added)\s+separately\b")
# "General Secretary Xi Jinping sent his cordial greetings to ...": greetings sent are conveyed
# by someone else; the sender is not in the contact (a message he signs is another verb).
_SENT_GREETINGS_AFTER_RE = re.compile(
    r"\s*,?\s*(?:(?:has|had|also)\s+)?(?:sent|sends)\s+(?:his|her|their)?\s*"
    r"(?:(?:cordial|warm|warmest|sincere|best|kind|festive|New\s+Year)\s+(?:and\s+)?)*(?:greetings|regards|wishes)\b",
    re.IGNORECASE)
# "conveyed Xi Jinping, General Secretary ... and Chinese President's cordial greetings to him"
_POSSESSIVE_GREETINGS_RE = re.compile(r"['\u2019]s\s+(?:\w+\s+){0,3}(?:greetings|regards|wishes)\b")


_SAT_IN_RE = re.compile(r"[^.;]{3,150}?\bwho\s+(?:sat\s+in\s+on|attended|took\s+part\s+in|was\s+present\s+at)\s+the\s+(?:meeting|talks)\b")  # a source there
_ENVOY_OF_RE = re.compile(r"(?:Special\s+)?(?:Envoy|Representative|Emissary)\s+of\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)


def context_role(text: str, start: int, end: int | None = None) -> str:
    if end is not None and _DIED_AFTER_RE.match(text, end):
        return "passing"              # "comrade Do Muoi, former general secretary ..., passed away"
    if end is not None and _STANDING_AFTER_RE.match(text, end):
        return "passing"              # "President X, the CCM chairman, is seeking a second term"; "X ... welcomed the agreement"
    if end is not None and _HAS_SAID_RE.match(text, end):
        return "passing"              # "General Secretary Xi Jinping has pointed out that ...": cited, not there
    if end is not None and (_SENT_GREETINGS_AFTER_RE.match(text, end)
                            or _POSSESSIVE_GREETINGS_RE.search(text, start, end)):
        return "passing"
    if _ENVOY_OF_RE.match(text, start) and re.search(r"[a-z],\s*$", text[max(0, start - 3):start]) or re.search(r"[a-z]\s+and\s+$", text[max(0, start - 6):start]) \
            and re.match(r"Special\s+Envoy\s+of\s+(?:General\s+Secretary|President|Chairman)\s", text[start:start + 40]):
        # ("Song Tao, Head of the International Department ... and Special Envoy of General Secretary Xi Jinping")
        # "Song Tao, Special Envoy of General Secretary ... Xi Jinping and Minister ...": the appositive
        # titles the envoy; the principal it names is not there
        return "passing"
    if re.match(_ENTRUSTED_BY, text[start:start + 20], re.IGNORECASE):
        return "passing"        # a subject read from "Entrusted by General Secretary X, Y visited": X sent Y
    if re.match(r"(?:close\s+)?all(?:y|ies)\s+of\s+", text[start:start + 20]):
        return "passing"        # "X, an ally of President Y, ...": Y is X's patron, not in the contact
    # "a congratulatory message to Samdech Techo Hun Sen": honorifics between the verb and the name (and
    # "H.E." ends no sentence: "to convey his best regards to H.E. Hu Jintao")
    # (the name's first letters go along, for honorifics that look ahead: "his greetings to U Thein Sein")
    seg, tail = text[max(0, start - 200):start + 2], len(text[start:start + 2])
    before = re.sub(rf"(?:{HONORIFIC}\s+)+(?=.{{{tail}}}$)", "", seg, flags=re.DOTALL)
    before = before[:len(before) - tail]
    # stay within the sentence (an initial's, a saint's or an honorific's dot ends none: "the greetings of H.E. Xi Jinping, ..., to X")
    cut = max([m.start() for m in re.finditer(r"(?<!\b[A-Z])(?<!\bSt)\.\s", before)] + [before.rfind("\n")])
    before = before[cut + 1:] if cut >= 0 else before
    if IN_LETTER_TO_RE.match(before):
        return "participant"        # "In a letter addressed to X, Minister of ..., ANC Secretary General Y wrote": Y sent it
    if re.search(r"\bconveyed\s+(?:the\s+)?(?:[\w\-'\u2019]+\s+){0,2}?(?:sympathy|sympathies|condolences)\s+(?:of\s+[^.;,\n]{2,60}?\s+)?to\s+$", before) \
            and not re.search(r"\b(?:message|letter|cable|telegram)s?\b", before):
        return "participant"        # "conveyed the sympathy of the CPC to X, secretary general of ...": the one spoken to
    if re.search(r"\b(?:was|were)\s+handed\s+over\s+to\s+(?:the\s+)?(?:Chinese\s+[Aa]mbassador\s+(?:to\s+[A-Z][\w\-]+\s+)?)?$", before) \
            and re.search(r"\bChinese\s+[Aa]mbassador\b", text[max(0, start - 40):start + 30]):
        return "participant"        # "The messages were handed over to Chinese Ambassador to Cambodia X by Y": he took them
    if re.search(r"\b(?:was|were)\s+(?:delivered|handed\s+over|presented)\s+to\s+(?:[\w\-]+\s+){0,5}$", before) \
            and re.match(r"[^.;]{0,80}?\s+by\s+Chinese\s+[Aa]mbassador\b[^.;]{3,80}?\s+(?:during|at)\s+(?:a|the)\s+(?:courtesy\s+call|meeting)\b", text[start:start + 240]):
        return "participant"        # "The message was delivered to A Secretary General X by Chinese Ambassador Y during a courtesy call"
    if re.search(r"\bconveyed\s+(?:the|this|that)\s+message\s+to\s+(?:[\w\-]+\s+){0,3}$", before) \
            and re.match(r"[^.;]{0,160}?\b(?:during|at)\s+(?:a|the|their)\s+(?:meeting|talks)\b", text[start:start + 200]):
        return "participant"        # "conveyed the message to BJP president X, ..., during a meeting at": the one told
    if _ADDRESSEE_CTX.search(before) or _WROTE_TO_RE.search(before) or re.fullmatch(r"\s*(?:To|Dear)\s*:?\s*", before) \
            or re.search(r"\b(?:message|letter)\s+was\s+sent\s+(?:by\s+[^.;]{3,60}?\s+)?to\s+the\s+[^.;]{3,80}?\s+(?:headed|led|chaired)\s+by\s+(?:[\w\-]+\s+){0,3}$", before) \
            or re.search(r"\b(?:message|letter|cable)\s+was\s+(?:also\s+)?sent\s+by\s+(?:[^.;]|(?<=\b[A-Z])\.){3,160}?\s+to\s+$", before):
        # ("A similar message was sent by A Secretary General X to Y, Head of ...": Y received it)
        # a letter's "To: Comrade X"; "The message was sent by A to the B National Executive Committee headed by C": its head
        return "addressee"
    if re.search(r"\b[Aa]ccording\s+to\s+(?:him|her|[A-Z][\w\-]+),\s+$", before) and not (
            re.match(r"(?:,[^.;]{0,160}?)?,?\s+(?:will\s+(?:also\s+)?(?:hold|meet|receive|attend|host|address)|" + EXPECTED_TO_HOST + r"|also\s+took\s+part\s+in\s+the)\b", text[end:end + 200])
            if end is not None else re.match(r"[^.;,]{3,80}?\s+will\s+(?:also\s+)?(?:hold|meet|receive|attend|host|address)\b"
                                             r"|[^.;]{3,160}?,\s+" + EXPECTED_TO_HOST + r"\b", text[start:start + 220])):
        # "According to Ai, X, founding chairman of ..., has praised ...": Ai's report ("According to Hu, X
        # will hold talks with the delegation": an announcement's coming contact)
        return "passing"
    if re.search(r"\bheld\s+(?:in\s+[A-Z][\w\-]+\s+)?in\s+(?:19|20)\d\d\s+between\s+[^.;]{3,80}?\s+and\s+$", before):
        return "passing"            # "the discussions held in Beijing in 2009 between a CPB delegation and X": another year's
    if re.search(r",\s+who\s+(?:had\s+)?(?:held\s+talks|met)\s+with\s+(?:[A-Z][\w\-]*\s+){0,3}$", before) \
            and re.match(r"(?:[A-Z][\w\-]*\s+){1,5}?(?:on\s+\w+day|earlier|the\s+(?:previous|day\s+before))\b", text[start:start + 80]):
        return "passing"            # "X, who held talks with President Y on Thursday, told Z": Y met on another day
    if _PASSING_CTX.search(before) and not re.search(r"\bmessages?\s+(?:of\s+)?(?:[\w\-]+\s+){0,3}greetings?\s+from\s+$", before):
        return "passing"            # "a verbal message of New Year greeting from X": X sent it
    if re.search(r"\b(?:press\s+release|statement|communiqu\w+)\s+(?:signed|issued)\s+(?:yesterday\s+|today\s+|on\s+\w+\s+)?by\s+"
                 r"(?:[A-Z][\w'\u2019\-]*\s+|(?:of|the|and|for)\s+){0,8}(?:,\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?)?$", before):
        return "passing"            # "according to a press release signed by Deputy Office Secretary X": the report's source
    if re.search(rf"\b[Aa]ccording\s+to\s+(?:{HONORIFIC}\s*)*$", text[max(0, start - 60):start]) \
            and not _CHINESE_OFFICE_NEAR_RE.match(text, start) and not _SAT_IN_RE.match(text, start):
        # "..., according to H.E. X, Delegate Minister ...": a host's spokesman, the report's source; an
        # IDCPC official "according to" whom a dialogue is announced is the announcement's own speaker
        return "passing"
    return "participant"


_REPORTED_RE = re.compile(
    r"\b(?:said|says|noted|stressed|recalled|pointed\s+out|added|expressed|hoped|believes?|that|when|since|"
    r"ago|last\s+(?:year|month|week)|in\s+(?:19|20)\d\d|previously|once|"
    # "former president Mahinda Rajapaksa" is a title, not a past contact
    r"former(?!\s+(?:\w+\s+)?(?:president|prime|premier|minister|speaker|chair\w*|leader|secretary|head|"
    r"general|vice|deputy|governor|mayor)\b))\b", re.IGNORECASE)


# (the Chinese office in the name's own title: not "X, Assistant to the Prime Minister, ..., thanked China")
# "In a letter addressed to X, Minister of ..., ANC Secretary General ": the subject after the clause sent it
IN_LETTER_TO_RE = re.compile(r"\s*In\s+(?:a|an|his|her|its)\s+(?:[\w\-]+\s+)?(?:letter|message)\s+(?:addressed|sent)\s+to\s+[^.;]{3,200},\s+"
                             r"(?:[A-Z][\w'\u2019\-]*\s+){1,6}$"
                             # the addressee named already ("In a message addressed to Hu Jintao, General Secretary of ..., X",
                             # "In the message, addressed to the party and its president, Rafael Correa, X"): X sent it
                             # (not "In the message addressed to the General Secretary of ..., Xi Jinping, President Y said")
                             r"|\s*In\s+(?:a|an|the|his|her|its)\s+(?:[\w\-]+\s+)?(?:letter|message),?\s+(?:addressed|sent)\s+to\s+"
                             r"(?:[A-Z][a-z]+\s+[A-Z][a-z]+,[^.;]{3,200}|[^.;]{3,200}?[a-z],\s+[A-Z][a-z]+\s+[A-Z][a-z]+),\s+$")
_CHINESE_OFFICE_NEAR_RE = re.compile(r"[^.;\n,]{0,60}?(?:,\s+)?[^.;\n,]{0,120}?\b(?:CPC|Communist\s+Party\s+of\s+China|Chinese|China)\b")


CONTACT_ING = r"(?:meeting|receiving|holding|talking|hosting|paying)\b"
_CONTACT_ING_RE = re.compile(CONTACT_ING)


# "Song noted that ... . President Xi Jinping and leaders of Vanuatu held meetings and ...": a
# paragraph opened by a speaker's "noted that" goes on in the speaker's words after its first stop.
# (the department's own style: "Liu said, Rwanda is China's good partner. ... President Xi Jinping has
# maintained close contacts with President Paul Kagame")
# A message's words run on the same way: "The message said that ... . He visited China and met with
# Chinese leaders including X", "In his message, Deuba said that ... . Recalling his meeting with Y".
_SPEECH_PARAGRAPH_RE = re.compile(
    # ("Meeting with Dahal, Song said that ...": one of the release's meetings, then the speech)
    r"(?:(?:In\s+(?:his|her|their|its|the)\s+(?:[\w\-]+\s+)?(?:message|letter)s?,\s+|(?:When\s+)?[Mm]eeting\s+(?:with\s+)?[A-Z][\w\-]+,\s+)?"
    r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?"
    r"|(?:The|Its|His|Her|Their)\s+(?:[\w\-]+\s+)?(?:message|letter)s?)"
    r"\s+(?:said|noted|stressed|pointed\s+out|recalled|emphasi[sz]ed|expressed|added)(?:\s+that\s|,\s)[^\n]*?\.\s")


def _in_speech_paragraph(text: str, pos: int) -> bool:
    m = _speech_opening(text, pos)
    if m is None:
        return False
    start, stop = sentence_start(text, pos), text.find(". ", pos)
    sentence = text[start:stop if stop >= 0 else len(text)]
    speaker = re.match(r"\s*([A-Z][\w\-]+)", text[text.rfind("\n", 0, pos) + 1:])
    if start >= m.end() - 1 and speaker and re.match(rf"\s*{speaker.group(1)}\s+and\s", sentence) and not re.search(r"\bsaid\b", sentence):
        return False    # "Zahid said that ... . Zahid and Secretary-General X briefed Liu on ...": the speaker's own act
    # "Vice Minister X also met the delegation", "Ambassador X attended the talks.", "... X was present.": a sentence of its own
    if re.match(r"[^.\n]*?\b(?:attended\s+the\s+(?:talks|meeting)|(?:was|were)\s+(?:also\s+)?present(?:\s+at\s+the\s+(?:talks|meeting))?)\s*\.", text[pos:]):
        return False
    return not re.search(r"\balso\b", sentence) or speech_story(text, pos)


def speech_story(text: str, pos: int) -> bool:
    """In a speech paragraph, a sentence "Xi also held talks with Y" whose subject is a surname
    named earlier inside the speech: still the speaker's story, not a contact of this release."""
    m = _speech_opening(text, pos)
    start = sentence_start(text, pos)
    told = re.match(r"\s*([A-Z][a-z]+)\s+also\b", text[start:pos])
    return bool(m and told and re.search(rf"\b{told.group(1)}\b", text[text.rfind("\n", 0, pos) + 1:start]))


def _speech_opening(text: str, pos: int):
    m = _SPEECH_PARAGRAPH_RE.match(text, text.rfind("\n", 0, pos) + 1)
    return m if m and m.end() <= pos else None


def reported(text: str, pos: int) -> bool:
    """After the lead, a contact told inside reported speech or about the past is a mention in passing."""
    if _in_speech_paragraph(text, pos):
        return True
    before = text[max(0, pos - 300):pos]
    cut = max(before.rfind(". "), before.rfind("\n"))
    sentence = before[cut + 1:] if cut >= 0 else before
    # '"A party close to the people never loses its way," X quoted Xi as saying': X's own words
    sentence = re.sub(r'^\s*["\u201c][^"\u201c\u201d]*[,.!?]["\u201d]\s*$', "", sentence)
    # "Liu ... said at a meeting with X": the speaker's own meeting, not reported speech
    sentence = re.sub(r"\bsaid\s+(?:at|in|during|when)\s+(?:a|the|his|her|their)(?:\s+(?:meeting|talks)\s+with)?\s*$", "", sentence)
    # ("X said the understanding was reached at his meeting with Y here today": the speaker's own meeting)
    sentence = re.sub(r"\bsaid\s+(?:that\s+)?the\s+(?:understanding|agreement|consensus|decision)\s+was\s+(?:reached|made)\s+(?:at|during|in)\s+"
                      r"(?:his|her|their)\s+(?:(?:meeting|talks)\s+with\s+)?$", "", sentence)
    # "Speaking when she welcomed a UPND delegation led by X, Ms Zhang said": the speaker's own contact
    sentence = re.sub(r"\b(?:said|[Ss]peaking|spoke)\s+(?:as|when|while)\s+(?:he|she|they)\s+(?=(?:met|received|held|welcomed|hosted)\b)",
                      "", sentence)
    # "made the remarks when meeting with a delegation ... headed by X", "Falco said that when meeting
    # with ... X": the contact of this release
    sentence = re.sub(r"\bsaid\s+(?:that|this|so)\s+(?=when\s+" + CONTACT_ING + ")", "", sentence)
    sentence = re.sub(r"\bwhen\s+(?=" + CONTACT_ING + ")", "", sentence)
    # "X said this on Tuesday in Abuja when the Chinese Ambassador, Y, paid him a courtesy visit": the speaker's own contact
    # ("X made the disclosure on Friday when the Chinese Ambassador, Y, paid a courtesy visit on the party's leadership")
    if (frame := re.search(r"\b(?:said\s+this|made\s+the\s+(?:disclosure|remarks?|announcement|statement))\b[^.]{0,80}?\bwhen\s+[^.]*$", sentence)) \
            and re.match(r"[^.;]{0,60}?\bpaid\s+(?:(?:him|her|them)\s+)?a\s+(?:courtesy\s+)?(?:visit|call)\b", text[pos:]):
        sentence = sentence[:frame.start()]
    # "Xinhua reported that Li ... met on Friday with the delegation led by X": the news agency's
    # report of this contact, not speech about another one
    sentence = re.sub(r"^.*\b(?:news\s+agency|Xinhua|media|newspaper)\s+(?:\w+\s+)?reported\s+that\s+", "", sentence)
    if re.match(r"(?:paid|met|received|held|welcomed|hosted)\b", text[pos:pos + 10]):
        # "Mr Hu said this yesterday when he paid a courtesy call on X": the speaker's own contact
        sentence = re.sub(r"\b(?:said|[Ss]peaking|spoke)\s+(?:(?:this|so)\s+)?(?:(?:yesterday|today|on\s+\w+day)\s+)?"
                          r"(?:as|when|while)\s+(?:he|she|they)\s+$", "", sentence)
    if re.search(r"\bhad\s+(?:(?:also|earlier|already|previously)\s+)?$", sentence) and re.match(r"(?:met|received|held|called|visited)\b", text[pos:pos + 10]):
        return True     # "Ambassador Hou had met X at Khumaltar last week": an earlier contact
    if _CONTACT_ING_RE.match(text, pos):
        sentence = re.sub(r"\bwhen\s+$", "", sentence)
    elif re.match(r"(?:met|held\s+talks|received)\b", text[pos:pos + 12]) \
            or re.match(r"(?:led|headed)\s+by\b", text[pos:pos + 12]) \
            and re.search(r"\bwhen\s+[A-Z][^.;]{0,200}?\b(?:received|met|held\s+talks\s+with)\s+(?:a|the)\s+[^.;]{0,160}$", sentence):
        # "The two sides expressed their willingness when Lu Kang, ..., met respectively with": the
        # clause after "when" tells this release's contact ("... when X received a delegation ... led by its head, Y")
        w = list(re.finditer(r"\bwhen\s+(?=[A-Z])", sentence))
        sentence = sentence[w[-1].end():] if w else sentence
    # '"...," said X, who was flanked by A and B': the speaker's company at this contact
    sentence = re.sub(r"^.*\bwho\s+(?:was|were)\s+(?:(?:flanked|accompanied)\s+by\s+|$)", "", sentence) \
        if re.match(r"(?:flanked|accompanied)\s+by\b|[A-Z]", text[pos:pos + 20]) else sentence
    # "Expressing confidence that the congress will ..., President X said": the subject's own act
    sentence = re.sub(r"^\s*(?:Expressing|Extending|Conveying|Voicing|Noting|Hailing|Praising)\b[^;]*,\s*$", "", sentence)
    # "X expressed this commitment during separate meetings here with A, B and C": where the speaker said it
    sentence = re.sub(r"\b(?:expressed|stressed|noted)\s+(?:this|these|the|his|her|their)\s+\w+\s*$", "", sentence) \
        if re.match(r"(?:during|at|in)\s", text[pos:pos + 8]) else sentence
    return bool(_REPORTED_RE.search(sentence))


# "Xi Jinping, ..., and Raul Castro, ..., have reached important consensus on ..., Liu added.": the
# attribution closes the sentence, so everyone named before it is inside the speaker's words.
_ATTRIBUTION_END_RE = re.compile(
    # "..., said the message." / "..., it said." close the words of a message or letter
    r",\s+(?:said|says|reads?|read)\s+the\s+(?:message|letter|cable)\s*\.?\s*$"
    r"|,\s+(?:the\s+(?:message|letter|cable)|it)\s+(?:said|says|reads?|added|noted|stressed)\s*\.?\s*$"
    r"|,\s+(?:[A-Z][\w\-]+|he|she)\s+(?:said|added|noted|stressed|emphasized|emphasised|pointed\s+out|"
    r"recalled|remarked|told\s+[^,.;]{1,40})\s*\.?\s*$")


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` begins (after ". " or a line break; not after "Rep. ", "Gov. ")."""
    line, dot = text.rfind("\n", 0, pos), text.rfind(". ", 0, pos)
    while dot > line and (_TITLE_ABBREVIATION_RE.search(text, max(0, dot - 5), dot)
                          or _MONTH_ABBREVIATION_RE.search(text, max(0, dot - 5), dot) and text[dot + 2:dot + 3].isdigit()):
        dot = text.rfind(". ", 0, dot)
    return max(dot, line) + 1


# (and honorifics: "Speaking to reporters after the meeting, H.E. X, Personal Assistant to ..., said")
# (and a lone initial after a lower-case word: "is expected to meet with L. Oyun-Erdene")
# ("beginning from Sept. 15, the party's ...": a date's month ends no sentence)
_MONTH_ABBREVIATION_RE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$")
_TITLE_ABBREVIATION_RE = re.compile(r"\b(?:Rep|Sen|Gov|Lt|Reps|Sens|H\.E|St|Dr|Mr|Mrs|Ms|Prof|Cde)$|[a-z]\s[A-Z]$|\b[A-Z]\.[A-Z]$")     # ("St. Petersburg", "Chairman Dr. X")


def attributed(text: str, pos: int) -> bool:
    """After the lead, a name inside a sentence that ends with ", Liu added." is reported speech."""
    m = re.compile(r"(?<=[a-z\d)]{2})\.(?:\s|$)|\n").search(text, pos)
    end = m.start() + 1 if m else len(text)
    # "X, founder of ..., was a great leader, Xi said, adding that ...": the attribution runs on
    return bool(_ATTRIBUTION_END_RE.search(text[pos:end][-120:])
                or re.search(r",\s+(?:[A-Z][\w\-]+|he|she)\s+(?:said|noted|stressed),\s+adding\b", text[pos:end]))


# "The message said." / "The letter reads:" alone at a paragraph's end: the paragraphs after it
# are the message's own words, so people named there are cited, not taking part; a closing
# signature ("Xi Jinping, General Secretary of ...") is the sender's.
_MESSAGE_TEXT_RE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:full\s+text\s+of\s+the\s+)?(?:message|letter|cable|telegram)"
                              r"\s+(?:said|says|reads?|goes|went)(?:\s+as\s+follows)?\s*[.:]?\s*(?=\n)")


def inside_message_text(text: str, pos: int) -> bool:
    m = _MESSAGE_TEXT_RE.search(text, 0, pos)
    if m is None:
        return False
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    par = text[start:end if end >= 0 else len(text)]
    last = end < 0 or not text[end:].strip()
    return not (last and len(par) < 200 and not re.search(r"\b(?:is|are|was|were|has|have|will|said)\b", par))


# "In the letter, X wrote that ... . The commemorations, which President Y attends, ...": the paragraph goes on in
# the letter's words
_LETTER_PARAGRAPH_RE = re.compile(r"In\s+(?:the|his|her|its|their)\s+(?:[\w\-]+\s+)?(?:message|letter|cable|telegram)s?,\s+"
                                  r"[^.;\n]{0,80}?\b(?:wrote|said|noted|stressed|expressed|pointed\s+out|added)\b")


def in_letter_paragraph(text: str, pos: int) -> bool:
    """A name after the verb of a paragraph opening "In the letter, X wrote ...": the letter's words."""
    start = text.rfind("\n", 0, pos) + 1
    m = _LETTER_PARAGRAPH_RE.match(text, start)
    return m is not None and pos > m.end()



def addressed_in_lead(text: str, name: str, lead_par_end: int | None) -> bool:
    """The lead paragraph sends its message to `name` ("sent a congratulatory message to X on his election"):
    a later "X, who is also Prime Minister, succeeds Y" speaks of the addressee, not of a sender."""
    if lead_par_end is None:
        return False
    # ("said in a congratulatory message sent on Jan 15 to X upon his election")
    return re.search(r"\b(?:message|letter|cable|telegram|congratulations|condolences)\s+(?:of\s+\w+\s+)?(?:sent\s+(?:on\s+[A-Z][a-z]+\.?\s+\d{1,2}\s+|on\s+\w+day\s+|today\s+|yesterday\s+)?)?to\s+(?:[A-Z][\w.\-]*\s+){0,4}?"
                     + re.escape(name) + r"(?![\w\-])", text[:lead_par_end]) is not None
