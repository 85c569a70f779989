"""People of news-agency leads that the contact-verb readers miss (used by parsers.people).

Xinhua-style reports name the actor with a title first and a news verb, not a contact verb:
- in the lead: "Chinese Vice-President Xi Jinping on Monday praised ...", "General Secretary of
  the CPC Central Committee and Chinese President Hu Jintao left Beijing Friday morning for ...",
  "China's top political advisor Wang Huning will go to Vietnam ...";
- an inverted speaker anywhere: "..., said spokesperson Hu Zhaoming." (after the lead, not
  inside reported speech);
- two title-first subjects of one contact, however long their titles: "Head of the CPV Central
  Committee's Commission for External Relations A and head of the International Department of
  the CPC Central Committee B held phone talks";
- a title, then the name between commas, opening the lead: "Zimbabwean President and President
  of the ruling ZANU-PF party, Emmerson Mnangagwa, met with ...";
- title-first people listed with semicolons: "Botswana's former president A; Mozambique's former
  president B; and ... C were present at the meeting";
- an entourage: "Hu's entourage included Title A, Title B, and Title C": when its owner is on
  the CPC side, so are they (a foreign minister there is China's).
Quoting verbs of the past or of someone else ("pointed out", "stressed" in a quote) are not here:
only the subject of the lead's own sentence, or an attributed speaker, takes part.
"""
from __future__ import annotations

import re
from parsers.mention import Mention
from parsers.names import NAME, clean_name
from parsers.person_lists import add_title_first
from parsers.person_roles import context_role, reported
from parsers.object_lists import list_items, split_items
from parsers.title_first import title_then_name


__all__ = ["news_subjects"]

_WHEN = (r"(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?\s+|"
         r"(?:here\s+)?(?:today|yesterday|this\s+(?:morning|afternoon|evening))\s+)?")
_NEWS_VERB = (r"(?:left|leaves|departed|arrived\s+in|praised|praises|stated|states|said|says|reported|affirmed|reaffirmed|called\s+for|calls\s+for|"
              r"congratulated|congratulates|ended|concluded|wrapped\s+up|"
              r"urged|urges|pledged|vowed|hailed|will\s+(?:go|lead|visit|attend|travel|pay|hold)|"
              # "..., the department's spokesperson X told a press conference on Thursday"
              r"told\s+(?:a\s+(?:press|news)\s+(?:conference|briefing)|reporters|journalists|the\s+press|Xinhua|(?:a|the)\s+visiting"
              # ("..., CPRF leader X told Itar-Tass on Tuesday": a news agency's interview)
              r"|(?:Itar-|ITAR-)?T[Aa][Ss][Ss]|Sputnik|RIA\s+Novosti|Interfax|Prensa\s+Latina|(?:the|this)\s+agency"
              # ("..., General Secretary of the CPV Central Committee X told Song Tao, special envoy of ..., in Hanoi")
              r"|(?=(?:[A-Z][\w\-]+\s+){1,2}[A-Z][\w\-]+,\s+(?:special\s+)?(?:envoy|head|minister|vice)\b)"
              r"|(?=Chinese\s+(?:Ambassador|ambassador|envoy)\b[^.;]{3,80}?\s+when\s+(?:he|she)\s+(?:called\s+on|met|visited)\b)"
              # "..., party leader X told a senior official of the Chinese Communist Party in a telephone conversation"
              r"|a\s+(?:senior\s+)?official\s+of\s+the\s+(?:Chinese\s+Communist\s+Party|Communist\s+Party\s+of\s+China|CPC)\s+in\s+a))\b")
