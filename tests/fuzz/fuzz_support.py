"""Strategies, checks and timing shared by the fuzz tests and scripts/fuzz.py.

The contract every property checks: any input ends in findings or a clean exit code
0, 1 or 2; never an exception (exit 3), never a traceback, and a small input never
takes more than TIME_LIMIT seconds.

Environment:
- FACTCHECK_FUZZ_EXAMPLES=N  run every property with N examples, randomly seeded
  (the suite's default is a few dozen, derandomized so CI runs are repeatable);
- FACTCHECK_FUZZ_TIME_LIMIT=S  seconds one small input may take (default 1.0);
- FACTCHECK_FUZZ_SAVE=DIR  write each failing input to DIR, in the layout of
  tests/fuzz/corpus/, ready to be copied into the regression corpus.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import shutil
import time
import tomllib
import traceback
from pathlib import Path

from hypothesis import HealthCheck, reject, settings
from hypothesis import strategies as st
from hypothesis.errors import UnsatisfiedAssumption

MAIN = Path(__file__).resolve().parents[2]
CLAIMS = MAIN / "claims"
CORPUS = Path(__file__).resolve().parent / "corpus"

EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES") or 0)
TIME_LIMIT = float(os.environ.get("FACTCHECK_FUZZ_TIME_LIMIT") or 1.0)
SAVE = os.environ.get("FACTCHECK_FUZZ_SAVE")


def fuzz_settings(default_examples: int) -> settings:
    """`default_examples` in the suite; FACTCHECK_FUZZ_EXAMPLES in a long run."""
    return settings(max_examples=EXAMPLES or default_examples, deadline=None,
                    derandomize=not EXAMPLES, print_blob=True,
                    suppress_health_check=list(HealthCheck))


# ---------------------------------------------------------------- timing

STATS: dict[str, list] = {}  # property -> [inputs run, slowest CPU s, slowest wall s]
WALL_LIMIT = 10.0  # a hang: waiting (on a pipe, a lock, a sleep) uses no CPU time


def timed(name: str, function, *args, limit: float | None = None, payload=None,
          clock: str = "cpu"):
    """Run function(*args), record its time under `name` and fail when it took more
    than `limit` seconds of CPU time (default TIME_LIMIT) or WALL_LIMIT seconds of
    wall-clock time. CPU time is what the input costs: other work on a busy CI
    machine does not count, and nothing is run twice (caches would hide the cost).
    With FACTCHECK_FUZZ_SAVE, the slowest `payload` so far is kept in slowest/.
    clock="wall": the limit is on wall-clock time (for work done in a subprocess)."""
    limit = TIME_LIMIT if limit is None else limit
    cpu, wall = time.process_time(), time.perf_counter()
    result = function(*args)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    spent = wall if clock == "wall" else cpu
    entry = STATS.setdefault(name, [0, 0.0, 0.0])
    entry[0] += 1
    if SAVE and payload is not None and spent > entry[2 if clock == "wall" else 1]:
        save(Path(SAVE), "slowest", payload, name)
    entry[1], entry[2] = max(entry[1], cpu), max(entry[2], wall)
    assert spent < limit, f"{name}: one small input took {spent:.2f} s {clock} (limit {limit} s)"
    assert wall < max(limit, WALL_LIMIT), f"{name}: one small input took {wall:.2f} s (hung?)"
    return result


def timing_summary() -> list[str]:
    return [f"  {name:<36} {count:>6} inputs   slowest {cpu * 1000:7.1f} ms CPU, "
            f"{wall * 1000:7.1f} ms wall"
            for name, (count, cpu, wall) in sorted(STATS.items())]


# ---------------------------------------------------------------- saving failures

@contextlib.contextmanager
def saved_on_failure(kind: str, payload, name: str):
    """Write the input to FACTCHECK_FUZZ_SAVE/kind/name when the block fails.
    `payload` is the text of a value, expression or article, or {path: text} for a
    registry. While Hypothesis shrinks, each failing example overwrites the last, so
    the file left is the minimal example it reports."""
    try:
        yield
    except UnsatisfiedAssumption:  # a known bug, rejected: not a failure
        raise
    except BaseException:
        if SAVE:
            save(Path(SAVE), kind, payload, name)
        raise


def save(folder: Path, kind: str, payload, name: str) -> Path:
    target = folder / kind / (name if isinstance(payload, dict) else f"{name}.txt")
    if target.is_dir():
        shutil.rmtree(target)
    if isinstance(payload, dict):
        for relative, text in payload.items():
            write_any(target / relative, text)
    else:
        write_any(target, payload)
    return target


def write_any(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_bytes(data.encode("utf-8", "surrogatepass"))


# ---------------------------------------------------------------- known bugs

# Crashes found by fuzzing in modules this suite's authors may not edit. Each is pinned
# by a strict xfail entry of the corpus (corpus/xfail.toml names the input); while it
# is open, the fuzz properties skip inputs that hit it, so they keep looking for new
# bugs instead of finding this one again. Fixing the bug makes its xfail entry pass,
# which fails the suite (strict): then delete the entry here and in xfail.toml.
# (module path, function, exception type names)
KNOWN_BUGS: list[tuple[str, str, set[str]]] = []


def known_bug(error: BaseException) -> bool:
    """Whether the error is one of KNOWN_BUGS: raised out of that function."""
    frames = [f for f in traceback.extract_tb(error.__traceback__)
              if "/factcheck/" in f.filename.replace("\\", "/")]
    for path, function, names in KNOWN_BUGS:
        if type(error).__name__ in names and any(
                f.filename.replace("\\", "/").endswith(path) and f.name == function
                for f in frames):
            return True
    return False


@contextlib.contextmanager
def skipping_known_bugs():
    """Inside a property: an input that hits a known bug is rejected, not failed."""
    try:
        yield
    except Exception as error:  # noqa: BLE001
        if known_bug(error):
            reject()
        raise


# ---------------------------------------------------------------- the checks

SEVERITIES = ("error", "warning", "info")


def strict_json(text: str):
    def refuse(name):
        raise ValueError(f"not JSON: {name}")
    return json.loads(text, parse_constant=refuse)


def verify_and_render(root: Path):
    """verify_paths on `root` and every registered output format: the in-process
    equivalent of `factcheck verify` in each format. Returns the exit code the CLI
    would give (0, 1, or 2 for a registry it cannot read at all)."""
    from factcheck.report.formats import FORMATS, render
    from factcheck.verify import RegistryUnreadable, verify_paths

    try:
        report = verify_paths([root])
    except RegistryUnreadable:
        return 2
    for finding in report.findings:
        assert isinstance(finding.rule, str) and finding.rule, finding
        assert finding.severity in SEVERITIES, finding
        assert isinstance(finding.message, str) and finding.message, finding
        assert finding.line >= 0 and finding.column >= 0, finding
    for name in FORMATS:
        text = render(report, name, terminal=False)
        assert isinstance(text, str)
        if name == "json":
            strict_json(text)
    render(report, "rich", terminal=True)  # the colour path too
    code = report.exit_code()
    assert code in (0, 1)
    return code


def check_value(phrase: str, anchor: dt.date | None = dt.date(2023, 10, 3)) -> None:
    """The value grammar reads the phrase or refuses it with a FactcheckError."""
    from factcheck.findings import FactcheckError
    from factcheck.grammar import parse_value

    try:
        interval = parse_value(phrase, anchor=anchor)
    except FactcheckError as error:
        assert error.message
        return
    if interval.low is not None and interval.high is not None:
        assert interval.low <= interval.high, interval


EXPRESSION_DIMS = {
    "karabakh.departed": (("[population]", 1),), "karabakh.population":
    (("[population]", 1),), "karabakh.remaining": (("[population]", 1),),
    "stepanakert.population": (("[population]", 1),), "trip.duration": (("[time]", 1),),
    "blockade.duration": (("[time]", 1),), "a.b": ()}


def check_expression(text: str) -> None:
    """Parsed as a quantity and as a relation, then its dimension and linear form:
    each step succeeds or refuses with a FactcheckError at an offset inside the text."""
    from factcheck import expr
    from factcheck.findings import FactcheckError

    for parse in (expr.parse_expression, expr.parse_comparison):
        try:
            tree = parse(text)
        except FactcheckError as error:
            assert error.message and 0 <= error.offset <= len(text), error.offset
            continue
        expr.names(tree)
        assert expr.to_text(tree)
        sides = (tree.left, tree.right) if isinstance(tree, expr.Comparison) else (tree,)
        for step in (lambda: expr.dimension_of(tree, EXPRESSION_DIMS),
                     lambda: [expr.linear_form(side) for side in sides]):
            try:
                step()
            except FactcheckError as error:
                assert error.message


def check_article(text: str, published: dt.date | None = dt.date(2023, 10, 3)) -> None:
    """extract's finder, drafts and YAML rendering on the text."""
    from factcheck.extract import find_mentions
    from factcheck.extract.drafts import draft_claims
    from factcheck.extract.yamlio import render

    mentions = find_mentions(text, published)
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.text == text[mention.start:mention.end]
    strict_json(json.dumps([m.to_json() for m in mentions], ensure_ascii=False))
    drafts = draft_claims(text, mentions, "doc", published)
    render({"id": "doc", "text": "a.txt"}, drafts)


