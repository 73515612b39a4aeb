//! The plan's results: headline, unit economics, channels, quarters, scenarios, levers,
//! SMART objectives and OKR, warnings.

use super::chart::{bar_chart, BarChart, Series};
use super::html::{Coord, Esc, OrDash, Raw};
use super::naming::{named_checks, objective_about, objective_scope, reach_word};
use super::parts::{badge, close_section, intro, open_section};
use super::table_model::{self, budget_word};
use super::{table_write, w, Ctx};
use crate::model::PlanInput;
use crate::output::*;
use crate::words::{common, results};

/// The goal on the one achievability scale, and what it means.
fn achievability_word(a: Achievability, ctx: &Ctx) -> (&'static str, &'static str, &'static str) {
    let (tone, word) = reach_word(a.status(), ctx);
    let meaning = match a {
        Achievability::InLine => results::IN_LINE_WITH_PAST_GROWTH,
        Achievability::Stretch => results::BEYOND_THE_PAST_PACE,
        Achievability::Aggressive => results::FAR_BEYOND_THE_PAST_PACE,
    };
    (tone, word, meaning.get(ctx.l))
}

fn achievability_code(a: Achievability) -> &'static str {
    match a {
        Achievability::InLine => "inLine",
        Achievability::Stretch => "stretch",
        Achievability::Aggressive => "aggressive",
    }
}

/// A `<div><dt>…</dt><dd>…</dd></div>` key figure; `value` is already-escaped HTML.
fn kpi(s: &mut String, label: &str, value: impl std::fmt::Display, attrs: &str, hint: &str) {
    w!(
        s,
        "<div class=\"bp-kpi\"><dt>{}</dt><dd class=\"bp-kpi-value bp-num\"{attrs}>{value}</dd>",
        Esc(label)
    );
    if !hint.is_empty() {
        w!(s, "<dd class=\"bp-hint\">{}</dd>", Esc(hint));
    }
    s.push_str("</div>\n");
}

pub(crate) fn results_html(
    out: &PlanOutput,
    history: Option<super::HistoryView>,
    input: Option<&PlanInput>,
) -> String {
    let ctx = Ctx::new(out.locale, &out.currency);
    let mut s = String::with_capacity(24_000 + 2_500 * out.channels.len());
    w!(
        &mut s,
        "<div class=\"bp-plan\" lang=\"{}\">\n",
        out.locale.code()
    );
    super::export::print_header(&mut s, &ctx, out, input);
    // What a merchant scans first: the goal, what needs attention, each channel's verdict;
    // then how it is worked out.
    headline(&mut s, &ctx, out);
    if let Some(input) = input {
        next_steps(&mut s, &crate::advice::next_steps(input, out), ctx.l);
    }
    warnings(&mut s, &ctx, out);
    channels(&mut s, &ctx, out);
    unit_economics(&mut s, &ctx, out, input);
    let first_part = s.len();
    super::curve::paid_curves(&mut s, &ctx, out);
    paid_allocation(&mut s, &ctx, out);
    history_section(&mut s, &ctx, out, history);
    super::milestones::quarters(&mut s, &ctx, out);
    super::milestones::months(&mut s, &ctx, out);
    scenarios(&mut s, &ctx, out);
    outlook(&mut s, &ctx, out);
    levers(&mut s, &ctx, out);
    let objectives_at = s.len();
    objectives(&mut s, &ctx, out);
    let objectives_end = s.len();
    super::glossary::glossary(&mut s, ctx.l);
    s.push_str("</div>\n");
    // Abbreviations are spelled out where they first appear: in the part read first, and in
    // the objectives (SMART, OKR). Reading the whole text for them took as long as writing it.
    let mut spelled = String::with_capacity(s.len() + 1_500);
    let mut spelling = super::glossary::Spelling::new(ctx.l);
    spelling.pass(&s[..first_part], &mut spelled);
    spelled.push_str(&s[first_part..objectives_at]);
    spelling.pass(&s[objectives_at..objectives_end], &mut spelled);
    spelled.push_str(&s[objectives_end..]);
    spelled
}

