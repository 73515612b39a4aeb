//! What the visitor does to the form: a control's new text (and what it changes: a value,
//! or the form's structure), the language switched, the goal's form converted, and the
//! buttons that add, move and remove rows or switch views.

use super::*;

impl FormState {
    pub(super) fn goal_text_mut(&mut self, kind: GoalKind) -> &mut String {
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
                    Change::Structure(FormPart::Outlook)
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

    pub(super) fn set_channel(&mut self, i: usize, key: &str, value: &str) -> Change {
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
    pub(super) fn set_actual(
        &mut self,
        i: usize,
        k: Option<usize>,
        key: &str,
        value: &str,
    ) -> Change {
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
    pub(super) fn relocalise(&mut self, to: Locale) {
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
    pub(super) fn converted_goal(&self, kind: GoalKind) -> Option<String> {
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
    pub fn action(&mut self, action: Action, index: Option<usize>) -> Change {
        let n = self.channels.len();
        let valid = |i: &usize| *i < n;
        match (action, index.filter(valid)) {
            (Action::AddChannel, _) if n < MAX_CHANNELS => {
                self.channels.push(self.new_row());
                Change::Structure(FormPart::Channels)
            }
            (Action::RemoveChannel, Some(i)) if n > 1 => {
                let removed = self.channels.remove(i);
                for q in &mut self.actuals {
                    q.channels.remove(&removed.id);
                }
                Change::Structure(FormPart::Channels)
            }
            (Action::AddQuarter, _) if self.actuals.len() < MAX_ACTUALS => {
                self.actuals.push(QuarterRow::default());
                Change::Structure(FormPart::Actuals)
            }
            (Action::RemoveQuarter, _) if !self.actuals.is_empty() => {
                self.actuals.pop();
                Change::Structure(FormPart::Actuals)
            }
            (Action::ViewPlan, _) => self.switch_view(View::Plan),
            (Action::ViewReview, _) => self.switch_view(View::Review),
            (Action::MoveChannelUp, Some(i)) if i > 0 => {
                self.channels.swap(i - 1, i);
                Change::Structure(FormPart::Channels)
            }
            (Action::MoveChannelDown, Some(i)) if i + 1 < n => {
                self.channels.swap(i, i + 1);
                Change::Structure(FormPart::Channels)
            }
            (Action::Reset, _) => {
                let view = self.view;
                *self = FormState::example(self.locale, &self.currency);
                self.view = view;
                Change::Structure(FormPart::Whole)
            }
            _ => Change::None,
        }
    }

    pub(super) fn switch_view(&mut self, view: View) -> Change {
        if view == self.view {
            return Change::None;
        }
        self.view = view;
        Change::Structure(FormPart::Whole)
    }

    /// A new row with nothing typed in it (its placeholders show what to type): no value the
    /// visitor did not type ever enters their plan.
    pub(super) fn new_row(&self) -> ChannelRow {
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
}
