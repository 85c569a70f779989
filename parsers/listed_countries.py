"""Countries a release lists as taking part without naming one of their people or parties.

Two readers: the countries of a message's addressee phrase ("sent a congratulatory message to Lao
President X": Laos takes part even when its head of state, the addressee, does not), and the
countries of a list of those taking part ("representatives of political parties of A, B and C",
"the embassies of over 70 countries in China, including A, B and C", "the ambassadors of A, B and C
to China raised questions"). A list of another stop of a trip, of a gathering still to come, or of
a situation ("neighbouring countries such as Mali") gives none.
"""
from __future__ import annotations

import re

from parsers.gazetteer import find_countries
from parsers.trip_hosts import on_earlier_leg, sentence_bounds

__all__ = ["addressee_countries", "listed_countries"]


# "sent a congratulatory message to Lao President X", "congratulated Cambodia on ...": the country the
# message goes to takes part even when its addressee, a head of state, does not
_TO_COUNTRY_RE = re.compile(r"\b(?:(?:message|letter|cable|telegram|congratulations|condolences)\s+(?:of\s+\w+\s+)?to"
                            r"|congratulated|condoled\s+with)\s+(?P<to>(?:the\s+)?[A-Z][^,.;]{0,60})")


def addressee_countries(body: str, start: int, end: int, countries) -> set[str]:
    """Countries named in the addressee phrase of a message's first sentence, body[start:end]
    (`countries`: the gazetteer's mentions of the body)."""
    out: set[str] = set()
    for m in _TO_COUNTRY_RE.finditer(body, start, end):
        out |= {c.code for c in countries if m.start("to") <= c.start < m.end("to") and c.code != "CN"}
    return out


# (not a body's name: "members of the Economic Community of West African States, including Nigeria")
# Countries listed as taking part (events.build_events adds them); "the embassies of over 70
# countries in China, including A, B and C", "25 countries in the region, including ...", "30 countries
# along the Belt and Road, including ..." too.
_LISTED_RE = re.compile(
    r"\b(?:countries|(?<!United )(?<!Federated )(?-i:states))\s*(?:and\s+regions\s*)?(?:(?:in|along|across|of)\s+(?:the\s+)?[\w\-]+(?:\s+(?:and\s+)?[A-Z][\w\-]+){0,3}\s*)?,?\s*(?:including|such\s+as|like|namely|among\s+them|from)\s+"
    r"(?P<list>(?=(?:the\s+)?(?-i:[A-Z\u00C0-\u00DE]))[^.;]{3,400})", re.IGNORECASE)     # (not "agreements ... of the two countries, including on the corridor between A, B and C")
# "representatives of major political parties of Kazakhstan, Kyrgyzstan and Tajikistan",
# "a delegation of 20 political party officials from Mexico, Panama and Costa Rica"
_PARTIES_OF_RE = re.compile(
    r"\b(?:political\s+parties|parties|delegations|representatives|leaders|politicians"
    # ("more than 30 party members and officials from Fiji, Papua New Guinea and Samoa")
    r"|(?:political\s+)?party\s+(?:officials|cadres|members)(?:\s+and\s+(?:officials|cadres|members))?)\s+(?:of|from)\s+"
    r"(?P<list>(?:the\s+)?[A-Z][\w'\-]*(?:\s+(?:of\s+)?[A-Z][\w'\-]*)*"       # "Democratic People's Republic of Korea"
    r"(?:\s*(?:,|and|,\s*and)\s+(?:the\s+)?[A-Z][\w'\-]*(?:\s+(?:of\s+)?[A-Z][\w'\-]*)*)*)")
# ("More than 200 participants from political parties, think tanks and media of Bangladesh, Maldives and Nepal attended")
_PARTIES_TANKS_MEDIA_RE = re.compile(r"\b(?:participants|representatives|delegates)\s+(?:from|of)\s+(?:political\s+)?parties,\s+think\s+tanks,?\s+"
                                     r"and\s+(?:the\s+)?media\s+(?:of|from|in)\s+(?P<list>[A-Z][^.;]{3,200}?)(?=[.;]|\s+(?:attended|took\s+part)\b|$)")
