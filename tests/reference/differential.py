"""Differential check: random valid plans and reviews (planning contract v3 §1-§16 inputs),
planned by the reference model and by the `boussole` CLI, compared key by key (numbers to 1e-9
relative; "*" texts not compared).

    python3 tests/reference/differential.py [COUNT] [SEED] [--model-only]

Run by scripts/test; exits 1 and prints the first differences on any disagreement.
--model-only skips the CLI: it checks that the generator draws valid input and that the model
answers it with finite numbers and its own invariants.
"""
import json
import os
import random
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import model  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.join(ROOT, "target", "debug", "boussole")


def with_doubling_gain(rng: random.Random, cost: dict) -> dict:
    """doublingGain sometimes: absent (0.6), 0.05-0.95, or exactly 1 (a straight line)."""
    r = rng.random()
    if r < 0.5:
        cost["doublingGain"] = round(rng.uniform(0.05, 0.95), 3)
    elif r < 0.65:
        cost["doublingGain"] = 1
    return cost


def rand_cost(rng: random.Random):
    """Every cost model of v2, v1's monthly, and no cost key at all."""
    kind = rng.choice(["none", "perClick", "perClick", "spend", "spend", "fixed", "monthly", None])
    if kind == "perClick":
        return with_doubling_gain(rng, {"model": "perClick",
                                        "costPerClick": round(rng.uniform(0.05, 3), 2)})
    if kind == "spend":
        return with_doubling_gain(rng, {"model": "spend",
                                        "currentMonthly": round(rng.uniform(50, 50000), 2)})
    if kind == "fixed":
        return {"model": "fixed", "monthly": rng.choice([0, round(rng.uniform(100, 20000), 2)])}
    if kind == "monthly":
        return {"model": "monthly", "amount": rng.choice([0, round(rng.uniform(100, 20000), 2)])}
    return None if kind is None else {"model": "none"}


def rand_order_costs(rng: random.Random):
    """Order costs sometimes, each key sometimes, within §1's bounds; sometimes null."""
    if rng.random() < 0.1:
        return None
    oc = {}
    if rng.random() < 0.7:
        oc["perOrder"] = rng.choice([0, round(rng.uniform(0.5, 15), 2)])
    if rng.random() < 0.6:
        oc["returnRate"] = rng.choice([0, round(rng.uniform(0.01, 0.45), 3)])
    if rng.random() < 0.5:
        oc["firstOrderDiscount"] = rng.choice([0, round(rng.uniform(0.01, 0.4), 3)])
    return oc


def rand_uncertainty(rng: random.Random) -> dict:
    """§14: half-widths 0 <= u < 1 (not all three 0: then every R_i equals T up to rounding and
    probabilityOfGoal hinges on the last bit), small draw counts to stay fast, seed sometimes
    absent (42). Seeds stay below the general 1e12 bound (see model.py D28)."""
    u = {}
    for key in ("traffic", "conversionRate", "averageOrderValue"):
        u[key] = 0 if rng.random() < 0.15 else round(rng.uniform(0.005, 0.9), 3)
    if u["traffic"] == u["conversionRate"] == u["averageOrderValue"] == 0:
        u["traffic"] = 0.1
    r = rng.random()
    if r < 0.45:  # v3: the doubling gain's half-width (absent, null or 0 in a v2-style input)
        u["doublingGain"] = round(rng.uniform(0.01, 0.9), 3)
    elif r < 0.55:
        u["doublingGain"] = 0
    elif r < 0.6:
        u["doublingGain"] = None
    u["draws"] = rng.randint(100, 500)
    r = rng.random()
    if r < 0.6:
        u["seed"] = rng.randint(0, 2 ** 32)
    elif r < 0.8:
        u["seed"] = rng.randint(0, 10 ** 12)
    elif r < 0.9:
        u["seed"] = None
    return u


