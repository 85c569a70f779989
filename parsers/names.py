"""Name and title grammar shared by the people extractor: tokens, honorifics, title words.

Names are kept as written (surname-first orders stay), honorifics are dropped, a
nickname in parentheses right after a name is dropped. A title is the appositive
after the name; parenthesised acronyms are removed from it wherever they stand.
"""
from __future__ import annotations

import re
import unicodedata

# Upper-case initial: ASCII, Latin-1 capitals, Latin Extended-A/B (mixed case, good enough for names).
# A token may end in an apostrophe before one that holds one (the Kenyan "Anyang' Nyong'o"); a lone
# initial opens a name after a lower-case word or a comma ("..., D. Raja, National Secretary"), at a
# paragraph's start ("L. Oyun-Erdene, Chairman ...") or right after a dateline ("Ulaanbaatar, September 7th—S. Batbold, Chairman ...", read with the
# dateline blanked out by spaces); Mongolian initials may be two letters ("Ts. Nyamdorj") and may be glued to the
# name ("S.Batbold"); Filipino names hold abbreviations ("Ma. Lourdes Sta. Maria"). A nickname in brackets may stand inside a name ("Aquilino (Koko) Pimentel III"; `clean_name` drops it).
UP = "A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F"
# abbreviations that stand inside Filipino names ("Ma. Lourdes Sta. Maria"), shared by the readers that split at full stops
NAME_ABBREVIATIONS = ("Sta", "Sto", "Ma")
_ABBR = "|".join(NAME_ABBREVIATIONS)
_TOK = rf"(?:[{UP}][a-z]+['\u2019](?=\s[{UP}][a-z]*['\u2019][a-z])|[{UP}]\.(?:[{UP}]\.)+|(?:(?<=[a-z] )|(?<=[a-z]\. )|(?<=\n)|(?<=\s\s)|(?<=\u2014)|(?<=-- )|(?<=, )|(?<=\) )|(?<=[,.]\u201d )|(?<=[,.]\x22 )|(?<=[A-Z]{{2}} )|(?<=\b[A-Z]\. )|(?<![\s\S]))(?:[{UP}]|Ts|Ch|Sh|Kh|Zh|Ya|Yu|Yo)\.(?=\s[{UP}][a-z]|\s[A-Z]\.\s[{UP}][a-z])|(?:{_ABBR})\.(?=\s[{UP}][a-z])|\u02bb?[{UP}][\w\u2019'\-]*(?<![\-'])|(?:al|el|ad|ash|as|az|ar|an|at)-[{UP}][\w\u2019'\-]*)"
_PARTICLE = r"(?:ul|uulu|kyzy|ogly|oglu|qizi|gizi|bin|binti|bint|de|da|do|dos|das|del|della|di|du|van|von|der|den|la|le|al|el|y|ibn|abu|ben|e|wa)"
# Kyrgyz and Azerbaijani patronymics end the name in lower case: "Nurlanbek Turgunbek uulu"
_PATRONYMIC_TAIL = r"(?:\s+(?:uulu|kyzy|ogly|oglu|qizi|gizi)\b)?"
# (a name never runs across a paragraph break: "3 Comments" above "Chen Min'er, ..." is no part of it)
# a generational suffix closes a name: "Manuel B. Villar Jr."
_SUFFIX_TAIL = r"(?:\s+(?:Jr\.|Sr\.|Jr|Sr|II|III|IV)(?![\w.]))?"
# a peer's name with its territorial title: "Lord Collins of Highbury" (not "Lord Mayor of London")
_PEER = rf"(?:Lord|Baroness)\s+(?!(?:Mayor|Chancellor|President|Speaker|Privy|Provost|Chief)\b)[{UP}][a-z]+\s+of\s+[{UP}][a-z]+"
GLUED_INITIAL = rf"(?<![\w.])(?:[A-Z]|Ts|Ch|Sh|Kh|Zh|Ya|Yu|Yo)\.[{UP}][a-z]{{2,}}(?:-[{UP}][a-z]+)?(?![\w.\-])"
NAME = rf"(?:{_PEER}(?![^\S\n]+[{UP}])|{GLUED_INITIAL}|{_TOK}(?:[^\S\n]+(?:\([{UP}][a-z]{{1,10}}\)[^\S\n]+(?=[{UP}]))?(?:{_PARTICLE}[^\S\n]+){{0,2}}{_TOK}){{1,5}}{_PATRONYMIC_TAIL}{_SUFFIX_TAIL})"

