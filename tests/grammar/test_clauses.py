"""A clause about the future, in an article or in a claim's quote: then its weekday
or day with no year is the first such day on or after the anchor."""

from __future__ import annotations

import datetime as dt

from factcheck.grammar import parse_value
from factcheck.grammar.clauses import Sentences, clause_around, future_date_in

# Wednesday 6 April 2011: the Thursday before is 31 March, the next one 7 April.
ANCHOR = dt.date(2011, 4, 6)
NEXT_THURSDAY = dt.date(2011, 4, 7).toordinal()
LAST_THURSDAY = dt.date(2011, 3, 31).toordinal()


def forward(value: str):
    return parse_value(value, anchor=ANCHOR, future=True)


def test_hand_worked_days():
    assert (forward("on Thursday").low, forward("on Thursday").high) == (
        NEXT_THURSDAY, NEXT_THURSDAY)
    past = parse_value("on Thursday", anchor=ANCHOR)
    assert (past.low, past.high) == (LAST_THURSDAY, LAST_THURSDAY)


def test_a_future_clause_holding_the_date():
    quote = ("those who had been rescued will be taken to the reception centres on "
             "the Italian mainland on Thursday")
    assert future_date_in(quote, forward("on Thursday"), ANCHOR)
    assert future_date_in("The convoy is scheduled for Thursday", forward("Thursday"), ANCHOR)
    assert future_date_in("Talks are due to resume on 12 April", forward("12 April"), ANCHOR)


def test_near_misses_past_or_another_clause_or_a_cause():
    # the past tense
    assert not future_date_in("the survivors were taken to the island on Thursday",
                              forward("on Thursday"), ANCHOR)
    # the future is another clause's ("that" opens it): the saying was on Thursday
    assert not future_date_in("Officials said on Thursday that 40 people will be moved",
                              forward("on Thursday"), ANCHOR)
    # "due to" giving a cause, after a past verb or before a determiner
    assert not future_date_in("Two people died due to floods on Thursday",
                              forward("on Thursday"), ANCHOR)
    assert not future_date_in("The road closed due to the storm on Thursday",
                              forward("on Thursday"), ANCHOR)
    # the future is said after the day, of something else: the burial
    assert not future_date_in("Those who died on Thursday will be buried in Lampedusa",
                              forward("on Thursday"), ANCHOR)
    # the quote holds another day than the value
    assert not future_date_in("They will leave on Friday", forward("on Thursday"), ANCHOR)


def test_clauses_split_at_punctuation_and_clause_words():
    text = "The mayor said on Monday, before the vote, that 200 people will leave."
    sentences = Sentences(text)
    start = text.index("200")
    clause = clause_around(text, sentences.around(start), start, start + 3)
    assert text[clause.start:clause.end] == "that 200 people will leave."


def test_plans_aims_and_what_is_set_or_expected_are_the_future():
    assert future_date_in("The government plans to end the search on Thursday",
                          forward("on Thursday"), ANCHOR)
    assert future_date_in("Rescuers are expected to reach the island on Thursday",
                          forward("on Thursday"), ANCHOR)
    assert future_date_in("The ferry is set to leave on Thursday", forward("on Thursday"),
                          ANCHOR)
    # (was the Thursday before, holdout718)
    assert future_date_in("The minister is scheduled to travel to the region on Thursday",
                          forward("on Thursday"), ANCHOR)
    assert not future_date_in("The convoy was scheduled to leave on Thursday",
                              forward("on Thursday"), ANCHOR)  # near miss: a past plan
    assert future_date_in("The reservoir is likely to dry up by Thursday",
                          forward("Thursday"), ANCHOR)


def test_a_day_set_as_a_deadline_is_still_to_come():
    # was the Thursday before: "set Thursday as a deadline" names a day to come
    assert future_date_in("Authorities have set Thursday as a deadline to get the camp "
                          "cleaned up", forward("Thursday"), ANCHOR)
    # near misses: a deadline gone by, and "as" that is no deadline's
    assert not future_date_in("They had set Thursday as the deadline, which passed",
                              forward("Thursday"), ANCHOR)
    assert not future_date_in("Officials met on Thursday as people waited",
                              forward("on Thursday"), ANCHOR)


