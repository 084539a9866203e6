"""The agent of a passive report speaks (extract/speaker_agents.py); a deadline after
"by", or a thing given with no figures, names no one."""

from factcheck.extract.speaker_agents import passive_agents


def agents(text: str) -> list[str]:
    return [speaker for _, _, speaker in passive_agents(text, 0, len(text))]


def test_the_agent_of_a_passive_report_speaks():
    assert agents("37 deaths were reported by the health ministry.") == ["health ministry"]
    assert agents("The toll given by police was 24.") == ["police"]
    assert agents("A magnitude 7.0 by Indonesian authorities and a 6.9 by the U.S. "
                  "Geological Survey.") == ["Indonesian authorities", "U.S. Geological Survey"]


def test_a_deadline_or_a_thing_given_names_no_one():
    assert agents("The figures will be reported by Sunday.") == []
    assert agents("Two Canadair planes provided by France arrived.") == []


def test_the_agent_ends_at_a_verb_of_showing():
    # "Figures given by Turkish state television indicated that" named "Turkish state
    # television indicated" as the speaker
    assert agents("Figures given by Turkish state television indicated that the toll might "
                  "rise to 170.") == ["Turkish state television"]
    assert agents("Data released by the health ministry showed 45 deaths.") == [
        "health ministry"]
    # near miss: a body whose name holds a past form keeps it
    assert agents("Figures released by the United Nations Development Programme.") == [
        "United Nations Development Programme"]
