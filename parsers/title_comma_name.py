"""Title, then name between commas: "The visiting CPC international department chief, Liu Jianchao, paid a
courtesy call on ...", "Organization Secretary of the PCC, Roberto Morales, and head of ..., Li Shulei,
inaugurated". Used by parsers.people.

Who is one of the contact's people by what he said: a delegation's head, one who spoke "after receiving" the
delegation, or one whose next sentence frames the remarks ("X made the assessment during a meeting with").
After the lead, one who "has said" something spoke on another occasion.
"""
from __future__ import annotations

import re

from parsers.mention import Mention
from parsers.names import HONORIFIC, HONORIFIC_RE, NAME, TITLE_NOUN, TITLE_START_RE, clean_name, strip_acronyms
from parsers.person_roles import context_role, reported, sentence_start
from parsers.remarks_frame import REMARKS_FRAME_RE
from parsers.subject_verbs import PART_VERB as _PART_VERB
from parsers.title_first import title_then_name

__all__ = ["SAID_COMING", "SAID_TAIL", "framed_next", "title_comma_names"]

_TITLE_COMMA_NAME_RE = re.compile(
    # ("Relations ... are going through an excellent moment, the head of the A's B Department, X, said")
    # ("The commitment was made at the party headquarters, where the party's Secretary-General, X, received"; "..., held by
    # video link, at which the General Secretary of the A, X, delivered a keynote speech")
    rf"(?:^|(?<=[.;\n]\s)|(?<=\n)|(?<=\s\s)|(?<=,\sand\s)|(?:(?<=[a-z],\s)|(?<=\),\s))(?=the\s+(?:[a-z]+(?:-[a-z]+)?(?:\s+[a-z]+){{0,2}}|(?:[A-Z][a-z]+\s+){{0,2}}[A-Z][a-z]+)\s+of\s|a\s+senior\s+[a-z]+\s+of\s|its\s+(?:[a-z]|[A-Z][a-z]+\s+[A-Z][a-z]+,\s)|the\s+(?:ruling\s+|governing\s+)?(?:party|movement|coalition|front)['\u2019]s\s|the\s+[A-Z]{{2,8}}['\u2019]s\s+[a-z]|the\s+[A-Z]{{2,8}}\s+[a-z]+(?:[\s-][a-z]+)?,\s)|(?<=\)\s)|(?<=\bled\sby\s)|(?<=\bheaded\sby\s)|(?<=\bafter\s)(?=its\s+[A-Z][a-z]+,\s)|(?<=\bcall\swith\s)(?=the\s+head\s+of\s)|(?<=\bbetween\s)(?=the\s+(?:[A-Z]|(?:[a-z]+\s+){{1,2}}of\s))|(?<=\baccompanied\sby\s)|(?<=\bwhile\s)|(?<=\bwhose\s)|(?<=,\swhere\s)(?=the\s)|(?<=,\sat\swhich\s)(?=the\s)|(?<=[a-z],\s)(?=[A-Z]{{2,6}}\s+(?:[A-Z][a-z]+\s+){{0,2}}?(?:President|Chairman|Chairwoman|Chairperson|Leader|Secretary[\s-]General|General\s+Secretary),\s)|(?<=day,\s)|(?<=\d,\s)|(?<=\bside,\s)|(?<=\bLater,\s)|(?<=\bMeanwhile,\s)|(?<=\bAfterwards,\s)|(?<=\bsaid\s)|(?<=[a-z]\s)(?=the\s+[a-z]+(?:[\s-][a-z]+){{0,2}}\s+of\s+the\s+(?:[A-Z]{{2,8}}|[A-Z][^,;.()\n]{{3,100}}?\s+\([A-Z]{{2,8}}\)),\s[A-Z][^.,;\n]{{3,60}}\.(?:\s|$))|(?<=[,.][\"\u201d]\s))(?P<title>(?:[Tt]he\s+|and\s+)?[A-Za-z](?:(?!\b(?:led|headed)\sby\s|\bsaid\s|\b(?:talks|meeting)\s[^,]{{0,60}}\bbetween\s|\bafter\s(?:a|an|the|his|her)\s)(?:[^,.;\n]|\([^()\n]{{1,60}}\)|(?<=\)),\s(?=Minister\s+of\s+State\s)|(?<=[a-z]),\s(?=(?:[A-Z][a-z]+\s)?[A-Z][a-z]+,\s(?:[A-Z][a-z]+\s)?[A-Z][a-z]+\sand\s[A-Z]|(?:[A-Z][a-z]+\s)?[A-Z][a-z]+\sand\s[A-Z][^,.;]{{2,60}}?,\s))){{4,200}}?),\s+"
    # ("..., Minister of State for Foreign Affairs, Cooperation, African Integration and Nigeriens Abroad, X, held": a portfolio list)
    # ("The president of the Movimento 5 Stelle (M5S, Five Star Movement), former Italian premier X, met ...")
    rf"(?:(?:former|then|federal|state|provincial|senator)\s+(?:[A-Za-z\-]+\s+){{0,4}}?"     # ("..., federal deputy X, received")
    # ("..., former President of the Republic X, received": a title's last noun opens no name)
    rf"(?!(?:Republic|Party|Union|Congress|Assembly|Council|Committee|Federation|Front|Movement)\b)(?=[A-Z][a-z]+\s+[A-Z]))?"
    # "Former President and Flagbearer of the NDC, John Dramani Mahama has held discussions with"
    # "The PUK President, Bafel Talabani, on Tuesday received ..."
    rf"(?:{HONORIFIC}\s+)*(?P<name>{NAME})(?:\s+\([A-Z][^()\n]{{2,30}}\))?(?:,\s+|\s+(?=(?:has|have|had)\s)|\s+(?=(?:on\s+\w+day\s+)?(?:met|received|hosted|welcomed|made|congratulated)\s)|(?P<close>(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bProf)(?=\.(?:\s|$)))"
    rf"|\s+(?=who\s+(?:led|headed|leads|heads)\s))"      # "PF secretary general, X who led the PF officials said"
    # ("The Chinese Ambassador to Ghana, H.E. X, on Friday, 16th January, 2015, paid a courtesy call", "on 14 July 2015 held",
    # "on Wednesday, October 27, addressed")
    rf"(?:on\s+\w+day(?:,\s+\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:,?\s+\d{{4}})?|,\s+[A-Z][a-z]+\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)?,?\s+|on\s+\d{{1,2}}\s+[A-Z][a-z]+\s+(?:(?:19|20)\d\d\s+)?|yesterday\s+|today\s+)?(?:in\s+[A-Z][a-z]+\s+)?"     # ("on Thursday in Abuja declared open")
    rf"(?=\.(?:\s|$)|and\s+[a-z]|while\s+(?:[A-Z]|the\s)|agreed\s+(?:here\s+|today\s+|yesterday\s+|on\s+\w+day\s+)*(?:to|on|that)\s|and\s+[A-Z][^.;\n]{{3,200}}?\bwere\s+(?:also\s+)?present\b|(?:{_PART_VERB}|inaugurated|opened|declared\s+open|chaired|congratulated|is\s+leading|called\s+(?:here\s+|today\s+|on\s+\w+day\s+)*for|(?:conveyed|expressed|[a-z]+ed)\s+[^.;]{{0,200}}?\bduring\s+(?:a|an|the|his|her)\s+(?:[\w\-]+\s+){{0,2}}?(?:call|meeting|talks|conversation)"
    rf"|(?:will|is\s+(?:scheduled|due|set)\s+to)\s+(?:lead|head)|disclosed\s+this|who\s+(?:led|headed|leads|heads|chaired|presided|hosted|moderated)|said|says|announced|commended|told\s+[A-Z]{{2,}}|told\s+(?:reporters|journalists|the\s+press))\b)")   # ("..., who chaired the session, introduced")
