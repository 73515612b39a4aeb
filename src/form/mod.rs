//! The planner's form: what the user typed, kept as text, and its way to a [`PlanInput`].
//!
//! [`FormState`] holds every field as the text the user typed, in the state's locale, so
//! nothing typed is ever lost (not even invalid text) and the state round-trips through
//! serde JSON exactly (it is saved to localStorage). [`FormState::to_plan`] parses every
//! field ([`parse_number`] is forgiving about how numbers are written), builds the contract's
//! JSON and hands it to [`validate::parse_plan`]; every error comes back with `field` = the
//! name of the control to flag. Control names *are* the contract's paths
//! (`channels[1].conversionRate`), plus a few controls that only the form has (`locale`,
//! `currency`, `goal.kind`, `seasonalityPreset`).
//!
//! Percentages are typed as percentages (`45` for a margin of 0.45); the plan gets fractions.
//!
//! Seasonality presets (weights of calendar Q1..Q4, normalised by the engine):
//! `flat` = no seasonality (`null` in the plan: equal shares), `holidays` = [0.9, 0.9, 0.95,
//! 1.5] (a strong Q4: Black Friday and Christmas), `summer` = [0.9, 1.1, 1.4, 0.8] (a summer
//! peak in Q3), `custom` = the four typed weights.

pub mod history;
mod html;
mod number;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use crate::fields::{self, Field};
use crate::model::{
    coded, ChannelKind, CostKind, CostModel, FieldError, Goal, Locale, MilestoneMode, PlanInput,
    MAX_CHANNELS,
};
use crate::review::{self, ReviewInput};
use crate::text::{self, Problem};
use crate::validate;
use crate::words::{common, errors};

pub use html::{form_html, part_html, tabs_html};
pub use number::{edit_text, parse_number, parse_percent, NumberProblem};

/// Everything the form shows, as the user typed it (strings), so nothing typed is ever lost.
///
/// Numbers are texts in the state's locale (`"2,5"` in French); percentages are typed as
/// percentages (`"45"` for 0.45). Blank optional fields mean `null` or the contract's default.
/// Missing keys take the example plan's values when a saved state is read back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct FormState {
    pub locale: Locale,
    pub currency: String,
    // Shop
    pub average_order_value: String,
    /// %
    pub gross_margin_rate: String,
    pub orders_per_customer: String,
    /// %, optional
    pub past_growth_rate: String,
    pub seasonality_preset: SeasonalityPreset,
    /// Weights of calendar Q1..Q4, used when the preset is `custom`.
    pub seasonality: [String; 4],
    /// %, optional
    pub cart_abandonment_rate: String,
    /// Order costs: money, % and %; blank: 0.
    pub cost_per_order: String,
    pub return_rate: String,
    pub first_order_discount: String,
    /// The months of revenue as pasted (one per line, or as a spreadsheet gives them).
    pub history: String,
    // Channels
    pub channels: Vec<ChannelRow>,
    // Goal: one text per kind, so switching kinds loses nothing.
    pub goal_kind: GoalKind,
    /// %
    pub growth_rate: String,
    pub extra_revenue: String,
    pub target_revenue: String,
    pub start_year: String,
    pub start_quarter: String,
    pub milestone_mode: MilestoneMode,
    pub ramp_weights: [String; 4],
    pub target_ltv_to_cac: String,
    /// optional
    pub marketing_budget: String,
    /// % (`80` for a factor of 0.8)
    pub prudent: String,
    /// % (`120` for a factor of 1.2)
    pub ambitious: String,
    /// %
    pub alert_tolerance: String,
    /// The outlook's uncertainty (§14): a preset, or the three half-widths typed (%).
    pub uncertainty_preset: UncertaintyPreset,
    pub uncertainty_traffic: String,
    pub uncertainty_conversion: String,
    pub uncertainty_aov: String,
    /// Of the paid channels' doubling gain; blank is none (0), as in a v2 plan.
    pub uncertainty_doubling_gain: String,
    /// Draws and seed of a plan that gave them (kept as they were; the form shows neither).
    pub uncertainty_draws: Option<u32>,
    pub uncertainty_seed: Option<u64>,
    /// The view shown: the plan, or the quarterly review.
    pub view: View,
    /// The closed quarters' actuals, plan quarters 1..j in order (4 at most).
    pub actuals: Vec<QuarterRow>,
    /// The controls whose value still comes from the example plan (keys of
    /// [`FormState::example_key`]): shown as the example's until edited.
    /// (A list rather than a set: a few dozen names, and no second B-tree in the wasm.)
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub example: Vec<String>,
}

coded! {
    /// Which view of the planner is shown.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum View {
        #[default]
        Plan = "plan",
        Review = "review",
    }
}

/// A closed quarter's actuals as typed: the revenue, and figures per channel.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct QuarterRow {
    pub revenue: String,
    /// Figures by channel id (not position), so that they follow their channel when rows
    /// move; a channel without an entry has blank figures.
    pub channels: BTreeMap<String, ChannelFigures>,
}

/// A channel's totals over a closed quarter, as typed; each optional.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ChannelFigures {
    pub sessions: String,
    pub orders: String,
    pub spend: String,
}

impl ChannelFigures {
    fn is_blank(&self) -> bool {
        [&self.sessions, &self.orders, &self.spend]
            .iter()
            .all(|t| t.trim().is_empty())
    }
}

/// Which member of a form struct holds the text of which field: written once, read by
/// `text` (rendering, parsing) and `text_mut` (edits, relocalisation).
macro_rules! text_fields {
    ($ty:ty { $($field:path => $member:ident,)* }) => {
        impl $ty {
            /// The text typed for the field at `path` (relative to its row).
            pub(crate) fn text(&self, path: &str) -> Option<&str> {
                $(if path == $field.path { return Some(&self.$member); })*
                None
            }

            fn text_mut(&mut self, path: &str) -> Option<&mut String> {
                $(if path == $field.path { return Some(&mut self.$member); })*
                None
            }
        }
    };
}

text_fields!(FormState {
    fields::AVERAGE_ORDER_VALUE => average_order_value,
    fields::GROSS_MARGIN_RATE => gross_margin_rate,
    fields::ORDERS_PER_CUSTOMER => orders_per_customer,
    fields::PAST_GROWTH_RATE => past_growth_rate,
    fields::CART_ABANDONMENT_RATE => cart_abandonment_rate,
    fields::COST_PER_ORDER => cost_per_order,
    fields::RETURN_RATE => return_rate,
    fields::FIRST_ORDER_DISCOUNT => first_order_discount,
    fields::GOAL_GROWTH_RATE => growth_rate,
    fields::GOAL_EXTRA_REVENUE => extra_revenue,
    fields::GOAL_TARGET_REVENUE => target_revenue,
    fields::START_YEAR => start_year,
    fields::START_QUARTER => start_quarter,
    fields::TARGET_LTV_TO_CAC => target_ltv_to_cac,
    fields::MARKETING_BUDGET => marketing_budget,
    fields::PRUDENT => prudent,
    fields::AMBITIOUS => ambitious,
    fields::ALERT_TOLERANCE => alert_tolerance,
    fields::TRAFFIC_UNCERTAINTY => uncertainty_traffic,
    fields::CONVERSION_UNCERTAINTY => uncertainty_conversion,
    fields::AOV_UNCERTAINTY => uncertainty_aov,
    fields::DOUBLING_GAIN_UNCERTAINTY => uncertainty_doubling_gain,
    fields::HISTORY_MONTHS => history,
});

text_fields!(ChannelRow {
    fields::CHANNEL_LABEL => label,
    fields::SESSIONS_PER_MONTH => sessions_per_month,
    fields::CONVERSION_RATE => conversion_rate,
    fields::CHANNEL_AVERAGE_ORDER_VALUE => average_order_value,
    fields::GOAL_SHARE => goal_share,
    fields::COST_PER_CLICK => cost_per_click,
    fields::COST_CURRENT_MONTHLY => current_monthly,
    fields::COST_FIXED_MONTHLY => fixed_monthly,
    fields::DOUBLING_GAIN => doubling_gain,
});

