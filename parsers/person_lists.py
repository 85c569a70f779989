"""Lists of people, read by parsers.people:
- title-first items after a contact verb, "led by", or before the verb (`add_title_first`);
- surname-only speaker lists at a conference (`surname_speakers`);
- untitled names after a plural role: "met with leaders of parties including Ana Lima (PT),
  Rui Costa and ...", "with several Senators, including Bernie Sanders, Dianne Feinstein and Roy Blunt"
  (`including_list`): only in a sentence that reports a contact (met, talks, attended, ...), and
  never inside reported speech after the lead. A name's parenthesised party stays inside the
  mention's span so the party resolver finds it.
"""
from __future__ import annotations

import re

from parsers.mention import Mention
from parsers.names import (HONORIFIC, HONORIFIC_RE, NAME, ORG_WORD_RE, ROLE_END_RE, TITLE_NOUN, TITLE_START_RE, TITLE_TAIL, clean_name,
                           strip_acronyms)
from parsers.person_roles import context_role, reported
from parsers.object_lists import OBJECT_LIST_RE, list_items
from parsers.title_first import looks_like_org, title_then_name
from parsers.gazetteer import country_code


__all__ = ["add_title_first", "including_list", "shared_title", "surname_speakers"]

_PLURAL_ROLE = (r"(?:leaders|heads|chairmen|chairpersons|presidents|secretaries(?:-general)?|senators|lawmakers|"
                r"legislators|parliamentarians|deputies|MPs|members|representatives|officials|politicians|"
                r"dignitaries|personages|figures|ministers|speakers|mayors|governors|team)")
_INCLUDING_RE = re.compile(
    rf"\b(?P<the>the\s+)?(?P<noun>{_PLURAL_ROLE})\b[^.;:\n]{{0,100}}?,?\s+"
    r"(?:including|such\s+as|namely|among\s+them|(?:that|which|who)\s+include[sd]?|(?<=\sparties\s)\u2014)\s+"
    # ("Representatives of A, B, ... and E delivered speeches, among them ANC Secretary General X and Y")
    r"|\b(?:delivered\s+(?:speeches|remarks|addresses)|spoke|took\s+the\s+floor),\s+among\s+them\s+", re.IGNORECASE)
_CONTACT_RE = re.compile(
    r"\b(?:met|meets|meeting|meetings|talks|received|receives|attended|attends|called\s+on|visited|"
    r"were\s+present|was\s+present|delivered|spoke|exchanged\s+views|exchanges?\s+of\s+views|discussions?|held)\b", re.IGNORECASE)
# ("The secretaries general of the five other parties \u2014 X of the A, ... \u2014 also spoke at the session")
# ("An eight-member team, including A and B, will accompany her": the coming trip's people)
_TAKE_PART_RE = re.compile(r"\b(?:will|would|to)\s+(?:also\s+)?(?:take\s+part|participate|attend|accompany)\b|\u2014\s+also\s+(?:spoke|addressed|attended)\b")
_SENTENCE_END_RE = re.compile(r"(?<=[a-z\d)]{2})\.\s|\n")     # "U.S. House" ends no sentence
_BARE_NAME_RE = re.compile(rf"^(?:{HONORIFIC}\s+)*(?P<name>{NAME})(?:\s*\([^()]{{2,80}}\))?$")
# "deputy speaker of the House of Commons, Lindsay Hoyle of the Labour Party": name and affiliation
# ("Fikile Mbalula of South Africa's African National Congress (ANC)": a country's possessive for the article)
_NAME_OF_RE = re.compile(rf"^(?:{HONORIFIC}\s+)*(?P<name>{NAME})\s+(?P<of>of\s+(?:the|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['\u2019]s)\s+[A-Z][^,;\u2014]{{2,80}}?)(?:\s+\u2014)?$")


