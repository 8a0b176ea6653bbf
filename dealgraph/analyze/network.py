"""Balance-sheet links for the stress tests, built from the money graph with sparse matrices.

``exposure[i, j]``: what i loses if j is wiped out (i's asset that depends on j):
  investment / acquisition / joint venture i->j: equity at cost (stake % x valuation where reported);
  loan i->j: the loan; compute commitment j->i (j is i's customer): the commitment i is owed.
``liabilities[i, j]``: what i owes j (Eisenberg-Noe): loan j->i, compute commitment i->j.
``revenue[i]``: reported revenue, commitments and purchases flowing to i.

Capital proxy (when the caller gives none): latest valuation; else the sum of all money flowing in;
else the sum flowing out; else $1 (so any exposure wipes it out). ``capital_source`` says which.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from dealgraph.analyze._values import lexicon
from dealgraph.analyze.deals import Deal, stake_history
from dealgraph.analyze.graph import KINDS, MoneyGraph, latest_valuations, money_graph

EQUITY = [KINDS.index(k) for k in ("investment", "acquisition", "joint_venture")]
LOAN = KINDS.index("loan")
COMMITMENT = KINDS.index("compute_commitment")
REVENUE = [KINDS.index(k) for k in ("revenue", "compute_commitment", "purchase")]


@dataclass(slots=True)
class Network:
    names: list[str]
    exposure: sp.csr_matrix
    liabilities: sp.csr_matrix
    capital: np.ndarray
    capital_source: list[str]
    revenue: np.ndarray

    _index: dict[str, int] | None = None

    @property
    def index(self) -> dict[str, int]:
        """Name -> row, built once."""
        if self._index is None:
            self._index = {name: i for i, name in enumerate(self.names)}
        return self._index


def _matrix(rows: np.ndarray, cols: np.ndarray, values: np.ndarray, n: int) -> sp.csr_matrix:
    m = sp.coo_matrix((values, (rows, cols)), shape=(n, n)).tocsr()
    m.sum_duplicates()
    return m


def _capital(mg: MoneyGraph, amount: np.ndarray, given: Mapping[str, float] | None) -> tuple[np.ndarray, list[str]]:
    n = mg.n
    inflow = np.bincount(mg.dst, weights=amount, minlength=n)
    outflow = np.bincount(mg.src, weights=amount, minlength=n)
    val = mg.valuation if mg.valuation is not None else np.full(n, np.nan)
    has_val = ~np.isnan(val) & (np.nan_to_num(val) > 0)
    cap = np.where(has_val, np.nan_to_num(val), np.where(inflow > 0, inflow, np.where(outflow > 0, outflow, 1.0)))
    codes = np.where(has_val, 1, np.where(inflow > 0, 2, np.where(outflow > 0, 3, 4)))
    labels = np.array(["given", "valuation", "inflows", "outflows", "none"])
    source = labels[codes].tolist()
    index = mg.index if given else {}
    for name, value in (given or {}).items():
        if name in index:
            cap[index[name]] = float(value)
            source[index[name]] = "given"
    return cap.astype(np.float64), source


def network(mg: MoneyGraph, *, capital: Mapping[str, float] | None = None,
            equity_values: Mapping[tuple[str, str], float] | None = None) -> Network:
    """The stress network of a money graph; ``equity_values`` replaces cost for (holder, company) pairs."""
    amount, n, k = np.nan_to_num(mg.amount, nan=0.0), mg.n, mg.kind
    eq = np.isin(k, EQUITY)
    eq_amount = amount.copy()
    if equity_values:
        eq_amount = _override(mg, eq, eq_amount, equity_values)
    loan, com = k == LOAN, k == COMMITMENT
    rows = np.concatenate([mg.src[eq], mg.src[loan], mg.dst[com]])
    cols = np.concatenate([mg.dst[eq], mg.dst[loan], mg.src[com]])
    vals = np.concatenate([eq_amount[eq], amount[loan], amount[com]])
    liab_r = np.concatenate([mg.dst[loan], mg.src[com]])
    liab_c = np.concatenate([mg.src[loan], mg.dst[com]])
    liab_v = np.concatenate([amount[loan], amount[com]])
    rev = np.isin(k, REVENUE)
    cap, source = _capital(mg, amount, capital)
    return Network(mg.names, _matrix(rows, cols, vals, n), _matrix(liab_r, liab_c, liab_v, n), cap, source,
                   np.bincount(mg.dst[rev], weights=amount[rev], minlength=n))


def _override(mg: MoneyGraph, eq: np.ndarray, values: np.ndarray,
              equity_values: Mapping[tuple[str, str], float]) -> np.ndarray:
    """Put a pair's marked value on its first equity edge and zero its other equity edges."""
    done: set[tuple[str, str]] = set()
    for e in np.flatnonzero(eq):
        pair = (mg.names[mg.src[e]], mg.names[mg.dst[e]])
        if pair in equity_values:
            values[e] = 0.0 if pair in done else equity_values[pair]
            done.add(pair)
    return values


def stake_values(deals: Sequence[Deal]) -> dict[tuple[str, str], float]:
    """(holder, company) -> latest stake % x latest valuation, where both are reported."""
    vals = latest_valuations(deals)
    pairs = {(str(d.source), str(d.target)) for d in deals if d.kind == "stake" and d.source and d.target}
    out = {}
    for holder, company in pairs:
        points = stake_history(list(deals), holder, company)
        if points and company in vals:
            out[(holder, company)] = points[-1].pct / 100 * float(vals[company].amount_usd)  # type: ignore[arg-type]
    return out


def network_from(deals: Sequence[Deal] | MoneyGraph, capital: Mapping[str, float] | None = None) -> Network:
    """A :class:`Network` from deals (stakes marked to valuation) or from a ready money graph."""
    if isinstance(deals, MoneyGraph):
        return network(deals, capital=capital)
    return network(money_graph(deals), capital=capital, equity_values=stake_values(deals))


def sector_members(names: Sequence[str], sector: str, mapping: Mapping[str, str] | None = None) -> np.ndarray:
    """Indices of the entities in ``sector`` (user mapping first, then the shipped table)."""
    table = {**lexicon()["sectors"], **(mapping or {})}
    index = {name: i for i, name in enumerate(names)}
    return np.array(sorted(index[n] for n, s in table.items() if s == sector and n in index), dtype=np.int64)