text_fields!(ChannelFigures {
    fields::ACTUAL_SESSIONS => sessions,
    fields::ACTUAL_ORDERS => orders,
    fields::ACTUAL_SPEND => spend,
});

text_fields!(QuarterRow {
    fields::ACTUAL_REVENUE => revenue,
});

/// The most closed quarters a review holds.
pub const MAX_ACTUALS: usize = 4;

/// One channel row of the form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ChannelRow {
    /// Stable id (`[a-z0-9-]{1,32}`): kept from the plan, `c<N>` for new rows.
    pub id: String,
    pub kind: ChannelKind,
    pub label: String,
    pub sessions_per_month: String,
    /// %
    pub conversion_rate: String,
    /// optional: blank = the plan's
    pub average_order_value: String,
    /// %, optional: blank = proportional
    pub goal_share: String,
    pub cost_model: CostKind,
    /// Each cost model keeps its own amount, so that switching back and forth loses nothing.
    pub cost_per_click: String,
    pub current_monthly: String,
    pub fixed_monthly: String,
    /// %, paid channels; blank: the default.
    pub doubling_gain: String,
}

impl Default for ChannelRow {
    fn default() -> Self {
        ChannelRow {
            id: String::new(),
            kind: ChannelKind::Other,
            label: String::new(),
            sessions_per_month: String::new(),
            conversion_rate: String::new(),
            average_order_value: String::new(),
            goal_share: String::new(),
            cost_model: CostKind::None,
            cost_per_click: String::new(),
            current_monthly: String::new(),
            fixed_monthly: String::new(),
            doubling_gain: String::new(),
        }
    }
}

coded! {
    /// Seasonality presets; see the module documentation for their weights.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum SeasonalityPreset {
        /// No seasonality (`null` in the plan).
        #[default]
        Flat = "flat",
        /// Strong Q4.
        Holidays = "holidays",
        /// Summer peak (Q3).
        Summer = "summer",
        /// The four typed weights.
        Custom = "custom",
    }
}

impl SeasonalityPreset {
    pub const HOLIDAYS: [f64; 4] = [0.9, 0.9, 0.95, 1.5];
    pub const SUMMER: [f64; 4] = [0.9, 1.1, 1.4, 0.8];

    /// The fixed weights of a preset (`None` for `custom`).
    pub fn weights(self) -> Option<[f64; 4]> {
        match self {
            SeasonalityPreset::Flat => Some([1.0; 4]),
            SeasonalityPreset::Holidays => Some(Self::HOLIDAYS),
            SeasonalityPreset::Summer => Some(Self::SUMMER),
            SeasonalityPreset::Custom => None,
        }
    }
}

coded! {
    /// How uncertain the plan's figures are (§14): none (no outlook), three levels, or the
    /// half-widths typed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum UncertaintyPreset {
        #[default]
        None = "none",
        /// ±5 %.
        Sure = "sure",
        /// ±15 %.
        Usual = "usual",
        /// ±30 %.
        Uncertain = "uncertain",
        Custom = "custom",
    }
}

impl UncertaintyPreset {
    /// The half-width of every figure under a preset (`None` for none and custom).
    pub fn half_width(self) -> Option<f64> {
        match self {
            UncertaintyPreset::Sure => Some(0.05),
            UncertaintyPreset::Usual => Some(0.15),
            UncertaintyPreset::Uncertain => Some(0.3),
            _ => None,
        }
    }

    /// The preset a plan's uncertainty matches, else custom.
    fn of(u: Option<crate::model::Uncertainty>) -> Self {
        let Some(u) = u else {
            return UncertaintyPreset::None;
        };
        // A v2 plan (no doubling-gain uncertainty) shows as custom: its figures are kept.
        let same = [u.conversion_rate, u.average_order_value, u.doubling_gain]
            .iter()
            .all(|x| *x == u.traffic);
        let presets = [Self::Sure, Self::Usual, Self::Uncertain];
        let preset = presets
            .into_iter()
            .find(|p| p.half_width() == Some(u.traffic));
        match (same, preset) {
            (true, Some(p)) => p,
            _ => UncertaintyPreset::Custom,
        }
    }
}

/// The four half-widths, in the form's order.
pub(crate) static UNCERTAINTY_NUMBERS: [&Field; 4] = [
    &fields::TRAFFIC_UNCERTAINTY,
    &fields::CONVERSION_UNCERTAINTY,
    &fields::AOV_UNCERTAINTY,
    &fields::DOUBLING_GAIN_UNCERTAINTY,
];

coded! {
    /// The form of the goal; its code is the contract key, also the last part of the value
    /// control's name (`goal.growthRate`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum GoalKind {
        #[default]
        GrowthRate = "growthRate",
        ExtraRevenue = "extraRevenue",
        TargetRevenue = "targetRevenue",
    }
}

/// What an edit changed: only values (recompute the results), or the form's structure
/// (re-render the part of the form named by `FormPart`, then recompute).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    None,
    Value,
    Structure(FormPart),
}

coded! {
    /// A part of the form that can be re-rendered alone; its code is its `data-part`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum FormPart {
        Whole = "whole",
        Channels = "channels",
        Goal = "goal",
        Shop = "shop",
        /// The folded settings with defaults.
        Advanced = "advanced",
        /// The closed quarters of the review view.
        Actuals = "actuals",
    }
}

/// The review the form describes, or every error of the plan and of its actuals.
pub type ReviewResultOf = Result<ReviewInput, Vec<FieldError>>;

/// The shop's number fields, in the order of the form (its seasonality follows them).
pub(crate) static SHOP_NUMBERS: [&Field; 5] = [
    &fields::AVERAGE_ORDER_VALUE,
    &fields::GROSS_MARGIN_RATE,
    &fields::ORDERS_PER_CUSTOMER,
    &fields::PAST_GROWTH_RATE,
    &fields::CART_ABANDONMENT_RATE,
];

/// What each order costs beyond the goods (§4), a group of the shop.
pub(crate) static ORDER_COST_NUMBERS: [&Field; 3] = [
    &fields::COST_PER_ORDER,
    &fields::RETURN_RATE,
    &fields::FIRST_ORDER_DISCOUNT,
];

/// The number fields after the milestones: profitability, scenarios, alerts.
pub(crate) static SETTINGS_NUMBERS: [&Field; 5] = [
    &fields::TARGET_LTV_TO_CAC,
    &fields::MARKETING_BUDGET,
    &fields::PRUDENT,
    &fields::AMBITIOUS,
    &fields::ALERT_TOLERANCE,
];

/// A channel row's number fields, before its cost.
pub(crate) static CHANNEL_NUMBERS: [&Field; 4] = [
    &fields::SESSIONS_PER_MONTH,
    &fields::CONVERSION_RATE,
    &fields::CHANNEL_AVERAGE_ORDER_VALUE,
    &fields::GOAL_SHARE,
];

/// A channel's figures in a closed quarter.
pub(crate) static ACTUAL_FIGURES: [&Field; 3] = [
    &fields::ACTUAL_SESSIONS,
    &fields::ACTUAL_ORDERS,
    &fields::ACTUAL_SPEND,
];

impl GoalKind {
    /// The field that holds the goal in this form.
    pub(crate) fn field(self) -> &'static Field {
        match self {
            GoalKind::GrowthRate => &fields::GOAL_GROWTH_RATE,
            GoalKind::ExtraRevenue => &fields::GOAL_EXTRA_REVENUE,
            GoalKind::TargetRevenue => &fields::GOAL_TARGET_REVENUE,
        }
    }
}