def including_list(text: str, lead_end: int | None):
    """Mentions (role participant or as the context says) of the bare names in such lists."""
    for m in _INCLUDING_RE.finditer(text):
        ends = list(_SENTENCE_END_RE.finditer(text, max(0, m.start() - 600), m.start()))
        sent0 = ends[-1].end() if ends else max(0, m.start() - 600)
        stop = _SENTENCE_END_RE.search(text, m.end())
        # "NCP leaders including X and Y, among others, will take part in the video conference"
        joins = _TAKE_PART_RE.search(text, m.end(), stop.start() if stop else len(text))
        if not joins and not _CONTACT_RE.search(text, sent0, m.end()) and not (m.group("the") and re.search(
                rf"\b(?:met|meets|received|receives|held\s+talks)\b[^.]{{0,80}}?\b{m.group('noun')}\b", text[:sent0], re.I)):
            # "met ... with leaders of the Indian Left parties", later "the leaders that include
            # X of A, Y of B": the group met, named
            continue
        if lead_end is not None and m.start() >= lead_end and reported(text, m.start()):
            continue
        pending = None          # start of a title-first item cut at an " and " inside its title
        for item, i0 in list_items(text, m.end(), len(text)):
            if len(item.split()) <= 3 and ROLE_END_RE.search(item.strip()):
                continue        # "Senior Minister" and ...: the first half of a title split at " and "
            bm = _BARE_NAME_RE.match(item.strip())
            if bm and looks_like_org(clean_name(bm.group("name"))) and (tt := title_then_name(item.strip(), None)) and tt[0]:
                bm = None       # "ANC Secretary General X": a title-first item, not a bare name
            nm = _NAME_OF_RE.match(item.strip()) if not bm and pending is None else None
            if nm and not looks_like_org(clean_name(nm.group("name"))):
                t0 = i0 + item.find(nm.group("of"))     # "Prakash Karat of the Communist Party of India (Marxist)"
                yield Mention(clean_name(nm.group("name")), nm.group("of"), i0, i0 + len(item), context_role(text, i0), t0)
                continue
            if not bm or pending is not None:
                # "including Senior Minister and Coordinating Minister for National Security X", "Minister
                # of Women and Family Development X": a title-first item is a person too
                start = i0 if pending is None else pending
                whole = text[start:i0 + len(item)]
                hit = title_then_name(whole, None)
                if hit and hit[0]:
                    at = start + max(0, whole.rfind(hit[1]))
                    yield Mention(hit[1], hit[0], at, i0 + len(item), context_role(text, start), start)
                    pending = None
                    continue
                if pending is None and not bm and re.search(r"\b(?:of|for)\s+[A-Z]\w+$", item):
                    pending = i0
                    continue
                if not bm:
                    break       # the list has ended ("... and other party leaders")
                pending = None
            name = clean_name(bm.group("name"))
            if len(name.split()) < 2 or looks_like_org(name):
                break
            yield Mention(name, None, i0, i0 + len(item), context_role(text, i0), i0)


# a ministry's portfolio of a few words ("African Integration", "Foreign Trade"): part of a title, no name
_PORTFOLIO = (r"(?:[A-Z][a-z]+\s+){1,2}(?:[A-Z][a-z]+(?:tion|ment|ity|ism|ance|ence)|Affairs|Abroad|Planning|Trade|Industry|Finance|Justice"
              r"|Culture|Tourism|Youth|Sports?|Communications?|Energy|Agriculture|Education|Health|Labou?r|Mines|Transport)")


