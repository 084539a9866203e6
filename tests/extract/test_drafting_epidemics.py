"""An epidemic's counts: cases by status, new cases apart from the total, people
vaccinated; a disease is no place."""

from __future__ import annotations

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2018, 8, 18)


def drafts(text: str) -> dict:
    return drafts_by_number(text, PUBLISHED)


def test_cases_are_counted_by_their_status():
    d = drafts("In Mbandaka, Congo, the health ministry says there are now 28 confirmed "
               "Ebola cases, 21 probable ones and 12 suspected.")
    assert d["28"].quantity == "mbandaka.confirmed_cases"
    assert d["21"].quantity == "mbandaka.probable_cases"
    assert d["12"].quantity == "mbandaka.suspected_cases"


def test_cases_a_verb_confirms_are_confirmed_cases():
    d = drafts("In Vubwi, four cholera cases have been confirmed, officials said.")
    assert d["four"].quantity == "vubwi.confirmed_cases"
    d = drafts("In Vubwi, the district has confirmed four cases of cholera.")
    assert d["four"].quantity == "vubwi.confirmed_cases"
    # near misses: cases reported, and cases with a status of their own
    d = drafts("In Vubwi, four cholera cases have been reported, officials said.")
    assert d["four"].quantity == "vubwi.cases"
    d = drafts("In Vubwi, seven suspected cases have been confirmed negative.")
    assert d["seven"].quantity == "vubwi.suspected_cases"


def test_new_cases_are_not_the_total():
    d = drafts("In Congo, the health ministry has announced 16 new confirmed cases of the "
               "Ebola virus and 12 new suspected cases.")
    assert d["16"].quantity == "congo.new_confirmed_cases"
    assert d["12"].quantity == "congo.new_suspected_cases"
    d = drafts("In Peru, 4,000 cases of dengue were reported.")
    assert d["4,000"].quantity == "peru.cases"


def test_near_misses_are_no_cases():
    # a status word with no cases before it counts nothing of an epidemic
    d = drafts("In Peru, 40 people were killed and 12 remain suspected.")
    assert "cases" not in d["12"].quantity
    # a status word after a number of people, with no cases named: no cases
    d = drafts("In Peru, 12 confirmed dead were buried.")
    assert "cases" not in d["12"].quantity


def test_a_disease_is_no_place():
    d = drafts("The outbreak of Ebola in Congo has killed 27 people.")
    assert d["27"].quantity == "congo.killed"


def test_people_who_received_vaccinations_are_vaccinated_not_arrivals():
    d = drafts("A dozen health workers in Mbandaka have received vaccinations.")
    assert d["A dozen"].quantity == "mbandaka.vaccinated"
    d = drafts("In Mbandaka, 300 refugees were received at the camp.")
    assert d["300"].quantity != "mbandaka.vaccinated"


def test_a_temperature_scale_is_no_place():
    d = drafts("In Karachi, the maximum temperature is expected to remain at 43 degree "
               "Celsius during the period.")
    assert not d["43 degree Celsius"].quantity.startswith("celsius.")


def test_patients_who_recovered_and_those_still_treated_are_counts_of_their_own():
    d = drafts("A total of 14,023 people have recovered and 571 are currently in the "
               "treatment centres in Malawi.")
    assert d["14,023"].quantity == "malawi.recovered"
    assert d["571"].quantity == "malawi.in_treatment"


def test_what_a_camp_can_hold_is_its_capacity():
    d = drafts("About 14,772 people are in Lusenda camp, which is nearing its capacity "
               "of 18,000.")
    assert d["18,000"].quantity == "lusenda.capacity"
    # and the people staying in camps are sheltered there
    d = drafts("More than 6,000 refugees are staying in camps in Adjumani.")
    assert d["More than 6,000"].quantity == "adjumani.sheltered"


def test_what_a_site_could_host_is_its_capacity_not_a_forecast():
    d = drafts("The site in Maltam could host up to 100,000 people.")
    assert d["up to 100,000"].quantity == "maltam.capacity"
    # near miss: people who could flee there are a forecast of a flight
    d = drafts("Officials said 5,000 people could flee Kousseri.")
    assert d["5,000"].quantity == "kousseri.departed_forecast"


def test_respectively_gives_each_number_its_own_noun():
    d = drafts("In Malawi, the cumulative confirmed cases and deaths reported since the "
               "onset of the outbreak is 15,064 and 470 respectively.")
    assert d["15,064"].quantity == "malawi.confirmed_cases"
    assert d["470"].quantity == "malawi.killed"
    # near miss: three numbers for two nouns is no match; read as before (nearest)
    d = drafts("In Malawi, deaths and injuries numbered 12, 30 and 40 respectively.")
    assert d["12"].quantity == "malawi.injured"
    # (30 and 40, read the same way, cannot be the same count as 12 in one voice)
    assert d["30"].quantity.startswith("unnamed_") and d["40"].quantity.startswith("unnamed_")