# ("..., said on Tuesday as she received a delegation of the CPC")
_SAID_AFTER_CONTACT_RE = re.compile(r"said\s+(?:here\s+)?(?:on\s+)?(?:\w+day\s+)?(?:(?:after|when|while)\s+(?:receiving|meeting|holding)"
                                    r"|as\s+(?:he|she|they)\s+(?:received|met|hosted|welcomed)"
                                    r"|(?:after|following)\s+(?:(?:a|an|the|his|her)\s+)?(?:[\w\-]+\s+){0,2}?(?:conversation|call|talks|meeting)\s+with"
                                    # ("..., X, said on Thursday at a video conference between the CPC and ...": a speaker there)
                                    r"|at\s+(?:a|an|the)\s+(?!(?:press|news)\b)(?:[\w\-]+\s+){0,3}?(?:conference|forum|seminar|dialogue|symposium|workshop)\s+(?:between|of|on|with|hosted)"
                                    # ("China's ambassador to Angola, X, said in his speech that ...": a speaker there)
                                    r"|in\s+(?:his|her)\s+(?:keynote\s+|opening\s+|video\s+)?(?:speech|address)\b)\b")
# ("..., the party's Secretary for Publicity, X, said the delegation would include ...": the announcer of a coming visit)
_COMING_LIST_RE = re.compile(r"^[^,]*\bdelegation\s+(?:will|would)\s+include\s+(?:the\s+)?")
SAID_COMING = (r"said\s+(?:that\s+)?(?:the\s+(?:Chinese\s+|CPC\s+)?(?:delegation|visit|trip)(?:,\s+to\s+be\s+(?:led|headed)\s+by\s+[^.;]{3,160}?,)?|(?:party\s+)?(?:President|Chairman|Chairperson|General\s+Secretary|Secretary[\s-]General)\s+[A-Z][\w\-]+)"
               r"\s+(?:would|will)\b")     # ("said that President X would be in China from ...": the visitor's own)