def rand_history(rng: random.Random, baseline: float) -> dict:
    """§15: 12-36 months around the baseline (sometimes far from it), a seasonal shape, a trend,
    sometimes zero months or a whole calendar quarter at 0."""
    n = rng.randint(12, 36)
    level = baseline / 12 * rng.choice([1, 1, rng.uniform(0.5, 1.6)])
    shape = [rng.uniform(0.4, 2) for _ in range(12)]
    growth = rng.uniform(-0.4, 1.2)
    months = []
    for j in range(n):
        years_back = (n - 1 - j) / 12
        m = level * shape[j % 12] / (1 + growth) ** years_back * rng.uniform(0.9, 1.1)
        months.append(0 if rng.random() < 0.05 else round(m, rng.choice([0, 2])))
    if rng.random() < 0.1:
        k = rng.randint(0, 3)
        for j in range(n - 12 + 3 * k, n - 9 + 3 * k):  # three consecutive months of the last 12
            months[j] = 0
    if rng.random() < 0.03:
        months = [0] * n
    return {"months": months}


def rand_plan(rng: random.Random) -> dict:
    n = rng.randint(1, 12)
    channels = []
    for i in range(n):
        cost = rand_cost(rng)
        cr = round(rng.uniform(0.26, 0.6), 3) if rng.random() < 0.04 else \
            round(rng.uniform(0.001, 0.12), 5)
        c = {
            "id": f"c{i}",
            "label": rng.choice(["SEO", "Ads", "Réseaux", "Email", "Partenaires", "<b>x</b>"]),
            "kind": rng.choice(["seo", "sea", "social", "email", "other"]),
            "sessionsPerMonth": rng.choice([0, rng.randint(10, 200000), round(rng.uniform(1, 5e5), 3)]),
            "conversionRate": cr,
        }
        if cost is not None:
            c["cost"] = cost
        if rng.random() < 0.3:
            c["averageOrderValue"] = round(rng.uniform(5, 400), 2)
        channels.append(c)
    if all(c["sessionsPerMonth"] == 0 for c in channels):
        channels[0]["sessionsPerMonth"] = 1000
    if rng.random() < 0.3:
        raw = [rng.random() + 0.01 for _ in channels]
        total = sum(raw)
        shares = [r / total for r in raw]
        shares[-1] = 1 - sum(shares[:-1])
        for c, s in zip(channels, shares):
            c["goalShare"] = s
    p = {
        "locale": rng.choice(["fr", "en"]),
        "currency": rng.choice(["EUR", "USD", "GBP", "CHF", "CAD"]),
        "start": {"year": rng.randint(2024, 2030), "quarter": rng.randint(1, 4)},
        "averageOrderValue": round(rng.uniform(10, 300), 2),
        "grossMarginRate": round(rng.uniform(0.05, 0.9), 3),
        "channels": channels,
    }
    goal = rng.choice(["growthRate", "extraRevenue", "targetRevenue"])
    if rng.random() < 0.4:
        p["orderCosts"] = rand_order_costs(rng)
    if rng.random() < 0.8:
        p["ordersPerCustomer"] = round(rng.uniform(1, 5), 2)
    if rng.random() < 0.6:
        p["pastGrowthRate"] = round(rng.uniform(-0.5, 1), 3)
    if rng.random() < 0.6:
        p["seasonality"] = [round(rng.uniform(0.2, 3), 2) for _ in range(4)]
    if rng.random() < 0.7:
        mode = rng.choice(["ramp", "even", "compound"])
        p["milestones"] = {"mode": mode}
        if rng.random() < 0.5:
            p["milestones"]["rampWeights"] = [round(rng.uniform(0.5, 20), 2) for _ in range(4)]
    if rng.random() < 0.5:
        p["targetLtvToCac"] = round(rng.uniform(1, 6), 2)
    if rng.random() < 0.6:
        p["marketingBudget"] = rng.choice([0, round(rng.uniform(1000, 300000), 2)])
    if rng.random() < 0.5:
        p["scenarios"] = {"prudent": round(rng.uniform(0.3, 1), 2), "ambitious": round(rng.uniform(1, 3), 2)}
    if rng.random() < 0.6:
        p["cartAbandonmentRate"] = round(rng.uniform(0, 0.95), 3)
    if rng.random() < 0.4:
        p["alertTolerance"] = round(rng.uniform(0, 0.5), 3)
    # The goal needs the baseline for a target revenue above it.
    baseline = model.plan(dict(p, goal={"growthRate": 0.1}))["baseline"]["annualRevenue"]
    g = round(rng.uniform(0.01, 1.5), 4)
    p["goal"] = {"growthRate": g} if goal == "growthRate" else (
        {"extraRevenue": round(baseline * g, 2) + 0.01} if goal == "extraRevenue" else
        {"targetRevenue": round(baseline * (1 + g), 2) + 0.01})
    if rng.random() < 0.35:
        p["uncertainty"] = rand_uncertainty(rng)
    if rng.random() < 0.35:
        p["history"] = rand_history(rng, baseline)
        if rng.random() < 0.3 and "pastGrowthRate" in p:
            p["pastGrowthRate"] = None  # explicit null: derived from history (§15)
    return p