def test_a_case_fatality_rate_is_deaths_per_case_of_the_kind_it_says():
    d = drafts("In Malawi, 470 people have died, with the Case Fatality Rate at 3.12%.")
    assert d["3.12%"].quantity == "malawi.killed / malawi.cases"
    d = drafts("In Malawi, 470 people have died, a case fatality rate of 3.12% among "
               "confirmed cases.")
    assert d["3.12%"].quantity == "malawi.killed / malawi.confirmed_cases"
    # was killed / confirmed_cases, held against the 16,518 confirmed cases (839 is 5.08%
    # of them): an error, the agency contradicting itself, where the rate was of all cases
    d = drafts("In Nigeria, the NCDC counted 16,518 confirmed cases. It said the disease has "
               "killed 839 persons with a case fatality rate of 5.0 per cent.")
    assert d["5.0 per cent"].quantity == "nigeria.killed / nigeria.cases"
    # near miss: a share of the people who died is of the population
    d = drafts("In Malawi, 3% of the population have died, a fatality rate unseen.")
    assert d["3%"].quantity == "malawi.killed / malawi.population"


def test_a_holiday_is_no_place():
    d = drafts("The cholera outbreak in Malawi has killed 13 people on Christmas day.")
    assert d["13"].quantity.startswith("malawi.")


def test_a_state_housing_people_shelters_them():
    d = drafts("As of Friday, the state of North Carolina was housing almost 20,000 people in 157 "
               "shelters.")
    assert d["almost 20,000"].quantity == "north_carolina.sheltered"


def test_a_fever_or_virus_names_a_disease_no_place_and_lab_confirmed_cases_are_confirmed():
    d = drafts("The minister said the outbreak of Lassa fever has affected 15 states in "
               "Nigeria with 105 laboratory confirmed cases and 12 lab-confirmed cases in "
               "Edo.")
    assert d["15"].quantity == "nigeria.states_affected"  # not lassa's
    assert d["105"].quantity == "nigeria.confirmed_cases"
    assert d["12"].quantity == "edo.confirmed_cases"
    # near misses: a place with the same name stays one, and laboratory staff are no cases
    d = drafts("In West Nile, 40 people died and 8 laboratory staff were evacuated.")
    assert d["40"].quantity == "west_nile.killed"
    assert not d["8"].quantity.endswith("cases")


def test_the_number_of_cases_reached_and_a_ministry_owned_by_a_country():
    d = drafts_by_number(
        "Cholera hits Kosti\n\nAccording to the latest figures from Sudan’s Health "
        "Ministry, the total number of cholera cases in the country has reached 53,735, "
        "with 1,430 deaths since the outbreak began.", dt.date(2025, 6, 1))
    assert d["53,735"].quantity == "sudan.cases"
    # the ministry a country owns is a body, not a place: the deaths are the country's
    assert d["1,430"].quantity == "sudan.killed"
    # near miss: a place a country owns after "from" stays a place
    d = drafts_by_number("Floods hit India\n\nPeople fled from India’s Kerala, where 40 "
                         "people died.", dt.date(2025, 6, 1))
    assert d["40"].quantity == "kerala.killed"


def test_the_date_of_the_outbreak_is_its_start():
    d = drafts_by_number("Cholera in Sudan\n\nSudan has 1,430 deaths since the outbreak in "
                         "August 2024.", dt.date(2025, 6, 1))
    assert d["August 2024"].quantity == "outbreak.start"
    # near miss: the outbreak of a war is the war's
    d = drafts_by_number("War in Sudan\n\nSince the outbreak of war in 2023, the army has "
                         "lost ground.", dt.date(2025, 6, 1))
    assert not d["2023"].quantity.startswith("outbreak")


def test_a_disease_named_after_a_place_is_no_place():
    # "Middle East Respiratory Syndrome": the disease's name holds a place's
    d = drafts("South Korea's health ministry reported three new cases of Middle East "
               "Respiratory Syndrome on Tuesday, taking the total to 175.")
    assert d["175"].quantity == "south_korea.cases"


def test_figures_that_bring_the_total_number_of_cases_to_a_level():
    d = drafts_by_number("Typhoid is back in Harare. These new figures bring the total number "
                         "of suspected cases to 2 232.", dt.date(2018, 1, 17))
    assert d["2 232"].quantity == "harare.suspected_cases"
    # near miss: bringing aid to a number of people is no level of a count
    d = drafts_by_number("In Harare, volunteers brought food to 300 families.",
                         dt.date(2018, 1, 17))
    assert d["300 families"].quantity == "harare.assisted_households"


def test_counts_worldwide_are_the_worlds_and_a_rate_said_before_is_yearly():
    d = drafts_by_number("Iraq has recorded 13 cholera cases. Researchers estimate that "
                         "annually there are between 1.3 million and four million cases of "
                         "cholera worldwide, leading to between 21,000 and 143,000 deaths.",
                         dt.date(2022, 6, 19))
    assert d["between 1.3 million and four million"].quantity == "world.cases_yearly"
    assert d["between 21,000 and 143,000"].quantity.startswith("world.killed")
    assert d["13"].quantity == "iraq.cases"  # near miss: the country's own count


