//! The plan's input, as `docs/model.md` §1 defines it (camelCase JSON).
//!
//! These types are what a *valid* plan looks like. Raw JSON goes through
//! [`crate::validate`] first, which reports every problem at once with its field
//! path; these serde derives are for round trips (export, CLI, tests).

use serde::{Deserialize, Serialize};

/// Declares an enum whose variants each have one code, written once: the code is the variant's
/// serde name, [`code`](Locale::code) gives it, [`parse`](Locale::parse) reads it back, and
/// `CODES` lists them all (for messages that name the choices).
macro_rules! coded {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $code:literal, )* }
    ) => {
        $(#[$meta])*
        #[derive(::serde::Serialize, ::serde::Deserialize)]
        pub enum $name { $( $(#[$vmeta])* #[serde(rename = $code)] $variant, )* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            pub const CODES: &'static [&'static str] = &[$($code),*];

            pub const fn code(self) -> &'static str {
                match self { $($name::$variant => $code),* }
            }

            pub fn parse(code: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }
        }
    };
}
pub(crate) use coded;

coded! {
    /// Language of every text the engine writes.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum Locale {
        #[default]
        Fr = "fr",
        En = "en",
    }
}

impl Locale {
    /// The locale a code names (`"fr"`, `"en"`), French for any other or none.
    pub fn of(code: Option<&str>) -> Locale {
        code.and_then(Locale::parse).unwrap_or_default()
    }
}

/// First quarter of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Start {
    pub year: i32,
    pub quarter: u8,
}

/// The growth goal: exactly one of its three forms.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Goal {
    /// Growth over the baseline, as a fraction (`0.3` = +30 %).
    GrowthRate(f64),
    /// Extra revenue over the baseline, in money.
    ExtraRevenue(f64),
    /// Revenue to reach, in money; must exceed the baseline.
    TargetRevenue(f64),
}

coded! {
    /// How the annual extra revenue is spread over the four plan quarters (§6).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum MilestoneMode {
        #[default]
        Ramp = "ramp",
        Even = "even",
        Compound = "compound",
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Milestones {
    pub mode: MilestoneMode,
    #[serde(default = "default_ramp_weights")]
    pub ramp_weights: [f64; 4],
}

/// The source article's +5/+7/+8/+10 points.
pub const DEFAULT_RAMP_WEIGHTS: [f64; 4] = [5.0, 7.0, 8.0, 10.0];

fn default_ramp_weights() -> [f64; 4] {
    DEFAULT_RAMP_WEIGHTS
}

impl Default for Milestones {
    fn default() -> Self {
        Milestones {
            mode: MilestoneMode::Ramp,
            ramp_weights: DEFAULT_RAMP_WEIGHTS,
        }
    }
}

/// Factors of the prudent and ambitious scenarios (§7).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioFactors {
    pub prudent: f64,
    pub ambitious: f64,
}

impl ScenarioFactors {
    pub const DEFAULT: ScenarioFactors = ScenarioFactors {
        prudent: 0.8,
        ambitious: 1.2,
    };
}

impl Default for ScenarioFactors {
    fn default() -> Self {
        ScenarioFactors::DEFAULT
    }
}

coded! {
    /// What kind of traffic a channel brings.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum ChannelKind {
        Seo = "seo",
        Sea = "sea",
        Social = "social",
        Email = "email",
        Other = "other",
    }
}

coded! {
    /// Which cost model a channel has: the `model` of its [`CostModel`].
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
    pub enum CostKind {
        #[default]
        None = "none",
        PerClick = "perClick",
        Spend = "spend",
        Fixed = "fixed",
    }
}

/// v1's name of the fixed monthly cost (`{model: "monthly", amount}`), still read.
pub const V1_MONTHLY: &str = "monthly";

impl CostKind {
    /// Whether a channel with this model buys its traffic (§5.2: it has a response curve).
    pub fn is_paid(self) -> bool {
        matches!(self, CostKind::PerClick | CostKind::Spend)
    }
}

/// Default share of extra orders a paid channel brings when its spend doubles (§1).
pub const DEFAULT_DOUBLING_GAIN: f64 = 0.6;

