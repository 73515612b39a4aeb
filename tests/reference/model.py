"""Independent Python reference implementation of the Boussole planning contract.

Source of truth: the team's planning contract (planning model v1), sections 2-12. Written from the
contract alone (the Rust engine under src/ was deliberately not read) so that the golden
cases in tests/cases/ cross-check the engine.

    plan(input)   -> PlanOutput  (§10 + alertRules/okr of §12)
    review(input) -> ReviewOutput (§11)

Text the reference cannot reproduce (objective text, status reasons, warning/alert messages,
OKR sentences) is output as "*", which the golden test treats as "not compared".

Decisions taken where the contract is silent or ambiguous (also listed in README/report):
 D1  Any division by zero gives None (null). Divisions whose divisor cannot be zero for valid
     input are computed directly.
 D2  compound mode: x is solved by bisection until the bracket stops shrinking (machine
     precision, far below the 1e-12 relative error asked; the contract itself says 1e-9).
 D3  Seasonality shares are indexed by CALENDAR quarter; plan quarter q maps to calendar quarter
     ((start.quarter-1 + q-1) mod 4)+1 of year start.year + (start.quarter-1 + q-1)//4.
 D4  Objectives order: the plan, then channels (input order), then quarters 1..4.
     Quarter objectives: `achievable` = the plan's §3 achievability (not the quarter's own yoy
     growth); `realistic` = same rule as the plan (so identical to the plan's).
 D5  Channel `achievable`: trafficGrowthRate_c is judged with exactly the plan's thresholds of §3
     (1.25r / 2r when pastGrowthRate r > 0, else 0.15 / 0.30); null -> "warning".
 D6  Channel `realistic` when verdict is null (no cost model, or cost model whose cpa is null
     because of a zero divisor): "ok".
 D7  firstOrderProfitable is null when cpa_c is null.
 D8  Warnings order: aggressive_goal (field "goal"), budget_exceeded ("marketingBudget"),
     lever_out_of_reach ("cartAbandonmentRate"), then per channel in input order:
     conversion_above_100 ("channels[i].conversionRate"), channel_without_traffic
     ("channels[i].sessionsPerMonth", when sessions are 0 and extraRevenue_c > 0),
     loss_making_channel ("channels[i].cost").
 D9  alertRules entries are {quarter, channel, metric, comparator, threshold}; channel is null for
     the revenue rule, the channel id otherwise.
 D10 Review quarters: all 4 plan quarters. Closed: status from attainment, reforecast fields null.
     Open: status "open", actualRevenue and attainment null, reforecast fields per §11 (computed
     even when remainingExtra <= 0, i.e. a reforecast target below the baseline is possible).
     attainment null if targetRevenue_q is 0 (cannot happen for valid input).
 D11 paceFactor null if sum of closed E_q is 0; then open quarters contribute B_q only to
     projectedRevenue (cannot happen for valid input: E_q > 0). requiredVsPlanned null with no
     open quarter.
 D12 channelKpis: for each closed quarter (ascending), each channel entry of actuals[q].channels in
     the order given in the actuals. sessions = actual sessions (null if missing),
     plannedConversionRate = cr_c, targetCpa = targetCpa_c (given even for cost model "none").
 D13 Alerts: by quarter; revenue first; then channels in PLAN order (only those with actuals),
     metric order sessions, conversion, cpa. A metric that is null raises no alert.
     actual/threshold: revenue -> actual_q / targetRevenue_q(1-t); sessions -> sessions /
     targetSessions(1-t); conversion -> orders/sessions / cr_c(1-t); cpa -> spend/orders /
     targetCpa_c(1+t). Comparisons are strict (<, >) as written in §11.
 D14 Scenario/total blendedCpa is extraCost / orders, i.e. 0 (not null) when extraCost is 0 and
     orders > 0; roi/mer null when extraCost is 0.
"""
from __future__ import annotations

import math
import re

# --------------------------------------------------------------------------- helpers


def div(a, b):
    """a / b, None on a zero divisor or a None operand (D1)."""
    if a is None or b is None or b == 0:
        return None
    return a / b


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def calendar(start, q):
    k = start["quarter"] - 1 + q - 1
    return start["year"] + k // 4, k % 4 + 1


