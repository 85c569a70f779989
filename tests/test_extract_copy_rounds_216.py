"""Copies of the held round 211, mended after its measure: a plan told first and its contact after "X told journalists
on Tuesday after his talks with Y" or "told a visiting EP delegation here on Wednesday"; "during talks here between First
Vice President X and Y"; "conveyed the sympathy of the CPC to X, secretary general of ..." in a telephone conversation;
"X yesterday (16) had a telephone conversation with"; a dateline "September 18. \u2013"; a video call beside "The CPC has
kept friendly exchanges with various political parties of Myanmar"; the parties of "parties that have confirmed they will
send delegations include A, B and C", of "the workshop has drawn participants from A, B and C" and of "Also speaking at the
session were X, ..., and representatives of A, B and C"; and a roundup's "the A, in a message signed by its Secretary
General X, praised" (rows of our own sentences)."""
from __future__ import annotations

import pytest

from tests.release_text import release
from tests.test_extract_copy_agreements import MA, _read


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # a plan first, then "X told journalists on Tuesday after his talks with Y": the talks are the contact
    ("EP, CPC to hold regular inter-party consultations", "2008.05.27", "BEIJING, May 27 (Itar-Tass) -- The Example Party (EP) "
     "and the CPC have agreed to hold regular consultations on party building, EP Chairman Tom Poe told journalists on Tuesday "
     "after his talks with Li Ming, a member of the Standing Committee of the Political Bureau of the CPC Central Committee.",
     "Poe said the first round could be held in the autumn.", "type", ("meeting", "in_person")),
    # a pledge first, "Chinese Vice President X told a visiting EP delegation here on Wednesday": a meeting
    ("China pledges continued support for Examplia", "2010.04.22", "Beijing, April 21 (KPL) \u2013 China will continue to "
     "support Examplia in its development and the Example Party (EP) in preparing its congress, Chinese Vice President Li Ming "
     "told a visiting EP delegation here on Wednesday.", "The delegation is led by Tom Poe, Vice President of the EP.", "type", ("meeting", "in_person")),
    # "agreed on Tuesday to ..., during talks here between First Vice President X and Y": the full name, not the surnames
    ("EP and CPC agree to widen exchange of experiences", "2009.06.10", "Havana, Jun 9 (Prensa Latina) The Example Party (EP) "
     "and the CPC agreed on Tuesday to broaden the exchange of experiences, during talks here between First Vice President Tom "
     f"Ramon Poe Vega and {MA}.", "Poe Vega described relations between the two parties as excellent.", "foreign",
     ["Tom Ramon Poe Vega"]),
    # a call: "X conveyed the sympathy of the CPC to Y, secretary general of the EP": the one spoken to
    ("CPC pledges help in phone talks with EP leader", "2011.03.17", "BEIJING, March 16 (Xinhua) -- The CPC stands ready to "
     "provide further assistance after the earthquake, a senior CPC official told a leader of the Example Party in a telephone "
     "conversation on Wednesday.", f"{MA}, conveyed the sympathy of the CPC to Tom Poe, secretary general of the Example Party "
     "(EP), and to the people in the stricken areas.", "foreign", ["Tom Poe"]),
    # "EP Chairman Prof. X yesterday (16) had a telephone conversation with": the day in brackets after "yesterday"
    ("EP Chairman, CPC's Ma Lin discuss cooperation over phone", "2020.04.17", "Example Party (EP) Chairman Prof. Tom Poe "
     f"yesterday (16) had a telephone conversation with {MA}, on relations between the two parties.", "Prof. Poe thanked the "
     "CPC.", "foreign", ["Tom Poe"]),
    # "Santo Domingo, September 18. \u2013 ... held talks today in Beijing": a full stop and a space before the dash
    ("EP leader meets CPC leaders in Beijing", "2018.09.19", "Santo Domingo, September 18. \u2013 The Secretary General of the "
     f"Example Party (EP), Tom Poe, held talks today in Beijing with {MA}.", "Poe conveyed the greetings of the EP.", "date",
     "2018-09-18"),
    # "The CPC has kept friendly exchanges with various political parties of Myanmar": standing ties, not many parties met
    ("Ma Lin holds video call with EP Chairman", "2025.03.05", f"Beijing, March 4th\u2014{MA}, held a video call here today with "
     "U Tom Poe, Chairman of the Example Party (EP) of Myanmar.", "Ma said this year marks the 75th anniversary of ties. The CPC "
     "has kept friendly exchanges with various political parties of Myanmar, and is willing to work with the EP.", "type", ("call", "video")),
])
def test_people_and_types_of_round_211(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


@pytest.mark.parametrize("title, pub, lead, later, value", [
    # an announcement: "parties that have confirmed they will send delegations include the A of South Africa, the B and the C"
    ("CPC to host party forum in Shenzhen", "2018.07.10", "BEIJING, July 10 (Xinhua) -- Representatives of more than 40 "
     "political parties will gather in Shenzhen next week for a forum with the CPC, Ma Lin, vice minister of the International "
     "Department of the CPC Central Committee, told a press conference on Tuesday.", "Ma said parties that have confirmed they "
     "will send delegations include the African National Congress of South Africa, the Example Party and Chama Cha Mapinduzi of "
     "Tanzania.", ["African National Congress", "Chama Cha Mapinduzi", "Example Party"]),
    # "the workshop has drawn participants from the A, the B and the C, whose representatives delivered remarks"
    ("Parties and CPC open leadership workshop", "2023.06.28", "KIBAHA, June 27 \u2014 Example Party (EP) Secretary General "
     "Comrade Tom Poe today officially opened a five-day workshop on party building, bringing together cadres of six parties "
     "and the CPC.", "Besides the EP, the workshop has drawn participants from the African National Congress (ANC) of South "
     "Africa, the SWAPO Party of Namibia and the Mozambique Liberation Front (FRELIMO), whose representatives delivered "
     "solidarity remarks at the opening session.",
     ["African National Congress", "Example Party", "Mozambique Liberation Front", "SWAPO Party"]),
    # "Also speaking at the session were Dato' Dr. X, Secretary-General of the A, and representatives of the B, C and D"
    ("EP President attends party forum in Kunming", "2024.05.23", "KUNMING, 22 May 2024 \u2013 Example Party (EP) President "
     "Tom Poe led an EP delegation to a political parties forum, held here from 21 to 22 May, and spoke at the opening "
     "session.", "Also speaking at the session were Dato' Dr. Ann Loe, Secretary-General of the United Malays National "
     "Organisation (UMNO), and representatives of the Cambodian People's Party, the Lao People's Revolutionary Party and the "
     "Communist Party of Vietnam.", ["Cambodian People's Party", "Communist Party of Vietnam", "Example Party",
                                     "Lao People's Revolutionary Party", "United Malays National Organisation"]),
])
def test_parties_of_round_211(title, pub, lead, later, value):
    r = release(title, pub, lead, later)
    assert sorted({p.name for e in r.events for p in e.parties}) == value


def test_a_roundup_sender_party_named_with_its_signer():
    # a roundup: "..., while the A of South Africa, in a message signed by its Secretary General X, praised the CPC"
    e = release("Foreign parties congratulate CPC on anniversary", "2011.07.02", "BEIJING, July 1 (Xinhua) -- Leaders of "
                "political parties in many countries have sent messages to the CPC Central Committee, congratulating the CPC "
                "on its 90th founding anniversary.", "Tom Poe, chairman of the Example Party, wrote that the CPC's 90 years "
                "have proved the vitality of socialism, while the African National Congress of South Africa, in a message "
                "signed by its Secretary General Ann Loe, praised the CPC for its support.").events[0]
    assert e.event_type == "message"
    assert {p.name for p in e.participants if p.side == "foreign"} == {"Tom Poe", "Ann Loe"}
    assert {"African National Congress", "Example Party"} <= {p.name for p in e.parties} and "ZA" in e.countries


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # the talks' "on Tuesday" over the stay of a guest "who is paying an official visit ... from June 10-14"
    ("EP, CPC to increase exchanges of cadres", "2007.06.13", "Vientiane, June 12 (KPL) - The Example Party (EP) and the CPC "
     "have agreed to increase exchanges of cadres at all levels.", "The agreement was reached here on Tuesday during talks "
     f"between EP Secretary General Tom Poe and a CPC delegation headed by Mr {MA}, who is paying an official visit to "
     "Examplia from June 10-14 at the invitation of the EP.", "date", "2007-06-12"),
    # no dateline day: "..., X has said." then "X ... made the statement while receiving Y ... in Beijing on December 8"
    ("China values friendship with Examplia", "2008.12.10", "Beijing (VNA) \u2013 China attaches great importance to its "
     "friendship with Examplia, Chinese Vice President Li Ming has said.", "Li made the statement while receiving Tom Poe, "
     "Secretary of the Example Party (EP) Central Committee, in Beijing on December 8.", "date", "2008-12-08"),
    # "A protocol ... was signed at the end of the talks by X, head of ..., and Y": X took part
    ("EP, CPC set up consultation mechanism", "2008.10.15", "BEIJING, October 14 (Itar-Tass) -- The Example Party (EP) and "
     "the CPC will set up a mechanism of inter-party consultations, Tom Poe, chairman of the EP, told Itar-Tass on Tuesday.",
     f"A protocol on the mechanism was signed at the end of the talks by {MA}, and Ann Loe, head of the EP Executive "
     "Committee.", "cpc", ["Ma Lin"]),
    # "it was announced on January 17 during a meeting at the headquarters ... between A and B": a meeting
    ("EP and CPC to hold seminar", "2023.01.19", "HAVANA.\u2014 The Example Party (EP) and the CPC will hold their "
     "theoretical seminar in Beijing in the coming months, it was announced on January 17 during a meeting at the headquarters "
     "of the Party Central Committee between Tom Poe, head of the EP's International Department, and Li Ming, ambassador of "
     "the People's Republic of China to Examplia.", "Both sides reviewed the agreements reached during the state visit to "
     "China paid last November by Bob Roe, first secretary of the EP.", "type", ("meeting", "in_person")),
    ("EP and CPC to hold seminar", "2023.01.19", "HAVANA.\u2014 The Example Party (EP) and the CPC will hold their "
     "theoretical seminar in Beijing in the coming months, it was announced on January 17 during a meeting at the headquarters "
     "of the Party Central Committee between Tom Poe, head of the EP's International Department, and Li Ming, ambassador of "
     "the People's Republic of China to Examplia.", "Both sides reviewed the agreements reached during the state visit to "
     "China paid last November by Bob Roe, first secretary of the EP.", "foreign", ["Tom Poe"]),
    # "Poe said the EP, led by Chancellor X, attaches ...": who leads the party
    ("CPC official meets EP leader", "2013.04.12", f"BEIJING, April 11 (Xinhua) -- {MA}, met here Thursday with Tom Poe, "
     "secretary general of Examplia's Example Party (EP).", "Poe said the EP, led by Chancellor Bob Roe, attaches great "
     "importance to its dialogue with the CPC.", "foreign", ["Tom Poe"]),
    # "X hosted a reception in Hanoi on March 22 for Chinese Ambassador to Examplia Y, who came to inform him"
    ("EP official receives Chinese Ambassador", "2016.03.23", "Hanoi (VNA) \u2013 Head of the Example Party (EP) Commission "
     "for External Relations Tom Poe hosted a reception in Hanoi on March 22 for Chinese Ambassador to Examplia Li Ming, who "
     "came to inform him of the results of China's parliamentary sessions.", "Poe thanked the Chinese Party.", "cpc",
     ["Li Ming"]),
    # "a follow-up to the understandings reached between President X, ..., and President Xi Jinping": leaders cited
    ("EP receives CPC delegation", "2018.12.31", f"HARARE, 30 December (New Ziana) \u2013 The Secretary General of the Example "
     f"Party (EP), Tom Poe, today received a visiting delegation of the CPC led by {MA}.", "He said the engagement was a "
     "follow-up to the understandings reached between President Bob Roe, who is also First Secretary of the EP, and President "
     "Xi Jinping on deepening cooperation.", "foreign", ["Tom Poe"]),
    # "Speaking at the opening session were A Secretary General X, ... and B Secretary General Y, as well as Z"
    ("Party workshop opens", "2023.06.13", "KIBAHA \u2013 Example Party (EP) Secretary General Tom Poe on Monday opened a "
     "workshop for the secretaries general of six parties, supported by the CPC.", "Speaking at the opening session were ANC "
     "Secretary General Ann Loe, SWAPO Party Secretary General Bob Roe, FRELIMO Secretary General Carl Doe and MPLA Secretary "
     f"General Dan Foe, as well as {MA}.", "foreign", ["Ann Loe", "Bob Roe", "Carl Doe", "Dan Foe", "Tom Poe"]),
    # a release's footer "Enquiries: X, EP National Spokesperson": whom the press may call
    ("EP holds virtual meeting with CPC", "2023.02.16", "Johannesburg \u2013 The Secretary-General of the Example Party (EP), "
     f"Tom Poe, on Wednesday held a virtual meeting with {MA}.", "The two parties agreed to resume in-person exchanges.\n\n"
     "Issued by the Office of the Secretary-General\n\nEnquiries: Ann Loe, EP National Spokesperson", "foreign", ["Tom Poe"]),
    # "the general elections, in which the EP candidate, President X, is seeking a second term": standing for office
    ("EP delegation to visit China", "2019.07.09", "Maputo, 8 Jul (AIM) \u2013 The Secretary-General of the Example Party (EP), "
     "Tom Poe, will lead a party delegation on a working visit to China from Friday, EP spokesperson Ann Loe announced on "
     "Monday.", "The visit comes three months before the general elections, in which the EP candidate, President Bob Roe, is "
     "seeking a second term.", "foreign", ["Ann Loe", "Tom Poe"]),
    # an announcement: "EP deputy president Datuk Seri Dr A and secretary-general Datuk Seri B will be among the delegation members"
    ("EP delegation to visit China", "2014.08.19", "KUALA LUMPUR, Aug 18 (Bernama) -- EP president Tom Poe will lead a "
     "delegation of the Example Party (EP) to China from Aug 24 to 30 at the invitation of the CPC.", "EP deputy president "
     "Datuk Seri Dr Ann Loe and secretary-general Datuk Seri Bob Roe will be among the delegation members.", "foreign",
     ["Ann Loe", "Bob Roe", "Tom Poe"]),
    # a message "sent on Jan 15 to X upon his election", then "X, also Prime Minister of Examplia, succeeded Y as head"
    ("Xi congratulates EP leader", "2021.01.17", "Vientiane, Jan 16 (KPL) \u2013 China is ready to work with Examplia, "
     "General Secretary Xi Jinping said in a congratulatory message sent on Jan 15 to Tom Poe upon his election as Secretary "
     "General of the Example Party (EP).", "The EP Congress elected a new Central Committee. Tom Poe, also Prime Minister of "
     "Examplia, succeeded Bob Roe as head of the Party.", "foreign", []),
    # a pledge first, "X, head of ..., stated here today when receiving Y": the meeting
    ("CPC reaffirms support for Examplia", "2019.09.10", "Beijing, Sep 9 (Prensa Latina) The CPC will continue to stand by "
     f"Examplia, {MA}, stated here today when receiving Tom Poe, head of the International Relations Department of the Example "
     "Party (EP).", "Poe thanked China.", "type", ("meeting", "in_person")),
    # "met separately with a delegation of Nigeria's A (APC) led by its National Chairman Dr. X, and ...": "Dr." ends no sentence
    ("CPC official meets party delegations", "2024.06.21", "BEIJING, June 20 (Xinhua) -- China stands ready to share its "
     "experience with parties in Africa, a senior CPC official said here on Thursday.", f"{MA}, made the remarks when meeting "
     "separately with a delegation of Nigeria's All Progressives Congress (APC) led by its National Chairman Dr. Tom Poe, and "
     "a delegation of the Example Party (EP) of Ghana led by its National Chairman Ann Loe.", "parties",
     ["All Progressives Congress", "Example Party"]),
])
def test_people_types_and_dates_of_round_216(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_a_party_office_with_its_acronym_before_a_second_office():
    # "Sri Lanka Podujana Peramuna (SLPP) Chairman and Foreign Minister Prof. X also spoke at the event": the party is X's
    r = release("Party leaders join virtual dialogue", "2021.10.28", "DHAKA, Oct 27 (BSS) \u2013 Bangladesh Awami League General "
                "Secretary Tom Poe today addressed a virtual dialogue between the CPC and political parties of South Asian "
                "countries.", "Sri Lanka Podujana Peramuna (SLPP) Chairman and Foreign Minister Prof. A.B. Loe also spoke at the "
                "event.")
    e = r.events[0]
    assert any(p.name == "A.B. Loe" and p.party == "Sri Lanka Podujana Peramuna" for p in e.participants)


def test_a_host_attending_from_his_party_side_is_foreign():
    # "Executive Acting Secretary-General Hayashi Motoo attended from the EP side": a Pinyin-like name of the host party
    r = release("EP meets CPC delegation", "2019.10.17", "On October 16, Secretary-General Tom Poe met at the Party "
                f"Headquarters with a delegation of the CPC led by {MA}, who is visiting Japan at the invitation of the "
                "Example Party (EP).", "Executive Acting Secretary-General Hayashi Motoo attended from the EP side, and "
                "Ambassador of the People's Republic of China to Japan Li Ming accompanied the delegation.")
    sides = {p.name: p.side for p in r.events[0].participants}
    assert sides.get("Hayashi Motoo") == "foreign" and sides.get("Li Ming") == "cpc"