_SAID_COMING_RE = re.compile(SAID_COMING)
SAID_TAIL = r"\s+(?:also\s+|previously\s+|repeatedly\s+|long\s+)?(?:said|stated|noted|argued|warned|maintained|insisted|stressed|emphasi[sz]ed|pointed\s+out)\b"
_HAS_SAID_RE = re.compile(r"(?:has|have)" + SAID_TAIL)
# "The MPLA secretary general conveyed to his host the greetings of the party's president, X": no title
# a title-first person, then the title of the person named between commas
# ("The ANC side included Treasurer-General X and the chairperson of ..., Y": the list's opening is no title;
# "A Secretary General X and the party's Director of Publicity, Reverend Y, were also present")
_FIRST_OF_PAIR_RE = re.compile(r"(?:[^,]*?\b(?:included|includes|including)\s+)?(.+?\s[A-Z][\w\-\u00C0-\u017F]+)\s+and\s+(?:by\s+)?the\s+(?:party['\u2019]s\s+)?"
                               r"([A-Z][^,]+|(?:chair|chairperson|chairman|head|leader|secretary|director|president)\s+of\s[^,]+)$")
_CONVEYED_RE = re.compile(r"\b(?:conveyed|extended|delivered|passed\s+on|brought)\b")


def framed_next(text: str, pos: int, name: str) -> bool:
    """The next sentence opens on the speaker and tells his remarks' occasion ("X made the assessment during
    a meeting with ...", "X, who is heading a delegation ..., was speaking at the end of a meeting with ...")."""
    nxt = re.match(r"[^.\n]*\.\s+([^\n]{0,400})", text[pos:pos + 500])
    if not nxt:
        return False
    sentence = HONORIFIC_RE.sub("", nxt.group(1))     # ("Cde X was speaking after ...")
    first = sentence.split(". ")[0]
    # ("According to Klimov, the plan was agreed during a telephone conversation earlier in the day with Y")
    by = re.match(rf"According\s+to\s+(?:{re.escape(name)}|{re.escape(name.split()[-1])}),\s+", sentence)
    # ("The party leader was speaking to the press after an audience he granted ...": the speaker named by his role)
    role = re.match(r"The\s+(?:party\s+|opposition\s+|[A-Z]{2,8}\s+)?(?:leader|politician|official|premier|secretary[\s-]general|(?:vice[\s-])?president|chairman)\s", sentence)
    # ("Caid Essebsi was speaking ..." after "... Hafedh Caid Essebsi said": a surname of two words)
    # ("Ould Eyih was speaking ..." after "Mohamed Melainine Ould Eyih": any tail of the name)
    tails = tuple(" ".join(name.split()[k:]) for k in range(len(name.split())))
    # ("Sudarat made the announcement during talks with" after "Khunying Sudarat Keyuraphan": a Thai given name)
    tok = re.match(r"[\w'\u2019\-]+(?=\s)", sentence)
    # ("He made the announcement at a seminar ...": the speaker told last, then his pronoun)
    pronoun = re.match(r"(?:He|She)\s+(?:made|was\s+speaking|spoke)\b", sentence)
    # ("The announcement came after a meeting at the A headquarters with a CPC delegation headed by Y")
    came = re.match(r"The\s+(?:announcement|remarks|statement|pledge)\s+came\s+(?:after|during)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:meeting|talks|call|conversation)\b", sentence)
    # ("According to him, the arrangement was reached earlier the same day at his meeting in Bishkek with a delegation")
    came = came or re.match(r"According\s+to\s+(?:him|her),\s+the\s+(?:arrangement|agreement|decision|plan|accord)\s+was\s+(?:reached|made|agreed)\b"
                            r"[^.]{0,80}?\b(?:his|her)\s+(?:[\w\-]+\s+)?(?:meeting|talks|call|conversation)\b", sentence)
    # ("Speaking to the Angolan press after a meeting with ..., Y, the Angolan politician said")
    came = came or re.match(r"Speaking\s+(?:to\s+[^,.]{3,60}?\s+)?(?:after|during|at\s+the\s+end\s+of)\s+(?:(?:a|an|the|his|her)\s+)?(?:[\w\-]+\s+){0,2}?"
                            r"(?:meeting|talks|call|conversation)\s+with\b[^.]*?,\s+the\s+(?:[\w\-]+\s+){0,2}?(?:politician|leader|official)\s+said\b", sentence)
    if came:
        return True
    return (sentence.startswith(tails) or tok is not None and tok.group() in name.split()[:-1] or by is not None or role is not None
            or pronoun is not None) \
        and bool(REMARKS_FRAME_RE.search(first) or _OWN_CONTACT_RE.search(first)
                 # ("X was speaking by video link from the party's headquarters at the A Meeting")
                 or re.search(r"\b(?:was|were)\s+speaking\s+by\s+video\s+link\s+(?:from\s+[^.;]{3,80}?\s+)?at\s+(?:a|an|the)\s", first))