# "Messages were also received on Wednesday from political parties in Cambodia, Mongolia, Nepal and Pakistan."
_FROM_PARTIES_IN_RE = re.compile(r"\b(?:received|sent)\b[^.;]{0,40}?\bfrom\s+(?:(?:political\s+)?parties|party\s+leaders)\s+in\s+"
                                 r"(?P<list>[A-Z][^.;]{3,200}?)(?=[.;]|$)")
# "scholars from think tanks in Kenya, Uganda and Tanzania", "experts of research institutes of A and B":
# the countries of the institutions of those taking part
_INSTITUTIONS_IN_RE = re.compile(
    r"\b(?:scholars|experts|researchers|academics|representatives|members|journalists)\s+(?:of|from)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:think\s+tanks|universities|research\s+institut(?:es|ions)|institutes|media\s+outlets)\s+(?:in|of|from)\s+"
    r"(?P<list>(?:the\s+)?[A-Z][\w'\-]*(?:\s+(?:of\s+)?[A-Z][\w'\-]*)*"
    r"(?:\s*(?:,|and|,\s*and)\s+(?:the\s+)?[A-Z][\w'\-]*(?:\s+(?:of\s+)?[A-Z][\w'\-]*)*)*)")
# "representatives of political parties and think tanks from Pakistan, Nepal and Sri Lanka spoke",
# "Ambassadors and diplomats of Cuba, Laos and Viet Nam attended": the listed countries take part.
_FROM_LIST_RE = re.compile(
    r"\b(?:[Rr]epresentatives?|[Dd]elegations?|[Ll]eaders?|[Pp]articipants?|[Gg]uests?|heavyweights|[Oo]fficials|[Mm]embers"
    r"|[Aa]mbassadors|[Dd]iplomats|[Ee]nvoys|[Ss]peakers|[Ss]cholars|[Ee]xperts|[Dd]elegates)\s+"
    # ("officials of political parties, civil society organizations, and media workers from A, B ... were present")
    # ("More than 80 representatives from parties in Egypt, Jordan, ... and other Arab countries are attending")
    # ("Some 30 officials from ruling and other major parties of A, B and C are attending")
    r"(?:(?:of|and|from)\s+[^.;]{0,100}?\s+)?(?:from|of)\s+(?:(?:political\s+)?parties\s+in\s+)?(?P<list>(?:the\s+)?[A-Z][^.;]{3,300}?)\s+"
    # ("... opened on September 10, with party leaders and lawmakers from A, B and C in attendance")
    r"(?:attended|took\s+part|participated|were\s+present|joined|spoke|delivered|made\s+speeches|addressed|gave|raised|asked|in\s+attendance"
    r"|(?:are|were)\s+(?:also\s+)?(?:attending|taking\s+part|participating)"     # ("... from A, B and C are attending the seminar")
    r"|will\s+(?:also\s+)?(?:attend|take\s+part|participate)|(?:are|is)\s+expected\s+to\s+(?:attend|take\s+part|participate))\b",     # (an announcement: "... from A, B and C will attend the dialogue")
)
# ("Other participants came from political parties in Cambodia, Indonesia, Laos, Singapore and Thailand.")
_CAME_FROM_RE = re.compile(r"\b(?:[Pp]articipants|[Dd]elegates|[Gg]uests)\s+came\s+from\s+(?:(?:political\s+)?parties\s+(?:in|of)\s+)?"
                           r"(?P<list>(?:the\s+)?[A-Z][^.;]{3,300}?)(?=[.;]|$)")


# "More than 200 envoys attended the briefing, among them diplomats from Guinea, Guinea-Bissau and ..."
_AMONG_THEM_RE = re.compile(r"\b(?:among\s+them|including)\s+(?:[\w\-]+\s+){0,2}?(?:diplomats|envoys|ambassadors|representatives"
                            r"|delegates|guests|participants|officials)\s+(?:from|of)\s+(?P<list>[^.;]{3,300})")


