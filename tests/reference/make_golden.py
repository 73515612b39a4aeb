"""Writes the golden cases tests/cases/NAME.json from the independent reference model.py.

Run from the repository root:  python3 tests/reference/make_golden.py
Each file: {"description", "kind": "plan" | "review", "input", "expected"}; "*" in expected
means "text, not compared". Expected errors of the invalid cases are written by hand below
(and checked against model.py's small validator).
"""
from __future__ import annotations

import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import model  # noqa: E402

OUT = os.path.join(HERE, "..", "cases")

CASES = []  # (name, description, kind, input, expected_or_None)


def case(name, description, inp, kind="plan", expected=None):
    CASES.append((name, description, kind, inp, expected))


def ch(id_, label, kind, sessions, cr, **extra):
    c = {"id": id_, "label": label, "kind": kind, "sessionsPerMonth": sessions,
         "conversionRate": cr}
    c.update(extra)
    return c


NONE = {"model": "none"}


def per_click(cpc, doubling_gain=None):
    c = {"model": "perClick", "costPerClick": cpc}
    if doubling_gain is not None:
        c["doublingGain"] = doubling_gain
    return c


def spend(current_monthly, doubling_gain=None):
    c = {"model": "spend", "currentMonthly": current_monthly}
    if doubling_gain is not None:
        c["doublingGain"] = doubling_gain
    return c


def fixed(amount):
    return {"model": "fixed", "monthly": amount}


def monthly(amount):
    """v1's spelling of a fixed monthly cost, still read by v2 (as fixed)."""
    return {"model": "monthly", "amount": amount}


# --------------------------------------------------------------------------- examples

EXAMPLE_FR = {
    "locale": "fr", "currency": "EUR", "start": {"year": 2027, "quarter": 1},
    "averageOrderValue": 80, "grossMarginRate": 0.45, "ordersPerCustomer": 1.8,
    "pastGrowthRate": 0.18, "seasonality": [1, 0.9, 0.95, 1.4], "goal": {"growthRate": 0.3},
    "milestones": {"mode": "ramp", "rampWeights": [5, 7, 8, 10]}, "targetLtvToCac": 3,
    "marketingBudget": 60000, "scenarios": {"prudent": 0.8, "ambitious": 1.2},
    "cartAbandonmentRate": 0.68, "alertTolerance": 0.1,
    "channels": [
        {"id": "seo", "label": "SEO", "kind": "seo", "sessionsPerMonth": 30000,
         "conversionRate": 0.02, "cost": {"model": "none"}},
        {"id": "sea", "label": "Google Ads", "kind": "sea", "sessionsPerMonth": 8000,
         "conversionRate": 0.04, "cost": {"model": "perClick", "costPerClick": 0.8}},
        {"id": "social", "label": "Réseaux sociaux", "kind": "social", "sessionsPerMonth": 15000,
         "conversionRate": 0.01, "cost": {"model": "monthly", "amount": 2000}},
        {"id": "email", "label": "Emailing", "kind": "email", "sessionsPerMonth": 6000,
         "conversionRate": 0.035, "cost": {"model": "none"}},
    ],
}
case("example-fr", "The page's French example: 4 channels, ramp 5/7/8/10, budget 60 000 €.",
     EXAMPLE_FR)

EXAMPLE_EN = copy.deepcopy(EXAMPLE_FR)
EXAMPLE_EN["locale"] = "en"
EXAMPLE_EN["channels"][2]["label"] = "Social media"
EXAMPLE_EN["channels"][3]["label"] = "Email"
case("example-en", "The same example in English (labels Q1 2027…).", EXAMPLE_EN)

# --------------------------------------------------------------------------- milestones

case("ramp-custom-weights",
     "Ramp with custom weights, plan starting 2026 Q3 so quarters wrap into 2027; "
     "custom seasonality indexed by calendar quarter; stretch goal (0.2 vs past 0.14).",
     {
         "locale": "fr", "currency": "EUR", "start": {"year": 2026, "quarter": 3},
         "averageOrderValue": 57.9, "grossMarginRate": 0.41, "ordersPerCustomer": 1.35,
         "pastGrowthRate": 0.14, "seasonality": [0.8, 0.95, 1.1, 1.6],
         "goal": {"growthRate": 0.2},
         "milestones": {"mode": "ramp", "rampWeights": [3, 4.5, 6, 9.5]},
         "targetLtvToCac": 2.5, "marketingBudget": 38000,
         "channels": [
             ch("seo", "SEO", "seo", 18250, 0.0165),
             ch("sea", "Google Ads", "sea", 6120, 0.029, cost=per_click(0.62)),
             ch("insta", "Instagram", "social", 9400, 0.0085, cost=monthly(1250)),
         ],
     })

case("even-seasonal",
     "Even milestones (same yoy growth every quarter) with a marked seasonality; "
     "start 2025 Q2; extraRevenue goal; English.",
     {
         "locale": "en", "currency": "GBP", "start": {"year": 2025, "quarter": 2},
         "averageOrderValue": 112.4, "grossMarginRate": 0.52, "ordersPerCustomer": 1.25,
         "pastGrowthRate": 0.09, "seasonality": [1.3, 0.7, 0.8, 1.6],
         "goal": {"extraRevenue": 96500}, "milestones": {"mode": "even"},
         "targetLtvToCac": 3.5, "alertTolerance": 0.15,
         "channels": [
             ch("organic", "Organic search", "seo", 14800, 0.0142),
             ch("ppc", "Paid search", "sea", 5300, 0.0275, cost=per_click(1.18)),
             ch("newsletter", "Newsletter", "email", 2700, 0.046),
         ],
     })

case("compound-growth",
     "Compound milestones (x solved so that the quarters add up to E), strong Q4.",
     {
         "locale": "fr", "start": {"year": 2027, "quarter": 1},
         "averageOrderValue": 46.8, "grossMarginRate": 0.36, "ordersPerCustomer": 2.3,
         "pastGrowthRate": 0.27, "seasonality": [0.9, 0.9, 1.0, 1.8],
         "goal": {"growthRate": 0.35}, "milestones": {"mode": "compound"},
         "marketingBudget": 52000,
         "channels": [
             ch("seo", "SEO", "seo", 41200, 0.0131),
             ch("sea", "Google Shopping", "sea", 12650, 0.0214, cost=per_click(0.41)),
             ch("tiktok", "TikTok", "social", 22300, 0.0058, cost=monthly(1800)),
             ch("crm", "Emailing CRM", "email", 8800, 0.0297),
         ],
     })

case("compound-start-q4",
     "Compound milestones starting 2026 Q4 (plan quarters = T4 2026, T1–T3 2027).",
     {
         "locale": "fr", "start": {"year": 2026, "quarter": 4},
         "averageOrderValue": 138, "grossMarginRate": 0.29, "ordersPerCustomer": 1.1,
         "pastGrowthRate": 0.11, "seasonality": [1.1, 0.8, 0.9, 1.5],
         "goal": {"growthRate": 0.15}, "milestones": {"mode": "compound",
                                                        "rampWeights": [5, 7, 8, 10]},
         "channels": [
             ch("seo", "Référencement naturel", "seo", 9650, 0.0121),
             ch("ads", "Google Ads", "sea", 4100, 0.0188, cost=per_click(0.95)),
             ch("partners", "Partenaires", "other", 1750, 0.024, cost=monthly(600)),
         ],
     })

# --------------------------------------------------------------------------- goals

case("goal-extra-revenue", "Goal given as extra revenue (g = E/A).",
     {
         "locale": "fr", "start": {"year": 2026, "quarter": 1},
         "averageOrderValue": 73.2, "grossMarginRate": 0.44, "ordersPerCustomer": 1.5,
         "pastGrowthRate": 0.2, "goal": {"extraRevenue": 85000},
         "marketingBudget": 15000,
         "channels": [
             ch("seo", "SEO", "seo", 12400, 0.0188),
             ch("sea", "Google Ads", "sea", 3900, 0.0312, cost=per_click(0.74)),
             ch("email", "Emailing", "email", 2150, 0.0385, cost=monthly(190)),
         ],
     })

case("goal-target-revenue", "Goal given as a target revenue above the baseline (E = T − A).",
     {
         "locale": "en", "start": {"year": 2028, "quarter": 2},
         "averageOrderValue": 39.9, "grossMarginRate": 0.58, "ordersPerCustomer": 2.7,
         "pastGrowthRate": 0.16, "goal": {"targetRevenue": 968500},
         "seasonality": [0.95, 1.0, 0.92, 1.33], "targetLtvToCac": 4,
         "channels": [
             ch("seo", "SEO", "seo", 52000, 0.0149),
             ch("sea", "Search ads", "sea", 17500, 0.0236, cost=per_click(0.36)),
             ch("meta", "Meta ads", "social", 24800, 0.0071, cost=monthly(2300)),
             ch("email", "Email", "email", 9100, 0.0318),
         ],
     })

# --------------------------------------------------------------------------- shares

case("given-shares", "goalShare given on every channel (sums to 1).",
     {
         "locale": "fr", "start": {"year": 2027, "quarter": 1},
         "averageOrderValue": 92.5, "grossMarginRate": 0.47, "ordersPerCustomer": 1.4,
         "pastGrowthRate": 0.24, "goal": {"growthRate": 0.28}, "marketingBudget": 70000,
         "channels": [
             ch("seo", "SEO", "seo", 26300, 0.0172, goalShare=0.25),
             ch("sea", "Google Ads", "sea", 7350, 0.0351, goalShare=0.45,
                cost=per_click(0.88)),
             ch("social", "Réseaux sociaux", "social", 11900, 0.0093, goalShare=0.1,
                cost=monthly(1400)),
             ch("email", "Emailing", "email", 4800, 0.0402, goalShare=0.2),
         ],
     })

case("proportional-shares", "No goalShare: shares proportional to current revenue.",
     {
         "locale": "fr", "start": {"year": 2026, "quarter": 2},
         "averageOrderValue": 61.75, "grossMarginRate": 0.39, "ordersPerCustomer": 1.7,
         "pastGrowthRate": 0.19, "goal": {"growthRate": 0.21},
         "channels": [
             ch("seo", "SEO", "seo", 33700, 0.0158),
             ch("sea", "Google Ads", "sea", 9800, 0.0266, cost=per_click(0.52)),
             ch("affil", "Affiliation", "other", 4300, 0.0219, cost=monthly(900)),
         ],
     })

