//! SMART objectives (§9) and the OKR (§12), written out in the plan's locale.

use crate::format::{Money, Number, Percent};
use crate::formulas::{above, achievability, at_most};
use crate::model::{Locale, PlanInput};
use crate::output::*;
use crate::text::{capitalise, quarter_in_text};
use crate::words::{objectives as words, results, Words};

/// One objective for the plan, one per channel, one per quarter.
/// The SMART objectives and the OKR, written with one writer (its phrases are built once).
pub(crate) fn objectives_and_okr(input: &PlanInput, out: &PlanOutput) -> (Vec<Objective>, Okr) {
    let w = Writer::new(input, out);
    (objectives_with(&w), okr_with(&w))
}

/// One objective for the plan, one per channel with extra revenue, one per quarter.
fn objectives_with(w: &Writer) -> Vec<Objective> {
    let out = w.out;
    let g = out.goal.growth_rate;
    let plan_realistic = w.plan_realistic();
    let mut list = Vec::with_capacity(1 + out.channels.len() + out.quarters.len());
    let mut achievable = w.achievable_growth(words::GROWTH_SUBJECT, g, out.goal.achievability);
    // What the shop's trend and the planned spend leave to effort the plan does not price.
    if let Some(o) = out.outlook.as_ref().filter(|o| o.effort_gap > 0.0) {
        let trend = match o.trend_known {
            true => results::MOMENTUM_TREND.fill(w.locale, &[&w.pct(o.reference_growth)]),
            false => words::AT_FLAT_TREND.get(w.locale).to_string(),
        };
        let (momentum, gap) = (w.money(o.momentum_revenue), w.money(o.effort_gap));
        achievable.reason.push(' ');
        achievable.reason += &words::EFFORT_NOT_PRICED.fill(w.locale, &[&trend, &momentum, &gap]);
    }
    list.push(Objective {
        scope: Scope::Plan,
        reference: None,
        text: w.plan_text(),
        achievable,
        realistic: plan_realistic.clone(),
    });
    for (i, c) in out.channels.iter().enumerate() {
        if c.extra_revenue <= 0.0 {
            continue;
        }
        list.push(Objective {
            scope: Scope::Channel,
            reference: Some(ObjectiveRef::Channel(c.id.clone())),
            text: w.channel_text(i, c),
            achievable: w.channel_achievable(i, c),
            realistic: w.channel_realistic(i, c),
        });
    }
    for q in &out.quarters {
        let class = achievability(q.yoy_growth_rate, w.input.past_growth_rate);
        list.push(Objective {
            scope: Scope::Quarter,
            reference: Some(ObjectiveRef::Quarter(q.index)),
            text: w.quarter_text(q),
            achievable: w.achievable_growth(words::QUARTER_SUBJECT, q.yoy_growth_rate, class),
            realistic: plan_realistic.clone(),
        });
    }
    list
}

/// The OKR: one qualitative objective and 3 to 6 measurable key results: the target revenue,
/// the paid channels' CPA when there are some, the largest channel targets, and the extra
/// orders when there would be fewer than three.
fn okr_with(w: &Writer) -> Okr {
    let (input, out, l) = (w.input, w.out, w.locale);
    let mut key_results = vec![words::OKR_REVENUE.fill(
        l,
        &[
            &w.money(out.goal.target_revenue),
            &w.money(out.baseline.annual_revenue),
        ],
    )];
    let paid = out
        .channels
        .iter()
        .zip(&input.channels)
        .any(|(c, ci)| ci.cost.kind().is_paid() && c.extra_revenue > 0.0);
    let mut largest: Vec<&ChannelTarget> = out
        .channels
        .iter()
        .filter(|c| c.extra_revenue > 0.0)
        .collect();
    largest.sort_by(|a, b| b.extra_revenue.total_cmp(&a.extra_revenue));
    for c in largest.into_iter().take(5 - usize::from(paid)) {
        let sessions = w.count(c.target_sessions_per_month);
        let extra = w.money(c.extra_revenue);
        key_results.push(words::OKR_CHANNEL.fill(l, &[&c.label, &sessions, &extra]));
    }
    if paid {
        let target = out.unit_economics.target_cpa;
        let ratio = crate::format::amount(input.target_ltv_to_cac, l);
        let mut cpa = words::OKR_CPA.fill(l, &[&w.money(target), &ratio]);
        if let Some(forecast) = out.totals.paid_cpa.filter(|c| *c > target) {
            cpa += &words::OKR_CPA_MISSED.fill(l, &[&w.money(forecast)]);
        }
        key_results.push(cpa);
    }
    if key_results.len() < 3 {
        let orders: f64 = out.channels.iter().map(|c| c.extra_orders).sum();
        key_results.push(words::OKR_ORDERS.fill(l, &[&w.count(orders)]));
    }
    // Profitable growth is claimed only when the plan makes money.
    let objective = match out.totals.extra_contribution >= 0.0 {
        true => words::OKR_OBJECTIVE,
        false => words::OKR_OBJECTIVE_UNPROFITABLE,
    };
    Okr {
        objective: objective.get(l).to_string(),
        key_results,
    }
}

