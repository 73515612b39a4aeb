//! Every sentence the engine writes, in French and English.

use crate::format;
use crate::model::Locale;
use crate::model::{Bounds, MIN_MAGNITUDE};

/// What a number means, to show its bounds the way people type it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A fraction, shown as a percentage.
    Rate,
    /// An amount in the plan's currency.
    Money,
    /// A plain number.
    Plain,
}

/// A problem with one field of the input.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Required,
    NotANumber,
    NotAnInteger,
    NotAString,
    NotAnObject,
    NotAList,
    NotFourNumbers,
    UnknownField,
    NotAChoice(&'static [&'static str]),
    OutOfRange(Bounds, Unit),
    TooSmall,
    InvalidCurrency,
    InvalidId,
    InvalidLabel,
    NoChannels,
    TooManyChannels,
    DuplicateId(usize),
    SharesIncomplete,
    SharesDoNotSumToOne(f64),
    NoBaseline,
    GoalMissing,
    ConflictingGoals,
    NotAboveBaseline(f64),
    InvalidJson(String),
    ActualsNotInOrder,
    UnknownChannel,
    TooManyActuals,
    NoActuals,
}

impl Problem {
    /// The stable snake_case code.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Required | Problem::GoalMissing => "required",
            Problem::NotANumber => "not_a_number",
            Problem::NotAnInteger => "not_an_integer",
            Problem::NotAString | Problem::NotAnObject | Problem::NotAList => "wrong_type",
            Problem::NotFourNumbers => "wrong_length",
            Problem::UnknownField => "unknown_field",
            Problem::NotAChoice(_) => "not_a_choice",
            Problem::OutOfRange(..) | Problem::TooSmall => "out_of_range",
            Problem::InvalidCurrency | Problem::InvalidId => "invalid_format",
            Problem::InvalidLabel => "invalid_length",
            Problem::NoChannels => "no_channels",
            Problem::TooManyChannels => "too_many_channels",
            Problem::DuplicateId(_) => "duplicate_id",
            Problem::SharesIncomplete => "shares_incomplete",
            Problem::SharesDoNotSumToOne(_) => "shares_do_not_sum_to_one",
            Problem::NoBaseline => "no_baseline",
            Problem::ConflictingGoals => "conflicting_goals",
            Problem::NotAboveBaseline(_) => "not_above_baseline",
            Problem::InvalidJson(_) => "invalid_json",
            Problem::ActualsNotInOrder => "actuals_not_in_order",
            Problem::UnknownChannel => "unknown_channel",
            Problem::TooManyActuals => "too_many_actuals",
            Problem::NoActuals => "no_actuals",
        }
    }
}

fn bound_text(x: f64, unit: Unit, currency: &str, locale: Locale) -> String {
    match unit {
        Unit::Rate => format::percent(x, 6, locale),
        Unit::Money => format::money(x, currency, locale),
        Unit::Plain => format::amount(x, locale),
    }
}

fn range_rule(bounds: Bounds, unit: Unit, currency: &str, locale: Locale) -> String {
    let fr = locale == Locale::Fr;
    let mut parts = Vec::new();
    if let Some((m, inclusive)) = bounds.min {
        let m = bound_text(m, unit, currency, locale);
        parts.push(match (fr, inclusive) {
            (true, true) => format!("au moins {m}"),
            (true, false) => format!("supérieur à {m}"),
            (false, true) => format!("at least {m}"),
            (false, false) => format!("more than {m}"),
        });
    }
    if let Some((m, inclusive)) = bounds.max {
        let m = bound_text(m, unit, currency, locale);
        parts.push(match (fr, inclusive) {
            (true, true) => format!("au plus {m}"),
            (true, false) => format!("inférieur à {m}"),
            (false, true) => format!("at most {m}"),
            (false, false) => format!("less than {m}"),
        });
    }
    let joined = parts.join(if fr { " et " } else { " and " });
    if fr {
        format!("doit être {joined}")
    } else {
        format!("must be {joined}")
    }
}