def label(locale, year, cq):
    return ("T" if locale == "fr" else "Q") + f"{cq} {year}"


def classify(g, r):
    """§3 thresholds (also used for channels, D5)."""
    if r is not None and r > 0:
        lo, hi = 1.25 * r, 2 * r
    else:
        lo, hi = 0.15, 0.30
    if g <= lo:
        return "inLine"
    if g <= hi:
        return "stretch"
    return "aggressive"


ACH_STATUS = {"inLine": "ok", "stretch": "warning", "aggressive": "fail"}

# --------------------------------------------------------------------------- defaults

TOP_KEYS = ["locale", "currency", "start", "averageOrderValue", "grossMarginRate",
            "ordersPerCustomer", "pastGrowthRate", "seasonality", "goal", "milestones",
            "targetLtvToCac", "marketingBudget", "scenarios", "cartAbandonmentRate",
            "alertTolerance", "channels"]
CHANNEL_KEYS = ["id", "label", "kind", "sessionsPerMonth", "conversionRate",
                "averageOrderValue", "goalShare", "cost"]


def with_defaults(inp):
    p = dict(inp)
    p.setdefault("locale", "fr")
    p.setdefault("currency", "EUR")
    p.setdefault("ordersPerCustomer", 1)
    p.setdefault("pastGrowthRate", None)
    if p.get("seasonality") is None:
        p["seasonality"] = [1, 1, 1, 1]
    if p.get("milestones") is None:
        p["milestones"] = {"mode": "ramp", "rampWeights": [5, 7, 8, 10]}
    else:
        m = dict(p["milestones"])
        m.setdefault("mode", "ramp")
        if m.get("rampWeights") is None:
            m["rampWeights"] = [5, 7, 8, 10]
        p["milestones"] = m
    p.setdefault("targetLtvToCac", 3)
    p.setdefault("marketingBudget", None)
    if p.get("scenarios") is None:
        p["scenarios"] = {"prudent": 0.8, "ambitious": 1.2}
    p.setdefault("cartAbandonmentRate", None)
    if p.get("alertTolerance") is None:
        p["alertTolerance"] = 0.10
    chans = []
    for c in p["channels"]:
        c = dict(c)
        if c.get("averageOrderValue") is None:
            c["averageOrderValue"] = p["averageOrderValue"]
        c.setdefault("goalShare", None)
        if c.get("cost") is None:
            c["cost"] = {"model": "none"}
        chans.append(c)
    p["channels"] = chans
    return p


# --------------------------------------------------------------------------- validation
# Small validator: enough for the golden invalid cases (and the obvious §1 rules). Error order:
# unknown top-level keys first, then fields in §1 table order with `goal` last; within
# channels: per channel in order, fields in §1 channel order, then duplicate_id, then the
# shares error, then no_baseline.

FIELD_ORDER = ["locale", "currency", "start", "averageOrderValue", "grossMarginRate",
               "ordersPerCustomer", "pastGrowthRate", "seasonality", "milestones",
               "targetLtvToCac", "marketingBudget", "scenarios", "cartAbandonmentRate",
               "alertTolerance", "channels", "goal"]


