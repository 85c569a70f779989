"""Copies, announcements and roundups of rounds 175 to 180: a coming contact told with "would" and by the party's
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
and "is expected to hold talks"; from rounds 179 and 180: "is scheduled to leave for", a spokesperson who "told a press
meet ... that Chairman X would hold talks", "will accompany the Chairman", "to be led by", the FOCAC as a body, "The trip
follows a meeting between", "held a videoconference on Tuesday (19) with", a lead closing "X told Itar-Tass", "A separate
delegation of ... will arrive", another occasion's contacts ("was in Beijing over the weekend for ..., during which",
"held in September, which was co-chaired by", "In Conakry, it was received by" after "after a visit to Guinea", "who
had held talks with"), "Presidential Candidate" as a role, "is co-chaired by", "The agreement was reached during X's
telephone conversation with", "said ... X when he received", "Men Sam An.", "launched by President X", "Dr. the Hon.",
"commended", separate video calls under a plural headline, "recalled that he had met", and a workshop "via
videoconference" (rows of our own sentences)."""
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
    # an announcement: "Chairman of the EP X is scheduled to leave for Beijing ...", "Party spokesperson Y told a press
    # meet at the party headquarters in Paris Danda on Friday that Chairman X would hold talks with ...", "Party
    # Vice-chairman Z will accompany the Chairman"
    ("EP chairman to visit China", "2014.04.11", "Kathmandu, April 11 (RSS): Chairman of the Example Party (EP) Tom Poe "
     "is scheduled to leave for Beijing on Monday on a week-long visit to China at the invitation of the CPC.", "Party "
     "spokesperson Ann Doe told a press meet at the party headquarters in Paris Danda on Friday that Chairman Poe would "
     f"hold talks with {MA}.\n\nParty Vice-chairman Bob Roe will accompany the Chairman, according to Doe.", "foreign",
     ["Ann Doe", "Bob Roe", "Tom Poe"]),
    # "... under the Forum on China-Africa Cooperation (FOCAC)" in a plan-first lead: a body, not a gathering
    ("China eyes closer party ties", "2016.06.22", "BEIJING, June 21 (Xinhua) -- The CPC is ready to strengthen exchanges "
     "with political parties in West Africa so as to underpin cooperation under the Forum on China-Africa Cooperation "
     "(FOCAC), a senior CPC official said Tuesday.", f"{MA}, made the remarks when meeting with Tom Poe, president of the "
     "Example Party (EP).", "type", ("meeting", "in_person")),
    # "The trip follows a meeting between X and Chinese Ambassador Y in Nairobi last month": an earlier contact
    ("EP delegation to visit China", "2016.11.14", f"NAIROBI, Nov 14 - Example Party Secretary General Tom Poe said on "
     f"Monday that a delegation will travel to China next week for talks with {MA}.", "The trip follows a meeting "
     "between Poe and Chinese Ambassador Liu Xianfa in Nairobi last month.", "cpc", ["Ma Lin"]),
    # "X held a videoconference on Tuesday (19) with Y": a call
    ("EP president talks with CPC", "2020.05.20", "Sao Paulo, May 20 - The national president of the Example Party "
     f"(EP), federal deputy Tom Poe, held a videoconference on Tuesday (19) with {MA}.", "They discussed the pandemic.",
     "type", ("call", "video")),
    # an announcement's lead closing "..., Deputy Secretary of ... X told Itar-Tass on Monday."
    ("EP, CPC to hold dialogue", "2012.06.04", "MOSCOW, June 4 (Itar-Tass) - The next round of the dialogue between the "
     "Example Party and the Communist Party of China (CPC) will take place in Beijing later this month, Deputy "
     "Secretary of the Presidium of the Example Party General Council Tom Poe told Itar-Tass on Monday.", "Poe will head "
     f"the delegation, while the Chinese side will be represented by {MA}.", "foreign", ["Tom Poe"]),
    # an announcement: "A separate delegation of the EL (EL), ..., will arrive in Beijing on April 22"
    ("Delegations to visit China", "2015.04.15", "BEIJING, April 15 (Xinhua) -- A delegation of the Example Party (EP) "
     "led by Tom Poe will visit China from April 19 to 25, a spokesperson for the International Department of the CPC "
     "Central Committee said Wednesday.", "A separate delegation of the Example League (EL), the ruling party of South "
     "Sudan, will arrive in Beijing on April 22 for a study tour, according to the spokesperson.", "parties",
     ["Example League", "Example Party"]),
    # "X was in Beijing over the weekend for the ... Meeting, during which he met with Y": another occasion
    ("CPC official meets EP leader", "2017.12.04", f"Beijing, December 4th\u2014{MA}, met here today with Tom Poe, "
     "secretary general of the Example Party (EP).", "Poe was in Beijing over the weekend for the CPC in Dialogue with "
     "World Political Parties High-Level Meeting, during which he met with Song Tao, head of the department.", "cpc",
     ["Ma Lin"]),
    # "met with X, Presidential Candidate of the EP (EP)": a role, not a name
    ("CPC delegation visits", "2019.11.21", f"Santo Domingo, November 20th\u2014A CPC delegation led by {MA}, held talks "
     "here today with Tom Poe, Secretary General of the Example League (EL).", "Later in the day, the delegation also "
     "met with Bob Roe, Presidential Candidate of the Example Party (EP).", "foreign", ["Bob Roe", "Tom Poe"]),
    # "The delegation arrived in Bissau ... after a visit to Guinea. In Conakry, it was received by President X"
    ("CPC delegation visits Guinea-Bissau", "2008.11.21", f"Bissau, November 20th\u2014A CPC delegation led by {MA}, "
     "held talks here today with Tom Poe, President of the Example Party (EP).", "The delegation arrived in Bissau on "
     "November 19th after a visit to Guinea. In Conakry, it was received by President Bob Roe.", "foreign", ["Tom Poe"]),
    # "the Summit ... held in September, which was co-chaired by President X": another occasion
    ("EP meets CPC delegation", "2018.10.16", f"Johannesburg, October 15th\u2014Tom Poe, Secretary General of the "
     f"Example Party (EP), held talks here today with a CPC delegation led by {MA}.", "The meeting reflected on the "
     "outcomes of the Beijing Summit of the Forum on China-Africa Cooperation held in September, which was co-chaired by "
     "President Bob Roe, and on the partnership.", "foreign", ["Tom Poe"]),
    # "EP spokesperson X will accompany the former prime minister"; "The EP ... is co-chaired by A and Prime Minister B"
    ("EP co-chairman to visit China", "2019.09.06", "BEIJING, Sept. 6 (Xinhua) -- Tom Poe, Example Party (EP) "
     "co-chairman, will pay a visit to China from Sept. 9 to 15, Hu Zhaoming, spokesperson of the International "
     "Department of the CPC Central Committee, announced here Friday.", "EP spokesperson Ann Doe will accompany the former "
     "prime minister, according to party sources.\n\nThe EP, formed through a merger in May 2018, is co-chaired by "
     "Poe and Prime Minister Bob Roe.", "foreign", ["Ann Doe", "Tom Poe"]),
    # "..., Title X told TASS on Wednesday." then "The agreement was reached during X's telephone conversation with Y";
    # "X said EP Chairman Z has received an invitation": a leader cited
    ("EP, CPC agree to hold dialogue", "2022.10.27", "MOSCOW, October 26. /TASS/. The Example Party and the Communist "
     "Party of China (CPC) have agreed to hold the next session of their dialogue in early 2023, Deputy Secretary of the "
     "General Council of the Example Party Tom Poe told TASS on Wednesday.", f"The agreement was reached during Poe's "
     f"telephone conversation with {MA}, earlier in the day.\n\nPoe said EP Chairman Bob Roe has received an "
     "invitation to visit China.", "foreign", ["Tom Poe"]),
    # "..., said Head of the EP Commission for External Relations X when he received a visiting CPC delegation"
    ("Parties to step up cooperation", "2024.03.21", "Vientiane, March 21 (KPL) - The Example Party (EP) and the CPC "
     "will step up the sharing of experience, said Head of the EP Central Committee's Commission for External Relations "
     f"Tom Poe when he received a visiting CPC delegation in Vientiane on March 20.", f"The delegation was led by {MA}.",
     "foreign", ["Tom Poe"]),
    # an announcement: "X will be accompanied by EP Vice President Men Sam An. The delegation will ...": a two-letter
    # word ends the sentence
    ("EP president to visit China", "2024.11.06", "BEIJING, Nov. 5 (Xinhua) -- Tom Poe, president of the Example Party "
     "(EP), will visit China from Nov. 8 to 12, Hu Zhaoming, spokesperson for the International Department of the CPC "
     "Central Committee, announced on Tuesday.", "Poe will be accompanied by EP Vice President Men Sam An. The delegation "
     "will also travel to Sichuan province, Hu added.", "foreign", ["Men Sam An", "Tom Poe"]),
    # an announcement: "the team, to be led by the party's Vice Chairman X, will spend ..."; a quote naming who will
    # receive the delegation
    ("EP delegation to visit China", "2018.03.12", "NAIROBI, Kenya, Mar 12 - Example Party Secretary General Tom Poe on "
     "Monday announced that a delegation of party officials will travel to China next week at the invitation of the "
     "CPC.", "Speaking at a press briefing, Poe said the team, to be led by the party's Vice Chairman Bob Roe, will spend "
     f"ten days in Beijing.\n\n\"We have been informed that {MA}, will receive our delegation in Beijing,\" Poe "
     "said.", "foreign", ["Bob Roe", "Tom Poe"]),
    ("EP delegation to visit China", "2018.03.12", "NAIROBI, Kenya, Mar 12 - Example Party Secretary General Tom Poe on "
     "Monday announced that a delegation of party officials will travel to China next week at the invitation of the "
     "CPC.", "Speaking at a press briefing, Poe said the team, to be led by the party's Vice Chairman Bob Roe, will spend "
     f"ten days in Beijing.\n\n\"We have been informed that {MA}, will receive our delegation in Beijing,\" Poe "
     "said.", "cpc", ["Ma Lin"]),
    # "the Harambee Prosperity Plan launched by President X": a leader cited
    ("CPC delegation briefs EP", "2016.09.12", f"Windhoek, September 12th\u2014A CPC delegation led by {MA}, held a "
     "briefing session here today with Tom Poe, Secretary-General of the Example Party (EP).", "In his presentation, Poe "
     "outlined the Harambee Prosperity Plan launched by President Bob Roe, who is also President of the Party.",
     "foreign", ["Tom Poe"]),
    # "ROSEAU, Dominica, Thursday September 12, 2019 - ..., Dr. the Hon. X, on Thursday met with ..."
    ("PM meets CPC delegation", "2019.09.13", "ROSEAU, Dominica, Thursday September 12, 2019 \u2013 Prime Minister and "
     "Political Leader of the Example Party (EP), Dr. the Hon. Tom Poe, on Thursday met with a delegation of the CPC led "
     f"by {MA}.", "They discussed cooperation.", "foreign", ["Tom Poe"]),
    # "X, who had held talks with Y, Minister of ..., during his visit to Beijing as Prime Minister last year, said"
    ("CPC delegation visits Nepal", "2024.09.11", f"Kathmandu, September 10th\u2014A CPC delegation led by {MA}, "
     "met here today with Tom Poe, Chairman of the Example Party (EP).", "Poe, who had held talks with Liu Jianchao, "
     "Minister of the International Department, during his visit to Beijing last year, said relations should grow.",
     "cpc", ["Ma Lin"]),
    # "Abuja, July 1, 2024 (NAN) The EP has congratulated ..."; "In a congratulatory message addressed to Xi ..., the
    # National Chairman of the EP, Dr X, commended the CPC"
    ("EP congratulates CPC", "2024.07.02", "Abuja, July 1, 2024 (NAN) The Example Party (EP) has congratulated the CPC "
     "on its 103rd founding anniversary.", "In a congratulatory message addressed to Xi Jinping, General Secretary of "
     "the CPC Central Committee, the National Chairman of the EP, Dr Tom Poe, commended the CPC for its achievements.",
     "foreign", ["Tom Poe"]),
    ("EP congratulates CPC", "2024.07.02", "Abuja, July 1, 2024 (NAN) The Example Party (EP) has congratulated the CPC "
     "on its 103rd founding anniversary.", "In a congratulatory message addressed to Xi Jinping, General Secretary of "
     "the CPC Central Committee, the National Chairman of the EP, Dr Tom Poe, commended the CPC for its achievements.",
     "date", "2024-07-01"),
    # "X Holds Video Calls with Leaders of Political Parties of A and B" over two calls, one after the other
    ("Ma Lin Holds Video Calls with Leaders of Political Parties of Bangladesh and Pakistan", "2020.06.10", "Beijing, June "
     f"9th\u2014{MA}, held a video call here today with Tom Poe, General Secretary of the Example Party (EP). Afterwards, "
     "Ma held a separate video call with Bob Roe, Secretary General of the Example League (EL).", "Ma said the CPC is "
     "ready to share its experience.", "type", ("call", "video")),
    # a roundup: "X, chairman of ..., recalled that he had met Jiang several times ..., and said that ...": a sender
    ("Foreign leaders mourn Jiang Zemin", "2022.12.01", "BEIJING, Nov. 30 (Xinhua) -- Leaders of foreign political "
     "parties have sent messages of condolence to Xi Jinping, general secretary of the CPC Central Committee, over the "
     "passing of Jiang Zemin.", "Tom Poe, chairman of the Central Committee of the Example Party (EP), recalled that he "
     "had met Jiang several times in Beijing and Moscow, and said that the EP is convinced of the CPC's success.",
     "foreign", ["Tom Poe"]),
    # "A workshop ... took place via videoconference"; "Politburo member X, President of ..., led the delegation"
    ("Parties hold theoretical workshop", "2021.11.25", "Hanoi (VNA) \u2013 A theoretical workshop between the Example "
     "Party (EP) and the Communist Party of China (CPC) took place via videoconference on November 24.", "Politburo member "
     "Tom Poe, President of the National Academy of Politics, led the EP delegation at the Hanoi venue, while the Chinese "
     f"delegation was headed by {MA}.", "type", ("conference", "video")),
    ("Parties hold theoretical workshop", "2021.11.25", "Hanoi (VNA) \u2013 A theoretical workshop between the Example "
     "Party (EP) and the Communist Party of China (CPC) took place via videoconference on November 24.", "Politburo member "
     "Tom Poe, President of the National Academy of Politics, led the EP delegation at the Hanoi venue, while the Chinese "
     f"delegation was headed by {MA}.", "foreign", ["Tom Poe"]),
])
def test_people_types_and_dates_of_rounds_175_to_180(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_a_body_named_states_lists_no_countries():
    # "Niger and other members of the Economic Community of West African States, including Nigeria": a body's name
    assert _countries("China ready to expand cooperation with Niger", "2012.06.12", "BEIJING, June 12 (Xinhua) -- Ma Lin, "
                      "head of the International Department of the CPC Central Committee, met with Tom Poe, president of "
                      "the Nigerien Party for Democracy and Socialism (PNDS-Tarayya), here on Tuesday.", "Ma said China is "
                      "ready to work with Niger and other members of the Economic Community of West African States, "
                      "including Nigeria, to maintain peace.") == ["NE"]


def test_models_learnt_from_are_no_listed_countries():
    # "Jubilee was learning from many parties, including the ruling parties of Ethiopia and Tanzania"
    assert _countries("EP delegation to visit China", "2018.03.12", "NAIROBI, Kenya, Mar 12 - Example Party (EP) Secretary "
                      "General Tom Poe on Monday announced that a delegation will travel to China next week at the "
                      "invitation of the CPC.", "He said the EP was learning from many parties, including the ruling "
                      "parties of Ethiopia and Tanzania, and would adapt only what suits Kenya.") == []


def test_a_dateline_with_a_weekday_before_the_month():
    # "ROSEAU, Dominica, Thursday September 12, 2019 - ..."
    r = parse_release(REL.format(title="PM meets CPC delegation", pub="2019.09.13", lead="ROSEAU, Dominica, Thursday "
                                 "September 12, 2019 \u2013 Prime Minister Tom Poe met with a delegation of the CPC.",
                                 body="They talked."))
    assert r.dateline_city == "Roseau"


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