def in_bounds(v: float) -> bool:
    """Within the conventions' bounds of an input number (a plan's spend can exceed 1e12)."""
    return v == 0 or 1e-9 <= abs(v) <= 1e12


def rand_review(rng: random.Random, p: dict) -> dict:
    """Closed quarters 1..j with revenue around the target; channel actuals sometimes, either
    random, or around the plan's quarter figures (sessions 3·targetSessionsPerMonth, orders
    plannedOrders, spend plannedSpend), or exactly on them (v3: equal to a threshold up to the
    last bit is equal, so no alert with alertTolerance 0). With 4 quarters exactly on plan the
    remaining extra is a rounding residue around 0, so an exact review closes at most 3."""
    out = model.plan(p)
    on_plan = rng.random() < 0.15
    closed = rng.randint(1, 3 if on_plan else 4)
    if on_plan and rng.random() < 0.5:
        p = dict(p, alertTolerance=0)
    actuals = []
    for q in range(closed):
        pq = out["quarters"][q]
        target = pq["targetRevenue"]
        a = {"quarter": q + 1,
             "revenue": target if on_plan else round(target * rng.uniform(0.7, 1.3), 2)}
        chans = []
        near_plan = rng.random() < 0.4
        for c, qc in zip(p["channels"], pq["channels"]):
            if on_plan:
                ca = {"id": c["id"], "sessions": 3 * qc["targetSessionsPerMonth"],
                      "orders": qc["plannedOrders"], "spend": qc["plannedSpend"]}
                chans.append({k: v for k, v in ca.items() if k == "id" or in_bounds(v)})
            elif rng.random() < 0.6:
                ca = {"id": c["id"]}
                plan_fig = {"sessions": 3 * qc["targetSessionsPerMonth"],
                            "orders": qc["plannedOrders"], "spend": qc["plannedSpend"]}
                for key, hi in (("sessions", 3e5), ("orders", 5000), ("spend", 60000)):
                    if rng.random() < 0.8:
                        if near_plan:
                            v = round(plan_fig[key] * rng.uniform(0.8, 1.2), 1)
                            if in_bounds(v):
                                ca[key] = v
                        else:
                            ca[key] = rng.choice([0, round(rng.uniform(1, hi), 1)])
                chans.append(ca)
        if chans or rng.random() < 0.5:
            a["channels"] = chans
        actuals.append(a)
    return dict(p, actuals=actuals)


SCALED = {"saving": "plannedExtraCost", "effortGap": "momentumRevenue"}


def diff(e, a, path, out):
    if isinstance(e, str) and e == "*":
        return
    if isinstance(e, bool) or isinstance(a, bool) or e is None or a is None or isinstance(e, str):
        if e != a:
            out.append(f"{path}: expected {e!r}, got {a!r}")
        return
    if isinstance(e, (int, float)):
        if not isinstance(a, (int, float)) or abs(e - a) > 1e-9 * max(abs(e), abs(a), 1e-12):
            out.append(f"{path}: expected {e!r}, got {a!r}")
        return
    if isinstance(e, dict):
        for k, v in e.items():
            if k not in a:
                out.append(f"{path}.{k}: missing")
            elif k in SCALED and isinstance(v, (int, float)) and isinstance(a[k], (int, float)):
                # A difference of two costs (saving) or two revenues (effortGap = max(0, T -
                # momentumRevenue), a rounding residue when every channel is priced, model.py
                # D43): its digits are theirs, so it is compared at their scale.
                scale = max(abs(e.get(SCALED[k], 0)), abs(v), 1e-12)
                if abs(v - a[k]) > 1e-9 * scale:
                    out.append(f"{path}.{k}: expected {v!r}, got {a[k]!r}")
            else:
                diff(v, a[k], f"{path}.{k}", out)
        return
    if isinstance(e, list):
        if len(e) != len(a):
            out.append(f"{path}: expected {len(e)} items, got {len(a)}")
        for i, (x, y) in enumerate(zip(e, a)):
            diff(x, y, f"{path}[{i}]", out)