# "The delegation is composed of Members of the European Parliament from Germany, Italy and Portugal"
_DELEGATION_FROM_RE = re.compile(r"\b[Dd]elegation\s+(?:is|was|consists|consisted|comprises|comprised|includes|included)\s+"
                                 # (not the leader's own route: "is led by X, ..., who arrived in Phnom Penh from Singapore")
                                 r"(?:(?:composed|made\s+up|comprised)\s+of\s+|of\s+)?(?:(?!\b(?:arrived|came|returned|travell?ed)\b)[^.;]){0,120}?\bfrom\s+(?P<list>(?:the\s+)?[A-Z][^.;]{3,200})")


# "representatives of Bangladeshi, Nepali, Pakistani and Sri Lankan political parties", "a study group of
# young leaders of Ghanaian, Kenyan and Zambian political parties": countries listed by their adjectives
_ADJ = r"[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?"
_ADJECTIVE_LIST_RE = re.compile(rf"\b(?:of|from)\s+(?P<list>{_ADJ}(?:,\s+{_ADJ})*,?\s+and\s+{_ADJ})\s+(?:political\s+)?parties\b")
_TO_COME_RE = re.compile(r"\b(?:will\s+be|will\s+(?:bring|gather)|to\s+be\s+held|upcoming|later\s+this\s+(?:month|year)|next\s+(?:month|year))\b")
_PARTAKING_RE = re.compile(r"\b(?:attend\w*|took\s+part|tak\w+\s+part|participa\w+|present|joined|representatives?|delegates?|guests?"
                           r"|diplomats?|envoys?|ambassadors?|parties|delegations?|leaders|officials|heavyweights|speakers|members|scholars|experts|politicians)\b", re.I)


_HAS_HOSTED_RE = re.compile(r"\b(?:has|have|had)\s+(?:also\s+|already\s+)?(?:received|hosted|welcomed)\s+(?:[\w\-]+\s+){0,3}$")
# "the CPC has sent anti-epidemic supplies to parties in a number of countries, among them A and B": aid given before
_HAS_HELPED_RE = re.compile(r"\b(?:has|have|had)\s+(?:also\s+|already\s+)?(?:sent|donated|provided|delivered|shipped)\s+(?:[\w\-]+\s+){0,2}?"
                            r"(?:supplies|aid|assistance|materials|vaccines|masks|donations)\b")
# "X has received congratulatory messages from the leaders of fraternal parties and friendly countries, including A
# and B": other senders' messages, not this one's
_HAS_RECEIVED_MESSAGES_RE = re.compile(r"\b(?:has|have|had)\s+(?:also\s+)?received\s+(?:[\w\-]+\s+){0,2}?(?:messages|letters|cables)\b")
_RECALLED_RE = re.compile(r"\brecall(?:ed|ing|s)?\s+(?:that|how)\b")
_AS_ANOTHER_RE = re.compile(r"\bas\s+(?:[A-Z][\w\-]*\s+){1,4}(?:joins|joined|attends|attended|meets|met)\b")
_LIST_STOP_RE = re.compile(r"\s+(?:attended|took\s+part|participated|joined|were\s+present)\b|,\s+(?:which|who|where|when)\b|,\s+the\s+[a-z]")


_OTHER_GATHERING_RE = re.compile(r"\b(?:[Aa]\s+similar|[Aa]n\s+earlier|[Tt]he\s+previous|[Aa]\s+previous|[Ll]ast\s+year['\u2019]s)\s+(?:[\w\-]+\s+)?"
                                 r"(?:seminar|forum|session|meeting|conference|workshop|dialogue|training)\b[^.;]{0,200}?\b(?:was|were)\s+held\b")
# "The seminar brought together more than 80 party officials and scholars from A, B and C."
# ("The three-day seminar ... also drew delegates from Ethiopia, Kenya and Uganda.")
_BROUGHT_TOGETHER_RE = re.compile(r"\b(?:(?:brought|bringing|brings|(?:will|would)\s+bring|(?:is|are)\s+(?:expected|set|due)\s+to\s+bring)\s+together|(?:also\s+)?drew)"
                                  r"\s+[^.;]{0,100}?\bfrom\s+(?P<list>(?:the\s+)?[A-Z][^.;]{3,300}?)(?=[.;]|$)")