def validate(inp, extra_keys=()):
    errs = []

    def err(field, code):
        errs.append({"field": field, "code": code})

    if not isinstance(inp, dict):
        return [{"field": None, "code": "not_an_object"}]
    for k in inp:
        if k not in TOP_KEYS and k not in extra_keys:
            err(k, "unknown_field")

    def number(field, v, ok, required=False, nullable=False):
        if v is None:
            if required:
                err(field, "required")
            return None
        if not is_num(v):
            err(field, "not_a_number")
            return None
        if not ok(v):
            err(field, "out_of_range")
            return None
        return v

    present = lambda k: k in inp and inp[k] is not None  # noqa: E731

    baseline_ok = True
    for f in FIELD_ORDER:
        v = inp.get(f)
        if f == "locale":
            if present(f) and v not in ("fr", "en"):
                err(f, "not_a_choice")
        elif f == "currency":
            if present(f) and not (isinstance(v, str) and re.fullmatch(r"[A-Z]{3}", v)):
                err(f, "out_of_range")
        elif f == "start":
            if not present(f):
                err(f, "required")
            elif not isinstance(v, dict):
                err(f, "not_an_object")
            else:
                number("start.year", v.get("year"),
                       lambda x: x == int(x) and 2000 <= x <= 2100, True)
                number("start.quarter", v.get("quarter"),
                       lambda x: x == int(x) and 1 <= x <= 4, True)
        elif f == "averageOrderValue":
            number(f, v, lambda x: x > 0, True)
        elif f == "grossMarginRate":
            number(f, v, lambda x: 0 < x <= 1, True)
        elif f == "ordersPerCustomer":
            number(f, v, lambda x: x >= 1)
        elif f == "pastGrowthRate":
            number(f, v, lambda x: x > -1)
        elif f == "seasonality":
            if present(f):
                if not (isinstance(v, list) and len(v) == 4):
                    err(f, "out_of_range")
                else:
                    for i, s in enumerate(v):
                        number(f"{f}[{i}]", s, lambda x: x > 0, True)
        elif f == "milestones":
            if present(f):
                if v.get("mode", "ramp") not in ("ramp", "even", "compound"):
                    err("milestones.mode", "not_a_choice")
                w = v.get("rampWeights")
                if w is not None:
                    if not (isinstance(w, list) and len(w) == 4):
                        err("milestones.rampWeights", "out_of_range")
                    else:
                        for i, s in enumerate(w):
                            number(f"milestones.rampWeights[{i}]", s, lambda x: x > 0, True)
        elif f == "targetLtvToCac":
            number(f, v, lambda x: x >= 1)
        elif f == "marketingBudget":
            number(f, v, lambda x: x >= 0)
        elif f == "scenarios":
            if present(f):
                number("scenarios.prudent", v.get("prudent"), lambda x: 0 < x <= 1, True)
                number("scenarios.ambitious", v.get("ambitious"), lambda x: 1 <= x <= 3, True)
        elif f == "cartAbandonmentRate":
            number(f, v, lambda x: 0 <= x < 1)
        elif f == "alertTolerance":
            number(f, v, lambda x: 0 <= x < 1)
        elif f == "channels":
            if not present(f):
                err(f, "required")
                baseline_ok = False
                continue
            if not (isinstance(v, list) and 1 <= len(v) <= 12):
                err(f, "out_of_range")
                baseline_ok = False
                continue
            n_err = len(errs)
            for i, c in enumerate(v):
                pre = f"channels[{i}]"
                for k in c:
                    if k not in CHANNEL_KEYS:
                        err(f"{pre}.{k}", "unknown_field")
                cid = c.get("id")
                if cid is None:
                    err(f"{pre}.id", "required")
                elif not (isinstance(cid, str) and re.fullmatch(r"[a-z0-9-]{1,32}", cid)):
                    err(f"{pre}.id", "out_of_range")
                lab = c.get("label")
                if lab is None:
                    err(f"{pre}.label", "required")
                elif not (isinstance(lab, str) and 1 <= len(lab) <= 60):
                    err(f"{pre}.label", "out_of_range")
                kind = c.get("kind")
                if kind is None:
                    err(f"{pre}.kind", "required")
                elif kind not in ("seo", "sea", "social", "email", "other"):
                    err(f"{pre}.kind", "not_a_choice")
                number(f"{pre}.sessionsPerMonth", c.get("sessionsPerMonth"), lambda x: x >= 0, True)
                number(f"{pre}.conversionRate", c.get("conversionRate"), lambda x: 0 < x <= 1, True)
                number(f"{pre}.averageOrderValue", c.get("averageOrderValue"), lambda x: x > 0)
                number(f"{pre}.goalShare", c.get("goalShare"), lambda x: 0 <= x <= 1)
                cost = c.get("cost")
                if cost is not None:
                    model = cost.get("model")
                    if model == "perClick":
                        number(f"{pre}.cost.costPerClick", cost.get("costPerClick"), lambda x: x > 0, True)
                    elif model == "monthly":
                        number(f"{pre}.cost.amount", cost.get("amount"), lambda x: x >= 0, True)
                    elif model != "none":
                        err(f"{pre}.cost.model", "not_a_choice")
            seen = set()
            for i, c in enumerate(v):
                cid = c.get("id")
                if isinstance(cid, str):
                    if cid in seen:
                        err(f"channels[{i}].id", "duplicate_id")
                    seen.add(cid)
            shares = [c.get("goalShare") for c in v]
            given = [s for s in shares if s is not None]
            if given:
                if len(given) != len(shares) or not all(is_num(s) for s in given) \
                        or abs(sum(given) - 1) > 1e-6:
                    err("channels", "shares_do_not_sum_to_one")
            if len(errs) > n_err:
                baseline_ok = False
            elif not any(c["sessionsPerMonth"] > 0 for c in v):
                err("channels", "no_baseline")
                baseline_ok = False
        elif f == "goal":
            if not present(f):
                err(f, "required")
            elif not isinstance(v, dict) or len(v) != 1 or \
                    next(iter(v)) not in ("growthRate", "extraRevenue", "targetRevenue"):
                err(f, "not_a_choice")
            else:
                k, gv = next(iter(v.items()))
                if k in ("growthRate", "extraRevenue"):
                    number(f"goal.{k}", gv, lambda x: x > 0, True)
                elif baseline_ok and is_num(inp.get("averageOrderValue")):
                    A = sum(c["sessionsPerMonth"] * 12 * c["conversionRate"]
                            * (c.get("averageOrderValue") or inp["averageOrderValue"])
                            for c in inp["channels"])
                    number(f"goal.{k}", gv, lambda x: x > A, True)
                else:
                    number(f"goal.{k}", gv, lambda x: x > 0, True)
    return errs


