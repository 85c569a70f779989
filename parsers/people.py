"""People in a release body: who is named, with which title, and whether they took part.

Patterns (the IDCPC house style):
- appositive: `Name, Title of X, met ...`, `... led by Name, Title`, several in one sentence
  (parsers.appositives);
- title before the name: `General Secretary of the CPV Central Committee Nguyen Phu Trong met ...`,
  `Chinese Vice President Han Zheng met ...` (only with a verb of taking part: a leader who
  merely "pointed out" is cited, not a participant);
- a bare full name of a known CPC official as the subject of such a verb;
- lists of title-first names (parsers.title_first, parsers.person_lists): after a contact verb,
  after "led by" / "accompanied by" / "Guests attending ... were", and before the verb ("Leader of
  X and President A, Speaker B ... met with");
- untitled names after a plural role and "including", and conference lists of three or more
  "Surname, Title of X" pairs (parsers.person_lists);
- untitled subjects of a contact verb ("To Lam met with", "Xi Jinping and To Lam held talks") and a
  title-first name before "and" and an appositive (parsers.subject_names).
Mentions keep a `role`: `participant`, or `addressee` (of a message), `passing` (a deceased
leader, greetings conveyed to someone, leaders named inside a sentence closed by ", Liu added")
which are not participants. Back-references ("Song said", "Kocsis noted") never create people:
only the patterns above do, and a second full mention of the same person is merged into the
first (a surname-only list item too, when the full name came before).
"""
from __future__ import annotations

import re
from dataclasses import replace

from parsers.mention import Mention
from parsers.name_match import same_person
from parsers.names import HONORIFIC, HONORIFIC_RE, drop_post_city, fold, full_name_of, given_name_before
from parsers.person_lists import add_title_first, congratulated_speakers, including_list, surname_speakers
from parsers.title_parts import extend_titles_also, extend_titles_back
from parsers.news_subjects import news_subjects
from parsers.parties import lookup_party
from parsers.subject_names import idcpc_leader_mentions, title_first_before_appositive, untitled_subjects
from parsers.appositives import NOT_A_NAME_RE as _NOT_A_NAME_RE, appositives
from parsers.title_name_pairs import title_name_pairs
from parsers.mention_roles import settle_roles
from parsers.person_roles import context_role, reported
from parsers.title_extent import title_end as _title_end
from parsers.object_lists import OBJECT_LIST_RE, list_items, split_items
from parsers.contact_objects import BODY_LED_RE, other_objects
from parsers.present_too import present_too
from parsers.agency_frames import agency_frames
from parsers.subject_verbs import OPENING_SPEAKER_RE, PART_VERB as _PART_VERB, SUBJECT_BEFORE as _SUBJECT_BEFORE
from parsers.title_first import title_then_name
from parsers.title_comma_name import title_comma_names
from parsers.subject_tense import other_occasion
from parsers.speaker_subjects import (according_speakers, announcer_subjects, issued_by_spokesperson, sentence_start as _sentence_start, speaker_subjects,
                                      spokesperson_office)

__all__ = ["Mention", "find_people", "same_person"]

_SUBJECT_BEFORE_VERB_RE = re.compile(_SUBJECT_BEFORE + _PART_VERB)
# "A, leader of B and Prime Minister C, and leader of D and Prime Minister E, sent letters": the last
# item of a comma-separated list of subjects, closed by a comma before the verb
# "Principal X of the MCA School of Political Studies, head of this delegation, said": its leader's words
_DELEGATION_HEAD_RE = re.compile(r"(?:^|(?<=[.;]\s)|(?<=\n))(?P<subject>[A-Z][^,.;\n]{3,150}?)\s*,\s*(?:the\s+)?(?:head|leader)\s+of\s+"
                                 r"(?:the|this|our)\s+delegation\s*,\s+(?:said|noted|stated|stressed)\b")
