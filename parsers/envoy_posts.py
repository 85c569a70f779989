"""China's envoys abroad on the CPC side: the country an ambassador accompanying a CPC
delegation is posted to (the place of the visit), and a contact whose CPC side is only envoys
(the envoy's own call on a party, typed a visit). Used by parsers.events; the words of envoys that
type a contact are used by parsers.event_type.
"""
from __future__ import annotations

import re

from parsers.gazetteer import country_code

__all__ = ["envoy_call", "envoy_post", "AMBASSADOR_MEETS_RE", "CHINESE_ENVOY_ABROAD_RE", "ENVOY_TO_CHINA_RE"]


_ENVOY_POST_RE = re.compile(r"\b(?:Ambassador|Charg\u00e9\s+d['\u2019]Affaires)\s+(?:to|in)\s+(?:the\s+)?([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)")


# (used by parsers.event_type) a Chinese envoy in the country of his post; a foreign envoy to China
CHINESE_ENVOY_ABROAD_RE = re.compile(r"\b(?:Chinese|China['\u2019]s)\s+(?:ambassador|envoy|consul[\s-]general)\s+(?:to|in)\s+(?:the\s+)?(?!China\b|Beijing\b)(?-i:[A-Z])"
                                      # "Head of Office of the People's Republic of China to the State of Palestine"
                                      r"|\bHead\s+of\s+(?:the\s+)?Office\s+of\s+(?:the\s+People['\u2019]s\s+Republic\s+of\s+)?China\s+to\s+(?!China\b)"
                                      # "Ambassador Extraordinary and Plenipotentiary of the People's Republic of China to Uzbekistan"
                                      r"|\bambassador\s+(?:extraordinary\s+and\s+plenipotentiary\s+)?of\s+(?:the\s+(?:People['\u2019]s\s+)?Republic\s+of\s+)?"
                                      r"China(?:\s+to\s+(?!China\b)(?-i:[A-Z])|,\s)", re.I)     # "... of China, X met"
AMBASSADOR_MEETS_RE = re.compile(r"\bAmbassador\s+([A-Z][a-z]+\s+[A-Z][a-z]+)\s+(?:met|meets|received|receives|paid|pays|called)\b")
ENVOY_TO_CHINA_RE = re.compile(r"\b(?:ambassador|envoy)\s+to\s+China\b", re.I)


def envoy_post(cpc_titles: list[str | None]) -> str | None:
    """The country a Chinese envoy who accompanies a CPC delegation abroad is posted to: the host
    ("..., accompanied by H.E. Lin Nan, Chinese Ambassador to Seychelles")."""
    posts = {country_code(m.group(1)) for t in cpc_titles if t for m in _ENVOY_POST_RE.finditer(t)} - {None, "CN"}
    return posts.pop() if len(posts) == 1 else None


# a title that makes its holder one of China's envoys abroad
# (or one of his embassy's staff: "Political Counsellor of the Chinese Embassy in Nepal")
_ENVOY_TITLE_RE = re.compile(r"\b(?:Ambassador|Minister[\s-]Counsell?or|Charg[e\u00e9]\s+d['\u2019]\s?Affaires|(?:Head|Director)\s+of\s+(?:the\s+)?(?:Office|(?:Chinese\s+)?Mission)|Consul"
                             r"|(?:Chinese\s+)?Embassy|Consulate(?:\s+General)?)\b", re.I)
_CPC_DELEGATION_RE = re.compile(r"\b(?:CPC|CCP|Chinese|China['\u2019]s|Communist\s+Party\s+of\s+China)(?:\s+[\w\-]+){0,2}\s+delegation\b"
                                r"|\bdelegation\s+(?:of|from)\s+(?:the\s+)?(?:CPC|CCP|Chin|Communist\s+Party\s+of\s+China|International\s+Department)")


_UNNAMED_ENVOY_RE = re.compile(r"\b(?:Chinese|China['\u2019]s)\s+(?:Ambassador|envoy)\b|\bAmbassador\s+(?:Extraordinary\s+and\s+"
                               r"Plenipotentiary\s+)?of\s+(?:the\s+People['\u2019]s\s+Republic\s+of\s+)?China\b", re.I)


def envoy_call(cpc_titles: list[str | None], first_text: str) -> bool:
    """The CPC side is only China's envoys (named, or "the Ambassador of the People's Republic of
    China accredited to Rabat" unnamed) and the lead tells no CPC delegation ("paid a courtesy call
    on a BNP delegation" is the envoy's own call)."""
    envoys = all(t and _ENVOY_TITLE_RE.search(t) for t in cpc_titles) if cpc_titles else bool(_UNNAMED_ENVOY_RE.search(first_text))
    # (a delegation still to come is no delegation here: "looked forward to welcoming a delegation of the CPC")
    told = re.sub(r"\b(?:forward\s+to\s+(?:welcoming|receiving)|will\s+(?:send|receive|welcome)|to\s+(?:send|receive|welcome))\s+"
                  r"(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?delegation\b", "", first_text)
    # ("exchanged views on preparations for the visit to Laos of a high-level CPC delegation": still to come; "following the visit to Malaysia of a CPC delegation ...": an earlier one)
    told = re.sub(r"\b(?:preparations?\s+for|arrangements?\s+for|the\s+(?:upcoming|forthcoming|coming)|following|after)\s+(?:the\s+)?visit\b[^.;]{0,40}?\bof\s+"
                  r"(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?delegation\b", "", told)
    # ("the visit to Tanzania last year of a CPC delegation led by X had opened new areas": a past one)
    told = re.sub(r"\bvisit\s+to\s+[A-Z][\w\-]+\s+(?:last\s+(?:year|month)|in\s+(?:19|20)\d\d)\s+of\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?delegation\b", "", told)
    return envoys and not _CPC_DELEGATION_RE.search(told)
