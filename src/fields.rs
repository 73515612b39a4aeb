//! Every input field of a plan and of its actuals, declared once: its path in the contract, the
//! name messages give it, the label the form shows, how its number is typed, and what blank
//! means.
//!
//! Validation names fields with [`title`] (`Taux de conversion (canal 2)`); the form renders
//! its controls, reads what was typed, relocalises numbers and lists its controls from these
//! same declarations.

use crate::model::{Bounds, Locale, ScenarioFactors, DEFAULT_ALERT_TOLERANCE, DEFAULT_LTV_TO_CAC};
use crate::words::{common, fields as titles, form, Words};

/// How a number is typed, and the unit shown beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// An amount in the plan's currency.
    Money,
    /// An amount in the plan's currency, per month.
    MoneyPerMonth,
    /// An amount in the plan's currency, per year.
    MoneyPerYear,
    /// A fraction typed as a percentage (`45` for 0.45).
    Percent,
    /// Sessions in a month.
    SessionsPerMonth,
    /// A plain number.
    Plain,
}

/// What a blank (or absent) number means.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Blank {
    /// Nothing: the field must be filled in.
    Required,
    /// The contract's default (said by the field's hint).
    Default(f64),
    /// "None": the field is marked optional.
    Optional,
}

/// A number field's rules.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub unit: Unit,
    pub blank: Blank,
    /// The values it may take (the engine's magnitude cap comes on top).
    pub bounds: Bounds,
}

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// A number typed as text.
    Number(Number),
    /// One of a list (a select).
    Choice,
    /// Free text.
    Text,
    /// A group of fields (`cost`, `scenarios`): named in messages, never a control.
    Group,
}

/// One input field.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Field {
    /// Its path in the contract, relative to its list item for channels and actuals
    /// (`conversionRate`, `cost.monthly`): the form's control names are built from it.
    pub path: &'static str,
    /// What messages call it (`Taux de conversion`).
    pub title: Words,
    /// What the form's label says (often the title, sometimes with its period or context).
    pub label: Words,
    pub kind: Kind,
    /// A line under the control (what blank means, what to type).
    pub hint: Option<Words>,
    /// Whether it may be negative (phones must then offer a minus sign).
    pub signed: bool,
}

impl Field {
    /// The last key of its path.
    pub fn key(&self) -> &'static str {
        self.path.rsplit('.').next().unwrap_or(self.path)
    }

    /// Whether its number is typed as a percentage.
    pub fn percent(&self) -> bool {
        self.number().is_some_and(|n| n.unit == Unit::Percent)
    }

    /// Its rules, when it is a number.
    pub fn number(&self) -> Option<Number> {
        match self.kind {
            Kind::Number(n) => Some(n),
            _ => None,
        }
    }

    /// The same field, which may be negative.
    const fn signed(self) -> Field {
        Field {
            signed: true,
            ..self
        }
    }
}

/// A field whose label is its title.
const fn field(path: &'static str, title: Words, kind: Kind, hint: Option<Words>) -> Field {
    Field {
        path,
        title,
        label: title,
        kind,
        hint,
        signed: false,
    }
}

/// A field whose label says more than its title.
const fn labelled(
    path: &'static str,
    title: Words,
    label: Words,
    kind: Kind,
    hint: Option<Words>,
) -> Field {
    Field {
        path,
        title,
        label,
        kind,
        hint,
        signed: false,
    }
}

const fn number(unit: Unit, blank: Blank, bounds: Bounds) -> Kind {
    Kind::Number(Number {
        unit,
        blank,
        bounds,
    })
}

use Blank::{Default as Defaulted, Optional, Required};

/// `x ≥ min`.
const fn at_least(min: f64) -> Bounds {
    Bounds::new(Some((min, true)), None)
}

