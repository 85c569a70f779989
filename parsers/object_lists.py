"""Lists of people after a contact word, and their items.

"met with U.S. Secretary of State Antony Blinken, San Francisco Mayor London Breed and ...",
"a delegation led by Secretary General Hiroshi Moriyama of the Liberal Democratic Party and ...",
"Accompanying Chen were ...", "Guests attending the conference were ...": where such a list
starts (OBJECT_LIST_RE), where it ends and how it splits into items (list_items, split_items).
Each item is then read by parsers.title_first. A delegation's own member lists ("The delegation
includes ...") are parsers.news_subjects'. Used by parsers.people and its helpers.
"""
from __future__ import annotations

import re

from parsers.names import TITLE_START_RE

__all__ = ["OBJECT_LIST_RE", "list_items", "split_items"]

# "met with U.S. Secretary of State Antony Blinken, San Francisco Mayor London Breed and ..."
# "led by"/"headed by"/"accompanied by" introduce the same kind of list (Xinhua puts the title first).
OBJECT_LIST_RE = re.compile(
    # ("held a seminar ... at the Casa del Frente, with A President X and Y, Vice-Minister of ..., opening the proceedings")
    r"(?<=,\s)with(?=\s+[A-Z][^.;]{3,240}?,?\s+(?:opening|chairing|co-chairing|presiding\s+over)\s+the\s+(?:proceedings|session|seminar|meeting|forum|dialogue|event)\b)|"
    # ("will then travel to Honiara for talks with Prime Minister X")
    r"(?<=\bfor\s)talks\s+with(?=\s+(?:the\s+)?[A-Z])|"
    # ("Head of the A X discussed with Chinese Ambassador to Egypt Y in a phone call on Wednesday ...")
    r"(?<=[a-z]\s)discussed\s+with(?=\s+(?:the\s+)?(?:Chinese|China['\u2019]s)\s+[A-Z])|"
    # ("The meeting at the party's headquarters in Belgrade was also attended by": the venue between)
    r"\b(?:(?:meeting|talks|ceremony|conversation|call|session|briefing|seminar)(?:\s+(?:at|in|on)\s+[^.;,\n]{3,80}?|,\s+(?:held|which\s+lasted)\s+[^.;,\n]{3,80}?,|\s+with\s+[A-Z][\w\-]+,\s+(?:at|in)\s+[^.;,\n]{3,80}?,)\s+(?:was|were)\s+(?:also\s+)?attended\s+by|(?:meeting|talks|(?<=\bThe\s)call|(?<=\bThe\s)conversation)\s+(?:(?:via|by|over)\s+(?:video\s+link|video|(?:tele)?phone)\s+)?(?:(?:was|were)\s+)?held\s+(?:[^.;,\n]{0,80}?\s)?between|(?:talks|(?<=\ba\s)meeting)\s+(?:at|in)\s+(?:the\s+)?[A-Z][^.;,\n]{0,60}?\s+between|(?<=\ba\s)meeting\s+at\s+the\s+party['\u2019]s\s+headquarters(?:\s+in\s+[^.;,\n]{3,40}?)?\s+between|(?:online\s+)?talks\s+via\s+video\s+link\s+between|(?<=\bvisit\sto\s)(?:China|Beijing)\s+by(?=\s+(?:party\s+|its\s+)?[A-Z])|(?:(?<=\bfollowing\s)|(?<=\bafter\s)|(?<=\bend\sof\s))(?:talks|discussions)\s+(?:here\s+|in\s+[A-Z][\w\-]+\s+)?between|talks\s+held\s+(?:by|via|over)\s+(?:video\s+link|video|(?:tele)?phone)\s+on\s+\w+day,\s+[A-Z][a-z]+\s+\d{1,2},\s+between|(?:(?<=\bagreement\sreached\s)|(?<=\bunderstanding\sreached\s))(?:here\s+(?:yesterday\s+|today\s+|on\s+\w+day\s+)?)?(?:in\s+[A-Z][\w\-]+\s+)?(?:on\s+[A-Z][a-z]+day\s+)?(?:at\s+(?:online\s+|video\s+)?talks\s+)?(?:on\s+[A-Z][a-z]+\s+\d{1,2}\s+)?between|(?<=\bin\s)talks\s+between(?=\s+(?:the\s+)?[A-Z])|(?:(?<=\bduring\s)|(?<=\bduring\sonline\s)|(?<=\bduring\svideo\s))(?:talks|discussions)\s+(?:here\s+)?(?:on\s+[A-Z][a-z]+\s+\d{1,2}\s+)?between|(?:(?<=\bat\s)|(?<=\bat\sthe\s)|(?<=\bat\sonline\s)|(?<=\bat\svideo\s))talks\s+(?:on\s+[A-Z][a-z]+\s+\d{1,2}\s+|on\s+\w+day\s+)?between(?=\s+(?:the\s+)?[A-Z])|(?:meeting|talks)\s+(?:here\s+)?(?:this\s+\w+|today|yesterday|on\s+\w+day)\s+between|(?:(?:video|phone|telephone)\s+(?:call|conversation|talks)|video\s*conference)\s+(?:held\s+)?(?:on\s+\w+(?:\s+\d{1,2})?\s+|on\s+\d{1,2}\s+\w+\s+|today\s+|yesterday\s+|the\s+same\s+day\s+|(?:this\s+)?\w+day\s+|on\s+\w+day,\s+[A-Z][a-z]+\s+\d{1,2},\s+|earlier\s+(?:in\s+the\s+day|today)\s+)?between|"
    # ("X made the remarks after holding discussions on the same day with the Chinese Ambassador to Ethiopia, Y, at ...")
    r"(?<=\bafter\s)holding\s+(?:[\w\-]+\s+)?(?:discussions|talks)(?:\s+on\s+the\s+same\s+day|\s+today|\s+on\s+[A-Z][a-z]+day)?\s+with(?=\s+(?:the\s+)?[A-Z])|"
    # ("..., Song Tao ... told FPM leader X in a phone call on Wednesday": the one told)
    r"(?<=,\s)told(?=\s+[A-Z][^.;]{3,120}?\s+in\s+a\s+(?:phone|telephone|video)\s+(?:call|conversation)\b)|"
    # "The pledge was made by SPLM Secretary General X in talks with ...": the lead's speaker at this contact
    r"(?:pledge|remarks?|statement|commitment|promise)\s+(?:was|were)\s+made\s+by(?=\s+(?:the\s+)?[A-Z][^.;]{3,120}?\s(?:in|during|at)\s+(?:talks|a\s+meeting)\s+with\b)|"
    # "... also participated in the meeting: Vice President of Organization X; Vice President of Training Y; ..."
    r"(?:participated|took\s+part)\s+in\s+the\s+(?:meeting|talks|event):|\b[Tt]aking\s+part\s+from\s+(?:the\s+)?[A-Z][^.;,\n]{0,60}?\s+was(?=\s+[A-Z]|\s+the\s+party['\u2019]s\s+[A-Z])|(?<=\bheld\sin\s)[A-Z][\w\-]+\s+and\s+attended\s+by|engaged\s+in\s+(?:[\w\-]+\s+)?(?:discussions?|talks)|"
    # "a Chinese government delegation recently visited former President X"
    r"visited(?=\s+(?:former\s+|the\s+)?(?:President|Prime\s+Minister|Chairman|Chairwoman|Speaker|Secretary|Leader|Chinese\s+Ambassador)\b)|met|meets|meeting(?!\s+(?:took\s+place|was\s+held|came|comes|ended|lasted)\b)|(?<=\bscheduled\sto\s)meet(?:\s+with)?|(?<=\bexpected\sto\s)meet(?:\s+with)?(?=\s+[A-Z])|(?:(?<=\bwill\s)|(?<=\bwould\s))meet(?:\s+with)?|(?<=\bwill\salso\s)meet(?:\s+with)?(?=\s+[A-Z])|(?<=\bwill\salso\s)meet\s+the\s+leadership\s+of\s+[^,.;]{3,80},\s+including|(?:(?<=\bwill\s)|(?<=\bwould\s))call\s+on|(?<=\bwill\s)exchange\s+views\s+with|(?<=\bscheduled\sto\s)call\s+on|(?<=\band\sto\s)call\s+on(?=\s+[A-Z])|(?<=,\sand\s)call\s+on(?=\s+Chinese\s+[A-Z])|(?:(?<=\bprogramme\salso\sincludes\s)|(?<=\bprogramme\sincludes\s)|(?<=\bitinerary\sincludes\s)|(?<=\bitinerary\salso\sincludes\s))a\s+(?:courtesy\s+)?call\s+on(?=\s+(?:the\s+)?[A-Z])|(?<=\band\sto\s)meet(?:\s+with)?(?=\s+[A-Z])|(?:held|had|holds|(?<=,\s)holding|(?<=\bwould\s)hold|(?<=\bwill\s)hold|(?<=\band\s)hold|(?<=\band\sto\s)hold|(?<=\bexpected\sto\s)hold|(?<=\bscheduled\sto\s)hold)\s+(?:[\w\-]+\s+)?talks|talked|(?:(?<=\bscheduled\sto\s)|(?<=\bexpected\sto\s)|(?<=\bwill\s)|(?<=\bwill\salso\s))hold\s+separate\s+meetings\s+with|called\s+(?:separately\s+)?on|calling\s+on|(?<=,\s)joined\s+by(?=\s+[A-Z])|\b[Aa]ccompanying\s+(?:him|her|them|[A-Z][\w\-]+)\s+will\s+be(?=\s+[A-Z])|(?<=,\s)with(?=\s+(?:[A-Z][\w\-]*\s+){2,8}(?:delivering|giving)\s+(?:a|the)\s+(?:keynote|main|opening)\b)|(?:was|were)\s+moderated\s+by(?=\s+[A-Z])|(?:was|were)\s+(?:also\s+|later\s+)?joined\s+(?:from\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}\s+|(?:on|in|at)\s+the\s+(?:call|meeting|talks|(?:virtual\s+|online\s+|video\s+)?(?:session|conference|conversation)|party\s+headquarters(?:\s+in\s+[A-Z][\w\-]+)?)\s+|at\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}\s+)?by|(?<=\bofficial\s)told(?=\s+[A-Z])|told(?=\s+(?:\(?[A-Z][\w\-()'\u2019]*\s+){2,10}(?:during|at)\s+(?:a|the|their|his|her)\s+(?:[\w\-]+\s+)?(?:meeting|talks)\b)|(?<=\(CPC\)\s)told(?=\s+[A-Z])|(?<=,\s)hosted\s+by(?=\s+Chinese\s+[Aa]mbassador\b)|conveyed\s+(?:the|this|that)\s+message\s+to(?=\s+[A-Z][^.;]{3,160}?\b(?:during|at)\s+(?:a|the|their)\s+(?:meeting|talks)\b)|(?<=,\s)(?:opened|inaugurated)\s+by(?=\s+the\s+(?:president|chairman|chairwoman|secretary[\s-]general|leader)\s+of\b)|(?<=\bseminar\swas\s)(?:opened|inaugurated)\s+(?:on\s+\w+day\s+|today\s+|yesterday\s+)?by(?=\s+(?:the\s+)?[A-Z])|(?:(?<=\bwas\s)|(?<=\bwere\s))hosted\s+to\s+(?:lunch|dinner|a\s+(?:lunch|luncheon|dinner|banquet))\s+by(?=\s+[A-Z])|(?<=\s)told(?=\s+Chinese\s+(?:Ambassador|ambassador)\b[^.;]{3,80}?\s+when\s+(?:he|she)\s+(?:called\s+on|met|visited)\b)|(?<=,\s)told(?=\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){1,3}\s+here\s+(?:on\s+\w+day|today|yesterday)\b)|told(?=\s+China['\u2019]s\s+[a-z])|(?<=\s)assured(?=\s+[A-Z])|(?<=\bwas\s)(?:agreed|decided)\s+(?:here\s+)?(?:on\s+\w+day\s+)?by(?=\s+the\s)|(?<=\bwas\s)agreed\s+on\s+[A-Z][a-z]+\s+\d{1,2}\s+by(?=\s+[A-Z])|(?<=\bas\s)agreed\s+by(?=\s+[A-Z])|(?<=\bwas\s)announced\s+(?:here\s+)?(?:today\s+)?by(?=\s+(?:IDCPC|the\s+IDCPC)\s+spokes)|told(?=\s+[A-Z][^.;\n]{3,120}?\s+(?:over|by)\s+(?:the\s+)?(?:tele)?phone\b)|(?<=\s)together\s+with(?=\s+(?:the\s+party['\u2019]s|its|his|her|(?:the\s+)?(?:[A-Z][\w\-]+\s+){0,2}(?:Ambassador|Minister|Secretary|Chairman|Chairwoman|Chairperson))\s)|after\s+(?:separate\s+)?(?:talks|meetings)\s+(?:in\s+[A-Z][\w\-]+\s+on\s+[A-Z][a-z]+\s+\d{1,2}\s+)?with|(?:during|in|at)\s+(?:(?:his|her|their)\s+)?separate\s+(?:meetings|talks)\s+(?:here\s+)?(?:(?:on\s+)?\w+day\s+)?with|"
    r"pa(?:y|id|ying|ys)\s+(?:a\s+)?courtesy\s+calls?\s+(?:on|to)|(?<=\breceiving\s)a\s+courtesy\s+call\s+from(?=\s+(?:the\s+)?[A-Z])|(?<=\breceived\s)a\s+courtesy\s+call\s+from(?=\s+(?:the\s+)?[A-Z])|(?:[Dd]uring|in)\s+(?:a|his|her)\s+courtesy\s+call\s+on|pa(?:id|ying|ys)\s+(?:a\s+)?(?:courtesy\s+)?visits?\s+to|(?:during|in)\s+(?:the\s+)?(?:talks|negotiations)\s+with|"
    # "made the suggestion during his phone talks on February 8 with ..."
    r"(?:during|in|(?<=said\s)after)\s+(?:his|her|their|a|an)\s+(?:phone|telephone|video)\s+(?:talks|conversation|call)(?:\s+on\s+[A-Z][a-z]+\s+\d{1,2}|\s+today|\s+yesterday|\s+on\s+\w+day)?\s+with|"
    r"in\s+(?:a|his|her)\s+(?:telephone|phone|video)\s+(?:conversation|call|talks)(?!\s+(?:held|between)\b)|"
    r"(?:spoke|speaks|talked|talks)\s+(?:by\s+(?:phone|telephone)|on\s+the\s+(?:phone|telephone))\s+with|"
    r"(?<=\b[Tt]his\s)was\s+(?:announced|stated|disclosed)\s+by(?=\s+(?:the\s+)?[A-Z])|(?<=\bwas\s)addressed\s+by(?=\s+[A-Z])|(?<=,\s)addressed\s+by(?=\s+the\s+[A-Z])|(?:(?<=\bdialogue\swas\s)|(?<=\bseminar\swas\s)|(?<=\bforum\swas\s)|(?<=\bsession\swas\s)|(?<=\bconference\swas\s))opened\s+by(?=\s+[A-Z])|(?:(?<=day,\s)|(?<=headquarters,\s)|(?<=Street,\s)|(?<=The\sforum,\s)|(?<=The\sseminar,\s)|(?<=The\sconference,\s)|(?<=The\sdialogue,\s)|(?<=The\ssymposium,\s))opened\s+by(?=\s+[A-Z])|(?<=\bwas\s)(?:officially|formally)\s+opened\s+by(?=\s+[A-Z])|(?<=\btalks\s)at\s+the\s+[A-Z][\w'\u2019\-]*\s+headquarters\s+between(?=\s+[A-Z])|(?<=\bmeeting\s)on\s+[A-Z][a-z]+\s+\d{1,2}\s+between(?=\s+[A-Z])|communicated\s+with|(?:told|assured)(?=\s+visiting\s+[A-Z])|told(?=\s+(?:[A-Z][a-z]+\s+){1,2}Ambassador\s+[A-Z])|told(?=\s+[A-Z]{2,6}\s+(?:Chairman|President|Secretary|chairman|president|leader)\s+[A-Z])|(?<=\bwhile\s)talking\s+to(?=\s+[A-Z])|"       # "also visited X County and communicated with the Prefect ... Mr. Y"
    # "conveyed the sympathy of the CPC to X, secretary general of the DPJ": the one spoken to
    r"conveyed\s+(?:the\s+)?(?:[\w\-'\u2019]+\s+){0,2}?(?:sympathy|sympathies|condolences)\s+(?:of\s+[^.;,\n]{2,60}?\s+)?to(?=\s+[A-Z][a-z]+\s+[A-Z])|"
    # "the A, in a message signed by its Secretary General X, praised ...": the sender
    # ("The letter, addressed to SP President X, was signed by Y")
    r"(?:(?<=\bmessage\s)|(?<=\bletter\s)|(?<=,\swas\s))signed\s+by(?:\s+its)?(?=\s+[A-Z])|"
    # "X hosted a reception in Hanoi on March 22 for Chinese Ambassador to Vietnam Y, who came to ...": the guest
    r"hosted\s+a\s+reception\s+(?:in\s+[A-Z][\w\-]+\s+)?(?:on\s+[A-Z][a-z]+\s+\d{1,2}\s+|on\s+\w+day\s+|today\s+)?for(?=\s+[A-Z])|"
    # "The messages were handed over to Chinese Ambassador to Cambodia X by Y": the one who took them
    r"(?:(?<=\bwere\s)|(?<=\bwas\s))handed\s+over\s+to(?=\s+Chinese\s+(?:Ambassador|ambassador)\b)|"
    # "The message was delivered to A Secretary General X by Chinese Ambassador Y during a courtesy call": both there
    r"(?:(?<=\bwere\s)|(?<=\bwas\s))(?:delivered|handed\s+over|presented)\s+to(?=\s+[A-Z][^.;]{3,100}?\s+by\s+Chinese\s+[Aa]mbassador\b[^.;]{3,80}?\s+(?:during|at)\s+(?:a|the)\s+(?:courtesy\s+call|meeting)\b)|"
    r"(?<=\s)by(?=\s+Chinese\s+[Aa]mbassador\s+(?:to\s+[A-Z][\w\-]+\s+)?(?:[A-Z][\w\-]+\s+){1,3}(?:during|at)\s+(?:a|the)\s+(?:courtesy\s+call|meeting)\b"
    r"(?!\s+(?:last|earlier|previously|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d))\b))|"     # (not "during a courtesy call last month")
    # "The plan was conveyed by Chinese Ambassador X when he met with Y": the one who met
    r"(?:was|were)\s+(?:conveyed|announced|made|delivered)\s+by(?=\s[^.;]{3,120}?\s+when\s+(?:he|she)\s)|"
    # "X joined the talks at the LDP headquarters, as did Chinese Ambassador to Japan Y"
    r"(?<=,\s)as\s+(?:did|was|were)(?=\s+(?:the\s+)?[A-Z])|"
    # "Congratulatory letters from General Secretary X and President Y were read out at the opening": senders to the gathering
    r"(?:[Cc]ongratulatory\s+)?(?:letters|messages)\s+from(?=[^\n]{5,200}?\s+were\s+read\b)|"
    r"(?:news|press)\s+(?:briefing|conference)\s+with|under\s+the\s+co-chairmanship\s+of|(?<=\bwill\sbe\s)(?:jointly\s+)?(?:opened|addressed|co-chaired|chaired)\s+by|(?<=\s)along\s+with(?=\s+(?:[A-Z]{2,6}\s+)?[A-Z][a-z]+\s)|"     # "joined from ... along with AL Presidium Member X"
    # "..., with AL General Secretary X and Song Tao, Minister of ..., leading the two sides"
    r"(?<=,\s)with(?=\s[^.;]{5,250}?,?\s+(?:leading|heading)\s+(?:the|their)\s+(?:two\s+|respective\s+)?(?:sides|delegations)\b)|"     # "Speaking at a news briefing with RPF Secretary General X"
    # KCNA's "Present there on invitation were Chinese Ambassador to the DPRK X and staff members of the embassy."
    r"\b[Pp]resent\s+(?:there|at\s+the\s+(?:meeting|talks|reception|banquet|ceremony|event))\s+(?:on\s+invitation\s+)?were|"
    r"(?:had|held)\s+a\s+(?:[\w\-]+\s+)?talk\s+with|"      # "had a talk with Chinese Ambassador to Japan X"
    r"(?:had|has|held|holds)\s+(?:a|the)\s+(?:phone|telephone|video)\s+(?:call|conversation)\s+(?:today\s+|yesterday\s+|on\s+\w+day\s+)?with|"
    r"(?<=\bto\s)be\s+received\s+by|received(?!\s+a\s+courtesy\s+call\s+from\b)|receives|(?:(?<=\bmessage\swas\s)|(?<=\bletter\swas\s))(?:also\s+)?sent\s+by(?=\s+[A-Z])|(?<=\bwith\s)a\s+keynote\s+(?:speech|address)\s+by(?=\s+[A-Z])|(?<=\baudience\s)(?:(?:he|she)\s+)?granted\s+(?:at\s+[^.;,]{3,60}?\s+)?to(?=\s+the\s|\s+China['\u2019]s\s)|(?<=\bwhile\s)receiving|(?<=\bwhen\s)receiving|(?<=\bafter\s)receiving(?=\s+(?:Chinese\s+|the\s+)?[A-Z]|\s+the\s+(?:Chinese\s+)?(?:ambassador|envoy)\b)|welcomed|welcomes|\b[Aa]t\s+a\s+reception\s+for|\bin\s+the\s+presence\s+of|(?:as\s+it\s+)?hosted(?=\s+(?:the|a|an)\s+[\w\-'\u2019]+\s+[\w\-]+\s+(?:leader|president|chairman))|hosted(?=\s+(?:the\s+)?(?:Chinese|China['\u2019]s)\s+[Aa]mbassador\b)|"
    r"(?:held|had)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:discussions?|meetings?|conversations?|exchanges?(?:\s+of\s+views)?|chats?|(?<=working\s)sessions?)|"
    # ("was received on Tuesday at the headquarters of the A, the main opposition party, by its President, X")
    r"(?<=,\s)by(?=\s+its\s+[A-Z])|"
    # ("The party is chaired by President X": who leads it, not who came; "was accompanied at the talks by")
    # ("a memorandum signed Wednesday in Luanda by the vice-president of the ruling party, X, and ...": its signatories;
    # "The understanding was announced by the A Secretary-General, X, after a meeting with": its announcer)
    r"(?<!\bparty\sis\s)(?P<led>(?:co-)?(?:led|headed|chaired)\s+(?:on\s+the\s+[A-Z][\w\-]*\s+side\s+)?by|(?:accompanied|flanked)\s+(?:(?:at|in)\s+(?:the\s+(?:talks|meeting|party\s+headquarters)|both\s+meetings|the\s+two\s+meetings)\s+|on\s+the\s+(?:trip|visit)\s+)?by(?:,\s+among\s+others,)?)|signed\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:here\s+|(?:at|in)\s+[^.;,\n]{3,60}?\s+)?by|(?<=\b[Pp]apers\s)were\s+(?:also\s+)?presented\s+by|(?<=\swas\s)announced\s+by(?=\s[^.;]{3,120}?,?\s+(?:after|following)\s+(?:a\s+meeting|meeting|talks|receiving)\b)|(?:is|are|was|were)\s+(?:also\s+)?represented\s+(?:at\s+the\s+(?:meeting|talks|forum|dialogue|conference|summit)\s+)?by|"
    # "The meeting was attended by ZANU-PF National Political Commissar X and Chinese Ambassador Y"
    # ("The meeting was chaired by X and attended by A, B and C")
    r"(?:(?<=[a-z]\sand\s)|(?<=,\sand\s))attended\s+by(?=\s+[A-Z])|(?=w[ae])(?:(?<=\bmeeting\s)|(?<=\btalks\s)|(?<=\bcall\s)|(?<=\bseminar\s)|(?<=\bforum\s)|(?<=\bsession\s)|(?<=\bdialogue\s)|(?<=\bceremony\s)|(?<=\bconversation\s)|(?<=\bvisit\s)|(?<=\breception\s)|(?<=\bbanquet\s)|(?<=\bbriefing\s)|(?<=\bconference\s)|(?<=\bdiscussion\s)|(?<=\bprogramme\s)|(?<=\btwo\sparties\s)|(?<=\bround\stable\s)|(?<=\bsymposium\s)|(?<=\bworkshop\s)|(?<=\bwebinar\s)"
    # ("... after the meeting at the party headquarters, which was also attended by party X"; "The meeting
    # dealt with ... and was attended by Chinese Ambassador X")
    r"|(?<=,\swhich\s)|(?<=\sand\s)|(?<=\",\s)|(?<=\u201d,\s))"     # ('The dialogue, devoted to "...", was opened by')
    # ("The seminar was opened by BSP Chairman X")
    r"(?:was|were)\s+(?:also\s+|officially\s+|jointly\s+)?(?:attended|opened|moderated|presided\s+over|delivered|given|hosted|addressed)\s+by|"
    # "Guests attending the conference were ...", "Also present were ...": a list of those taking part
    # ("Also speaking at the session, which drew some 300 party members, were ...", "Speaking at the opening session were")
    r"\b(?:[Aa]ttending|[Pp]resent|[Tt]aking\s+part\s+(?:in\s+the\s+(?:talks|meeting|call|conversation|exchange|videoconference)|on\s+the\s+[A-Z][\w\-]*\s+side|from(?=\s))|[Aa]lso\s+(?:speaking\s+at|addressing|taking\s+part|in\s+attendance|on\s+the\s+(?:line|call))|Speaking\s+at)\b[^.;,\n]{0,60}?"
    r"(?:,\s+(?:which|held)\s+[^.;,]{0,120},)?\s+(?:were(?:\s+also(?=\s+the\s))?|(?<=\bend\s)was|(?<=\bside\s)was|(?<=\bcall\s)was|(?<=\bline\s)was|(?<=\bconversation\s)was|(?<=\bsession\s)was|(?<=\bpresent\s)was|(?<=\btalks\s)was|(?<=\bmeeting\s)was|included)|\b[Pp]resent\s+(?:there\s+)?were|"
    # "Accompanying Chen were Ambassador ... X, ..." (and, first above, "a meeting was held at ... between A and B")
    r"\b[Dd]elegation(?:,\s+which\s+[^.;,]{0,120},)?\s+(?:that\s+)?(?:also\s+|further\s+)?(?:included|includes|comprised|comprises|consisted\s+of)(?=\s+(?:[A-Z]|the\s))|"
    r"\b[Dd]elegation,\s+which\s+(?:(?:will|would)\s+)?(?:also\s+)?(?:included|includes|include|comprised|comprises)(?=\s+[A-Z])|"
    r"(?<=\s)side\s+(?:at\s+the\s+(?:talks|meeting)\s+)?(?:also\s+)?(?:included|includes)(?=\s+(?:[A-Z]|[a-z]+\s+(?:[a-z\-]+\s+){0,3}?(?:chairman|secretary|president|leader)\b))|"     # "The CPRF side at the talks also included first deputy chairman ... X"
    r"\b[Dd]elegation\s+(?:will|would)\s+(?:also\s+)?include(?=\s+(?:[A-Z]|(?:party\s+|central\s+committee\s+)?[a-z\-]+\s+(?:[a-z\-]+\s+){0,3}?(?-i:[A-Z])))|(?<=\band\s)(?:will|would)\s+(?:also\s+)?include(?=\s+[A-Z])|"     # an announcement: "The delegation will also include A and B"     # "The delegation, which includes A, B and C, is in China"     # "The delegation included Senator A, ..., and B"
    r"\b[Aa]mong\s+the\s+(?:delegation\s+members|members\s+of\s+the\s+(?:[\w\-]+\s+)?delegation)\s+(?:is|are|was|were)(?=\s+[A-Z])|"     # ("Among the delegation members is X")
    r"\b[Aa]ccompanying\s+[^.;,\n]{1,60}?\s+(?:were|was)|\b[Jj]oining\s+(?:the|[A-Z][\w\-]+)\s+[^.;,\n]{1,120}?\s+(?:were|was)(?=\s+(?:the\s+)?[A-Z])|(?:(?<=[a-z]\s)|(?<=[a-z],\s))alongside(?=\s+(?:the\s+)?[A-Z])|"
    # "Leaders having sent congratulatory messages included Kazakh President X, ..."
    r"\b(?:[Ll]eaders|[Ss]enders|[Gg]uests|[Pp]articipants|[Ss]peakers|Those\s+(?:sending|who\s+sent)\s+(?:[\w\-]+\s+)?messages)\b[^.;,\n]{0,60}?\s+(?:included|includes?)|"
    # ("Other speakers at the forum were A, who is ..., and B")
    r"\b(?:[Oo]ther\s+)?[Ss]peakers\s+(?:at|during)\s+the\s+[^.;,\n]{0,60}?\s+were(?=\s+[A-Z])|"
    # ("The Nepali participants are NC Vice-President A, Vice-chairman of the B C and ...")
    r"\b[Tt]he\s+(?:[A-Z][\w\-]+\s+)?(?:participants|guests|speakers|delegates|attendees)\s+(?:are|were)(?=\s+[A-Z])|"
    # "met with X on Nov. 17, and with State Minister ... Y the following day": a second object of the same verb
    r"(?:(?<=,\s)|(?<=[a-z]\s))and(?=\s+with\s+(?:the\s+)?[A-Z]))"
    # ("received on Monday 15 October at the party's headquarters the Ambassador ...")
    r"(?:\s+(?:here|today|separately|also|respectively|jointly|yesterday"
    r"|(?:on\s+|this\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening)|,?\s+\d{1,2}\s+[A-Z][a-z]+)?|this\s+(?:morning|afternoon|evening)))*"   # "met here Thursday with"
    # "received this Wednesday at the Casa Nacional of the party the Ambassador of ... to the Dominican Republic, X"
    # ("received this morning at the Peace Palace H.E. X, Ambassador of ...")
    r"(?:\s+at\s+(?:the\s+)?[\w'\u2019][^,.;]{1,60}?(?=\s+the\s+(?:[A-Z][\w\-]+\s+)?(?:[Aa]mbassador|Director|Head|Representative|Charg\u00e9)\b|\s+H\.E\.\s|\s+(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z]"
    r"|\s+by\s+(?:the\s+)?[A-Z]))?"     # ("was received at the Executive Tower by President X")
    # "received in Hanoi on December 22 head of the Publicity Department ... X"
    r"(?:\s+in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+on\s+(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?(?=\s+[a-zA-Z]))?"
    # "met and exchanged views on China-Uruguay relations with ...": the list starts after "with"
    r"(?:\s+and\s+exchanged\s+views|\s+and\s+(?:held|had)\s+talks)?(?:\s+on\s+[^,.;]{1,80}?(?=\s+with\s))?"
    # "held an hour-long meeting in the Great Hall of the People in downtown Beijing with ..."
    r"(?:\s+(?:in|at)\s+[^,.;]{1,80}?(?=\s+with\s))?"
    r"(?:\s+with)?\s+")
