"""Analysis on stored claims: deals, the money graph, round trips, exposure and stress tests.

    claims (Store.claims) -> consolidate -> deals -> money_graph -> find_cycles / own_money_back
                                                  -> exposure / stress

Every result dataclass has ``to_dict()``: reported amounts are exact decimal strings, model outputs
(ratios, shares, stress losses) are floats. See docs/analysis.md.
"""

from dealgraph.analyze.cycles import Cycle, Leg, find_cycles
from dealgraph.analyze.deals import Conflict, Deal, Evidence, StakePoint, consolidate, stake_history
from dealgraph.analyze.exposure import DepreciationSchedule, Exposure, ExposureLine, exposure
from dealgraph.analyze.graph import MoneyGraph, is_money_leg, money_graph
from dealgraph.analyze.importer import ImportReport, import_deals_csv
from dealgraph.analyze.load import load_deals
from dealgraph.analyze.stress import EntityLoss, StressResult, debtrank, eisenberg_noe, stress
from dealgraph.analyze.vendors import VendorShare, own_money_back

__all__ = [
    "Conflict",
    "Cycle",
    "Deal",
    "DepreciationSchedule",
    "EntityLoss",
    "Evidence",
    "Exposure",
    "ExposureLine",
    "ImportReport",
    "Leg",
    "MoneyGraph",
    "StakePoint",
    "StressResult",
    "VendorShare",
    "consolidate",
    "debtrank",
    "eisenberg_noe",
    "exposure",
    "find_cycles",
    "import_deals_csv",
    "is_money_leg",
    "load_deals",
    "money_graph",
    "own_money_back",
    "stake_history",
    "stress",
]
