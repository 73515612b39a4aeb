//! The plan's output, as `docs/model.md` §10 and §12 define it (camelCase JSON).
//!
//! Every `f64` here is finite; a value that cannot exist is an `Option` that
//! serialises as `null`.

use serde::{Deserialize, Serialize};

use crate::model::{coded, ChannelKind, FieldError, Locale};

/// A channel id, shared by every part of the output that names the channel
/// (quarters, alert rules, objectives): cloning it costs no allocation.
pub type ChannelId = std::rc::Rc<str>;

/// What `plan` returns: the output, or every error of the input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PlanResult {
    Ok(Box<PlanOutput>),
    Invalid(Invalid),
}

/// `{ok: false, errors}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invalid {
    pub ok: False,
    pub errors: Vec<FieldError>,
}

/// Serialises as the literal `false`, so that `ok` tells the two results apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct False;

/// Serialises as the literal `true`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct True;

macro_rules! literal_bool {
    ($ty:ident, $value:expr) => {
        impl Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_bool($value)
            }
        }
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                if bool::deserialize(d)? == $value {
                    Ok($ty)
                } else {
                    Err(serde::de::Error::custom(concat!(
                        "expected ",
                        stringify!($value)
                    )))
                }
            }
        }
    };
}
literal_bool!(False, false);
literal_bool!(True, true);

impl Invalid {
    pub fn new(errors: Vec<FieldError>) -> Self {
        Invalid { ok: False, errors }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanOutput {
    pub ok: True,
    pub locale: Locale,
    pub currency: String,
    pub baseline: Baseline,
    pub goal: GoalOutput,
    pub unit_economics: UnitEconomics,
    pub channels: Vec<ChannelTarget>,
    pub totals: Totals,
    pub quarters: Vec<Quarter>,
    pub months: Vec<Month>,
    pub scenarios: Vec<Scenario>,
    pub levers: Levers,
    pub objectives: Vec<Objective>,
    pub warnings: Vec<Warning>,
    pub alert_rules: Vec<AlertRule>,
    pub okr: Okr,
    /// §13; `None` without paid channels on a curve.
    pub paid_allocation: Option<PaidAllocation>,
    /// §14; `None` without `uncertainty`.
    pub outlook: Option<Outlook>,
    /// §16; `None` when no input has a cited reference.
    pub benchmarks: Option<Vec<Benchmark>>,
    /// §15; `None` without `history`.
    pub history: Option<HistoryOutput>,
}

/// §14: the odds of the goal over the draws.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Outlook {
    pub draws: u32,
    /// The shop's own trend `ρ` the draws follow (0 when no past growth is known).
    pub reference_growth: f64,
    /// What the trend and the planned spend deliver, the centre of the draws.
    pub momentum_revenue: f64,
    /// What the goal asks beyond the momentum: effort the plan does not price.
    pub effort_gap: f64,
    pub probability_of_goal: f64,
    pub revenue: Quantiles,
    pub contribution: Quantiles,
    pub probability_of_loss: f64,
    /// How the draws' revenue spreads, for the page's chart (not part of the JSON output).
    #[serde(skip)]
    pub spread: Option<Spread>,
    /// Whether the trend is the shop's known past growth, not a flat default (not part of the
    /// JSON output).
    #[serde(skip)]
    pub trend_known: bool,
}

/// Draws counted in equal bins of revenue from `low` to `high`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Spread {
    pub low: f64,
    pub high: f64,
    pub counts: Vec<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Quantiles {
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

/// §16: an input beside a cited reference figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Benchmark {
    pub field: String,
    pub value: f64,
    pub reference: f64,
    pub source: String,
    pub year: u16,
    pub note: String,
}

/// §15: what the history gave, and the values the plan used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HistoryOutput {
    pub months: usize,
    pub last_year_revenue: f64,
    pub seasonality: Option<[f64; 4]>,
    pub past_growth_rate: Option<f64>,
}

