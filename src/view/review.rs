//! A quarterly review as the page shows it: where the goal stands, the quarters against the
//! plan and their reforecast, the channels' figures against theirs, the alerts.

use super::figure::{bar_chart, BarChart, Series};
use super::*;
use crate::render::{table_model, w, Ctx};
use crate::review::{AlertCode, ChannelKpi, ReforecastStatus, ReviewOutput};
use crate::text::reforecast_word;
use crate::words::{common, review as words};

fn reforecast_tone(status: ReforecastStatus) -> &'static str {
    match status {
        ReforecastStatus::OnTrack | ReforecastStatus::GoalReached => "ok",
        ReforecastStatus::CatchUp => "warn",
        ReforecastStatus::ReviseGoal | ReforecastStatus::GoalMissed => "bad",
    }
}

pub fn review_view(review: &ReviewOutput) -> Results {
    let out = &review.plan;
    let ctx = &Ctx::new(out.locale, &out.currency);
    let mut sections = vec![progress(ctx, review), quarters(ctx, review)];
    if !review.channel_kpis.is_empty() {
        sections.push(Section {
            id: "review-channels",
            title: words::CHANNEL_KPIS.get(ctx.l).to_string(),
            blocks: vec![Block::Table(channel_kpis(ctx, review))],
        });
    }
    if !review.alerts.is_empty() {
        let items = review
            .alerts
            .iter()
            .map(|a| Note {
                key: format!(
                    "{}:{}:{}",
                    a.code.code(),
                    a.quarter,
                    a.channel.as_deref().unwrap_or("")
                ),
                code: a.code.code().to_string(),
                text: a.message.clone(),
                go_to: None,
            })
            .collect();
        sections.push(Section {
            id: "review-alerts",
            title: words::ALERTS.get(ctx.l).to_string(),
            blocks: vec![Block::Notes {
                testid: "alerts",
                items,
            }],
        });
    }
    Results {
        kind: "review",
        lang: out.locale.code(),
        testid: None,
        print: None,
        sections,
        glossary: None,
    }
}

/// Progress and reforecast status first: the answer to "are we on track?".
fn progress(ctx: &Ctx, review: &ReviewOutput) -> Section {
    let (p, l) = (&review.progress, ctx.l);
    let money = |x: f64| ctx.money(x).money.to_string();
    let dash = |x: Option<String>| x.unwrap_or_else(|| DASH.to_string());
    let status = Badge::new((
        reforecast_tone(p.reforecast_status),
        reforecast_word(p.reforecast_status, review.plan.locale),
    ))
    .marked(
        "reforecast-status",
        Some(p.reforecast_status.code().to_string()),
    );
    // A goal already passed says by how much, never a negative remainder.
    let (remaining, amount) = match p.remaining_extra < 0.0 {
        true => (words::GOAL_EXCEEDED_BY, -p.remaining_extra),
        false => (words::REMAINING, p.remaining_extra),
    };
    let items = vec![
        Figure::new(words::EXTRA_REVENUE_SO_FAR.get(l), money(p.extra_so_far)),
        Figure::new(
            words::SHARE_OF_THE_GOAL_REACHED.get(l),
            ctx.pct(p.goal_share_reached, 0),
        ),
        Figure::new(remaining.get(l), money(amount)),
        Figure::new(
            words::ATTAINMENT_SO_FAR.get(l),
            ctx.pct(p.attainment_so_far, 1),
        ),
        Figure::new(
            words::PACE_AGAINST_THE_PLAN.get(l),
            dash(p.pace_factor.map(|x| ctx.pct(x, 0).to_string())),
        ),
        Figure::new(
            words::PROJECTED_REVENUE_AT_CURRENT_PACE.get(l),
            money(p.projected_revenue),
        )
        .marked("projected-revenue", Some(p.projected_revenue)),
        Figure::new(
            words::PROJECTED_GOAL_ATTAINMENT.get(l),
            ctx.pct(p.projected_goal_attainment, 0),
        ),
        Figure::new(
            words::EFFORT_ASKED_OF_REMAINING_QUARTERS.get(l),
            dash(p.required_vs_planned.map(|x| ctx.pct(x, 0).to_string())),
        ),
    ];
    Section {
        id: "review-progress",
        title: words::WHERE_DOES_THE_GOAL_STAND.get(l).to_string(),
        blocks: vec![
            Block::Status {
                label: format!("{}{}", common::STATUS.get(l), ctx.colon()),
                badge: status,
                hint: None,
            },
            Block::Figures(Figures {
                testid: None,
                items,
            }),
        ],
    }
}

