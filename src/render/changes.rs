//! What moved with an edit, for the live region: the key figures of a plan or a review before
//! it, and the sentences that name those that moved (« CPA payant : 16,06 € (avant
//! 24,09 €). »), said before the summary.

use crate::output::{ChannelId, PlanOutput, ReforecastStatus, Verdict};
use crate::render::table_model::budget_word;
use crate::render::Ctx;
use crate::review::ReviewOutput;
use crate::words::{common, fields, page, results, review as words_review};

/// At most this many figures are named after an edit.
const MOST: usize = 2;

/// The key figures of a plan that the next announcement compares with: numbers, not words, so
/// that both sides are said as the plan after the edit says them (its language, its currency).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PlanFigures {
    target_revenue: f64,
    growth_rate: f64,
    target_cpa: f64,
    paid_cpa: Option<f64>,
    cost_per_extra_order: Option<f64>,
    probability_of_goal: Option<f64>,
    budget_fits: Option<bool>,
    /// Each channel's id, CPA and verdict.
    channels: Vec<(ChannelId, Option<f64>, Option<Verdict>)>,
}

impl PlanFigures {
    pub(crate) fn of(out: &PlanOutput) -> PlanFigures {
        PlanFigures {
            target_revenue: out.goal.target_revenue,
            growth_rate: out.goal.growth_rate,
            target_cpa: out.unit_economics.target_cpa,
            paid_cpa: out.totals.paid_cpa,
            cost_per_extra_order: out.totals.cost_per_extra_order,
            probability_of_goal: out.outlook.as_ref().map(|o| o.probability_of_goal),
            budget_fits: out.totals.budget_fits,
            channels: out
                .channels
                .iter()
                .map(|c| (c.id.clone(), c.cpa, c.verdict))
                .collect(),
        }
    }
}

/// The key figures of a review that the next announcement compares with.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ReviewFigures {
    projected_revenue: f64,
    status: ReforecastStatus,
}

impl ReviewFigures {
    pub(crate) fn of(review: &ReviewOutput) -> ReviewFigures {
        ReviewFigures {
            projected_revenue: review.progress.projected_revenue,
            status: review.progress.reforecast_status,
        }
    }
}

/// The figures that moved, sorted: the number that moved most (by its ratio) first, then the
/// statuses that changed (a verdict, the budget), then the other numbers.
struct Moved<'a> {
    ctx: Ctx<'a>,
    /// `(how far it moved, as the logarithm of its ratio; the sentence)`.
    numbers: Vec<(f64, String)>,
    statuses: Vec<String>,
}

impl<'a> Moved<'a> {
    fn new(ctx: Ctx<'a>) -> Self {
        Moved {
            ctx,
            numbers: Vec::new(),
            statuses: Vec::new(),
        }
    }

    fn sentence(&self, label: &str, now: &str, before: &str) -> String {
        results::CHANGED.fill(self.ctx.l, &[&label, &now, &before])
    }

    /// A figure known before and after the edit, named when it is said differently.
    fn number(
        &mut self,
        label: &str,
        before: Option<f64>,
        now: Option<f64>,
        say: impl Fn(f64) -> String,
    ) {
        let (Some(before), Some(now)) = (before, now) else {
            return;
        };
        let (old, new) = (say(before), say(now));
        if old == new {
            return;
        }
        // How many times larger or smaller: halving moves as far as doubling. Through zero or
        // from it, as far as can be.
        let moved = match before * now > 0.0 {
            true => (now / before).ln().abs(),
            false => f64::INFINITY,
        };
        let sentence = self.sentence(label, &new, &old);
        self.numbers.push((moved, sentence));
    }

    /// A status (a word), named when it changed.
    fn status(&mut self, label: &str, before: &str, now: &str) {
        if before != now {
            let sentence = self.sentence(label, now, before);
            self.statuses.push(sentence);
        }
    }

    fn most_telling(mut self) -> Vec<String> {
        // Stable: figures that moved as far keep the order they were listed in.
        self.numbers.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut numbers = self.numbers.into_iter().map(|(_, s)| s);
        let mut said: Vec<String> = numbers.next().into_iter().collect();
        said.extend(self.statuses);
        said.extend(numbers);
        said.truncate(MOST);
        said
    }
}