def check_article_file(path: Path, format: str) -> None:
    """The runner reads the file and catches everything itself: code 3 is its internal
    error, 2 an unreadable file."""
    from factcheck.extract.runner import Job, process

    result = process(Job(path, dt.date(2023, 10, 3), format, path.parent))
    assert result.code in (0, 2), result.error


class Workspace:
    """A registry folder reused across the examples of one property: the shipped
    claims/ tree (article texts included), whose YAML files each example replaces."""

    def __init__(self, folder: Path):
        self.root = folder / "claims"
        if self.root.exists():
            shutil.rmtree(self.root)
        shutil.copytree(CLAIMS, self.root)

    def put(self, files: dict[str, str | bytes]) -> Path:
        for old in [*self.root.rglob("*.yaml"), *self.root.rglob("*.yml")]:
            old.unlink()
        for relative, text in files.items():
            write_any(self.root / relative, text)
        return self.root


def shipped_files() -> dict[str, str]:
    return {path.relative_to(CLAIMS).as_posix(): path.read_text("utf-8")
            for path in sorted(CLAIMS.rglob("*.yaml"))}


# ---------------------------------------------------------------- building blocks

def _phrase_words() -> list[str]:
    data = tomllib.loads((MAIN / "factcheck" / "data" / "phrases.toml").read_text("utf-8"))
    words: set[str] = set()

    def walk(table: dict, section: str) -> None:
        for key, value in table.items():
            if isinstance(value, dict):
                walk(value, key)
            elif section != "settings" and not section.endswith("_settings"):
                words.add(key)
    walk(data, "")
    return sorted(words)


