"""Which side an office is on: Chinese offices (side `cpc`) and Vietnamese/Lao party offices.

A title is Chinese when it names
- a CPC body or a Chinese national institution (the IDCPC, the Party School, the NPC, the
  CPPCC, the State Council, the Chinese Academy of Social Sciences, a Chinese think tank or
  university, Xinhua ...), or says so ("Chinese Ambassador to X", "Ambassador of China to Y",
  "Chinese Vice President", "... of China");
- an office of a Chinese province, municipality, autonomous region or city (the gazetteer of
  Chinese places: "Mayor of Chongqing", "Secretary of the Jiangsu Provincial Party Committee",
  "President of the Shanghai Institutes for International Studies"), unless the place is only
  where a foreign mission sits ("Consul General of Viet Nam in Guangzhou");
- a local Party committee that names no place at all ("deputy secretary of the provincial Party
  committee"): in a release about a contact in China that is the host's own committee.
A foreign envoy TO China stays foreign, and so does a committee of a Vietnamese or Lao province
or of the CPV/LPRP: `local_party_office` gives their party and country instead.
"""
from __future__ import annotations

import re

from parsers.data.vn_la_provinces import LA_PROVINCES, VN_PROVINCES
from parsers.gazetteer import find_countries

__all__ = ["is_chinese_title", "local_party_office", "CN_TITLE_RE"]

CN_TITLE_RE = re.compile(
    r"\bI?DCPC\b|\bCPC\b|\bCCP\b|Communist Party of China|Chinese Communist Party|^Chinese\b|\bChinese\s+(?:Ambassador|Vice\s+President|"
    r"President|Premier|Vice\s+Premier|State\s+Councilor|Minister|Consul|Embassy|Charg\u00e9|Permanent\s+Representative|"
    r"People['\u2019]s\s+Political|People['\u2019]s\s+Association|People['\u2019]s\s+Institute|Academy|Association\s+for|Institute)"
    r"|\bPeople['\u2019]s\s+Republic\s+of\s+China\b|\bof\s+the\s+PRC\b|\bof\s+the\s+NPC\b|\bNPC\s+Standing\s+Committee\b|\bPRC\s+(?:Ambassador|Embassy|Vice\s+President|Consul)|\bParty\s+School\b|\bNational\s+People['\u2019]s\s+Congress\b|\bCPPCC\b"
    r"|\bState\s+Council\b(?!\s+of\s+(?!China))|\bAmbassador\s+of\s+China\b|\bChina['\u2019]s\s+[Aa]mbassador\b|\bChinese\s+ambassador\b"
    r"|\bInternational\s+Department\s+of\s+the\s+(?:CPC|Communist\s+Party\s+of\s+China)"
    r"|\bPolitical\s+Bureau\s+of\s+the\s+CPC|\bPresident\s+of\s+(?:the\s+People['\u2019]s\s+Republic\s+of\s+)?China\b"
    r"|\bVice\s+President\s+of\s+China\b|\bChina\s+(?:Association|Council|Foundation|Institutes?|Center|Centre|"
    r"Media\s+Group|Economic)\b"
    # national institutions whose name carries no "Chinese" or "China"
    r"|\bNational\s+(?:Rural\s+Revitali[sz]ation|Radio\s+and\s+Television|Forestry\s+and\s+Grassland|Cultural\s+Heritage)\s+Administration\b"
    r"|\bNational\s+Development\s+and\s+Reform\s+Commission\b|\bNDRC\b|\bCentral\s+(?:Financial\s+and\s+Economic|Foreign)\s+Affairs\s+Commission\b"
    r"|\bCentral\s+Leading\s+Group\s+(?:for|on)\s+(?:Financial\s+and\s+Economic|Foreign)\s+Affairs\b"
    r"|\bCASS\b|\bCICIR\b|\bCIIS\b|\bSIIS\b|\bCPIFA\b|\bCAFIU\b|\bCPAFFC\b|\bCCCWS\b|\bAll-China\b|\bXinhua\b|\bPeople['\u2019]s\s+Daily\b|\bCCTV\b"
    r"|\b(?:Peking|Tsinghua|Renmin|Fudan|Nankai|Sun\s+Yat-sen|Zhejiang|Wuhan|Xiamen|Jilin)\s+University\b"
    r"|\bEmbassy\s+of\s+China\b|\bof\s+China\b(?!\s+(?:Friendship|Association|Society))"
    # "Deputy Director General of the International Poverty Reduction Center in China"
    r"|\b(?:Center|Centre|Institute|Academy|University|College)\s+in\s+China\b",
)
# "Pakistani Ambassador to China", "Counsellor of the Vietnamese Embassy in China": a foreign
# mission accredited to China.
_TO_CHINA_RE = re.compile(
    r"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul|[Ee]mbassy|[Cc]harg\u00e9|[Rr]epresentative|[Mm]ission|[Cc]ounsell?or|"
    r"[Aa]ttach\u00e9|[Oo]ffice)\b[^;]*?\b(?:to|in)\s+(?:the\s+)?(?:People['\u2019]s\s+Republic\s+of\s+China|China|PRC)\b")
