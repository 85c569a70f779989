"""Frames of contacts still to come, or not taken part in, around a mention: "X will call on Y", "is also
scheduled to meet", "The delegation also includes X", "X, who did not attend the session, told ...". Used by
parsers.mention_roles."""
from __future__ import annotations

import re

from parsers.title_comma_name import SAID_COMING

__all__ = ["EXPECTED_LATER_RE", "WILL_TAKE_PART_RE", "TO_COME_RE", "COMING_WITH_RE", "WHO_WILL_JOIN_RE", "NOT_TAKING_PART_RE", "SAID_COMING_RE", "DELEGATION_INCLUDES_RE", "STILL_TO_COME_RE", "TO_MEET_BEFORE_RE", "LATER_PART_RE"]

TO_COME_RE = re.compile(r"\b(?:(?:will|would)\s+(?:pay\s+(?:a\s+)?courtesy\s+call\s+on|call\s+on|meet(?:\s+with)?|hold\s+talks\s+with)|(?:is|are|was|were)\s+(?:also\s+)?(?:expected|scheduled|due|set)\s+"
                        r"to\s+(?:meet|call\s+on|hold\s+talks|be\s+received\s+by|pay\s+(?:a\s+)?courtesy\s+call\s+on))\b[^.;]*$")
# ("said the Chinese delegation, to be headed by X, will ...": the coming delegation's head)
COMING_WITH_RE = re.compile(r"(?:\b(?:will|would|(?:is|are)\s+(?:also\s+)?(?:scheduled|expected|due)\s+to)\s+(?:also\s+)?(?:be\s+(?:received|accompanied|led|headed)\s+by|receive|meet(?:\s+with)?|hold\s+talks\s+(?:in\s+[A-Z][\w\-]+\s+)?with|call\s+on"
                            r"|pay\s+(?:a\s+)?courtesy\s+calls?\s+on)|\bdelegation,\s+to\s+be\s+(?:led|headed)\s+by)\s+(?:(?:[^.;\s]|(?<=\b[A-Z])\.)+\s+){0,40}?$")     # (an initial's dot ends nothing: "L. Oyun-Erdene, ..., and to hold talks with D. X")
# an announcement's source who is one of the party: "In a statement, Secretary-General X, who will accompany the party
# president, said that ..."
# (", who is expected to deliver the keynote speech": an announced speaker)
WHO_WILL_JOIN_RE = re.compile(r",\s+who\s+(?:will|(?:is|are)\s+(?:expected|scheduled|due)\s+to)\s+(?:also\s+)?(?:accompany|lead|head|join|be\s+part\s+of"
                              r"|deliver|address|open|attend)\b")
# ("SPD Chairman X, who did not attend the session, told a Berlin newspaper")
NOT_TAKING_PART_RE = re.compile(r"(?:,\s+who\s+)?,?\s*[^.;,]{0,40}?\b(?:will|would|did|does|do|could|can)\s*(?:not|n['\u2019]t)\s+(?:be\s+)?"
                                r"(?:participat|take\s+part|taking\s+part|attend|join|seek\s+re-?election)|,?\s*(?:was|were)\s+not\s+(?:represented|present)\b")     # ("..., headed by X, was not represented")     # ("X did not seek re-election")
# "Speaking to journalists ..., the party's Secretary for Publicity, X, said the delegation would include ...": the announcer
SAID_COMING_RE = re.compile(r"\s*,?\s*" + SAID_COMING)
# ("The delegation also includes X, Hu said", "... said the delegation would include X": a member of an announced delegation)
# ("Among the guests will be X, ..., Hu said": a guest the announcement names)
DELEGATION_INCLUDES_RE = re.compile(r"\bdelegation(?:,\s+which(?:\s[^.;,]{0,80},)?)?\s+(?:(?:will|would)\s+)?(?:also\s+)?(?:includes?|comprises)\b"
                                    r"|^\s*Among\s+the\s+(?:[\w\-]+\s+){0,2}?(?:guests|participants|attendees|speakers)\s+will\s+be\s+(?:[A-Z][\w\-]*\s+){0,3}$")
# after the lead of a report, a contact still to come: "President X, a founder of the party, will host the group's
# summit in July", "X is expected to receive the delegation on Thursday", "A and B are expected to meet"
STILL_TO_COME_RE = re.compile(r"(?:,[^.;]{0,120},)?\s+(?:will\s+host\s+the\s+(?:[\w'\u2019\-]+\s+){0,3}(?:summit|forum|conference)"
                              r"|(?:is|are)\s+(?:also\s+)?(?:expected|scheduled)\s+to\s+(?:receive|meet)"
                              r"|(?:has|have)\s+expressed\s+(?:his|her|their)\s+hope\s+to\s+visit)\b")     # ("X has expressed his hope to visit China")
# ("The delegation is scheduled to call on Prime Minister Dr. X on Tuesday before leaving": a contact still to come)
TO_MEET_BEFORE_RE = re.compile(r"\b(?:is|are)\s+(?:scheduled|expected|due|set)\s+to\s+(?:call\s+on|meet(?:\s+with)?|hold\s+talks\s+with)\s+(?:[\w.\-]+\s+){0,5}$")
# "In December, a CPRF delegation headed by X will take part in the ... Meeting in Beijing": another gathering, to come
LATER_PART_RE = re.compile(r"\s*In\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*,"
                           r"(?:[^.;]|(?<=\b[A-Z])\.){0,200}\s+will\s+(?:also\s+)?(?:take\s+part|participate)\s+in\b")
# "X, general secretary of ..., will attend the opening ceremony ..., Hu said", ", has confirmed she will attend the
# meeting, Guo said", "... are among the guests who will address": a coming contact's people, told after the name
WILL_TAKE_PART_RE = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:(?:,|\s+and\s)[^.;]{0,250}?,)?\s*,?\s*(?:(?:has|have)\s+confirmed\s+(?:that\s+)?(?:he|she|they)\s+|who\s+)?(?:will|would|(?:is|are)\s+(?:also\s+)?(?:expected|scheduled|due)\s+to(?=\s+(?:hold\s+talks|meet|receive|co-chair|address|inaugurate|deliver)\b))\s+(?:also\s+)?(?:attend|inaugurate|visit|pay|travel|arrive|lead|head|accompany|be\s+(?:a\s+)?(?:members?|part)\s+of|deliver|address|speak|meet|co-chair|chair|preside|moderate|receive|hold\s+talks"
                               r"|take\s+part|participate)\b|(?:(?:,|\s+and\s)[^.;]{0,250}?,)?\s*,?\s*(?:are|is)\s+among\s+the\s+(?:[\w\-]+\s+){0,2}?(?:leaders|speakers|guests)\s+who\s+(?:will|have\s+confirmed)\b")
# ("President X, the party leader, is expected in Beijing in May for the ... Forum": a trip of another time)
EXPECTED_LATER_RE = re.compile(r"(?:,[^.;]{3,80},)?\s+(?:is|are)\s+expected\s+in\s+[A-Z][\w\-]+\s+(?:in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|next\s+(?:month|year))\b")