def test_a_count_since_a_date_starts_the_storys_own_event():
    d = drafts_by_number("Cholera in Mozambique\n\nThe cholera outbreak has spread. A total "
                         "of 111 people have died due to cholera since September 2022 in "
                         "Mozambique.", dt.date(2023, 2, 10))
    assert d["September 2022"].quantity == "outbreak.start"
    # a speaker's own tally since a date is theirs, not the story's event (two starts
    # of one name from two speakers would be held against each other)
    d = drafts_by_number("Cholera in Zimbabwe\n\nThe cholera outbreak in Zimbabwe has killed "
                         "2,106 people since August. \u201cSince September, we have seen 2,108 "
                         "cholera patients,\u201d a Zambian official said.", dt.date(2009, 1, 20))
    assert d["August"].quantity == "outbreak.start"
    assert d["September"].quantity != "outbreak.start"
    # near misses: a record's year, and a span from its start to its end
    d = drafts_by_number("Cholera in Mozambique\n\nThe cholera outbreak has spread. It has "
                         "killed 111 people, the most since 2001.", dt.date(2023, 2, 10))
    assert not d["2001"].quantity.startswith("outbreak.")
    d = drafts_by_number("Cholera in Mozambique\n\nThe cholera outbreak has spread. 111 "
                         "people have died from Monday to Friday.", dt.date(2023, 2, 10))
    assert not any(q.quantity.endswith(".start") for q in d.values())


def test_a_tally_by_country_each_place_its_count_and_its_part():
    d = drafts("Mpox has spread in the Democratic Republic of the Congo. Congo has recorded "
               "16,700 confirmed or suspected cases of mpox, including more than 570 deaths.")
    assert d["16,700"].quantity == "democratic_republic_of_congo.cases"  # both kinds
    assert d["more than 570"].quantity == "democratic_republic_of_congo.killed"
    d = drafts("South Africa recorded 24 confirmed cases, including three deaths, and "
               "Cameroon five confirmed cases, including two deaths.")
    assert d["24"].quantity == "south_africa.confirmed_cases"
    assert d["24"].by is None  # a country's tally, no one speaking
    assert d["three"].quantity == "south_africa.killed"  # of the count it is part of
    assert d["two"].quantity == "cameroon.killed"
    d = drafts("Burundi has over 100 cases, while Nigeria has 39, Liberia has five and "
               "Kenya has 1 confirmed case.")
    assert d["39"].quantity == "nigeria.cases"  # the measure told once, with the first
    assert d["five"].quantity == "liberia.cases"
    assert d["1"].by is None  # "1 confirmed case": an adjective, no speaker "1"


def test_near_misses_a_part_of_its_own_measure_and_a_number_with_its_own_noun():
    # "26 soldiers including two from Nigeria": the same measure, not the place's own
    d = drafts("The attack killed 26 soldiers in Bosso including two from Nigeria.")
    assert d["two"].quantity != "bosso.killed"
    # the item says what it counts: its own measure
    d = drafts("Burundi has over 100 cases, while Nigeria has 39 deaths.")
    assert d["39"].quantity == "nigeria.killed"
    # no earlier item of the same shape: what 39 counts is unsaid
    d = drafts("Over 100 cases were recorded in Burundi, while Nigeria has 39.")
    assert d["39"].quantity != "nigeria.cases"


def test_a_headlines_capitalised_cases_are_cases_not_the_toll_before_them():
    # "Death Toll Tops 1,000, More Than 20,000 Cases": drafted as the toll, the 20,000
    # disagreed with the ministry's 1,115 dead
    d = drafts("India Swine Flu: Death Toll Tops 1,000, More Than 20,000 Cases\nThe Health "
               "Ministry said 1,115 of the 20,795 people infected in India have died.")
    assert d["More Than 20,000"].quantity == "india.cases"
    assert d["Tops 1,000"].quantity == "india.killed"
    # a disease's capitalised name still sits before its cases; a capitalised word
    # after the number that is no case stays out
    d = drafts("Uganda reports 12 new Ebola cases in Kampala.")
    assert d["12"].quantity == "kampala.new_cases"


def test_a_rate_is_over_the_kind_of_cases_its_sentence_names_across_their_disease():
    # was killed / cases, held against "the three case patients": an error
    d = drafts("In Benin, four confirmed Lassa fever cases, including one death (case fatality "
               "ratio 25%), were reported. All the three case patients tested positive.")
    assert d["25%"].quantity == "benin.killed / benin.confirmed_cases"
    # near miss: more than three words between names no kind
    d = drafts("In Benin, the confirmed reports of Lassa fever in the cases, with one death "
               "(case fatality ratio 25%), rose.")
    assert d["25%"].quantity == "benin.killed / benin.cases"
