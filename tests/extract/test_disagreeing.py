"""Two numbers one voice gives for one quantity on one date that cannot both hold:
the later draft is left unnamed (unchecked), never a false conflict; so are two
voices whose values are too far apart to report one count. Near misses: two
speakers close enough, two dates, or values with a number in common stay one
quantity."""

import datetime as dt

from factcheck.extract.disagreeing import apart
from factcheck.extract.drafts import Draft
from tests.extract.drafting_support import drafts_by_number

PUBLISHED = dt.date(2019, 3, 30)


def draft(value: str, span: int, by=None, as_of=None, quantity="zimbabwe.killed") -> Draft:
    return Draft(f"d{span}", value, quantity, value, (span, span + 1), by=by, as_of=as_of)


def names(drafts: list[Draft]) -> list[str]:
    placeholder = lambda d: f"unnamed_doc.m{d.span[0]}"  # noqa: E731
    return [d.quantity for d in apart(drafts, PUBLISHED, placeholder)]


def test_one_voice_two_disjoint_values_leaves_the_later_unnamed():
    # 185 and 259 people: no number in both, so verify would call them a conflict
    assert names([draft("185 people", 1), draft("259 people", 2)]) \
        == ["zimbabwe.killed", "unnamed_doc.m2"]
    # 'more than 1,000' is (1000, inf), 'exactly 800' is [800, 800]: 800 lies more
    # than a tenth of 1,000 (100) below
    assert names([draft("more than 1,000 people", 1), draft("exactly 800 people", 2)]) \
        == ["zimbabwe.killed", "unnamed_doc.m2"]
    # a bare number and a count of people are one unit: 45 and 28 people
    assert names([draft("45", 1), draft("28 people", 2)]) \
        == ["zimbabwe.killed", "unnamed_doc.m2"]



def test_one_voice_two_values_that_meet_only_as_rounded_numbers_are_two():
    # "magnitude 4.8 and 4.7 quakes": [4.75, 4.85] and [4.65, 4.75] meet at 4.75 only
    # as rounded numbers; verify warns that one value cannot be both, read exactly
    assert names([draft("4.8", 1, quantity="quake.magnitude"),
                  draft("4.7", 2, quantity="quake.magnitude")]) \
        == ["quake.magnitude", "unnamed_doc.m2"]
    # near misses: "about 300" and "300" are the same number read exactly; "98,000" is
    # "97,815" rounded; two voices may round one figure apart
    assert names([draft("about 300 people", 1), draft("300 people", 2)]) \
        == ["zimbabwe.killed", "zimbabwe.killed"]
    assert names([draft("98,000 people", 1), draft("97,815 people", 2)]) \
        == ["zimbabwe.killed", "zimbabwe.killed"]
    assert names([draft("4.8", 1, quantity="quake.magnitude", by="USGS"),
                  draft("4.7", 2, quantity="quake.magnitude", by="EMSC")]) \
        == ["quake.magnitude", "quake.magnitude"]

def test_two_voices_too_far_apart_leave_the_later_unnamed():
    # 67 × 3/2 = 100.5 < 117: two mortuaries' counts, not two reports of one toll
    assert names([draft("117 people", 1, by="Edhi"), draft("67 people", 2, by="Imran")]) \
        == ["zimbabwe.killed", "unnamed_doc.m2"]
    # 'at least 15' is [15, inf), 2 × 3/2 = 3 < 15
    assert names([draft("at least 15 people", 1, by="coast guard"),
                  draft("two people", 2, by="IOM")]) == ["zimbabwe.killed", "unnamed_doc.m2"]
    # near misses: 80 × 3/2 = 120 is not below 119; and two dates are a trend
    assert names([draft("80 people", 1, by="Government"), draft("119 people", 2, by="IOM")]) \
        == ["zimbabwe.killed", "zimbabwe.killed"]
    assert names([draft("80 people", 1, by="Government"), draft("121 people", 2, by="IOM")]) \
        == ["zimbabwe.killed", "unnamed_doc.m2"]
    assert names([draft("80 people", 1, by="Government", as_of="2019-03-20"),
                  draft("400 people", 2, by="IOM", as_of="2019-03-25")]) \
        == ["zimbabwe.killed", "zimbabwe.killed"]
    # near miss: a vague word is loose, not another count ('several thousand' is
    # [3,000, 9,000]: its ends more than twice apart)
    assert names([draft("Some 368,000 people", 1, by="UNHCR"),
                  draft("Several thousand people", 2, by="IOM")]) \
        == ["zimbabwe.killed", "zimbabwe.killed"]
    # the note says why, and what to do when the sources do disagree
    kept = apart([draft("117 people", 1, by="Edhi"), draft("67 people", 2, by="Imran")],
                 PUBLISHED, lambda d: "unnamed_doc.m2")
    assert "too far apart" in kept[1].note and "if the sources disagree" in kept[1].note


