"""People extraction: appositives, title-first names, honorifics, roles (our own sentences)."""
from __future__ import annotations

from datetime import date

import pytest

from parsers.names import clean_name, strip_acronyms
from parsers.participants import is_chinese_title
from parsers.people import find_people, same_person


def _people(text: str, **kw):
    return {m.name: m for m in find_people(text, **kw)}


def test_appositive_and_led_by():
    text = ("Song Tao, Minister of the International Department of the CPC Central Committee (IDCPC), "
            "met here today with a delegation of the Social Democratic Party of Germany (SPD) led by "
            "Lars Klingbeil, General Secretary of the SPD.\nSong said the two Parties are friends. Klingbeil noted ...")
    people = _people(text)
    assert list(people) == ["Song Tao", "Lars Klingbeil"]
    assert people["Song Tao"].title == "Minister of the International Department of the CPC Central Committee"
    assert people["Lars Klingbeil"].title == "General Secretary of the SPD"


def test_three_people_in_one_sentence_and_nickname():
    text = ("Liu met with Alpha Beta, Chairman of the Green Party (GP), Gamma Delta (Gammy), Head of the "
            "Youth League of the GP, and Epsilon Zeta, Treasurer of the Party.")
    people = find_people(text)
    assert [m.name for m in people] == ["Alpha Beta", "Gamma Delta", "Epsilon Zeta"]
    assert people[0].title == "Chairman of the Green Party"
    assert people[1].title == "Head of the Youth League of the GP"


@pytest.mark.parametrize("raw,name", [
    ("Samdech Hun Sen", "Hun Sen"), ("Dr. Wee Ka Siong", "Wee Ka Siong"), ("H.E. Thongsavanh Phomvihane",
                                                                          "Thongsavanh Phomvihane"),
    ("Daw Aung San Suu Kyi", "Aung San Suu Kyi"), ("Pushpa Kamal Dahal (Prachanda)", "Pushpa Kamal Dahal"),
    ("Madam Sara Kuuk", "Sara Kuuk"),
])
def test_honorifics_and_nicknames(raw, name):
    assert clean_name(raw) == name
    text = f"Wang Jiarui met here today with {raw}, President of the Example Party."
    assert name in _people(text)


def test_title_before_name_subject_and_cited_leader():
    text = ("During the visit, General Secretary of the CPV Central Committee Nguyen Phu Trong met with the "
            "delegation. Song said that General Secretary Xi Jinping pointed out the way forward.")
    people = _people(text)
    assert people["Nguyen Phu Trong"].title == "General Secretary of the CPV Central Committee"
    assert "Xi Jinping" not in people


def test_title_first_objects():
    text = ("During the visit, Liu met with Example Secretary of State Ann Marie Roe, Deputy Speaker Tom Poe "
            "and City Mayor Kim Doe.")
    people = _people(text)
    assert set(people) == {"Ann Marie Roe", "Tom Poe", "Kim Doe"}
    assert people["Tom Poe"].title == "Deputy Speaker"


def test_addressee_and_deceased_are_not_participants():
    text = ("Liu Haixing, Minister of the IDCPC, sent a message of condolence today to Ram Kumar Shah, "
            "Chairman of the Example Party, on the passing of Hari Prasad Rai, Founder of the Example Party.")
    people = _people(text)
    assert people["Liu Haixing"].role == "participant"
    assert people["Ram Kumar Shah"].role == "addressee"
    assert people["Hari Prasad Rai"].role == "passing"


def test_same_person_surname_first_and_repeat_merged():
    assert same_person("Kocsis Máté", "Máté Kocsis")
    text = ("Ma met with Máté Kocsis, Leader of the Fidesz Parliamentary Group. Later, Kocsis Máté, "
            "Leader of the Group, spoke.")
    assert len(find_people(text)) == 1


def test_reported_past_meeting_is_passing():
    text = ("Beijing—Liu met here today with Ana Lima, President of the Example Party.\n"
            "Liu said that last year President Xi Jinping and Prime Minister Yuki Tanaka held talks in Lima.")
    people = _people(text, lead_end=text.find("\n"))
    assert "Yuki Tanaka" not in people and "Ana Lima" in people


def test_acronyms_stripped_from_titles_not_name_parentheses():
    assert strip_acronyms("President of the Workers' Party (PT) of Brazil") == "President of the Workers' Party of Brazil"
    assert strip_acronyms("Chairman of the Communist Party of Nepal (Unified Marxist-Leninist) (CPN (UML))") == \
        "Chairman of the Communist Party of Nepal (Unified Marxist-Leninist)"
    assert strip_acronyms("Member of the CPI(M) Politburo") == "Member of the CPI(M) Politburo"


@pytest.mark.parametrize("title,cpc", [
    ("Minister of the International Department of the CPC Central Committee", True),
    ("Vice-minister of the IDCPC", True),
    ("Secretary of the CPC Yunnan Provincial Committee", True),
    ("Chinese Ambassador to Kenya", True),
    ("Executive Vice President of the Party School of the CPC Central Committee", True),
    ("Head of the International Department of the PCC Central Committee", False),
    ("President of the Malaysian Chinese Association", False),
    ("Pakistani Ambassador to China", False),
])
def test_chinese_office(title, cpc):
    assert is_chinese_title(title) is cpc


def test_participants_side_party_country():
    from parsers.release import parse_release

    text = ("Liu Jianchao Meets with Vietnamese Ambassador\n ( 2022.07.20 )\n\n"
            "Beijing, July 20th—Liu Jianchao, Minister of the International Department of the CPC Central "
            "Committee, met here today with Ha Thi Lan, Vietnamese Ambassador to China.\n\n"
            "Liu said that the CPC is ready to work with the Communist Party of Vietnam.\n")
    ev = parse_release(text).events[0]
    people = {p.name: p for p in ev.participants}
    assert people["Liu Jianchao"].side == "cpc" and people["Liu Jianchao"].party == "Communist Party of China"
    amb = people["Ha Thi Lan"]
    assert (amb.side, amb.party, amb.country_code) == ("foreign", None, "VN")
    assert ev.parties == () and ev.countries == ("VN",)
    assert ev.event_date == date(2022, 7, 20)


def test_bare_official_name_takes_directory_title(monkeypatch):
    """A known official named without a title gets the directory's title at the release date."""
    import parsers.officials as officials
    from parsers.release import parse_release

    monkeypatch.setattr(officials, "is_cpc_official", lambda name: name == "Wang Jiarui")
    monkeypatch.setattr(officials, "official_title",
                        lambda name, on: "Minister of the IDCPC" if name == "Wang Jiarui" else None)
    text = ("Wang Jiarui Meets Guests\n ( 2009.05.05 )\n\n"
            "Beijing, May 5th\u2014Wang Jiarui met here today with Ana Lima, President of the Example Party of Peru.\n")
    people = {p.name: p for p in parse_release(text).events[0].participants}
    assert people["Wang Jiarui"].side == "cpc"
    assert people["Wang Jiarui"].title == "Minister of the IDCPC"
    assert people["Ana Lima"].side == "foreign"