HONORIFIC = (
    # Cambodian honorifics come alone or chained ("Samdech Techo", "Akka Moha Sena Padei Techo")
    r"(?:Samdech(?:\s+(?:Akka\s+Moha\s+Sena\s+Padei\s+Techo|Akka\s+Moha\s+Ponhea\s+Chakrey|Techo|Akka\s+Moha\s+Thipadei|Vibol\s+Sena\s+Pheakdei|"
    r"Akka\s+Moha\s+Ponhea\s+Chakry|Krolahom|Moha\s+Bo(?:r)?vor\s+Thipadei|Thipadei|Akka\s+Moha\s+Ponhea\s+Chakrei|Pichey\s+Sena))?"
    r"|Akka\s+Moha\s+Sena\s+Padei(?:\s+Techo)?|Techo(?=\s+[A-Z])"
    r"|His\s+Excellency|Her\s+Excellency|H\.\s?E\.?(?=\s)|H\s+E(?=\s+[A-Z][a-z])|HE(?=\s+[A-Z][a-z])|H\.E\.(?:Mr|Ms|Mrs|Dr)\.?(?=\s)|Dr\.?|Daw|U(?=\s+[A-Z][a-z])|Mr\.?|Mrs\.?|Ms\.?|Madam|Madame|Mme\.?"
    r"|Rt\.?\s+Hon\.?|(?:the\s+)?Hon\.|Hon(?=\s+[A-Z][a-z])|Right\s+Honourable|Honourable|Prof\.?|Professor|(?:Respected|Dear)\s+Comrade|Comrade|Cdes?\.?(?=\s+[A-Z])|Sir|Dame|Sayyid|Sayed|Tan\s+Sri|Datuk\s+Seri|Dato['\u2019]?\s+S(?:e)?ri|Datuk|Datin(?:\s+Paduka|\s+Seri)?(?=\s+[A-Z])|Dato['\u2019]?|Tun|Sheikh|Maulana|Khunying(?=\s+[A-Z])|Thura(?=\s+U\s+[A-Z])|Ndugu(?=\s+[A-Z][a-z])|Lok\s+Chumteav(?=\s+[A-Z])|Thanpuying(?=\s+[A-Z])|Pehin(?=\s+[A-Z])|Paduka(?=\s+[A-Z])|Hajj?i(?=\s+[A-Z])|Hajjah(?=\s+[A-Z])|Mawlana|Alhaji(?=\s+[A-Z])|Ato(?=\s+[A-Z][a-z])|(?:Snr|Sr|Senior|Maj|Lt|Brig)[\s-]Gen\.?(?=\s+[A-Z])|(?:Retired\s+)?(?:Lieutenant|Major|Brigadier)[\s-]General(?=\s+[A-Z][a-z])|Field\s+Marshal(?=\s+[A-Z][a-z])|T[\u00e1a]naiste(?=\s+[A-Z][a-z])|(?:Lt|Lieutenant)[\s-]Col(?:onel|\.)?(?:\s+\([Rr]e?td\.?\))?(?=\s+[A-Z][a-z])|Eng\.(?=\s+[A-Z][a-z])|Lic(?:da)?\.(?=\s+[A-Z][a-z])|Alhaja(?=\s+[A-Z])|Hajia(?=\s+[A-Z])|Begum(?=\s+[A-Z][a-z]+\s+[A-Z])|Excellency|Rev\.|Rev(?=\s+[A-Z])|Reverend|Sen\.|Rep\.|MK(?=\s+[A-Z][a-z]+\s+[A-Z])|Te\s+Beretitenti(?=\s+[A-Z][a-z])|Mohtarma(?=\s+[A-Z][a-z])"
    # Spanish forms of address in Latin American party copies ("Comandante X", "Compañera Y"), and Pakistan's "Makhdoom";
    r"|Comandante(?=\s+[A-Z][a-z])|Compa(?:\u00f1|n)er[oa]s?(?=\s+[A-Z][a-z])|Camarada(?=\s+[A-Z][a-z])|Makhdoom(?=\s+[A-Z][a-z])"
    # Liberia's "Cllr." (a counsellor at law) and Ghana's "Osagyefo" (redeemer, Nkrumah's title)
    r"|Cllr\.?(?=\s+[A-Z][a-z])|Osagyefo(?=\s+[A-Z]))"
)
HONORIFIC_RE = re.compile(rf"^(?:{HONORIFIC}\s+)+")
# a Vietnamese middle name "The" is no article: "a delegation ... led by Dinh The Huynh"
VIETNAMESE_THE_RE = re.compile(r"(?:Nguyen|Dinh|Tran|Le|Pham|Hoang|Vu|Vo|Dang|Bui|Do|Ho|Ngo|Duong|Truong|Phan)\s+The\s+[A-Z][a-z]+")