/// What the extra effort on a channel costs (§1, §5.2).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(tag = "model", rename_all = "camelCase", deny_unknown_fields)]
pub enum CostModel {
    #[default]
    None,
    /// Bought by the click: today's spend is `sessionsPerMonth × costPerClick`.
    #[serde(rename_all = "camelCase")]
    PerClick {
        cost_per_click: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        doubling_gain: Option<f64>,
    },
    /// Today's monthly spend; the response curve says what the extra costs.
    #[serde(rename_all = "camelCase")]
    Spend {
        current_monthly: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        doubling_gain: Option<f64>,
    },
    /// A fixed monthly cost of the effort (content, tools, agency).
    Fixed { monthly: f64 },
}

impl CostModel {
    pub fn kind(self) -> CostKind {
        match self {
            CostModel::None => CostKind::None,
            CostModel::PerClick { .. } => CostKind::PerClick,
            CostModel::Spend { .. } => CostKind::Spend,
            CostModel::Fixed { .. } => CostKind::Fixed,
        }
    }

    /// The doubling gain of a paid channel (its default when not given); `None` otherwise.
    pub fn doubling_gain(self) -> Option<f64> {
        match self {
            CostModel::PerClick { doubling_gain, .. } | CostModel::Spend { doubling_gain, .. } => {
                Some(doubling_gain.unwrap_or(DEFAULT_DOUBLING_GAIN))
            }
            _ => None,
        }
    }
}

/// Costs of each order beyond the goods (§4); each absent one is 0.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct OrderCosts {
    /// Cost per order (shipping, packing, service), in money.
    pub per_order: f64,
    /// Share of orders returned (`0.08` = 8 %).
    pub return_rate: f64,
    /// Discount on a new customer's first order (`0.1` = 10 %).
    pub first_order_discount: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChannelInput {
    pub id: String,
    pub label: String,
    pub kind: ChannelKind,
    pub sessions_per_month: f64,
    pub conversion_rate: f64,
    #[serde(default)]
    pub average_order_value: Option<f64>,
    #[serde(default)]
    pub goal_share: Option<f64>,
    #[serde(default)]
    pub cost: CostModel,
}

impl ChannelInput {
    /// The channel's average order value: its own, else the plan's (§2 `aov_c`).
    pub fn aov(&self, plan_aov: f64) -> f64 {
        self.average_order_value.unwrap_or(plan_aov)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlanInput {
    #[serde(default)]
    pub locale: Locale,
    #[serde(default = "default_currency")]
    pub currency: String,
    pub start: Start,
    pub average_order_value: f64,
    pub gross_margin_rate: f64,
    #[serde(default)]
    pub order_costs: Option<OrderCosts>,
    #[serde(default = "one")]
    pub orders_per_customer: f64,
    #[serde(default)]
    pub past_growth_rate: Option<f64>,
    #[serde(default)]
    pub seasonality: Option<[f64; 4]>,
    pub goal: Goal,
    #[serde(default)]
    pub milestones: Milestones,
    #[serde(default = "default_ltv_to_cac")]
    pub target_ltv_to_cac: f64,
    #[serde(default)]
    pub marketing_budget: Option<f64>,
    #[serde(default)]
    pub scenarios: ScenarioFactors,
    #[serde(default)]
    pub cart_abandonment_rate: Option<f64>,
    #[serde(default = "default_alert_tolerance")]
    pub alert_tolerance: f64,
    /// §14: how far traffic, conversion and order value may stray; `None`: no outlook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertainty: Option<Uncertainty>,
    /// §15: monthly revenue of the past, oldest first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub history: Option<History>,
    pub channels: Vec<ChannelInput>,
}

/// §14: relative half-widths (`0.2` = ±20 %) of the plan's uncertain figures, and the draws.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Uncertainty {
    pub traffic: f64,
    pub conversion_rate: f64,
    pub average_order_value: f64,
    /// Of the paid channels' doubling gain; v2's plans have none (0).
    #[serde(default)]
    pub doubling_gain: f64,
    #[serde(default = "default_draws")]
    pub draws: u32,
    #[serde(default = "default_seed")]
    pub seed: u64,
}

pub const DEFAULT_DRAWS: u32 = 4000;
pub const DEFAULT_SEED: u64 = 42;

fn default_draws() -> u32 {
    DEFAULT_DRAWS
}
fn default_seed() -> u64 {
    DEFAULT_SEED
}

/// §15: the shop's monthly revenue, oldest first, the last being the month before the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
    pub months: Vec<f64>,
}