/// The sentence for a problem at `path`.
pub fn error_message(locale: Locale, currency: &str, path: &str, problem: &Problem) -> String {
    let fr = locale == Locale::Fr;
    let rule: String = match (problem, fr) {
        (Problem::Required, true) => "est obligatoire".into(),
        (Problem::Required, false) => "is required".into(),
        (Problem::NotANumber, true) => "doit être un nombre".into(),
        (Problem::NotANumber, false) => "must be a number".into(),
        (Problem::NotAnInteger, true) => "doit être un nombre entier".into(),
        (Problem::NotAnInteger, false) => "must be a whole number".into(),
        (Problem::NotAString, true) => "doit être un texte".into(),
        (Problem::NotAString, false) => "must be a text".into(),
        (Problem::NotAnObject, true) => "doit être un objet JSON".into(),
        (Problem::NotAnObject, false) => "must be a JSON object".into(),
        (Problem::NotAList, true) => "doit être une liste".into(),
        (Problem::NotAList, false) => "must be a list".into(),
        (Problem::NotFourNumbers, true) => {
            "doit contenir exactement 4 nombres, un par trimestre".into()
        }
        (Problem::NotFourNumbers, false) => "must hold exactly 4 numbers, one per quarter".into(),
        (Problem::UnknownField, true) => "n'est pas un champ connu".into(),
        (Problem::UnknownField, false) => "is not a known field".into(),
        (Problem::NotAChoice(choices), true) => format!("doit valoir {}", choices.join(", ")),
        (Problem::NotAChoice(choices), false) => format!("must be one of {}", choices.join(", ")),
        (Problem::OutOfRange(bounds, unit), _) => range_rule(*bounds, *unit, currency, locale),
        (Problem::TooSmall, true) => format!(
            "est trop petit : 0 ou au moins {}",
            format::number(MIN_MAGNITUDE, 9, locale)
        ),
        (Problem::TooSmall, false) => format!(
            "is too small: 0 or at least {}",
            format::number(MIN_MAGNITUDE, 9, locale)
        ),
        (Problem::InvalidCurrency, true) => {
            "doit être un code ISO 4217 de 3 lettres majuscules (EUR, USD, GBP…)".into()
        }
        (Problem::InvalidCurrency, false) => {
            "must be a 3-letter ISO 4217 code in capitals (EUR, USD, GBP…)".into()
        }
        (Problem::InvalidId, true) => "doit faire 1 à 32 caractères parmi a–z, 0–9 et -".into(),
        (Problem::InvalidId, false) => "must be 1 to 32 characters among a–z, 0–9 and -".into(),
        (Problem::InvalidLabel, true) => "doit faire 1 à 60 caractères".into(),
        (Problem::InvalidLabel, false) => "must be 1 to 60 characters long".into(),
        (Problem::NoChannels, true) => "il faut au moins un canal".into(),
        (Problem::NoChannels, false) => "at least one channel is needed".into(),
        (Problem::TooManyChannels, true) => "12 canaux au plus".into(),
        (Problem::TooManyChannels, false) => "12 channels at most".into(),
        (Problem::DuplicateId(first), true) => format!("est déjà celui du canal {}", first + 1),
        (Problem::DuplicateId(first), false) => {
            format!("is already the id of channel {}", first + 1)
        }
        (Problem::SharesIncomplete, true) => {
            "donnez une part de l'objectif à chaque canal, ou à aucun".into()
        }
        (Problem::SharesIncomplete, false) => {
            "give a share of the goal to every channel, or to none".into()
        }
        (Problem::SharesDoNotSumToOne(total), true) => format!(
            "les parts de l'objectif doivent totaliser 100 % (total actuel : {})",
            format::percent(*total, 2, locale)
        ),
        (Problem::SharesDoNotSumToOne(total), false) => format!(
            "the shares of the goal must add up to 100% (now {})",
            format::percent(*total, 2, locale)
        ),
        (Problem::NoBaseline, true) => {
            "au moins un canal doit avoir des sessions, sinon le CA actuel est nul".into()
        }
        (Problem::NoBaseline, false) => {
            "at least one channel needs sessions, or current revenue is zero".into()
        }
        (Problem::GoalMissing, true) => {
            "indiquez une croissance, un CA supplémentaire ou un CA visé".into()
        }
        (Problem::GoalMissing, false) => {
            "give a growth rate, an extra revenue or a target revenue".into()
        }
        (Problem::ConflictingGoals, true) => {
            "un seul objectif à la fois : croissance, CA supplémentaire ou CA visé".into()
        }
        (Problem::ConflictingGoals, false) => {
            "one goal at a time: growth rate, extra revenue or target revenue".into()
        }
        (Problem::NotAboveBaseline(a), true) => format!(
            "doit dépasser le CA actuel, {}",
            format::money(*a, currency, locale)
        ),
        (Problem::NotAboveBaseline(a), false) => format!(
            "must exceed current revenue, {}",
            format::money(*a, currency, locale)
        ),
        (Problem::InvalidJson(detail), true) => {
            format!("le texte n'est pas du JSON valide ({detail})")
        }
        (Problem::InvalidJson(detail), false) => format!("the text is not valid JSON ({detail})"),
        (Problem::ActualsNotInOrder, true) => {
            "les trimestres clos doivent se suivre depuis le trimestre 1, sans trou".into()
        }
        (Problem::ActualsNotInOrder, false) => {
            "closed quarters must follow each other from quarter 1, with no gap".into()
        }
        (Problem::UnknownChannel, true) => "n'est l'identifiant d'aucun canal du plan".into(),
        (Problem::UnknownChannel, false) => "is not the id of any channel of the plan".into(),
        (Problem::TooManyActuals, true) => "4 trimestres au plus".into(),
        (Problem::TooManyActuals, false) => "4 quarters at most".into(),
        (Problem::NoActuals, true) => "saisissez au moins un trimestre clos".into(),
        (Problem::NoActuals, false) => "enter at least one closed quarter".into(),
    };
    if path.is_empty() {
        return capitalise(&rule) + ".";
    }
    // An unknown key is named as typed (`foo` of `channels[1].foo`).
    let key = path.rsplit('.').next().unwrap_or(path);
    let key = key.split('[').next().unwrap_or(key);
    let title = if matches!(problem, Problem::UnknownField) {
        if fr {
            format!("« {key} »")
        } else {
            format!("“{key}”")
        }
    } else {
        crate::fields::title(path, locale)
    };
    if fr {
        format!("{title}\u{00A0}: {rule}.")
    } else {
        format!("{title}: {rule}.")
    }
}

