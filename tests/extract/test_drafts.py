"""Draft claims: values that read back to the same interval, a registry `verify`
loads cleanly, and merging that adds only what is new."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from factcheck.extract import find_mentions
from factcheck.extract.draft_values import reads_back
from factcheck.extract.drafts import draft_claims
from factcheck.extract.metadata import inside, metadata_spans
from factcheck.grammar.clauses import future_date_in
from factcheck.extract.runner import Job, process
from factcheck.extract.yamlio import NotARegistry, merge
from factcheck.verify import verify_paths

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data"
SEED = ROOT / "claims" / "sources" / "karabakh-exodus-2023.txt"
PUBLISHED = dt.date(2023, 10, 3)
TEXTS = [SEED, *sorted(DATA.glob("*.txt"))]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_every_value_phrase_reads_back_to_the_mentions_interval(path):
    text = path.read_text(encoding="utf-8")
    mentions = [m for m in find_mentions(text, PUBLISHED) if m.kind != "unparsed"]
    drafts = draft_claims(text, mentions, "doc", PUBLISHED)
    skip = metadata_spans(text)
    mentions = [m for m in mentions if not inside(skip, m.start)]  # captions, datelines
    drafted = {d.span for d in drafts}
    # a date left out is the when of a statement or of another number's count
    assert all(m.kind == "date" for m in mentions if (m.start, m.end) not in drafted)
    mentions = [m for m in mentions if (m.start, m.end) in drafted]
    assert len(drafts) == len(mentions)
    for mention, draft in zip(mentions, drafts):
        if isinstance(draft.value, str) and not draft.value.startswith("between 1"):
            # (a day of the future reads forward beside a quote that says so, as
            # verify reads it)
            forward = mention.future and future_date_in(draft.quote, mention.interval,
                                                         PUBLISHED)
            assert reads_back(draft.value, mention, PUBLISHED, forward), (
                mention.text, draft.value)
        assert mention.text.split()[-1].strip("“”") in text[draft.span[0]:draft.span[1]]


def test_value_phrases_restate_the_number():
    text = "Some 15 refugees arrived on a bus carrying 15 refugees."
    mentions = find_mentions(text, PUBLISHED)
    values = [d.value for d in draft_claims(text, mentions, "doc", PUBLISHED)]
    assert values == ["Some 15 people", "15 people"]


def _registry(tmp_path, source: Path) -> Path:
    (tmp_path / "sources").mkdir()
    shutil.copy(source, tmp_path / "sources" / source.name)
    return tmp_path / "sources" / source.name


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_the_drafted_file_verifies_without_schema_or_quote_errors(tmp_path, path):
    article = _registry(tmp_path, path)
    result = process(Job(article, PUBLISHED, "yaml", tmp_path))
    (tmp_path / "draft.yaml").write_text(result.output, encoding="utf-8")
    report = verify_paths([tmp_path])
    written_out = {d.id for d in result.drafts if d.note}
    bad = [f for f in report.findings
           if f.rule in ("yaml", "schema", "value", "unit", "quote", "quote-number", "text")
           and not (f.rule == "quote-number" and set(f.claims) <= written_out)]
    assert bad == []
    assert len(report.registry.claims) == len(result.drafts) > 0


def test_suggested_quantities_on_the_seed(tmp_path):
    article = _registry(tmp_path, SEED)
    drafts = {d.span: d for d in process(Job(article, PUBLISHED, "yaml", tmp_path)).drafts}
    assert drafts[(2068, 2080)].quantity == "karabakh.departed"
    assert drafts[(2088, 2105)].quantity == "karabakh.population"
    assert drafts[(3866, 3882)].quantity == "karabakh.remaining"
    assert drafts[(2289, 2314)].quantity == "stepanakert.population"
    assert drafts[(4934, 4944)].quantity == "blockade.duration"
    assert drafts[(859, 862)].quantity == "azerbaijan_and_armenia.wars"  # "two wars"
    assert drafts[(2068, 2080)].quote == ("the Armenian government said over 100,000 of the "
                                          "estimated 120,000 residents of Karabakh have "
                                          "already fled")


EDITED = """\
# Hand-kept registry: this comment must survive.
document:
  id: karabakh-exodus-2023
  text: sources/karabakh-exodus-2023.txt
  published: 2023-10-03

