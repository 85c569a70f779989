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
# (reported speech and sentence bounds live in parsers.reported_clauses; re-exported for the readers that import them here)
from parsers.reported_clauses import CONTACT_ING, reported, sentence_start, speech_story

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


_ATTRIBUTION_END_RE = re.compile(
    # "..., said the message." / "..., it said." close the words of a message or letter
    r",\s+(?:said|says|reads?|read)\s+the\s+(?:message|letter|cable)\s*\.?\s*$"
    r"|,\s+(?:the\s+(?:message|letter|cable)|it)\s+(?:said|says|reads?|added|noted|stressed)\s*\.?\s*$"
    r"|,\s+(?:[A-Z][\w\-]+|he|she)\s+(?:said|added|noted|stressed|emphasized|emphasised|pointed\s+out|"
    r"recalled|remarked|told\s+[^,.;]{1,40})\s*\.?\s*$")


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