/// The fields of a cost model: its amount, and a paid channel's doubling gain.
pub(crate) fn cost_fields(kind: CostKind) -> &'static [&'static Field] {
    static PER_CLICK: [&Field; 2] = [&fields::COST_PER_CLICK, &fields::DOUBLING_GAIN];
    static SPEND: [&Field; 2] = [&fields::COST_CURRENT_MONTHLY, &fields::DOUBLING_GAIN];
    static FIXED: [&Field; 1] = [&fields::COST_FIXED_MONTHLY];
    match kind {
        CostKind::None => &[],
        CostKind::PerClick => &PER_CLICK,
        CostKind::Spend => &SPEND,
        CostKind::Fixed => &FIXED,
    }
}

/// Every cost field, each once.
pub(crate) static COST_NUMBERS: [&Field; 4] = [
    &fields::COST_PER_CLICK,
    &fields::COST_CURRENT_MONTHLY,
    &fields::COST_FIXED_MONTHLY,
    &fields::DOUBLING_GAIN,
];

/// The first control of the folded advanced settings, in the page order.
const ADVANCED_FIRST: &str = "seasonalityPreset";

/// Currencies the currency select always offers (plus the current one).
pub const CURRENCIES: [&str; 5] = ["EUR", "USD", "GBP", "CHF", "CAD"];

impl Default for FormState {
    /// The example plan, in French.
    fn default() -> Self {
        FormState::from_input(&crate::example::example_plan(Locale::Fr))
    }
}

fn text(x: f64, locale: Locale) -> String {
    edit_text(x, false, locale)
}
fn pct(x: f64, locale: Locale) -> String {
    edit_text(x, true, locale)
}
fn opt(x: Option<f64>, f: fn(f64, Locale) -> String, locale: Locale) -> String {
    x.map(|x| f(x, locale)).unwrap_or_default()
}

impl FormState {
    /// The form showing a plan.
    pub fn from_input(input: &PlanInput) -> FormState {
        let l = input.locale;
        let (preset, custom) = match input.seasonality {
            None => (SeasonalityPreset::Flat, Default::default()),
            Some(w) if w == SeasonalityPreset::HOLIDAYS => {
                (SeasonalityPreset::Holidays, Default::default())
            }
            Some(w) if w == SeasonalityPreset::SUMMER => {
                (SeasonalityPreset::Summer, Default::default())
            }
            Some(w) => (SeasonalityPreset::Custom, w.map(|x| text(x, l))),
        };
        let (goal_kind, mut goals) = match input.goal {
            Goal::GrowthRate(g) => (GoalKind::GrowthRate, [pct(g, l), "".into(), "".into()]),
            Goal::ExtraRevenue(e) => (GoalKind::ExtraRevenue, ["".into(), text(e, l), "".into()]),
            Goal::TargetRevenue(t) => (GoalKind::TargetRevenue, ["".into(), "".into(), text(t, l)]),
        };
        let channels = input
            .channels
            .iter()
            .map(|c| {
                let mut row = ChannelRow {
                    cost_model: c.cost.kind(),
                    ..ChannelRow::default()
                };
                match c.cost {
                    CostModel::None => {}
                    CostModel::PerClick {
                        cost_per_click,
                        doubling_gain,
                    } => {
                        row.cost_per_click = text(cost_per_click, l);
                        row.doubling_gain = opt(doubling_gain, pct, l);
                    }
                    CostModel::Spend {
                        current_monthly,
                        doubling_gain,
                    } => {
                        row.current_monthly = text(current_monthly, l);
                        row.doubling_gain = opt(doubling_gain, pct, l);
                    }
                    CostModel::Fixed { monthly } => row.fixed_monthly = text(monthly, l),
                }
                ChannelRow {
                    id: c.id.clone(),
                    kind: c.kind,
                    label: c.label.clone(),
                    sessions_per_month: text(c.sessions_per_month, l),
                    conversion_rate: pct(c.conversion_rate, l),
                    average_order_value: opt(c.average_order_value, text, l),
                    goal_share: opt(c.goal_share, pct, l),
                    ..row
                }
            })
            .collect();
        let [growth_rate, extra_revenue, target_revenue] = std::mem::take(&mut goals);
        FormState {
            locale: l,
            currency: input.currency.clone(),
            average_order_value: text(input.average_order_value, l),
            gross_margin_rate: pct(input.gross_margin_rate, l),
            orders_per_customer: text(input.orders_per_customer, l),
            past_growth_rate: opt(input.past_growth_rate, pct, l),
            seasonality_preset: preset,
            seasonality: custom,
            cart_abandonment_rate: opt(input.cart_abandonment_rate, pct, l),
            cost_per_order: opt(input.order_costs.map(|c| c.per_order), text, l),
            return_rate: opt(input.order_costs.map(|c| c.return_rate), pct, l),
            first_order_discount: opt(input.order_costs.map(|c| c.first_order_discount), pct, l),
            history: input.history.as_ref().map_or_else(String::new, |h| {
                let lines: Vec<String> = h.months.iter().map(|x| text(*x, l)).collect();
                lines.join("\n")
            }),
            channels,
            goal_kind,
            growth_rate,
            extra_revenue,
            target_revenue,
            start_year: input.start.year.to_string(),
            start_quarter: input.start.quarter.to_string(),
            milestone_mode: input.milestones.mode,
            ramp_weights: input.milestones.ramp_weights.map(|x| text(x, l)),
            target_ltv_to_cac: text(input.target_ltv_to_cac, l),
            marketing_budget: opt(input.marketing_budget, text, l),
            prudent: pct(input.scenarios.prudent, l),
            ambitious: pct(input.scenarios.ambitious, l),
            alert_tolerance: pct(input.alert_tolerance, l),
            uncertainty_preset: UncertaintyPreset::of(input.uncertainty),
            uncertainty_traffic: opt(input.uncertainty.map(|u| u.traffic), pct, l),
            uncertainty_conversion: opt(input.uncertainty.map(|u| u.conversion_rate), pct, l),
            uncertainty_aov: opt(input.uncertainty.map(|u| u.average_order_value), pct, l),
            uncertainty_doubling_gain: opt(input.uncertainty.map(|u| u.doubling_gain), pct, l),
            uncertainty_draws: input.uncertainty.map(|u| u.draws),
            uncertainty_seed: input.uncertainty.map(|u| u.seed),
            view: View::Plan,
            actuals: Vec::new(),
            example: Vec::new(),
        }
    }

    /// The example plan, each of its values marked as the example's until edited.
    pub fn example(locale: Locale, currency: &str) -> FormState {
        let mut plan = crate::example::example_plan(locale);
        plan.currency = currency.to_string();
        let mut form = FormState::from_input(&plan);
        // Settings at their defaults are left blank, as a new plan has them (their hints say
        // the default): only what the example shop chose is its own.
        for field in SETTINGS_NUMBERS {
            let Some(fields::Number {
                blank: fields::Blank::Default(default),
                ..
            }) = field.number()
            else {
                continue;
            };
            let text = form.text(field.path).unwrap_or_default();
            let value = match field.percent() {
                true => parse_percent(text, locale),
                false => parse_number(text, locale),
            };
            if value == Ok(Some(default)) {
                form.text_mut(field.path).map(String::clear);
            }
        }
        if plan.milestones.ramp_weights == crate::model::DEFAULT_RAMP_WEIGHTS {
            form.ramp_weights = Default::default();
        }
        form.example = form
            .plan_control_names()
            .iter()
            // Selects show a choice, not a value typed: only text controls are marked.
            .filter(|name| !name.starts_with("start."))
            .filter(|name| {
                form.control_text(name)
                    .is_some_and(|t| !t.trim().is_empty())
            })
            .filter_map(|name| form.example_key(name))
            .collect();
        form
    }