case("zero-session-channel",
     "A new channel with 0 sessions and a given share: trafficGrowthRate and "
     "requiredConversionRate null, channel_without_traffic warning.",
     {
         "locale": "fr", "start": {"year": 2027, "quarter": 1},
         "averageOrderValue": 68, "grossMarginRate": 0.43, "ordersPerCustomer": 1.55,
         "pastGrowthRate": 0.2, "goal": {"growthRate": 0.22}, "marketingBudget": 40000,
         "channels": [
             ch("seo", "SEO", "seo", 24100, 0.0176, goalShare=0.5),
             ch("sea", "Google Ads", "sea", 6600, 0.0305, goalShare=0.35,
                cost=per_click(0.69)),
             ch("pinterest", "Pinterest", "social", 0, 0.008, goalShare=0.15,
                cost=monthly(450)),
         ],
     })

# --------------------------------------------------------------------------- cost models

case("per-click-loss-making",
     "A perClick channel whose CPA exceeds the 12-month customer margin; over budget.",
     {
         "locale": "fr", "start": {"year": 2026, "quarter": 1},
         "averageOrderValue": 70, "grossMarginRate": 0.4, "ordersPerCustomer": 1.3,
         "pastGrowthRate": 0.17, "goal": {"growthRate": 0.2}, "marketingBudget": 20000,
         "channels": [
             ch("seo", "SEO", "seo", 15800, 0.0181),
             ch("sea", "Google Ads", "sea", 9200, 0.012, cost=per_click(1.9)),
             ch("email", "Emailing", "email", 3100, 0.0334, cost=monthly(240)),
         ],
     })

case("monthly-zero-amount", "v1's monthly cost model with amount 0 (read as fixed 0): extraCost 0, cpa 0, roas null; "
     "no_cost_planned.",
     {
         "locale": "en", "start": {"year": 2026, "quarter": 3},
         "averageOrderValue": 54.3, "grossMarginRate": 0.5, "ordersPerCustomer": 1.9,
         "pastGrowthRate": 0.13, "goal": {"growthRate": 0.15},
         "channels": [
             ch("seo", "SEO", "seo", 19700, 0.0163),
             ch("community", "Community", "social", 8400, 0.0102, cost=monthly(0)),
         ],
     })

case("no-cost-models",
     "Every channel without cost model: extraCost 0, mer/roi null, costPerExtraOrder 0, "
     "paidCpa null, budget fits, no_cost_planned warning, no paid allocation.",
     {
         "locale": "fr", "start": {"year": 2027, "quarter": 2},
         "averageOrderValue": 47.6, "grossMarginRate": 0.62, "ordersPerCustomer": 2.1,
         "pastGrowthRate": 0.085, "goal": {"growthRate": 0.1}, "marketingBudget": 5000,
         "cartAbandonmentRate": 0.71,
         "channels": [
             ch("seo", "SEO", "seo", 17350, 0.0139, cost=NONE),
             ch("email", "Emailing", "email", 5200, 0.0367, cost=NONE),
             ch("direct", "Accès direct", "other", 6900, 0.0244),
         ],
     })

case("channel-own-aov", "Channels with their own average order value.",
     {
         "locale": "fr", "start": {"year": 2026, "quarter": 1},
         "averageOrderValue": 85, "grossMarginRate": 0.42, "ordersPerCustomer": 1.45,
         "pastGrowthRate": 0.21, "goal": {"growthRate": 0.25}, "marketingBudget": 50000,
         "channels": [
             ch("seo", "SEO", "seo", 22600, 0.0167, averageOrderValue=78.4),
             ch("sea", "Google Ads", "sea", 7100, 0.0293, averageOrderValue=104.9,
                cost=per_click(1.12)),
             ch("social", "Réseaux sociaux", "social", 10300, 0.0088,
                averageOrderValue=61.2, cost=monthly(1650)),
             ch("email", "Emailing", "email", 4400, 0.0391, averageOrderValue=None),
         ],
     })

case("conversion-above-100",
     "A tiny channel given a large share: requiredConversionRate > 1, kept and flagged.",
     {
         "locale": "fr", "start": {"year": 2027, "quarter": 1},
         "averageOrderValue": 66, "grossMarginRate": 0.4, "ordersPerCustomer": 1.2,
         "pastGrowthRate": 0.25, "goal": {"growthRate": 0.4},
         "channels": [
             ch("seo", "SEO", "seo", 40000, 0.015, goalShare=0.2),
             ch("email", "Emailing", "email", 150, 0.05, goalShare=0.8),
         ],
     })

# --------------------------------------------------------------------------- levers / achievability

case("lever-out-of-reach",
     "Cart abandonment 0.2 with a +50 % goal: the abandonment lever is below 0 (null + warning).",
     {
         "locale": "fr", "start": {"year": 2026, "quarter": 1},
         "averageOrderValue": 58, "grossMarginRate": 0.45, "ordersPerCustomer": 1.3,
         "pastGrowthRate": 0.3, "goal": {"growthRate": 0.5}, "cartAbandonmentRate": 0.2,
         "channels": [
             ch("seo", "SEO", "seo", 13900, 0.0192),
             ch("sea", "Google Ads", "sea", 4750, 0.0287, cost=per_click(0.58)),
         ],
     })

case("no-past-growth", "pastGrowthRate null, growth 0.12: fixed thresholds, inLine.",
     {
         "locale": "en", "start": {"year": 2026, "quarter": 1},
         "averageOrderValue": 99, "grossMarginRate": 0.35, "ordersPerCustomer": 1.15,
         "pastGrowthRate": None, "goal": {"growthRate": 0.12}, "cartAbandonmentRate": 0.64,
         "channels": [
             ch("seo", "SEO", "seo", 11200, 0.0151),
             ch("sea", "Paid search", "sea", 3650, 0.0248, cost=per_click(0.83)),
         ],
     })

case("aggressive-goal", "Past growth 0.1, goal 0.5: aggressive (fail) with aggressive_goal warning.",
     {
         "locale": "fr", "start": {"year": 2027, "quarter": 3},
         "averageOrderValue": 76.5, "grossMarginRate": 0.48, "ordersPerCustomer": 1.6,
         "pastGrowthRate": 0.1, "goal": {"growthRate": 0.5}, "marketingBudget": 30000,
         "channels": [
             ch("seo", "SEO", "seo", 20400, 0.0174),
             ch("sea", "Google Ads", "sea", 5850, 0.0318, cost=per_click(0.71)),
             ch("email", "Emailing", "email", 3600, 0.0362),
         ],
     })

case("negative-past-growth",
     "Past growth −8 %: no reference, fixed thresholds (goal 0.2 → stretch).",
     {
         "locale": "fr", "start": {"year": 2026, "quarter": 2},
         "averageOrderValue": 44.2, "grossMarginRate": 0.37, "ordersPerCustomer": 1.85,
         "pastGrowthRate": -0.08, "goal": {"growthRate": 0.2},
         "scenarios": {"prudent": 0.7, "ambitious": 1.35},
         "channels": [
             ch("seo", "SEO", "seo", 28700, 0.0127),
             ch("sea", "Google Ads", "sea", 8200, 0.0219, cost=per_click(0.33)),
             ch("social", "Réseaux sociaux", "social", 16400, 0.0061, cost=monthly(700)),
         ],
     })

TWELVE = [
    ch("seo", "SEO", "seo", 38200, 0.0144),
    ch("sea-brand", "Google Ads marque", "sea", 4100, 0.0521, cost=per_click(0.27)),
    ch("sea-generic", "Google Ads générique", "sea", 9600, 0.0187, cost=per_click(0.94)),
    ch("shopping", "Google Shopping", "sea", 7300, 0.0236, cost=per_click(0.48)),
    ch("bing", "Bing Ads", "sea", 1250, 0.0204, cost=per_click(0.52)),
    ch("meta", "Meta Ads", "social", 13800, 0.0066, cost=monthly(2100)),
    ch("tiktok", "TikTok", "social", 8900, 0.0041, cost=monthly(950)),
    ch("pinterest", "Pinterest", "social", 2600, 0.0053, cost=monthly(0)),
    ch("newsletter", "Newsletter", "email", 6400, 0.0389),
    ch("crm", "Relances panier", "email", 1900, 0.0612, cost=monthly(150)),
    ch("affiliation", "Affiliation", "other", 3700, 0.0211, cost=monthly(800),
       averageOrderValue=71.3),
    ch("direct", "Accès direct", "other", 11500, 0.0283, cost=NONE),
]
case("twelve-channels", "The maximum of 12 channels with mixed cost models.",
     {
         "locale": "fr", "currency": "EUR", "start": {"year": 2026, "quarter": 4},
         "averageOrderValue": 63.4, "grossMarginRate": 0.41, "ordersPerCustomer": 1.75,
         "pastGrowthRate": 0.2, "seasonality": [0.92, 0.88, 0.97, 1.5],
         "goal": {"growthRate": 0.26}, "milestones": {"mode": "ramp",
                                                       "rampWeights": [4, 6, 7, 9]},
         "targetLtvToCac": 2.8, "marketingBudget": 90000, "cartAbandonmentRate": 0.7,
         "alertTolerance": 0.12, "channels": TWELVE,
     })

case("minimal-defaults", "Only the required keys: every default of §1 applies.",
     {
         "start": {"year": 2026, "quarter": 1},
         "averageOrderValue": 49.9, "grossMarginRate": 0.38,
         "goal": {"growthRate": 0.18},
         "channels": [
             ch("seo", "SEO", "seo", 16800, 0.0171),
             ch("email", "Emailing", "email", 3300, 0.0342),
         ],
     })

# --------------------------------------------------------------------------- v2: cost models

case("cost-spend",
     "v2's spend model (current monthly spend; the response curve derives the extra cost), with "
     "the default doublingGain 0.6 and with 0.45; marginal, total and current CPA; paidCpa beside "
     "costPerExtraOrder; paid allocation over the two curves.",
     {
         "locale": "fr", "start": {"year": 2027, "quarter": 2},
         "averageOrderValue": 72, "grossMarginRate": 0.42, "ordersPerCustomer": 1.6,
         "pastGrowthRate": 0.2, "goal": {"growthRate": 0.25}, "marketingBudget": 80000,
         "channels": [
             ch("seo", "SEO", "seo", 25000, 0.018),
             ch("google", "Google Ads", "sea", 9000, 0.03, cost=spend(2500)),
             ch("meta", "Meta Ads", "social", 14000, 0.009, cost=spend(2500, 0.45)),
             ch("email", "Emailing", "email", 5000, 0.035, cost=fixed(300)),
         ],
     })

