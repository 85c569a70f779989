"""Copies of the kind rounds 242 and 250 still read wrong after 0.22.340 (rows of our own sentences): a plan's speaker
told last with a weekday and no "on" ("party national chairman X said here Wednesday"), "Sultan" as a given name after
a title ("Assistant Secretary-General Sultan al-X"), the parties of "Also addressing the opening session were ..., as
well as representatives of the A and the B", and a dash-set list "The secretaries general of the five other parties --
X of South Africa's A, Y of the B and Z of the C -- also spoke at the session"."""
from __future__ import annotations

from tests.test_extract_copy_agreements import MA, _read


def test_a_speaker_told_last_with_a_bare_weekday():
    got = _read("EP to send more cadres to China", "2006.06.14", "HARARE, June 14 (Xinhua) -- The Example Party will send "
                "more of its cadres to China for training under a programme agreed with the Communist Party of China "
                "(CPC), party national chairman Tom Poe said here Wednesday.", "Poe made the remarks when he met with a "
                f"visiting CPC delegation led by {MA}, at the party's headquarters in Harare.")
    assert got["foreign"] == ["Tom Poe"]


def test_sultan_after_a_title_is_a_given_name():
    got = _read("EP official receives CPC delegation", "2006.08.13", "Sanaa, Aug. 12 (Saba) \u2013 EP Assistant "
                f"Secretary-General Sultan al-Roe received on Saturday a CPC delegation led by {MA}.", "They discussed ties.")
    assert got["foreign"] == ["Sultan al-Roe"]


def test_parties_of_representatives_also_addressing_a_session():
    got = _read("EP opens seminar", "2013.11.30", "Santo Domingo, November 29 \u2013 The President of the Example Party "
                "(EP), Tom Poe, opened on Friday the party's International Seminar, with the participation of a delegation "
                f"of the Communist Party of China (CPC) led by {MA}.", "Also addressing the opening session were Sam Roe, "
                "Secretary-General of the EP, and Ma Lin, as well as representatives of the Sandinista National Liberation "
                "Front (FSLN) of Nicaragua and the Farabundo Mart\u00ed National Liberation Front (FMLN) of El Salvador.")
    assert {"Sandinista National Liberation Front", "Farabundo Mart\u00ed National Liberation Front"} <= set(got["parties"])


def test_a_dash_set_list_of_speakers_and_their_parties():
    got = _read("Liberation parties open seminar", "2025.03.19", "KIBAHA, Tanzania, March 18 (Xinhua) -- A seminar of the "
                "four former liberation movements of southern Africa, co-organized by the Communist Party of China (CPC), "
                f"opened on Tuesday in Kibaha. {MA}, and Dr. Ben Coe, secretary general of Chama Cha Mapinduzi (CCM), "
                "addressed the opening ceremony.", "The secretaries general of the three other parties \u2014 Tom Poe of "
                "South Africa's African National Congress (ANC), Sam Roe of the Zimbabwe African National Union-Patriotic "
                "Front (ZANU-PF) and Ann Doe of the Mozambique Liberation Front (FRELIMO) \u2014 also spoke at the session.")
    assert (got["foreign"], len(got["parties"])) == (["Ann Doe", "Ben Coe", "Sam Roe", "Tom Poe"], 4)