PHRASE_WORDS = _phrase_words()
DIGITS = ["0", "1", "2", "5", "15", "40", "100", "170", "1,500", "55,000", "100,000",
          "120,000", "7,23,000", "1.5", "0.5", "2.45", "2012", "2023", "19", "21st",
          "9" * 40, "1" * 400, "1e400", "1e-400", "-5", "+3", "０１２", "٣", "½", "⅔",
          "2023-09-19", "2023-02-30", "9999-12-31", "0001-01-01", "10:30", "3/4", "1/0",
          "0.000000000000000000000000000000001", "1,0", "1,,000", "12,34,56,789", "35-year-old",
          "nine-month", "200+", "€5m", "$248", "£1bn", "83%", "NaN", "inf", "Infinity"]
PUNCTUATION = [",", ".", "-", "–", "—", "(", ")", "%", "$", "+", "/", ":", ";", "'", '"',
               "“", "”", "…", "...", "[", "]", "~", "&", "*", "#", "!", "?", "\t", "\n",
               "\u200b", "\u00ad", "\u0301", "\U0001f600", "\ufeff"]
TOKENS = st.one_of(st.sampled_from(PHRASE_WORDS), st.sampled_from(DIGITS),
                   st.sampled_from(PUNCTUATION), st.text(max_size=4))