fn headline(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    let g = &out.goal;
    open_section(s, "headline", results::REVENUE_GOAL.get(ctx.l));
    w!(
        s,
        "<div class=\"bp-hero\">\n<p class=\"bp-hero-label\">{}</p>\n<p class=\"bp-hero-value bp-num\" data-testid=\"target-revenue\" data-value=\"{}\">{}</p>\n",
        results::TARGET_ONLINE_REVENUE_12_MONTHS.get(ctx.l),
        Raw(g.target_revenue),
        ctx.money(g.target_revenue)
    );
    w!(
        s,
        "<p class=\"bp-hero-path\">{} <span class=\"bp-num\">{}</span>{}<span class=\"bp-num\">{}</span> <strong class=\"bp-growth bp-num\" data-testid=\"growth\" data-value=\"{}\">{}</strong></p>\n",
        common::CURRENT_REVENUE.get(ctx.l),
        ctx.money(out.baseline.annual_revenue),
        ctx.arrow(),
        ctx.money(g.target_revenue),
        Raw(g.growth_rate),
        ctx.spct(g.growth_rate, 1)
    );
    let (tone, word, hint) = achievability_word(g.achievability, ctx);
    // The plan objective's own reason says it best (against past growth, or the usual bands).
    let hint = out
        .objectives
        .iter()
        .find(|o| o.scope == Scope::Plan)
        .map_or(hint, |o| o.achievable.reason.as_str());
    w!(
        s,
        "<p class=\"bp-achievability\">{}{}",
        results::GOAL.get(ctx.l),
        ctx.colon()
    );
    badge(
        s,
        tone,
        word,
        &format!(
            " data-testid=\"achievability\" data-value=\"{}\"",
            achievability_code(g.achievability)
        ),
    );
    w!(
        s,
        " <span class=\"bp-hint\">{}</span></p>\n</div>\n",
        Esc(hint)
    );
    let extra_orders: f64 = out.channels.iter().map(|c| c.extra_orders).sum();
    s.push_str("<dl class=\"bp-kpis\">\n");
    kpi(
        s,
        common::EXTRA_REVENUE.get(ctx.l),
        ctx.money(g.extra_revenue),
        "",
        "",
    );
    kpi(
        s,
        results::EXTRA_ORDERS.get(ctx.l),
        ctx.count(extra_orders),
        "",
        results::OVER_12_MONTHS.get(ctx.l),
    );
    kpi(
        s,
        common::COST_OF_THE_EXTRA_EFFORT.get(ctx.l),
        ctx.money(out.totals.extra_cost),
        "",
        results::OVER_12_MONTHS.get(ctx.l),
    );
    s.push_str("</dl>\n");
    close_section(s);
}

/// « Modifier « Coût (canal 2) » »: a link that takes the visitor to the field `field`.
fn go_to_field(s: &mut String, field: &str, l: crate::model::Locale) {
    let title = crate::fields::title(field, l);
    w!(
        s,
        " <button type=\"button\" class=\"bp-link\" data-action=\"go-to\" data-target=\"{}\">{}</button>",
        Esc(field),
        Esc(&results::CHANGE_FIELD.fill(l, &[&title]))
    );
}

/// What to do now: at most three actions, each with a link to the field it is about.
fn next_steps(s: &mut String, steps: &[crate::advice::Step], l: crate::model::Locale) {
    if steps.is_empty() {
        return;
    }
    open_section(s, "next-steps", crate::words::advice::TITLE.get(l));
    s.push_str("<ol class=\"bp-steps\" data-testid=\"next-steps\">\n");
    for step in steps {
        w!(s, "<li data-code=\"{}\">{}", step.code, Esc(&step.text));
        if let Some(field) = &step.field {
            go_to_field(s, field, l);
        }
        s.push_str("</li>\n");
    }
    s.push_str("</ol>\n");
    close_section(s);
}