def test_a_weekday_restating_tomorrow_is_tomorrow():
    # UNHCR (holdout703): "Tomorrow (Wednesday), UNHCR will move 300" read the Wednesday
    # before the anchor
    assert future_date_in("Tomorrow (Thursday), UNHCR will move 300 refugees",
                          forward("Thursday"), ANCHOR)
    # near miss: yesterday's weekday is the one before
    assert not future_date_in("Yesterday (Thursday), UNHCR moved 300 refugees",
                              forward("Thursday"), ANCHOR)


def test_near_misses_a_journey_and_reported_speech():
    assert not future_date_in("Thousands were going to the border on Thursday",
                              forward("on Thursday"), ANCHOR)
    assert not future_date_in("He said on Thursday it would take weeks",
                              forward("on Thursday"), ANCHOR)
    assert not future_date_in("The reservoir was likely to dry up by Thursday",
                              forward("Thursday"), ANCHOR)


def test_a_preposition_before_the_date_opens_no_clause():
    # "until" right before the date is a preposition: the clause is the whole
    # sentence, whose "will" makes October the coming one (2011's, after 6 April)
    october = forward("October")
    assert (october.low, october.high) == (dt.date(2011, 10, 1).toordinal(),
                                           dt.date(2011, 10, 31).toordinal())
    assert future_date_in("Relief camps will stay open until October", october, ANCHOR)
    assert future_date_in("Aid will flow after October", october, ANCHOR)
    # near misses: the past tense, and "until" opening a past clause of its own
    assert not future_date_in("The camps were open until October", october, ANCHOR)
    assert not future_date_in("Crews waited until the rains stopped in October", october,
                              ANCHOR)


def test_until_and_a_present_verb_open_a_clause_about_the_future():
    # 6 April 2011: "in June" read forward is June 2011, backward June 2010
    june = forward("in June")
    assert (june.low, june.high) == (dt.date(2011, 6, 1).toordinal(),
                                     dt.date(2011, 6, 30).toordinal())
    assert future_date_in("Conditions are unlikely to improve until the monsoon rains "
                          "arrive in June", june, ANCHOR)
    assert future_date_in("Crews will wait until the rains stop in June", june, ANCHOR)
    assert future_date_in("Schools stay shut before classes resume in June", june, ANCHOR)
    # near misses: a past verb, no verb at all, a present verb before no opener
    assert not future_date_in("Crews waited until the rains came in June", june, ANCHOR)
    assert not future_date_in("Schools were closed until the end of June", june, ANCHOR)
    assert not future_date_in("Classes resume in June", june, ANCHOR)


def test_and_between_words_opens_no_clause_for_the_future():
    # published 6 April 2011: "until October" said with "will" before "food and
    # shelter" is October 2011
    october = forward("October")
    assert future_date_in("We will have to provide food and shelter to the survivors "
                          "until October", october, ANCHOR)
    # near misses: "and" opening a clause with a verb of its own, or after a comma
    thursday = forward("on Thursday")
    assert not future_date_in("Crews will search and two bodies were found on Thursday",
                              thursday, ANCHOR)
    assert not future_date_in("Crews will search, and divers found two bodies on Thursday",
                              thursday, ANCHOR)


def test_a_date_opening_its_clause_takes_the_future_marker_after_it():
    # 6 April 2011: "On Thursday" read forward is 7 April
    thursday = forward("On Thursday")
    assert future_date_in("On Thursday it will be four months since the exodus began",
                          thursday, ANCHOR)
    # near miss: a date after a verb of its own, the marker after it another clause's
    assert not future_date_in("those who died on Thursday will be buried", thursday, ANCHOR)


def test_what_is_expected_until_or_by_a_day_is_to_come():
    friday = forward("Friday")
    assert future_date_in("with no rain expected until Friday at the earliest", friday, ANCHOR)
    assert future_date_in("aid expected by Friday", friday, ANCHOR)
    # near miss: what happened as expected
    assert not future_date_in("the rain came as expected on Friday", friday, ANCHOR)


