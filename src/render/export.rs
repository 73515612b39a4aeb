//! What leaves the page besides the results on screen: every SMART objective and the OKR as
//! plain text or Markdown (to paste into Notion, GitHub, Slack, an e-mail), and the header
//! that only the printout shows (title, date, the plan's inputs).

use super::html::Esc;
use super::naming::{named_checks, objective_scope};
use super::parts::header_row;
use super::{okr_markdown_at, okr_text, w, Ctx, MarkdownText};
use crate::fields;
use crate::model::{CostModel, Goal, PlanInput};
use crate::output::PlanOutput;
use crate::words::results;

/// The two buttons that copy every objective and the OKR, under the section's intro.
pub(crate) fn objectives_actions(s: &mut String, ctx: &Ctx) {
    s.push_str("<div class=\"bp-objectives-actions\">");
    for (action, label) in [
        ("copy-objectives", results::COPY_ALL_OBJECTIVES),
        (
            "copy-objectives-markdown",
            results::COPY_ALL_OBJECTIVES_MARKDOWN,
        ),
    ] {
        w!(
            s,
            "<button type=\"button\" class=\"bp-copy\" data-action=\"{action}\">{}</button>",
            label.get(ctx.l)
        );
    }
    s.push_str("</div>\n");
}

/// An objective's two checks, each with its status word and its reason.
fn checks<'a>(
    ctx: &Ctx,
    o: &'a crate::output::Objective,
) -> [(&'static str, &'static str, &'a str); 2] {
    named_checks(ctx, o).map(|(name, c, (_, word))| (name, word, c.reason.as_str()))
}

/// Every SMART objective (its scope, its sentence, both checks with their reasons), then the
/// OKR, as plain text.
pub fn objectives_text(out: &PlanOutput) -> String {
    let ctx = Ctx::new(out.locale, &out.currency);
    let mut s = String::with_capacity(600 * (out.objectives.len() + 1));
    w!(&mut s, "{}\n", results::SMART_OBJECTIVES.get(ctx.l));
    for (i, o) in out.objectives.iter().enumerate() {
        w!(
            &mut s,
            "\n{}. {}\n{}\n",
            i + 1,
            objective_scope(&ctx, out, o),
            o.text
        );
        for (name, word, reason) in checks(&ctx, o) {
            w!(&mut s, "{name}{}{word} — {reason}\n", ctx.colon());
        }
    }
    w!(
        &mut s,
        "\n{}\n{}\n",
        results::OKR_TITLE.get(ctx.l),
        okr_text(out)
    );
    s
}

/// The same as Markdown: a heading, a numbered list of objectives each with its checks, then
/// the OKR under its own heading.
pub fn objectives_markdown(out: &PlanOutput) -> String {
    let ctx = Ctx::new(out.locale, &out.currency);
    let mut s = String::with_capacity(700 * (out.objectives.len() + 1));
    w!(&mut s, "## {}\n\n", results::SMART_OBJECTIVES.get(ctx.l));
    for (i, o) in out.objectives.iter().enumerate() {
        w!(
            &mut s,
            "{}. **{}**{}{}\n",
            i + 1,
            MarkdownText(&objective_scope(&ctx, out, o)),
            ctx.colon(),
            MarkdownText(&o.text)
        );
        // Indented under the item's text (three columns), so that they nest in it.
        for (name, word, reason) in checks(&ctx, o) {
            w!(
                &mut s,
                "   - {name}{}**{word}** — {}\n",
                ctx.colon(),
                MarkdownText(reason)
            );
        }
    }
    w!(&mut s, "\n## {}\n\n", results::OKR_TITLE.get(ctx.l));
    s.push_str(&okr_markdown_at(out, "###"));
    s
}

/// The printout's header, hidden on screen: a title, the date of printing (filled by the
/// page just before it prints, in the planner's language) and, when given, the inputs the
/// plan was worked out from, so that the paper says what it answers.
pub(crate) fn print_header(s: &mut String, ctx: &Ctx, out: &PlanOutput, input: Option<&PlanInput>) {
    w!(
        s,
        "<header class=\"bp-print-header\" data-testid=\"print-header\">\n<h1 class=\"bp-print-title\">{}</h1>\n<p class=\"bp-print-when\">{} <span class=\"bp-print-date\"></span></p>\n",
        results::PRINT_TITLE.get(ctx.l),
        results::PRINTED_ON.get(ctx.l)
    );
    if let Some(input) = input {
        print_inputs(s, ctx, out, input);
    }
    s.push_str("</header>\n");
}

fn print_inputs(s: &mut String, ctx: &Ctx, out: &PlanOutput, input: &PlanInput) {
    let l = ctx.l;
    let (goal, goal_value) = match input.goal {
        Goal::GrowthRate(rate) => (&fields::GOAL_GROWTH_RATE, ctx.spct(rate, 1).to_string()),
        Goal::ExtraRevenue(x) => (&fields::GOAL_EXTRA_REVENUE, ctx.money(x).to_string()),
        Goal::TargetRevenue(x) => (&fields::GOAL_TARGET_REVENUE, ctx.money(x).to_string()),
    };
    let start = out.quarters.first().map_or("", |q| q.label.as_str());
    let figures = [
        (
            fields::AVERAGE_ORDER_VALUE.label.get(l),
            ctx.money(input.average_order_value).to_string(),
        ),
        (
            fields::GROSS_MARGIN_RATE.label.get(l),
            ctx.pct(input.gross_margin_rate, 1).to_string(),
        ),
        (
            fields::ORDERS_PER_CUSTOMER.label.get(l),
            ctx.ratio(input.orders_per_customer).to_string(),
        ),
        (goal.label.get(l), goal_value),
        (fields::START.title.get(l), Esc(start).to_string()),
    ];
    w!(
        s,
        "<h2 class=\"bp-print-subtitle\">{}</h2>\n<dl class=\"bp-print-inputs\">\n",
        results::PRINT_INPUTS.get(l)
    );
    // The values are HTML already (money escaped when its currency could hold markup).
    for (name, value) in figures {
        w!(
            s,
            "<div><dt>{}</dt><dd class=\"bp-num\">{value}</dd></div>\n",
            Esc(name)
        );
    }
    s.push_str(
        "</dl>\n<table class=\"bp-table bp-print-channels\" data-testid=\"print-channels\">\n",
    );
    header_row(
        s,
        &[
            fields::CHANNEL_LABEL.title.get(l),
            fields::SESSIONS_PER_MONTH.title.get(l),
            fields::CONVERSION_RATE.title.get(l),
            fields::COST_MODEL.title.get(l),
            results::COST_AMOUNT.get(l),
        ],
        &[3],
    );
    s.push_str("<tbody>\n");
    for c in &input.channels {
        let amount = match c.cost {
            CostModel::None => None,
            CostModel::PerClick { cost_per_click, .. } => Some(cost_per_click),
            CostModel::Spend {
                current_monthly, ..
            } => Some(current_monthly),
            CostModel::Fixed { monthly } => Some(monthly),
        };
        w!(
            s,
            "<tr><th scope=\"row\">{}</th><td class=\"bp-num\">{}</td><td class=\"bp-num\">{}</td><td>{}</td><td class=\"bp-num\">{}</td></tr>\n",
            Esc(&c.label),
            ctx.count(c.sessions_per_month),
            ctx.pct(c.conversion_rate, 2),
            crate::text::cost_model_word(c.cost.kind(), l),
            super::html::OrDash(amount.map(|x| ctx.money(x)))
        );
    }
    s.push_str("</tbody>\n</table>\n");
}
