//! The plan over time: the shop's history beside the plan's months, the quarterly milestones
//! (targets, planned spend, each channel's sessions) and the twelve months (targets and budget).

use super::figure::{bar_chart, BarChart, Line, Series};
use super::*;
use crate::output::*;
use crate::render::{table_model, w, Ctx};
use crate::words::{common, results};

/// What the results show of the plan's history beyond its output: the months themselves, and
/// whether the seasonality and the past growth were typed (else the history gave them).
#[derive(Debug, Clone, Copy)]
pub struct HistoryView<'a> {
    pub months: &'a [f64],
    pub seasonality_typed: bool,
    pub growth_typed: bool,
}

/// §15: what the shop's history gave: months read, the last 12 months, and the seasonality
/// and past growth the plan used.
pub(super) fn history_section(
    ctx: &Ctx,
    out: &PlanOutput,
    view: Option<HistoryView>,
) -> Option<Section> {
    let h = out.history.as_ref()?;
    let l = ctx.l;
    let seasonality = h.seasonality.map_or_else(
        || results::EQUAL_QUARTERS.get(l).to_string(),
        |w| {
            [1, 2, 3, 4]
                .map(|q| results::CALENDAR_QUARTER_SHARE.fill(l, &[&q, &ctx.pct(w[q - 1], 0)]))
                .join(" · ")
        },
    );
    // Where each value comes from: typed (it wins), or the history.
    let origin = |typed: Option<bool>| match typed {
        Some(true) => results::TYPED_WINS.get(l),
        Some(false) => results::FROM_HISTORY.get(l),
        None => "",
    };
    let mut seasonality = Figure::new(results::SEASONALITY_USED.get(l), seasonality)
        .hint(origin(view.map(|v| v.seasonality_typed)));
    seasonality.testid = Some("seasonality-used");
    seasonality.wrap = true;
    let growth = h.past_growth_rate.map(|g| ctx.spct(g, 1).to_string());
    let mut growth = Figure::new(
        results::PAST_GROWTH_USED.get(l),
        growth.as_deref().unwrap_or(DASH),
    )
    .hint(origin(view.map(|v| v.growth_typed)));
    growth.testid = Some("growth-used");
    let mut blocks = vec![figures(
        Some("history"),
        vec![
            Figure::new(results::MONTHS_READ.get(l), ctx.count(h.months as f64)),
            Figure::new(
                results::LAST_12_MONTHS.get(l),
                ctx.money(h.last_year_revenue).money,
            ),
            seasonality,
            growth,
        ],
    )];
    // Two figures of « this year's revenue » that differ by more than 1 % are said apart, so
    // that nobody reads the plan as starting from the history's.
    let baseline = out.baseline.annual_revenue;
    if (h.last_year_revenue - baseline).abs() > 0.01 * baseline.max(1.0) {
        let money = |x: f64| ctx.money(x).money.to_string();
        blocks.push(Block::Hint {
            text: results::HISTORY_NOT_BASELINE
                .fill(l, &[&money(h.last_year_revenue), &money(baseline)]),
        });
    }
    if let Some(view) = view {
        blocks.extend(history_chart(ctx, out, view.months));
    }
    Some(section("history", results::YOUR_HISTORY, l, blocks))
}