def add_title_first(found: list[Mention], taken: list, text: str, items, relaxed: bool = False,
                     lead_end: int | None = None) -> None:
    """Title-first list items ("San Francisco Mayor London Breed"); `taken` spans are skipped.

    Items are split at " and ", so "a member of the Political Bureau and Party chief of Tianjin
    Zhang Gaoli" comes as two items: a title-only item is joined to the next item's title.
    """
    pending: tuple[str, int] | None = None
    shared: tuple[str, int] | None = None     # a plural title (_PLURAL_TITLE_RE) before a comma: "representatives of ..., A and B"
    items = list(items)
    resume = -1
    for item, i0 in items:
        if i0 < resume or any(a <= i0 < b for a, b in taken) or (lead_end is not None and i0 >= lead_end and reported(text, i0)):
            pending = None
            continue
        if OBJECT_LIST_RE.search(item):
            # "led by X, Title, held meetings with ...": the next clause has its own list; but a clause of its
            # own after it ("The delegation comprised A and B, while C and D were also present") is read on
            resume = next((j for it, j in items if j > i0 and re.match(r"(?:while|whereas)\s", it)), len(text))
            pending = None
            continue
        item = re.sub(r"\s+\((?!Maoist\))[A-Z][a-z]{2,}\)$", "", item)   # a nickname after the name ("... Dahal (Prachanda)")
        paren = re.search(r"\s*\(([^()]{2,80})\)\s*$", item) if relaxed else None
        if paren and TITLE_START_RE.match(paren.group(1)):
            item = item[:paren.start()]     # "Cdes A (National Commissar), B (Secretary for Youth)": titles after names
        # "and C from the National Directorate": the body after the name
        item = re.sub(r"^(?:and\s+)?(.+?)\s+from\s+the\s+[A-Z][^,;]{2,80}$", r"\1", item) if relaxed else item
        hit = title_then_name(item, None, relaxed)
        between = text[pending[1] + len(pending[0]):i0] if pending is not None else ""
        # ("Minister of Youth, Culture, and Communication X": a serial comma closes a title's list of portfolios)
        if hit is not None and hit[0] and pending is not None and re.fullmatch(r"\s+and\s+", between) \
                and not TITLE_START_RE.match(hit[0]) and not re.search(TITLE_NOUN, hit[0], re.IGNORECASE):
            hit = None      # "Minister for Foreign Affairs and International Co-operation X": the second portfolio
        if (hit is None or hit[0] is None) and pending is not None and (re.fullmatch(r"\s+and\s+", between) or (
                (re.fullmatch(r",\s+", between) or re.fullmatch(r",\s+and\s+", between) and ", " in pending[0])
                and not TITLE_START_RE.match(item))):
            # "Minister of Labor and Social Affairs X": the " and " was inside one title; so was the comma
            # of "Chairman of the Committee on Foreign Affairs, Defense and Armed Forces of the Senate X"
            whole = title_then_name(text[pending[1]:i0 + len(item)], None, relaxed)
            if whole is not None and whole[0] is not None:
                item, i0, hit, pending = text[pending[1]:i0 + len(item)], pending[1], whole, None
            elif re.fullmatch(r"[A-Z][a-z]+", item.strip()) or re.fullmatch(_PORTFOLIO, item.strip()):
                pending = (text[pending[1]:i0 + len(item)], pending[1])     # "..., Cooperation and Development of ..."
                continue                                                    # ("..., Cooperation, African Integration and ...")
        # ("the CCM Deputy Secretary General (Mainland), Comrade X, and ..."): an honorific before the bare name
        bare = _BARE_NAME_RE.match(HONORIFIC_RE.sub("", item.strip())) if hit is None or hit[0] is None else None
        if bare is None and (hit is None or hit[0] is None) and pending is not None:
            bare = _NAME_OF_RE.match(item.strip())
        if bare and pending is not None and re.fullmatch(r"(?:\s*\([^()]{1,30}\))?(?:,\s+or\s+[A-Z][A-Z\-]{1,8})?,\s*", text[pending[1] + len(pending[0]):i0]):
            # "Speaker of the House of Commons, John Smith": the title stands before a comma
            name = clean_name(bare.group("name"))
            if len(name.split()) >= 2 and not looks_like_org(name) and not country_code(name) \
                    and not re.fullmatch(rf"(?:[A-Z][a-z]+\s+)?{TITLE_NOUN}", name, re.IGNORECASE) \
                    and not any(a <= i0 < b for a, b in taken):     # "from Albania, ..., North Macedonia and Serbia"
                # (not "Politburo member, Permanent Member of the Secretariat and Vice President X": a second office)
                of = bare.groupdict().get("of")
                found.append(Mention(name, strip_acronyms(pending[0] + (f", {of}" if of else "")), i0, i0 + len(item),
                                        context_role(text, pending[1]), pending[1]))
                taken.append((pending[1], i0 + len(item)))
                shared = pending if _PLURAL_TITLE_RE.match(pending[0]) else None
                pending = None
                continue
        if bare and shared is not None and pending is None and re.fullmatch(r"\s+and\s+|,\s+(?:and\s+)?", text[taken[-1][1]:i0]):
            name = clean_name(bare.group("name"))      # "..., Raymond Bernier (QLP) and Gerard Deltall (ADQ)": B too
            if len(name.split()) >= 2 and not looks_like_org(name) and not any(a <= i0 < b for a, b in taken):
                found.append(Mention(name, strip_acronyms(shared[0]), i0, i0 + len(item), context_role(text, shared[1]), shared[1]))
                taken.append((i0, i0 + len(item)))
                continue
        if relaxed and hit is not None and hit[0] is None and pending is None and not any(
                a <= i0 < b for a, b in taken) and not any(x.name == hit[1] for x in found):
            # "headed by Sergei Stanishev.", "held separate meetings with A and B, who are ...":
            # the object of a contact, a person with no title here
            at = i0 + max(0, item.find(hit[1]))
            found.append(Mention(hit[1], None, at, i0 + len(item), context_role(text, i0), -1))
            taken.append((i0, i0 + len(item)))
            continue
        if hit is None or hit[0] is None:
            joined = pending is not None and re.fullmatch(r"\s+and\s+", text[pending[1] + len(pending[0]):i0])
            if pending is not None and not joined and _PARTY_HEAD_RE.match(pending[0]) and TITLE_START_RE.match(item) \
                    and re.fullmatch(r",\s+", text[pending[1] + len(pending[0]):i0]):
                pending = (text[pending[1]:i0 + len(item)], pending[1])     # "A Party (AP) President, First Deputy Prime Minister and ..."
                continue
            if joined and TITLE_START_RE.match(pending[0]):
                # "Leader of the A and Minister for the Environment, Climate and Communications X": one title goes on
                pending = (text[pending[1]:i0 + len(item)], pending[1])
                continue
            # ("Sri Lanka Podujana Peramuna (SLPP) Chairman and Foreign Minister X": a party office, then a second)
            pending = (item, i0) if (TITLE_START_RE.match(item) or re.search(r"\([A-Z][A-Za-z\-]{1,8}\)\s+(?:[A-Z][\w\-]*\s+){0,2}" + TITLE_NOUN + "$",
                                                                              item, re.IGNORECASE)) and not joined else None
            continue
        title, name = hit
        i1 = i0 + len(item)
        start = i0 + max(0, item.find(name))
        if pending is not None and re.fullmatch(r"\s+and\s+", text[pending[1] + len(pending[0]):i0]) \
                and not re.match(r"(?:other\s+|senior\s+)?(?:officials|members|staff|leaders)\s+of\b", pending[0]):
            # (not "other officials of the ... Department and DPRK Ambassador to China X": a group, then a person)
            title, i0 = f"{strip_acronyms(pending[0])} and {title}", pending[1]
        elif pending is not None and _CHAIN_HEAD_RE.match(pending[0]) and re.fullmatch(
                r",\s+", text[pending[1] + len(pending[0]):i0]):
            # "CPP President, Senate President Hun Sen": a short role with no name of its own heads a chain
            title, i0 = f"{strip_acronyms(pending[0])}, {title}", pending[1]
        pending = None
        if any(a <= start < b for a, b in taken):
            continue
        if re.fullmatch(r"(?:at|in)\s+the\s+[A-Z][\w\-']*(?:\s+[A-Z][\w\-']*)*", title):
            # "received at the State Duma X, Ambassador ... of the People's Republic of China": a place, no title; the
            # appositive after the name tells it
            after = re.match(r",\s+([^,.;\n]{3,160})", text[i1:])
            title, i0 = (after.group(1) if after else ""), start
        if re.search(r"\b(?:have|has|had)\s+(?:sent|received)\b", title) and (cut := re.search(r".*\b(?:to|from)\s+(?=[A-Z])", title)):
            i0, title = i0 + cut.end(), title[cut.end():]   # "Leaders of ... have sent messages of condolence to General Secretary X"
        role = context_role(text, i0)       # "a message to President X": the context before the title
        if role == "participant":
            role = context_role(text, start)    # "Entrusted by General Secretary X": the title inside it
        if _ENVOY_OF_ROLE_RE.match(title):
            role = "passing"    # "X, special envoy of ... first secretary Raul Castro": the sender of the envoy
        if tw := re.match(r"(?:together|along)\s+with\s+(?:the\s+)?", title):
            title, i0 = title[tw.end():], i0 + tw.end()     # "A, together with the First Deputy Secretary-General, Cde B, hosted"
        found.append(Mention(name, title, start, i1, role, i0))
        taken.append((i0, i1))
        # "fellow NDP Members of Parliament A and B met with": a bare name after a plural title shares it
        shared = (title, i0) if _PLURAL_TITLE_RE.match(title) else None