# --------------------------------------------------------------------------- plan


def solve_compound(B, E):
    """x > 0 with sum_q B_q((1+x)^q - 1) = E (D2)."""
    f = lambda x: sum(b * ((1 + x) ** (q + 1) - 1) for q, b in enumerate(B)) - E  # noqa: E731
    lo, hi = 0.0, 1.0
    while f(hi) < 0:
        lo, hi = hi, hi * 2
    while True:
        mid = (lo + hi) / 2
        if mid <= lo or mid >= hi:
            break
        if f(mid) < 0:
            lo = mid
        else:
            hi = mid
    # pick the better end of the final bracket
    return lo if abs(f(lo)) <= abs(f(hi)) else hi


def compute(p):
    """p = input with defaults applied. Returns the PlanOutput plus private intermediates."""
    loc = p["locale"]
    a = p["averageOrderValue"]
    m = p["grossMarginRate"]
    n = p["ordersPerCustomer"]
    k = p["targetLtvToCac"]
    chans = p["channels"]

    # §2 baseline
    rows = []
    for c in chans:
        aov = c["averageOrderValue"]
        orders = c["sessionsPerMonth"] * 12 * c["conversionRate"]
        rows.append({"aov": aov, "orders": orders, "revenue": orders * aov})
    A = sum(r["revenue"] for r in rows)
    sessions = sum(c["sessionsPerMonth"] for c in chans)
    orders = sum(r["orders"] for r in rows)
    baseline = {
        "annualRevenue": A,
        "sessionsPerMonth": sessions,
        "annualOrders": orders,
        "blendedConversionRate": div(orders, sessions * 12),
        "blendedAov": div(A, orders),
    }

    # §3 goal
    goal = p["goal"]
    if "growthRate" in goal:
        g = goal["growthRate"]
        E = A * g
    elif "extraRevenue" in goal:
        E = goal["extraRevenue"]
        g = E / A
    else:
        E = goal["targetRevenue"] - A
        g = E / A
    T = A + E
    r = p["pastGrowthRate"]
    achievability = classify(g, r)
    goal_out = {"targetRevenue": T, "extraRevenue": E, "growthRate": g,
                "achievability": achievability}

    # §4 unit economics
    target_cpa = a * m * n / k
    ue = {
        "marginPerOrder": a * m,
        "breakEvenRoas": 1 / m,
        "customerMargin": a * m * n,
        "maxCpaFirstOrder": a * m,
        "maxCpaLifetime": a * m * n,
        "targetCpa": target_cpa,
        "targetRoas": a / target_cpa,
    }

    # §5 channel targets
    shares_given = all(c.get("goalShare") is not None for c in chans)
    ch_out = []
    for c, rw in zip(chans, rows):
        aov = rw["aov"]
        cr = c["conversionRate"]
        s = c["sessionsPerMonth"]
        share = c["goalShare"] if shares_given else rw["revenue"] / A
        extra_rev = E * share
        extra_orders = extra_rev / aov
        extra_sess = extra_orders / cr / 12
        t_cpa_c = aov * m * n / k
        max_first_c = aov * m
        max_life_c = aov * m * n
        cost = c["cost"]
        model = cost["model"]
        if model == "perClick":
            cpc = cost["costPerClick"]
            extra_cost = extra_sess * 12 * cpc
            cpa = cpc / cr
            roas = aov * cr / cpc
        elif model == "monthly":
            extra_cost = cost["amount"] * 12
            cpa = div(extra_cost, extra_orders)
            roas = div(extra_rev, extra_cost)
        else:
            extra_cost = 0
            cpa = roas = None
        if cpa is None:
            verdict = None
            fop = None  # D7
        else:
            if cpa <= t_cpa_c:
                verdict = "withinTarget"
            elif cpa <= max_life_c:
                verdict = "belowTarget"
            else:
                verdict = "lossMaking"
            fop = cpa <= max_first_c
        ch_out.append({
            "id": c["id"], "label": c["label"], "kind": c["kind"],
            "share": share,
            "currentRevenue": rw["revenue"],
            "currentOrders": rw["orders"],
            "extraRevenue": extra_rev,
            "extraOrders": extra_orders,
            "extraSessionsPerMonth": extra_sess,
            "targetSessionsPerMonth": s + extra_sess,
            "trafficGrowthRate": div(extra_sess, s),
            "requiredConversionRate": div(rw["orders"] + extra_orders, s * 12),
            "targetCpa": t_cpa_c,
            "maxCpc": t_cpa_c * cr,
            "extraCost": extra_cost,
            "cpa": cpa,
            "roas": roas,
            "verdict": verdict,
            "firstOrderProfitable": fop,
        })

    extra_cost = sum(c["extraCost"] for c in ch_out)
    extra_orders_tot = sum(c["extraOrders"] for c in ch_out)
    extra_contrib = sum(c["extraRevenue"] * m for c in ch_out) - extra_cost
    budget = p["marketingBudget"]
    totals = {
        "extraCost": extra_cost,
        "extraContribution": extra_contrib,
        "blendedCpa": div(extra_cost, extra_orders_tot),
        "mer": div(E, extra_cost),
        "roi": div(extra_contrib, extra_cost),
        "budgetFits": None if budget is None else extra_cost <= budget,
    }

    # §6 milestones
    seas = p["seasonality"]
    ssum = sum(seas)
    shares_cal = [s / ssum for s in seas]
    cal = [calendar(p["start"], q) for q in range(1, 5)]
    sigma = [shares_cal[cq - 1] for (_, cq) in cal]
    B = [A * s for s in sigma]
    ms = p["milestones"]
    mode = ms["mode"]
    if mode == "ramp":
        w = ms["rampWeights"]
        Eq = [E * wq / sum(w) for wq in w]
    elif mode == "even":
        Eq = [E * s for s in sigma]
    else:
        x = solve_compound(B, E)
        Eq = [B[q] * ((1 + x) ** (q + 1) - 1) for q in range(4)]
    quarters = []
    cum = 0.0
    for q in range(4):
        cum += Eq[q]
        year, cq = cal[q]
        qch = []
        for c, co in zip(chans, ch_out):
            er = co["extraRevenue"] * Eq[q] / E
            qch.append({
                "id": c["id"],
                "extraRevenue": er,
                "targetSessionsPerMonth": (c["sessionsPerMonth"] * 12 * sigma[q]
                                           + er / (c["conversionRate"] * c["averageOrderValue"])) / 3,
            })
        quarters.append({
            "index": q + 1, "year": year, "quarter": cq, "label": label(loc, year, cq),
            "baselineRevenue": B[q], "extraRevenue": Eq[q], "targetRevenue": B[q] + Eq[q],
            "yoyGrowthRate": div(Eq[q], B[q]), "contributionPoints": Eq[q] / A,
            "cumulativeExtraRevenue": cum, "cumulativeGoalShare": cum / E,
            "channels": qch,
        })

    # §7 scenarios
    sc = p["scenarios"]
    scen = []
    for name, f in (("prudent", sc["prudent"]), ("median", 1), ("ambitious", sc["ambitious"])):
        eo = f * extra_orders_tot
        contrib = E * f * m - extra_cost
        scen.append({"name": name, "factor": f, "extraRevenue": E * f, "revenue": A + E * f,
                     "goalAttainment": f, "extraOrders": eo, "blendedCpa": div(extra_cost, eo),
                     "contribution": contrib, "roi": div(contrib, extra_cost)})

    # §8 levers
    ab = p["cartAbandonmentRate"]
    lever_ab = None
    lever_out = False
    if ab is not None:
        lever_ab = 1 - (1 - ab) * (1 + g)
        if lever_ab < 0:
            lever_ab = None
            lever_out = True
    levers = {
        "sessionsPerMonth": sessions * (1 + g),
        "conversionRate": None if baseline["blendedConversionRate"] is None
        else baseline["blendedConversionRate"] * (1 + g),
        "averageOrderValue": None if baseline["blendedAov"] is None
        else baseline["blendedAov"] * (1 + g),
        "ordersPerCustomer": n * (1 + g),
        "cartAbandonmentRate": lever_ab,
        "valueOfOnePercentAov": A * 0.01,
        "valueOfOnePointAbandonment": None if ab is None else A * 0.01 / (1 - ab),
    }

    # §9 objectives
    verdicts = [c["verdict"] for c in ch_out]
    if totals["budgetFits"] is False or "lossMaking" in verdicts:
        plan_real = "fail"
    elif "belowTarget" in verdicts:
        plan_real = "warning"
    else:
        plan_real = "ok"
    plan_ach = ACH_STATUS[achievability]
    objectives = [{"scope": "plan", "ref": None, "text": "*",
                   "achievable": {"status": plan_ach, "reason": "*"},
                   "realistic": {"status": plan_real, "reason": "*"}}]
    for co in ch_out:
        tgr = co["trafficGrowthRate"]
        ach = "warning" if tgr is None else ACH_STATUS[classify(tgr, r)]  # D5
        real = {"withinTarget": "ok", None: "ok", "belowTarget": "warning",
                "lossMaking": "fail"}[co["verdict"]]  # D6
        objectives.append({"scope": "channel", "ref": co["id"], "text": "*",
                           "achievable": {"status": ach, "reason": "*"},
                           "realistic": {"status": real, "reason": "*"}})
    for q in range(4):
        objectives.append({"scope": "quarter", "ref": q + 1, "text": "*",
                           "achievable": {"status": plan_ach, "reason": "*"},  # D4
                           "realistic": {"status": plan_real, "reason": "*"}})

    # warnings (D8)
    warnings = []
    if achievability == "aggressive":
        warnings.append({"code": "aggressive_goal", "field": "goal", "message": "*"})
    if totals["budgetFits"] is False:
        warnings.append({"code": "budget_exceeded", "field": "marketingBudget", "message": "*"})
    if lever_out:
        warnings.append({"code": "lever_out_of_reach", "field": "cartAbandonmentRate",
                         "message": "*"})
    for i, (c, co) in enumerate(zip(chans, ch_out)):
        rcr = co["requiredConversionRate"]
        if rcr is not None and rcr > 1:
            warnings.append({"code": "conversion_above_100",
                             "field": f"channels[{i}].conversionRate", "message": "*"})
        if c["sessionsPerMonth"] == 0 and co["extraRevenue"] > 0:
            warnings.append({"code": "channel_without_traffic",
                             "field": f"channels[{i}].sessionsPerMonth", "message": "*"})
        if co["verdict"] == "lossMaking":
            warnings.append({"code": "loss_making_channel", "field": f"channels[{i}].cost",
                             "message": "*"})

    # §12 alert rules (D9)
    t = p["alertTolerance"]
    rules = []
    for q in quarters:
        rules.append({"quarter": q["index"], "channel": None, "metric": "revenue",
                      "comparator": ">=", "threshold": q["targetRevenue"] * (1 - t)})
        for c, co, qc in zip(chans, ch_out, q["channels"]):
            rules.append({"quarter": q["index"], "channel": c["id"], "metric": "sessions",
                          "comparator": ">=",
                          "threshold": 3 * qc["targetSessionsPerMonth"] * (1 - t)})
            rules.append({"quarter": q["index"], "channel": c["id"], "metric": "conversionRate",
                          "comparator": ">=", "threshold": c["conversionRate"] * (1 - t)})
            if c["cost"]["model"] != "none":
                rules.append({"quarter": q["index"], "channel": c["id"], "metric": "cpa",
                              "comparator": "<=", "threshold": co["targetCpa"] * (1 + t)})

    return {
        "ok": True,
        "locale": loc,
        "currency": p["currency"],
        "baseline": baseline,
        "goal": goal_out,
        "unitEconomics": ue,
        "channels": ch_out,
        "totals": totals,
        "quarters": quarters,
        "scenarios": scen,
        "levers": levers,
        "objectives": objectives,
        "warnings": warnings,
        "alertRules": rules,
        "okr": {"objective": "*", "keyResults": "*"},
    }