def test_due_to_before_a_noun_is_a_cause_before_a_verb_the_future():
    # published 6 April 2011: "since 3 September" read back is 2010's
    from factcheck.extract import find_mentions

    [mention] = find_mentions("Refugees have arrived since 3 September due to insecurity.",
                              ANCHOR)
    assert not mention.future and mention.interval.low == dt.date(2010, 9, 3).toordinal()
    thursday = forward("on Thursday")
    assert future_date_in("The ship, due to arrive on Thursday, carries aid", thursday, ANCHOR)


def test_a_day_of_a_past_verb_before_a_marker_stays_past():
    from factcheck.extract import find_mentions

    # published 6 April 2011: Feb 24 is 2011's, the start of a past window
    [day, _] = find_mentions("The number who entered Poland from Feb 24 will exceed one "
                             "million.", ANCHOR)
    assert not day.future and day.interval.low == dt.date(2011, 2, 24).toordinal()
    # near miss: a day before the marker with no past verb is the future's
    [day] = find_mentions("Schools will reopen on Thursday.", ANCHOR)
    assert day.future


def test_what_a_forecast_gives_a_day_for_is_to_come():
    # a gold writer's snowstorm: "forecast more snowfall until Sunday afternoon",
    # published Saturday: the Sunday after, not the one six days before
    thursday = forward("Thursday")
    assert future_date_in("the weather office forecast more snow until Thursday", thursday,
                          ANCHOR)
    assert future_date_in("forecasters predicted heavy rain on Thursday", thursday, ANCHOR)
    # the non-standard past "forecasted" foretells as "predicted" does
    assert future_date_in("the IMD forecasted heavy rain on Thursday", thursday, ANCHOR)
    # near misses: the marker in another clause ("said", then what the police did)
    assert not future_date_in("the forecast was right, and the storm hit on Thursday",
                              thursday, ANCHOR)
    assert not future_date_in("the storm hit as forecast on Thursday", thursday, ANCHOR)
    assert not future_date_in("the forecast for Thursday proved right", thursday, ANCHOR)


def test_an_hours_am_before_its_day_ends_no_sentence():
    text = ("As of 8 a.m. Tuesday, 32 aftershocks were recorded. The quake hit at 9 p.m. "
            "Rescuers came.")
    sentences = Sentences(text)
    first = sentences.around(text.index("32"))
    assert text[first.start:first.end].startswith("As of 8 a.m. Tuesday")
    # near miss: before any other capital word "p.m." may end the sentence
    last = sentences.around(text.index("Rescuers"))
    assert text[last.start:last.end] == "Rescuers came."
    # a US time zone after the hour ends none either ("As of 10 p.m. ET Sunday", holdout535)
    text = "As of 10 p.m. ET Sunday, 879,000 people remained without power."
    whole = Sentences(text).around(text.index("879,000"))
    assert text[whole.start:whole.end].startswith("As of 10 p.m. ET Sunday")


def test_a_line_wrapped_mid_sentence_ends_no_sentence():
    text = ("There were 13,877 road accidents in Ghana last year, resulting in 2,284\n"
            "deaths and 14,397 injuries.\nThey are mainly caused by human error")
    sentences = Sentences(text)
    first = sentences.around(text.index("14,397"))
    assert text[first.start:first.end].startswith("There were 13,877")
    # near misses: a line break before a capital, after a full stop, or a blank line
    for text in ("Dead were among hundreds\nThe bodies were shifted",
                 "The toll rose to 12.\nthe police said", "Floods in Kenya\n\nkilled 12"):
        sentences = Sentences(text)
        assert sentences.around(len(text) - 1).start > 0