_ENVOY_OF_ROLE_RE = re.compile(r"(?:special\s+|personal\s+)?(?:envoy|representative|emissary)\s+of\b.*\b(?:[Ss]ecretary|"
                               r"[Pp]resident|[Cc]hairman|[Ll]eader|[Pp]rime\s+[Mm]inister|[Kk]ing)$")


# A title-only list item that heads a chain of titles: a few capitalised words ending in a role word.
_CHAIN_HEAD_RE = re.compile(r"^(?:[A-Z][\w\-'\u2019]*\s+){1,4}(?:President|Chairman|Chairwoman|Chairperson|Leader|"
                            r"Secretary|Secretary-General|Minister|Speaker|Head|Chief)$")


# "Bierbaum, President of the Party of the European Left, Centella, General Secretary of ..., and
# Alboresi, Secretary of ... spoke": a speaker list that gives surnames only, each with its title.
_SURNAME_ITEM_RE = re.compile(
    r"(?:^|(?<=[\n.;,])|(?<=\band))\s*(?<![\w\-])(?P<name>[A-Z\u00C0-\u00DE][\w\u00C0-\u024F'\u2019\-]+),\s+(?=\S)")
_NOT_SURNAME_RE = re.compile(r"^(?:Meanwhile|Also|Later|Besides|Moreover|However|Furthermore|Additionally|Today|"
                             r"Yesterday|Then|Finally|First|Second|Third|Lastly|Earlier|Currently|Therefore|Thus|"
                             r"Hence|Indeed|Overall|Afterwards|Subsequently|Previously|Recently)$")