fn unit_economics(s: &mut String, ctx: &Ctx, out: &PlanOutput, input: Option<&PlanInput>) {
    let u = &out.unit_economics;
    open_section(s, "economics", results::UNIT_ECONOMICS.get(ctx.l));
    intro(s, results::UNIT_ECONOMICS_INTRO.get(ctx.l));
    s.push_str("<dl class=\"bp-kpis\">\n");
    // Each explanation with the figures it explains, so that a reader can redo the sum.
    let margin_hint = match input {
        Some(p) => {
            let costs = p.order_costs.unwrap_or_default();
            results::MARGIN_PER_ORDER_FIGURES.fill(
                ctx.l,
                &[
                    &ctx.money(p.average_order_value).money,
                    &ctx.pct(costs.return_rate, 1),
                    &ctx.pct(p.gross_margin_rate, 1),
                    &ctx.money(costs.per_order).money,
                ],
            )
        }
        None => results::MARGIN_PER_ORDER_HINT.get(ctx.l).to_string(),
    };
    kpi(
        s,
        common::MARGIN_PER_ORDER.get(ctx.l),
        ctx.money(u.margin_per_order),
        "",
        &margin_hint,
    );
    // The plan's order value, read back: ROAS × the CPA it is worked out from.
    let aov = u
        .break_even_roas
        .map(|r| r * u.first_order_margin)
        .or(u.target_roas.map(|r| r * u.target_cpa));
    let roas_hint = match aov {
        Some(a) => results::BREAK_EVEN_ROAS_HINT.fill(
            ctx.l,
            &[&ctx.money(a).money, &ctx.money(u.first_order_margin).money],
        ),
        None => String::new(),
    };
    kpi(
        s,
        common::BREAK_EVEN_ROAS.get(ctx.l),
        OrDash(u.break_even_roas.map(|x| ctx.ratio(x))),
        "",
        &roas_hint,
    );
    kpi(
        s,
        results::MAX_CPA_FIRST_ORDER.get(ctx.l),
        ctx.money(u.max_cpa_first_order),
        "",
        results::MAX_CPA_FIRST_ORDER_HINT.get(ctx.l),
    );
    kpi(
        s,
        results::MAX_CPA_12_MONTHS.get(ctx.l),
        ctx.money(u.max_cpa_lifetime),
        "",
        results::MAX_CPA_12_MONTHS_HINT.get(ctx.l),
    );
    kpi(
        s,
        common::TARGET_CPA.get(ctx.l),
        ctx.money(u.target_cpa),
        &format!(
            " data-testid=\"target-cpa\" data-value=\"{}\"",
            Raw(u.target_cpa)
        ),
        &results::TARGET_CPA_HINT.fill(
            ctx.l,
            &[
                &ctx.money(u.max_cpa_lifetime).money,
                &ctx.ratio(u.max_cpa_lifetime / u.target_cpa),
            ],
        ),
    );
    kpi(
        s,
        common::TARGET_ROAS.get(ctx.l),
        OrDash(u.target_roas.map(|x| ctx.ratio(x))),
        "",
        results::TARGET_ROAS_HINT.get(ctx.l),
    );
    s.push_str("</dl>\n");
    close_section(s);
}

