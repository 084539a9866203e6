"""Containment: verify reads only files inside the registry folder, and nothing of a
file outside it ever reaches a report, in any output format.

A secret file sits next to the registry. Every way of pointing at it (a `text:` path
with `..`, an absolute path, a symlinked file or folder leading out, a chain of links,
a registry YAML file that is itself a link out, a linked folder of YAML files) must
be refused with a finding, and no piece of the secret may appear in stdout or stderr
of `verify` in any format registered in `factcheck.formats.FORMATS`. The same for the
team configuration the pull request may edit too: a `factcheck.toml` whose `phrases`
or `registry` leads out of its folder, or that is itself a link out, is refused
(exit 2) unread.
"""

from __future__ import annotations

import os
import random
import re

import pytest

from factcheck.report.formats import FORMATS

_rng = random.Random(6)
MARKERS = ["".join(_rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(16)) for _ in range(6)]
SECRET_TEXT = (
    f"Officials said over 100,000 {MARKERS[0]} people have already fled the valley of "
    f"{MARKERS[1]}.\nThe estimated 120,000 residents of {MARKERS[2]} were counted on "
    f"one hand {MARKERS[3]}.\n")
SECRET_YAML = f"""\
{MARKERS[4]}: 1
document:
  id: {MARKERS[5].lower()}
  text: secret.txt
claims:
  - id: {MARKERS[0].lower()}
    quote: "{MARKERS[1]}"
    quantity: a.b
    value: "{MARKERS[2]} people"
"""
SECRET_TOML = f"[{MARKERS[0]}]\n{MARKERS[1]} = 1\n[{MARKERS[0]}]\n"  # its error quotes
QUOTE = "over 100,000 people have already fled the valley"  # near the secret's line 1


def leaked(output: str) -> list[str]:
    """Pieces (8 letters or more) of any marker in the output, wrapping ignored."""
    flat = re.sub(r"[\s│┃|─━┆]+", "", output).upper()
    return sorted({marker[i:i + 8] for marker in MARKERS for i in range(len(marker) - 7)
                   if marker[i:i + 8] in flat})


def document(text: str) -> str:
    return f"""\
document:
  id: doc
  text: {text}
  published: 2023-10-03
claims:
  - id: fled
    quote: "{QUOTE}"
    quantity: a.departed
    value: over 100,000 people
"""


@pytest.fixture
def outside(workdir):
    """workdir/outside/: the secret text and YAML, and a folder holding them too."""
    folder = workdir / "outside"
    (folder / "dir").mkdir(parents=True)
    for place in (folder, folder / "dir"):
        (place / "secret.txt").write_text(SECRET_TEXT, encoding="utf-8")
        (place / "secret.yaml").write_text(SECRET_YAML, encoding="utf-8")
        (place / "secret.toml").write_text(SECRET_TOML, encoding="utf-8")
    return folder


def _deep(workdir) -> str:
    return "../" * len((workdir / "reg").parts) + str(workdir / "outside/secret.txt")[1:]


# (text path, links to make inside reg/ as {name: target}, expected message words)
TEXT_ESCAPES = {
    "relative": ("../outside/secret.txt", {}, "outside the registry"),
    "through sources": ("sources/../../outside/secret.txt", {}, "outside the registry"),
    "to the root and down": (_deep, {}, "outside the registry"),
    "absolute": (lambda workdir: str(workdir / "outside/secret.txt"), {}, "absolute"),
    "etc passwd": ("../../etc/passwd", {}, "outside the registry"),
    "file symlink": ("link.txt", {"link.txt": "../outside/secret.txt"},
                     "outside the registry"),
    "folder symlink": ("linked/secret.txt", {"linked": "../outside/dir"},
                       "outside the registry"),
    "chain of links": ("sources/hop.txt", {"sources/hop.txt": "../hop2.txt",
                                           "hop2.txt": "../outside/secret.txt"},
                       "outside the registry"),
    "absolute link": ("sources/abs.txt", {"sources/abs.txt": "{workdir}/outside/secret.txt"},
                      "outside the registry"),
}