case("cost-fixed",
     "v2's fixed model (a fixed monthly cost of the effort: content, tools, agency), one of them 0 "
     "and one on a channel with its own AOV: cpa and roas, no curve (marginalCpa, totalCpa, "
     "currentCpa, feasible null); no paid channel, so paidCpa and paidAllocation null.",
     {
         "locale": "en", "currency": "USD", "start": {"year": 2026, "quarter": 1},
         "averageOrderValue": 88, "grossMarginRate": 0.5, "ordersPerCustomer": 2.2,
         "pastGrowthRate": 0.12, "goal": {"extraRevenue": 120000}, "marketingBudget": 50000,
         "channels": [
             ch("content", "Blog content", "seo", 31000, 0.016, cost=fixed(1500)),
             ch("tools", "Email tool", "email", 6200, 0.031, cost=fixed(0)),
             ch("agency", "Affiliate agency", "other", 3900, 0.022, averageOrderValue=121.5,
                cost=fixed(2200)),
         ],
     })

case("per-click-doubling-gain",
     "perClick channels with doublingGain absent (0.6), 0.8, and at the bounds 0.05 and 0.95: the "
     "lower the gain, the steeper the curve; ceilings and feasibility differ.",
     {
         "locale": "fr", "start": {"year": 2026, "quarter": 3},
         "averageOrderValue": 95, "grossMarginRate": 0.48, "ordersPerCustomer": 2,
         "pastGrowthRate": 0.18, "goal": {"growthRate": 0.2}, "targetLtvToCac": 2.5,
         "channels": [
             ch("seo", "SEO", "seo", 20000, 0.02),
             ch("ads-default", "Ads (défaut)", "sea", 6000, 0.03, cost=per_click(0.45)),
             ch("ads-08", "Ads 0,8", "sea", 5000, 0.028, cost=per_click(0.4, 0.8)),
             ch("ads-005", "Ads 0,05", "sea", 3000, 0.025, cost=per_click(0.3, 0.05)),
             ch("ads-095", "Ads 0,95", "social", 4000, 0.012, cost=per_click(0.2, 0.95)),
         ],
     })

case("doubling-gain-one",
     "doublingGain exactly 1 is a straight line (v1's behaviour): a perClick channel has cpa = "
     "marginalCpa = totalCpa = currentCpa = costPerClick / cr and an infinite ceiling "
     "(feasibleExtraRevenue null, feasible); a spend channel whose current CPA is above its target "
     "has its ceiling at today's orders (beyond_feasible). Straight lines stay out of §13, which "
     "keeps the one curved channel alone (its plan, saving 0).",
     {
         "locale": "fr", "start": {"year": 2027, "quarter": 1},
         "averageOrderValue": 64, "grossMarginRate": 0.45, "ordersPerCustomer": 1.5,
         "pastGrowthRate": 0.22, "goal": {"growthRate": 0.2}, "marketingBudget": 100000,
         "channels": [
             ch("seo", "SEO", "seo", 18000, 0.019),
             ch("line", "Google Ads", "sea", 7000, 0.03, cost=per_click(0.3, 1)),
             ch("meta", "Meta Ads", "social", 9000, 0.01, cost=spend(2400, 1)),
             ch("curve", "Bing Ads", "sea", 2000, 0.025, cost=per_click(0.35, 0.7)),
         ],
     })

case("order-costs",
     "Order costs: 6.50 per order, 12 % returns, 15 % first-order discount: marginPerOrder, "
     "firstOrderMargin, breakEvenRoas = a / firstOrderMargin, customerMargin and the CPAs that "
     "follow, per channel with its own AOV; extraContribution counts an extra order of a "
     "channel with a cost (sea, social) at its customerMargin_c and one without cost (seo, "
     "email) at its marginPerOrder_c.",
     {
         "locale": "fr", "start": {"year": 2027, "quarter": 1},
         "averageOrderValue": 78, "grossMarginRate": 0.52, "ordersPerCustomer": 1.9,
         "orderCosts": {"perOrder": 6.5, "returnRate": 0.12, "firstOrderDiscount": 0.15},
         "pastGrowthRate": 0.16, "goal": {"growthRate": 0.18}, "marketingBudget": 45000,
         "channels": [
             ch("seo", "SEO", "seo", 22000, 0.017),
             ch("sea", "Google Ads", "sea", 6500, 0.029, averageOrderValue=96,
                cost=per_click(0.58, 0.7)),
             ch("social", "Instagram", "social", 11000, 0.008, averageOrderValue=54,
                cost=fixed(900)),
             ch("email", "Emailing", "email", 4800, 0.036),
         ],
     })

case("order-costs-partial",
     "orderCosts with only a return rate (the other keys count as 0), and orderCosts null elsewhere "
     "reads as no costs.",
     {
         "locale": "en", "start": {"year": 2026, "quarter": 2},
         "averageOrderValue": 140, "grossMarginRate": 0.38, "ordersPerCustomer": 1.2,
         "orderCosts": {"returnRate": 0.25},
         "goal": {"growthRate": 0.14},
         "channels": [
             ch("seo", "SEO", "seo", 9000, 0.013),
             ch("ads", "Search ads", "sea", 3500, 0.021, cost=spend(2600, 0.55)),
         ],
     })

case("negative-unit-margin",
     "A per-order cost above the margin of a small order: the plan's firstOrderMargin and "
     "customerMargin are negative (breakEvenRoas and targetRoas null, negative targetCpa), the "
     "paid channel that takes the plan's AOV has its ceiling at today's orders (beyond_feasible); "
     "a channel with a larger own AOV is profitable, one with a smaller own AOV is flagged too.",
     {
         "locale": "fr", "start": {"year": 2026, "quarter": 1},
         "averageOrderValue": 25, "grossMarginRate": 0.3, "ordersPerCustomer": 1.4,
         "orderCosts": {"perOrder": 9},
         "pastGrowthRate": 0.1, "goal": {"growthRate": 0.1},
         "channels": [
             ch("seo", "SEO", "seo", 30000, 0.02),
             ch("ads", "Google Ads", "sea", 8000, 0.025, cost=per_click(0.15)),
             ch("premium", "Premium", "other", 2000, 0.03, averageOrderValue=90,
                cost=spend(300, 0.7)),
             ch("mini", "Mini", "email", 3000, 0.04, averageOrderValue=20),
         ],
     })

# --------------------------------------------------------------------------- v2: §13, ceilings

case("paid-allocation",
     "Three paid curves (perClick 0.5, spend 0.8, perClick 0.3) and a straight-line channel "
     "(left out of §13 with its planned share): the cost-minimising split of the paid part of the "
     "goal, its saving against the plan, and the sum of the profitable ceilings.",
     {
         "locale": "fr", "start": {"year": 2027, "quarter": 1},
         "averageOrderValue": 85, "grossMarginRate": 0.5, "ordersPerCustomer": 2.4,
         "pastGrowthRate": 0.25, "goal": {"growthRate": 0.3}, "marketingBudget": 150000,
         "targetLtvToCac": 2,
         "channels": [
             ch("seo", "SEO", "seo", 40000, 0.018),
             ch("search", "Google Search", "sea", 9000, 0.035, cost=per_click(0.7, 0.5)),
             ch("shopping", "Google Shopping", "sea", 6000, 0.028, cost=spend(5000, 0.8)),
             ch("meta", "Meta Ads", "social", 15000, 0.008, cost=per_click(0.1, 0.3)),
             ch("bing", "Bing Ads", "sea", 1500, 0.03, cost=per_click(0.4, 1)),
         ],
     })

case("beyond-feasible",
     "A paid channel given 60 % of a goal far beyond its ceiling (o1 > oMax, finite): "
     "feasible false, beyond_feasible, its objective's realistic lowered; another within its "
     "ceiling.",
     {
         "locale": "en", "start": {"year": 2027, "quarter": 1},
         "averageOrderValue": 80, "grossMarginRate": 0.5, "ordersPerCustomer": 2,
         "pastGrowthRate": 0.3, "goal": {"growthRate": 0.3}, "targetLtvToCac": 2,
         "channels": [
             ch("seo", "SEO", "seo", 100000, 0.02, goalShare=0.3),
             ch("small", "Small ads", "sea", 2000, 0.03, goalShare=0.6, cost=per_click(0.3)),
             ch("big", "Big ads", "sea", 20000, 0.03, goalShare=0.1, cost=per_click(0.3)),
         ],
     })

case("ceiling-overflow",
     "A spend channel whose current CPA is minute (1e-8 a month) with doublingGain 0.95: its "
     "ceiling overflows f64 and counts as infinite (feasibleExtraRevenue null, feasible), so the "
     "allocation's maxProfitableExtraRevenue is null.",
     {
         "locale": "fr", "start": {"year": 2026, "quarter": 1},
         "averageOrderValue": 60, "grossMarginRate": 0.5, "ordersPerCustomer": 2,
         "pastGrowthRate": 0.2, "goal": {"growthRate": 0.2},
         "channels": [
             ch("seo", "SEO", "seo", 50000, 0.02),
             ch("free", "Almost free", "other", 100000, 0.05, cost=spend(1e-8, 0.95)),
             ch("ads", "Google Ads", "sea", 8000, 0.03, cost=per_click(0.4, 0.6)),
         ],
     })

# --------------------------------------------------------------------------- v2: warnings

case("no-cost-planned",
     "No channel has a cost (none, and fixed 0): no_cost_planned (field null); extraCost 0, "
     "costPerExtraOrder 0 in totals and scenarios, roi null.",
     {
         "locale": "fr", "start": {"year": 2026, "quarter": 4},
         "averageOrderValue": 52, "grossMarginRate": 0.4, "ordersPerCustomer": 1.3,
         "pastGrowthRate": 0.1, "goal": {"growthRate": 0.1},
         "channels": [
             ch("seo", "SEO", "seo", 15000, 0.02),
             ch("email", "Emailing", "email", 4000, 0.04, cost=fixed(0)),
         ],
     })

case("paid-channel-without-traffic",
     "A new spend channel with 0 sessions and a goal share: no curve (every cost figure null, "
     "extraCost 0), channel_without_traffic; left out of paidCpa and of §13, which keeps the "
     "perClick channel alone.",
     {
         "locale": "fr", "start": {"year": 2027, "quarter": 1},
         "averageOrderValue": 70, "grossMarginRate": 0.45, "ordersPerCustomer": 1.6,
         "pastGrowthRate": 0.2, "goal": {"growthRate": 0.2}, "marketingBudget": 60000,
         "channels": [
             ch("seo", "SEO", "seo", 24000, 0.018, goalShare=0.5),
             ch("ads", "Google Ads", "sea", 7000, 0.03, goalShare=0.3, cost=per_click(0.6)),
             ch("tiktok", "TikTok Ads", "social", 0, 0.01, goalShare=0.2, cost=spend(1500)),
         ],
     })