/// What moved from `before` to `out`, the most telling first, at most two: the goal and its
/// growth, the paid CPA and the target CPA, the cost per extra order, the odds of the goal,
/// the budget, and the CPA and verdict of the channel edited (its row: `channel`). Figures said the same way
/// before and after are not named.
pub(crate) fn plan_changes(
    before: &PlanFigures,
    out: &PlanOutput,
    channel: Option<usize>,
) -> Vec<String> {
    let ctx = Ctx::new(out.locale, &out.currency);
    let l = ctx.l;
    let now = PlanFigures::of(out);
    let mut moved = Moved::new(ctx);
    let money = |x: f64| ctx.money(x).money.to_string();
    let paid = page::GLANCE_PAID_CPA.get(l);
    moved.number(paid, before.paid_cpa, now.paid_cpa, money);
    let edited = channel.and_then(|i| Some((out.channels.get(i)?, now.channels.get(i)?)));
    if let Some((target, (id, cpa, verdict))) = edited {
        let was = before.channels.iter().find(|(old, _, _)| old == id);
        let (was_cpa, was_verdict) = was.map_or((None, None), |(_, c, v)| (*c, *v));
        // With one paid channel its CPA is the paid CPA: named once.
        let said = |x: Option<f64>| x.map(&money);
        let same = said(*cpa) == said(now.paid_cpa) && said(was_cpa) == said(before.paid_cpa);
        if !same {
            let label = results::CHANNEL_CPA.fill(l, &[&target.label]);
            moved.number(&label, was_cpa, *cpa, money);
        }
        if let (Some(was), Some(verdict)) = (was_verdict, verdict) {
            let label = results::CHANNEL_VERDICT.fill(l, &[&target.label]);
            let word = |v| crate::text::verdict_word(v, l);
            moved.status(&label, word(was), word(*verdict));
        }
    }
    let budget = |fits| budget_word(&ctx, fits).1;
    moved.status(
        results::MARKETING_BUDGET.get(l),
        budget(before.budget_fits),
        budget(now.budget_fits),
    );
    moved.number(
        common::COST_PER_EXTRA_ORDER.get(l),
        before.cost_per_extra_order,
        now.cost_per_extra_order,
        money,
    );
    moved.number(
        common::TARGET_CPA.get(l),
        Some(before.target_cpa),
        Some(now.target_cpa),
        money,
    );
    moved.number(
        fields::GROWTH_GOAL.get(l),
        Some(before.growth_rate),
        Some(now.growth_rate),
        |x| ctx.spct(x, 1).to_string(),
    );
    moved.number(
        common::TARGET_REVENUE.get(l),
        Some(before.target_revenue),
        Some(now.target_revenue),
        money,
    );
    moved.number(
        results::PROBABILITY_OF_GOAL.get(l),
        before.probability_of_goal,
        now.probability_of_goal,
        |x| ctx.pct(x, 0).to_string(),
    );
    moved.most_telling()
}

/// What moved from `before` to `review`: its projected revenue and its status.
pub(crate) fn review_changes(before: &ReviewFigures, review: &ReviewOutput) -> Vec<String> {
    let out = &review.plan;
    let ctx = Ctx::new(out.locale, &out.currency);
    let l = ctx.l;
    let now = ReviewFigures::of(review);
    let mut moved = Moved::new(ctx);
    moved.number(
        words_review::PROJECTED_REVENUE.get(l),
        Some(before.projected_revenue),
        Some(now.projected_revenue),
        |x| ctx.money(x).money.to_string(),
    );
    let word = |s| crate::text::reforecast_word(s, l);
    moved.status(common::STATUS.get(l), word(before.status), word(now.status));
    moved.most_telling()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::example::example_plan;
    use crate::model::{CostModel, Locale};

    /// The example plan with Google Ads at `cpc` a click, planned.
    fn at_cpc(locale: Locale, cpc: f64) -> PlanOutput {
        let mut plan = example_plan(locale);
        plan.channels[1].cost = CostModel::PerClick {
            cost_per_click: cpc,
            doubling_gain: None,
        };
        crate::engine::plan(&plan)
    }

    #[test]
    fn a_cheaper_click_names_the_paid_cpa_first_then_what_else_changed() {
        let before = PlanFigures::of(&at_cpc(Locale::En, 0.8));
        let said = plan_changes(&before, &at_cpc(Locale::En, 0.4), Some(1));
        assert_eq!(said.len(), 2, "{said:?}");
        assert_eq!(said[0], "Paid CPA: €15.75 (was €31.50).");
        // Google Ads is the one paid channel: its CPA is the paid CPA, named once.
        assert!(
            said.iter().all(|s| !s.contains("“Google Ads” CPA")),
            "{said:?}"
        );
        // Nothing moved: nothing named.
        assert!(plan_changes(&before, &at_cpc(Locale::En, 0.8), Some(1)).is_empty());
    }

    #[test]
    fn french_names_the_figures_with_its_typography() {
        let before = PlanFigures::of(&at_cpc(Locale::Fr, 0.8));
        let said = plan_changes(&before, &at_cpc(Locale::Fr, 1.6), None);
        assert_eq!(
            said[0],
            "CPA payant\u{202f}: 62,99\u{a0}€ (avant 31,50\u{a0}€)."
        );
    }
}