def close(a, b, rel=1e-9):
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-12)


def self_check(kind: str, doc: dict, expected: dict) -> list:
    """The model's own invariants on a valid random document (used by --model-only)."""
    out = []
    if not expected.get("ok"):
        return [f"the generator drew an invalid {kind}: {expected.get('errors')}"]
    json.dumps(expected, allow_nan=False)  # every number finite
    po = expected["plan"] if kind == "review" else expected
    E = po["goal"]["extraRevenue"]
    if not close(sum(q["extraRevenue"] for q in po["quarters"]), E):
        out.append("quarters do not add up to E")
    if not close(sum(c["extraRevenue"] for c in po["channels"]), E):
        out.append("channels do not add up to E")
    if not 3 <= len(po["okr"]["keyResults"]) <= 6:
        out.append("okr key results out of 3..6")
    pa = po["paidAllocation"]
    if pa is not None:
        if not close(sum(c["extraRevenue"] for c in pa["channels"]), pa["paidExtraRevenue"]):
            out.append("paid allocation does not add up to R")
        if pa["saving"] < -1e-9 * max(pa["plannedExtraCost"], 1):
            out.append(f"paid allocation costs more than the plan: {pa['saving']}")
    for c in po["channels"]:
        if c["feasible"] is False and c["feasibleExtraRevenue"] is not None \
                and c["feasibleExtraRevenue"] >= c["extraRevenue"] * (1 + 1e-9):
            out.append(f"{c['id']}: not feasible below its ceiling")
    out += self_check_v2(doc, po)
    out += self_check_v3(kind, doc, po, expected)
    return out


def self_check_v2(doc: dict, po: dict) -> list:
    """§14-§16 invariants."""
    out = []
    unc = doc.get("uncertainty")
    ol = po["outlook"]
    if (unc is None) != (ol is None):
        out.append("outlook present without uncertainty or missing with it")
    if ol is not None:
        if ol["draws"] != (unc.get("draws") or 4000):
            out.append("outlook draws")
        for key in ("revenue", "contribution"):
            if not ol[key]["p10"] <= ol[key]["p50"] <= ol[key]["p90"]:
                out.append(f"outlook {key} quantiles out of order")
        for key in ("probabilityOfGoal", "probabilityOfLoss"):
            if not 0 <= ol[key] <= 1 or round(ol[key] * ol["draws"]) / ol["draws"] != ol[key]:
                out.append(f"outlook {key} not a share of the draws")
    h = doc.get("history")
    ho = po["history"]
    if (h is None) != (ho is None):
        out.append("history present without input or missing with it")
    if ho is not None:
        months = h["months"]
        if ho["months"] != len(months) or not close(ho["lastYearRevenue"], sum(months[-12:])):
            out.append("history months / lastYearRevenue")
        if ho["seasonality"] is not None and not close(sum(ho["seasonality"]), 1):
            out.append("history seasonality does not sum to 1")
        if doc.get("seasonality") is None and ho["seasonality"] is not None:
            B = [q["baselineRevenue"] for q in po["quarters"]]
            A = po["baseline"]["annualRevenue"]
            for q, b in zip(po["quarters"], B):
                if not close(b, A * ho["seasonality"][q["quarter"] - 1]):
                    out.append("derived seasonality not used by §6")
                    break
        if doc.get("pastGrowthRate") is not None and ho["pastGrowthRate"] != doc["pastGrowthRate"]:
            out.append("explicit pastGrowthRate not the one used")
    bm = po["benchmarks"]
    want = [f"channels[{i}].conversionRate" for i, c in enumerate(doc["channels"])
            if c["kind"] in ("seo", "sea")]
    if doc.get("cartAbandonmentRate") is not None:
        want.append("cartAbandonmentRate")
    if (bm or None) != bm or [b["field"] for b in bm or []] != want:
        out.append("benchmarks fields")
    return out


WARNING_ORDER = ["conversion_above_100", "lever_out_of_reach", "budget_exceeded",
                 "loss_making_channel", "aggressive_goal", "channel_without_traffic",
                 "beyond_feasible", "no_cost_planned", "prudent_scenario_loses_money",
                 "negative_unit_margin", "implausible_conversion_rate",
                 "baseline_differs_from_history", "plan_loses_money", "paid_channel_over_spent",
                 "paid_split_loses_money"]


