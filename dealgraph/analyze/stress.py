"""Stress scenarios propagated through the deal network with DebtRank or Eisenberg-Noe clearing.

Scenario -> initial shock, in dollars of each entity's capital:
- ``fail``: the entity loses all its capital; creditors recover ``recovery`` of what it owes.
- ``shocks``: {sector or entity: fraction}: revenue falls by that fraction; the loss is
  fraction x reported revenue (or x capital when no revenue is known), capped at capital.
- ``valuation_cuts``: {entity: fraction}: its equity value falls by that fraction of capital.

DebtRank (Battiston et al. 2012): h_i is the relative equity loss of i; W[i, j] = min(1,
exposure[i, j] / capital_i) is how much of i's capital j's distress takes; each distressed node
passes its h_j on once (then becomes inactive); defaulted nodes (h = 1) pass (1 - recovery) x h_j.
Eisenberg-Noe (2001): p = min(pbar, max(0, e + Pi^T p)) solved exactly with the fictitious default
algorithm (sparse linear solves); outside assets e are set so that each entity's book equity before
the shock equals its capital; failed entities pay ``recovery`` x pbar.
First-round loss: the shock itself plus direct losses on exposures to the initially shocked entities.
All stress figures are floats in USD (a model output, not a reported number).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as spla

from dealgraph.analyze._values import to_jsonable
from dealgraph.analyze.deals import Deal
from dealgraph.analyze.graph import MoneyGraph
from dealgraph.analyze.network import Network, network_from, sector_members
from dealgraph.errors import ConfigError

METHODS = ("debtrank", "eisenberg_noe")
TOL = 1e-9


@dataclass(frozen=True, slots=True)
class EntityLoss:
    entity: str
    capital_usd: float
    capital_source: str  # given, valuation, inflows, outflows, none
    shock_usd: float
    first_round_loss_usd: float
    total_loss_usd: float
    relative_loss: float  # total loss / capital
    defaulted: bool
    shortfall_usd: float = 0.0  # Eisenberg-Noe: what it could not pay


@dataclass(slots=True)
class StressResult:
    method: str
    scenario: dict[str, Any]
    entities: list[EntityLoss]
    total_loss_usd: float
    first_round_loss_usd: float
    debtrank: float | None = None  # Battiston's R: value lost beyond the initial shock, share of all capital
    iterations: int = 0
    defaulted: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready; every amount is a float in USD."""
        return to_jsonable(self)


# -- the two propagation methods on arrays --------------------------------------------------------


def debtrank(exposure: sp.spmatrix, capital: np.ndarray, h0: np.ndarray,
             recovery: float = 0.0) -> tuple[np.ndarray, np.ndarray, int]:
    """DebtRank: (h after the first round, final h, rounds). ``exposure[i, j]`` = i's asset on j."""
    cap = np.maximum(np.asarray(capital, dtype=np.float64), TOL)
    w = sp.csr_matrix(sp.diags(1.0 / cap) @ sp.csr_matrix(exposure, dtype=np.float64))
    w.data = np.minimum(w.data, 1.0)
    h = np.clip(np.asarray(h0, dtype=np.float64), 0.0, 1.0)
    distressed, inactive = h > 0, np.zeros(len(h), dtype=bool)
    first, rounds = h.copy(), 0
    while distressed.any():
        passed = np.where(distressed, h * np.where(h >= 1.0 - TOL, 1.0 - recovery, 1.0), 0.0)
        h_new = np.minimum(1.0, h + w @ passed)
        inactive |= distressed
        distressed = (h_new > TOL) & ~inactive
        h, rounds = h_new, rounds + 1
        if rounds == 1:
            first = h.copy()
    return first, h, rounds


def _relative(liabilities: sp.csr_matrix) -> tuple[np.ndarray, sp.csr_matrix]:
    pbar = np.asarray(liabilities.sum(axis=1)).ravel()
    inv = np.divide(1.0, pbar, out=np.zeros_like(pbar), where=pbar > 0)
    return pbar, sp.csr_matrix((sp.diags(inv) @ liabilities).T)  # A = Pi^T: inflow = A @ p