_LIST_TAIL_SUBJECT_RE = re.compile(r"(?<=,\s)(?P<subject>and\s[^,.;\n\u2014]{3,200}?),\s+" + _PART_VERB)
# "Pakistani Ambassador to China X and Y, Ambassador of ..., raised questions": a title-first subject before an appositive
# (an initial's full stop inside: "Party Secretary General D.Amarbayasgalan and X, Minister of ...")
_PAIR_BEFORE_APPOSITIVE_RE = re.compile(r"(?:^|(?<=[,.;]\s)|(?<=\n)|(?<=\s\s))(?:and\s+|while\s+|whereas\s+)?(?P<subject>[A-Z](?:[^,.;\n\u2014]|(?<=\s[A-Z])\.|(?<=\s(?:Ts|Ch|Sh|Kh|Zh))\.){3,150}?)(?=\s+and\s+[A-Z][\w\-]+"
                                        r"(?:\s+[A-Z][\w\-]+){1,3},\s+[^,;.\n]{3,150}?,\s+" + _PART_VERB + ")")


# ("..., said top advisor Jia Qinglin Friday."): a lower-case rank may open the speaker's title
_AS_WELL_AS_RE = re.compile(r",\s+as\s+well\s+as\s+(?P<list>[A-Z][^.;,\n]{5,160}?)(?=,?\s+(?:were|was)\s+(?:also\s+)?present\b"
                            r"|,?\s+(?:also\s+)?(?:attended|joined|accompanied)\b)")
# "held a video conference ..., with SLPP Chairman Prof. X and Y, Minister of ..., leading the two sides"
_LEADING_SIDES_RE = re.compile(r",\s+with\s+(?P<list>[A-Z][^;\n]{5,300}?),?\s+leading\s+the\s+(?:two|respective)\s+sides\b")
# "A, Title, Russian Ambassador to China B and C, Title, were present": a list of those there, closed by a comma
# (not a crowd: "About 300 people, including leaders of parties from Southeast Asian countries, ..., were present")
_PRESENT_LIST_RE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s))(?P<list>(?!(?:About|More|Over|Nearly|Some|Around|Hundreds|Dozens)\b)"
                              r"[A-Z][^.;\n]{10,600}?)(?:,\s+(?:(?:were|was)\s+(?:also\s+)?present|"
                              r"(?:also\s+)?took\s+part\s+in\s+the\s+(?:[\w\-]+\s+)?(?:call|meeting|talks))"
                              r"|\s+were\s+among\s+(?:those\s+(?:attending|present|who\s+attended)|the\s+members\s+of\s+the\s+delegation)"
                              r"|\s+(?:were|was)\s+(?:also\s+)?present\s+(?:during|at)\s+the\s+(?:talks|meeting))\b")     # "A and B were among those attending"
_SAID_BY_RE = re.compile(r"\b(?:said|says|agreed(?=\s+[A-Z](?:[^.;]|(?<=\b[A-Z])\.(?=[A-Z])){3,300}?\s+during\s+(?:a\s+meeting\s+held|a\s+(?:video|phone|telephone)\s+(?:call|conversation))\b))\s+(?P<list>(?:[A-Z]|(?:top|senior|visiting)\s)(?:[^.;\n]|(?<=\b[A-Z])\.(?=[A-Z][a-z])){5,300}?)(?=,?\s+(?:here|today|yesterday|(?:on\s+)?\w+day|"
                         # ("..., said Liberian President X in his congratulations to Xi.": the message itself)
                         r"(?P<how>in\s+(?:his|her|their)\s+(?:congratulat\w+|message|letter)|"
                         r"while\s+(?:addressing|speaking|delivering|meeting)|when\s+(?:addressing|speaking|"
                         r"delivering|meeting)|when\s+(?:he|she)\s+(?:received|met|hosted)|during\s+(?:the\s+)?(?:talks|negotiations|meeting)\s+with|during\s+a\s+meeting\s+held\b|during\s+a\s+(?:video|phone|telephone)\s+(?:call|conversation)\b"
                         r"|after\s+(?:a|an|the)\s+(?:video\s+|phone\s+|telephone\s+)?(?:call|meeting|talks|conversation)\s+with|after\s+(?:receiving|meeting\s+with|holding\s+talks\s+with)\s)))\b")