// The plan.
pub(crate) static LOCALE: Field = field("locale", form::LANGUAGE, Kind::Choice, None);
pub(crate) static CURRENCY: Field = field("currency", form::CURRENCY, Kind::Choice, None);
pub(crate) static START: Field = field("start", titles::START, Kind::Group, None);
pub(crate) static START_YEAR: Field = labelled(
    "start.year",
    titles::YEAR,
    form::START_YEAR,
    Kind::Choice,
    None,
);
pub(crate) static START_QUARTER: Field = labelled(
    "start.quarter",
    common::QUARTER,
    form::START_QUARTER,
    Kind::Choice,
    None,
);
pub(crate) static AVERAGE_ORDER_VALUE: Field = field(
    "averageOrderValue",
    common::AVERAGE_ORDER_VALUE,
    number(Unit::Money, Required, Bounds::POSITIVE),
    None,
);
pub(crate) static GROSS_MARGIN_RATE: Field = field(
    "grossMarginRate",
    form::GROSS_MARGIN_RATE,
    number(Unit::Percent, Required, Bounds::RATE),
    Some(form::GROSS_MARGIN_RATE_HINT),
);
pub(crate) static ORDERS_PER_CUSTOMER: Field = field(
    "ordersPerCustomer",
    common::ORDERS_PER_CUSTOMER_12_MONTHS,
    number(Unit::Plain, Defaulted(1.0), at_least(1.0)),
    Some(form::IF_BLANK_ONE),
);
pub(crate) static PAST_GROWTH_RATE: Field = field(
    "pastGrowthRate",
    form::PAST_GROWTH_12_MONTHS,
    number(
        Unit::Percent,
        Optional,
        Bounds::new(Some((-1.0, false)), None),
    ),
    None,
)
.signed();
pub(crate) static SEASONALITY: Field = labelled(
    "seasonality",
    form::SEASONALITY,
    form::SEASONALITY_WEIGHTS,
    number(Unit::Plain, Required, Bounds::POSITIVE),
    None,
);
pub(crate) static CART_ABANDONMENT_RATE: Field = field(
    "cartAbandonmentRate",
    form::CART_ABANDONMENT_RATE,
    number(Unit::Percent, Optional, Bounds::RATE_BELOW_ONE),
    None,
);
pub(crate) static ORDER_COSTS: Field = field("orderCosts", titles::ORDER_COSTS, Kind::Group, None);
pub(crate) static COST_PER_ORDER: Field = labelled(
    "orderCosts.perOrder",
    titles::COST_PER_ORDER,
    form::COST_PER_ORDER,
    number(Unit::Money, Defaulted(0.0), Bounds::NON_NEGATIVE),
    None,
);
pub(crate) static RETURN_RATE: Field = field(
    "orderCosts.returnRate",
    titles::RETURN_RATE,
    number(Unit::Percent, Defaulted(0.0), Bounds::RATE_BELOW_ONE),
    None,
);
pub(crate) static FIRST_ORDER_DISCOUNT: Field = field(
    "orderCosts.firstOrderDiscount",
    titles::FIRST_ORDER_DISCOUNT,
    number(Unit::Percent, Defaulted(0.0), Bounds::RATE_BELOW_ONE),
    None,
);
pub(crate) static CHANNELS: Field = field("channels", titles::CHANNELS, Kind::Group, None);
pub(crate) static GOAL: Field = field("goal", titles::GOAL, Kind::Group, None);
pub(crate) static GOAL_GROWTH_RATE: Field = labelled(
    "goal.growthRate",
    titles::GROWTH_GOAL,
    form::GROWTH_GOAL_12_MONTHS,
    // At most ten times the baseline (+1 000 %): beyond, a plan is no longer a plan.
    number(
        Unit::Percent,
        Required,
        Bounds::new(Some((0.0, false)), Some((10.0, true))),
    ),
    None,
);
pub(crate) static GOAL_EXTRA_REVENUE: Field = labelled(
    "goal.extraRevenue",
    titles::EXTRA_REVENUE_GOAL,
    form::EXTRA_REVENUE_GOAL_12_MONTHS,
    number(Unit::Money, Required, Bounds::POSITIVE),
    None,
);
pub(crate) static GOAL_TARGET_REVENUE: Field = labelled(
    "goal.targetRevenue",
    common::TARGET_REVENUE,
    form::TARGET_REVENUE_12_MONTHS,
    number(Unit::Money, Required, Bounds::POSITIVE),
    Some(form::TARGET_REVENUE_HINT),
);
pub(crate) static MILESTONES: Field =
    field("milestones", form::QUARTERLY_MILESTONES, Kind::Group, None);