def _joined(parts: list[tuple[str, str]]) -> str:
    return "".join(token + sep for token, sep in parts).strip(" ")


value_phrases = st.lists(st.tuples(TOKENS, st.sampled_from([" ", " ", " ", "", "-"])),
                         max_size=10).map(_joined)

NAMES = ["karabakh.departed", "karabakh.population", "karabakh.remaining",
         "stepanakert.population", "stepanakert.remaining", "trip.start", "trip.end",
         "trip.duration", "offensive.start", "blockade.duration", "a.b"]
ODD_NAMES = ["A.b", "a.b.c", "a", "import", "lambda", "__import__", "os.system", "a.B",
             "a._", "a.1b", "x.__class__", "open", "eval", "_.x", "a..b", "a.", ".a"]
NUMBERS = ["0", "1", "2", "0.5", "24", "40", "1,500", "7,23,000", "100000", "9" * 30,
           "9" * 31, "1" * 400, "00", "0.000000000000000000000000000001", "1e5", "1.",
           "1,0000", "٣"]
UNITS = ["", "", "", " hours", " hour", " days", " day", " people", " person", " km",
         " USD", " percent", " weeks", " months", " years", " parsec", " degC",
         " dimensionless", " x", " meter/second", " refugees", "km"]
OPERATORS = ["+", "-", "*", "/"]
COMPARISONS = ["==", "<=", ">=", "<", ">"]
JUNK = ["**", "//", "%", "=", "!=", "=>", "[", "]", "'", '"', ",", ".", "(", ")", "()",
        "lambda", "__class__", "\x00", "\\", "@", "`", "$", "{", "}", "<>", "<<", "\u202e"]

_leaf = st.one_of(st.sampled_from(NAMES), st.sampled_from(NAMES),
                  st.builds(lambda n, u: n + u, st.sampled_from(NUMBERS),
                            st.sampled_from(UNITS)),
                  st.sampled_from(ODD_NAMES))


def _extend(children):
    return st.one_of(
        st.builds(lambda a, op, b: f"{a} {op} {b}", children, st.sampled_from(OPERATORS),
                  children),
        st.builds(lambda a: f"({a})", children),
        st.builds(lambda a: f"-{a}", children))


_well_formed = st.recursive(_leaf, _extend, max_leaves=12)
_soup = st.lists(st.one_of(st.sampled_from(NAMES), st.sampled_from(NUMBERS),
                           st.sampled_from(OPERATORS), st.sampled_from(COMPARISONS),
                           st.sampled_from(JUNK), st.sampled_from(UNITS)),
                 max_size=15).map(" ".join)
_deep = st.builds(lambda depth, op: "(" * depth + "a.b" + ")" * depth if op == "(" else
                  op * depth + "a.b", st.integers(1, 120), st.sampled_from(["(", "-", "- "]))
_long = st.builds(lambda n, op: f" {op} ".join(["a.b"] * n), st.integers(1, 400),
                  st.sampled_from(OPERATORS))
expressions = st.one_of(_well_formed, _well_formed, _soup, _deep, _long)
DATE_NAMES = ["trip.start", "trip.end", "offensive.start", "x.start", "y.end"]
BIG_DAYS = ["1", "30", "3000000", "800000", "9" * 30, "0.5", "2,915,000", "737,000"]
_date_shifts = st.builds(
    lambda a, sign, n, unit, op, b: f"{a} {sign} {n} {unit} {op} {b}",
    st.sampled_from(DATE_NAMES), st.sampled_from(["+", "-"]), st.sampled_from(BIG_DAYS),
    st.sampled_from(["days", "hours", "years", "weeks", "seconds"]),
    st.sampled_from(COMPARISONS), st.sampled_from(DATE_NAMES))
comparisons = st.one_of(
    _date_shifts,
    st.builds(lambda a, op, b: f"{a} {op} {b}", _well_formed, st.sampled_from(COMPARISONS),
              _well_formed),
    st.builds(lambda a, op, b: f"{a} {op} {b}", expressions, st.sampled_from(COMPARISONS),
              expressions),
    _soup)