# Head nouns of titles (case-insensitive): a title must contain one among its first words.
TITLE_NOUN = (
    r"(?:minister|vice-minister|responsible|attorney-general|solicitor-general|secretary|secretary-general|president|chairman|chairmen|chairwoman|chairperson|chair|co-chairman|co-chairmen|co-chair|"
    r"leader|head|member|director|director-general|spokesperson|spokesman|spokeswoman|treasurer|treasurer-general|"
    r"ambassador|speaker|governor|mayor|premier|chief|coordinator|commissioner|representative|founder|deputy|vice|"
    r"officer|official|partner|councillor|counsellor|envoy|consul|commander|senator|mp|legislator|lawmaker|dean|professor|organiser|"
    r"organizer|convener|convenor|whip|adviser|advisor|executive|manager|king|queen|prince|emir|sheikh|"
    r"chancellor|general|administrator|rapporteur|principal|rector|editor|lieutenant|commissar|cadre|"
    r"first|second|third|prime|foreign|state|president-elect|minister-counsellor|attache|attach\u00e9|"
    r"charg\u00e9|charge|counselor|delegate|secretary-generals?|co-chairman|co-chairperson|co-president|"
    r"vice-chairman|vice-president|vice-chair|vice-chairperson|vice-chairwoman|vice-premier|ceo|founder-leader|patron|assistant|assistant-minister|co-leader|co-founder|"
    r"politician|chairmen|chairwomen|vice-chairmen|deputies|cathaoirleach|counterpart|inspector|ombudsman|prefect|fellow|researcher|flagbearer|flag-bearer|bearer|standard-bearer|"
    # a typo seen on the site ("..., Presdient of the Democrats")
    r"presdient)"
)
# A plural head noun ("co-chairs of", "Vice-ministers of") starts a shared title.
TITLE_START_RE = re.compile(rf"^(?:[^\s,;]+\s+){{0,4}}?{TITLE_NOUN}s?\b", re.IGNORECASE)