fn channels(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    open_section(s, "channels", results::TARGETS_PER_CHANNEL.get(ctx.l));
    // One card per channel, its verdict first: a 15-column table hid it off screen.
    table_write::write_cards(s, ctx, &table_model::channel_targets(ctx, out));
    let t = &out.totals;

    s.push_str("<dl class=\"bp-kpis\" data-testid=\"totals\">\n");
    kpi(
        s,
        results::EXTRA_COST_12_MONTHS.get(ctx.l),
        ctx.money(t.extra_cost),
        "",
        "",
    );
    kpi(
        s,
        common::PAID_CPA.get(ctx.l),
        OrDash(t.paid_cpa.map(|x| ctx.money(x))),
        "",
        results::PAID_CPA_MEANING.get(ctx.l),
    );
    kpi(
        s,
        common::COST_PER_EXTRA_ORDER.get(ctx.l),
        OrDash(t.cost_per_extra_order.map(|x| ctx.money(x))),
        "",
        results::COST_PER_EXTRA_ORDER_MEANING.get(ctx.l),
    );
    kpi(
        s,
        "MER",
        OrDash(t.mer.map(|x| ctx.ratio(x))),
        "",
        results::MER_MEANING.get(ctx.l),
    );
    kpi(
        s,
        "ROI",
        OrDash(t.roi.map(|x| ctx.pct(x, 0))),
        "",
        results::ROI_MEANING.get(ctx.l),
    );
    kpi(
        s,
        results::EXTRA_CONTRIBUTION.get(ctx.l),
        ctx.money(t.extra_contribution),
        "",
        results::EXTRA_CONTRIBUTION_MEANING.get(ctx.l),
    );
    s.push_str("<div class=\"bp-kpi\"><dt>");
    s.push_str(results::MARKETING_BUDGET.get(ctx.l));
    s.push_str("</dt><dd class=\"bp-kpi-value\">");
    let (tone, word) = budget_word(ctx, t.budget_fits);
    badge(s, tone, word, " data-testid=\"budget\"");
    s.push_str("</dd></div>\n</dl>\n");
    close_section(s);
}

/// §15: what the shop's history gave: months read, the last 12 months, and the seasonality
/// and past growth the plan used.
fn history_section(s: &mut String, ctx: &Ctx, out: &PlanOutput, view: Option<super::HistoryView>) {
    let Some(h) = &out.history else {
        return;
    };
    open_section(s, "history", results::YOUR_HISTORY.get(ctx.l));
    s.push_str("<dl class=\"bp-kpis\" data-testid=\"history\">\n");
    kpi(
        s,
        results::MONTHS_READ.get(ctx.l),
        ctx.count(h.months as f64),
        "",
        "",
    );
    kpi(
        s,
        results::LAST_12_MONTHS.get(ctx.l),
        ctx.money(h.last_year_revenue),
        "",
        "",
    );
    let seasonality = h.seasonality.map(|w| {
        let quarters = [1, 2, 3, 4]
            .map(|q| results::CALENDAR_QUARTER_SHARE.fill(ctx.l, &[&q, &ctx.pct(w[q - 1], 0)]));
        quarters.join(" · ")
    });
    let none = || results::EQUAL_QUARTERS.get(ctx.l).to_string();
    // Where each value comes from: typed (it wins), or the history.
    let origin = |typed: Option<bool>| match typed {
        Some(true) => results::TYPED_WINS.get(ctx.l),
        Some(false) => results::FROM_HISTORY.get(ctx.l),
        None => "",
    };
    kpi(
        s,
        results::SEASONALITY_USED.get(ctx.l),
        Esc(&seasonality.unwrap_or_else(none)),
        " data-wrap data-testid=\"seasonality-used\"",
        origin(view.map(|v| v.seasonality_typed)),
    );
    let growth = h.past_growth_rate.map(|g| ctx.spct(g, 1).to_string());
    kpi(
        s,
        results::PAST_GROWTH_USED.get(ctx.l),
        OrDash(growth),
        " data-testid=\"growth-used\"",
        origin(view.map(|v| v.growth_typed)),
    );
    s.push_str("</dl>\n");
    if let Some(view) = view {
        history_chart(s, ctx, out, view.months);
    }
    close_section(s);
}