DATES = ["2023-10-02", "2023-10-03", "2023-10-04", "2023-02-30", "2023-13-01", "0001-01-01",
         "9999-12-31", "0000-01-01", "2023-10-02T14:05", "2023-10-02T25:00",
         "2023-10-02T14:05+99:00", "2023-10-02 14:05:00Z", "2023-10-02T14:05:60",
         "20231002", "2023-1-2", "1e400", "null", "~", "yesterday", "[2023-10-02]",
         "{a: 1}", "'2023-10-02'", "2023-10-02T14:05:00.1234567"]
SCALARS = ["null", "~", "", "true", "no", "0", "-1", "1e400", "-1e400", ".nan", ".inf",
           "-.inf", "1" * 400, "0x" + "f" * 300, "0o777", "1e-400", "0.1", "1_000", "[]",
           "{}", "[1, 2]", "'x'", '"x"', "|", ">", "&a x", "*a", "!!str x", "? x", "- x"]


def _explicit(low, high, unit, low_open):
    fields = [f"low: {low}", f"high: {high}"]
    if unit is not None:
        fields.append(f"unit: {unit}")
    if low_open is not None:
        fields.append(f"low_open: {low_open}")
    return "{" + ", ".join(fields) + "}"


_numbers_in_yaml = st.one_of(st.sampled_from(SCALARS),
                             st.integers(-10**40, 10**40).map(str),
                             st.floats(allow_nan=True, allow_infinity=True).map(repr))
UNIT_WORDS = ["person", "people", "hour", "day", "USD", "km", "null", "parsec", "'x'", "1",
              "percent", "degC", "m/s", "kg*m", "month", "'m**2'", "'('", "')'", "'1/0'",
              "'0**-1'", "'m^1e400'", "'a b a b'", "'m m'", "x" * 300, "'%'", "'$'", "~",
              "[person]", "{a: b}", "'\u00b5m'", "'1e400'", "dimensionless", "'m**0.5'"]
explicit_values = st.builds(_explicit, _numbers_in_yaml, _numbers_in_yaml,
                            st.one_of(st.none(), st.sampled_from(UNIT_WORDS)),
                            st.one_of(st.none(), st.sampled_from(["true", "false", "1", "x"])))


def _as_yaml(text: str, style: str) -> str:
    """A scalar for a `key: ...` line: plain, double-quoted or single-quoted."""
    if style == "plain":
        return text.replace("\n", " ")
    if style == "double":
        return json.dumps(text, ensure_ascii=False)
    return "'" + text.replace("'", "''").replace("\n", " ") + "'"


_styles = st.sampled_from(["plain", "double", "double", "single"])
FIELD_VALUES = {
    "value": st.one_of(st.builds(_as_yaml, value_phrases, _styles), explicit_values,
                       st.sampled_from(SCALARS)),
    "quantity": st.builds(_as_yaml, expressions, _styles),
    "holds": st.builds(_as_yaml, comparisons, _styles),
    "as_of": st.one_of(st.sampled_from(DATES), st.sampled_from(SCALARS)),
    "published": st.one_of(st.sampled_from(DATES), st.sampled_from(SCALARS)),
    "quote": st.builds(_as_yaml, value_phrases, _styles),
    "text": st.sampled_from(["sources/karabakh-exodus-2023.txt", "../sources/x.txt",
                             "/etc/passwd", "../../etc/passwd", "sources", "", "'.'",
                             '"sources/\\0x"', '"sources/\\ud800"', "sources/README.md",
                             "~/x", "http://example.org/x.txt", "reference"]),
}
FIELD_VALUES.update({
    "unit": st.sampled_from(UNIT_WORDS),
    "trend": st.sampled_from(["non-decreasing", "non-increasing", "up", "", "~", "[]", "1"]),
    "within": st.sampled_from(["karabakh", "stepanakert", "nowhere", "Karabakh", "~", "[]",
                               "'karabakh'", "x" * 300]),
    "name": st.builds(_as_yaml, value_phrases, _styles),
})
FIELD_LINE = re.compile(r"^(\s*(?:-\s+)?)(value|quantity|holds|as_of|published|quote|text)"
                        r":[ \t]*(.*)$")