def test_two_voices_days_of_one_start_more_than_two_days_apart_are_two():
    # "Since Monday" (2019-03-25, against this 2019-03-30 story) and "began in
    # February" (2019-02-01 to 2019-02-28): 25 days apart, more than a week
    start = "rains.start"
    assert names([draft("Monday", 1, by="Council", quantity=start),
                  draft("February", 2, by="Authorities", quantity=start)]) \
        == ["unnamed_doc.m1", start]  # the earlier day keeps the name
    # near misses: Sunday (03-24) and Monday (03-25) are one start told a night apart,
    # and March holds Monday
    assert names([draft("Monday", 1, by="Council", quantity=start),
                  draft("Sunday", 2, by="Authorities", quantity=start)]) == [start, start]
    assert names([draft("Monday", 1, by="Council", quantity=start),
                  draft("March", 2, by="Authorities", quantity=start)]) == [start, start]
    # "since April 21" of arrivals (OCHA's) and "clashes ... since April 15" (the
    # outlet's) were one start a week apart, a false disagreement (Pan-African News
    # Wire, Metema 2023): six days are two starts
    assert names([draft("April 21", 1, by="OCHA", quantity="conflict.start"),
                  draft("April 15", 2, quantity="conflict.start")]) \
        == ["unnamed_doc.m1", "conflict.start"]
    # near miss: two days apart is still one start told across a night and a time zone
    assert names([draft("March 25", 1, by="Council", quantity=start),
                  draft("March 23", 2, by="Authorities", quantity=start)]) == [start, start]


def test_near_misses_stay_one_quantity():
    # two speakers disagreeing: what verify is for
    assert names([draft("185 people", 1, by="Government"), draft("259 people", 2, by="IOM")]) \
        == ["zimbabwe.killed", "zimbabwe.killed"]
    # one count on two dates: a trend, not a contradiction
    assert names([draft("185 people", 1, as_of="2019-03-20"),
                  draft("259 people", 2, as_of="2019-03-25")]) \
        == ["zimbabwe.killed", "zimbabwe.killed"]
    # values with a number in common: 'more than 30' (30, inf) holds 44
    assert names([draft("more than 30 people", 1), draft("at least 44 people", 2)]) \
        == ["zimbabwe.killed", "zimbabwe.killed"]
    # 'about 47,000' is [42,300, 51,700] and holds 47,312
    assert names([draft("about 47,000 people", 1), draft("47,312 people", 2)]) \
        == ["zimbabwe.killed", "zimbabwe.killed"]
    # 'nearly 300' is [270, 300) and holds 270; 'over 100' is (100, inf) and holds 101
    assert names([draft("nearly 300 people", 1), draft("270 people", 2)]) \
        == ["zimbabwe.killed", "zimbabwe.killed"]
    assert names([draft("over 100 people", 1), draft("101 people", 2)]) \
        == ["zimbabwe.killed", "zimbabwe.killed"]
    # a placeholder or a ratio is never compared
    assert names([draft("185 people", 1, quantity="unnamed_doc.m1"),
                  draft("259 people", 2, quantity="unnamed_doc.m1")]) \
        == ["unnamed_doc.m1", "unnamed_doc.m1"]