# the speaker's own contact in the next sentence: "X, who is heading a delegation ..., held talks in Beijing the same
# day with Y", "X announced the visit after a video call on Wednesday morning with Y"
# ("X was speaking on Tuesday after meeting Chinese Ambassador to Zimbabwe Y", "The opposition leader was speaking to the
# press after receiving the Chinese ambassador to Angola, Y"; "X was speaking at a seminar on party governance held at";
# "X gave the news after receiving the Chinese ambassador")
# ("He made the announcement after a video call with Y")
_OWN_CONTACT_RE = re.compile(r"\b(?:made|gave)\s+the\s+(?:announcement|remarks|assurance|pledge)\s+after\s+(?:receiving|meeting|(?:a|an|his|her)\s+(?:video|(?:tele)?phone|online|virtual)\s+(?:call|conversation|talks))\b|\bmade\s+the\s+(?:announcement|remarks|pledge)\s+at\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:seminar|forum|conference|symposium|workshop|dialogue)\b"
                             r"|\b(?:gave|made)\s+the\s+(?:assurance|pledge|remarks|announcement)\s+(?:here\s+)?(?:today\s+|on\s+\w+day\s+)?(?:while|when)\s+(?:receiving|meeting|hosting)\b"
                             r"|\b(?:held\s+talks|met\s+with|received|(?:gave\s+the\s+news|made\s+the\s+announcement\s+at\s+[^.;]{3,80}?,)\s+after\s+(?:receiving|meeting)\b|(?<=\bspeaking\s)at\s+(?:the\s+opening\s+(?:in\s+[A-Z][\w\-]+\s+)?of\s+)?(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:seminar|forum|conference|symposium|workshop|dialogue)\b|after\s+(?:an|the)\s+audience\s+(?:he|she)\s+granted|after\s+receiving\s+in\s+audience|(?:(?<=\bspeaking\s)|(?<=\bspoke\s))(?:(?:on\s+)?\w+day\s+|to\s+(?:the\s+press|reporters|journalists)\s+)?after\s+(?:meeting|receiving)(?=\s+(?:with\s+)?(?:(?:the\s+)?[A-Z]|(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?delegation\b))|announced\s+[^.]{0,40}?\bafter\s+(?:holding\s+|(?:a|an|the|his|her)\s+(?:[\w\-]+\s+){0,2}?)"
                             r"(?:call|meeting|talks|conversation))\b")


