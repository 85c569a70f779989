"""Parties a release shows taking part without naming one of their people as a participant.

The participant extractor finds parties through people ("Name, Title of Party"); these
shapes name a party that takes part in other ways, anywhere in the body:

- a list of representatives: "Representatives of the A Party, the B Party and the C
  Congress delivered speeches" (a multi-party conference lists parties, not people), or of
  leaders met: "met with X, ..., and leaders of the A Party, the B Party and other parties";
- the partners of a party dialogue: "the party dialogue between the CPC and the A Union
  and the B Union" (all parties chained after "between the CPC and");
- the counterpart's party in an appositive outside the lead: "congratulated him on his
  reelection as general secretary of the A Party";
- in a conference, a list of at least two "Name, Title of the A Party" items ("Bierbaum,
  President of the Party of the European Left, Centella, President of the ..."): the
  speakers' parties, even when the names (surnames alone) are not recognised as people.

- in a message, a party as its sender: "The A Party Central Committee said in a message";
- on a CPC trip abroad, the party whose congress the delegation attends ("attending the 9th
  Congress of the A Party");
- on a CPC trip abroad (or its announcement), the hosts: "at the invitation of the A Party and
  the B Party", "was invited by the A Party, the B Party and the government of Nepal";
- the partners named as such: "The six parties are the A, the B, ... and the F", or set out one per
  line after "The Parties participated in the meeting were as follows:".

A party named in passing (a quoted policy, "relations between the CPC and ...") matches
none of these (but see parsers.counterpart: a two-sided contact whose foreign people carry no
party takes the one foreign party the text pairs with the CPC).
"""
from __future__ import annotations

import re

from parsers.party_spans import PartySpan
from parsers.guest_lists import (ALL_PARTIES_ATTENDED_RE, ALSO_SPEAKING_RE, AMONG_SPEAKERS_RE, CO_ORGANIZERS_RE, COMING_DELEGATION_RE, CONFIRMED_INCLUDE_RE, EXPECTED_AMONG_RE,
                                 DELEGATIONS_INCLUDED_RE, DRAWN_FROM_RE, INCLUDING_EXPECTED_RE)
from parsers.trip_hosts import invitation_clauses, on_earlier_leg, sentence_bounds

__all__ = ["taking_part", "list_lines"]

_LIST_RE = re.compile(
    r"\b(?:[Rr]epresentatives?|[Ll]eaders|[Dd]elegates|[Dd]elegations?|[Hh]eads|[Ee]nvoys|[Oo]fficials|[Cc]adres"
    r"|[Mm]embers(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){1,4}(?=from\b))?)\s+(?:of|from)\s+"
    r"(?P<list>[^.;]{3,600}?)\s+(?:delivered|made|gave|attended|took\s+part|took\s+the\s+floor|participated|spoke|addressed|"
    r"(?:were|was)\s+(?:also\s+)?present|joined|shared|presented|introduced|briefed|(?:are|were)\s+(?:taking\s+part|attending|participating)"
    r"|will\s+(?:also\s+)?(?:attend|speak|take\s+part)|(?:is|are)\s+(?:also\s+)?expected\s+to\s+(?:attend|speak|take\s+part|participate)|(?:were|was)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?(?:participants|guests|attendees)"
    r"|(?:have|has)\s+confirmed\s+(?:their|its)\s+(?:attendance|participation))\b")
# "briefed heads of the A Party, the B Party and the C on the outcome of ...", "met leaders of A and B."
_BRIEFED_RE = re.compile(
    r"\b(?:briefed|met(?:\s+(?:separately\s+)?with)?|received|(?<=will\s)meet|(?<=will\salso\s)meet|(?<!\bhad\s)(?<!\bhave\s)(?<!\bhas\s)exchanged\s+views\s+with)\s+(?:the\s+)?"
    # ("exchanged views with senior members of the opposition Peoples Democratic Party (PDP)")
    r"(?:heads|leaders|leadership|representatives|delegations|a\s+(?:[\w\-]+\s+){0,3}?delegation|(?<=with\s)senior\s+members)\s+(?:of|from)\s+"
    r"(?P<list>[^.;]{3,300}?)(?:\s+(?:on|about|at|in|and\s+(?:exchanged|held|had))\b|(?=\.\s|\.$|;))")