pub(crate) static MILESTONE_MODE: Field = labelled(
    "milestones.mode",
    titles::MILESTONE_MODE,
    form::QUARTERLY_MILESTONES,
    Kind::Choice,
    None,
);
pub(crate) static RAMP_WEIGHTS: Field = labelled(
    "milestones.rampWeights",
    titles::RAMP_WEIGHTS,
    form::RAMP_WEIGHTS,
    number(Unit::Plain, Required, Bounds::POSITIVE),
    None,
);
pub(crate) static TARGET_LTV_TO_CAC: Field = field(
    "targetLtvToCac",
    form::TARGET_LTV_TO_CAC,
    number(Unit::Plain, Defaulted(DEFAULT_LTV_TO_CAC), at_least(1.0)),
    Some(form::TARGET_LTV_TO_CAC_HINT),
);
pub(crate) static MARKETING_BUDGET: Field = field(
    "marketingBudget",
    form::ANNUAL_MARKETING_BUDGET,
    number(Unit::MoneyPerYear, Optional, Bounds::NON_NEGATIVE),
    None,
);
pub(crate) static SCENARIOS: Field = field("scenarios", titles::SCENARIOS, Kind::Group, None);
pub(crate) static PRUDENT: Field = labelled(
    "scenarios.prudent",
    titles::PRUDENT_FACTOR,
    form::PRUDENT_SCENARIO,
    number(
        Unit::Percent,
        Defaulted(ScenarioFactors::DEFAULT.prudent),
        Bounds::RATE,
    ),
    Some(form::PRUDENT_SCENARIO_HINT),
);
pub(crate) static AMBITIOUS: Field = labelled(
    "scenarios.ambitious",
    titles::AMBITIOUS_FACTOR,
    form::AMBITIOUS_SCENARIO,
    number(
        Unit::Percent,
        Defaulted(ScenarioFactors::DEFAULT.ambitious),
        Bounds::new(Some((1.0, true)), Some((3.0, true))),
    ),
    Some(form::AMBITIOUS_SCENARIO_HINT),
);
pub(crate) static ALERT_TOLERANCE: Field = field(
    "alertTolerance",
    form::ALERT_TOLERANCE,
    number(
        Unit::Percent,
        Defaulted(DEFAULT_ALERT_TOLERANCE),
        Bounds::RATE_BELOW_ONE,
    ),
    Some(form::ALERT_TOLERANCE_HINT),
);
pub(crate) static ACTUALS: Field = field("actuals", titles::ACTUALS, Kind::Group, None);
pub(crate) static UNCERTAINTY: Field = field("uncertainty", titles::UNCERTAINTY, Kind::Group, None);
/// A relative half-width (`0.2`: ±20 %).
const HALF_WIDTH: Kind = number(Unit::Percent, Required, Bounds::RATE_BELOW_ONE);
pub(crate) static TRAFFIC_UNCERTAINTY: Field = field(
    "uncertainty.traffic",
    titles::TRAFFIC_UNCERTAINTY,
    HALF_WIDTH,
    None,
);
pub(crate) static CONVERSION_UNCERTAINTY: Field = field(
    "uncertainty.conversionRate",
    titles::CONVERSION_UNCERTAINTY,
    HALF_WIDTH,
    None,
);
pub(crate) static AOV_UNCERTAINTY: Field = field(
    "uncertainty.averageOrderValue",
    titles::AOV_UNCERTAINTY,
    HALF_WIDTH,
    None,
);
/// Optional: v2's plans have none (0).
pub(crate) static DOUBLING_GAIN_UNCERTAINTY: Field = field(
    "uncertainty.doublingGain",
    titles::DOUBLING_GAIN_UNCERTAINTY,
    number(Unit::Percent, Defaulted(0.0), Bounds::RATE_BELOW_ONE),
    Some(form::DOUBLING_GAIN_UNCERTAINTY_HINT),
);
pub(crate) static DRAWS: Field = field("uncertainty.draws", titles::DRAWS, Kind::Text, None);
pub(crate) static SEED: Field = field("uncertainty.seed", titles::SEED, Kind::Text, None);
pub(crate) static HISTORY: Field = field("history", titles::HISTORY, Kind::Group, None);
pub(crate) static HISTORY_MONTHS: Field =
    field("history.months", titles::HISTORY_MONTHS, Kind::Text, None);

