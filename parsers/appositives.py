"""`Name, Title` appositives, and where such a title stops.

"Song Tao, Minister of the International Department of the CPC Central Committee, met ...": the
name before the comma, the title after it. The title stops where the next person of a list begins
inside it ("Communications Eamon Ryan, Secretary General of the Department of Foreign Affairs Joe
Hackett and ..."), and a capitalised run that closes a title-first item is no name of its own.
Two rarer shapes: the title in parentheses ("A (President of the B Party)") and the title glued to
the name with no comma ("led by Kim Yong-il Secretary of the WPK Central Committee").
Used by parsers.people.
"""
from __future__ import annotations

import re

from parsers.data.cities import CITIES
from parsers.gazetteer import country_code
from parsers.mention import Mention
from parsers.mononyms import one_word_names
from parsers.name_locators import located_names
from parsers.names import GLUED_INITIAL, HONORIFIC, NAME, ROLE_END_RE, TITLE_NOUN, TITLE_START_RE, clean_name, strip_acronyms
from parsers.person_lists import shared_title
from parsers.person_roles import context_role
from parsers.subject_names import looks_like_person
from parsers.title_extent import APPOSITIVE_RE as _APPOSITIVE_RE, full_title
from parsers.title_first import PORTFOLIO, looks_like_org, title_then_name

__all__ = ["appositives", "NOT_A_NAME_RE"]

# a lower-case title-first item inside a list ("..., former prime minister X,") followed by a
# capitalised title-first run closed by a comma: the list goes on after the comma
LIST_ITEM_ROLE_RE = re.compile(r"(?:,|\bwith)\s+(?:(?:former|then|deputy|vice|foreign|prime|acting|current|outgoing)\s+)*$")
NEXT_TITLE_FIRST_RE = re.compile(r"(?:[A-Z][\w\-]*\s+(?:(?:of|for|and|the)\s+)*){1,10}?[A-Z][\w\-]*,\s")
# abstract nouns end a body's name ("... Disaster Management and Social Affairs Committee"), never a person's
_ABSTRACT_RE = re.compile(r"(?:tion|sion|ment|ness|ship|ism|ity|ance|ence)$")


def next_person_at(title: str, after_role: bool) -> int | None:
    """The index of the " and "-separated piece of `title` that is itself a title-first person
    ("A, MP B and MP C", "... Affairs Joe Hackett"), or None when every piece is a title."""
    for i, piece in enumerate(re.split(r"\s+and\s+", title)):
        nested = title_then_name(piece, None)
        if nested is None or nested[0] is None:
            continue
        head, name = nested
        if ROLE_END_RE.search(head) or after_role or head in ("MP", "MPs", "Senator", "Hon."):
            return i
        if " of " in head and head[:1].isupper() and looks_like_person(name) \
                and not any(_ABSTRACT_RE.search(w) for w in name.split()):
            return i
    return None


def cut_before(title: str, piece: int) -> str:
    """The title up to the " and " that opens piece number `piece`."""
    parts = re.split(r"(\s+and\s+)", title)
    return "".join(parts[:2 * piece - 1])


# ("... League-Nawaz (PML-N) Senator X", "Communist Party of Nepal (Maoist Centre) Chairman X")
_RUN_BEFORE_RE = re.compile(r"(?<![\w'\u2019\-])(?!(?:The|A|An|During|In|On|At|With|And|But|Also)\s)"
                            r"[A-Z][\w'\u2019\-]*\s(?:(?:[A-Z][\w'\u2019\-]*|of|\([A-Z][\w\-]{1,10}(?:\s[A-Z][\w\-]{1,12})?\))\s)*$")


# "This Monday, the general secretary of the PSUV, X, held ...": a time phrase, not a name
NOT_A_NAME_RE = re.compile(r"^(?:This|That|Last|Next|Every|Each|Since|Until|From|Early|Late|In|At|During|For|With|Under|After|Before|Among|Through|Despite|Following|Alongside|Beside|Besides|Unlike|Including|Excluding)\b"
                            r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                            # "... parties of Latin America, a senior CPC official said": a region
                            r"|\b(?:America|Americas|Asia|Africa|Europe|Caribbean|Oceania)$|^(?:Far|Middle|Near)\s+East$"
                            # "visits to Yasukuni Shrine, which Chinese leaders regard as ...": a place
                            # ("will also visit Sichuan Province, the spokesperson said": a province)
                            r"|\b(?:Shrine|Temple|Mausoleum|Square|Museum|Memorial|Cemetery|Palace|Hall|Province|Prefecture|Municipality|State|Region|Township|Trees|Cup|Leagues|Wings|Agreement|Treaty|Accord)$"
                            # "OFFICIAL WEBSITE OF THE UNITED NATIONAL CONGRESS": a banner in capitals
                            r"|\b(?:OF|THE|AND|FOR)\b")