/// A published figure an input can be set beside (§16): never a norm for the shop.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reference {
    pub value: f64,
    /// The source as it is cited (the same in every language).
    pub source: &'static str,
    /// Where to read it, when it is online.
    pub url: Option<&'static str>,
    pub year: u16,
}

/// The method article's worked examples of conversion rates.
const METHOD_ARTICLE: &str = "Objectifs commerciaux en ligne (article de méthode)";
pub const SEO_CONVERSION: Reference = Reference {
    value: 0.02,
    source: METHOD_ARTICLE,
    url: None,
    year: 2024,
};
pub const PAID_SEARCH_CONVERSION: Reference = Reference {
    value: 0.04,
    source: METHOD_ARTICLE,
    url: None,
    year: 2024,
};
/// Baymard Institute's average of the documented cart-abandonment rates.
pub const CART_ABANDONMENT: Reference = Reference {
    value: 0.7,
    source: "Baymard Institute, Cart Abandonment Rate Statistics",
    url: Some("https://baymard.com/lists/cart-abandonment-rate"),
    year: 2024,
};

impl ChannelKind {
    /// The cited conversion rate of this kind of channel, when there is one.
    pub fn conversion_reference(self) -> Option<&'static Reference> {
        match self {
            ChannelKind::Seo => Some(&SEO_CONVERSION),
            ChannelKind::Sea => Some(&PAID_SEARCH_CONVERSION),
            _ => None,
        }
    }
}

pub const DEFAULT_CURRENCY: &str = "EUR";
pub const DEFAULT_LTV_TO_CAC: f64 = 3.0;
pub const DEFAULT_ALERT_TOLERANCE: f64 = 0.10;
pub const MAX_CHANNELS: usize = 12;

fn default_currency() -> String {
    DEFAULT_CURRENCY.to_string()
}
fn one() -> f64 {
    1.0
}
fn default_ltv_to_cac() -> f64 {
    DEFAULT_LTV_TO_CAC
}
fn default_alert_tolerance() -> f64 {
    DEFAULT_ALERT_TOLERANCE
}

/// One problem with the input: where, what (stable code), and a sentence for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// Path such as `channels[1].conversionRate`; `null` for the document as a whole.
    pub field: Option<String>,
    pub code: String,
    pub message: String,
}

/// Largest magnitude any number may have: far above any real shop, far below
/// what would overflow the formulas.
pub const MAX_MAGNITUDE: f64 = 1e12;
/// Smallest non-zero magnitude: below it, divisions could overflow.
pub const MIN_MAGNITUDE: f64 = 1e-9;

/// Bounds of a number: `(value, inclusive)` at each end.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub min: Option<(f64, bool)>,
    pub max: Option<(f64, bool)>,
}

impl Bounds {
    pub const fn new(min: Option<(f64, bool)>, max: Option<(f64, bool)>) -> Self {
        Bounds { min, max }
    }
    /// `> 0`
    pub const POSITIVE: Bounds = Bounds::new(Some((0.0, false)), None);
    /// `≥ 0`
    pub const NON_NEGATIVE: Bounds = Bounds::new(Some((0.0, true)), None);
    /// `0 < x ≤ 1`
    pub const RATE: Bounds = Bounds::new(Some((0.0, false)), Some((1.0, true)));
    /// `0 ≤ x < 1`
    pub const RATE_BELOW_ONE: Bounds = Bounds::new(Some((0.0, true)), Some((1.0, false)));
    /// `0 ≤ x ≤ 1`
    pub const SHARE: Bounds = Bounds::new(Some((0.0, true)), Some((1.0, true)));

    pub(crate) fn contains(self, x: f64) -> bool {
        let above = match self.min {
            Some((m, true)) => x >= m,
            Some((m, false)) => x > m,
            None => true,
        };
        let below = match self.max {
            Some((m, true)) => x <= m,
            Some((m, false)) => x < m,
            None => true,
        };
        above && below
    }

    /// The same bounds with the engine's magnitude cap added.
    pub(crate) fn capped(self) -> Bounds {
        match self.max {
            Some((m, _)) if m <= MAX_MAGNITUDE => self,
            _ => Bounds {
                max: Some((MAX_MAGNITUDE, true)),
                ..self
            },
        }
    }
}