    /// An empty form to type one's own figures in: one channel, nothing typed, the plan
    /// starting at `start` (year, quarter); every default left to the engine.
    pub fn blank(locale: Locale, currency: &str, start: (i32, u8)) -> FormState {
        let mut form = FormState {
            locale,
            currency: currency.to_string(),
            average_order_value: String::new(),
            gross_margin_rate: String::new(),
            orders_per_customer: String::new(),
            past_growth_rate: String::new(),
            seasonality_preset: SeasonalityPreset::Flat,
            seasonality: Default::default(),
            cart_abandonment_rate: String::new(),
            cost_per_order: String::new(),
            return_rate: String::new(),
            first_order_discount: String::new(),
            history: String::new(),
            channels: Vec::new(),
            goal_kind: GoalKind::GrowthRate,
            growth_rate: String::new(),
            extra_revenue: String::new(),
            target_revenue: String::new(),
            start_year: start.0.to_string(),
            start_quarter: start.1.to_string(),
            milestone_mode: MilestoneMode::Ramp,
            ramp_weights: Default::default(),
            target_ltv_to_cac: String::new(),
            marketing_budget: String::new(),
            prudent: String::new(),
            ambitious: String::new(),
            alert_tolerance: String::new(),
            uncertainty_preset: UncertaintyPreset::None,
            uncertainty_traffic: String::new(),
            uncertainty_conversion: String::new(),
            uncertainty_aov: String::new(),
            uncertainty_doubling_gain: String::new(),
            uncertainty_draws: None,
            uncertainty_seed: None,
            view: View::Plan,
            actuals: Vec::new(),
            example: Vec::new(),
        };
        form.channels.push(form.new_row());
        form
    }

    /// The key of a control's example mark: a channel's by the row's id, so that the mark
    /// follows its row when rows move.
    fn example_key(&self, name: &str) -> Option<String> {
        match channel_field(name) {
            Some((i, key)) => Some(format!("channel:{}.{key}", self.channels.get(i)?.id)),
            None => Some(name.to_string()),
        }
    }

    /// Whether both forms hold the same plan and actuals, however they are written (a blank
    /// setting and its default, example marks or none).
    pub fn same_values(&self, other: &FormState) -> bool {
        let bare = |f: &FormState| FormState {
            example: Vec::new(),
            ..f.clone()
        };
        if bare(self) == bare(other) {
            return true;
        }
        let (mine, theirs) = (self.to_plan_and_review(), other.to_plan_and_review());
        matches!((&mine.0, &theirs.0), (Ok(a), Ok(b)) if a == b)
            && self.view == other.view
            && match (mine.1, theirs.1) {
                (None, None) => true,
                (Some(Ok(a)), Some(Ok(b))) => a == b,
                _ => false,
            }
    }

    /// Whether the control `name` still shows the example's value.
    pub fn is_example(&self, name: &str) -> bool {
        !self.example.is_empty()
            && self
                .example_key(name)
                .is_some_and(|k| self.example.contains(&k))
    }

    /// The controls shown that still hold the example's values, in the order of the page.
    pub fn example_controls(&self) -> Vec<String> {
        if self.example.is_empty() {
            return Vec::new();
        }
        let names = self.plan_control_names();
        names.into_iter().filter(|n| self.is_example(n)).collect()
    }

    /// What a text control holds (`None` for selects and unknown names).
    pub fn control_text(&self, name: &str) -> Option<&str> {
        if let Some((i, key)) = channel_field(name) {
            return self.channels.get(i)?.text(key);
        }
        if let Some(i) = indexed(name, "seasonality") {
            return Some(&self.seasonality[i]);
        }
        if let Some(i) = indexed(name, "milestones.rampWeights") {
            return Some(&self.ramp_weights[i]);
        }
        self.text(name)
    }

    /// The form showing a plan and its closed quarters, in the review view.
    pub fn from_review(input: &ReviewInput) -> FormState {
        let mut state = FormState::from_input(&input.plan);
        let l = input.plan.locale;
        state.view = View::Review;
        state.actuals = input
            .actuals
            .iter()
            .map(|q| QuarterRow {
                revenue: text(q.revenue, l),
                channels: q
                    .channels
                    .iter()
                    .map(|c| {
                        let figures = ChannelFigures {
                            sessions: opt(c.sessions, text, l),
                            orders: opt(c.orders, text, l),
                            spend: opt(c.spend, text, l),
                        };
                        (c.id.clone(), figures)
                    })
                    .filter(|(_, f)| !f.is_blank())
                    .collect(),
            })
            .collect();
        state
    }

    /// The labels of the four plan quarters (`T1 2027`), from the typed start; `Trimestre 2`
    /// while the start is not a valid year and quarter.
    pub fn quarter_labels(&self) -> [String; 4] {
        let year = self.start_year.trim().parse::<i32>().ok();
        let quarter = self
            .start_quarter
            .trim()
            .parse::<u8>()
            .ok()
            .filter(|q| (1..=4).contains(q));
        std::array::from_fn(|i| match (year, quarter) {
            (Some(y), Some(q)) => {
                let n = i32::from(q) - 1 + i as i32;
                text::quarter_label(y + n / 4, (n % 4) as u8 + 1, self.locale)
            }
            _ => format!("{} {}", common::QUARTER.get(self.locale), i + 1),
        })
    }

    /// The language of the form (and of the plan it describes).
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The text of the goal value for the current goal kind.
    pub fn goal_text(&self) -> &str {
        match self.goal_kind {
            GoalKind::GrowthRate => &self.growth_rate,
            GoalKind::ExtraRevenue => &self.extra_revenue,
            GoalKind::TargetRevenue => &self.target_revenue,
        }
    }

    fn goal_text_mut(&mut self, kind: GoalKind) -> &mut String {
        match kind {
            GoalKind::GrowthRate => &mut self.growth_rate,
            GoalKind::ExtraRevenue => &mut self.extra_revenue,
            GoalKind::TargetRevenue => &mut self.target_revenue,
        }
    }

    /// Sets the control named `name` to `value` (checkboxes: `"true"`/`"false"`).
    ///
    /// Text fields give [`Change::Value`] (never a re-render while typing); selects that
    /// change which controls exist give [`Change::Structure`]; `locale` and `currency` give
    /// `Structure(Whole)`; unknown names, rows that do not exist and values a select does not
    /// offer give [`Change::None`] and change nothing.
    pub fn set(&mut self, name: &str, value: &str) -> Change {
        if !self.example.is_empty() {
            if let Some(key) = self.example_key(name) {
                self.example.retain(|k| *k != key);
            }
        }
        if let Some((i, k, key)) = actuals_field(name) {
            return self.set_actual(i, k, key, value);
        }
        if let Some((i, key)) = channel_field(name) {
            return self.set_channel(i, key, value);
        }
        if let Some(i) = indexed(name, "seasonality") {
            return put(&mut self.seasonality[i], value);
        }
        if let Some(i) = indexed(name, "milestones.rampWeights") {
            return put(&mut self.ramp_weights[i], value);
        }
        if let Some(slot) = self.text_mut(name) {
            return put(slot, value);
        }
        match name {
            "locale" => match Locale::parse(value) {
                Some(l) if l == self.locale => Change::Value,
                Some(l) => {
                    self.relocalise(l);
                    Change::Structure(FormPart::Whole)
                }
                None => Change::None,
            },
            "currency" => {
                let valid = value.len() == 3 && value.bytes().all(|b| b.is_ascii_uppercase());
                if !valid {
                    Change::None
                } else if value == self.currency {
                    Change::Value
                } else {
                    self.currency = value.to_string();
                    Change::Structure(FormPart::Whole)
                }
            }
            "seasonalityPreset" => match SeasonalityPreset::parse(value) {
                Some(p) if p == self.seasonality_preset => Change::Value,
                Some(p) => {
                    // Custom starts from the weights of the preset it replaces, unless
                    // weights were typed before (they are kept).
                    if p == SeasonalityPreset::Custom
                        && self.seasonality.iter().all(|s| s.trim().is_empty())
                    {
                        if let Some(w) = self.seasonality_preset.weights() {
                            self.seasonality = w.map(|x| text(x, self.locale));
                        }
                    }
                    self.seasonality_preset = p;
                    Change::Structure(FormPart::Advanced)
                }
                None => Change::None,
            },
            "uncertaintyPreset" => match UncertaintyPreset::parse(value) {
                Some(p) if p == self.uncertainty_preset => Change::Value,
                Some(p) => {
                    // Custom starts from the preset it replaces, unless figures were typed.
                    let blank = [
                        &self.uncertainty_traffic,
                        &self.uncertainty_conversion,
                        &self.uncertainty_aov,
                        &self.uncertainty_doubling_gain,
                    ]
                    .iter()
                    .all(|t| t.trim().is_empty());
                    if let (UncertaintyPreset::Custom, true, Some(w)) =
                        (p, blank, self.uncertainty_preset.half_width())
                    {
                        let t = pct(w, self.locale);
                        self.uncertainty_traffic = t.clone();
                        self.uncertainty_conversion = t.clone();
                        self.uncertainty_aov = t.clone();
                        self.uncertainty_doubling_gain = t;
                    }
                    self.uncertainty_preset = p;
                    Change::Structure(FormPart::Advanced)
                }
                None => Change::None,
            },
            "goal.kind" => match GoalKind::parse(value) {
                Some(k) if k == self.goal_kind => Change::Value,
                Some(k) => {
                    if self.goal_text_mut(k).trim().is_empty() {
                        if let Some(t) = self.converted_goal(k) {
                            *self.goal_text_mut(k) = t;
                        }
                    }
                    self.goal_kind = k;
                    Change::Structure(FormPart::Goal)
                }
                None => Change::None,
            },
            "milestones.mode" => {
                let Some(mode) = MilestoneMode::parse(value) else {
                    return Change::None;
                };
                if mode == self.milestone_mode {
                    return Change::Value;
                }
                self.milestone_mode = mode;
                Change::Structure(FormPart::Advanced)
            }
            _ => Change::None,
        }
    }