/// The months of the history, then the plan's months (each quarter's target revenue spread
/// over its three months), on one line of bars: the past and the plan side by side.
fn history_chart(s: &mut String, ctx: &Ctx, out: &PlanOutput, input_months: &[f64]) {
    let Some(first) = out.quarters.first() else {
        return;
    };
    // Calendar month (0–11) and year of the plan's first month, then counted back.
    let start = (first.year, 3 * (u32::from(first.quarter) - 1));
    let month_at = |offset: i64| {
        let m = i64::from(start.0) * 12 + i64::from(start.1) + offset;
        (m.div_euclid(12), (m.rem_euclid(12) + 1) as u32)
    };
    let n = input_months.len() as i64;
    let mut labels = Vec::new();
    let mut ticks = Vec::new();
    let mut past = Vec::new();
    let mut plan = Vec::new();
    for k in -n..12 {
        let (year, month) = month_at(k);
        if month == 1 {
            ticks.push(labels.len());
        }
        labels.push(results::MONTH_OF_YEAR.fill(ctx.l, &[&format!("{month:02}"), &year]));
        if k < 0 {
            past.push(Some(input_months[(n + k) as usize]));
            plan.push(None);
        } else {
            past.push(None);
            plan.push(Some(out.quarters[(k / 3) as usize].target_revenue / 3.0));
        }
    }
    let label_refs: Vec<&str> = labels.iter().map(String::as_str).collect();
    bar_chart(
        s,
        ctx,
        &BarChart {
            id: "bp-history-chart",
            testid: "history-chart",
            description: results::HISTORY_CHART_DESCRIPTION.get(ctx.l),
            groups: &label_refs,
            ticks: Some(&ticks),
            series: &[
                Series {
                    name: results::PAST_REVENUE.get(ctx.l),
                    class: "bp-bar-base",
                    values: &past,
                },
                Series {
                    name: results::PLANNED_REVENUE.get(ctx.l),
                    class: "bp-bar-target",
                    values: &plan,
                },
            ],
            line: None,
        },
    );
}

/// §14: the odds of the goal over the draws, and the spread of revenue and contribution.
fn outlook(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    let (Some(o), Some(table)) = (out.outlook.as_ref(), table_model::outlook(ctx, out)) else {
        return;
    };
    open_section(s, "outlook", results::OUTLOOK.get(ctx.l));
    let sentence = table_model::momentum_sentence(ctx, out, o);
    w!(
        s,
        "<p class=\"bp-lead\" data-testid=\"momentum\">{}</p>\n",
        Esc(&sentence)
    );
    s.push_str("<dl class=\"bp-kpis\">\n");
    let goal = format!(
        " data-testid=\"probability-of-goal\" data-value=\"{}\"",
        Raw(o.probability_of_goal)
    );
    kpi(
        s,
        results::PROBABILITY_OF_GOAL.get(ctx.l),
        ctx.pct(o.probability_of_goal, 0),
        &goal,
        &results::OVER_DRAWS.fill(ctx.l, &[&ctx.count(f64::from(o.draws))]),
    );
    kpi(
        s,
        results::PROBABILITY_OF_LOSS.get(ctx.l),
        ctx.pct(o.probability_of_loss, 0),
        "",
        results::PROBABILITY_OF_LOSS_MEANING.get(ctx.l),
    );
    s.push_str("</dl>\n");
    outlook_chart(s, ctx, o, out.goal.target_revenue);
    table_write::write_html(s, ctx, &table);
    close_section(s);
}

