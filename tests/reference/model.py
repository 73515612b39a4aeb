"""Independent Python reference implementation of the Boussole planning contract.

Source of truth: the team's planning contract (planning model v3), sections §1-§16. Written from
the contract alone (the Rust engine under src/ was deliberately not read) so that the golden
cases in tests/cases/ cross-check the engine.

    plan(input)   -> PlanOutput  (§10, with months of §6, alertRules/okr of §12, paidAllocation
                                  of §13, outlook of §14, history of §15, benchmarks of §16)
    review(input) -> ReviewOutput (§11)
    self_check()  -> the first SplitMix64 uniforms for seed 0 (one draw: four of them) and
                     triangular factors (§14), for comparison with another implementation
                     (python3 model.py prints them)

Text the reference cannot reproduce (objective text, status reasons, warning/alert messages,
OKR sentences) is output as "*", which the golden test treats as "not compared". The OKR's key
results are a list of "*", one per key result, so that their number is compared (D23).

Decisions taken where the contract is silent or ambiguous (also listed in README/report).
D1-D37 were taken on v2; those v3 changed are rewritten in place, D38-D50 are new in v3.
 D1  Any division by zero gives None (null). Divisions whose divisor cannot be zero for valid
     input are computed directly.
 D2  Solvers (§6 compound x, §13 mu) run bisection until the bracket stops shrinking (the
     midpoint equals one of its ends; at most 5000 steps, far more than the ~60-1100 needed)
     and return the end whose residual is smaller: machine precision, so that two independent
     implementations agree to ~1e-12, well inside the 1e-9 comparison (the contract asks 1e-9).
     Compound: x in [0, 1], doubled until the sum reaches E. §13: see D24; the model refuses
     (ValueError) a split whose extra revenues miss R by more than the contract's 1e-9.
 D3  Seasonality shares are indexed by CALENDAR quarter; plan quarter q maps to calendar quarter
     ((start.quarter-1 + q-1) mod 4)+1 of year start.year + (start.quarter-1 + q-1)//4.
 D4  Objectives order: the plan, then channels with extraRevenue_c > 0 (input order), then
     quarters 1..4. A quarter's `achievable` is its own yoyGrowthRate against the §3 thresholds;
     its `realistic` is the plan's rule (v3 §9: "for the plan and each quarter"), so identical to
     the plan's.
 D5  Channel `achievable` (v3): a channel with a curve (perClick/spend with o0 > 0, doublingGain
     1 included) by spendMultiple_c: <= 2 ok, <= 4 warning, else fail; a paid channel without
     traffic: warning; every other channel by trafficGrowthRate_c against exactly the plan's
     thresholds of §3 (1.25r / 2r when pastGrowthRate r > 0, else 0.15 / 0.30), null -> warning.
 D6  Channel `realistic` (v3): with a verdict, withinTarget ok / belowTarget warning /
     lossMaking fail, then feasible_c = false lowers ok to warning and profitable_c = false sets
     fail (null feasible/profitable change nothing). Verdict null ("counts as having no cost":
     none, a paid channel without traffic; a fixed or curved channel with extraRevenue_c > 0
     always has a verdict): ok when trafficGrowthRate_c <= rho (D41), else warning; null
     trafficGrowthRate_c (no traffic today) -> warning.
 D7  firstOrderProfitable is null when cpa_c is null.
 D8  (v1's warning order, replaced by D21.)
 D9  alertRules entries are {quarter, channel, metric, comparator, threshold}; channel is null for
     the revenue rule, the channel id otherwise. v3: the cpa rule exists exactly where
     quarters[q].channels[c].plannedCpa is not null (D39), threshold plannedCpa_{c,q}*(1+t).
 D10 Review quarters: all 4 plan quarters. Closed: status from attainment, reforecast fields null.
     Open: status "open", actualRevenue and attainment null, reforecast fields per §11 (when
     remainingExtra <= 0 the plan is kept, E'_q = E_q).
 D11 v3 projection: attainmentSoFar = sum closed actual_q / sum closed targetRevenue_q (its
     divisor is > 0 for valid input), projectedRevenue = sum closed actual_q + attainmentSoFar *
     sum open targetRevenue_q (with no open quarter: the actuals). paceFactor is still output
     (null if sum closed E_q were 0, impossible for valid input). requiredVsPlanned null with no
     open quarter.
 D12 channelKpis: for each closed quarter (ascending), each channel entry of actuals[q].channels in
     the order given in the actuals. sessions = actual sessions (null if missing),
     targetSessions = 3 * targetSessionsPerMonth_{c,q}, plannedConversionRate = cr_c, targetCpa =
     targetCpa_c (given even for cost model "none"), v3: plannedCpa = plannedCpa_{c,q} of §6
     (null for none and for a paid channel without traffic).
 D13 Alerts: by quarter; revenue first; then channels in PLAN order (only those with actuals),
     metric order sessions, conversion, cpa. A metric that is null raises no alert.
     actual/threshold: revenue -> actual_q / targetRevenue_q(1-t); sessions -> sessions /
     targetSessions(1-t); conversion -> orders/sessions / cr_c(1-t); v3 cpa_above_plan ->
     spend/orders / plannedCpa_{c,q}(1+t), only when both exist. Comparisons are strict (<, >)
     with D38's tolerance (a figure within 1e-12 of its threshold raises nothing).
 D14 totals.costPerExtraOrder = extraCost / sum extraOrders_c: 0 (not null) when extraCost is 0
     (its divisor is > 0 for valid input); mer and roi are null when extraCost is 0.
 D15 doublingGain exactly 1 sets beta = 1 exactly (not via log2(2)) and the straight-line
     formulas: S1 = S0*o1/o0, marginalCpa = totalCpa = S1/o1; ceiling oMax = inf when
     currentCpa_c <= targetCpa_c (feasible true, feasibleExtraRevenue null), else oMax = o0
     (feasibleExtraRevenue 0, feasible iff extraOrders_c = 0); break-even likewise with
     maxCpaLifetime_c (inf or 0). Such a channel is paid: it counts in paidCpa, but not in §13's
     P (d < 1 there). In §14 its drawn d_i is 1 (beta_i = 1 exactly).
 D16 targetCpa_c <= 0 (possible with a negative unit margin): the ceiling formula is applied as
     written: beta < 1 gives max(1, targetCpa_c*beta/currentCpa_c) = 1, so oMax = o0; beta = 1
     gives currentCpa_c > 0 >= targetCpa_c, so oMax = o0. feasibleExtraRevenue = 0, feasible is
     false as soon as extraOrders_c > 0.
 D17 Overflow: a ceiling whose power overflows (Python OverflowError) or whose value is not
     finite counts as inf (feasible true, feasibleExtraRevenue null). feasibleExtraRevenue is also
     null when oMax is finite but 12*(oMax-o0)*aov_c is not (every output number is finite).
     The spend at the target S1 can overflow too (o1/o0 ~ 1e22 with doublingGain 0.05): the
     contract gives no figure for it, so this model refuses such input (ValueError).
 D18 A paid channel (o0 > 0) with extraOrders_c = 0 (goalShare 0): o1 = o0, S1 = S0, extraCost 0,
     spendMultiple 1, marginalCpa = currentMarginalCpa, totalCpa = currentCpa, feasible true,
     ceiling and break-even as usual (profitable = o0 <= oBreakEven, paid_channel_over_spent can
     fire); cpa and roas null (zero divisor), so verdict and firstOrderProfitable are null.
     It stays in paidCpa's sums (adding 0 and 0), in §13's P, and is priced in §14 (M_c = its
     revenue).
 D19 A paid channel with o0 = 0 (sessions 0): extraCost 0 and every other §5.2 figure null
     (cpa ... firstOrderProfitable, spendMultiple, break-even); but maxCpc (§5.1: "even with no
     traffic today") and plannedMonthlySpend = S0 (perClick: 0; spend: currentMonthly) exist, so
     its quarters' plannedSpend is 12*sigma_q*S0 and months carry it; plannedCpa null. Left out
     of paidCpa and §13; in §14 it follows the trend (revenue 0). Its channel_without_traffic
     warning follows §10's trigger (sessions 0 and extraRevenue_c > 0), like every other kind.
 D20 Scenario costPerExtraOrder = extraCost / (f * sum extraOrders_c): 0 when extraCost is 0;
     roi null when extraCost is 0. totals.paidCpa is null when no paid channel with o0 > 0 exists
     or their extra orders sum to 0.
 D21 Warnings: in the order codes are listed in §10 (conversion_above_100, lever_out_of_reach,
     budget_exceeded, loss_making_channel, aggressive_goal, channel_without_traffic,
     beyond_feasible, no_cost_planned, prudent_scenario_loses_money, negative_unit_margin,
     implausible_conversion_rate, baseline_differs_from_history, then v3's plan_loses_money,
     paid_channel_over_spent, paid_split_loses_money); within one code, the plan's warning
     first, then channels in input order. Fields:
       conversion_above_100         channels[i].conversionRate
       lever_out_of_reach           cartAbandonmentRate
       budget_exceeded              marketingBudget
       loss_making_channel          channels[i].cost
       aggressive_goal              goal
       channel_without_traffic      channels[i].sessionsPerMonth
       beyond_feasible              channels[i].cost   (the curve and its cost set the ceiling)
       no_cost_planned              null               (every channel's cost model together)
       prudent_scenario_loses_money scenarios.prudent
       negative_unit_margin         orderCosts.perOrder for the plan; channels[i].averageOrderValue
                                    for a channel (D22)
       implausible_conversion_rate  channels[i].conversionRate
       baseline_differs_from_history history.months   (D36)
       plan_loses_money             goal               (§10)
       paid_channel_over_spent      channels[i].cost   (§10; every curved channel, D18)
       paid_split_loses_money       null               (§10)
 D22 negative_unit_margin: one warning for the plan when its firstOrderMargin <= 0 or
     customerMargin <= 0 (only a per-order cost can make them so, hence its field); one per
     channel that gives its own averageOrderValue and whose own margins (§4 with aov_c) are <= 0.
     A channel that takes the plan's AOV has the plan's margins and is covered by the plan's
     warning.
 D23 OKR key results (their number is compared): 1 for the target revenue; 1 for the CPA of the
     paid channels (perClick/spend) together, when at least one paid channel has
     extraRevenue_c > 0 (P = 1, else 0); the largest channel targets: channels with
     extraRevenue_c > 0 by extraRevenue_c descending (ties: input order), as many as fit in 6,
     i.e. min(count, 5 - P); when that makes fewer than 3 (one channel target and no paid
     channel), one more key result on the plan's extra orders. So 3 <= count <= 6.
 D24 §13: P = channels with model perClick/spend, o0 > 0 and doublingGain < 1. mu is bracketed
     from mu_lo = min_c currentCpa_c/(aov_c*beta_c) (every channel at o0, sum = 0 < R), doubling
     mu_hi until the sum reaches R; bisection on log mu (midpoint sqrt(lo)*sqrt(hi)) until it
     stops shrinking (D2). Channel figures at that mu: extraRevenue 12(o_c-o0_c)aov_c, extraCost
     12(S_c - S0_c), marginalCpa S_c/(beta_c o_c), spendMultiple S_c/S0_c. A power that
     overflows counts as inf (only in the bracket search). maxProfitableExtraRevenue and
     maxBreakEvenExtraRevenue are null when one of their terms is null (D17, D44). lossMaking
     compares each entry's marginalCpa with maxCpaLifetime_c (D38), only for entries with
     extraRevenue > 0. With a single channel in P there is nothing to split: its entry is the
     channel's own §5.2 figures and saving is exactly 0.
 D25 Order costs: `orderCosts` null or absent, and each of its keys absent, count as 0.
     v3 extraContribution = sum extraOrders_c * value_c - extraCost with value_c =
     customerMargin_c for a channel with a cost (D39) and marginPerOrder_c for the others (none,
     a paid channel without traffic).
 D26 Validation: errors in the order unknown top-level keys, then the §1 fields in table order
     (orderCosts after grossMarginRate) with `goal` last; inside an object, its unknown keys
     first, then its keys in §1 order. Codes: not an object/array/string -> wrong_type; number
     expected -> not_a_number; year/quarter not whole -> not_an_integer; |x| > 1e12 or
     0 < |x| < 1e-9 -> out_of_range; currency or id characters -> invalid_format; id or label
     length -> invalid_length; v3: a label of valid length with a control character
     (U+0000-U+001F, U+007F-U+009F) -> invalid_format (a label both too long and with a control
     character reports its length only); seasonality/rampWeights not 4 long -> wrong_length;
     [] -> no_channels; > 12 -> too_many_channels (its channels are then not checked);
     some goalShare given -> shares_incomplete (field `channels`); two goal keys ->
     conflicting_goals (field `goal`). v3: A is computed when the plan's averageOrderValue and
     every channel's sessionsPerMonth, conversionRate and averageOrderValue are valid (channels
     a list of 1-12 objects), whatever else is wrong (labels, ids, shares, costs, ...); then
     A = 0 -> no_baseline (field `channels`, after the shares' error), and with A > 0 the goal's
     bounds: targetRevenue <= A -> not_above_baseline, > 11 A -> out_of_range; extraRevenue >
     10 A -> out_of_range (all at goal.KEY). With A unknown or 0 only the goal's own ranges are
     checked (growthRate 0 < g <= 10; extraRevenue, targetRevenue > 0). v1's {model:"monthly",
     amount >= 0} is accepted and read as fixed.
 D27 Reviews: actuals not a list -> wrong_type, [] -> no_actuals, more than 4 ->
     too_many_actuals, quarter i+1 expected at actuals[i] -> actuals_not_in_order (field
     actuals[i].quarter), unknown channel id -> unknown_channel (actuals[i].channels[j].id).
     A review's plan is the full PlanOutput: with its months, outlook, history and benchmarks.
 D28 §14 validation of `uncertainty` (checked after alertTolerance, before channels: §1's table
     order): not an object -> wrong_type; its unknown keys -> unknown_field (uncertainty.KEY)
     first, then traffic, conversionRate, averageOrderValue, doublingGain, draws, seed. The three
     first half-widths are REQUIRED (§14 marks only doublingGain, draws and seed optional):
     absent or null -> required; each 0 <= u < 1 and the general bounds (0 < u < 1e-9 ->
     out_of_range). doublingGain: absent or null -> 0 (so a v2 uncertainty is valid), else
     0 <= u < 1. draws: a whole number (not_an_integer) 100-100000 (out_of_range), absent or
     null -> 4000. seed: a whole number 0 <= s < 2^53, absent or null -> 42, exempt from the
     general 1e12 bound (the conventions say so).
 D29 §14 draws (v3): ONE SplitMix64 stream, seeded once with `seed`, 64-bit arithmetic masked to
     2^64; draw i takes the uniforms 4i..4i+3 in the order traffic, conversion, order value,
     doubling gain (always four); U = (z >> 11) * 2^-53 in [0, 1). Triangular factor evaluated
     as (1 - u) + u*sqrt(2U) when U < 0.5, else (1 + u) - u*sqrt(2(1 - U)); u = 0 gives exactly
     1. The draw's factors apply to every channel alike. R_i = sum over channels in input order
     of: trend channel ((revenue_c*(1+rho))*f_t)*f_c*f_a; fixed (revenue_c +
     extraRevenue_c*f_t)*f_c*f_a; curved channel 12*o0_c*(S1_c/S0_c)**beta_i*aov_c*f_c*f_a with
     beta_i = log2(1 + min(0.95, d_c*f_d)) for d_c < 1, beta_i = 1 for d_c = 1 (the ratio is
     spendMultiple_c). C_i = ((R_i - A)*(extraContribution + extraCost))/E - extraCost.
 D30 §14 output: {draws, referenceGrowth, momentumRevenue, effortGap, probabilityOfGoal,
     revenue: {p10, p50, p90}, contribution: {p10, p50, p90}, probabilityOfLoss}; each list
     sorted ascending, quantile P = element (P*(N-1))//100; probabilityOfGoal = #{R_i >= T}/N
     with T = goal.targetRevenue and D38's tolerance (a draw within 1e-12 of T reaches it: the
     conventions list draws), probabilityOfLoss = #{C_i < 0}/N exactly (a comparison with 0).
     outlook is null when uncertainty is absent or null.
 D31 §15 validation of `history` (checked after seasonality: §1's table order): not an object ->
     wrong_type; unknown keys -> unknown_field (history.KEY); months absent or null -> required
     (history.months); not a list -> wrong_type; fewer than 12 -> history_too_short, more than 36
     -> wrong_length (both at history.months; its entries are then not checked, as for
     seasonality's 4 numbers); each entry a number >= 0 within the general bounds
     (history.months[j]: not_a_number / out_of_range).
 D32 §15 calendar: the plan starts on the first month of start.quarter; entry N-1 is the month
     before, entry j lies N-j months before the start. The last 12 entries are therefore exactly
     the 4 whole calendar quarters before the start, one entry per calendar month; "revenue of
     calendar quarter Q" sums its 3 entries among the last 12.
 D33 §15 derived seasonality, when `seasonality` is absent or null: rev_Q as in D32, sigma_Q =
     rev_Q / (rev_1 + rev_2 + rev_3 + rev_4). When any rev_Q is 0 (all-zero months included) none
     is derived: §6 uses equal shares. A derived seasonality feeds §6 exactly as an explicit one
     (the rev_Q are normalised as explicit seasonality is).
 D34 history.seasonality in the output is "the values used", 4 shares in CALENDAR order Q1..Q4:
     an explicit seasonality (which wins over history) normalised, s_Q / sum s; else the derived
     sigma_Q; else null (none derived: §15 says "output null", though §6 uses equal shares).
 D35 §15 past growth, when `pastGrowthRate` is absent or null and N >= 24: (sum of the last 12) /
     (sum of the 12 before) - 1, null when the 12 before sum to 0 (then no reference in §3). The
     value used (explicit, else derived, else null) is r everywhere the §3 thresholds apply (§3,
     channels D5, quarters D4), rho of §14 (D41), and is output as history.pastGrowthRate. A
     derived value may be -1 (last 12 months all 0); like any r <= 0 it gives no §3 reference.
 D36 history output {months: N, lastYearRevenue, seasonality, pastGrowthRate}, null without
     `history`; lastYearRevenue = sum of the last 12 entries. Warning baseline_differs_from_history
     (field history.months) when lastYearRevenue > 0 and |A / lastYearRevenue - 1| > 0.10
     (strict, D38), in §10's order (D21: v3's three codes come after it).
 D37 §16 benchmarks: for each channel in input order, kind seo -> reference 0.02 and kind sea ->
     0.04 (source "Objectifs commerciaux en ligne (article de méthode)", year 2024; the method
     article's examples), other kinds none; then, when cartAbandonmentRate is given, reference 0.7
     (source "Baymard Institute, Cart Abandonment Rate Statistics", year 2024). Entry {field,
     value, reference, source, year, note}: field channels[i].conversionRate or
     cartAbandonmentRate, value the input figure (also for a channel with 0 sessions), note "*"
     (text, not compared); the source is a citation, the same in both locales. benchmarks is null
     when no comparison applies (§10: "null when they do not apply"), never [].
 D38 (v3) The conventions' tolerance: x is "equal" to a threshold t when |x - t| <= 1e-12*|t|
     (relative to the threshold; so exact when t = 0, and never when t is infinite); x <= t
     means x <= t or equal, x < t means x < t and not equal (likewise >=, >). Applied to: §3/§9
     achievability (g, trafficGrowthRate, yoyGrowthRate, spendMultiple against 2 and 4),
     trafficGrowthRate <= rho, verdicts and firstOrderProfitable, feasible and the beta = 1
     ceilings, profitable, budgetFits, the review's statuses and requiredVsPlanned bands, every
     alert, the warnings conversion_above_100 (> 1), implausible_conversion_rate (> 0.25),
     baseline_differs_from_history (> 0.10), paid_channel_over_spent (oBreakEven < o0), §13's
     lossMaking, and §14's R_i >= T. Comparisons with 0 (extraContribution < 0, C_i < 0,
     remainingExtra <= 0, the lever < 0, margins <= 0, extraRevenue_c > 0, ...) are exact.
 D39 (v3) "A channel with a cost" (§5.3 value_c, §6 plannedCpa, §12 cpa rule, §14 priced
     momentum) is a channel whose model is fixed (v1's monthly; any amount, 0 included: then its
     planned CPA is 0) or perClick/spend with o0 > 0. For the §9 statuses the contract's own
     rule applies instead ("a channel whose verdict is null counts as having no cost"); for a
     channel with extraRevenue_c > 0, the only one §9 judges, both definitions agree.
 D40 (v3) Months (§6): plan month 3(q-1)+j+1 is the j-th month of plan quarter q's calendar
     quarter (calendar month 3(cq-1)+j+1, of that quarter's year). Weights w_m come from the
     history's last 12 entries (D32: one per calendar month) whenever `history` is given, even
     with an explicit seasonality (which still sets the quarters); 1/3 without history or when
     that calendar quarter sums to 0. A month's plannedSpend is sum over channels of
     plannedSpend_{c,q}*w_m for every paid channel (D19 included) plus `monthly` for a fixed one.
 D41 (v3) rho of §14 = the pastGrowthRate used (typed, else derived by §15, whatever its sign),
     else 0 (also when the derivation gives null). rho exists with or without `uncertainty`:
     §9 compares unpriced channels' growth with it; it is output as outlook.referenceGrowth.
 D42 (v3) §9 plan/quarter realistic counts only channels with extraRevenue_c > 0 for the channel
     conditions; extraContribution < 0 and budgetFits = false are plan-wide. "Growing beyond rho
     without cost" is exactly a counted channel whose own realistic is warning by the no-cost
     rule of D6 (trafficGrowthRate_c > rho, or null: a channel with no traffic today, including
     a paid one without traffic).
 D43 (v3) effortGap = max(0, T - momentumRevenue) literally, with momentumRevenue summed over
     channels in input order. With every channel priced it is a rounding residue (or, with given
     goalShares summing to 1 +- 1e-6, up to 1e-6 E): the golden cases avoid that situation
     except with figures exact in binary; the differential compares effortGap at the scale of T.
 D44 (v3) Break-even (§5.2): maxCpaLifetime_c <= 0 -> spendAtBreakEven, breakEvenExtraRevenue,
     profitable null and no paid_channel_over_spent. beta < 1: oBreakEven = o0*x^(beta/(1-beta)),
     x = maxCpaLifetime_c*beta/currentCpa_c, inf when the power overflows (-> null, null, true);
     it may underflow to 0 (then spendAtBreakEven 0). spendAtBreakEven or breakEvenExtraRevenue
     that are not finite while oBreakEven is are null (as D17), profitable = o1 <= oBreakEven.
 D45 (v3) maxCpc_c is null for the models none and fixed (§5.1), targetCpa_c * cr_c for
     perClick/spend, also with no traffic today (v2's model gave it for every channel).
 D46 (v3) §13 lossMaking and paid_split_loses_money exist whenever paidAllocation does (the
     single-channel case included, from the channel's own marginalCpa); paid_split_loses_money
     is raised exactly when paidAllocation.lossMaking is true.
 D47 (v3) §11 progress keys in the order extraSoFar, goalShareReached, remainingExtra,
     paceFactor, attainmentSoFar, projectedRevenue, projectedGoalAttainment,
     projectedTargetAttainment, requiredVsPlanned, reforecastStatus (as §11 lists them).
"""
from __future__ import annotations

