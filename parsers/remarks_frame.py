"""The occasion of remarks: a contact told only as where something was said.

Reports by a host's own outlet often open with what was said ("The CPC says it is impressed
with ...") and name the contact paragraphs later, as the remarks' occasion: "She made the
remarks during a meeting with the UPND delegation", "Speaking when she welcomed a UPND
delegation to China, Ms Zhang said", "told a banquet of the ... International Department". Used by parsers.event_type and parsers.events.
"""
from __future__ import annotations

import re

from parsers.gazetteer import city_country

__all__ = ["CLOSING_CONTACT_RE", "OCCASION_NEXT_RE", "REMARKS_FRAME_RE", "SAID_DURING_RE", "frame_abroad"]

# a plan's occasion told in the next sentence: "The consensus was reached when X held talks with Y", "This was agreed upon at
# online talks on March 21 between A and B"
OCCASION_NEXT_RE = re.compile(r"(?:The|This|That)\s+(?:(?:consensus|agreement|pledge|commitment|understanding|decision)\s+(?:was\s+(?:reached|made|announced)|came)"
                              r"|was\s+agreed(?:\s+upon)?)\s+(?:when|as|while|during|at)\s"
                              # ("The commitment came out of talks at the party's headquarters between A and B")
                              r"|(?:The|This|That)\s+(?:consensus|agreement|pledge|commitment|understanding|decision)\s+(?:came\s+out\s+of|emerged\s+from|resulted\s+from)"
                              r"\s+(?=(?:the\s+|a\s+)?(?:[\w\-]+\s+)?(?:talks|meeting|video\s+call|phone\s+call|telephone\s+conversation)\b)"
                              # ("X's remarks came during an online seminar held between", "X's stance came during a video call with")
                              r"|[A-Z][\w\-]+['\u2019]s\s+(?:remarks|stance|statement|comments)\s+came\s+(?:during|at)\s+(?=(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?"
                              r"(?:meeting|talks|seminar|call|conversation|forum|dialogue)\b)"
                              # ("This was decided on Tuesday, June 4, during talks at", "The talks were held between A and B")
                              r"|(?:The|This|That)\s+(?:(?:consensus|agreement|pledge|commitment|understanding|decision|plan)\s+)?was\s+(?:decided|agreed|reached)"
                              r"\s+(?:(?:here\s+)?(?:on\s+)?(?:[A-Z][a-z]+day|today|yesterday)(?:,?\s+[A-Z][a-z]+\s+\d{1,2})?,?\s+)?(?:during|at|in)\s+(?:talks|a\s+meeting)\b"
                              r"|The\s+(?:talks|meeting)\s+(?:was|were)\s+held\s+between\s"
                              # ("Welcoming the delegation, X recalled that ...": the host's words open on the contact)
                              r"|(?:Welcoming|Receiving|Hosting|Greeting)\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:delegation|guests?|visitors?)\s*,"
                              # ("X was speaking after he received Chinese Ambassador Y", "X, the movement's commissioner for ..., spoke after
                              # receiving at the headquarters a delegation", "X was speaking by video link from ... at the A Meeting")
                              r"|(?:[A-Z][\w\-'\u2019]+\s+){0,3}[A-Z][\w\-'\u2019]+(?:,\s+[^.;]{3,160}?,)?\s+(?:was\s+speaking|spoke|made\s+the\s+(?:announcement|remarks?|statement|pledge|comments?)|said\s+this|gave\s+the\s+news)\s+"
                              # ("He made the remarks on October 19 when receiving", "X spoke to TASS after talks in Beijing with")
                              r"(?:on\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+day)\s+|to\s+(?:[A-Z]{2,8}|reporters|journalists|the\s+press)\s+)?"
                              r"(?:(?:at|in)\s+[^.;]{3,80}?\s+)?(?:(?:after|when|as|while)\s+(?:(?:he|she|they)\s+(?:received|met|hosted|welcomed)|talks\s+(?:in\s+[A-Z][\w\-]+\s+)?with"
                              r"|receiving|meeting|hosting|welcoming|opening|addressing|closing)\b|by\s+video\s+link\s+(?:from\s+[^.;]{3,80}?\s+)?at\s+(?:the|a|an)\s)")
