"""The measure words a number may take from its sentence (extract/measure_hits.py):
each case a word of the sentence that named a count it does not measure, beside a
near miss where the word does measure it."""

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2016, 7, 6)


def quantity(text: str, number: str) -> str:
    return drafts_by_number(text, PUBLISHED)[number].quantity


def test_lives_are_a_toll_only_when_lost():
    # "16,000 people whose lives were threatened ... were relocated" was caidian.killed
    text = ("Floods hit Wuhan. More than 16,000 people whose lives were threatened by "
            "fragile dikes were relocated from Caidian District to safety.")
    assert quantity(text, "More than 16,000") == "caidian.evacuated"
    # near misses: lives claimed, lives lost
    assert quantity("The quake in Nepal has claimed 2,500 lives.", "2,500") == "nepal.killed"
    assert quantity("In Nepal, 50 lives were lost.", "50") == "nepal.killed"


def test_people_who_lost_everything_are_alive():
    # "Four hundred people from 53 families lost absolutely everything" was the toll
    d = drafts_by_number('Floods hit Uzbekistan. "Four hundred people from 53 families lost '
                         'absolutely everything."', PUBLISHED)
    assert not d["Four hundred"].quantity.endswith(".killed")
    assert not d["53 families"].quantity.endswith("killed_households")
    # near miss: people who lost their lives
    assert quantity("In Uzbekistan, 12 people lost their lives.", "12") == "uzbekistan.killed"


def test_entering_a_house_crosses_no_border():
    # "We entered a house to rescue two children" made the two corbu.departed
    text = "Floods hit Romania. We entered a house to rescue two children in Corbu."
    assert not quantity(text, "two").endswith(".departed")
    # near miss: people who entered a country arrived there
    assert quantity("War in Ukraine. Some 300 refugees entered Poland on Monday.",
                    "Some 300").startswith("ukraine.departed")


def test_people_sent_to_hospitals_are_hospitalised():
    # "packed with people, sending more than two dozen to hospitals" was tulsa.aboard
    text = ("A tornado smashed into a shopping district of Tulsa just hours after it was "
            "packed with people, sending more than two dozen to hospitals.")
    assert quantity(text, "more than two dozen") == "tulsa.hospitalized"
    # near miss: a bus packed with people carries them
    assert quantity("A bus packed with 40 people crashed in Tulsa.", "40") == "bus.aboard"


def test_the_dead_of_one_cause_are_a_part_of_the_toll():
    # "two people died of heart attacks as a result of the quake" was baku.killed,
    # against "killing at least three people"
    text = ("A strong earthquake rocked Baku, killing at least three people. State "
            "television reported that two people died of heart attacks as a result of the "
            "quake.")
    assert quantity(text, "at least three") == "baku.killed"
    assert quantity(text, "two") == "baku.killed_heart_attacks"


def test_people_who_lost_contact_and_a_part_told_of_them_are_no_toll():
    # "around 150 residents lost contact with the rest of the country" was sulori.killed
    text = ("Floods hit Georgia. The central road in Sulori village was washed away and as a "
            "result around 150 residents lost contact with the rest of the country.")
    assert quantity(text, "around 150").startswith("unnamed_")
    # "killed at least 111 people, dozens of them villagers who had taken shelter" made
    # the dozens china.sheltered
    text = ("A typhoon struck China and killed at least 111 people, dozens of them villagers "
            "who had taken shelter in a house.")
    assert not quantity(text, "dozens").endswith(".sheltered")
    # near miss: people who took shelter, counted as such
    assert quantity("In China, 300 people took shelter in schools.", "300") == \
        "china.sheltered"


def test_people_who_lost_most_of_their_belongings_are_alive():
    # "Hundreds of people in Phase 6 location lost most of their belongings" was a toll
    assert not quantity("Storms hit Mangaung. Hundreds of people in Mangaung lost most of "
                        "their belongings.", "Hundreds").endswith(".killed")
    assert not quantity("In Mangaung, ten people lost their loved ones.", "ten").endswith(
        ".killed")
    # near miss: their own lives
    assert quantity("In Mangaung, ten people lost their lives.", "ten") == "mangaung.killed"


def test_the_size_of_a_group_one_of_whom_died_is_no_toll():
    # "one person from a group of five foreign tourists died" drafted five as the toll
    text = ("An avalanche struck Tromso, where one person from a group of five foreign "
            "tourists died.")
    assert not quantity(text, "five").endswith(".killed")
    # near miss: a group counted as what befell it
    assert quantity("An avalanche struck Tromso. A group of 12 hikers was stranded near "
                    "Tromso.", "12") == "tromso.stranded"