# " and " splits items before a capital and before a lower-case common noun ("... Mayor London
# Breed and professionals from ...").
# (never inside parentheses: "B (Secretary for Ideology and Publicity)")
# ("A, B and, on the Chinese side, C": the side named between items)
_ITEM_SPLIT_RE = re.compile(r"(?:(?:,?\s+and)?,\s+on\s+the\s+[A-Z][a-z]+\s+side,\s+|\s+and\s+on\s+the\s+[A-Z][\w\-]*\s+side\s+by\s+|,?\s+as\s+well\s+as\s+|,\s+and\s+|,\s+|,(?=[A-Z][a-z])|(?<!\bBosnia)(?<!\bTrinidad)(?<!\bAntigua)(?<!\bKitts)(?<!\bVincent)(?<!\bTome)(?<!\bTom\u00e9)\s+and\s+(?=[A-Za-z]))(?![^()]*\))")
# (the "and" inside a country's name joins no two items: "Chinese Ambassador to Bosnia and Herzegovina X")
# " in " ends a list ("met with X in Beijing") except inside a title ("parliamentary group in the Bundestag").
_LIST_END_RE = re.compile(r"(?:(?<=[a-z\u00df-\u024f\d)]{2})|(?<=[A-Z]\)))(?<!Prof)(?<!Mrs)(?<!Hon)(?<!Rep)(?<!Sen)(?<!Rev)(?<!Gov)[.]\s|"
                          # ("... Vice President Men Sam An. The delegation will ...": a two-letter word ends the sentence)
                          r"(?<=\s[A-Z][a-z])(?<!Mr)(?<!Dr)(?<!Ms)(?<!St)(?<!Jr)[.]\s(?=(?:The|He|She|They|It|His|Her|In|On|During|Both)\s)|"
                          r";\s|\n|[.;]$|\sand\s+to\s|(?<!\sand)(?<!,)\sby\s(?=[A-Z][a-z]+\s[A-Z][a-z]+)|\sfor\s+(?:bilateral\s+|formal\s+)?(?:talks|discussions)\b|\s(?:(?<!Office\s)(?<!Bureau\s)at(?!\s+the\s+(?:National|Regional|Central)\s+Command\b)|who|that|which|during|respectively|here|today|while|whereas|via)\s|\s(?:when|after)\s+(?:he|she|they)\s|(?<!ommittee)(?<!ommission)\son\s(?!the\s+[A-Z][\w\-]*\s+side(?:,|\s+by\b))|(?<![a-z]{2})\sin\s(?!the\s+(?:Senate|National\s+Assembly|Parliament|House\s+of)\b|charge\s+of\b)|(?<![Aa]mbassador)(?<![Ee]nvoy)(?<!China)\sin\s(?!the\s+(?!Capital\b)[A-Z]|charge\s+of\b)|(?<![Aa]mbassador)(?<![Ee]nvoy)(?<!Counsellor)(?<!Counselor)(?<![Aa]ffaires)(?<!Plenipotentiary)\sto\s|,\s+(?:who|which|where|and\s+the\s+two)\b|\s(?:over|by)\s+(?:the\s+)?(?:tele)?phone\b|\sas\s+(?:(?:a|the|his|her)\s+)?(?:special\s+)?(?:envoy|representative)\b"
                          # "led by ... Chen Zhou ended a visit", "... Vivian Balakrishnan yesterday"
                          r"|\s(?:yesterday|tomorrow|today|tonight|here|respectively|this\s+(?:morning|afternoon|evening)|the\s+(?:following|next|previous|same)\s+day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|was|were|is|are|has|have|had|"
                          r"will|would|ended|concluded|arrived|returned|left|visited|discussed|started|began|met|held|holds|said|says|told|added|comes|came|called\s+on|paid|"
                          # "At a meeting with X, ..., visiting CPC official Y conveyed regards from Z": the verb ends the list
                          r"conveyed|expressed|extended|thanked|stressed|noted|briefed|hosted|signed|took\s+part|attended|participated|joined|delivering|giving"
                          r"|also(?=\s+(?:[a-z]+ed|met|held|took|gave|paid|sent|spoke)\b))\b")     # "led by X also attended the session"

