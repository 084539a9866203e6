"""Quantities grouped from the registry itself, before any constraint is built, each
group keyed by everything in the registry that can change what solving it yields.

A constraint links the names of one claim, one relation or one built-in rule (a
place's measure and the same measure of the places it lies within; X.duration,
X.start and X.end; a trend links one name's dates). Union-find over those links
gives groups of names at least as coarse as the engine's groups of constraints
(which also split one name by date), so every group of constraints lies in one
group of names. Products (`X == Y * Z`) are never taken from here: which factor is
eliminated depends on how the names are used elsewhere, so their groups are
always built.

The key digests, in the registry's order: every claim on the group's names (id, the
expression as written and whether it read, the value as read, the dates and the
timezone that place it, its speaker), every relation, each name's dimension as
inferred from the whole registry, whether it changes over time, its declaration
(unit, trend) and the chain of places it lies within; and whether ranges were
asked for. What the tool build itself is, the store's folder says.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from .. import expr as expr_mod
from ..registry.model import said
from . import products


@dataclass
class Components:
    root_of: dict[str, str] = field(default_factory=dict)  # name -> its group's root
    keys: dict[str, str] = field(default_factory=dict)  # root -> key (cacheable only)
    owner: dict[str, str] = field(default_factory=dict)  # claim/relation id -> root
    # an id several claims or relations carry -> every root among them (a finding
    # naming that id may be any of theirs)
    shared: dict[str, set[str]] = field(default_factory=dict)
    # implied.display_units(registry), when kept with the names (incremental.py)
    display: dict | None = None
    dated: set[str] | None = None  # the names that change over time (incremental.py)

    def root(self, name: str) -> str | None:
        return self.root_of.get(name)


def name_groups(registry, names: list[str]) -> tuple[dict[str, str], list, list, dict]:
    """Each name's group root (union-find over the links above), with each claim's
    and each relation's names and each name's chain of places, as found on the way."""
    parent = {name: name for name in names}

    def find(name: str) -> str:
        while parent[name] != name:
            parent[name] = name = parent[parent[name]]
        return name

    def union(group) -> None:
        group = [n for n in group if n in parent]
        for other in group[1:]:
            a, b = find(group[0]), find(other)
            if a != b:
                parent[b] = a

    name_node = expr_mod.Name  # most claims name one quantity: no call for those
    claim_names = [[c.expr.name] if type(c.expr) is name_node
                   else expr_mod.names(c.expr) if c.expr is not None else []
                   for c in registry.claims]
    relation_names = [expr_mod.names(r.comparison) if r.comparison is not None else []
                      for r in registry.relations]
    for group in (*claim_names, *relation_names):
        if len(group) > 1:
            union(group)
    of_place: dict[str, list[str]] = {}  # a place's chain, walked once per place
    chains = {name: _chain(registry, name, of_place) for name in names}
    for name, chain in chains.items():
        if len(chain) > 1:  # (a place within none links nothing: no call for those)
            suffix = name[len(chain[0]):]
            union([name, *(place + suffix for place in chain[1:] if place != "<cycle>")])
        if name.endswith(".duration"):
            subject = name[: -len(".duration")]
            union([name, subject + ".start", subject + ".end"])
    return {name: find(name) for name in names}, claim_names, relation_names, chains


def linked(registry, names: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Each name's group root and its chain of places as text: what components
    needs of name_groups (kept by the caller while the names and places are)."""
    root_of, _, _, chains = name_groups(registry, names)
    return root_of, {name: ">".join(chain) for name, chain in chains.items()}


def _own(found: Components, item: str, root: str) -> None:
    earlier = found.owner.get(item)
    found.owner[item] = root
    if earlier is not None and earlier != root:  # a repeated id over two groups of names
        found.shared.setdefault(item, {earlier}).add(root)


def components(registry, names: list[str], dims: dict, dated: set[str],
               ranges: bool, groups: tuple | None = None) -> Components:
    """`groups`: linked(registry, names), when the caller has it."""
    root_of, chains = groups if groups is not None else linked(registry, names)
    found = Components(root_of)
    texts: dict[str, list[str]] = {root: [] for root in root_of.values()}
    excluded: set[str] = set()
    known = registry.said or {}
    for claim in registry.claims:
        first = _first_name(claim.expr)
        if first is not None:
            root = root_of[first]
            _own(found, claim.id, root)
            line = known.get(id(claim))
            text = line[1] if line is not None and line[0] is claim else said(claim)
            texts[root].append(f"{text}\0{claim.voice}")
    for relation in registry.relations:
        first = _first_name(relation.comparison)
        if first is not None:
            root = root_of[first]
            _own(found, relation.id, root)
            texts[root].append(
                f"r {relation.id}\0{relation.holds}\0{relation.comparison is None}")
            if relation.comparison is not None and products.has_product(relation.comparison):
                excluded.add(root)
    dim_texts: dict = {}  # a registry has a few dimensions, 100,000 names
    for name in sorted(names):
        info = registry.quantities.get(name)
        declared = "-" if info is None else f"{info.unit}\0{info.trend}"
        dim = dims.get(name)
        dim_text = dim_texts.get(dim)
        if dim_text is None:
            dim_text = dim_texts[dim] = repr(dim)
        texts[root_of[name]].append(f"n {name}\0{dim_text}\0{name in dated}\0{declared}\0"
                                    + chains[name])
    head = "ranges" if ranges else "plain"
    # (surrogatepass: a name or id may hold any lone surrogate, and stays distinct)
    for root, lines in texts.items():
        if root not in excluded:
            found.keys[root] = hashlib.sha256(
                "\n".join([head, *lines]).encode("utf-8", "surrogatepass")).hexdigest()
    return found


def _first_name(tree) -> str | None:
    """The first quantity name of an expression (None: none, or not read)."""
    if tree is None:
        return None
    if type(tree) is expr_mod.Name:  # most claims: no call for those
        return tree.name
    found = expr_mod.names(tree)
    return found[0] if found else None


def _chain(registry, name: str, of_place: dict[str, list[str]]) -> list[str]:
    """The place the name measures and every place it lies within, nearest first
    ("<cycle>" where a cycle of places closes); [] when it measures no place."""
    place = name.split(".", 1)[0]
    if place == name or place not in registry.places:
        return []
    chain = of_place.get(place)
    if chain is None:
        chain = of_place[place] = _walk(registry, place)
    return chain


def _walk(registry, place: str) -> list[str]:
    chain, seen = [place], {place}
    parent = registry.places[place].within
    while parent is not None:
        if parent in seen:
            chain.append("<cycle>")
            break
        chain.append(parent)
        seen.add(parent)
        parent = registry.places[parent].within if parent in registry.places else None
    return chain