# "met with A, leader of ..., and leaders of the B Party, the C Party and other political parties":
# the parties of a contact's object list
_OTHER_PARTIES_RE = re.compile(
    r"\b(?:met|meets|received|receives|held\s+talks)\b[^.;]{0,400}?\b(?:leaders|heads|representatives)\s+of\s+"
    r"(?P<list>(?:the\s+)?[A-Z][^.;]{3,300}?)\s+and\s+other\s+(?:political\s+)?parties\b")
# "made the remarks when meeting with X and a number of congressmen from the Democratic Party and the
# Republican Party": members of parties among those met
_MET_MEMBERS_RE = re.compile(
    r"\b(?:met|meets|meeting|received|receives|held\s+talks)\b[^.;]{0,300}?\b(?:members|congressmen|congresswomen|"
    r"lawmakers|legislators|parliamentarians|MPs|cadres)\s+(?:of|from)\s+"
    r"(?P<list>(?:the\s+)?[A-Z][^.;]{3,300}?)(?=[.;]|$|\s+(?:on|in|at|to|who|and\s+(?:exchanged|discussed|held))\b)")
# "The study group, composed of members of the A, the B and the C, is ...", "The delegation, which also
# includes members of the D and the E, is visiting ...": the parties a visiting group is made of
_MADE_OF_RE = re.compile(
    r"\b(?:delegation|group|team)\b,?\s+(?:which\s+)?(?:also\s+)?(?:(?:is|was|will\s+be)\s+)?(?:composed\s+of|made\s+up\s+of|comprising"
    r"|consisting\s+of|includes|included|including)\s+(?:[\w\-]+\s+)?(?:members|cadres|representatives|leaders|officials)\s+"
    r"(?:of|from)\s+(?P<list>(?:the\s+)?[A-Z][^.;]{3,300}?)(?=[.;]|,\s+(?:is|was|are|were)\b|,\s+(?-i:[A-Z])[\w\-]+\s+said\b|$)")
# "Members of the group also come from the A and the B.", "Senators from the A and the B were also members of the
# delegation": the parties of the delegation's members
_MEMBERS_FROM_RE = re.compile(
    r"\b(?:[Mm]embers\s+of\s+the\s+(?:group|delegation)\s+(?:also\s+)?(?:come|came|are|were)\s+(?:drawn\s+)?from\s+"
    r"(?P<list>(?:the\s+)?[A-Z][^.;]{3,300}?)(?=[.;]|$)"
    r"|(?:[Ss]enators|[Mm]embers|[Ll]awmakers|[Dd]eputies|[Rr]epresentatives|[Ll]eaders)\s+(?:of|from)\s+(?P<list2>(?:the\s+)?[A-Z][^.;]{3,200}?)\s+"
    r"(?:were|are)\s+(?:also\s+)?(?:members|part)\s+of\s+the\s+(?:delegation|group))")
# "... have confirmed their attendance, among them delegations of the A Party of Kazakhstan and the B (SDPK)"
_AMONG_THEM_RE = re.compile(r"\b(?:confirmed\s+(?:their\s+)?(?:attendance|participation)|(?:will|are\s+to)\s+(?:attend|take\s+part))[^.;]{0,60}?,\s+"
                            r"(?:among\s+them|including)\s+(?:the\s+)?(?:senior\s+)?(?:delegations|representatives|leaders)\s+(?:of|from)\s+"
                            r"(?P<list>(?:the\s+)?[A-Z][^.;]{3,300}?)(?=[.;]|$)")
# "Other speakers included a member of the Standing Committee of the A Party and a vice chairman of ... the B": their parties
# ("Speeches were also delivered by representatives of the A, the B and the C", "Speakers from the A, the B and the C also
# addressed the forum", "Also addressing the opening session were X, ..., as well as representatives of the A and the B")
_SPEAKERS_INCLUDED_RE = re.compile(r"\b(?:(?:Other\s+)?[Ss]peakers\s+(?:at\s+[^.;,]{3,60}?\s+)?(?:also\s+)?included|(?:Other\s+)?[Ss]peakers\s+from(?=\s[^.;]{3,400}?\s(?:also\s+)?(?:addressed|spoke\s+at)\b)|[Ss]peaking\s+at\s+[^.;,]{3,60}?\s+were|(?:Also\s+)?[Aa]ddressing\s+(?:the|a|an)\s+[^.;,]{3,60}?\s+were"
                                   r"|[Ss]peeches\s+(?:were|was)\s+(?:also\s+)?(?:delivered|made|given)\s+by)\s+(?P<list>(?:[^.;]|(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\.[A-Z])\.){3,400})")     # ("H.E. X")
