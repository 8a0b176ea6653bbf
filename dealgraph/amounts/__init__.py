"""Amounts, percentages and dates in English, Chinese, Japanese and Korean: exact, with spans.

    >>> from dealgraph.amounts import find_amounts
    >>> a = find_amounts("谷歌同意投资16.4亿美元")[0]
    >>> a.value, a.currency, a.text
    (Decimal('1640000000'), 'USD', '16.4亿美元')

Offsets are into the text as given (full-width characters are normalised without changing length).
"""

from dealgraph.amounts.dates import find_dates
from dealgraph.amounts.money import find_amounts, parse_amount
from dealgraph.amounts.percent import find_percentages

__all__ = ["find_amounts", "find_dates", "find_percentages", "parse_amount"]
