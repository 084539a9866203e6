"""Bound propagation: cheap outer bounds of every variable of a group, in Python.

Each atom `sum(c·x) + k op 0` bounds each of its variables by the others' bounds
(`c_j·x_j <= -k - sum_{i≠j} min(c_i·x_i)`); this repeats until nothing changes or a
work limit is reached. Whole-number variables are rounded inwards. Every bound found
holds in every solution (the bounds are sound), but it may not be reached: the
solver proves each one before it is reported (solver.GroupSolver.ranges).
"""

from __future__ import annotations

from fractions import Fraction

# A row is `sum(c·x) + k <= 0` (strict: `< 0`) over variable positions.
Row = tuple[list[tuple[int, int]], int, bool]

# Work limit: visits per row. Chains of rules settle in a few rounds; a cycle that
# creeps (x <= y - 1, y <= x + ...) stops here with bounds still sound.
VISITS_PER_ROW = 20


def rows_of(atoms_lists, position: dict) -> list[Row]:
    """The atoms of some constraints as `<=`/`<` rows over variable positions."""
    rows: list[Row] = []
    for atoms in atoms_lists:
        for atom in atoms:
            coeffs = [(position[key], coeff) for key, coeff in atom.coeffs]
            op = atom.op
            if op == "<=" or op == "<":
                rows.append((coeffs, atom.constant, op == "<"))
            elif op == ">=" or op == ">":
                rows.append(([(i, -c) for i, c in coeffs], -atom.constant, op == ">"))
            else:  # ==
                rows.append((coeffs, atom.constant, False))
                rows.append(([(i, -c) for i, c in coeffs], -atom.constant, False))
    return rows


class Bounds:
    """Lower and upper bound of each variable: a number or None (unbounded), and
    whether it is open (never for whole-number variables)."""

    def __init__(self, count: int):
        self.low: list = [None] * count
        self.high: list = [None] * count
        self.low_open = [False] * count
        self.high_open = [False] * count
        self.empty = False  # some variable has no value left: the rows conflict


def propagate(rows: list[Row], count: int, whole: list[bool],
              floor_zero: list[int], rows_with: list[list[int]] | None = None) -> Bounds:
    """In rounds: each round visits its rows once, bounds tightened in place; the
    rows of every variable a round changed make the next round. A variable that
    changes many times in one round (a quantity in 10,000 relations, raised by each)
    queues its rows once, not once per change: linear in the rows, not quadratic.
    `rows_with`: rows_by_variable(rows, count), when the caller has it."""
    bounds = Bounds(count)
    for i in floor_zero:
        bounds.low[i] = 0
    if rows_with is None:
        rows_with = rows_by_variable(rows, count)
    return settle(rows, rows_with, bounds, whole, list(range(len(rows))))


def rows_by_variable(rows: list[Row], count: int) -> list[list[int]]:
    """Each variable's rows, by position."""
    rows_with: list[list[int]] = [[] for _ in range(count)]
    for r, (coeffs, _, _) in enumerate(rows):
        for i, _ in coeffs:
            rows_with[i].append(r)
    return rows_with


def settle(rows: list[Row], rows_with: list[list[int]], bounds: Bounds,
           whole: list[bool], queue: list[int], applied: bool = False) -> Bounds:
    """Tighten `bounds` in place from the rows in `queue` on (all rows at first;
    the rows of a variable just fixed, for witness.py), in rounds as above.

    A row of one variable bounds it by a constant: once applied, visiting it again
    never moves a bound (bounds only tighten), so it is visited in the first round
    alone, or never when `applied` (bounds that came from propagating these rows).
    It still counts against the work limit, so the limit stops where it did."""
    changed = [False] * len(bounds.low)
    budget = VISITS_PER_ROW * len(rows) + 50
    while queue and budget > 0:
        dirty: list[int] = []
        if len(queue) > budget:  # (most rounds fit: no copy of the queue for those)
            queue = queue[:budget]
        if applied:
            for r in queue:
                row = rows[r]
                if len(row[0]) > 1 and not _tighten(row, bounds, whole, changed, dirty):
                    bounds.empty = True
                    return bounds
        else:
            for r in queue:
                if not _tighten(rows[r], bounds, whole, changed, dirty):
                    bounds.empty = True
                    return bounds
            applied = True
        budget -= len(queue)
        queue = _rows_of(dirty, rows_with, changed)
    return bounds


def _rows_of(variables: list[int], rows_with: list[list[int]],
             changed: list[bool]) -> list[int]:
    """The rows of these variables, each once, in order; their marks cleared."""
    if len(variables) == 1:  # (often) its rows as they are: a row names a variable once
        changed[variables[0]] = False
        return rows_with[variables[0]]
    out: dict[int, None] = {}  # (a dict keeps the first place of each)
    for i in variables:
        changed[i] = False
        out.update(dict.fromkeys(rows_with[i]))
    return list(out)


