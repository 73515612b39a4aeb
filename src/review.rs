//! The quarterly review (§11): actuals against the plan, reforecast, KPIs and alerts.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::engine;
use crate::fields;
use crate::formulas::{self as f, ratio};
use crate::model::{FieldError, Locale, PlanInput};
pub use crate::output::{AlertCode, QuarterStatus, ReforecastStatus};
use crate::output::{ChannelId, Invalid, PlanOutput, True};
use crate::text::{self, Problem};
use crate::validate::{self, index, join, Reader, PLAN_KEYS};

/// A closed quarter's figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuarterActuals {
    /// Plan quarter index, 1–4.
    pub quarter: u8,
    pub revenue: f64,
    #[serde(default)]
    pub channels: Vec<ChannelActuals>,
}

/// A channel's totals over a closed quarter; each figure optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChannelActuals {
    pub id: String,
    // Figures not given are left out of the JSON (`channels?: [{id, sessions?, …}]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sessions: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orders: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spend: Option<f64>,
}

/// A plan and its closed quarters (in JSON, the plan's keys plus `actuals`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewInput {
    #[serde(flatten)]
    pub plan: PlanInput,
    pub actuals: Vec<QuarterActuals>,
}

/// What `review` returns: the output, or every error of the input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ReviewResult {
    Ok(Box<ReviewOutput>),
    Invalid(Invalid),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReviewOutput {
    pub ok: True,
    pub plan: PlanOutput,
    pub quarters: Vec<QuarterReview>,
    pub progress: Progress,
    pub channel_kpis: Vec<ChannelKpi>,
    pub alerts: Vec<Alert>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuarterReview {
    pub index: u8,
    pub label: String,
    pub status: QuarterStatus,
    pub actual_revenue: Option<f64>,
    pub target_revenue: f64,
    pub attainment: Option<f64>,
    pub reforecast_target_revenue: Option<f64>,
    pub reforecast_yoy_growth_rate: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    pub extra_so_far: f64,
    pub goal_share_reached: f64,
    pub remaining_extra: f64,
    pub pace_factor: Option<f64>,
    /// Closed quarters' revenue over their targets, applied to the open quarters.
    pub attainment_so_far: f64,
    pub projected_revenue: f64,
    /// Share of the growth goal the projection reaches.
    pub projected_goal_attainment: f64,
    /// Share of the target revenue the projection reaches.
    pub projected_target_attainment: f64,
    pub required_vs_planned: Option<f64>,
    pub reforecast_status: ReforecastStatus,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChannelKpi {
    pub quarter: u8,
    pub id: ChannelId,
    pub sessions: Option<f64>,
    pub target_sessions: f64,
    pub conversion_rate: Option<f64>,
    pub planned_conversion_rate: f64,
    pub cpa: Option<f64>,
    /// What the plan expects the quarter's orders to cost: its planned spend over all the
    /// channel's orders, like `cpa`; `None` without a cost that can be estimated.
    pub planned_cpa: Option<f64>,
    pub target_cpa: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alert {
    pub code: AlertCode,
    pub quarter: u8,
    pub channel: Option<ChannelId>,
    pub actual: f64,
    pub threshold: f64,
    pub message: String,
}

/// Validates a JSON document and reviews it: the output, or every error.
pub fn review_value(value: &Value) -> ReviewResult {
    match parse_review(value) {
        Ok(input) => ReviewResult::Ok(Box::new(review(&input))),
        Err(errors) => ReviewResult::Invalid(Invalid::new(errors)),
    }
}

/// Validates JSON text and reviews it.
pub fn review_json(json: &str) -> ReviewResult {
    match validate::json_value(json) {
        Ok(value) => review_value(&value),
        Err(errors) => ReviewResult::Invalid(Invalid::new(errors)),
    }
}

/// Reads a plan with its `actuals`, reporting every problem at once.
pub fn parse_review(value: &Value) -> Result<ReviewInput, Vec<FieldError>> {
    let mut reader = Reader::new(validate::requested_locale(value));
    let mut known = PLAN_KEYS.to_vec();
    known.push("actuals");
    let plan = validate::read_plan(&mut reader, value, &known);
    let ids: Vec<&str> = value
        .get("channels")
        .and_then(Value::as_array)
        .map(|list| list.iter().filter_map(|c| c.get("id")?.as_str()).collect())
        .unwrap_or_default();
    let actuals = if value.is_object() {
        read_actuals(&mut reader, value.get("actuals"), &ids)
    } else {
        None
    };
    match (plan, actuals) {
        (Some(plan), Some(actuals)) if reader.errors.is_empty() => {
            Ok(ReviewInput { plan, actuals })
        }
        _ => Err(reader.errors),
    }
}

/// Reads the `actuals` of a plan whose channels have the ids `ids`, alone: for a plan already
/// validated (the planner's form checks the plan once, then its closed quarters).
pub fn parse_actuals(
    actuals: &Value,
    ids: &[&str],
    locale: Locale,
) -> Result<Vec<QuarterActuals>, Vec<FieldError>> {
    let mut reader = Reader::new(locale);
    match read_actuals(&mut reader, Some(actuals), ids) {
        Some(actuals) if reader.errors.is_empty() => Ok(actuals),
        _ => Err(reader.errors),
    }
}

fn read_actuals(
    r: &mut Reader,
    value: Option<&Value>,
    ids: &[&str],
) -> Option<Vec<QuarterActuals>> {
    let items = r.list(
        "actuals",
        value,
        4,
        Problem::NoActuals,
        Problem::TooManyActuals,
    )?;
    let mut out = Vec::with_capacity(items.len());
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        match read_quarter_actuals(r, &index("actuals", i), item, i, ids) {
            Some(q) => out.push(q),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

fn read_quarter_actuals(
    r: &mut Reader,
    path: &str,
    value: &Value,
    position: usize,
    ids: &[&str],
) -> Option<QuarterActuals> {
    let o = r.object(path, value)?;
    r.reject_unknown(path, o, &["quarter", "revenue", "channels"]);
    let quarter_path = join(path, "quarter");
    let quarter = r
        .integer(&quarter_path, o.get("quarter"), 1, 4)
        .and_then(|q| {
            // Closed quarters are 1..j, in order, with no gap.
            if q as usize == position + 1 {
                Some(q as u8)
            } else {
                r.report(&quarter_path, Problem::ActualsNotInOrder);
                None
            }
        });
    let revenue = r.value(path, o, &fields::ACTUAL_REVENUE);
    let channels_path = join(path, "channels");
    let channels = match o.get("channels") {
        None | Some(Value::Null) => Some(Vec::new()),
        Some(Value::Array(list)) => {
            let mut channels = Vec::with_capacity(list.len());
            let mut ok = true;
            for (k, item) in list.iter().enumerate() {
                let item_path = index(&channels_path, k);
                let earlier = &list[..k];
                match read_channel_actuals(r, &item_path, item, ids, earlier) {
                    Some(c) => channels.push(c),
                    None => ok = false,
                }
            }
            ok.then_some(channels)
        }
        Some(_) => {
            r.report(&channels_path, Problem::NotAList);
            None
        }
    };
    Some(QuarterActuals {
        quarter: quarter?,
        revenue: revenue?,
        channels: channels?,
    })
}

fn read_channel_actuals(
    r: &mut Reader,
    path: &str,
    value: &Value,
    ids: &[&str],
    earlier: &[Value],
) -> Option<ChannelActuals> {
    let o = r.object(path, value)?;
    r.reject_unknown(path, o, &["id", "sessions", "orders", "spend"]);
    let id_path = join(path, "id");
    let id = r.string(&id_path, o.get("id")).and_then(|id| {
        if !ids.contains(&id) {
            r.report(&id_path, Problem::UnknownChannel);
            None
        } else if let Some(first) = earlier
            .iter()
            .position(|e| e.get("id").and_then(Value::as_str) == Some(id))
        {
            r.report(&id_path, Problem::DuplicateId(first));
            None
        } else {
            Some(id.to_string())
        }
    });
    let sessions = r.field(path, o, &fields::ACTUAL_SESSIONS);
    let orders = r.field(path, o, &fields::ACTUAL_ORDERS);
    let spend = r.field(path, o, &fields::ACTUAL_SPEND);
    Some(ChannelActuals {
        id: id?,
        sessions: sessions?,
        orders: orders?,
        spend: spend?,
    })
}

/// Status of a closed quarter: exceeded from 105 % of target, achieved from 100 %.
pub fn quarter_status(attainment: f64) -> QuarterStatus {
    if f::at_least(attainment, 1.05) {
        QuarterStatus::Exceeded
    } else if f::at_least(attainment, 1.0) {
        QuarterStatus::Achieved
    } else {
        QuarterStatus::Missed
    }
}

/// What the remaining quarters must deliver, against what was planned for them.
pub fn reforecast_status(
    remaining_extra: f64,
    required_vs_planned: Option<f64>,
) -> ReforecastStatus {
    if remaining_extra <= 0.0 {
        return ReforecastStatus::GoalReached;
    }
    match required_vs_planned {
        None => ReforecastStatus::GoalMissed,
        Some(r) if f::at_most(r, 1.0) => ReforecastStatus::OnTrack,
        Some(r) if f::at_most(r, 1.5) => ReforecastStatus::CatchUp,
        Some(_) => ReforecastStatus::ReviseGoal,
    }
}

/// Reviews a valid input. Never panics; every number it returns is finite.
pub fn review(input: &ReviewInput) -> ReviewOutput {
    review_of_plan(input, engine::plan(&input.plan))
}

/// Reviews a valid input whose plan is already computed (`plan` = `engine::plan(&input.plan)`).
pub fn review_of_plan(input: &ReviewInput, plan: PlanOutput) -> ReviewOutput {
    let closed = input.actuals.len();
    let (closed_q, open_q) = plan.quarters.split_at(closed);
    let extra = plan.goal.extra_revenue;
    let annual = plan.baseline.annual_revenue;

    let extra_so_far: f64 = closed_q
        .iter()
        .zip(&input.actuals)
        .map(|(q, a)| a.revenue - q.baseline_revenue)
        .sum();
    let planned_closed: f64 = closed_q.iter().map(|q| q.extra_revenue).sum();
    let planned_open: f64 = open_q.iter().map(|q| q.extra_revenue).sum();
    let remaining_extra = extra - extra_so_far;
    let pace_factor = ratio(extra_so_far, planned_closed);
    // The open quarters reach the same share of their targets as the closed ones did
    // (extrapolating the pace instead turned a 10 % miss into a projected collapse).
    let actual_closed: f64 = input.actuals.iter().map(|a| a.revenue).sum();
    let target_closed: f64 = closed_q.iter().map(|q| q.target_revenue).sum();
    let attainment_so_far = actual_closed / target_closed;
    let projected_revenue =
        actual_closed + attainment_so_far * open_q.iter().map(|q| q.target_revenue).sum::<f64>();
    // A goal already reached asks nothing more of the open quarters.
    let required_vs_planned = ratio(remaining_extra.max(0.0), planned_open);
    let progress = Progress {
        extra_so_far,
        goal_share_reached: extra_so_far / extra,
        remaining_extra,
        pace_factor,
        attainment_so_far,
        projected_revenue,
        projected_goal_attainment: (projected_revenue - annual) / extra,
        projected_target_attainment: projected_revenue / plan.goal.target_revenue,
        required_vs_planned,
        reforecast_status: reforecast_status(remaining_extra, required_vs_planned),
    };

    let quarters = plan
        .quarters
        .iter()
        .enumerate()
        .map(|(i, q)| match input.actuals.get(i) {
            Some(a) => {
                let attainment = a.revenue / q.target_revenue;
                QuarterReview {
                    index: q.index,
                    label: q.label.clone(),
                    status: quarter_status(attainment),
                    actual_revenue: Some(a.revenue),
                    target_revenue: q.target_revenue,
                    attainment: Some(attainment),
                    reforecast_target_revenue: None,
                    reforecast_yoy_growth_rate: None,
                }
            }
            None => {
                // Once the goal is reached the plan is kept, never cut back.
                let reforecast_extra = match remaining_extra > 0.0 {
                    true => remaining_extra * q.extra_revenue / planned_open,
                    false => q.extra_revenue,
                };
                QuarterReview {
                    index: q.index,
                    label: q.label.clone(),
                    status: QuarterStatus::Open,
                    actual_revenue: None,
                    target_revenue: q.target_revenue,
                    attainment: None,
                    reforecast_target_revenue: Some(q.baseline_revenue + reforecast_extra),
                    reforecast_yoy_growth_rate: Some(reforecast_extra / q.baseline_revenue),
                }
            }
        })
        .collect();

    let channel_kpis = channel_kpis(input, &plan);
    let alerts = alerts(input, &plan, &channel_kpis);
    ReviewOutput {
        ok: True,
        plan,
        quarters,
        progress,
        channel_kpis,
        alerts,
    }
}

/// KPIs of each closed quarter, for the channels with actuals, in the order they were entered.
fn channel_kpis(input: &ReviewInput, plan: &PlanOutput) -> Vec<ChannelKpi> {
    let mut kpis = Vec::new();
    for a in &input.actuals {
        let quarter = &plan.quarters[usize::from(a.quarter) - 1];
        for actual in &a.channels {
            let Some(i) = input.plan.channels.iter().position(|c| c.id == actual.id) else {
                continue;
            };
            let ratio_of = |x: Option<f64>, y: Option<f64>| match (x, y) {
                (Some(x), Some(y)) => ratio(x, y),
                _ => None,
            };
            kpis.push(ChannelKpi {
                quarter: a.quarter,
                id: plan.channels[i].id.clone(),
                sessions: actual.sessions,
                target_sessions: f::quarter_sessions(quarter.channels[i].target_sessions_per_month),
                conversion_rate: ratio_of(actual.orders, actual.sessions),
                planned_conversion_rate: input.plan.channels[i].conversion_rate,
                cpa: ratio_of(actual.spend, actual.orders),
                planned_cpa: quarter.channels[i].planned_cpa,
                target_cpa: plan.channels[i].target_cpa,
            });
        }
    }
    kpis
}

/// Alerts triggered: per closed quarter the revenue, then each channel's sessions, conversion, CPA.
fn alerts(input: &ReviewInput, plan: &PlanOutput, kpis: &[ChannelKpi]) -> Vec<Alert> {
    let t = input.plan.alert_tolerance;
    let locale = input.plan.locale;
    let currency = &input.plan.currency;
    let mut alerts = Vec::new();
    for a in &input.actuals {
        let q = &plan.quarters[usize::from(a.quarter) - 1];
        let mut raise = |code, channel: Option<&ChannelId>, actual: f64, threshold: f64| {
            alerts.push(Alert {
                code,
                quarter: a.quarter,
                channel: channel.cloned(),
                actual,
                threshold,
                message: text::alert_message(
                    code,
                    &q.label,
                    channel_label(plan, channel),
                    actual,
                    threshold,
                    currency,
                    locale,
                ),
            })
        };
        let floor = f::floor_threshold(q.target_revenue, t);
        if f::below(a.revenue, floor) {
            raise(AlertCode::RevenueBelowTarget, None, a.revenue, floor);
        }
        // Channels in plan order, as the alert rules list them.
        for c in &input.plan.channels {
            let Some(kpi) = kpis
                .iter()
                .find(|k| k.quarter == a.quarter && *k.id == *c.id)
            else {
                continue;
            };
            let id = Some(&kpi.id);
            if let Some(sessions) = kpi.sessions {
                let floor = f::floor_threshold(kpi.target_sessions, t);
                if f::below(sessions, floor) {
                    raise(AlertCode::SessionsBelowTarget, id, sessions, floor);
                }
            }
            if let Some(cr) = kpi.conversion_rate {
                let floor = f::floor_threshold(kpi.planned_conversion_rate, t);
                if f::below(cr, floor) {
                    raise(AlertCode::ConversionBelowFloor, id, cr, floor);
                }
            }
            if let (Some(cpa), Some(planned)) = (kpi.cpa, kpi.planned_cpa) {
                let ceiling = f::ceiling_threshold(planned, t);
                if f::above(cpa, ceiling) {
                    raise(AlertCode::CpaAbovePlan, id, cpa, ceiling);
                }
            }
        }
    }
    alerts
}

fn channel_label<'a>(plan: &'a PlanOutput, id: Option<&ChannelId>) -> Option<&'a str> {
    let id = id?;
    plan.channels
        .iter()
        .find(|c| c.id == *id)
        .map(|c| c.label.as_str())
}
