//! SMART objectives (§9) and the OKR (§12), written out in the plan's locale.

use crate::format::{Money, Number, Percent};
use crate::formulas::achievability;
use crate::model::{Locale, PlanInput};
use crate::output::*;
use crate::text::capitalise;

/// `format!` into a string sized for a sentence up front: numbers are written through `Display`,
/// which `format!` cannot measure, so it would grow the string two or three times.
macro_rules! sentence {
    ($($arg:tt)*) => {{
        let mut s = String::with_capacity(256);
        let _ = ::std::fmt::Write::write_fmt(&mut s, format_args!($($arg)*));
        s
    }};
}

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
    let (input, out) = (w.input, w.out);
    let fr = w.fr();
    // "de 30 %", "by 30%": the verb says it grows.
    let g = Percent {
        signed: false,
        ..w.pct(out.goal.growth_rate)
    };
    let deadline = w.deadline_of(out.quarters.last().map(|q| q.label.as_str()).unwrap_or(""));
    let objective = if fr {
        sentence!("Faire croître le CA en ligne de {g} {deadline}, de façon rentable.")
    } else {
        sentence!("Grow online revenue by {g} {deadline}, profitably.")
    };
    let mut key_results = vec![if fr {
        sentence!(
            "Atteindre {} de CA en ligne sur 12 mois (contre {}).",
            w.money(out.goal.target_revenue),
            w.money(out.baseline.annual_revenue)
        )
    } else {
        sentence!(
            "Reach {} of online revenue over 12 months (from {}).",
            w.money(out.goal.target_revenue),
            w.money(out.baseline.annual_revenue)
        )
    }];
    let mut largest: Vec<&ChannelTarget> = out
        .channels
        .iter()
        .filter(|c| c.extra_revenue > 0.0)
        .collect();
    largest.sort_by(|a, b| b.extra_revenue.total_cmp(&a.extra_revenue));
    for c in largest.into_iter().take(3) {
        let sessions = w.count(c.target_sessions_per_month);
        let extra = w.money(c.extra_revenue);
        key_results.push(if fr {
            sentence!(
                "{} : {sessions} sessions par mois, pour {extra} de CA supplémentaire.",
                c.label
            )
        } else {
            sentence!(
                "{}: {sessions} sessions a month, for {extra} of extra revenue.",
                c.label
            )
        });
    }
    let cpa = w.money(out.unit_economics.target_cpa);
    let ratio = crate::format::amount(input.target_ltv_to_cac, w.locale);
    key_results.push(if fr {
        sentence!("Garder le coût d'acquisition (CPA) sous {cpa} sur les canaux payants (LTV:CAC ≥ {ratio}).")
    } else {
        sentence!("Keep the cost per acquisition (CPA) under {cpa} on paid channels (LTV:CAC ≥ {ratio}).")
    });
    if let Some(budget) = input.marketing_budget {
        let b = w.money(budget);
        key_results.push(if fr {
            sentence!("Tenir l'effort supplémentaire dans le budget marketing de {b}.")
        } else {
            sentence!("Keep the extra effort within the {b} marketing budget.")
        });
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
        let fr = locale == Locale::Fr;
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
        let reference = match (past, fr) {
            (Some(r), true) => sentence!("la croissance des 12 derniers mois ({r})"),
            (Some(r), false) => sentence!("the growth of the last 12 months ({r})"),
            (None, true) => {
                "les repères usuels (+15\u{202f}% courant, +30\u{202f}% ambitieux)".to_string()
            }
            (None, false) => "the usual marks (+15% common, +30% ambitious)".to_string(),
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

    fn fr(&self) -> bool {
        self.locale == Locale::Fr
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
        if self.fr() {
            sentence!("d'ici fin {label}")
        } else {
            sentence!("by the end of {label}")
        }
    }

    fn plan_text(&self) -> String {
        let g = &self.out.goal;
        let (from, to, pct) = (
            self.money(self.out.baseline.annual_revenue),
            self.money(g.target_revenue),
            self.pct(g.growth_rate),
        );
        let when = &self.when;
        if self.fr() {
            sentence!("{when}, porter le CA en ligne de {from} à {to} ({pct}) sur 12 mois.")
        } else {
            sentence!("{when}, grow online revenue from {from} to {to} ({pct}) over 12 months.")
        }
    }

    fn channel_text(&self, i: usize, c: &ChannelTarget) -> String {
        let when = &self.when;
        let label = &c.label;
        let now = self.count(self.input.channels[i].sessions_per_month);
        let target = self.count(c.target_sessions_per_month);
        let extra = self.money(c.extra_revenue);
        let cpa_clause = match (c.cpa.is_some(), self.fr()) {
            (true, true) => sentence!(", à un CPA d'au plus {}", self.money(c.target_cpa)),
            (true, false) => sentence!(", at a CPA of at most {}", self.money(c.target_cpa)),
            _ => String::new(),
        };
        match (c.traffic_growth_rate, c.extra_revenue > 0.0, self.fr()) {
            (_, false, true) => sentence!(
                "{when}, maintenir « {label} » à {now} sessions par mois (aucun CA supplémentaire attendu de ce canal)."
            ),
            (_, false, false) => sentence!(
                "{when}, keep “{label}” at {now} sessions a month (no extra revenue expected from this channel)."
            ),
            (Some(rate), true, true) => sentence!(
                "{when}, porter le trafic « {label} » de {now} à {target} sessions par mois ({}) pour {extra} de CA supplémentaire{cpa_clause}.",
                self.pct(rate)
            ),
            (Some(rate), true, false) => sentence!(
                "{when}, grow “{label}” traffic from {now} to {target} sessions a month ({}) for {extra} of extra revenue{cpa_clause}.",
                self.pct(rate)
            ),
            (None, true, true) => sentence!(
                "{when}, amener « {label} » à {target} sessions par mois pour {extra} de CA supplémentaire{cpa_clause}."
            ),
            (None, true, false) => sentence!(
                "{when}, bring “{label}” to {target} sessions a month for {extra} of extra revenue{cpa_clause}."
            ),
        }
    }

    fn quarter_text(&self, q: &Quarter) -> String {
        let when = capitalise(&self.deadline_of(&q.label));
        let target = self.money(q.target_revenue);
        let pct = self.pct(q.yoy_growth_rate);
        if self.fr() {
            sentence!(
                "{when}, réaliser {target} de CA en ligne sur le trimestre ({pct} sur un an)."
            )
        } else {
            sentence!(
                "{when}, bring in {target} of online revenue in the quarter ({pct} year on year)."
            )
        }
    }

    /// Achievable, from a growth rate and its class (§3); `subject` names what grows.
    fn achievable_growth(&self, subject: &str, rate: f64, class: Achievability) -> Check {
        let g = self.pct(rate);
        let reference = &self.reference;
        let (status, reason) = match (class, self.fr()) {
            (Achievability::InLine, true) => (CheckStatus::Ok, sentence!("{subject}{g} reste en ligne avec {reference}.")),
            (Achievability::InLine, false) => (CheckStatus::Ok, sentence!("{subject}{g} is in line with {reference}.")),
            (Achievability::Stretch, true) => (
                CheckStatus::Warning,
                sentence!("{subject}{g} demande un effort net au-delà de {reference}\u{a0}: prévoyez les moyens."),
            ),
            (Achievability::Stretch, false) => (
                CheckStatus::Warning,
                sentence!("{subject}{g} is a stretch beyond {reference}: plan the means."),
            ),
            (Achievability::Aggressive, true) => (
                CheckStatus::Fail,
                sentence!("{subject}{g} est très au-delà de {reference}\u{a0}: peu atteignable sans changement majeur."),
            ),
            (Achievability::Aggressive, false) => (
                CheckStatus::Fail,
                sentence!("{subject}{g} is far beyond {reference}: hardly achievable without a major change."),
            ),
        };
        check(status, reason)
    }

    fn channel_achievable(&self, c: &ChannelTarget) -> Check {
        let fr = self.fr();
        match c.traffic_growth_rate {
            Some(rate) => {
                let class = achievability(rate, self.input.past_growth_rate);
                self.achievable_growth(if fr { "Trafic " } else { "Traffic " }, rate, class)
            }
            None => check(
                CheckStatus::Warning,
                if fr {
                    "Canal sans trafic aujourd'hui\u{a0}: aucune référence pour juger l'effort."
                        .into()
                } else {
                    "No traffic on this channel today: nothing to judge the effort against.".into()
                },
            ),
        }
    }

    fn channel_realistic(&self, c: &ChannelTarget) -> Check {
        let fr = self.fr();
        let target = self.money(c.target_cpa);
        let Some(cpa) = c.cpa else {
            return check(
                CheckStatus::Ok,
                if fr {
                    "Aucun coût d'acquisition prévu pour ce canal.".into()
                } else {
                    "No acquisition cost planned for this channel.".into()
                },
            );
        };
        let cpa = self.money(cpa);
        let lifetime = self.money(c.target_cpa * self.input.target_ltv_to_cac);
        match (c.verdict, fr) {
            (Some(Verdict::LossMaking), true) => check(
                CheckStatus::Fail,
                sentence!("CPA prévu de {cpa}, au-delà de la marge d'un client sur 12 mois ({lifetime}) : canal à perte."),
            ),
            (Some(Verdict::LossMaking), false) => check(
                CheckStatus::Fail,
                sentence!("Planned CPA of {cpa}, beyond a customer's 12-month margin ({lifetime}): the channel loses money."),
            ),
            (Some(Verdict::BelowTarget), true) => check(
                CheckStatus::Warning,
                sentence!("CPA prévu de {cpa}, au-dessus de la cible ({target}) mais rentabilisé sur 12 mois ({lifetime})."),
            ),
            (Some(Verdict::BelowTarget), false) => check(
                CheckStatus::Warning,
                sentence!("Planned CPA of {cpa}, above the target ({target}) but paid back within 12 months ({lifetime})."),
            ),
            (_, true) => check(CheckStatus::Ok, sentence!("CPA prévu de {cpa}, dans la cible ({target}).")),
            (_, false) => check(CheckStatus::Ok, sentence!("Planned CPA of {cpa}, within the target ({target}).")),
        }
    }

    /// Realistic for the plan and each quarter: budget and channel verdicts.
    fn plan_realistic(&self) -> Check {
        let fr = self.fr();
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
                if fr {
                    sentence!("Le coût prévu ({cost}) dépasse le budget marketing ({budget}).")
                } else {
                    sentence!("The planned cost ({cost}) exceeds the marketing budget ({budget}).")
                },
            );
        }
        if !losing.is_empty() {
            let names = losing.join(", ");
            return check(
                CheckStatus::Fail,
                if fr {
                    sentence!("Canal à perte : {names}.")
                } else {
                    sentence!("Loss-making channel: {names}.")
                },
            );
        }
        if !below.is_empty() {
            let names = below.join(", ");
            return check(
                CheckStatus::Warning,
                if fr {
                    sentence!("CPA au-dessus de la cible, rentabilisé sur 12 mois : {names}.")
                } else {
                    sentence!("CPA above target, paid back within 12 months: {names}.")
                },
            );
        }
        check(
            CheckStatus::Ok,
            match (self.input.marketing_budget, fr) {
                (Some(b), true) => sentence!(
                    "Coût prévu de {cost} dans le budget ({}), CPA dans la cible.",
                    self.money(b)
                ),
                (Some(b), false) => sentence!(
                    "Planned cost of {cost} within the budget ({}), CPA within target.",
                    self.money(b)
                ),
                (None, true) => {
                    sentence!("Coût prévu de {cost}, CPA dans la cible sur chaque canal payant.")
                }
                (None, false) => {
                    sentence!("Planned cost of {cost}, CPA within target on every paid channel.")
                }
            },
        )
    }
}
