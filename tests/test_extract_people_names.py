"""What a person's name is: bodies and role words are not names, honorifics between a title and
a name are dropped, untitled subjects of a contact, a comma with no space (our own sentences)."""
from __future__ import annotations

import pytest

from parsers.people import find_people
from parsers.subject_names import looks_like_person


def _people(text: str, known=None):
    return {m.name: m for m in find_people(text, known)}


@pytest.mark.parametrize("text,name,title", [
    ("Chairman of the State Great Hural Ana Bold met with Liu.", "Ana Bold", "Chairman of the State Great Hural"),
    ("Liu met with Speaker of the Jogorku Kenesh Tom Poe.", "Tom Poe", "Speaker of the Jogorku Kenesh"),
    ("CPP President, Senate President Samdech Techo Kim Sen met with Liu.", "Kim Sen", "CPP President, Senate President"),
    ("Liu met with Senate President Samdech Akka Moha Sena Padei Techo Kim Sen in Phnom Penh.", "Kim Sen",
     "Senate President"),
    ("Liu met with Prime Minister Sheikh Hasina.", "Sheikh Hasina", "Prime Minister"),
    ("Liu met with President Dr. Ana Maria Roe.", "Ana Maria Roe", "President"),
    ("Liu met with Speaker of the House of Commons, Tom Poe, and Ann Roe, Chair of the Example Party.",
     "Tom Poe", "Speaker of the House of Commons"),
    ("Ambassador Ma Lin of China to Chile and Ann Roe, Director of the Example Institute, were present.",
     "Ma Lin", "Ambassador of China to Chile"),
    # "H E" without full stops is an honorific; a post's city between title and Pinyin name is no name
    ("Ambassador of China to Chile H E Ma Lin on Saturday met Ann Roe.", "Ma Lin", "Ambassador of China to Chile"),
    ("The envoy was accompanied by Consul General Lima Zhou Wen and other diplomats.", "Zhou Wen", None),
    # "Mr. X, <title> Mr. Y": a title that runs into an honorific and a name is that name's
    ("Song met with the Deputy Chairman of the Example Party Mr. Tom Poe, Deputy Chairman - Head of the "
     "Central Office of the Party Mr. Ann Roe.", "Ann Roe", "Deputy Chairman - Head of the Central Office of the Party"),
    ("Song met with the Deputy Chairman of the Example Party Mr. Tom Poe, Deputy Chairman - Head of the "
     "Central Office of the Party Mr. Ann Roe.", "Tom Poe", "Deputy Chairman of the Example Party"),
    ("The delegation comprising Mr. Tom Poe, Minister of Trade and Presidential Adviser Mr. Ann Roe, visited China.",
     "Tom Poe", "Minister of Trade"),
    ("The delegation comprising Mr. Tom Poe, Minister of Trade and Presidential Adviser Mr. Ann Roe, visited China.",
     "Ann Roe", "Presidential Adviser"),
    ("The delegation included senior leaders Tom Poe, Kim Doe, and Chairperson's Advisers Ann Roe, Lee Moe.",
     "Ann Roe", "Chairperson's Advisers"),
])
def test_names_are_names(text, name, title):
    people = _people(text)
    assert name in people, list(people)
    assert title is None or people[name].title == title
    assert not any(w in n for n in people for w in ("Hural", "Kenesh", "Samdech", "Techo", "President", "H E", "Lima"))


@pytest.mark.parametrize("text,names", [
    ("To Lam met with Liu in Hanoi.", ["To Lam"]),
    ("Xi Jinping and To Lam held talks in Beijing.", ["Xi Jinping", "To Lam"]),
    ("Kim Sen, Xi Jinping and Vo Van Thuong held talks.", ["Kim Sen", "Xi Jinping", "Vo Van Thuong"]),
    # two untitled names with no known leader among them, countries, role words and bodies: no one
    ("Tom Poe and Ann Roe held talks.", []),
    ("Viet Nam and Lao PDR held talks. Both Parties held talks. Vice Premier met with him.", []),
    ("Central Committee met. The Two Sides met.", []),
    # a forum's name after a title-like "Summit of the Forum on" is no person
    ("The CPC is ready to carry out the outcomes of the Beijing Summit of the Forum on China-Africa Cooperation, "
     "strengthen exchanges in cadre training, and support each other.", []),
])
def test_untitled_subjects(text, names):
    people = _people(text, known=lambda n: n == "Xi Jinping")
    assert list(people) == names