def make(registry, workdir, case: str):
    text, links, _ = TEXT_ESCAPES[case]
    text = text(workdir) if callable(text) else text
    root = registry({"a.yaml": document(text)}, article=True)
    for name, target in links.items():
        os.symlink(target.format(workdir=workdir), root / name)
    return root


@pytest.mark.parametrize("case", TEXT_ESCAPES)
def test_a_text_outside_the_registry_is_refused(registry, workdir, outside, cli, case):
    root = make(registry, workdir, case)
    run = cli("verify", str(root), "--format", "json")
    assert run.code == 1
    [finding] = run.json()["findings"]
    assert (finding["rule"], finding["file"], finding["line"], finding["column"]) == \
        ("text", "reg/a.yaml", 3, 9)
    assert TEXT_ESCAPES[case][2] in finding["message"]


@pytest.mark.parametrize("format", list(FORMATS))
@pytest.mark.parametrize("case", TEXT_ESCAPES)
def test_no_byte_of_an_outside_text_reaches_any_format(registry, workdir, outside, cli,
                                                       case, format):
    root = make(registry, workdir, case)
    run = cli("verify", str(root), "--format", format)
    assert run.code == 1
    assert leaked(run.stdout + run.stderr) == []


def test_a_registry_file_linking_out_is_refused_unread(registry, workdir, outside, cli):
    root = registry({"ok.yaml": document("sources/article.txt")}, article=True)
    os.symlink("../outside/secret.yaml", root / "evil.yaml")
    os.symlink(str(outside / "dir" / "secret.yaml"), root / "absolute.yaml")
    run = cli("verify", str(root), "--format", "json")
    findings = [(f["rule"], f["file"], f["line"]) for f in run.json()["findings"]
                if f["rule"] == "yaml"]
    assert run.code == 1
    assert sorted(findings) == [("yaml", "reg/absolute.yaml", 0), ("yaml", "reg/evil.yaml", 0)]


def test_a_linked_folder_of_yaml_files_is_not_walked(registry, workdir, outside, cli):
    root = registry({"ok.yaml": document("sources/article.txt")}, article=True)
    os.symlink("../outside/dir", root / "external")
    run = cli("verify", str(root), "--format", "json")
    assert all("external" not in f["file"] for f in run.json()["findings"])
    assert run.json()["summary"]["claims"] == 1


@pytest.mark.parametrize("format", list(FORMATS))
def test_no_byte_of_an_outside_registry_file_reaches_any_format(registry, workdir, outside,
                                                               cli, format):
    root = registry({"ok.yaml": document("../outside/secret.txt")}, article=True)
    os.symlink("../outside/secret.yaml", root / "evil.yaml")
    os.symlink("../outside/dir", root / "external")
    run = cli("verify", str(root), "--format", format, "--files", str(outside / "secret.yaml"))
    run_all = cli("verify", str(root), "--format", format)
    assert leaked(run.stdout + run.stderr + run_all.stdout + run_all.stderr) == []


def test_explain_does_not_leak_either(registry, workdir, outside, cli):
    root = make(registry, workdir, "file symlink")
    run = cli("explain", "fled", str(root))
    assert leaked(run.stdout + run.stderr) == []


# (factcheck.toml in reg/, or None for a link to the secret, and links in reg/)
CONFIG_ESCAPES = {
    "phrases dot-dot": ("phrases = '../outside/secret.toml'", {}),
    "phrases absolute": ("phrases = '{workdir}/outside/secret.toml'", {}),
    "phrases link": ("phrases = 'sources/p.toml'",
                     {"sources/p.toml": "../../outside/secret.toml"}),
    "phrases in a linked folder": ("phrases = 'linked/secret.toml'",
                                   {"linked": "../outside/dir"}),
    "registry dot-dot": ("registry = '../outside/dir'", {}),
    "registry link": ("registry = 'linked'", {"linked": "{workdir}/outside/dir"}),
    "config file is a link": (None, {"factcheck.toml": "../outside/secret.toml"}),
}