// A channel of the plan (`channels[k].…`).
pub(crate) static CHANNEL_ID: Field = field("id", titles::ID, Kind::Text, None);
pub(crate) static CHANNEL_LABEL: Field = labelled(
    "label",
    titles::CHANNEL_NAME,
    form::CHANNEL_NAME,
    Kind::Text,
    None,
);
pub(crate) static CHANNEL_KIND: Field = labelled(
    "kind",
    titles::CHANNEL_KIND,
    form::CHANNEL_KIND,
    Kind::Choice,
    None,
);
pub(crate) static SESSIONS_PER_MONTH: Field = labelled(
    "sessionsPerMonth",
    titles::SESSIONS_PER_MONTH,
    common::SESSIONS,
    number(Unit::SessionsPerMonth, Required, Bounds::NON_NEGATIVE),
    None,
);
pub(crate) static CONVERSION_RATE: Field = field(
    "conversionRate",
    common::CONVERSION_RATE,
    number(Unit::Percent, Required, Bounds::RATE),
    None,
);
pub(crate) static CHANNEL_AVERAGE_ORDER_VALUE: Field = field(
    "averageOrderValue",
    form::CHANNEL_AOV,
    number(Unit::Money, Optional, Bounds::POSITIVE),
    Some(form::CHANNEL_AOV_HINT),
);
pub(crate) static GOAL_SHARE: Field = field(
    "goalShare",
    common::SHARE_OF_THE_GOAL,
    number(Unit::Percent, Optional, Bounds::SHARE),
    Some(form::GOAL_SHARE_HINT),
);
pub(crate) static COST: Field = field("cost", titles::COST, Kind::Group, None);
pub(crate) static COST_MODEL: Field = labelled(
    "cost.model",
    titles::COST_MODEL,
    common::COST_OF_THE_EXTRA_EFFORT,
    Kind::Choice,
    None,
);
pub(crate) static COST_PER_CLICK: Field = field(
    "cost.costPerClick",
    form::COST_PER_CLICK,
    number(Unit::Money, Required, Bounds::POSITIVE),
    None,
);
pub(crate) static COST_CURRENT_MONTHLY: Field = labelled(
    "cost.currentMonthly",
    titles::CURRENT_MONTHLY_SPEND,
    form::CURRENT_MONTHLY_SPEND,
    number(Unit::MoneyPerMonth, Required, Bounds::POSITIVE),
    None,
);
pub(crate) static COST_FIXED_MONTHLY: Field = labelled(
    "cost.monthly",
    titles::FIXED_MONTHLY_COST,
    form::FIXED_MONTHLY_COST,
    number(Unit::MoneyPerMonth, Required, Bounds::NON_NEGATIVE),
    None,
);
/// 0.05 to 0.95, or exactly 1 (a straight line): validation refuses what lies between.
pub(crate) static DOUBLING_GAIN: Field = labelled(
    "cost.doublingGain",
    titles::DOUBLING_GAIN,
    form::DOUBLING_GAIN,
    number(
        Unit::Percent,
        Defaulted(crate::model::DEFAULT_DOUBLING_GAIN),
        Bounds::new(Some((0.05, true)), Some((1.0, true))),
    ),
    Some(form::DOUBLING_GAIN_HINT),
);