case("prudent-scenario-loses-money",
     "Costly fixed efforts: the median scenario makes money, the prudent one (0.8) loses it: "
     "prudent_scenario_loses_money (field scenarios.prudent).",
     {
         "locale": "fr", "start": {"year": 2026, "quarter": 1},
         "averageOrderValue": 60, "grossMarginRate": 0.4, "ordersPerCustomer": 1.2,
         "pastGrowthRate": 0.2, "goal": {"growthRate": 0.2},
         "channels": [
             ch("seo", "SEO", "seo", 30000, 0.02, cost=fixed(3700)),
             ch("email", "Emailing", "email", 6000, 0.035, cost=fixed(500)),
         ],
     })

case("implausible-conversion-rate",
     "A conversion rate of 0.5 (50 %, did you mean 0.5 %?): implausible_conversion_rate on that "
     "channel.",
     {
         "locale": "en", "start": {"year": 2027, "quarter": 1},
         "averageOrderValue": 45, "grossMarginRate": 0.4, "ordersPerCustomer": 1.5,
         "pastGrowthRate": 0.15, "goal": {"growthRate": 0.15},
         "channels": [
             ch("seo", "SEO", "seo", 20000, 0.015),
             ch("email", "Email", "email", 800, 0.5),
         ],
     })

# --------------------------------------------------------------------------- reviews
# One plan for the reviews (v2's seasonal ramp): targets T1..T4 2026 ≈ 150 693, 150 145, 181 243,
# 276 149 € (baseline B_q ≈ 129 982, 122 761, 144 425, 209 416; E_q ≈ 20 710, 27 384, 36 818,
# 66 733). Its cost models are v1's (perClick without doublingGain, monthly).

REVIEW_PLAN = {
    "locale": "fr", "currency": "EUR", "start": {"year": 2026, "quarter": 1},
    "averageOrderValue": 64.5, "grossMarginRate": 0.38, "ordersPerCustomer": 1.6,
    "pastGrowthRate": 0.22, "seasonality": [0.9, 0.85, 1.0, 1.45],
    "goal": {"growthRate": 0.25}, "marketingBudget": 45000, "alertTolerance": 0.1,
    "channels": [
        ch("seo", "SEO", "seo", 21500, 0.018),
        ch("ads", "Google Ads", "sea", 7400, 0.032, cost=per_click(0.55)),
        ch("news", "Newsletter", "email", 3900, 0.041, cost=monthly(350)),
    ],
}


def review_input(actuals, **over):
    inp = copy.deepcopy(REVIEW_PLAN)
    inp.update(over)
    inp["actuals"] = actuals
    return inp


case("review-two-quarters",
     "Two closed quarters, both missed (T2 below the revenue floor); channel actuals raise "
     "sessions, conversion and cpa_above_plan alerts (ads in T2: its CPA above the quarter's "
     "planned CPA·1.1); the SEO spend raises no CPA alert (no cost model, plannedCpa null); "
     "news in T2 has sessions only (cr/cpa null). The projection applies the closed quarters' "
     "attainment to the open ones.",
     review_input([
         {"quarter": 1, "revenue": 149500, "channels": [
             {"id": "seo", "sessions": 63100, "orders": 1105, "spend": 30000},
             {"id": "ads", "sessions": 19850, "orders": 602, "spend": 11240},
             {"id": "news", "sessions": 12300, "orders": 470, "spend": 1050},
         ]},
         {"quarter": 2, "revenue": 134200, "channels": [
             {"id": "seo", "sessions": 58700, "orders": 980},
             {"id": "ads", "sessions": 21400, "orders": 590, "spend": 13900},
             {"id": "news", "sessions": 11020},
         ]},
     ]), kind="review")

case("review-all-closed-goal-missed",
     "All four quarters closed, remaining extra > 0: goalMissed, no reforecast.",
     review_input([
         {"quarter": 1, "revenue": 150000},
         {"quarter": 2, "revenue": 151200},
         {"quarter": 3, "revenue": 180400},
         {"quarter": 4, "revenue": 252300, "channels": [
             {"id": "ads", "sessions": 36900, "orders": 1010, "spend": 20150},
         ]},
     ]), kind="review")

case("review-goal-reached",
     "Actuals far above target after two quarters: goalReached (remaining extra < 0); the "
     "reforecast keeps the plan for the open quarters (E'_q = E_q), requiredVsPlanned 0.",
     review_input([
         {"quarter": 1, "revenue": 212400},
         {"quarter": 2, "revenue": 203750, "channels": [
             {"id": "seo", "sessions": 81200, "orders": 1620},
         ]},
     ]), kind="review")

case("review-on-track", "One quarter closed slightly above target: onTrack (requiredVsPlanned ≤ 1).",
     review_input([
         {"quarter": 1, "revenue": 162300, "channels": [
             {"id": "seo", "sessions": 67450, "orders": 1198},
             {"id": "ads", "sessions": 23980, "orders": 771, "spend": 13190},
         ]},
     ]), kind="review")

case("review-catch-up",
     "Three quarters closed under target: catchUp (1 < requiredVsPlanned ≤ 1.5). Channel "
     "actuals listed in an order other than the plan's (KPIs follow the actuals, alerts the plan); "
     "tolerance 0.05.",
     review_input([
         {"quarter": 1, "revenue": 150100, "channels": [
             {"id": "news", "sessions": 11350, "orders": 431, "spend": 1120},
             {"id": "ads", "sessions": 21040, "orders": 655, "spend": 11580},
             {"id": "seo", "sessions": 64900, "orders": 1141},
         ]},
         {"quarter": 2, "revenue": 149870, "channels": [
             {"id": "ads", "sessions": 22100, "orders": 668, "spend": 12240},
             {"id": "seo", "sessions": 62800, "orders": 1069},
         ]},
         {"quarter": 3, "revenue": 176250},
     ], alertTolerance=0.05), kind="review")

case("review-revise-goal",
     "Two quarters below their baseline: reviseGoal (requiredVsPlanned > 1.5).",
     review_input([
         {"quarter": 1, "revenue": 126400, "channels": [
             {"id": "ads", "sessions": 14900, "orders": 455, "spend": 8190},
         ]},
         {"quarter": 2, "revenue": 118900, "channels": [
             {"id": "ads", "sessions": 15300, "orders": 0, "spend": 8420},
         ]},
     ]), kind="review")

case("review-no-channel-actuals",
     "Two closed quarters with revenue only (no channels key, then an empty list).",
     review_input([
         {"quarter": 1, "revenue": 158900},
         {"quarter": 2, "revenue": 149300, "channels": []},
     ], locale="en"), kind="review")

# A v2 plan for the reviews: order costs, a perClick curve, a spend curve, a fixed cost.
REVIEW_PLAN_V2 = {
    "locale": "en", "currency": "EUR", "start": {"year": 2027, "quarter": 3},
    "averageOrderValue": 58, "grossMarginRate": 0.46, "ordersPerCustomer": 1.7,
    "orderCosts": {"perOrder": 3.5, "returnRate": 0.08},
    "pastGrowthRate": 0.15, "seasonality": [0.95, 0.9, 1.0, 1.35],
    "goal": {"growthRate": 0.2}, "marketingBudget": 70000, "alertTolerance": 0.1,
    "channels": [
        ch("seo", "SEO", "seo", 26000, 0.017),
        ch("search", "Search ads", "sea", 8800, 0.028, cost=per_click(0.62, 0.7)),
        ch("meta", "Meta ads", "social", 12500, 0.011, cost=spend(3100, 0.5)),
        ch("content", "Content", "other", 4200, 0.02, cost=fixed(900)),
    ],
}


def review_input_v2(actuals, **over):
    inp = copy.deepcopy(REVIEW_PLAN_V2)
    inp.update(over)
    inp["actuals"] = actuals
    return inp


case("review-paid-total-cpa",
     "Each channel's actual CPA (spend / all its orders) beside plannedCpa = the quarter's planned "
     "CPA over all the channel's orders (plannedSpend / plannedOrders of T3 2027), for the paid "
     "curves and the fixed cost alike (v2 compared the fixed cost with its extra-orders CPA), "
     "null for SEO; cpa_above_plan only for search (above its plannedCpa·(1+t)), not for meta "
     "(above targetCpa but within its plan), never for SEO.",
     review_input_v2([
         {"quarter": 1, "revenue": 168000, "channels": [
             {"id": "seo", "sessions": 80000, "orders": 1350, "spend": 5000},
             {"id": "search", "sessions": 29000, "orders": 800, "spend": 24000},
             {"id": "meta", "sessions": 41000, "orders": 420, "spend": 11000},
             {"id": "content", "sessions": 13000, "orders": 260, "spend": 2700},
         ]},
     ]), kind="review")

case("review-goal-reached-keeps-plan",
     "v2 plan, goal reached after two quarters: goalReached, requiredVsPlanned 0, and the open "
     "quarters keep the plan (reforecast = planned target), not a cut below it.",
     review_input_v2([
         {"quarter": 1, "revenue": 235000},
         {"quarter": 2, "revenue": 300000, "channels": [
             {"id": "search", "sessions": 33000, "orders": 950, "spend": 26000},
         ]},
     ]), kind="review")


# --------------------------------------------------------------------------- v2: §14 outlook

OUTLOOK_PLAN = {
    "locale": "fr", "currency": "EUR", "start": {"year": 2027, "quarter": 1},
    "averageOrderValue": 60, "grossMarginRate": 0.45, "ordersPerCustomer": 1.5,
    "pastGrowthRate": 0.15, "goal": {"growthRate": 0.2},
    "channels": [
        ch("seo", "SEO", "seo", 20000, 0.02),
        ch("sea", "Google Ads", "sea", 6000, 0.03, cost=per_click(0.5)),
        ch("email", "Emailing", "email", 3000, 0.04, cost=fixed(200)),
    ],
}


def outlook_input(uncertainty, **over):
    inp = copy.deepcopy(OUTLOOK_PLAN)
    inp.update(over)
    inp["uncertainty"] = uncertainty
    return inp


case("outlook-seed-0",
     "Outlook over 1 000 draws from SplitMix64 seeded with 0 (traffic ±20 %, conversion ±10 %, "
     "order value ±5 %, doubling gain ±30 %, triangular; four uniforms per draw), centred on the "
     "momentum: SEO (no cost) follows the shop's trend (+15 %, referenceGrowth), the paid channel "
     "at its planned spend and the fixed-cost email give their planned revenue; effortGap = the "
     "SEO growth asked beyond the trend. Probability of reaching the goal (below 50 %: the "
     "effort gap is not in the draws), revenue and contribution quantiles P10/P50/P90 (element "
     "⌊P·(N−1)/100⌋ of the sorted draws), probability of a loss.",
     outlook_input({"traffic": 0.2, "conversionRate": 0.1, "averageOrderValue": 0.05,
                    "doublingGain": 0.3, "draws": 1000, "seed": 0}))

