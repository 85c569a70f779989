"""Words that tell a message, a letter, condolences or thanks for them, and a written interview:
the written contacts parsers.event_type types `message`. Patterns only.
"""
from __future__ import annotations

import re

__all__ = ["MESSAGE_RE", "MOURN_RE", "THANKS_RE", "RECEIVED_MESSAGE_RE", "WRITTEN_RE", "WRITTEN_INTERVIEW_RE", "REMARKS_MESSAGE_RE", "CONDOLENCES_TO_RE", "CONGRATULATED_ON_RE",
           "HAS_SENT_RE"]

_I = re.IGNORECASE

MESSAGE_RE = re.compile(
    r"\b(?:congratulatory|condolence|condolences|sympathy|message|messages|letter|letters|telegram|cable|"
    r"congratulate|congratulates|congratulated|congrats|condoles|mourns|felicitat(?:e|es|ed|ing))\b|\bextend(?:s|ed)?\s+(?:[\w\-]+\s+){0,3}?congratulations\b"
    # ("Hu Jintao Sends New Year Greeting Cards to ...", "sent greeting cards to")
    r"|\bsen(?:t|ds|d|ding)\s+(?:a\s+)?(?:[\w\-]+\s+){0,3}?(?:message|letter|congratulations|condolences|greetings|greeting\s+cards?)"
    r"|\b(?:writes|wrote)\s+(?:back\b|to\s+(?-i:[A-Z]))", _I)     # ("Miller writes to Xi")     # ("Song Tao Writes Back to MSZP President")
MOURN_RE = re.compile(
    r"\b(?:mourned|mourns|paid\s+(?:his\s+|her\s+)?(?:last\s+)?(?:respects|tribute)|attended\s+the\s+(?:funeral|memorial)"
    r"|signed\s+(?:a|the)\s+(?:book\s+of\s+condolences?|condolence\s+book)|(?:went\s+to|visited)\s+the\s+[\w\s]{0,30}?(?:Embassy|headquarters\b[^.;]{0,120}?\bto\s+(?:express|convey)[^.;]{0,30}?condolences)|to\s+mourn)\b"
    # ("A delegation of the SLD of Poland, now visiting China ..., conveyed the SLD's deep condolences": by the visitors there)
    r"|\bdelegation\b[^.;]{0,80}?,\s+(?:now|currently)\s+visiting\s+China\b[^.;]{0,80}?,\s+(?:conveyed|expressed)\s+[^.;]{0,40}?\bcondolences\b", _I)
# "The CPC Central Committee and Xi Jinping have thanked foreign parties ... for their congratulatory messages"
THANKS_RE = re.compile(r"(?:\bthank(?:s|ed)?|\b(?:expressed|extended|expresses|extends)\s+(?:its\s+|their\s+|his\s+|her\s+)?"
                       r"[\"\u201c]?(?:heartfelt\s+|sincere\s+|deep\s+)?(?:gratitude|appreciation))\b[^.]{0,200}?\bfor\s+"
                       r"(?:their\s+|the\s+|his\s+|her\s+|its\s+)?(?:[\w\-]+\s+){0,2}?"
                       r"(?:messages?|letters?|congratulations|greetings|condolences)\b", _I)
# "X, chairman of the WPK, received a message of greeting from Xi Jinping"
RECEIVED_MESSAGE_RE = re.compile(r"\breceived\s+(?:on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\s+)?(?:a|an)\s+(?:[\w\-]+\s+){0,3}?(?:message|letter|cable|telegram|greeting\s+card)\b", _I)     # ("received on 15 January a message")
WRITTEN_RE = re.compile(r"\b(?:sent|sends|message|letter|telegram|cable)\b", _I)
WRITTEN_INTERVIEW_RE = re.compile(r"\b(?:(?:gave|gives|granted|grants|giving)\s+(?:a|an)|said\s+in\s+a|^\s*in\s+a|(?<=,\s)in\s+a)\s+(?:(?:recent|exclusive|special)\s+)?written\s+interview\b", _I)
# "Xi made the remarks in a verbal message to ...": the next paragraph tells a message
REMARKS_MESSAGE_RE = re.compile(r"\b(?:in|via)\s+(?:a|an|his|her)\s+(?:\w+\s+){0,2}?(?:message|letter)(?:\s+of\s+\w+)?"
                                # ("made the pledge in a message of congratulations addressed to")
                                r"(?:\s+sent(?:\s+on\s+(?:[A-Z][a-z]+\s+\d{1,2}|\w+day))?|\s+addressed|\s+(?:he|she|they)\s+sent)?\s+(?:to|congratulating)\b"     # ("wrote in a message sent on July 1 to", "sent on Friday to")
                                # "The commitment is contained in a message that X sent on Monday to ...", "The view was
                                # expressed in a congratulatory message sent ... by X to Y"
                                r"|\b(?:contained|set\s+out|made|expressed)\s+in\s+(?:a|an|the|his|her)\s+(?:\w+\s+){0,2}?(?:message|letter)\s+(?:that|which|sent)\b"
                                r"|^\s*In\s+(?:separate|their|its)\s+(?:\w+\s+)?(?:messages|letters),"
                                # "X said on Wednesday in a congratulatory message on the 100th anniversary of ..."
                                r"|\bsaid\s+(?:on\s+\w+\s+|\w+day\s+|today\s+|yesterday\s+)?in\s+(?:a|an|his|her)\s+(?:congratulatory|condolence)\s+(?:message|letter)\b"
                                r"|\bsaid\s+in\s+(?:a|an|his|her)\s+(?:message|letter)\s+(?:released|issued|published|made\s+public)\b"     # ("said in a letter released here on Tuesday")
                                # ("X stated in a message of greetings for the 90th anniversary of the Chinese organization")
                                r"|\b(?:said|stated|wrote)\s+in\s+(?:a|an|his|her)\s+(?:message|letter)\s+of\s+(?:greetings|congratulations|condolences?|sympathy)\s+(?:for|on|to)\b"
                                # ("The CPC has described the MPP as '...' in a congratulatory message on the 90th anniversary")
                                r"|\b(?:has|have)\s+(?:described|hailed|praised|lauded)\b[^.]{0,160}?\bin\s+(?:a|an|its|his|her)\s+(?:congratulatory|condolence)\s+(?:message|letter)\b"
                                r"|\b(?:has|have)\s+written\s+(?:a\s+(?:[\w\-]+\s+)?letter\s+)?to\b", _I)     # "X has written to the Minister ..."     # "In separate messages, A and B have lauded"
# "X has sent a letter to ..." in the paragraph after a feature lead: the news is the message
HAS_SENT_RE = re.compile(r"\b(?:has|have)\s+(?:also\s+)?sent\s+(?:a|an|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:message|letter)s?\b", _I)
# "Xi on Monday extended condolences to the acting President over the death of ...": no meeting told, written
CONDOLENCES_TO_RE = re.compile(r"\b(?:extended|extends|conveyed|conveys)\s+(?:\w+\s+){0,2}?condolences?\s+to\b", _I)
# "X has congratulated Y on his election as general secretary": congratulations are written
# ("The ANC has congratulated the CPC on reaching ninety years", "... on its 90th anniversary")
CONGRATULATED_ON_RE = re.compile(r"\b(?:congratulated|congratulates|greeted|greets)\b[^.]{0,120}?\bon\s+(?:(?:his|her|their|its)\s+"
                                 r"(?:re-?)?(?:election|appointment|victory|inauguration)\b|reaching\b|(?:its|the)\s+(?:[\w\-]+\s+){0,2}?anniversary\b)", _I)
