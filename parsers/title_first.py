"""Title-first names: `General Secretary of the CPV Central Committee Nguyen Phu Trong`, split at
the last title word; each item of the lists parsers.object_lists finds (`met with U.S. Secretary
of State Antony Blinken, San Francisco Mayor London Breed and ...`) is read this way. Used by
parsers.people.
"""
from __future__ import annotations

import re

from parsers.data.party_words import FOREIGN_PARTY_WORDS
from parsers.gazetteer import city_country
from parsers.names import (GLUED_INITIAL, HONORIFIC, HONORIFIC_RE, POST_NOMINAL_RE, TITLE_NOUN, TITLE_START_RE, TITLE_TAIL, VIETNAMESE_THE_RE,
                           looks_like_org, pinyin_name, strip_acronyms)
from parsers.parties import lookup_party
from parsers.title_countries import past_country
from parsers.title_tokens import (NAME_TOKEN_RE as _NAME_TOKEN_RE, LOWER_TAIL as _LOWER_TAIL, PATRONYMICS as _PATRONYMICS, PORTFOLIO,
                                   REGION_RE as _REGION_RE, after_connector as _after_connector, bare_person as _bare_person,
                                   country_surname as _country_surname, ends_title as _ends_title, inner_particle as _inner_particle,
                                   past_known_party as _past_known_party)

__all__ = ["looks_like_org", "title_then_name", "PORTFOLIO"]

# the abbreviated roles of American agency copies ("former Sen. Max Baucus", "Rep. Rick Larsen")
_ROLE_IN_FULL = {"Gov": "Governor", "Sen": "Senator", "Rep": "Representative", "Lt": "Lieutenant"}
# (opening the subject they stay honorifics: "led by Rep. X of the ruling Y Party")
_ABBREVIATED_ROLE_RE = re.compile(r"(?<=\s)(Gov|Sen|Rep|Lt)\.(?=\s)")
_OPENING_ROLE_RE = re.compile(r"^(Gov|Sen|Rep|Lt)\.(?=\s)")
_CAPS_SURNAME_RE = re.compile(r"(?:^|(?<=\s))([A-Z]{2,6})(\s+[A-Z][a-z]+)$")