def test_a_third_value_agreeing_with_the_first_keeps_its_name():
    assert names([draft("185 people", 1), draft("259 people", 2), draft("about 190 people", 3)]) \
        == ["zimbabwe.killed", "unnamed_doc.m2", "zimbabwe.killed"]


def test_drafts_of_an_article_never_contradict_in_one_voice():
    d = drafts_by_number("Officials said 40 people died in Haryana. In the same briefing, "
                         "officials said 65 people died in Haryana.", PUBLISHED)
    assert d["40"].quantity == "haryana.killed"
    assert d["65"].quantity.startswith("unnamed_")
    assert "cannot both be haryana.killed" in d["65"].note  # a person is told why


def test_the_value_most_drafts_agree_with_keeps_the_name():
    # 117 first, then 67 twice: the 67s agree with each other (support 1 each), 117
    # with none (support 0), so the 117 is the one left unnamed
    assert names([draft("117 people", 1), draft("67 people", 2), draft("67 people", 3)]) \
        == ["unnamed_doc.m1", "zimbabwe.killed", "zimbabwe.killed"]
    # a tie keeps the earlier, as before
    assert names([draft("185 people", 1), draft("259 people", 2)]) \
        == ["zimbabwe.killed", "unnamed_doc.m2"]


def test_a_titles_number_is_weighed_after_the_body_and_left_unnamed_on_a_clash():
    # the title (span ending before 10) says 'About 100' ([90, 110]); the body's 800
    # keeps the name and the title's is left for a person (the title's is that day's,
    # an older count, or another quantity: never a red line the drafts made)
    drafts = [draft("About 100 people", 1), draft("at least 800 people", 20)]
    kept = apart(drafts, PUBLISHED, lambda d: f"unnamed_doc.m{d.span[0]}", title=10)
    assert [d.quantity for d in kept] == ["unnamed_doc.m1", "zimbabwe.killed"]
    # near misses: a title that rounds the body ('Over 100' holds 800) stays named,
    # and is never 'too far apart' from it
    drafts = [draft("Over 100 people", 1), draft("at least 800 people", 20)]
    kept = apart(drafts, PUBLISHED, lambda d: f"unnamed_doc.m{d.span[0]}", title=10)
    assert [d.quantity for d in kept] == ["zimbabwe.killed", "zimbabwe.killed"]
    drafts = [draft("About 100 people", 1, by="UN"), draft("800 people", 20, by="Red Cross")]
    kept = apart(drafts, PUBLISHED, lambda d: f"unnamed_doc.m{d.span[0]}", title=10)
    assert [d.quantity for d in kept] == ["zimbabwe.killed", "zimbabwe.killed"]


def test_a_title_apart_from_the_body_by_an_open_end_is_left_unnamed():
    # the title's '100' ([100, 100]) and the body's 'More than 100' ((100, inf)) share
    # no number, though 100 lies within a tenth of the body's low end
    drafts = [draft("100 people", 1), draft("More than 100 people", 20)]
    kept = apart(drafts, PUBLISHED, lambda d: f"unnamed_doc.m{d.span[0]}", title=10)
    assert [d.quantity for d in kept] == ["unnamed_doc.m1", "zimbabwe.killed"]
    # the body alike: one voice on one date, verify would call the source self-contradicting
    kept = apart(drafts, PUBLISHED, lambda d: f"unnamed_doc.m{d.span[0]}")
    assert [d.quantity for d in kept] == ["zimbabwe.killed", "unnamed_doc.m20"]


