"""Copies, messages and announcements of rounds 116 and 117: who is named in passing (founders, a consensus
reached on an earlier visit, a past meeting dated by its year, a letter's addressee, a statement's or a
post's author) and who takes part when told in less common shapes (rows of our own sentences)."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read


_STUDY_TOUR = ("Party plans study tour of China", "2013.01.01", "LUSAKA, Dec. 31 (Xinhua) -- The ruling Example Party (EP) "
               "plans to send a team of officials to China to study rural development, the party's secretary general Tom "
               "Poe said here Monday.")
_YOUNG_LEADERS = ("Party to send young leaders to China", "2023.09.16", "LAHORE, Sept 15 (APP): The Example Party (EP) "
                  "will send a delegation of its young leaders to China next year, party President Tom Poe said on Friday.")
_VIDEOCONF = ("Party president holds videoconference", "2024.03.20", "Bras\u00edlia, March 19 \u2013 The national "
              f"president of the Example Party (EP), Tom Poe, held a videoconference on Tuesday with {MA}.")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # the addressee of a letter the minister "today received"
    ("Chairman Writes to Minister", "2025.03.05", f"Beijing, March 4th\u2014{MA} (IDCPC), today received a letter from "
     "Tom Poe, Chairman of the Example Party (EP).", "In the letter, Poe thanked the CPC.", "cpc", []),
    # founders and an earlier visit's consensus are cited
    ("Congratulatory Message", "2011.07.01", "Pyongyang, June 30 (KCNA) -- Tom Poe, secretary of the Central "
     "Committee of the Example Party, sent a congratulatory message to Ma Lin on the 90th anniversary of the CPC.",
     "The DPRK-China friendship, provided by President Kim Il Sung and Chairman Mao Zedong and other "
     "revolutionaries of the elder generation, has been further consolidated and developed with the passage of "
     "time, the message said, recalling that the unofficial visit paid by General Secretary Bob Roe to China in May "
     "marked a fresh milestone.", "foreign", ["Tom Poe"]),
    ("Party eyes deeper ties", "2024.04.02", "BEIJING, April 2 (Xinhua) -- The Example Party wishes to learn from "
     f"China, party leader Tom Poe said Tuesday in Beijing as she met with {MA}.", "Ma said the CPC was ready to "
     "implement the consensus reached when Thai Prime Minister Bob Roe visited China last October.", "foreign",
     ["Tom Poe"]),
    # "Komeito's chief representative X met Chinese President Y in Beijing in January 2013": then, not now
    ("Parties agree", "2015.02.05", "BEIJING, Feb. 5 (Kyodo) -- The Example Party and the Chinese Communist Party "
     f"agreed Thursday to revive their exchanges, after talks in Beijing between Tom Poe and {MA}.", "The party's "
     "chief representative Bob Roe met Chinese President Li Hua in Beijing in January 2013.", "cpc", ["Ma Lin"]),
    # sources: a post, a statement issued on the occasion, a question at a news conference, a message's statement
    ("Leader addresses summit", "2021.07.07", "ISLAMABAD, Jul 6 (APP): Prime Minister and Example Party (EP) Chairman "
     "Tom Poe on Tuesday addressed the CPC and World Political Parties Summit, held via video link.", "Later, Federal "
     "Minister for Planning Bob Roe wrote on Twitter that the speech reflected the partnership.", "foreign",
     ["Tom Poe"]),
    ("Leaders address summit", "2021.07.07", "Kathmandu, July 6 (RSS): Example Party (EP) Chairman Tom Poe addressed "
     "the CPC and World Political Parties Summit held via video link on Tuesday.", "Chinese Ambassador to Nepal Li "
     "Hua, in a statement issued on the occasion, said that the summit had provided a platform.", "cpc", []),
    ("Parties hold council meeting", "2007.02.14", "TOKYO, Feb. 13 (Kyodo) -- The exchange council of the ruling "
     f"parties held its meeting here Tuesday, with Tom Poe, secretary general of the Example Party, and {MA}.",
     "Asked about the meeting at a regular news conference, Chief Cabinet Secretary Bob Roe said the government "
     "welcomed the dialogue.", "foreign", ["Tom Poe"]),
    ("Chairperson congratulates Xi", "2022.10.25", "Dar es Salaam, October 24 \u2013 Example Party (EP) National "
     "Chairperson Tom Poe has sent a congratulatory message to Li Hua on his re-election.", "EP Publicity Secretary "
     "Bob Roe said in a statement released on Monday that the message had been conveyed.", "foreign", ["Tom Poe"]),
    # "President X, who leads the PF, has pledged to create jobs": his own course, not this contact
    (*_STUDY_TOUR, "Poe disclosed the plan when he met with Chinese Ambassador to Zambia Li Hua.\n\nPresident Bob "
     "Roe, who leads the EP, has pledged to create jobs in rural areas.", "foreign", ["Tom Poe"]),
])
def test_people_in_passing_of_rounds_116_and_117(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    (*_STUDY_TOUR, "Poe disclosed the plan when he met with Chinese Ambassador to Zambia Li Hua.", "type",
     ("meeting", "in_person")),
    # "told visiting Chairman of the A Party X in Beijing on May 14"
    ("China assures support", "2014.05.15", f"Kathmandu, May 15 (RSS): China will continue to support the process, {MA}, "
     "told visiting Chairman of the Example Party Tom Poe in Beijing on May 14, according to a press statement.",
     "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    # "He said this while talking to Chinese Ambassador X, who called on him here."; "party President X said"
    (*_YOUNG_LEADERS, "He said this "
     "while talking to Chinese Ambassador to Pakistan Li Hua, who called on him here.", "cpc", ["Li Hua"]),
    (*_YOUNG_LEADERS, "He said this "
     "while talking to Chinese Ambassador to Pakistan Li Hua, who called on him here.", "foreign", ["Tom Poe"]),
    # "participants in a forum of Chinese and Mongolian political parties agreed here Monday"
    ("Parties discuss linking initiatives", "2015.10.13", "ULAN BATOR, Oct. 12 (Xinhua) -- Aligning the two "
     "initiatives will bring benefits, participants in a forum of Chinese and Mongolian political parties agreed "
     f"here Monday.", f"The forum brought together a delegation led by {MA}, and representatives of parties.", "type",
     ("conference", "in_person")),
    # "Leaders ... have confirmed they will come to Beijing ... for a high-level dialogue": an announcement
    ("Xi to address dialogue", "2017.11.21", "BEIJING, Nov. 20 (Xinhua) -- Leaders of nearly 300 political parties have "
     "confirmed they will come to Beijing at the end of this month for a high-level dialogue with the CPC, officials "
     f"said Monday.", f"Li Hua will attend the opening ceremony, {MA}, told a press conference.", "type", ("other", None)),
    # "Ambassador X then gave a detailed presentation"; "A and B, ..., talked via video link"; "talked by telephone"
    ("Party briefed on congress", "2022.11.18", "Windhoek, 17 November \u2013 The Example Party on Thursday hosted a "
     "briefing session on the outcomes of the CPC congress.", "The session was opened by EP Secretary-General Tom Poe. "
     "China's Ambassador to Namibia Li Hua then gave a detailed presentation on the report.", "cpc", ["Li Hua"]),
    ("Parties discuss cooperation", "2022.09.22", "BELGRADE, Sept 21 (Tanjug) - Example Party (EP) Vice-President Tom "
     f"Poe and {MA} (CPC), talked via video link on Wednesday about cooperation.", "Both sides exchanged views.",
     "foreign", ["Tom Poe"]),
    ("Parties discuss cooperation by phone", "2026.01.02", "Belgrade, 30 December (Tanjug) \u2013 President of the "
     f"Example Party (EP) Tom Poe talked by telephone today with {MA}, the EP said in a statement.", "Both sides "
     "exchanged views.", "foreign", ["Tom Poe"]),
    # a shared office: "Senator X, Chairman of the Senate Committee and a senior leader of the A Party (AP)"
    ("Leader addresses summit", "2021.07.07", "ISLAMABAD, Jul 6 (APP): Prime Minister Tom Poe on Tuesday addressed the "
     "CPC and World Political Parties Summit, held via video link.", "Senator Bob Roe, Chairman of the Senate "
     "Defence Committee and a senior leader of the Pakistan Muslim League-Nawaz (PML-N), also spoke at the "
     "session.", "parties", ["Pakistan Muslim League-Nawaz"]),
    ("Parties hold workshop", "2010.12.03", "PHNOM PENH, Dec. 2 (Xinhua) -- Parties pledged on Thursday to strengthen "
     "dialogue as a regional assembly opened here.", "Addressing the opening ceremony, Cambodian Prime Minister "
     "Samdech Tom Poe, vice president of the ruling Cambodian People's Party (CPP), said parties should work "
     "together.", "parties", ["Cambodian People's Party"]),
    # "This was announced by Secretary-General X at a press conference"; "announced today that its X will lead"
    ("Delegation to visit", "2009.03.11", "Windhoek, March 10 \u2013 A CPC delegation led by Li Hua will visit the "
     "country from March 15 to 19 at the invitation of the Example Party (EP).", "This was announced by EP "
     "Secretary-General Tom Poe at a press conference at the party headquarters here on Tuesday.", "foreign",
     ["Tom Poe"]),
    ("Secretary General to Lead Delegation to China", "2015.03.17", "Johannesburg, March 16th\u2014The Example Party "
     "(EP) announced today that its Secretary General Tom Poe will lead a senior party delegation on a visit to "
     "China from March 22nd to 29th.", "Both sides will exchange views.", "foreign", ["Tom Poe"]),
    # "The meeting, held at the department's offices in Beijing, was also attended by"; "Also taking part were"
    ("Delegation holds talks", "2023.11.09", "Beijing, November 8 (KNA) \u2013 A delegation of the Example Party led by "
     f"Secretary General Tom Poe on Wednesday held talks with {MA}.", "The meeting, held at the department's offices "
     "in Beijing, was also attended by Vice Minister Sun Haiyan and Kenya's Ambassador to China Bob Roe.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    (*_VIDEOCONF, "Also taking part were EP's "
     "secretary of international relations, Bob Roe, and China's ambassador to Brazil, Li Hua.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    (*_VIDEOCONF, "Both sides exchanged views.",
     "type", ("call", "video")),
    # a Mongolian "Ya." glued to the name, a semicolon list whose first item runs long, a "Ha Long" dateline
    ("Chairman receives delegation", "2013.05.16", "Ulaanbaatar, May 15 /MONTSAME/ The Chairman of the Example Party "
     f"M.Poeba received a CPC delegation led by {MA}.", "The meeting was attended by Ya.Roeba, the Secretary General "
     "of the EP.", "foreign", ["M.Poeba", "Ya.Roeba"]),
    ("Parties hold workshop", "2019.07.12", "Ha Long (VNA) - The Example Party (EP) and the CPC held a theoretical "
     "workshop in the coastal city of Ha Long on July 11.", "Also attending the event were Tom Poe, member of the EP "
     "Central Committee, President of the National Academy of Politics and Public Administration and Chairman of the "
     "Central Theoretical Council; Secretary of the Quang Ninh provincial Party Committee Bob Roe; and Chinese "
     "Ambassador to Vietnam Li Hua.", "foreign", ["Bob Roe", "Tom Poe"]),
])
def test_contacts_and_people_of_rounds_116_and_117(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "looked forward to a closer dialogue with the CPC": a wish, no gathering; the visit is the contact
    ("Parties eager to learn about congress", "2012.11.29", "BERLIN, Nov. 28 (Xinhua) -- Leaders of the country's "
     "two biggest parties said on Wednesday they looked forward to a closer dialogue with the CPC.", "A CPC "
     f"delegation led by {MA}, met separately here with Tom Poe, secretary-general of the Example Party, and Bob Roe, "
     "secretary-general of the Other Party, to brief them on the congress.", "type", ("visit", "in_person")),
    # "..., the ruling party's Secretary General, X, said" then "X announced the plan after holding talks with"
    ("Party to send cadres to China", "2016.03.16", "Dar es Salaam, March 15 \u2014 The Example Party (EP) will send "
     "about 50 cadres to China this year under a programme agreed with the Communist Party of China (CPC), the "
     "ruling party's Secretary General, Tom Poe, said here on Tuesday.", "Poe announced the plan after holding "
     f"talks at the party's offices with a visiting CPC delegation led by {MA}.", "foreign", ["Tom Poe"]),
    # "Minister for Foreign Affairs and International Co-operation X": the second portfolio joins the title
    ("Secretary General hosts delegation", "2009.08.20", "Dodoma, August 19th\u2014Example Party (EP) Secretary "
     f"General Tom Poe on Wednesday received a visiting delegation of the CPC led by {MA}.", "Present at the talks "
     "were EP National Executive Committee member and Minister for Foreign Affairs and International Co-operation "
     "Bob Roe and the Chinese Ambassador to Tanzania, Li Hua.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "President X, who is also ANC President, discussed with the Chinese leadership ... last year": then
    ("Secretary-General to Lead Delegation", "2011.10.04", "Johannesburg, October 3rd\u2014Example Party (EP) national "
     "spokesperson Tom Poe announced today that Secretary-General Bob Roe will lead a delegation on a visit to China.",
     "Poe said the programme builds on the cooperation that President Jim Doe, who is also EP President, discussed "
     "with the Chinese leadership during his state visit to Beijing in August last year.", "foreign",
     ["Bob Roe", "Tom Poe"]),
    # "Senator X, Chairman of the Senate Defence Committee and Secretary General of the A (AA), and included ..."
    ("Parties join dialogue", "2017.12.02", "BEIJING, Dec 1 (APP) -- Leaders of the country's main political parties "
     "participated here on Friday in the opening of the High-Level Meeting.", "The Pakistani delegation was led by "
     "Senator Tom Poe, Chairman of the Senate Defence Committee and Secretary General of the Pakistan Muslim "
     "League-Quaid (PML-Q), and included Senator Bob Roe, Vice-President of the Pakistan Peoples Party (PPP), and Jim "
     "Doe, Central Information Secretary of the Pakistan Tehreek-e-Insaf (PTI).", "parties",
     ["Pakistan Muslim League-Quaid", "Pakistan Peoples Party", "Pakistan Tehreek-e-Insaf"]),
    # "Taking part from the party headquarters in Maputo were also the A Secretary ..., X, and the Chinese ambassador, Y"
    ("Parties hold video talks", "2020.06.18", "Maputo, 17 Jun (AIM) - The Secretary-General of the Example Party (EP), "
     f"Tom Poe, on Wednesday held a video call with {MA}.", "Taking part from the EP headquarters in Maputo were also "
     "the EP Secretary for Foreign Relations, Bob Roe, and the Chinese ambassador to Mozambique, Li Hua.", "cpc",
     ["Ma Lin", "Li Hua"]),
    # "will leave for Beijing on Sunday for a week-long visit": an announcement; "are also on the delegation"
    ("Party to Send Delegation to China", "2008.06.11", "KATHMANDU, June 10 (Xinhua) -- A delegation of the Example "
     "Party (EP), led by its senior leader Tom Poe, will leave for Beijing on Sunday for a week-long goodwill visit, "
     "the party's central office said here on Tuesday.", "Central leaders Bob Roe and Ann Roe and two officials of "
     "the party's foreign department are also on the delegation, the statement said.", "type", ("other", None)),
    ("Party to Send Delegation to China", "2008.06.11", "KATHMANDU, June 10 (Xinhua) -- A delegation of the Example "
     "Party (EP), led by its senior leader Tom Poe, will leave for Beijing on Sunday for a week-long goodwill visit, "
     "the party's central office said here on Tuesday.", "Central leaders Bob Roe and Ann Roe and two officials of "
     "the party's foreign department are also on the delegation, the statement said.", "foreign",
     ["Ann Roe", "Bob Roe", "Tom Poe"]),
])
def test_copies_and_announcements_of_round_118(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_representatives_from_parties_in_listed_countries_take_part():
    from tests.test_extract_copy_types import _countries
    assert _countries("Parties back initiative", "2017.04.19", "YINCHUAN, April 18 (Xinhua) -- Parties voiced support "
                      "on Tuesday as a dialogue between the CPC and Arab political parties opened here.", "More than 80 "
                      "representatives from parties in Egypt, Jordan and other Arab countries are attending the "
                      "three-day event.") == ["EG", "JO"]
