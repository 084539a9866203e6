"""Speakers and the own voice in severity: one speaker under two spellings in one
document contradicts itself (an error); two speakers disagree (a warning); a `by`
naming the document's outlet is the document's own voice."""

import textwrap

from factcheck.registry.voices import speaker_key
from factcheck.verify import verify_paths

# 100,100 + 30,100 = 130,200 people cannot fit in a population of 120,100 (exact counts).
REGISTRY = """\
document:
  id: doc
  outlet: {outlet}
  published: 2023-10-03
{speakers}
claims:
  - id: fled
    by: {first}
    quantity: k.departed
    value: 100,100 people
  - id: stayed
    by: {second}
    quantity: k.remaining
    value: 30,100 people
  - id: residents
    by: {first}
    quantity: k.population
    value: 120,100 people
relations:
  - id: accounting
    holds: k.departed + k.remaining <= k.population
"""
SPEAKERS = """\
speakers:
  armenian-government: {name: Armenian government, aliases: [Government of Armenia, Yerevan]}
"""


def _conflicts(tmp_path, first, second, outlet="EFE", speakers=SPEAKERS):
    text = REGISTRY.format(first=first, second=second, outlet=outlet, speakers=speakers)
    (tmp_path / "r.yaml").write_text(text, encoding="utf-8")
    report = verify_paths([tmp_path])
    return sorted(f.rule for f in report.findings if f.rule in ("inconsistency", "disagreement"))


def test_two_spellings_of_one_declared_speaker_are_one_speaker(tmp_path):
    assert _conflicts(tmp_path, "Armenian government", "the Government of Armenia") == [
        "inconsistency"]
    assert _conflicts(tmp_path, "Armenian government", "Yerevan.") == ["inconsistency"]


def test_an_undeclared_spelling_is_a_speaker_of_its_own(tmp_path):
    assert _conflicts(tmp_path, "Armenian government", "Yerevan", speakers="") == [
        "disagreement"]
    assert _conflicts(tmp_path, "Armenian government", "UN mission") == ["disagreement"]


def test_case_punctuation_and_articles_do_not_make_a_new_speaker(tmp_path):
    assert _conflicts(tmp_path, "Armenian government", "The armenian Government.",
                      speakers="") == ["inconsistency"]


def test_the_outlet_named_as_by_is_the_documents_own_voice(tmp_path):
    text = REGISTRY.format(first="EFE", second="EFE", outlet="EFE", speakers="")
    text = text.replace("    by: EFE\n    quantity: k.population", "    quantity: k.population")
    (tmp_path / "r.yaml").write_text(text, encoding="utf-8")
    report = verify_paths([tmp_path])
    assert [f.rule for f in report.findings if f.rule in ("inconsistency", "disagreement")] \
        == ["inconsistency"]  # by: EFE and no by at all are the same voice


def test_the_report_names_the_declared_speaker(tmp_path):
    _conflicts(tmp_path, "Yerevan", "Government of Armenia")
    report = verify_paths([tmp_path])
    message = next(f.message for f in report.findings if f.rule == "inconsistency")
    assert "Armenian government" in message


def test_speakers_and_aliases_are_checked_by_the_schema(tmp_path):
    (tmp_path / "r.yaml").write_text(textwrap.dedent("""\
        speakers:
          un: {name: UN, aliases: UN mission}
        places:
          k: {name: Karabakh, aliases: [Artsakh, 3]}
        """), encoding="utf-8")
    findings = [f for f in verify_paths([tmp_path]).findings if f.rule == "schema"]
    assert len(findings) == 1 and "list of texts" in findings[0].message


def test_speaker_key_ignores_case_punctuation_and_articles():
    assert speaker_key("The U.N. Mission") == speaker_key("u n mission") == "u n mission"
    assert speaker_key(None) == speaker_key("") == ""