_SAID_BY_END_RE = re.compile(r",[\"\u201d]?\s+said\s+(?P<list>[A-Z][^.;\n,]{5,120}?)(?=\.(?:\s|$))")



def find_people(text: str, known_officials=None, lead_end: int | None = None,
                lead_par_end: int | None = None, senders: bool | str = False, announcement: bool = False) -> list[Mention]:
    """Every named person with a title (or a known official as a subject), in order of appearance.

    `known_officials(name) -> bool` says whether a bare two-or-more-word name is a CPC official.
    After `lead_end` (the lead and its zone), title-first subjects and objects inside reported
    speech or about the past are mentions in passing ("Liu said, last year President X and
    Prime Minister Y held talks in Lima"). Between the lead paragraph's end (`lead_par_end`)
    and `lead_end`, a contact of another day of the trip is one too ("Earlier this morning, the
    delegation also met X").
    """
    found = appositives(text)
    pairs = title_name_pairs(text)
    if pairs:   # "with Chairman of the A, X, President of the B, Y": titles before their names
        found = [x for x in found if not any(p.title_start <= x.start < p.end for p in pairs)] + pairs
    taken = [(x.start, x.end) for x in found]
    title_first_before_appositive(text, found, taken, lead_end)
    subjects = list(_SUBJECT_BEFORE_VERB_RE.finditer(text))
    subjects = speaker_subjects(text, subjects, found, taken, known_officials, lead_par_end, senders)
    subjects += [*_LIST_TAIL_SUBJECT_RE.finditer(text), *_DELEGATION_HEAD_RE.finditer(text), *_PAIR_BEFORE_APPOSITIVE_RE.finditer(text),
                 *OPENING_SPEAKER_RE.finditer(text)]
    if announcement:
        subjects = announcer_subjects(text, subjects, lead_par_end)
    # (not "the Asia-Europe Meeting, which Prime Minister X is expected to attend": another gathering's guest)
    # (not "Attending the talks were A and B, who joined ...": a list parsers.object_lists reads)
    subjects = [m for m in subjects if not other_occasion(text, m, lead_end, _sentence_start)
                and not re.match(r"(?:Attending|(?:Also\s+)?[Pp]resent|Taking\s+part)\b[^,;]{0,60}?\s(?:were|was)\s", m.group("subject"))
                and not (m.group("subject").startswith(("which ", "that ")) and re.search(r"\bexpected\s+to\s+\w+$", m.group()))]
    for m in subjects:
        s0 = m.start("subject")
        ss = _sentence_start(text, s0)
        # "..., and General Secretary of the WPK Kim Jong Un have sent messages": the auxiliary ends no name
        aux = re.search(r"\s+(?:have|has)$", m.group("subject"))
        s1 = m.end("subject") - (len(aux.group()) if aux else 0)
        # (", where A and B received ...": a clause of its own, whose subject is the list)
        if ss < s0 and re.sub(rf"(?:{HONORIFIC}\s*)+$", "", text[ss:s0].rstrip()).rstrip().endswith(",") \
                and not m.group("subject").startswith(("where ", "whereas ")) and not re.match(r"[a-z]+ing\s", m.group("subject")):
            # "Leader of the UNP and President X, Speaker of Parliament Y, and ... Z met with": every
            # comma-separated item before the verb may be a title-first person.
            # "A, leader B, C and D were also present at the meeting": bare names count there
            add_title_first(found, taken, text, split_items(text, ss, s1), lead_end=lead_end,
                            relaxed=bool(re.match(r"\s*(?:(?:were|was)\s+(?:also\s+)?present|(?:are|is|were|was)\s+(?:also\s+)?(?:part|members?)\s+of)",
                                                  text[m.end("subject"):m.end()])))
        if " and " in m.group("subject"):     # "Deputy head of the NCP X and Chinese ambassador Y welcomed"
            # (from the reported clause on: "X told reporters that NCP co-chairs A and B would address")
            pre = re.match(r".*\b(?:said|told\s+(?:reporters|journalists|the\s+press))\s+that\s+", m.group("subject"))
            add_title_first(found, taken, text, split_items(text, s0 + (pre.end() if pre else 0), m.end("subject")),
                            lead_end=None if pre and announcement and re.match(r"\s+(?:will|would)\s", text[m.end("subject"):]) else lead_end)
        if (lead_end is not None and s0 >= lead_end) and reported(text, s0) \
                and not (senders == "speakers" and m.group("subject").startswith(("while ", "whereas "))) \
                and not (announcement and text.startswith("said the ", m.start())) \
                and not (announcement and re.match(r"\s+(?:will|would|(?:is|are)\s+scheduled\s+to)\s+(?:also\s+)?(?:attend|address|deliver|chair|co-chair|host|lead|meet|hold\s+talks|inaugurate)\b"
                                                   r"|\s+would\s+accompany\s+[A-Z][a-z]+,\s+(?:he|she)\s+added\b", text[m.end("subject"):])) \
                and not re.match(r"\s+also\s+(?:sat\s+in\s+on|attended|took\s+part\s+in)\s+the\s+(?:talks|meeting)\b", text[m.end("subject"):]):
            continue    # (not a conference's second speaker: "A said ..., while Ambassador B said ...", nor what an
                        # announcement's speaker says a leader will do: "... . General Secretary X will attend the opening")
        if any(a <= s0 < b for a, b in taken):
            continue
        subject = re.sub(r"\s+\([A-Z][a-z]{2,12}\)$", "", m.group("subject"))     # "... X (Prachanda) also extended": a nickname
        also = text.startswith(" also", m.end("subject"))      # "A said B also took part in the meeting": B
        # ("..., while Chinese Ambassador X joined the session from Islamabad")
        if said := re.match(r".*\b(?:says|stated|reminded|told\s+[^.]{0,60}?)\s+that\s+|.*\swhen\s+(?:the\s+)?(?=[A-Z])|(?:while|whereas)\s+(?=[A-Z]|top\s)|.*\s(?:was|were)\s+(?:announced|made|reached|signed|agreed|discussed)\s+(?:in\s+[A-Z][\w\-]+\s+)?(?:on\s+[A-Z][a-z]+\s+\d{1,2}\s+|today\s+)?(?:after|as)\s+(?=[A-Z])|.*\bsaid\s+(?:on\s+\w+day\s+)?after\s+(?:its\s+)?(?=[A-Z])|.*\bquoted\s+as\s+saying\s+by\s+|.*\badding\s+that\s+(?=[A-Z])|.*\b(?:follows|followed)\s+the\s+(?:talks|meetings?|visit)\s+(?:between\s+)?(?=[A-Z])"
                            + (r"|.*\bsaid\s+(?=[A-Z])" if also else "") + (r"|.*\b(?:said|announced)\b[^.]{0,80}?\bthat\s+" if announcement else ""), subject):
            # "A statement issued by the PTI Secretariat says that Secretary General PTI X welcomed ...",
            # "The agreement was reached here on Tuesday when CCM Secretary General X received ...", "The arrangement
            # was announced after SWAPO Secretary-General X held talks"
            subject, s0 = subject[said.end():], s0 + said.end()
        if re.match(r"\s+(?:when|while)\s", text[m.end("subject"):]):
            subject = re.sub(r"\s+said$", "", subject)      # "..., head of the Commission X said while receiving Y": the host
        hit = title_then_name(subject, known_officials)
        if hit is None and subject.startswith("and ") and re.match(r"\s+(?:also\s+)?took\s+part\b", text[m.end("subject"):]) \
                and (low := title_then_name(subject[4:], known_officials, True)) is not None and low[0]:
            hit, subject, s0 = low, subject[4:], s0 + 4     # "..., X, and federal deputy Y took part in the meeting"
        if hit is None:
            continue
        title, name = hit
        start = s0 + max(0, subject.rfind(name))
        if any(a <= start < b for a, b in taken):
            continue
        found.append(Mention(name, title, start, m.end("subject"), context_role(text, s0, m.end("subject")),
                             s0 if title else -1))
        taken.append((s0, m.end("subject")))
    according_speakers(subjects, found)
    present_too(text, found, taken, known_officials)
    agency_frames(text, found, taken, known_officials)
    for m in OBJECT_LIST_RE.finditer(text):
        if other_objects(text, m, lead_end, announcement):
            continue
        # the object of a contact names people: a title may end in a lower-case role and a bare
        # name stands alone ("held separate meetings with A and B, who are ...")
        add_title_first(found, taken, text, list_items(text, m.end(), len(text)), relaxed=True)
    title_comma_names(text, found, taken, lead_end)
    for m in _SAID_BY_RE.finditer(text):
        if lead_end is None or m.start() < lead_end or m.group("how"):
            # "..., said Vietnamese President X and visiting member of ... Y here on Thursday", "...,
            # said Chinese Vice President X while addressing the opening": speakers of this contact
            add_title_first(found, taken, text, split_items(text, m.start("list"), m.end("list")))
    for m in _PRESENT_LIST_RE.finditer(text):
        add_title_first(found, taken, text, split_items(text, m.start("list"), m.end("list")), relaxed=True)
    for m in [*_AS_WELL_AS_RE.finditer(text), *_LEADING_SIDES_RE.finditer(text)]:
        # "Members of the delegation, A, Title, and B, Title, as well as Chinese Ambassador to Laos X, were present"
        add_title_first(found, taken, text, split_items(text, m.start("list"), m.end("list")))
    if senders == "speakers":   # at a conference, "..., said SCO Secretary-General X." closing a sentence
        for m in _SAID_BY_END_RE.finditer(text):
            add_title_first(found, taken, text, split_items(text, m.start("list"), m.end("list")))
    for mention in surname_speakers(text, lambda i: _title_end(text, i)):
        if not any(a <= mention.start < b for a, b in taken) and not any(
                same_person(x.name, mention.name) or _surname_of(mention.name, x.name) for x in found):
            found.append(mention)
            taken.append((mention.start, mention.end))
    for mention in including_list(text, lead_end):
        if not any(a <= mention.start < b for a, b in taken):
            found.append(mention)
            taken.append((mention.start, mention.end))
    congratulated_speakers(text, found, taken)
    untitled_subjects(text, known_officials, found, taken, lead_end)
    news_subjects(text, known_officials, found, taken, lead_end)
    idcpc_leader_mentions(text, found, taken, lead_end)
    spokesperson_office(text, found)
    settle_roles(text, found, lead_end, lead_par_end, message=senders is True, announcement=announcement)
    if announcement:     # (after the roles: a closing block reads as told after the lead)
        issued_by_spokesperson(text, found)
    for x in found:
        ss = _sentence_start(text, x.start)
        if x.role == "participant" and lead_end is not None and x.start >= lead_end \
                and (lb := re.search(r"\b(?:led|headed|chaired)\s+by\s+(?:[\w\-.]+\s+){0,4}$|\bis\s+co-chaired\s+by\s+[^.;]{0,80}$", text[ss:x.start])) \
                and (BODY_LED_RE.match(text, ss, ss + lb.start()) or lb.group().startswith("is ") and (re.match(r"\s*The\s+(?:[A-Z][\w\-]+\s+){0,4}?(?:[A-Z]{2,8}|Party)\b", text[ss:ss + 80])
                                                                                  or re.search(r",\s+the\s+(?:[A-Z][\w\-]+\s+){0,4}?(?:[A-Z]{2,8}|Party)\s+$", text[ss:ss + lb.start()]))     # ("United Russia is chaired by Prime Minister X.")
                     or re.fullmatch(r"\s*(?:The\s+)?[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,5}\s+(?:is|was)\s+(?:currently\s+|now\s+)?", text[ss:ss + lb.start()])):
            x.role = "passing"      # "Mahat said the Nepali Congress, led by Prime Minister X, attaches ...": who leads it
    for m in _WILL_HOST_RE.finditer(text) if announcement else ():
        for x in found:     # the inviter, named in full only as such, is the host the announcement names by surname
            if x.role == "passing" and x.start < m.start() and _surname_of(m.group("surname"), x.name):
                x.role = "participant"
    extend_titles_back(text, found)
    extend_titles_also(text, found)
    found.sort(key=lambda x: x.start)
    # "a delegation of Israeli political parties including Yesh Atid and Meretz": a party, not a person
    # ("UDA Secretary General Cleophas Malala- said": a dash glued to the name is no part of it)
    # ('"Nigeria's Ambassador to China, X, was also at the meeting," the statement added': a quote opens no title)
    nepal = re.search(r"\bNepal", text) is not None
    found = [replace(x, name=_kc_after(text, x.start, _initial_before(text, x.start, given_name_before(text, full_name_of(text, drop_post_city(x.name.rstrip("-\u2013\u2014 "))), x.start)), nepal),
                     title=x.title.lstrip('"\u201c') if x.title else x.title) for x in found]
    return _merge([x for x in found if (x.title or lookup_party(x.name) is None) and not _NOT_A_NAME_RE.search(x.name)])


