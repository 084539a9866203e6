"""A speaker's name as a fact-checker writes it (extract/speaker_names.py): what
surrounds the name in its frame is cut away, each case beside a near miss that keeps
its words."""

import datetime as dt

from factcheck.extract.speaker_names import clean, strip_role
from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2012, 10, 30)


def by(text: str, number: str):
    return drafts_by_number("Floods\n" + text, PUBLISHED)[number].by


def test_an_owners_document_with_adjectives_is_the_owners():
    # "the government's initial estimates put ... at 1.3 million" was "government's initial"
    assert by("This year, the government's initial estimates put the number of people "
              "that could be affected by flooding at 1.3 million.", "1.3 million") == "government"
    assert clean("the UN’s latest figures") == "UN"
    # near miss: a paper named by its owner keeps its name
    assert clean("The People’s Daily") == "People’s Daily"
    assert clean("Pakistan’s private Aaj TV") == "Aaj TV"


def test_a_count_after_the_source_is_no_part_of_it():
    # "According to the authorities some 25,000 tareas" was "authorities some 25"
    assert by("According to the authorities some 25,000 tareas of the rice harvest were "
              "damaged.", "some 25,000") == "authorities"


def test_a_press_release_is_its_senders():
    assert by("According to a press release AMISOM Public Information Service sent to WIC, "
              "the floods killed 3 children.", "3") == "AMISOM Public Information Service"
    # near miss: a statement of no one named stays no one's
    assert clean("the joint statement") == ""


def test_a_survivor_or_a_resident_is_a_role_before_the_name():
    d = drafts_by_number("Survivor Paul Serushago was still searching for two family "
                         "members. \"We have been looking for them since Friday,\" he said.",
                         PUBLISHED)
    assert d["Friday"].by == "Paul Serushago"
    assert by("Resident Terry Thompson said about 2,000 people live in the town.",
              "about 2,000") == "Terry Thompson"


def test_the_name_after_a_bodys_office_and_after_a_trade():
    assert clean("the head of the regional Ministry of Energy and Housing and Communal "
                 "Services Denis Arkhipov") == "Denis Arkhipov"
    assert clean("seamstress Josiane Malmann") == "Josiane Malmann"
    # near miss: the place an office is of is no person
    assert clean("mayor of Sobame Da") != "Sobame Da"


def test_the_official_is_the_person_last_named():
    # "5,777 ... displaced" (Mr. Boniface Ortese) and '"... 7,820 persons displaced," the
    # official said' were two voices, a false disagreement of one man's two places
    d = drafts_by_number("Floods\nAccording to the Executive Secretary of SEMA, Mr. Boniface "
                         "Ortese, 5,777 persons were displaced. \"At Demekpe, 7,820 persons "
                         "were displaced,\" the official said.", PUBLISHED)
    assert d["7,820"].by == "Boniface Ortese"
    # near miss: an official is someone else
    d = drafts_by_number("Floods\nUNHCR said 5,777 persons were displaced. \"At Demekpe, 7,820 "
                         "persons were displaced,\" an official said.", PUBLISHED)
    assert d["7,820"].by == "official"


def test_a_source_ends_with_its_sentence_before_a_dash():
    # a page that runs two sentences together with " - " kept the next one's words
    assert clean("multiple reports. - The doctor who stayed") == "multiple reports"
    # near miss: an abbreviation's full stop inside a name ends nothing
    assert clean("the U.S. Geological Survey") == "U.S. Geological Survey"


def test_a_unit_is_no_speaker():
    # "at 4.35 meters the same day in Filstroff ..., reports a regulation": was "meters"
    assert clean("4.35 meters") == ""
    assert clean("meters") == ""
    # near miss: a body's name may hold a unit-like word elsewhere
    assert clean("the Feet First Foundation") == "Feet First Foundation"


def test_a_statement_sent_by_a_body_is_the_bodys():
    assert by("As of Monday, 1.42 million people were affected, according to a statement "
              "sent by the emergency management department of Jiangxi.", "1.42 million") \
        == "emergency management department of Jiangxi"
    # near miss: a body whose name holds "by" keeps it
    assert clean("the Stand by Me Foundation") == "Stand by Me Foundation"


def test_who_a_speaker_is_after_the_name_is_cut_away():
    assert by('"The water is around two meters high," said a woman surnamed Gao whose '
              "family lives nearby.", "around two meters") == "Gao"
    assert by('In Ait Oussalah, 16 people - "10% of the inhabitants", according to '
              "witnesses - were burned alive.", "10%") == "witnesses"
    # near miss: a name with a hyphen keeps it
    assert clean("Ruiz-Tagle") == "Ruiz-Tagle"