FLOW_FIELD = re.compile(r"(?:(?<=\{)|(?<=, ))(unit|trend|within|name): ([^,}]*)")


# ---------------------------------------------------------------- mutations

HOSTILE_LINES = ["  - id: fled", "a: &a [1, 2]", "b: *a", "x: !!python/object:os.system",
                 "? [a, b]", ": c", "{", "]", '"', "'", "---", "...", "%YAML 1.1",
                 "\t- x", "key: value: other", " " * 200 + "x: 1", "claims:", "- ", "~",
                 "x: 1e400", "<<: *a", "document:", "relations:", "  - holds: a.b <= a.c",
                 "places:", "  x: {within: x}", "quantities:", "  a.b: {unit: parsec}",
                 "#" * 300, "- [" * 40, "  value: {low: .nan, high: .inf}", "\ufeffa: 1",
                 "\x85", "a: \u2028b", "  " + "x" * 5000]
CHARS = st.one_of(st.sampled_from(list(":-[]{}&*!?|>'\"#%@`,. \n\t0123456789ax")),
                  st.characters())


def _position(count: int, where: int) -> int:
    return where % (count + 1)


def apply(text: str, ops: list[tuple]) -> str:
    for op in ops:
        text = _apply_one(text, op)
    return text


def _apply_one(text: str, op: tuple) -> str:
    kind, where, extra = op
    if kind.endswith("char"):
        i = _position(len(text), where)
        if kind == "insert-char":
            return text[:i] + extra + text[i:]
        if i >= len(text):
            return text
        if kind == "delete-char":
            return text[:i] + text[i + 1:]
        if kind == "duplicate-char":
            return text[:i] + text[i] + text[i:]
        j = min(i + 1 + extra % 40, len(text) - 1)  # swap-char: with one nearby
        chars = list(text)
        chars[i], chars[j] = chars[j], chars[i]
        return "".join(chars)
    lines = text.split("\n")
    i = _position(len(lines) - 1, where)
    if kind == "insert-line":
        lines.insert(i, extra)
    elif kind == "delete-line":
        del lines[i]
    elif kind == "duplicate-line":
        lines.insert(i, lines[i])
    elif kind == "swap-line":
        j = extra % len(lines)
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "field":
        lines = _replace_field(lines, where, extra)
    elif kind == "nest":
        lines = _nest(lines, where, *extra)
    return "\n".join(lines)


def _replace_field(lines: list[str], where: int, replacement: tuple[str, str]) -> list[str]:
    """The value of a `field: ...` line, or of `field: ...` inside a {flow mapping}."""
    field, value = replacement
    spots = [(n, m) for n, line in enumerate(lines)
             for m in [FIELD_LINE.match(line), *FLOW_FIELD.finditer(line)]
             if m is not None and m.group(m.re.groups) is not None
             and m.group(m.re.groups - 1) == field]
    if not spots:
        return lines
    n, match = spots[where % len(spots)]
    start, end = match.span(match.re.groups)
    lines[n] = lines[n][:start] + value + lines[n][end:]
    return lines


def _nest(lines: list[str], where: int, style: str, depth: int) -> list[str]:
    spots = [n for n, line in enumerate(lines) if re.match(r"^\s*(?:-\s+)?\w+:", line)]
    if not spots:
        return lines
    n = spots[where % len(spots)]
    head, _, rest = lines[n].partition(":")
    rest = rest.strip() or "x"
    if style == "flow-list":
        lines[n] = f"{head}: {'[' * depth}{rest}{']' * depth}"
    elif style == "flow-map":
        lines[n] = f"{head}: {'{k: ' * depth}{rest}{'}' * depth}"
    else:  # block: the value moves down, deeper and deeper
        indent = len(head) - len(head.lstrip()) + 2
        block = [f"{head}:"] + [" " * (indent + 2 * k) + f"k{k}:" for k in range(depth)]
        block.append(" " * (indent + 2 * depth) + f"- {rest}")
        lines[n:n + 1] = block
    return lines


