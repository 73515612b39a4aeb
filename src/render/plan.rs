//! The plan's results: headline, unit economics, channels, quarters, scenarios, levers,
//! SMART objectives and OKR, warnings.

use super::chart::{bar_chart, BarChart, Line, Series};
use super::html::{Esc, OrDash, Raw, DASH};
use super::{w, Ctx};
use crate::output::*;

/// Opens `<section>` with its heading; ids are `bp-{id}` and `bp-{id}-title`.
pub(crate) fn open_section(s: &mut String, id: &str, title: &str) {
    w!(
        s,
        "<section class=\"bp-section\" id=\"bp-{id}\" aria-labelledby=\"bp-{id}-title\">\n<h2 id=\"bp-{id}-title\">{}</h2>\n",
        Esc(title)
    );
}

pub(crate) fn close_section(s: &mut String) {
    s.push_str("</section>\n");
}

/// Opens a horizontally scrollable, keyboard-focusable table wrapper and the table.
pub(crate) fn open_table(s: &mut String, testid: &str, caption: &str) {
    w!(
        s,
        "<div class=\"bp-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{}\">\n<table class=\"bp-table\" data-testid=\"{testid}\">\n<caption>{}</caption>\n",
        Esc(caption),
        Esc(caption)
    );
}

pub(crate) fn close_table(s: &mut String) {
    s.push_str("</table>\n</div>\n");
}

/// A header row: the first column is text, the others numbers unless listed in `text_cols`.
pub(crate) fn header_row(s: &mut String, headers: &[&str], text_cols: &[usize]) {
    s.push_str("<thead>\n<tr>");
    for (i, h) in headers.iter().enumerate() {
        let class = if i == 0 || text_cols.contains(&i) {
            ""
        } else {
            " class=\"bp-num\""
        };
        w!(s, "<th scope=\"col\"{class}>{}</th>", Esc(h));
    }
    s.push_str("</tr>\n</thead>\n");
}

/// A number cell (right-aligned, tabular figures).
pub(crate) fn num(s: &mut String, value: impl std::fmt::Display) {
    w!(s, "<td class=\"bp-num\">{value}</td>");
}

/// A number cell with an em dash when there is no value.
pub(crate) fn opt_num<T: std::fmt::Display>(s: &mut String, value: Option<T>) {
    num(s, OrDash(value));
}

/// `ok` / `warn` / `bad` / `muted`: the colour classes, always next to a word.
pub(crate) fn badge(s: &mut String, tone: &str, word: &str, extra: &str) {
    w!(
        s,
        "<span class=\"bp-badge bp-{tone}\"{extra}>{}</span>",
        Esc(word)
    );
}

fn achievability_word(a: Achievability, ctx: &Ctx) -> (&'static str, &'static str, &'static str) {
    match a {
        Achievability::InLine => (
            "ok",
            ctx.t("réaliste", "realistic"),
            ctx.t(
                "dans la lignée de la croissance passée",
                "in line with past growth",
            ),
        ),
        Achievability::Stretch => (
            "warn",
            ctx.t("ambitieux", "ambitious"),
            ctx.t(
                "au-delà du rythme passé\u{a0}: un effort net à fournir",
                "beyond the past pace: a clear effort is needed",
            ),
        ),
        Achievability::Aggressive => (
            "bad",
            ctx.t("très ambitieux", "very ambitious"),
            ctx.t(
                "bien au-delà du rythme passé\u{a0}: vérifiez les moyens ou visez plus bas",
                "far beyond the past pace: check the means or aim lower",
            ),
        ),
    }
}

fn achievability_code(a: Achievability) -> &'static str {
    match a {
        Achievability::InLine => "inLine",
        Achievability::Stretch => "stretch",
        Achievability::Aggressive => "aggressive",
    }
}

/// Tone and word of a channel's verdict; no verdict: "no cost" when nothing is spent.
fn verdict_word(c: &ChannelTarget, ctx: &Ctx) -> Option<(&'static str, &'static str)> {
    let word = |v| crate::text::verdict_word(v, ctx.l);
    match c.verdict {
        Some(v @ Verdict::WithinTarget) => Some(("ok", word(v))),
        Some(v @ Verdict::BelowTarget) => Some(("warn", word(v))),
        Some(v @ Verdict::LossMaking) => Some(("bad", word(v))),
        None if c.extra_cost == 0.0 => Some(("muted", ctx.t("pas de coût", "no cost"))),
        None => None,
    }
}

