"""From person mentions to `Participant`s: side, party and country of each.

Side `cpc`: an official of the CPC officials directory, or a title naming a Chinese office
(parsers.chinese_offices: the IDCPC, a CPC committee, the Party School, "Chinese Ambassador to
...", an office of a Chinese province or city); party "Communist Party of China", country CN.
Everyone else is foreign: the party named in the title (acronyms resolved), else the party of a
Vietnamese/Lao local party office ("Secretary of the Quang Ninh Provincial Party Committee": the
CPV), else the party of the delegation the person leads, else none (an ambassador); the country
of that party, else the country the title names.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from parsers.chinese_offices import CN_TITLE_RE as _CN_TITLE_RE
from parsers.chinese_offices import is_chinese_title, local_party_office
from parsers.gazetteer import city_country, find_countries
from parsers.model import Participant, Party
from parsers.name_locators import locator_country
from parsers.names import pinyin_name
from parsers.parties import lookup_party
from parsers.party_spans import PartySpan
from parsers.person_party import party_told_around, party_spans_in as _party_spans_in
from parsers.person_roles import sentence_start
from parsers.mention import Mention

__all__ = ["resolve_participants", "CPC_PARTY", "is_chinese_title"]

CPC_PARTY = "Communist Party of China"

# a diplomat's party is not given ("special envoy" of a party leader may have one: "Raul Castro's special envoy")
_AMBASSADOR_RE = re.compile(r"\b(?:Ambassador|Charg\u00e9 d'Affaires|(?<!special )Envoy|Consul)\b", re.IGNORECASE)
_OWN_PARTY_RE = re.compile(r"\b(?:the|his|her|its|this|that)\s+party\b|\bof\s+the\s+Party\b", re.IGNORECASE)


def _official(name: str) -> bool:
    try:
        from parsers.officials import is_cpc_official
        return is_cpc_official(name)
    except Exception:
        return False


def _official_title(name: str, on: date) -> str | None:
    try:
        from parsers.officials import official_title
        return official_title(name, on)
    except Exception:
        return None


_PARTY_ORGAN_RE = re.compile(r"\b(?:Politburo|Political\s+Bureau|Central\s+Committee|Secretariat|Presidium|"
                             r"Central\s+Executive\s+Committee)\b", re.IGNORECASE)

_OF_THE_PARTY_RE = re.compile(r"\bof\s+the\s+(?:[A-Z][a-z]+\s+)?(?:ruling\s+|opposition\s+)?party$")


def era_party(party: Party | None, on: date) -> Party | None:
    """A party of South Sudan before its independence (9 July 2011) was a party of Sudan: the SPLM in 2010."""
    return replace(party, country_code="SD") if party is not None and party.country_code == "SS" and on < date(2011, 7, 9) else party


def resolve_participants(mentions: list[Mention], spans: list[PartySpan], text: str,
                         on: date, abroad: bool | None = None) -> list[tuple[Mention, Participant, Party | None]]:
    """`abroad`: the contact took place outside China (an unnamed local Party committee is the host's)."""
    out: list[tuple[Mention, Participant, Party | None]] = []
    for m in mentions:
        if m.role != "participant" or lookup_party(m.name) is not None:
            continue    # "... and A Just Russia, together with ...": a party the dictionary knows is no person
        title = m.title or _official_title(m.name, on)
        in_title = _party_spans_in(spans, m.title_start, m.end) if m.title_start >= 0 else []
        if in_title:
            # "Vice-minister of the IDCPC and Co-Chairman of the ... Association": the Chinese office comes first
            cn = _CN_TITLE_RE.search(text, m.title_start, in_title[0].end)
            is_cpc = cn is not None and bool(re.search(r"\bI?DCPC\b|\bCPC\b|Communist Party of China|Chinese Communist Party",
                                                     cn.group(0)))
            # "vice chairman of the Standing Committee of the National People's Congress": the body
            # found in the title is itself Chinese.
            is_cpc = is_cpc or bool(_CN_TITLE_RE.search(in_title[0].party.name))
        else:
            # (a bare "Party Secretary", "Governor" or "Mayor" is a Chinese office only for a Chinese name:
            # "Party Secretary Pradeep Gyawali" of the UML is not)
            bare_local = bool(title and re.fullmatch(r"(?:[Pp]arty\s+[Ss]ecretary|Governor|Mayor)", title)) and not pinyin_name(m.name)
            is_cpc = is_chinese_title(title, abroad) and not bare_local or (not m.title and _official(m.name)) or (
                _official(m.name) and not _foreign_title(title)) or _chinese_by_context(m, title, text)
        if is_cpc or m.cpc_entourage:
            out.append((m, Participant(name=m.name, side="cpc", title=title, party=CPC_PARTY, country_code="CN"), None))
            continue
        party = in_title[0].party if in_title else None
        if len(in_title) > 1 and re.search(r"['\u2019]s\s+(?:\w+\s+)?partner\s+$", text[in_title[0].end:in_title[1].start]):
            party = in_title[1].party   # "secretary general of the LDP's coalition partner Komeito"
        local = local_party_office(title)
        if party is None and local is not None:
            # "Secretary of the Quang Ninh Provincial Party Committee": an office of the CPV, named
            # as the text names it ("Communist Party of Viet Nam") when it does
            party = next((s.party for s in spans if s.party.country_code == local[1]
                          and (row := lookup_party(s.party.name)) is not None and row.name == local[0]),
                         Party(local[0], None, local[1]))
        if party is None and not (title and _AMBASSADOR_RE.search(title)):
            party = party_told_around(spans, text, m)
        if party is None and title and (_PARTY_ORGAN_RE.search(title) or _OF_THE_PARTY_RE.search(title)):
            # "Politburo member and President of the HCMA": an office of a party the release names once
            # ("Ricardo Nunez, president of the Chilean party")
            named = {s.party for s in spans}
            party = named.pop() if len(named) == 1 else None
        party = era_party(party, on)
        country = party.country_code if party else None
        if country is None and title:
            for c in find_countries(title):
                # (not the post of "a first-term lawmaker and former ambassador to Russia": his host country)
                if c.code != "CN" and not re.search(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul(?:\s+[Gg]eneral)?)\s+(?:to|in)\s+(?:the\s+)?$", title[:c.start]):
                    country = c.code
                    break
        if country is None:
            country = _title_place_country(title) or locator_country(text, m.start) or _delegation_country(text, m.start)
        out.append((m, Participant(name=m.name, side="foreign", title=title,
                                   party=party.name if party else None, country_code=country), party))
    return _cpc_list_mates(out, text)


_CONTACT_BETWEEN_RE = re.compile(r"\b(?:met|meets|received|receives|with|hosted|welcomed|talks)\b")


def _doctor_before(text: str, m: Mention) -> bool:
    """"Foreign Minister Dr. Dipu Moni": a name that reads as Pinyin, with an honorific no Chinese official is given."""
    return bool(re.search(r"\bDr\.?\s+$", text[max(0, m.start - 4):m.start]))


def _cpc_list_mates(out: list, text: str) -> list:
    """"Among the members of the delegation are Liu Jianchao, head of ... of the CPC, ..., Sun Yeli,
    minister of Culture and Tourism, ...": a Pinyin-named member of a list with a CPC official in it
    (no contact word between them), whose title names no foreign country or party, is on the CPC side too."""
    fixed = []
    for m, p, party in out:
        if p.side == "foreign" and party is None and p.country_code is None and pinyin_name(m.name) \
                and not _doctor_before(text, m) \
                and not re.match(r"\s+(?:attended|was\s+present|took\s+part)\s+from\s+the\s+(?!Chinese\b|CPC\b)[A-Z][\w\-]*\s+side\b", text[m.end:m.end + 80]):
            # (not "X attended from the LDP side, and Ambassador Y accompanied the delegation": the host's man)
            s0 = sentence_start(text, m.start)
            s1 = min(i for i in (text.find(". ", m.end), text.find("\n", m.end), len(text)) if i >= 0)
            # (not past a foreign member listed between them: "Present were A, Vice-minister of the IDCPC; Ms. B,
            # Member of the House of Representatives; C, Member of ...")
            if any(q.side == "cpc" and s0 <= n.start < s1 and n is not m
                   and not _CONTACT_BETWEEN_RE.search(text, min(n.end, m.end), max(n.start, m.start))
                   and not re.search(r"\bwhile\b", text[min(n.end, m.end):max(n.start, m.start)])     # ("..., while China's Ambassador X joined")
                   and not any(r.side == "foreign" and min(n.end, m.end) <= k.start < max(n.start, m.start) for k, r, _ in out)
                   for n, q, _ in out):
                p = Participant(name=p.name, side="cpc", title=p.title, party=CPC_PARTY, country_code="CN")
        fixed.append((m, p, party))
    return fixed


# Chambers whose name alone gives the country ("Deputy Chairman of the State Duma").
_CHAMBERS = {"State Duma": "RU", "Federation Council": "RU", "Bundestag": "DE", "Bundesrat": "DE", "Knesset": "IL",
             "Lok Sabha": "IN", "Rajya Sabha": "IN", "Verkhovna Rada": "UA", "Sejm": "PL", "Storting": "NO",
             "Riksdag": "SE", "Folketing": "DK", "Oireachtas": "IE", "Dail": "IE", "Mazhilis": "KZ",
             "Jogorku Kenesh": "KG", "Majlisi Oli": "TJ", "Oliy Majlis": "UZ", "Great Khural": "MN",
             "Pyithu Hluttaw": "MM", "Dewan Rakyat": "MY", "Cortes Generales": "ES", "Althing": "IS"}
_CHAMBER_RE = re.compile(r"\b(?:" + "|".join(_CHAMBERS) + r")\b")
# "Vietnamese cadres led by", "a Lao delegation headed by": the adjective before the group.
_LED_BY_RE = re.compile(r"(?:led|headed)\s+by\s*$")


def _title_place_country(title: str | None) -> str | None:
    """The country of a chamber or a city office a foreign title names."""
    m = _CHAMBER_RE.search(title or "")
    if m:
        return _CHAMBERS[m.group(0)]
    # "Director of ... in the administration of the Mayor of London": an office of a known city
    # ("Brussels' mayor X")
    city = re.search(r"\b(?:Mayor|Governor|City|Municipality)\s+of\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
                     r"|^([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['\u2019]s?\s+(?:[Mm]ayor|[Gg]overnor)\b", title or "")
    cc = city_country(city.group(1) or city.group(2)) if city else None
    return cc if cc != "CN" else None


def _delegation_country(text: str, start: int) -> str | None:
    """The country of the group a person leads, when only its adjective says it."""
    before = text[max(0, start - 160):start]
    if not _LED_BY_RE.search(before):
        return None
    clause = re.split(r"[.;\n]\s", before)[-1]
    codes = {c.code for c in find_countries(clause)} - {"CN"}
    return codes.pop() if len(codes) == 1 else None


_LED_CHINESE_RE = re.compile(r"\b(?:Chinese|CPC|CCP|China['\u2019]s)\s+(?:party\s+)?delegation\s+(?:led|headed)\s+by\s+$")
# a sentence's end: not the dot of "Mr.", "Dr." or an initial ("N. Ioannou")
_SENTENCE_END_RE = re.compile(r"(?<![A-Z])(?<!Mr)(?<!Ms)(?<!Dr)(?<!Mrs)(?<!Hon)[.!?]\s|\n")
_CPC_HQ_RE = re.compile(r"\bheadquarters\s+of\s+the\s+(?:Communist\s+Party\s+of\s+China|CPC|International\s+Department)\b")
_LED_BY_END_RE = re.compile(r"\b(?:led|headed)\s+by\s+(?:[^,;]{0,30}\s)?$")
_CHINESE_GROUP_RE = re.compile(r"\b(?:Chinese|CPC|CCP|China['\u2019]s)\s+(?:[\w\-()]+\s+){0,3}?(?:delegation|team|officials|group|think[\s-]tank)\b"
                               r"|\b(?:delegation|team|group)\s+(?:of|from)\s+(?:the\s+)?(?:Chinese|CPC|CCP|Communist\s+Party\s+of\s+China)\b")
_BOTH_FROM_RE = re.compile(r"(?:(?:,\s+|\s+and\s+)[A-Z][\w\-']+(?:\s+[A-Z][\w\-']+){1,3}){0,4},\s+(?:both|all)\s+(?:from|of)\s+(?P<org>[^.;\n]{5,120})")
# ("the representatives of the Communist Party of China, led by Minister X")
_DELEGATION_OF_RE = re.compile(r"\b(?:delegation|representatives)\s+(?:of|from)\s+(?:the\s+)?(?P<org>[^.;,\n]{3,140}?),?\s+(?:led|headed)\s+by\s+"
                               r"(?:its\s+|the\s+)?[^;,\n]{0,50}$")
_BARE_ENVOY_RE = re.compile(r"(?:the\s+)?(?:Ambassador|Minister[\s-]Counsell?or|Counsell?or|Charg\u00e9\s+d'Affaires|(?:Deputy\s+)?Consul(?:\s+General)?"
                            r"|(?:Deputy\s+)?Chief\s+of\s+Mission)",
                            re.IGNORECASE)
# China's state and Politburo offices, named bare ("Hui Liangyu, a Politburo member and Vice Premier")
# ("Wang Wentao, Minister of Commerce, met separately with the delegation": a Pinyin-named minister of no country)
_BARE_CN_OFFICE_RE = re.compile(r"\b(?:Vice[\s-]Premier|State\s+Councill?or|Politburo)\b"
                                # ("Yan Jinhai, chairman of the regional government, was present": a host region's head)
                                r"|(?i:\b(?:(?:vice[\s-])?chairman|(?:vice[\s-])?governor|(?:vice[\s-])?mayor)\s+of\s+the\s+"
                                r"(?:regional|provincial|municipal|autonomous\s+regional)\s+(?:people['\u2019]s\s+)?government\b)"
                                r"|^(?:Vice[\s-])?Minister\s+of\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3}$"
                                # ("Wang Zhenyao, Director-General of the Department of ... of the Ministry of Civil Affairs")
                                r"|\bof\s+the\s+Ministry\s+of\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3}$"
                                r"|^(?:Vice[\s-]?[Mm]inister|Assistant\s+Minister)$")     # "Vice-minister Lu Kang took part": the IDCPC's


_LEADS_CPC_AFTER_RE = re.compile(r"\s+(?:led|leads|headed|heads|is\s+leading|was\s+leading)\s+(?:a\s+|the\s+)?(?:high-level\s+)?"
                                 r"(?:CPC|CCP|Chinese\s+Communist\s+Party|Communist\s+Party\s+of\s+China(?:\s+\(CPC\))?)\s+delegation\b")


def _chinese_by_context(m: Mention, title: str | None, text: str) -> bool:
    """"a Chinese delegation led by X": the leader is the CPC side's; a Pinyin-named envoy titled only
    "Ambassador", or an official of "the Communist Party" with no country, in a foreign outlet's report."""
    if _LED_CHINESE_RE.search(text, max(0, m.start - 60), m.start) or any(
            _LEADS_CPC_AFTER_RE.match(text, k.end()) for k in re.finditer(re.escape(m.name), text)):
        return True     # "... Zhang Chunxian led CPC delegation visiting Croatia"
    both = _BOTH_FROM_RE.match(text, m.end)
    if both and is_chinese_title(both.group("org")):
        return True     # "accompanied by A and B, both from the International Department of the CPC ..."
    led = _DELEGATION_OF_RE.search(text, max(0, m.start - 220), m.start)
    if led and is_chinese_title(led.group("org")) and not _foreign_title(led.group("org")):
        return True     # "A delegation of the Chinese People's Association ... led by its vice president X"
    if pinyin_name(m.name) and not _foreign_title(title) and _LED_BY_END_RE.search(text, max(0, m.start - 40), m.start) \
            and _CHINESE_GROUP_RE.search(text, max(0, m.start - 300), m.start) \
            and not _foreign_title(text[max(0, m.start - 100, text.rfind(". ", 0, m.start)):m.start]):   # not "... of Japan led by X"
        return True     # "The visiting delegation of the Chinese Communist Party ..., the team led by H.E JIANG Xinzhi"
    if not (pinyin_name(m.name) and title) or _foreign_title(title) or _doctor_before(text, m):
        return False
    if re.search(r"\b(?:province|city|municipality|region|prefecture)['\u2019]s\s", title, re.I) or re.search(r"\b(?:at|of)\s+the\s+Embassy$", title) \
            and re.search(r"\b(?:Chinese|People's\s+Republic\s+of\s+China)\b[^.]{0,40}\b(?:Ambassador|Embassy)\b|\bAmbassador\s+of\s+the\s+People's\s+Republic\s+of\s+China", text):
        return True     # "the province's Governor X": the host province's; "Mr Li Song, Political Counsellor at the Embassy" of China
    if _antecedent_is_chinese(title, text, m.start):
        return True     # "Vice-President X of the school", the school named before as "the Party School of the CPC ..."
    ends = [e.end() for e in _SENTENCE_END_RE.finditer(text, max(0, m.start - 300), m.start)]
    if _CPC_HQ_RE.search(text, ends[-1] if ends else max(0, m.start - 300), m.start):
        return True     # "met at the headquarters of the CPC with the Assistant Minister ... Mr. Zhou Rui"
    return bool(_BARE_ENVOY_RE.fullmatch(title.strip()) or re.search(r"\bthe\s+Communist\s+Party\b(?!\s+of\b)", title)
                or _BARE_CN_OFFICE_RE.search(title) and not re.search(r"\bParty\b|\b[A-Z]{2,}\b", title))


# "of the school": a body the title names only by its kind, told in full earlier in the text
_ANAPHOR_RE = re.compile(r"\bof\s+the\s+(school|university|academy|institute|college|department|committee|bureau|commission|association)$")


def _antecedent_is_chinese(title: str, text: str, start: int) -> bool:
    kind = _ANAPHOR_RE.search(title.strip())
    if kind is None:
        return False
    named = list(re.finditer(rf"\b(?:[A-Z][\w'\u2019\-]*\s+){{0,5}}{kind.group(1).title()}\b(?:\s+of\s+(?:the\s+)?"
                             rf"(?:(?:[A-Z][\w'\u2019\-]*|of|the|and)\s*){{1,8}})?", text[:start]))
    return bool(named) and is_chinese_title(named[-1].group(0))


def _foreign_title(title: str | None) -> bool:
    return bool(title) and any(c.code != "CN" for c in find_countries(title))


# In a one-party state a party office names the ruling party: "Party General Secretary Nguyen Phu
# Trong" (VNA), "General Secretary ...", "Vietnamese Party General Secretary" -> the CPV.
_RULING = {"VN": "Communist Party of Vietnam", "LA": "Lao People's Revolutionary Party",
           "CU": "Communist Party of Cuba", "KP": "Workers' Party of Korea"}
_RULING_OFFICE_RE = re.compile(r"\b(?:Party\s+(?:General\s+Secretary|Central\s+Committee|Committee|Chief|Secretary)|General\s+Secretary"
                               r"|Politburo|Political\s+Bureau|Secretariat|First\s+Secretary)\b")
_BARE_PARTY_RE = re.compile(r"^(?:Vietnamese|Lao|Laotian|Cuban|Korean)\s+(?:Communist\s+)?Party$")


def ruling_party(party: Party | None, country: str | None, title: str | None, written: tuple = ()) -> Party | None:
    """The ruling party a one-party state's party office names; under the name the text writes it
    (`written`: the text's parties; "Communist Party of Việt Nam", not the dictionary's spelling)."""
    name = _RULING.get(country or "")
    if name is None or not (party is None and title and _RULING_OFFICE_RE.search(title)
                            or party is not None and _BARE_PARTY_RE.match(party.name)):
        return party
    ruled = lookup_party(name) or party
    return next((w for w in written if ruled and w.name != ruled.name
                 and (known := lookup_party(w.name)) is not None and known.name == ruled.name), ruled)
