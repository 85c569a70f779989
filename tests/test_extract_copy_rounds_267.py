"""Copies of the kinds rounds 267 and 268 read wrong at 0.22.348 on first sight (rows of our own sentences): a plan to
send a "study group", "X to lead A delegation to China", a programme "announced at a seminar", a lead's speaker named
"according to" whose next sentence frames a working session, guests back "to Port Vila" or "from China Study Tour",
the honorifics "Cllr." and "Osagyefo", the one remembered on a "birth anniversary", openers "with A and B ... opening
the proceedings", a place ending in "State", a "Standard Bearer", a spokesperson who "said the summit", a coming contact
"for talks with", six co-hosts named in full, a speaker who "told Kabar", one who "joined the talks", participants who
"agreed at an international seminar", a speaker named by role after another's name ("X, the Angolan politician said"),
one who "announced on Wednesday at a seminar held in", and a guest who "joined the Chinese guests"."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read

_ANN = ("Poe to lead EP delegation to China", "2008.07.15", "Windhoek, 14 July (NAMPA) \u2013 The Example Party's ties "
        "with the CPC will be taken \u201cto a new level\u201d through a cadre training agreement to be signed in Beijing "
        "next week, Secretary-General of the Example Party (EP) Tom Poe announced here on Monday.", "Poe told a media "
        "briefing that she will lead a seven-member delegation to China from 21 to 28 July.\n\nThe delegation is "
        f"expected to hold talks with {MA}.")
_SEMINAR = ("EP and CPC open dialogue", "2014.10.28", "Montevideo, October 28 \u2013 The Example Party (EP) and the CPC "
            "held a seminar on \u201cDevelopment Paths\u201d at the party's house, with EP President Tom Poe and Ma Lin, "
            "Vice-Minister of the International Department of the CPC Central Committee, opening the proceedings.",
            "Poe said the EP was interested in China\u2019s experience.")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # a plan to send a study group, told to a CPC delegation visiting the country: the visit, no gathering
    ("EP to send study group to China", "2009.03.13", "GABORONE, March 12 (Xinhua) -- The ruling Example Party (EP) plans "
     "to send a study group to China later this year to learn about the organizational work of the CPC, EP Chairman "
     "Tom Poe told a CPC delegation that visited the country from March 8 to 11.", f"The delegation, led by {MA}, was "
     "received by Poe at the EP headquarters.", "type", ("visit", "in_person")),
    (*_ANN, "type", ("other", None)),
    (*_ANN, "cpc", ["Ma Lin"]),
    # "X, vice minister of ..., announced the program at a seminar on party building co-hosted by A and B"
    ("CPC to train 200 EP cadres", "2024.10.18", "HARARE, Oct. 17 (Xinhua) -- The CPC will train 200 cadres of the "
     "ruling party in the next two years, a senior CPC official said on Thursday.", f"{MA}, announced the program at a "
     "seminar on party building co-hosted by the CPC and the Example Party (EP) in Harare.", "type",
     ("conference", "in_person")),
    # "..., according to EP General Secretary X." then "X was speaking ..., at the end of a working session with"
    ("EP and CPC to step up cadre training", "2013.10.23", "Maputo, 22 Oct (AIM) \u2013 The Example Party (EP) and the "
     "CPC intend to widen their cooperation in the training of party cadres, according to EP General Secretary Tom "
     "Poe.", "Poe was speaking on Tuesday in Maputo, at the end of a working session with a CPC delegation headed by Ma "
     "Lin, deputy head of the CPC's International Department.", "foreign", ["Tom Poe"]),
    # guests back "to Port Vila after an eight-day visit to the People's Republic of China": a meeting there
    ("EP Delegation Back from China Visit", "2014.06.20", "Port Vila, 19 June \u2013 A delegation of the Example Party "
     "(EP) led by its President, Tom Poe, has returned to Port Vila after an eight-day visit to the People\u2019s Republic "
     f"of China from June 10 to 17.", f"In Beijing the delegation held talks with {MA}.", "type", ("meeting", "in_person")),
    # "EP Delegation Back from China Study Tour": the guests' trip, no gathering
    ("EP Delegation Back from China Study Tour", "2009.10.22", "Accra, Oct. 21, GNA \u2013 A delegation of the Example "
     "Party (EP), led by its General Secretary, Mr Tom Poe, has returned to Accra after visiting the People\u2019s "
     f"Republic of China from October 12 to 19.", f"In Beijing, Mr Poe held talks with {MA}.", "type",
     ("meeting", "in_person")),
    # Liberia's "Cllr." is no part of the name
    ("EP Chairman Receives CPC Delegation", "2010.04.17", "Monrovia, April 16 (LINA) \u2013 The Chairman of the ruling "
     f"Example Party (EP), Cllr. Tom Poe, has received a delegation of the CPC headed by {MA}.", "Cllr. Poe said the "
     "party was grateful.", "foreign", ["Tom Poe"]),
    # a message "on the occasion of the 104th birth anniversary of Osagyefo Dr X, founder of the party"
    ("CPC sends message to EP", "2013.09.22", "Accra, Sept. 21, GNA \u2013 The Example Party (EP) has received a message of "
     f"solidarity from {MA}, on the occasion of the 104th birth anniversary of Osagyefo Dr Sam Roe, founder of the "
     "party.", "The message described Dr Roe as a great son of Africa.", "foreign", []),
    (*_SEMINAR, "foreign", ["Tom Poe"]),
    # "the peace process in northern Shan State, the preparations for ...": a state, no person
    ("EP Leaders Meet Chinese Ambassador", "2015.03.04", "Yangon, 3 March \u2013 Tom Poe, General Secretary of the Example "
     "Party (EP), received Ma Lin, Ambassador of the People\u2019s Republic of China to Myanmar, on Tuesday morning.",
     "During the call, the two sides exchanged views on the peace process in northern Shan State, the preparations for "
     "the general election and the situation along the border.", "foreign", ["Tom Poe"]),
    # "X, Standard Bearer of the Y": a title, and its party
    ("CPC Delegation Visits Liberia", "2007.05.18", "Monrovia, May 17th\u2014Ma Lin, Vice-minister of the International "
     "Department of the CPC Central Committee, who is heading a CPC delegation on a visit to Liberia, met today with Tom "
     "Poe, Standard Bearer of the Congress for Democratic Change (CDC).", "Poe said the CDC supports the one-China "
     "policy.", "foreign", ["Tom Poe"]),
    ("CPC Delegation Visits Liberia", "2007.05.18", "Monrovia, May 17th\u2014Ma Lin, Vice-minister of the International "
     "Department of the CPC Central Committee, who is heading a CPC delegation on a visit to Liberia, met today with Tom "
     "Poe, Standard Bearer of the Congress for Democratic Change (CDC).", "Poe said the CDC supports the one-China "
     "policy.", "parties", ["Congress for Democratic Change"]),
    # an announcement's spokesperson who "said the summit, hosted by ..., would be opened by"
    ("Poe to Address CPC and World Political Parties Summit", "2021.06.29", "Johannesburg, June 28 \u2013 EP President Tom "
     "Poe will address the CPC and World Political Parties Summit via video link on 6 July, the Example Party said on "
     "Monday.", "In a statement, EP national spokesperson Sam Roe said the summit, hosted by the CPC, would be opened "
     "by Xi Jinping, General Secretary of the CPC Central Committee.", "foreign", ["Sam Roe", "Tom Poe"]),
    # a coming contact "for talks with Prime Minister X"
    ("Ma Lin to Visit Papua New Guinea and Solomon Islands", "2026.01.02", "Port Moresby, December 31 \u2013 Liu Haixing, "
     "Minister of the International Department of the CPC Central Committee, will lead a CPC delegation to Solomon "
     "Islands in mid-January, the Chinese Embassy said in a statement on Wednesday.", "According to the statement, the "
     "delegation will travel to Honiara for talks with Prime Minister Tom Poe and other senior members of the Example "
     "Party.", "foreign", ["Tom Poe"]),
    # "..., the leader of the EP Tom Poe told Kabar on Tuesday." then "According to him, the arrangement was reached ..."
    ("EP and CPC to train local council deputies", "2011.09.07", "Bishkek, September 6 /Kabar/. The Example Party (EP) "
     "and the CPC will jointly organize study courses for local council deputies starting next year, the leader of the Example Party "
     "Tom Poe told Kabar on Tuesday.", "According to him, the arrangement was reached earlier the same day at his "
     f"meeting in Bishkek with a delegation of the CPC led by {MA}.", "foreign", ["Tom Poe"]),
    # "X, who coordinates the international contacts of the EP, joined the talks"
    ("EP, CPC plan joint forum", "2012.10.11", "MOSCOW, October 11 (Itar-Tass) -- Secretary of the Presidium of the EP "
     "General Council Tom Poe met with Chinese Ambassador to Russia Li Hui on Thursday.", "Sam Roe, who coordinates the "
     "international contacts of the Example Party, joined the talks and proposed a forum.", "foreign",
     ["Sam Roe", "Tom Poe"]),
    # "..., participants agreed at an international seminar held in Ashgabat on 28 May"
    ("EP and Chinese parties to hold regular round tables", "2015.05.29", "The Example Party and the CPC will hold a round "
     "table every two years, participants agreed at an international seminar held in Ashgabat on 28 May.", "The "
     f"seminar was opened by Tom Poe, Chairman of the Example Party, and {MA}.", "type", ("conference", "in_person")),
    # "Speaking to the press after a meeting with the head of ..., X, the Angolan politician said": X of the CPC
    ("EP and CPC to sign new cooperation plan", "2026.01.02", "Beijing - The EP and the CPC will sign a new inter-party "
     "cooperation plan for the 2026-2030 period, the vice-president of the Example Party (EP), Tom Poe, said on 30 "
     "December in Beijing.", "Speaking to the Angolan press after a meeting with the head of the International "
     "Department of the CPC Central Committee, Liu Haixing, the Angolan politician said that the two parties had also "
     "agreed to hold a seminar.", "foreign", ["Tom Poe"]),
    # "its Secretary General X announced on Wednesday at a seminar held in this capital with a CPC delegation"
    ("EP to set up study center", "2019.04.11", "Santo Domingo, Apr 10 (Prensa Latina) \u2013 The Example Party (EP) will "
     "set up a study center on China's development before the end of the year, its Secretary General Tom Poe announced "
     "on Wednesday at a seminar held in this capital with a delegation of the CPC.", f"The seminar was opened by Poe and "
     f"by {MA}.", "foreign", ["Tom Poe"]),
])
def test_round_267_rows(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_six_co_hosts_named_in_full_all_take_part():
    parties = _read("Seminar Held at Leadership School", "2022.06.16", "Kibaha, June 15\u2014A seminar was held on Wednesday "
                    "at the Leadership School. The seminar was co-hosted by the International Department of the CPC "
                    "Central Committee (IDCPC) and the six former liberation movements of Southern Africa that jointly "
                    "founded the school: Chama Cha Mapinduzi (CCM) of Tanzania, the African National Congress (ANC) of "
                    "South Africa, the Mozambique Liberation Front (FRELIMO), the Popular Movement for the Liberation of "
                    "Angola (MPLA), the South West Africa People's Organisation (SWAPO) of Namibia and the Zimbabwe "
                    "African National Union-Patriotic Front (ZANU-PF).", "Song Tao addressed the opening session.")["parties"]
    assert len(parties) == 6
