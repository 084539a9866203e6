"""factcheck.registry.load: discovery, document texts, assembly of a Registry, and the one
clear, positioned finding each kind of bad input gives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.checks import settle
from factcheck.findings import Location
from factcheck.registry.load import RegistryUnreadable, discover, load

from registry_texts import ONE_CLAIM

DOC = """\
document:
  id: doc
  title: T
  text: {text}
  published: 2023-10-03
"""


def only(findings, rule: str | None = None):
    """The single finding of a load (of that rule); fails listing them otherwise."""
    chosen = [f for f in settle(findings) if rule is None or f.rule == rule]
    assert len(chosen) == 1, [(f.rule, str(f.location), f.message) for f in findings]
    return chosen[0]


def where(finding) -> tuple[str, str, int, int]:
    return finding.rule, finding.file, finding.line, finding.column


# ---------------------------------------------------------------- discovery

def test_discover_lists_yaml_and_yml_in_order_skipping_hidden(registry):
    root = registry({"b.yaml": "", "a.yml": "", "sub/c.yaml": "", ".hidden.yaml": "",
                     ".git/x.yaml": "", "notes.txt": "", "z.YAML.bak": ""})
    names = [p.relative_to(root).as_posix() for p in discover([root])]
    assert names == ["a.yml", "b.yaml", "sub/c.yaml"]


def test_discover_empty_folder_names_it(registry):
    root = registry({"notes.txt": "not yaml"})
    with pytest.raises(RegistryUnreadable, match=r"^.*reg: no \*\.yaml claim files here"):
        discover([root])


def test_discover_missing_path_names_it(workdir):
    with pytest.raises(RegistryUnreadable, match="^nowhere: no such file or folder"):
        discover([Path("nowhere")])


def test_a_single_file_is_its_own_registry(registry):
    root = registry({"a.yaml": "places:\n  x: {name: X}\n", "b.yaml": "oops: ["})
    loaded = load([root / "a.yaml"])
    assert loaded.findings == []
    assert loaded.registry.files == ["reg/a.yaml"]
    assert list(loaded.registry.places) == ["x"]


def test_overlapping_paths_load_each_file_once(registry):
    """`verify reg reg/a.yaml ./reg` (pre-commit may pass a folder and its files)."""
    root = registry({"a.yaml": """\
        document: {id: d, published: 2023-10-03}
        claims:
          - {id: c, quantity: a.b, value: 5 people}
        """})
    loaded = load([root, root / "a.yaml", Path("./reg")])
    assert loaded.findings == []
    assert loaded.registry.files == ["reg/a.yaml"]
    assert [c.id for c in loaded.registry.claims] == ["c"]


def test_empty_and_comment_only_files_are_empty_registries(registry):
    root = registry({"a.yaml": "", "b.yaml": "# nothing yet\n"})
    loaded = load([root])
    assert loaded.findings == []
    assert loaded.registry.claims == []


# ---------------------------------------------------------------- YAML and schema

def test_malformed_yaml_is_one_yaml_finding_at_the_error(registry):
    root = registry({"a.yaml": "document:\n  id: x\n  title: [unclosed\n"})
    finding = only(load([root]).findings)
    assert where(finding) == ("yaml", "reg/a.yaml", 3, 10)
    assert finding.severity == "error"
    assert "not closed" in finding.message


def test_registry_file_that_is_a_list(registry):
    root = registry({"a.yaml": "- id: fled\n- id: residents\n"})
    finding = only(load([root]).findings)
    assert where(finding) == ("schema", "reg/a.yaml", 1, 1)
    assert "must be a mapping" in finding.message and "not a list" in finding.message


def test_claims_without_a_document_section_is_one_finding(registry):
    root = registry({"a.yaml": """\
        claims:
          - id: x
            quantity: a.b
            value: 5 people
        """})
    loaded = load([root])
    finding = only(loaded.findings)
    assert where(finding) == ("schema", "reg/a.yaml", 1, 1)
    assert "no document" in finding.message
    assert loaded.registry.claims == []


def test_claims_under_an_empty_document_section_is_one_finding(registry):
    root = registry({"a.yaml": """\
        document:
        claims:
          - id: x
            quantity: a.b
            value: 5 people
        """})
    finding = only(load([root]).findings)
    assert where(finding) == ("schema", "reg/a.yaml", 3, 5)
    assert "document" in finding.message


def test_claims_under_a_broken_document_are_not_silently_dropped(registry):
    root = registry({"a.yaml": """\
        document:
          title: no id
        claims:
          - id: x
            quantity: a.b
            value: 5 people
        """})
    findings = load([root]).findings
    assert [where(f) for f in findings] == [("schema", "reg/a.yaml", 2, 3),
                                             ("schema", "reg/a.yaml", 4, 5)]
    assert "has no 'id'" in findings[0].message
    assert "not checked" in findings[1].message


def test_duplicate_claim_id_across_two_files(registry):
    claim = """\
        document:
          id: {doc}
          published: 2023-10-03
        claims:
          - id: fled
            quantity: karabakh.departed
            value: {{low: 1, high: 2, unit: person}}
        """
    root = registry({"a.yaml": claim.format(doc="doc-a"), "b.yaml": claim.format(doc="doc-b")})
    finding = only(load([root]).findings)
    assert where(finding) == ("duplicate", "reg/b.yaml", 5, 9)
    assert finding.severity == "error"
    assert "'fled'" in finding.message and "reg/a.yaml:5:9" in finding.message


# ---------------------------------------------------------------- document texts

def test_text_is_read_relative_to_its_file(registry):
    root = registry({"sub/a.yaml": DOC.format(text="../sources/article.txt")}, article=True)
    loaded = load([root])
    assert loaded.findings == []
    assert "Nagorno-Karabakh" in loaded.registry.documents["doc"].text


def test_missing_text_file(registry):
    root = registry({"a.yaml": DOC.format(text="sources/missing.txt")})
    finding = only(load([root]).findings)
    assert where(finding) == ("text", "reg/a.yaml", 4, 9)
    assert "'sources/missing.txt'" in finding.message
    assert "No such file" in finding.message


def test_text_path_that_is_a_folder(registry):
    root = registry({"a.yaml": DOC.format(text="sources")}, article=True)
    finding = only(load([root]).findings)
    assert where(finding) == ("text", "reg/a.yaml", 4, 9)


def test_non_utf8_text_names_the_line_of_the_bad_byte(registry):
    root = registry({"a.yaml": DOC.format(text="latin.txt"),
                     "latin.txt": b"first line\ncaf\xe9 au lait\n"})
    finding = only(load([root]).findings)
    assert where(finding) == ("text", "reg/a.yaml", 4, 9)
    assert "not UTF-8" in finding.message and "line 2" in finding.message
    assert "iconv" in finding.hint


def test_utf8_bom_is_dropped(registry):
    root = registry({"a.yaml": DOC.format(text="bom.txt"),
                     "bom.txt": "\ufeffHello".encode("utf-8")})
    assert load([root]).registry.documents["doc"].text == "Hello"


@pytest.mark.parametrize("path, message", [
    ("../../etc/passwd", "leads outside the registry folder"),
    ("sources/../../x.txt", "leads outside the registry folder"),
    ("/etc/passwd", "is absolute"),
])
def test_text_path_escaping_the_registry(registry, path, message):
    root = registry({"a.yaml": DOC.format(text=path)}, article=True)
    (root.parent / "x.txt").write_text("outside")
    loaded = load([root])
    finding = only(loaded.findings)
    assert where(finding) == ("text", "reg/a.yaml", 4, 9)
    assert message in finding.message
    assert loaded.registry.documents["doc"].text is None  # never read


def test_symlink_leading_outside_is_refused(registry):
    root = registry({"a.yaml": DOC.format(text="link.txt")})
    (root.parent / "secret.txt").write_text("secret")
    os.symlink(root.parent / "secret.txt", root / "link.txt")
    finding = only(load([root]).findings)
    assert where(finding) == ("text", "reg/a.yaml", 4, 9)
    assert "outside" in finding.message


def test_two_registry_paths_do_not_widen_the_allowed_folder(registry):
    """With `verify reg other`, a text must stay inside reg or other, not inside
    their common parent (which may be / for paths far apart)."""
    registry({"x.yaml": "places:\n  x: {name: X}\n"}, folder="other")
    root = registry({"a.yaml": DOC.format(text="../secret.txt")})
    (root.parent / "secret.txt").write_text("secret")
    loaded = load([root, root.parent / "other"])
    finding = only(loaded.findings)
    assert where(finding) == ("text", "reg/a.yaml", 4, 9)
    assert loaded.registry.documents["doc"].text is None


def test_text_larger_than_the_limit(registry, monkeypatch):
    import factcheck.registry.assemble

    monkeypatch.setattr(factcheck.registry.assemble, "MAX_TEXT_BYTES", 1000)
    root = registry({"a.yaml": DOC.format(text="sources/article.txt")}, article=True)
    finding = only(load([root]).findings)
    assert where(finding) == ("text", "reg/a.yaml", 4, 9)
    assert "larger than 1,000 bytes" in finding.message


def test_a_text_just_over_five_mib_is_refused_and_one_at_the_limit_read(registry):
    root = registry({"a.yaml": DOC.format(text="sources/article.txt")}, article=True)
    article = root / "sources" / "article.txt"
    article.write_bytes(b"x" * (5 * 1024 * 1024 + 1))
    finding = only(load([root]).findings)
    assert finding.message == ("the text file 'sources/article.txt' is larger than "
                               "5,242,880 bytes")
    article.write_bytes(b"x" * (5 * 1024 * 1024))
    loaded = load([root])
    assert [f.rule for f in loaded.findings] == []
    assert len(loaded.registry.documents["doc"].text) == 5 * 1024 * 1024


def test_files_outside_the_working_folder_keep_their_full_name(registry, tmp_path,
                                                              monkeypatch):
    root = registry({"a.yaml": "- a list\n"})
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    finding = only(load([root]).findings)
    assert finding.file == str(root / "a.yaml")


def test_a_document_without_text_is_a_reference_document(registry):
    root = registry({"a.yaml": "document:\n  id: ref\n  published: 2023-10-03\n"})
    loaded = load([root])
    assert loaded.findings == []
    assert loaded.registry.documents["ref"].text is None


# ---------------------------------------------------------------- values and units

CLAIM = ONE_CLAIM


def claim_findings(registry, quantity="a.b", value="5 people"):
    root = registry({"a.yaml": CLAIM.format(quantity=quantity, value=value)})
    loaded = load([root])
    return loaded, loaded.findings


def test_unknown_phrase_names_the_word_and_points_at_it(registry):
    loaded, findings = claim_findings(registry, value="umpteen people")
    finding = only(findings)
    assert where(finding) == ("value", "reg/a.yaml", 7, 12)
    assert finding.claims == ("c",)
    assert "'umpteen'" in finding.message
    assert loaded.registry.claim("c").interval is None  # never read as another number


def test_unknown_unit_word_in_a_phrase(registry):
    """The grammar reads units from its table and pint; a word neither knows is an
    unknown word of the value, pointed at inside the scalar."""
    _, findings = claim_findings(registry, value="5 zorbs")
    finding = only(findings)
    assert where(finding) == ("value", "reg/a.yaml", 7, 14)
    assert "'zorbs'" in finding.message


def test_a_pint_unit_is_a_unit(registry):
    loaded, findings = claim_findings(registry, value="5 parsecs")
    assert findings == []
    assert loaded.registry.claim("c").interval.unit == "parsec"


def test_unknown_unit_in_an_explicit_value(registry):
    _, findings = claim_findings(registry, value="{low: 1, high: 2, unit: zorbs}")
    finding = only(findings)
    assert where(finding) == ("unit", "reg/a.yaml", 7, 12)
    assert "unknown unit 'zorbs'" in finding.message


def test_unknown_unit_declared_for_a_quantity(registry):
    root = registry({"a.yaml": """\
        quantities:
          town.size: {unit: zorbs}
        """})
    loaded = load([root])
    finding = only(loaded.findings)
    assert where(finding) == ("unit", "reg/a.yaml", 2, 21)
    assert "'town.size'" in finding.message and "'zorbs'" in finding.message
    assert loaded.registry.quantities["town.size"].unit is None


def test_known_declared_unit_is_kept(registry):
    root = registry({"a.yaml": "quantities:\n  town.size: {unit: person}\n"})
    loaded = load([root])
    assert loaded.findings == []
    assert loaded.registry.quantities["town.size"].unit == "person"


# ---------------------------------------------------------------- expressions are parsed

@pytest.fixture
def no_system(monkeypatch):
    calls = []
    monkeypatch.setattr(os, "system", lambda *a: calls.append(a) or 0)
    yield calls
    assert calls == [], "an expression was evaluated as code"


@pytest.mark.parametrize("quantity, column, words", [
    ("__import__('os').system('x')", 15, "function calls are not supported"),
    ("a.__class__", 15, "not a quantity name"),
    ("karabakh.departed.__class__", 15, "karabakh.departed.__class__"),
])
def test_expression_tricks_are_schema_errors(registry, no_system, quantity, column, words):
    loaded, findings = claim_findings(registry, quantity=quantity)
    finding = only(findings)
    assert where(finding) == ("schema", "reg/a.yaml", 6, column)
    assert finding.claims == ("c",)
    assert words in finding.message
    assert loaded.registry.claim("c").expr is None


def test_function_call_in_a_relation(registry, no_system):
    root = registry({"a.yaml": """\
        relations:
          - id: r
            holds: __import__('os').system('x') <= a.b
        """})
    finding = only(load([root]).findings)
    assert where(finding) == ("schema", "reg/a.yaml", 3, 12)
    assert finding.claims == ("r",)


# ---------------------------------------------------------------- places

def test_place_within_an_unknown_place(registry):
    root = registry({"a.yaml": """\
        places:
          stepanakert: {name: Stepanakert, within: karabah}
        """})
    finding = only(load([root]).findings)
    assert where(finding) == ("schema", "reg/a.yaml", 2, 44)
    assert "'karabah'" in finding.message


def test_within_cycle_is_one_finding_naming_the_cycle(registry):
    """d lies within the cycle but is not within itself: the cycle is reported once,
    at its first place, with the chain."""
    root = registry({"a.yaml": """\
        places:
          a: {within: b}
          b: {within: c}
          c: {within: a}
          d: {within: a}
        """})
    finding = only(load([root]).findings)
    assert where(finding) == ("schema", "reg/a.yaml", 2, 15)
    assert "'a' ends up within itself: a within b within c within a" in finding.message


def test_place_within_itself(registry):
    root = registry({"a.yaml": "places:\n  a: {within: a}\n"})
    finding = only(load([root]).findings)
    assert where(finding) == ("schema", "reg/a.yaml", 2, 15)
    assert "within itself" in finding.message


def test_places_may_be_declared_in_another_file(registry):
    root = registry({"a.yaml": "places:\n  k: {name: K}\n",
                     "b.yaml": "places:\n  s: {name: S, within: k}\n"})
    loaded = load([root])
    assert loaded.findings == []
    assert loaded.registry.places["s"].within_location == Location("reg/b.yaml", 2, 24)


# ---------------------------------------------------------------- the shipped registry

def test_shipped_registry_loads_clean(shipped):
    loaded = load([shipped])
    assert loaded.findings == []
    assert loaded.registry.files == [p.relative_to(shipped.parent).as_posix()
                                     for p in discover([shipped])]
    assert "claims/karabakh-exodus.yaml" in loaded.registry.files
    assert all(c.interval is not None and c.expr is not None for c in loaded.registry.claims)
    article = (shipped / "sources" / "karabakh-exodus-2023.txt").read_text("utf-8")
    assert loaded.registry.documents["karabakh-exodus"].text == article.removeprefix("\ufeff")


# ---------------------------------------------------------------- language

LANGUAGE_DOC = """\
document:
  id: doc
  title: T
  text: sources/de.txt
  published: 2023-10-03
  language: {language}
claims:
  - id: bewohner
    quote: "100.000 Einwohner"
    quantity: stadt.population
    value: 100.000 people
"""


def _language_registry(registry, language):
    root = registry({"a.yaml": LANGUAGE_DOC.format(language=language)})
    (root / "sources").mkdir()
    (root / "sources" / "de.txt").write_text("Die Stadt hat 100.000 Einwohner.\n",
                                             encoding="utf-8")
    return root


def test_document_language_reads_dot_groups_in_values(registry):
    loaded = load([_language_registry(registry, "de")])
    assert loaded.findings == []
    claim = loaded.registry.claims[0]
    assert (claim.interval.low, claim.interval.high) == (95000, 105000)


def test_an_unknown_document_language_is_a_schema_error_at_its_line(registry):
    loaded = load([_language_registry(registry, "xx")])
    finding = only(loaded.findings, "schema")
    assert where(finding)[2:] == (6, 13)
    assert "unknown language 'xx'" in finding.message
