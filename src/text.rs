//! Every sentence the engine writes, composed from the words of [`crate::words`].

use crate::fields::Unit;
use crate::format;
use crate::model::Locale;
use crate::model::{Bounds, MIN_MAGNITUDE};
use crate::words::{alerts, common, errors, status, warnings};

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
    /// Fewer than 12 months of history (how many).
    HistoryTooShort(usize),
    /// More than 36 months of history (how many).
    HistoryTooLong(usize),
    UnknownField,
    NotAChoice(&'static [&'static str]),
    OutOfRange(Bounds, Unit),
    TooSmall,
    InvalidCurrency,
    InvalidId,
    InvalidLabel,
    LabelControlCharacter,
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
    /// Nested deeper than the given number of levels.
    TooDeep(usize),
    /// More values than the given number.
    TooLarge(usize),
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
            Problem::NotFourNumbers | Problem::HistoryTooLong(_) => "wrong_length",
            Problem::HistoryTooShort(_) => "history_too_short",
            Problem::UnknownField => "unknown_field",
            Problem::NotAChoice(_) => "not_a_choice",
            Problem::OutOfRange(..) | Problem::TooSmall => "out_of_range",
            Problem::InvalidCurrency | Problem::InvalidId | Problem::LabelControlCharacter => {
                "invalid_format"
            }
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
            Problem::TooDeep(_) => "too_deep",
            Problem::TooLarge(_) => "too_large",
            Problem::ActualsNotInOrder => "actuals_not_in_order",
            Problem::UnknownChannel => "unknown_channel",
            Problem::TooManyActuals => "too_many_actuals",
            Problem::NoActuals => "no_actuals",
        }
    }
}

fn bound_text(x: f64, unit: Unit, currency: &str, locale: Locale) -> String {
    match unit {
        Unit::Percent => format::percent(x, 6, locale),
        Unit::Money | Unit::MoneyPerMonth | Unit::MoneyPerYear => {
            format::money(x, currency, locale)
        }
        Unit::Plain | Unit::SessionsPerMonth => format::amount(x, locale),
    }
}

fn range_rule(bounds: Bounds, unit: Unit, currency: &str, locale: Locale) -> String {
    let mut parts = Vec::new();
    if let Some((m, inclusive)) = bounds.min {
        let m = bound_text(m, unit, currency, locale);
        let bound = if inclusive {
            errors::AT_LEAST
        } else {
            errors::MORE_THAN
        };
        parts.push(bound.fill(locale, &[&m]));
    }
    if let Some((m, inclusive)) = bounds.max {
        let m = bound_text(m, unit, currency, locale);
        let bound = if inclusive {
            errors::AT_MOST
        } else {
            errors::LESS_THAN
        };
        parts.push(bound.fill(locale, &[&m]));
    }
    let joined = parts.join(errors::AND.get(locale));
    errors::MUST_BE.fill(locale, &[&joined])
}