REMARKS_FRAME_RE = re.compile(
    r"\b(?:made\s+the\s+(?:remarks|assessment|comments|statement)|said|says|stated|speaking|spoke)\b[^.\n]{0,80}?\b(?:during|at|after|following|in)\s+"
    r"(?:a|an|the|his|her|their)\s+(?:[\w\-]+\s+){0,3}?(?:meeting|talks|visit|courtesy\s+call|video\s+call|working\s+session)(?:\s+in\s+[A-Z][\w\-]+|\s+at\s+the\s+party['\u2019]s\s+headquarters(?:\s+in\s+[A-Z][\w\-]+)?|\s+here\s+this\s+(?:morning|afternoon))?\s+(?:between|with|of|by|to|on)\b"
    # "X said this on Tuesday in Abuja when the Chinese Ambassador to Nigeria, Y, paid him a courtesy visit"
    r"|\b(?:said\s+this|made\s+the\s+(?:disclosure|remarks?|announcement|statement))\b[^.\n]{0,80}?\bwhen\s+[^.\n]{3,120}?\b(?:paid\s+(?:(?:him|her|them)\s+)?a\s+(?:courtesy\s+)?(?:visit|call)|called\s+on\s+(?:him|her|them))\b"
    # "X made the remarks during talks at the ANC's Luthuli House headquarters with a visiting delegation"
    r"|\bmade\s+the\s+(?:remarks|assessment|comments)\s+during\s+talks\s+(?:at|in)\s+[^.;\n]{0,80}?\s+with\b"
    r"|\bmade\s+the\s+(?:announcement|remarks|pledge|statement)\s+during\s+talks\s+with\b"     # ("X made the announcement during talks with a visiting CPC delegation")
    # ("X made the announcement after talks at the SWAPO Party Headquarters with a four-member CPC delegation")
    r"|\bmade\s+the\s+announcement\s+(?:after|following)\s+talks\s+(?:at|in)\s+[^.;\n]{0,80}?\s+with\b"
    # "X made the announcement after meeting a delegation of the CPC led by Y"
    r"|\b(?:made|disclosed|revealed|unveiled)\s+the\s+(?:remarks?|announcement|statement|comments?|plan|decision)\s+(?:after|while|when)\s+(?:meeting|receiving|hosting|holding\s+talks\s+(?:in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+|on\s+\w+\s+|via\s+video\s+link\s+(?:earlier\s+in\s+the\s+day\s+)?)?with"
    r"|holding\s+(?:a\s+|an\s+)?(?:[\w\-]+\s+)?(?:discussions?|meeting|call|conversation)\b[^.\n]{0,60}?\bwith)\b"
    # "The agreement was reached during Klimov's telephone conversation with Y": the lead's speaker's own contact
    r"|\b(?:agreement|consensus|decision)\s+was\s+reached\s+during\s+[A-Z][\w\-]+['\u2019]s\s+(?:[\w\-]+\s+)?(?:conversation|call|talks|meeting)\s+with\b"
    # ("According to him, the sides reached the agreement during a video call he held earlier in the day with Y")
    r"|\breached\s+the\s+agreement\s+during\s+(?:a|an)\s+(?:video|phone|telephone)\s+(?:call|conversation)\s+(?:he|she|they)\s+held\b"
    r"|\b(?:plan|agreement|decision)\s+was\s+(?:agreed|reached|made)\s+(?:upon\s+)?during\s+(?:a|an)\s+(?:video|phone|telephone)\s+(?:call|conversation)\b"
    # "Filip spoke after meeting Chinese Ambassador X"
    r"|\b(?:was|were)\s+holding\s+(?:a|an)\s+(?:[\w\-]+\s+)?(?:conversation|call|talks|meeting)\s+with\b"   # "X was holding a telephone conversation with Y"
    r"|\b(?:spoke|speaking)\s+after\s+(?:meeting|receiving|talks\s+(?:earlier\s+(?:in\s+the\s+day|today)\s+|on\s+\w+day\s+)?with|holding\s+(?:[\w\-]+\s+)?talks|(?:a|an|the)\s+video\s*(?:conference|call)\s+with)\b"
    # "X told reporters at the end of talks with Y"
    # ("X said this in Abuja when receiving a CPC delegation led by Y")
    r"|\b(?:said|stated)\s+this\s+(?:on\s+\w+day\s+)?(?:in\s+[A-Z][\w\-]+\s+)?(?:when|while|after)\s+(?:receiving|meeting(?:\s+with)?|hosting)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:delegation|ambassador|envoy)\b"
    r"|\btold\s+(?:reporters|journalists|the\s+press)\s+(?:this\s+)?(?:at\s+the\s+end\s+of|after|following|during)\s+(?:(?:a|an|the|his|her)\s+)?(?:[\w\-]+\s+){0,2}?(?:talks|meeting)\s+with\b"
    # "was speaking in Lusaka today during bilateral talks held at the Government Complex"
    r"|\b(?:speaking|spoke)\b[^.\n]{0,80}?\bduring\s+(?:bilateral|official|party-to-party)\s+(?:meeting|talks)\b"
    r"|\b(?:was|were)\s+speaking\s+(?:during|in)\s+talks\s+with\b"   # "X was speaking during talks with Y, head of ..."
    # ("X disclosed this on Thursday in Beijing when he led a delegation of the party to a meeting with Y")
    r"|\b(?:said|disclosed|stated)\s+this\b[^.\n]{0,60}?\bwhen\s+(?:he|she)\s+led\s+(?:a|the)\s+[^.;\n]{0,80}?\bto\s+(?:a|the)\s+meeting\s+with\b"
    r"|\b(?:when|while|after)\s+(?:he|she|they)\s+(?:welcomed|received|met|hosted)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:delegation|group|director|minister|secretary|head|chairman|ambassador|envoy|official|leader)\b"
    # "X, who is heading a UWP delegation to Beijing, told a banquet of the ruling party's International Department"
    r"|\btold\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:banquet|dinner|luncheon|lunch|reception|meeting)\s+(?:of|hosted\s+by|given\s+by|with)\b",
    re.IGNORECASE)