# "X will lead a delegation ... to China from May 20 to 28, the party's Secretary for Publicity, Y, told reporters here
# on Monday.": the announcer who closes an announcement's sentence is one of its people
_ANNOUNCER_CLOSES_RE = re.compile(r"(?:said|announced|told\s+(?:reporters|journalists|the\s+press|the\s+media))(?:\s+(?:here|today|yesterday|(?:on\s+)?\w+day|in\s+[A-Z][a-z]+))*\.(?:\s|$)")
# ("Opening the meeting, the President of the A, X, said ...": the speaker opened it, so took part)
# ("Speaking from Luanda, the Secretary General of the A, X, said": a speaker at an online gathering)
_OPENING_RE = re.compile(r"(?:^|[.\n]\s*)(?:Opening|Closing|Addressing|Speaking\s+at)\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?"
                         r"(?:meeting|seminar|forum|session|dialogue|conference|symposium|round\s*table|workshop),\s+$"
                         r"|(?:^|[.\n]\s*)Speaking\s+from\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?,\s+$")
_WILL_TRAVEL_RE = re.compile(r"\b(?:will|is\s+(?:scheduled|due|set)\s+to)\s+(?:(?:this|next)\s+week\s+)?(?:lead|head|visit|pay|travel|leave\s+for)\b")


_SAID_BEFORE_RE = re.compile(r"\bsaid\s+(?:(?:on\s+)?\w+day(?:,\s+\d{1,2}\s+[A-Z][a-z]+,)?\s+|on\s+\d{1,2}\s+[A-Z][a-z]+\s+|on\s+[A-Z][a-z]+\s+\d{1,2}\s+)?(?:in\s+[A-Z][\w\-]+\s+)?$")


def _announcer_closing(text: str, title_start: int, end: int) -> bool:
    start = sentence_start(text, title_start)
    return bool(_ANNOUNCER_CLOSES_RE.match(text, end)) and _WILL_TRAVEL_RE.search(text, start, title_start) is not None