def test_close_values_one_voice_cannot_share_are_named_apart():
    # verify reads bare numbers with their implied precision and reports any two that
    # share no number, in one voice on one date, as an inconsistency error:
    # '270 hurt' [270, 270] above 'at least 271' [271, inf)
    drafts = [draft("270 people", 1), draft("At least 271 people", 20)]
    kept = apart(drafts, PUBLISHED, lambda d: f"unnamed_doc.m{d.span[0]}", title=10)
    assert [d.quantity for d in kept] == ["unnamed_doc.m1", "zimbabwe.killed"]
    assert "cannot both be zimbabwe.killed" in kept[0].note
    # 'half a million' [495,000, 505,000] and '550,000' [545,000, 555,000]: 40,000 apart
    assert names([draft("550,000", 1), draft("half a million", 2)]) \
        == ["zimbabwe.killed", "unnamed_doc.m2"]
    # 'more than 1,000' (1,000, inf) and 'exactly 901' [901, 901]
    assert names([draft("more than 1,000 people", 1), draft("exactly 901 people", 2)]) \
        == ["zimbabwe.killed", "unnamed_doc.m2"]
    # near misses: 'about 500,000' ([450,000, 550,000]) holds 550,000; two voices
    # disagreeing by as little are verify's to weigh
    assert names([draft("550,000", 1), draft("about 500,000", 2)]) \
        == ["zimbabwe.killed", "zimbabwe.killed"]
    assert names([draft("550,000", 1, by="UN"), draft("half a million", 2, by="IOM")]) \
        == ["zimbabwe.killed", "zimbabwe.killed"]


def test_a_quantity_drafted_too_often_is_weighed_in_text_order():
    from factcheck.extract.disagreeing import MOST_WEIGHED, _reading, _support

    few = [draft("67 people", 1), draft("67 people", 2), draft("117 people", 3)]
    assert _support(few, [_reading(d, PUBLISHED) for d in few]) == {0: 1, 1: 1, 2: 0}
    # a hostile text's thousand counts of one quantity: no quadratic weighing
    many = [draft(f"{100 + k} people", k) for k in range(MOST_WEIGHED + 1)]
    assert _support(many, [_reading(d, PUBLISHED) for d in many]) == {}


def test_two_days_of_one_start_are_two_and_the_earlier_keeps_the_name():
    # published Saturday 30 March 2019: Tuesday is the 26th, Sunday the 24th; a day
    # is no count, so no slack of a tenth of its ordinal lets them overlap
    drafts = [draft("Tuesday", 1, quantity="cyclone.start"),
              draft("on Sunday", 2, quantity="cyclone.start")]
    assert names(drafts) == ["unnamed_doc.m1", "cyclone.start"]
    # near misses: one day said twice stays one quantity; two days of an end are
    # weighed in text order, the later unnamed
    assert names([draft("on Sunday", 1, quantity="cyclone.start"),
                  draft("Sunday", 2, quantity="cyclone.start")]) \
        == ["cyclone.start", "cyclone.start"]
    assert names([draft("Tuesday", 1, quantity="search.end"),
                  draft("on Sunday", 2, quantity="search.end")]) \
        == ["search.end", "unnamed_doc.m2"]


def test_no_as_of_is_the_publication_day_and_the_dated_count_keeps_the_name():
    # 343 "as at" the publication day and 250 with no day: one voice, one date (as
    # verify reads them), no number in common; the dated one keeps the name
    drafts = [draft("343 people", 1, by="Health Ministry", as_of="2019-03-30",
                    quantity="madagascar.cases"),
              draft("250 people", 2, by="Health Ministry", quantity="madagascar.cases")]
    assert names(drafts) == ["madagascar.cases", "unnamed_doc.m2"]
    # even when the undated one comes first in the text
    drafts = [draft("250 people", 1, by="Health Ministry", quantity="madagascar.cases"),
              draft("343 people", 2, by="Health Ministry", as_of="2019-03-30",
                    quantity="madagascar.cases")]
    assert names(drafts) == ["unnamed_doc.m1", "madagascar.cases"]
    # near miss: dated another day, the two are one count at two dates
    drafts = [draft("343 people", 1, by="Health Ministry", as_of="2019-03-29",
                    quantity="madagascar.cases"),
              draft("250 people", 2, by="Health Ministry", quantity="madagascar.cases")]
    assert names(drafts) == ["madagascar.cases", "madagascar.cases"]