def plan(inp: dict) -> dict:
    errs = validate(inp)
    if errs:
        return {"ok": False, "errors": errs}
    return compute(with_defaults(inp))


# --------------------------------------------------------------------------- review


def validate_actuals(inp):
    errs = []
    acts = inp.get("actuals")
    if not isinstance(acts, list) or not 1 <= len(acts) <= 4:
        return [{"field": "actuals", "code": "required" if acts is None else "out_of_range"}]
    ids = {c.get("id") for c in inp.get("channels") or []}
    for i, a in enumerate(acts):
        if a.get("quarter") != i + 1:
            errs.append({"field": f"actuals[{i}].quarter", "code": "actuals_not_in_order"})
        rv = a.get("revenue")
        if not is_num(rv) or rv < 0:
            errs.append({"field": f"actuals[{i}].revenue",
                         "code": "out_of_range" if is_num(rv) else "required"})
        for j, c in enumerate(a.get("channels") or []):
            if c.get("id") not in ids:
                errs.append({"field": f"actuals[{i}].channels[{j}].id", "code": "unknown_channel"})
            for key in ("sessions", "orders", "spend"):
                v = c.get(key)
                if v is not None and (not is_num(v) or v < 0):
                    errs.append({"field": f"actuals[{i}].channels[{j}].{key}",
                                 "code": "out_of_range"})
    return errs