/// Where the revenue of 8 draws in 10 falls (P10 to P90), its median, and the target.
fn outlook_chart(s: &mut String, ctx: &Ctx, o: &Outlook, target: f64) {
    let q = &o.revenue;
    let (width, height, left, right) = (640.0, 96.0, 16.0, 16.0);
    // The whole spread of the draws when it is known, else P10 to P90; the target always.
    let (low, high) = o
        .spread
        .as_ref()
        .map_or((q.p10, q.p90), |sp| (sp.low, sp.high));
    let lo = low.min(target) * 0.99;
    let hi = high.max(target) * 1.01;
    let x = |v: f64| left + (v - lo) / (hi - lo).max(f64::MIN_POSITIVE) * (width - left - right);
    let money = |v: f64| ctx.money(v).to_string();
    let description = results::OUTLOOK_CHART_DESCRIPTION.fill(
        ctx.l,
        &[&money(q.p10), &money(q.p90), &money(q.p50), &money(target)],
    );
    w!(
        s,
        "<figure class=\"bp-figure\">\n<svg class=\"bp-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"bp-outlook-chart-title\" data-testid=\"outlook-chart\" focusable=\"false\">\n<title id=\"bp-outlook-chart-title\">{}</title>\n",
        Coord(width),
        Coord(height),
        Esc(&description)
    );
    // How the draws spread: a bar per bin, the 8 in 10 between P10 and P90 shaded darker.
    if let Some(spread) = o.spread.as_ref().filter(|sp| sp.high > sp.low) {
        let most = spread.counts.iter().copied().max().unwrap_or(1).max(1) as f64;
        let bin = (spread.high - spread.low) / spread.counts.len() as f64;
        for (i, count) in spread.counts.iter().enumerate() {
            let from = spread.low + bin * i as f64;
            let h = 46.0 * f64::from(*count) / most;
            let inner = from + bin > q.p10 && from < q.p90;
            w!(
                s,
                "<rect class=\"bp-bar {}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>\n",
                if inner {
                    "bp-bar-target"
                } else {
                    "bp-bar-base"
                },
                Coord(x(from)),
                Coord(60.0 - h),
                Coord((x(from + bin) - x(from) - 1.0).max(0.5)),
                Coord(h)
            );
        }
    } else {
        w!(
            s,
            "<rect class=\"bp-bar bp-bar-target bp-range\" x=\"{}\" y=\"30\" width=\"{}\" height=\"24\"/>\n",
            Coord(x(q.p10)),
            Coord(x(q.p90) - x(q.p10))
        );
    }
    w!(
        s,
        "<line class=\"bp-median\" x1=\"{}\" y1=\"62\" x2=\"{}\" y2=\"72\"/>\n<line class=\"bp-target-line\" x1=\"{}\" y1=\"10\" x2=\"{}\" y2=\"72\"/>\n<text class=\"bp-axis\" x=\"{}\" y=\"8\" text-anchor=\"middle\">{}</text>\n",
        Coord(x(q.p50)),
        Coord(x(q.p50)),
        Coord(x(target)),
        Coord(x(target)),
        Coord(x(target)),
        Esc(common::TARGET_REVENUE.get(ctx.l))
    );
    for (label, v) in [("P10", q.p10), ("P50", q.p50), ("P90", q.p90)] {
        w!(
            s,
            "<text class=\"bp-axis\" x=\"{}\" y=\"88\" text-anchor=\"middle\">{label} {}</text>\n",
            Coord(x(v)),
            Esc(&money(v))
        );
    }
    s.push_str("</svg>\n</figure>\n");
}

/// §13: the cheapest split of the paid part of the goal beside the plan's, its saving, and
/// the most extra revenue the paid channels bring profitably.
fn paid_allocation(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    let (Some(split), Some(table)) = (
        out.paid_allocation.as_ref(),
        table_model::paid_allocation(ctx, out),
    ) else {
        return;
    };
    open_section(s, "paid-allocation", results::PAID_ALLOCATION.get(ctx.l));
    table_write::write_html(s, ctx, &table);
    s.push_str("<dl class=\"bp-kpis\">\n");
    // A saving that still buys orders at a loss says so.
    let caveat = match split.loss_making {
        true => results::SPLIT_STILL_LOSES.get(ctx.l),
        false => "",
    };
    kpi(
        s,
        results::SAVING.get(ctx.l),
        ctx.money(split.saving),
        " data-testid=\"saving\"",
        caveat,
    );
    let most = |x: Option<f64>| {
        x.map(|x| ctx.money(x).to_string())
            .unwrap_or_else(|| results::NO_LIMIT.get(ctx.l).to_string())
    };
    let within = most(split.max_profitable_extra_revenue);
    kpi(s, results::MAX_PROFITABLE.get(ctx.l), within, "", "");
    let before_loss = most(split.max_break_even_extra_revenue);
    kpi(s, results::MAX_BREAK_EVEN.get(ctx.l), before_loss, "", "");
    s.push_str("</dl>\n");
    close_section(s);
}

