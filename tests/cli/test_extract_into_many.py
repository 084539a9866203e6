"""A desk's registry of many articles: six real stories on six events (quakes in
Iran, Peru and Pakistan, a Utah mine, an Iranian train blast, 2004 to 2021), each
drafted `extract --into` its own file in order of publication, then `suggest --into`
and `verify`. No finding may set one event's numbers against another's: the names
the stories share (`iran.killed`, `earthquake.magnitude`) are not one quantity."""

import json
import shutil
from pathlib import Path

from ruamel.yaml import YAML

DRAFTS = Path(__file__).resolve().parents[1] / "data" / "drafts"
STORIES = [  # (gold file, the text's publication date)
    ("holdout39/washingtontimes-neyshabur-explosion-2004", "2004-02-19"),
    ("holdout19/heraldtribune-zarand-quake-2005", "2005-02-22"),
    ("holdout38/capecodtimes-peru-quake-2007", "2007-08-16"),
    ("holdout20/chinapost-utah-mine-2007", "2007-08-17"),
    ("holdout34/kazinform-iran-quake-2012", "2012-08-12"),
    ("holdout32/dailytimes247-harnai-quake-2021", "2021-10-07"),
]


def test_stories_of_other_events_are_never_held_against_each_other(workdir, cli):
    claims = workdir / "claims"
    (claims / "sources").mkdir(parents=True)
    for story, published in STORIES:
        text = DRAFTS / f"{story}.txt"
        shutil.copy(text, claims / "sources" / text.name)
        run = cli("extract", claims / "sources" / text.name, "--published", published,
                  "--into", claims / f"{text.stem}.yaml")
        assert run.code == 0, run
    assert cli("suggest", claims, "--into", claims / "suggested.yaml").code == 0
    run = cli("verify", claims, "--format", "json", "--no-cache")
    assert run.code in (0, 1), run
    owner = {}
    for path in claims.glob("*.yaml"):
        data = YAML(typ="safe").load(path.read_text(encoding="utf-8")) or {}
        owner.update({c["id"]: path.stem for c in data.get("claims") or ()})
    findings = json.loads(run.stdout)["findings"]
    across = [f for f in findings if len({owner.get(c) for c in f["claims"]}) > 1]
    assert across == []
    # the stories' own numbers still meet: every article's drafts are on the names
    # its own text gives (the 2012 toll is a toll of 2012, not of 2005)
    kazinform = (claims / "kazinform-iran-quake-2012.yaml").read_text(encoding="utf-8")
    assert "quantity: iran.killed_2012" in kazinform