# Words that end a title when the name follows them ("... Central Committee Nguyen Phu Trong").
TITLE_TAIL = re.compile(
    r"^(?:Committee|Subcommittee|Sub-Committee|Secretary|Secretary-General|President|Chairman|Chairmen|Chairwoman|Chairperson|Chair|Leader|Minister|Ministers|Secretaries|"
    r"Vice-minister|Premier|Head|Director|Member|Speaker|Ambassador|Governor|Mayor|Spokesperson|Spokesman|Spokeswoman|Commissar|"
    r"Bureau|Council|Politburo|Party|party|Congress|Front|Movement|Assembly|Parliament|Government|Department|Leadership|Command|Presidium|Directorate|"
    r"Commission|Group|Office|Secretariat|Chancellery|Chancellor|King|Queen|Prince|Chief|Staff|State|Affairs|Relations|Duma|"
    r"Senate|Court|Republic|Kingdom|Federation|Union|Nations|Organization|Organisation|Agency|Adviser|Advisor|"
    r"Representatives?|Deputies|Envoy|Senator|Deputy|Vice-President|Secretary-General|General|Governor-General|Attorney-General|Solicitor-General|Expert|Analyst|"
    r"Counsellor|Counselor|Councilor|Councillor|Consul|Emir|Sultan|Sheikh|Excellency|Comrade|Socialists|Democrats|Republicans|"
    r"Officer|Executive|Manager|Treasurer|Coordinator|Whip|Organi[sz]er|Conven[eo]r|Lady|Inspector|Advis[eo]rs|Ombudsman|Prefect|Principal|"
    r"Liberals|Conservatives|Communists|Greens|[A-Z]{2,}[\w\-()]*|[A-Z]\.[A-Z]\.)$"
)
# Capitalised words that belong to the body or portfolio at the end of a title-first phrase, never to
# the name after it ("Head of Germany's Federal Chancellery Wolfgang Schmidt", "Minister of Economy X").
ORG_WORD_RE = re.compile(
    r"^(?:Foundation|Institute|Institution|Chancellery|Prefecture|Province|City|Town|County|District|Region|Mainland|Islands?|"
    r"Municipality|Canton|Land|Bundestag|Bundesrat|Landtag|Cabinet|Board|Faction|Caucus|Ministry|Presidency|"
    r"University|Academy|School|College|Centre|Center|Bank|Company|Corporation|Authority|Service|Forces|Army|"
    r"Police|Opposition|Alliance|Coalition|Society|Association|Club|Countries|Economy|Finance|Defence|Defense|Health|Education|"
    r"Justice|Labour|Labor|Agriculture|Trade|Industry|Culture|Tourism|Energy|Interior|Transport|Commerce|"
    r"Environment|Development|Planning|Investment|Security|Information|Communications?|Youth|Sports?|Women|"
    r"Welfare|Employment|Housing|Infrastructure|Fisheries|Mines|Mining|Water|Aviation|Highways|Ports|Shipping|Territory|Territories|Reforms?|Sector|Rada|Sejm|Knesset|Eireann|Oireachtas|Seanad|"
    r"Administration|Mobili[sz]ation|Co-?operation|Publicity|Ideology|Propaganda|Discipline|Inspection|Supervision|Elections|Training|Polic(?:y|ies)|Strateg(?:y|ies)|"
    r"Embassy|Consulate|Mission|Storting|Riksdag|Folketing|Mazhilis|Khural|Hural|Hluttaw|Majlis|Kenesh|Duma|Sabha|Jirga|Shura)$")
ROLE_END_RE = re.compile(
    r"\b(?:Secretary|Secretary-General|President|Chairman|Chairwoman|Chairperson|Chair|Leader|Minister|"
    r"Vice-minister|Premier|Head|Director|Speaker|Ambassador|Governor|Mayor|Spokesperson|Spokesman|"
    r"Chancellor|King|Queen|Prince|Chief|Adviser|Advisor|Representative|Envoy|Senator|Deputy|Counsellor|"
    r"Councilor|Councillor|Consul|Emir|Sultan|Sheikh|General|Member|MP|MEP)$", re.IGNORECASE)
# An enumeration inside a title: "Minister of Land, Infrastructure, Transport and Tourism".
ENUM_BEFORE_RE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*$")
ENUM_AFTER_RE = re.compile(r"[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+(?=\s*(?:[;.,\n]|$))")