case("outlook-default-draws",
     "A v2-style uncertainty (no doublingGain: half-width 0, still valid) without draws or "
     "seed: 4 000 draws from seed 42, each still taking four uniforms; English.",
     outlook_input({"traffic": 0.15, "conversionRate": 0.1, "averageOrderValue": 0.08},
                   locale="en"))

case("outlook-zero-uncertainty",
     "Every half-width 0 (doublingGain too): every factor is exactly 1 and each draw gives the "
     "momentum. Both channels' efforts are priced (fixed costs), so momentumRevenue = T, "
     "effortGap 0, every R_i = T: probabilityOfGoal 1; C_i = extraContribution > 0: "
     "probabilityOfLoss 0; equal quantiles. The figures are exact in binary (conversion 1/16 and "
     "1/8, shares 1/2) so that R_i = T holds to the last bit whatever the order of the operations.",
     {
         "locale": "fr", "start": {"year": 2026, "quarter": 1},
         "averageOrderValue": 80, "grossMarginRate": 0.5, "goal": {"growthRate": 0.25},
         "channels": [
             ch("seo", "SEO", "seo", 1000, 0.0625, cost=fixed(500)),
             ch("email", "Emailing", "email", 500, 0.125, cost=fixed(250)),
         ],
         "uncertainty": {"traffic": 0, "conversionRate": 0, "averageOrderValue": 0,
                         "doublingGain": 0, "draws": 100, "seed": 7},
     })

# --------------------------------------------------------------------------- v2: §15 history

# 24 months, July 2025 .. June 2027 (the plan starts in T3 2027): a year-end peak, +30 % a year.
MONTHS_24 = [35150, 28950, 39290, 43420, 57900, 78570, 33080, 31020, 37220, 35150, 37220, 39290,
             45700, 37630, 51070, 56450, 75260, 102140, 43010, 40320, 48380, 45700, 48380, 51070]

HISTORY_PLAN = {
    "locale": "fr", "currency": "EUR", "start": {"year": 2027, "quarter": 3},
    "averageOrderValue": 70, "grossMarginRate": 0.44, "ordersPerCustomer": 1.6,
    "goal": {"growthRate": 0.35}, "marketingBudget": 90000,
    "channels": [
        ch("seo", "SEO", "seo", 25000, 0.018),
        ch("sea", "Google Ads", "sea", 7000, 0.03, cost=per_click(0.6)),
        ch("email", "Emailing", "email", 4000, 0.035, cost=fixed(300)),
    ],
}


def history_input(months, **over):
    inp = copy.deepcopy(HISTORY_PLAN)
    inp.update(over)
    inp["history"] = {"months": months}
    return inp


case("history-24-months",
     "24 months of revenue, no seasonality and no pastGrowthRate given: the seasonality is derived "
     "from the last 12 months by calendar quarter (the plan starts in T3 2027, so the last entry is "
     "June 2027) and the past growth from the last 12 against the 12 before (≈ +30 %); both feed "
     "the plan as explicit ones would (goal +35 % is inLine against 1.25·r, aggressive without "
     "history). lastYearRevenue within 10 % of the baseline: no warning. The months of each "
     "quarter take their weights from the same months of the history (not a third each).",
     history_input(MONTHS_24))

case("history-explicit-wins",
     "30 months of history, but seasonality and pastGrowthRate are given: the explicit ones are "
     "used (history.seasonality is the explicit one normalised, history.pastGrowthRate the "
     "explicit 0.12); the plan is the plan without history, except its months: the history "
     "still splits each quarter into months (§6).",
     history_input([round(m * 0.77, 2) for m in MONTHS_24[6:12]] + MONTHS_24,
                   seasonality=[1, 0.9, 1.1, 1.5], pastGrowthRate=0.12))

case("history-differs",
     "12 months adding up to ≈ 0.75 × the channels' baseline: baseline_differs_from_history "
     "(field history.months); 12 months derive a seasonality but no past growth (null). Start "
     "T1 2026: the last entry is December 2025.",
     {
         "locale": "en", "start": {"year": 2026, "quarter": 1},
         "averageOrderValue": 55, "grossMarginRate": 0.4, "ordersPerCustomer": 1.3,
         "goal": {"growthRate": 0.12}, "cartAbandonmentRate": 0.66,
         "channels": [
             ch("seo", "SEO", "seo", 18000, 0.02),
             ch("ads", "Search ads", "sea", 5000, 0.028, cost=spend(1800)),
         ],
         "history": {"months": [18200, 16900, 19400, 18800, 19900, 18100, 17600, 15800, 19700,
                                21400, 27300, 34100]},
     })

case("history-zero-quarter",
     "15 months whose last 12 have a calendar quarter at 0 (shop closed April–June 2026): no "
     "seasonality is derived (history.seasonality null, equal shares in §6); fewer than 24 months, "
     "so no past growth either. Months: T2 2027's take a third each (that calendar quarter sums "
     "to 0 in the history), the others their history weights.",
     {
         "locale": "fr", "start": {"year": 2027, "quarter": 1},
         "averageOrderValue": 48, "grossMarginRate": 0.42, "ordersPerCustomer": 1.4,
         "goal": {"growthRate": 0.2},
         "channels": [
             ch("seo", "SEO", "seo", 30000, 0.018),
             ch("social", "Instagram", "social", 9000, 0.008, cost=fixed(600)),
         ],
         # October 2025 .. December 2026
         "history": {"months": [26100, 27400, 35800, 24900, 23800, 27200, 0, 0, 0, 41200, 39800,
                                43100, 44900, 51700, 64300]},
     })

# --------------------------------------------------------------------------- v2: §16 benchmarks

case("benchmarks",
     "Benchmarks beside the inputs: SEO conversion against the method article's 2 %, paid search "
     "(kind sea, with or without a cost) against its 4 %, cart abandonment against Baymard's 70 %; "
     "social, email and other channels have no cited reference and get none.",
     {
         "locale": "en", "start": {"year": 2027, "quarter": 2},
         "averageOrderValue": 74, "grossMarginRate": 0.46, "ordersPerCustomer": 1.7,
         "pastGrowthRate": 0.2, "goal": {"growthRate": 0.2}, "cartAbandonmentRate": 0.74,
         "channels": [
             ch("seo", "SEO", "seo", 22000, 0.017),
             ch("search", "Search ads", "sea", 6500, 0.034, cost=per_click(0.7)),
             ch("social", "Social", "social", 12000, 0.009, cost=fixed(900)),
             ch("email", "Email", "email", 4200, 0.038),
             ch("brand", "Brand search", "sea", 1800, 0.061),
             ch("partners", "Partners", "other", 2500, 0.021, cost=fixed(300)),
         ],
     })

# --------------------------------------------------------------------------- v3: break-even, losses

case("plan-loses-money",
     "A fixed monthly cost of 2 500 for SEO content that its 15 % of growth cannot pay back: "
     "the plan's extraContribution is negative (each extra order of a channel with a cost counts "
     "its 12-month customer margin, of one without cost its margin per order), so "
     "plan_loses_money (field goal) and the plan's and quarters' realistic fail, although the "
     "paid channel is profitable (below its break-even point).",
     {
         "locale": "fr", "start": {"year": 2027, "quarter": 1},
         "averageOrderValue": 45, "grossMarginRate": 0.35, "ordersPerCustomer": 1.2,
         "pastGrowthRate": 0.1, "goal": {"growthRate": 0.15},
         "channels": [
             ch("seo", "SEO", "seo", 20000, 0.015, cost=fixed(2500)),
             ch("sea", "Google Ads", "sea", 5000, 0.025, cost=per_click(0.2)),
             ch("email", "Emailing", "email", 3000, 0.03),
         ],
     })

case("paid-channel-over-spent",
     "Break-even points (« seuil de rentabilité »): Meta's last order already costs more than a "
     "new customer brings in 12 months (currentMarginalCpa > maxCpaLifetime), so its break-even "
     "point lies below today: spendAtBreakEven far below today's spend, breakEvenExtraRevenue "
     "negative, profitable false, paid_channel_over_spent; a straight-line display channel whose "
     "current CPA is above maxCpaLifetime has its break-even at 0 orders (spendAtBreakEven 0, "
     "breakEvenExtraRevenue = −today's revenue); search is profitable with a break-even far "
     "above its plan. The cheapest split gives Meta nothing and stays profitable.",
     {
         "locale": "en", "start": {"year": 2027, "quarter": 2},
         "averageOrderValue": 60, "grossMarginRate": 0.4, "ordersPerCustomer": 1.2,
         "pastGrowthRate": 0.12, "goal": {"growthRate": 0.15}, "marketingBudget": 40000,
         "channels": [
             ch("seo", "SEO", "seo", 25000, 0.02),
             ch("meta", "Meta Ads", "social", 12000, 0.01, cost=per_click(0.9)),
             ch("search", "Search ads", "sea", 6000, 0.03, cost=per_click(0.35, 0.7)),
             ch("display", "Display", "other", 4000, 0.008, cost=spend(1500, 1)),
         ],
     })

case("fixed-without-extra-orders",
     "A fixed-cost channel given no share of the goal (goalShare 0): extraCost 12·monthly, cpa "
     "null (no extra order), roas 0, verdict null, no objective; its quarters still have a "
     "plannedCpa over all its orders (a channel with a cost), so the alert rules watch its CPA.",
     {
         "locale": "fr", "start": {"year": 2026, "quarter": 3},
         "averageOrderValue": 70, "grossMarginRate": 0.45, "ordersPerCustomer": 1.5,
         "pastGrowthRate": 0.15, "goal": {"growthRate": 0.15},
         "channels": [
             ch("seo", "SEO", "seo", 24000, 0.018, goalShare=0.7),
             ch("sea", "Google Ads", "sea", 6000, 0.03, goalShare=0.3, cost=per_click(0.5)),
             ch("content", "Contenus", "other", 3000, 0.02, goalShare=0, cost=fixed(800)),
         ],
     })

# --------------------------------------------------------------------------- v3: §13 split

case("paid-split-minimal",
     "§13's minimal split: p1 (spend 60 a month, doublingGain 0.95, so its orders are very "
     "sensitive to μ) and p3 (perClick 0.007, doublingGain 0.05, its own AOV 200); the goal "
     "doubles the shop, all of it paid. The split's extra revenues sum to R within 1e-9 (the "
     "solver runs to machine precision); both channels' last orders cost more than a customer "
     "brings in (lossMaking, paid_split_loses_money); p1 is past its break-even point already.",
     {
         "locale": "en", "start": {"year": 2027, "quarter": 1},
         "averageOrderValue": 1, "grossMarginRate": 1, "goal": {"growthRate": 1},
         "channels": [
             ch("p1", "P1", "sea", 1, 1, cost=spend(60, 0.95)),
             ch("p3", "P3", "sea", 1, 0.03, averageOrderValue=200, cost=per_click(0.007, 0.05)),
         ],
     })