@pytest.mark.parametrize("name,ok", [
    ("To Lam", True), ("Vo Van Thuong", True), ("Great Hural", False), ("Viet Nam", False),
    ("South Africa", False), ("Party Secretary", False), ("State Duma", False), ("Beijing Today", False),
])
def test_looks_like_person(name, ok):
    assert looks_like_person(name) is ok


def test_comma_without_space_between_words():
    from parsers.release import parse_release
    text = ("Liu Jianchao Meets Guests\n ( 2023.05.12 )\n\n"
            "Beijing, May 11th\u2014Liu Jianchao, Minister of the International Department of the CPC Central "
            "Committee, met here today with Speaker of the House of Commons,Tom Poe, and Ann Roe,Chair of the "
            "Example Party of the United Kingdom.\n\nThey discussed 1,200 projects.\n")
    people = {p.name: p for p in parse_release(text).events[0].participants}
    assert {"Liu Jianchao", "Tom Poe", "Ann Roe"} <= set(people)
    assert people["Tom Poe"].title == "Speaker of the House of Commons"


@pytest.mark.parametrize("text,absent", [
    # greetings sent by a leader who is not there, however they are written
    ("General Secretary Xi Jinping sent his cordial greetings to Ann Roe, President of the Example Party.",
     ["Xi Jinping"]),
    ("Xi Jinping, General Secretary of the CPC Central Committee, sent his greetings and best wishes to Ann Roe.",
     ["Xi Jinping"]),
    ("Liu conveyed Xi Jinping, General Secretary of the CPC Central Committee and Chinese President's cordial "
     "greetings to Roe.", ["Xi Jinping"]),
    ("Liu conveyed the greetings of Xi Jinping, General Secretary of the CPC Central Committee, and Premier "
     "Li Qiang to Roe.", ["Xi Jinping", "Li Qiang"]),
    # a leader whose sympathy a guest conveys is not there either
    ("Roe conveyed the sympathy of Prime Minister Tom Poe, President of the Example League, to the Chinese people.",
     ["Tom Poe"]),
    # nor one whose passing away a message mourns
    ("Liu sent a message of condolences to the Example Party on the passing away of Samdech Tom Poe, President of "
     "the party.", ["Tom Poe"]),
    # the one greeted is not there either
    ("Roe asked Liu to convey her greetings to President Xi Jinping.", ["Xi Jinping"]),
])
def test_greetings_sent_or_conveyed_are_in_passing(text, absent):
    people = find_people(text)
    assert not any(m.name in absent and m.role == "participant" for m in people)


def test_a_later_addressee_of_a_list_of_addressees_is_no_sender():
    people = {m.name: m for m in find_people(
        "Beijing, May 16th\u2014Leaders of many parties have sent messages of condolence to General Secretary Hu "
        "Jintao, the CPC Central Committee and Ma Lin, Minister of the International Department of the CPC Central "
        "Committee.\n\nTom Poe, Chairman of the Example Party, said in his message that ...")}
    assert people["Ma Lin"].role == "addressee" and people["Tom Poe"].role == "participant"


def test_the_receiver_of_a_message_is_its_addressee():
    people = _people("Johannesburg, December 20th\u2014Tom Poe, President of Ruritania, received today a "
                     "congratulatory message from Ma Lin, General Secretary of the CPC Central Committee.")
    assert people["Tom Poe"].role == "addressee" and people["Ma Lin"].role == "participant"


def test_a_message_sent_is_taking_part():
    people = _people("Xi Jinping, General Secretary of the CPC Central Committee, sent a congratulatory message "
                     "to Ann Roe.")
    assert people["Xi Jinping"].role == "participant"


@pytest.mark.parametrize("text,expected", [
    # two title-first senders who "separately sent" their messages
    ("General Secretary of the Example Party Central Committee Tom Poe and President of Ruritania Ann Roe "
     "separately sent messages to Ma Lin.", {"Tom Poe", "Ann Roe"}),
    # title-first subjects whose titles run long (two parties, their acronyms, a second office)
    ("General Secretary of the Central Committee of the Example Workers' Party of Ruritania (EWPR) Tom Poe and "
     "General Secretary of the Example People's Revolutionary Party (EPRP) Central Committee and President of the "
     "Example People's Democratic Republic Ann Roe sent messages to Ma Lin.", {"Tom Poe", "Ann Roe"}),
])
def test_title_first_senders(text, expected):
    people = _people(text)
    assert expected <= set(people) and all(people[n].role == "participant" for n in expected), list(people)
    assert "Ma Lin" not in people or people["Ma Lin"].role == "addressee"


