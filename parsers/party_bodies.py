"""Names that are not foreign parties though they look like one: the CPC itself, Chinese bodies,
bilateral bodies ("China-Malta and China-European Union", "Portugal China Association"), think
tanks and foundations, local Party committees, a country's parliament. Used by parsers.party_spans.
"""
from __future__ import annotations

import re

from parsers.data.officials_table import CHINESE_PROVINCES
from parsers.data.party_words import ACCORD_WORDS, EXCLUDE, STOP
from parsers.gazetteer import find_countries

__all__ = ["CPC_NAMES", "is_cpc_party", "not_a_party"]

CPC_NAMES = {"communist party of china", "cpc", "chinese communist party", "ccp", "idcpc"}


_NOT_A_PARTY_RE = re.compile(
    r"\bof China\b|\bCPC\b|^Chinese\s+(?:Communist|People's|Government)|\bInternational Department\b|\bPolitical Parties\b|"
    r"\bCentral Committee\b|^[IVXL]+\s+(?:National\s+)?Congress\b|^(?:National|Party) Congress\b(?!\s+(?:Party|for)\b)|\bNational Congress of\b|^Congress\b(?!\s+(?:Party|for)\b)|"
    r"\b(?:Forum|Summit|Dialogue|Conference|Seminar) on\b|\bThink[\s-]Tanks?\b|\bInstitut(?:e|ion)\b|\bFoundation\b|"
    r"\bUniversity\b|\bAcademy\b|\bChamber\b|\bFriendship\b|"
    # bilateral bodies: "China-Malta and China-European Union", "Portugal China Association"
    r"^Communist\b.*China$|\bChina\s+(?:Association|Business)\b|^(?:China|Sino)-|-China\b|"
    # China's legislature and parliamentary bodies ("Canada-China Parliamentary Association")
    r"\bNational People['\u2019]s Congress\b|^People['\u2019]s\s+Congress$|\bof\s+the\s+PRC\b|"
    # a Chinese local legislature: "People's Congress of the Guangxi Zhuang Autonomous Region", "Henan Provincial People's Congress"
    r"\b(?:Provincial|Municipal)\s+People['\u2019]s\s+Congress\b|"
    r"\bPeople['\u2019]s\s+Congress\s+of\s+(?:the\s+)?[A-Z]\w+(?:\s+(?:Zhuang|Hui|Uygur|Uyghur))?\s+(?:Autonomous|Province)\b|\bParliamentary\s+(?:Association|Group|Union|Assembly)\b|"
    # the mass organisations of Vietnam and Laos that the ruling parties lead are no parties
    r"\bFatherland\s+Front\b|\bFront\s+for\s+National\s+Construction\b|"
    # a party's wings ("Women's League secretary", "the ANC Youth League") are the party's, not parties
    r"^(?:the\s+)?(?:Women['\u2019]s|Youth|Veterans['\u2019]?)\s+League$|"
    # a local committee of a ruling party ("the Quang Ninh Provincial Party Committee") is not a party
    r"\b(?:Provincial|Municipal|District|City|Prefectural|County|Regional)\s+Party\b"
    r"|^Party\s+Committee\b|\b(?:Provincial|Municipal|Regional|Autonomous\s+Region(?:al)?)\s+(?:Party\s+)?Committee\b")


_CN_REGION_RE = re.compile(r"(?:" + "|".join(map(re.escape, CHINESE_PROVINCES)) + r")(?:\s+(?:Zhuang|Hui|Uygur|Uyghur))?"
                           r"(?:\s+(?:Autonomous\s+Region|Province|Municipality|Special\s+Administrative\s+Region))?")


def is_cpc_party(name: str | None) -> bool:
    if not name:
        return False
    words = name.split()
    if len(words) == 2 and words[1] == "Party" and words[0] in CHINESE_PROVINCES:
        return True     # "the Guangdong Party Committee": the CPC's provincial committee
    if _CN_REGION_RE.fullmatch(name.strip()):
        return True     # "Guangxi Zhuang Autonomous Region party secretary X": a Chinese region's office, no party
    return name.strip().lower() in CPC_NAMES or bool(_NOT_A_PARTY_RE.search(name))


def not_a_party(name: str) -> bool:
    """The CPC or a body named like a party (see _NOT_A_PARTY_RE); "Brazilian National Congress": a parliament."""
    # "Deputy Party Secretary of Fujian": a title word opens no party name
    return bool(is_cpc_party(name) or re.sub(r"\s*\([^()]*\)", "", name) in EXCLUDE or name.split()[0] in STOP
                or re.fullmatch(r"\S+\s+National\s+Congress", name) and find_countries(name.split()[0])
                or name.split()[-1] in ACCORD_WORDS)     # ("the Comprehensive Peace Agreement (CPA)": an accord)
