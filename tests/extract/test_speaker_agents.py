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