fn scenarios(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    open_section(s, "scenarios", results::SCENARIOS.get(ctx.l));
    intro(s, results::SCENARIOS_INTRO.get(ctx.l));
    table_write::write_html(s, ctx, &table_model::scenarios(ctx, out));
    close_section(s);
}

fn levers(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    let l = &out.levers;
    open_section(s, "levers", results::ONE_LEVER_ALONE.get(ctx.l));
    w!(
        s,
        "<p class=\"bp-intro\">{}</p>\n",
        results::ONE_LEVER_ALONE_INTRO.get(ctx.l)
    );
    table_write::write_html(s, ctx, &table_model::levers(ctx, out));
    s.push_str("<ul class=\"bp-lever-values\">\n");
    w!(
        s,
        "<li>{}<strong class=\"bp-num\" data-testid=\"value-aov\">{}</strong>{}</li>\n",
        results::ONE_PERCENT_AOV_IS_WORTH.get(ctx.l),
        ctx.money(l.value_of_one_percent_aov),
        results::OF_REVENUE_A_YEAR.get(ctx.l)
    );
    if let Some(v) = l.value_of_one_point_abandonment {
        w!(
            s,
            "<li>{}<strong class=\"bp-num\" data-testid=\"value-abandonment\">{}</strong>{}</li>\n",
            results::ONE_POINT_ABANDONMENT_IS_WORTH.get(ctx.l),
            ctx.money(v),
            results::OF_REVENUE_A_YEAR.get(ctx.l)
        );
    }
    s.push_str("</ul>\n");
    close_section(s);
}

/// `canal Google Ads`, `T1 2027`, `plan` (escaped).
fn objective_subject(s: &mut String, ctx: &Ctx, out: &PlanOutput, o: &Objective) {
    let subject = match (&o.reference, objective_about(ctx, out, o)) {
        (Some(ObjectiveRef::Channel(_)), Some(name)) => {
            results::SUBJECT_CHANNEL.fill(ctx.l, &[&name])
        }
        (_, Some(about)) => {
            results::SUBJECT_QUARTER.fill(ctx.l, &[&crate::text::quarter_in_text(&about)])
        }
        (_, None) => results::SUBJECT_PLAN.get(ctx.l).to_string(),
    };
    w!(s, "{}", Esc(&subject));
}