def test_an_honorific_and_a_surname_stand_for_the_full_name():
    text = ("BEIJING: Ties must deepen, says Datuk Seri Dr Tan Kok Wai.\n\nAfter a courtesy call on Liu Jianchao, "
            "Dr Tan said the party will keep cooperating.\n\nDr Tan, who is XYZ president, assured Liu that the "
            "party will cooperate.\n\nIn the meeting with Liu, Dr Tan was accompanied by his deputy Datuk Dr Lee "
            "Boon Chye.")
    names = {m.name for m in find_people(text)}
    assert "Tan Kok Wai" in names and "Dr Tan" not in names, names


def test_honorifics_run_together():
    from parsers.names import clean_name
    assert clean_name("H.E.Mr. Zhang Chunhua") == "Zhang Chunhua"


@pytest.mark.parametrize("text,name,title", [
    # a middle initial's period ends no sentence, so the title-first name keeps its start
    ("They talked. Ruritanian Ambassador to China Tom V. Poe was present.", "Tom V. Poe", "Ruritanian Ambassador to China"),
    ("They talked. Ruritanian Ambassador to China Tom V. Poe and Ma Lin, Vice-Minister of the IDCPC, were present.",
     "Tom V. Poe", "Ruritanian Ambassador to China"),
    ("Ma Lin, Vice-Minister of the IDCPC, and Ruritanian Ambassador to China Tom V. Poe were present.",
     "Tom V. Poe", "Ruritanian Ambassador to China"),
    # a name ending in an apostrophe before one that holds one (Kenyan)
    ("On March 3rd, Dr. Anyang' Nyong'o, Secretary General of the ODM, met Liu.", "Anyang' Nyong'o",
     "Secretary General of the ODM"),
    # a surname that is a word of bodies' names ("Africa Day"); a second object of the same verb on another day
    ("Liu met a delegation co-led by Jill Day, President of the Example Labour Party, and Tom Poe, President of the "
     "Sample Party.", "Jill Day", "President of the Example Labour Party"),
    ("In Dhaka, Sun met with Ann Roe, general secretary of the Example League, on Nov. 17, and with State Minister for "
     "Foreign Affairs Tom Poe the following day.", "Tom Poe", "State Minister for Foreign Affairs"),
    # a title word misspelt as the site once did
    ("Li met respectively with Tom Poe, Presdient of the Democrats, and Ann Roe.", "Tom Poe", "Presdient of the Democrats"),
    # a generational suffix closes the name
    ("Liu met with a delegation of the Example Party led by Tom B. Poe Jr., President of the party.", "Tom B. Poe Jr.",
     "President of the party"),
    # one-word Indonesian names in a list of titled people, or as the object of a contact
    ("Liu met with an Indonesian delegation. Present were Ann Roe, Chair of PAN; Sugiono, Secretary General of "
     "PAN; and Tom Poe, Treasurer of PAN.", "Sugiono", "Secretary General of PAN"),
    ("Liu met with a delegation of the United Development Party of Indonesia led by Mardiono, Acting Chairman "
     "of the party.", "Mardiono", "Acting Chairman of the party"),
])
def test_names_of_unusual_shape(text, name, title):
    people = _people(text)
    assert name in people and people[name].title == title, list(people)
    assert "Poe" not in people and "Rudy" not in people and "Africa Day" not in people


@pytest.mark.parametrize("text", [
    # one word before a comma and a title is a name only in an Indonesian text, and never a place
    "Liu met with an example delegation. Present were Ann Roe, Chair of the EP; Sugiono, Secretary General of the EP.",
    "Liu met with an Indonesian delegation in Jakarta, Chairman of the talks.",
    "Liu met with an Indonesian delegation. Those present included Golkar, Secretary General Tom Poe.",
])
def test_one_word_is_no_name_elsewhere(text):
    assert not any(len(m.name.split()) == 1 for m in find_people(text)), [m.name for m in find_people(text)]


_HEADLINED = ("{head}\n ( 2023.08.02 )\n\nBeijing, August 2nd -- Liu Jianchao, Minister of the International "
              "Department of the CPC Central Committee, met here today with a delegation of the Example Party of "
              "Malawi led by its Chairman.\n\n{more}\n")


