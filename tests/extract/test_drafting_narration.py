"""Speakers by class: a clause or appositive that describes a named person is the
outlet's own voice; "the agency" and "the statement" point back to the last named
body, not to a person named since; a pointer inside a named speaker's "that" clause
is that speaker's report. Near misses keep their speakers."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2024, 3, 6)


def by(text: str, number: str):
    return drafts_by_number(text, PUBLISHED)[number].by


def test_a_clause_about_the_speaker_is_the_outlets_voice():
    text = ('"I saw bodies being carried away," said Ma, who had arrived with 20 other '
            "volunteers Monday.")
    assert by(text, "20") is None
    text = ("said Kyle McCombs, chief of staff at the medical center, where he has worked "
            "for more than 12 years.")
    assert by(text, "more than 12 years") is None
    text = "Kadjidja, a woman of about 50, said she had walked for days."
    assert by(text, "about 50") is None


def test_near_misses_a_where_clause_of_a_place_and_a_clause_that_reports():
    # a place's clause, then the speaker: the speaker's figure
    text = "The worst-hit city was Muzaffarabad, where 11,000 died, Sherpao said."
    assert by(text, "11,000") == "Sherpao"
    # the described person reports the number himself
    text = ('"It is the largest disaster in years," said Donnie Smith, an official, who '
            "said that storms had killed 40 people.")
    assert by(text, "40") == "Donnie Smith"
    # an appositive that names no person: the frame's speaker
    text = "According to the Ministry of Health, a total of 14,023 people have recovered."
    assert by(text, "14,023") == "Ministry of Health"


def test_the_agency_and_the_statement_point_back_to_the_last_body():
    text = ("UNHCR said 300 people arrived. President Pierre Nkurunziza announced plans "
            "to run again. The statement added that 1,700 refugees have arrived in Congo.")
    assert by(text, "1,700") == "UNHCR"
    text = ("UNHCR said 3,500 Afghans entered Pakistan. \"We are worried,\" spokesman Ron "
            "Redmond said. The airlift arrived with 10,000 blankets, the agency said.")
    assert by(text, "10,000") == "UNHCR"


def test_he_points_back_to_the_last_speaker_even_after_a_body():
    text = ("UNHCR said 300 people arrived. Ron Redmond said the camp was full. He said "
            "40 more came.")
    assert by(text, "40") == "Ron Redmond"


def test_a_pointer_inside_a_named_speakers_that_clause_is_his_report():
    text = ('"Where is the money?" Mr. Redmond said, noting that the agency estimated it '
            "needed $50 million.")
    assert by(text, "$50 million") == "Mr. Redmond"


def test_she_is_the_person_the_narration_named_since_the_last_speaker():
    text = ('"It is bad," Scott Baker said.\n\nSome had not chosen to come. Jennifer Olson '
            "had been in a hospital in Little River, S.C.\n\n"
            '"They cleared out 75 percent of the patients," she said.')
    assert by(text, "75 percent") == "Jennifer Olson"


def test_near_misses_a_speaker_named_after_the_person_and_they():
    # the person is named, then another speaker: "he" is the speaker's
    text = ("Jennifer Olson had been in a hospital. Scott Baker said the road was shut. "
            "He said 40 cars were stuck.")
    assert by(text, "40") == "Scott Baker"
    # "they" points to no person
    text = ('"It is bad," Scott Baker said. Jennifer Olson had been in a hospital. '
            '"We saw 40 cars stuck," they said.')
    assert by(text, "40") != "Jennifer Olson"


def test_a_line_break_ends_a_sentence_after_an_abbreviation():
    from factcheck.extract.text import Sentences

    text = "She lives in Little River, S.C.\n\nThey cleared out 75 percent."
    sentences = Sentences(text)
    assert text[sentences.around(text.index("They")).start:].startswith("They")
    # near miss: an abbreviation inside a line is no sentence end
    text = "She met Gov. Cooper in Raleigh."
    assert Sentences(text).around(text.index("Cooper")).start == 0


def test_a_report_inside_a_quotation_is_the_quotations_speaker():
    text = ('Gov. Roy Cooper said 20,000 people were in shelters.\n\n"If the rain had been '
            "— they said 20 inches like with Floyd [in 1999] — I'd be at home,\" Scott "
            "Baker told NPR.")
    assert by(text, "20 inches") == "Scott Baker"
    # the editor's brackets inside the quotation are the outlet's own words
    assert by(text, "1999") is None


def test_near_miss_they_outside_a_quotation_keeps_the_last_speaker():
    text = "Gov. Roy Cooper spoke on Friday. They said 20 inches of rain fell in Wilmington."
    assert by(text, "20 inches") != "Scott Baker"


def test_an_active_quoted_as_saying_gives_the_person_quoted():
    text = ('"We have already evacuated three lakh (300,000) people," PTI quoted Chief '
            "Minister Naveen Patnaik as saying.")
    assert by(text, "300,000") in ("Naveen Patnaik", "Chief Minister Naveen Patnaik")
    # near miss: the passive keeps its subject
    text = "Patnaik was quoted by PTI as saying that 300,000 people had been evacuated."
    assert by(text, "300,000") == "Patnaik"


def test_one_of_after_the_speaker_describes_it():
    text = ("The dam began weakening on Friday, said Korea Western Power, one of two South "
            "Korean partners in the project.")
    assert by(text, "two") is None
    # near miss: "one of" inside the speaker's own clause before the verb
    text = "One of the officials said two people died in Attapeu."
    assert by(text, "two") is not None


def test_a_body_that_verified_or_documented_speaks():
    text = "So far this year, the World Health Organization has verified 62 attacks in Sudan."
    assert by(text, "62") == "World Health Organization"
    # near miss: a passive "were verified" has no speaker
    assert by("In Sudan, 62 attacks were verified this year.", "62") is None


def test_official_figures_are_cited_as_such_the_latest_name_no_one():
    # "official figures" are the state's, and fact-checkers cite them so (never as
    # "official", the word left once the document word goes)
    text = ("Last year, floods killed more than 600 people in Nigeria, according to official "
            "figures.")
    assert by(text, "more than 600") == "official figures"
    assert by("Floods killed 600 people in Nigeria, according to the latest figures.",
              "600") is None
    # near miss: figures of a body are the body's
    assert by("Floods killed 600 people in Nigeria, according to government figures.",
              "600") == "government"
