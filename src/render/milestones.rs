//! The plan's milestones on the page: the quarters (targets, planned spend, each channel's
//! sessions) and the twelve months (targets and budget), each as a table and a chart.

use super::chart::{bar_chart, BarChart, Line, Series};
use super::html::Esc;
use super::parts::{close_section, close_table, intro, num, open_section, open_table, opt_num};
use super::table_model;
use super::{table_write, w, Ctx};
use crate::output::*;
use crate::words::{common, results};

pub(super) fn quarters(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    open_section(s, "quarters", results::QUARTERLY_MILESTONES.get(ctx.l));
    intro(s, results::QUARTERS_INTRO.get(ctx.l));
    table_write::write_html(s, ctx, &table_model::quarters(ctx, out));

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
    let mut description = String::with_capacity(400);
    description.push_str(results::QUARTER_CHART_INTRO.get(ctx.l));
    for (i, q) in out.quarters.iter().enumerate() {
        w!(
            &mut description,
            "{}{}{}{}{}{}",
            if i == 0 {
                ""
            } else {
                common::LIST_SEPARATOR.get(ctx.l)
            },
            q.label,
            ctx.colon(),
            ctx.money(q.baseline_revenue).money,
            results::THEN.get(ctx.l),
            ctx.money(q.target_revenue).money
        );
    }
    description.push_str(results::QUARTER_CHART_LINE_INTRO.get(ctx.l));
    for (i, q) in out.quarters.iter().enumerate() {
        w!(
            &mut description,
            "{}{} {}",
            if i == 0 { "" } else { ", " },
            q.label,
            ctx.pct(q.cumulative_goal_share, 0)
        );
    }
    description.push('.');
    bar_chart(
        s,
        ctx,
        &BarChart {
            id: "bp-quarter-chart",
            testid: "quarter-chart",
            description: &description,
            groups: &labels,
            ticks: None,
            series: &[
                Series {
                    name: common::BASELINE_REVENUE.get(ctx.l),
                    class: "bp-bar-base",
                    values: &base,
                },
                Series {
                    name: common::TARGET_REVENUE.get(ctx.l),
                    class: "bp-bar-target",
                    values: &target,
                },
            ],
            line: Some(Line {
                name: common::GOAL_SO_FAR.get(ctx.l),
                values: &cumulative,
            }),
        },
    );

    // Target sessions per month, per channel and quarter.
    open_table(
        s,
        "quarter-sessions",
        results::QUARTER_SESSIONS_CAPTION.get(ctx.l),
    );
    s.push_str("<thead>\n<tr>");
    w!(
        s,
        "<th scope=\"col\">{}</th><th scope=\"col\" class=\"bp-num\">{}</th>",
        common::CHANNEL.get(ctx.l),
        results::TODAY.get(ctx.l)
    );
    for q in &out.quarters {
        w!(
            s,
            "<th scope=\"col\" class=\"bp-num\">{}</th>",
            Esc(&q.label)
        );
    }
    s.push_str("</tr>\n</thead>\n<tbody>\n");
    for (i, c) in out.channels.iter().enumerate() {
        w!(
            s,
            "<tr data-id=\"{}\"><th scope=\"row\">{}</th>",
            Esc(&*c.id),
            Esc(&c.label)
        );
        num(
            s,
            ctx.count(c.target_sessions_per_month - c.extra_sessions_per_month),
        );
        for q in &out.quarters {
            opt_num(
                s,
                q.channels
                    .get(i)
                    .map(|qc| ctx.count(qc.target_sessions_per_month)),
            );
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody>\n<tfoot>\n");
    w!(
        s,
        "<tr class=\"bp-total\"><th scope=\"row\">{}</th>",
        common::TOTAL.get(ctx.l)
    );
    num(s, ctx.count(out.baseline.sessions_per_month));
    for q in &out.quarters {
        let total: f64 = q.channels.iter().map(|c| c.target_sessions_per_month).sum();
        num(s, ctx.count(total));
    }
    s.push_str("</tr>\n</tfoot>\n");
    close_table(s);
    close_section(s);
}

/// The twelve months: what each must bring in and what it spends (budget pacing), as a table,
/// a chart and a file.
pub(super) fn months(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    let l = ctx.l;
    open_section(s, "months", results::MONTHS_TITLE.get(l));
    let intro_words = match out.history {
        Some(_) => results::MONTHS_INTRO_HISTORY,
        None => results::MONTHS_INTRO_EVEN,
    };
    intro(s, intro_words.get(l));
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
            &mut description,
            "{}{}{}{}{}",
            labels[i],
            ctx.colon(),
            ctx.money(m.target_revenue).money,
            results::THEN.get(l),
            ctx.money(m.planned_spend).money
        );
    }
    description.push('.');
    bar_chart(
        s,
        ctx,
        &BarChart {
            id: "bp-month-chart",
            testid: "month-chart",
            description: &description,
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
    table_write::write_html(s, ctx, &table_model::months(ctx, out));
    w!(
        s,
        "<p><button type=\"button\" class=\"bp-btn\" data-action=\"export-months-csv\">{}</button></p>\n",
        crate::words::form::EXPORT_MONTHS_CSV.get(l)
    );
    close_section(s);
}