/// The months of the history, then the plan's months (each quarter's target revenue spread
/// over its three months), on one line of bars: the past and the plan side by side.
fn history_chart(ctx: &Ctx, out: &PlanOutput, input_months: &[f64]) -> Option<Block> {
    let first = out.quarters.first()?;
    // Calendar month (0–11) and year of the plan's first month, then counted back.
    let start = i64::from(first.year) * 12 + 3 * (i64::from(first.quarter) - 1);
    let n = input_months.len() as i64;
    let mut labels = Vec::new();
    let mut ticks = Vec::new();
    let mut past = Vec::new();
    let mut plan = Vec::new();
    for k in -n..12 {
        let (year, month) = ((start + k).div_euclid(12), (start + k).rem_euclid(12) + 1);
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
    Some(Block::Chart(bar_chart(
        ctx,
        &BarChart {
            id: "bp-history-chart",
            testid: "history-chart",
            description: results::HISTORY_CHART_DESCRIPTION.get(ctx.l).to_string(),
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
    )))
}

pub(super) fn quarters(ctx: &Ctx, out: &PlanOutput) -> Section {
    let l = ctx.l;
    let money = |x: f64| ctx.money(x).money.to_string();
    // The chart: baseline vs target per quarter, and the cumulative share of the goal.
    let labels: Vec<&str> = out.quarters.iter().map(|q| q.label.as_str()).collect();
    let base: Vec<Option<f64>> = out
        .quarters
        .iter()
        .map(|q| Some(q.baseline_revenue))
        .collect();
    let target: Vec<Option<f64>> = out
        .quarters
        .iter()
        .map(|q| Some(q.target_revenue))
        .collect();
    let cumulative: Vec<f64> = out
        .quarters
        .iter()
        .map(|q| q.cumulative_goal_share)
        .collect();
    let mut description = String::from(results::QUARTER_CHART_INTRO.get(l));
    for (i, q) in out.quarters.iter().enumerate() {
        let separator = if i == 0 {
            ""
        } else {
            common::LIST_SEPARATOR.get(l)
        };
        w!(
            description,
            "{separator}{}{}{}{}{}",
            q.label,
            ctx.colon(),
            money(q.baseline_revenue),
            results::THEN.get(l),
            money(q.target_revenue)
        );
    }
    description.push_str(results::QUARTER_CHART_LINE_INTRO.get(l));
    for (i, q) in out.quarters.iter().enumerate() {
        let separator = if i == 0 { "" } else { ", " };
        w!(
            description,
            "{separator}{} {}",
            q.label,
            ctx.pct(q.cumulative_goal_share, 0)
        );
    }
    description.push('.');
    let chart = bar_chart(
        ctx,
        &BarChart {
            id: "bp-quarter-chart",
            testid: "quarter-chart",
            description,
            groups: &labels,
            ticks: None,
            series: &[
                Series {
                    name: common::BASELINE_REVENUE.get(l),
                    class: "bp-bar-base",
                    values: &base,
                },
                Series {
                    name: common::TARGET_REVENUE.get(l),
                    class: "bp-bar-target",
                    values: &target,
                },
            ],
            line: Some(Line {
                name: common::GOAL_SO_FAR.get(l),
                values: &cumulative,
            }),
        },
    );
    section(
        "quarters",
        results::QUARTERLY_MILESTONES,
        l,
        vec![
            intro(results::QUARTERS_INTRO, l),
            Block::Table(TableView::of(&table_model::quarters(ctx, out), l)),
            Block::Chart(chart),
            Block::Table(quarter_sessions(ctx, out)),
        ],
    )
}

/// Target sessions per month, per channel and quarter.
fn quarter_sessions(ctx: &Ctx, out: &PlanOutput) -> TableView {
    let l = ctx.l;
    let mut columns = vec![
        Column {
            title: common::CHANNEL.get(l).to_string(),
            figures: false,
        },
        Column {
            title: results::TODAY.get(l).to_string(),
            figures: true,
        },
    ];
    columns.extend(out.quarters.iter().map(|q| Column {
        title: q.label.clone(),
        figures: true,
    }));
    let rows = out
        .channels
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let mut cells = vec![
                CellView::Head {
                    text: c.label.clone(),
                },
                CellView::figure(
                    ctx.count(c.target_sessions_per_month - c.extra_sessions_per_month)
                        .to_string(),
                ),
            ];
            cells.extend(out.quarters.iter().map(|q| {
                CellView::figure(q.channels.get(i).map_or(DASH.to_string(), |qc| {
                    ctx.count(qc.target_sessions_per_month).to_string()
                }))
            }));
            RowView {
                key: c.id.to_string(),
                marks: Marks {
                    id: Some(c.id.to_string()),
                    ..Marks::default()
                },
                cells,
            }
        })
        .collect();
    let mut total = vec![
        CellView::Head {
            text: common::TOTAL.get(l).to_string(),
        },
        CellView::figure(ctx.count(out.baseline.sessions_per_month).to_string()),
    ];
    total.extend(out.quarters.iter().map(|q| {
        let sum: f64 = q.channels.iter().map(|c| c.target_sessions_per_month).sum();
        CellView::figure(ctx.count(sum).to_string())
    }));
    TableView {
        testid: "quarter-sessions",
        caption: results::QUARTER_SESSIONS_CAPTION.get(l).to_string(),
        columns,
        rows,
        footer: vec![RowView {
            key: "total".into(),
            marks: Marks {
                class: Some("bp-total".into()),
                ..Marks::default()
            },
            cells: total,
        }],
    }
}

/// The twelve months: what each must bring in and what it spends (budget pacing), as a chart,
/// a table and a file.
pub(super) fn months(ctx: &Ctx, out: &PlanOutput) -> Section {
    let l = ctx.l;
    let intro_words = match out.history {
        Some(_) => results::MONTHS_INTRO_HISTORY,
        None => results::MONTHS_INTRO_EVEN,
    };
    let labels: Vec<String> = out
        .months
        .iter()
        .map(|m| crate::text::quarter_in_text(&m.label))
        .collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let target: Vec<Option<f64>> = out.months.iter().map(|m| Some(m.target_revenue)).collect();
    let spend: Vec<Option<f64>> = out.months.iter().map(|m| Some(m.planned_spend)).collect();
    let mut description = String::from(results::MONTH_CHART_INTRO.get(l));
    for (i, m) in out.months.iter().enumerate() {
        if i > 0 {
            description.push_str(common::LIST_SEPARATOR.get(l));
        }
        w!(
            description,
            "{}{}{}{}{}",
            labels[i],
            ctx.colon(),
            ctx.money(m.target_revenue).money,
            results::THEN.get(l),
            ctx.money(m.planned_spend).money
        );
    }
    description.push('.');
    let chart = bar_chart(
        ctx,
        &BarChart {
            id: "bp-month-chart",
            testid: "month-chart",
            description,
            groups: &labels,
            ticks: Some(&[0, 2, 4, 6, 8, 10]),
            series: &[
                Series {
                    name: common::TARGET_REVENUE.get(l),
                    class: "bp-bar-target",
                    values: &target,
                },
                Series {
                    name: results::PLANNED_SPEND.get(l),
                    class: "bp-bar-spend",
                    values: &spend,
                },
            ],
            line: None,
        },
    );
    section(
        "months",
        results::MONTHS_TITLE,
        l,
        vec![
            intro(intro_words, l),
            Block::Chart(chart),
            Block::Table(TableView::of(&table_model::months(ctx, out), l)),
            Block::Actions {
                class: "bp-section-actions",
                items: vec![Button::new(
                    Action::ExportMonthsCsv,
                    crate::words::form::EXPORT_MONTHS_CSV.get(l),
                )],
            },
        ],
    )
}