_LEAD_SUBJECT_RE = re.compile(
    # ('"...," Chinese Ambassador to Kenya X said on Tuesday': a speaker after the quote that opens the lead)
    r"(?:^|(?<=\n)|(?<=[.;,]\s)|(?<=[,.][\"\u201d]\s)|(?<=\u2014)|(?<=--)|(?<=,\swhere\s))[ \t]*"
    # (a subject runs on past no sentence's end: "... to become self-reliant. CPC school head X said")
    # ('"...," Gov. X said', '"...," state Labor MP X said': an American role's abbreviation; a role in lower case)
    rf"(?P<subject>[A-Z](?:(?:(?<![a-z]{{2}}\.\s)|(?<=Gov\.\s)|(?<=Sen\.\s)|(?<=Rep\.\s))[^,;\n\u2014]){{3,200}}?"
    rf"|(?<=[,.][\"\u201d]\s)(?:state|federal|senior|veteran|former|party)\s(?:(?<![a-z]{{2}}\.\s)[^,;\n\u2014]){{3,200}}?|(?<=,\s)(?:visiting|senior|top|former|head(?=\s+of\s+(?:the\s+)?[A-Z])|(?:the\s+(?:department|IDCPC|ministry|party)['\u2019]s\s+|(?:department|IDCPC)\s+)?spokes(?:person|man|woman)|(?:its|party|the\s+party['\u2019]s|the\s+[A-Z]{{2,8}})(?:\s+newly\s+elected)?(?=\s+(?i:(?:vice[\s-])?president|chairman|chairwoman|chairperson|leader|secretary[\s-]general|general\s+secretary)\s))\s(?:(?<![a-z]{{2}}\.\s)[^,;\n\u2014]){{3,200}}?)"
    rf"\s+{_WHEN}{_NEWS_VERB}")
_PORTFOLIO_BEFORE_RE = re.compile(r"(?<![\w\-])(?:[A-Z][\w\-]*\s+){0,3}(?:Minister|Secretary)\s+(?:for|of)\s+[A-Z][\w\-]*,\s+$")
# "held a press conference, at which the department's spokesperson X reviewed the year's work"
_AT_WHICH_SPOKESPERSON_RE = re.compile(
    r"\bat\s+which\s+(?P<subject>(?:the\s+(?:department|IDCPC|ministry|party)['\u2019]s\s+)?spokes(?:person|man|woman)\s+"
    rf"{NAME})\s+(?:reviewed|briefed|introduced|answered|said|announced)\b")
_SAID_AFTER_RE = re.compile(
    # (an initial's dot ends no subject: "..., said General Secretary of the A Party D. Raja.")
    r",[\"\u201d]?\s+(?:said|says|announced|added|noted)\s+(?P<subject>[a-zA-Z](?:[^,.;\n]|(?<=\s[A-Z])\.|(?<=\sDr)\.|(?<=\sMr)\.){3,120}?)\s*(?=(?<!\s[A-Z])(?<!\sDr)(?<!\sMr)[.,;]|$"
    r"|after\s+(?:a|an|the|his|her)\s+(?:[\w\-]+\s+)?(?:call|meeting|talks|conversation)\s+with\b)")     # ("..., said X after a video call with Y")
_ROLE_SAID_THIS_RE = re.compile(r"[.!]?\s+The\s+(?P<role>[A-Z][^.;\n]{0,80}?\b(?:president|chairman|chairwoman|leader|secretary-general|"
                                r"secretary\s+general|chief))\s+(?:said|says)\s+(?:this|so)\b")
_PAIR_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.;]\s)|(?<=\s\s))[ \t]*(?P<subject>[A-Z][^.;\n]{20,400}?\s+and\s+[^.;\n]{3,300}?)\s+"
    r"(?:(?:held|had|holds)\s+(?:(?:phone|telephone|video|online)\s+talks|talks|a\s+(?:phone|telephone|video)\s+call)\b"
    # "Chinese Vice President X and CPV General Secretary Y vowed to ..., during a meeting here Wednesday"
    r"|(?:vowed|agreed|pledged|reaffirmed|exchanged\s+views|discussed)\b(?=[^.;\n]{0,200}?\b(?:during|in|at)\s+(?:a|their|the)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:meeting|talks)\b))")