@pytest.mark.parametrize("format", list(FORMATS))
@pytest.mark.parametrize("case", CONFIG_ESCAPES)
def test_a_config_pointing_out_is_refused_unread(registry, workdir, outside, cli,
                                                 monkeypatch, case, format):
    root = registry({"a.yaml": document("sources/article.txt")}, article=True)
    settings, links = CONFIG_ESCAPES[case]
    if settings is not None:
        (root / "factcheck.toml").write_text(settings.format(workdir=workdir) + "\n")
    for name, target in links.items():
        os.symlink(target.format(workdir=workdir), root / name)
    monkeypatch.chdir(root)
    for command in (("verify", "--format", format), ("explain", "fled")):
        run = cli(*command)
        assert (run.code, run.stdout) == (2, ""), run
        assert f"{root}/factcheck.toml" in run.stderr
        assert "not read" in run.stderr
        assert leaked(run.stdout + run.stderr) == []


# ---------------------------------------------------------------- the detector works

@pytest.mark.parametrize("format", list(FORMATS))
def test_the_same_text_inside_the_registry_shows_in_the_hint(registry, workdir, cli, format):
    """Control: were the secret read, the closest-passage hint would quote it, and
    `leaked` would see it in every format."""
    root = registry({"a.yaml": document("sources/inside.txt")}, article=True)
    (root / "sources" / "inside.txt").write_text(SECRET_TEXT, encoding="utf-8")
    run = cli("verify", str(root), "--format", format)
    assert run.code == 1
    assert leaked(run.stdout + run.stderr) != []


def test_the_same_phrase_file_inside_is_quoted_in_the_error(registry, outside, cli,
                                                           monkeypatch):
    """Control: were the secret TOML read, its parse error would quote a marker."""
    root = registry({"a.yaml": document("sources/article.txt")}, article=True)
    (root / "inside.toml").write_text(SECRET_TOML, encoding="utf-8")
    (root / "factcheck.toml").write_text("phrases = 'inside.toml'\n")
    monkeypatch.chdir(root)
    run = cli("verify")
    assert run.code == 2
    assert leaked(run.stderr) != []


def test_the_closest_passage_comes_from_the_document_text(registry, cli):
    root = registry({"a.yaml": document("sources/article.txt").replace(
        QUOTE, "over 100,000 of the estimated 120,000 residents of Karabakh have fled")},
        article=True)
    run = cli("verify", str(root), "--format", "json")
    [finding] = [f for f in run.json()["findings"] if f["rule"] == "quote"]
    assert "already fled" in finding["hint"]  # the article's words, not the quote's


@pytest.mark.parametrize("given", ["claims", "claims/secret.yaml", "sub/claims"])
def test_a_registry_folder_that_is_a_link_out_of_the_working_folder_is_refused(
        workdir, outside, cli, monkeypatch, given):
    # The workflow runs `factcheck verify claims` in the checkout; the pull request
    # made `claims` (or a folder above it) a link to a folder elsewhere on the machine.
    repo = workdir / "repo"
    (repo / "sub").mkdir(parents=True)
    os.symlink("../outside/dir", repo / "claims")
    os.symlink("../../outside", repo / "sub" / "claims")
    monkeypatch.chdir(repo)
    run = cli("verify", given, "--format", "json")
    assert run.code == 2 and run.stdout == ""
    assert run.stderr.startswith(f"factcheck: {given}: a symbolic link to a folder outside "
                                 "the working folder; factcheck does not follow it")
    assert leaked(run.stdout + run.stderr) == []


def test_a_link_inside_the_working_folder_and_a_path_written_outside_are_followed(
        registry, workdir, cli, monkeypatch):
    root = registry({"ok.yaml": document("sources/article.txt")}, article=True)
    os.symlink("reg", workdir / "claims")  # a link that stays inside: followed
    assert cli("verify", "claims", "--format", "json").json()["summary"]["claims"] == 1
    (workdir / "elsewhere").mkdir()
    monkeypatch.chdir(workdir / "elsewhere")  # `../reg` leaves it as written: the user's
    assert cli("verify", "../reg", "--format", "json").json()["summary"]["claims"] == 1
    assert root.is_dir()