def test_a_rate_and_a_count_of_one_name_are_two_quantities_whatever_the_voice():
    # "a death toll of at least two people per day per 10,000 people": people a day
    # and people, which no conversion joins (verify: a unit error)
    assert names([draft("at least two people per day", 1, by="UN"),
                  draft("10,000 people", 2)]) == ["zimbabwe.killed", "unnamed_doc.m2"]
    # near misses: kilometres and miles convert; a bare number takes the other's unit
    assert names([draft("49 km", 1, quantity="x.distance"),
                  draft("31 miles", 2, by="USGS", quantity="x.distance")]) \
        == ["x.distance", "x.distance"]
    assert names([draft("two people per day", 1), draft("3", 2, by="WHO")]) \
        == ["zimbabwe.killed", "zimbabwe.killed"]


def test_a_vague_word_gets_no_slack_verify_does_not_give_it():
    # 'thousands' is [2,000, 10,000): 11,000 lies outside, and verify sets the two
    # against each other with no rounding (the tenth's slack would have kept them)
    assert names([draft("11,000 people", 1), draft("thousands", 2)]) \
        == ["zimbabwe.killed", "unnamed_doc.m2"]
    # near misses: 9,500 lies inside; 'hundreds' [200, 1,000) against 1,050 with no
    # vague word would be 1,000 vs 1,050, inside the tenth's slack (945)
    assert names([draft("9,500 people", 1), draft("thousands", 2)]) \
        == ["zimbabwe.killed", "zimbabwe.killed"]
    assert names([draft("1,050 people", 1), draft("1,000 people", 2)]) \
        == ["zimbabwe.killed", "zimbabwe.killed"]


def test_a_title_in_the_outlet_s_voice_that_no_body_figure_shares_is_left_unnamed():
    # "Two more die of dengue" above "55 this year", UNB said: 2 is in no body figure
    drafts = [draft("Two people", 1), draft("55 people", 20, by="UNB")]
    kept = apart(drafts, PUBLISHED, lambda d: f"unnamed_doc.m{d.span[0]}", title=10)
    assert [d.quantity for d in kept] == ["unnamed_doc.m1", "zimbabwe.killed"]
    # near miss: one body figure in any voice shares it ('Eighteen' and 'at least 18')
    drafts = [draft("Eighteen people", 1), draft("at least 18 people", 20, by="police"),
              draft("15 people", 30, by="D D Sharma")]
    kept = apart(drafts, PUBLISHED, lambda d: f"unnamed_doc.m{d.span[0]}", title=10)
    assert [d.quantity for d in kept][0] == "zimbabwe.killed"


def test_two_percents_in_one_voice_part_without_a_tenth_of_slack():
    # "34%" reads [33.5, 34.5] and "37%" [36.5, 37.5]: disjoint, and verify calls them
    # a contradiction; a tenth of slack (36.5 - 3.65 = 32.85 < 34.5) had joined them
    assert names([draft("34%", 1, quantity="ter.reservoir_level"),
                  draft("37%", 2, quantity="ter.reservoir_level")]) \
        == ["ter.reservoir_level", "unnamed_doc.m2"]
    # near miss: two percents sharing a number stay one quantity
    assert names([draft("34%", 1, quantity="ter.reservoir_level"),
                  draft("almost 34%", 2, quantity="ter.reservoir_level")]) \
        == ["ter.reservoir_level", "ter.reservoir_level"]