_NOT_CHINESE_RE = re.compile(r"Malaysian Chinese|Chinese Association\b(?!\s+for)|Overseas Chinese|Chinese Community|"
                             r"Shanghai Cooperation Organi[sz]ation|(?:Friendship|Cooperation) (?:Association|Society|Group)"
                             r"|(?<!\bAll)-China\b|\bChina-[A-Z][a-z]+\s+(?:Business|Friendship|Trade|Council|Association|Society|Centre|Center)"
                             # "Chair of the European Parliament's Delegation for Relations with the People's Republic of China"
                             r"|\bRelations\s+with\s+(?:the\s+)?(?:People['\u2019]s\s+Republic\s+of\s+China|China|PRC)\b", re.I)
# In the department's own releases "the International Department", named bare, is the IDCPC;
# a foreign party's department is always qualified ("... of the CPV Central Committee").
_OWN_DEPARTMENT_RE = re.compile(r"\bof\s+the\s+International\s+Department\s*$")
_CPC_NAMED_RE = re.compile(r"\bI?DCPC\b|\bCPC\b|\bCCP\b|Communist Party of China|Chinese Communist Party")


def _place_re(places) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(set(places), key=len, reverse=True)) + r")\b")


def _cn_places() -> re.Pattern:
    from parsers.data.cities import CITIES
    from parsers.data.officials_table import CHINESE_PROVINCES
    return _place_re([*CHINESE_PROVINCES, *(c for c, cc in CITIES.items() if cc == "CN")])


_CN_PLACE_RE = _cn_places()
_VN_PLACE_RE = _place_re(VN_PROVINCES)
_LA_PLACE_RE = _place_re(LA_PROVINCES)
# A local committee named with no place before it: "the provincial Party committee".
_UNNAMED_LOCAL_RE = re.compile(
    r"\bthe\s+(?:provincial|municipal|city|prefectural|county|autonomous\s+regional?)\s+(?:Party\s+)?committee\b"
    # ("Ismail Tiliwaldi, chairman of the regional government, attended": the host region's own government)
    r"|\bthe\s+(?:provincial|municipal|regional|autonomous\s+regional?)\s+(?:people['\u2019]s\s+)?government\b"
    # "On November 29, Vice Governor Wang Jinfu met with the delegation in Fuzhou": the host's own office
    r"|^(?:Executive\s+)?(?:Vice[\s-]|Deputy\s+)?(?:Governor|Mayor|Party\s+Secretary)$"
    # Xinhua's "regional Communist Party chief X said": the host region's own secretary
    r"|^(?:regional|provincial|municipal)\s+(?:Communist\s+)?Party\s+(?:chief|secretary)$",
    re.IGNORECASE)