fn verdict_code(v: Option<Verdict>) -> &'static str {
    match v {
        Some(Verdict::WithinTarget) => "withinTarget",
        Some(Verdict::BelowTarget) => "belowTarget",
        Some(Verdict::LossMaking) => "lossMaking",
        None => "none",
    }
}

pub(crate) fn check_word(status: CheckStatus, ctx: &Ctx) -> (&'static str, &'static str) {
    match status {
        CheckStatus::Ok => ("ok", ctx.t("oui", "yes")),
        CheckStatus::Warning => ("warn", ctx.t("sous réserve", "with caveats")),
        CheckStatus::Fail => ("bad", ctx.t("non", "no")),
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

pub(crate) fn results_html(out: &PlanOutput) -> String {
    let ctx = Ctx::new(out.locale, &out.currency);
    let mut s = String::with_capacity(24_000 + 2_500 * out.channels.len());
    w!(
        &mut s,
        "<div class=\"bp-plan\" lang=\"{}\">\n",
        out.locale.code()
    );
    headline(&mut s, &ctx, out);
    unit_economics(&mut s, &ctx, out);
    channels(&mut s, &ctx, out);
    quarters(&mut s, &ctx, out);
    scenarios(&mut s, &ctx, out);
    levers(&mut s, &ctx, out);
    objectives(&mut s, &ctx, out);
    warnings(&mut s, &ctx, out);
    s.push_str("</div>\n");
    s
}

fn headline(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    let g = &out.goal;
    open_section(
        s,
        "headline",
        ctx.t("Objectif de chiffre d'affaires", "Revenue goal"),
    );
    w!(
        s,
        "<div class=\"bp-hero\">\n<p class=\"bp-hero-label\">{}</p>\n<p class=\"bp-hero-value bp-num\" data-testid=\"target-revenue\" data-value=\"{}\">{}</p>\n",
        ctx.t("CA en ligne visé sur 12 mois", "Target online revenue over 12 months"),
        Raw(g.target_revenue),
        ctx.money(g.target_revenue)
    );
    w!(
        s,
        "<p class=\"bp-hero-path\">{} <span class=\"bp-num\">{}</span>{}<span class=\"bp-num\">{}</span> <strong class=\"bp-growth bp-num\" data-testid=\"growth\" data-value=\"{}\">{}</strong></p>\n",
        ctx.t("CA actuel", "Current revenue"),
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
        ctx.t("Objectif", "Goal"),
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
        ctx.t("CA supplémentaire", "Extra revenue"),
        ctx.money(g.extra_revenue),
        "",
        "",
    );
    kpi(
        s,
        ctx.t("Commandes supplémentaires", "Extra orders"),
        ctx.count(extra_orders),
        "",
        ctx.t("sur 12 mois", "over 12 months"),
    );
    kpi(
        s,
        ctx.t(
            "Coût de l'effort supplémentaire",
            "Cost of the extra effort",
        ),
        ctx.money(out.totals.extra_cost),
        "",
        ctx.t("sur 12 mois", "over 12 months"),
    );
    s.push_str("</dl>\n");
    close_section(s);
}

fn unit_economics(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    let u = &out.unit_economics;
    open_section(s, "economics", ctx.t("Économie unitaire", "Unit economics"));
    s.push_str("<dl class=\"bp-kpis\">\n");
    kpi(
        s,
        ctx.t("Marge par commande", "Margin per order"),
        ctx.money(u.margin_per_order),
        "",
        ctx.t(
            "panier moyen × taux de marge",
            "average order × margin rate",
        ),
    );
    kpi(
        s,
        ctx.t("ROAS de rentabilité", "Break-even ROAS"),
        ctx.ratio(u.break_even_roas),
        "",
        ctx.t(
            "CA par euro de publicité pour couvrir la marge",
            "revenue per unit of ad spend to cover the margin",
        ),
    );
    kpi(
        s,
        ctx.t("CPA max, 1re commande", "Max CPA, first order"),
        ctx.money(u.max_cpa_first_order),
        "",
        ctx.t(
            "rentable dès la première commande",
            "profitable from the first order",
        ),
    );
    kpi(
        s,
        ctx.t("CPA max sur 12 mois", "Max CPA over 12 months"),
        ctx.money(u.max_cpa_lifetime),
        "",
        ctx.t(
            "marge d'un client sur 12 mois",
            "a customer's 12-month margin",
        ),
    );
    kpi(
        s,
        ctx.t("CPA cible", "Target CPA"),
        ctx.money(u.target_cpa),
        &format!(
            " data-testid=\"target-cpa\" data-value=\"{}\"",
            Raw(u.target_cpa)
        ),
        ctx.t(
            "respecte le ratio LTV:CAC visé",
            "meets the target LTV:CAC ratio",
        ),
    );
    kpi(
        s,
        ctx.t("ROAS cible", "Target ROAS"),
        ctx.ratio(u.target_roas),
        "",
        ctx.t(
            "CA de la 1re commande par euro de publicité, au CPA cible",
            "first-order revenue per unit of ad spend at the target CPA",
        ),
    );
    s.push_str("</dl>\n");
    close_section(s);
}

fn channels(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    open_section(
        s,
        "channels",
        ctx.t("Objectifs par canal", "Targets per channel"),
    );
    open_table(
        s,
        "channel-targets",
        ctx.t(
            "Par canal\u{a0}: part de l'objectif, trafic ou conversion nécessaires, coûts et rentabilité",
            "Per channel: share of the goal, traffic or conversion needed, costs and profitability",
        ),
    );
    let headers: [&str; 13] = if ctx.fr() {
        [
            "Canal",
            "Part de l'objectif",
            "CA supp.",
            "Commandes supp.",
            "Sessions par mois (actuel → visé)",
            "Hausse du trafic",
            "Ou conversion à trafic constant",
            "CPC max",
            "Coût supp.",
            "CPA",
            "CPA cible",
            "ROAS",
            "Verdict",
        ]
    } else {
        [
            "Channel",
            "Share of the goal",
            "Extra revenue",
            "Extra orders",
            "Sessions per month (now → target)",
            "Traffic growth",
            "Or conversion at current traffic",
            "Max CPC",
            "Extra cost",
            "CPA",
            "Target CPA",
            "ROAS",
            "Verdict",
        ]
    };
    header_row(s, &headers, &[12]);
    s.push_str("<tbody>\n");
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
        w!(
            s,
            "<tr data-id=\"{}\" data-verdict=\"{}\"><th scope=\"row\">{}</th>",
            Esc(&*c.id),
            verdict_code(c.verdict),
            Esc(&c.label)
        );
        num(s, ctx.pct(c.share, 1));
        num(s, ctx.money(c.extra_revenue));
        num(s, ctx.count(c.extra_orders));
        w!(
            s,
            "<td class=\"bp-num\">{}{}{}</td>",
            ctx.count(current),
            ctx.arrow(),
            ctx.count(c.target_sessions_per_month)
        );
        opt_num(s, c.traffic_growth_rate.map(|g| ctx.spct(g, 1)));
        opt_num(s, c.required_conversion_rate.map(|r| ctx.pct(r, 2)));
        num(s, ctx.money(c.max_cpc));
        num(s, ctx.money(c.extra_cost));
        opt_num(s, c.cpa.map(|x| ctx.money(x)));
        num(s, ctx.money(c.target_cpa));
        opt_num(s, c.roas.map(|x| ctx.ratio(x)));
        s.push_str("<td>");
        match verdict_word(c, ctx) {
            Some((tone, word)) => badge(s, tone, word, ""),
            None => s.push_str(DASH),
        }
        s.push_str("</td></tr>\n");
    }
    s.push_str("</tbody>\n<tfoot>\n");
    let t = &out.totals;
    w!(
        s,
        "<tr class=\"bp-total\"><th scope=\"row\">{}</th>",
        ctx.t("Total", "Total")
    );
    num(s, ctx.pct(share, 1));
    num(s, ctx.money(out.goal.extra_revenue));
    num(s, ctx.count(extra_orders));
    w!(
        s,
        "<td class=\"bp-num\">{}{}{}</td>",
        ctx.count(current_sessions),
        ctx.arrow(),
        ctx.count(target_sessions)
    );
    opt_num(
        s,
        (current_sessions > 0.0)
            .then(|| ctx.spct((target_sessions - current_sessions) / current_sessions, 1)),
    );
    let b = &out.baseline;
    opt_num(
        s,
        (b.sessions_per_month > 0.0).then(|| {
            ctx.pct(
                (b.annual_orders + extra_orders) / (b.sessions_per_month * 12.0),
                2,
            )
        }),
    );
    num(s, DASH);
    num(s, ctx.money(t.extra_cost));
    opt_num(s, t.blended_cpa.map(|x| ctx.money(x)));
    num(s, ctx.money(out.unit_economics.target_cpa));
    match t.mer {
        Some(mer) => w!(
            s,
            "<td class=\"bp-num\"><abbr title=\"{}\">MER</abbr> {}</td>",
            ctx.t(
                "CA supplémentaire ÷ coût supplémentaire",
                "extra revenue ÷ extra cost"
            ),
            ctx.ratio(mer)
        ),
        None => num(s, DASH),
    }
    s.push_str("<td>");
    budget_badge(s, ctx, t.budget_fits, "");
    s.push_str("</td></tr>\n</tfoot>\n");
    close_table(s);

    s.push_str("<dl class=\"bp-kpis\" data-testid=\"totals\">\n");
    kpi(
        s,
        ctx.t(
            "Coût supplémentaire sur 12 mois",
            "Extra cost over 12 months",
        ),
        ctx.money(t.extra_cost),
        "",
        "",
    );
    kpi(
        s,
        ctx.t("CPA moyen", "Blended CPA"),
        OrDash(t.blended_cpa.map(|x| ctx.money(x))),
        "",
        ctx.t(
            "coût supplémentaire ÷ commandes supplémentaires",
            "extra cost ÷ extra orders",
        ),
    );
    kpi(
        s,
        "MER",
        OrDash(t.mer.map(|x| ctx.ratio(x))),
        "",
        ctx.t(
            "CA supplémentaire ÷ coût supplémentaire",
            "extra revenue ÷ extra cost",
        ),
    );
    kpi(
        s,
        "ROI",
        OrDash(t.roi.map(|x| ctx.pct(x, 0))),
        "",
        ctx.t(
            "contribution supplémentaire ÷ coût supplémentaire",
            "extra contribution ÷ extra cost",
        ),
    );
    kpi(
        s,
        ctx.t("Contribution supplémentaire", "Extra contribution"),
        ctx.money(t.extra_contribution),
        "",
        ctx.t(
            "marge du CA supplémentaire − coût supplémentaire",
            "margin on the extra revenue − extra cost",
        ),
    );
    s.push_str("<div class=\"bp-kpi\"><dt>");
    s.push_str(ctx.t("Budget marketing", "Marketing budget"));
    s.push_str("</dt><dd class=\"bp-kpi-value\">");
    budget_badge(s, ctx, t.budget_fits, " data-testid=\"budget\"");
    s.push_str("</dd></div>\n</dl>\n");
    close_section(s);
}

fn budget_badge(s: &mut String, ctx: &Ctx, fits: Option<bool>, attrs: &str) {
    let (tone, word) = match fits {
        Some(true) => ("ok", ctx.t("dans le budget", "within budget")),
        Some(false) => ("bad", ctx.t("dépasse le budget", "over budget")),
        None => ("muted", ctx.t("pas de budget indiqué", "no budget given")),
    };
    badge(s, tone, word, attrs);
}

fn quarters(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    open_section(
        s,
        "quarters",
        ctx.t("Jalons trimestriels", "Quarterly milestones"),
    );
    open_table(
        s,
        "quarters",
        ctx.t(
            "CA visé par trimestre, croissance sur un an et progression vers l'objectif",
            "Target revenue per quarter, year-on-year growth and progress toward the goal",
        ),
    );
    let headers: [&str; 7] = if ctx.fr() {
        [
            "Trimestre",
            "CA de référence",
            "CA supp.",
            "CA visé",
            "Sur un an",
            "Contribution",
            "Cumul de l'objectif",
        ]
    } else {
        [
            "Quarter",
            "Baseline revenue",
            "Extra revenue",
            "Target revenue",
            "Year on year",
            "Contribution",
            "Goal so far",
        ]
    };
    header_row(s, &headers, &[]);
    s.push_str("<tbody>\n");
    for q in &out.quarters {
        w!(s, "<tr><th scope=\"row\">{}</th>", Esc(&q.label));
        num(s, ctx.money(q.baseline_revenue));
        num(s, ctx.money(q.extra_revenue));
        num(s, ctx.money(q.target_revenue));
        num(s, ctx.spct(q.yoy_growth_rate, 1));
        num(s, ctx.points(q.contribution_points));
        num(s, ctx.pct(q.cumulative_goal_share, 0));
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody>\n");
    close_table(s);

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
    description.push_str(ctx.t(
        "Graphique\u{a0}: CA de référence puis CA visé, par trimestre. ",
        "Chart: baseline then target revenue, per quarter. ",
    ));
    for (i, q) in out.quarters.iter().enumerate() {
        w!(
            &mut description,
            "{}{}{}{}{}{}",
            if i == 0 {
                ""
            } else {
                ctx.t("\u{202f}; ", "; ")
            },
            q.label,
            ctx.colon(),
            ctx.money(q.baseline_revenue).money,
            ctx.t(" puis ", " then "),
            ctx.money(q.target_revenue).money
        );
    }
    description.push_str(ctx.t(
        ". Courbe\u{a0}: part cumulée de l'objectif atteinte, ",
        ". Line: cumulative share of the goal reached, ",
    ));
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
            series: &[
                Series {
                    name: ctx.t("CA de référence", "Baseline revenue"),
                    class: "bp-bar-base",
                    values: &base,
                },
                Series {
                    name: ctx.t("CA visé", "Target revenue"),
                    class: "bp-bar-target",
                    values: &target,
                },
            ],
            line: Some(Line {
                name: ctx.t("Cumul de l'objectif", "Goal so far"),
                values: &cumulative,
            }),
        },
    );

    // Target sessions per month, per channel and quarter.
    open_table(
        s,
        "quarter-sessions",
        ctx.t(
            "Sessions visées par mois, par canal et par trimestre",
            "Target sessions per month, per channel and quarter",
        ),
    );
    s.push_str("<thead>\n<tr>");
    w!(
        s,
        "<th scope=\"col\">{}</th><th scope=\"col\" class=\"bp-num\">{}</th>",
        ctx.t("Canal", "Channel"),
        ctx.t("Aujourd'hui", "Today")
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
        ctx.t("Total", "Total")
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

fn scenarios(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    open_section(s, "scenarios", ctx.t("Scénarios", "Scenarios"));
    open_table(
        s,
        "scenarios",
        ctx.t(
            "Si le trafic supplémentaire convertit moins ou mieux que prévu, à dépenses égales",
            "If the extra traffic converts worse or better than planned, for the same spend",
        ),
    );
    let headers: [&str; 9] = if ctx.fr() {
        [
            "Scénario",
            "Facteur",
            "CA supp.",
            "CA",
            "Atteinte de l'objectif",
            "Commandes supp.",
            "CPA moyen",
            "Contribution",
            "ROI",
        ]
    } else {
        [
            "Scenario",
            "Factor",
            "Extra revenue",
            "Revenue",
            "Goal attainment",
            "Extra orders",
            "Blended CPA",
            "Contribution",
            "ROI",
        ]
    };
    header_row(s, &headers, &[]);
    s.push_str("<tbody>\n");
    for sc in &out.scenarios {
        let (code, name) = match sc.name {
            ScenarioName::Prudent => ("prudent", ctx.t("Prudent", "Prudent")),
            ScenarioName::Median => ("median", ctx.t("Médian", "Median")),
            ScenarioName::Ambitious => ("ambitious", ctx.t("Ambitieux", "Ambitious")),
        };
        w!(
            s,
            "<tr class=\"bp-scenario-{code}\"><th scope=\"row\">{name}</th><td class=\"bp-num\">×{}</td>",
            ctx.ratio(sc.factor)
        );
        num(s, ctx.money(sc.extra_revenue));
        num(s, ctx.money(sc.revenue));
        num(s, ctx.pct(sc.goal_attainment, 0));
        num(s, ctx.count(sc.extra_orders));
        opt_num(s, sc.blended_cpa.map(|x| ctx.money(x)));
        signed_money_cell(s, ctx, sc.contribution);
        opt_num(s, sc.roi.map(|x| ctx.pct(x, 0)));
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody>\n");
    close_table(s);
    close_section(s);
}

/// Money that may be negative: the minus sign says it, the class colours it.
fn signed_money_cell(s: &mut String, ctx: &Ctx, x: f64) {
    let class = if x < 0.0 { " bp-negative" } else { "" };
    w!(s, "<td class=\"bp-num{class}\">{}</td>", ctx.money(x));
}

fn levers(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    let l = &out.levers;
    let b = &out.baseline;
    let g = out.goal.growth_rate;
    open_section(
        s,
        "levers",
        ctx.t(
            "Un seul levier pour atteindre l'objectif",
            "One lever alone to reach the goal",
        ),
    );
    w!(
        s,
        "<p class=\"bp-intro\">{}</p>\n",
        ctx.t(
            "Ce qu'il faudrait changer si un seul indicateur portait toute la croissance, les autres restant au niveau actuel.",
            "What would have to change if one figure alone carried all the growth, the others staying where they are."
        )
    );
    open_table(
        s,
        "levers",
        ctx.t(
            "Chaque levier seul\u{a0}: valeur actuelle et valeur nécessaire",
            "Each lever alone: current value and value needed",
        ),
    );
    let headers: [&str; 4] = if ctx.fr() {
        [
            "Levier",
            "Aujourd'hui",
            "Pour atteindre l'objectif",
            "Écart",
        ]
    } else {
        ["Lever", "Today", "To reach the goal", "Change"]
    };
    header_row(s, &headers, &[]);
    s.push_str("<tbody>\n");
    let growth = ctx.spct(g, 1);
    let row = |s: &mut String,
               name: &str,
               now: &dyn std::fmt::Display,
               goal: &dyn std::fmt::Display| {
        w!(
            s,
            "<tr><th scope=\"row\">{}</th><td class=\"bp-num\">{now}</td><td class=\"bp-num\">{goal}</td><td class=\"bp-num\">{growth}</td></tr>\n",
            Esc(name)
        );
    };
    row(
        s,
        ctx.t("Sessions par mois", "Sessions per month"),
        &ctx.count(b.sessions_per_month),
        &ctx.count(l.sessions_per_month),
    );
    row(
        s,
        ctx.t("Taux de conversion", "Conversion rate"),
        &ctx.pct(b.blended_conversion_rate, 2),
        &ctx.pct(l.conversion_rate, 2),
    );
    row(
        s,
        ctx.t("Panier moyen", "Average order value"),
        &ctx.money(b.blended_aov),
        &ctx.money(l.average_order_value),
    );
    row(
        s,
        ctx.t(
            "Commandes par client sur 12 mois",
            "Orders per customer in 12 months",
        ),
        &ctx.ratio(l.orders_per_customer / (1.0 + g)),
        &ctx.ratio(l.orders_per_customer),
    );
    w!(
        s,
        "<tr><th scope=\"row\">{}</th>",
        ctx.t("Abandon de panier", "Cart abandonment")
    );
    // The current rate, recovered from the value of one point: A·0.01/(1−a).
    let current = l
        .value_of_one_point_abandonment
        .filter(|v| *v > 0.0)
        .map(|v| 1.0 - b.annual_revenue * 0.01 / v);
    match (current, l.cart_abandonment_rate) {
        (Some(a), Some(target)) => {
            num(s, ctx.pct(a, 1));
            num(s, ctx.pct(target, 1));
            num(s, ctx.points(target - a));
        }
        (Some(a), None) => {
            num(s, ctx.pct(a, 1));
            w!(
                s,
                "<td colspan=\"2\" class=\"bp-note\">{}</td>",
                ctx.t(
                    "hors d'atteinte\u{a0}: même à 0\u{202f}%, ce levier seul ne suffit pas",
                    "out of reach: even at 0%, this lever alone is not enough"
                )
            );
        }
        _ => {
            num(s, DASH);
            w!(
                s,
                "<td colspan=\"2\" class=\"bp-note\">{}</td>",
                ctx.t(
                    "indiquez votre taux d'abandon de panier pour évaluer ce levier",
                    "give your cart abandonment rate to assess this lever"
                )
            );
        }
    }
    s.push_str("</tr>\n</tbody>\n");
    close_table(s);
    s.push_str("<ul class=\"bp-lever-values\">\n");
    w!(
        s,
        "<li>{}<strong class=\"bp-num\" data-testid=\"value-aov\">{}</strong>{}</li>\n",
        ctx.t(
            "+1\u{202f}% de panier moyen vaut ",
            "+1% of average order value is worth "
        ),
        ctx.money(l.value_of_one_percent_aov),
        ctx.t(" de CA par an.", " of revenue a year.")
    );
    if let Some(v) = l.value_of_one_point_abandonment {
        w!(
            s,
            "<li>{}<strong class=\"bp-num\" data-testid=\"value-abandonment\">{}</strong>{}</li>\n",
            ctx.t(
                "−1 point d'abandon de panier vaut ",
                "−1 point of cart abandonment is worth "
            ),
            ctx.money(v),
            ctx.t(" de CA par an.", " of revenue a year.")
        );
    }
    s.push_str("</ul>\n");
    close_section(s);
}

fn objective_subject(s: &mut String, ctx: &Ctx, out: &PlanOutput, o: &Objective) {
    match &o.reference {
        Some(ObjectiveRef::Channel(id)) => {
            let label = out
                .channels
                .iter()
                .find(|c| c.id == *id)
                .map_or(&**id, |c| c.label.as_str());
            w!(s, "{}{}", ctx.t("canal ", "channel "), Esc(label));
        }
        Some(ObjectiveRef::Quarter(i)) => {
            let label = out
                .quarters
                .iter()
                .find(|q| q.index == *i)
                .map(|q| q.label.as_str());
            match label {
                Some(label) => w!(s, "{}", Esc(label)),
                None => w!(s, "{}{i}", ctx.t("trimestre ", "quarter ")),
            }
        }
        None => s.push_str(ctx.t("plan", "plan")),
    }
}

fn objectives(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    open_section(
        s,
        "objectives",
        ctx.t("Objectifs SMART", "SMART objectives"),
    );
    w!(
        s,
        "<p class=\"bp-intro\">{}</p>\n<ol class=\"bp-objectives\" data-testid=\"objectives\">\n",
        ctx.t(
            "Spécifiques, mesurables, atteignables, réalistes et temporels\u{a0}: à copier dans votre plan d'action.",
            "Specific, measurable, achievable, realistic and time-bound: ready to copy into your action plan."
        )
    );
    for (i, o) in out.objectives.iter().enumerate() {
        let scope = match o.scope {
            Scope::Plan => "plan",
            Scope::Channel => "channel",
            Scope::Quarter => "quarter",
        };
        w!(
            s,
            "<li class=\"bp-objective bp-objective-{scope}\" data-index=\"{i}\">\n<p class=\"bp-objective-scope\">"
        );
        match o.scope {
            Scope::Plan => s.push_str(ctx.t("Plan", "Plan")),
            Scope::Channel => s.push_str(ctx.t("Canal", "Channel")),
            Scope::Quarter => s.push_str(ctx.t("Trimestre", "Quarter")),
        }
        if o.scope != Scope::Plan {
            s.push_str(" · ");
            match &o.reference {
                Some(ObjectiveRef::Channel(_)) => {
                    let mut subject = String::new();
                    objective_subject(&mut subject, ctx, out, o);
                    // Without the "channel " prefix: the scope already says it.
                    let prefix = ctx.t("canal ", "channel ");
                    s.push_str(subject.strip_prefix(prefix).unwrap_or(&subject));
                }
                _ => objective_subject(s, ctx, out, o),
            }
        }
        w!(
            s,
            "</p>\n<p class=\"bp-objective-text\">{}</p>\n<dl class=\"bp-checks\">\n",
            Esc(&o.text)
        );
        for (name, check) in [
            (ctx.t("Atteignable", "Achievable"), &o.achievable),
            (ctx.t("Réaliste", "Realistic"), &o.realistic),
        ] {
            let (tone, word) = check_word(check.status, ctx);
            w!(s, "<div class=\"bp-check\"><dt>{name}</dt><dd>");
            badge(s, tone, word, "");
            w!(
                s,
                " <span class=\"bp-reason\">{}</span></dd></div>\n",
                Esc(&check.reason)
            );
        }
        w!(
            s,
            "</dl>\n<button type=\"button\" class=\"bp-copy\" data-action=\"copy\" data-index=\"{i}\" aria-label=\"{}",
            ctx.t("Copier l'objectif\u{a0}: ", "Copy the objective: ")
        );
        objective_subject(s, ctx, out, o);
        w!(s, "\">{}</button>\n</li>\n", ctx.t("Copier", "Copy"));
    }
    s.push_str("</ol>\n");

    let okr = &out.okr;
    w!(
        s,
        "<div class=\"bp-okr\" data-testid=\"okr\">\n<h3 id=\"bp-okr-title\">{}</h3>\n<p class=\"bp-okr-objective\"><span class=\"bp-okr-tag\">{}</span>{}{}</p>\n<ol class=\"bp-key-results\" aria-label=\"{}\">\n",
        ctx.t("OKR\u{a0}: objectif et résultats clés", "OKR: objective and key results"),
        ctx.t("Objectif", "Objective"),
        ctx.colon(),
        Esc(&okr.objective),
        ctx.t("Résultats clés", "Key results")
    );
    for kr in &okr.key_results {
        w!(s, "<li>{}</li>\n", Esc(kr));
    }
    w!(
        s,
        "</ol>\n<button type=\"button\" class=\"bp-copy\" data-action=\"copy-okr\" aria-label=\"{}\">{}</button>\n</div>\n",
        ctx.t(
            "Copier l'OKR\u{a0}: objectif et résultats clés",
            "Copy the OKR: objective and key results"
        ),
        ctx.t("Copier", "Copy")
    );
    close_section(s);
}

fn warnings(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    if out.warnings.is_empty() {
        return;
    }
    open_section(
        s,
        "warnings",
        ctx.t("Points d'attention", "Points to watch"),
    );
    s.push_str("<div class=\"bp-warnings\" data-testid=\"warnings\">\n");
    for wn in &out.warnings {
        w!(
            s,
            "<p class=\"bp-warning\" role=\"note\" data-code=\"{}\">{}</p>\n",
            Esc(&wn.code),
            Esc(&wn.message)
        );
    }
    s.push_str("</div>\n");
    close_section(s);
}

/// `Objectif : 1 597 440 € (+30 %), CPA cible 21,60 €, 4 canaux.` (plain text, not HTML).
pub(crate) fn summary_text(out: &PlanOutput) -> String {
    let ctx = Ctx::new(out.locale, &out.currency);
    let money = |x: f64| ctx.money(x).money;
    let n = out.channels.len();
    let mut s = String::with_capacity(120);
    if ctx.fr() {
        w!(
            &mut s,
            "Objectif\u{A0}: {} ({}), CPA cible {}, {n} {}",
            money(out.goal.target_revenue),
            ctx.spct(out.goal.growth_rate, 1),
            money(out.unit_economics.target_cpa),
            if n > 1 { "canaux" } else { "canal" }
        );
    } else {
        w!(
            &mut s,
            "Goal: {} ({}), target CPA {}, {n} {}",
            money(out.goal.target_revenue),
            ctx.spct(out.goal.growth_rate, 1),
            money(out.unit_economics.target_cpa),
            if n > 1 { "channels" } else { "channel" }
        );
    }
    let k = out.warnings.len();
    match (k, ctx.fr()) {
        (0, _) => {}
        (1, true) => s.push_str(", 1 point d'attention"),
        (k, true) => w!(&mut s, ", {k} points d'attention"),
        (1, false) => s.push_str(", 1 point to watch"),
        (k, false) => w!(&mut s, ", {k} points to watch"),
    }
    s.push('.');
    s
}
