//! The forms a planner starts from: a plan's (a link, a file, a saved state), the example, and
//! the blank form of a first visit.

use super::*;

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
}