# ("the Director of the Office of China to the State of Palestine, X": a mission's head)
_ENVOY_OF_RE = re.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul|[Rr]epresentative|Director\s+of\s+the\s+Office)(?:\s+Extraordinary\s+and\s+Plenipotentiary)?"
                          r"\s+of\s+(?:the\s+)?[A-Z][\w'\u2019\-]*(?:\s+(?:(?:of|and|the)\s+)*[A-Z][\w'\u2019\-]*){0,4}\s*$")


# "Advisor to the President of Uzbekistan on Strategic Development Sardor Umurzakov": an adviser's
# field after "on" is part of the title, not the subject of the talks ("on Tuesday", "on trade")
_ADVISER_ON_RE = re.compile(r"\b(?:[Aa]dvis[eo]r|[Aa]ssistant)\s+to\s+(?:the\s+)?[A-Z][^,;.]{0,80}?\son\s+"
                            r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
                            r"August|September|October|November|December)[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)*\s+[A-Z]")


_SEMICOLON_LIST_RE = re.compile(r"[^;]{3,240};\s+(?:and\s+)?(?:the\s+)?[A-Za-z][^;]{3,160}(?:;\s+(?:and\s+)?(?:the\s+)?[A-Za-z][^;]{3,160})*$")
# a sentence's full stop, not an initial's or an honorific's ("Deputy Leader I. Chester Cooper; Sen. Fred Mitchell")
_STOP_RE = re.compile(r"(?<![\s.][A-Z])(?<!Sen)(?<!Rep)(?<!Rev)(?<!Gov)(?<!Dr)(?<!Mr)(?<!Ms)(?<!Mrs)(?<!Hon)\.\s")


