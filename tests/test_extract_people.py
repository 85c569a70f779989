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
    ("Madam Sara Kuuk", "Sara Kuuk"), ("Maulana Abdul Karim Shah", "Abdul Karim Shah"), ("Hon Ma Wenpu", "Ma Wenpu"),
    ("Begum Sara Kuuk", "Sara Kuuk"), ("Alhaji Musa Bello", "Musa Bello"), ("Ato Farah Ali", "Farah Ali"),
    ("Snr-Gen Than Oo", "Than Oo"), ("Maj-Gen Tom Poe", "Tom Poe"), ("Dato' Seri Ahmad Tan Hamidi", "Ahmad Tan Hamidi"),
    # Thai and Bruneian courtesy titles, alone or chained
    ("Khunying Sara Kuuk", "Sara Kuuk"), ("Pehin Dato Lim Jock Lee", "Lim Jock Lee"),
    ("Dato Paduka Haji Abdul Rahman Amin", "Abdul Rahman Amin"),
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


@pytest.mark.parametrize("later, passing, present", [
    # the speaker's paragraph goes on in his words after its first full stop
    ("Liu noted that ties are good. President Ma Lin and leaders of Ruritania held meetings and lifted ties.",
     "Ma Lin", None),
    # ... also in the department's "Liu said, ..." style
    ("Liu said, ties are good. In recent years, President Ma Lin has kept close contacts with Ruritania.",
     "Ma Lin", None),
    # ... also when the paragraph is opened by the speaker's full name
    ("Zhu Rui said, ties are good. In recent years, under the leadership of President Ma Lin and Ruritanian President "
     "Tom Poe, a high level of cooperation was reached.", "Ma Lin", None),
    # ... but a sentence of its own that tells what someone else "also" did is no speech
    ("Liu noted that ties are good. Vice Minister Tom Poe also met the delegation.", None, "Tom Poe"),
    # a message's words run on the same way, whether the message or its sender opens the paragraph
    ("The message said that ties are good. He visited Ruritania and met with leaders including President Ma Lin.",
     "Ma Lin", None),
    ("In his message, Poe said that ties are good. President Ma Lin and leaders of Ruritania held meetings and "
     "lifted ties.", "Ma Lin", None),
    # a paragraph that opens with no speaker is not speech
    ("President Ma Lin and Prime Minister Tom Poe attended the ceremony.", None, "Ma Lin"),
])
def test_speech_paragraph_goes_on_after_its_first_sentence(later, passing, present):
    text = f"Beijing—Liu met here today with Ana Lima, President of the Example Party.\n{later}"
    people = _people(text, lead_end=text.find("\n"))
    if passing:
        assert passing not in people or people[passing].role != "participant"
    if present:
        assert people[present].role == "participant"


def test_acronyms_stripped_from_titles_not_name_parentheses():
    assert strip_acronyms("President of the Workers' Party (PT) of Brazil") == "President of the Workers' Party of Brazil"
    assert strip_acronyms("Chairman of the Communist Party of Nepal (Unified Marxist-Leninist) (CPN (UML))") == \
        "Chairman of the Communist Party of Nepal (Unified Marxist-Leninist)"
    assert strip_acronyms("Member of the CPI(M) Politburo") == "Member of the CPI(M) Politburo"
    # an acronym worded with "Party" is one too
    assert strip_acronyms("Leader of the Ownership, Unity and Responsibility Party (OUR Party)") == \
        "Leader of the Ownership, Unity and Responsibility Party"