def test_a_rank_abbreviated_before_the_name_ends_no_sentence():
    # "Maj. Gen. Michael Dubie": the rank's point cut the speaker to "Vermont National
    # Guard Maj"
    assert by('"I have seen 35 floods," said Vermont National Guard Maj. Gen. '
              "Michael Dubie.", "35") == "Michael Dubie"


def test_a_time_or_an_aside_opening_the_frame_is_no_speaker():
    # "by 10 a.m." was the speaker of "centralized data by 10 a.m. indicated that"
    assert by("Centralized data by 10 a.m. indicated that 214 households were flooded.",
              "214 households") is None
    assert by("In September the International Federation of Red Cross and Red Crescent "
              "Societies said 5,000 people were affected.", "5,000") \
        == "International Federation of Red Cross and Red Crescent Societies"
    assert by("For his part, Ward Councilor Michael Kivuyo said one body had been found.",
              "one") == "Michael Kivuyo"
    # near miss: a body named for a month keeps it
    assert clean("the May 4 Movement") == "May 4 Movement"


def test_a_reverend_and_a_check_of_no_one():
    # "said the Rev. Marvin Burton" was cut to "Rev" at the abbreviation's point
    assert by("Others stayed in two churches in town, said the Rev. Marvin Burton.",
              "two") == "Marvin Burton"
    # "according to the last check at 5:30 p.m." was the speaker "last check"
    assert by("In addition, 652 hotspots were recorded in the state this Thursday, according "
              "to the last check at 5:30 p.m., in the BDQueimadas Program.", "652") is None
    # near miss: a check someone made keeps its maker
    assert by("According to the ministry, 652 hotspots were recorded.", "652") == "ministry"


def test_as_per_an_agencys_reports_is_the_agency():
    # "as per Anadolu Agency (AA) reports" gave "Anadolu Agency reports" and "per Anadolu
    # Agency"
    assert by("Rescue work resumed, as per Anadolu Agency (AA) reports, after 12 people "
              "died.", "12") == "Anadolu Agency"
    # near misses: a body's reports, a name that opens with "Per", and reports of no one
    assert by("According to Reuters reports, 12 people died.", "12") == "Reuters"
    assert clean("Per Jørgensen") == "Per Jørgensen"
    assert clean("Media reports") == "Media reports"



def test_an_office_of_a_country_then_a_person_is_the_person():
    # "says official representative of the IC of Russia Svetlana Petrenko" named
    # "Russia Svetlana Petrenko"
    assert by("''44 victims have turned to hospitals,'' says official representative of "
              "the IC of Russia Svetlana Petrenko.", "44") == "Svetlana Petrenko"
    assert clean("head of the emergency service of South Sudan Peter Lam Both") == \
        "Peter Lam Both"
    # near miss: no country before the words, no person is cut out of them
    office = "head of the regional office of New York Fire Department"
    assert clean(office) == office


def test_the_occasion_of_a_statement_and_a_hyphenated_role_are_cut():
    # "said Governor Patrick Morrisey during a Monday afternoon briefing" and
    # "communications co-ordinator Jessica Tett" were drafted whole
    assert clean("Governor Patrick Morrisey during a Monday afternoon briefing") == \
        "Patrick Morrisey"
    assert clean("communications co-ordinator Jessica Tett") == "Jessica Tett"
    # near miss: a body named with its place stays whole
    assert clean("the Office for Disaster Management in Kathmandu") != "Kathmandu"


def test_a_number_is_no_speaker():
    # "villages one, two, four, and seven reported that 28 fish farmers experienced
    # losses" named "seven" as the speaker
    assert by("In Wang Yen, villages one, two, four, and seven reported that 28 fish "
              "farmers experienced losses.", "28") is None
    assert clean("seven") == "" and clean("12") == ""
    # near miss: a count of people who speak keeps its noun
    assert clean("seven villagers") == "seven villagers"
    # ... nor things counted ("with four mudslides recorded", Express Tribune, holdout746)
    assert clean("four mudslides") == ""
    assert clean("12 houses") == ""


def test_a_months_figures_name_no_one():
    # Chicago Sun-Times (holdout709): "according to the March data" named "March"
    assert clean("the March data") == ""
    assert clean("the January 2020 figures") == ""
    # near misses: a body's figures are the body's, and a person named May speaks
    assert clean("the Census Bureau's data") == "Census Bureau"
    assert clean("May") == "May"


def test_an_investigation_or_images_name_no_one():
    # "Investigation also reveals that", "according to images published on social networks"
    assert clean("Investigation") == ""
    assert clean("images") == ""
    # near misses: whose investigation or analysis is told
    assert clean("the Interior Ministry") == "Interior Ministry"
    assert clean("analysis") == "analysis"