_where = st.integers(0, 10**6)
mutation = st.one_of(
    st.tuples(st.sampled_from(["delete-char", "duplicate-char"]), _where, st.none()),
    st.tuples(st.just("insert-char"), _where, CHARS),
    st.tuples(st.just("swap-char"), _where, st.integers(0, 100)),
    st.tuples(st.sampled_from(["delete-line", "duplicate-line"]), _where, st.none()),
    st.tuples(st.just("insert-line"), _where, st.one_of(
        st.sampled_from(HOSTILE_LINES), st.text(max_size=60))),
    st.tuples(st.just("swap-line"), _where, st.integers(0, 10**6)),
    st.tuples(st.just("field"), _where, st.one_of(
        *[st.tuples(st.just(field), values) for field, values in FIELD_VALUES.items()])),
    st.tuples(st.just("nest"), _where, st.tuples(
        st.sampled_from(["flow-list", "flow-map", "block"]),
        st.one_of(st.integers(1, 5), st.integers(60, 70)))),
)
SHIPPED = shipped_files()


@st.composite
def mutated_registries(draw, max_ops: int = 6, kinds=None):
    """The shipped registry with one of its files mutated: {relative path: text}."""
    files = dict(SHIPPED)
    target = draw(st.sampled_from(sorted(files)))
    ops = draw(st.lists(kinds if kinds is not None else mutation, min_size=1,
                        max_size=max_ops))
    files[target] = apply(files[target], ops)
    return files


# ---------------------------------------------------------------- small registries

def phrase_registry(phrase: str, quantity: str) -> dict[str, str]:
    """A one-document registry whose claim `c` has the value phrase (double-quoted,
    so any text at all reaches the value grammar)."""
    return {"phrase.yaml": f"""\
document:
  id: d
  published: 2023-10-03
quantities:
  x.count: {{unit: person}}
claims:
  - id: c
    quantity: {quantity}
    value: {json.dumps(phrase, ensure_ascii=False)}
  - id: other
    quantity: x.count
    value: over 5 people
relations:
  - id: r
    holds: x.count <= x.total
"""}


def expression_registry(quantity: str, holds: str, value: str) -> dict[str, str]:
    return {"expr.yaml": f"""\
document:
  id: d
  published: 2023-10-03
quantities:
  karabakh.departed: {{trend: non-decreasing}}
claims:
  - id: fled
    quantity: karabakh.departed
    as_of: 2023-10-02
    value: over 100,000 people
  - id: residents
    quantity: karabakh.population
    value: estimated 120,000 people
  - id: left
    quantity: karabakh.remaining
    value: fewer than 1,500 people
  - id: trip
    quantity: trip.start
    value: 2023-09-19
  - id: hours
    quantity: trip.duration
    value: as long as 40 hours
  - id: q
    quantity: {json.dumps(quantity, ensure_ascii=False)}
    value: {value}
relations:
  - id: r
    holds: {json.dumps(holds, ensure_ascii=False)}
"""}


# ---------------------------------------------------------------- article text

ARTICLE = (CLAIMS / "sources" / "karabakh-exodus-2023.txt").read_text("utf-8")
_sentence = st.lists(st.tuples(TOKENS, st.sampled_from([" ", " ", " ", "", ", ", ". "])),
                     max_size=25).map(_joined)


@st.composite
def article_slices(draw):
    start = draw(st.integers(0, len(ARTICLE)))
    piece = ARTICLE[start:start + draw(st.integers(0, 600))]
    return apply(piece, draw(st.lists(st.one_of(
        st.tuples(st.sampled_from(["delete-char", "duplicate-char"]), _where, st.none()),
        st.tuples(st.just("insert-char"), _where, CHARS),
        st.tuples(st.just("insert-line"), _where, _sentence)), max_size=5)))


articles = st.one_of(_sentence, st.lists(_sentence, max_size=6).map("\n".join),
                     article_slices(), st.text(max_size=300))