def title_comma_names(text: str, found: list[Mention], taken: list[tuple[int, int]], lead_end: int | None) -> None:
    """Add each "Title, Name," mention not inside a span already `taken` (both lists grow in place)."""
    for m in _TITLE_COMMA_NAME_RE.finditer(text):
        # "The visiting CPC international department chief, Liu Jianchao, paid a courtesy call on ...",
        # "Organization Secretary of the PCC, Roberto Morales, and head of ..., Li Shulei, inaugurated"
        s0 = m.start("name")
        coming = _COMING_LIST_RE.search(m.group("title"))
        # ("X said the President of the Republic and NCP Chairman, Y, will receive the delegation": the coming contact)
        will = re.match(r"(?:will|would)\s+(?:also\s+)?(?:receive|meet|hold\s+talks|lead|head|accompany|attend)\b", text[m.end():m.end() + 40])
        if any(a <= s0 < b for a, b in taken) or (lead_end is not None and s0 >= lead_end and reported(text, s0) and not (coming or will)):
            continue
        # a list's last item closing its sentence ("agreed here today X, Second Secretary of ..., and the Chinese
        # ambassador to Cuba, Y."): only after a person named earlier in the sentence
        # (or a lead's speaker told last, framed by the next sentence: "..., said on Tuesday in Luanda the secretary general
        # of the A, X." then "The party official was speaking at the end of a meeting with ...")
        if m.group("close") is not None and not ((text.endswith(", and ", 0, m.start("title")) or m.group("title").startswith("and "))
                                                 and any(sentence_start(text, m.start("title")) <= x.start < m.start("title") for x in found)) \
                and not (_SAID_BEFORE_RE.search(text, max(0, m.start("title") - 60), m.start("title")) and framed_next(text, m.end(), m.group("name"))):
            continue
        if re.search(r"\bbehalf\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,2}?(?:Chairman|Chairperson|President|Leader|Secretary[\s-]General|General\s+Secretary)\b", m.group("title")):
            continue        # "welcomed the delegation on behalf of the Chairman of the A, President X": the principal, not there
        if lead_end is not None and s0 >= lead_end and _HAS_SAID_RE.match(text, m.end()):
            continue        # "The party's treasurer, X, has said that ...": background after the lead, not this contact
        # ("On 13 September 2011 the Secretary General of the ANC, X, and ...": the date opens no title)
        # ("X said this on Tuesday in Abuja when the Chinese Ambassador to Nigeria, Y, paid him a courtesy visit": the clause opens none)
        # ("X made the disclosure on Friday when the Chinese Ambassador to Liberia, Y, paid ...": the speaker's clause opens none)
        said = re.match(r"[^,]*?\bmade\s+the\s+(?:disclosure|remarks?|announcement|statement)\s[^,]*?\bwhen\s+(?=the\s)", m.group("title"))
        t0 = m.start("title") + (said.end() if said else 0)
        title = re.sub(r"^(?:(?:[Tt]his|so)\s[^,]*?\bwhen\s+|On\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\s+|On\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4},?\s+)?(?:[Tt]he|[Aa]n?|and)\s+", "",
                       # ("said on 13 March in Luanda the secretary-general of the A, X.": the day and place open no title)
                       re.sub(r"^on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+day)\s+(?:in\s+[A-Z][\w\-]+\s+)?(?=the\s)", "",
                              text[t0:m.end("title")].strip()))
        # "said the delegation would include the Deputy Secretary General (Zanzibar), X, and ...": the list's opening is no title
        title = title[coming.end():] if coming else title
        if text.startswith(("said", "says", "told"), m.end()) and not re.search(r"\b(?:[Hh]ead|[Ll]eader)\s+of\s+(?:the\s+)?delegation\b", title) \
                and not _SAID_AFTER_CONTACT_RE.match(text, m.end()) and not framed_next(text, m.end(), m.group("name")) \
                and not _SAID_COMING_RE.match(text, m.end()) and not _announcer_closing(text, m.start("title"), m.end()) \
                and not _OPENING_RE.search(text, max(0, m.start("title") - 80), m.start("title")):
            continue        # only a delegation's head, or one who spoke "after receiving" it (or "X made the
                            # assessment during a meeting with ..." next), is one of its people by what he said
        name = m.group("name")
        if (two := title_then_name(name, None)) and two[0] and TITLE_START_RE.match(two[0]):
            # "FPM head, Foreign Minister Gebran Bassil, received": a second title before the name
            name, title, s0 = two[1], f"{title}, {two[0]}", s0 + name.rfind(two[1])
        tstart = t0
        if (pair := _FIRST_OF_PAIR_RE.match(title)) and (one := title_then_name(pair.group(1), None)) and one[0] \
                and TITLE_START_RE.match(one[0]) and not any(a <= m.start("title") < b for a, b in taken):
            # "PT Secretary of International Relations X and the Chinese Ambassador to Brazil, Y, attended": two people
            at = m.start("title") + m.group("title").find(pair.group(1)) + pair.group(1).rfind(one[1])
            found.append(Mention(clean_name(one[1]), strip_acronyms(one[0]), at, at + len(one[1]),
                                 context_role(text, m.start("title")), m.start("title")))
            title, tstart = pair.group(2), m.start("title") + m.group("title").rfind(pair.group(2))
        if (TITLE_START_RE.match(title) or re.search(rf"\b{TITLE_NOUN}$", title, re.I)) and not _CONVEYED_RE.search(title):
            found.append(Mention(clean_name(name), strip_acronyms(title), s0, m.end("name"),
                                 context_role(text, t0), tstart))
            taken.append((t0, m.end("name")))