def listed_countries(body: str, spans=()) -> set[str]:
    """Countries of a list of participants; a country inside a party's name ("Sudan" in "Sudan
    People's Liberation Movement (SPLM) of South Sudan") is the party's, not a listed one."""
    out: set[str] = set()
    for rx in (_LISTED_RE, _FROM_LIST_RE, _PARTIES_OF_RE, _INSTITUTIONS_IN_RE, _AMONG_THEM_RE, _DELEGATION_FROM_RE,
               _ADJECTIVE_LIST_RE, _BROUGHT_TOGETHER_RE, _CAME_FROM_RE, _FROM_PARTIES_IN_RE, _PARTIES_TANKS_MEDIA_RE):
        for m in rx.finditer(body):
            if on_earlier_leg(body, m.start()) or _AS_ANOTHER_RE.search(body, sentence_bounds(body, m.start())[0], m.start()) \
                    or re.match(r"\s*(?:No|Neither)\s", body[sentence_bounds(body, m.start())[0]:]):     # ("No representative of ...")
                continue    # a list of another stop of the trip, or of another's meeting ("as President X joins the leaders of")
            if _RECALLED_RE.search(body, sentence_bounds(body, m.start())[0], m.start()) or re.search(
                    r"\b(?:has|have)\s+(?:established|built|developed|maintained|kept)\s+(?:[\w\-]+\s+){0,2}?(?:ties|relations|contacts)\s+with\b",
                    body[sentence_bounds(body, m.start())[0]:m.start()]):
                continue    # "recalling that President X met leaders of Caribbean countries including A and B": the past
                            # ("the CPC has established ties with parties in many Caribbean countries, including A": standing ties)
            if _OTHER_GATHERING_RE.search(body, *sentence_bounds(body, m.start())):
                continue    # "A similar seminar for party officials from Nigeria and Kenya was held in Beijing in April."
            if rx in (_LISTED_RE, _INSTITUTIONS_IN_RE) and not _PARTAKING_RE.search(
                    body, sentence_bounds(body, m.start())[0], m.end() if rx is _LISTED_RE else m.start("list")):
                continue    # "Guinea, which is working with neighbouring countries such as Mali": a situation
            if rx in (_PARTIES_OF_RE, _INSTITUTIONS_IN_RE) and _TO_COME_RE.search(body, *sentence_bounds(body, m.start())):
                continue    # "the Assembly, which will be hosted by political parties of the ROK later this month"
            if rx is _LISTED_RE and (_HAS_HELPED_RE.search(body, sentence_bounds(body, m.start())[0], m.start())
                                     or _HAS_RECEIVED_MESSAGES_RE.search(body, sentence_bounds(body, m.start())[0], m.start())) \
                    or re.match(r"\s*Asked\s+(?:whether|if|about)\b", body[sentence_bounds(body, m.start())[0]:m.start()]):
                continue    # (aid sent before; a reporter's question: "Asked whether parties from A and B had been invited")
            if rx is _PARTIES_OF_RE and (_HAS_HOSTED_RE.search(body, sentence_bounds(body, m.start())[0], m.start())
                                         or re.search(r"\blearn(?:ing|s|ed)?\s+from\b", body[sentence_bounds(body, m.start())[0]:m.start()])):
                continue    # "In recent weeks the CPV has also received party delegations from Laos and Cambodia": earlier guests
                            # ("Jubilee was learning from many parties, including the ruling parties of A and B": models)
            base, items = m.start("list"), m.group("list")
            if rx is _LISTED_RE and (stop := _LIST_STOP_RE.search(items)):
                items = items[:stop.start()]    # "... including A, B and C attended the forum, the idea of which ..."
            found = find_countries(items)
            if rx is _ADJECTIVE_LIST_RE and not all(c.kind == "adjective" for c in found):
                continue    # every item an adjective, or no list of countries
            for c in found:
                if (c.kind == "name" or rx is _ADJECTIVE_LIST_RE) and c.code != "CN" and not any(
                        s.start <= base + c.start < s.end for s in spans):
                    out.add(c.code)
    return out