def eisenberg_noe(liabilities: sp.spmatrix, external: np.ndarray, fixed: Mapping[int, float] | None = None,
                  ) -> tuple[np.ndarray, int]:
    """Greatest clearing vector p = min(pbar, max(0, e + Pi^T p)) by the fictitious default algorithm.

    ``liabilities[i, j]`` is what i owes j; ``fixed`` pins the payments of failed entities.
    Returns (p, rounds).
    """
    pbar, a = _relative(sp.csr_matrix(liabilities, dtype=np.float64))
    e = np.maximum(np.asarray(external, dtype=np.float64), 0.0)
    pinned = np.zeros(len(pbar), dtype=bool)
    p = pbar.copy()
    for i, value in (fixed or {}).items():
        pinned[i], p[i] = True, min(max(value, 0.0), pbar[i])
    default = np.zeros(len(pbar), dtype=bool)
    for rounds in range(1, len(pbar) + 2):
        now = ((e + a @ p) < pbar * (1 - 1e-12) - TOL) & ~pinned
        if not (now & ~default).any():
            return p, rounds
        default |= now
        p = _solve(a, e, pbar, p, default)
    return p, len(pbar) + 1


def _solve(a: sp.csr_matrix, e: np.ndarray, pbar: np.ndarray, p: np.ndarray, default: np.ndarray) -> np.ndarray:
    """Payments of the defaulting set D with everyone else paying as now: (I - A_DD) p_D = e_D + A_DN p_N."""
    d = np.flatnonzero(default)
    rest = np.where(default, 0.0, p)
    a_dd = a[d][:, d]
    rhs = e[d] + a[d] @ rest
    system = sp.identity(len(d), format="csc") - a_dd.tocsc()
    with np.errstate(all="ignore"):
        solved = np.atleast_1d(spla.spsolve(system, rhs) if len(d) > 1 else rhs / (1.0 - a_dd.toarray().sum()))
    if not np.isfinite(solved).all():  # a closed ring of defaulters: iterate down from pbar instead
        solved = _iterate(a_dd, rhs, pbar[d])
    out = p.copy()
    out[d] = np.clip(solved, 0.0, pbar[d])
    return out


def _iterate(a_dd: sp.csr_matrix, rhs: np.ndarray, cap: np.ndarray, rounds: int = 10_000) -> np.ndarray:
    x = cap.copy()
    for _ in range(rounds):
        nxt = np.minimum(cap, rhs + a_dd @ x)
        if np.abs(nxt - x).max(initial=0.0) < TOL:
            return nxt
        x = nxt
    return x


# -- scenarios ------------------------------------------------------------------------------------


def _lookup(net: Network, name: str) -> int:
    index = net.index
    if name in index:
        return index[name]
    near = difflib.get_close_matches(name, list(index), n=3)
    raise ConfigError(f"Unknown entity {name!r} in the stress scenario",
                      hint=f"Did you mean {', '.join(near)}?" if near else "Use a name from `dealgraph deals`")


def _fraction(label: str, value: float) -> float:
    if not 0.0 <= float(value) <= 1.0:
        raise ConfigError(f"{label} must be a fraction between 0 and 1, got {value}",
                          hint="Write 30% as 0.3 (the CLI takes 30)")
    return float(value)


def _shock(net: Network, fail: Sequence[str], shocks: Mapping[str, float] | None,
           cuts: Mapping[str, float] | None, sectors: Mapping[str, str] | None) -> tuple[np.ndarray, list[int]]:
    """Initial loss in dollars per entity, and the indices that fail outright."""
    loss = np.zeros(len(net.names))
    for key, value in (shocks or {}).items():
        frac = _fraction(f"shock {key}", value)
        idx = np.array([net.index[key]]) if key in net.index else sector_members(net.names, key, sectors)
        if len(idx) == 0:
            raise ConfigError(f"No entity in sector or named {key!r}",
                              hint="Sectors: cloud, chips, ai_lab, platform, investor (or pass a mapping)")
        base = np.where(net.revenue[idx] > 0, net.revenue[idx], net.capital[idx])
        loss[idx] += frac * base
    for key, value in (cuts or {}).items():
        i = _lookup(net, key)
        loss[i] += _fraction(f"valuation cut {key}", value) * net.capital[i]
    failed = [_lookup(net, name) for name in fail]
    loss[failed] = net.capital[failed]
    return np.minimum(loss, net.capital), failed