# "X, a senior Communist Party of China (CPC) official, led ...": a body named in full with its
# acronym counts as one word before the role word, as "a senior CPC official" would
_BODY_ACRONYM_RE = re.compile(r"(?:[A-Z][\w'\u2019\-]*\s+(?:of\s+(?:the\s+)?)?){1,6}\(([A-Z]{2,8})\)")
_VERB_AFTER_COMMA_RE = re.compile(r"(?:met|meets|held|holds|received|receives|visited|visits|said|says|paid|pays|"
                                  r"calling|saying|describing|noting|adding|hailing|praising|urging|stressing|"
                                  r"arrived|left|attended|attends|told|welcomed|inaugurated|opened|accompanied"
                                  # "its president, X, was elected prime minister": a predicate, not a title
                                  r"|(?:was|were|is|has\s+been|had\s+been)\s+(?:re-?elected|elected|appointed|named|sworn\s+in)"
                                  # ("The Chairman of the A, X, will pay an official visit to ...": the predicate)
                                  r"|(?:will|would)\s+(?:pay|make|lead|visit|travel|head|attend|hold))\s")


_OWN_VERB_AFTER_RE = re.compile(r"\s*,\s+(?:also\s+)?(?:led|headed|met|held|received|said|attended|addressed|spoke|delivered|chaired|co-chaired|presided)\b")
_SERVED_AS_RE = re.compile(r"who\s+(?:has\s+served|serves|served|has\s+been\s+serving)\s+as\s+(?:the\s+)?(?=[A-Z])")


