"""Registry texts several test modules build on (tests/conftest.py puts this folder
on the import path, as engine/ and fuzz/ do for their helpers)."""

# A document with the seed article as its text; claims follow.
ARTICLE_DOCUMENT = """\
document:
  id: doc
  title: T
  text: sources/article.txt
  published: 2023-10-03
claims:
"""

# One claim `c`, without a text: .format(quantity=..., value=...).
ONE_CLAIM = """\
document:
  id: doc
  published: 2023-10-03
claims:
  - id: c
    quantity: {quantity}
    value: {value}
"""
