"""formats/html in a real browser: headless Chromium renders the shipped registry's
report and one with a planted conflict. The DOM it builds has a chart for every
quantity of the JSON report and the conflict's claims marked; its screenshot is not
blank. Without a browser the test says so: it fails in CI (CI=true; .ci/run installs
Debian's chromium) and is skipped elsewhere."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from html_dom import parse, share_not_background

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]
LIMIT = 120  # seconds for one browser run: ten times a slow machine's


@pytest.fixture(scope="module")
def browser() -> str:
    found = next(filter(None, map(shutil.which, BROWSERS)), None)
    if found is None:
        message = ("no Chromium found (looked for " + ", ".join(BROWSERS) + "); install "
                   "it with `apt-get install -y chromium` to test the HTML report in a browser")
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found


def run_browser(browser: str, tmp_path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    return subprocess.run([browser, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, timeout=LIMIT, check=True)


def reports(cli, workdir, name: str) -> tuple:
    """The HTML page (written by the command) and the JSON report of the registry."""
    html_run = cli("verify", "--format", "html", "--output", f"{name}.html")
    json_run = cli("verify", "--format", "json")
    return html_run, workdir / f"{name}.html", json.loads(json_run.stdout)


def check_dom(browser, tmp_path, page, data) -> object:
    dom = run_browser(browser, tmp_path, "--dump-dom", page.as_uri()).stdout.decode("utf-8")
    root = parse(dom)
    charts = {f.attrs["data-quantity"]: f for f in root.find_all("figure")
              if "data-quantity" in f.attrs}
    for key in data["quantities"]:
        name = key.split("@")[0]
        assert name in charts, f"no chart for {name}"
        assert charts[name].find_all("svg"), name
    return root


def check_screenshot(browser, tmp_path, page) -> None:
    shot = tmp_path / "shot.png"
    run_browser(browser, tmp_path, "--window-size=1000,1400", f"--screenshot={shot}",
                page.as_uri())
    # a blank page is one colour; the report's text, bars and cards cover far more
    assert share_not_background(shot.read_bytes()) > 0.02


def test_shipped_registry_in_the_browser(browser, shipped, cli, workdir, tmp_path):
    run, page, data = reports(cli, workdir, "shipped")
    assert run.code == 0, run
    root = check_dom(browser, tmp_path, page, data)
    for claim_id in data["unchecked"]:
        [item] = root.find_all("li", id=f"claim-{claim_id}")
        assert "unchecked" in item.classes
    check_screenshot(browser, tmp_path, page)


def test_planted_conflict_in_the_browser(browser, shipped, cli, workdir, tmp_path):
    path = shipped / "karabakh-exodus.yaml"
    path.write_text(path.read_text("utf-8").replace(
        "value: over 100,000 people", "value: over 140,000 people"), "utf-8")
    run, page, data = reports(cli, workdir, "conflict")
    assert run.code == 1, run
    root = check_dom(browser, tmp_path, page, data)
    [conflict] = [f for f in data["findings"] if f["rule"] == "inconsistency"]
    claims = [c for c in conflict["claims"] if root.find_all("li", id=f"claim-{c}")]
    assert claims == ["fled", "residents"]  # the relation `accounting` is no claim
    for claim_id in claims:
        [item] = root.find_all("li", id=f"claim-{claim_id}")
        assert "conflict" in item.classes
        rows = root.find_all("g", data_claim=claim_id)
        assert rows and all("conflict" in row.classes for row in rows)
    check_screenshot(browser, tmp_path, page)