def title_then_name(subject: str, known_officials, relaxed: bool = False) -> tuple[str | None, str] | None:
    """Split `Title ... Name` (or a bare official's name) at the last title word.

    `relaxed` (after "led by"): the title may end in any lower-case word ("Party chief of China's
    Tianjin municipality Zhang Gaoli"), since the phrase is known to name one person.
    """
    # the rest of a dateline before the subject ("April 23 – Vice-Minister X of ...")
    subject = re.sub(r"^[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*\([A-Za-z ]{2,20}\))?\s*(?:[\u2013\u2014]|--|-(?=\s))\s*|^(?:while|whereas|where|and|after)\s+", "", subject.strip())
    # "President Dr. Ana Roe": a dotted honorific between the title and the name belongs to neither
    # ("Minister of Special Assignments Dr. X Y": it opens the name, whatever the title's last word)
    dotted = re.search(r"(?<=\s)(?:Dr|Mr|Mrs|Ms|Prof)\.\s+((?:[A-Z][\w'\-]+\s+){1,3}[A-Z][\w'\-]+)$", subject)
    subject = re.sub(r"(?<=\s)(?:Dr|Mr|Mrs|Ms|Prof|Hon|Rt\.\s?Hon|H\.\s?E)\.\s+(?=[A-Z])", "", subject)
    subject = re.sub(r"\s+\([Rr]e?td\.?\)(?=\s+[A-Z])", "", subject)    # "Lt Col (retd) X": a retired rank's mark
    # "Chairperson Pushpa Kamal Dahal 'Prachanda'": a quoted nickname after the name
    subject = re.sub(r"\s+['\"\u2018\u201c][A-Z][\w\-]+['\"\u2019\u201d][.,]?\s*$", "", subject)
    subject = re.sub(r"\s+(?:alias|a\.k\.a\.?|aka)\s+[A-Z][\w\-]+[.,]?\s*$|\s+\([A-Z][a-z]+(?:\s[A-Z][a-z]+)?\)$", "", subject)     # "X alias Prachanda", "X (Prachanda)", "(Dino Matross)"
    # ("Speaker Jose de Venecia Jr.": a generational suffix closes the name, after the split)
    if (sfx := re.search(r"\s+(?:Jr\.?|Sr\.?|II|III|IV)$", subject)) and (hit := title_then_name(subject[:sfx.start()], known_officials, relaxed)):
        return hit[0], hit[1] + sfx.group()
    # "Chairperson of the ... Committee for the Rule of Law and Tranquility Daw Aung San Suu Kyi": a Burmese honorific ends the title
    if (bm := re.search(r"(?<=[a-z])\s+(?:Daw|U)\s+(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}$)", subject)) and " of " in subject[:bm.start()] \
            and re.fullmatch(r"[A-Z][\w'\-]*(?:\s+(?:[A-Z][\w'\-]*|\([A-Z]{2,8}\)|of|the|for|and|on))+", subject[:bm.start()]):
        return subject[:bm.start()], subject[bm.end():]
    place = re.search(r"\s+in\s+([A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?)$", subject)
    if place and city_country(place.group(1)):
        subject = subject[:place.start()]      # "Party Chair X in Tokyo held talks": the venue is no name
    # opening the subject too when no "of" follows to give the person a party ("Sen. X represented ...")
    abbr = _ABBREVIATED_ROLE_RE.search(subject) or _OPENING_ROLE_RE.match(subject) and not (
        " of " in subject and _PARTY_ORG_RE.search(subject))     # ("Gov. X of Davao del Norte" is a governor's)
    if abbr:    # "former Iowa Gov. Terry Branstad": split as if the role were written out, keep it as written
        full = _ABBREVIATED_ROLE_RE.sub(lambda a: _ROLE_IN_FULL[a.group(1)], subject)
        hit = title_then_name(_OPENING_ROLE_RE.sub(lambda a: _ROLE_IN_FULL[a.group(1)], full, 1), known_officials, relaxed)
        return (subject[:subject.rfind(hit[1])].strip() or None, hit[1]) if hit and hit[1] in subject else hit
    caps = _CAPS_SURNAME_RE.search(subject)
    if caps and pinyin_name(caps.group(1).title() + caps.group(2)):
        # "led by H.E JIANG Xinzhi": a surname in capitals, read as a name and kept as written
        hit = _title_then_name(subject[:caps.start(1)] + caps.group(1).title() + caps.group(2), known_officials, relaxed)
        return (hit[0], hit[1].replace(caps.group(1).title(), caps.group(1), 1)) if hit else None
    hit = _title_then_name(subject, known_officials, relaxed)
    if hit and hit[0] and (ab := re.match(r"(?:Abroad|Overseas)\s+(?=[A-Z])", hit[1])):   # "Minister of ... and Nigeriens Abroad X"
        hit = (f"{hit[0]} {ab.group().strip()}", hit[1][ab.end():])
    if hit and hit[0] and any(pinyin_name(n) for n in re.findall(r"\b([A-Z][a-z]+ [A-Z][a-z]+) and\s", hit[0])):
        return None     # "top legislator Zhang Dejiang and top political advisor Yu Zhengsheng": two people, not one's title
    if hit and hit[0] and dotted and hit[1].endswith(" " + dotted.group(1)):
        hit = (f"{hit[0]} {hit[1][:-len(dotted.group(1))].strip()}", dotted.group(1))
    if hit is None and relaxed and (re.fullmatch(GLUED_INITIAL, subject.strip()) or VIETNAMESE_THE_RE.fullmatch(subject.strip())):
        return None, subject.strip()    # "The MPP delegation includes Ts.Nyamdorj and ...": a glued initial's name alone ("led by Dinh The Huynh")
    if hit is None and re.search(r"\s\([A-Z][\w\-]{1,10}(?:\s[A-Z]{2,5})?\)\s", subject):
        # "Communist Party of Vietnam (CPV) General Secretary Nguyen Phu Trong": the acronym inside the title ("(ZANU PF)")
        hit = _title_then_name(re.sub(r"\s\([A-Z][\w\-]{1,10}(?:\s[A-Z]{2,5})?\)(?=\s)", "", subject), known_officials, relaxed)
    if hit is None and " of " in subject:
        # "Secretary General Hiroshi Moriyama of the Liberal Democratic Party", "Vice-Minister X of the
        # International Department of the CPC ...": the name sits between the role and the organisation
        # (the first " of " whose head is a role and a name).
        for m in re.finditer(" of ", subject):
            head, org = subject[:m.start()], subject[m.end():]
            inner = _title_then_name(head, None, relaxed)
            if inner is not None and inner[0] is not None and not org.strip().startswith(("a ", "an ")):
                return f"{inner[0]} of {strip_acronyms(org.strip())}", inner[1]
            if inner is not None and relaxed and _PARTY_ORG_RE.match(org):
                # "a delegation led by Rep. X of the ruling Democratic Party of Korea": the party is his
                return strip_acronyms(org.strip()), inner[1]
    return hit