// A closed quarter (`actuals[i].…`) and its channels (`actuals[i].channels[k].…`).
pub(crate) static ACTUAL_QUARTER: Field = field("quarter", common::QUARTER, Kind::Text, None);
pub(crate) static ACTUAL_REVENUE: Field = labelled(
    "revenue",
    common::ACTUAL_REVENUE,
    form::QUARTER_REVENUE,
    number(Unit::Money, Required, Bounds::NON_NEGATIVE),
    None,
);
// A channel's figures in a closed quarter: each may be left blank (then it is not compared).
pub(crate) static ACTUAL_SESSIONS: Field = field(
    "sessions",
    common::SESSIONS,
    number(Unit::Plain, Optional, Bounds::NON_NEGATIVE),
    None,
);
pub(crate) static ACTUAL_ORDERS: Field = field(
    "orders",
    form::ORDERS,
    number(Unit::Plain, Optional, Bounds::NON_NEGATIVE),
    None,
);
pub(crate) static ACTUAL_SPEND: Field = field(
    "spend",
    form::SPEND,
    number(Unit::Money, Optional, Bounds::NON_NEGATIVE),
    None,
);

/// The plan's own fields.
pub(crate) static PLAN: &[&Field] = &[
    &LOCALE,
    &CURRENCY,
    &START,
    &START_YEAR,
    &START_QUARTER,
    &AVERAGE_ORDER_VALUE,
    &GROSS_MARGIN_RATE,
    &ORDERS_PER_CUSTOMER,
    &PAST_GROWTH_RATE,
    &SEASONALITY,
    &CART_ABANDONMENT_RATE,
    &ORDER_COSTS,
    &COST_PER_ORDER,
    &RETURN_RATE,
    &FIRST_ORDER_DISCOUNT,
    &CHANNELS,
    &GOAL,
    &GOAL_GROWTH_RATE,
    &GOAL_EXTRA_REVENUE,
    &GOAL_TARGET_REVENUE,
    &MILESTONES,
    &MILESTONE_MODE,
    &RAMP_WEIGHTS,
    &TARGET_LTV_TO_CAC,
    &MARKETING_BUDGET,
    &SCENARIOS,
    &PRUDENT,
    &AMBITIOUS,
    &ALERT_TOLERANCE,
    &ACTUALS,
    &UNCERTAINTY,
    &TRAFFIC_UNCERTAINTY,
    &CONVERSION_UNCERTAINTY,
    &AOV_UNCERTAINTY,
    &DOUBLING_GAIN_UNCERTAINTY,
    &DRAWS,
    &SEED,
    &HISTORY,
    &HISTORY_MONTHS,
];

/// A channel's fields.
pub(crate) static CHANNEL: &[&Field] = &[
    &CHANNEL_ID,
    &CHANNEL_LABEL,
    &CHANNEL_KIND,
    &SESSIONS_PER_MONTH,
    &CONVERSION_RATE,
    &CHANNEL_AVERAGE_ORDER_VALUE,
    &GOAL_SHARE,
    &COST,
    &COST_MODEL,
    &COST_PER_CLICK,
    &COST_CURRENT_MONTHLY,
    &COST_FIXED_MONTHLY,
    &DOUBLING_GAIN,
];

/// A closed quarter's fields.
pub(crate) static QUARTER: &[&Field] = &[&ACTUAL_QUARTER, &ACTUAL_REVENUE, &CHANNELS];

/// The fields of a channel within a closed quarter.
pub(crate) static CHANNEL_ACTUALS: &[&Field] =
    &[&CHANNEL_ID, &ACTUAL_SESSIONS, &ACTUAL_ORDERS, &ACTUAL_SPEND];

/// The field at `path` (`channels[1].cost.monthly`, `actuals[0].channels[2].spend`,
/// `seasonality[3]`), by the lists its path goes through.
pub(crate) fn find(path: &str) -> Option<&'static Field> {
    let (rest, lists) = strip_lists(path);
    let table = match lists.as_slice() {
        [] => PLAN,
        ["channels"] => CHANNEL,
        ["actuals"] => QUARTER,
        ["actuals", "channels"] => CHANNEL_ACTUALS,
        _ => return None,
    };
    table.iter().find(|f| f.path == rest).copied()
}