/// The same text with its first letter in capitals.
pub fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

/// `T1 2027` / `Q1 2027`.
pub fn quarter_label(year: i32, quarter: u8, locale: Locale) -> String {
    match locale {
        Locale::Fr => format!("T{quarter} {year}"),
        Locale::En => format!("Q{quarter} {year}"),
    }
}

// Warnings

pub fn warning_aggressive_goal(growth: f64, past: Option<f64>, locale: Locale) -> String {
    let g = format::signed_percent(growth, 1, locale);
    match (past.filter(|r| *r > 0.0), locale) {
        (Some(r), Locale::Fr) => format!(
            "Objectif agressif : {g} en un an, plus du double de la croissance des 12 derniers mois ({}). Vérifiez les moyens ou visez plus bas.",
            format::signed_percent(r, 1, locale)
        ),
        (Some(r), Locale::En) => format!(
            "Aggressive goal: {g} in a year, more than twice the growth of the last 12 months ({}). Check the means or aim lower.",
            format::signed_percent(r, 1, locale)
        ),
        (None, Locale::Fr) => format!(
            "Objectif agressif : {g} en un an, au-delà de +30 %. Vérifiez les moyens ou visez plus bas."
        ),
        (None, Locale::En) => {
            format!("Aggressive goal: {g} in a year, beyond +30%. Check the means or aim lower.")
        }
    }
}