_CLAUSE_VERB_RE = re.compile(r",?\s+and\s+(?:also\s+)?(?!retired\b)[a-z]+ed\s+(?:his|her|their|its|the|a|an|that|to|with|on|views)\b")


_TITLE_COMMA_NAME_ITEM_RE = re.compile(r"(?:and\s+)?(?:the\s+)?(?P<title>[^;]{3,200}?\b[a-z][^;]*?),\s+"
                                       r"(?P<name>[A-Z][\w'\u2019\-\u00C0-\u017F]+(?:\s+[A-Z][\w'\u2019\-\u00C0-\u017F]+){1,3})$")


def list_items(text: str, i: int, limit: int):
    stop = min(len(text), limit, i + 700)     # a visit report may list ten people in one sentence
    full_stop = _STOP_RE.search(text, i)
    end = min(e for e in (full_stop.start() if full_stop else -1, text.find("\n", i), stop) if e >= 0)
    if text[max(0, i - 3):i].rstrip().endswith(":") or _SEMICOLON_LIST_RE.match(text[i:end]):
        # a list after a colon, or one whose items are set apart by semicolons ("accompanied by First
        # Lady A; Deputy B; the vice minister ..., C; and ..., D"): it runs to the sentence's end
        pos = i
        for part in text[i:end].split(";"):
            a, b = pos + len(part) - len(part.lstrip()), pos + len(part.rstrip(" ."))
            if tn := _TITLE_COMMA_NAME_ITEM_RE.match(text, a, b):
                # "the president of the A and Minister of Science, Technology and Innovation, Luciana Santos": the
                # part's last comma sets the name apart from its title, whatever commas the title holds
                yield tn.group("title"), tn.start("title")
                yield tn.group("name"), tn.start("name")
            else:
                yield from split_items(text, a, b)
            pos += len(part) + 1
        return
    end_m = _LIST_END_RE.search(text, i, stop + 1)
    while end_m and end_m.group().strip() == "to" and (
            _ENVOY_OF_RE.search(text, max(i, end_m.start() - 120), end_m.start())
            # "Advisor to the President X", not "chief advisor to CHP leader X" (whose leader is another man)
            or re.search(r"\b(?:[Aa]dvis[eo]r|[Aa]ssistant|Secretary)$", text[max(i, end_m.start() - 12):end_m.start()])
            and re.match(r"the\s+[A-Z]", text[end_m.end():end_m.end() + 8])):
        end_m = _LIST_END_RE.search(text, end_m.end(), stop + 1)    # "Ambassador of Uruguay to China X"
    while end_m and end_m.group().strip() == "on" and _ADVISER_ON_RE.search(text, max(i, end_m.start() - 120), end_m.end() + 40):
        end_m = _LIST_END_RE.search(text, end_m.end(), stop + 1)    # "Advisor to the President on Strategic Development X"
    end = end_m.start() if end_m else stop
    while end > i and (text[end - 1] in " ," or text[end - 1] == "." and (text[end - 2:end - 1] == ")" or text.startswith("\n", end))):
        end -= 1            # "... and Y (ADQ).", "... to Tanzania, Wang Ke.\n": the paragraph's full stop
    if text.endswith(" and", i, end) and re.match(r"\s+(?:will|would|is|are|was|were)\b", text[end:end + 8]):
        end -= 4            # "received by General Secretary X and will hold talks with Y": the next verb's "and"
        while end > i and text[end - 1] in " ,":
            end -= 1
    if re.search(r"\s+and$", text[i:end]) and re.match(r"\s+and\s+(?:[a-z]+ed|held|met|had|made|took|gave|paid|sent)\b", text[end - 4:end + 30]):
        end = i + len(re.sub(r",?\s+and$", "", text[i:end]))   # "called on President X and discussed ...": the verb ends the list
    verb = _CLAUSE_VERB_RE.search(text, i, end)
    if verb:
        end = verb.start()  # "welcomed the delegation and recalled his talks with X": a new clause, not an item
    yield from split_items(text, i, end)
    if end_m and re.match(r",\s+who\b", end_m.group()):
        # "met with President X, who is also the leader of the A and the B coalition, Speaker of the
        # Parliament Y, Minister of Foreign Affairs Z, and ...": the list goes on after the clause
        k = text.find(", ", end_m.end(), min(stop, end_m.end() + 200))
        k2 = k + 2 + (4 if text.startswith("and ", k + 2) else 0)    # (", and Chinese Ambassador X" after the clause)
        k2 += 5 if text.startswith("with ", k2) else 3 if text.startswith("by ", k2) else 0     # (", and with former president X", ", and by Y")
        k2 += 4 if text.startswith("the ", k2) else 0                   # (", and the Chinese ambassador to Portugal, X")
        if k > 0 and "." not in text[end_m.end():k] and TITLE_START_RE.match(text[k2:k2 + 80]) \
                and re.match(r"[A-Z]|former\s", text[k2:k2 + 7]):
            yield from list_items(text, k2, limit)
    elif end_m and end_m.group().strip() == "at" and (more := re.compile(r"[^.;,]{0,80}?,?\s+and\s+(?=[a-zA-Z][^.;,]{3,150}?\s+at\s)").match(text, end_m.end())):
        # "met A at the party headquarters at Balkhu, and acting President of the B Sushil Koirala at his
        # residence": each item told with its own place
        yield from list_items(text, more.end(), limit)


def split_items(text: str, i: int, end: int):
    pos = i
    for part in _ITEM_SPLIT_RE.split(text[i:end], maxsplit=16):
        j = text.find(part, pos)
        pos = j + len(part)
        # "Armenian officials including Vice President of ...": the group noun is no part of the title
        item = re.sub(r"^[^,]{0,60}?\b(?:including|includes|included|comprising|comprises|such\s+as|namely)\s+(?=[A-Z])", "", part)
        item = re.sub(r"^(?:by\s+(?=(?:its|the)\s))?(?:the|a|an|its)\s+", "", item)     # ("... and by the Ambassador of ..., X")
        item = re.sub(r"^by\s+(?=[A-Z])", "", item)     # "attended by A, by Vice-Minister B and by Ambassador C"
        item = re.sub(r"^[A-Z][\w\-]*\s+side\s+by\s+(?=[A-Z])", "", item)     # "led by A, ..., and the Vietnamese side by B"
        if re.fullmatch(r"or\s+[A-Z][A-Z\-]{1,8}", item):
            continue    # "Secretary General of the Pakistan Muslim League (Nawaz), or PML-N, X": the body's acronym
        yield item, j + (len(part) - len(item))