# "The six parties are the A, the B, ... and the F": the partners of a joint venture the release reports
# ("the six parties participating in the training are ...", "The political parties represented in the delegation are ...")
_PARTIES_ARE_RE = re.compile(r"\b[Tt]he\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w\-]+\s+)?parties\s+"
                             r"(?:(?:participating|taking\s+part|represented)\s+(?:in\s+(?:the|this)\s+(?:[\w\-]+\s+){0,2}?[\w\-]+\s+)?)?"
                             r"|(?:[\w\-]+\s+)?parties\s+(?:participating|taking\s+part|represented)\s+(?:in\s+(?:the|this)\s+"
                             r"(?:[\w\-]+\s+){0,2}?[\w\-]+\s+))(?:are|were|include|included)\s+(?P<list>[^.;]{3,600})")
# "The Parties participated in the two day WG meeting were as follows:" and one party per line
_PARTIES_FOLLOW_RE = re.compile(r"\b(?:[Pp]arties|[Pp]articipants)\b[^.\n]{0,100}?\b(?:were|are|included|include)\s+(?:as\s+follows\s*)?:\s*$",
                                re.MULTILINE)
# "a seminar attended by officials of the CPC and the Communist Party of Vietnam (CPV)"
_ATTENDED_BY_RE = re.compile(
    # ("attended by A, B and senior officials of the C, the D and the E": the list's tail)
    r"\battended\s+by\s+(?:[^.;]{3,300}?\s+and\s+)?(?:[\w\-]+\s+){0,3}?(?:representatives|officials|members|delegates|leaders|delegations)\s+(?:of|from)\s+"
    r"(?P<list>[^.;]{3,300}?)(?=[.;]|$|\s+(?:on|in|at|to)\s)")
# "The conference ... was co-organized by X, the Progressive Business Forum of the African National
# Congress (ANC) and Y": a party among a conference's organisers takes part in it
_ORGANIZED_BY_RE = re.compile(
    r"\b(?:co-)?(?:organi[sz]ed|hosted|sponsored|convened)\s+(?:jointly\s+)?by\s+(?P<list>[^.;]{3,700}?)(?=[.;]|$)", re.MULTILINE)     # (six parties named in full)
# "The attendees included 120 leading cadres from six political parties in Africa - A; B; ... and F."
# ("The 25 participants come from the A, the B and the C.")
# ("Alongside the ANC, the dialogue brought together A (CCM) of Tanzania, the B, ... and the F")
_ATTENDEES_RE = re.compile(r"\b(?:(?:[Aa]ttendees|[Pp]articipants|parties\s+represented\s+at\s+the\s+(?:meeting|forum|conference|dialogue|summit))\s+(?:included|include|were|are|(?:come|came)\s+from)"
                           r"|(?:(?:dialogue|meeting|seminar|forum|conference|summit)(?:,\s+[^.;]{3,160}?,)?|(?:^|(?<=\n)|(?<=[.!?]\s))It)\s+(?:also\s+)?(?:brought|brings)\s+together)"
                           r"\s+(?P<list>[^.]{3,600})")     # ("It brings together delegations of the A, the B and the C")
# "A, B and C also addressed the plenary session, together with representatives of the D and the E"
_TOGETHER_WITH_RE = re.compile(r"\b(?:addressed|spoke\s+at)\b[^.;]{0,120}?,\s+together\s+with\s+(?:[\w\-]+\s+)?representatives\s+of\s+(?P<list>[^.;]{3,300})")
# "The New Patriotic Party (NPP) and the Convention People's Party (CPP) were also represented at the virtual summit"
# ("The A (AP) was represented by a member of its Political Commission": an unnamed envoy's party)
_ALSO_REPRESENTED_RE = re.compile(r"(?:^|(?<=\n)|(?<=[.]\s))(?P<list>(?:The\s+)?[A-Z][^.;\n]{3,300}?)\s+(?:were|was)\s+(?:also\s+represented\s+(?:at|in)"
                                  r"|(?:also\s+)?represented\s+by\s+(?:a|an|its|their)\s+(?:[\w\-]+\s+){0,3}?(?:member|official|delegation|representative|leader)"
                                  # ("The A (ANC) was represented at the dialogue by its Treasurer-General, X")
                                  r"|(?:also\s+)?represented\s+(?:at|in)\s+the\s+(?:[\w\-]+\s+){0,3}?by\s+(?:its|their)(?=\s+[A-Z]))\b")