@pytest.mark.parametrize("head,more,expected", [
    # named in full only in the headline, by surname in the body: the headline's name
    ("Liu Jianchao Meets with Chairman of Malawi's Example Party Tom Poe", "Poe said his party values the ties.",
     {"Tom Poe"}),
    ("Liu Jianchao Meets with Tom Poe, Chairman of Malawi's Example Party", "Poe said his party values the ties.",
     {"Tom Poe"}),
    # not when the body never speaks of him, nor when another person bears the word
    ("Liu Jianchao Meets with Chairman of Malawi's Example Party Tom Poe", "Both sides exchanged views.", set()),
    ("Liu Jianchao Meets with Chairman of Malawi's Example Party Tom Poe",
     "Ann Poe, Secretary of the Example Party, was present. Poe said the party values the ties.", {"Ann Poe"}),
    # nor from a headline that tells no contact with him
    ("Liu Jianchao Sends Message to Chairman of Malawi's Example Party Tom Poe", "Poe said his party values the ties.",
     set()),
])
def test_a_counterpart_named_in_full_only_in_the_headline(head, more, expected):
    from parsers.release import parse_release
    r = parse_release(_HEADLINED.format(head=head, more=more))
    foreign = {p.name for e in r.events for p in e.participants if p.side == "foreign"}
    assert foreign == expected


@pytest.mark.parametrize("lead, name", [
    # a lone initial right after the dateline (blanked out by spaces when the release is read)
    ("Ulaanbaatar, September 7th\u2014S. Batbold, Chairman of the Mongolian People's Party (MPP), met here today "
     "with Ma Lin, Minister of the IDCPC.", "S. Batbold"),
    ("Ulaanbaatar, September 7th -- S. Batbold, Chairman of the Mongolian People's Party (MPP), met here today "
     "with Ma Lin, Minister of the IDCPC.", "S. Batbold"),
    # a Mongolian initial of two letters
    ("Beijing, June 14th\u2014Ma Lin, Minister of the IDCPC, met here today with Ts. Nyamdorj, Member of the "
     "Leadership Council of the Mongolian People's Party.", "Ts. Nyamdorj"),
    # an initial after a party's acronym or its bracket, and two initials in a row
    ("Beijing, June 14th\u2014Secretary General of the MPP B. Tsogtbaatar met here today with Ma Lin, Minister of "
     "the IDCPC.", "B. Tsogtbaatar"),
    ("Beijing, June 14th\u2014Chairman of Mongolia's Democratic Party (DP) O. Naranbat met here today with Ma Lin, "
     "Minister of the IDCPC.", "O. Naranbat"),
    ("Beijing, June 14th\u2014Ma Lin, Minister of the IDCPC, held a video call here with K. M. Perera, Chairman "
     "of the Example Party of Sri Lanka.", "K. M. Perera"),
])
def test_an_initial_opening_a_name_after_a_dateline_or_of_two_letters(lead, name):
    from parsers.release import parse_release

    r = parse_release(f"Talks Held\n ( 2011.09.08 )\n\n{lead}\n\nBoth sides exchanged views.")
    assert [p.name for p in r.events[0].participants if p.side == "foreign"] == [name]


@pytest.mark.parametrize("text, name", [
    ("Ma Lin met with a delegation of the Labour Party led by Lord Collins of Highbury, Member of the House of Lords.",
     "Lord Collins of Highbury"),
    ("Lord Mayor of London Tom Poe met Ma Lin.", "Tom Poe"),     # a title, not a peer's name
])
def test_a_peers_name_keeps_its_territorial_title(text, name):
    assert name in _people(text)


@pytest.mark.parametrize("lead, names", [
    # Mongolian initials glued to the name, title first in a pair of subjects
    ("ULAANBAATAR, April 20 (MONTSAME) -- Chairman of the Example People's Party (EPP) B.Tsogt and Chairman of the "
     "Example Democratic Party (EDP) N.Baatar today met separately with a delegation of the CPC led by Ma Lin, "
     "Vice-Minister of the IDCPC.", ["B.Tsogt", "N.Baatar"]),
    # a nickname in brackets inside the name is dropped
    ("BEIJING, May 15 -- Senate President Tom (Koko) Poe III, President of the Example Party of the Philippines, met "
     "on Monday with Ma Lin, Minister of the IDCPC.", ["Tom Poe III"]),
    # a sender who "wrote in a congratulatory message"
    ("\"The CPC has shown what leadership can achieve,\" Fiji's Prime Minister and Example Party leader Tom Voreqe "
     "(Frank) Poe wrote in a congratulatory message sent on June 30 to the CPC Central Committee.", ["Tom Voreqe Poe"]),
])
def test_glued_initials_nicknames_inside_names_and_writers_of_messages(lead, names):
    from parsers.release import parse_release
    r = parse_release(f"Example Headline\n ( 2021.07.01 )\n\n{lead}\n\nBoth sides exchanged views.")
    assert [p.name for e in r.events for p in e.participants if p.side == "foreign"] == names