struct Writer<'a> {
    input: &'a PlanInput,
    out: &'a PlanOutput,
    locale: Locale,
    /// `D'ici fin T4 2027` / `By the end of Q4 2027`, the start of most sentences.
    when: String,
    /// What a growth rate is judged against (§3): in line with it, and beyond it.
    reference: [String; 2],
    /// The shop's own trend `ρ` (§14): the past growth, else 0.
    trend: f64,
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
            Some(r) => {
                [words::PAST_GROWTH_WITH, words::PAST_GROWTH_BEYOND].map(|w| w.fill(locale, &[&r]))
            }
            None => [words::USUAL_WITH, words::USUAL_BEYOND].map(|w| w.get(locale).to_string()),
        };
        let mut w = Writer {
            input,
            out,
            locale,
            when: String::new(),
            reference,
            trend: input.past_growth_rate.unwrap_or(0.0),
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
        words::DEADLINE.fill(self.locale, &[&quarter_in_text(label)])
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

    /// The year's monthly average of sessions, and the last quarter's run-rate (§9).
    fn channel_text(&self, i: usize, c: &ChannelTarget) -> String {
        let (when, label, l) = (&self.when, &c.label, self.locale);
        let channel = &self.input.channels[i];
        let now = self.count(channel.sessions_per_month);
        let average = self.count(c.target_sessions_per_month);
        let last = self.out.quarters.last();
        let last_label = quarter_in_text(last.map_or("", |q| q.label.as_str()));
        let run_rate = last
            .and_then(|q| q.channels.get(i))
            .map_or(0.0, |qc| qc.target_sessions_per_month);
        let run_rate = self.count(run_rate);
        let extra = self.money(c.extra_revenue);
        // The CPA the plan expects, the target only beside it: an objective never promises
        // a CPA the plan itself forecasts to miss.
        let cpa_clause = match c.cpa.filter(|_| c.verdict.is_some()) {
            Some(cpa) => words::CPA_CLAUSE.fill(l, &[&self.money(cpa), &self.money(c.target_cpa)]),
            None => String::new(),
        };
        match channel.sessions_per_month > 0.0 {
            true => words::CHANNEL_GROWN.fill(
                l,
                &[
                    when,
                    label,
                    &now,
                    &average,
                    &last_label,
                    &run_rate,
                    &extra,
                    &cpa_clause,
                ],
            ),
            false => words::CHANNEL_BUILT.fill(
                l,
                &[
                    when,
                    label,
                    &average,
                    &last_label,
                    &run_rate,
                    &extra,
                    &cpa_clause,
                ],
            ),
        }
    }

    fn quarter_text(&self, q: &Quarter) -> String {
        let target = self.money(q.target_revenue);
        let pct = self.pct(q.yoy_growth_rate);
        let before = crate::text::quarter_label(q.year - 1, q.quarter, self.locale);
        let (now, before) = (quarter_in_text(&q.label), quarter_in_text(&before));
        words::QUARTER.fill(self.locale, &[&now, &target, &pct, &before])
    }

    /// Achievable, from a growth rate and its class (§3); `subject` says what grows.
    fn achievable_growth(&self, subject: Words, rate: f64, class: Achievability) -> Check {
        let l = self.locale;
        let g = Percent {
            signed: false,
            ..self.pct(rate)
        };
        let subject = subject.fill(l, &[&g]);
        let (sentence, reference) = match class {
            Achievability::InLine => (words::IN_LINE, &self.reference[0]),
            Achievability::Stretch => (words::STRETCH, &self.reference[1]),
            Achievability::Aggressive => (words::AGGRESSIVE, &self.reference[1]),
        };
        check(class.status(), sentence.fill(l, &[&subject, reference]))
    }

    /// Whether channel `i` is paid but has no curve to price it (no traffic today).
    fn unpriced_paid(&self, i: usize) -> bool {
        self.input.channels[i].cost.kind().is_paid() && self.out.channels[i].current_cpa.is_none()
    }

    /// Whether channel `i` is asked to grow beyond the shop's trend with no cost planned (a
    /// channel without verdict counts as having no cost, a paid one without traffic too).
    fn grows_without_cost(&self, i: usize) -> bool {
        let c = &self.out.channels[i];
        c.verdict.is_none() && c.traffic_growth_rate.is_none_or(|r| above(r, self.trend))
    }

    /// A paid channel by how far its spend must grow (its curve is extrapolated beyond what
    /// was observed); any other by its traffic growth (§3's thresholds).
    fn channel_achievable(&self, i: usize, c: &ChannelTarget) -> Check {
        let l = self.locale;
        if self.input.channels[i].cost.kind().is_paid() {
            let Some(multiple) = c.spend_multiple else {
                return check(
                    CheckStatus::Warning,
                    words::PAID_WITHOUT_TRAFFIC.get(l).into(),
                );
            };
            let (status, sentence) = if at_most(multiple, 2.0) {
                (CheckStatus::Ok, words::SPEND_GROWTH_OBSERVED)
            } else if at_most(multiple, 4.0) {
                (CheckStatus::Warning, words::SPEND_GROWTH_EXTRAPOLATED)
            } else {
                (CheckStatus::Fail, words::SPEND_GROWTH_FAR)
            };
            let today = self.money(c.planned_monthly_spend / multiple);
            let planned = self.money(c.planned_monthly_spend);
            let times = crate::format::amount(multiple, l);
            return check(status, sentence.fill(l, &[&times, &today, &planned]));
        }
        match c.traffic_growth_rate {
            Some(rate) => {
                let class = achievability(rate, self.input.past_growth_rate);
                self.achievable_growth(words::TRAFFIC_SUBJECT, rate, class)
            }
            None => check(CheckStatus::Warning, words::NO_TRAFFIC_TODAY.get(l).into()),
        }
    }

    /// From the channel's verdict; beyond its target ceiling ok becomes a warning, beyond its
    /// break-even point a failure. Without cost, whether the shop's trend carries the growth.
    fn channel_realistic(&self, i: usize, c: &ChannelTarget) -> Check {
        let l = self.locale;
        if self.unpriced_paid(i) {
            return check(
                CheckStatus::Warning,
                words::PAID_WITHOUT_TRAFFIC.get(l).into(),
            );
        }
        let target = self.money(c.target_cpa);
        let (Some(cpa), Some(verdict)) = (c.cpa, c.verdict) else {
            let trend = match self.input.past_growth_rate {
                Some(rate) => self.pct(rate).to_string(),
                None => words::UNKNOWN_TREND.get(l).to_string(),
            };
            let growth = |rate| Percent {
                signed: false,
                ..self.pct(rate)
            };
            return match c.traffic_growth_rate {
                Some(rate) if !self.grows_without_cost(i) => check(
                    CheckStatus::Ok,
                    words::NO_COST_WITHIN_TREND.fill(l, &[&growth(rate), &trend]),
                ),
                Some(rate) => check(
                    CheckStatus::Warning,
                    words::NO_COST_BEYOND_TREND.fill(l, &[&growth(rate), &trend]),
                ),
                None => check(CheckStatus::Warning, words::NO_COST_BUILT.get(l).into()),
            };
        };
        let cpa = self.money(cpa);
        let lifetime = self.money(c.max_cpa_lifetime);
        let mut verdict = match verdict {
            Verdict::LossMaking => check(
                CheckStatus::Fail,
                words::CHANNEL_LOSS_MAKING.fill(l, &[&cpa, &lifetime]),
            ),
            Verdict::BelowTarget => check(
                CheckStatus::Warning,
                words::CHANNEL_BELOW_TARGET.fill(l, &[&cpa, &target, &lifetime]),
            ),
            Verdict::WithinTarget => check(
                CheckStatus::Ok,
                words::CHANNEL_WITHIN_TARGET.fill(l, &[&cpa, &target]),
            ),
        };
        let marginal = self.money(c.marginal_cpa.unwrap_or(0.0));
        if c.profitable == Some(false) {
            verdict.reason.push(' ');
            verdict.reason += &words::CHANNEL_PAST_BREAK_EVEN.fill(l, &[&marginal, &lifetime]);
            verdict.status = CheckStatus::Fail;
        } else if c.feasible == Some(false) {
            verdict.reason.push(' ');
            verdict.reason += &words::CHANNEL_BEYOND_CEILING.fill(l, &[&marginal, &target]);
            if verdict.status == CheckStatus::Ok {
                verdict.status = CheckStatus::Warning;
            }
        }
        verdict
    }

    /// Realistic for the plan and each quarter, over the channels asked for extra revenue:
    /// fails when the plan loses money, exceeds its budget or a channel loses money; warns
    /// when a channel is off target, beyond its ceiling or grows with no cost planned.
    fn plan_realistic(&self) -> Check {
        let l = self.locale;
        let names = |keep: &dyn Fn(usize, &ChannelTarget) -> bool| -> Vec<&str> {
            let asked = self.out.channels.iter().enumerate();
            let channels = asked.filter(|(i, c)| c.extra_revenue > 0.0 && keep(*i, c));
            channels.map(|(_, c)| c.label.as_str()).collect()
        };
        let listed = |list: &[&str], one: Words, many: Words| {
            let words = if list.len() > 1 { many } else { one };
            words.fill(l, &[&list.join(", ")])
        };
        let totals = &self.out.totals;
        let cost = self.money(totals.extra_cost);
        let mut failures = Vec::new();
        if totals.extra_contribution < 0.0 {
            let contribution = self.money(totals.extra_contribution);
            failures.push(words::PLAN_LOSES_MONEY.fill(l, &[&contribution]));
        }
        if totals.budget_fits == Some(false) {
            let budget = self.money(self.input.marketing_budget.unwrap_or(0.0));
            failures.push(words::PLAN_OVER_BUDGET.fill(l, &[&cost, &budget]));
        }
        let losing = names(&|_, c| c.verdict == Some(Verdict::LossMaking));
        if !losing.is_empty() {
            let many = words::PLAN_LOSS_MAKING_MANY;
            failures.push(listed(&losing, words::PLAN_LOSS_MAKING, many));
        }
        let past = names(&|_, c| c.profitable == Some(false));
        if !past.is_empty() {
            let many = words::PLAN_PAST_BREAK_EVEN_MANY;
            failures.push(listed(&past, words::PLAN_PAST_BREAK_EVEN, many));
        }
        if !failures.is_empty() {
            return check(CheckStatus::Fail, failures.join(" "));
        }
        let below = names(&|_, c| c.verdict == Some(Verdict::BelowTarget));
        let beyond = names(&|_, c| c.feasible == Some(false));
        let unpriced = names(&|i, _| self.grows_without_cost(i));
        let mut warnings = Vec::new();
        if !below.is_empty() {
            warnings.push(words::PLAN_BELOW_TARGET.fill(l, &[&below.join(", ")]));
        }
        if !beyond.is_empty() {
            let many = words::PLAN_BEYOND_CEILING_MANY;
            warnings.push(listed(&beyond, words::PLAN_BEYOND_CEILING, many));
        }
        if !unpriced.is_empty() {
            let many = words::PLAN_GROWS_WITHOUT_COST_MANY;
            warnings.push(listed(&unpriced, words::PLAN_GROWS_WITHOUT_COST, many));
        }
        if !warnings.is_empty() {
            return check(CheckStatus::Warning, warnings.join(" "));
        }
        if totals.extra_cost == 0.0 {
            return check(CheckStatus::Ok, words::PLAN_NO_COST.get(l).into());
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
