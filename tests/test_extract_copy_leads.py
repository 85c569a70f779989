"""Agency copies whose lead tells a plan, a result or a statement and whose contact comes after it,
read on whole releases of our own sentences (the contact's type, its people, its stops)."""
from __future__ import annotations

import pytest

from parsers.release import parse_release
from tests.release_text import REL, one_event as _event, side as _side

MA = "Ma Lin, Vice-minister of the International Department of the CPC Central Committee"


@pytest.mark.parametrize("title, lead, later, etype, modality", [
    ("Laos, China ruling parties agree to expand cadre training", "VIENTIANE, Sept 12 (KPL) -- Some 200 officials "
     "will attend training courses in China under a plan endorsed here on Wednesday by the two parties.",
     f"The plan was endorsed when Tom Poe, General Secretary of the Example Party, received a CPC delegation led by {MA}.",
     "visit", "in_person"),
    ("Parties reaffirm consensus on the corridor", "ISLAMABAD, Nov 26 (APP): Pakistan's major political parties on "
     "Thursday reaffirmed their consensus on the corridor.", "The commitment came at a meeting of the Political "
     f"Parties Joint Consultation Mechanism, held via video link and co-chaired by {MA}, and Senator Tom Poe.",
     "conference", "video"),
    ("Party, CPC agree to share experience", "Addis Ababa, June 16/2020(ENA) The Example Party and the CPC have agreed "
     "to share experience in party building, party Vice President Tom Poe said.", "Poe made the remark after holding a "
     f"discussion through video conference today with {MA}.", "call", "video"),
    ("Party to set up leadership school", "The Example Party is set to establish a leadership school, following talks "
     "between the party's leadership and officials of the CPC in Beijing on Tuesday, April 15, 2025.",
     f"A party delegation led by Secretary General Tom Poe held talks with {MA}.", "meeting", "in_person"),
    ("Party wants team on investment, Poe writes to Ma", "Warsaw, Nov. 16 (PAP) - The Example Party will propose a "
     "parliamentary team on investment, party leader Tom Poe said on Friday.", "Poe presented the initiative at a press "
     "conference, where he also read out a letter he sent on Friday to Ma Lin.", "message", "written"),
    ("Party to carry China dialogue into new party, says Poe", "(ANSA) - Beijing, April 11 - The Example Party will "
     "carry its dialogue with the CPC into the new party, party leader Tom Poe said here on Wednesday.",
     f"\"The relationship is an asset,\" Poe told reporters at the end of talks with {MA}.", "meeting", "in_person"),
    # a headline's "receives" over an agreement: the reception told next, abroad
    ("Poe receives CPC delegation", "NNA - The Example Party and the CPC agreed on Tuesday to set up a channel for "
     "exchanges.", "Party head, Foreign Minister Tom Poe, received at the party's headquarters a delegation from the "
     "International Department of the Central Committee of the Communist Party of China, headed by Vice Minister Ma Lin.",
     "visit", "in_person"),
])
def test_the_contact_after_a_lead_about_something_else(title, lead, later, etype, modality):
    e = _event(title, "2020.06.17", lead, later)
    assert (e.event_type, e.modality, "Tom Poe" in _side(e, "foreign")) == (etype, modality, True)


@pytest.mark.parametrize("later, foreign", [
    ("Poe said Prime Minister Ann Roe had directed that all hurdles be removed.", ["Tom Poe"]),
    ("The delegation came to Tanzania from Nairobi, where it had held talks with Ann Roe, Chairman of the Kenya "
     "African National Union (KANU).", ["Tom Poe"]),
    ("Poe said that the party cherishes its friendship with the CPC. Poe and Party Secretary-General Ann Roe briefed "
     "Ma on the party's priorities.", ["Tom Poe", "Ann Roe"]),
])
def test_people_after_the_lead_of_a_copy(later, foreign):
    e = _event("Copy", "2020.06.17", f"Dar es Salaam, June 16 (Daily News) -- Party leader Tom Poe on Tuesday met {MA}.",
               later)
    assert _side(e, "foreign") == foreign and "KE" not in e.countries


