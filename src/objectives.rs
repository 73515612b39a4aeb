//! SMART objectives (§9) and the OKR (§12), written out in the plan's locale.

use crate::format::{Money, Number, Percent};
use crate::formulas::achievability;
use crate::model::{Locale, PlanInput};
use crate::output::*;
use crate::text::capitalise;
use crate::words::objectives as words;

/// One objective for the plan, one per channel, one per quarter.
/// The SMART objectives and the OKR, written with one writer (its phrases are built once).
pub fn objectives_and_okr(input: &PlanInput, out: &PlanOutput) -> (Vec<Objective>, Okr) {
    let w = Writer::new(input, out);
    (objectives_with(&w), okr_with(&w))
}

/// One objective for the plan, one per channel, one per quarter.
fn objectives_with(w: &Writer) -> Vec<Objective> {
    let out = w.out;
    let plan_achievable = w.achievable_growth("", out.goal.growth_rate, out.goal.achievability);
    let plan_realistic = w.plan_realistic();
    let mut list = Vec::with_capacity(1 + out.channels.len() + out.quarters.len());
    list.push(Objective {
        scope: Scope::Plan,
        reference: None,
        text: w.plan_text(),
        achievable: plan_achievable.clone(),
        realistic: plan_realistic.clone(),
    });
    for (i, c) in out.channels.iter().enumerate() {
        list.push(Objective {
            scope: Scope::Channel,
            reference: Some(ObjectiveRef::Channel(c.id.clone())),
            text: w.channel_text(i, c),
            achievable: w.channel_achievable(c),
            realistic: w.channel_realistic(c),
        });
    }
    for q in &out.quarters {
        list.push(Objective {
            scope: Scope::Quarter,
            reference: Some(ObjectiveRef::Quarter(q.index)),
            text: w.quarter_text(q),
            achievable: plan_achievable.clone(),
            realistic: plan_realistic.clone(),
        });
    }
    list
}

/// The OKR: one qualitative objective and 3 to 6 measurable key results.
fn okr_with(w: &Writer) -> Okr {
    let (input, out, l) = (w.input, w.out, w.locale);
    // "de 30 %", "by 30%": the verb says it grows.
    let g = Percent {
        signed: false,
        ..w.pct(out.goal.growth_rate)
    };
    let deadline = w.deadline_of(out.quarters.last().map(|q| q.label.as_str()).unwrap_or(""));
    let objective = words::OKR_OBJECTIVE.fill(l, &[&g, &deadline]);
    let mut key_results = vec![words::OKR_REVENUE.fill(
        l,
        &[
            &w.money(out.goal.target_revenue),
            &w.money(out.baseline.annual_revenue),
        ],
    )];
    let mut largest: Vec<&ChannelTarget> = out
        .channels
        .iter()
        .filter(|c| c.extra_revenue > 0.0)
        .collect();
    largest.sort_by(|a, b| b.extra_revenue.total_cmp(&a.extra_revenue));
    for c in largest.into_iter().take(3) {
        let sessions = w.count(c.target_sessions_per_month);
        let extra = w.money(c.extra_revenue);
        key_results.push(words::OKR_CHANNEL.fill(l, &[&c.label, &sessions, &extra]));
    }
    let cpa = w.money(out.unit_economics.target_cpa);
    let ratio = crate::format::amount(input.target_ltv_to_cac, l);
    key_results.push(words::OKR_CPA.fill(l, &[&cpa, &ratio]));
    if let Some(budget) = input.marketing_budget {
        key_results.push(words::OKR_BUDGET.fill(l, &[&w.money(budget)]));
    }
    Okr {
        objective,
        key_results,
    }
}

struct Writer<'a> {
    input: &'a PlanInput,
    out: &'a PlanOutput,
    locale: Locale,
    /// `D'ici fin T4 2027` / `By the end of Q4 2027`, the start of most sentences.
    when: String,
    /// What a growth rate is judged against (§3), as words.
    reference: String,
}

fn check(status: CheckStatus, reason: String) -> Check {
    Check { status, reason }
}

impl<'a> Writer<'a> {
    fn new(input: &'a PlanInput, out: &'a PlanOutput) -> Self {
        let locale = input.locale;
        let last = out.quarters.last().map(|q| q.label.as_str()).unwrap_or("");
        let past = input
            .past_growth_rate
            .filter(|r| *r > 0.0)
            .map(|rate| Percent {
                rate,
                max_decimals: 1,
                signed: true,
                locale,
            });
        let reference = match past {
            Some(r) => words::PAST_GROWTH_REFERENCE.fill(locale, &[&r]),
            None => words::USUAL_REFERENCE.get(locale).to_string(),
        };
        let mut w = Writer {
            input,
            out,
            locale,
            when: String::new(),
            reference,
        };
        w.when = capitalise(&w.deadline_of(last));
        w
    }