_ROLE = r"(?:President|Chairman|Chairwoman|Chairperson|Secretary|Leader|Minister|Premier|Speaker|Head|Chief)"
_TITLE_COMMA_NAME_RE = re.compile(
    rf"(?:^|(?<=\n)|(?<=--\s)|(?<=\u2014))[ \t]*(?P<title>[A-Z][^,;.\n]{{2,150}}?\b{_ROLE}\b[^,;.\n]{{0,120}}?),\s+"
    rf"(?P<name>{NAME}),\s+(?:met|meets|received|receives|held|holds|hosted|welcomed)\b")
# ("A; B; and C, along with other officials, were present")
_SEMICOLON_LIST_RE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.]\s))(?P<list>[^.\n;]{5,200};[^.\n]{5,600}?)(?:[,;]\s+along\s+with\s+[^,;.\n]{3,60},)?\s+"
    r"(?:were|was)\s+(?:also\s+)?(?:present|in\s+attendance)|(?:^|(?<=\n)|(?<=[.]\s))(?P<list2>[^.\n;]{5,200};[^.\n]{5,600}?)\s+attended\b")
_ENTOURAGE_RE = re.compile(
    r"\b(?P<owner>[A-Z][\w\-]+)['\u2019]s\s+entourage\s+(?:included|includes|comprised|consisted\s+of)\s+")
# "The Chinese delegation included A, Deputy Director General ..., B, Counselor of the Chinese
# Embassy ...": everyone listed travels with the CPC side
# "Representing the NPP were A, Dr. B, Prof. C, and D": the host side's members, named bare
# ("With Pimentel were Rep. A, ..., Gov. B of Davao del Norte, and Dr. C, ...": the leader's company)
_REPRESENTING_RE = re.compile(r"(?:^|(?<=[.\n]\s)|(?<=\n))(?:Representing\s+(?:the\s+)?[^,.;\n]{2,60}?|With\s+[A-Z][\w\-]+)\s+(?:were|was)\s+")
# "The delegation includes A, B, and C.", "The delegation also comprises Cdes A (...), B (...)",
# "The delegation is comprised of ...", "The delegation members include ...", "Other members of the
# delegation are ...", "Leading the delegation are A and B.": a (foreign) delegation's members, named bare
_DELEGATION_LIST_RE = re.compile(
    r"(?:^|(?<=[.\n]\s)|(?<=\n)|(?<=\s))(?:[Tt]he\s+(?:[\w\-]+\s+){0,3}?(?:delegation|group|team|side)\s+(?:also\s+)?(?:included|includes|comprised|comprises"
    r"|consisted\s+of|consists\s+of|(?:will|would)\s+(?:also\s+)?include|(?:was|is)\s+(?:also\s+)?(?:composed|comprised|made\s+up)\s+of|members\s+include[sd]?)"
    r"|Leading\s+the\s+delegation\s+(?:are|is|were|was)|(?:Other\s+)?[Mm]embers\s+of\s+the\s+(?:[\w\-]+\s+){0,2}?delegation\s+(?:are|were|include|included)"
    # ("Other members of the BNP delegation are- Standing Committee members A, B, ...")
    r"|Among\s+the\s+(?:[\w\-]+\s+){0,3}?(?:delegation|delegates|team)\s+(?:were|was|are|is)"
    # ("Meeting the NDC team, which included the party's General Secretary, Mr X, Mr Ai said")
    r"|(?<=\s)(?:team|delegation|group),\s+which\s+(?:also\s+)?include[sd]|(?<=\s)delegation\s+that\s+(?:also\s+)?includes)(?:\s*[-:\u2013\u2014]\s*|\s+)")