def test_a_full_stop_that_lost_its_space_still_ends_the_sentence():
    text = ("At least 615 people were injured, according to the defense ministry.Citing "
            "the vice president, the health ministry put the death toll at 98.")
    sentences = Sentences(text)
    last = sentences.around(text.index("98"))
    assert text[last.start:last.end].startswith("Citing the vice president")
    # near misses: initials, a title, a clock, and a quotation's mark stay in the sentence
    for text in ("The U.S.Army sent 40 troops.", "He met Mr.Smith and 40 others.",
                 "At 8 p.m.Rescuers found 40.", "Ms Bligh said.”We have 17 centres."):
        assert Sentences(text).around(len(text) - 1).start == 0


def test_a_plan_told_in_the_past_is_of_a_day_gone_by():
    # "was due to host meetings Monday": the Monday before the story, not the next one
    assert not future_date_in("The office, which was due to host meetings Thursday, "
                              "set up a room", forward("Thursday"), ANCHOR)
    assert not future_date_in("The convoy was scheduled for Thursday", forward("Thursday"),
                              ANCHOR)
    # a storm still expected to last is the future, with or without "is"
    assert future_date_in("an intense storm expected to last until Thursday",
                          forward("Thursday"), ANCHOR)
    # near miss: a plan told in the present is still to come
    assert future_date_in("The office is due to host meetings Thursday", forward("Thursday"),
                          ANCHOR)


def test_a_temperatures_scale_and_a_rank_before_a_name():
    # "49.9°C. The Iranian city of Abadan": the scale's letter was read as an initial,
    # and Abadan named the readings of the sentence before it
    text = "Basra al-Hussein hit 49.9°C. The Iranian city of Abadan ranked fourth."
    sentences = Sentences(text)
    first = sentences.around(text.index("49.9"))
    assert text[first.start:first.end] == "Basra al-Hussein hit 49.9°C."
    # near misses: an initial and a rank still end no sentence
    for text in ("J. Smith said 20 died.", "said Maj. Gen. Michael Dubie."):
        sentences = Sentences(text)
        whole = sentences.around(0)
        assert text[whole.start:whole.end] == text



def test_could_and_would_speak_of_a_time_to_come():
    # Thursday 2 June 2016: the Friday ahead is 3 June
    anchor = dt.date(2016, 6, 2)
    friday = parse_value("Friday", anchor=anchor, future=True)
    assert friday.low == dt.date(2016, 6, 3).toordinal()
    assert future_date_in("The Seine could peak at 6 meters in Paris on Friday", friday,
                          anchor)
    assert future_date_in("the Louvre said it would remain closed on Friday", friday, anchor)


def test_near_misses_could_not_would_have_and_an_infinitive_of_the_past():
    anchor = dt.date(2016, 6, 2)
    friday = parse_value("Friday", anchor=anchor, future=True)
    assert not future_date_in("He could not be reached on Friday", friday, anchor)
    assert not future_date_in("She would have turned 80 on Friday", friday, anchor)
    assert not future_date_in("The storm, which would later kill 10, struck on Friday",
                              friday, anchor)
    # the day is the participle's, told after the modal: the report was on Friday
    assert not future_date_in("there were fears the toll would rise with three fishermen "
                              "reported missing on Friday", friday, anchor)
    # "started to come away": the tense is "started"'s, not the present "come"
    assert not future_date_in("the spillway weakened when the panels started to come away "
                              "on Friday", friday, anchor)
    # ... and a present verb after "until" still speaks of the time to come
    assert future_date_in("Schools stay shut until the waters begin to recede on Friday",
                          friday, anchor)


def test_a_day_told_right_before_its_marker_is_the_markers():
    # Montgomery Advertiser: "Lee County authorities on Tuesday will release the names"
    # was read as the Tuesday before the story (Monday 4 March 2019)
    anchor = dt.date(2019, 3, 4)
    tuesday = parse_value("on Tuesday", anchor=anchor, future=True)
    assert tuesday.low == dt.date(2019, 3, 5).toordinal()
    assert future_date_in("Lee County authorities on Tuesday will release the names",
                          tuesday, anchor)
    # near misses: a verb of the past before the day, and a day "since"
    assert not future_date_in("Those who died on Tuesday will be buried", tuesday, anchor)
    assert not future_date_in("The storm that has hit the county since Tuesday will "
                              "continue", tuesday, anchor)