import math
import re

# --------------------------------------------------------------------------- helpers

INF = math.inf
TOL = 1e-12  # the conventions' relative tolerance of comparisons with a threshold (D38)


def div(a, b):
    """a / b, None on a zero divisor or a None operand (D1)."""
    if a is None or b is None or b == 0:
        return None
    return a / b


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def pw(x, y):
    """x ** y for x >= 0, inf on overflow (D17)."""
    try:
        return x ** y
    except OverflowError:
        return INF


def fin(v):
    """v when finite, else None (every output number is finite)."""
    return v if v is not None and math.isfinite(v) else None


def near(x, t):
    """x within a relative 1e-12 of the threshold t (exact when t is 0 or infinite) (D38)."""
    if x == t:
        return True
    if not math.isfinite(t) or not math.isfinite(x):
        return False
    return abs(x - t) <= TOL * abs(t)


def le(x, t):
    return x <= t or near(x, t)


def lt(x, t):
    return x < t and not near(x, t)


def ge(x, t):
    return x >= t or near(x, t)


def gt(x, t):
    return x > t and not near(x, t)


def calendar(start, q):
    k = start["quarter"] - 1 + q - 1
    return start["year"] + k // 4, k % 4 + 1


def label(locale, year, cq):
    return ("T" if locale == "fr" else "Q") + f"{cq} {year}"