_MIN_SPEAKERS = 3       # one or two "Word, Title" pairs are too easily something else


def surname_speakers(text: str, title_end):
    """Mentions for a run of three or more "Surname, Title of X" pairs in one sentence;
    `title_end(i)` is the end of a title starting at i."""
    run: list = []
    for m in _SURNAME_ITEM_RE.finditer(text):
        word, t0 = m.group("name"), m.end()
        if not TITLE_START_RE.match(text[t0:t0 + 80]) or _NOT_SURNAME_RE.match(word) or TITLE_TAIL.match(word) \
                or ORG_WORD_RE.match(word) or HONORIFIC_RE.match(word + " ") or looks_like_org(word):
            continue
        t1 = title_end(t0)
        title = re.sub(r"^(?:an?|the)\s+", "", strip_acronyms(text[t0:t1]))
        if " of " not in f" {title} " or title_then_name(title, None) is not None:
            continue        # a title names its body; "X, Leader of Y Anna Roe" is a title-first item
        if run and not re.fullmatch(r",?\s*(?:and\s+)?", text[run[-1].end:m.start("name")]):
            yield from _flush(run)
            run = []
        run.append(Mention(word, title, m.start("name"), t1, context_role(text, m.start("name"), t1), t0))
    yield from _flush(run)


def _flush(run: list):
    if len(run) >= _MIN_SPEAKERS:
        yield from run


