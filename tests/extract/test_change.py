"""Drafts for a change between two dates (`S.m@D2 / S.m@D1` for a factor or a
percent, `S.m@D2 - S.m@D1` for a count), with the dates worked out by hand from the
sentence and the publication date; and the near misses that stay plain counts."""

import datetime as dt

from factcheck.extract import find_mentions
from factcheck.extract.change import change_of
from tests.extract.drafting_support import drafts_by_number
from factcheck.extract.mention import Mention
from factcheck.extract.text import Sentences

PUBLISHED = dt.date(2023, 10, 3)  # a Tuesday: "Monday" is 2023-10-02


def drafts(text: str, published=PUBLISHED) -> dict:
    return drafts_by_number(text, published)


def test_a_percent_rise_since_a_day_is_a_ratio_to_the_publication_date():
    d = drafts("The number of displaced people in Sudan rose by 40 percent since Monday.")
    claim = d["40 percent"]
    assert claim.quantity == "sudan.displaced@2023-10-03 / sudan.displaced@2023-10-02"
    assert claim.value == "rose by 40 percent"  # the grammar reads the change words
    assert "Monday" not in d  # the date is the change's, no claim of its own


def test_a_count_rise_is_a_difference_with_the_count_as_value():
    d = drafts("The number of people displaced in Sudan rose by 5,000 since Monday.")
    assert d["5,000"].quantity == "sudan.displaced@2023-10-03 - sudan.displaced@2023-10-02"
    assert d["5,000"].value == "5,000 people"


def test_more_since_a_month_counts_from_its_first_day():
    d = drafts("Insecurity in North Kivu has displaced 650,000 people, with 163,000 more "
               "IDPs having been displaced since January.", dt.date(2007, 7, 17))
    assert d["650,000"].quantity == "north_kivu.displaced"
    assert d["163,000"].quantity == ("north_kivu.displaced@2007-07-17 - "
                                     "north_kivu.displaced@2007-01-01")


def test_both_dates_from_a_range():
    d = drafts("The number of people displaced in Chad rose by 40 percent between "
               "March 1 and March 8.")
    assert d["40 percent"].quantity == "chad.displaced@2023-03-08 / chad.displaced@2023-03-01"


def test_doubled_in_a_week_is_the_week_before_publication():
    text = "The number of refugees who fled Sudan doubled in a week."
    mentions = [m for m in find_mentions(text, PUBLISHED) if m.kind == "duration"]
    start = text.index("doubled")
    # the grammar is learning to read "doubled" as the factor 2; the draft needs only
    # its words and where it stands
    factor = Mention(start, start + 7, "doubled", "fraction", None, change="up")
    change = change_of(text, Sentences(text).around(start), factor, [factor, *mentions],
                       PUBLISHED)
    assert (change.op, change.first, change.second) == ("/", "2023-09-26", "2023-10-03")
    assert change.words == "doubled"
    assert change.expression("sudan.departed") == (
        "sudan.departed@2023-10-03 / sudan.departed@2023-09-26")


def test_near_misses_stay_plain():
    d = drafts("The death toll in Chad rose to 120 on Monday. The number of people "
               "displaced in Chad rose by 40 percent. On Tuesday, arrivals in Niger rose "
               "by 300 since Tuesday.")
    assert "@" not in d["120"].quantity  # a level, not a change
    assert "@" not in d["40 percent"].quantity  # a change with no dates: a person's call
    assert "@" not in d["300"].quantity  # both dates the same day: no change


# Change words with no number: drafted where the sentence gives the two dates.

def test_doubled_in_a_week_is_drafted_from_the_text():
    text = "The number of refugees who fled Sudan doubled in a week, to 8,000, the UN said."
    d = drafts(text)
    claim = d["doubled"]
    # "in a week": the seven days before publication, 2023-10-03 - 7 = 2023-09-26
    assert claim.quantity == "sudan.departed@2023-10-03 / sudan.departed@2023-09-26"
    assert (claim.value, claim.by) == ("doubled", "UN")
    assert "a week" not in d  # the span of the change, no claim of its own
    assert d["8,000"].quantity == "sudan.departed"  # the level, linked by its name
    assert list(d) == ["doubled", "8,000"]  # in text order


def test_more_than_tripled_between_two_dates_and_halved_since_a_day():
    d = drafts("The number of people displaced in Chad more than tripled between "
               "March 1 and March 8. The number of people displaced in Niger has "
               "halved since Monday.")
    assert d["more than tripled"].quantity == (
        "chad.displaced@2023-03-08 / chad.displaced@2023-03-01")
    assert d["more than tripled"].value == "more than tripled"
    assert d["halved"].quantity == "niger.displaced@2023-10-03 / niger.displaced@2023-10-02"


def test_a_change_word_without_dates_or_a_place_is_not_drafted():
    d = drafts("The number of people displaced in Chad doubled. Prices doubled in a week.")
    assert "doubled" not in d  # no dates; no place or measure: a person's call
    assert not d


def test_change_words_are_no_mentions_of_numbers():
    text = "The number of refugees who fled Sudan doubled in a week."
    assert [m.text for m in find_mentions(text, PUBLISHED)] == ["a week"]


def test_doubled_in_the_past_week_runs_from_the_windows_first_day():
    # "the past week" on 2023-10-03 is 2023-09-26 .. 2023-10-02: doubled since 09-26
    d = drafts("The number of refugees who fled Sudan has doubled in the past week.")
    assert d["doubled"].quantity == "sudan.departed@2023-10-03 / sudan.departed@2023-09-26"
    assert "the past week" not in d


def test_a_date_past_another_count_is_that_counts():
    # "five more deaths in addition to the four already reported since Sunday": Sunday
    # is the four's; the five was a change since Sunday, and the four the undated toll,
    # an inconsistency the article does not hold
    d = drafts("Storm Gloria hit Catalonia. Authorities confirmed on Wednesday that there "
               "had been five more deaths in addition to the four already reported since "
               "Sunday.", dt.date(2020, 1, 24))
    assert "@" not in d["five"].quantity
    assert d["four"].quantity == "catalonia.killed_previous_count"
    # near miss: a date in the number's own clause still sets the change
    d = drafts("In Sudan, 163,000 more people were displaced since January.",
               dt.date(2020, 6, 1))
    assert d["163,000"].quantity == "sudan.displaced@2020-06-01 - sudan.displaced@2020-01-01"