pub fn warning_budget_exceeded(cost: f64, budget: f64, currency: &str, locale: Locale) -> String {
    let c = format::money(cost, currency, locale);
    let b = format::money(budget, currency, locale);
    match locale {
        Locale::Fr => format!(
            "Le coût prévu de l'effort supplémentaire ({c}) dépasse le budget marketing ({b})."
        ),
        Locale::En => format!(
            "The planned cost of the extra effort ({c}) exceeds the marketing budget ({b})."
        ),
    }
}

pub fn warning_lever_out_of_reach(abandonment: f64, growth: f64, locale: Locale) -> String {
    let a = format::percent(abandonment, 1, locale);
    let g = format::signed_percent(growth, 1, locale);
    match locale {
        Locale::Fr => format!("Réduire l'abandon de panier ({a}) ne suffit pas, même à zéro, pour {g} de commandes."),
        Locale::En => format!("Lowering cart abandonment ({a}) cannot bring {g} orders on its own, even down to zero."),
    }
}

pub fn warning_conversion_above_100(label: &str, locale: Locale) -> String {
    match locale {
        Locale::Fr => format!("« {label} » : sans plus de trafic, il faudrait un taux de conversion supérieur à 100 %. Ce canal a besoin de trafic."),
        Locale::En => format!("“{label}”: without more traffic it would need a conversion rate above 100%. This channel needs traffic."),
    }
}

pub fn warning_channel_without_traffic(label: &str, sessions: f64, locale: Locale) -> String {
    let s = format::count(sessions, locale);
    match locale {
        Locale::Fr => format!("« {label} » part de zéro : {s} sessions par mois à construire."),
        Locale::En => format!("“{label}” starts from zero: {s} sessions a month to build."),
    }
}

pub fn warning_loss_making(
    label: &str,
    cpa: f64,
    lifetime: f64,
    currency: &str,
    locale: Locale,
) -> String {
    let c = format::money(cpa, currency, locale);
    let l = format::money(lifetime, currency, locale);
    match locale {
        Locale::Fr => format!("« {label} » perd de l'argent : un CPA de {c} dépasse la marge d'un client sur 12 mois ({l})."),
        Locale::En => format!("“{label}” loses money: a CPA of {c} exceeds a customer's 12-month margin ({l})."),
    }
}

// Alerts of the quarterly review

/// One sentence per triggered alert: what, where, how far from the threshold.
pub fn alert_message(
    code: crate::output::AlertCode,
    quarter: &str,
    channel: Option<&str>,
    actual: f64,
    threshold: f64,
    currency: &str,
    locale: Locale,
) -> String {
    use crate::output::AlertCode::*;
    let fr = locale == Locale::Fr;
    let who = match (channel, fr) {
        (Some(label), true) => format!("« {label} », {quarter}"),
        (Some(label), false) => format!("“{label}”, {quarter}"),
        (None, _) => quarter.to_string(),
    };
    let (a, t) = match code {
        RevenueBelowTarget => (
            format::money(actual, currency, locale),
            format::money(threshold, currency, locale),
        ),
        SessionsBelowTarget => (
            format::count(actual, locale),
            format::count(threshold, locale),
        ),
        ConversionBelowFloor => (
            format::percent(actual, 2, locale),
            format::percent(threshold, 2, locale),
        ),
        CpaAboveTarget => (
            format::money(actual, currency, locale),
            format::money(threshold, currency, locale),
        ),
    };
    match (code, fr) {
        (RevenueBelowTarget, true) => format!("{who} : CA de {a}, sous le seuil d'alerte de {t}. Analysez les canaux en retard avant d'ajuster le plan."),
        (RevenueBelowTarget, false) => format!("{who}: revenue of {a}, below the alert threshold of {t}. Look at the lagging channels before adjusting the plan."),
        (SessionsBelowTarget, true) => format!("{who} : {a} sessions, sous le seuil de {t}. Le trafic manque : visibilité, budget ou calendrier à revoir."),
        (SessionsBelowTarget, false) => format!("{who}: {a} sessions, below the threshold of {t}. Traffic is short: review visibility, budget or timing."),
        (ConversionBelowFloor, true) => format!("{who} : conversion de {a}, sous le plancher de {t}. Vérifiez le ciblage et le parcours d'achat."),
        (ConversionBelowFloor, false) => format!("{who}: conversion of {a}, below the floor of {t}. Check targeting and the checkout path."),
        (CpaAboveTarget, true) => format!("{who} : CPA de {a}, au-dessus du plafond de {t}. Revoyez enchères et ciblage, ou réallouez le budget."),
        (CpaAboveTarget, false) => format!("{who}: CPA of {a}, above the ceiling of {t}. Review bids and targeting, or move the budget."),
    }
}