    fn money(&self, amount: f64) -> Money<'a> {
        Money {
            amount,
            currency: &self.input.currency,
            locale: self.locale,
        }
    }

    fn pct(&self, rate: f64) -> Percent {
        Percent {
            rate,
            max_decimals: 1,
            signed: true,
            locale: self.locale,
        }
    }

    fn count(&self, value: f64) -> Number {
        Number {
            value,
            decimals: 0,
            trim: false,
            locale: self.locale,
        }
    }

    fn deadline_of(&self, label: &str) -> String {
        words::DEADLINE.fill(self.locale, &[&label])
    }

    fn plan_text(&self) -> String {
        let g = &self.out.goal;
        let (from, to, pct) = (
            self.money(self.out.baseline.annual_revenue),
            self.money(g.target_revenue),
            self.pct(g.growth_rate),
        );
        words::PLAN.fill(self.locale, &[&self.when, &from, &to, &pct])
    }

    fn channel_text(&self, i: usize, c: &ChannelTarget) -> String {
        let when = &self.when;
        let label = &c.label;
        let now = self.count(self.input.channels[i].sessions_per_month);
        let target = self.count(c.target_sessions_per_month);
        let extra = self.money(c.extra_revenue);
        let l = self.locale;
        let cpa_clause = if c.cpa.is_some() {
            words::CPA_CLAUSE.fill(l, &[&self.money(c.target_cpa)])
        } else {
            String::new()
        };
        match (c.traffic_growth_rate, c.extra_revenue > 0.0) {
            (_, false) => words::CHANNEL_KEPT.fill(l, &[when, label, &now]),
            (Some(rate), true) => words::CHANNEL_GROWN.fill(
                l,
                &[
                    when,
                    label,
                    &now,
                    &target,
                    &self.pct(rate),
                    &extra,
                    &cpa_clause,
                ],
            ),
            (None, true) => {
                words::CHANNEL_BUILT.fill(l, &[when, label, &target, &extra, &cpa_clause])
            }
        }
    }

    fn quarter_text(&self, q: &Quarter) -> String {
        let when = capitalise(&self.deadline_of(&q.label));
        let target = self.money(q.target_revenue);
        let pct = self.pct(q.yoy_growth_rate);
        words::QUARTER.fill(self.locale, &[&when, &target, &pct])
    }

    /// Achievable, from a growth rate and its class (§3); `subject` names what grows.
    fn achievable_growth(&self, subject: &str, rate: f64, class: Achievability) -> Check {
        let g = self.pct(rate);
        let (status, sentence) = match class {
            Achievability::InLine => (CheckStatus::Ok, words::IN_LINE),
            Achievability::Stretch => (CheckStatus::Warning, words::STRETCH),
            Achievability::Aggressive => (CheckStatus::Fail, words::AGGRESSIVE),
        };
        check(
            status,
            sentence.fill(self.locale, &[&subject, &g, &self.reference]),
        )
    }

    fn channel_achievable(&self, c: &ChannelTarget) -> Check {
        let l = self.locale;
        match c.traffic_growth_rate {
            Some(rate) => {
                let class = achievability(rate, self.input.past_growth_rate);
                self.achievable_growth(words::TRAFFIC_SUBJECT.get(l), rate, class)
            }
            None => check(CheckStatus::Warning, words::NO_TRAFFIC_TODAY.get(l).into()),
        }
    }

    fn channel_realistic(&self, c: &ChannelTarget) -> Check {
        let l = self.locale;
        let target = self.money(c.target_cpa);
        let Some(cpa) = c.cpa else {
            return check(CheckStatus::Ok, words::NO_ACQUISITION_COST.get(l).into());
        };
        let cpa = self.money(cpa);
        let lifetime = self.money(c.target_cpa * self.input.target_ltv_to_cac);
        match c.verdict {
            Some(Verdict::LossMaking) => check(
                CheckStatus::Fail,
                words::CHANNEL_LOSS_MAKING.fill(l, &[&cpa, &lifetime]),
            ),
            Some(Verdict::BelowTarget) => check(
                CheckStatus::Warning,
                words::CHANNEL_BELOW_TARGET.fill(l, &[&cpa, &target, &lifetime]),
            ),
            _ => check(
                CheckStatus::Ok,
                words::CHANNEL_WITHIN_TARGET.fill(l, &[&cpa, &target]),
            ),
        }
    }

    /// Realistic for the plan and each quarter: budget and channel verdicts.
    fn plan_realistic(&self) -> Check {
        let l = self.locale;
        let labels = |verdict: Verdict| -> Vec<&str> {
            self.out
                .channels
                .iter()
                .filter(|c| c.verdict == Some(verdict))
                .map(|c| c.label.as_str())
                .collect()
        };
        let losing = labels(Verdict::LossMaking);
        let below = labels(Verdict::BelowTarget);
        let cost = self.money(self.out.totals.extra_cost);
        if self.out.totals.budget_fits == Some(false) {
            let budget = self.money(self.input.marketing_budget.unwrap_or(0.0));
            return check(
                CheckStatus::Fail,
                words::PLAN_OVER_BUDGET.fill(l, &[&cost, &budget]),
            );
        }
        if !losing.is_empty() {
            let names = losing.join(", ");
            return check(
                CheckStatus::Fail,
                words::PLAN_LOSS_MAKING.fill(l, &[&names]),
            );
        }
        if !below.is_empty() {
            let names = below.join(", ");
            return check(
                CheckStatus::Warning,
                words::PLAN_BELOW_TARGET.fill(l, &[&names]),
            );
        }
        check(
            CheckStatus::Ok,
            match self.input.marketing_budget {
                Some(b) => words::PLAN_WITHIN_BUDGET.fill(l, &[&cost, &self.money(b)]),
                None => words::PLAN_WITHIN_TARGET.fill(l, &[&cost]),
            },
        )
    }
}