/// The sentence for a problem at `path`.
pub(crate) fn error_message(
    locale: Locale,
    currency: &str,
    path: &str,
    problem: &Problem,
) -> String {
    let l = locale;
    let rule: String = match problem {
        Problem::Required => errors::REQUIRED.get(l).into(),
        Problem::NotANumber => errors::NOT_A_NUMBER.get(l).into(),
        Problem::NotAnInteger => errors::NOT_AN_INTEGER.get(l).into(),
        Problem::NotAString => errors::NOT_A_STRING.get(l).into(),
        Problem::NotAnObject => errors::NOT_AN_OBJECT.get(l).into(),
        Problem::NotAList => errors::NOT_A_LIST.get(l).into(),
        Problem::NotFourNumbers => errors::NOT_FOUR_NUMBERS.get(l).into(),
        Problem::HistoryTooShort(n) => errors::HISTORY_TOO_SHORT.fill(l, &[n]),
        Problem::HistoryTooLong(n) => errors::HISTORY_TOO_LONG.fill(l, &[n]),
        Problem::UnknownField => errors::UNKNOWN_FIELD.get(l).into(),
        Problem::NotAChoice(choices) => errors::NOT_A_CHOICE.fill(l, &[&choices.join(", ")]),
        Problem::OutOfRange(bounds, unit) => range_rule(*bounds, *unit, currency, l),
        Problem::TooSmall => errors::TOO_SMALL.fill(l, &[&format::number(MIN_MAGNITUDE, 9, l)]),
        Problem::InvalidCurrency => errors::INVALID_CURRENCY.get(l).into(),
        Problem::InvalidId => errors::INVALID_ID.get(l).into(),
        Problem::InvalidLabel => errors::INVALID_LABEL.get(l).into(),
        Problem::LabelControlCharacter => errors::LABEL_CONTROL_CHARACTER.get(l).into(),
        Problem::NoChannels => errors::NO_CHANNELS.get(l).into(),
        Problem::TooManyChannels => errors::TOO_MANY_CHANNELS.get(l).into(),
        Problem::DuplicateId(first) => errors::DUPLICATE_ID.fill(l, &[&(first + 1)]),
        Problem::SharesIncomplete => errors::SHARES_INCOMPLETE.get(l).into(),
        Problem::SharesDoNotSumToOne(total) => {
            errors::SHARES_DO_NOT_SUM_TO_ONE.fill(l, &[&format::percent(*total, 2, l)])
        }
        Problem::NoBaseline => errors::NO_BASELINE.get(l).into(),
        Problem::GoalMissing => errors::GOAL_MISSING.get(l).into(),
        Problem::ConflictingGoals => errors::CONFLICTING_GOALS.get(l).into(),
        Problem::NotAboveBaseline(a) => {
            errors::NOT_ABOVE_BASELINE.fill(l, &[&format::money(*a, currency, l)])
        }
        Problem::InvalidJson(detail) => errors::INVALID_JSON.fill(l, &[detail]),
        Problem::TooDeep(levels) => errors::TOO_DEEP.fill(l, &[levels]),
        Problem::TooLarge(values) => {
            errors::TOO_LARGE.fill(l, &[&format::count(*values as f64, l)])
        }
        Problem::ActualsNotInOrder => errors::ACTUALS_NOT_IN_ORDER.get(l).into(),
        Problem::UnknownChannel => errors::UNKNOWN_CHANNEL.get(l).into(),
        Problem::TooManyActuals => errors::TOO_MANY_ACTUALS.get(l).into(),
        Problem::NoActuals => errors::NO_ACTUALS.get(l).into(),
    };
    if path.is_empty() {
        return capitalise(&rule) + ".";
    }
    let title = if matches!(problem, Problem::UnknownField) {
        // An unknown key is named as typed (`foo` of `channels[1].foo`).
        let key = path.rsplit('.').next().unwrap_or(path);
        quoted(key.split('[').next().unwrap_or(key), l)
    } else {
        crate::fields::title(path, l)
    };
    errors::SENTENCE.fill(l, &[&title, &rule])
}

/// A text between the locale's quotation marks (« Meta », “Meta”).
pub(crate) fn quoted(text: &str, l: Locale) -> String {
    let (open, close) = (common::OPEN_QUOTE.get(l), common::CLOSE_QUOTE.get(l));
    format!("{open}{text}{close}")
}

/// The same text with its first letter in capitals.
pub(crate) fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

/// What the form's options and the printout call a cost model (`Au clic (CPC)`).
pub(crate) fn cost_model_word(kind: crate::model::CostKind, locale: Locale) -> &'static str {
    use crate::model::CostKind;
    use crate::words::form;
    match kind {
        CostKind::None => form::COST_NONE,
        CostKind::PerClick => form::COST_PER_CLICK_MODEL,
        CostKind::Spend => form::COST_SPEND_MODEL,
        CostKind::Fixed => form::COST_FIXED_MODEL,
    }
    .get(locale)
}

/// `T1 2027` / `Q1 2027`.
pub(crate) fn quarter_label(year: i32, quarter: u8, locale: Locale) -> String {
    common::QUARTER_LABEL.fill(locale, &[&quarter, &year])
}

/// A month of a year (`janv. 2027`, `Jan 2027`), `month` from 1 (a plain space, as in JSON).
pub(crate) fn month_label(year: i32, month: u8, locale: Locale) -> String {
    let name = nth_month(common::MONTH_ABBREVIATIONS, month, locale);
    format!("{name} {year}")
}

/// A month of a year inside a sentence, in full (`décembre 2026`, `December 2026`): the
/// month and its year never split across lines.
pub(crate) fn month_in_text(year: i32, month: u8, locale: Locale) -> String {
    let name = nth_month(common::MONTH_NAMES, month, locale);
    format!("{name}\u{a0}{year}")
}

/// The month a span starts from: « de janvier 2026 », « d’avril 2026 », “from April 2026”.
pub(crate) fn from_month(year: i32, month: u8, locale: Locale) -> String {
    let name = month_in_text(year, month, locale);
    let vowel = name.starts_with(['a', 'e', 'i', 'o', 'u', 'y', 'é', 'â']);
    let from = if vowel {
        common::FROM_MONTH_ELIDED
    } else {
        common::FROM_MONTH
    };
    from.fill(locale, &[&name])
}

/// Month `month` (from 1) of a `|`-separated list of twelve; empty for a month out of range.
fn nth_month(list: crate::words::Words, month: u8, locale: Locale) -> &'static str {
    let index = usize::from(month).checked_sub(1).unwrap_or(usize::MAX);
    list.get(locale).split('|').nth(index).unwrap_or_default()
}

/// A quarter's label inside a sentence: the quarter and its year never split across lines
/// (the label itself keeps a plain space, as JSON has it).
pub(crate) fn quarter_in_text(label: &str) -> String {
    label.replace(' ', "\u{a0}")
}