def _tighten(row: Row, bounds: Bounds, whole: list[bool], changed: list[bool],
             dirty: list[int]) -> bool:
    """Bound each variable of the row by the others' bounds; each variable whose
    bound moved is added to `dirty` (once). False: some variable has no value left."""
    coeffs, constant, strict = row
    if len(coeffs) == 2:
        return _tighten_pair(coeffs, constant, strict, bounds, whole, changed, dirty)
    if len(coeffs) == 1:  # the rest of the row is nothing: 0, closed
        i, c = coeffs[0]
        return _bound(i, c, -constant, strict, bounds, whole[i], changed, dirty)
    low, high, low_open, high_open = bounds.low, bounds.high, bounds.low_open, bounds.high_open
    # The least value of the row's left side: each term at its lower end.
    total, opens, unbounded, free = 0, 0, 0, -1
    for i, c in coeffs:
        if c > 0:
            value, is_open = low[i], low_open[i]
        else:
            value, is_open = high[i], high_open[i]
        if value is None:
            unbounded += 1
            free = i
            if unbounded > 1:
                return True
            continue
        total += c * value
        opens += is_open
    for i, c in coeffs:
        if unbounded:
            if i != free:
                continue
            rest, rest_open = total, opens
        elif c > 0:
            rest, rest_open = total - c * low[i], opens - low_open[i]
        else:
            rest, rest_open = total - c * high[i], opens - high_open[i]
        if not _bound(i, c, -constant - rest, strict or rest_open > 0, bounds, whole[i],
                      changed, dirty):
            return False
    return True


