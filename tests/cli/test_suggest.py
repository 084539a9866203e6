"""`factcheck suggest`: accounting, arrivals and trends the names imply, as YAML or
merged with --into; what the registry already has is never suggested again."""

from ruamel.yaml import YAML

REGISTRY = {
    "a.yaml": """\
        document:
          id: a
          published: 2023-10-03
        claims:
          - id: fled
            quantity: k.departed
            value: over 100,000 people
          - id: fled-later
            as_of: 2023-10-01
            quantity: k.departed
            value: over 90,000 people
          - id: residents
            quantity: k.population
            value: about 120,000 people
          - id: left
            quantity: k.remaining
            value: fewer than 1,500 people
          - id: in-armenia
            quantity: armenia.arrived
            value: 90,000 people
        """,
}


def _yaml(text: str):
    return YAML(typ="safe").load(text)


def test_suggests_accounting_arrivals_and_a_trend(registry, cli):
    root = registry(REGISTRY)
    run = cli("suggest", root)
    assert run.code == 0, run
    data = _yaml(run.stdout)
    assert data["quantities"] == {"k.departed": {"trend": "non-decreasing"}}
    assert [r["holds"] for r in data["relations"]] == [
        "k.departed + k.remaining <= k.population", "armenia.arrived <= k.departed"]
    assert [r["id"] for r in data["relations"]] == ["k-accounting", "armenia-arrivals"]


def test_what_the_registry_has_is_not_suggested_again(registry, cli):
    files = dict(REGISTRY)
    files["b.yaml"] = """\
        quantities:
          k.departed: {trend: non-decreasing}
        relations:
          - id: accounting
            holds: k.departed + k.remaining <= k.population
        """
    run = cli("suggest", registry(files))
    assert _yaml(run.stdout) == {"relations": [{
        "id": "armenia-arrivals", "holds": "armenia.arrived <= k.departed",
        "why": "those who arrived in armenia are among those who left k"}]}


def test_into_merges_once_and_keeps_the_file(registry, cli, workdir):
    root = registry(REGISTRY)
    target = root / "relations.yaml"
    target.write_text("# kept comment\nrelations:\n  - id: k-accounting\n"
                      "    holds: k.remaining <= k.population\n", encoding="utf-8")
    first = cli("suggest", root, "--into", target)
    assert first.code == 0, first
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# kept comment\nrelations:\n  - id: k-accounting\n")
    ids = [r["id"] for r in _yaml(text)["relations"]]
    assert ids == ["k-accounting", "k-accounting-2", "armenia-arrivals"]  # no id reused
    assert cli("suggest", root, "--into", target).code == 0
    assert target.read_text(encoding="utf-8") == text  # nothing new: untouched
    assert cli("verify", root).code == 0


def test_nothing_to_suggest_is_no_error(registry, cli):
    run = cli("suggest", registry({"a.yaml": "places:\n  k: {name: K}\n"}))
    assert run.code == 0 and run.stdout == ""
    assert "nothing to suggest" in run.stderr


def test_an_into_file_that_is_no_registry_is_refused(registry, cli):
    root = registry(REGISTRY)
    (root / "bad.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    run = cli("suggest", root / "a.yaml", "--into", root / "bad.yaml")
    assert run.code == 2
    assert "nothing was written" in run.stderr
    assert (root / "bad.yaml").read_text(encoding="utf-8") == "- just\n- a list\n"


def test_a_name_seen_only_inside_a_ratio_is_not_accounted(registry, cli):
    """'Nearly all of the population fled' names s.departed and s.population only
    inside a ratio: an accounting relation on them would be unknown-quantity errors."""
    run = cli("suggest", registry({"a.yaml": """\
        document:
          id: a
          published: 2023-10-03
        claims:
          - id: nearly-all
            quantity: s.departed / s.population
            value: nearly all
        """}))
    assert run.code == 0 and run.stdout == ""


def test_a_stock_that_falls_gets_no_trend(registry, cli):
    # the registered refugees of one camp fell by 921 in a fortnight: a true report
    files = {"c.yaml": """\
        document:
          id: c
          published: 2017-05-02
        claims:
          - {id: apr-30, quantity: dadaab.registered, value: 247,798 people, as_of: 2017-04-30}
          - {id: apr-15, quantity: dadaab.registered, value: 248,719 people, as_of: 2017-04-15}
          - {id: idp-may, quantity: dadaab.displaced, value: 9,000 people, as_of: 2017-05-01}
          - {id: idp-apr, quantity: dadaab.displaced, value: 12,000 people, as_of: 2017-04-01}
          - {id: lost-may, quantity: dadaab.missing, value: '3', as_of: 2017-05-01}
          - {id: lost-apr, quantity: dadaab.missing, value: '9', as_of: 2017-04-01}
          - {id: dead-may, quantity: dadaab.killed_2017, value: '40', as_of: 2017-05-01}
          - {id: dead-apr, quantity: dadaab.killed_2017, value: '31', as_of: 2017-04-01}
        """}
    run = cli("suggest", registry(files))
    assert run.code == 0, run
    # only the toll, which can only grow (its year is the one extract gives another
    # event's count)
    assert _yaml(run.stdout)["quantities"] == {
        "dadaab.killed_2017": {"trend": "non-decreasing"}}


def test_no_accounting_of_a_population_and_departures_years_apart(registry, cli):
    # 2018-09-10 to 2024-08-21 is 2,172 days: two episodes, not one place's people
    files = {
        "camps.yaml": """\
            document: {id: camps, published: 2018-09-10}
            claims:
              - {id: camps, quantity: iran.population, value: as many as 28000 people}
            """,
        "pilgrims.yaml": """\
            document: {id: pilgrims, published: 2024-08-21}
            claims:
              - {id: left, quantity: iran.departed, value: 3 million people}
            """,
    }
    run = cli("suggest", registry(files))
    assert run.code == 0 and run.stdout == "", run
    # near miss: 2024-06-25 to 2024-08-21 is 57 days, within four months (120 days)
    files["camps.yaml"] = files["camps.yaml"].replace("2018-09-10", "2024-06-25")
    assert [r["holds"] for r in _yaml(cli("suggest", registry(files)).stdout)["relations"]] \
        == ["iran.departed <= iran.population"]