    fn set_channel(&mut self, i: usize, key: &str, value: &str) -> Change {
        let Some(row) = self.channels.get_mut(i) else {
            return Change::None;
        };
        match key {
            "kind" => match ChannelKind::parse(value) {
                Some(k) => {
                    row.kind = k;
                    Change::Value
                }
                None => Change::None,
            },
            "cost.model" => match CostKind::parse(value) {
                Some(c) if c == row.cost_model => Change::Value,
                Some(c) => {
                    row.cost_model = c;
                    Change::Structure(FormPart::Channels)
                }
                None => Change::None,
            },
            key => match row.text_mut(key) {
                Some(slot) => put(slot, value),
                None => Change::None,
            },
        }
    }

    /// `actuals[i].revenue`, `actuals[i].channels[k].sessions|orders|spend` (`k`: the row of
    /// the channel in the plan; the figures are kept under the channel's id).
    fn set_actual(&mut self, i: usize, k: Option<usize>, key: &str, value: &str) -> Change {
        let Some(row) = self.actuals.get_mut(i) else {
            return Change::None;
        };
        let Some(k) = k else {
            return row
                .text_mut(key)
                .map_or(Change::None, |slot| put(slot, value));
        };
        let Some(id) = self.channels.get(k).map(|c| c.id.clone()) else {
            return Change::None;
        };
        let figures = row.channels.entry(id.clone()).or_default();
        let change = figures
            .text_mut(key)
            .map_or(Change::None, |slot| put(slot, value));
        if figures.is_blank() {
            row.channels.remove(&id);
        }
        change
    }

    /// Switches the locale, rewriting every number typed so that it keeps its value
    /// (`1,5` in French becomes `1.5` in English: English would read `1,500` as 1500).
    fn relocalise(&mut self, to: Locale) {
        let from = self.locale;
        let convert = |t: &mut String| *t = number::relocalise(t, from, to);
        let goals = GoalKind::ALL.iter().map(|k| k.field());
        for field in SHOP_NUMBERS
            .into_iter()
            .chain(ORDER_COST_NUMBERS)
            .chain(SETTINGS_NUMBERS)
            .chain(UNCERTAINTY_NUMBERS)
            .chain(goals)
        {
            self.text_mut(field.path).map(convert);
        }
        self.seasonality.iter_mut().for_each(convert);
        self.ramp_weights.iter_mut().for_each(convert);
        let channel_numbers: Vec<&Field> =
            CHANNEL_NUMBERS.into_iter().chain(COST_NUMBERS).collect();
        for row in &mut self.channels {
            for field in &channel_numbers {
                row.text_mut(field.path).map(convert);
            }
        }
        for quarter in &mut self.actuals {
            convert(&mut quarter.revenue);
            for figures in quarter.channels.values_mut() {
                for field in ACTUAL_FIGURES {
                    figures.text_mut(field.path).map(convert);
                }
            }
        }
        self.locale = to;
    }

    /// The current goal expressed as `kind`, when the plan is valid (to prefill a blank field).
    fn converted_goal(&self, kind: GoalKind) -> Option<String> {
        let plan = self.to_plan().ok()?;
        let a = validate::baseline_revenue(&plan.channels, plan.average_order_value);
        let extra = match plan.goal {
            Goal::GrowthRate(g) => a * g,
            Goal::ExtraRevenue(e) => e,
            Goal::TargetRevenue(t) => t - a,
        };
        let l = self.locale;
        Some(match kind {
            GoalKind::GrowthRate => pct(extra / a, l),
            GoalKind::ExtraRevenue => text(extra.round(), l),
            GoalKind::TargetRevenue => text((a + extra).round(), l),
        })
    }

    /// Runs a button's `data-action` (with its `data-index`).
    ///
    /// `add-channel`, `remove-channel`, `move-channel-up`, `move-channel-down` change the
    /// rows (`Structure(Channels)`; a removed channel's actuals go with it);
    /// `add-quarter` (close the next quarter) and `remove-quarter` (reopen the last one)
    /// change the closed quarters (`Structure(Actuals)`); `view-plan` and `view-review`
    /// switch views (`Structure(Whole)`); `reset` puts the example plan back in the current
    /// locale, currency and view, without actuals (`Structure(Whole)`). The toolbar's other
    /// actions (`copy-link`, `export-json`, `import-json`, `export-csv`, `print`, and the
    /// dashboard's exports) are the page's business: they change nothing here
    /// (`Change::None`), as do impossible moves.
    pub fn action(&mut self, action: &str, index: Option<usize>) -> Change {
        let n = self.channels.len();
        let valid = |i: &usize| *i < n;
        match (action, index.filter(valid)) {
            ("add-channel", _) if n < MAX_CHANNELS => {
                self.channels.push(self.new_row());
                Change::Structure(FormPart::Channels)
            }
            ("remove-channel", Some(i)) if n > 1 => {
                let removed = self.channels.remove(i);
                for q in &mut self.actuals {
                    q.channels.remove(&removed.id);
                }
                Change::Structure(FormPart::Channels)
            }
            ("add-quarter", _) if self.actuals.len() < MAX_ACTUALS => {
                self.actuals.push(QuarterRow::default());
                Change::Structure(FormPart::Actuals)
            }
            ("remove-quarter", _) if !self.actuals.is_empty() => {
                self.actuals.pop();
                Change::Structure(FormPart::Actuals)
            }
            ("view-plan", _) => self.switch_view(View::Plan),
            ("view-review", _) => self.switch_view(View::Review),
            ("move-channel-up", Some(i)) if i > 0 => {
                self.channels.swap(i - 1, i);
                Change::Structure(FormPart::Channels)
            }
            ("move-channel-down", Some(i)) if i + 1 < n => {
                self.channels.swap(i, i + 1);
                Change::Structure(FormPart::Channels)
            }
            ("reset", _) => {
                let view = self.view;
                *self = FormState::example(self.locale, &self.currency);
                self.view = view;
                Change::Structure(FormPart::Whole)
            }
            _ => Change::None,
        }
    }

    fn switch_view(&mut self, view: View) -> Change {
        if view == self.view {
            return Change::None;
        }
        self.view = view;
        Change::Structure(FormPart::Whole)
    }