@pytest.mark.parametrize("title,cpc", [
    ("Minister of the International Department of the CPC Central Committee", True),
    ("Vice-minister of the IDCPC", True),
    ("Secretary of the CPC Yunnan Provincial Committee", True),
    ("Chinese Ambassador to Kenya", True),
    ("Ambassador Extraordinary and Plenipotentiary of the Kyrgyz Republic to the People\u2019s Republic of China", False),
    ("PRC Ambassador to Eritrea", True),
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


# --- real-style shapes found by probing real releases (our own sentences) ----------------

@pytest.mark.parametrize("text,expected", [
    # Xinhua: lower-case role word last, with or without a leading article
    ("Senior Communist Party of China (CPC) official Ma Lin met with Ana Lima, President of the "
     "Example Party, on Monday.", {"Ma Lin": "Senior Communist Party of China official"}),
    ("A senior official of the Communist Party of China (CPC) Ma Lin on Monday met via video link "
     "with Ana Lima, President of the Example Party.", {"Ma Lin": "senior official of the Communist Party of China"}),
    # "led by" with the title first, the party after the name, two people joined by "and"
    ("The delegation is led by Secretary General Ken Sato of the Example Party and Secretary General Yui Mori "
     "of the Sample Party.", {"Ken Sato": "Secretary General of the Example Party",
                              "Yui Mori": "Secretary General of the Sample Party"}),
    # "led by" a title-first official set off by commas; two titles joined by "and"
    ("The Chinese delegation, led by a member of the CPC Central Committee and Party chief of China's Hebei "
     "province Ma Lin, visited the country.",
     {"Ma Lin": "member of the CPC Central Committee and Party chief of China's Hebei province"}),
    # an initial inside the name; a leading article dropped from the appositive title
    ("The delegation, led by Senator Paul J. Roe and Ann Poe, a member of the House of Commons, arrived.",
     {"Paul J. Roe": "Senator", "Ann Poe": "member of the House of Commons"}),
    # a multi-word country ends a title-first title; "accompanied by"
    ("Liu was accompanied by Chinese Ambassador to South Africa Ma Lin.", {"Ma Lin": "Chinese Ambassador to South Africa"}),
    # lower-case noun after " and " ends the list; "yesterday" ends an item
    ("Liu met with Example City Mayor Tom Poe and scholars from think tanks.", {"Tom Poe": "Example City Mayor"}),
    ("Song called on Foreign Minister Tom Poe yesterday.", {"Tom Poe": "Foreign Minister"}),
    # an adviser "to the President" and his field "on ..." are one title; a patronymic closes a name
    ("The delegation also met with Ruritanian Parliament Speaker Almazbek Tursun uulu and Advisor to the "
     "President of Ruritania on Economic Reform Timur Osmonov.",
     {"Almazbek Tursun uulu": "Ruritanian Parliament Speaker",
      "Timur Osmonov": "Advisor to the President of Ruritania on Economic Reform"}),
    ("Liu met with Ruslan Heydar oglu Mammadov, Chairman of the Example Party, on Monday.",
     {"Ruslan Heydar oglu Mammadov": "Chairman of the Example Party"}),
    # "communicated with" a prefect; an ombudsman's title
    ("Liu also visited Example County and communicated with the Prefect of Example County Mr. Tom Poe on tourism.",
     {"Tom Poe": "Prefect of Example County"}),
    ("Liu met with Ombudsman of the Example Parliament Ann Roe on Monday.", {"Ann Roe": "Ombudsman of the Example Parliament"}),
    # a title-first subject whose contact comes as "when paying a courtesy call on"
    ("H.E. Ambassador Ma Lin, when paying a courtesy call on Mr. Tom Poe, Chairman of the Example Party, said ties "
     "are good.", {"Ma Lin": "Ambassador", "Tom Poe": "Chairman of the Example Party"}),
    # "the Hon." before a title ends no list; a statement that "says that" a titled subject welcomed
    ("Ambassador Ma Lin paid a courtesy call on the Hon. Leader of Opposition Tom Poe at the National Parliament.",
     {"Tom Poe": "Leader of Opposition"}),
    ("A statement issued by the EPR Secretariat says that Secretary General EPR Ann Roe welcomed the delegation.",
     {"Ann Roe": "Secretary General EPR"}),
    # a serial comma inside a title's list of portfolios
    ("Li met with officials, including Speaker Tom Poe, Minister of Youth, Culture, and Communication Ann Roe, and "
     "Minister of Water Ken Sato.", {"Ann Roe": "Minister of Youth, Culture, and Communication",
                                      "Ken Sato": "Minister of Water"}),
    # a title-first subject who "is participating" in a summit
    ("President of Ruritania and the EP leader, Tom Poe, is participating in an online summit of parties.",
     {"Tom Poe": "President of Ruritania and the EP leader"}),
    # the counterparts beside whom a news briefing was given
    ("Speaking at a news briefing with EP Secretary General Tom Poe and Ann Roe, an EP commissioner, Ma said the "
     "visit was fruitful.", {"Tom Poe": "EP Secretary General", "Ann Roe": "EP commissioner"}),
    # the guests of a reception listed after "Present there on invitation were"
    ("The department arranged a reception for the embassy staff. Present there on invitation were Chinese Ambassador "
     "to Ruritania Ma Lin and staff members of the embassy.", {"Ma Lin": "Chinese Ambassador to Ruritania"}),
    # "had a talk with" and "visited" a titled envoy
    ("Example Party Chair Tom Poe on February 5 had a talk with Chinese Ambassador to Ruritania Ma Lin at dinner.",
     {"Ma Lin": "Chinese Ambassador to Ruritania"}),
    ("Example Party Chair Tom Poe on March 22 visited Chinese Ambassador to Ruritania Ma Lin at the embassy.",
     {"Ma Lin": "Chinese Ambassador to Ruritania"}),
    # the words of a delegation's head, told as "Title X of the body, head of this delegation, said"
    ("Ma Lin met the guests in Fuzhou. Principal Tom Poe of the Example School of Political Studies, head of this "
     "delegation, said that the program was fruitful.", {"Tom Poe": "Principal of the Example School of Political Studies"}),
    # the leaders a delegation "paid visits to"
    ("The delegation paid visits to chairman duo of the Example faction Tom Poe alias Tiger and Ann Roe on Monday.",
     {"Tom Poe": "chairman duo of the Example faction"}),
    # "who is also" before an appositive title is no part of it
    ("Ma Lin met Tom Poe. His deputies Li Hua, Sun Wei, who is also Head of the Example School, and Zhao Yu were present.",
     {"Sun Wei": "Head of the Example School"}),
    # a list of those present opening its sentence with a capital ("Attending the meeting were ...")
    ("Ma Lin met Tom Poe. Attending the meeting were Vice-minister Li Hua and Assistant Minister Sun Wei.",
     {"Li Hua": "Vice-minister", "Sun Wei": "Assistant Minister"}),
])
def test_title_first_shapes(text, expected):
    people = _people(text)
    for name, title in expected.items():
        assert name in people, (name, list(people))
        assert people[name].title == title
        assert people[name].role == "participant"


def test_title_first_subject_list():
    text = ("Beijing—Liu met here today with the delegation.\nLeader of the Example Party and President Ann Roe, "
            "Speaker of Parliament Tom Poe, and leader of the Sample Party and former president Kim Doe met with "
            "the Chinese delegation.")
    people = _people(text, lead_end=text.find("\n"))
    assert {"Ann Roe", "Tom Poe", "Kim Doe"} <= set(people)
    assert "President Ann Roe" not in people


def test_subject_joined_by_and_with_welcomed():
    text = ("Deputy head of the Example Party Tom Poe and Chinese ambassador to Nepal Ma Lin welcomed him.")
    people = _people(text)
    assert people["Tom Poe"].title == "Deputy head of the Example Party"
    assert people["Ma Lin"].title == "Chinese ambassador to Nepal"
    assert is_chinese_title("Chinese ambassador to Nepal") and is_chinese_title("China\u2019s ambassador in Cuba")


@pytest.mark.parametrize("text,names", [
    ("Wang told lawmakers in separate meetings with Tom Poe and Ann Roe, co-chairs of the Example Caucus.",
     ["Tom Poe", "Ann Roe"]),
    ("Li met with a delegation led by Ivan Petrov and Oleg Sidorov, Deputy Secretaries of the General Council.",
     ["Ivan Petrov", "Oleg Sidorov"]),
    ("Guo met here today with leaders of parties including Tom Poe (Example Party), Ann Roe (Sample Party) "
     "and Kim Doe, who came for a seminar.", ["Tom Poe", "Ann Roe", "Kim Doe"]),
    ("Wang met lawmakers, and with several senators, including Tom Poe and Ann Roe.", ["Tom Poe", "Ann Roe"]),
    ("Ma Lin held talks with guests.\nAt the meeting, Tom Poe and Ann Roe, former heads of the Example Party, "
     "exchanged views with Ma Lin.", ["Tom Poe", "Ann Roe"]),
    ("The party delegation left for China on Monday. The delegation is comprised of Tom Poe, Ann Roe and Former "
     "UN Ambassador Kim Doe, the release says.", ["Tom Poe", "Ann Roe", "Kim Doe"]),
    ("Ma Lin met the Example Party delegation.\nOther members of the delegation are Tom Poe, Ann Roe and Kim Doe.",
     ["Tom Poe", "Ann Roe", "Kim Doe"]),
    ("Ma Lin met the EP delegation.\nOther members of the EP delegation are- Standing Committee members Mirza Tanvir, "
     "Gayesh Chandra Dey, Selina Karim, Chairperson’s Private Secretary Kim Doe.",
     ["Mirza Tanvir", "Gayesh Chandra Dey", "Selina Karim", "Kim Doe"]),
    ("Ma Lin met the Example Party leader Ann Roe on Monday.\nHigh-level members of the party also participated in "
     "the meeting: Vice President of Organization Tom Poe; Vice President of Training Kim Doe; and Lee Moe from "
     "the National Directorate.", ["Tom Poe", "Kim Doe", "Lee Moe"]),
    ("Ma Lin engaged in discussions with U.S. ambassador to China, Tom Poe, in Beijing on Tuesday.", ["Tom Poe"]),
    ("A Chinese government delegation recently visited former President Tom Poe at his residence.", ["Tom Poe"]),
    # a delegation's head by what he said; "X who led the officials"
    ("Ma Lin met the guests.\nHead of delegation and Secretary-General of the Example Party, Tom Poe, said the "
     "CPC invited them.", ["Tom Poe"]),
    ("Example Party secretary general, Tom Poe who led the party officials said the meeting was unique.", ["Tom Poe"]),
    # "while" ends a list; a "counterpart" is titled; "who is also part of the delegation" takes part
    ("The Example side was chaired by the head of the party's Foreign Relations Sector Tom Poe while the CPC "
     "side was headed by the Vice-Minister of the International Department, Ma Lin.", ["Tom Poe", "Ma Lin"]),
    ("Ann Roe, secretary-general of the Example Party, and his Sample Party counterpart, Tom Poe, will be "
     "visiting China from December 24.", ["Ann Roe", "Tom Poe"]),
    ("Example Party spokesperson Tom Poe who is also part of the delegation said the party came to learn.",
     ["Tom Poe"]),
    # a visitor who "arrived"; "Accompanying X were ..."; two sides of a meeting "held ... between A and B"
    ("Chinese Premier Ma Lin arrived on Thursday to attend the anniversary celebrations.", ["Ma Lin"]),
    ("Tom Poe welcomed Ma Lin. Accompanying Ma were Ambassador of China to Ruritania Li Hong, Vice Minister of "
     "the International Department Zhou Bin and Ann Roe.", ["Li Hong", "Zhou Bin"]),
    ("On December 26, a meeting was held at the Ministry of Foreign Affairs between the Deputy Minister of "
     "Foreign Affairs Tom Poe and the Deputy Head of the International Department Ma Lin.", ["Tom Poe", "Ma Lin"]),
    # items set apart by semicolons with no colon before them; "First Lady", "Discipline Inspector" are titles
    ("The president was accompanied by First Lady Ann Roe; Deputy Tom Poe; the vice minister for Asia of the "
     "Ministry of Foreign Affairs, Kim Doe; and the vice minister for Europe, Lee Moe.",
     ["Ann Roe", "Tom Poe", "Kim Doe", "Lee Moe"]),
    ("Ma was accompanied by the ambassador of China, Li Hong; the Discipline Inspector of the CPC Central "
     "Committee Feng Bin; and the head of the Andean Section, Zhou Wen.", ["Li Hong", "Feng Bin", "Zhou Wen"]),
    # a relative clause inside a list of objects: the list goes on after it
    ("The delegation met with President of Ruritania Tom Poe, who is also the leader of the Example Party and the "
     "Sample Congress coalition, Speaker of the Parliament Ann Roe, Minister of Foreign Affairs Kim Doe, and leaders "
     "of main political parties.", ["Tom Poe", "Ann Roe", "Kim Doe"]),
    # "in the presence of" opens a list; a plural title before a comma covers every name after it
    ("A meeting was held in the presence of representatives of two political parties, Tom Poe (EPP) and Ann Roe "
     "(SPX).", ["Tom Poe", "Ann Roe"]),
])
def test_shared_plural_titles_and_including_lists(text, names):
    people = _people(text)
    assert all(n in people for n in names), list(people)


def test_shared_plural_title_singular_forms():
    people = _people("Li met with a delegation led by Ivan Petrov and Oleg Sidorov, Deputy Secretaries of the "
                     "General Council.")
    assert people["Ivan Petrov"].title == "Deputy Secretary of the General Council"


def test_including_list_needs_a_contact():
    text = "Liu said the CPC has friends in many parties, including Tom Poe and Ann Roe."
    assert "Tom Poe" not in _people(text)


@pytest.mark.parametrize("text,name", [
    ("Cai met via video link with Ann Roe, member of the Example Party, who is accompanying Tom Poe, "
     "Chairman of the Example Party, on his visit.", "Tom Poe"),
    ("Song arrived as the special envoy of Ma Lin, General Secretary of the CPC Central Committee.", "Ma Lin"),
    # an institute is a body, not a person
    ("The International Department of the CPC, in collaboration with Nepal-China Institute, organized the second "
     "conference of Example Political Parties Joint Consultation Mechanism.", "Nepal-China Institute"),
    # the source of the report: "according to" a host's spokesman
    ("Prime Minister Tom Poe received Ma Lin, a member of the CPC Politburo, at the Peace Palace yesterday, "
     "according to H.E. Ann Roe, Delegate Minister Attached to the Prime Minister.", "Ann Roe"),
    # an adviser "to" another leader: that leader is not met ("Advisor to the President X" is the adviser)
    ("Qian met with the delegation, led by Ann Roe, chief advisor to party leader Tom Poe, in Istanbul.", "Tom Poe"),
    # another contact, past or to come
    ("Liu met Ann Roe, Chair of the Example Party, and mentioned his recent meeting with Ruritanian President Tom Poe.",
     "Tom Poe"),
    ("Liu met Ann Roe, Chair of the Example Party. The delegation also plans to meet with President Tom Poe.", "Tom Poe"),
    # a patron named in an appositive ("an ally of President Y")
    ("Example Democrats president Tom Poe, an ally of President Ken Doe, on Tuesday met with Song Tao.", "Ken Doe"),
    # the principal named in an envoy's appositive title
    ("Pyongyang, November 18th\u2014Song Tao, Special Envoy of General Secretary of the CPC Central Committee Ma Lin and "
     "Minister of the IDCPC held talks here today with Tom Poe, Member of the Political Bureau.", "Ma Lin"),
    ("Entrusted by General Secretary Ma Lin, Liu, a member of the Example Body, conveyed condolences and met "
     "with Tom Roe, Chairman of the Example Party.", "Ma Lin"),
    ("On May 6th, Li Mingxiang, Assistant-minister of the IDCPC, attended a workshop. On behalf of Minister Song Tao "
     "and the IDCPC, Li congratulated the organisers.", "Song Tao"),
    # the leaders under whose care a partnership "has been maintained": a passive, no one's contact
    ("Liu met Ann Roe, Chair of the Example Party. In recent years, under the care and leadership of President Ma Lin "
     "and Ruritanian President Tom Poe, a high-level operation of the partnership has been maintained.", "Tom Poe"),
    ("Example Assembly Chairman Tom Poe has been invited as chief guest of the briefing.", "Tom Poe"),
    # a meeting of another time the speaker recalls
    ("Liu met Ann Roe, Chair of the Example Party.\nLiu recalled his meeting with Tom Poe, Chairman of the "
     "Example Front, in Lima last year.", "Tom Poe"),
    ("Liu met Ann Roe, Chair of the Example Party.\nLiu recalled that he held talks in Lima in 2007 with Tom Poe, "
     "then President of the Example Front.", "Tom Poe"),
    # the leader a message congratulates is its addressee
    ("Beijing, January 22nd\u2014The CPC Central Committee sent a message today to the Example Party, "
     "congratulating Tom Poe, leader of the Example Party, on his inauguration.", "Tom Poe"),
    # the party's leader under whose leadership it acts, in the speaker's words
    ("Beijing, June 23rd\u2014Li held a video call with Ann Roe, Secretary General of the EP.\nRoe said EP, under the "
     "leadership of its Chairman, President Tom Poe, is preparing for the general election in October.", "Tom Poe"),
    # a portfolio's last words are no person
    ("Li met Ann Roe, Pakistan's Minister for Planning, Development and Special Initiatives.", "Special Initiatives"),
    # a second verb after "and" opens a new clause, not another item of the welcomed objects
    ("Hanoi, May 3rd—Ann Roe, Chair of the Example Party, met here today with Liu.\nRoe welcomed the delegation "
     "and recalled her talks with General Secretary Ma Lin in Beijing last year.", "Ma Lin"),
])
def test_not_participants(text, name):
    people = _people(text)
    assert name not in people or people[name].role != "participant"


def test_cpc_official_according_to_whom_an_event_is_announced_takes_part():
    text = ("BEIJING, Nov. 24 (Xinhua) -- Ma Lin will attend a dialogue with world parties, according to Tom Wu, "
            "deputy head of the International Department of the CPC Central Committee.")
    assert _people(text)["Tom Wu"].role == "participant"


def test_role_before_the_name_of_an_appositive():
    text = "Havana—Army General Raul Castro Ruz, First Secretary of the Example Party, met here today with Song Tao."
    assert "Raul Castro Ruz" in _people(text)
    text = "Tao will call on President Ann Roe, Prime minister K.P. Tom Poe and co-chair of the NCP Kim Doe."
    assert "Ann Roe" not in _people(text) or _people(text)["Ann Roe"].title == "President"


def test_npc_vice_chairman_is_cpc_side():
    from parsers.release import parse_release

    text = ("Chinese legislator meets delegation\n ( 2023.10.20 )\n\n"
            "BEIJING, Oct. 19 (Xinhua) -- Ma Lin, vice chairman of the Standing Committee of the National People's "
            "Congress (NPC), met with a delegation of the Australian Labor Party in Beijing on Thursday.\n")
    people = {p.name: p for p in parse_release(text).events[0].participants}
    assert people["Ma Lin"].side == "cpc"


def test_addressee_with_role_before_the_name():
    text = ("Liu sent a congratulatory message to President Ann Roe, Leader of the Example Party, on her "
            "re-election.")
    people = _people(text)
    assert people["Ann Roe"].role == "addressee"


def test_dash_appositive_only_after_by_or_with():
    people = _people("A delegation led by Ma Lin \u2013 deputy director of the General Office \u2013 met with Tom Poe.")
    assert people["Ma Lin"].title == "deputy director of the General Office"
    assert "Sample City" not in _people("Sample City \u2014 Head of the Example Party Tom Poe met with Liu.")


# --- title-first names: the name is found from the right (our own sentences) ------------------

@pytest.mark.parametrize("text,expected", [
    # the end of the title (a body, a portfolio, a possessive, a country) is not glued onto the name
    ("The delegation held meetings with local officials including Vice Speaker of the Example National Assembly "
     "Aram Tovmasyan, Deputy Chairman of the Board of the Sample Party and Minister of Economy Levon Sargsyan, "
     "and Minister of Labor and Social Affairs Ani Hakobyan, respectively.",
     {"Aram Tovmasyan": "Vice Speaker of the Example National Assembly",
      "Levon Sargsyan": "Deputy Chairman of the Board of the Sample Party and Minister of Economy",
      "Ani Hakobyan": "Minister of Labor and Social Affairs"}),
    ("Ma also had meetings and exchanged views with Head of Austria's Federal Chancellery Karl Huber, "
     "President of the Example Foundation Eva Brandt, Chairman of the Green group in the Bundestag Jonas Wolf, "
     "as well as Mayor of the City of Linz Anna Gruber.",
     {"Karl Huber": "Head of Austria's Federal Chancellery", "Eva Brandt": "President of the Example Foundation",
      "Jonas Wolf": "Chairman of the Green group in the Bundestag", "Anna Gruber": "Mayor of the City of Linz"}),
    ("Ma met and exchanged views on bilateral ties with Speaker of the House of Deputies Rosa Vidal, "
     "Foreign Minister Pablo Ruiz, and Governor of Example Prefecture Kenji Ota.",
     {"Rosa Vidal": "Speaker of the House of Deputies", "Pablo Ruiz": "Foreign Minister",
      "Kenji Ota": "Governor of Example Prefecture"}),
    # an honorific stays when dropping it would leave one word
    ("Ma met with President of the Example League and Prime Minister Sheikh Rahima.",
     {"Sheikh Rahima": "President of the Example League and Prime Minister"}),
    # "Guests attending ... were": a list of those taking part; "as well as" separates items
    ("Guests attending the video conference were Chinese Ambassador to Peru Ma Lin, experts from Hubei "
     "as well as Peruvian Ambassador to China Luis Rojas Prado, and party leaders.",
     {"Ma Lin": "Chinese Ambassador to Peru", "Luis Rojas Prado": "Peruvian Ambassador to China"}),
])
def test_title_first_name_from_the_right(text, expected):
    people = _people(text)
    for name, title in expected.items():
        assert name in people, (name, list(people))
        assert people[name].title == title
        assert people[name].role == "participant"
    assert all(len(n.split()) <= 3 for n in people), list(people)


def test_place_is_not_a_name():
    text = "Qian met the guests.\nRepresentatives of ten left parties in Northern Europe were present."
    assert "Northern Europe" not in _people(text, lead_end=text.find("\n"))


@pytest.mark.parametrize("text,not_name,name", [
    # a place opening the sentence; a portfolio's last words; a post-nominal
    ("Tom Poe visited China last week.\nIn Tokyo, Ambassador Ma Lin told Tom Poe that ties were strong.",
     "In Tokyo", None),
    ("Ma Lin, Deputy Minister of State in the Commission Office of Public Sector Reforms, held talks with "
     "President Tom Poe.", "Sector Reforms", "Ma Lin"),
    ("Led by Political Leader Hon. Ann Roe SC, a delegation of the Example Party met with Ma Lin.",
     "Ann Roe SC", "Ann Roe"),
])
def test_not_names(text, not_name, name):
    people = _people(text)
    assert not_name not in people and (name is None or name in people), list(people)


@pytest.mark.parametrize("text,name,title", [
    # the name between the role and "of ..." (after the rest of a dateline)
    ("HANGZHOU, May 7 \u2013 Vice-Minister Ma Lin of the International Department of the CPC Central Committee "
     "met here today with Ann Roe, President of the Example Party.", "Ma Lin",
     "Vice-Minister of the International Department of the CPC Central Committee"),
    ("Ma met with Ann Roe.\nDeputy Director-General Zhou Bin of Bureau III of the International Department of "
     "the CPC Central Committee was there during the meeting.", "Zhou Bin",
     "Deputy Director-General of Bureau III of the International Department of the CPC Central Committee"),
    # the party after a comma closes the organ of the title ("Polit Bureau, Communist Party of China")
    ("The delegation held discussions with Ma Lin, senior member of Standing Committee of Polit Bureau, Communist "
     "Party of China and head of the Publicity Department, which lasted one hour.", "Ma Lin",
     "senior member of Standing Committee of Polit Bureau, Communist Party of China and head of the Publicity Department"),
    ("A study group headed by Ma Lin, Director General of Organization Bureau, Organization Department, CPC Central "
     "Committee met with the party leadership.", "Ma Lin",
     "Director General of Organization Bureau, Organization Department, CPC Central Committee"),
])
def test_role_name_of_body(text, name, title):
    people = _people(text)
    assert people[name].title == title and people[name].role == "participant"


def test_head_of_an_expert_group_is_no_commentator():
    # "Expert Group" names a body the official heads; "said Foreign Affairs Expert X" quotes a commentator
    people = _people("Ma Lin held a briefing. Li Hua, Head of the Expert Group of the Example Commission, and "
                     "Sun Wei, Director of the Example Bureau, were invited to introduce the measures.")
    assert people["Li Hua"].role == "participant" and people["Sun Wei"].role == "participant"
    assert _people("The talks went well, said Foreign Affairs Expert Tom Poe.")["Tom Poe"].role == "passing"


def test_consensus_inside_reported_speech_is_passing():
    text = ("Ma Lin, Minister of the IDCPC, met with Ann Roe, Chair of the Example Party.\nTom Poe, leader of "
            "the CPC, and Kim Doe, leader of the Example Party, have reached consensus on relations, Ma added.")
    people = _people(text, lead_end=text.find("\n"))
    assert people["Ann Roe"].role == "participant"
    assert people["Tom Poe"].role == "passing" and people["Kim Doe"].role == "passing"


def test_surname_speaker_list_and_back_reference():
    text = ("Qian attended the webinar.\nHanna Vogt, President of the Example Left, opened it. Vogt, President "
            "of the Example Left, Ruiz, General Secretary of the Sample Party, Berg, Chairman of the Test Party, "
            "and Lenz, Secretary of the Other Party spoke.")
    people = find_people(text, lead_end=text.find("\n"))
    assert [m.name for m in people] == ["Hanna Vogt", "Ruiz", "Berg", "Lenz"]
    assert people[1].title == "General Secretary of the Sample Party"
    # two pairs are too few to be sure of a speaker list
    assert "Ruiz" not in _people("Ruiz, General Secretary of the Sample Party, and Berg, Chairman of the "
                                 "Test Party, spoke.")


def test_next_person_after_and_ends_a_title():
    text = ("Ma Lin, Director of the Example Health Commission and Ann Roe, Vice President of the Example "
            "Party attended the event.")
    people = _people(text)
    assert people["Ma Lin"].title == "Director of the Example Health Commission"
    assert people["Ann Roe"].title == "Vice President of the Example Party"


@pytest.mark.parametrize("body, name, takes_part", [
    # IDCPC leaders named in full in shapes no title reader takes
    ("In a post yesterday following a courtesy call on the CPC's International Liaison Department Minister, Liu "
     "Jianchao, Dr Tom Poe said the party will deepen ties.", "Liu Jianchao", True),
    ("The delegation led by the Song Tao \u2013 the Director of the International Liaison Department \u2013 arrived.",
     "Song Tao", True),
    # ... but not when the context makes the mention a citation
    ("Tom Poe conveyed the greetings of Song Tao to the party's leaders.", "Song Tao", False),
])
def test_idcpc_leaders_named_in_full_take_part(body, name, takes_part):
    from parsers.release import parse_release

    r = parse_release(f"Party Leader Meets Chinese Delegation\n( 2023.02.07 )\n\n{body}\n")
    names = {p.name for e in r.events for p in e.participants}
    assert (name in names) is takes_part, names


@pytest.mark.parametrize("later, name, takes_part", [
    # a habit or an earlier event of the subject's is no part in this contact
    ("Prime Minister Tom Poe has often praised the CPC's efforts.", "Tom Poe", False),
    ("President Tom Poe has repeatedly called for closer ties.", "Tom Poe", False),
    ("A delegation comprising its then president Tom Poe had also visited China.", "Tom Poe", False),
    # ... the present perfect of the contact is
    ("President Tom Poe has met with the visiting delegation.", "Tom Poe", True),
    # what a listed subject expressed "During the meeting" is this contact's: the list's last item too
    ("During the meeting, Honorary President Tom Poe, and Example Party Chairman Ke Puth Rasmey expressed thanks.",
     "Ke Puth Rasmey", True),
    ("During the talks, Example Party Chairman Ke Puth Rasmey said ties were strong.", "Ke Puth Rasmey", True),
    ("In an interview, Example Party Chairman Ke Puth Rasmey said ties were strong.", "Ke Puth Rasmey", False),
    # ... but not the source who "said in a post" what was discussed
    ("During the meeting, a delegation discussed ties, party foreign affairs in-charge Ken Sato said in a post on X.",
     "Ken Sato", False),
    # a name inside the quoted words of a speaker
    ("\u201cWe value your party. Tom Poe, your party's founder, is famous in China,\u201d Liu said.", "Tom Poe", False),
    ('"We value your party. Tom Poe, your party\'s founder, is famous in China," Liu said.', "Tom Poe", False),
])
def test_a_later_subject_takes_part_or_not(later, name, takes_part):
    text = f"Beijing\u2014Liu met here today with Ana Lima, President of the Example Party.\n{later}"
    people = _people(text, lead_end=text.find("\n"))
    assert (name in people and people[name].role == "participant") is takes_part


def test_whom_he_met_makes_an_addressee_a_participant():
    text = ("This was President Ma Lin's message to Example Party President Tom Poe, whom he met in Beijing on Friday.\n"
            "Ma also sent his greetings to Example Party Secretary Ann Roe.")
    people = _people(text)
    assert people["Tom Poe"].role == "participant"
    assert "Ann Roe" not in people or people["Ann Roe"].role != "participant"


def test_a_verb_after_a_listed_object_ends_the_list():
    # "At a meeting with X, ..., visiting CPC official Y conveyed regards from Z": Y takes part, Z is cited
    people = _people("At a meeting with Tom Poe, Chairman of the Example Party and also President of the Senate of "
                     "Ruritania, visiting CPC senior official Ma Lin conveyed best regards from Chinese top legislator "
                     "Li Wen.")
    assert people["Ma Lin"].role == "participant" and people["Ma Lin"].title == "visiting CPC senior official"
    assert "Li Wen" not in people or people["Li Wen"].role != "participant"


def test_an_alias_and_a_relative_clause_end_a_listed_name():
    people = _people("Starting with a meeting with Example Party chairman Tom Ken Poe alias Kenpo that lasted two "
                     "hours Wednesday, Ai suggested they should go on.")
    assert "Tom Ken Poe" in people and people["Tom Ken Poe"].title == "Example Party chairman"


def test_a_hosted_title_comma_name_closed_by_a_place_and_a_dash_glued_to_a_name():
    people = _people("Speaking when he hosted the Chinese Ambassador to Ruritania, Ma Lin at the Karen Residence on "
                     "Thursday morning, Poe- who was accompanied by the UDA Secretary General Tom Roe- said parties matter.")
    assert people["Ma Lin"].title == "Chinese Ambassador to Ruritania"
    assert "Tom Roe" in people and "Tom Roe-" not in people


@pytest.mark.parametrize("before", ["Rev. J. Luther", "Rev J. Luther", "Dr. J. Luther"])
def test_an_initial_after_an_honorific_opens_the_name_once(before):
    people = _people(f"On November 14, Ma Lin, Chinese Ambassador to Ruritania, met with {before} Poe, National "
                     "Chairman of the Example Party (EP), and exchanged views.")
    assert [n for n in people if n.endswith("Poe")] == ["J. Luther Poe"]


@pytest.mark.parametrize("leader", ["Rep. Tom Poe-kyung", "Tom Poe-kyung", "Sen. Tom Poe-kyung"])
def test_a_delegation_led_by_a_name_of_a_party(leader):
    # the name is between "led by" and the party it belongs to; "Rep." and "Sen." are honorifics, no full stop
    people = _people(f"The 20-member delegation led by {leader} of the ruling Example Party of Korea will leave for "
                     "Beijing on Tuesday for a five-day trip.")
    assert people["Tom Poe-kyung"].title == "the ruling Example Party of Korea"


def test_said_by_a_lower_case_rank_and_a_bare_weekday():
    people = _people("The CPC will continue to enhance exchanges with the Example Party, said top advisor Ma Lin Friday.")
    assert people["Ma Lin"].title == "top advisor" and people["Ma Lin"].role == "participant"


def test_present_were_a_list_with_an_initial_a_semicolon_and_an_envoy_chief_of_mission():
    people = _people("Ambassador Ma Lin paid a courtesy call on Leader of the Opposition Tom Poe at his office on "
                     "Wednesday. Also present were Deputy Leader of the Opposition I. Ken Doe; Sen. Ann Roe, Deputy "
                     "Chief of Mission Li Wen.")
    assert {"I. Ken Doe", "Ann Roe", "Li Wen"} <= set(people)
    assert people["Li Wen"].title == "Deputy Chief of Mission"
    assert is_chinese_title("Deputy Chief of Mission") is False     # the side comes from the Pinyin name and the post


def test_a_pinyin_named_deputy_chief_of_mission_is_the_cpc_sides():
    from parsers.release import parse_release
    r = parse_release("Meeting the Chinese Ambassador\n ( 2021.04.28 )\n\nNASSAU, THE Bahamas \u2014 Ambassador of "
                      "the People's Republic of China Ma Lin paid a courtesy call on Leader of the Opposition Tom Poe "
                      "on Wednesday. Also present were Deputy Leader Ken Doe; Sen. Ann Roe, Deputy Chief of Mission "
                      "Li Wen.\n")
    sides = {p.name: p.side for p in r.events[0].participants}
    assert sides.get("Li Wen") == "cpc" and sides.get("Ann Roe") == "foreign"


@pytest.mark.parametrize("name", ["D. Raja", "Tom Raja", "J. K. Raja"])
def test_a_roundups_sender_said_at_the_sentence_end_with_an_initial(name):
    people = _people("BEIJING, Oct. 20 (Xinhua) -- Leaders have congratulated the CPC.\n\nThe CPC will march towards "
                     f"a successful future, said General Secretary of the Example Party {name}.", senders=True, lead_end=70)
    assert name in people and people[name].title == "General Secretary of the Example Party"


@pytest.mark.parametrize("sentence", [
    # a roundup's sender after an opening participle about what he hopes, or with an ", also ..." appositive
    "Expressing confidence that the congress will make important resolutions, President of Ruritania's Example Party "
    "Tom Poe said that his party looks forward to closer ties.",
    "Deputy Speaker of the National Assembly of Ruritania Tom Poe, also leader of the ruling Example Party, said that "
    "his party extends warm congratulations.",
])
def test_a_roundups_sender_after_a_participle_or_an_also_appositive(sentence):
    people = _people("BEIJING, Oct. 18 (Xinhua) -- Leaders have congratulated the CPC.\n\n" + sentence,
                     senders=True, lead_end=70)
    assert "Tom Poe" in people and people["Tom Poe"].role == "participant"


def test_said_in_his_congratulations_and_a_list_ended_by_via():
    people = _people("BEIJING, Oct. 30 (Xinhua) -- Leaders have sent congratulations to Ma Lin.\n\nRuritania cherishes "
                     "the partnership with China, said Ruritanian President Tom Poe in his congratulations to Ma.",
                     senders=True, lead_end=70)
    assert people["Tom Poe"].role == "participant"
    people = _people("China's top legislator Ma Lin on Wednesday held talks with Ruritania's Senate President Tom Poe "
                     "via video link.")
    assert "Tom Poe" in people and people["Tom Poe"].title == "Ruritania's Senate President"


@pytest.mark.parametrize("text, name, title", [
    # a body named in full with its acronym before the role word
    ("Chen Min'er, a senior Communist Party of China (CPC) official, led a party delegation to visit Spain.",
     "Chen Min'er", "senior Communist Party of China official"),
    ("Ana Roe, a senior African National Congress (ANC) leader, met Chen.", "Ana Roe",
     "senior African National Congress leader"),
    # an agency's line above the lead ends in "(Xinhua)": no title runs on into the lead's name
    ("June 2 (Xinhua)\n                          Chen Min'er, a member of the Political Bureau, met with Ana Roe.",
     "Chen Min'er", "member of the Political Bureau"),
])
def test_appositive_shapes_of_agency_copies(text, name, title):
    assert _people(text)[name].title == title


@pytest.mark.parametrize("text, names", [
    # "his Chinese counterpart" titles the second subject; "discussed" is a contact verb of the lead
    ("On May 11, Party General Secretary To Lam and his Chinese counterpart Xi Jinping held phone talks.",
     ["To Lam", "Xi Jinping"]),
    ("On May 11, Party General Secretary To Lam and his Chinese counterpart Xi Jinping discussed the ties "
     "over the phone.", ["To Lam", "Xi Jinping"]),
    # the object of "during his phone talks on <day> with"
    ("The leader made the proposal during his phone talks on May 8 with General Secretary Xi Jinping.",
     ["Xi Jinping"]),
    # a past-tense verb after "and" ends the list of people called on
    ("Liu paid a courtesy call on Nepal President Ana Roe and discussed matters of mutual interest.",
     ["Ana Roe"]),
    # a lower-case role before "of" opens a title-first item; "Chancellery" ends a title
    ("During his visit, Liu met and exchanged views with head of Germany's Federal Chancellery Ana Roe, German "
     "Chancellor's Foreign and Security Policy Advisor Bo Li, co-leader of the Example Party Cy Do.",
     ["Ana Roe", "Bo Li", "Cy Do"]),
    # a roundup's "Title, Name congratulated ..."
    ("Leaders joined in.\nExample President, Ana Maria Roe congratulated the CPC on its centenary.", ["Ana Maria Roe"]),
])
def test_people_in_leads_of_outlets_abroad(text, names):
    assert [m.name for m in find_people(text)] == names


def test_a_banner_in_capitals_is_no_person_and_led_by_is_no_title():
    text = ("OFFICIAL WEBSITE OF THE EXAMPLE NATIONAL CONGRESS, The Official Opposition.\n"
            "Led by Political Leader Hon. Ana Roe SC, a delegation of ENC party officials met with the CPC delegation.")
    assert [(m.name, m.title) for m in find_people(text)] == [("Ana Roe", "Political Leader")]


def test_a_speaker_closing_a_sentence_after_the_lead_takes_part_in_a_conference():
    text = ("URUMQI, April 23 -- A forum of parties opened on Wednesday.\nThe event was an initiative proposed at last "
            "year's summit, and its hosting marks a milestone ahead of the summit this fall, under China's presidency, "
            "said Example Organization Secretary-General Tom Poe.\n")
    people = find_people(text, lead_end=text.find("\n"), senders="speakers")
    assert any(m.name == "Tom Poe" and m.role == "participant" for m in people), people


def test_a_surname_near_a_city_name_is_still_a_name():
    # "Kashin" is within a letter of the city Kashi; a listed person keeps it
    text = ("Tom Poe met Ma Lin. Deputy chairmen Yuri Afonin, Vladimir Kashin, Dmitry Novikov and Ivan Melnikov were "
            "present at the event.")
    assert {"Yuri Afonin", "Vladimir Kashin", "Dmitry Novikov", "Ivan Melnikov"} <= set(_people(text))


def test_a_leaders_deputies_listed_as_present_take_part():
    text = ("The delegation was headed by Tom Poe, Chairman of the Example Party. His deputies Yuri Afonin, Pavel "
            "Gromov, Dmitry Novikov and Ivan Melnikov were present at the event.")
    people = _people(text)
    assert all(people[n].role == "participant" for n in ("Yuri Afonin", "Pavel Gromov", "Dmitry Novikov", "Ivan Melnikov"))


def test_second_message_on_the_same_day_is_the_senders_part():
    text = ("Beijing, April 9th\u2014Ma Lin, General Secretary of the CPC Central Committee, sent a message today to "
            "Tom Poe, congratulating him on his election.\nOn the same day, Zhu Rui, Minister of the International "
            "Department of the CPC Central Committee, sent a congratulatory letter to the Example Party.")
    people = _people(text, lead_end=text.find("\n"))
    assert people["Zhu Rui"].role == "participant"


@pytest.mark.parametrize("text", [
    "Ann Roe, Secretary General of Chama Cha Mapinduzi, spoke at the webinar.",
    "Ann Roe, Secretary General of Chama Cha Mapinduzi (CCM) of Tanzania, spoke at the webinar.",
    "Li met Ann Roe, Secretary General of Chama Cha Mapinduzi.",
])
def test_a_party_name_that_reads_like_a_person_is_no_name(text):
    # "Secretary General of Chama" + "Cha Mapinduzi" is no title-first person: the words end a known party
    people = _people(text)
    assert "Ann Roe" in people and "Cha Mapinduzi" not in people
    assert people["Ann Roe"].title.startswith("Secretary General of Chama Cha Mapinduzi")


@pytest.mark.parametrize("text,name,title", [
    # two particles inside a name
    ("Li met Ana María de la Torre, Vice-president of the Example Party.", "Ana María de la Torre",
     "Vice-president of the Example Party"),
    # a firm's name is no person; a partner is a title
    ("Li met Tom Poe, Global Co-Chair of Asia Society, Gary Rieschel, Founding Managing Partner of Qiming Venture "
     "Partners, and Ann Roe, Vice President of the ASPI.", "Gary Rieschel", "Founding Managing Partner of Qiming Venture Partners"),
])
def test_names_and_titles_of_more_shapes(text, name, title):
    people = _people(text)
    assert people[name].title == title
    assert not any(n in people for n in ("Venture Partners", "de la Torre"))


def test_bodies_named_in_a_list_of_those_present_are_no_people():
    text = ("New York, January 8th\u2014Li attended a seminar. Tom Poe, Global Co-Chair of Asia Society, Ann Roe, "
            "Co-Founder of the Center for Example Analysis, as well as officials from the General Office of the CPC "
            "Central Financial and Economic Affairs Commission, the Office of the Central Commission for Foreign "
            "Affairs, and relevant departments in Shanghai, attended the event.")
    assert set(_people(text)) == {"Tom Poe", "Ann Roe"}


def test_a_given_name_that_is_also_a_city_stays_in_the_name():
    # "Santiago" opens a name here; only "in Santiago X" would make it the place of the meeting
    text = ("Li met a delegation including Ann Roe, President of the Example Front, and Santiago Ruiz Díaz, "
            "Secretary of International Relations of the Example Party.")
    people = _people(text)
    assert "Santiago Ruiz Díaz" in people and "Ruiz Díaz" not in people


def test_a_title_runs_over_the_commas_of_a_known_party_name():
    text = ("Ann Roe, President of the National United Front for an Independent, Neutral, Peaceful and Cooperative "
            "Cambodia (FUNCINPEC), met Li.")
    assert _people(text)["Ann Roe"].title == ("President of the National United Front for an Independent, Neutral, "
                                              "Peaceful and Cooperative Cambodia")


def test_a_country_closing_a_list_is_no_person():
    text = ("Beijing, May 5th\u2014Ma Lin, Vice-minister of the IDCPC, addressed a seminar. Some 40 representatives of "
            "political parties from Albania, Bosnia and Herzegovina, Montenegro, North Macedonia and Serbia attended.")
    assert "North Macedonia" not in _people(text, lead_end=text.find("Some"))