# "The remark was made during talks in Beijing with ...", "He made the invitation during a bilateral meeting"
SAID_DURING_RE = re.compile(r"\b(?:made\s+the\s+(?:remarks?|invitation|announcement|statement|pledge|commitment)|(?:remarks?|invitation|announcement|statement)"
                            r"\s+(?:was|were)\s+made)\s+(?:during|at|in|following|after)\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,3}?"
                            r"(?:meeting|talks|discussions?)\b"
                            # "X made the remarks when meeting with a CPV delegation led by Y"
                            r"|\bmade\s+the\s+(?:remarks?|announcement|statement)\s+(?:in\s+[A-Z][\w\-]+\s+)?(?:on\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+day)\s+)?(?:when|while)\s+(?:meeting|receiving|holding\s+talks)\b|\bsaid\s+this\s+while\s+talking\s+to\b|\b(?:said|stated)\s+this\s+(?:to\s+(?:reporters|journalists|the\s+press)\s+)?(?:after|when|while)\s+(?:calling\s+on|meeting(?:\s+with)?|receiving)\s+(?-i:[A-Z])"
                            # ("X stated this after receiving at the party's headquarters a CPC delegation", "He said this after
                            # receiving a courtesy call from", "X ... was speaking as he received a CPC delegation")
                            # ("X gave the news after receiving the Chinese ambassador", "X made the announcement at the Casa del
                            # Pueblo, the party's headquarters, after receiving a delegation")
                            r"|\b(?:(?:said|stated)\s+this(?:\s+to\s+(?:reporters|journalists|the\s+press))?|gave\s+the\s+news|made\s+the\s+announcement\s+at\s+[^.;]{3,80}?,)\s+after\s+receiving\s+(?:at\s+[^.;]{3,60}?\s+)?(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?:delegation|courtesy\s+call|ambassador)\b"
                            r"|\b(?:was|were)\s+speaking\s+as\s+(?:he|she|they)\s+(?:received|met|hosted)\b"
                            r"|\bdisclosed\s+the\s+(?:plan|news)\s+when\s+(?:he|she)\s+(?:met|received)\b|\b(?:disclosed|shared)\s+the\s+(?:plan|news)\s+(?:when|while)\s+(?:meeting|receiving)\b"
                            r"|\bannounced\s+the\s+(?:plan|news|decision|agreement)\s+(?:when|while)\s+(?:meeting|receiving|holding\s+talks|(?:he|she|they)\s+(?:met|received|held\s+talks))\b"
                            r"|\bmade\s+the\s+(?:announcement|remarks|statement)\s+after\s+talks\b|\b(?:spoke|(?:was|were)\s+speaking)\s+after\s+(?:the\s+)?talks\s+(?:earlier\s+(?:in\s+the\s+day|today)\s+|on\s+\w+day\s+|here\s+)?with\b"
                            # ("X ... was speaking after a meeting at the party's headquarters in Nicosia with a CPC delegation")
                            r"|\b(?:was|were)\s+speaking\s+after\s+(?:a|the)\s+meeting\s+(?:(?:at|in)\s+[^.;]{3,80}?\s+)?with\b"
                            # ('"We have agreed to ...," X said after talks with a CPC delegation')
                            r"|[\"\u201d]\s*(?:[A-Z][\w\-]+\s+){1,2}said\s+after\s+(?:talks|a\s+meeting)\s+with\b"
                            # "..., it was announced here today during the visit of a Chinese party delegation headed by X"
                            r"|\bannounced\s+(?:here\s+)?(?:today\s+|on\s+\w+day\s+)?during\s+the\s+visit\s+(?:here\s+)?of\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?delegation\b"
                            # "Poe signed the document after talks in Beijing on 11 June with", "He was talking to a delegation"
                            r"|\bsigned\s+the\s+(?:document|agreement|memorandum|plan)\s+(?:after|during|at|following)\s+(?:(?:a|the)\s+)?(?:talks|meeting)\b"
                            r"|\b(?:was|were)\s+(?:talking|speaking)\s+to\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?(?:delegation|group)\b", re.IGNORECASE)


def frame_abroad(frame: str) -> bool:
    """The occasion names a foreign city: "was speaking in Lusaka today during bilateral talks"."""
    return any(city_country(m.group(1)) not in (None, "CN") for m in re.finditer(r"\bin\s+([A-Z][\w'\-]+)", frame))

# a plan-first lead whose sentence closes on the speaker's own contact: "..., X told visiting Uzbek party leader Y here
# Thursday", "..., X said on Monday during a meeting in Ramallah with Y", "..., X said in a letter dated February 24 to Y"
CLOSING_CONTACT_RE = re.compile(r"\btold\s+visiting\s+[^.;]{3,120}?\s+here\s+(?:on\s+)?(?:today|yesterday|[A-Z][a-z]+day)\b"
                                r"|\bsaid\s+(?:on\s+[A-Z][a-z]+day\s+|today\s+|yesterday\s+)?during\s+a\s+meeting\s+in\s+[A-Z][\w\-]+\s+with\b"
                                r"|(?P<letter>\bsaid\s+in\s+(?:a|an|his|her)\s+(?:[\w\-]+\s+)?(?:letter|message)\s+dated\b)")
