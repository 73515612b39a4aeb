//! The plan at a glance: the few figures a visitor watches while editing (target revenue and
//! growth, the paid CPA against its target, whether the paid channels stay under their
//! ceilings, the odds of the goal), in a bar that stays in sight on every screen.

use super::html::Raw;
use super::parts::badge;
use super::{w, Ctx};
use crate::output::PlanOutput;
use crate::words::page;

/// The bar's content, with the button that jumps to the full results.
pub(crate) fn glance_html(out: &PlanOutput) -> String {
    let ctx = Ctx::new(out.locale, &out.currency);
    let l = ctx.l;
    let mut s = String::with_capacity(600);
    let g = &out.goal;
    w!(
        &mut s,
        "<p class=\"bp-glance-figures\"><span>{}{} <strong class=\"bp-num\" data-testid=\"glance-target\" data-value=\"{}\">{}</strong> <span class=\"bp-num\">({})</span></span>",
        page::GLANCE_GOAL.get(l),
        ctx.colon(),
        Raw(g.target_revenue),
        ctx.money(g.target_revenue),
        ctx.spct(g.growth_rate, 1)
    );
    // The goal on the same achievability scale as the results and the objectives.
    let (tone, word) = super::naming::reach_word(g.achievability.status(), &ctx);
    s.push(' ');
    badge(&mut s, tone, word, " data-testid=\"glance-achievability\"");
    if let Some(paid) = out.totals.paid_cpa {
        w!(
            &mut s,
            " <span>{}{} <strong class=\"bp-num\">{}</strong> <span class=\"bp-num\">({} {})</span></span>",
            page::GLANCE_PAID_CPA.get(l),
            ctx.colon(),
            ctx.money(paid),
            page::GLANCE_TARGET.get(l),
            ctx.money(out.unit_economics.target_cpa)
        );
        let beyond = out.channels.iter().any(|c| c.feasible == Some(false));
        let (tone, word) = match beyond {
            true => ("bad", page::GLANCE_BEYOND_CEILING.get(l)),
            false => ("ok", page::GLANCE_FEASIBLE.get(l)),
        };
        s.push_str(" <span>");
        badge(&mut s, tone, word, " data-testid=\"glance-feasible\"");
        s.push_str("</span>");
    }
    if let Some(o) = &out.outlook {
        w!(
            &mut s,
            " <span>{}{} <strong class=\"bp-num\">{}</strong></span>",
            page::GLANCE_ODDS.get(l),
            ctx.colon(),
            ctx.pct(o.probability_of_goal, 0)
        );
    }
    w!(
        &mut s,
        "</p><button type=\"button\" class=\"bp-link\" data-action=\"to-results\">{}</button>",
        page::TO_RESULTS.get(l)
    );
    s
}
