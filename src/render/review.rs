//! A quarterly review: closed quarters against the plan, the reforecast, channel KPIs, alerts.

use super::chart::{bar_chart, BarChart, Series};
use super::html::{Esc, OrDash, Raw};
use super::parts::{
    badge, close_section, close_table, header_row, num, open_section, open_table, opt_num,
};
use super::{table_model, table_write, w, Ctx};
use crate::review::{AlertCode, ReforecastStatus, ReviewOutput};
use crate::text::reforecast_word;
use crate::words::{common, review as words};

fn reforecast_tone(status: ReforecastStatus) -> (&'static str, &'static str) {
    let tone = match status {
        ReforecastStatus::OnTrack | ReforecastStatus::GoalReached => "ok",
        ReforecastStatus::CatchUp => "warn",
        ReforecastStatus::ReviseGoal | ReforecastStatus::GoalMissed => "bad",
    };
    (tone, status.code())
}

/// A number cell, flagged when it falls on the wrong side of its plan value.
/// `flag`: the tone and word shown next to the value when it is off plan.
fn compared(s: &mut String, value: Option<impl std::fmt::Display>, flag: Option<(&str, &str)>) {
    match (value, flag) {
        (Some(v), Some((tone, word))) => w!(
            s,
            "<td class=\"bp-num bp-off\">{v} <span class=\"bp-badge bp-{tone}\">{}</span></td>",
            Esc(word)
        ),
        (Some(v), None) => num(s, v),
        (None, _) => opt_num::<&str>(s, None),
    }
}

