"""Copies, announcements and roundups of rounds 175 to 178: a coming contact told with "would" and by the party's
spokesperson, a title whose last noun reads like a name ("former President of the Republic X", "Politburo member,
Permanent Member of ..."), someone "also at the meeting", other speakers of a forum, a roundup's senders who recall a
visit of their own, a message told "Also on Wednesday", the countries of an announced gathering, past contacts ("last
visited China in 2018, when he held talks with", "the consensus reached ... during the visit to China by"), and plans
told before their occasion ("under an agreement reached at talks here", "said ..., speaking at a forum", "it was
agreed here today") (rows of our own sentences)."""
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
])
def test_people_types_and_dates_of_rounds_175_to_178(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_countries_of_an_announced_gathering():
    # "More than 100 representatives of political parties ... from A, B and C will attend the dialogue, Hu said."
    assert _countries("Parties to meet in Kunming", "2017.11.08", "BEIJING, Nov. 7 (Xinhua) -- The Communist Party of "
                      "China (CPC) will host a dialogue with political parties in Kunming from Nov. 14 to 16, Hu Zhaoming, "
                      "spokesperson for the International Department of the CPC Central Committee, told a press "
                      "conference on Tuesday.", "More than 100 representatives of political parties, think tanks and "
                      "media from Cambodia, Laos, Myanmar, Thailand and Vietnam will attend the dialogue, Hu said.") \
        == ["KH", "LA", "MM", "TH", "VN"]