def test_the_whole_of_a_partitive_takes_its_noun_not_the_parts_verb():
    # "150,000 of the region's 1.9 million residents have been left without power": the
    # 1.9 million were primorye.without_power, the residents the region's population
    text = ("Typhoon Maysak hit Primorye. More than 150,000 of the region's 1.9 million "
            "residents have been left without power, state media reported.")
    assert quantity(text, "1.9 million") == "primorye.population"
    # "two of nine crew members were killed" in a story whose toll is three: the two
    # were the toll and the nine its crew_killed, a false disagreement of 2 against 3
    text = "Typhoon Maysak hit Primorye. Prosecutors said two of nine crew members were killed."
    assert quantity(text, "two").startswith("unnamed_")
    assert quantity(text, "nine") == "primorye.crew"
    assert quantity("Floods hit Primorye. Two of the nine passengers died.",
                    "nine") == "primorye.passengers"


def test_near_misses_the_whole_keeps_what_is_its_own():
    # the dead are the dead; a relative clause speaks of the whole; the verb before
    # the part is the part's
    assert quantity("Floods hit Recife. The mayor said 79 of the 84 victims had died "
                    "between Friday night and Sunday.", "84") == "recife.killed"
    text = "Floods hit Recife. Five of the 20 people who were injured died in hospital."
    assert quantity(text, "Five") == "recife.killed"
    assert quantity(text, "20") == "recife.injured"
    assert quantity("A plane crashed in Recife, killing 158 of the 166 passengers on board.",
                    "158") == "plane.killed"


def test_a_part_of_them_in_a_clause_of_its_own_is_not_the_earlier_verbs():
    text = ("A fire broke out at the Kostenko mine. As of 12 p.m., 206 out of 252 people "
            "were evacuated, and 18 of them sought medical help.")
    assert quantity(text, "18") == "kostenko.sought_care"  # its own verb, not "evacuated"
    assert quantity(text, "252").startswith("unnamed_")  # the miners underground


def test_a_verb_of_many_others_after_the_number_is_theirs():
    # "thousands that have been rendered destitute, ... and many people injured" was
    # zomba.injured
    text = ("Floods hit Zomba. This is in addition to thousands that have been rendered "
            "destitute, houses and crops destroyed and many people injured.")
    assert quantity(text, "thousands").startswith("unnamed_")
    # near misses: the number's own verb, and "more" people of its own
    assert quantity("Floods hit Zomba. Some 300 people were injured.", "Some 300") \
        == "zomba.injured"
    assert quantity("Floods hit Zomba. Four more people died on Sunday.", "Four") \
        .endswith("killed_daily")


def test_a_part_of_those_counted_before_of_the_same_kind_is_no_rival_of_the_whole():
    # "injured 850 ... of those wounded, 750 had “minor injuries”": 750 was iran.injured,
    # a false disagreement with 850
    text = ("The quake injured 850 in Iran. The governor said that of those wounded, 750 "
            "had “minor injuries” and the rest were sent to hospitals.")
    assert quantity(text, "850") == "iran.injured"
    assert quantity(text, "750").startswith("unnamed_")
    # near miss: a part that says its own kind keeps it
    text = "Floods displaced 900 people in Mandi. Of these, 233 were evacuated by boat."
    assert quantity(text, "233") == "mandi.evacuated"


def test_people_a_service_reached_are_its_recipients():
    # IOM Haiti: "provided care to hundreds of displaced individuals" was
    # port_au_prince.displaced, against the 41,000 displaced (a false disagreement)
    text = ("Gangs hit Port-au-Prince. On-site medical interventions provided care to "
            "hundreds of displaced individuals in Port-au-Prince.")
    assert quantity(text, "hundreds") == "port_au_prince.assisted"
    text = "Floods hit Haiti. Water was delivered to over 15,000 internally displaced persons."
    assert quantity(text, "over 15,000") == "haiti.assisted"
    # near miss: the displaced themselves, no service before the number
    text = "Gangs hit Port-au-Prince. Hundreds of people were displaced in Port-au-Prince."
    assert quantity(text, "Hundreds") == "port_au_prince.displaced"