def test_a_person_from_a_place_is_the_person():
    # "said Minister Ali Coskun from Bingol" gave "Ali Coskun from Bingol"
    assert by("Crews were working to rescue up to 140 students, said Minister Ali Coskun "
              "from Bingol.", "up to 140") == "Ali Coskun"
    # near miss: a body from a place keeps its whole name
    assert by("Up to 140 students were buried, said the Red Crescent from Bingol.",
              "Up to 140") == "Red Crescent from Bingol"


def test_a_firms_name_with_a_rank_in_it_stays_whole():
    # was "Electric": "General" read as a rank before a name
    assert strip_role("Portland General Electric") == "Portland General Electric"
    # near misses: a rank or an office before a person's name is dropped
    assert strip_role("Attorney General Merrick Garland") == "Merrick Garland"
    assert strip_role("Secretary General Antonio Guterres") == "Antonio Guterres"


def test_a_report_released_on_a_day_by_a_body_is_the_bodys():
    # was "annual report released today by the United Nations Refugee Agency"
    assert clean("the annual report released today by the UN Refugee Agency") \
        == "UN Refugee Agency"
    assert clean("a statement issued by the ministry") == "ministry"


def test_a_share_of_people_is_no_speaker_and_peoples_is_a_name():
    # was "Nearly half of all Maronites": those polled, what the poll counts
    assert clean("Nearly half of all Maronites") == ""
    assert clean("most of the residents") == ""
    # was "Court of Tianjin": "People's" is part of the court's name, no owner
    assert clean("the Higher People's Court") == "Higher People's Court"
    # near misses: an owner before a name still goes, and a body of people speaks
    assert clean("Pakistan's private Aaj TV") == "Aaj TV"
    assert clean("the residents") == "residents"


def test_a_names_own_document_word_adverbs_after_it_and_a_statements_day():
    # "Palestinian Central Bureau of" (holdout537): "Statistics" after "of" is the name's
    assert by("More than 800,000 were driven out, Palestinian Central Bureau of Statistics "
              "(PCBS) said Tuesday.", "More than 800,000") == \
        "Palestinian Central Bureau of Statistics"
    # near miss: the document of a body named before it is still dropped
    assert by("According to Red Cross statistics, 800,000 were driven out.", "800,000") == \
        "Red Cross"
    # "Japanese media reportedly", "Ministry of the Interior immediately" (holdout533, 536)
    assert by("Up to 12 people were injured, Japanese media reportedly said.", "Up to 12") == \
        "Japanese media"
    assert by("In statistics released by the Ministry of the Interior immediately after the "
              "elections, 19,504 applications came from India.", "19,504") == \
        "Ministry of the Interior"
    # "28 June" was the speaker of "according to a government statement on 28 June"
    assert by("At least 43 people were killed, according to a government statement on 28 June.",
              "At least 43") == "government"
    # and "a police report from Monday morning" is the police's (holdout531)
    assert by("The bus lay 75 meters down, according to a police report from Monday morning.",
              "75 meters") == "police"
    # near miss: the document on a site still gives the site's owner
    assert by("According to information on the Cal Fire website, 500 homes burned.",
              "500") == "Cal Fire"


def test_a_rank_without_its_point_is_a_role():
    # "Lt Gen Ayaz Ahmed" (holdout536)
    assert by("Lt Gen Ayaz Ahmed said 140 people were buried.", "140") == "Ayaz Ahmed"


def test_a_capitalised_document_word_ends_a_body_s_name():
    # BBC (holdout645): "data from the Office for National Statistics said" was cut to
    # "Office for National"
    assert clean("data from the Office for National Statistics") == \
        "Office for National Statistics"
    # near miss: a document's lower-case word is no part of the name
    assert clean("the latest government figures") == "government"


def test_a_place_opening_the_sentence_is_no_person_she_stands_for():
    # redOrbit (holdout643): "Okmok Volcano is highly active, ... she said" gave every
    # count of the sentence to "Okmok Volcano"
    text = ("Jennifer Adleman, a geologist, said the eruption began Saturday. Okmok Volcano "
            "is highly active, with about 16 eruptions since 1805, she said.")
    assert by(text, "about 16") == "Jennifer Adleman"
    # near miss: a person opening the sentence is the one "she" stands for
    text = ("Jennifer Adleman, a geologist, said the eruption began Saturday. Mariah King "
            "sobbed as she described how 16 cows died, she said.")
    assert by(text, "16") == "Mariah King"