def test_a_part_of_the_place_beside_its_whole_is_named_apart():
    # 60 mm (the outlet) and 80 mm (the mayor): 80 is less than half as large again
    # as 60 (90), so two voices could report one count; but the 80 is "in some parts"
    text = ("Within less than an hour, 60 mm of rain fell. The mayor said that in some "
            "parts of the city, a total of 80 mm of rain fell.")
    d = drafts_by_number(text, PUBLISHED)
    assert d["60 mm"].quantity == "doc.rainfall"
    assert d["80 mm"].quantity.startswith("unnamed_")
    assert "counts some parts" in d["80 mm"].note
    # near miss: the mayor's 80 mm of the whole city stays one quantity, for verify
    text = "Within less than an hour, 60 mm of rain fell. The mayor said 80 mm of rain fell."
    d = drafts_by_number(text, PUBLISHED)
    assert d["80 mm"].quantity == d["60 mm"].quantity == "doc.rainfall"


def test_a_magnitude_on_a_misspelt_richter_scale_is_the_quakes():
    d = drafts_by_number("Earthquake of 5.3 on the Ricter scale strikes Croatia killing a "
                         "15-year-old child", PUBLISHED)
    assert d["5.3"].quantity == "earthquake.magnitude"


def test_a_part_told_after_its_number_is_named_apart():
    # "in some places" after the number: the 6 inches are a part's, the 5.2 the city's
    text = ("A storm dumped more than 6 inches of rain in some places. Roads closed after "
            "5.2 inches of rain fell, the mayor said.")
    d = drafts_by_number(text, PUBLISHED)
    assert d["5.2 inches"].quantity == "doc.rainfall"
    assert d["more than 6 inches"].quantity.startswith("unnamed_")
    # near miss: "in several parts of" spreads the whole, it counts no part of it
    text = ("The number left homeless in several parts of the country is believed to be in "
            "the tens of thousands. In one town alone, 18,000 residents have been left homeless.")
    d = drafts_by_number(text, PUBLISHED)
    assert d["tens of thousands"].quantity == "doc.homeless"


def test_parts_of_a_hostile_texts_one_name_are_weighed_in_part(monkeypatch):
    import factcheck.extract.disagreeing as module
    calls = []
    real = module._apart_exactly
    monkeypatch.setattr(module, "_apart_exactly", lambda a, b: calls.append(1) or real(a, b))
    # 1,000 parts and 1,000 wholes of one name that all agree (5 people): no whole
    # ends the search, so each part would be set against every whole
    text = "In some areas, 5 people died. " * 1000 + "5 people died. " * 1000
    drafts = [draft("5 people", 30 * k + 14) for k in range(1000)] + \
        [draft("5 people", 30_000 + 15 * k) for k in range(1000)]
    module.parts_apart(drafts, PUBLISHED, lambda d: f"unnamed_doc.m{d.span[0]}", text)
    # each part is set against at most MOST_WEIGHED wholes (200), not all 1,000
    assert len(calls) == 1000 * module.MOST_WEIGHED


def test_lengths_in_two_units_compare_as_verify_converts_them():
    # "hardly had a few inches of water ... its level rose to a few feet": one name,
    # inches [2, 5] and feet [2, 5] read apart, was a false contradiction in verify
    q = "malbazar.water_level"
    assert names([draft("a few inches", 1, quantity=q), draft("a few feet", 2, quantity=q)]) \
        == [q, "unnamed_doc.m2"]
    # near miss: one length told in two units is one reading (10 feet is 3.048 m)
    assert names([draft("3 meters", 1, quantity=q), draft("10 feet", 2, quantity=q)]) == [q, q]


def test_two_voices_far_apart_one_undated_one_dated_that_day_are_two():
    # 14 "earlier today" and 39 from the prison service with no day: both of the
    # publication day as verify reads them, 14 × 3/2 = 21 < 39 (holdout524)
    drafts = [draft("14 people", 1, as_of="2019-03-30", quantity="israel.released"),
              draft("39 people", 2, by="Israeli prison service", quantity="israel.released")]
    assert names(drafts) == ["israel.released", "unnamed_doc.m2"]
    # near miss: dated another day, they are one count at two dates
    drafts = [draft("14 people", 1, as_of="2019-03-29", quantity="israel.released"),
              draft("39 people", 2, by="Israeli prison service", quantity="israel.released")]
    assert names(drafts) == ["israel.released", "israel.released"]
