//! The tables that both the page and the terminal show, built once and written twice.
//!
//! A [`Table`] holds its caption, its column headers and its rows of [`Cell`]s, each cell
//! keeping its meaning (row header, figure, change, status badge) rather than its markup.
//! `table_write` writes it as the page's `<table>`, as the terminal's padded
//! grid. One builder per table ([`channel_targets`], [`quarters`], [`review_quarters`]), so
//! the two outputs cannot drift apart in their columns or their words.

use super::Ctx;
use crate::output::{ChannelTarget, PlanOutput, ScenarioName, Verdict};
use crate::review::{QuarterStatus, ReviewOutput};
use crate::words::{common, results, review as words_review, Words};

/// One table: what it is, its columns, its rows and its total rows.
pub(crate) struct Table {
    /// `data-testid` of the page's table.
    pub testid: &'static str,
    pub caption: &'static str,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// Total rows (`<tfoot>` on the page).
    pub footer: Vec<Row>,
}

/// A column header; figures are right-aligned, text left-aligned.
pub(crate) struct Column {
    pub title: &'static str,
    pub figures: bool,
}

pub(crate) struct Row {
    /// `(name, value)` attributes of the page's `<tr>` (`data-id`, `class`…); values escaped.
    pub attrs: Vec<(&'static str, String)>,
    pub cells: Vec<Cell>,
}

/// What a cell means; each writer decides how it looks.
pub(crate) enum Cell {
    /// The row's name (user text for channels and quarters).
    Head(String),
    /// A formatted figure; `None` when there is none.
    Figure(Option<String>),
    /// A figure that may be a loss (coloured when negative).
    Signed { value: String, negative: bool },
    /// A figure now and its target (`12 000 → 15 000`).
    Change { from: String, to: String },
    /// A sentence in place of `span` figures.
    Note { text: &'static str, span: usize },
    /// A status word with its colour (`ok`, `warn`, `bad`, `muted`); `None` when there is none.
    Badge(Option<(&'static str, &'static str)>),
}

fn columns(ctx: &Ctx, titles: &[(Words, bool)]) -> Vec<Column> {
    titles
        .iter()
        .map(|(title, figures)| Column {
            title: title.get(ctx.l),
            figures: *figures,
        })
        .collect()
}

/// A figure cell from an optional value.
fn figure<T: std::fmt::Display>(value: Option<T>) -> Cell {
    Cell::Figure(value.map(|v| v.to_string()))
}

/// Tone and word of a channel's verdict; no verdict: "no cost" when nothing is spent.
pub(crate) fn verdict_badge(c: &ChannelTarget, ctx: &Ctx) -> Option<(&'static str, &'static str)> {
    let word = |v| crate::text::verdict_word(v, ctx.l);
    match c.verdict {
        Some(v @ Verdict::WithinTarget) => Some(("ok", word(v))),
        Some(v @ Verdict::BelowTarget) => Some(("warn", word(v))),
        Some(v @ Verdict::LossMaking) => Some(("bad", word(v))),
        None if c.extra_cost == 0.0 => Some(("muted", results::NO_COST.get(ctx.l))),
        None => None,
    }
}

/// Where a paid channel stands against its break-even point: under it, past it at the planned
/// level, or past it already today (then the spend to come back to).
fn break_even_cell(c: &ChannelTarget, ctx: &Ctx) -> Cell {
    if c.over_spent {
        let spend = ctx
            .money(c.spend_at_break_even.unwrap_or(0.0))
            .money
            .to_string();
        return Cell::Signed {
            value: results::REDUCE_SPEND_TO.fill(ctx.l, &[&spend]),
            negative: true,
        };
    }
    Cell::Badge(c.profitable.map(|p| match p {
        true => ("ok", results::UNDER_CEILING.get(ctx.l)),
        false => ("bad", results::BEYOND_CEILING.get(ctx.l)),
    }))
}

fn verdict_code(v: Option<Verdict>) -> &'static str {
    v.map_or("none", Verdict::code)
}

/// Per channel: share of the goal, traffic or conversion needed, costs and profitability;
/// then the total.
pub(crate) fn channel_targets(ctx: &Ctx, out: &PlanOutput) -> Table {
    let money = |x: f64| ctx.money(x).money.to_string();
    let mut rows = Vec::with_capacity(out.channels.len());
    let mut share = 0.0;
    let mut extra_orders = 0.0;
    let mut current_sessions = 0.0;
    let mut target_sessions = 0.0;
    for c in &out.channels {
        share += c.share;
        extra_orders += c.extra_orders;
        let current = c.target_sessions_per_month - c.extra_sessions_per_month;
        current_sessions += current;
        target_sessions += c.target_sessions_per_month;
        rows.push(Row {
            attrs: vec![
                ("data-id", c.id.to_string()),
                ("data-verdict", verdict_code(c.verdict).to_string()),
            ],
            cells: vec![
                Cell::Head(c.label.clone()),
                figure(Some(ctx.pct(c.share, 1))),
                figure(Some(money(c.extra_revenue))),
                figure(Some(ctx.count(c.extra_orders))),
                Cell::Change {
                    from: ctx.count(current).to_string(),
                    to: ctx.count(c.target_sessions_per_month).to_string(),
                },
                figure(c.traffic_growth_rate.map(|g| ctx.spct(g, 1))),
                figure(c.required_conversion_rate.map(|r| ctx.pct(r, 2))),
                figure(c.max_cpc.map(money)),
                figure(Some(money(c.extra_cost))),
                figure(c.cpa.map(money)),
                figure(c.marginal_cpa.map(money)),
                Cell::Badge(c.feasible.map(|f| match f {
                    true => ("ok", results::UNDER_CEILING.get(ctx.l)),
                    false => ("bad", results::BEYOND_CEILING.get(ctx.l)),
                })),
                break_even_cell(c, ctx),
                figure(Some(money(c.target_cpa))),
                figure(c.roas.map(|x| ctx.ratio(x))),
                Cell::Badge(verdict_badge(c, ctx)),
            ],
        });
    }
    let t = &out.totals;
    let b = &out.baseline;
    let total = Row {
        attrs: vec![("class", "bp-total".to_string())],
        cells: vec![
            Cell::Head(common::TOTAL.get(ctx.l).to_string()),
            figure(Some(ctx.pct(share, 1))),
            figure(Some(money(out.goal.extra_revenue))),
            figure(Some(ctx.count(extra_orders))),
            Cell::Change {
                from: ctx.count(current_sessions).to_string(),
                to: ctx.count(target_sessions).to_string(),
            },
            figure(
                (current_sessions > 0.0)
                    .then(|| ctx.spct((target_sessions - current_sessions) / current_sessions, 1)),
            ),
            figure((b.sessions_per_month > 0.0).then(|| {
                ctx.pct(
                    (b.annual_orders + extra_orders) / (b.sessions_per_month * 12.0),
                    2,
                )
            })),
            Cell::Figure(None),
            figure(Some(money(t.extra_cost))),
            figure(t.paid_cpa.map(money)),
            Cell::Figure(None),
            Cell::Badge(None),
            Cell::Badge(None),
            figure(Some(money(out.unit_economics.target_cpa))),
            match t.mer {
                Some(mer) => Cell::Figure(Some(format!("MER {}", ctx.ratio(mer)))),
                None => Cell::Figure(None),
            },
            Cell::Badge(Some(budget_word(ctx, t.budget_fits))),
        ],
    };
    Table {
        testid: "channel-targets",
        caption: results::CHANNEL_TARGETS_CAPTION.get(ctx.l),
        columns: columns(
            ctx,
            &[
                (common::CHANNEL, false),
                (common::SHARE_OF_THE_GOAL, true),
                (common::EXTRA_REVENUE_ABBR, true),
                (common::EXTRA_ORDERS_ABBR, true),
                (results::SESSIONS_NOW_TO_TARGET, true),
                (results::TRAFFIC_GROWTH, true),
                (results::OR_CONVERSION_AT_CURRENT_TRAFFIC, true),
                (results::MAX_CPC, true),
                (results::EXTRA_COST_ABBR, true),
                (common::CPA, true),
                (results::MARGINAL_CPA, true),
                (results::CEILING, false),
                (results::BREAK_EVEN, false),
                (common::TARGET_CPA, true),
                (common::ROAS, true),
                (common::VERDICT, false),
            ],
        ),
        rows,
        footer: vec![total],
    }
}

/// The prudent, median and ambitious outcomes of the plan at the same spend (§7).
pub(crate) fn scenarios(ctx: &Ctx, out: &PlanOutput) -> Table {
    let money = |x: f64| ctx.money(x).money.to_string();
    let rows = out
        .scenarios
        .iter()
        .map(|sc| {
            let (code, name) = match sc.name {
                ScenarioName::Prudent => ("prudent", results::PRUDENT),
                ScenarioName::Median => ("median", results::MEDIAN),
                ScenarioName::Ambitious => ("ambitious", results::AMBITIOUS),
            };
            Row {
                attrs: vec![("class", format!("bp-scenario-{code}"))],
                cells: vec![
                    Cell::Head(name.get(ctx.l).to_string()),
                    figure(Some(format!("×{}", ctx.ratio(sc.factor)))),
                    figure(Some(money(sc.extra_revenue))),
                    figure(Some(money(sc.revenue))),
                    figure(Some(ctx.pct(sc.goal_attainment, 0))),
                    figure(Some(ctx.count(sc.extra_orders))),
                    figure(sc.cost_per_extra_order.map(money)),
                    Cell::Signed {
                        value: money(sc.contribution),
                        negative: sc.contribution < 0.0,
                    },
                    figure(sc.roi.map(|x| ctx.pct(x, 0))),
                ],
            }
        })
        .collect();
    Table {
        testid: "scenarios",
        caption: results::SCENARIOS_CAPTION.get(ctx.l),
        columns: columns(
            ctx,
            &[
                (results::SCENARIO, false),
                (results::FACTOR, true),
                (common::EXTRA_REVENUE_ABBR, true),
                (results::REVENUE, true),
                (results::GOAL_ATTAINMENT, true),
                (common::EXTRA_ORDERS_ABBR, true),
                (common::COST_PER_EXTRA_ORDER, true),
                (results::CONTRIBUTION, true),
                (results::ROI, true),
            ],
        ),
        rows,
        footer: Vec::new(),
    }
}

/// Each lever alone (§8): today's value, the value that reaches the goal, and the change.
pub(crate) fn levers(ctx: &Ctx, out: &PlanOutput) -> Table {
    let (l, b) = (&out.levers, &out.baseline);
    let growth = ctx.spct(out.goal.growth_rate, 1);
    let row = |name: Words, now: String, goal: String| Row {
        attrs: Vec::new(),
        cells: vec![
            Cell::Head(name.get(ctx.l).to_string()),
            figure(Some(now)),
            figure(Some(goal)),
            figure(Some(growth.to_string())),
        ],
    };
    let g = out.goal.growth_rate;
    let mut rows = vec![
        row(
            results::SESSIONS_PER_MONTH,
            ctx.count(b.sessions_per_month).to_string(),
            ctx.count(l.sessions_per_month).to_string(),
        ),
        row(
            results::CONVERSION_AT_CONSTANT_TRAFFIC,
            ctx.pct(b.blended_conversion_rate, 2).to_string(),
            ctx.pct(l.conversion_rate, 2).to_string(),
        ),
        row(
            common::AVERAGE_ORDER_VALUE,
            ctx.money(b.blended_aov).money.to_string(),
            ctx.money(l.average_order_value).money.to_string(),
        ),
        row(
            common::ORDERS_PER_CUSTOMER_12_MONTHS,
            ctx.ratio(l.orders_per_customer / (1.0 + g)).to_string(),
            ctx.ratio(l.orders_per_customer).to_string(),
        ),
    ];
    // The current rate, recovered from the value of one point: A·0.01/(1−a).
    let current = l
        .value_of_one_point_abandonment
        .filter(|v| *v > 0.0)
        .map(|v| 1.0 - b.annual_revenue * 0.01 / v);
    let head = Cell::Head(results::CART_ABANDONMENT.get(ctx.l).to_string());
    let note = |text: Words| Cell::Note {
        text: text.get(ctx.l),
        span: 2,
    };
    let cells = match (current, l.cart_abandonment_rate) {
        (Some(a), Some(target)) => vec![
            head,
            figure(Some(ctx.pct(a, 1))),
            figure(Some(ctx.pct(target, 1))),
            figure(Some(ctx.points(target - a))),
        ],
        (Some(a), None) => vec![
            head,
            figure(Some(ctx.pct(a, 1))),
            note(results::ABANDONMENT_OUT_OF_REACH),
        ],
        _ => vec![
            head,
            Cell::Figure(None),
            note(results::ABANDONMENT_RATE_MISSING),
        ],
    };
    rows.push(Row {
        attrs: Vec::new(),
        cells,
    });
    Table {
        testid: "levers",
        caption: results::LEVERS_CAPTION.get(ctx.l),
        columns: columns(
            ctx,
            &[
                (results::LEVER, false),
                (results::TODAY, true),
                (results::TO_REACH_THE_GOAL, true),
                (results::CHANGE, true),
            ],
        ),
        rows,
        footer: Vec::new(),
    }
}

/// §14: revenue and contribution at the 10th, 50th and 90th percentiles of the draws;
/// `None` without an outlook.
/// What the shop's trend and planned spend deliver, the odds that it is enough, and what is
/// left to effort the plan does not price: the one sentence the probability means.
pub(crate) fn momentum_sentence(ctx: &Ctx, out: &PlanOutput, o: &crate::output::Outlook) -> String {
    let trend = match o.trend_known {
        true => results::MOMENTUM_TREND.fill(ctx.l, &[&ctx.spct(o.reference_growth, 1)]),
        false => results::MOMENTUM_FLAT.get(ctx.l).to_string(),
    };
    let mut sentence = results::MOMENTUM.fill(
        ctx.l,
        &[
            &trend,
            &ctx.money(o.momentum_revenue).money,
            &ctx.pct(o.probability_of_goal, 0),
            &ctx.money(out.goal.target_revenue).money,
        ],
    );
    match o.effort_gap > 0.0 {
        true => sentence += &results::EFFORT_GAP.fill(ctx.l, &[&ctx.money(o.effort_gap).money]),
        false => sentence += results::NO_EFFORT_GAP.get(ctx.l),
    }
    sentence
}

pub(crate) fn outlook(ctx: &Ctx, out: &PlanOutput) -> Option<Table> {
    let o = out.outlook.as_ref()?;
    let money = |x: f64| ctx.money(x).money.to_string();
    let row = |name: Words, q: &crate::output::Quantiles, signed: bool| {
        let cell = |v: f64| Cell::Signed {
            value: money(v),
            negative: signed && v < 0.0,
        };
        Row {
            attrs: Vec::new(),
            cells: vec![
                Cell::Head(name.get(ctx.l).to_string()),
                cell(q.p10),
                cell(q.p50),
                cell(q.p90),
            ],
        }
    };
    Some(Table {
        testid: "outlook",
        caption: results::OUTLOOK_CAPTION.get(ctx.l),
        columns: columns(
            ctx,
            &[
                (results::OUTLOOK_FIGURE, false),
                (results::P10, true),
                (results::P50, true),
                (results::P90, true),
            ],
        ),
        rows: vec![
            row(results::REVENUE, &o.revenue, false),
            row(results::CONTRIBUTION, &o.contribution, true),
        ],
        footer: Vec::new(),
    })
}

/// The paid part of the goal split as planned and at the lowest cost (§13), with the total;
/// `None` without paid channels on a curve.
pub(crate) fn paid_allocation(ctx: &Ctx, out: &PlanOutput) -> Option<Table> {
    let split = out.paid_allocation.as_ref()?;
    let money = |x: f64| Some(ctx.money(x).money.to_string());
    let rows = split
        .channels
        .iter()
        .filter_map(|a| {
            let planned = out.channels.iter().find(|c| c.id == a.id)?;
            Some(Row {
                attrs: vec![("data-id", a.id.to_string())],
                cells: vec![
                    Cell::Head(planned.label.clone()),
                    figure(money(planned.extra_revenue)),
                    figure(money(a.extra_revenue)),
                    figure(money(planned.extra_cost)),
                    figure(money(a.extra_cost)),
                    figure(Some(format!("×{}", ctx.ratio(a.spend_multiple)))),
                    // Red where the last order costs more than a customer brings.
                    Cell::Signed {
                        value: ctx.money(a.marginal_cpa).money.to_string(),
                        negative: a.loses_money,
                    },
                ],
            })
        })
        .collect();
    let total = Row {
        attrs: vec![("class", "bp-total".to_string())],
        cells: vec![
            Cell::Head(common::TOTAL.get(ctx.l).to_string()),
            figure(money(split.paid_extra_revenue)),
            figure(money(split.paid_extra_revenue)),
            figure(money(split.planned_extra_cost)),
            figure(money(split.extra_cost)),
            Cell::Figure(None),
            Cell::Figure(None),
        ],
    };
    Some(Table {
        testid: "paid-allocation",
        caption: results::PAID_ALLOCATION_CAPTION.get(ctx.l),
        columns: columns(
            ctx,
            &[
                (common::CHANNEL, false),
                (results::PLANNED_SPLIT, true),
                (results::CHEAPEST_SPLIT, true),
                (results::PLANNED_COST, true),
                (results::CHEAPEST_COST, true),
                (results::SPEND_MULTIPLE, true),
                (results::MARGINAL_CPA, true),
            ],
        ),
        rows,
        footer: vec![total],
    })
}

/// Target revenue per quarter, year-on-year growth and progress toward the goal.
pub(crate) fn quarters(ctx: &Ctx, out: &PlanOutput) -> Table {
    let money = |x: f64| Some(ctx.money(x).money.to_string());
    let rows = out
        .quarters
        .iter()
        .map(|q| Row {
            attrs: Vec::new(),
            cells: vec![
                Cell::Head(crate::text::quarter_in_text(&q.label)),
                Cell::Figure(money(q.baseline_revenue)),
                Cell::Figure(money(q.extra_revenue)),
                Cell::Figure(money(q.target_revenue)),
                figure(Some(ctx.spct(q.yoy_growth_rate, 1))),
                figure(Some(ctx.points(q.contribution_points))),
                figure(Some(ctx.pct(q.cumulative_goal_share, 0))),
                Cell::Figure(money(q.planned_spend)),
            ],
        })
        .collect();
    Table {
        testid: "quarters",
        caption: results::QUARTERS_CAPTION.get(ctx.l),
        columns: columns(
            ctx,
            &[
                (common::QUARTER, false),
                (common::BASELINE_REVENUE, true),
                (common::EXTRA_REVENUE_ABBR, true),
                (common::TARGET_REVENUE, true),
                (common::YEAR_ON_YEAR, true),
                (results::CONTRIBUTION, true),
                (common::GOAL_SO_FAR, true),
                (results::PLANNED_SPEND, true),
            ],
        ),
        rows,
        footer: Vec::new(),
    }
}

/// The twelve months: revenue target and planned spend (budget pacing), then the year.
pub(crate) fn months(ctx: &Ctx, out: &PlanOutput) -> Table {
    let money = |x: f64| Some(ctx.money(x).money.to_string());
    let row = |head: String, baseline: f64, target: f64, spend: f64, attrs| Row {
        attrs,
        cells: vec![
            Cell::Head(head),
            Cell::Figure(money(baseline)),
            Cell::Figure(money(target)),
            figure(Some(ctx.spct(target / baseline - 1.0, 1))),
            Cell::Figure(money(spend)),
        ],
    };
    let rows = out
        .months
        .iter()
        .map(|m| {
            let head = crate::text::quarter_in_text(&m.label);
            let attrs = vec![("data-month", m.index.to_string())];
            row(
                head,
                m.baseline_revenue,
                m.target_revenue,
                m.planned_spend,
                attrs,
            )
        })
        .collect();
    let sum = |f: fn(&crate::output::Month) -> f64| out.months.iter().map(f).sum::<f64>();
    let total = row(
        common::TOTAL.get(ctx.l).to_string(),
        sum(|m| m.baseline_revenue),
        sum(|m| m.target_revenue),
        sum(|m| m.planned_spend),
        vec![("class", "bp-total".to_string())],
    );
    Table {
        testid: "months",
        caption: results::MONTHS_CAPTION.get(ctx.l),
        columns: columns(
            ctx,
            &[
                (results::MONTH, false),
                (common::BASELINE_REVENUE, true),
                (common::TARGET_REVENUE, true),
                (common::YEAR_ON_YEAR, true),
                (results::PLANNED_SPEND, true),
            ],
        ),
        rows,
        footer: vec![total],
    }
}

/// Tone and contract code of a quarter's status.
fn quarter_status_tone(status: QuarterStatus) -> (&'static str, &'static str) {
    let tone = match status {
        QuarterStatus::Exceeded | QuarterStatus::Achieved => "ok",
        QuarterStatus::Missed => "bad",
        QuarterStatus::Open => "muted",
    };
    (tone, status.code())
}

/// Actuals against the plan, and the revised targets of the quarters to come.
pub(crate) fn review_quarters(ctx: &Ctx, review: &ReviewOutput) -> Table {
    let money = |x: f64| ctx.money(x).money.to_string();
    let rows = review
        .quarters
        .iter()
        .map(|q| {
            let (tone, code) = quarter_status_tone(q.status);
            Row {
                attrs: vec![("data-status", code.to_string())],
                cells: vec![
                    Cell::Head(crate::text::quarter_in_text(&q.label)),
                    Cell::Badge(Some((
                        tone,
                        crate::text::quarter_status_word(q.status, ctx.l),
                    ))),
                    Cell::Figure(Some(money(q.target_revenue))),
                    Cell::Figure(q.actual_revenue.map(money)),
                    figure(q.attainment.map(|x| ctx.pct(x, 1))),
                    Cell::Figure(q.reforecast_target_revenue.map(money)),
                    figure(q.reforecast_yoy_growth_rate.map(|x| ctx.spct(x, 1))),
                ],
            }
        })
        .collect();
    Table {
        testid: "review-quarters",
        caption: words_review::QUARTERS_CAPTION.get(ctx.l),
        columns: columns(
            ctx,
            &[
                (common::QUARTER, false),
                (common::STATUS, false),
                (common::TARGET_REVENUE, true),
                (common::ACTUAL_REVENUE, true),
                (common::ATTAINMENT, true),
                (common::REFORECAST, true),
                (words_review::REFORECAST_YEAR_ON_YEAR, true),
            ],
        ),
        rows,
        footer: Vec::new(),
    }
}

/// Tone and word of whether the extra cost fits the marketing budget.
pub(crate) fn budget_word(ctx: &Ctx, fits: Option<bool>) -> (&'static str, &'static str) {
    match fits {
        Some(true) => ("ok", results::WITHIN_BUDGET.get(ctx.l)),
        Some(false) => ("bad", results::OVER_BUDGET.get(ctx.l)),
        None => ("muted", results::NO_BUDGET_GIVEN.get(ctx.l)),
    }
}