    /// A new row with nothing typed in it (its placeholders show what to type): no value the
    /// visitor did not type ever enters their plan.
    fn new_row(&self) -> ChannelRow {
        let n = self.channels.len() + 1;
        let id = (n..)
            .map(|k| format!("c{k}"))
            .find(|id| self.channels.iter().all(|c| &c.id != id))
            .unwrap_or_default();
        ChannelRow {
            id,
            ..ChannelRow::default()
        }
    }

    /// Channel row `i`'s name: the one typed, else [`FormState::default_label`].
    pub fn channel_label(&self, i: usize) -> Option<String> {
        Some(match self.channels.get(i)?.label.trim() {
            "" => self.default_label(i),
            typed => typed.to_string(),
        })
    }

    /// The name a channel row gets while its own is blank: its kind's, or « Canal 2 » for
    /// another kind.
    pub fn default_label(&self, i: usize) -> String {
        match self.channels.get(i).map(|c| c.kind) {
            Some(kind) if kind != ChannelKind::Other => {
                html::kind_name(kind, self.locale).to_string()
            }
            _ => format!("{} {}", common::CHANNEL.get(self.locale), i + 1),
        }
    }

    /// Percentages typed as fractions, most likely (`0,55` for a 55 % margin): the control's
    /// name and « 0,55 % ? Vouliez-vous dire 55 % ? ». Only where a rate below 1 % is
    /// implausible (a conversion rate of 0,8 % is usual: it is left alone).
    pub fn plausibility_hints(&self) -> Vec<(String, String)> {
        let l = self.locale;
        let fields = [
            &fields::GROSS_MARGIN_RATE,
            &fields::CART_ABANDONMENT_RATE,
            &fields::GOAL_GROWTH_RATE,
        ];
        let mut hints = Vec::new();
        for field in fields {
            if field.path == fields::GOAL_GROWTH_RATE.path && self.goal_kind != GoalKind::GrowthRate
            {
                continue;
            }
            let typed = self.text(field.path).unwrap_or_default();
            let Ok(Some(x)) = parse_number(typed, l) else {
                continue;
            };
            if x > 0.0 && x < 1.0 {
                // Rounded to the millionth: 0,55 × 100 is not 55 in binary.
                let meant = (x * 100.0 * 1e6).round() / 1e6;
                let hint = errors::DID_YOU_MEAN_PERCENT.fill(l, &[&text(x, l), &text(meant, l)]);
                hints.push((field.path.to_string(), hint));
            }
        }
        hints
    }

    /// Whether the control `name`, shown, is among the folded advanced settings: they close
    /// the plan's page order, from the seasonality on.
    pub fn is_advanced(&self, name: &str) -> bool {
        let names = self.plan_control_names();
        let first = names.iter().position(|n| n == ADVANCED_FIRST);
        let at = names.iter().position(|n| n == name);
        matches!((first, at), (Some(first), Some(at)) if at >= first)
    }

    /// The names of the controls the form currently shows, in the order of the page: the
    /// plan's in the plan view; the language, the currency and the actuals in the review view.
    pub fn control_names(&self) -> Vec<String> {
        match self.view {
            View::Plan => self.plan_control_names(),
            View::Review => {
                let mut v: Vec<String> = ["locale", "currency"].map(String::from).to_vec();
                v.extend(self.actuals_control_names());
                v
            }
        }
    }

    /// The names of the actuals' controls, in the order of the review form.
    pub fn actuals_control_names(&self) -> Vec<String> {
        let mut v = Vec::new();
        for i in 0..self.actuals.len() {
            v.push(format!("actuals[{i}].{}", fields::ACTUAL_REVENUE.path));
            for k in 0..self.channels.len() {
                for field in ACTUAL_FIGURES {
                    v.push(format!("actuals[{i}].channels[{k}].{}", field.path));
                }
            }
        }
        v
    }

    /// Every control of both views, plan first: the order errors are listed in.
    fn page_order(&self) -> Vec<String> {
        let mut v = self.plan_control_names();
        v.extend(self.actuals_control_names());
        v
    }

    fn plan_control_names(&self) -> Vec<String> {
        let paths = |list: &[&Field]| list.iter().map(|f| f.path.to_string()).collect::<Vec<_>>();
        let mut v = paths(&[&fields::LOCALE, &fields::CURRENCY]);
        v.extend(paths(&SHOP_NUMBERS));
        for (i, c) in self.channels.iter().enumerate() {
            let row = [&fields::CHANNEL_LABEL, &fields::CHANNEL_KIND]
                .into_iter()
                .chain(CHANNEL_NUMBERS)
                .chain([&fields::COST_MODEL])
                .chain(cost_fields(c.cost_model).iter().copied());
            v.extend(row.map(|f| format!("channels[{i}].{}", f.path)));
        }
        v.push("goal.kind".into());
        v.extend(paths(&[
            self.goal_kind.field(),
            &fields::START_YEAR,
            &fields::START_QUARTER,
        ]));
        // The advanced settings, last (see `is_advanced`).
        v.push(ADVANCED_FIRST.into());
        if self.seasonality_preset == SeasonalityPreset::Custom {
            v.extend((0..4).map(|i| format!("{}[{i}]", fields::SEASONALITY.path)));
        }
        v.extend(paths(&ORDER_COST_NUMBERS));
        v.push(fields::HISTORY_MONTHS.path.into());
        v.push(fields::MILESTONE_MODE.path.into());
        if self.milestone_mode == MilestoneMode::Ramp {
            v.extend((0..4).map(|i| format!("{}[{i}]", fields::RAMP_WEIGHTS.path)));
        }
        v.extend(paths(&SETTINGS_NUMBERS));
        v.push("uncertaintyPreset".into());
        if self.uncertainty_preset == UncertaintyPreset::Custom {
            v.extend(paths(&UNCERTAINTY_NUMBERS));
        }
        v
    }

    /// The id of the element where the error of `field` goes: its control's slot when the
    /// form shows it (or the `channels` / `goal` group slots), else the general slot
    /// (`error_slot_id("")`, which the page provides).
    pub fn error_slot(&self, field: Option<&str>) -> String {
        self.error_slot_among(field, &self.control_names())
    }

    /// [`FormState::error_slot`], for many errors: `shown` is [`FormState::control_names`].
    pub fn error_slot_among(&self, field: Option<&str>, shown: &[String]) -> String {
        let group = match self.view {
            View::Plan => ["channels", "goal"].as_slice(),
            View::Review => ["actuals"].as_slice(),
        };
        match field {
            Some(f) if group.contains(&f) || shown.iter().any(|n| n == f) => error_slot_id(f),
            _ => error_slot_id(""),
        }
    }

    /// The plan the form describes, or every error with `field` = the control's name.
    pub fn to_plan(&self) -> Result<PlanInput, Vec<FieldError>> {
        let (b, plan) = self.read_plan();
        self.finish(plan, b.errors)
    }

    /// The plan and its closed quarters (the review view's input), or every error with
    /// `field` = the control's name (the plan's errors included). Channel figures left blank
    /// are left out; a channel with no figure at all is left out of its quarter.
    pub fn to_review(&self) -> Result<ReviewInput, Vec<FieldError>> {
        self.read_plan_and_review().1
    }

    /// What the form describes, read once: the plan (or its errors) and, when quarters are
    /// closed, the review (or the errors of the plan and of the actuals together). The plan's
    /// fields are parsed and validated once for both.
    pub fn to_plan_and_review(
        &self,
    ) -> (Result<PlanInput, Vec<FieldError>>, Option<ReviewResultOf>) {
        if self.actuals.is_empty() {
            return (self.to_plan(), None);
        }
        let (plan, review) = self.read_plan_and_review();
        (plan, Some(review))
    }

    /// The engine's verdict on the plan's document, with the typing problems met writing it.
    fn read_plan(&self) -> (Builder<'_>, Result<PlanInput, Vec<FieldError>>) {
        let mut b = self.builder();
        let plan = validate::parse_plan_from(&Value::Object(self.plan_document(&mut b)), true);
        (b, plan)
    }