def test_a_verb_whose_clause_has_a_subject_of_its_own_measures_no_count_before_it():
    # Al Jazeera Lagos: "thousands of people swarmed around the accident site, erupting
    # into cheers as limp forms were pulled from the rubble" was lagos.rescued, against
    # the 40 pulled out alive (a false disagreement)
    text = ("Police shovelled debris away in Lagos as thousands of people swarmed around the "
            "site, erupting into cheers as limp forms were pulled from the rubble.")
    assert not quantity(text, "thousands").endswith(".rescued")
    # near miss: the count's own verb after it, with no subject between
    text = "In Lagos, 40 people were pulled from the rubble as the rain fell."
    assert quantity(text, "40") == "lagos.rescued"
    # the clause of "when" ends at its verb: "were rescued" is the miners'
    text = ("At least eight miners in Coahuila who had been near the exit when the explosion "
            "occurred were rescued.")
    assert quantity(text, "At least eight") == "coahuila.rescued"


def test_patients_flocking_to_hospitals_are_not_the_hospitalized():
    # Portland Press Herald: "tens of thousands of patients flocking to hospitals" was
    # united_states.hospitalized, against the CDC's "Nearly 12,000 people have been
    # hospitalized" (a false disagreement)
    text = "In Maine, tens of thousands of patients are flocking to hospitals with the flu."
    assert quantity(text, "tens of thousands") == "maine.sought_care"
    # near miss: people sent to hospitals were admitted there
    assert quantity("In Maine, two dozen were taken to hospitals.", "two dozen") \
        == "maine.hospitalized"


def test_people_interviewed_are_no_count_of_the_group():
    # The Daily Star: "who interviewed hundreds of newly arrived Rohingyas" was
    # rohingyas.departed, against the adviser's "around 8,000" (a false disagreement)
    text = ("Saiful Arkani, who interviewed hundreds of newly arrived Rohingyas in Cox's "
            "Bazar, said conditions were bad.")
    assert not quantity(text, "hundreds").endswith(".departed")
    assert not quantity(text, "hundreds").endswith(".arrived")
    # near miss: the newly arrived themselves
    text = "Hundreds of Rohingyas have newly arrived in Cox's Bazar."
    assert quantity(text, "Hundreds").endswith((".departed", ".arrived"))


def test_a_hazard_counts_no_one_hurt():
    # Globe Live Media (holdout763): "thousands of people who work at high risk of injury
    # or death" was `indonesia.injured + indonesia.killed`, a unit error beside "two
    # injuries"
    d = drafts_by_number("Landslide at a mine\n\nThe search found two injured miners in "
                         "Indonesia. Informal mines give a livelihood to thousands of people "
                         "who work at high risk of injury or death.", PUBLISHED)
    assert "killed" not in d["thousands"].quantity and "injured" not in d["thousands"].quantity
    # near miss: people hurt are counted
    d = drafts_by_number("Landslide at a mine\n\nThe landslide injured 14 people in "
                         "Indonesia.", PUBLISHED)
    assert d["14"].quantity == "indonesia.injured"


def test_a_count_that_acts_after_and_is_no_object_of_the_verb_before():
    # Washington Post (holdout773): "one inmate shot and wounded another Sunday night and
    # dozens of members of three gangs began fighting" drafted the gangs as wounded,
    # against "Eighteen were injured"
    d = drafts_by_number("Prison fire\n\nIn Higuey, one inmate shot and wounded another on "
                         "Sunday night and dozens of members of three gangs began fighting.",
                         PUBLISHED)
    assert "injured" not in d["dozens"].quantity
    # near miss: a count the verb before acts on stays its object
    d = drafts_by_number("Prison fire\n\nIn Higuey, the fire killed 134 inmates and injured "
                         "dozens of people.", PUBLISHED)
    assert d["dozens"].quantity == "higuey.injured"


def test_the_word_of_an_opening_in_addition_to_is_another_counts():
    # AP on UNICEF's page (holdout802): "In addition to the families made homeless,
    # several people who were fishing ... were killed" was `myanmar.homeless`, against
    # the 18,000 homeless
    d = drafts_by_number("A cyclone hit Rakhine, leaving 1,350 families homeless. In addition "
                         "to the families made homeless, several people who were fishing in "
                         "the sea and working in aquaculture farms along the coast were "
                         "killed, reported the newspaper.", PUBLISHED)
    assert d["several"].quantity == "rakhine.killed"
    # near miss: a count's own word after "in addition to" in the middle of a sentence
    d = drafts_by_number("A cyclone hit Rakhine. It killed 20, in addition to 300 homeless.",
                         PUBLISHED)
    assert d["300"].quantity == "rakhine.homeless"
