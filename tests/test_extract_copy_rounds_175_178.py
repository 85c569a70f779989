"""Copies, announcements and roundups of rounds 175 to 178: a coming contact told with "would" and by the party's
spokesperson, a title whose last noun reads like a name ("former President of the Republic X", "Politburo member,
Permanent Member of ..."), someone "also at the meeting", other speakers of a forum, a roundup's senders who recall a
visit of their own, a message told "Also on Wednesday", the countries of an announced gathering, past contacts ("last
visited China in 2018, when he held talks with", "the consensus reached ... during the visit to China by"), and plans
told before their occasion ("under an agreement reached at talks here", "said ..., speaking at a forum", "it was
agreed here today"), and from rounds 177 and 178: "while meeting separately with" a plural title's pair "in the Capital",
a dotted honorific opening a name, a predecessor who "succeeds", "was officially opened by", "It brings together
delegations of", an earlier leg's hosts, "is arriving ... on Sunday on a ... visit", a speakers' list set apart by
semicolons, a call "briefing him on", "Recalling his working session with", "on behalf of", "participants in an
inter-party dialogue said", "which was also joined by", "noted that" and "reminded that", "a delegation that included",
and "is expected to hold talks" (rows of our own sentences)."""
from __future__ import annotations

import pytest

from parsers.release import parse_release
from tests.release_text import REL
from tests.test_extract_copy_agreements import MA, _read