def self_check_v3(kind: str, doc: dict, po: dict, expected: dict) -> list:
    """v3 invariants: months, planned spend and CPA, break-even, warnings, momentum, review."""
    out = []
    codes = [w["code"] for w in po["warnings"]]
    if [WARNING_ORDER.index(c) for c in codes] != sorted(WARNING_ORDER.index(c) for c in codes):
        out.append(f"warnings out of §10's order: {codes}")
    A = po["baseline"]["annualRevenue"]
    T = po["goal"]["targetRevenue"]
    tot = po["totals"]
    if ("plan_loses_money" in codes) != (tot["extraContribution"] < 0):
        out.append("plan_loses_money and extraContribution disagree")
    pa = po["paidAllocation"]
    if ("paid_split_loses_money" in codes) != bool(pa and pa["lossMaking"]):
        out.append("paid_split_loses_money and paidAllocation.lossMaking disagree")
    if pa is not None and pa["maxBreakEvenExtraRevenue"] is not None \
            and pa["maxBreakEvenExtraRevenue"] < 0:
        out.append("negative maxBreakEvenExtraRevenue")
    over = {w["field"] for w in po["warnings"] if w["code"] == "paid_channel_over_spent"}
    rho = po["history"]["pastGrowthRate"] if po["history"] is not None else \
        doc.get("pastGrowthRate")
    rho = 0 if rho is None else rho
    momentum = 0.0
    for i, (ci, c) in enumerate(zip(doc["channels"], po["channels"])):
        model_ = (ci.get("cost") or {}).get("model", "none")
        curve = model_ in ("perClick", "spend") and ci["sessionsPerMonth"] > 0
        priced = curve or model_ in ("fixed", "monthly")
        momentum += c["currentRevenue"] + c["extraRevenue"] if priced else \
            c["currentRevenue"] * (1 + rho)
        if curve:
            S0 = ci["sessionsPerMonth"] * ci["cost"]["costPerClick"] \
                if model_ == "perClick" else ci["cost"]["currentMonthly"]
            if not close(c["plannedMonthlySpend"], S0 * c["spendMultiple"]):
                out.append(f"{c['id']}: plannedMonthlySpend is not S0·spendMultiple")
            if c["breakEvenExtraRevenue"] is not None:
                if (f"channels[{i}].cost" in over) != (c["breakEvenExtraRevenue"] < 0) \
                        and abs(c["breakEvenExtraRevenue"]) > 1e-9 * c["currentRevenue"]:
                    out.append(f"{c['id']}: paid_channel_over_spent and break-even disagree")
                if c["profitable"] != (c["breakEvenExtraRevenue"] >= c["extraRevenue"]) \
                        and not close(c["breakEvenExtraRevenue"], c["extraRevenue"], 1e-9):
                    out.append(f"{c['id']}: profitable and break-even disagree")
            elif c["profitable"] is not None and c["profitable"] is not True:
                out.append(f"{c['id']}: infinite break-even not profitable")
        else:
            for key in ("spendMultiple", "currentMarginalCpa", "spendAtBreakEven",
                        "breakEvenExtraRevenue", "profitable", "feasible"):
                if c[key] is not None:
                    out.append(f"{c['id']}: {key} without a curve")
            if f"channels[{i}].cost" in over:
                out.append(f"{c['id']}: over-spent without a curve")
        if (c["maxCpc"] is None) == (model_ in ("perClick", "spend")):
            out.append(f"{c['id']}: maxCpc")
        for q in po["quarters"]:
            qc = q["channels"][i]
            if (qc["plannedCpa"] is None) != (not priced or qc["plannedOrders"] == 0):
                out.append(f"{c['id']}: plannedCpa exists iff the channel has a cost")
            elif qc["plannedCpa"] is not None and \
                    not close(qc["plannedCpa"] * qc["plannedOrders"], qc["plannedSpend"]):
                out.append(f"{c['id']}: plannedCpa is not plannedSpend / plannedOrders")
    for q in po["quarters"]:
        ms = po["months"][3 * q["index"] - 3:3 * q["index"]]
        if [m["index"] for m in ms] != [3 * q["index"] - 2, 3 * q["index"] - 1, 3 * q["index"]] \
                or [m["month"] for m in ms] != [3 * q["quarter"] - 2 + j for j in range(3)] \
                or {m["year"] for m in ms} != {q["year"]}:
            out.append("months do not follow the quarters")
        for key in ("baselineRevenue", "extraRevenue", "targetRevenue", "plannedSpend"):
            if not close(sum(m[key] for m in ms), q[key]) and abs(q[key]) > 1e-9:
                out.append(f"months' {key} do not add up to the quarter's")
        if not close(q["plannedSpend"], sum(c["plannedSpend"] for c in q["channels"])) \
                and q["plannedSpend"] > 1e-9:
            out.append("quarter plannedSpend is not the channels' sum")
    if doc.get("history") is None and any(
            not close(m["targetRevenue"] * 3, po["quarters"][(m["index"] - 1) // 3]["targetRevenue"])
            for m in po["months"]):
        out.append("months not a third of their quarter without history")
    ol = po["outlook"]
    if ol is not None:
        if ol["referenceGrowth"] != rho or not close(ol["momentumRevenue"], momentum):
            out.append(f"outlook momentum {ol['momentumRevenue']} / rho, recomputed {momentum}")
        if not close(ol["effortGap"], max(0.0, T - ol["momentumRevenue"])) \
                and abs(ol["effortGap"] - max(0.0, T - ol["momentumRevenue"])) > 1e-9 * T:
            out.append("effortGap")
    if kind == "review":
        pr = expected["progress"]
        closed = [q for q in expected["quarters"] if q["status"] != "open"]
        opened = [q for q in expected["quarters"] if q["status"] == "open"]
        att = sum(q["actualRevenue"] for q in closed) / sum(q["targetRevenue"] for q in closed)
        proj = sum(q["actualRevenue"] for q in closed) + att * sum(
            q["targetRevenue"] for q in opened)
        if not close(pr["attainmentSoFar"], att) or not close(pr["projectedRevenue"], proj):
            out.append("review projection")
        if not close(pr["projectedGoalAttainment"], (pr["projectedRevenue"] - A) /
                     po["goal"]["extraRevenue"]):
            out.append("projectedGoalAttainment")
        kp = {(k["quarter"], k["id"]): k for k in expected["channelKpis"]}
        for al in expected["alerts"]:
            if al["code"] == "cpa_above_target":
                out.append("v2's cpa_above_target")
            if al["code"] == "cpa_above_plan" and kp[(al["quarter"], al["channel"])]["plannedCpa"] is None:
                out.append("cpa_above_plan without a planned CPA")
        tol = doc.get("alertTolerance")
        exact = all(ca.get("sessions") is not None for a in doc["actuals"]
                    for ca in a.get("channels") or []) and all(
            a["revenue"] == po["quarters"][a["quarter"] - 1]["targetRevenue"] for a in doc["actuals"])
        if exact and tol == 0 and expected["alerts"]:
            out.append(f"alerts on a review exactly on plan: {expected['alerts']}")
        for k in expected["channelKpis"]:
            if k["plannedCpa"] != po["quarters"][k["quarter"] - 1]["channels"][
                    [c["id"] for c in po["channels"]].index(k["id"])]["plannedCpa"]:
                out.append("channelKpis plannedCpa is not the quarter's")
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    model_only = "--model-only" in sys.argv[1:]
    count = int(args[0]) if len(args) > 0 else 300
    rng = random.Random(int(args[1]) if len(args) > 1 else 2027)
    if not model_only and not os.path.exists(BIN):
        subprocess.run(["cargo", "build", "--quiet", "--bin", "boussole"], cwd=ROOT, check=True)
    failures = 0
    for i in range(count):
        p = rand_plan(rng)
        kind, doc = ("review", rand_review(rng, p)) if i % 3 == 2 else ("plan", p)
        expected = model.review(doc) if kind == "review" else model.plan(doc)
        if model_only:
            out = self_check(kind, doc, expected)
        else:
            run = subprocess.run([BIN, kind, "-"], input=json.dumps(doc), capture_output=True,
                                 text=True)
            actual = json.loads(run.stdout)
            out = []
            diff(expected, actual, "", out)
        if out:
            failures += 1
            if failures <= 3:
                print(f"case {i} ({kind}) disagrees:\n  " + "\n  ".join(out[:10]))
                print("  input: " + json.dumps(doc)[:2000])
    what = "model-only" if model_only else "differential"
    print(f"{what}: {count - failures} passed, {failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
