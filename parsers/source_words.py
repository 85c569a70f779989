"""Words around a mention that make it a source, a message's addressee or a coming delegation's member rather
than a participant: an addressee who "received a message", a source "Speaking to reporters" or who "told a regular
press conference", one who "wrote on Twitter" (used by parsers.mention_roles)."""
from __future__ import annotations

import re

__all__ = ["ADDRESSED_RE", "IN_DELEGATION_RE", "POSTED_AFTER_RE", "RECEIVED_LETTER_RE", "RECEIVED_MESSAGE_RE", "SOURCE_OPENING_RE",
           "TOLD_PRESS_AFTER_RE"]

RECEIVED_MESSAGE_RE = re.compile(r"\s*(?:\([^()]{1,20}\))?(?:,\s+(?:re-?elected\s|(?-i:[a-z]+)\s+of\s)[^.;]{3,200}?,)?\s*,?\s*(?:on\s+\w+(?:\s+\d{1,2})?\s+)?(?:has\s+|had\s+|have\s+)?(?:recently\s+)?received\s+(?:(?:today|yesterday|recently|on\s+\w+day|on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\s+\d{1,2})\s+)?(?:(?:a|an|the|his|her)\s+"
                                 r"(?:[\w\-]+\s+){0,3}?(?:message|letter|cable|telegram|reply|card)s?\b|congratulatory\s+(?:messages|letters)\b"
                                 r"|(?:messages|letters)\s+of\s+(?:congratulations?|condolences?|greetings?|sympathy)\b"
                                 r"|(?:New\s+Year\s+|congratulatory\s+|condolence\s+)(?:messages|letters|greetings)\s+from\b)")
ADDRESSED_RE = re.compile(r"\b(?:messages?|letters?|telegrams?|cables?)\s+(?:addressed\s+|sent\s+)?to\s+", re.IGNORECASE)


# a source briefing the press, an outlet, a report ("Speaking to Rizospastis, the newspaper of the Party, X said",
# "According to reports from the region, Premier X arrived ...")
SOURCE_OPENING_RE = re.compile(r"\s*(?:(?:Speaking|Talking)\s+to\s+(?:reporters|journalists|the\s+press|[A-Z]{2,8}"
                               r"|[A-Z][\w\-]+,\s+the\s+(?:[\w\-]+\s+){0,2}?(?:newspaper|daily|paper|organ|agency|website)\b)"
                               r"|Commenting\s+on|According\s+to\s+(?:media\s+|press\s+)?reports|Asked\s+about\b[^,.;]{0,120},"
                               r"|In\s+a\s+(?:press\s+release|statement)\s+issued\b[^,.;]{0,60},)")
# ("Talking to reporters, she said that Senator X, PPP Vice President, would also be part of the delegation": a member)
IN_DELEGATION_RE = re.compile(r"(?:,[^.;]{3,80},)?\s+(?:will|would)\s+(?:also\s+)?be\s+(?:part|a\s+member|members)\s+of\s+the\s+delegation\b")
# ("Later, Federal Minister for Information X said on Twitter that ...": a source on social media)
TOLD_PRESS_AFTER_RE = re.compile(r",\s+in\s+a\s+statement,\s+said\b|(?:,\s+[^,.;]{3,80},)?\s+(?:told\s+(?:a|the)\s+(?:regular\s+|daily\s+)?(?:press|news)\s+(?:conference|briefing)"
                                 r"|(?:said|wrote)\s+(?:on|in\s+a\s+post\s+on)\s+(?:Twitter|Facebook|X|social\s+media)"
                                 # ("X welcomed the exchange in a post on social media"; "X, in a statement, said")
                                 r"|(?:welcomed|praised|hailed)\s+[^.;]{0,40}?\bin\s+a\s+post\s+on\s+(?:Twitter|Facebook|X|social\s+media))\b")
RECEIVED_LETTER_RE = re.compile(r"(?:\s*\([A-Z]{2,8}\))?(?:,[^.;]{3,160},|,)?\s+(?:today\s+|yesterday\s+|on\s+\w+day\s+)?received\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?"
                                r"(?:letter|message|cable)\s+from\b")
POSTED_AFTER_RE = re.compile(r"\s+wrote\s+on\s+(?:Twitter|X|Facebook|Weibo|social\s+media)\b|(?:,[^.;]{3,80},)?,?\s+had\s+asked\s+(?:him|her|them)\s+to\s+convey\b|\s*,\s*in\s+a\s+(?:[\w\-]+\s+)?statement\s+issued\b")     # "Later, Minister X wrote on Twitter that"