fn objectives(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    open_section(s, "objectives", results::SMART_OBJECTIVES.get(ctx.l));
    w!(
        s,
        "<p class=\"bp-intro\">{}</p>\n",
        results::SMART_OBJECTIVES_INTRO.get(ctx.l)
    );
    super::export::objectives_actions(s, ctx);
    s.push_str("<ol class=\"bp-objectives\" data-testid=\"objectives\">\n");
    // A reason given in full once; an objective with the same one points to it.
    let mut said: Vec<(&str, String)> = Vec::new();
    for (i, o) in out.objectives.iter().enumerate() {
        let scope = match o.scope {
            Scope::Plan => "plan",
            Scope::Channel => "channel",
            Scope::Quarter => "quarter",
        };
        w!(
            s,
            "<li class=\"bp-objective bp-objective-{scope}\" data-index=\"{i}\">\n<p class=\"bp-objective-scope\">{}",
            Esc(objective_scope(ctx, out, o))
        );
        w!(
            s,
            "</p>\n<p class=\"bp-objective-text\">{}</p>\n<dl class=\"bp-checks\">\n",
            Esc(&o.text)
        );
        for (name, check, (tone, word)) in named_checks(ctx, o) {
            w!(s, "<div class=\"bp-check\"><dt>{name}</dt><dd>");
            badge(s, tone, word, "");
            // As HTML: the subject is written escaped.
            let reason = match said.iter().find(|(r, _)| *r == check.reason) {
                Some((_, first)) => results::SAME_REASON_AS.fill(ctx.l, &[first]),
                None => {
                    let mut subject = String::new();
                    objective_subject(&mut subject, ctx, out, o);
                    said.push((&check.reason, subject));
                    Esc(&check.reason).to_string()
                }
            };
            w!(s, " <span class=\"bp-reason\">{reason}</span></dd></div>\n");
        }
        w!(
            s,
            "</dl>\n<button type=\"button\" class=\"bp-copy\" data-action=\"copy\" data-index=\"{i}\" aria-label=\"{}",
            results::COPY_THE_OBJECTIVE.get(ctx.l)
        );
        objective_subject(s, ctx, out, o);
        w!(s, "\">{}</button>\n</li>\n", results::COPY.get(ctx.l));
    }
    s.push_str("</ol>\n");

    let okr = &out.okr;
    w!(
        s,
        "<div class=\"bp-okr\" data-testid=\"okr\">\n<h3 id=\"bp-okr-title\">{}</h3>\n<p class=\"bp-okr-objective\"><span class=\"bp-okr-tag\">{}</span>{}{}</p>\n<ol class=\"bp-key-results\" aria-label=\"{}\">\n",
        results::OKR_TITLE.get(ctx.l),
        results::OBJECTIVE.get(ctx.l),
        ctx.colon(),
        Esc(&okr.objective),
        results::KEY_RESULTS.get(ctx.l)
    );
    for kr in &okr.key_results {
        w!(s, "<li>{}</li>\n", Esc(kr));
    }
    w!(
        s,
        "</ol>\n<button type=\"button\" class=\"bp-copy\" data-action=\"copy-okr\" aria-label=\"{}\">{}</button>\n</div>\n",
        results::COPY_THE_OKR.get(ctx.l),
        results::COPY.get(ctx.l)
    );
    close_section(s);
}

fn warnings(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    if out.warnings.is_empty() {
        return;
    }
    open_section(s, "warnings", results::POINTS_TO_WATCH.get(ctx.l));
    s.push_str("<div class=\"bp-warnings\" data-testid=\"warnings\">\n");
    for wn in &out.warnings {
        w!(
            s,
            "<p class=\"bp-warning\" role=\"note\" data-code=\"{}\">{}",
            Esc(&wn.code),
            Esc(&wn.message)
        );
        // The way to the field it is about (the planner's summary links work the same way).
        if let Some(field) = &wn.field {
            go_to_field(s, field, ctx.l);
        }
        s.push_str("</p>\n");
    }
    s.push_str("</div>\n");
    close_section(s);
}

/// `Objectif : 1 597 440 € (+30 %), CPA cible 21,60 €, 4 canaux.` (plain text, not HTML).
pub(crate) fn summary_text(out: &PlanOutput) -> String {
    let ctx = Ctx::new(out.locale, &out.currency);
    let money = |x: f64| ctx.money(x).money;
    let n = out.channels.len();
    let l = ctx.l;
    let channels = if n > 1 {
        results::CHANNEL_NOUN_MANY
    } else {
        results::CHANNEL_NOUN_ONE
    };
    let mut s = results::SUMMARY.fill(
        l,
        &[
            &money(out.goal.target_revenue),
            &ctx.spct(out.goal.growth_rate, 1),
            &money(out.unit_economics.target_cpa),
            &n,
            &channels.get(l),
        ],
    );
    let k = out.warnings.len();
    if k > 0 {
        let points = if k > 1 {
            results::POINT_TO_WATCH_MANY
        } else {
            results::POINT_TO_WATCH_ONE
        };
        w!(&mut s, ", {k} {}", points.get(l));
    }
    s.push('.');
    s
}