def appositives(text: str) -> list[Mention]:
    """`Name, Title` mentions (and the names before "and" that share a plural title)."""
    found: list[Mention] = []
    for m in _APPOSITIVE_RE.finditer(text):
        t0 = m.end()
        if served := _SERVED_AS_RE.match(text, t0):
            t0 = served.end()   # "Hua Xin, who has served as Chinese Ambassador to Cuba since last year, attended"
        if not (TITLE_START_RE.match(text[t0:t0 + 80]) or TITLE_START_RE.match(_BODY_ACRONYM_RE.sub(r"\1", text[t0:t0 + 120]))) \
                or _VERB_AFTER_COMMA_RE.match(text, t0) or text.startswith(("as well as ", "while ", "whereas ", "according to "), t0) \
                or re.match(r"(?:in|on|at|during|after|before|from|to|by)\s+the\s|on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b", text[t0:t0 + 20]) \
                or NOT_A_NAME_RE.search(m.group("name")) or m.group("name") in CITIES:     # ("in Phnom Penh, CPP spokesman X")
            continue        # "..., Guo Yezhou, met Chairperson Nepal": a verb, not a title, after the comma
        if re.match(r"the\s+(?:[\w\-]+\s+){0,2}?(?:politician|leader|official|diplomat|visitor|guest)\s+(?:said|told|added|stressed|noted|stated)\b", text[t0:t0 + 80]):
            continue        # "after a meeting with the head of ..., X, the Angolan politician said": the speaker, another man
            # (nor a place or time: "the party's candidate, X, in the second round of the election")
        if re.search(r"\b(?:in|at|near)\s+$", text[max(0, m.start("name") - 6):m.start("name")]) \
                and (first := title_then_name(text[t0:(t1 := full_title(text, t0))], None)) is not None and first[0] is not None:
            # a place before a title-first name: "at the FPM headquarters in Mirna Chalouhi, Chinese Ambassador X"
            at = t0 + text[t0:t1].rfind(first[1])
            found.append(Mention(clean_name(first[1]), strip_acronyms(first[0]), at, at + len(first[1]), context_role(text, t0), t0))
            continue
        if re.search(r"\b(?:his|her|its|their|the\s+[\w\-]+['\u2019]s)\s+(?:\w+\s+){0,2}(?:residence|office|headquarters)\s+(?:in|at)\s+$",
                     text[max(0, m.start("name") - 60):m.start("name")]):
            continue        # "at his residence in Naya Bazaar, Chairman of ...", "the party's central office at Paris Danda, the
                            # two leaders ...": a place (the title-first subject is read later)
        if text[m.end("name"):t0].strip() in ("\u2013", "\u2014") and not re.search(
                r"\b(?:by|with)\s+$", text[max(0, m.start() - 12):m.start()]):
            continue        # a dash after a capitalised run is a dateline ("HANOI \u2014 ...") unless "led by X \u2013"
        raw = m.group("name")
        pre = title_then_name(raw, None)
        if pre is not None and pre[0] is not None and ROLE_END_RE.search(pre[0]):
            # "President Ranil Wickremesinghe, leader of ...": the name closes a title-first item, and
            # the words after the comma may well be the next person's title; keep the title before it.
            s0 = m.start("name") + raw.rfind(pre[1])
            role = context_role(text, m.start("name"))      # "a message to President X"
            role = context_role(text, s0, s0 + len(pre[1])) if role == "participant" else role
            # "the Socialist Party's Secretary General Ana Catarina Mendes, ...": a run longer than a
            # name's six words starts before the match; its first words belong to the title
            more = _RUN_BEFORE_RE.search(text, max(0, m.start("name") - 60), m.start("name"))
            ts = more.start() if more else m.start("name")
            found.append(Mention(clean_name(pre[1]), strip_acronyms(text[ts:m.start("name")] + pre[0]), s0, s0 + len(pre[1]), role, ts))
            continue
        place = re.match(r"[A-Z][\w\-]+\s+(?=\S+\s+\S)", raw)
        if place and place.group().strip() in CITIES \
                and re.search(r"\b(?:in|at)\s+$", text[max(0, m.start("name") - 4):m.start("name")]):    # exact: "Victor" is no "Victoria"
            raw = raw[place.end():]     # "received on Monday in Havana Han Wenxiu, member of ...": the place is no name
        if (seat := re.match(r"(?:[A-Z]{2,8}\s+)?(?:Headquarters|Head\s+Office|Secretariat)\s+(?=\S+\s+\S)"
                                 r"|(?:[A-Z][a-z]+\s+){1,2}(?:Palace|House|Hall)\s+(?=(?:H\.E\.\s+)?\S+\s+\S)", raw)) \
                and re.search(r"\bat\s+the\s+$", text[max(0, m.start("name") - 8):m.start("name")]):
            place, raw = seat, raw[seat.end():]     # "received ... at the CPP Headquarters H.E. X, Ambassador ...": a seat
        at_seat = bool(seat) and place is seat
        raw0, n0 = raw, m.start("name") + (place.end() if place and raw != m.group("name") else 0)
        toks = raw.split()
        drop = 1 if len(toks) >= 3 and toks[0] in PORTFOLIO else 2 if len(toks) >= 4 and toks[1] in PORTFOLIO else 0
        if drop and re.search(r"\b(?:for|of|and)\s+$", text[max(0, n0 - 6):n0]) \
                and re.match(r"(?:as\s+(?:a|an|the)\s+representative|representing)\b", text[t0:t0 + 40]):
            # "former Minister of State for Trade Mark Garnier, as a representative of ...", "Secretary
            # of Housing and Urban Development Alphonso Jackson, ...": the portfolio closes the title
            raw = " ".join(toks[drop:])
            n0 += raw0.find(raw)
        elif not at_seat and _TITLE_TAIL_BEFORE_RE.search(text, max(0, m.start("name") - 40), m.start("name")) or (
                (re.fullmatch(GLUED_INITIAL, m.group("name")) or re.search(r"\b(?:member|secretary|chairman|president)\s+$", text[max(0, m.start("name") - 12):m.start("name")])
                 and not _OWN_VERB_AFTER_RE.match(text, full_title(text, t0)))     # ("Politburo member X, President of ..., led")
                and ROLE_END_RE.search(text[max(0, m.start("name") - 40):m.start("name")].rstrip())) or re.match(
                r"who\s+(?:is|was)\s+also\b", text[t0:t0 + 20]) and re.search(
                rf"\b{TITLE_NOUN},?\s+(?:{HONORIFIC}\s+)*$", text[max(0, m.start("name") - 60):m.start("name")], re.IGNORECASE):
            # "Minister of Economy Gevorg Papoyan, Head of ...": the capitalised run closes a title-first
            # item (its start is title, not name); the list readers split such items from the right.
            # ("(DAP) secretary-general X, who is also Transport Minister", "by its president, X, who is also mayor of
            # ...": the office after "also" is a second one;
            # "Secretary-General D.Amarbayasgalan, Head of ... B.Enkhbayar and ...": a glued initial's name, the same)
            continue
        t1 = full_title(text, t0)
        title = strip_acronyms(text[t0:t1])
        own = _HONORIFIC_NAME_RE.match(text, t1)
        if own and re.search(TITLE_NOUN, title, re.IGNORECASE):
            # "the Deputy Chairman of the A Party Mr. X, Deputy Chairman - Head of the Office Mr. Y": the
            # title is Y's, who comes next; "Mr. X, Minister of Foreign Affairs and Presidential Adviser
            # Mr. Y": X's title ends at "and", Y's is the rest
            split = None if _TITLED_BEFORE_RE.search(text, max(0, m.start() - 80), m.start()) \
                else re.search(r"\s+and\s+(?=[A-Z])(?!.*\sand\s)", title)
            y_title = title[split.end():] if split else title
            found.append(Mention(clean_name(own.group("name")), y_title, own.start("name"), own.end("name"),
                                 context_role(text, t0), t0 + (split.end() if split else 0)))
            if not split:
                continue
            title, t1 = title[:split.start()], t0 + split.start()
        title = re.sub(r"^(?:who\s+(?:is|was)\s+(?:also\s+)?)?(?:(?:an?|the)\s+)?", "", title)      # "Han Dong, a member of ...", "X, who is (also) Head of ..."
        if not title or len(title) > 300 or not re.search(TITLE_NOUN, title, re.IGNORECASE) or re.match(r"(?:to|from|with|together\s+with|along\s+with)\s|[a-z]+ing\s+(?:his|her|their|its|a|an|the)\s|on\s+(?:an?|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:visit|trip|tour)\b", title):
            continue        # "A, B and other leaders are ...": the next name, whose "leaders" opened no title ("X, to President Y": an object;
                            # "X, who is making his first trip abroad", "X, who is on an official visit to China": a clause)
        # "..., Principal Deputy Adviser Jon Finer": a list of title-first items, not an appositive;
        # so is "... former president X, Speaker of Parliament Y" (X closes a title-first item).
        after_role = _ROLE_BEFORE_RE.search(text, max(0, m.start("name") - 40), m.start("name"))
        if after_role and LIST_ITEM_ROLE_RE.search(text, max(0, after_role.start() - 40), after_role.start()) \
                and NEXT_TITLE_FIRST_RE.match(text, t0):
            continue        # "with ..., former prime minister X, Leader of the A and Minister for B, C and D Y": items
        nxt = 0 if title.startswith("and ") or title == "and" else next_person_at(title, bool(after_role))
        if nxt == 0:
            continue        # "A, MP B and MP C": the next names
        if nxt is not None:     # "X, Chinese Ambassador to V and Executive Deputy Mayor Y of ...": X's title ends at "and"
            piece = re.split(r"\s+and\s+", title)[nxt]
            k = text.find(piece[:25], t0, t1)
            title, t1 = cut_before(title, nxt), (len(text[:k].rstrip()[:-3].rstrip()) if k > t0 else t1)
            nested = title_then_name(piece, None) if k > t0 else None
            if nested and nested[0] and text.find(nested[1], k) >= 0:     # "... and Tanzanian President Y": Y too
                y0 = text.find(nested[1], k)
                # ("X, special envoy of General Secretary ... and President of China Y": Y sent the envoy, and is not there)
                envoy = re.search(r"\b(?:envoy|representative|emissary)\s+of\b", title)
                # ("X, deputy chairman of the NCP and assistant to President Y": Y is X's principal, not there either)
                envoy = envoy or re.match(r"(?:special\s+)?(?:assistant|aide|advis[eo]r)\s+to\s|(?:special\s+|personal\s+)?envoy\s+of\s", nested[0])
                found.append(Mention(clean_name(nested[1]), nested[0], y0, y0 + len(nested[1]), "passing" if envoy else context_role(text, k), k))
        name = clean_name(raw)
        if len(name.split()) < 2 and not re.fullmatch(GLUED_INITIAL, name) or looks_like_org(name) or country_code(name) \
                or name.split()[-1] in _ROLE_WORDS:
            continue        # "... was held in Saudi Arabia, where President X proposed": a place, no person ("A, B, National
                            # Political Commissar, together with ...": the title of the name before)
        found.append(Mention(name, title, n0, t1, context_role(text, n0, t1), t0))
        extra = shared_title(text, m.start("name"), title, t1, t0)
        if extra:
            found[-1].title = extra[0].title
            found.extend(extra)
    found += one_word_names(text, found) + located_names(text, found)
    found += _paren_titles(text, found)
    return found + _glued_titles(text, found)