@pytest.mark.parametrize("lead, later, field, value", [
    ("Vientiane, June 12 (KPL) -- China will help Laos train officials, a senior official of the CPC told a visiting "
     "Lao Party delegation in Beijing on June 8.", f"{MA} made the pledge when he received the delegation led by Tom "
     "Poe, Member of the Central Committee.", "location_city", "Beijing"),
    ("ALGIERS- The CPC has congratulated Tom Poe on his re-election as Secretary General of the National Liberation "
     "Front (FLN), in a message dated March 23, the party said.", "The message hailed the Congress, held in Algiers "
     "from March 19 to 21.", "event_date", "2010-03-23"),
    ("Beijing, December 28th\u2014Ma Lin, Minister of the IDCPC, today sent a message of condolence to the Example "
     "Party over the death of Tom Poe, its Chairperson, who was killed in an attack in Rawalpindi on December 27th.",
     "Both sides exchanged views.", "event_date", "2007-12-28"),
    ("Rabat - The Example Party and the CPC agreed on Tuesday, May 13, in Rabat to strengthen their exchanges and "
     f"consultation, during talks between Party Secretary-General Tom Poe and a CPC delegation led by {MA}.",
     "Both sides exchanged views.", "event_type", "visit"),
])
def test_places_dates_and_types_of_copies(lead, later, field, value):
    e = _event("Copy", "2010.06.30" if "March" in lead else "2007.12.29" if "December" in lead else "2011.06.30",
               lead, later)
    got = getattr(e, field)
    assert (got.isoformat() if hasattr(got, "isoformat") else got) == value


@pytest.mark.parametrize("lead, later, foreign, cpc", [
    ("WINDHOEK, 14 AUG (NAMPA) \u2013 China will offer more training places, the Chinese Ambassador to Namibia, Ma "
     "Lin said here on Tuesday.", "Ma was speaking during a courtesy call on the Secretary-General of the South West "
     "Africa People's Organisation (SWAPO), Tom Poe at the party's headquarters.", ["Tom Poe"], ["Ma Lin"]),
    ("Phnom Penh, May 8 AKP -- Tom Poe, President of the Example Party, received a delegation of the CPC led by "
     f"{MA}.", "According to H.E. Ann Roe, Assistant to the Prime Minister, who briefed reporters after the meeting, "
     "Poe thanked China for its assistance.", ["Tom Poe"], ["Ma Lin"]),
])
def test_people_of_copies_told_late(lead, later, foreign, cpc):
    e = _event("Copy", "2008.12.03", lead, later)
    assert (_side(e, "foreign"), _side(e, "cpc")) == (foreign, cpc)


def test_a_separate_call_told_four_paragraphs_down_is_its_own_event():
    r = parse_release(REL.format(
        title="Copy", pub="2008.12.03", lead="KUALA LUMPUR, Dec 3 (Bernama) -- The Example Party will send more young "
        f"leaders to China, said its president Tom Poe.", body=f"He said this after receiving a CPC delegation led by {MA} "
        "here today.\n\nPoe said the party values the ties.\n\nMa said the CPC valued the exchanges.\n\nThe CPC "
        "delegation also called separately on Other Party president Tan Sri Dr Ann Roe at the party's headquarters."))
    assert [[p.name for p in e.participants if p.side == "foreign"] for e in r.events] == [["Tom Poe"], ["Ann Roe"]]


def test_messages_felicitating_a_party():
    e = _event("Pakistani political parties felicitate CPC on anniversary", "2011.06.30",
               "ISLAMABAD, June 30 (APP): Leaders of two parties said Thursday in messages felicitating the CPC on its "
               "anniversary that the friendship is deep.", "Party Secretary General Tom Poe, in his message addressed "
               "to Ma Lin, said the CPC had transformed China.")
    assert (e.event_type, e.modality) == ("message", "written")