# "The visit is made at the invitation of Xi Jinping, ..." then "During the visit, Xi will hold talks with X"
_WILL_HOST_RE = re.compile(r"(?:^|[.]\s+|\n)(?:During\s+(?:the|his|her|their)\s+(?:visit|stay),\s+)?(?P<surname>[A-Z][a-z]+)\s+will\s+"
                           r"(?:hold\s+talks|meet)\s+with\b")


def _initial_before(text: str, start: int, name: str) -> str:
    """"...: R. Arun Kumar, Member of ...": an initial the name's reader left before it is part of it."""
    pre = text[max(0, start - 4):start]
    return pre[1:] + name if re.fullmatch(r"[\s:,(][A-Z]\. ", pre) and text.startswith(name, start) else name


def _kc_after(text: str, start: int, name: str, nepal: bool) -> str:
    """"NC spokesman Arjun Narsingh KC": in a Nepali story "KC" is a surname (Khatri Chhetri), not the
    King's Counsel a post-nominal rule would drop."""
    return name + " KC" if nepal and re.match(re.escape(name) + r" KC(?![\w.\-])", text[start:]) else name


def _surname_of(one: str, full: str) -> bool:
    """"Bierbaum" after "Heinz Bierbaum": a one-word back-reference to a full name given before."""
    t1, tf = fold(one).split(), fold(full).split()
    # (a hyphenated surname is one word as written: "Sayed-Khaiyum" after "Aiyaz Sayed-Khaiyum")
    return len(t1) == 1 and len(tf) >= 2 and t1[0] in (tf[0], tf[-1]) \
        or len(one.split()) == 1 and len(full.split()) >= 2 and fold(one) == fold(full.split()[-1])