MONTHS_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
             "nov.", "déc."]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def month_label(locale, year, month):
    return (MONTHS_FR if locale == "fr" else MONTHS_EN)[month - 1] + f" {year}"


def classify(g, r):
    """§3 thresholds (also used for channels and quarters, D5/D4), with D38's tolerance."""
    if r is not None and r > 0:
        lo, hi = 1.25 * r, 2 * r
    else:
        lo, hi = 0.15, 0.30
    if le(g, lo):
        return "inLine"
    if le(g, hi):
        return "stretch"
    return "aggressive"


ACH_STATUS = {"inLine": "ok", "stretch": "warning", "aggressive": "fail"}
PAID = ("perClick", "spend")
DEFAULT_DOUBLING_GAIN = 0.6

# --------------------------------------------------------------------------- defaults

TOP_KEYS = ["locale", "currency", "start", "averageOrderValue", "grossMarginRate", "orderCosts",
            "ordersPerCustomer", "pastGrowthRate", "seasonality", "history", "goal",
            "milestones", "targetLtvToCac", "marketingBudget", "scenarios",
            "cartAbandonmentRate", "alertTolerance", "uncertainty", "channels"]
CHANNEL_KEYS = ["id", "label", "kind", "sessionsPerMonth", "conversionRate",
                "averageOrderValue", "goalShare", "cost"]
ORDER_COST_KEYS = ["perOrder", "returnRate", "firstOrderDiscount"]
COST_KEYS = {"none": ["model"], "perClick": ["model", "costPerClick", "doublingGain"],
             "spend": ["model", "currentMonthly", "doublingGain"], "fixed": ["model", "monthly"],
             "monthly": ["model", "amount"]}
GOAL_KEYS = ["growthRate", "extraRevenue", "targetRevenue"]


def norm_cost(cost):
    """The cost model with v1's monthly read as fixed and doublingGain defaulted."""
    if cost is None:
        return {"model": "none"}
    cost = dict(cost)
    if cost["model"] == "monthly":
        return {"model": "fixed", "monthly": cost["amount"]}
    if cost["model"] in PAID and cost.get("doublingGain") is None:
        cost["doublingGain"] = DEFAULT_DOUBLING_GAIN
    return cost