def review(inp: dict) -> dict:
    plan_inp = {k: v for k, v in inp.items() if k != "actuals"}
    errs = validate(inp, extra_keys=("actuals",)) + validate_actuals(inp)
    if errs:
        return {"ok": False, "errors": errs}
    p = with_defaults(plan_inp)
    po = compute(p)
    t = p["alertTolerance"]
    A = po["baseline"]["annualRevenue"]
    E = po["goal"]["extraRevenue"]
    pq = po["quarters"]
    acts = {a["quarter"]: a for a in inp["actuals"]}
    j = len(acts)
    closed = list(range(1, j + 1))
    open_ = list(range(j + 1, 5))
    B = {q["index"]: q["baselineRevenue"] for q in pq}
    Eq = {q["index"]: q["extraRevenue"] for q in pq}

    extra_so_far = sum(acts[q]["revenue"] - B[q] for q in closed)
    remaining = E - extra_so_far
    sum_closed_E = sum(Eq[q] for q in closed)
    pace = div(extra_so_far, sum_closed_E)
    projected = sum(acts[q]["revenue"] for q in closed) + \
        sum(B[q] + (Eq[q] * pace if pace is not None else 0) for q in open_)  # D11
    sum_open_E = sum(Eq[q] for q in open_)
    rvp = div(remaining, sum_open_E) if open_ else None
    if remaining <= 0:
        status = "goalReached"
    elif not open_:
        status = "goalMissed"
    elif rvp <= 1:
        status = "onTrack"
    elif rvp <= 1.5:
        status = "catchUp"
    else:
        status = "reviseGoal"
    progress = {
        "extraSoFar": extra_so_far,
        "goalShareReached": extra_so_far / E,
        "remainingExtra": remaining,
        "paceFactor": pace,
        "projectedRevenue": projected,
        "projectedGoalAttainment": (projected - A) / E,
        "requiredVsPlanned": rvp,
        "reforecastStatus": status,
    }

    quarters = []
    for q in pq:
        i = q["index"]
        if i in acts:
            actual = acts[i]["revenue"]
            att = div(actual, q["targetRevenue"])
            st = "missed" if att is None else \
                ("exceeded" if att >= 1.05 else "achieved" if att >= 1 else "missed")
            quarters.append({"index": i, "label": q["label"], "status": st,
                             "actualRevenue": actual, "targetRevenue": q["targetRevenue"],
                             "attainment": att, "reforecastTargetRevenue": None,
                             "reforecastYoyGrowthRate": None})
        else:
            e2 = div(remaining * Eq[i], sum_open_E)
            quarters.append({"index": i, "label": q["label"], "status": "open",
                             "actualRevenue": None, "targetRevenue": q["targetRevenue"],
                             "attainment": None,
                             "reforecastTargetRevenue": None if e2 is None else B[i] + e2,
                             "reforecastYoyGrowthRate": div(e2, B[i])})

    chans = {c["id"]: (idx, c) for idx, c in enumerate(p["channels"])}
    ch_out = {c["id"]: c for c in po["channels"]}
    kpis = []
    alerts = []
    for q in closed:
        a = acts[q]
        target_q = pq[q - 1]["targetRevenue"]
        thr = target_q * (1 - t)
        if a["revenue"] < thr:
            alerts.append({"code": "revenue_below_target", "quarter": q, "channel": None,
                           "actual": a["revenue"], "threshold": thr, "message": "*"})
        per_channel = {}
        for ca in a.get("channels") or []:
            idx, c = chans[ca["id"]]
            tsm = pq[q - 1]["channels"][idx]["targetSessionsPerMonth"]
            sess = ca.get("sessions")
            orders = ca.get("orders")
            spend = ca.get("spend")
            k = {
                "quarter": q, "id": ca["id"], "sessions": sess,
                "targetSessions": 3 * tsm,
                "conversionRate": div(orders, sess),
                "plannedConversionRate": c["conversionRate"],
                "cpa": div(spend, orders),
                "targetCpa": ch_out[ca["id"]]["targetCpa"],
            }
            kpis.append(k)
            per_channel[ca["id"]] = (idx, c, k)
        for idx, c, k in sorted(per_channel.values(), key=lambda v: v[0]):  # D13 plan order
            if k["sessions"] is not None:
                th = k["targetSessions"] * (1 - t)
                if k["sessions"] < th:
                    alerts.append({"code": "sessions_below_target", "quarter": q,
                                   "channel": c["id"], "actual": k["sessions"],
                                   "threshold": th, "message": "*"})
            if k["conversionRate"] is not None:
                th = c["conversionRate"] * (1 - t)
                if k["conversionRate"] < th:
                    alerts.append({"code": "conversion_below_floor", "quarter": q,
                                   "channel": c["id"], "actual": k["conversionRate"],
                                   "threshold": th, "message": "*"})
            if k["cpa"] is not None and c["cost"]["model"] != "none":
                th = k["targetCpa"] * (1 + t)
                if k["cpa"] > th:
                    alerts.append({"code": "cpa_above_target", "quarter": q,
                                   "channel": c["id"], "actual": k["cpa"],
                                   "threshold": th, "message": "*"})

    return {"ok": True, "plan": po, "quarters": quarters, "progress": progress,
            "channelKpis": kpis, "alerts": alerts}
