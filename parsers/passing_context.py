"""The words before a name that show it named in passing: the late and the mourned, a party's leader under whose
leadership others act, principals and addressees of greetings, past and coming visits of others, consensus reached by
leaders elsewhere. A name after them is not one of the contact's people. Used by parsers.person_roles (and
FOUNDERS_RE, the founders, agreements and acts of leaders told in passing, by parsers.mention_roles).
"""
from __future__ import annotations

import re

__all__ = ["ENTRUSTED_BY", "FOUNDERS_RE", "PASSING_CTX"]

# "Entrusted by General Secretary X, Y visited ...": X sent Y and is not there
ENTRUSTED_BY = r"(?:entrusted|commissioned|authori[sz]ed)\s+by\s+"
PASSING_CTX = re.compile(
    r"(?:passing(?:\s+away)?|death|demise|memory|funeral|loss|behalf)\s+of\s+(?:the\s+late\s+|late\s+|comrade\s+)?$"
    # ("on the passing of party Chairperson and former Prime Minister X": the second office of the mourned)
    r"|\b(?:passing(?:\s+away)?|death|demise|funeral)\s+of\s+(?:the\s+|its\s+|party\s+|their\s+)*(?:[\w\-]+\s+){1,4}and\s+$"
    # ("Under the leadership of the PCC Central Committee headed by First Secretary X, the Cuban people will ...")
    r"|^\s*Under\s+the\s+(?:strong\s+)?leadership\s+of\b[^;]{0,120}$"
    r"|\b(?:strengthened|grown|developed|flourished|deepened)\s+under\s+(?-i:(?:President|Chairman|Comrade)\s+)$"     # "... strengthened under President X"
    r"|\b(?:leads|led|governs|governed|rules|ruled)\s+(?-i:[A-Z][\w\-]+)\s+under\s+(?-i:(?:President|Prime\s+Minister)\s+)$"     # "Morena, which leads Mexico under President X"
    r"|\b(?:list|ticket|slate)\s+(?:is|was)\s+(?:headed|led)\s+by\s+(?:[\w\-]+\s+){0,3}$"     # "federal list is headed by President X"
    r"|\b(?:[Tt]ransformation|[Rr]evolution|[Gg]overnment|[Aa]dministration|[Rr]eforms?|[Pp]rocess)\s+led\s+by\s+(?-i:(?:President|Prime\s+Minister|Chancellor)\s+)$"     # "the Fourth Transformation led by President X"
    r"|\b(?:follows|followed|comes\s+after)\s+the\s+(?:talks|meetings?|visit)\s+(?:[\w\-]+\s+){0,2}$"
    r"|\bfollowed\s+a\s+meeting\s+between\s+[^.;]{0,80}?\s+and\s+[^.;]{0,60}$"     # "The conversation followed a meeting between A and B in February"     # "follows the talks President X held with"
    r"|\b(?:follows|followed|comes\s+after)\s+(?:that|those)\s+of\s+(?-i:(?:[A-Z][\w\-]*\s+){0,3})$"     # "Choe's visit follows that of X, who attended ..."
    # ("under the guidance of President Xi Jinping and President X, the partnership has ...": the leaders steer, elsewhere)
    r"|\bunder\s+the\s+(?:strategic\s+|personal\s+)?guidance\s+of\s+(?:[^.;]{0,80}?\s+and\s+)?(?-i:(?:[A-Z][\w\-]*\s+){0,3})$"
    r"|\bgovernment\s+of\s+(?-i:(?:Prime\s+Minister|President|Chancellor)\s+)$"
    r"|\b(?:paid|pays|paying)\s+(?:a\s+)?(?:warm\s+|special\s+)?tribute\s+to\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}(?:[\w\-]+,\s+)?$"     # "paid tribute to the outgoing General Secretary, X"
    r"|\bconveyed\s+the\s+(?:appreciation|gratitude|thanks)\s+of\s+(?-i:(?:[A-Z][\w\-]*\s+){0,3})$"     # "conveyed the appreciation of Army General X"
    r"|\b(?:launched|introduced|started|implemented|adopted)\s+under\s+(?:former\s+)?(?:president|prime\s+minister|chancellor)\s+$"     # "programs launched under former president X"
    r"|\bmessage\s+of\s+(?:solidarity|support|sympathy|goodwill)\s+of\s+(?-i:(?:[A-Z][\w\-]*\s+){0,3})$"
    r"|\b(?:victory|election|win)\s+of\s+(?:its|their|the\s+party['\u2019]s)\s+candidate\s+$"     # "on the victory of its candidate X"     # "conveyed the message of solidarity of Prime Minister X"     # "the policy launched by the government of Prime Minister X"
    r"|\bdefeating\s+(?:the\s+)?(?:incumbent\s+)?(?-i:(?:[A-Z][\w\-]*\s+){0,2})$"     # "Zuma was elected ..., defeating incumbent X"
    r"|\b(?:approved|authori[sz]ed|endorsed)\s+(?:last\s+\w+\s+|earlier\s+)?by\s+(?:[\w\-]+\s+){0,3}$"     # "The visit, approved last week by party President X"
    r"|\bsaid,\s+referring\s+to\s+(?:[\w\-]+\s+){0,3}$"     # '"...," X said, referring to President Y, the party's First Secretary
    # ("X, referring to the meeting between General Secretary A and Comrade B, said"): a contact of another time
    r"|\breferring\s+to\s+the\s+(?:[\w\-]+\s+)?(?:meeting|talks|meetings)\s+between\s+(?:[\w\-]+\s+){0,3}$"
    r"|\breferring\s+to\s+the\s+(?:[\w\-]+\s+)?(?:meeting|talks|meetings)\s+between\s+(?-i:[A-Z])[^.;]{3,120}?\s+and\s+(?:[\w\-]+\s+){0,3}$"
    # "conveyed the warm greetings of ANC President A to General Secretary X": the addressee of the greetings
    r"|\b(?:greetings|regards|wishes)\s+of\s+(?-i:(?:[A-Z][\w\-]*\s+){1,6})to\s+(?-i:(?:[A-Z][\w\-]*\s+){0,3})$"
    # ("on the passing of former President X", "the friendship between Chairman Mao Zedong and Dr Y")
    r"|(?:passing(?:\s+away)?|death|demise)\s+of\s+(?:the\s+)?(?:former|late)\s+(?-i:[A-Z][\w\-]*\s+){0,3}$"
    r"|(?:passing(?:\s+away)?|death|demise)\s+of\s+(?:the\s+)?(?:[\w'\u2019\-]+\s+){1,6}?[\w'\u2019\-]+,\s+$"     # "the passing of the A Deputy Secretary General, Comrade X"
    # ("welcomed the delegation on behalf of the Chairman of the A Central Committee, President X": the principal)
    r"|\bbehalf\s+of\s+the\s+(?:[\w'\u2019\-]+\s+){0,3}?(?-i:Chairman|Chairperson|President|Leader|Secretary[\s-]General|General\s+Secretary)\b[^,;.]{0,80},\s+(?-i:(?:President|Comrade|Chairman|Dr\.?)\s+)?$"
    r"|\bfriendship\s+between\s+(?:[^.;]{2,120}?\s+and\s+)?(?-i:(?:[A-Z][\w\-]*\.?\s+){0,2})$"
    # ("recalled the friendship between Ghana's first President, Dr X, and the leaders of ...")
    r"|\bfriendship\s+between\s+(?:[^.;,]{2,60}?\s+and\s+)?(?:[\w'\u2019\-]+\s+){0,3}?(?:President|Chairman|leader|founder),\s+$"
    # ("On behalf of Minister Song Tao and the IDCPC, Li congratulated ..."): the principal, with his title
    r"|\bbehalf\s+of\s+(?-i:[A-Z][\w\-]*\s+){1,3}$"
    r"|\b(?:on|under)\s+the\s+instructions?\s+of\s+[^.;]{0,80}$"
    r"|\b(?:tasks|goals|targets|priorities)\s+set\s+(?:out\s+)?by\s+[^.;]{0,60}$"
    # ("over the death of the country's founding president X")
    # ("on the occasion of the 104th birth anniversary of Osagyefo Dr X, founder of the party": the one remembered)
    r"|\b(?:birth\s+)?anniversary\s+of\s+(?:the\s+birth\s+of\s+)?(?:the\s+late\s+)?(?-i:(?:(?:Osagyefo|Dr\.?|Comrade|President|Chairman|General)\s+){0,3})$"
    # ("on the assassination of the party's Chairperson Mohtarma X": an honorific between)
    r"|(?:passing(?:\s+away)?|death|demise|assassination|killing|murder)\s+of\s+(?:the\s+)?(?:[\w'\u2019\-]+\s+){0,5}(?-i:(?:founding\s+)?(?:[Pp]resident|[Ll]eader|[Cc]hairman|[Cc]hairperson|[Cc]hairwoman|[Ff]ather|Prime\s+Minister|[Pp]remier))\s+(?-i:(?:Mohtarma|Comrade|Cde\.?|Dr\.?|Shaheed)\s+)?$"
    r"|\bseeking\s+(?:a\s+)?(?:meeting|talks|an\s+audience)\s+with\s+(?:[\w\-]+\s+){0,3}$"     # "The party is also seeking a meeting with X, but none had been arranged"
    r"|\b(?:successful|recent|historic|state|official)\s+visit\s+to\s+(?:[A-Z][\w\-]+\s+){1,3}by\s+(?:[\w\-]+\s+){0,3}$"     # "the successful visit to China by General Secretary X"
    r"|['\u2019]s\s+(?:presidential\s+)?candidate,\s+$"     # "in which the Broad Front's candidate, X, is running for president"
    r"|\bstatement\s+(?:issued|signed|released)\s+by\s+(?:the\s+party['\u2019]s\s+)?(?:(?!(?:says|said|that|after|when)\b)[\w\-]+\s+){0,5}$"     # "the statement issued by the party's foreign department chief X"
    r"|\b(?:founded|established|formed)\s+(?:in\s+(?:19|20)\d\d\s+)?by\s+(?:[\w\-]+\s+){0,4}$"     # "The SNS was founded in 2008 by current Serbian President X"     # "the tasks set by Chairman of Nur Otan, President X"     # "on the instructions of Elbasy, Chairman of Nur Otan X"
    r"|\bbehalf\s+of\s+[^.;]{0,120}?\b(?:headed|led)\s+by\s+(?-i:(?:[A-Z][\w\-]*\s+){0,3})$"     # "on behalf of the Central Committee ... headed by General Secretary X"
    # ("conveyed an invitation from the International Department ..., headed by X, for a delegation to visit"): the inviter's head
    r"|\binvitations?\s+from\s+(?:the\s+)?[^.;]{0,120}?,\s+(?:headed|led)\s+by\s+(?-i:(?:[A-Z][\w\-]*\s+){0,3})$"
    # ("conveyed the greetings of Golkar chairman X": the sender's title may come between)
    r"|(?<!message of )(?<!messages of )(?:greetings?|regards|wishes|sympathy)\s+(?!cards?\b)(?:\w+\s+){0,3}(?:of|from|sent\s+by)\s+(?:(?!to\b|and\b)[\w'\u2019\-]+\s+){0,3}$"
    r"|\bgreetings\s+of\s+(?-i:(?:[A-Z][\w\-]*\s+){1,3}and\s+(?:(?:[A-Z][\w\-]*|of)\s+){1,5})$"     # "greetings of Prime Minister and Party President X"
                                                                                                    # ("... and Prime Minister of Mongolia X")
    # "the greetings of Xi Jinping, General Secretary ..., and Premier Li Qiang to him": the
    # senders listed after the first are not there either
    r"|(?:greetings?|regards|wishes|sympathy)\s+(?:\w+\s+){0,3}(?:of|from)\s+"
    r"(?:(?!\b(?:to|met|meets|held|said|received|attended)\b)(?:[^.;]|(?<=\b[A-Z])\.)){2,200}?,?\s+and\s+(?:of\s+)?$"     # (", and of Y"; "of Chairman U. X and")
    # "conveyed greetings from the party's National Chairman, President X, to Y", "an invitation from X"
    r"|(?:greetings?|regards|wishes)\s+(?:\w+\s+){0,3}(?:of|from)\s+(?:the\s+)?(?:[\w'\u2019\-]+\s+){0,10}[\w'\u2019\-]+,\s+(?:H\.\s?E\.\s+)?(?:[\w\-]+\s+){1,3}$"     # (", H.E. X")
    # ("conveyed to his hosts the greetings of the President of the Republic, X, founding chairman of the PCT")
    r"|(?:greetings?|regards)\s+(?:\w+\s+){0,3}(?:of|from)\s+the\s+(?-i:[A-Z][a-z]+)(?:\s+[\w'\u2019\-]+){0,8},\s+$"
    r"|\binvitation\s+(?:\w+\s+){0,2}?from\s+$"
    r"|\b(?:also\s+)?wished\s+$|\b(?:historic\s+)?contributions?\s+of\s+$"     # "the historic contributions of Comrade X"
    r"|\b(?:takes|took|taking)\s+over\s+[^.;]{0,60}?\bfrom\s+(?:[\w\-]+\s+){0,3}$"     # "takes over the leadership of the ANC from X"     # "The message also wished X, the BJP's candidate for prime minister, success"
    r"|\binvited\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,4}?delegation\s+(?:led|headed)\s+by\s+(?:[\w\-]+\s+){0,3}$"     # "invited a UR delegation led by party chairman X to visit"
    # '"...," X was quoted as saying by his press adviser Y': Y is the report's source
    r"|\bquoted\s+as\s+saying\s+by\s+(?:his|her|their|the)?\s*(?:[\w\-]+\s+){0,3}$"
    # "preparations for the upcoming visit to China by Army General X": a visit still to come, another contact
    r"|\b(?:upcoming|forthcoming|coming|planned|proposed)\s+(?:[\w\-]+\s+){0,2}?visit\s+(?:to\s+(?:[\w\-]+\s+){1,3}?)?by\s+(?:[\w\-]+\s+){0,3}$"
    r"|\bfor\s+a\s+(?:[\w\-]+\s+)?visit\s+to\s+(?:[A-Z][\w\-]+\s+){1,3}by\s+(?:[\w\-]+\s+){0,3}$"     # "pave the way for a visit to Japan by"
    # "the warm greetings sent by A, general secretary of ..., to B, general secretary of ...": B neither
    r"|(?:greetings?|regards|wishes)\s+(?:\w+\s+){0,3}(?:of|from|sent\s+by)\s+(?:[^.;]|\.(?=[\w,])|(?<=\bH\.E)\.){3,150}?,\s+to\s+(?:Chinese\s+leader\s+)?$"
    r"|\b(?:convey(?:ed|s)?|extend(?:ed|s)?)\s+(?:\w+\s+){0,4}to\s+$"
    r"|\b(?:convey(?:ed|s)?|extend(?:ed|s)?)\s+to\s+[^.;]{0,60},\s+and\s+to\s+(?-i:(?:[A-Z][\w\-]*\s+){0,3})$"     # "conveyed to A, and to Army General X, ... the greetings of"
    # "Quader conveyed the sympathy of Prime Minister X to the Chinese people": X is not in the call
    r"|\bconvey(?:ed|s|ing)?\s+(?:the\s+|his\s+|her\s+)?(?:\w+\s+){0,2}(?:sympathy|condolences|support|congratulations|gratitude|thanks|solidarity)\s+(?:of|from)\s+(?:\w+\s+){0,2}$"
    # "reiterated the message sent by X, General Secretary ..., to Y": a message told at a meeting
    r"|\b(?:reiterated|conveyed|delivered|read\s+out|handed\s+over)\s+the\s+(?:[\w\-]+\s+)?(?:message|letter)\s+sent\s+by\s+$"
    # a message "also congratulates the newly elected ... officials of the ANC, among them Deputy President X, ...": addressed
    r"|\bcongratulat(?:es|ed|ing)\s+(?!(?:them|him|her)\b)[^.;]{0,160}?,\s+among\s+them\s+(?:[^.;]{0,160}?,\s+)?(?:(?-i:[A-Z][\w\-]*)\s+){0,3}$"
    # "Khanal succeeded X, who stepped down as ...": a predecessor
    r"|\b(?:succeeded|succeeds|succeeding|replaced|replaces|replacing)\s+(?:the\s+late\s+)?(?:(?-i:[A-Z][a-z]+)\s+){0,2}$"
    # a release's footer "Enquiries: X, ANC National Spokesperson": whom the press may call
    r"|^\s*(?:Media\s+)?(?:[Ee]nquiries|[Ii]nquiries|[Cc]ontacts?)\s*:\s*$"
    # "the agreements reached during the state visit to China paid last November by X", "the visit to Cuba last December
    # by X": an earlier visit's guest
    r"|\bvisit\s+to\s+[A-Z][\w\-]+\s+(?:(?:paid|made)\s+)?(?:last\s+\w+|in\s+\w+(?:\s+\d{4})?|earlier\s+this\s+\w+)\s+by\s+$"
    # "the important consensus reached by Xi Jinping, ..., and Nguyen Phu Trong, ...": both leaders
    r"|\b(?:consensus|understandings?)\s+(?:reached\s+)?(?:by|between)\s+(?:[^.;]{2,200}?,?\s+and\s+)?$"
    # ("Lou was accompanied at the meeting by X", "accompanied in the talks by X", "to the meeting by X", "signed at the
    # end of the talks by X": X is there)
    # (not "took the floor after the opening remarks of X": X spoke there first)
    r"|(?<!at\sthe\s)(?<!in\sthe\s)(?<!to\sthe\s)(?<!end\sof\sthe\s)\b(?:visit|trip|speech|(?<!opening\s)(?<!welcoming\s)remarks|proposal|initiative|leadership|instructions?|meeting|talks|election|"
    r"re-election|inauguration|thought|vision|agenda|words|article|book|envoy|representative|emissary)\s+(?:of|by)\s+(?:the\s+late\s+)?"
    r"(?:(?:President|Prime\s+Minister|Premier|Chairman|General\s+Secretary)\s+(?:and\s+(?:State\s+)?(?:President|Prime\s+Minister|Premier|Chairman)\s+)?)?$"     # ("the state visit of President X")
    # "Zuma was in Beijing in July to attend ..., during which he held talks with President X": another time
    r"|\bwas\s+in\s+[A-Z][\w\-]+\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b[^.;]{0,160}?,\s+during\s+which\s+(?:he|she|they)\s+(?:held\s+talks\s+with|met(?:\s+with)?)\s+(?:[\w\-]+\s+){0,3}$"
    # "According to a statement issued in Dar es Salaam by the CCM Secretary for Publicity, Comrade X, the two leaders ...": a source
    r"|\baccording\s+to\s+a\s+(?:press\s+)?statement\s+(?:issued|released)\s+(?:[^.;,]{0,40}?\s)?by\s+(?:the\s+)?"
    r"(?:[^.;]{0,60}?(?-i:Secretary|Spokes\w+|Director|Chairman|President|Head)[^.;]{0,80}?,\s+)?(?:(?:Comrade|Cde|Dr|Mr|Mrs|Ms)\.?\s+)?$"
    # "Chairman Y, who visited China in April and held talks with General Secretary X, thanked ...": an earlier contact
    r"|\bwho\s+(?:visited|was\s+in)\s+[A-Z][\w\-]+\s+(?:in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)|last\s+(?:year|month|week))"
    r"\s+and\s+(?:held\s+talks|met)\s+with\s+(?:[\w\-]+\s+){0,3}$"
    # "The visit to China by Chancellor X in May opened up new prospects": another's visit
    r"|\b(?:visit|trip)\s+to\s+[A-Z][\w\-]+\s+(?:of|by)\s+(?:(?:President|Prime\s+Minister|Premier|Chancellor|Chairman|General\s+Secretary)\s+)?$"
    # "the efforts made by X", "the CPV's strong leadership led by General Secretary X": credited, not present
    r"|\b(?:visit|trip|tour)\s+(?:that|which)\s+(?-i:(?:President|Chairman|General\s+Secretary|Premier|Prime\s+Minister)\s+)?$"
    r"|\bfollowing\s+up\s+on\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:meeting|talks|visit)\s+with\s+(?:[\w\-]+\s+){0,3}$"     # ("following up on his meeting with X")     # "recalled the state visit that President X made to China"
    # "The previous meeting of the dialogue mechanism was chaired on the Russian side by party chairman X": another occasion
    r"|\b(?:previous|last|earlier|first)\s+(?:[\w\-]+\s+){0,6}?(?:was|were)\s+(?:co-)?(?:chaired|led|headed|hosted|attended)\s+(?:[^.;]{0,40}?\s)?by\s+(?:[\w\-]+\s+){0,3}$"
    # "The visit follows the state visit to China by President A late last month, during which X": another occasion
    r"|\b(?:follows|followed|comes\s+after)\s+the\s+(?:[\w\-]+\s+)?visit\b(?:[^.;]|(?<=\b[A-Z])\.){0,120}?,\s+during\s+which\s+$"
    # "Tuju said the Jubilee Party, led by President X, attaches great importance ...": who leads the party, told
    r"|\bsaid\s+(?:that\s+)?the\s+(?:[A-Z][\w\-]*\s+){1,5}(?:Party|Congress|Front|Movement|Union|League),\s+(?:led|headed)\s+by\s+(?:[\w\-]+\s+){0,3}$"
    r"|\b(?:member\s+of\s+the\s+)?entourage\s+of\s+(?:[\w\-]+\s+){0,3}$"     # ("who is in Beijing as a member of the entourage of X": X's own visit)
    r"|\barrived\s+in\s+[A-Z][\w\-]+\s+after\s+(?:talks|meetings?)\s+in\s+[A-Z][\w\-]+\s+with\s+$"   # an earlier stop's host
    r"|\bleadership\s+of\s+(?:the\s+)?[A-Z]{2,6}\s+(?:led|headed)\s+by\s+(?:General\s+Secretary\s+|President\s+|Chairman\s+)?$"   # "... under the leadership of the CPV headed by General Secretary X"
    r"|\brole\s+played\s+by\s+$|\b(?:replacing|succeeding)\s+$"     # "supported the role played by ANC President X", "replacing X"
    # "agreed to send more delegations, following the visit to Malaysia of a CPC delegation led by X ... last year",
    # "briefed Y on the preparations for the visit to South Africa of a CPC delegation led by X": not this contact
    r"|\b(?:following|after|preparations?\s+for|arrangements?\s+for|ahead\s+of)\s+(?:the|a|an|his|her|its)\s+(?:[\w\-]+\s+)?visit\b[^.;]{0,80}?\b(?:led|headed)\s+by\s+$"
    r"|\b(?:efforts|contributions?|achievements)\s+(?:made\s+)?by\s+$|\bleadership\s+(?:led|headed)\s+by\s+$"
    # "the new Politburo led by General Secretary X" (not "a delegation of the ... Central Committee led by Y")
    r"|\b(?:Politburo|Political\s+Bureau)\s+(?:led|headed)\s+by\s+(?:General\s+Secretary\s+|President\s+|Chairman\s+)?$"
    # "the congress, which elected a new Central Committee headed by General Secretary X": the body elected, not the guests
    r"|\belected\s+(?:a|the)\s+new\s+(?:Central\s+Committee|leadership|Politburo|Political\s+Bureau)\s+(?:led|headed)\s+by\s+(?-i:(?:General\s+Secretary|President|Chairman)\s+)?$"
    # "CCM, under the leadership of its Chairman, President X, is preparing ...": the party's leader, cited
    r"|\bunder\s+the\s+leadership\s+of\s+(?:its|their|his|her)\b[^.;]{0,60}$"
    r"|\bunder\s+the\s+(?:\w+\s+)?leadership\s+of\s+(?-i:(?:[A-Z][\w\-]*\s+|and\s+|of\s+){1,6})$"     # "... of General Secretary and President X"
    r"|\b(?:invited|congratulated|congratulating|thanked|asked|urged)\s+$|\bcongratulations\s+to\s+(?:[A-Z][\w.\-]*\s+){0,3}$"
    r"|\b" + ENTRUSTED_BY + r"(?:\w+\s+){0,6}$"
    # "Vo Van Thuong, ..., who is accompanying Nguyen Phu Trong ... on his visit": the guest's own
    # principal is elsewhere, not in this contact.
    r"|\b(?:who\s+(?:is|was)\s+)?accompanying\s+$"
    # "Liu also mentioned his recent meeting with Indonesian President X", "also plans to meet with
    # President Y": another contact, past or to come
    r"|\b(?:recent|previous|earlier|last)\s+(?:meetings?|talks|visit)\s+with\s+(?:[\w\-]+\s+){0,4}$"
    # "Ma recalled his meeting with X", "Wang recalled that he held talks in Budapest in 2007 with X"
    r"|\brecall(?:ed|ing|s)?\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:meetings?|talks|conversations?|sessions?)\s+with\s+(?:[\w\-]+\s+){0,4}$"
    r"|\brecall(?:ed|ing|s)?\s+(?:that\s+)?(?:he|she|they)\s+(?:had\s+)?(?:met|held\s+talks|talked)\b[^.;]{0,80}?\bwith\s+(?:[\w\-]+\s+){0,4}$"
    r"|\balso\s+plans?\s+to\s+(?:meet|visit|hold\s+talks)\s+(?:with\s+)?(?:[\w\-]+\s+){0,4}$"
    # "... its constructive role on the Darfur issue, including the work of X, the special representative": praised
    r"|\bincluding\s+the\s+work\s+of\s+$"
    # "conveyed the fraternal greetings of X to General Secretary Y": neither is at this contact
    r"|\bgreetings\s+of\s+[^.;]{3,160}?\s+to\s+(?:[\w\-]+\s+){0,3}$"
    # "the visit to China earlier this year of an SACP delegation led by X": another occasion
    r"|\bvisit\s+to\s+China\s+(?:earlier\s+this\s+year|last\s+\w+)\s+of\s+[^.;]{0,60}?\bled\s+by\s+(?:[\w\-]+\s+){0,4}$"
    # "spoke highly of the contributions X, the outgoing general secretary, had made": credited, not there
    r"|\bthe\s+(?:\w+\s+)?contributions?\s+(?:that\s+|which\s+)?$"
    # "following the passing of the late President of the Republic and President of the Party, Dr. X": however long the titles
    r"|(?:passing(?:\s+away)?|death|demise)\s+of\s+(?:the\s+)?late\s+[^.;]{3,160}?(?:,|\s+and)\s+$"
    # "the forthcoming visit to China of the Head of State, X, the party's leader": a visit still to come
    r"|\b(?:upcoming|forthcoming|coming|planned|proposed)\s+(?:[\w\-]+\s+){0,2}?visit\s+(?:to\s+(?:[\w\-]+\s+){1,3}?)?of\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?(?:[\w\-]+,\s+)?$"
    # "the FOCAC summit held in Beijing in September, which was attended by the party's Chairman, Dr. X": a past gathering's guest
    # ("the sixth seminar ..., held in Havana in October and attended by X")
    r"|\b(?:held|took\s+place)\s+[^.;]{0,60}?\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?(?:,\s+which\s+was|\s+and)\s+(?:also\s+)?attended\s+by\s+(?:the\s+)?(?:[\w'\u2019\-]+\s+){0,6}?(?:[\w'\u2019\-]+,\s+)?$"
    # "During his first visit in August, he called on President X": an earlier trip's host
    r"|\b(?:during|on)\s+(?:his|her|their|its)\s+(?:first|previous|last|earlier)\s+(?:visit|trip)\b[^.;]{0,60}?\b(?:called\s+on|met(?:\s+with)?|held\s+talks\s+with)\s+(?:[\w\-]+\s+){0,4}$"
    # "the results would be reported to party chairman X": the one told afterwards
    r"|\b(?:be|been|was|were)\s+reported\s+to\s+(?:[\w\-]+\s+){0,3}$"
    # "arrived in Moscow from St. Petersburg, where on Monday it held consultations with X": the earlier stop's host
    r"|\barrived\s+in\s+[A-Z][\w\-]+\s+from\s+(?:[^.;,]|(?<=\bSt)\.){2,40},\s+where\s+[^.;]{0,60}?\bwith\s+(?:[\w\-]+\s+){0,4}$",
    re.IGNORECASE,
)


