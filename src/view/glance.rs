//! The plan at a glance: the few figures a visitor watches while editing (target revenue and
//! growth, the paid CPA against its target, whether the paid channels stay under their
//! ceilings, the odds of the goal), in a bar that stays in sight on every screen.

use serde::Serialize;

use super::{Badge, Figure};
use crate::output::PlanOutput;
use crate::render::naming::reach_word;
use crate::render::Ctx;
use crate::words::page;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Glance {
    pub goal: Figure,
    pub growth: String,
    pub reach: Badge,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub paid: Option<PaidGlance>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub odds: Option<Figure>,
    pub to_results: String,
}

/// The paid channels' CPA against its target, and whether they stay under their ceilings.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PaidGlance {
    pub cpa: Figure,
    pub target: String,
    pub feasible: Badge,
}

pub fn glance(out: &PlanOutput) -> Glance {
    let ctx = Ctx::new(out.locale, &out.currency);
    let (g, l) = (&out.goal, ctx.l);
    let label = |words: crate::words::Words| format!("{}{}", words.get(l), ctx.colon());
    let paid = out.totals.paid_cpa.map(|paid| {
        let beyond = out.channels.iter().any(|c| c.feasible == Some(false));
        let (tone, word) = match beyond {
            true => ("bad", page::GLANCE_BEYOND_CEILING.get(l)),
            false => ("ok", page::GLANCE_FEASIBLE.get(l)),
        };
        PaidGlance {
            cpa: Figure::new(&label(page::GLANCE_PAID_CPA), ctx.money(paid).money),
            target: format!(
                "({} {})",
                page::GLANCE_TARGET.get(l),
                ctx.money(out.unit_economics.target_cpa).money
            ),
            feasible: Badge::new((tone, word)).marked("glance-feasible", None),
        }
    });
    Glance {
        goal: Figure::new(&label(page::GLANCE_GOAL), ctx.money(g.target_revenue).money)
            .marked("glance-target", Some(g.target_revenue)),
        growth: format!("({})", ctx.spct(g.growth_rate, 1)),
        // The goal on the same achievability scale as the results and the objectives.
        reach: Badge::new(reach_word(g.achievability.status(), &ctx))
            .marked("glance-achievability", None),
        paid,
        odds: out
            .outlook
            .as_ref()
            .map(|o| Figure::new(&label(page::GLANCE_ODDS), ctx.pct(o.probability_of_goal, 0))),
        to_results: page::TO_RESULTS.get(l).to_string(),
    }
}
