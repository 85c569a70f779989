"""Releases of the kinds rounds 249 and 250 still read wrong after 0.22.343 (rows of our own sentences): an announcer
told last after a date's abbreviated month ("... beginning from Sept. 15, the party's National Publicity Secretary,
X, said on Monday"), a leader who "will lead members of" a party body, a memorandum "signed in Beijing in 2024 by
former Chairman X" (another time), an announcer "Speaking to journalists ..., EP Chairman X said the Chinese
delegation, to be headed by Y, will ...", a host "national chairman X told the Chinese guests", a plan's speaker who
"announced at the close of a seminar", the coming delegation's leader in the announcer's reported words ("that the
delegation, led by Secretary General Dr X, would leave"), and a plan told "to Chinese Ambassador Y when the envoy
called on him"."""
from __future__ import annotations

from tests.test_extract_copy_agreements import MA, _read


def test_an_abbreviated_month_ends_no_sentence_before_the_announcer():
    got = _read("EP Chairman to Lead Party Delegation to China", "2013.09.10", "Abuja, Sept. 9, 2013 (NAN) \u2013 The "
                "National Chairman of the Example Party (EP), Tom Poe, will lead a delegation of the party on a working "
                "visit to China beginning from Sept. 15, the party\u2019s National Publicity Secretary, Sam Roe, said on "
                "Monday.", "Roe said the trip was at the invitation of the Communist Party of China (CPC).")
    assert got["foreign"] == ["Sam Roe", "Tom Poe"]


def test_a_leader_who_will_lead_members_of_a_party_body():
    got = _read("EP Chairman to Lead Party Delegation to China", "2026.01.20", "Abuja, Jan. 19, 2026 (NAN) \u2013 The "
                "National Chairman of the Example Party (EP), Tom Poe, will lead members of the party\u2019s National "
                "Working Committee on a working visit to China next week.", "The visit is at the invitation of the "
                "Communist Party of China (CPC).")
    assert got["foreign"] == ["Tom Poe"]


def test_a_memorandum_signed_in_an_earlier_year_by_a_former_chairman():
    got = _read("EP Chairman to Lead Party Delegation to China", "2026.01.20", "Abuja, Jan. 19, 2026 (NAN) \u2013 The "
                "National Chairman of the Example Party (EP), Tom Poe, will lead a delegation of the party on a working "
                "visit to China next week, the party\u2019s spokesman Sam Roe said.", "According to him, the visit builds "
                "on the memorandum of understanding signed in Beijing in 2024 by former EP National Chairman Ben Coe, "
                "which provides for the training of party officials.")
    assert "Ben Coe" not in got["foreign"]


def test_speaking_to_journalists_the_announcer_names_the_coming_delegations_head():
    got = _read("EP Says Chinese Communist Party Delegation Due in Monrovia", "2019.03.12", "Monrovia, March 11 \u2013 "
                "Liberia\u2019s ruling Example Party (EP) says a high-level delegation of the Communist Party of China "
                "(CPC) will arrive in the country on March 17 for a four-day visit at the party\u2019s invitation.",
                "Speaking to journalists at the party\u2019s headquarters on Monday, EP Chairman Tom Poe said the Chinese "
                f"delegation, to be headed by {MA}, will hold talks with the party\u2019s leadership.")
    assert (got["foreign"], got["cpc"]) == (["Tom Poe"], ["Ma Lin"])


def test_a_lower_case_title_before_a_host_who_told_the_chinese_guests():
    got = _read("EP leaders meet visiting CPC delegation", "2014.08.13", "ABUJA, Aug. 12 (Xinhua) -- Leaders of the "
                f"ruling Example Party (EP) met here Tuesday with a visiting delegation of the CPC headed by {MA}.",
                "At the national secretariat of the EP, national chairman Tom Poe told the Chinese guests that his party "
                "valued its long friendship with the CPC.")
    assert got["foreign"] == ["Tom Poe"]


def test_an_announcer_told_last_at_the_close_of_a_seminar():
    got = _read("EP and CPC to hold yearly cadre workshop", "2016.03.18", "WINDHOEK, 17 MAR (NAMPA) \u2013 The Example "
                "Party and the Communist Party of China (CPC) will hold a joint cadre training workshop every year, EP "
                "Secretary-General Tom Poe announced at the close of a seminar on party governance held in Windhoek from "
                f"16 to 17 March.", f"A CPC delegation led by {MA}, took part in the deliberations.")
    assert (got["type"][0], got["foreign"]) == ("conference", ["Tom Poe"])


def test_the_coming_delegations_leader_in_the_announcers_reported_words():
    got = _read("EP to send delegation to China", "2019.02.11", "HARARE, 10 February (New Ziana) \u2013 The Example Party "
                "(EP) will send a high-level delegation to China later this month, party spokesperson Tom Poe announced "
                "on Tuesday.", "Poe told journalists at the party\u2019s headquarters in Harare that the delegation, led by "
                "Secretary General Dr Sam Roe, would leave for Beijing on 22 February for a week-long visit at the "
                "invitation of the CPC.")
    assert got["foreign"] == ["Sam Roe", "Tom Poe"]


def test_a_plan_told_to_the_chinese_ambassador_when_the_envoy_called():
    got = _read("EP to send young cadres to China", "2007.03.16", "The Example Party (EP) intends to send a larger group "
                "of young cadres to China for training this year, General Secretary Tom Poe told Chinese Ambassador Ma Lin "
                "when the envoy called on him at the party\u2019s headquarters on March 14.", "Ambassador Ma said the CPC "
                "values its long friendship with the EP.")
    assert (got["type"][0], got["foreign"], got["cpc"]) == ("meeting", ["Tom Poe"], ["Ma Lin"])