_AND_INCLUDED_RE = re.compile(r"\b[Tt]he\s+(?:[\w\-]+\s+){0,3}?delegation\s+(?:(?:in|to)\s+[A-Z][\w\-]+\s+)?(?:was|is)\s+(?:led|headed)\s+by\b(?:[^.;\n]|\.(?!\s)|(?<=Reps)\.|(?<=Rep)\.|(?<=Sen)\.){3,300}?"
                             r",\s+and\s+(?:also\s+)?(?:included|includes)\s+")
_CPC_DELEGATION_RE = re.compile(r"\b[Tt]he\s+(?:visiting\s+)?(?:Chinese|CPC|CCP)\s+delegation\s+(?:also\s+)?"
                                r"(?:included|includes|comprised|consisted\s+of|was\s+composed\s+of)\s+")



def _add(text: str, found: list[Mention], taken: list, s0: int, s1: int, subject: str, known_officials) -> None:
    if any(a <= s0 < b for a, b in taken):
        return
    hit = title_then_name(subject, known_officials)
    if hit is None and re.fullmatch(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2}", subject):
        hit = None, subject
    if hit is not None and not hit[0] and len(hit[1].split()) >= 2 and (later := re.search(
            r"(?:^|\n|\.\s)" + re.escape(hit[1].split()[-1]) + r",\s+(?P<title>[a-z][^,;.\n]{5,150}),", text[s1:s1 + 600])):
        # "..., Vyacheslav Volodin told reporters on Tuesday." then "Volodin, secretary of the Presidium of ..., was
        # speaking after talks": a speaker named bare, titled in the next sentence
        hit = later.group("title"), hit[1]
    if hit is None or not hit[0]:
        return
    title, name = hit[0], clean_name(hit[1])     # ("said Haji X, Second Deputy ...": the honorific is no part of the name)
    start = s0 + max(0, subject.rfind(name))
    if any(a <= start < b for a, b in taken) or any(x.name == name for x in found):
        return
    found.append(Mention(name, title, start, s1, context_role(text, s0, s1), s0))
    taken.append((s0, s1))