# "Speakers included A (First Vice-President of the United Socialist Party of Venezuela), B (President
# of ...)": a title in parentheses after the name
_PAREN_TITLE_RE = re.compile(rf"(?<![\w\-])(?P<name>{NAME})\s+\((?P<title>[^()]{{3,80}}?\bof\b[^()]{{2,120}})\)")


def _paren_titles(text: str, found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in _PAREN_TITLE_RE.finditer(text):
        if TITLE_START_RE.match(m.group("title")) and looks_like_person(m.group("name")) \
                and not any(x.start <= m.start("name") < x.end for x in found):
            out.append(Mention(clean_name(m.group("name")), strip_acronyms(m.group("title")), m.start("name"), m.end(),
                               context_role(text, m.start("name")), m.start("title")))
    return out


# A run of capitalised words right after "of", "to", "the" or a possessive is the end of a title.
# ("a message to Ram Shah, Chairman ...", "on the passing of Hari Rai, Founder ..." too: "of" counts only after a capitalised word.)
# An acronym in parentheses too ("Chairman of the Example Party (EP) Ann Roe, Head of ...").
_TITLED_BEFORE_RE = re.compile(rf"(?i:\b{TITLE_NOUN})\b(?:\s+(?:of|for|to|the|and|-|[A-Z][\w\-'\u2019]*))*"
                               r"(?:\s+(?:Mr|Mrs|Ms|Dr)\.?)?\s*$")
_HONORIFIC_NAME_RE = re.compile(r" (?:Mr|Mrs|Ms|Dr)\.? (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\b")
# (within the paragraph: "June 22 (Xinhua)" on the line before the lead closes no title)
# ("with head of Germany's Federal Chancellery X, ...": a lower-case role word before "of" too)
# words that end a title, never a name
_ROLE_WORDS = frozenset("Commissar Secretary President Chairman Chairperson Chairwoman Minister Commissioner Director Spokesperson "
                        "Spokesman Treasurer Coordinator Organiser Organizer Governor Ambassador".split())
_TITLE_TAIL_BEFORE_RE = re.compile(r"(?:\bthe|\bparty|\b[A-Z][\w\-]*\s+(?:of|to|for)|\w['\u2019]s|\([A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3}\)"
                                   r"|\b(?:head|chief|leader|co-leader|director|chairman|chairwoman|co-chairman|president|"
                                   r"secretary|minister|speaker|governor|mayor)\s+of)[^\S\n]+$")
_ROLE_BEFORE_RE = re.compile(r"\b(?:president|premier|minister|speaker|chairman|chairwoman|leader|secretary|senator|"
                             r"mayor|governor|member)\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Daw|U)\.?\s+|Datuk\s+(?:Seri\s+)?|Dato['\u2019]\s+(?:Sri\s+)?)?$", re.IGNORECASE)    # ("secretary Dr. X, Ambassador Y", "vice-president Datuk Seri X, Ambassador Y")


# "led by Kim Yong-il Secretary of the WPK Central Committee", "with A President of the B Party and
# C Secretary for International Relations of the B": a title after the name with no comma
_GLUED_RE = re.compile(rf"\b(?:led\s+by|headed\s+by|with|and)\s+(?P<run>{NAME})(?=\s+(?:of|for)\s)")


# a role word right after a lower-case letter and a space, before "of"/"for": where a glued pair may end
# (the full pattern is costly, so it runs only in the 80 characters before such a place)
_GLUE_HINT_RE = re.compile(r"[a-z\u00e0-\u017f] (?:President|Secretary|Chairman|Chairwoman|Vice|Deputy|Director|Head|Leader|Member"
                           r"|Minister|Ambassador|General)\b[^,.;()]{0,60}?\s(?:of|for)\s")


def _glued_titles(text: str, found: list[Mention]) -> list[Mention]:
    hits, seen = [], set()
    windows = [(max(0, h.start() - 80), h.end()) for h in _GLUE_HINT_RE.finditer(text)]
    for m in (m for a, b in windows for m in _GLUED_RE.finditer(text, a, b)):
        if m.start() in seen:
            continue
        seen.add(m.start())
        toks = list(re.finditer(r"\S+", m.group("run")))
        cut = next((t for t in toks[2:] if TITLE_START_RE.match(m.group("run")[t.start():])), None)
        name = m.group("run")[:cut.start()].strip() if cut else ""
        if name and looks_like_person(name) and not any(x.start <= m.start("run") < x.end for x in found):
            hits.append((m.start(), m.start("run"), name, m.start("run") + cut.start()))
    hits.sort()
    out: list[Mention] = []
    for k, (_, start, name, t0) in enumerate(hits):
        # the title stops where the next glued pair begins ("... of Brazil and C Secretary for ...")
        t1 = min(full_title(text, t0), hits[k + 1][0] if k + 1 < len(hits) else len(text))
        out.append(Mention(clean_name(name), strip_acronyms(text[t0:t1].strip()), start, t1, context_role(text, start, t1), t0))
    return out