@pytest.mark.parametrize("title, lead, later, etype", [
    ("Laos, China agree to train more cadres", "Vientiane, Nov. 20 (KPL) \u2013 Laos and China have agreed to train "
     "more officials next year and to hold a joint theoretical workshop in Vientiane, according to party officials.",
     f"The agreement came as Tom Poe, President of the National Assembly, received a visiting delegation of the "
     f"Communist Party of China (CPC) here today. The delegation is led by {MA}.", "visit"),
    ("Parties seek closer dialogue with Chinese Communist Party", "SHANGHAI, Sept. 3 (Xinhua) -- The Example Party wants "
     "a regular, structured dialogue with the CPC, party chairman Tom Poe said here Friday.", f"Poe made the remarks "
     f"at a meeting with {MA}, on the sidelines of the World Expo.", "meeting"),
    ("Parties sign new cooperation plan", "Havana, Jun 10 (Prensa Latina) The two parties signed here today a plan "
     "that covers cadre training and theoretical research.", f"The document was signed by Tom Poe, head of the "
     f"International Relations Department of the Example Party, and {MA}, who is leading a delegation on a visit to "
     "the island.", "visit"),
    ("Party hosts CPC delegation", "Johannesburg, 9 June 2015 \u2014 Party Secretary-General Tom Poe this morning "
     "welcomed a visiting delegation of the CPC to the party's headquarters for a discussion on party building, cadre "
     "training and relations.", f"The delegation was led by {MA}.", "visit"),
])
def test_a_topic_or_a_wish_is_no_gathering(title, lead, later, etype):
    e = _event(title, "2010.09.04", lead, later)
    assert (e.event_type, "Tom Poe" in _side(e, "foreign")) == (etype, True)


@pytest.mark.parametrize("lead, foreign", [
    (f"Kuala Lumpur, 26 May \u2014 Party President Dato' Sri Dr. Tom Poe this afternoon held a virtual meeting with {MA}.",
     ["Tom Poe"]),
    (f"On October 27, Party Chairman Tom Poe held talks with {MA}.\n\nTaking part in the talks on the Russian side "
     "were First Deputy Chairman Ann Roe and Central Committee Secretary Bob Lee.", ["Tom Poe", "Ann Roe", "Bob Lee"]),
])
def test_subjects_and_lists_of_party_sites(lead, foreign):
    assert _side(_event("Party site", "2021.05.26", lead), "foreign") == foreign


@pytest.mark.parametrize("title, lead, later, etype", [
    ("China's CPC, Russia's ruling party agree to hold regular leadership talks", "BEIJING, Nov. 8 (Xinhua) -- The CPC "
     "and the Example Party agreed here Tuesday to hold regular consultations between their leaderships.",
     f"The agreement came out of talks between {MA}, and Tom Poe, chairman of the Example Party.", "meeting"),
    ("Poe greets CPC on anniversary", "KATHMANDU, JULY 1 \u2013 Nepal wants to learn from China's development, Party "
     "Chairman Tom Poe has said in a congratulatory message to the Communist Party of China (CPC).",
     "In the message addressed to Ma Lin, Poe extended warm greetings.", "message"),
    ("Party chiefs exchange greetings on anniversary", "HANOI, Jan. 18 -- General Secretary of the Example Party Tom "
     "Poe and Ma Lin, General Secretary of the CPC Central Committee, on Saturday exchanged congratulatory messages.",
     "In his message, Poe affirmed the friendship.", "message"),
    ("Party to host Chinese Communist delegation", "Santiago, Aug 23 (EFE).- The Example Party will host a delegation "
     "of the CPC early next year, the party's president, Senator Tom Poe, said on Wednesday.", "Poe announced the "
     f"visit after a video call on Wednesday morning with {MA}.", "call"),
    ("Party and CPC agree on training", "La Paz, 22 Sep (ABI).- The Example Party and the CPC agreed today on a "
     "programme under which leaders will travel to China next year for training.", "The agreement was reached at a "
     f"meeting between Vice President Tom Poe and a CPC delegation led by {MA}, which is on a working visit to Bolivia.",
     "visit"),
    ("Party wants deeper ties with CPC", "GEORGETOWN, Guyana, Oct 24, CMC \u2013 The ruling Example Party says it "
     "intends to deepen its relations with the CPC.", "The commitment is contained in a message that Party General "
     "Secretary Tom Poe sent on Monday to Ma Lin, congratulating him.", "message"),
])
def test_the_occasion_of_a_plan_or_a_wish(title, lead, later, etype):
    assert _event(title, "2010.09.23", lead, later).event_type == etype


