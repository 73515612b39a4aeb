//! The form's controls by name: which are shown, in page order, which are advanced settings,
//! and where each control's error is shown.

use super::*;

impl FormState {
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
    pub(super) fn page_order(&self) -> Vec<String> {
        let mut v = self.plan_control_names();
        v.extend(self.actuals_control_names());
        v
    }

    pub(super) fn plan_control_names(&self) -> Vec<String> {
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
        // The history and the odds, then the advanced settings, last (see `is_advanced`).
        v.push(fields::HISTORY_MONTHS.path.into());
        v.push("uncertaintyPreset".into());
        if self.uncertainty_preset == UncertaintyPreset::Custom {
            v.extend(paths(&UNCERTAINTY_NUMBERS));
        }
        v.push(ADVANCED_FIRST.into());
        if self.seasonality_preset == SeasonalityPreset::Custom {
            v.extend((0..4).map(|i| format!("{}[{i}]", fields::SEASONALITY.path)));
        }
        v.extend(paths(&ORDER_COST_NUMBERS));
        v.push(fields::MILESTONE_MODE.path.into());
        if self.milestone_mode == MilestoneMode::Ramp {
            v.extend((0..4).map(|i| format!("{}[{i}]", fields::RAMP_WEIGHTS.path)));
        }
        v.extend(paths(&SETTINGS_NUMBERS));
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
}