// Words for statuses, shared by the page and the terminal

/// A channel's verdict as a word (§5).
pub fn verdict_word(verdict: crate::output::Verdict, locale: Locale) -> &'static str {
    use crate::output::Verdict::*;
    match (verdict, locale) {
        (WithinTarget, Locale::Fr) => "dans la cible",
        (WithinTarget, Locale::En) => "within target",
        (BelowTarget, Locale::Fr) => "rentable sur 12 mois",
        (BelowTarget, Locale::En) => "profitable over 12 months",
        (LossMaking, Locale::Fr) => "à perte",
        (LossMaking, Locale::En) => "loss-making",
    }
}

/// A reviewed quarter's status as a word (§11).
pub fn quarter_status_word(status: crate::output::QuarterStatus, locale: Locale) -> &'static str {
    use crate::output::QuarterStatus::*;
    match (status, locale) {
        (Exceeded, Locale::Fr) => "dépassé",
        (Exceeded, Locale::En) => "exceeded",
        (Achieved, Locale::Fr) => "atteint",
        (Achieved, Locale::En) => "achieved",
        (Missed, Locale::Fr) => "manqué",
        (Missed, Locale::En) => "missed",
        (Open, Locale::Fr) => "à venir",
        (Open, Locale::En) => "open",
    }
}

/// The reforecast's status as words (§11).
pub fn reforecast_word(status: crate::output::ReforecastStatus, locale: Locale) -> &'static str {
    use crate::output::ReforecastStatus::*;
    match (status, locale) {
        (OnTrack, Locale::Fr) => "en bonne voie",
        (OnTrack, Locale::En) => "on track",
        (CatchUp, Locale::Fr) => "à rattraper",
        (CatchUp, Locale::En) => "catch up",
        (ReviseGoal, Locale::Fr) => "objectif à revoir",
        (ReviseGoal, Locale::En) => "revise the goal",
        (GoalReached, Locale::Fr) => "objectif atteint",
        (GoalReached, Locale::En) => "goal reached",
        (GoalMissed, Locale::Fr) => "objectif manqué",
        (GoalMissed, Locale::En) => "goal missed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_field_and_the_place() {
        let m = error_message(
            Locale::Fr,
            "EUR",
            "channels[1].conversionRate",
            &Problem::OutOfRange(Bounds::RATE, Unit::Rate),
        );
        assert_eq!(
            m,
            "Taux de conversion (canal 2)\u{a0}: doit être supérieur à 0\u{202f}% et au plus 100\u{202f}%."
        );
        let m = error_message(
            Locale::En,
            "EUR",
            "averageOrderValue",
            &Problem::OutOfRange(Bounds::POSITIVE, Unit::Money),
        );
        assert_eq!(m, "Average order value: must be more than €0.");
        let m = error_message(
            Locale::En,
            "EUR",
            "channels[0].cost.foo",
            &Problem::UnknownField,
        );
        assert_eq!(m, "“foo”: is not a known field.");
        let m = error_message(Locale::En, "EUR", "channels", &Problem::TooManyChannels);
        assert_eq!(m, "Channels: 12 channels at most.");
    }
}
