"""The flow a new user follows on the shipped article, end to end: `init`, `extract
--into`, `suggest --into`, `verify`. The drafts declare the places they name, so a
drafted share ("nearly all ... have fled") names places that exist: no
unknown-quantity error, no conflict, and the counts the article gives are checked."""

import shutil
from pathlib import Path

from ruamel.yaml import YAML

SEED = Path(__file__).resolve().parents[2] / "claims" / "sources" / "karabakh-exodus-2023.txt"


def test_init_extract_suggest_verify_on_the_shipped_article(workdir, cli):
    assert cli("init", "desk").code == 0
    claims = workdir / "desk" / "claims"
    shutil.copy(SEED, claims / "sources" / SEED.name)
    into = claims / "karabakh.yaml"
    run = cli("extract", claims / "sources" / SEED.name, "--published", "2023-10-03",
              "--into", into)
    assert run.code == 0, run
    assert cli("suggest", claims, "--into", into).code == 0

    data = YAML(typ="safe").load(into.read_text(encoding="utf-8"))
    assert data["places"]["karabakh"] == {"name": "Karabakh", "aliases": ["Nagorno-Karabakh"]}
    shares = {c["quantity"] for c in data["claims"] if "/" in c["quantity"]}
    assert shares == {"karabakh.departed / karabakh.population"}
    holds = {r["holds"] for r in data["relations"]}
    assert "karabakh.departed + karabakh.remaining <= karabakh.population" in holds

    report = cli("verify", claims, "--format", "json")
    assert report.code == 0, report
    result = report.json()
    assert result["findings"] == []  # no unknown-quantity, no conflict, no rounding
    by_quantity = {}
    for claim in data["claims"]:
        by_quantity.setdefault(claim["quantity"], []).append(claim["id"])
    unchecked = set(result["unchecked"])
    # the seven counts and shares on Karabakh and Stepanakert are all cross-checked
    counted = [i for q, ids in by_quantity.items() if q.split(".")[0] in
               ("karabakh", "stepanakert") for i in ids]
    assert len(counted) == 7 and not unchecked & set(counted)
    assert result["summary"]["checked"] >= 9  # the 7 and the example's 2


def test_extract_into_adds_only_places_the_registry_lacks(workdir, cli, registry):
    root = registry({"places.yaml": """\
        places:
          armenia: {name: Armenia}
        """, "k.yaml": """\
        document:
          id: k
          text: k.txt
          published: 2023-10-03
        places:
          goris: {name: Goris}
        claims: []
        """})
    (root / "k.txt").write_text("Over 100,000 of the 120,000 residents of Karabakh have "
                                "fled to Armenia. Nearly all of Stepanakert has left.\n",
                                encoding="utf-8")
    assert cli("extract", root / "k.txt", "--into", root / "k.yaml").code == 0
    data = YAML(typ="safe").load((root / "k.yaml").read_text(encoding="utf-8"))
    assert data["places"] == {"goris": {"name": "Goris"}, "karabakh": {"name": "Karabakh"},
                              "stepanakert": {"name": "Stepanakert"}}
    assert cli("verify", root).code == 0


CHANGE = """Fighting spreads in the east

The number of people who have fled Zorya has doubled in a week, to more than 8,000, the UN said on Sunday.
"""


def test_a_drafted_change_verifies_and_is_checked(workdir, cli):
    # "doubled in a week", published 2024-03-10: zorya.departed@2024-03-10 /
    # zorya.departed@2024-03-03 in [1.95, 2.05], beside "more than 8,000" on 2024-03-10
    assert cli("init", "desk").code == 0
    claims = workdir / "desk" / "claims"
    text = claims / "sources" / "zorya.txt"
    text.write_text(CHANGE, encoding="utf-8")
    assert cli("extract", text, "--published", "2024-03-10", "--into",
               claims / "zorya.yaml").code == 0
    report = cli("verify", claims, "--format", "json")
    assert report.code == 0, report
    result = report.json()
    assert result["findings"] == []
    data = YAML(typ="safe").load((claims / "zorya.yaml").read_text(encoding="utf-8"))
    [change] = [c for c in data["claims"] if "@" in c["quantity"]]
    assert change["value"] == "doubled" and change["id"] not in result["unchecked"]
    # 8,001 on the later date over at most 2.05: at least 3,903 a week before
    assert any(key == "zorya.departed@2024-03-03" and q["low"] == 3903
               for key, q in result["quantities"].items())