    fn read_plan_and_review(&self) -> (Result<PlanInput, Vec<FieldError>>, ReviewResultOf) {
        let (mut b, plan) = self.read_plan();
        let plan_typing = b.errors.clone();
        let actuals = self.actuals_document(&mut b);
        let ids: Vec<&str> = self.channels.iter().map(|c| c.id.as_str()).collect();
        let actuals = review::parse_actuals(&actuals, &ids, self.locale).map(|mut quarters| {
            for q in &mut quarters {
                q.channels
                    .retain(|c| c.sessions.is_some() || c.orders.is_some() || c.spend.is_some());
            }
            quarters
        });
        let review = match (&plan, actuals) {
            (Ok(plan), Ok(actuals)) => Ok(ReviewInput {
                plan: plan.clone(),
                actuals,
            }),
            (plan, actuals) => {
                let mut errors = plan.as_ref().err().cloned().unwrap_or_default();
                // Channel ids are the plan's (their errors are the plan's own, at
                // `channels[k].id`).
                errors.extend(actuals.err().into_iter().flatten().filter(|e| {
                    !e.field.as_deref().is_some_and(|f| {
                        f.starts_with("actuals[")
                            && f.contains("].channels[")
                            && f.ends_with("].id")
                    })
                }));
                Err(errors)
            }
        };
        (
            self.finish(plan, plan_typing),
            self.finish(review, b.errors),
        )
    }

    /// The actuals as the contract's JSON: every plan channel in every quarter (so that the
    /// engine's paths are the controls' names), with only the figures typed.
    fn actuals_document(&self, b: &mut Builder) -> Value {
        let quarters = self.actuals.iter().enumerate().map(|(i, q)| {
            let revenue_field = &fields::ACTUAL_REVENUE;
            let name = format!("actuals[{i}].{}", revenue_field.path);
            let text = q.text(revenue_field.path).unwrap_or_default();
            let revenue = b.required(&name, text, revenue_field.percent());
            let channels: Vec<Value> = self
                .channels
                .iter()
                .enumerate()
                .map(|(k, c)| {
                    let mut o = Map::new();
                    o.insert("id".into(), json!(c.id));
                    let figures = q.channels.get(&c.id).into_iter();
                    for (figures, field) in figures.flat_map(|f| ACTUAL_FIGURES.map(|x| (f, x))) {
                        let name = format!("actuals[{i}].channels[{k}].{}", field.path);
                        let text = figures.text(field.path).unwrap_or_default();
                        let v = b.number(&name, text, field.percent());
                        if !v.is_null() {
                            o.insert(field.key().into(), v);
                        }
                    }
                    Value::Object(o)
                })
                .collect();
            json!({"quarter": i + 1, "revenue": revenue, "channels": channels})
        });
        Value::Array(quarters.collect())
    }

    fn builder(&self) -> Builder<'_> {
        Builder {
            locale: self.locale,
            currency: &self.currency,
            errors: Vec::new(),
        }
    }

    /// The plan's keys as the contract's JSON, with the typing problems recorded in `b`.
    fn plan_document(&self, b: &mut Builder) -> Map<String, Value> {
        let l = self.locale;
        let mut plan = Map::new();
        plan.insert("locale".into(), json!(l.code()));
        plan.insert("currency".into(), json!(self.currency));
        let (year, quarter) = (&fields::START_YEAR, &fields::START_QUARTER);
        plan.insert(
            "start".into(),
            json!({
                year.key(): b.integer(year.path, &self.start_year),
                quarter.key(): b.integer(quarter.path, &self.start_quarter),
            }),
        );
        for field in SHOP_NUMBERS
            .into_iter()
            .chain(ORDER_COST_NUMBERS)
            .chain(SETTINGS_NUMBERS)
        {
            let text = self.text(field.path).unwrap_or_default();
            let value = b.number(field.path, text, field.percent());
            insert_at(&mut plan, field.path, value);
        }
        // The history as pasted, read as the spreadsheet gave it.
        if !self.history.trim().is_empty() {
            match history::read_history(&self.history, l) {
                Ok(months) => {
                    plan.insert(fields::HISTORY.path.into(), json!({ "months": months }));
                }
                Err(e) => b.errors.push(FieldError {
                    field: Some(fields::HISTORY_MONTHS.path.into()),
                    code: "invalid_format".into(),
                    message: e.message,
                }),
            }
        }
        // The outlook's uncertainty: a preset's half-widths, or those typed.
        let uncertainty = match self.uncertainty_preset {
            UncertaintyPreset::None => Value::Null,
            UncertaintyPreset::Custom => {
                let mut o = Map::new();
                for field in UNCERTAINTY_NUMBERS {
                    let text = self.text(field.path).unwrap_or_default();
                    let value = match field.number().map(|n| n.blank) {
                        Some(fields::Blank::Required) => b.required(field.path, text, true),
                        _ => b.number(field.path, text, true),
                    };
                    o.insert(field.key().into(), value);
                }
                Value::Object(o)
            }
            p => {
                let w = p.half_width().unwrap_or_default();
                json!({"traffic": w, "conversionRate": w, "averageOrderValue": w, "doublingGain": w})
            }
        };
        if let Value::Object(mut o) = uncertainty {
            if let Some(draws) = self.uncertainty_draws {
                o.insert("draws".into(), json!(draws));
            }
            if let Some(seed) = self.uncertainty_seed {
                o.insert("seed".into(), json!(seed));
            }
            plan.insert(fields::UNCERTAINTY.path.into(), Value::Object(o));
        }
        // No order cost typed: none, as the plan it came from said.
        let costs = plan
            .get(fields::ORDER_COSTS.path)
            .and_then(Value::as_object);
        if costs.is_some_and(|c| c.values().all(Value::is_null)) {
            plan.insert(fields::ORDER_COSTS.path.into(), Value::Null);
        }
        let seasonality = match self.seasonality_preset {
            SeasonalityPreset::Flat => Value::Null,
            SeasonalityPreset::Custom => Value::Array(
                (0..4)
                    .map(|i| {
                        b.required(
                            &format!("{}[{i}]", fields::SEASONALITY.path),
                            &self.seasonality[i],
                            false,
                        )
                    })
                    .collect(),
            ),
            p => json!(p.weights()),
        };
        plan.insert("seasonality".into(), seasonality);

        let channels: Vec<Value> = self
            .channels
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mut o = Map::new();
                o.insert("id".into(), json!(c.id));
                o.insert("label".into(), json!(self.channel_label(i)));
                o.insert("kind".into(), json!(c.kind.code()));
                let costs = cost_fields(c.cost_model).iter().copied();
                o.insert("cost".into(), json!({"model": c.cost_model.code()}));
                for field in CHANNEL_NUMBERS.into_iter().chain(costs) {
                    let text = c.text(field.path).unwrap_or_default();
                    let value = b.number(
                        &format!("channels[{i}].{}", field.path),
                        text,
                        field.percent(),
                    );
                    insert_at(&mut o, field.path, value);
                }
                Value::Object(o)
            })
            .collect();
        plan.insert("channels".into(), Value::Array(channels));

        let field = self.goal_kind.field();
        let goal_value = b.required(field.path, self.goal_text(), field.percent());
        let mut goal = Map::new();
        if !goal_value.is_null() {
            goal.insert(field.key().into(), goal_value);
        }
        plan.insert("goal".into(), Value::Object(goal));

        let mut milestones = Map::new();
        milestones.insert("mode".into(), json!(self.milestone_mode.code()));
        let no_weights = self.ramp_weights.iter().all(|t| t.trim().is_empty());
        if self.milestone_mode == MilestoneMode::Ramp && !no_weights {
            let w: Vec<Value> = (0..4)
                .map(|i| {
                    b.required(
                        &format!("{}[{i}]", fields::RAMP_WEIGHTS.path),
                        &self.ramp_weights[i],
                        false,
                    )
                })
                .collect();
            milestones.insert("rampWeights".into(), Value::Array(w));
        } else {
            // Hidden weights: kept when they are valid, else the default ones (they do not
            // matter in this mode, and nothing hidden can be flagged).
            let w: Option<Vec<f64>> = self
                .ramp_weights
                .iter()
                .map(|t| parse_number(t, l).ok().flatten().filter(|x| *x > 0.0))
                .collect();
            if let Some(w) = w {
                milestones.insert("rampWeights".into(), json!(w));
            }
        }
        plan.insert("milestones".into(), Value::Object(milestones));
        plan
    }

    /// The engine's verdict on the document, with the typing problems first met: one error
    /// per control, in the order of the page.
    fn finish<T>(
        &self,
        result: Result<T, Vec<FieldError>>,
        local_errors: Vec<FieldError>,
    ) -> Result<T, Vec<FieldError>> {
        let mut errors = local_errors;
        let local: Vec<String> = errors.iter().filter_map(|e| e.field.clone()).collect();
        match result {
            Ok(value) if errors.is_empty() => return Ok(value),
            Ok(_) => {}
            Err(engine) => {
                for e in engine {
                    if let Some(f) = &e.field {
                        // One error per control: the typing problem, not its consequences
                        // (`goal` is missing because `goal.growthRate` is not a number).
                        let covered = local.iter().any(|n| {
                            n == f
                                || n.strip_prefix(f.as_str())
                                    .is_some_and(|r| r.starts_with('.') || r.starts_with('['))
                        });
                        if covered {
                            continue;
                        }
                    }
                    errors.push(e);
                }
            }
        }
        // In the order of the page.
        let names = self.page_order();
        let rank = |e: &FieldError| {
            let f = e.field.as_deref().unwrap_or("");
            names
                .iter()
                .position(|n| n == f)
                .or_else(|| match f {
                    "channels" => names.iter().position(|n| n == "goal.kind").map(|p| p - 1),
                    "goal" => names.iter().position(|n| n == "goal.kind"),
                    "actuals" => names.iter().position(|n| n.starts_with("actuals[")),
                    _ => None,
                })
                .unwrap_or(usize::MAX)
        };
        errors.sort_by_key(rank);
        Err(errors)
    }
}

