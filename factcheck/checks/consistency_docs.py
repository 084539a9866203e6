"""The documentation pages of the consistency rules (one computation, five rule ids,
so their docstrings live here rather than on five near-identical functions)."""

DOCS = {
    "inconsistency": """The source contradicts itself.

    What it checks:
        A minimal set of claims from one document and one speaker, with the
        relations and built-in rules that tie them, cannot all be true. The report
        shows each claim with its quote, the arithmetic, and the nearest value of
        each claim that would make the set agree. Drop any one member and the rest
        agree.

    Why it matters:
        A source that contradicts itself has at least one number wrong: a story
        should not run with both.

    Example that fails:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: over 140,000 people
          - id: residents
            quantity: karabakh.population
            value: estimated 120,000 people
        relations:
          - id: accounting
            holds: karabakh.departed <= karabakh.population

    Fixed:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: over 100,000 people
          - id: residents
            quantity: karabakh.population
            value: estimated 120,000 people
        relations:
          - id: accounting
            holds: karabakh.departed <= karabakh.population

    How to fix:
        Check each claim of the set against the article; the hint gives the nearest
        value of each claim that would make the set agree.
    """,
    "disagreement": """Sources disagree.

    What it checks:
        A minimal set of claims from several documents or speakers (or an article
        against a reference fact) cannot all be true.

    Why it matters:
        Two sources that cannot both be right are a question for the desk: which one
        to trust, or whether to report the disagreement itself.

    Example that fails:
        --- a.yaml
        document: {id: a, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: over 140,000 people
        --- b.yaml
        document: {id: b, published: 2023-10-03}
        claims:
          - id: residents
            quantity: karabakh.population
            value: estimated 120,000 people
        relations:
          - id: accounting
            holds: karabakh.departed <= karabakh.population

    Fixed:
        --- a.yaml
        document: {id: a, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: over 100,000 people
        --- b.yaml
        document: {id: b, published: 2023-10-03}
        claims:
          - id: residents
            quantity: karabakh.population
            value: estimated 120,000 people
        relations:
          - id: accounting
            holds: karabakh.departed <= karabakh.population

    How to fix:
        Decide which source is right, or record the disagreement; the hint gives the
        nearest agreeing values.
    """,
    "trend": """A count that only moves one way moves the other.

    What it checks:
        Claims on a quantity with a declared trend (`non-decreasing`,
        `non-increasing`) must be ordered by their dates (`as_of`). A set from one
        voice is an error, from several a warning, as for inconsistency and
        disagreement.

    Why it matters:
        A running total (people who have fled so far) never falls: a later, smaller
        count is a misread date, a misread number, or another quantity.

    Example that fails:
        document: {id: d, published: 2023-10-03}
        quantities:
          karabakh.departed: {trend: non-decreasing}
        claims:
          - id: early
            as_of: 2023-09-28
            quantity: karabakh.departed
            value: over 50,000 people
          - id: late
            as_of: 2023-09-30
            quantity: karabakh.departed
            value: fewer than 40,000 people

    Fixed:
        document: {id: d, published: 2023-10-03}
        quantities:
          karabakh.departed: {trend: non-decreasing}
        claims:
          - id: early
            as_of: 2023-09-28
            quantity: karabakh.departed
            value: over 50,000 people
          - id: late
            as_of: 2023-09-30
            quantity: karabakh.departed
            value: over 90,000 people

    How to fix:
        Check the dates (`as_of`) and values of the claims named.
    """,
    "rounding": """Claims agree only within rounding.

    What it checks:
        A set that agrees only because bare numbers are read with their implied
        precision (100,000 as 95,000 to 105,000), and would conflict if every bare
        number were exact. The report shows the exact arithmetic.

    Why it matters:
        Usually fine, as statcheck's "consistent within rounding": but a reader who
        redoes the sum with the printed numbers finds it does not add up, so the
        desk should know.

    Example that fails:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: 100,000 people
          - id: residents
            quantity: karabakh.population
            value: 98,000 people
        relations:
          - id: accounting
            holds: karabakh.departed <= karabakh.population

    Fixed:
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: 100,000 people
          - id: residents
            quantity: karabakh.population
            value: 120,000 people
        relations:
          - id: accounting
            holds: karabakh.departed <= karabakh.population

    How to fix:
        Check the exact arithmetic shown if precision matters; otherwise accept it
        (a baseline or `severity` in factcheck.toml).
    """,
    "undecided": """The solver could not decide whether some claims agree.

    What it checks:
        A group of linked claims and rules whose check ran out of its time budget
        before it was decided (or before the exact reading of its bare numbers was
        checked). What was proved before the time ran out is still reported.

    Why it matters:
        No verdict is not a clean verdict: those claims are not known to agree.

    Example that fails:
        (when the solver's time budget is spent on this group)
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: over 100,000 people
          - id: residents
            quantity: karabakh.population
            value: estimated 120,000 people
        relations:
          - id: accounting
            holds: karabakh.departed <= karabakh.population

    Fixed:
        (the same registry, with the time to decide it)
        document: {id: d, published: 2023-10-03}
        claims:
          - id: fled
            quantity: karabakh.departed
            value: over 100,000 people
          - id: residents
            quantity: karabakh.population
            value: estimated 120,000 people
        relations:
          - id: accounting
            holds: karabakh.departed <= karabakh.population

    How to fix:
        Split the group: fewer relations between these quantities, or fewer
        quantities in one relation.
    """,
}
