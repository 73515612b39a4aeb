//! The example plan users start from: a shop of about 1.2 M€ a year, four channels.

use crate::model::*;

/// A complete, realistic plan: SEO at 2 %, paid search at 4 % with a 0.80 CPC,
/// social with a monthly spend, email; 45 % margin, 1.8 orders per customer, +30 %.
pub fn example_plan(locale: Locale) -> PlanInput {
    let fr = locale == Locale::Fr;
    let channel =
        |id: &str, label_fr: &str, label_en: &str, kind, sessions, cr, cost| ChannelInput {
            id: id.to_string(),
            label: if fr { label_fr } else { label_en }.to_string(),
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
        channels: vec![
            channel(
                "seo",
                "SEO",
                "SEO",
                ChannelKind::Seo,
                30_000.0,
                0.02,
                CostModel::None,
            ),
            channel(
                "sea",
                "Google Ads",
                "Google Ads",
                ChannelKind::Sea,
                8_000.0,
                0.04,
                CostModel::PerClick {
                    cost_per_click: 0.80,
                },
            ),
            channel(
                "social",
                "Réseaux sociaux",
                "Social media",
                ChannelKind::Social,
                15_000.0,
                0.01,
                CostModel::Monthly { amount: 2_000.0 },
            ),
            channel(
                "email",
                "Emailing",
                "Email",
                ChannelKind::Email,
                6_000.0,
                0.035,
                CostModel::None,
            ),
        ],
    }
}