def _party_split(hit: tuple[str | None, str] | None) -> bool:
    """"Secretary General of Chama Cha Mapinduzi" split as title "... of Chama" and name "Cha
    Mapinduzi": the "name" ends a party the dictionary knows, so there is no person here."""
    if hit is None or not hit[0]:
        return False
    head = hit[0].split()
    if head[-1] in FOREIGN_PARTY_WORDS:
        return True     # "President of Parti Amanah Negara": a party's own-language name, no person
    return any(lookup_party(" ".join(head[len(head) - k:] + [hit[1]])) for k in range(0, min(3, len(head)) + 1))


def _title_then_name(subject: str, known_officials, relaxed: bool) -> tuple[str | None, str] | None:
    hit = _split_title_name(subject, known_officials, relaxed)
    if hit and (h := HONORIFIC_RE.match(hit[1])) and re.fullmatch(GLUED_INITIAL, hit[1][h.end():]):
        hit = (hit[0], hit[1][h.end():])     # "Chairman of the MPP Mr U.Enkhtuvshin": the honorific is neither
    return None if _party_split(hit) else hit


def _split_title_name(subject: str, known_officials, relaxed: bool) -> tuple[str | None, str] | None:
    subject = re.sub(r"^(?:During the visit|Meanwhile|Later|Also|In addition|Today|Led by|Headed by|(?:at|in|during) which)\s*,?\s*", "", subject)
    subject = subject.strip()
    subject = re.sub(rf"^(?:{HONORIFIC}\s+)+", "", subject)
    tokens = list(re.finditer(r"\S+", subject))
    if len(tokens) < 2:
        return None
    # the name is the trailing run of capitalised tokens after the last title word, found from the
    # right: the end of the title ("... Armenian National Assembly", "Minister of Economy") is glued
    # onto the name otherwise.
    k = len(tokens)
    if tokens[-1].group() in _PATRONYMICS and len(tokens) > 2:
        k -= 1
    if _country_surname(tokens):
        k -= 1      # "former Prime Minister Madhav Kumar Nepal": a surname that is also a country's name
    while k > 0 and (_NAME_TOKEN_RE.match(tokens[k - 1].group()) and not _ends_title(tokens[k - 1].group())
                     or _inner_particle(tokens, k - 1) and k < len(tokens)
                     or re.match(r"^(?:[A-Z]\.){2,3}$", tokens[k - 1].group()) and k < len(tokens)):   # "K.P. Sharma Oli"
        k -= 1
    k_run = k
    if k < len(tokens) - 1 and re.fullmatch(GLUED_INITIAL, tokens[-1].group()):
        k = len(tokens) - 1     # "Mayor of Ulaanbaatar M.Enkhbold": a name with a glued initial is one word
    if 1 < k < len(tokens) - 2 and tokens[k - 1].group() == "in" and city_country(tokens[k].group()):
        k += 1      # "Chinese Ambassador in Kathmandu Chen Song": the post's city ends the title
    if len(tokens) - k == 1 and k > 0 and HONORIFIC_RE.match(tokens[k - 1].group() + " ") \
            and not re.fullmatch(GLUED_INITIAL, tokens[k].group()):     # (not "Mr U.Enkhtuvshin")
        k -= 1              # "Prime Minister Sheikh Hasina": dropping the honorific would leave one word
    while k < len(tokens) and TITLE_TAIL.match(tokens[k].group()) and re.match(r"^[A-Z]\.$", tokens[k].group()):
        k += 1                      # a lone initial opens no name ("K.P. Sharma Oli" does)
    k0 = k
    k = past_country(subject, tokens, k)
    if k == k0:
        # "... of Nur Otan Askar Myrzakhmetov": a dictionary party opening the run ends the title
        kp = _past_known_party(tokens, k) if k > 0 else k
        k = kp if kp > k else _after_connector(tokens, k)
    # "Senate President Samdech Techo Hun Sen": honorifics between the title and the name are
    # neither (unless dropping them would leave one word: "Prime Minister Sheikh Hasina")
    hon = HONORIFIC_RE.match(subject[tokens[k].start():]) if k < len(tokens) else None
    if hon and len(subject[tokens[k].start() + hon.end():].split()) >= 2:
        title_end = tokens[k].start()
        while k < len(tokens) and tokens[k].start() < title_end + hon.end():
            k += 1
    else:
        title_end = tokens[k].start() if k < len(tokens) else len(subject)
    if k > 0 and _MEDIUM_RE.fullmatch(tokens[k - 1].group()):
        return None     # "Editor-in-Chief of the newspaper Correio do Planalto": the run names the paper
    if k > 1 and tokens[k - 1].group() == "party" and tokens[k - 2].group() != "the" and len(tokens) - k >= 3:
        k += 1          # "General Secretary of the French party Renaissance Stephane Sejourne" ("of the party X Y Z" names X)
        title_end = tokens[k].start()
    if 2 <= k < len(tokens) and tokens[k - 1].group() == "Sultan" and re.match(r"(?:al|el|as|ash|ad|ar|az|at|an)-[A-Z]", tokens[k].group()) \
            and _ends_title(tokens[k - 2].group()):
        k -= 1      # "Assistant Secretary-General Sultan al-Barakani": after a title, "Sultan" is a given name
        title_end = tokens[k].start()
    name_tokens = tokens[k:]
    while len(name_tokens) > 2 and POST_NOMINAL_RE.fullmatch(" " + name_tokens[-1].group()):
        name_tokens = name_tokens[:-1]      # "Political Leader Kamla Persad Bissessar SC"
    glued = len(name_tokens) == 1 and re.fullmatch(GLUED_INITIAL, name_tokens[0].group())     # "(MPRP) S.Batbold"
    # ("Ambassador to China Moin-ul-Haque": one word joined by an Arabic particle)
    glued = glued or len(name_tokens) == 1 and re.fullmatch(r"[A-Z][a-z]+-(?:ul|ud|ur|uz|al|el|ad|ud-din)-[A-Z][a-z]+", name_tokens[0].group())
    if len(name_tokens) < 2 and not glued or len(name_tokens) > 5 or re.match(r"^[A-Z]\.$", name_tokens[-1].group()) \
            or name_tokens[0].group()[:1].islower():    # "... of Davao del Norte": a place's particle opens no name
        return None
    name = " ".join(t.group() for t in name_tokens)
    if looks_like_org(name) or _REGION_RE.search(name):
        return None         # "... parties in Western Europe": a place is not a name
    if k == 0:
        if known_officials and known_officials(name):
            return None, name
        if relaxed and len(name_tokens) <= 4 and _bare_person(name):
            return None, name       # "a delegation ... headed by Sergei Stanishev": one person, untitled
        return None
    title = subject[:title_end].strip()
    title = re.sub(rf"^(?:{HONORIFIC}\s+)+", "", title)
    title = re.sub(r"^(?:between\s+|among\s+|by\s+)?(?:(?:[Aa]n?|[Tt]he)\s+)?", "", title)   # "a senior official of ...", "a meeting between X"
    if re.search(r"\b(?:the|of|a|an|to|for|in|la|le|les|de|du|des|pour|et|del|los|las|da|do|das|dos|y|für|und)$", title):
        return None         # "President of the Party of the European Left": a title never ends in "the"
    if re.match(r"(?:succeed|replac)(?:s|ed|es|ing)?\s|(?:(?:other\s+)?(?:major\s+|main\s+|ruling\s+)?(?:party|parties|movement|coalition|front|alliance)\s+)(?:[a-z]+ing|behind)\s", title):
        return None         # "X, the Deputy President, succeeds President Y, who has led ...": a predecessor, no title;
                            # "the party backing President X": the party's patron, no title of its own
    last = title.split()[-1].strip("()")
    lower_role = bool(_LOWER_TAIL.match(last))
    # "head of EPRDF office Shiferaw Shigute": a title opening with its role word may end in any word
    relaxed = relaxed or bool(re.match(rf"(?-i:[A-Z][A-Z\-\u00C0-\u00DE]{{1,8}}\s+(?:[a-z]+\s+){{0,2}}|[A-Z][a-z]+-[A-Z]{{1,4}}\s+)?{TITLE_NOUN}s?\b", title, re.IGNORECASE))   # ("PDI-P chairman for foreign affairs X")
    # ("the ruling party's secretary for administration X", "ZANU PF secretary for administration X": a portfolio after "for")
    relaxed = relaxed or bool(re.match(rf"(?:(?:ruling|governing)\s+)?(?:party['\u2019]s\s+|party\s+|(?-i:[A-Z\u00C0-\u00DE]{{2,8}}\s+){{1,2}}){TITLE_NOUN}\s+for\s+[a-z]", title, re.IGNORECASE))
    # "ruling Indian National Congress party President X": a party's standing may open a title
    opened = _PARTY_OPENING_RE.sub("", re.sub(r"^(?:ruling|governing|opposition|main\s+opposition)\s+(?=[A-Z])", "", title))
    if not (TITLE_START_RE.match(title) or lower_role or TITLE_START_RE.match(opened)):
        return None         # "Senior Communist Party of China (CPC) official Cai Qi": the role word comes last
    # "... of the Communist Party of Nepal (Unified Marxist-Leninist) K.P. Sharma Oli": a body's
    # parenthesised qualifier ends the title as its last word would
    closed = bool(re.search(r"\b(?:Party|Congress|Front|Movement|Union|League|[A-Z]{2,})\s+(?:of\s+[A-Z][\w\s]+\s)?\([^()]+\)$", title))
    if not (_ends_title(last) or lower_role or closed or k > k0 or k > k_run or (relaxed and last.islower())):
        return None
    # "Hun Sen and Song Tao met" / "the delegation met" are not a title.
    if re.search(r"\b(?:and|the delegation|delegation)\s*$", title):
        return None
    return strip_acronyms(title), name


_PARTY_ORG_RE = re.compile(r"\s*(?:the\s+)?(?:ruling\s+|opposition\s+|main\s+opposition\s+)?(?:[A-Z][\w'\u2019\-]*\s+){0,6}?"
                           r"(?:Party|Front|Movement|Congress|League)\b")
# "Communist Party of Vietnam Central Committee General Secretary": a party's name may open a title
# ("Front for the Liberation of Mozambique (FRELIMO) Secretary-General X": a body's name opening with its kind)
_PARTY_OPENING_RE = re.compile(r"^(?:[A-Z][\w'\u2019\-]*\s+){0,5}?(?:Party|Front|Movement|Congress|League|Organi[sz]ation|Union|Alliance|Peramuna|Pakshaya)"
                               r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*)?){0,2}(?:\s+\([A-Z][\w\-]{1,10}(?:\s[A-Z][\w\-]{1,16})?\))?\s+(?=[A-Z])")


_MEDIUM_RE = re.compile(r"(?:newspaper|magazine|journal|daily|weekly|paper|periodical|channel|broadcaster|website|portal)s?")