/// `Taux de conversion (canal 2)`, `Sessions (trimestre réalisé 1, canal 2)`,
/// `Saisonnalité (T1)`, `Ramp weights (quarter 3)`: how messages name the field at `path`.
/// A path that names no field reads as itself.
pub(crate) fn title(path: &str, locale: Locale) -> String {
    let Some(field) = find(path) else {
        return path.to_string();
    };
    let mut places: Vec<String> = Vec::new();
    for (list, i) in positions(path) {
        let n = i + 1;
        let place = match list {
            "channels" => titles::CHANNEL_N,
            "actuals" => titles::CLOSED_QUARTER_N,
            "seasonality" => titles::CALENDAR_QUARTER_N,
            "milestones.rampWeights" => titles::PLAN_QUARTER_N,
            _ => titles::NUMBER_N,
        };
        places.push(place.fill(locale, &[&n]));
    }
    let title = field.title.get(locale);
    match places.is_empty() {
        true => title.to_string(),
        false => format!("{title} ({})", places.join(", ")),
    }
}

/// `actuals[0].channels[2].spend` → `("spend", ["actuals", "channels"])`: the path within its
/// innermost list item, and the lists met on the way. A trailing index (`seasonality[3]`)
/// names an item of the field itself, not a list of fields.
fn strip_lists(path: &str) -> (&str, Vec<&str>) {
    let mut lists = Vec::new();
    let mut rest = path;
    while let Some((list, after)) = rest.split_once("].") {
        let name = list.rsplit_once('[').map_or(list, |(name, _)| name);
        lists.push(name.rsplit('.').next().unwrap_or(name));
        rest = after;
    }
    let rest = rest.split_once('[').map_or(rest, |(field, _)| field);
    (rest, lists)
}

/// The lists and item indexes in `path`, outermost first: `actuals[0].channels[2].spend` →
/// `[("actuals", 0), ("channels", 2)]`, `milestones.rampWeights[3]` →
/// `[("milestones.rampWeights", 3)]`.
fn positions(path: &str) -> Vec<(&str, usize)> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some((before, after)) = rest.split_once('[') {
        let (index, tail) = after.split_once(']').unwrap_or((after, ""));
        let list = before.trim_start_matches('.');
        out.push((list, index.parse().unwrap_or(0)));
        rest = tail;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_say_where_the_field_is() {
        let cases = [
            (
                "channels[1].conversionRate",
                Locale::Fr,
                "Taux de conversion (canal 2)",
            ),
            (
                "channels[0].cost.currentMonthly",
                Locale::En,
                "Current monthly spend (channel 1)",
            ),
            (
                "channels[2].averageOrderValue",
                Locale::Fr,
                "Panier moyen du canal (canal 3)",
            ),
            ("averageOrderValue", Locale::Fr, "Panier moyen"),
            (
                "actuals[0].channels[1].sessions",
                Locale::Fr,
                "Sessions (trimestre réalisé 1, canal 2)",
            ),
            (
                "actuals[1].revenue",
                Locale::En,
                "Actual revenue (closed quarter 2)",
            ),
            ("seasonality[0]", Locale::Fr, "Saisonnalité (T1)"),
            (
                "milestones.rampWeights[2]",
                Locale::En,
                "Ramp weights (quarter 3)",
            ),
            ("goal.growthRate", Locale::Fr, "Croissance visée"),
            (
                "scenarios.prudent",
                Locale::En,
                "Conservative scenario factor",
            ),
            ("channels", Locale::Fr, "Canaux"),
            ("nonsense", Locale::Fr, "nonsense"),
        ];
        for (path, locale, expected) in cases {
            assert_eq!(title(path, locale), expected, "{path}");
        }
    }

    #[test]
    fn every_field_is_found_by_its_path() {
        for (prefix, table) in [
            ("", PLAN),
            ("channels[3].", CHANNEL),
            ("actuals[1].", QUARTER),
            ("actuals[1].channels[0].", CHANNEL_ACTUALS),
        ] {
            for f in table {
                let path = format!("{prefix}{}", f.path);
                assert_eq!(find(&path), Some(*f), "{path}");
            }
        }
    }
}