/// Puts `value` at `path` (`scenarios.prudent`) in `object`, making the objects on the way.
fn insert_at(object: &mut Map<String, Value>, path: &str, value: Value) {
    match path.split_once('.') {
        None => {
            object.insert(path.into(), value);
        }
        Some((key, rest)) => {
            let inner = object
                .entry(key)
                .or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(inner) = inner {
                insert_at(inner, rest, value);
            }
        }
    }
}

fn put(slot: &mut String, value: &str) -> Change {
    value.clone_into(slot);
    Change::Value
}

/// `channels[3].cost.model` → `(3, "cost.model")`.
/// The row of a channel control's name (`channels[2].goalShare` → 2).
pub fn channel_index(name: &str) -> Option<usize> {
    channel_field(name).map(|(i, _)| i)
}

fn channel_field(name: &str) -> Option<(usize, &str)> {
    let rest = name.strip_prefix("channels[")?;
    let (i, key) = rest.split_once("].")?;
    Some((parse_index(i)?, key))
}

/// `actuals[1].revenue` → `(1, None, "revenue")`;
/// `actuals[0].channels[2].spend` → `(0, Some(2), "spend")`.
fn actuals_field(name: &str) -> Option<(usize, Option<usize>, &str)> {
    let rest = name.strip_prefix("actuals[")?;
    let (i, key) = rest.split_once("].")?;
    let i = parse_index(i)?;
    match key.strip_prefix("channels[") {
        Some(rest) => {
            let (k, key) = rest.split_once("].")?;
            Some((i, Some(parse_index(k)?), key))
        }
        None => Some((i, None, key)),
    }
}

/// `seasonality[2]` with `prefix = "seasonality"` → 2 (0..=3 only).
fn indexed(name: &str, prefix: &str) -> Option<usize> {
    let i = name
        .strip_prefix(prefix)?
        .strip_prefix('[')?
        .strip_suffix(']')?;
    parse_index(i).filter(|i| *i < 4)
}

fn parse_index(s: &str) -> Option<usize> {
    if s.is_empty() || s.len() > 3 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Parses fields and collects their problems.
struct Builder<'a> {
    locale: Locale,
    currency: &'a str,
    errors: Vec<FieldError>,
}

impl Builder<'_> {
    /// A number (`null` when blank, or when not a number: the problem is recorded).
    fn number(&mut self, name: &str, text: &str, percent: bool) -> Value {
        let parsed = if percent {
            parse_percent(text, self.locale)
        } else {
            parse_number(text, self.locale)
        };
        match parsed {
            Ok(Some(x)) => json!(x),
            Ok(None) => Value::Null,
            Err(problem) => {
                let l = self.locale;
                let title = fields::title(name, l);
                let message = errors::SENTENCE.fill(l, &[&title, &problem.rule(l)]);
                self.errors.push(FieldError {
                    field: Some(name.to_string()),
                    code: "not_a_number".to_string(),
                    message,
                });
                Value::Null
            }
        }
    }

    /// A number that may not be blank (the engine would not say which control is empty).
    fn required(&mut self, name: &str, text: &str, percent: bool) -> Value {
        if text.trim().is_empty() {
            self.errors.push(FieldError {
                field: Some(name.to_string()),
                code: Problem::Required.code().to_string(),
                message: text::error_message(self.locale, self.currency, name, &Problem::Required),
            });
            return Value::Null;
        }
        self.number(name, text, percent)
    }

    /// A whole number from a select (`null` when blank or not a number).
    fn integer(&mut self, name: &str, text: &str) -> Value {
        match text.trim().parse::<i64>() {
            Ok(n) => json!(n),
            Err(_) => self.number(name, text, false),
        }
    }
}

/// The HTML id of the control named `name`: `channels[1].cost.amount` → `bp-f-channels-1-cost-amount`.
pub fn control_id(name: &str) -> String {
    format!("bp-f-{}", id_part(name))
}

/// The id of the element that shows a warning about the value of control `name`.
pub fn warning_slot_id(name: &str) -> String {
    format!("bp-warn-{}", id_part(name))
}

/// The id of the element that shows the error of control `name`. `""` gives the general slot,
/// for errors without a field or whose control is not shown: the page provides that one
/// (the form does not render it).
pub fn error_slot_id(name: &str) -> String {
    if name.is_empty() {
        "bp-err-form".to_string()
    } else {
        format!("bp-err-{}", id_part(name))
    }
}

/// A name made into id characters: `[` and `.` become `-`, `]` goes, anything else
/// outside `[A-Za-z0-9_-]` becomes `_`.
fn id_part(name: &str) -> String {
    name.chars()
        .filter(|c| *c != ']')
        .map(|c| match c {
            '[' | '.' => '-',
            c if c.is_ascii_alphanumeric() || c == '_' || c == '-' => c,
            _ => '_',
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_to_ids() {
        assert_eq!(
            control_id("channels[11].cost.costPerClick"),
            "bp-f-channels-11-cost-costPerClick"
        );
        assert_eq!(error_slot_id("seasonality[0]"), "bp-err-seasonality-0");
        assert_eq!(error_slot_id(""), "bp-err-form");
        assert_eq!(
            channel_field("channels[2].cost.model"),
            Some((2, "cost.model"))
        );
        assert_eq!(channel_field("channels[x].kind"), None);
        assert_eq!(
            indexed("milestones.rampWeights[3]", "milestones.rampWeights"),
            Some(3)
        );
        assert_eq!(indexed("seasonality[4]", "seasonality"), None);
        assert_eq!(
            actuals_field("actuals[1].revenue"),
            Some((1, None, "revenue"))
        );
        assert_eq!(
            actuals_field("actuals[0].channels[11].spend"),
            Some((0, Some(11), "spend"))
        );
        assert_eq!(actuals_field("actuals[x].revenue"), None);
    }
}
