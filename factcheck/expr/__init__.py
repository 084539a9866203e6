"""The expression language of `quantity:` and `holds:`, parsed and never evaluated.

    karabakh.departed + karabakh.remaining <= karabakh.population
    trip.end - trip.start >= 40 hours
    karabakh.departed / karabakh.population

- `nodes`: the tree (Name, Number, Neg, BinOp, Comparison), `names`, `to_text`;
- `parse`: the tokenizer and parser, `parse_expression`, `parse_comparison`;
- `dimensions`: `dimension_of`, what an expression measures;
- `linear`: `linear_form`, an expression as a LinearForm or a Ratio of two.
"""

from .dimensions import DATE, DATE_MEASURES, dimension_of, is_date_name
from .linear import LinearForm, Ratio, linear_form
from .nodes import (
    BinOp, Comparison, Expr, Name, Neg, Number, names, references, summed, to_text,
)
from .parse import (
    MAX_DIGITS, MAX_LENGTH, MAX_NESTING, MAX_OPERATORS, parse_comparison, parse_expression,
)

__all__ = [
    "Name", "Number", "Neg", "BinOp", "Comparison", "Expr",
    "parse_expression", "parse_comparison", "names", "references", "summed", "to_text",
    "dimension_of", "is_date_name", "DATE", "DATE_MEASURES",
    "linear_form", "LinearForm", "Ratio",
    "MAX_LENGTH", "MAX_NESTING", "MAX_OPERATORS", "MAX_DIGITS",
]
