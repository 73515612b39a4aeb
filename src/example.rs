//! The example plan users start from: a shop of about 1.2 M€ a year, four channels.

use crate::model::*;
use crate::words::form;

/// A complete, realistic plan: SEO at 2 %, paid search at 4 % with a 0.80 CPC,
/// social with a monthly spend, email; 45 % margin, 1.8 orders per customer, +30 %.
pub fn example_plan(locale: Locale) -> PlanInput {
    let channel = |id: &str, label: &str, kind, sessions, cr, cost| ChannelInput {
        id: id.to_string(),
        label: label.to_string(),
        kind,
        sessions_per_month: sessions,
        conversion_rate: cr,
        average_order_value: None,
        goal_share: None,
        cost,
    };
    PlanInput {
        locale,
        currency: DEFAULT_CURRENCY.to_string(),
        start: Start {
            year: 2027,
            quarter: 1,
        },
        average_order_value: 80.0,
        gross_margin_rate: 0.45,
        order_costs: None,
        orders_per_customer: 1.8,
        past_growth_rate: Some(0.18),
        seasonality: Some([1.0, 0.9, 0.95, 1.4]),
        goal: Goal::GrowthRate(0.30),
        milestones: Milestones::default(),
        target_ltv_to_cac: DEFAULT_LTV_TO_CAC,
        marketing_budget: Some(60_000.0),
        scenarios: ScenarioFactors::default(),
        cart_abandonment_rate: Some(0.68),
        alert_tolerance: DEFAULT_ALERT_TOLERANCE,
        uncertainty: None,
        history: None,
        channels: vec![
            channel(
                "seo",
                "SEO",
                ChannelKind::Seo,
                30_000.0,
                0.02,
                CostModel::None,
            ),
            channel(
                "sea",
                "Google Ads",
                ChannelKind::Sea,
                8_000.0,
                0.04,
                CostModel::PerClick {
                    cost_per_click: 0.80,
                    doubling_gain: None,
                },
            ),
            channel(
                "social",
                // Named as the form names the kind; SEO and Google Ads need no translation.
                form::KIND_SOCIAL.get(locale),
                ChannelKind::Social,
                15_000.0,
                0.01,
                CostModel::Fixed { monthly: 2_000.0 },
            ),
            channel(
                "email",
                form::KIND_EMAIL.get(locale),
                ChannelKind::Email,
                6_000.0,
                0.035,
                CostModel::None,
            ),
        ],
    }
}

/// The example plan with its first two quarters closed: Q1 on target, Q2 behind,
/// with per-channel sessions, orders and spend.
pub fn example_review(locale: Locale) -> crate::review::ReviewInput {
    use crate::review::{ChannelActuals, QuarterActuals};
    let channel = |id: &str, sessions: f64, orders: f64, spend: Option<f64>| ChannelActuals {
        id: id.to_string(),
        sessions: Some(sessions),
        orders: Some(orders),
        spend,
    };
    crate::review::ReviewInput {
        plan: example_plan(locale),
        actuals: vec![
            QuarterActuals {
                quarter: 1,
                revenue: 352_400.0,
                channels: vec![
                    channel("seo", 101_000.0, 2_020.0, None),
                    channel("sea", 27_900.0, 1_110.0, Some(22_300.0)),
                    channel("social", 49_000.0, 505.0, Some(6_000.0)),
                    channel("email", 20_100.0, 700.0, None),
                ],
            },
            QuarterActuals {
                quarter: 2,
                revenue: 318_900.0,
                channels: vec![
                    channel("seo", 96_000.0, 1_850.0, None),
                    channel("sea", 26_500.0, 1_020.0, Some(21_900.0)),
                    channel("social", 44_000.0, 420.0, Some(6_000.0)),
                    channel("email", 19_800.0, 690.0, None),
                ],
            },
        ],
    }
}

/// The example plan with `channels` channels (its four, repeated in turn under new ids),
/// to measure and test plans of every size.
pub fn example_plan_with_channels(locale: Locale, channels: usize) -> PlanInput {
    let mut plan = example_plan(locale);
    let template = plan.channels.clone();
    plan.channels = (0..channels)
        .map(|i| ChannelInput {
            id: format!("c{i}"),
            label: format!("Canal {i}"),
            ..template[i % template.len()].clone()
        })
        .collect();
    plan
}