# A parenthesised acronym: "(SPD)", "(PNDS-Tarayya)", "(CPI(M))", "(CPN (UML))", "(S&D)".
_ACRO_BODY = r"[A-Z\u00C0-\u00DE][\w&\-.'\u00C0-\u017F]*(?:\s?\([A-Z]+\))?"
ACRONYM_PAREN_RE = re.compile(r"\s*\((" + _ACRO_BODY + r")\)")


def is_acronym(s: str, known: dict[str, str] | None = None) -> bool:
    s = s.strip()
    if known and s in known:
        return True
    if len(s) > 16 or " " in s.replace(" (", "("):
        return False
    return sum(1 for ch in s if ch.isupper()) >= 2


def strip_acronyms(title: str, known: dict[str, str] | None = None) -> str:
    """Remove parenthesised acronyms wherever they stand; keep parentheses that belong to a name."""
    def repl(m: re.Match) -> str:
        return "" if is_acronym(m.group(1), known) else m.group(0)

    out = ACRONYM_PAREN_RE.sub(repl, title)
    out = re.sub(r"\s*\([A-Z]{2,8}\s+Party\)", "", out)    # "(OUR Party)", "(AK Party)": an acronym worded with "Party"
    return re.sub(r"\s{2,}", " ", out).strip(" ,;")


# post-nominals end no name: "Kamla Persad Bissessar SC", "John Roe QC", "Ann Roe OBE"
POST_NOMINAL_RE = re.compile(r"(?:,?\s+(?:SC|QC|KC|MBE|OBE|CBE|KBE|DBE|CMG|KCMG|GCMG|JP))+\s*$")


def clean_name(name: str) -> str:
    # "Visiting X", "MP Kenneth Natapei": a word before the name that is neither name nor title
    bare = HONORIFIC_RE.sub("", re.sub(r"^(?:Visiting|MP)\s+", "", name.strip()))
    # "Sheikh Hasina": an honorific whose removal would leave one word or less is part of the name
    name = bare if len(bare.split()) >= 2 or re.fullmatch(GLUED_INITIAL, bare) else name.strip()     # ("Mr U.Enkhtuvshin")
    name = re.sub(r"\s*\([^)]*\)\s*", " ", name)       # nickname "(Prachanda)"
    name = POST_NOMINAL_RE.sub("", name)
    return re.sub(r"\s+", " ", name).strip(" ,")


def drop_post_city(name: str) -> str:
    """"Consul General Karachi Li Bijian": the city of a post written between title and name."""
    words = name.split()
    if len(words) == 3 and pinyin_name(" ".join(words[1:])):
        from parsers.gazetteer import city_country     # (the gazetteer imports this module)
        if city_country(words[0]):
            return " ".join(words[1:])
    return name


