"""Names a draft's ratio may use. `verify` holds every name in a claim's ratio to
exist (rule `unknown-quantity`): a quantity some claim states alone, or a count of a
place the registry or the drafts' `places:` declare. A part no draft and no place
declares, such as a joint subject ("The provinces of Niassa, Tete, Sofala and
Zambezia ... whose lethality rate stands at 0.4%" ->
`niassa_tete_sofala_and_zambezia.affected / nampula.affected`), would make a draft
that fails as written: such a draft is left a placeholder, for a person to name. So
is one whose quantity is no expression of quantity names at all (a unit left in it:
"aid_myr / household"): no draft is written that the loader refuses."""

from __future__ import annotations

import re
from dataclasses import replace

from ..expr import names, parse_expression
from ..findings import FactcheckError

_NAME = re.compile(r"\b([a-z_][a-z0-9_]*)\.([a-z_][a-z0-9_]*)\b")
_SIMPLE = re.compile(r"[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*")


def declared_only(drafts: list, context, placeholder) -> list:
    """`drafts`, each ratio whose names do not all exist made a placeholder;
    `context`: the registry's (drafts.Context); `placeholder(draft)`: a new name."""
    quantities = {d.quantity for d in drafts if _SIMPLE.fullmatch(d.quantity)} \
        | set(context.quantities)
    places = set(context.places.values()) | {p[0] for d in drafts for p in d.places}

    def exists(match: re.Match) -> bool:
        return match.group() in quantities or match.group(1) in places

    return [d if _loads(d.quantity) and ("/" not in d.quantity or all(
        map(exists, _NAME.finditer(d.quantity))))
            else replace(d, quantity=placeholder(d), places=()) for d in drafts]


def _loads(quantity: str) -> bool:
    """Whether the loader reads `quantity` as an expression of quantity names."""
    try:
        expression = parse_expression(quantity)
    except FactcheckError:
        return False
    return all(_SIMPLE.fullmatch(name) for name in names(expression))
