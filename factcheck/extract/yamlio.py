"""Writing drafts as registry YAML, and merging them into an existing file.

Merging uses ruamel.yaml's round-trip mode, so the comments, order and quoting of
the file survive. Only drafts whose mention is not in the file yet are added (a
claim with the same span, or with no span and the same quote and number); claims
already there are never changed. Nothing new: the file is not written at all, so a
second run leaves it byte for byte as it was. Writes are atomic.
"""

from __future__ import annotations

import io
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ..findings import FactcheckError, UsageError
from ..registry.model import unique_id
from .drafts import Draft


class NotARegistry(UsageError):
    """The --into file cannot be merged into: exit 2, file untouched."""


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def claim_map(draft: Draft) -> CommentedMap:
    claim = CommentedMap()
    claim["id"] = draft.id
    claim["quote"] = draft.quote
    if draft.by:
        claim["by"] = draft.by
    if draft.as_of:  # a date is written as one (unquoted), a date-time as its text
        claim["as_of"] = _as_date(draft.as_of)
    claim["quantity"] = draft.quantity
    if isinstance(draft.value, dict):
        value = CommentedMap(draft.value)
        value.fa.set_flow_style()
        claim["value"] = value
    else:
        claim["value"] = draft.value
    claim["status"] = "draft"
    span = CommentedSeq(draft.span)
    span.fa.set_flow_style()
    claim["span"] = span
    if draft.note:
        claim["note"] = draft.note
    return claim


def _as_date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return text


def render(document: dict, drafts: list[Draft], unparsed: list[str] = ()) -> str:
    """A whole registry file: the document block and the drafted claims."""
    data = CommentedMap()
    data["document"] = CommentedMap(document)
    places = place_entries(drafts)
    if places:
        data["places"] = places
    data["claims"] = CommentedSeq(claim_map(d) for d in drafts)
    if unparsed:
        data.yaml_set_comment_before_after_key("claims", before=_unparsed_note(unparsed))
    return dump(data)


def place_entries(drafts: list[Draft], have=()) -> CommentedMap:
    """`places:` entries for the places the drafts' quantities name and the registry
    lacks (ids in `have` are declared already), in the order first named."""
    entries = CommentedMap()
    for draft in drafts:
        for key, name, aliases in draft.places:
            if key in have or key in entries:
                continue
            entry = CommentedMap(name=name)
            if aliases:
                entry["aliases"] = CommentedSeq(aliases)
                entry["aliases"].fa.set_flow_style()
            entry.fa.set_flow_style()
            entries[key] = entry
    return entries


def _add_places(data: CommentedMap, drafts: list[Draft]) -> None:
    """Declare under the file's `places:` the places new drafts name, so that a ratio
    on them names places that exist (rule unknown-quantity)."""
    have = data.get("places")
    if have is not None and not isinstance(have, CommentedMap):
        return  # a list form or something odd: the person's, left alone
    entries = place_entries(drafts, set(have or ()))
    if not entries:
        return
    if have is None:
        data["places"] = entries  # appended: the person's lines stay as they were
        return
    for key, entry in entries.items():
        have[key] = entry


def _unparsed_note(unparsed: list[str]) -> str:
    lines = ["Numbers seen but not read (no claim drafted):"]
    lines += [f"  {item}" for item in unparsed]
    return "\n".join(lines)


def dump(data) -> str:
    stream = io.StringIO()
    _yaml().dump(data, stream)
    return stream.getvalue()


def merge(path: Path, document: dict, drafts: list[Draft], text: str | None = None) -> int:
    """Add the new drafts to the registry file `path`; the number added. Read,
    merged and written under the file's lock: two runs at once both keep theirs.
    `text`: the article, to recognise a hand-written claim (no span) on a number."""
    from ..safewrite import locked

    with locked(Path(path)):
        return _merge(Path(path), document, drafts, text)


def _merge(path: Path, document: dict, drafts: list[Draft], text: str | None = None) -> int:
    from ..safewrite import write_atomic
    from .known import Known

    if not path.exists():
        write_atomic(path, render(document, drafts))
        return len(drafts)
    data = _load_checked(path)
    _same_article(path, data.get("document"), document)
    claims = data.get("claims")
    if claims is None:
        claims = data["claims"] = CommentedSeq()
    known = Known(claims, text)
    new = [d for d in drafts if not known.has(d)]
    if not new:
        return 0
    if "document" not in data:
        data.insert(0, "document", CommentedMap(document))
    _add_places(data, new)
    taken = {str(c.get("id")) for c in claims if isinstance(c, dict)}
    for draft in new:
        claim = claim_map(draft)
        claim["id"] = unique_id(draft.id, taken) if draft.id in taken else draft.id
        taken.add(claim["id"])
        claims.append(claim)
    text = dump(data)
    if b"\r\n" in path.read_bytes()[:65536]:  # the file's own line endings, kept
        text = text.replace("\n", "\r\n")
    write_atomic(path, text)
    return len(new)


def _same_article(path: Path, have, document: dict) -> None:
    """A file holds one document, and its claims are that document's: another article's
    drafts merged in would be dated by the wrong publication day and judged as the
    first article contradicting itself. Same article: the same text file, or the same
    id where the file names no text."""
    if not isinstance(have, dict):
        return
    their_text, new_text = have.get("text"), document.get("text")
    if their_text is not None and new_text is not None:
        same = (path.parent / str(their_text)).resolve() == (path.parent / new_text).resolve()
    else:
        same = str(have.get("id")) == document.get("id")
    if not same:
        from ..report.formats.escape import visible  # the file's words, shown safely

        theirs = f" (its text: {visible(str(their_text))})" if their_text is not None else ""
        their_id = visible(repr(str(have.get("id"))))
        raise NotARegistry(
            f"{path} holds the document {their_id}{theirs}, and the article "
            f"{document.get('id')!r} is another one", hint=f"give --into a file of its own, "
            f"such as {(path.parent / (document.get('id', 'article') + '.yaml')).as_posix()}")


def load_checked(path: Path):
    """The --into file as a round-trip mapping, after the registry's own checks pass."""
    return _load_checked(path)


def _load_checked(path: Path):
    """The file as a round-trip mapping, after the registry's own checks pass."""
    from ..registry import schema
    from .. import yamlsafe

    node, problems = yamlsafe.load_file(path, str(path))
    if node is not None:
        _raw, more = schema.validate(node, str(path))
        problems = [*problems, *more]
    from ..checks import settle

    errors = [p for p in settle(problems) if p.severity == "error"]
    if errors:
        first = errors[0]
        from ..report.formats.escape import visible  # the file's words, shown safely

        raise NotARegistry(f"{path} is not a valid claim registry file: {first.location}: "
                           f"{visible(first.message)}", hint="fix it with `factcheck verify`, or "
                           "give another --into file")
    try:
        data = _yaml().load(path.read_text(encoding="utf-8"))
    except Exception as error:  # noqa: BLE001 - ruamel raises many kinds
        raise NotARegistry(f"{path} cannot be read as YAML: {error}") from None
    if data is None:
        return CommentedMap()
    if not isinstance(data, CommentedMap):
        raise NotARegistry(f"{path} is not a registry file (its top level is not a mapping)")
    if data.get("claims") is not None and not isinstance(data["claims"], CommentedSeq):
        raise NotARegistry(f"{path}: `claims:` is not a list")
    return data