/// §13: the cheapest split of the paid channels' part of the goal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaidAllocation {
    pub paid_extra_revenue: f64,
    pub channels: Vec<AllocatedChannel>,
    pub extra_cost: f64,
    pub planned_extra_cost: f64,
    pub saving: f64,
    pub max_profitable_extra_revenue: Option<f64>,
    pub max_break_even_extra_revenue: Option<f64>,
    /// Even at the lowest cost, a channel's last order costs more than a customer brings.
    pub loss_making: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AllocatedChannel {
    pub id: ChannelId,
    pub extra_revenue: f64,
    pub extra_cost: f64,
    pub marginal_cpa: f64,
    pub spend_multiple: f64,
    /// Its last order costs more than a customer brings (not part of the JSON output).
    #[serde(skip)]
    pub loses_money: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Baseline {
    pub annual_revenue: f64,
    pub sessions_per_month: f64,
    pub annual_orders: f64,
    pub blended_conversion_rate: f64,
    pub blended_aov: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Achievability {
    InLine,
    Stretch,
    Aggressive,
}

impl Achievability {
    /// The check status it gives (§9): in line ok, stretch warning, aggressive fail.
    pub fn status(self) -> CheckStatus {
        match self {
            Achievability::InLine => CheckStatus::Ok,
            Achievability::Stretch => CheckStatus::Warning,
            Achievability::Aggressive => CheckStatus::Fail,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GoalOutput {
    pub target_revenue: f64,
    pub extra_revenue: f64,
    pub growth_rate: f64,
    pub achievability: Achievability,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UnitEconomics {
    pub margin_per_order: f64,
    pub first_order_margin: f64,
    pub break_even_roas: Option<f64>,
    pub customer_margin: f64,
    pub max_cpa_first_order: f64,
    pub max_cpa_lifetime: f64,
    pub target_cpa: f64,
    pub target_roas: Option<f64>,
}

coded! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Verdict {
        WithinTarget = "withinTarget",
        BelowTarget = "belowTarget",
        LossMaking = "lossMaking",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChannelTarget {
    pub id: ChannelId,
    pub label: String,
    pub kind: ChannelKind,
    pub share: f64,
    pub current_revenue: f64,
    pub current_orders: f64,
    pub extra_revenue: f64,
    pub extra_orders: f64,
    pub extra_sessions_per_month: f64,
    pub target_sessions_per_month: f64,
    pub traffic_growth_rate: Option<f64>,
    pub required_conversion_rate: Option<f64>,
    pub target_cpa: f64,
    /// Paid channels only: no click is bought on the others.
    pub max_cpc: Option<f64>,
    pub extra_cost: f64,
    pub cpa: Option<f64>,
    pub marginal_cpa: Option<f64>,
    pub total_cpa: Option<f64>,
    pub current_cpa: Option<f64>,
    pub roas: Option<f64>,
    pub feasible: Option<bool>,
    pub feasible_extra_revenue: Option<f64>,
    pub spend_multiple: Option<f64>,
    pub current_marginal_cpa: Option<f64>,
    pub spend_at_break_even: Option<f64>,
    pub break_even_extra_revenue: Option<f64>,
    pub profitable: Option<bool>,
    pub planned_monthly_spend: f64,
    pub verdict: Option<Verdict>,
    pub first_order_profitable: Option<bool>,
    /// Today's spend is already past the break-even point (not part of the JSON output).
    #[serde(skip)]
    pub over_spent: bool,
    /// What a new customer of this channel brings in 12 months, in margin (§4 at its order
    /// value): the CPA its break-even point is at (not part of the JSON output).
    #[serde(skip)]
    pub max_cpa_lifetime: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    pub extra_cost: f64,
    pub extra_contribution: f64,
    /// Every channel's extra cost per extra order (SEO and email included): not a CPA.
    pub cost_per_extra_order: Option<f64>,
    /// What the paid channels' extra orders cost on average.
    pub paid_cpa: Option<f64>,
    pub mer: Option<f64>,
    pub roi: Option<f64>,
    pub budget_fits: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Quarter {
    pub index: u8,
    pub year: i32,
    pub quarter: u8,
    pub label: String,
    pub baseline_revenue: f64,
    pub extra_revenue: f64,
    pub target_revenue: f64,
    pub planned_spend: f64,
    pub yoy_growth_rate: f64,
    pub contribution_points: f64,
    pub cumulative_extra_revenue: f64,
    pub cumulative_goal_share: f64,
    pub channels: Vec<QuarterChannel>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuarterChannel {
    pub id: ChannelId,
    pub extra_revenue: f64,
    pub target_sessions_per_month: f64,
    pub planned_spend: f64,
    /// All the channel's orders in the quarter, not only the extra ones.
    pub planned_orders: f64,
    /// The quarter's spend over all its orders; `None` without a cost that can be estimated.
    pub planned_cpa: Option<f64>,
}

/// A month of the plan (§6): its quarter's figures split by the month's weight.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Month {
    pub index: u8,
    pub year: i32,
    pub month: u8,
    pub label: String,
    pub baseline_revenue: f64,
    pub extra_revenue: f64,
    pub target_revenue: f64,
    pub planned_spend: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ScenarioName {
    Prudent,
    Median,
    Ambitious,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Scenario {
    pub name: ScenarioName,
    pub factor: f64,
    pub extra_revenue: f64,
    pub revenue: f64,
    pub goal_attainment: f64,
    pub extra_orders: f64,
    pub cost_per_extra_order: Option<f64>,
    pub contribution: f64,
    pub roi: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Levers {
    pub sessions_per_month: f64,
    pub conversion_rate: f64,
    pub average_order_value: f64,
    pub orders_per_customer: f64,
    pub cart_abandonment_rate: Option<f64>,
    pub value_of_one_percent_aov: f64,
    pub value_of_one_point_abandonment: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Scope {
    Plan,
    Channel,
    Quarter,
}

/// `null` for the plan, the channel id, or the quarter index 1–4.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ObjectiveRef {
    Channel(ChannelId),
    Quarter(u8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum CheckStatus {
    Ok,
    Warning,
    Fail,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    pub status: CheckStatus,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Objective {
    pub scope: Scope,
    #[serde(rename = "ref")]
    pub reference: Option<ObjectiveRef>,
    pub text: String,
    pub achievable: Check,
    pub realistic: Check,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub code: String,
    pub field: Option<String>,
    pub message: String,
}

coded! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Metric {
        Revenue = "revenue",
        Sessions = "sessions",
        ConversionRate = "conversionRate",
        Cpa = "cpa",
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Comparator {
    #[serde(rename = ">=")]
    AtLeast,
    #[serde(rename = "<=")]
    AtMost,
}

impl Comparator {
    pub fn symbol(self) -> &'static str {
        match self {
            Comparator::AtLeast => ">=",
            Comparator::AtMost => "<=",
        }
    }
}

/// A threshold a dashboard should watch (§12).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AlertRule {
    pub quarter: u8,
    pub channel: Option<ChannelId>,
    pub metric: Metric,
    pub comparator: Comparator,
    pub threshold: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Okr {
    pub objective: String,
    pub key_results: Vec<String>,
}

// The review's statuses (§11), here so that the words for them need not know the review.

coded! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum QuarterStatus {
        Exceeded = "exceeded",
        Achieved = "achieved",
        Missed = "missed",
        Open = "open",
    }
}

coded! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum ReforecastStatus {
        OnTrack = "onTrack",
        CatchUp = "catchUp",
        ReviseGoal = "reviseGoal",
        GoalReached = "goalReached",
        GoalMissed = "goalMissed",
    }
}

coded! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum AlertCode {
        RevenueBelowTarget = "revenue_below_target",
        SessionsBelowTarget = "sessions_below_target",
        ConversionBelowFloor = "conversion_below_floor",
        CpaAbovePlan = "cpa_above_plan",
    }
}