def _short_form(m: Mention, p: Mention) -> bool:
    """"Ahmad Zahid, who is also ..." after "Ahmad Zahid Hamidi": the first two words of a longer name
    written before, as Malay and Arabic names are shortened (or its last words: "Suu Kyi" after "Aung San Suu Kyi",
    "Estivallet de Mesquita" after "Paulo Estivallet de Mesquita"; "Bafel Talabani" after "Bafel Jalal Talabani")."""
    tm, tp = fold(m.name).split(), fold(p.name).split()
    return len(tm) >= 2 and len(tp) > len(tm) and (tm == tp[:2] or tm == tp[-len(tm):]
                                                   or len(tm) == 2 and tm == [tp[0], tp[-1]]) and p.start < m.start


def _merge(found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in found:
        bare = HONORIFIC_RE.sub("", m.name)
        # "Dr Wee" after "Datuk Seri Dr Wee Ka Siong": an honorific and a surname refer back to the full name
        prev = next((p for p in found if p is not m and len(bare.split()) == 1 and bare != m.name
                     and _surname_of(bare, p.name)), None)
        if prev is not None:
            if prev.role != "participant" and m.role == "participant":
                prev.role = "participant"
            continue
        prev = next((p for p in out if same_person(p.name, m.name) or _short_form(m, p)), None)
        if prev is None:
            out.append(m)
            continue
        if prev.role != "participant" and m.role == "participant":
            prev.role = "participant"
        if not prev.title and m.title:
            prev.title = m.title
    return out