claims:
  # the person's own claim, edited
  - id: fled
    quote: "over 100,000 of the estimated 120,000 residents of Karabakh have already fled"
    by: Armenian government
    quantity: karabakh.departed
    value: over 100,000 people   # edited by hand
    status: edited
    span: [2068, 2080]
"""


def _drafts(tmp_path):
    article = _registry(tmp_path, SEED)
    result = process(Job(article, PUBLISHED, "yaml", tmp_path))
    return result.document, result.drafts


def test_merge_keeps_comments_and_edits_and_is_idempotent(tmp_path):
    document, drafts = _drafts(tmp_path)
    target = tmp_path / "k.yaml"
    target.write_text(EDITED, encoding="utf-8")
    added = merge(target, document, drafts)
    assert added == len(drafts) - 1  # the edited claim's mention is already there
    once = target.read_bytes()
    assert once.startswith(EDITED.encode())  # comments, order and the edit kept
    assert merge(target, document, drafts) == 0
    assert target.read_bytes() == once


def test_merge_into_a_new_file_twice_is_byte_identical(tmp_path):
    document, drafts = _drafts(tmp_path)
    target = tmp_path / "new.yaml"
    merge(target, document, drafts)
    first = target.read_bytes()
    merge(target, document, drafts)
    assert target.read_bytes() == first


@pytest.mark.parametrize("content", ["claims: [unclosed\n", "- just\n- a list\n",
                                     "document:\n  id: Bad Id\n", "claims: 5\n"])
def test_an_invalid_registry_is_refused_and_left_untouched(tmp_path, content):
    document, drafts = _drafts(tmp_path)
    target = tmp_path / "bad.yaml"
    target.write_text(content, encoding="utf-8")
    with pytest.raises(NotARegistry):
        merge(target, document, drafts)
    assert target.read_text(encoding="utf-8") == content


def test_a_vague_people_count_is_written_with_its_unit():
    text = "Several thousand refugees have crossed into Moldova."
    mentions = find_mentions(text, PUBLISHED)
    values = [d.value for d in draft_claims(text, mentions, "doc", PUBLISHED)]
    assert values == ["Several thousand people"]  # not the {low, high} mapping


def test_an_explicit_date_range_of_one_day_is_that_day():
    from factcheck.extract.draft_values import explicit
    from factcheck.extract.mention import Mention
    from factcheck.interval import Interval

    day = dt.date(2016, 10, 16).toordinal()
    one = Mention(0, 9, "on Sunday", "date", Interval(day, day, unit="day", kind="date"))
    assert explicit(one) == "2016-10-16"
    two = Mention(0, 9, "last week", "date", Interval(day - 6, day, unit="day", kind="date"))
    assert explicit(two) == "between 2016-10-10 and 2016-10-16"


def test_a_place_and_colon_under_the_story_is_a_label_not_a_dateline():
    # "Metro Manila: 441 cases, five deaths" was read as a dateline, its place lost
    text = ("Measles spreads\n\nThe outbreak has spread to more areas, the health department "
            "said on Thursday.\n\nMetro Manila: 441 cases, five deaths\n")
    label = text.index("Metro Manila:")
    assert not inside(metadata_spans(text), label)
    # near miss: a dateline after a lead paragraph repeated above it stays one
    text = ("Death toll rises\n\nTyphoon Yagi killed nine people and then weakened Sunday, "
            "but downpours continued.\n\nHANOI: The death toll in Vietnam climbed to 87 on "
            "Tuesday, state media said.\n")
    assert inside(metadata_spans(text), text.index("HANOI:"))