def news_subjects(text: str, known_officials, found: list[Mention], taken: list, lead_end: int | None) -> None:
    """Append the mentions above to `found` (and their spans to `taken`)."""
    end = lead_end if lead_end is not None else len(text)
    for m in _LEAD_SUBJECT_RE.finditer(text, 0, end):
        s0 = m.start("subject")
        if pf := _PORTFOLIO_BEFORE_RE.search(text, max(0, s0 - 120), s0):
            s0 = pf.start()     # "Federal Minister for Planning, Development and Special Initiatives X said"
        _add(text, found, taken, s0, m.end("subject"), text[s0:m.end("subject")], known_officials)
    for m in _AT_WHICH_SPOKESPERSON_RE.finditer(text, 0, end):
        _add(text, found, taken, m.start("subject"), m.end("subject"), m.group("subject"), known_officials)
    for m in _SAID_AFTER_RE.finditer(text):
        if lead_end is not None and m.start() >= lead_end and reported(text, m.start()):
            continue
        if re.match(r"(?:in\s+)?(?:a|an|the|its|his|her)\s+(?:[\w\-]+\s+){0,2}?(?:message|letter|statement|report)\b", m.group("subject")):
            continue    # "..., said a condolence message sent on Thursday over the death of President X": the message speaks
                        # ("..., X said in a message of condolence sent on July 17 on the death of PS leader Y": X does)
        role = _ROLE_SAID_THIS_RE.match(text, m.end("subject"))
        if role and not any(a <= m.start("subject") < b for a, b in taken):
            # '"...," says Datuk Seri Dr X.' then "The Malaysian Chinese Association (MCA) president said this
            # after receiving ...": the role the next sentence gives is the speaker's title
            hit = title_then_name(f"{role.group('role')} {m.group('subject')}", known_officials)
            if hit and hit[0]:
                start = m.start("subject") + max(0, m.group("subject").rfind(hit[1]))
                found.append(Mention(hit[1], hit[0], start, role.end("role"), context_role(text, start), role.start("role")))
                taken.append((m.start("subject"), m.end("subject")))
                continue
        _add(text, found, taken, m.start("subject"), m.end("subject"), m.group("subject"), known_officials)
    for m in _PAIR_RE.finditer(text):
        if lead_end is None or m.start() < lead_end:
            add_title_first(found, taken, text, split_items(text, m.start("subject"), m.end("subject")), lead_end=lead_end)
    for m in _TITLE_COMMA_NAME_RE.finditer(text, 0, end):
        s0, s1 = m.start("title"), m.end("name")
        if not any(a <= s0 < b or a <= m.start("name") < b for a, b in taken) and not any(
                x.name == m.group("name") for x in found):
            found.append(Mention(m.group("name"), m.group("title").strip(), m.start("name"), s1,
                                        context_role(text, s0, s1), s0))
            taken.append((s0, s1))
    for m in _SEMICOLON_LIST_RE.finditer(text):
        g = "list" if m.group("list") else "list2"
        items, pos = [], m.start(g)
        for part in m.group(g).split(";"):
            lead_ws = len(part) - len(re.sub(r"^\s*(?:and\s+)?", "", part))
            # "the Director of ..., Zhang Yao": a title and a name set apart by a comma within an item
            items.extend(split_items(text, pos + lead_ws, pos + len(part.rstrip())))
            pos += len(part) + 1
        add_title_first(found, taken, text, items, lead_end=lead_end)
    for m in _REPRESENTING_RE.finditer(text):
        add_title_first(found, taken, text, list_items(text, m.end(), len(text)), relaxed=True)
    for m in _AND_INCLUDED_RE.finditer(text):     # "The delegation was led by A and B, ..., and included C"
        add_title_first(found, taken, text, list_items(text, m.end(), len(text)), relaxed=True)
    for m in _DELEGATION_LIST_RE.finditer(text):
        # ("X said the delegation would include A, B and C": who is to come, the announcement's own content)
        if not _CPC_DELEGATION_RE.match(text, m.start()) and not (
                lead_end is not None and m.start() >= lead_end and reported(text, m.start())
                and not re.search(r"\b(?:will|would)\s+include|\b(?:which|that)\s+(?:also\s+)?includes\b", m.group())):
            add_title_first(found, taken, text, list_items(text, m.end(), len(text)), relaxed=True)
            # "The Chinese delegation was led by X. The delegation included A, B ...": the CPC side's members
            if re.match(r"[Tt]he\s+delegation\b", m.group()) and re.search(
                    r"\b(?:Chinese|CPC|CCP)\s+delegation\b", text[text.rfind("\n", 0, m.start()) + 1:m.start()]):
                _mark_entourage(text, found, m.end())
    for m in list(_ENTOURAGE_RE.finditer(text)) + list(_CPC_DELEGATION_RE.finditer(text)):
        owner = m.groupdict().get("owner")
        if owner and not any(owner in x.name.split() and _cpc(x, known_officials) for x in found):
            continue
        add_title_first(found, taken, text, list_items(text, m.end(), len(text)), relaxed=True)
        _mark_entourage(text, found, m.end())


def _mark_entourage(text: str, found: list[Mention], start: int) -> None:
    """Everyone named from `start` to the end of its sentence travels with the CPC side."""
    stop = _SENTENCE_STOP_RE.search(text, start)
    for x in found:
        if start <= x.start < (stop.start() if stop else len(text)):
            x.cpc_entourage = True


_SENTENCE_STOP_RE = re.compile(r"\.\s|\n")


def _cpc(m: Mention, known_officials) -> bool:
    return bool(known_officials and known_officials(m.name)) or bool(
        m.title and re.search(r"\bCPC\b|Communist Party of China|\bChinese\b|\bChina['\u2019]s\b", m.title))