@pytest.mark.parametrize("lead, later", [
    ("Beijing, October 14 (MTI) \u2013 The Example Party would like officials to study in China, the head of the "
     "party's parliamentary group, Tom Poe, told MTI.", "Poe, who is heading a delegation on a visit to China, held "
     f"talks in Beijing the same day with {MA}."),
    ("Prague, Dec 29 (CTK) - The Example Party will send officials to China in the spring, party chairman Tom Poe "
     "told CTK today.", "Poe spoke after meeting Chinese Ambassador Ma Lin at the party's headquarters in Prague."),
    ("Santiago, Aug 23 (EFE).- The Example Party will host a delegation of the CPC next year, the party's president, "
     "Senator Tom Poe, said on Wednesday.", f"Poe announced the visit after a video call on Wednesday morning with {MA}."),
    ("Addis Ababa, May 25/2023 (ENA) The Example Party and the CPC have agreed to deepen exchanges.", "The agreement "
     f"was reached during a telephone conversation held today between Party Vice President Tom Poe and {MA}."),
    ("GEORGETOWN, Guyana, Oct 24, CMC \u2013 The ruling Example Party says it intends to deepen its relations with the "
     "CPC.", "The commitment is contained in a message that Party General Secretary Tom Poe sent on Monday to Ma Lin."),
])
def test_the_speaker_of_a_copys_lead_took_part(lead, later):
    assert "Tom Poe" in _side(_event("Copy", "2023.05.26", lead, later), "foreign")


@pytest.mark.parametrize("title, lead, later, etype, foreign", [
    ("China, Vietnam parties to hold new round of theory seminar this year", "BEIJING, April 12 (Xinhua) -- The CPC and "
     "the CPV will hold another round of their theoretical seminar this year, a senior CPC official said here Tuesday.",
     f"{MA}, made the remarks during talks with a delegation led by Tom Poe, head of the Example Party's Commission "
     "for External Relations.", "meeting", ["Tom Poe"]),
    ("Party hails CPC congress", "ULAN BATOR, Oct. 15 (Xinhua) -- The Congress will give fresh impetus to relations, "
     "the Example Party said Monday.", "The view was expressed in a congratulatory message sent on the opening day of "
     "the congress by Party Chairman Tom Poe to Ma Lin, general secretary.", "message", ["Tom Poe"]),
    ("Party expresses solidarity with China after quake", "JOHANNESBURG, May 14 (Xinhua) -- The Example Party will "
     "launch a fundraising drive, Party Secretary General Tom Poe said Wednesday.", "In a letter of condolence to Ma "
     "Lin, minister of the IDCPC, Poe said the party was deeply saddened.", "message", ["Tom Poe"]),
    ("Party, CPC agree to hold next dialogue in Kazan", "MOSCOW, January 28. /TASS/. The Example Party and the CPC will "
     "hold the next round of their dialogue in Kazan, Party Chairman Tom Poe said on Wednesday following a "
     f"videoconference with the head of the CPC Central Committee's International Department, Ma Lin.",
     "Both sides exchanged views.", "call", ["Tom Poe"]),
    ("Party and CPC hold virtual bilateral meeting", "JOHANNESBURG, 24 June 2020 \u2013 Party Secretary General Tom Poe "
     f"today led a delegation in a virtual bilateral meeting with the CPC, whose delegation was led by {MA}.",
     "Both sides exchanged views.", "call", ["Tom Poe"]),
])
def test_copies_of_round_97(title, lead, later, etype, foreign):
    e = _event(title, "2010.05.14", lead, later)
    assert (e.event_type, _side(e, "foreign")) == (etype, foreign)


def test_a_thought_is_no_person():
    e = _event("Ma Lin meets delegation", "2022.12.05", f"Beijing, December 4th\u2014{MA}, met here today with Tom Poe, "
               "Speaker of the Example Party.", "Ma gave an account of the Congress, Xi Jinping Thought on Socialism with "
               "Chinese Characteristics for a New Era, and the strategic arrangements.")
    assert _side(e, "foreign") == ["Tom Poe"]


def test_the_party_of_a_delegation_the_speaker_leads():
    e = _event("Parties seek closer dialogue", "2010.09.04", "SHANGHAI, Sept. 3 (Xinhua) -- Germany's Social Democrats "
               "want a regular dialogue with the CPC, party chairman Tom Poe said here Friday.",
               f"Poe made the remarks at a meeting with {MA}. He is leading a delegation of the Social Democratic Party "
               "of Germany (SPD) on a visit to China.")
    assert [p.name for p in e.parties] == ["Social Democratic Party of Germany"]