def _countries(title, pub, lead, later):
    r = parse_release(REL.format(title=title, pub=pub, lead=lead, body=later))
    return sorted({c for e in r.events for c in e.countries})


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "Ma would call on President A and Prime Minister and EP Co-chair B": the coming contact's people, and the
    # party's spokesperson who "told reporters ... that Ma would call on" them announces it
    ("CPC official to visit Nepal", "2019.09.21", f"Kathmandu, Sept. 20: {MA}, will arrive in Kathmandu on Sunday on a "
     "four-day official visit at the invitation of the Example Party (EP), the party said on Friday.", "EP spokesperson "
     "Ann Doe told reporters at the party's central office that Ma would call on President Bob Roe and Prime Minister "
     "and EP Co-chair Tom Poe, and hold talks with the other Co-chair Jim Loe.", "foreign",
     ["Ann Doe", "Bob Roe", "Jim Loe", "Tom Poe"]),
    ("CPC official to visit Nepal", "2019.09.21", f"Kathmandu, Sept. 20: {MA}, will arrive in Kathmandu on Sunday on a "
     "four-day official visit at the invitation of the Example Party (EP), the party said on Friday.", "Ma would call on "
     "President Bob Roe and Prime Minister Tom Poe.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "The President of the EP, former President of the Republic X, received ...": "Republic" opens no name
    ("EP leader receives CPC delegation", "2024.06.13", "Santo Domingo, 12 June 2024.- The President of the Example "
     "Party (EP), former President of the Republic Tom Poe, received this Wednesday a delegation of the Communist Party "
     f"of China (CPC) headed by {MA}.", "Poe recalled the ties between the two countries.", "foreign", ["Tom Poe"]),
    # "The EP National Secretary, Sen. X, was also at the meeting."
    ("EP chairman receives Chinese envoy", "2023.01.20", "Abuja, Jan. 19 - The National Chairman of the Example Party "
     "(EP), Tom Poe, received Chinese Ambassador to Nigeria Cui Jianchun at the party secretariat on Thursday.",
     "They talked.\n\nThe EP National Secretary, Sen. Bob Roe, was also at the meeting.", "foreign", ["Bob Roe", "Tom Poe"]),
    ("EP chairman receives Chinese envoy", "2023.01.20", "Abuja, Jan. 19 - The National Chairman of the Example Party "
     "(EP), Tom Poe, received Chinese Ambassador to Nigeria Cui Jianchun at the party secretariat on Thursday.",
     "They talked.\n\nEP National Secretary Bob Roe was also at the meeting.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "Other speakers at the forum were A, who is ..., and B, the Health Minister."
    ("Parties hold forum", "2017.10.18", "Kuala Lumpur, Oct 17 - Example Party (EP) president Tom Poe opened a forum of "
     f"political parties with the CPC here today, with {MA}, as the guest of honour.", "Other speakers at the forum were "
     "Example League (EL) president Datuk Seri Bob Roe, who is Plantation Minister, and Example Congress (EC) president "
     "Jim Loe, the Health Minister.", "foreign", ["Bob Roe", "Jim Loe", "Tom Poe"]),
    # a roundup: "X, Title, recalled his state visit to China in August and said ...", "Title Y, recalling his trip
    # to Beijing ..., said ...": senders, their visits their own past
    ("Foreign party leaders congratulate China", "2024.10.03", "BEIJING, Oct. 2 (Xinhua) -- Leaders of foreign "
     "political parties have sent messages to Xi Jinping, general secretary of the CPC Central Committee, extending warm "
     "congratulations.", "Tom Poe, general secretary of the Example Party, recalled his state visit to China in August "
     "and said that his country will deepen the partnership.\n\nChairman of the Example League and Prime Minister Bob "
     "Roe, recalling his trip to Beijing for the opening of the Winter Olympic Games in February, said the two parties "
     "should keep up high-level exchanges.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "Also on Wednesday, Ma ... sent a message to X": this release's second message, its sender taking part
    ("CPC sends congratulatory messages", "2019.05.30", "BEIJING, May 29 (Xinhua) -- The Central Committee of the "
     "Communist Party of China (CPC) on Wednesday sent a congratulatory message to the Example Party (EP) on its victory "
     "in the recent general elections.", "In the message to Tom Poe, president of the EP, the CPC Central Committee "
     "congratulated the party on winning the election. The CPC is willing to work with the EP, the message said.\n\n"
     f"Also on Wednesday, Ma Lin, head of the International Department of the CPC Central Committee, sent a message to "
     "Bob Roe, secretary general of the EP, saying that the department stands ready to deepen cooperation.", "cpc",
     ["Ma Lin"]),
    # an announcement: "the consensus reached by the top leaders of the two parties during the visit to China by X,
    # ..., last autumn": a past visit
    ("Senior EP official to visit China", "2023.05.26", "BEIJING, May 26 (Xinhua) -- Tom Poe, a member of the "
     "Political Bureau of the Example Party (EP), will lead an EP delegation on a visit to China from May 29 to June 2, "
     "a spokesperson for the International Department of the CPC Central Committee announced on Friday.", "The "
     "spokesperson said the visit will implement the consensus reached by the top leaders of the two parties during the "
     "visit to China by Bob Roe, general secretary of the EP, last autumn.", "foreign", ["Tom Poe"]),
    # "X last visited China in 2018, when he held talks with Y": a past contact
    ("EP chairman to visit China", "2019.09.04", "BEIJING, Sept. 4 (Xinhua) -- Tom Poe, chairman of the Example Party "
     "(EP), will pay a visit to China from Sept. 8 to 14, Hu Zhaoming, spokesperson for the International Department of "
     "the CPC Central Committee, announced here Wednesday.", f"Poe last visited China in 2018, when he held talks with "
     f"{MA}.", "cpc", ["Hu Zhaoming"]),
    # "... will co-organise a seminar ... under an agreement reached at talks here on April 2": a visit, on its day
    ("Parties to hold theoretical seminar", "2024.04.03", "Vientiane, April 3 (KPL) - The Example Party (EP) and the "
     "Communist Party of China (CPC) will co-organise a theoretical seminar in Vientiane later this year, under an "
     "agreement reached at talks here on April 2.", f"The talks took place between Tom Poe, head of the EP Commission "
     f"for External Relations, and {MA}, who is leading a CPC delegation on a visit.", "type", ("visit", "in_person")),
    ("Parties to hold theoretical seminar", "2024.04.03", "Vientiane, April 3 (KPL) - The Example Party (EP) and the "
     "Communist Party of China (CPC) will co-organise a theoretical seminar in Vientiane later this year, under an "
     "agreement reached at talks here on April 2.", f"The talks took place between Tom Poe, head of the EP Commission "
     f"for External Relations, and {MA}, who is leading a CPC delegation on a visit.", "date", "2024-04-02"),
    # "Politburo member, Permanent Member of the Secretariat and Vice President X received ...": one person's offices
    ("Parties to hold theoretical seminar", "2024.04.03", "Vientiane, April 3 (KPL) - The Example Party (EP) and the "
     f"Communist Party of China (CPC) held talks here today, led by Tom Poe and {MA}.", "On the same day, Politburo "
     "member, Permanent Member of the Party Central Committee's Secretariat and Vice President of the Lao PDR Bob Roe "
     "received the Chinese delegation.", "foreign", ["Bob Roe", "Tom Poe"]),
    # '"The next session will be held in China next year," X said on Thursday, speaking at a forum of parties': the forum
    ("EP, CPC plan next round of dialogue", "2018.05.24", 'MOSCOW, May 24. /TASS/. "The next session of our dialogue '
     'will be held in China next year," Secretary of the Example Party General Council Tom Poe said on Thursday, '
     "speaking at a Russian-Chinese forum of political parties in Moscow.", f"The Chinese delegation is led by {MA}.",
     "type", ("conference", "in_person")),
    # "..., it was agreed here today." then "at talks between A and a CPC delegation ..., which arrived on Sunday"
    ("Parties agree to hold new seminar", "2017.03.14", "Havana, Mar 14 (Prensa Latina) The Example Party (EP) and the "
     "Communist Party of China (CPC) will hold a new edition of their theoretical seminar next year, it was agreed here "
     "today.", f"The agreement was reached at talks between Tom Poe, head of the EP International Department, and a CPC "
     f"delegation led by {MA}, which arrived in Havana on Sunday.", "date", "2017-03-14"),
    # "while meeting separately with EP Co-Chairmen Prime Minister A and B (Nick) in the Capital on Thursday"
    ("China to support development", "2019.04.19", "Kathmandu, April 18 (RSS): The Example Party (EP) and the CPC will "
     "expand exchanges of cadres, visiting Chinese leader Li Jun has said.", "Li, Vice-Minister of the International "
     "Department of the CPC Central Committee, expressed the commitment while meeting separately with EP Co-Chairmen "
     "Prime Minister Tom Poe and Bob Roe (Bobby) in the Capital on Thursday.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "... and Minister of Special Assignments Dr. X": a dotted honorific opens the name
    ("Envoy meets party leaders", "2016.08.10", "Colombo, Aug 9 (ANI): Chinese Ambassador to Sri Lanka Yi Xianliang "
     "has offered training for party cadres.", "The Chinese envoy made the offer when he met EP General Secretary Tom Poe "
     "and senior party leader and Minister of Special Assignments Dr. Bob Roe at the party headquarters in Colombo.",
     "foreign", ["Bob Roe", "Tom Poe"]),
    # "X, the Deputy President, succeeds President Y, who has led the party for ten years": a predecessor
    ("CPC congratulates new EP president", "2017.12.20", "Beijing, December 19th\u2014Xi Jinping, General Secretary of "
     "the CPC Central Committee, sent a congratulatory message to Tom Poe on his election as President of the Example "
     "Party (EP).", "Poe, the country's Deputy President, succeeds President Bob Roe, who has led the EP for ten years.",
     "foreign", []),
    # "was officially opened by EP Secretary General Dr X and Y"; "It brings together delegations of the A, the B and the C"
    ("Parties open seminar", "2024.02.27", "KIBAHA: THE Example Party (EP) and the Communist Party of China (CPC) on "
     "February 26 opened a three-day seminar for senior leaders of liberation movements at the party school.", "The "
     f"seminar was officially opened by EP Secretary General Dr Tom Poe and {MA}.\n\nIt brings together delegations of "
     "the Example League (EL), the Example Front (EF) and the Example Union (EU), the parties which own the school.",
     "foreign", ["Tom Poe"]),
    ("Parties open seminar", "2024.02.27", "KIBAHA: THE Example Party (EP) and the Communist Party of China (CPC) on "
     "February 26 opened a three-day seminar for senior leaders of liberation movements at the party school.", "The "
     f"seminar was officially opened by EP Secretary General Dr Tom Poe and {MA}.\n\nIt brings together delegations of "
     "the Example League (EL), the Example Front (EF) and the Example Union (EU), the parties which own the school.",
     "parties", ["Example Front", "Example League", "Example Party", "Example Union"]),
    # "Chairman X, who held talks with Y, Minister of ..., in Beijing last year, thanked ...": a past contact
    ("EP chairman meets Chinese envoy", "2020.05.05", "Kathmandu, May 4: Example Party (EP) Chairman Tom Poe held a "
     "meeting with Chinese Ambassador to Nepal Hou Yanqi at his residence on Monday.", "Chairman Poe, who held talks "
     "with Song Tao, Minister of the International Department of the CPC Central Committee, in Beijing last year, "
     "thanked the Chinese side for the supplies.", "cpc", ["Hou Yanqi"]),
    # "Before arriving in Brazzaville, the delegation visited the DRC at the invitation of the X Party": an earlier leg
    ("CPC delegation visits Congo", "2013.09.11", "Brazzaville, September 10th\u2014A CPC delegation led by Ma Lin, "
     "Vice-minister of the International Department of the CPC Central Committee, held talks here today with Tom Poe, "
     "Secretary-General of the Example Party (EP).", "Before arriving in Brazzaville, the delegation visited the "
     "Democratic Republic of the Congo at the invitation of the Example League (EL), where Ma held talks with its leaders.",
     "parties", ["Example Party"]),
    # "is arriving in Kathmandu on Sunday on a five-day official visit": an announcement
    ("CPC delegation arriving on Sunday", "2023.07.01", "Kathmandu, June 30: A delegation of the Communist Party of "
     f"China (CPC) led by {MA}, is arriving in Kathmandu on Sunday on a five-day official visit to Nepal.", "The "
     "delegation is visiting at the invitation of the Example Party (EP).", "type", ("other", None)),
    # a speakers' list set apart by semicolons whose first item is title-first
    ("Parties hold seminar", "2015.06.10", "Kunming, June 9th\u2014The Seminar between the CPC and Political Parties "
     f"of Mekong Countries opened here today. {MA}, attended the opening ceremony and delivered a keynote speech.",
     "Head of the Commission for External Relations of the Example Party (EP) Tom Poe; Bob Roe, Member of the Central "
     "Committee of the Example League (EL); and Jim Loe, Vice-chairman of the Example Union (EU), spoke at the opening "
     "session.", "parties", ["Example League", "Example Party", "Example Union"]),
    # "held a video call with X, ..., briefing him on the main outcomes of ...": a call, not a briefing session
    ("Ma Lin Holds Video Calls with Leaders of the EP and EL", "2023.01.03", f"On December 29th, {MA}, held a video call "
     "with Tom Poe, Secretary-General of the Example Party (EP), briefing him on the main outcomes of the 20th National "
     "Congress of the CPC.", "Poe congratulated the CPC.", "type", ("call", "video")),
    # "Recalling his working session with IDCPC Minister X in Beijing last year, he said": a past contact
    ("EP official receives CPC delegation", "2013.12.03", "Hanoi (VNA) - Tom Poe, Head of the EP Commission for "
     "External Relations, received a delegation of the CPC led by Vice Minister Chen Fengxiang in Hanoi on December 2.",
     "Poe welcomed the delegation. Recalling his working session with IDCPC Minister Wang Jiarui in Beijing last year, "
     "he said the two sides had carried out the agreement.", "cpc", ["Chen Fengxiang"]),
    # "General Secretary X, on behalf of the Central Committee of the EP, sent a message": the sender
    ("EP congratulates CPC", "2021.07.01", "On 30 June 2021, General Secretary Tom Poe, on behalf of the Central "
     "Committee of the Example Party (EP), sent a message to Comrade Xi Jinping, General Secretary of the Central "
     "Committee of the Communist Party of China (CPC), congratulating the CPC on its centenary.", "The EP salutes the CPC.",
     "foreign", ["Tom Poe"]),
    # "..., participants in an inter-party dialogue said in Moscow on Tuesday": the dialogue
    ("EP, CPC to expand exchanges", "2013.05.29", "MOSCOW, May 28 (Itar-Tass) -- The Example Party and the Communist "
     "Party of China will expand the exchange of experience and will hold joint events next year, participants in an "
     "inter-party dialogue said in Moscow on Tuesday.", f"The Chinese delegation is led by {MA}.", "type",
     ("conference", "in_person")),
    # "He said this during a video call today with the head of ..., X, which was also joined by EP secretary-general Y"
    ("EP keen to deepen ties with CPC", "2021.08.05", "KUALA LUMPUR, Aug 5 (Bernama) -- The EP is committed to "
     "strengthening its relations with the Communist Party of China (CPC), said party president Datuk Seri Tom Poe.", "He "
     "said this during a video call today with the head of the International Department of the CPC Central Committee, "
     "Ma Lin, which was also joined by EP secretary-general Datuk Seri Bob Roe.", "foreign", ["Bob Roe", "Tom Poe"]),
    ("EP keen to deepen ties with CPC", "2021.08.05", "KUALA LUMPUR, Aug 5 (Bernama) -- The EP is committed to "
     "strengthening its relations with the Communist Party of China (CPC), said party president Datuk Seri Tom Poe.", "He "
     "said this during a video call today with the head of the International Department of the CPC Central Committee, "
     "Ma Lin, which was also joined by EP secretary-general Datuk Seri Bob Roe.", "cpc", ["Ma Lin"]),
    # "Opening the event, EP Secretary General X noted that ...", "He reminded that Prime Minister Y, who ..., had received"
    ("Chinese Delegation Briefs EP on Congress", "2018.01.17", "Ulaanbaatar /MONTSAME/ On January 16, a briefing session "
     "on the outcomes of the 19th National Congress of the CPC took place at the headquarters of the Example Party (EP). "
     f"The session was delivered by a CPC delegation headed by {MA}.", "Opening the event, EP Secretary General D.Poe "
     "noted that the two parties established relations long ago. He reminded that Prime Minister U.Roe, who was elected "
     "EP Chairman last year, had received a congratulatory letter from Xi Jinping.", "foreign", ["D.Poe"]),
    # "Ganduje, who led an EP delegation that included the National Secretary, Senator X, said ..."
    ("EP delegation in China", "2024.08.06", f"Abuja, Aug 5 - Tom Poe, National Chairman of the Example Party (EP), met "
     f"{MA}, in Beijing on Monday.", "According to the statement, Poe, who led an EP delegation that included the "
     "National Secretary, Senator Bob Roe, said the EP was eager to learn from the CPC.", "foreign", ["Bob Roe", "Tom Poe"]),
    # an announcement: "During the visit, X, head of the department, is expected to hold talks with the delegation"
    ("EP president to visit China", "2023.09.04", "BEIJING, Sept. 4 (Xinhua) -- Tom Poe, President of the Example Party "
     "(EP), will visit China from Sept. 6 to 10, Hu Zhaoming, spokesperson for the International Department of the CPC "
     "Central Committee, announced on Monday.", "During the visit, Liu Jianchao, head of the department, is expected to "
     "hold talks with the delegation, and the two parties will exchange views, Hu said.", "cpc", ["Hu Zhaoming", "Liu Jianchao"]),
])
def test_people_types_and_dates_of_rounds_175_to_178(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_a_body_named_states_lists_no_countries():
    # "Niger and other members of the Economic Community of West African States, including Nigeria": a body's name
    assert _countries("China ready to expand cooperation with Niger", "2012.06.12", "BEIJING, June 12 (Xinhua) -- Ma Lin, "
                      "head of the International Department of the CPC Central Committee, met with Tom Poe, president of "
                      "the Nigerien Party for Democracy and Socialism (PNDS-Tarayya), here on Tuesday.", "Ma said China is "
                      "ready to work with Niger and other members of the Economic Community of West African States, "
                      "including Nigeria, to maintain peace.") == ["NE"]


def test_a_dateline_of_a_party_school_town():
    # "KIBAHA: THE ...": a Tanzanian town's dateline
    r = parse_release(REL.format(title="Parties open seminar", pub="2024.02.27", lead="KIBAHA: THE Example Party (EP) "
                                 "and the CPC on February 26 opened a seminar at the party school.", body="It ran."))
    assert r.dateline_city == "Kibaha"


def test_countries_of_an_announced_gathering():
    # "More than 100 representatives of political parties ... from A, B and C will attend the dialogue, Hu said."
    assert _countries("Parties to meet in Kunming", "2017.11.08", "BEIJING, Nov. 7 (Xinhua) -- The Communist Party of "
                      "China (CPC) will host a dialogue with political parties in Kunming from Nov. 14 to 16, Hu Zhaoming, "
                      "spokesperson for the International Department of the CPC Central Committee, told a press "
                      "conference on Tuesday.", "More than 100 representatives of political parties, think tanks and "
                      "media from Cambodia, Laos, Myanmar, Thailand and Vietnam will attend the dialogue, Hu said.") \
        == ["KH", "LA", "MM", "TH", "VN"]