# --------------------------------------------------------------------------- v3: §14 momentum

MOMENTUM_SHOP = {
    "locale": "fr", "currency": "EUR", "start": {"year": 2027, "quarter": 1},
    "averageOrderValue": 52, "grossMarginRate": 0.45, "ordersPerCustomer": 1.4,
    "pastGrowthRate": 0.1,
    "uncertainty": {"traffic": 0.1, "conversionRate": 0.05, "averageOrderValue": 0.03,
                    "doublingGain": 0.2, "draws": 2000, "seed": 2027},
    "channels": [
        ch("seo", "SEO", "seo", 30000, 0.018),
        ch("sea", "Google Ads", "sea", 7000, 0.03, cost=per_click(0.4)),
        ch("email", "Emailing", "email", 5000, 0.035, cost=fixed(300)),
    ],
}

case("outlook-goal-plus-2",
     "A +2 % goal on a shop growing 10 % a year: SEO (no cost) follows the trend (+10 %), which "
     "alone beats the goal, so momentumRevenue > T, effortGap 0 and probabilityOfGoal is high.",
     dict(copy.deepcopy(MOMENTUM_SHOP), goal={"growthRate": 0.02}))

case("outlook-goal-plus-300",
     "The same shop asked for +300 %: the paid channel and the fixed-cost email give their "
     "planned revenue, but SEO only its trend, so the effortGap is most of the goal and "
     "probabilityOfGoal is 0 (v2 centred the draws on the plan: about 50 % for any goal).",
     dict(copy.deepcopy(MOMENTUM_SHOP), goal={"growthRate": 3}))

# --------------------------------------------------------------------------- v3: §6 months

SHAPE = [0.85, 0.8, 0.95, 0.95, 1.0, 0.9, 0.85, 0.75, 0.95, 1.05, 1.6, 2.35]
CHRISTMAS_24 = [round(36000 * s) for s in SHAPE] + [round(43200 * s) for s in SHAPE]

case("history-christmas-peak",
     "24 months (January 2025 – December 2026) of a shop with a Christmas peak, plan starting "
     "T1 2027: each month takes its share of its quarter from the same month of the history, so "
     "T4 2027's October, November and December targets (and the paid spend paced with them) "
     "differ and rise to December; the quarters are unchanged. The derived past growth is "
     "0.19999999999999996 and the goal +25 % = 1.25·r within the conventions' 1e-12: inLine.",
     {
         "locale": "fr", "start": {"year": 2027, "quarter": 1},
         "averageOrderValue": 38, "grossMarginRate": 0.5, "ordersPerCustomer": 1.6,
         "goal": {"growthRate": 0.25}, "marketingBudget": 60000,
         "channels": [
             ch("seo", "SEO", "seo", 39000, 0.016),
             ch("sea", "Google Shopping", "sea", 11000, 0.028, cost=per_click(0.3)),
             ch("email", "Emailing", "email", 7500, 0.04, cost=fixed(400)),
         ],
         "history": {"months": CHRISTMAS_24},
     })


# --------------------------------------------------------------------------- v3: reviews


def on_plan_actuals(inp, closed):
    """Actuals exactly on the plan: revenue = targetRevenue_q, and per channel sessions =
    3·targetSessionsPerMonth_{c,q}, orders = plannedOrders_{c,q}, spend = plannedSpend_{c,q}."""
    po = model.plan(inp)
    acts = []
    for q in po["quarters"][:closed]:
        acts.append({"quarter": q["index"], "revenue": q["targetRevenue"], "channels": [
            {"id": c["id"], "sessions": 3 * c["targetSessionsPerMonth"],
             "orders": c["plannedOrders"], "spend": c["plannedSpend"]} for c in q["channels"]]})
    return acts


ON_PLAN = copy.deepcopy(REVIEW_PLAN_V2)
ON_PLAN["alertTolerance"] = 0
case("review-on-plan",
     "Two quarters exactly on plan (revenue = targetRevenue_q; sessions = 3·targetSessionsPerMonth, "
     "orders = plannedOrders, spend = plannedSpend of each channel), with alertTolerance 0: "
     "status achieved, cpa = plannedCpa for every channel with a cost, attainmentSoFar 1, "
     "projectedRevenue = T, requiredVsPlanned 1 (onTrack) and no alert: figures equal to their "
     "threshold up to the last bit count as equal (the conventions' 1e-12).",
     review_input_v2(on_plan_actuals(ON_PLAN, 2), alertTolerance=0), kind="review")

REVIEW_B1 = 0.9 * model.plan(REVIEW_PLAN)["quarters"][0]["baselineRevenue"]
case("review-first-quarter-below-last-year",
     "The first quarter 10 % below the same quarter last year (actual = 0.9·B_1): the projection "
     "applies the closed quarter's attainment to the open quarters' targets, so it is no lower "
     "than the same miss applied to the rest of the year (0.9·A); v2 extrapolated paceFactor "
     "(−0.63 here) to the open quarters and projected less than that.",
     review_input([{"quarter": 1, "revenue": REVIEW_B1}]), kind="review")

# --------------------------------------------------------------------------- invalid


def invalid(name, description, inp, errors):
    case(name, description, inp, expected={"ok": False, "errors": errors})


bad = copy.deepcopy(EXAMPLE_FR)
bad["averageOrderValue"] = -5
bad["grossMarginRate"] = 1.5
bad["foo"] = 1
bad["channels"][1]["conversionRate"] = 0
bad["channels"][2]["id"] = "seo"
invalid("invalid-many-errors", "Several problems at once: every error is reported.", bad, [
    {"field": "foo", "code": "unknown_field"},
    {"field": "averageOrderValue", "code": "out_of_range"},
    {"field": "grossMarginRate", "code": "out_of_range"},
    {"field": "channels[1].conversionRate", "code": "out_of_range"},
    {"field": "channels[2].id", "code": "duplicate_id"},
])

bad = copy.deepcopy(EXAMPLE_FR)
for c, s in zip(bad["channels"], [0.4, 0.25, 0.15, 0.1]):
    c["goalShare"] = s
invalid("invalid-shares", "goalShare on every channel but summing to 0.9.", bad, [
    {"field": "channels", "code": "shares_do_not_sum_to_one"},
])

bad = copy.deepcopy(EXAMPLE_FR)
for c in bad["channels"]:
    c["sessionsPerMonth"] = 0
invalid("invalid-no-baseline", "Every channel has 0 sessions: no baseline.", bad, [
    {"field": "channels", "code": "no_baseline"},
])

bad = copy.deepcopy(EXAMPLE_FR)
del bad["start"]
del bad["goal"]
invalid("invalid-missing-required", "No start and no goal.", bad, [
    {"field": "start", "code": "required"},
    {"field": "goal", "code": "required"},
])

bad = copy.deepcopy(EXAMPLE_FR)
bad["averageOrderValue"] = "80"
bad["locale"] = "de"
invalid("invalid-wrong-types", "A number given as a string and an unsupported locale.", bad, [
    {"field": "locale", "code": "not_a_choice"},
    {"field": "averageOrderValue", "code": "not_a_number"},
])


bad = copy.deepcopy(EXAMPLE_FR)
bad["orderCosts"] = {"perOrder": 2, "coupon": 0.1, "returnRate": 1}
bad["channels"][1]["cost"]["doublingGain"] = 0.01
bad["channels"][2]["cost"] = {"model": "fixed", "monthly": 2000, "doublingGain": 0.5}
bad["channels"][3]["cost"] = {"model": "spend", "currentMonthly": 0}
bad["goal"] = {"growthRate": 12}
invalid("invalid-v2-bounds",
        "v2's bounds: an unknown key in orderCosts, a return rate of 1, doublingGain 0.01, "
        "doublingGain on a fixed cost, a current monthly spend of 0, a growth rate above 10.", bad, [
            {"field": "orderCosts.coupon", "code": "unknown_field"},
            {"field": "orderCosts.returnRate", "code": "out_of_range"},
            {"field": "channels[1].cost.doublingGain", "code": "out_of_range"},
            {"field": "channels[2].cost.doublingGain", "code": "unknown_field"},
            {"field": "channels[3].cost.currentMonthly", "code": "out_of_range"},
            {"field": "goal.growthRate", "code": "out_of_range"},
        ])


bad = copy.deepcopy(EXAMPLE_FR)
bad["history"] = {"months": MONTHS_24[:11]}
invalid("invalid-history-short", "11 months of history: fewer than 12.", bad, [
    {"field": "history.months", "code": "history_too_short"},
])

bad = copy.deepcopy(EXAMPLE_FR)
bad["history"] = {"months": MONTHS_24 + MONTHS_24[:13]}
invalid("invalid-history-long", "37 months of history: more than 36.", bad, [
    {"field": "history.months", "code": "wrong_length"},
])

bad = copy.deepcopy(EXAMPLE_FR)
bad["uncertainty"] = {"traffic": 1, "conversionRate": 0.1, "averageOrderValue": 0.05,
                      "draws": 50, "spread": 0.2}
invalid("invalid-uncertainty",
        "uncertainty with an unknown key, a traffic half-width of 1 (must be below 1) and 50 draws "
        "(at least 100).", bad, [
            {"field": "uncertainty.spread", "code": "unknown_field"},
            {"field": "uncertainty.traffic", "code": "out_of_range"},
            {"field": "uncertainty.draws", "code": "out_of_range"},
        ])


bad = copy.deepcopy(EXAMPLE_FR)
bad["channels"] = [ch("seo", "", "seo", 30000, 0.02)]
bad["goal"] = {"targetRevenue": 1}
invalid("invalid-label-and-goal-bound",
        "Every error at once: an empty label does not stop the goal's bounds from being checked "
        "(the baseline can be computed), so the target revenue of 1, below the baseline, is "
        "reported too.", bad, [
            {"field": "channels[0].label", "code": "invalid_length"},
            {"field": "goal.targetRevenue", "code": "not_above_baseline"},
        ])

bad = copy.deepcopy(EXAMPLE_FR)
bad["channels"] = [ch("seo", "SEO", "seo", 30000, 1.2, goalShare=0.1)]
invalid("invalid-rate-and-shares",
        "Every error at once: a conversion rate of 1.2 (above 1) and a single goalShare of 0.1 "
        "(the shares do not sum to 1) are both reported.", bad, [
            {"field": "channels[0].conversionRate", "code": "out_of_range"},
            {"field": "channels", "code": "shares_do_not_sum_to_one"},
        ])

