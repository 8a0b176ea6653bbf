"""Stress tests: DebtRank and Eisenberg-Noe against hand-computed examples, and their properties."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import scipy.sparse as sp
from click.testing import CliRunner

from dealgraph.analyze import consolidate, debtrank, eisenberg_noe, stress
from dealgraph.cli import cli
from dealgraph.errors import ConfigError
from test_cycles import make_store

_keys = itertools.count()


def row(kind: str, source: str, target: str, usd: str | None, date: str = "2024-01", **kw: Any) -> dict[str, Any]:
    return {"key": f"s{next(_keys)}", "doc_id": f"doc{next(_keys)}", "kind": kind, "source": source,
            "target": target, "status": "announced", "amount_usd": usd, "date": date, "evidence": "x",
            "start": 0, "end": 1, "confidence": 0.9, "review": None, "notes": [], **kw}


def test_eisenberg_noe_three_banks_by_hand() -> None:
    # A owes B 10; B owes C 8 and A 2; C owes A 6. Outside assets A 0, B 0.5, C 2.
    # By hand: A and B default; pA = 0.2 pB + 6 and pB = pA + 0.5 give pA = 7.625, pB = 8.125; C pays 6.
    liabilities = sp.csr_matrix(np.array([[0, 10, 0], [2, 0, 8], [6, 0, 0]], dtype=float))
    p, rounds = eisenberg_noe(liabilities, np.array([0.0, 0.5, 2.0]))
    assert p == pytest.approx([7.625, 8.125, 6.0])
    assert rounds == 3  # A defaults first, then B, then nobody new
    pi = liabilities.toarray() / liabilities.toarray().sum(axis=1, keepdims=True)
    assert np.minimum([10, 10, 6], np.array([0.0, 0.5, 2.0]) + pi.T @ p) == pytest.approx(p)


def test_eisenberg_noe_ring_without_outside_assets_pays_nothing_when_one_fails() -> None:
    ring = sp.csr_matrix(np.array([[0, 5, 0], [0, 0, 5], [5, 0, 0]], dtype=float))
    p, _ = eisenberg_noe(ring, np.zeros(3), fixed={0: 0.0})
    assert p == pytest.approx([0.0, 0.0, 0.0])
    p, _ = eisenberg_noe(ring, np.zeros(3))
    assert p == pytest.approx([5.0, 5.0, 5.0])  # the greatest clearing vector: everyone pays


def test_debtrank_chain_by_hand() -> None:
    # B lent A 50 (capital 100 -> W = 0.5); C lent B 30 (capital 20 -> W = min(1, 1.5) = 1). A fails.
    exposure = sp.csr_matrix(([50.0, 30.0], ([1, 2], [0, 1])), shape=(3, 3))
    first, h, rounds = debtrank(exposure, np.array([10.0, 100.0, 20.0]), np.array([1.0, 0.0, 0.0]))
    assert first == pytest.approx([1.0, 0.5, 0.0]) and h == pytest.approx([1.0, 0.5, 0.5]) and rounds == 3
    _, h, _ = debtrank(exposure, np.array([10.0, 100.0, 20.0]), np.array([1.0, 0.0, 0.0]), recovery=0.4)
    assert h == pytest.approx([1.0, 0.3, 0.3])


def test_debtrank_star_and_propagate_once() -> None:
    # Leaves 1..3 each exposed to the centre 0; a two-node loop 4 <-> 5 does not amplify forever.
    exposure = sp.csr_matrix(([5.0, 10.0, 40.0, 8.0, 8.0], ([1, 2, 3, 4, 5], [0, 0, 0, 5, 4])), shape=(6, 6))
    capital = np.array([100.0, 10.0, 40.0, 20.0, 10.0, 10.0])
    _, h, _ = debtrank(exposure, capital, np.array([1.0, 0, 0, 0, 0, 0]))
    assert h[:4] == pytest.approx([1.0, 0.5, 0.25, 1.0])
    _, h, _ = debtrank(exposure, capital, np.array([0, 0, 0, 0, 0.5, 0]))
    assert h[4:] == pytest.approx([0.5 + 0.8 * 0.4, 0.4])  # 4 -> 5 (0.4), 5 -> 4 once (+0.32), then stop


def _chain() -> list[Any]:
    return consolidate([row("loan", "B", "A", "50"), row("loan", "C", "B", "30"),
                        row("investment", "D", "A", "20"), row("compute_commitment", "A", "E", "40")])


def test_stress_on_deals_matches_the_chain() -> None:
    capital = {"A": 10.0, "B": 100.0, "C": 20.0, "D": 40.0, "E": 80.0}
    r = stress(_chain(), fail=["A"], capital=capital)
    loss = {e.entity: e for e in r.entities}
    assert loss["B"].total_loss_usd == pytest.approx(50) and loss["C"].total_loss_usd == pytest.approx(10)
    assert loss["C"].first_round_loss_usd == 0 and loss["B"].first_round_loss_usd == pytest.approx(50)
    assert loss["D"].total_loss_usd == pytest.approx(20) and loss["E"].total_loss_usd == pytest.approx(40)
    assert loss["B"].relative_loss == pytest.approx(0.5) and r.defaulted == ["A"]
    en = stress(_chain(), fail=["A"], capital=capital, method="eisenberg_noe")
    en_loss = {e.entity: e for e in en.entities}
    # A pays nothing: B loses its 50 loan, E its 40 receivable; B still pays C (capital 100 > 50).
    assert en_loss["B"].total_loss_usd == pytest.approx(50) and en_loss["E"].total_loss_usd == pytest.approx(40)
    assert "C" not in en_loss and en_loss["A"].shortfall_usd == pytest.approx(90)
    half = stress(_chain(), fail=["A"], capital=capital, method="eisenberg_noe", recovery=0.5)
    assert {e.entity: e.total_loss_usd for e in half.entities}["B"] == pytest.approx(25)


def test_recovery_one_means_no_loss_to_others() -> None:
    for method in ("debtrank", "eisenberg_noe"):
        r = stress(_chain(), fail=["A"], recovery=1.0, method=method, capital={"A": 10.0})
        assert [e.entity for e in r.entities if e.total_loss_usd > 0] == ["A"]


def _random_deals(seed: int) -> list[Any]:
    rng = np.random.default_rng(seed)
    names = [f"E{i}" for i in range(15)]
    rows = [row(str(rng.choice(["loan", "investment", "compute_commitment"])), names[a], names[b],
                str(int(rng.integers(1, 100))), date=f"2024-{int(rng.integers(1, 13)):02d}")
            for a, b in rng.integers(0, 15, (60, 2)) if a != b]
    return consolidate(rows)


@pytest.mark.parametrize("method", ["debtrank", "eisenberg_noe"])
def test_losses_grow_with_the_shock(method: str) -> None:
    for seed in range(3):
        deals = _random_deals(seed)
        totals = [stress(deals, valuation_cuts={"E1": cut, "E2": cut}, method=method).total_loss_usd
                  for cut in (0.0, 0.2, 0.5, 0.9, 1.0)]
        assert totals == sorted(totals) and totals[0] == 0
        lows = [stress(deals, fail=["E3"], recovery=r, method=method).total_loss_usd for r in (0.9, 0.5, 0.0)]
        assert lows == sorted(lows)


def test_eisenberg_noe_conserves_money() -> None:
    rng = np.random.default_rng(7)
    liab = sp.random(30, 30, density=0.15, random_state=7, format="csr") * 100
    liab.setdiag(0)
    liab.eliminate_zeros()
    e = rng.uniform(0, 20, 30)
    p, _ = eisenberg_noe(liab, e, fixed={0: 0.0})
    pbar = np.asarray(liab.sum(axis=1)).ravel()
    pi = liab.multiply(1 / np.where(pbar > 0, pbar, 1)[:, None]).tocsr()
    received = pi.T @ p
    assert received.sum() == pytest.approx(p.sum())  # every dollar paid is received by someone
    lost = pi.T @ (pbar - p)
    assert lost.sum() == pytest.approx((pbar - p).sum())  # creditors' losses = debtors' shortfall
    solvent = p >= pbar - 1e-9
    assert np.all(e[1:] + received[1:] >= p[1:] - 1e-6)
    assert np.all((e + received)[~solvent & (np.arange(30) > 0)] == pytest.approx(p[~solvent & (np.arange(30) > 0)]))


def test_sector_shock_uses_revenue_and_mapping() -> None:
    deals = consolidate([row("compute_commitment", "Lab", "Cloud1", "100"), row("revenue", "X", "Cloud2", "50"),
                         row("loan", "Bank", "Cloud1", "30")])
    r = stress(deals, shocks={"cloud": 0.2}, sectors={"Cloud1": "cloud", "Cloud2": "cloud"},
               capital={"Cloud1": 100.0, "Cloud2": 100.0, "Bank": 60.0})
    loss = {e.entity: e for e in r.entities}
    assert loss["Cloud1"].shock_usd == pytest.approx(20) and loss["Cloud2"].shock_usd == pytest.approx(10)
    assert loss["Bank"].total_loss_usd == pytest.approx(30 * 0.2)  # W = 30/60, h_Cloud1 = 0.2 -> 0.1 x 60
    with pytest.raises(ConfigError):
        stress(deals, shocks={"nowhere": 0.2})
    with pytest.raises(ConfigError, match="fraction"):
        stress(deals, valuation_cuts={"Cloud1": 30})
    with pytest.raises(ConfigError) as err:
        stress(deals, fail=["Cloud 1"])
    assert "Cloud1" in err.value.hint


def test_cli_stress(tmp_path: Path) -> None:
    url = make_store(tmp_path / "s.db", [("loan", "Bank", "Lab", "50", "2024-01"),
                                         ("compute_commitment", "Lab", "Cloud", "40", "2024-02")])
    result = CliRunner().invoke(cli, ["stress", "--db", url, "--fail", "Lab", "--json"])
    assert result.exit_code == 0, result.output
    dr, en = json.loads(result.output)
    assert dr["method"] == "debtrank" and en["method"] == "eisenberg_noe"
    assert {e["entity"] for e in en["entities"]} == {"Lab", "Bank", "Cloud"}
    table = CliRunner().invoke(cli, ["stress", "--db", url, "--cut", "Lab=50", "--method", "debtrank"])
    assert table.exit_code == 0 and "debtrank: total loss" in table.output
    bad = CliRunner().invoke(cli, ["stress", "--db", url, "--shock", "cloud"])
    assert bad.exit_code != 0 and "SECTOR=PERCENT" in bad.output