// Warnings

pub(crate) fn warning_aggressive_goal(growth: f64, past: Option<f64>, locale: Locale) -> String {
    let g = format::signed_percent(growth, 1, locale);
    match past.filter(|r| *r > 0.0) {
        Some(r) => warnings::AGGRESSIVE_GOAL_AGAINST_THE_PAST
            .fill(locale, &[&g, &format::signed_percent(r, 1, locale)]),
        None => warnings::AGGRESSIVE_GOAL.fill(locale, &[&g]),
    }
}

pub(crate) fn warning_budget_exceeded(
    cost: f64,
    budget: f64,
    currency: &str,
    locale: Locale,
) -> String {
    let c = format::money(cost, currency, locale);
    let b = format::money(budget, currency, locale);
    warnings::BUDGET_EXCEEDED.fill(locale, &[&c, &b])
}

pub(crate) fn warning_lever_out_of_reach(abandonment: f64, growth: f64, locale: Locale) -> String {
    let a = format::percent(abandonment, 1, locale);
    let g = format::signed_percent(growth, 1, locale);
    warnings::LEVER_OUT_OF_REACH.fill(locale, &[&a, &g])
}

pub(crate) fn warning_conversion_above_100(label: &str, locale: Locale) -> String {
    warnings::CONVERSION_ABOVE_100.fill(locale, &[&label])
}

pub(crate) fn warning_channel_without_traffic(
    label: &str,
    sessions: f64,
    locale: Locale,
) -> String {
    let s = format::count(sessions, locale);
    warnings::CHANNEL_WITHOUT_TRAFFIC.fill(locale, &[&label, &s])
}

pub(crate) fn warning_loss_making(
    label: &str,
    cpa: f64,
    lifetime: f64,
    currency: &str,
    locale: Locale,
) -> String {
    let c = format::money(cpa, currency, locale);
    let l = format::money(lifetime, currency, locale);
    warnings::LOSS_MAKING.fill(locale, &[&label, &c, &l])
}

// Alerts of the quarterly review

/// One sentence per triggered alert: what, where, how far from the threshold.
pub(crate) fn alert_message(
    code: crate::output::AlertCode,
    quarter: &str,
    channel: Option<&str>,
    actual: f64,
    threshold: f64,
    currency: &str,
    locale: Locale,
) -> String {
    use crate::output::AlertCode::*;
    let quarter = quarter_in_text(quarter);
    let who = match channel {
        Some(label) => alerts::CHANNEL_IN_QUARTER.fill(locale, &[&label, &quarter]),
        None => quarter.clone(),
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
        CpaAbovePlan => (
            format::money(actual, currency, locale),
            format::money(threshold, currency, locale),
        ),
    };
    let sentence = match code {
        RevenueBelowTarget => alerts::REVENUE_BELOW_TARGET,
        SessionsBelowTarget => alerts::SESSIONS_BELOW_TARGET,
        ConversionBelowFloor => alerts::CONVERSION_BELOW_FLOOR,
        CpaAbovePlan => alerts::CPA_ABOVE_PLAN,
    };
    sentence.fill(locale, &[&who, &a, &t])
}

// Words for statuses, shared by the page and the terminal

/// A channel's verdict as a word (§5).
pub(crate) fn verdict_word(verdict: crate::output::Verdict, locale: Locale) -> &'static str {
    use crate::output::Verdict::*;
    match verdict {
        WithinTarget => status::WITHIN_TARGET,
        BelowTarget => status::BELOW_TARGET,
        LossMaking => status::LOSS_MAKING,
    }
    .get(locale)
}

/// A reviewed quarter's status as a word (§11).
pub(crate) fn quarter_status_word(
    status: crate::output::QuarterStatus,
    locale: Locale,
) -> &'static str {
    use crate::output::QuarterStatus::*;
    match status {
        Exceeded => status::EXCEEDED,
        Achieved => status::ACHIEVED,
        Missed => status::MISSED,
        Open => status::OPEN,
    }
    .get(locale)
}

/// The reforecast's status as words (§11).
pub(crate) fn reforecast_word(
    status: crate::output::ReforecastStatus,
    locale: Locale,
) -> &'static str {
    use crate::output::ReforecastStatus::*;
    match status {
        OnTrack => status::ON_TRACK,
        CatchUp => status::CATCH_UP,
        ReviseGoal => status::REVISE_GOAL,
        GoalReached => status::GOAL_REACHED,
        GoalMissed => status::GOAL_MISSED,
    }
    .get(locale)
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
            &Problem::OutOfRange(Bounds::RATE, Unit::Percent),
        );
        assert_eq!(
            m,
            "Taux de conversion (canal 2)\u{202f}: doit dépasser 0\u{202f}% et valoir au plus 100\u{202f}%."
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