def with_defaults(inp):
    p = dict(inp)
    # §15 history (D32-D36): derived seasonality and past growth, before the defaults apply.
    p["historyOut"] = None
    p["monthWeights"] = None
    if p.get("history") is not None:
        hf = history_figures(p["history"]["months"], p["start"])
        p["monthWeights"] = hf["monthWeights"]  # D40
        if p.get("seasonality") is None:
            if all(x > 0 for x in hf["quarterRevenue"]):  # D33
                p["seasonality"] = list(hf["quarterRevenue"])
        seas_used = None
        if p.get("seasonality") is not None:
            tot = sum(p["seasonality"])
            seas_used = [x / tot for x in p["seasonality"]]  # D34
        if p.get("pastGrowthRate") is None and hf["months"] >= 24:
            p["pastGrowthRate"] = hf["pastGrowthRate"]  # D35
        p["historyOut"] = {"months": hf["months"], "lastYearRevenue": hf["lastYearRevenue"],
                           "seasonality": seas_used, "pastGrowthRate": p.get("pastGrowthRate")}
    # §14 uncertainty (D28)
    u = p.get("uncertainty")
    if u is not None:
        u = dict(u)
        if u.get("doublingGain") is None:
            u["doublingGain"] = 0
        if u.get("draws") is None:
            u["draws"] = DEFAULT_DRAWS
        if u.get("seed") is None:
            u["seed"] = DEFAULT_SEED
        p["uncertainty"] = u
    if p.get("locale") is None:
        p["locale"] = "fr"
    if p.get("currency") is None:
        p["currency"] = "EUR"
    oc = p.get("orderCosts") or {}
    p["orderCosts"] = {k: (oc.get(k) or 0) for k in ORDER_COST_KEYS}  # D25
    if p.get("ordersPerCustomer") is None:
        p["ordersPerCustomer"] = 1
    p.setdefault("pastGrowthRate", None)
    if p.get("seasonality") is None:
        p["seasonality"] = [1, 1, 1, 1]
    if p.get("milestones") is None:
        p["milestones"] = {"mode": "ramp", "rampWeights": [5, 7, 8, 10]}
    else:
        m = dict(p["milestones"])
        if m.get("mode") is None:
            m["mode"] = "ramp"
        if m.get("rampWeights") is None:
            m["rampWeights"] = [5, 7, 8, 10]
        p["milestones"] = m
    if p.get("targetLtvToCac") is None:
        p["targetLtvToCac"] = 3
    p.setdefault("marketingBudget", None)
    if p.get("scenarios") is None:
        p["scenarios"] = {"prudent": 0.8, "ambitious": 1.2}
    p.setdefault("cartAbandonmentRate", None)
    if p.get("alertTolerance") is None:
        p["alertTolerance"] = 0.10
    chans = []
    for c in p["channels"]:
        c = dict(c)
        c["ownAov"] = c.get("averageOrderValue") is not None
        if not c["ownAov"]:
            c["averageOrderValue"] = p["averageOrderValue"]
        c.setdefault("goalShare", None)
        c["cost"] = norm_cost(c.get("cost"))
        chans.append(c)
    p["channels"] = chans
    return p


# --------------------------------------------------------------------------- §14 outlook

MASK64 = (1 << 64) - 1
DEFAULT_DRAWS = 4000
DEFAULT_SEED = 42
UNCERTAINTY_KEYS = ["traffic", "conversionRate", "averageOrderValue", "doublingGain", "draws",
                    "seed"]