# a roundup's addressees named as parties: "the CPC Central Committee also sent congratulatory messages to the A (AP) of
# Namibia on ..., and to the B on ..."; its senders named as parties: "Messages were also received from the A, B and C"
_SENT_TO_PARTIES_RE = re.compile(r"(?:\bsent\s+(?:[\w\-]+\s+){0,2}?(?:messages|letters)\s+to\s+(?=the\s)|(?<!Similar\s)\b(?:[Mm]essages|[Ll]etters)\s+(?:were\s+also|have\s+also\s+been)\s+"
                                 r"received\s+from\s+)(?P<list>(?:the\s+)?[A-Z][^.;]{3,400}?)(?=[.;]|$)")
# "Those who sent messages also include A, president of the B; ...; and the Central Committee of the C": a roundup's senders
_SENDERS_INCLUDE_RE = re.compile(r"\b[Tt]hose\s+who\s+sent\s+(?:messages|letters)\s+(?:also\s+)?include[sd]?\s+(?P<list>[^.]{3,600})")
# (received "also" in a roundup of messages to the CPC, not a party's own: "Leaders of parties from ... have sent messages to Xi")
_ROUNDUP_RE = re.compile(r"\b(?:[Ll]eaders|parties)\b[^.]{0,120}?\b(?:have|has)\s+sent\s+(?:[\w\-]+\s+){0,2}?(?:messages|letters)\b")
_BETWEEN_RE = re.compile(
    r"\b(?:dialogue|talks|consultations?|meeting|forum|round[\s-]?table|seminar|conference|symposium|session)"
    r"\s+between\s+(?:the\s+)?(?:CPC|Communist\s+Party\s+of\s+China(?:\s+\(CPC\))?)\s+and\s+")