bad = copy.deepcopy(EXAMPLE_FR)
bad["channels"][0]["label"] = "SEO\tblog"
bad["channels"][2]["label"] = "Réseaux\u0085sociaux"
invalid("invalid-label-control-character",
        "Labels with a control character (a tab, U+0085): invalid_format.", bad, [
            {"field": "channels[0].label", "code": "invalid_format"},
            {"field": "channels[2].label", "code": "invalid_format"},
        ])


# --------------------------------------------------------------------------- write


def check_review_bands():
    want = {"review-two-quarters": "catchUp", "review-all-closed-goal-missed": "goalMissed",
            "review-goal-reached": "goalReached", "review-on-track": "onTrack",
            "review-catch-up": "catchUp", "review-revise-goal": "reviseGoal",
            "review-paid-total-cpa": "catchUp", "review-goal-reached-keeps-plan": "goalReached",
            "review-on-plan": "onTrack", "review-first-quarter-below-last-year": "catchUp"}
    for name, _, kind, inp, _ in CASES:
        if name in want:
            got = model.review(inp)["progress"]["reforecastStatus"]
            assert got == want[name], (name, got)


def close(a, b, rel=1e-12):
    return abs(a - b) <= rel * max(abs(a), abs(b))


def same(a, b, rel=1e-12):
    """Deep equality, numbers to a relative error."""
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None or isinstance(a, str):
        return a == b
    if isinstance(a, (int, float)):
        return isinstance(b, (int, float)) and abs(a - b) <= rel * max(abs(a), abs(b), 1e-300)
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return isinstance(b, list) and len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))


def but(doc, *keys):
    """doc without some keys."""
    return {k: v for k, v in doc.items() if k not in keys}