class SplitMix64:
    """§14's generator, with explicit 64-bit masking (D29)."""

    def __init__(self, seed):
        self.state = int(seed) & MASK64

    def next_u64(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def uniform(self):
        """U = (z >> 11) * 2^-53, in [0, 1) (exact: z >> 11 < 2^53)."""
        return (self.next_u64() >> 11) * 2.0 ** -53


def triangular(u, U):
    """Symmetric triangular factor on [1-u, 1+u] at the uniform U (D29)."""
    if U < 0.5:
        return (1 - u) + u * math.sqrt(2 * U)
    return (1 + u) - u * math.sqrt(2 * (1 - U))


def quantile(sorted_values, P):
    """Element floor(P(N-1)/100), integer arithmetic, 0-based (D30)."""
    return sorted_values[(P * (len(sorted_values) - 1)) // 100]


def momentum_rows(chans, ch_out, priv, rho):
    """§14 momentum: per channel (kind, M_c, figures for the draws) (D29, D39)."""
    rows = []
    for c, co, pv in zip(chans, ch_out, priv):
        rev, extra = co["currentRevenue"], co["extraRevenue"]
        if pv["curve"]:
            rows.append(("paid", rev + extra, (pv["o0"], pv["S1"] / pv["S0"], pv["aov"],
                                               c["cost"]["doublingGain"])))
        elif c["cost"]["model"] == "fixed":
            rows.append(("fixed", rev + extra, (rev, extra)))
        else:
            rows.append(("trend", rev * (1 + rho), (rev,)))
    return rows


def outlook(unc, rows, rho, A, E, T, extra_contrib, extra_cost):
    """§14 (D29, D30, D43)."""
    N = int(unc["draws"])
    ut, uc, ua, ud = (unc["traffic"], unc["conversionRate"], unc["averageOrderValue"],
                      unc["doublingGain"])
    momentum = 0.0
    for _, M, _ in rows:
        momentum += M
    rng = SplitMix64(unc["seed"])
    K = extra_contrib + extra_cost
    revenue, contribution = [], []
    for _ in range(N):
        ft = triangular(ut, rng.uniform())
        fc = triangular(uc, rng.uniform())
        fa = triangular(ua, rng.uniform())
        fd = triangular(ud, rng.uniform())
        R = 0.0
        for kind, _, fig in rows:
            if kind == "trend":
                R += fig[0] * (1 + rho) * ft * fc * fa
            elif kind == "fixed":
                R += (fig[0] + fig[1] * ft) * fc * fa
            else:
                o0, multiple, aov, d = fig
                if d < 1:
                    b = math.log2(1 + min(0.95, d * fd))
                else:
                    b = 1.0
                R += 12 * o0 * multiple ** b * aov * fc * fa
        revenue.append(R)
        contribution.append((R - A) * K / E - extra_cost)
    goal_hits = sum(1 for R in revenue if ge(R, T))  # D30: a draw within 1e-12 of T reaches it
    losses = sum(1 for C in contribution if C < 0)  # a comparison with 0 is exact
    revenue.sort()
    contribution.sort()
    return {
        "draws": N,
        "referenceGrowth": rho,
        "momentumRevenue": momentum,
        "effortGap": max(0.0, T - momentum),
        "probabilityOfGoal": goal_hits / N,
        "revenue": {"p10": quantile(revenue, 10), "p50": quantile(revenue, 50),
                    "p90": quantile(revenue, 90)},
        "contribution": {"p10": quantile(contribution, 10), "p50": quantile(contribution, 50),
                         "p90": quantile(contribution, 90)},
        "probabilityOfLoss": losses / N,
    }


def self_check():
    """Values another implementation of §14 can compare: the first four U for seed 0 (one draw),
    the raw 64-bit outputs behind them, and the triangular factor at U = 0, 0.5, 1 for u = 0.2."""
    rng = SplitMix64(0)
    raw = [rng.next_u64() for _ in range(4)]
    return {
        "seed0_u64": [f"0x{z:016x}" for z in raw],
        "seed0_uniforms": [(z >> 11) * 2.0 ** -53 for z in raw],
        "triangular_u0.2": {U: triangular(0.2, U) for U in (0.0, 0.5, 1.0)},
    }


# --------------------------------------------------------------------------- §15 history


def history_figures(months, start):
    """§15 figures from the monthly revenue (D32-D36, D40)."""
    N = len(months)
    first = (start["quarter"] - 1) * 3  # calendar month (0-based) of the plan's first month
    quarter_rev = [0.0, 0.0, 0.0, 0.0]
    by_month = [0.0] * 12
    for j in range(N - 12, N):
        month = (first - (N - j)) % 12  # D32
        by_month[month] = months[j]
        quarter_rev[month // 3] += months[j]
    weights = []
    for m in range(12):
        qs = by_month[3 * (m // 3):3 * (m // 3) + 3]
        tot = qs[0] + qs[1] + qs[2]
        weights.append(by_month[m] / tot if tot > 0 else 1 / 3)
    last = sum(months[N - 12:], 0.0)
    growth = None
    if N >= 24:
        before = sum(months[N - 24:N - 12], 0.0)
        growth = div(last, before)
        growth = None if growth is None else growth - 1
    return {"months": N, "quarterRevenue": quarter_rev, "lastYearRevenue": last,
            "pastGrowthRate": growth, "monthWeights": weights}


# --------------------------------------------------------------------------- §16 benchmarks

ARTICLE = "Objectifs commerciaux en ligne (article de méthode)"
BAYMARD = "Baymard Institute, Cart Abandonment Rate Statistics"
CONVERSION_REFERENCES = {"seo": (0.02, ARTICLE, 2024), "sea": (0.04, ARTICLE, 2024)}
CART_ABANDONMENT_REFERENCE = (0.7, BAYMARD, 2024)


def benchmarks(chans, cart_abandonment):
    """§16 (D37)."""
    out = []
    for i, c in enumerate(chans):
        ref = CONVERSION_REFERENCES.get(c["kind"])
        if ref is not None:
            out.append({"field": f"channels[{i}].conversionRate", "value": c["conversionRate"],
                        "reference": ref[0], "source": ref[1], "year": ref[2], "note": "*"})
    if cart_abandonment is not None:
        ref = CART_ABANDONMENT_REFERENCE
        out.append({"field": "cartAbandonmentRate", "value": cart_abandonment,
                    "reference": ref[0], "source": ref[1], "year": ref[2], "note": "*"})
    return out or None


# --------------------------------------------------------------------------- validation (D26)

FIELD_ORDER = ["locale", "currency", "start", "averageOrderValue", "grossMarginRate",
               "orderCosts", "ordersPerCustomer", "pastGrowthRate", "seasonality", "history",
               "milestones", "targetLtvToCac", "marketingBudget", "scenarios",
               "cartAbandonmentRate", "alertTolerance", "uncertainty", "channels", "goal"]
CONTROL = re.compile("[\u0000-\u001f\u007f-\u009f]")


def validate(inp, extra_keys=()):
    errs = []

    def err(field, code):
        errs.append({"field": field, "code": code})

    if not isinstance(inp, dict):
        return [{"field": None, "code": "wrong_type"}]
    for k in inp:
        if k not in TOP_KEYS and k not in extra_keys:
            err(k, "unknown_field")

    def number(field, v, ok, required=False, integer=False, general_bounds=True):
        if v is None:
            if required:
                err(field, "required")
            return None
        if not is_num(v):
            err(field, "not_a_number")
            return None
        if integer and v != int(v):
            err(field, "not_an_integer")
            return None
        if general_bounds and (abs(v) > 1e12 or (v != 0 and abs(v) < 1e-9)) or not ok(v):
            err(field, "out_of_range")
            return None
        return v

    def obj(field, v, keys):
        """True when v is an object; reports its unknown keys."""
        if not isinstance(v, dict):
            err(field, "wrong_type")
            return False
        for k in v:
            if k not in keys:
                err(f"{field}.{k}", "unknown_field")
        return True

    def four(field, v):
        if not isinstance(v, list):
            err(field, "wrong_type")
        elif len(v) != 4:
            err(field, "wrong_length")
        else:
            for i, s in enumerate(v):
                number(f"{field}[{i}]", s, lambda x: x > 0, True)

    present = lambda k: k in inp and inp[k] is not None  # noqa: E731

    plan_aov_ok = False
    A = None  # the baseline, when it can be computed (D26)
    for f in FIELD_ORDER:
        v = inp.get(f)
        if f == "locale":
            if present(f) and v not in ("fr", "en"):
                err(f, "not_a_choice" if isinstance(v, str) else "wrong_type")
        elif f == "currency":
            if present(f):
                if not isinstance(v, str):
                    err(f, "wrong_type")
                elif not re.fullmatch(r"[A-Z]{3}", v):
                    err(f, "invalid_format")
        elif f == "start":
            if not present(f):
                err(f, "required")
            elif obj(f, v, ["year", "quarter"]):
                number("start.year", v.get("year"), lambda x: 2000 <= x <= 2100, True, True)
                number("start.quarter", v.get("quarter"), lambda x: 1 <= x <= 4, True, True)
        elif f == "averageOrderValue":
            plan_aov_ok = number(f, v, lambda x: x > 0, True) is not None
        elif f == "grossMarginRate":
            number(f, v, lambda x: 0 < x <= 1, True)
        elif f == "orderCosts":
            if present(f) and obj(f, v, ORDER_COST_KEYS):
                number("orderCosts.perOrder", v.get("perOrder"), lambda x: x >= 0)
                number("orderCosts.returnRate", v.get("returnRate"), lambda x: 0 <= x < 1)
                number("orderCosts.firstOrderDiscount", v.get("firstOrderDiscount"),
                       lambda x: 0 <= x < 1)
        elif f == "ordersPerCustomer":
            number(f, v, lambda x: x >= 1)
        elif f == "pastGrowthRate":
            number(f, v, lambda x: x > -1)
        elif f == "seasonality":
            if present(f):
                four(f, v)
        elif f == "history":  # D31
            if present(f) and obj(f, v, ["months"]):
                ms_ = v.get("months")
                if ms_ is None:
                    err("history.months", "required")
                elif not isinstance(ms_, list):
                    err("history.months", "wrong_type")
                elif len(ms_) < 12:
                    err("history.months", "history_too_short")
                elif len(ms_) > 36:
                    err("history.months", "wrong_length")
                else:
                    for j, x in enumerate(ms_):
                        number(f"history.months[{j}]", x, lambda y: y >= 0, True)
        elif f == "uncertainty":  # D28
            if present(f) and obj(f, v, UNCERTAINTY_KEYS):
                for key in ("traffic", "conversionRate", "averageOrderValue"):
                    number(f"uncertainty.{key}", v.get(key), lambda x: 0 <= x < 1, True)
                number("uncertainty.doublingGain", v.get("doublingGain"), lambda x: 0 <= x < 1)
                number("uncertainty.draws", v.get("draws"), lambda x: 100 <= x <= 100000,
                       integer=True)
                number("uncertainty.seed", v.get("seed"), lambda x: 0 <= x < 2 ** 53,
                       integer=True, general_bounds=False)
        elif f == "milestones":
            if present(f) and obj(f, v, ["mode", "rampWeights"]):
                mode = v.get("mode")
                if mode is not None and mode not in ("ramp", "even", "compound"):
                    err("milestones.mode", "not_a_choice")
                if v.get("rampWeights") is not None:
                    four("milestones.rampWeights", v["rampWeights"])
        elif f == "targetLtvToCac":
            number(f, v, lambda x: x >= 1)
        elif f == "marketingBudget":
            number(f, v, lambda x: x >= 0)
        elif f == "scenarios":
            if present(f) and obj(f, v, ["prudent", "ambitious"]):
                number("scenarios.prudent", v.get("prudent"), lambda x: 0 < x <= 1, True)
                number("scenarios.ambitious", v.get("ambitious"), lambda x: 1 <= x <= 3, True)
        elif f == "cartAbandonmentRate":
            number(f, v, lambda x: 0 <= x < 1)
        elif f == "alertTolerance":
            number(f, v, lambda x: 0 <= x < 1)
        elif f == "channels":
            if not present(f):
                err(f, "required")
                continue
            if not isinstance(v, list):
                err(f, "wrong_type")
                continue
            if not v or len(v) > 12:
                err(f, "no_channels" if not v else "too_many_channels")
                continue
            revenue_ok = plan_aov_ok  # D26: A can be computed
            A_sum = 0.0
            for i, c in enumerate(v):
                pre = f"channels[{i}]"
                if not obj(pre, c, CHANNEL_KEYS):
                    revenue_ok = False
                    continue
                cid = c.get("id")
                if cid is None:
                    err(f"{pre}.id", "required")
                elif not isinstance(cid, str):
                    err(f"{pre}.id", "wrong_type")
                elif not 1 <= len(cid) <= 32:
                    err(f"{pre}.id", "invalid_length")
                elif not re.fullmatch(r"[a-z0-9-]+", cid):
                    err(f"{pre}.id", "invalid_format")
                lab = c.get("label")
                if lab is None:
                    err(f"{pre}.label", "required")
                elif not isinstance(lab, str):
                    err(f"{pre}.label", "wrong_type")
                elif not 1 <= len(lab) <= 60:
                    err(f"{pre}.label", "invalid_length")
                elif CONTROL.search(lab):
                    err(f"{pre}.label", "invalid_format")
                kind = c.get("kind")
                if kind is None:
                    err(f"{pre}.kind", "required")
                elif kind not in ("seo", "sea", "social", "email", "other"):
                    err(f"{pre}.kind", "not_a_choice")
                s = number(f"{pre}.sessionsPerMonth", c.get("sessionsPerMonth"),
                           lambda x: x >= 0, True)
                cr = number(f"{pre}.conversionRate", c.get("conversionRate"),
                            lambda x: 0 < x <= 1, True)
                n_err = len(errs)
                aov = number(f"{pre}.averageOrderValue", c.get("averageOrderValue"),
                             lambda x: x > 0)
                if s is None or cr is None or len(errs) > n_err:
                    revenue_ok = False
                elif revenue_ok:
                    A_sum += s * 12 * cr * (aov if aov is not None else inp["averageOrderValue"])
                number(f"{pre}.goalShare", c.get("goalShare"), lambda x: 0 <= x <= 1)
                cost = c.get("cost")
                if cost is not None:
                    if not isinstance(cost, dict):
                        err(f"{pre}.cost", "wrong_type")
                        continue
                    model = cost.get("model")
                    if model is None:
                        err(f"{pre}.cost.model", "required")
                        continue
                    if model not in COST_KEYS:
                        err(f"{pre}.cost.model", "not_a_choice")
                        continue
                    obj(f"{pre}.cost", cost, COST_KEYS[model])
                    cp = f"{pre}.cost"
                    if model == "perClick":
                        number(f"{cp}.costPerClick", cost.get("costPerClick"), lambda x: x > 0, True)
                    elif model == "spend":
                        number(f"{cp}.currentMonthly", cost.get("currentMonthly"), lambda x: x > 0, True)
                    elif model == "fixed":
                        number(f"{cp}.monthly", cost.get("monthly"), lambda x: x >= 0, True)
                    elif model == "monthly":
                        number(f"{cp}.amount", cost.get("amount"), lambda x: x >= 0, True)
                    if model in PAID:
                        number(f"{cp}.doublingGain", cost.get("doublingGain"),
                               lambda x: 0.05 <= x <= 0.95 or x == 1)
            seen = set()
            for i, c in enumerate(v):
                cid = c.get("id") if isinstance(c, dict) else None
                if isinstance(cid, str):
                    if cid in seen:
                        err(f"channels[{i}].id", "duplicate_id")
                    seen.add(cid)
            shares = [c.get("goalShare") if isinstance(c, dict) else None for c in v]
            given = [s for s in shares if s is not None]
            if given:
                if len(given) != len(shares):
                    err("channels", "shares_incomplete")
                elif all(is_num(s) for s in given) and abs(sum(given) - 1) > 1e-6:
                    err("channels", "shares_do_not_sum_to_one")
            if revenue_ok:
                A = A_sum
                if A == 0:
                    err("channels", "no_baseline")
        elif f == "goal":
            if not present(f):
                err(f, "required")
                continue
            if not obj(f, v, GOAL_KEYS):
                continue
            keys = [k for k in GOAL_KEYS if k in v]
            if not keys:
                err(f, "required")
                continue
            if len(keys) > 1:
                err(f, "conflicting_goals")
                continue
            k = keys[0]
            gv = v[k]
            bound = A if A is not None and A > 0 else None  # A = 0: no_baseline only (D26)
            if k == "growthRate":
                number("goal.growthRate", gv, lambda x: 0 < x <= 10, True)
            elif k == "extraRevenue":
                number("goal.extraRevenue", gv,
                       lambda x: x > 0 and (bound is None or x <= 10 * bound), True)
            else:
                if number("goal.targetRevenue", gv,
                          lambda x: x > 0 and (bound is None or x <= 11 * bound), True) \
                        is not None and bound is not None and gv <= bound:
                    err("goal.targetRevenue", "not_above_baseline")
    return errs


# --------------------------------------------------------------------------- solvers (D2)


def bisect(f, lo, hi, mid_of):
    """f(lo) < 0 <= f(hi); shrink until the midpoint equals an end (machine precision)."""
    for _ in range(5000):
        mid = mid_of(lo, hi)
        if not lo < mid < hi:
            break
        if f(mid) < 0:
            lo = mid
        else:
            hi = mid
    return lo if abs(f(lo)) <= abs(f(hi)) else hi


def solve_compound(B, E):
    """x > 0 with sum_q B_q((1+x)^q - 1) = E (D2)."""
    f = lambda x: sum(b * ((1 + x) ** (q + 1) - 1) for q, b in enumerate(B)) - E  # noqa: E731
    lo, hi = 0.0, 1.0
    while f(hi) < 0:
        lo, hi = hi, hi * 2
    return bisect(f, lo, hi, lambda a, b: (a + b) / 2)


# --------------------------------------------------------------------------- unit economics


def unit_economics(aov, m, n, k, oc):
    p, r, d = oc["perOrder"], oc["returnRate"], oc["firstOrderDiscount"]
    margin = aov * (1 - r) * m - p
    first = aov * (1 - d) * (1 - r) * m - p
    customer = first + (n - 1) * margin
    target = customer / k
    return {
        "marginPerOrder": margin,
        "firstOrderMargin": first,
        "breakEvenRoas": aov / first if first > 0 else None,
        "customerMargin": customer,
        "maxCpaFirstOrder": first,
        "maxCpaLifetime": customer,
        "targetCpa": target,
        "targetRoas": aov / target if target > 0 else None,
    }


def beta_of(cost):
    d = cost["doublingGain"]
    return 1.0 if d == 1 else math.log2(1 + d)  # D15


def ceiling(o0, beta, current_cpa, target_cpa):
    """§5.2 target ceiling oMax (D15-D17)."""
    if beta == 1:
        return INF if le(current_cpa, target_cpa) else o0
    x = max(1.0, target_cpa * beta / current_cpa)
    o = o0 * pw(x, beta / (1 - beta))
    return o if math.isfinite(o) else INF


def break_even(o0, beta, current_cpa, max_cpa_lifetime):
    """§5.2 break-even point oBreakEven, None when maxCpaLifetime_c <= 0 (D44)."""
    if max_cpa_lifetime <= 0:
        return None
    if beta == 1:
        return INF if le(current_cpa, max_cpa_lifetime) else 0.0
    o = o0 * pw(max_cpa_lifetime * beta / current_cpa, beta / (1 - beta))  # no floor at o0
    return o if math.isfinite(o) else INF


# --------------------------------------------------------------------------- plan


def compute(p):
    """p = input with defaults applied. Returns the PlanOutput."""
    loc = p["locale"]
    a = p["averageOrderValue"]
    m = p["grossMarginRate"]
    n = p["ordersPerCustomer"]
    k = p["targetLtvToCac"]
    oc = p["orderCosts"]
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
    rho = 0.0 if r is None else r  # §14 reference growth (D41)
    achievability = classify(g, r)
    goal_out = {"targetRevenue": T, "extraRevenue": E, "growthRate": g,
                "achievability": achievability}

    # §4 unit economics
    ue = unit_economics(a, m, n, k, oc)

    # §5 channel targets
    shares_given = all(c.get("goalShare") is not None for c in chans)
    ch_out = []
    priv = []  # private figures per channel (paid curve)
    for c, rw in zip(chans, rows):
        aov = rw["aov"]
        cr = c["conversionRate"]
        s = c["sessionsPerMonth"]
        share = c["goalShare"] if shares_given else rw["revenue"] / A
        extra_rev = E * share
        extra_orders = extra_rev / aov
        extra_sess = extra_orders / cr / 12
        ue_c = unit_economics(aov, m, n, k, oc)
        t_cpa_c = ue_c["targetCpa"]
        cost = c["cost"]
        model = cost["model"]
        paid = model in PAID
        o0 = s * cr
        o1 = o0 + extra_orders / 12
        extra_cost = 0
        cpa = marginal = total = current = roas = feasible = fer = None
        multiple = cur_marginal = sab = bex = profitable = None
        planned_monthly = 0
        pv = {"paid": paid, "o0": o0, "aov": aov, "ue": ue_c, "curve": False, "oBreakEven": None}
        if model == "fixed":
            extra_cost = 12 * cost["monthly"]
            cpa = div(extra_cost, extra_orders)
            roas = div(extra_rev, extra_cost)
            planned_monthly = cost["monthly"]
        elif paid:
            S0 = s * cost["costPerClick"] if model == "perClick" else cost["currentMonthly"]
            planned_monthly = S0  # D19: S0 when o0 = 0
            if o0 > 0:
                beta = beta_of(cost)
                S1 = pw(o1 / o0, 1 / beta) * S0
                if not math.isfinite(S1):  # D17: the contract has no figure for it
                    raise ValueError(f"channel {c['id']}: the spend at the target overflows f64")
                planned_monthly = S1
                extra_cost = 12 * (S1 - S0)
                cpa = div(extra_cost, extra_orders)
                marginal = S1 / (beta * o1)
                total = S1 / o1
                current = S0 / o0
                roas = div(extra_rev, extra_cost)
                o_max = ceiling(o0, beta, current, t_cpa_c)
                feasible = le(o1, o_max)
                fer = None if o_max == INF else fin(12 * (o_max - o0) * aov)
                multiple = S1 / S0
                cur_marginal = current / beta
                o_be = break_even(o0, beta, current, ue_c["maxCpaLifetime"])
                if o_be is None:
                    pass
                elif o_be == INF:
                    profitable = True
                else:
                    sab = 0.0 if o_be == 0 else fin(S0 * pw(o_be / o0, 1 / beta))
                    bex = fin(12 * (o_be - o0) * aov)
                    profitable = le(o1, o_be)
                pv.update(S0=S0, S1=S1, beta=beta, currentCpa=current, inP=beta < 1,
                          curve=True, oBreakEven=o_be)
        pv["hasCost"] = model == "fixed" or pv["curve"]  # D39
        pv["plannedMonthly"] = planned_monthly
        if cpa is None:
            verdict = None
            fop = None  # D7
        else:
            if le(cpa, t_cpa_c):
                verdict = "withinTarget"
            elif le(cpa, ue_c["maxCpaLifetime"]):
                verdict = "belowTarget"
            else:
                verdict = "lossMaking"
            fop = le(cpa, ue_c["maxCpaFirstOrder"])
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
            "maxCpc": t_cpa_c * cr if paid else None,  # D45
            "extraCost": extra_cost,
            "cpa": cpa,
            "marginalCpa": marginal,
            "totalCpa": total,
            "currentCpa": current,
            "roas": roas,
            "feasible": feasible,
            "feasibleExtraRevenue": fer,
            "spendMultiple": multiple,
            "currentMarginalCpa": cur_marginal,
            "spendAtBreakEven": sab,
            "breakEvenExtraRevenue": bex,
            "profitable": profitable,
            "plannedMonthlySpend": planned_monthly,
            "verdict": verdict,
            "firstOrderProfitable": fop,
        })
        priv.append(pv)

    # §5.3 totals (D25)
    extra_cost = sum(c["extraCost"] for c in ch_out)
    extra_orders_tot = sum(c["extraOrders"] for c in ch_out)
    extra_contrib = sum(co["extraOrders"] * pv["ue"]["customerMargin" if pv["hasCost"]
                                                     else "marginPerOrder"]
                        for co, pv in zip(ch_out, priv)) - extra_cost
    paid_cost = sum(co["extraCost"] for co, pv in zip(ch_out, priv) if pv["curve"])
    paid_orders = sum(co["extraOrders"] for co, pv in zip(ch_out, priv) if pv["curve"])
    budget = p["marketingBudget"]
    totals = {
        "extraCost": extra_cost,
        "extraContribution": extra_contrib,
        "costPerExtraOrder": div(extra_cost, extra_orders_tot),
        "paidCpa": div(paid_cost, paid_orders),
        "mer": div(E, extra_cost),
        "roi": div(extra_contrib, extra_cost),
        "budgetFits": None if budget is None else le(extra_cost, budget),
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
        lam = E / sum(b * wq for b, wq in zip(B, w))
        Eq = [lam * b * wq for b, wq in zip(B, w)]
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
        q_spend = 0.0
        for c, co, pv, rw in zip(chans, ch_out, priv, rows):
            er = co["extraRevenue"] * Eq[q] / E
            model = c["cost"]["model"]
            if pv["paid"]:
                spend_q = 12 * sigma[q] * pv["plannedMonthly"]
            elif model == "fixed":
                spend_q = 3 * c["cost"]["monthly"]
            else:
                spend_q = 0
            orders_q = rw["orders"] * sigma[q] + co["extraOrders"] * Eq[q] / E
            q_spend += spend_q
            qch.append({
                "id": c["id"],
                "extraRevenue": er,
                "targetSessionsPerMonth": (c["sessionsPerMonth"] * 12 * sigma[q]
                                           + er / (c["conversionRate"] * c["averageOrderValue"])) / 3,
                "plannedSpend": spend_q,
                "plannedOrders": orders_q,
                "plannedCpa": div(spend_q, orders_q) if pv["hasCost"] else None,
            })
        quarters.append({
            "index": q + 1, "year": year, "quarter": cq, "label": label(loc, year, cq),
            "baselineRevenue": B[q], "extraRevenue": Eq[q], "targetRevenue": B[q] + Eq[q],
            "plannedSpend": q_spend,
            "yoyGrowthRate": div(Eq[q], B[q]), "contributionPoints": Eq[q] / A,
            "cumulativeExtraRevenue": cum, "cumulativeGoalShare": cum / E,
            "channels": qch,
        })

    # §6 months (D40)
    weights = p.get("monthWeights") or [1 / 3] * 12
    months = []
    for q in range(4):
        year, cq = cal[q]
        for j in range(3):
            month = 3 * (cq - 1) + j + 1
            wm = weights[month - 1]
            spend_m = 0.0
            for c, qc, pv in zip(chans, quarters[q]["channels"], priv):
                if pv["paid"]:
                    spend_m += qc["plannedSpend"] * wm
                elif c["cost"]["model"] == "fixed":
                    spend_m += c["cost"]["monthly"]
            months.append({
                "index": 3 * q + j + 1, "year": year, "month": month,
                "label": month_label(loc, year, month),
                "baselineRevenue": B[q] * wm, "extraRevenue": Eq[q] * wm,
                "targetRevenue": (B[q] + Eq[q]) * wm, "plannedSpend": spend_m,
            })

    # §7 scenarios (D20)
    sc = p["scenarios"]
    scen = []
    for name, f in (("prudent", sc["prudent"]), ("median", 1), ("ambitious", sc["ambitious"])):
        eo = f * extra_orders_tot
        contrib = f * (extra_contrib + extra_cost) - extra_cost
        scen.append({"name": name, "factor": f, "extraRevenue": E * f, "revenue": A + E * f,
                     "goalAttainment": f, "extraOrders": eo,
                     "costPerExtraOrder": div(extra_cost, eo),
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

    # §9 objectives (D4-D6, D42)
    def unpriced_beyond_trend(co):
        tgr = co["trafficGrowthRate"]
        return co["verdict"] is None and (tgr is None or gt(tgr, rho))

    counted = [co for co in ch_out if co["extraRevenue"] > 0]
    if (extra_contrib < 0 or totals["budgetFits"] is False
            or any(co["verdict"] == "lossMaking" or co["profitable"] is False for co in counted)):
        plan_real = "fail"
    elif any(co["verdict"] == "belowTarget" or co["feasible"] is False
             or unpriced_beyond_trend(co) for co in counted):
        plan_real = "warning"
    else:
        plan_real = "ok"
    plan_ach = ACH_STATUS[achievability]
    objectives = [{"scope": "plan", "ref": None, "text": "*",
                   "achievable": {"status": plan_ach, "reason": "*"},
                   "realistic": {"status": plan_real, "reason": "*"}}]
    for co, pv in zip(ch_out, priv):
        if not co["extraRevenue"] > 0:
            continue
        tgr = co["trafficGrowthRate"]
        if pv["curve"]:  # D5
            sm = co["spendMultiple"]
            ach = "ok" if le(sm, 2) else "warning" if le(sm, 4) else "fail"
        elif pv["paid"]:
            ach = "warning"
        else:
            ach = "warning" if tgr is None else ACH_STATUS[classify(tgr, r)]
        if co["verdict"] is None:  # D6: counts as having no cost
            real = "warning" if unpriced_beyond_trend(co) else "ok"
        else:
            real = {"withinTarget": "ok", "belowTarget": "warning",
                    "lossMaking": "fail"}[co["verdict"]]
            if real == "ok" and co["feasible"] is False:
                real = "warning"
            if co["profitable"] is False:
                real = "fail"
        objectives.append({"scope": "channel", "ref": co["id"], "text": "*",
                           "achievable": {"status": ach, "reason": "*"},
                           "realistic": {"status": real, "reason": "*"}})
    for qo in quarters:
        yoy = qo["yoyGrowthRate"]
        ach = "warning" if yoy is None else ACH_STATUS[classify(yoy, r)]  # D4
        objectives.append({"scope": "quarter", "ref": qo["index"], "text": "*",
                           "achievable": {"status": ach, "reason": "*"},
                           "realistic": {"status": plan_real, "reason": "*"}})

    # §13 paid allocation (before the warnings: paid_split_loses_money)
    alloc = paid_allocation(ch_out, priv)

    # §10 warnings (D21, D22)
    def chan_warn(code, field, cond):
        return [{"code": code, "field": f"channels[{i}].{field}", "message": "*"}
                for i, (c, co, pv) in enumerate(zip(chans, ch_out, priv)) if cond(c, co, pv)]

    def plan_warn(code, field, cond):
        return [{"code": code, "field": field, "message": "*"}] if cond else []

    def neg(u):
        return u["firstOrderMargin"] <= 0 or u["customerMargin"] <= 0

    prudent_contrib = scen[0]["contribution"]
    hist = p["historyOut"]
    warnings = (
        chan_warn("conversion_above_100", "conversionRate",
                  lambda c, co, pv: co["requiredConversionRate"] is not None
                  and gt(co["requiredConversionRate"], 1))
        + plan_warn("lever_out_of_reach", "cartAbandonmentRate", lever_out)
        + plan_warn("budget_exceeded", "marketingBudget", totals["budgetFits"] is False)
        + chan_warn("loss_making_channel", "cost", lambda c, co, pv: co["verdict"] == "lossMaking")
        + plan_warn("aggressive_goal", "goal", achievability == "aggressive")
        + chan_warn("channel_without_traffic", "sessionsPerMonth",
                    lambda c, co, pv: c["sessionsPerMonth"] == 0 and co["extraRevenue"] > 0)
        + chan_warn("beyond_feasible", "cost", lambda c, co, pv: co["feasible"] is False)
        + plan_warn("no_cost_planned", None, E > 0 and extra_cost == 0)
        + plan_warn("prudent_scenario_loses_money", "scenarios.prudent", prudent_contrib < 0)
        + plan_warn("negative_unit_margin", "orderCosts.perOrder", neg(ue))
        + chan_warn("negative_unit_margin", "averageOrderValue",
                    lambda c, co, pv: c["ownAov"] and neg(pv["ue"]))
        + chan_warn("implausible_conversion_rate", "conversionRate",
                    lambda c, co, pv: gt(c["conversionRate"], 0.25))
        + plan_warn("baseline_differs_from_history", "history.months",  # D36
                    hist is not None and hist["lastYearRevenue"] > 0
                    and gt(abs(A / hist["lastYearRevenue"] - 1), 0.10))
        + plan_warn("plan_loses_money", "goal", extra_contrib < 0)
        + chan_warn("paid_channel_over_spent", "cost",
                    lambda c, co, pv: pv["oBreakEven"] is not None
                    and lt(pv["oBreakEven"], pv["o0"]))
        + plan_warn("paid_split_loses_money", None, alloc is not None and alloc["lossMaking"])
    )

    # §12 alert rules (D9)
    t = p["alertTolerance"]
    rules = []
    for q in quarters:
        rules.append({"quarter": q["index"], "channel": None, "metric": "revenue",
                      "comparator": ">=", "threshold": q["targetRevenue"] * (1 - t)})
        for c, qc in zip(chans, q["channels"]):
            rules.append({"quarter": q["index"], "channel": c["id"], "metric": "sessions",
                          "comparator": ">=",
                          "threshold": 3 * qc["targetSessionsPerMonth"] * (1 - t)})
            rules.append({"quarter": q["index"], "channel": c["id"], "metric": "conversionRate",
                          "comparator": ">=", "threshold": c["conversionRate"] * (1 - t)})
            if qc["plannedCpa"] is not None:
                rules.append({"quarter": q["index"], "channel": c["id"], "metric": "cpa",
                              "comparator": "<=", "threshold": qc["plannedCpa"] * (1 + t)})

    # §12 OKR (D23)
    targets = [co for co in ch_out if co["extraRevenue"] > 0]
    paid_kr = 1 if any(pv["paid"] for co, pv in zip(ch_out, priv) if co["extraRevenue"] > 0) else 0
    n_kr = 1 + min(len(targets), 5 - paid_kr) + paid_kr
    n_kr = max(n_kr, 3)
    okr = {"objective": "*", "keyResults": ["*"] * n_kr}

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
        "months": months,
        "scenarios": scen,
        "levers": levers,
        "objectives": objectives,
        "warnings": warnings,
        "alertRules": rules,
        "okr": okr,
        "paidAllocation": alloc,
        "outlook": None if p.get("uncertainty") is None else
        outlook(p["uncertainty"], momentum_rows(chans, ch_out, priv, rho), rho, A, E, T,
                extra_contrib, extra_cost),
        "benchmarks": benchmarks(chans, p["cartAbandonmentRate"]),
        "history": hist,
    }


def paid_allocation(ch_out, priv):
    """§13 (D24)."""
    P = [(co, pv) for co, pv in zip(ch_out, priv) if pv["curve"] and pv["inP"]]
    if not P:
        return None
    R = sum(co["extraRevenue"] for co, _ in P)
    if R == 0:
        return None
    bers = [co["breakEvenExtraRevenue"] for co, _ in P]
    fers = [co["feasibleExtraRevenue"] for co, _ in P]
    common = {
        "maxProfitableExtraRevenue": None if None in fers else sum(fers),
        "maxBreakEvenExtraRevenue": None if None in bers else sum(max(0.0, b) for b in bers),
    }

    def loss_making(entries):
        return any(e["extraRevenue"] > 0 and gt(e["marginalCpa"], pv["ue"]["maxCpaLifetime"])
                   for e, (_, pv) in zip(entries, P))

    if len(P) == 1:  # D24: nothing to split, the plan's own figures (saving exactly 0)
        co, _ = P[0]
        entries = [{"id": co["id"], "extraRevenue": co["extraRevenue"],
                    "extraCost": co["extraCost"], "marginalCpa": co["marginalCpa"],
                    "spendMultiple": co["spendMultiple"]}]
        return {"paidExtraRevenue": R, "channels": entries,
                "extraCost": co["extraCost"], "plannedExtraCost": co["extraCost"], "saving": 0.0,
                **common, "lossMaking": loss_making(entries)}

    def at(mu, pv):
        b = pv["beta"]
        return pv["o0"] * pw(max(1.0, mu * pv["aov"] * b / pv["currentCpa"]), b / (1 - b))

    def F(mu):
        return sum(12 * (at(mu, pv) - pv["o0"]) * pv["aov"] for _, pv in P) - R

    lo = min(pv["currentCpa"] / (pv["aov"] * pv["beta"]) for _, pv in P)
    hi = lo * 2
    while F(hi) < 0:
        lo, hi = hi, hi * 2
    mu = bisect(F, lo, hi, lambda x, y: math.sqrt(x) * math.sqrt(y))
    entries = []
    for co, pv in P:
        o = at(mu, pv)
        ratio = (o / pv["o0"]) ** (1 / pv["beta"])
        S = pv["S0"] * ratio
        entries.append({"id": co["id"], "extraRevenue": 12 * (o - pv["o0"]) * pv["aov"],
                        "extraCost": 12 * (S - pv["S0"]), "marginalCpa": S / (pv["beta"] * o),
                        "spendMultiple": S / pv["S0"]})
    got = sum(e["extraRevenue"] for e in entries)
    if abs(got - R) > 1e-9 * R:  # D2: the contract's 1e-9, which machine precision must meet
        raise ValueError(f"§13 split sums to {got!r}, not R = {R!r}")
    total = sum(e["extraCost"] for e in entries)
    planned = sum(co["extraCost"] for co, _ in P)
    return {
        "paidExtraRevenue": R,
        "channels": entries,
        "extraCost": total,
        "plannedExtraCost": planned,
        "saving": planned - total,
        **common,
        "lossMaking": loss_making(entries),
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
    if acts is None:
        return [{"field": "actuals", "code": "required"}]
    if not isinstance(acts, list):
        return [{"field": "actuals", "code": "wrong_type"}]
    if not acts:
        return [{"field": "actuals", "code": "no_actuals"}]
    if len(acts) > 4:
        return [{"field": "actuals", "code": "too_many_actuals"}]
    chans = inp.get("channels")
    ids = {c.get("id") for c in chans if isinstance(c, dict)} if isinstance(chans, list) else set()
    for i, a in enumerate(acts):
        if a.get("quarter") != i + 1:
            errs.append({"field": f"actuals[{i}].quarter", "code": "actuals_not_in_order"})
        rv = a.get("revenue")
        if not is_num(rv) or rv < 0 or rv > 1e12 or 0 < rv < 1e-9:
            errs.append({"field": f"actuals[{i}].revenue",
                         "code": "out_of_range" if is_num(rv) else
                         "required" if rv is None else "not_a_number"})
        for j, c in enumerate(a.get("channels") or []):
            if c.get("id") not in ids:
                errs.append({"field": f"actuals[{i}].channels[{j}].id", "code": "unknown_channel"})
            for key in ("sessions", "orders", "spend"):
                v = c.get(key)
                if v is not None and (not is_num(v) or v < 0 or v > 1e12 or 0 < v < 1e-9):
                    errs.append({"field": f"actuals[{i}].channels[{j}].{key}",
                                 "code": "out_of_range" if is_num(v) else "not_a_number"})
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
    T = po["goal"]["targetRevenue"]
    pq = po["quarters"]
    acts = {a["quarter"]: a for a in inp["actuals"]}
    j = len(acts)
    closed = list(range(1, j + 1))
    open_ = list(range(j + 1, 5))
    B = {q["index"]: q["baselineRevenue"] for q in pq}
    Eq = {q["index"]: q["extraRevenue"] for q in pq}
    target = {q["index"]: q["targetRevenue"] for q in pq}

    actual_sum = sum(acts[q]["revenue"] for q in closed)
    extra_so_far = sum(acts[q]["revenue"] - B[q] for q in closed)
    remaining = E - extra_so_far
    sum_closed_E = sum(Eq[q] for q in closed)
    pace = div(extra_so_far, sum_closed_E)
    att_so_far = actual_sum / sum(target[q] for q in closed)  # D11
    projected = actual_sum + att_so_far * sum(target[q] for q in open_)
    sum_open_E = sum(Eq[q] for q in open_)
    rvp = div(max(0.0, remaining), sum_open_E) if open_ else None
    if remaining <= 0:
        status = "goalReached"
    elif not open_:
        status = "goalMissed"
    elif le(rvp, 1):
        status = "onTrack"
    elif le(rvp, 1.5):
        status = "catchUp"
    else:
        status = "reviseGoal"
    progress = {
        "extraSoFar": extra_so_far,
        "goalShareReached": extra_so_far / E,
        "remainingExtra": remaining,
        "paceFactor": pace,
        "attainmentSoFar": att_so_far,
        "projectedRevenue": projected,
        "projectedGoalAttainment": (projected - A) / E,
        "projectedTargetAttainment": projected / T,
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
                ("exceeded" if ge(att, 1.05) else "achieved" if ge(att, 1) else "missed")
            quarters.append({"index": i, "label": q["label"], "status": st,
                             "actualRevenue": actual, "targetRevenue": q["targetRevenue"],
                             "attainment": att, "reforecastTargetRevenue": None,
                             "reforecastYoyGrowthRate": None})
        else:
            e2 = div(remaining * Eq[i], sum_open_E) if remaining > 0 else Eq[i]
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
        thr = target[q] * (1 - t)
        if lt(a["revenue"], thr):
            alerts.append({"code": "revenue_below_target", "quarter": q, "channel": None,
                           "actual": a["revenue"], "threshold": thr, "message": "*"})
        per_channel = {}
        for ca in a.get("channels") or []:
            idx, c = chans[ca["id"]]
            co = ch_out[ca["id"]]
            qc = pq[q - 1]["channels"][idx]
            sess = ca.get("sessions")
            orders = ca.get("orders")
            spend = ca.get("spend")
            k = {
                "quarter": q, "id": ca["id"], "sessions": sess,
                "targetSessions": 3 * qc["targetSessionsPerMonth"],
                "conversionRate": div(orders, sess),
                "plannedConversionRate": c["conversionRate"],
                "cpa": div(spend, orders),
                "plannedCpa": qc["plannedCpa"],  # D12
                "targetCpa": co["targetCpa"],
            }
            kpis.append(k)
            per_channel[ca["id"]] = (idx, c, k)
        for idx, c, k in sorted(per_channel.values(), key=lambda v: v[0]):  # D13 plan order
            if k["sessions"] is not None:
                th = k["targetSessions"] * (1 - t)
                if lt(k["sessions"], th):
                    alerts.append({"code": "sessions_below_target", "quarter": q,
                                   "channel": c["id"], "actual": k["sessions"],
                                   "threshold": th, "message": "*"})
            if k["conversionRate"] is not None:
                th = c["conversionRate"] * (1 - t)
                if lt(k["conversionRate"], th):
                    alerts.append({"code": "conversion_below_floor", "quarter": q,
                                   "channel": c["id"], "actual": k["conversionRate"],
                                   "threshold": th, "message": "*"})
            if k["cpa"] is not None and k["plannedCpa"] is not None:
                th = k["plannedCpa"] * (1 + t)
                if gt(k["cpa"], th):
                    alerts.append({"code": "cpa_above_plan", "quarter": q,
                                   "channel": c["id"], "actual": k["cpa"],
                                   "threshold": th, "message": "*"})

    return {"ok": True, "plan": po, "quarters": quarters, "progress": progress,
            "channelKpis": kpis, "alerts": alerts}


if __name__ == "__main__":
    import json
    print(json.dumps(self_check(), indent=2))