_FOREIGN_PARTY_RE = re.compile(r"\b(?:CPV|LPRP|Communist\s+Party\s+of\s+Vietnam|Lao\s+People's\s+Revolutionary)\b")
# a party office; in Viet Nam and Laos "the Quang Ninh Provincial Committee" is the party's own
# (the government body is the "Provincial People's Committee")
_PARTY_OFFICE_RE = re.compile(r"\bParty\s+(?:Committee|Secretary|[Cc]hief)\b|\bPolitburo\b|\bPolitical\s+Bureau\b"
                              r"|\b(?:Provincial|Municipal|City)\s+Committee\b")


def _foreign_country(title: str) -> bool:
    """A country other than China named in the title, Chinese places blanked first ("Inner Mongolia")."""
    blanked = _CN_PLACE_RE.sub(lambda m: " " * len(m.group(0)), title)
    return any(c.code != "CN" for c in find_countries(blanked))


# "President of Italy China Council Foundation": a country named right before "China" makes a
# bilateral body (written "Italy-China" elsewhere), on the foreign side
_BILATERAL_RE = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,2})China\s+(?:[A-Z][a-z]+\s+)?(?:Council|Association|Foundation|"
                           r"Society|Chamber|Friendship|Business|Institute|Forum|Club|Group)\b")


def _bilateral_body(title: str) -> bool:
    m = _BILATERAL_RE.search(title)
    if not m or _CPC_NAMED_RE.search(title):
        return False
    return any(c.code != "CN" for c in find_countries(m.group(1).strip()))


def _vn_la(title: str) -> bool:
    return bool(_VN_PLACE_RE.search(title) or _LA_PLACE_RE.search(title) or _FOREIGN_PARTY_RE.search(title))


def is_chinese_title(title: str | None, abroad: bool | None = None) -> bool:
    """True when `title` is an office on the Chinese side. `abroad`: the contact took place
    outside China (an unnamed "provincial Party committee" is then the host's, not Chinese)."""
    if not title:
        return False
    if _TO_CHINA_RE.search(title) and not _CPC_NAMED_RE.search(title):
        return False
    if _NOT_CHINESE_RE.search(title) and not _CPC_NAMED_RE.search(title) and not re.search(
            r"Chinese Ambassador", title):
        return False
    if _bilateral_body(title):
        return False
    if CN_TITLE_RE.search(title):
        return True
    if _vn_la(title) or _foreign_country(title):
        return False
    if _OWN_DEPARTMENT_RE.search(title):
        return True             # "assistant minister of the International Department": the IDCPC itself
    for m in _CN_PLACE_RE.finditer(title):
        if not re.search(r"\b(?:in|to)\s+$", title[max(0, m.start() - 4):m.start()]):
            return True         # "Mayor of Chongqing", "Governor of Yunnan Province"
    if re.search(r"(?<!-)\bChinese\b(?!-)(?!\s+Affairs\b)|\bChina['\u2019]s\b", title):
        return True             # "Special Representative of the Chinese Government", no foreign country named
                                # (not "Director-General of the Commission's Department of Chinese Affairs")
    return bool(_UNNAMED_LOCAL_RE.search(title)) and abroad is not True


def local_party_office(title: str | None) -> tuple[str, str] | None:
    """(party, country) of a Vietnamese or Lao party office that names no party:
    "Secretary of the Quang Ninh Provincial Party Committee" gives the CPV and VN."""
    if not title or not _PARTY_OFFICE_RE.search(title):
        return None
    if _VN_PLACE_RE.search(title) or re.search(r"\bCPV\b", title):
        return "Communist Party of Vietnam", "VN"
    if _LA_PLACE_RE.search(title) or re.search(r"\bLPRP\b", title):
        return "Lao People's Revolutionary Party", "LA"
    return None
