"""Copies of the kinds the held round 257 and the earlier left-outs still read wrong at 0.22.348 (rows of our own
sentences): a plan told first whose call comes in the next paragraph ("He made the announcement after a video call
with", "The sides agreed on this ... during a phone conversation between") or in the plan's own sentence ("agreed to
organise ... a joint online seminar ..., during a video call held Tuesday between"), guests who "returned to Chile at
the weekend after a visit to" China, a party that "Opens Dialogue with" the CPC, the mourned leader of an
assassination, an exchange of messages, a list joined by "and by the", and a keynote speaker "at which" a meeting
heard him."""
from __future__ import annotations

import pytest

from tests.test_extract_copy_agreements import MA, _read

_SEMINAR = ("EP and CPC agree to hold joint seminar", "2021.03.30", "Rabat, March 30 (MAP) - The Example Party (EP) and "
            "the Communist Party of China (CPC) agreed to organise, later this year, a joint online seminar on green "
            f"development, during a video call held Tuesday between EP Secretary General Tom Poe and {MA}.",
            "The two sides also agreed to exchange experience.")


@pytest.mark.parametrize("title, pub, lead, later, field, value", [
    # a plan told first, then "He made the announcement after a video call with X": the call, and the speaker in it
    ("EP and CPC to hold joint training session", "2023.06.27", "N'Djamena, June 27 (ATP) \u2013 The Example Party (EP) "
     "and the CPC will jointly organise a training session for EP cadres in the second half of the year, the Secretary "
     "General of the EP, Tom Poe, said on Tuesday.", f"He made the announcement after a video call with {MA}, during "
     "which the two officials reviewed cooperation.", "type", ("call", "video")),
    ("EP and CPC to hold joint training session", "2023.06.27", "N'Djamena, June 27 (ATP) \u2013 The Example Party (EP) "
     "and the CPC will jointly organise a training session for EP cadres in the second half of the year, the Secretary "
     "General of the EP, Tom Poe, said on Tuesday.", f"He made the announcement after a video call with {MA}, during "
     "which the two officials reviewed cooperation.", "foreign", ["Tom Poe"]),
    # "The sides agreed on this on Tuesday during a phone conversation between A and B"
    ("EP and CPC to resume in-person exchanges", "2022.02.22", "Ulaanbaatar, February 22 (MONTSAME). The Example Party "
     "(EP) and the CPC will resume in-person exchanges of delegations as soon as the pandemic situation allows.",
     f"The sides agreed on this on Tuesday during a phone conversation between EP Secretary-General Tom Poe and {MA}.",
     "type", ("call", "phone")),
    # the plan and its call in one sentence, the call "held Tuesday" without "on"
    (*_SEMINAR, "type", ("call", "video")),
    (*_SEMINAR, "foreign", ["Tom Poe"]),
    # guests back home "at the weekend after a visit to the People's Republic of China": they met in China
    ("EP Delegation Returns from China", "2008.11.25", "Santiago, November 24 \u2014 A delegation of the Example Party "
     "(EP) led by its president, Senator Tom Poe, returned to Chile at the weekend after a visit to the People\u2019s "
     "Republic of China from November 10 to 21 at the invitation of the International Department of the CPC Central "
     "Committee.", f"In Beijing the EP leaders were received by {MA}.", "type", ("meeting", "in_person")),
    ("EP Delegation Returns from China", "2016.05.19", "Antananarivo, 18 May (ANTA) \u2013 A delegation of the Example "
     "Party (EP) led by its national president, Tom Poe, has returned to the capital after an official visit to China "
     "from 9 to 15 May at the invitation of the CPC.", f"In Beijing on Tuesday, the delegation was received by {MA}.",
     "type", ("meeting", "in_person")),
    # "Example Party Opens Dialogue with the CPC" over a guest received in Beijing: a meeting, no dialogue session
    ("Poe in Beijing: Example Party Opens Dialogue with the Communist Party of China", "2012.05.23", "Beijing, May 22 "
     f"\u2014 The president of the Example Party, Senator Tom Poe, was received today by {MA}, at the start of the first "
     "official visit of a party delegation to China.", "Poe told his host that the party values relations with China.",
     "type", ("meeting", "in_person")),
    # a message of condolence "on the assassination of the party's Chairperson Mohtarma X": the mourned takes no part
    ("CPC condoles leader's assassination", "2008.01.03", "ISLAMABAD, Jan 2 (APP): The Example Party (EP) has received "
     f"a message of condolence from {MA}, on the assassination of the party\u2019s Chairperson Mohtarma Ann Roe, an EP "
     "spokesman said here on Wednesday.", "Ma expressed deep shock and grief.", "foreign", []),
    # "A and B exchanged messages on Wednesday": both sent one
    ("Poe, Ma exchange messages on anniversary of ties", "2025.05.22", "LAHORE, May 21 \u2013 Example Party (EP) "
     f"President Tom Poe and {MA}, exchanged messages on Wednesday to mark the anniversary of diplomatic relations.",
     "In his message, Poe said the friendship was strong.", "foreign", ["Tom Poe"]),
    # "attended by the Ambassador of China to Cameroon, X, and by the Deputy Secretary General of the A, Y"
    ("EP Secretary General Receives CPC Delegation", "2009.05.27", "Yaound\u00e9, May 26 \u2013 The Secretary General of "
     "the Example Party (EP), Tom Poe, on Tuesday received at the party\u2019s headquarters a delegation of the CPC led "
     "by Ma Lin, Vice-Minister of the International Department of the CPC Central Committee.", "The audience was also "
     "attended by the Ambassador of China to Cameroon, Xue Jinwei, and by the Deputy Secretary General of the EP Central "
     "Committee, Sam Roe, who later hosted a dinner.", "cpc", ["Ma Lin", "Xue Jinwei"]),
    # "..., held by video link, at which the General Secretary of the CPC Central Committee, X, delivered a keynote speech"
    ("Example Party Takes Part in High-Level Meeting", "2023.03.16", "Montevideo, March 16 \u2014 The president of the "
     "Example Party (EP), Tom Poe, took part on March 15 in the CPC in Dialogue with World Political Parties High-level "
     "Meeting, held by video link, at which the General Secretary of the Central Committee of the Communist Party of "
     "China, Xi Jinping, delivered a keynote speech.", "More than 500 parties took part.", "cpc", ["Xi Jinping"]),
])
def test_round_257_rows(title, pub, lead, later, field, value):
    assert _read(title, pub, lead, later)[field] == value