def fold(s: str) -> str:
    """Lower-case, accents stripped, punctuation dropped: the key names are compared on."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"[^\w\s]", " ", s.lower())
    return " ".join(s.split())


def name_tokens(name: str) -> list[str]:
    return fold(name).split()


# Hanyu Pinyin syllables: a name made only of them ("Chen Xiaodong", "Lu Han") is written the
# mainland way, which Vietnamese, Korean, Singaporean and Taiwanese spellings are not.
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u)")
_PINYIN_TOKEN_RE = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,3}}", re.IGNORECASE)


def pinyin_name(name: str) -> bool:
    """Two or three tokens, each one to three Pinyin syllables ("Zhang Hanhui", "Yu Wei")."""
    tokens = name.split()
    return 2 <= len(tokens) <= 3 and all(t[:1].isupper() and _PINYIN_TOKEN_RE.fullmatch(t) for t in tokens)


def full_name_of(text: str, name: str) -> str:
    """"Dr Wee": an honorific and one word stand for the full name the text gives after an
    honorific elsewhere ("Datuk Seri Dr Wee Ka Siong")."""
    bare = HONORIFIC_RE.sub("", name)
    if bare == name or len(bare.split()) != 1:
        return name
    w = re.escape(bare)
    for m in [*re.finditer(rf"\b{w}(?:\s+[A-Z][a-z]+){{1,2}}\b", text), *re.finditer(rf"\b(?:[A-Z][a-z]+\s+){{1,2}}{w}\b", text)]:
        if not any(re.fullmatch(HONORIFIC, t) for t in m.group().split()) and re.search(rf"(?:{HONORIFIC})\s+$", text[max(0, m.start() - 30):m.start()]):
            return m.group()
    return name


def given_name_before(text: str, name: str, start: int) -> str:
    """"Asiedu Nketia" stands for "Johnson Asiedu Nketia" when the text wrote the fuller name earlier, right
    after a title ("NDC General Secretary Johnson Asiedu Nketia announced"): a two-word surname, not two names."""
    if len(name.split()) != 2 or name not in text[:start]:
        return name     # (the pattern below needs the name written earlier: most names skip it at once)
    for m in re.finditer(rf"\b{TITLE_NOUN}\s+([A-Z][a-z]+)\s+{re.escape(name)}\b", text[:start], re.IGNORECASE):
        given = m.group(1)
        if given[:1].isupper() and not re.fullmatch(TITLE_NOUN, given, re.IGNORECASE) and not HONORIFIC_RE.match(given + " "):
            return f"{given} {name}"
    return name


def looks_like_org(name: str) -> bool:
    """A candidate made of institution words is a body, not a person ("Great Hural", "State Duma")."""
    return bool(re.search(r"\b(?:Party|Committee|Department|Front|Movement|Congress|Union|League|Council|"
                          r"Republic|Kingdom|Federation|Association|Group|Forum|International|Parliament|"
                          r"Session|Conference|Dialogue|Summit|Seminar|Meeting|Symposium|Workshop|Parties|Initiatives?|Road|Belt|Editorial|Thought|"
                          r"Hural|Khural|Assembly|Senate|Ministry|Duma|Rada|Sejm|Majlis|Storting|Knesset|Hluttaw|"
                          r"Kenesh|Bundestag|Riksdag|Folketing|Sabha|Cabinet|Government|Secretariat|Politburo|Central|Financial|Commission|"
                          r"Cooperation|Integration|Implementation|Relations|Partnership|Organi[sz]ation|Partners|Ventures?|Capital|Holdings|Bank|Company|Corporation|Limited|Analysis|Studies|Research|Affairs|Development|Division|"
                          r"Security|Interior|Defen[cs]e|Finance|Customs|Decentrali[sz]ation|"     # a portfolio ("Interior, Public Security, ...")
                          r"Institute|Institution|Foundation|Academy|University|College|School|Centre|Center|House|Headquarters|Stadium|Plan|Elections?|Agenda|Strategy|"
                          r"Casa|Palacio|Pal[aá]cio|Quinta|Sede|"     # a building's name ("the party's headquarters, Casa Nacional")
                          # nor one made of role words ("CPP President, Senate President X")
                          r"President|Minister|Secretary|Chairman|Chairwoman|Chairperson|Speaker|Premier|Vice|"
                          r"Deputy|Director|Ambassador|Governor|Mayor|Senator|Attorney|Solicitor|Commissioner)\b", name)
                or bool(_DAY_RE.search(name))
                or bool(re.match(r"[A-Z][\w\-]*['\u2019]s\s", name)))     # a possessive ("Malaysia's Energy, Water and ... Minister")


# a day named by its occasion ("National Day", "Africa Day"), not a surname ("Jill Day")
_DAY_RE = re.compile(r"\b(?:National|Independence|Africa|Labou?r|Youth|Women['\u2019]s|Victory|Revolution|Liberation|Unity|"
                     r"Heroes['\u2019]?|May|Army|Republic|Constitution|Founding|International|World|Friendship|Party|"
                     r"Martyrs['\u2019]?|Memorial|Remembrance|Election|Children['\u2019]s|Teachers['\u2019]|Mandela)\s+Day\b")


# surnames that open a Vietnamese name ("to Nguyen Phu Trong": no place after "to")
VIETNAMESE_SURNAMES = frozenset("Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Truong Dinh Trinh".split())