def check_claims():
    """What the cases' descriptions claim (v1 and v2 cases), checked on the model's output."""
    out = {name: (model.review if kind == "review" else model.plan)(inp)
           for name, _, kind, inp, _ in CASES}
    plan_of = {n: (o["plan"] if "plan" in o else o) for n, o in out.items() if o["ok"]}
    inputs = {name: inp for name, _, _, inp, _ in CASES}

    def codes(name):
        return [(w["code"], w["field"]) for w in plan_of[name]["warnings"]]

    def chan(name, cid):
        return next(c for c in plan_of[name]["channels"] if c["id"] == cid)

    # doublingGain 1 is v1's straight line: cpa = cpc / cr, extraCost = extra clicks × cpc.
    line = chan("doubling-gain-one", "line")
    assert close(line["cpa"], 0.3 / 0.03) and line["feasibleExtraRevenue"] is None, line
    assert close(line["extraCost"], line["extraSessionsPerMonth"] * 12 * 0.3), line
    for k in ("marginalCpa", "totalCpa", "currentCpa"):
        assert close(line[k], line["cpa"]), (k, line)
    assert ("beyond_feasible", "channels[2].cost") in codes("doubling-gain-one")
    assert [c["id"] for c in plan_of["doubling-gain-one"]["paidAllocation"]["channels"]] == ["curve"]
    # v1's monthly is read as fixed.
    v1 = copy.deepcopy([i for n, _, _, i, _ in CASES if n == "example-fr"][0])
    v2 = copy.deepcopy(v1)
    v2["channels"][2]["cost"] = fixed(2000)
    assert model.plan(v1) == model.plan(v2)
    # Without seasonality the ramp gives v1's figures (E_q = E·w_q/Σw).
    m = plan_of["minimal-defaults"]
    E = m["goal"]["extraRevenue"]
    for q, w in zip(m["quarters"], [5, 7, 8, 10]):
        assert close(q["extraRevenue"], E * w / 30), q
    assert ("no_cost_planned", None) in codes("no-cost-planned")
    assert ("no_cost_planned", None) in codes("no-cost-models")
    assert ("prudent_scenario_loses_money", "scenarios.prudent") in codes(
        "prudent-scenario-loses-money")
    assert plan_of["prudent-scenario-loses-money"]["scenarios"][1]["contribution"] > 0
    assert ("implausible_conversion_rate", "channels[1].conversionRate") in codes(
        "implausible-conversion-rate")
    assert ("channel_without_traffic", "channels[2].sessionsPerMonth") in codes(
        "paid-channel-without-traffic")
    assert chan("paid-channel-without-traffic", "tiktok")["totalCpa"] is None
    assert ("beyond_feasible", "channels[1].cost") in codes("beyond-feasible")
    assert chan("beyond-feasible", "small")["feasibleExtraRevenue"] > 0
    assert chan("ceiling-overflow", "free")["feasibleExtraRevenue"] is None
    assert plan_of["ceiling-overflow"]["paidAllocation"]["maxProfitableExtraRevenue"] is None
    assert ("negative_unit_margin", "orderCosts.perOrder") in codes("negative-unit-margin")
    assert ("negative_unit_margin", "channels[3].averageOrderValue") in codes(
        "negative-unit-margin")
    assert plan_of["negative-unit-margin"]["unitEconomics"]["breakEvenRoas"] is None
    alloc = plan_of["paid-allocation"]["paidAllocation"]
    assert len(alloc["channels"]) == 3 and all(c["extraRevenue"] > 0 for c in alloc["channels"])
    assert alloc["saving"] > 0
    assert all(close(c["marginalCpa"], alloc["channels"][0]["marginalCpa"], 1e-9)
               for c in alloc["channels"])
    ue = plan_of["order-costs"]["unitEconomics"]
    assert close(ue["breakEvenRoas"], 78 / ue["firstOrderMargin"])
    for name in ("review-goal-reached", "review-goal-reached-keeps-plan"):
        for q in out[name]["quarters"]:
            if q["status"] == "open":
                assert q["reforecastTargetRevenue"] == q["targetRevenue"], (name, q)
    kp = {k["id"]: k for k in out["review-paid-total-cpa"]["channelKpis"]}
    q1 = {c["id"]: c for c in plan_of["review-paid-total-cpa"]["quarters"][0]["channels"]}
    for cid in ("search", "meta", "content"):
        assert kp[cid]["plannedCpa"] == q1[cid]["plannedSpend"] / q1[cid]["plannedOrders"], cid
    # v3: the fixed cost's planned CPA is over all its orders, like the review's (v2: extra only).
    assert kp["content"]["plannedCpa"] < chan("review-paid-total-cpa", "content")["cpa"] / 4
    assert kp["seo"]["plannedCpa"] is None
    assert [(a["code"], a["channel"]) for a in out["review-paid-total-cpa"]["alerts"]] == [
        ("cpa_above_plan", "search")]
    assert kp["meta"]["cpa"] > kp["meta"]["targetCpa"] * 1.1  # above target, within plan: no alert
    # §14 outlook.
    for name, o in plan_of.items():
        ol = o["outlook"]
        if ol is not None:
            for key in ("revenue", "contribution"):
                assert ol[key]["p10"] <= ol[key]["p50"] <= ol[key]["p90"], (name, ol)
            assert 0 <= ol["probabilityOfGoal"] <= 1 and 0 <= ol["probabilityOfLoss"] <= 1
    zero = plan_of["outlook-zero-uncertainty"]
    ol = zero["outlook"]
    assert ol["probabilityOfGoal"] == 1 and ol["probabilityOfLoss"] == 0, ol
    assert set(ol["revenue"].values()) == {zero["goal"]["targetRevenue"]}, ol
    assert set(ol["contribution"].values()) == {zero["totals"]["extraContribution"]}, ol
    dflt = inputs["outlook-default-draws"]
    explicit = copy.deepcopy(dflt)
    explicit["uncertainty"].update(draws=4000, seed=42)
    assert plan_of["outlook-default-draws"]["outlook"]["draws"] == 4000
    assert model.plan(explicit) == plan_of["outlook-default-draws"]
    assert plan_of["outlook-seed-0"]["outlook"]["draws"] == 1000
    no_unc = copy.deepcopy(inputs["outlook-seed-0"])
    del no_unc["uncertainty"]
    assert dict(model.plan(no_unc), outlook=None) == dict(plan_of["outlook-seed-0"], outlook=None)
    # §15 history: derived values feed the plan exactly as explicit ones would.
    h24 = plan_of["history-24-months"]
    hist = h24["history"]
    assert hist["months"] == 24 and hist["seasonality"] is not None
    assert close(sum(hist["seasonality"]), 1) and hist["pastGrowthRate"] > 0.29
    as_explicit = copy.deepcopy(inputs["history-24-months"])
    del as_explicit["history"]
    as_explicit.update(seasonality=hist["seasonality"], pastGrowthRate=hist["pastGrowthRate"])
    explicit_plan = model.plan(as_explicit)
    assert same(but(explicit_plan, "history", "months"), but(h24, "history", "months"))
    # ... except the months: the history splits each quarter, the explicit figures cannot.
    assert {m["targetRevenue"] / explicit_plan["quarters"][(m["index"] - 1) // 3]["targetRevenue"]
            for m in explicit_plan["months"]} == {1 / 3}
    assert len({m["targetRevenue"] for m in h24["months"][:3]}) == 3
    without = copy.deepcopy(inputs["history-24-months"])
    del without["history"]
    assert h24["goal"]["achievability"] == "inLine"
    assert model.plan(without)["goal"]["achievability"] == "aggressive"
    assert not any(c == "baseline_differs_from_history" for c, _ in codes("history-24-months"))
    wins = plan_of["history-explicit-wins"]
    assert wins["history"]["pastGrowthRate"] == 0.12 and wins["history"]["months"] == 30
    assert same(wins["history"]["seasonality"], [x / 4.5 for x in [1, 0.9, 1.1, 1.5]])
    without = copy.deepcopy(inputs["history-explicit-wins"])
    del without["history"]
    assert but(model.plan(without), "history", "months") == but(wins, "history", "months")
    # A typed seasonality sets the quarters; the history still splits them into months (§6).
    for q in wins["quarters"]:
        ms = wins["months"][3 * q["index"] - 3:3 * q["index"]]
        assert close(sum(m["targetRevenue"] for m in ms), q["targetRevenue"]), q
        assert len({m["targetRevenue"] for m in ms}) == 3, ms
    assert codes("history-differs")[-1] == ("baseline_differs_from_history", "history.months")
    assert plan_of["history-differs"]["history"]["pastGrowthRate"] is None
    zq = plan_of["history-zero-quarter"]
    assert zq["history"]["seasonality"] is None and zq["history"]["pastGrowthRate"] is None
    assert len({q["baselineRevenue"] for q in zq["quarters"]}) == 1
    # §16 benchmarks.
    assert [(b["field"], b["reference"]) for b in plan_of["benchmarks"]["benchmarks"]] == [
        ("channels[0].conversionRate", 0.02), ("channels[1].conversionRate", 0.04),
        ("channels[4].conversionRate", 0.04), ("cartAbandonmentRate", 0.7)]
    assert plan_of["prudent-scenario-loses-money"]["benchmarks"] is not None
    # Every paid allocation costs no more than the plan's split, and sums to R within 1e-9.
    for name, o in plan_of.items():
        pa = o["paidAllocation"]
        if pa is not None:
            assert pa["saving"] >= -1e-9 * pa["plannedExtraCost"], (name, pa)
            got = sum(c["extraRevenue"] for c in pa["channels"])
            assert abs(got - pa["paidExtraRevenue"]) <= 1e-9 * pa["paidExtraRevenue"], (name, pa)
    check_claims_v3(out, plan_of, inputs, codes, chan)


def check_claims_v3(out, plan_of, inputs, codes, chan):
    """What the v3 cases' descriptions claim, and v3 invariants on every case."""
    for name, o in plan_of.items():
        # Months split the quarters; spends add up (§6).
        for q in o["quarters"]:
            ms = o["months"][3 * q["index"] - 3:3 * q["index"]]
            for key in ("baselineRevenue", "extraRevenue", "targetRevenue", "plannedSpend"):
                assert close(sum(m[key] for m in ms), q[key], 1e-12) or q[key] == 0, (name, key)
            assert close(q["plannedSpend"], sum(c["plannedSpend"] for c in q["channels"]), 1e-12) \
                or q["plannedSpend"] == 0
        monthly = sum(c["plannedMonthlySpend"] for c in o["channels"])
        assert close(sum(q["plannedSpend"] for q in o["quarters"]), 12 * monthly, 1e-12) \
            or monthly == 0, name
        # D43: effortGap is never a rounding residue in a golden case.
        ol = o["outlook"]
        if ol is not None:
            T = o["goal"]["targetRevenue"]
            assert (ol["effortGap"] == 0 and (ol["momentumRevenue"] == T or
                                              ol["momentumRevenue"] - T > 1e-9 * T)) \
                or ol["effortGap"] > 1e-9 * T, (name, ol)
        # plan_loses_money exactly when the contribution is negative.
        assert (("plan_loses_money", "goal") in codes(name)) == \
            (o["totals"]["extraContribution"] < 0), name
    # A loss-making plan.
    lm = plan_of["plan-loses-money"]
    assert lm["totals"]["extraContribution"] < 0 and lm["objectives"][0]["realistic"]["status"] == "fail"
    assert {ob["realistic"]["status"] for ob in lm["objectives"] if ob["scope"] == "quarter"} == {"fail"}
    assert chan("plan-loses-money", "sea")["profitable"] is True
    ue = lm["unitEconomics"]
    want = (chan("plan-loses-money", "seo")["extraOrders"] * ue["customerMargin"]
            + chan("plan-loses-money", "sea")["extraOrders"] * ue["customerMargin"]
            + chan("plan-loses-money", "email")["extraOrders"] * ue["marginPerOrder"]
            - lm["totals"]["extraCost"])
    assert close(lm["totals"]["extraContribution"], want), (want, lm["totals"])
    # A channel past its break-even point today.
    meta = chan("paid-channel-over-spent", "meta")
    assert meta["spendAtBreakEven"] < 12000 * 0.9 and meta["breakEvenExtraRevenue"] < 0
    assert meta["profitable"] is False and meta["currentMarginalCpa"] > \
        plan_of["paid-channel-over-spent"]["unitEconomics"]["maxCpaLifetime"]
    display = chan("paid-channel-over-spent", "display")
    assert display["spendAtBreakEven"] == 0 and display["profitable"] is False
    assert close(display["breakEvenExtraRevenue"], -display["currentRevenue"])
    search = chan("paid-channel-over-spent", "search")
    assert search["profitable"] is True and search["breakEvenExtraRevenue"] > search["extraRevenue"]
    assert [f for c, f in codes("paid-channel-over-spent") if c == "paid_channel_over_spent"] == [
        "channels[1].cost", "channels[3].cost"]
    pa = plan_of["paid-channel-over-spent"]["paidAllocation"]
    assert pa["channels"][0]["extraRevenue"] == 0 and pa["lossMaking"] is False
    assert close(pa["maxBreakEvenExtraRevenue"], search["breakEvenExtraRevenue"])
    # A fixed cost with no extra order.
    content = chan("fixed-without-extra-orders", "content")
    assert content["cpa"] is None and content["roas"] == 0 and content["verdict"] is None
    assert content["extraCost"] == 9600 and content["maxCpc"] is None
    fx = plan_of["fixed-without-extra-orders"]
    assert "content" not in [ob["ref"] for ob in fx["objectives"]]
    assert all(q["channels"][2]["plannedCpa"] > 0 for q in fx["quarters"])
    assert len([r for r in fx["alertRules"] if r["metric"] == "cpa" and r["channel"] == "content"]) == 4
    assert not [r for r in fx["alertRules"] if r["metric"] == "cpa" and r["channel"] == "seo"]
    # §13's minimal split.
    pa = plan_of["paid-split-minimal"]["paidAllocation"]
    assert pa["lossMaking"] and ("paid_split_loses_money", None) in codes("paid-split-minimal")
    assert ("paid_channel_over_spent", "channels[0].cost") in codes("paid-split-minimal")
    assert ("paid_channel_over_spent", "channels[1].cost") not in codes("paid-split-minimal")
    assert close(pa["channels"][0]["marginalCpa"], pa["channels"][1]["marginalCpa"] / 200, 1e-9)
    # §14 momentum: the probability of the goal depends on the goal.
    small, big = plan_of["outlook-goal-plus-2"]["outlook"], plan_of["outlook-goal-plus-300"]["outlook"]
    assert small["probabilityOfGoal"] >= 0.85 and small["effortGap"] == 0, small
    assert small["momentumRevenue"] > plan_of["outlook-goal-plus-2"]["goal"]["targetRevenue"]
    assert big["probabilityOfGoal"] == 0, big
    assert big["effortGap"] > 0.5 * plan_of["outlook-goal-plus-300"]["goal"]["extraRevenue"]
    assert small["referenceGrowth"] == big["referenceGrowth"] == 0.1
    seed0 = plan_of["outlook-seed-0"]["outlook"]
    assert seed0["probabilityOfGoal"] < 0.5 and seed0["effortGap"] > 0
    # §6 months with a Christmas peak.
    xm = plan_of["history-christmas-peak"]
    q4 = xm["months"][9:12]
    assert [m["month"] for m in q4] == [10, 11, 12] and [m["label"] for m in q4] == [
        "oct. 2027", "nov. 2027", "déc. 2027"]
    assert q4[0]["targetRevenue"] < q4[1]["targetRevenue"] < q4[2]["targetRevenue"]
    assert q4[0]["plannedSpend"] < q4[1]["plannedSpend"] < q4[2]["plannedSpend"]
    assert xm["history"]["pastGrowthRate"] < 0.2 and xm["goal"]["achievability"] == "inLine"
    assert model.classify(0.25 + 1e-11, xm["history"]["pastGrowthRate"]) == "stretch"
    # Reviews: exactly on plan, and a first quarter 10 % below last year.
    onp = out["review-on-plan"]
    assert onp["alerts"] == [] and [q["status"] for q in onp["quarters"][:2]] == ["achieved"] * 2
    assert onp["progress"]["attainmentSoFar"] == 1
    assert close(onp["progress"]["projectedRevenue"], plan_of["review-on-plan"]["goal"]["targetRevenue"])
    for k in onp["channelKpis"]:
        assert (k["plannedCpa"] is None) == (k["id"] == "seo"), k
        assert k["plannedCpa"] is None or k["cpa"] == k["plannedCpa"], k
    miss = out["review-first-quarter-below-last-year"]
    po = plan_of["review-first-quarter-below-last-year"]
    A = po["baseline"]["annualRevenue"]
    B = [q["baselineRevenue"] for q in po["quarters"]]
    Eq = [q["extraRevenue"] for q in po["quarters"]]
    actual = inputs["review-first-quarter-below-last-year"]["actuals"][0]["revenue"]
    floor = A + (actual - B[0]) * A / B[0]  # the same miss applied to the whole year
    assert close(floor, 0.9 * A) and miss["progress"]["projectedRevenue"] >= floor * (1 - 1e-12)
    pace = miss["progress"]["paceFactor"]
    v2 = actual + sum(b + e * pace for b, e in zip(B[1:], Eq[1:]))
    assert v2 < floor, (v2, floor)
    # v3 figures on v2 cases.
    free = chan("ceiling-overflow", "free")
    assert free["spendAtBreakEven"] is None and free["breakEvenExtraRevenue"] is None
    assert free["profitable"] is True
    assert plan_of["ceiling-overflow"]["paidAllocation"]["maxBreakEvenExtraRevenue"] is None
    ads = chan("negative-unit-margin", "ads")
    assert ads["profitable"] is None and ads["spendAtBreakEven"] is None
    assert ("paid_channel_over_spent", "channels[1].cost") not in codes("negative-unit-margin")
    tiktok = chan("paid-channel-without-traffic", "tiktok")
    assert tiktok["plannedMonthlySpend"] == 1500 and tiktok["maxCpc"] is not None
    assert tiktok["spendMultiple"] is None and tiktok["profitable"] is None
    nt = plan_of["paid-channel-without-traffic"]
    assert all(q["channels"][2]["plannedCpa"] is None for q in nt["quarters"])
    assert close(sum(q["channels"][2]["plannedSpend"] for q in nt["quarters"]), 12 * 1500)
    assert all(c["maxCpc"] is None for c in plan_of["cost-fixed"]["channels"])


def main():
    os.makedirs(OUT, exist_ok=True)
    check_review_bands()
    check_claims()
    for name, description, kind, inp, expected in CASES:
        fn = model.review if kind == "review" else model.plan
        computed = fn(inp)
        if expected is None:
            assert computed["ok"], (name, computed)
            expected = computed
        else:  # hand-written errors: the reference validator must agree
            got = [{"field": e["field"], "code": e["code"]} for e in computed.get("errors", [])]
            assert got == expected["errors"], (name, got)
        doc = {"description": description, "kind": kind, "input": inp, "expected": expected}
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False) + "\n")
        print("wrote", name)
    print(len(CASES), "cases")


if __name__ == "__main__":
    main()
