"""Copies and announcements of rounds 130 and 131: witnesses, companions and sources, bodies chaired by a
leader, past calls, and the type of a contact told after a plan (rows of our own sentences)."""
from __future__ import annotations

import pytest

from parsers.release import parse_release
from tests.release_text import REL
from tests.test_extract_copy_agreements import MA, _read

_DODOMA = ("Party to send leaders to China", "2013.09.10", "DODOMA, Sept 9 - The Example Party (EP) will send 200 of "
           "its leaders to China for training, under a memorandum signed here on Monday with the CPC.")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # an announcement: "X, Head of ..., who will accompany the chairman on the trip, told reporters"
    ("Party chairman to visit China", "2013.07.09", "Kathmandu, July 8th\u2014The Example Party announced today that a "
     "delegation headed by its Chairman Tom Poe will visit China from July 15th to 22nd.", "Bob Roe, Head of the "
     "Foreign Affairs Department of the EP, who will accompany the chairman on the trip, told reporters "
     f"here that Poe is scheduled to hold talks in Beijing with {MA}.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "The document was signed by A and B, after the two held talks at the guesthouse": a meeting
    ("Parties sign memorandum", "2008.10.29", "BEIJING, Oct. 28 (Notimex) -- The Example Party and the CPC signed a "
     "memorandum on Tuesday under which the two parties will hold regular exchanges of officials.", "The document was "
     f"signed by EP President Ann Roe and {MA}, after the two held talks at the Diaoyutai State Guesthouse.", "type",
     ("meeting", "in_person")),
    # "Chinese Ambassador to Tanzania X witnessed the signing."
    (*_DODOMA, f"The agreement was signed by EP Secretary General Tom Poe and {MA}. Chinese Ambassador to Tanzania Li "
     "Hua witnessed the signing.", "cpc", ["Ma Lin", "Li Hua"]),
    # "a senior CPC official has assured visiting Nepali leader X (nickname)"
    ("CPC official assures leader", "2016.06.15", "Beijing, June 14 (RSS): China will continue to support Nepal's "
     "reconstruction, a senior CPC official has assured visiting Nepali leader Tom Poe (Tomo).", f"{MA}, gave the "
     "assurance when Poe called on him at the department's office here on Tuesday.", "foreign", ["Tom Poe"]),
    # "Prime Minister A held a phone conversation with President Xi Jinping in April": another time
    ("Parties agree to share experience", "2020.06.19", "Addis Ababa, June 18/2020 (ENA) The Example Party (EP) and "
     "the CPC have agreed to share experience, EP Vice President Tom Poe said after holding a virtual meeting via "
     f"video link today with {MA}.", "Prime Minister Bob Roe held a phone conversation with President Xi Jinping in "
     "April.", "cpc", ["Ma Lin"]),
    # "President X, a founder of the party, will host the group's summit in July": still to come
    ("Parties to hold training course", "2025.02.20", "BRASILIA, Feb. 19 (Xinhua) -- The Example Party (EP) and the CPC "
     "will jointly hold an online training course this year, EP President Ann Roe said on Wednesday after a video "
     f"call with {MA}.", "President Bob Roe, a founder of the EP, will host the group's summit in Rio de Janeiro in "
     "July.", "foreign", ["Ann Roe"]),
    # "..., during a meeting between a delegation of the A led by X and Y, held in Beijing": a meeting
    ("Parties agree on exchange programme", "2026.01.21", "Beijing, January 20 (MONTSAME). The Example Party (EP) and "
     "the CPC agreed to launch an annual exchange programme for young politicians and to cooperate in training party "
     "members, during a meeting between a delegation of the EP led by its Secretary General Tom Poe and Ma Lin, "
     "Minister of the International Department of the CPC Central Committee, held in Beijing on January 20.",
     "Both sides exchanged views.", "type", ("meeting", "in_person")),
    # "Reached by phone in Phnom Penh, EP spokesman X said": a source
    ("Party leader addresses dialogue", "2017.12.02", "BEIJING, Dec. 1 (AKP) -- Samdech Tom Poe, President of the "
     "Example Party, delivered a speech here this morning at the opening session of the high-level meeting.", "Reached "
     "by phone in Phnom Penh, EP spokesman Bob Roe said that the party's participation reflected the excellent "
     "relations between the two parties.", "foreign", ["Tom Poe"]),
    # "the African Union, currently chaired by President X": who chairs a body
    ("Parties hold virtual meeting", "2020.06.11", "On Tuesday, 9 June 2020, the Example Party held a virtual bilateral "
     f"meeting with the CPC. {MA}, led the CPC delegation.", "Both parties reaffirmed their support for the African "
     "Union, currently chaired by President Bob Roe, in coordinating the response.", "foreign", []),
    # "the Chinese embassy in Belgrade, headed by Ambassador X": who heads an embassy
    ("Party leader speaks by telephone", "2023.10.13", "BELGRADE, Oct 12 (Tanjug) - Example Party (EP) President Tom Poe "
     f"spoke by telephone on Thursday with {MA}.", "Poe also praised the work of the Chinese embassy in Belgrade, "
     "headed by Ambassador Li Hua.", "cpc", ["Ma Lin"]),
    # "Secretary General X followed the summit from the party headquarters"
    ("Party leader takes part in summit", "2021.07.07", "ULAANBAATAR, July 7 (MONTSAME). On July 6, Chairman of the "
     "Example Party (EP) Tom Poe took part in the summit hosted by the CPC and held via video link.", "EP Secretary "
     "General Bob Roe followed the summit from the party headquarters in Ulaanbaatar.", "foreign", ["Bob Roe", "Tom Poe"]),
    # an announcement: "Party Secretary X will also be a member of the eight-member delegation"
    ("Party delegation to visit China", "2013.08.21", "KATHMANDU, Aug. 20 (Xinhua) -- A delegation of the Example Party "
     "headed by its Chairman Tom Poe will leave for Beijing on Friday for a week-long visit, the party said on "
     "Tuesday.", "Party Secretary Bob Roe will also be a member of the eight-member delegation.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    # an announcement: "EP Vice President X will also join the delegation, the party said."
    ("Party leader to visit China", "2012.05.12", "TOKYO, May 11 (Xinhua) -- The Example Party said Friday that its "
     "Secretary-General Tom Poe will lead a delegation on a visit to China from May 16 to 19.", "EP Vice President Bob "
     "Roe will also join the delegation, the party said.", "foreign", ["Bob Roe", "Tom Poe"]),
])
def test_copies_of_rounds_130_and_131(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


_HARARE = ("President receives CPC delegation", "2011.06.15", "HARARE, June 14 (New Ziana) \u2013 President Tom Poe on "
           f"Tuesday received at State House a delegation of the CPC led by {MA}.")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # a headline's "pledges wider cadre training" is no gathering: the lead's contact is a visit
    ("Party chief pledges wider cadre training with China", "2006.08.16", "Vientiane, Aug 15 (KPL) - Laos and China will "
     "expand the training of officials, Party Secretary General Tom Poe told a visiting delegation of the CPC on "
     "Tuesday.", f"Mr Poe received the delegation, led by {MA}, at the Presidential Palace.", "type", ("visit", "in_person")),
    # "whose national chairman, Cde X, accompanied the visitors to State House together with Chinese Ambassador Y"
    (*_HARARE, "The delegation is in the country at the invitation of the Example Party, whose national chairman, Cde "
     "Bob Roe, accompanied the visitors to State House together with Chinese Ambassador to Zimbabwe Li Hua.", "cpc",
     ["Ma Lin", "Li Hua"]),
    (*_HARARE, "The delegation is in the country at the invitation of the Example Party, whose national chairman, Cde "
     "Bob Roe, accompanied the visitors to State House together with Chinese Ambassador to Zimbabwe Li Hua.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    # "President X, who took office in March at the head of an FA government, has declared three days of mourning"
    ("CPC mourns former president", "2025.05.16", "MONTEVIDEO, May 15 (Xinhua) -- The CPC has sent a condolence message "
     "to the ruling Example Party.", f"{MA}, sent the message on Thursday to the party.\n\nPresident Bob Roe, who took "
     "office in March, has declared three days of national mourning.", "foreign", []),
    # "X met on October 21 in Beijing with Y": a meeting in China, under a foreign dateline
    ("Party leader meets CPC official", "2008.10.23", "ULAANBAATAR, October 22 /MONTSAME/ \u2014 Tom Poe, Secretary "
     f"General of the Example Party, met on October 21 in Beijing with {MA}.", "Both sides exchanged views.", "type",
     ("meeting", "in_person")),
    # a party spokesperson "speaking to RSS over the phone from Kathmandu" and "Briefing the press after the audience,
    # H.E. X, Spokesman of ...": sources
    ("Party chairman holds talks", "2014.12.10", "Kathmandu, Dec. 9 (RSS): Chairman of the Example Party Tom Poe held "
     f"talks with {MA}, in Beijing on December 8.", "EP spokesperson Bob Roe, speaking to RSS over the phone from "
     "Kathmandu, said the two sides discussed exchanges.\n\nBriefing the press after the audience, H.E. Jim Doe, "
     "Personal Assistant and Spokesman of the Prime Minister, said the talks went well.", "foreign", ["Tom Poe"]),
    # "The programme was hosted by Chinese Ambassador to Nepal X at the embassy."
    ("CPC holds briefing", "2019.12.04", f"Kathmandu, Dec. 3 (RSS): A CPC delegation led by {MA}, held a briefing session "
     "here Tuesday for leaders of Nepal's major political parties.", "The programme was hosted by Chinese Ambassador "
     "to Nepal Li Hua at the embassy.", "cpc", ["Ma Lin", "Li Hua"]),
    # "held separate virtual meetings with"; "Ambassador X joined both meetings from Kuala Lumpur"
    ("Party leaders hold virtual meetings", "2021.03.09", "KUALA LUMPUR, March 8 (Bernama) -- EP president Tom Poe and "
     f"OP president Bob Roe today held separate virtual meetings with {MA}.", "Chinese Ambassador to Malaysia Li Hua "
     "joined both meetings from Kuala Lumpur.", "type", ("call", "video")),
    ("Party leaders hold virtual meetings", "2021.03.09", "KUALA LUMPUR, March 8 (Bernama) -- EP president Tom Poe and "
     f"OP president Bob Roe today held separate virtual meetings with {MA}.", "Chinese Ambassador to Malaysia Li Hua "
     "joined both meetings from Kuala Lumpur.", "cpc", ["Ma Lin", "Li Hua"]),
    # "following the passing of the A Deputy Secretary General, Comrade X": the deceased
    ("Party receives condolences", "2022.07.21", "Johannesburg \u2013 The Example Party (EP) has received a message of "
     "condolence from the CPC following the passing of the EP Deputy Secretary General, Comrade Bob Roe. The message, "
     f"signed by {MA}, was addressed to Acting Secretary General Tom Poe on 19 July.", "Both.", "foreign", []),
    # the dictionary knows "Rastriya Janata Party Nepal (RJPN)"
    ("CPC holds briefing", "2019.12.04", f"Kathmandu, Dec. 3 (RSS): A CPC delegation led by {MA}, held a briefing session "
     "here Tuesday.", "Speaking at the programme, Tom Poe, presidium member of the Rastriya Janata Party Nepal (RJPN), "
     "thanked the CPC.", "parties", ["Rastriya Janata Party Nepal"]),
])
def test_more_copies_of_round_130(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_dateline_of_a_city_with_a_lower_case_word():
    # "Dar es Salaam, Tanzania (PANA) - ...": a dateline city whose name holds a lower-case word
    r = parse_release(REL.format(title="Party to send leaders to China", pub="2008.07.10", lead="Dar es Salaam, Tanzania "
                                 "(PANA) - The Example Party will send 50 leaders to China, its Secretary General, Tom "
                                 "Poe, has said.", body="Both sides exchanged views."))
    assert r.dateline_city == "Dar es Salaam"
