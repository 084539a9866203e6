"""Which story an article tells (`stories.py`): drafting `--into` a registry of many
articles links counts only within one story."""

from __future__ import annotations

from factcheck.extract.stories import Story, other_story, story_of

FLOODS = ("Floods kill 39 in Kerala\nPublished: 2018-08-10\n\nFlooding and landslides "
          "have killed 39 people in Kerala, as the floods swept the state.\n")


def test_a_disease_the_title_names_is_an_epidemics_story_in_a_floods_wake_too():
    rat_fever = ("'Rat fever' kills 9 in flood battered Kerala\nPublished: 2018-09-04\n\n"
                 "Following severe flooding, nine deaths have been confirmed in Kerala. The "
                 "floods left stagnant water.\n")
    assert story_of(rat_fever) == Story("epidemic", None, "leptospirosis")
    assert other_story(story_of(rat_fever), story_of(FLOODS))  # never kerala.killed twice
    # near miss: a disease only the body names leaves the flood's story the flood's
    body_only = FLOODS.replace("as the floods swept the state.",
                               "as the floods swept the state. Leptospirosis cases rose.")
    assert story_of(body_only).family == "storm_or_flood"
    assert not other_story(story_of(body_only), story_of(FLOODS))