pub(crate) fn review_html(review: &ReviewOutput) -> String {
    let out = &review.plan;
    let ctx = Ctx::new(out.locale, &out.currency);
    let ctx = &ctx;
    let mut s = String::with_capacity(16_000);
    w!(
        &mut s,
        "<div class=\"bp-review\" lang=\"{}\">\n",
        out.locale.code()
    );
    let s = &mut s;

    // Progress and reforecast status first: the answer to "are we on track?".
    let p = &review.progress;
    open_section(
        s,
        "review-progress",
        words::WHERE_DOES_THE_GOAL_STAND.get(ctx.l),
    );
    let (tone, code) = reforecast_tone(p.reforecast_status);
    w!(
        s,
        "<p class=\"bp-achievability\">{}{}",
        common::STATUS.get(ctx.l),
        ctx.colon()
    );
    badge(
        s,
        tone,
        reforecast_word(p.reforecast_status, out.locale),
        &format!(" data-testid=\"reforecast-status\" data-value=\"{code}\""),
    );
    s.push_str("</p>\n<dl class=\"bp-kpis\">\n");
    let kpi = |s: &mut String, label: &str, value: &dyn std::fmt::Display, attrs: &str| {
        w!(
            s,
            "<div class=\"bp-kpi\"><dt>{}</dt><dd class=\"bp-kpi-value bp-num\"{attrs}>{value}</dd></div>\n",
            Esc(label)
        );
    };
    kpi(
        s,
        words::EXTRA_REVENUE_SO_FAR.get(ctx.l),
        &ctx.money(p.extra_so_far),
        "",
    );
    kpi(
        s,
        words::SHARE_OF_THE_GOAL_REACHED.get(ctx.l),
        &ctx.pct(p.goal_share_reached, 0),
        "",
    );
    // A goal already passed says by how much, never a negative remainder.
    let (remaining, amount) = match p.remaining_extra < 0.0 {
        true => (words::GOAL_EXCEEDED_BY, -p.remaining_extra),
        false => (words::REMAINING, p.remaining_extra),
    };
    kpi(s, remaining.get(ctx.l), &ctx.money(amount), "");
    kpi(
        s,
        words::ATTAINMENT_SO_FAR.get(ctx.l),
        &ctx.pct(p.attainment_so_far, 1),
        "",
    );
    kpi(
        s,
        words::PACE_AGAINST_THE_PLAN.get(ctx.l),
        &OrDash(p.pace_factor.map(|x| ctx.pct(x, 0))),
        "",
    );
    kpi(
        s,
        words::PROJECTED_REVENUE_AT_CURRENT_PACE.get(ctx.l),
        &ctx.money(p.projected_revenue),
        &format!(
            " data-testid=\"projected-revenue\" data-value=\"{}\"",
            Raw(p.projected_revenue)
        ),
    );
    kpi(
        s,
        words::PROJECTED_GOAL_ATTAINMENT.get(ctx.l),
        &ctx.pct(p.projected_goal_attainment, 0),
        "",
    );
    kpi(
        s,
        words::EFFORT_ASKED_OF_REMAINING_QUARTERS.get(ctx.l),
        &OrDash(p.required_vs_planned.map(|x| ctx.pct(x, 0))),
        "",
    );
    s.push_str("</dl>\n");
    close_section(s);

    // Quarters: status, target, actual, reforecast.
    open_section(s, "review-quarters", words::QUARTERS.get(ctx.l));
    table_write::write_html(s, ctx, &table_model::review_quarters(ctx, review));

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
    let mut description = String::from(words::CHART_INTRO.get(ctx.l));
    for (i, q) in review.quarters.iter().enumerate() {
        w!(
            &mut description,
            "{}{}{}{}{}",
            if i == 0 {
                ". "
            } else {
                common::LIST_SEPARATOR.get(ctx.l)
            },
            q.label,
            ctx.colon(),
            words::CHART_TARGET.get(ctx.l),
            ctx.money(q.target_revenue).money
        );
        if let Some(a) = q.actual_revenue {
            w!(
                &mut description,
                "{}{}",
                words::CHART_ACTUAL.get(ctx.l),
                ctx.money(a).money
            );
        }
        if let Some(r) = q.reforecast_target_revenue {
            w!(
                &mut description,
                "{}{}",
                words::CHART_REFORECAST.get(ctx.l),
                ctx.money(r).money
            );
        }
    }
    description.push('.');
    bar_chart(
        s,
        ctx,
        &BarChart {
            id: "bp-review-chart",
            testid: "review-chart",
            description: &description,
            groups: &labels,
            ticks: None,
            series: &[
                Series {
                    name: common::TARGET_REVENUE.get(ctx.l),
                    class: "bp-bar-target",
                    values: &target,
                },
                Series {
                    name: common::ACTUAL_REVENUE.get(ctx.l),
                    class: "bp-bar-actual",
                    values: &actual,
                },
                Series {
                    name: common::REFORECAST.get(ctx.l),
                    class: "bp-bar-reforecast",
                    values: &reforecast,
                },
            ],
            line: None,
        },
    );
    close_section(s);

    // Channel KPIs.
    if !review.channel_kpis.is_empty() {
        open_section(s, "review-channels", words::CHANNEL_KPIS.get(ctx.l));
        open_table(s, "channel-kpis", words::CHANNEL_KPIS_CAPTION.get(ctx.l));
        let headers = [
            common::CHANNEL,
            common::QUARTER,
            common::SESSIONS,
            words::TARGET_SESSIONS,
            words::CONVERSION,
            words::PLANNED_CONVERSION,
            common::CPA,
            words::PLANNED_CPA,
            common::TARGET_CPA,
        ]
        .map(|w| w.get(ctx.l));
        header_row(s, &headers, &[1]);
        s.push_str("<tbody>\n");
        // Off plan: a warning; beyond the alert threshold (an alert was raised): bad.
        let flag = |k: &crate::review::ChannelKpi, code: AlertCode, off: bool| {
            let alert = review.alerts.iter().any(|a| {
                a.code == code && a.quarter == k.quarter && a.channel.as_ref() == Some(&k.id)
            });
            match (alert, off, code) {
                (true, _, AlertCode::CpaAbovePlan) => {
                    Some(("bad", words::ABOVE_THE_THRESHOLD.get(ctx.l)))
                }
                (true, _, _) => Some(("bad", words::BELOW_THE_THRESHOLD.get(ctx.l))),
                (false, true, AlertCode::CpaAbovePlan) => {
                    Some(("warn", words::ABOVE_PLAN.get(ctx.l)))
                }
                (false, true, _) => Some(("warn", words::BELOW_PLAN.get(ctx.l))),
                (false, false, _) => None,
            }
        };
        for k in &review.channel_kpis {
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
            w!(
                s,
                "<tr data-id=\"{}\"><th scope=\"row\">{}</th><td>{}</td>",
                Esc(&*k.id),
                Esc(label),
                Esc(quarter)
            );
            compared(
                s,
                k.sessions.map(|x| ctx.count(x)),
                flag(
                    k,
                    AlertCode::SessionsBelowTarget,
                    k.sessions.is_some_and(|x| x < k.target_sessions),
                ),
            );
            num(s, ctx.count(k.target_sessions));
            compared(
                s,
                k.conversion_rate.map(|x| ctx.pct(x, 2)),
                flag(
                    k,
                    AlertCode::ConversionBelowFloor,
                    k.conversion_rate
                        .is_some_and(|x| x < k.planned_conversion_rate),
                ),
            );
            num(s, ctx.pct(k.planned_conversion_rate, 2));
            compared(
                s,
                k.cpa.map(|x| ctx.money(x)),
                flag(
                    k,
                    AlertCode::CpaAbovePlan,
                    k.cpa.zip(k.planned_cpa).is_some_and(|(x, p)| x > p),
                ),
            );
            opt_num(s, k.planned_cpa.map(|x| ctx.money(x)));
            num(s, ctx.money(k.target_cpa));
            s.push_str("</tr>\n");
        }
        s.push_str("</tbody>\n");
        close_table(s);
        close_section(s);
    }

    // Alerts.
    if !review.alerts.is_empty() {
        open_section(s, "review-alerts", words::ALERTS.get(ctx.l));
        s.push_str("<div class=\"bp-warnings\" data-testid=\"alerts\">\n");
        for a in &review.alerts {
            let code = a.code.code();
            w!(
                s,
                "<p class=\"bp-warning\" role=\"note\" data-code=\"{code}\">{}</p>\n",
                Esc(&a.message)
            );
        }
        s.push_str("</div>\n");
        close_section(s);
    }
    s.push_str("</div>\n");
    std::mem::take(s)
}
