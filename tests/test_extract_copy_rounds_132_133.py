"""Copies and announcements of rounds 132 and 133: subjects after "as" and lower-case roles, speakers on
behalf of others, announced guests, talks "between" two people, and a reporter's question that names no country
taking part (rows of our own sentences)."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read
from tests.test_extract_copy_types import _countries

_IDCPC = ("IDCPC announces dialogue", "2019.05.21", "Beijing, May 20th\u2014Li Hua, Spokesperson of the IDCPC, told a "
          "press conference here today that the CPC will host a dialogue with Asian political parties in Chongqing "
          "from May 27th to 29th.")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # "The agreement was reached as EP President X held talks here with a visiting CPC delegation led by Y"
    ("Parties agree to hold exchanges", "2006.11.16", "MEXICO CITY, Nov. 15 (Xinhua) -- The Example Party (EP) and the "
     "CPC agreed on Wednesday to hold annual exchanges of young officials. The agreement was reached as EP President "
     f"Tom Poe held talks here with a visiting CPC delegation led by {MA}.", "Both sides exchanged views.", "foreign",
     ["Tom Poe"]),
    # "X announced on Wednesday, after receiving a delegation from the CPC"
    ("Party to send cadres to China", "2007.06.07", "Maputo, 6 Jun (AIM) - The Example Party plans to send more cadres "
     "to China, EP General Secretary Tom Poe announced on Wednesday, after receiving a delegation from the CPC at the "
     f"party headquarters.", f"The Chinese delegation is headed by {MA}.", "foreign", ["Tom Poe"]),
    # "agreed to hold the next round of their dialogue in the autumn, as a visiting CPC delegation held talks": a visit
    ("Parties agree to hold dialogue", "2018.05.17", "BERLIN, May 16 (Xinhua) -- The Example Party and the CPC agreed "
     "on Wednesday to hold the next round of their party-to-party dialogue in Beijing in the autumn, as a visiting CPC "
     "delegation held talks with senior party officials here.", f"The delegation, led by {MA}, met with EP General "
     "Secretary Tom Poe.", "type", ("visit", "in_person")),
    # "its newly elected leader X said here Tuesday when meeting with"
    ("Party to send young officials", "2023.06.14", "BEIJING, June 13 (Xinhua) -- The ruling party will send young "
     "officials to study in China every year, its newly elected leader Tom Poe said here Tuesday when meeting with "
     f"{MA}.", "Both sides exchanged views.", "foreign", ["Tom Poe"]),
    # "Egyptian Ambassador to China X, speaking on behalf of the envoys, said"
    ("CPC briefs Arab diplomats", "2012.12.29", "BEIJING, Dec. 28 (Xinhua) -- China will deepen its cooperation with "
     f"the Arab world, a senior CPC official told Arab diplomats here Friday. {MA}, made the remarks at a briefing "
     "session attended by envoys from 17 Arab countries.", "Egyptian Ambassador to China Tom Poe, speaking on behalf "
     "of the envoys, said Arab countries admire China's achievements.", "foreign", ["Tom Poe"]),
    # "The talks with A, at the party headquarters, were also attended by B"
    ("Party leader meets CPC delegation", "2013.06.05", "BELGRADE, June 4 (Tanjug) - EP leader Tom Poe met on Tuesday "
     f"with a delegation of the CPC headed by {MA}.", "The talks with Poe, at the EP headquarters, were also attended "
     "by EP Vice-President and Speaker of the National Assembly Bob Roe.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "The national president of the A, senator X, sent a letter"
    ("Party president writes to CPC", "2018.08.21", "Bras\u00edlia, August 20 \u2014 The national president of the "
     "Example Party (EP), senator Ann Roe, sent a letter on Monday to Ma Lin, Minister of the International "
     "Department of the CPC Central Committee.", "In the letter, Roe thanks the CPC.", "foreign", ["Ann Roe"]),
    # an announcement: "A, Title, and B, Title, are among the party leaders who will address the event, Hu said."
    ("CPC to hold video conference", "2020.07.23", "Beijing, July 22nd\u2014The CPC will hold a video conference with "
     "political parties of South Asian countries on July 28th, Li Hua, Spokesperson of the IDCPC, announced here "
     "today.", "Tom Poe, President of the Example Party, and Bob Roe, Leader of the Other Party, are among the party "
     "leaders who will address the event, Li said.", "foreign", ["Bob Roe", "Tom Poe"]),
    # "following talks between A and B, ..., in Beijing on Monday"
    ("Parties agree to train cadres", "2012.05.16", "The Example Party and the CPC have agreed to train 200 cadres, "
     f"following talks between EP Secretary General Tom Poe and {MA}, in Beijing on Monday, 14 May.", "Both sides "
     "exchanged views.", "foreign", ["Tom Poe"]),
    # "..., which Chinese President and General Secretary X opened today with a keynote speech"
    ("Party delegation attends dialogue", "2017.12.02", "BEIJING, Dec 1 (Tanjug) \u2013 A delegation of the Example "
     "Party led by Tom Poe is taking part in the high-level meeting, which Chinese President and General Secretary of "
     "the CPC Central Committee Xi Jinping opened today with a keynote speech.", "Both.", "cpc", ["Xi Jinping"]),
    # an announcement: "Party spokesperson X told Xinhua that Y is scheduled to hold talks with Z"
    ("Party chairman to visit China", "2014.12.16", "KATHMANDU, Dec. 15 (Xinhua) -- Tom Poe, Chairman of the Example "
     "Party, will leave for Beijing on Saturday for a week-long visit, his party said on Monday.", "Party "
     f"spokesperson Bob Roe told Xinhua that Poe is scheduled to hold talks with {MA}.", "foreign", ["Bob Roe", "Tom Poe"]),
])
def test_copies_of_rounds_132_and_133(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value


def test_countries_a_reporter_asks_about_take_no_part():
    # "Asked whether parties from Japan and the Republic of Korea had been invited, Hu said ..."
    assert _countries(*_IDCPC, "Asked whether parties from Japan and the Republic of Korea had been invited, Li said "
                      "that invitations had been sent across the region.") == []