# "The friendship, provided by President X and Chairman Y and other revolutionaries of the elder generation": founders
FOUNDERS_RE = re.compile(r"\b(?:provided|forged|fostered|cultivated|founded|created|built|championed|launched)\s+(?:personally\s+)?by\s+(?:[^.;]{0,80}?\s+and\s+)?(?:[\w\-]+\s+){0,3}$"
                         r"|\bconsensus\s+reached\s+(?:when|during)\s+(?:[\w\-]+\s+){0,4}$"
                         # ("presented the reform process initiated by President X, Chairman of the RCD": its author)
                         r"|\b(?:process|reforms?|programme|program|policy|policies|strategy|vision)\s+(?:initiated|inspired|pursued)\s+by\s+(?:[\w\-]+\s+){0,3}$"
                         # ("the implementation of the agreements reached by A, First Secretary ..., and B, ...": earlier summits)
                         r"|\b(?:agreements|consensus|understandings?)\s+reached\s+by\s+(?:[^.;]{0,200}?,\s+and\s+)?(?:[\w\-]+\s+){0,3}$"
                         r"|\bthe\s+(?:government|cabinet)\s+led\s+by\s+(?:[\w\-]+\s+){0,4}$"     # ("the government led by Prime Minister X, chairman of the B")
                         r"|\b(?:principles|spirit|essence)\s+of\s+(?:the\s+)?(?:important\s+)?(?:speech|address|report)\s+(?:delivered|made|given)\s+by\s+(?:[\w\-]+\s+){0,3}$"     # ("the guiding principles of the important speech delivered by General Secretary X")
                         r"|\bagreements\s+reached\s+during\s+the\s+visit\s+to\s+[A-Z][\w\-]+\s+of\s+(?:[\w\-'\u2019]+\s+){0,8}$"     # (a past visit's)
                         # ("... the agreements reached by the First Secretary of the PCC ..., X, and the General Secretary ..., Y, during")
                         r"|\b(?:agreements|consensus|understandings?)\s+reached\s+by\s+the\s+(?-i:[A-Z])(?:(?!\b(?:said|says|told|when|according)\b)[^.;\"\u201c\u201d]){0,300}$"
                         # ("supported the measures announced by President X, the party leader": a leader's acts)
                         r"|\b(?:measures|steps|policies|reforms|programmes?|programs?|initiatives?)\s+(?:announced|introduced|taken|proposed)\s+by\s+(?:[\w\-]+\s+){0,3}$"
                         r"|\b(?:informal\s+)?summit\s+between\s+(?:[\w\-]+\s+){0,9}$"     # ("the informal summit between PM X and President Y")
                         # ("the consensus reached by the top leaders ... during the visit to China by X, ..., last autumn")
                         r"|\bconsensus\s+reached\s+by\s+[^.;]{3,80}?\bduring\s+the\s+(?:[\w\-]+\s+)?visit\s+to\s+[A-Z][\w\-]+\s+by\s+$"
                         r"|\b(?:trip|visit)\s+(?:to\s+[A-Z][\w\-]+\s+)?made\s+(?:last\s+\w+|in\s+\d{4}|earlier)\s+by\s+(?:[\w\-]+\s+){0,3}$")   # "... reached when Thai Prime Minister X visited China last October"