def _tighten_pair(coeffs, constant, strict: bool, bounds: Bounds, whole: list[bool],
                  changed: list[bool], dirty: list[int]) -> bool:
    """_tighten of a row of two terms (half the rows a group visits), each bounded
    by the other's end: the same bounds, without the loops. Most visits move
    nothing: a whole-number limit that clearly leaves the current end where it is
    is passed over without rounding (_bound decides every other case)."""
    (i, c), (j, d) = coeffs
    low, high = bounds.low, bounds.high
    if c > 0:
        a, now_i = low[i], high[i]
    else:
        a, now_i = high[i], low[i]
    if d > 0:
        b, now_j = low[j], high[j]
    else:
        b, now_j = high[j], low[j]
    if b is not None:
        limit = -constant - d * b
        if (now_i is None or type(limit) is not int or type(now_i) is not int or (
                limit // c <= now_i if c > 0 else -(limit // -c) >= now_i)) and not _bound(
                i, c, limit, strict or (bounds.low_open[j] if d > 0 else bounds.high_open[j]),
                bounds, whole[i], changed, dirty):
            return False
    if a is not None:
        limit = -constant - c * a
        if (now_j is None or type(limit) is not int or type(now_j) is not int or (
                limit // d <= now_j if d > 0 else -(limit // -d) >= now_j)) and not _bound(
                j, d, limit, strict or (bounds.low_open[i] if c > 0 else bounds.high_open[i]),
                bounds, whole[j], changed, dirty):
            return False
    return True


def _bound(i: int, c: int, limit, is_open: bool, bounds: Bounds, whole: bool,
           changed: list[bool], dirty: list[int]) -> bool:
    """Variable i bounded by `c·x <= limit` (`<` when open), rounded inwards when
    whole; False: nothing is left to it."""
    low, high = bounds.low, bounds.high
    if c > 0:  # x <= limit / c
        if whole:
            value = limit // c if type(limit) is int else (limit / c).__floor__()
            if is_open and value * c == limit:
                value -= 1
            is_open = False
        else:
            value = _exact(limit, c)
        current = high[i]
        if current is not None and (value > current or (
                value == current and (bounds.high_open[i] or not is_open))):
            return True
        high[i], bounds.high_open[i] = value, is_open
    else:  # x >= limit / c
        if whole:
            value = -(limit // -c) if type(limit) is int else (limit / c).__ceil__()
            if is_open and value * c == limit:
                value += 1
            is_open = False
        else:
            value = _exact(limit, c)
        current = low[i]
        if current is not None and (value < current or (
                value == current and (bounds.low_open[i] or not is_open))):
            return True
        low[i], bounds.low_open[i] = value, is_open
    if low[i] is not None and high[i] is not None and (low[i] > high[i] or (
            low[i] == high[i] and (bounds.low_open[i] or bounds.high_open[i]))):
        return False
    if not changed[i]:
        changed[i] = True
        dirty.append(i)
    return True


# Combined rows (combined_rows): a variable whose rows pair up into more than this
# many combinations is left alone (a quantity in hundreds of relations would give
# their product), and a combination of more terms is dropped (it bounds its
# variables by too many others to be tight).
COMBINATIONS_PER_VARIABLE = 12
COMBINED_TERMS = 3


def combined_rows(rows: list[Row], count: int) -> list[Row]:
    """Rows implied by pairs of rows (one step of Fourier-Motzkin elimination): for a
    variable with a positive coefficient in one row and a negative one in another,
    the sum of the two, each scaled by the other's coefficient so that the variable
    cancels; strict when either is. Each is a sum of rows that hold times positive
    numbers, so it holds too: propagated, its bounds are as sound as the rows', and
    tighter where the rows bound a variable only through two others taken apart
    (`r <= p - d` with `d >= 0.9 p`: `r <= 0.1 p`)."""
    rows_with = rows_by_variable(rows, count)
    combined: list[Row] = []
    for v in range(count):
        rising = [r for r in rows_with[v] if _coefficient(rows[r], v) > 0]
        falling = [r for r in rows_with[v] if _coefficient(rows[r], v) < 0]
        if len(rising) * len(falling) > COMBINATIONS_PER_VARIABLE:
            continue
        for a in rising:
            for b in falling:
                row = _combined(rows[a], rows[b], v)
                if row is not None:
                    combined.append(row)
    return combined


def _coefficient(row: Row, v: int) -> int:
    return sum(c for i, c in row[0] if i == v)


def _combined(first: Row, second: Row, v: int) -> Row | None:
    """first · (-c2) + second · c1, where c1 > 0 > c2 are v's coefficients."""
    scale_first, scale_second = -_coefficient(second, v), _coefficient(first, v)
    total: dict[int, int] = {}
    for (coeffs, _, _), scale in ((first, scale_first), (second, scale_second)):
        for i, c in coeffs:
            total[i] = total.get(i, 0) + scale * c
    coeffs = [(i, c) for i, c in total.items() if c != 0]
    if not coeffs or len(coeffs) > COMBINED_TERMS:
        return None
    return (coeffs, scale_first * first[1] + scale_second * second[1],
            first[2] or second[2])


def made_whole(atom, is_whole) -> object | None:
    """The variable an equality makes a whole number, if any: in
    `x + sum(c·y) + k == 0` with every y whole (coefficients and constants of atoms
    are integers), x is whole too, as `duration == end - start` makes a duration
    between two dates a number of days."""
    if atom.op != "==" or len(atom.coeffs) < 2:
        return None
    loose = [(key, c) for key, c in atom.coeffs if not is_whole(key)]
    return loose[0][0] if len(loose) == 1 and abs(loose[0][1]) == 1 else None


def implied_whole(atoms_lists, position: dict, whole: list[bool]) -> list[bool]:
    """`whole` widened by the variables the equalities of these atoms make whole
    (made_whole, until nothing changes). Rounding such a variable's bounds inwards
    lets the solver prove the bounds that are reached instead of searching for them
    (an optimiser over unbounded whole numbers may not finish)."""
    equalities = [atom for atoms in atoms_lists for atom in atoms
                  if atom.op == "==" and len(atom.coeffs) > 1]
    if not equalities:
        return whole
    whole = list(whole)

    def is_whole(key) -> bool:
        return whole[position[key]]

    changed = True
    while changed:
        changed = False
        for atom in equalities:
            key = made_whole(atom, is_whole)
            if key is not None:
                whole[position[key]] = changed = True
    return whole


def _exact(limit, c: int):
    if type(limit) is int and not limit % c:  # (a whole quotient: no Fraction made)
        return limit // c
    value = Fraction(limit) / c
    return value.numerator if value.denominator == 1 else value


def rising_direction(rows: list[Row], count: int, floor_zero: list[int], start: int,
                     sign: int, rows_with: list[list[int]] | None = None) -> bool:
    """Whether some 0/1 direction d with d[start] = 1 keeps every row: each row's
    `sum(c·d)` is <= 0 (== 0 for a row that comes with its mirror, an equality),
    and moving along sign·d keeps floor-zero variables >= 0 (they may only rise).
    Then, from any solution, sign·t·d (t = 1, 2, ...) gives ever further whole
    solutions: the variable `start` is unbounded that way. A greedy search that may
    miss a direction (then z3 decides), never claims a false one (checked exactly
    at the end)."""
    chosen = {start}
    if rows_with is None:  # (the callers that ask of many ends made it once)
        rows_with = rows_by_variable(rows, count)
    floor = set(floor_zero)
    if sign < 0 and start in floor:
        return False
    pending = list(rows_with[start])
    while pending:
        r = pending.pop()
        coeffs = rows[r][0]
        total = sum(sign * c for i, c in coeffs if i in chosen)
        if total <= 0:
            continue
        # raise another variable that this row lets fall: a negative coefficient
        helper = next((i for i, c in coeffs if sign * c < 0 and i not in chosen
                       and not (sign < 0 and i in floor)), None)
        if helper is None:
            return False
        chosen.add(helper)
        pending.extend(rows_with[helper])
        pending.append(r)
        if len(chosen) > count:
            return False
    # exact check of the direction found
    for coeffs, _, _ in rows:
        if sum(sign * c for i, c in coeffs if i in chosen) > 0:
            return False
    return True