# "Vice-ministers", "Deputy Secretaries", "Vice-Chairmen" (the singular is what each person holds)
_PLURAL_TITLE_RE = re.compile(r"^((?:\S+\s+){0,3}?[\w\-]+?)(ies|men|s)\b(?=\s+(?:general\s+)?of\b|\s*$)")     # ("secretaries general of")
_SINGULAR = {"ies": "y", "men": "man", "s": ""}
# The shared names open a sentence or follow "with"/"by" ("in separate meetings with A and B, co-chairs of ...").
# ... or a sentence's opening phrase: "At the meeting, A and B, former heads of the C Party, exchanged views"
# ... or a blanked dateline, a date or a message's phrase: "Beijing, May 3rd—A and B, Co-Chairs of ...",
# "In a letter dated January 6th, A and B, Co-Chairs of ..., thanked"
_NAMES_AND_RE = re.compile(rf"(?:^|(?<=\n)|(?<=[.;:]\s)|(?<=\bwith\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\bcame\sas\s)|(?<=\bmeeting,\s)|(?<=\btalks,\s)"
                           rf"|(?<=\s\s)|(?<=\d(?:st|nd|rd|th),\s)|(?<=\d,\s)|(?<=\bletter,\s)|(?<=\bmessage,\s))((?:{NAME},\s+)*{NAME})\s+and\s+$")


def shared_title(text: str, start: int, title: str, t1: int, t0: int) -> list[Mention]:
    """"Guo Yezhou and Qian Hongshan, Vice-ministers of the IDCPC, were present": the names
    before "and" share the plural title (given in the singular)."""
    pm = _PLURAL_TITLE_RE.match(title)
    if not pm:
        return []
    lm = _NAMES_AND_RE.search(text, max(0, start - 160), start)
    if not lm:
        return []
    single = pm.group(1) + _SINGULAR[pm.group(2)] + title[pm.end():]
    out, pos = [], lm.start(1)
    for part in re.split(r",\s+", lm.group(1)):
        name = clean_name(part)
        if len(name.split()) >= 2 and not looks_like_org(name):
            out.append(Mention(name, single, pos, t1, context_role(text, pos), t0))
        pos += len(part) + 2
    return out


# "visited Laos to congratulate ... Thongloun Sisoulith on his election as general secretary of
# ...", then "Thongloun expressed his appreciation": the person congratulated in person is met.
_CONGRATULATED_RE = re.compile(rf"\bcongratulat\w*\s+(?:[^.;]{{0,160}}?\s+and\s+)?(?P<name>{NAME})\s+on\s+(?:his|her)\s+"
                               r"(?:re-?)?election\s+as\s+(?P<title>[^,.;\n]{3,160})")
_SPEAKS_RE = r"\s+(?:said|says|expressed|noted|thanked|stressed|welcomed|hoped|asked|extended|spoke|added)\b"


def congratulated_speakers(text: str, found: list[Mention], taken: list) -> None:
    for m in _CONGRATULATED_RE.finditer(text):
        name = clean_name(m.group("name"))
        toks = name.split()
        if len(toks) < 2 or looks_like_org(name) or any(a <= m.start("name") < b for a, b in taken):
            continue
        later = text[m.end():]
        if not any(re.search(rf"\b{re.escape(t)}{_SPEAKS_RE}", later) for t in {toks[0], toks[-1]}):
            continue
        found.append(Mention(name, strip_acronyms(m.group("title").strip()), m.start("name"), m.end(), "participant",
                             m.start("title")))
        taken.append((m.start("name"), m.end()))
# a party office heading a chain of offices: "Socialist Party of Serbia (SPS) President, First Deputy Prime Minister and ..."
_PARTY_HEAD_RE = re.compile(r"^(?:[A-Z][\w\-'\u2019]*\s+|(?:of|the|for)\s+){1,7}?(?:Party|Movement|Front|Congress|Union|League)(?:\s+of\s+[A-Z][\w\-]*)?"
                            r"(?:\s+\([A-Z][A-Za-z\-]{1,8}\))?\s+(?:President|Chairman|Chairwoman|Chairperson|Leader|Secretary-General|Secretary\s+General)$")