/// Quarters: status, target, actual, reforecast, as a table and a chart.
fn quarters(ctx: &Ctx, review: &ReviewOutput) -> Section {
    let l = ctx.l;
    let labels: Vec<&str> = review.quarters.iter().map(|q| q.label.as_str()).collect();
    let target: Vec<Option<f64>> = review
        .quarters
        .iter()
        .map(|q| Some(q.target_revenue))
        .collect();
    let actual: Vec<Option<f64>> = review.quarters.iter().map(|q| q.actual_revenue).collect();
    let reforecast: Vec<Option<f64>> = review
        .quarters
        .iter()
        .map(|q| q.reforecast_target_revenue)
        .collect();
    let mut description = String::from(words::CHART_INTRO.get(l));
    for (i, q) in review.quarters.iter().enumerate() {
        let separator = match i {
            0 => ". ",
            _ => common::LIST_SEPARATOR.get(l),
        };
        w!(
            description,
            "{separator}{}{}{}{}",
            q.label,
            ctx.colon(),
            words::CHART_TARGET.get(l),
            ctx.money(q.target_revenue).money
        );
        if let Some(a) = q.actual_revenue {
            w!(
                description,
                "{}{}",
                words::CHART_ACTUAL.get(l),
                ctx.money(a).money
            );
        }
        if let Some(r) = q.reforecast_target_revenue {
            w!(
                description,
                "{}{}",
                words::CHART_REFORECAST.get(l),
                ctx.money(r).money
            );
        }
    }
    description.push('.');
    let chart = bar_chart(
        ctx,
        &BarChart {
            id: "bp-review-chart",
            testid: "review-chart",
            description,
            groups: &labels,
            ticks: None,
            series: &[
                Series {
                    name: common::TARGET_REVENUE.get(l),
                    class: "bp-bar-target",
                    values: &target,
                },
                Series {
                    name: common::ACTUAL_REVENUE.get(l),
                    class: "bp-bar-actual",
                    values: &actual,
                },
                Series {
                    name: common::REFORECAST.get(l),
                    class: "bp-bar-reforecast",
                    values: &reforecast,
                },
            ],
            line: None,
        },
    );
    Section {
        id: "review-quarters",
        title: words::QUARTERS.get(l).to_string(),
        blocks: vec![
            Block::Table(TableView::of(&table_model::review_quarters(ctx, review), l)),
            Block::Chart(chart),
        ],
    }
}

/// Each channel's figures of each closed quarter against the plan's.
fn channel_kpis(ctx: &Ctx, review: &ReviewOutput) -> TableView {
    let (out, l) = (&review.plan, ctx.l);
    let columns = [
        (common::CHANNEL, false),
        (common::QUARTER, false),
        (common::SESSIONS, true),
        (words::TARGET_SESSIONS, true),
        (words::CONVERSION, true),
        (words::PLANNED_CONVERSION, true),
        (common::CPA, true),
        (words::PLANNED_CPA, true),
        (common::TARGET_CPA, true),
    ]
    .map(|(title, figures)| Column {
        title: title.get(l).to_string(),
        figures,
    })
    .to_vec();
    // Off plan: a warning; beyond the alert threshold (an alert was raised): bad.
    let flag = |k: &ChannelKpi, code: AlertCode, off: bool| {
        let alert = review
            .alerts
            .iter()
            .any(|a| a.code == code && a.quarter == k.quarter && a.channel.as_ref() == Some(&k.id));
        let (tone, word) = match (alert, off, code) {
            (true, _, AlertCode::CpaAbovePlan) => ("bad", words::ABOVE_THE_THRESHOLD),
            (true, _, _) => ("bad", words::BELOW_THE_THRESHOLD),
            (false, true, AlertCode::CpaAbovePlan) => ("warn", words::ABOVE_PLAN),
            (false, true, _) => ("warn", words::BELOW_PLAN),
            (false, false, _) => return None,
        };
        Some(Badge::new((tone, word.get(l))))
    };
    let compared = |value: Option<String>, flag: Option<Badge>| match value {
        Some(text) => CellView::Figure {
            text,
            negative: false,
            flag,
        },
        None => CellView::figure(DASH),
    };
    let rows = review
        .channel_kpis
        .iter()
        .map(|k| {
            let label = out
                .channels
                .iter()
                .find(|c| c.id == k.id)
                .map_or(&*k.id, |c| c.label.as_str());
            let quarter = out
                .quarters
                .iter()
                .find(|q| q.index == k.quarter)
                .map_or("", |q| q.label.as_str());
            let money = |x: f64| ctx.money(x).money.to_string();
            RowView {
                key: format!("{}:{}", k.id, k.quarter),
                marks: Marks {
                    id: Some(k.id.to_string()),
                    ..Marks::default()
                },
                cells: vec![
                    CellView::Head {
                        text: label.to_string(),
                    },
                    CellView::Text {
                        text: quarter.to_string(),
                    },
                    compared(
                        k.sessions.map(|x| ctx.count(x).to_string()),
                        flag(
                            k,
                            AlertCode::SessionsBelowTarget,
                            k.sessions.is_some_and(|x| x < k.target_sessions),
                        ),
                    ),
                    CellView::figure(ctx.count(k.target_sessions).to_string()),
                    compared(
                        k.conversion_rate.map(|x| ctx.pct(x, 2).to_string()),
                        flag(
                            k,
                            AlertCode::ConversionBelowFloor,
                            k.conversion_rate
                                .is_some_and(|x| x < k.planned_conversion_rate),
                        ),
                    ),
                    CellView::figure(ctx.pct(k.planned_conversion_rate, 2).to_string()),
                    compared(
                        k.cpa.map(money),
                        flag(
                            k,
                            AlertCode::CpaAbovePlan,
                            k.cpa.zip(k.planned_cpa).is_some_and(|(x, p)| x > p),
                        ),
                    ),
                    CellView::figure(k.planned_cpa.map_or(DASH.to_string(), money)),
                    CellView::figure(money(k.target_cpa)),
                ],
            }
        })
        .collect();
    TableView {
        testid: "channel-kpis",
        caption: words::CHANNEL_KPIS_CAPTION.get(l).to_string(),
        columns,
        rows,
        footer: Vec::new(),
    }
}
