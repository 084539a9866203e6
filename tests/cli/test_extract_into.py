"""`extract --into` a registry, then `suggest --into` and `verify`: drafts that name
the registry's places and speakers, never reuse an id nor touch an edited claim, and
verify with no false conflict; bad input exits cleanly."""

import shutil
from pathlib import Path

from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "claims" / "sources" / "karabakh-exodus-2023.txt"

HEAD = """\
document:
  id: karabakh-exodus
  text: sources/karabakh-exodus-2023.txt
  published: 2023-10-03

places:
  karabakh: {name: Nagorno-Karabakh, aliases: [Karabakh, Artsakh]}
  stepanakert: {name: Stepanakert, within: karabakh}

speakers:
  un-mission: {name: UN mission, aliases: [U.N. inspectors]}

claims:
  # edited by hand: must survive as it is
  - id: karabakh-exodus-2023-over-100-000
    quote: "over 100,000 of the estimated 120,000 residents of Karabakh have already fled"
    by: Armenian government
    quantity: karabakh.departed
    value: over 100,000 people   # checked against the government's statement
    status: edited
"""


def _registry(workdir) -> Path:
    root = workdir / "claims"
    (root / "sources").mkdir(parents=True)
    shutil.copy(SEED, root / "sources" / SEED.name)
    (root / "karabakh.yaml").write_text(HEAD, encoding="utf-8")
    return root


def test_extract_suggest_verify_on_the_shipped_article(workdir, cli):
    root = _registry(workdir)
    target = root / "karabakh.yaml"
    run = cli("extract", root / "sources" / SEED.name, "--into", target)
    assert run.code == 0, run
    text = target.read_text(encoding="utf-8")
    assert text.startswith(HEAD)  # the edited claim, its comments and order kept
    claims = YAML(typ="safe").load(text)["claims"]
    ids = [c["id"] for c in claims]
    assert len(ids) == len(set(ids))  # the edited claim's id is not drafted again
    by_value = {c["value"]: c for c in claims}
    remaining = by_value["fewer than 1,500 people"]
    assert remaining["by"] == "UN mission"  # "U.N. inspectors", the registry's name
    assert str(remaining["as_of"]) == "2023-10-02"  # "as of Monday evening"
    assert remaining["quantity"] == "karabakh.remaining"
    stepanakert = by_value["between 55,000 and 75,000 people"]
    assert stepanakert["quantity"] == "stepanakert.population"

    assert cli("suggest", root, "--into", target).code == 0
    relations = YAML(typ="safe").load(target.read_text(encoding="utf-8"))["relations"]
    assert {r["holds"] for r in relations} >= {
        "karabakh.departed + karabakh.remaining <= karabakh.population"}
    report = cli("verify", root, "--format", "json").json()
    assert report["summary"]["errors"] == 0
    assert not [f for f in report["findings"] if f["rule"] in ("inconsistency", "disagreement")]


def test_an_article_without_numbers_drafts_nothing(workdir, cli):
    (workdir / "calm.txt").write_text("Nothing was counted.\n", encoding="utf-8")
    run = cli("extract", workdir / "calm.txt")
    assert run.code == 0
    assert YAML(typ="safe").load(run.stdout)["claims"] == []
    assert "no numbers found" in run.stderr


def test_a_text_that_is_not_utf8_is_named(workdir, cli):
    (workdir / "latin.txt").write_bytes("caf\u00e9: 15 people left.".encode("latin-1"))
    run = cli("extract", workdir / "latin.txt", "--into", workdir / "r.yaml")
    assert run.code == 2
    assert "latin.txt is not UTF-8" in run.stderr
    assert not (workdir / "r.yaml").exists()
