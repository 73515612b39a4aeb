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

mod action;
mod controls;
mod document;
mod edit;
pub mod history;
mod number;
mod start;
mod view;

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

pub use action::Action;
pub use number::{edit_text, parse_number, parse_percent, NumberProblem};
pub use view::{
    form_view, share, tabs, Advanced, Button, ChannelView, Control, ExampleNote, FormView, Group,
    History, Input, Item, Link, QuarterView, Select, Share, Tab, Toolbar,
};
pub use view::{form_view_in, FormContext};

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
        /// The history and the odds of the goal: optional, in sight.
        Outlook = "outlook",
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
        std::array::from_fn(|i| match self.start() {
            Some((y, q)) => {
                let n = i32::from(q) - 1 + i as i32;
                text::quarter_label(y + n / 4, (n % 4) as u8 + 1, self.locale)
            }
            None => format!("{} {}", common::QUARTER.get(self.locale), i + 1),
        })
    }

    /// The typed start's year and quarter (1–4), if they are ones.
    pub(super) fn start(&self) -> Option<(i32, u8)> {
        let year = self.start_year.trim().parse::<i32>().ok()?;
        let quarter = self.start_quarter.trim().parse::<u8>().ok()?;
        (1..=4).contains(&quarter).then_some((year, quarter))
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
                view::kind_name(kind, self.locale).to_string()
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
}

fn put(slot: &mut String, value: &str) -> Change {
    value.clone_into(slot);
    Change::Value
}

/// The row of a channel control's name (`channels[2].goalShare` → 2).
pub fn channel_index(name: &str) -> Option<usize> {
    channel_field(name).map(|(i, _)| i)
}

/// `channels[3].cost.model` → `(3, "cost.model")`.
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