# between two chained parties: an acronym, a comma, "and", "the", a possessive country ("Germany's")
_CHAIN_GAP_RE = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*,?\s*(?:and\s+)?(?:the\s+)?(?:[A-Z][\w\-]+(?:'s|\u2019s)\s+)?")
# on a trip abroad, the party whose congress the CPC delegation attends: "a CPC delegation attending
# the 9th Organizational Congress of the Ethiopian People's Revolutionary Democratic Front (EPRDF)"
_HOST_CONGRESS_RE = re.compile(r"\b(?:attend(?:s|ed|ing)?|to\s+attend)\s+the\s+(?:[\w\-]+\s+){0,4}?"
                               r"(?:[Cc]ongress|[Cc]onvention|[Cc]onference)\s+of\s+(?:the\s+)?")
# a party as the sender of a message: "The A Party Central Committee said in a message", "The
# Central Committee of the A Party sent a congratulatory message", "... extended greetings in a message"
_SENDER_RE = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?(?:\s+Central\s+Committee)?\s+(?:also\s+)?(?:(?:sent|sends|extended|extends|"
                        r"conveyed)\b[^.]{0,120}?\b(?:message|congratulations|greetings?|letter|condolences|cards?)\b"
                        r"|said\s+in\s+(?:a|its|their|the)\s+(?:[\w\-]+\s+)?(?:message|letter))")
_SENDERS_GAP_RE = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*(?:,\s*and|,|and)\s+(?:the\s+)?(?:(?:Central\s+Committee|National\s+Executive\s+Committee|Political\s+Bureau)\s+of\s+(?:the\s+)?)?")
# a roundup's sender heading run into its paragraph: "(The Central Committee of) the A Party (ACR): <words>"
_HEADING_BEFORE_RE = re.compile(r"(?:^|\n|[.!?][\"\u201d]?\s+)(?:The\s+)?(?:Central\s+Committee\s+of\s+(?:the\s+)?)?$")
_HEADING_AFTER_RE = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s+Central\s+Committee)?:\s+(?=[A-Z\"\u201c])")
# a party's organ opening a roundup's sentence as its sender
_ORGAN_BEFORE_RE = re.compile(r"(?:^|\n|[.!?][\"\u201d]?\s+)The\s+(?:[A-Z][\w\-]*\s+){1,4}of\s+(?:the\s+)?$")
_ORGAN_SAYS_RE = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?\s+(?:also\s+)?"
                            r"(?:expressed|said|wrote|wished|conveyed|extended|sent|stated)\b")
_SENT_TO_RE = re.compile(r"\bsen(?:t|ds)\s+(?:a|an|his|her|its)\s+(?:[\w\-]+\s+){0,3}?(?:message|letter|cable|telegram)\s+to\s+"
                         r"[^.;]{0,160}$")
# ("conveyed congratulations to X for leading the Hungarian Fidesz party to win the elections")
_ELECTED_RE = re.compile(r"\b(?:his|her)\s+(?:re-?election|election|appointment|reappointment)\s+as\s+"
                         r"|\bcongratulat\w+[^.;]{0,80}?\bfor\s+leading\s+")
_ROLE = (r"(?:President|Chairman|Chairwoman|Chairperson|Chair|Secretary|Leader|Head|Member|Coordinator|"
         r"Spokesperson|Spokesman|Director|Treasurer|Deputy|Vice)")
# "Centella, President of the " just before a party: a titled speaker of that party.
_TITLED_BEFORE_RE = re.compile(
    r"[A-Z\u00C0-\u00DE][\w'\-\u00C0-\u017F]+(?:\s+[A-Z\u00C0-\u00DE][\w'\-\u00C0-\u017F]+){0,3},\s+"
    r"(?=(?:[\w\-']+\s+){0,6}?" + _ROLE + r"\b)(?:[\w\-']+\s+){1,8}?of\s+(?:the\s+)?$")


_DELEGATION_CONTACT_RE = re.compile(r"\b(?:met|meets|received|receives|talks?|hosted|welcomed)\b")


def _line_end(body: str, pos: int) -> int:
    end = body.find("\n", pos)
    return end if end >= 0 else len(body)


_PAST_MONTH_RE = re.compile(r"\b(?:met|held\s+talks|received)\b[^.;]*\b(?:in\s+(?:(?:early|mid|late)[\s-])?(?:January|February|March|April|May|June|July"
                            r"|August|September|October|November|December)(?:\s+(?:19|20)\d\d)?|last\s+(?:week|month|year)|in\s+(?:19|20)\d\d)\s*$")


def _past_month(body: str, pos: int) -> bool:
    """After the lead paragraph, a sentence telling a contact of another month ("Wang met a delegation of Sudan's
    ruling NCP in Beijing in June."): an earlier occasion, whose parties take no part in this one."""
    a, b = sentence_bounds(body, pos)
    lead = re.search(r"\S[^\n]{120,}", body)
    return bool(lead and a > lead.end() and _PAST_MONTH_RE.search(body[a:b].rstrip(". ")))


_OF_ALL_RE = re.compile(r"\b(?:of|from)\s+all\s")


def taking_part(body: str, spans: list[PartySpan], etype: str) -> list[PartySpan]:
    """Spans of parties taking part by the shapes above, in order of the text."""
    out: list[PartySpan] = []
    # "U.S." must not end a list: dots of an initialism become a one-character stand-in
    masked = re.sub(r"\b(?:[A-Z]\.){2,}", lambda m: m.group().replace(".", "\u2024"), body)
    for m in list(_LIST_RE.finditer(masked)) + list(_BRIEFED_RE.finditer(masked)) + list(_OTHER_PARTIES_RE.finditer(masked)) \
            + list(_PARTIES_ARE_RE.finditer(masked)) + list(_MET_MEMBERS_RE.finditer(masked)) + list(_MADE_OF_RE.finditer(masked)) \
            + list(_MEMBERS_FROM_RE.finditer(masked)) + list(_AMONG_THEM_RE.finditer(masked)) + list(_SPEAKERS_INCLUDED_RE.finditer(masked)) \
            + list(INCLUDING_EXPECTED_RE.finditer(masked)) + list(AMONG_SPEAKERS_RE.finditer(masked)) \
            + (list(COMING_DELEGATION_RE.finditer(masked)) + list(CO_ORGANIZERS_RE.finditer(masked)) + list(CONFIRMED_INCLUDE_RE.finditer(masked)) if etype == "other" else []) \
            + (list(_SENT_TO_PARTIES_RE.finditer(masked)) + list(_SENDERS_INCLUDE_RE.finditer(masked)) if etype == "message" else []) \
            + list(_TOGETHER_WITH_RE.finditer(masked)) + list(_ALSO_REPRESENTED_RE.finditer(masked)) + list(DRAWN_FROM_RE.finditer(masked)) + list(ALSO_SPEAKING_RE.finditer(masked)) \
            + list(DELEGATIONS_INCLUDED_RE.finditer(masked)) + list(EXPECTED_AMONG_RE.finditer(masked)) \
            + (list(ALL_PARTIES_ATTENDED_RE.finditer(masked)) if _OF_ALL_RE.search(masked) else []):     # (its long list is costly: read only then)
        if on_earlier_leg(body, m.start()) or re.match(r"\s*(?:No|Neither)\s", body[sentence_bounds(body, m.start())[0]:]) \
                or _past_month(body, m.start()) or m.re is _SENT_TO_PARTIES_RE and "received" in m.group() and not _ROUNDUP_RE.search(body.split("\n")[0]):
            continue    # "Earlier in Dar es Salaam, the delegation met with leaders of the A Party": another stop
                        # ("No representative of the A or of the B attended the forum": none took part)
        g = "list" if m.re is not _MEMBERS_FROM_RE or m.group("list") else "list2"
        out += [s for s in spans if m.start(g) <= s.start < m.end(g)]
    for m in _PARTIES_FOLLOW_RE.finditer(body):
        out += _party_lines(body, m.end(), spans)
    for s in spans:
        # "the talk between Song Tao ... and the visiting Cuban Communist Party delegation": a party's
        # delegation met in a sentence that tells the contact
        a, b = sentence_bounds(body, s.start)
        if s.party.country_code != "CN" and re.match(r"\s*(?:\([^()]{1,20}\)\s*)?delegation\b", body[s.end:s.end + 40]) \
                and re.search(r"\bvisiting\s+(?:[\w\-]+\s+){0,2}$", body[max(a, s.start - 40):s.start]) \
                and _DELEGATION_CONTACT_RE.search(body, a, b):
            out.append(s)
        elif s.party.country_code != "CN" and (re.match(r"\s*(?:He|She|[A-Z][\w\-]+,\s+who)\s", body[a:a + 40]) and re.search(
                r"\b(?:is|was)\s+(?:leading|heading)\s+(?:a|an|the)\s+(?:[\w\-]+\s+)?delegation\s+of\s+(?:the\s+)?"
                r"(?:[A-Z][\w\-]+['\u2019]s\s+)?$", body[a:s.start])
                # ("X made the remarks during a meeting in Beijing with a delegation of the A Party led by ...")
                or re.search(r"\b(?:meeting|talks)\s+(?:in\s+[A-Z][\w\-]+\s+)?with\s+a\s+(?:[\w\-]+\s+)?delegation\s+of\s+(?:the\s+)?$", body[a:s.start])):
            out.append(s)   # "He is leading a delegation of the SPD on a visit to China" (", X, who is leading a
                            # delegation of Kenya's UDA, made the remarks"): the speaker's party
        elif s.party.country_code != "CN" and re.search(r"\bspoke\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?(?:ruling\s+|opposition\s+)?$",
                                                        body[max(a, s.start - 50):s.start]):
            out.append(s)   # "Minister X spoke for the ruling A (AP)": the party he spoke for
    for m in _BETWEEN_RE.finditer(body):
        pos = m.end()
        for s in spans:
            if s.start < pos:
                continue
            if not _CHAIN_GAP_RE.fullmatch(body, pos, s.start):
                break
            out.append(s)
            pos = s.end
    for m in _ELECTED_RE.finditer(body):
        _, end = sentence_bounds(body, m.end())
        nxt = [s for s in spans if m.end() <= s.start < min(end, m.end() + 160)]
        out += nxt[:1]
    if etype in ("visit", "other"):
        for a, b in invitation_clauses(body, trip=etype == "visit"):
            out += [s for s in spans if a <= s.start < b]
        for m in _HOST_CONGRESS_RE.finditer(body):
            out += [s for s in spans if s.start == m.end()][:1]
    if etype == "message":
        for i, s in enumerate(spans):
            a, b = sentence_bounds(body, s.start)
            end = s.end
            for t in spans[i + 1:]:     # "The A Party and the B Party sent congratulations as well": both send
                if not _SENDERS_GAP_RE.fullmatch(body, end, t.start):
                    break
                end = t.end
            if s.start - a <= 100 and _SENDER_RE.match(body[end:b]) or _SENT_TO_RE.search(body[a:s.start]) \
                    or re.match(r"(?:\s+of\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?,\s+in\s+(?:a|an|its)\s+(?:[\w\-]+\s+)?(?:message|letter)\s+signed\s+by\b", body[end:b]):
                # "The Communist Party of Vietnam Central Committee extended ... in a message", "sent
                # a congratulatory message to X, president of the A Party"; "the A of South Africa, in a message signed by its ..."
                out.append(s)
            elif re.fullmatch(r"\s*(?:the\s+)?", body[body.rfind("\n", 0, s.start) + 1:s.start], re.I) \
                    and re.fullmatch(r"\s*(?:\([^()]{1,20}\))?\s*", body[s.end:_line_end(body, s.end)]):
                out.append(s)       # a roundup's sender named alone on its line, its message below
            elif _HEADING_BEFORE_RE.search(body[max(0, s.start - 60):s.start]) and _HEADING_AFTER_RE.match(body, s.end):
                out.append(s)       # "... our two parties. The Central Committee of the A Party: Cuban communists ..."
            elif _ORGAN_BEFORE_RE.search(body[max(0, s.start - 80):s.start]) and _ORGAN_SAYS_RE.match(body, s.end):
                out.append(s)       # "The National Executive Committee of the A (ACR) of South Africa said that ..."
    if etype == "conference":
        for m in list(_ATTENDED_BY_RE.finditer(masked)) + list(_ORGANIZED_BY_RE.finditer(masked)) + list(_ATTENDEES_RE.finditer(masked)):
            out += [s for s in spans if m.start("list") <= s.start < m.end("list")]
        titled = [s for s in spans if _TITLED_BEFORE_RE.search(body[max(0, s.start - 140):s.start])]
        for s in titled:
            a, b = sentence_bounds(body, s.start)
            if sum(a <= t.start < b for t in titled) >= 2:
                out.append(s)
    return sorted(set(out), key=lambda s: s.start)


def _party_lines(body: str, start: int, spans: list[PartySpan]) -> list[PartySpan]:
    """The parties of the short lines after `start`, one party a line, up to the first line with none."""
    out: list[PartySpan] = []
    pos = start
    for line in body[start:].split("\n")[:60]:
        a, pos = pos, pos + len(line) + 1
        lead = len(line) - len(line.lstrip())
        if not line.strip():
            continue
        hit = [sp for sp in spans if a + lead <= sp.start and sp.end <= a + len(line)][:1]
        if not hit and re.match(r"\s*(?:the\s+)?(?:Communist\s+Party\s+of\s+China|Chinese\s+Communist\s+Party|CPC)\b", line, re.I):
            continue        # the CPC itself, listed among them
        if not hit or len(line) > 100:
            break
        out += hit
    return out


def list_lines(body: str, start: int) -> list[tuple[int, int]]:
    """Spans of the items of a list set out one per line after an introducing colon ("Those who
    sent messages include:" / "Ralph X, president of the Y;" / "The Political Bureau of the Z;"):
    in a roundup of messages every item is a sender."""
    out: list[tuple[int, int]] = []
    pos, in_list = start, False
    for line in body[start:].split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        text = line.strip()
        if not text:
            continue
        if in_list and len(text) <= 300:
            out.append((a, b))
            in_list = text.endswith((";", ","))
            if in_list:
                continue
        in_list = text.endswith(":")
        if in_list and len(text) <= 200 and text[:1].isupper():
            out.append((a, b))      # "Kazakh President X, chairman of the Y Party:" heads the sender's words
    return out