def _losses(net: Network, shock: np.ndarray, first: np.ndarray, total: np.ndarray, defaulted: np.ndarray,
            shortfall: np.ndarray | None = None) -> list[EntityLoss]:
    hit = np.flatnonzero((total > TOL) | (shock > TOL))
    hit = hit[np.argsort(-total[hit], kind="stable")]
    short = shortfall if shortfall is not None else np.zeros(len(total))
    return [EntityLoss(net.names[i], float(net.capital[i]), net.capital_source[i], float(shock[i]),
                       float(first[i]), float(total[i]), float(total[i] / net.capital[i]), bool(defaulted[i]),
                       float(short[i])) for i in hit]


def _run_debtrank(net: Network, shock: np.ndarray, recovery: float) -> StressResult:
    h0 = shock / net.capital
    first, h, rounds = debtrank(net.exposure, net.capital, h0, recovery)
    cap = net.capital
    v = cap / cap.sum()
    result = StressResult("debtrank", {}, _losses(net, shock, first * cap, h * cap, h >= 1 - 1e-9),
                          float((h * cap).sum()), float((first * cap).sum()), float((h * v).sum() - (h0 * v).sum()),
                          rounds)
    return result


def _run_en(net: Network, shock: np.ndarray, failed: list[int], recovery: float) -> StressResult:
    inflow0 = np.asarray(net.liabilities.sum(axis=0)).ravel()
    pbar = np.asarray(net.liabilities.sum(axis=1)).ravel()
    e0 = np.maximum(net.capital + pbar - inflow0, 0.0)
    equity0 = e0 + inflow0 - pbar
    e = np.maximum(e0 - shock, 0.0)
    e[failed] = 0.0
    fixed = {i: recovery * pbar[i] for i in failed}
    p, rounds = eisenberg_noe(net.liabilities, e, fixed)
    _, a = _relative(net.liabilities)
    p_start = pbar.copy()
    p_start[failed] = [fixed[i] for i in failed]
    first = np.minimum(shock + a @ (pbar - p_start), np.maximum(equity0, 0))
    total = np.maximum(equity0 - (e + a @ p - p), 0.0)
    total[failed] = np.maximum(equity0[failed], shock[failed])
    first[failed] = total[failed]
    short = pbar - p
    result = StressResult("eisenberg_noe", {}, _losses(net, shock, first, total, short > TOL * np.maximum(pbar, 1), short),
                          float(total.sum()), float(first.sum()), None, rounds)
    return result


def stress(deals: Sequence[Deal] | MoneyGraph, *, fail: Sequence[str] = (), recovery: float = 0.0,
           shocks: Mapping[str, float] | None = None, valuation_cuts: Mapping[str, float] | None = None,
           method: str = "debtrank", capital: Mapping[str, float] | None = None,
           sectors: Mapping[str, str] | None = None) -> StressResult:
    """Run one scenario (see the module docstring); fractions are 0..1 (0.3 = 30 %)."""
    if method not in METHODS:
        raise ConfigError(f"Unknown stress method {method!r}", hint=f"Use one of {', '.join(METHODS)}")
    recovery = _fraction("recovery", recovery)
    net = network_from(deals, capital)
    shock, failed = _shock(net, fail, shocks, valuation_cuts, sectors)
    result = _run_debtrank(net, shock, recovery) if method == "debtrank" else _run_en(net, shock, failed, recovery)
    result.scenario = {"fail": list(fail), "recovery": recovery, "shocks": dict(shocks or {}),
                       "valuation_cuts": dict(valuation_cuts or {})}
    result.defaulted = [e.entity for e in result.entities if e.defaulted]
    return result
