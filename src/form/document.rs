//! The form's way to a `PlanInput` and a `ReviewInput`: each control's text parsed in the
//! visitor's locale into the contract's JSON, then validated once for both views, every
//! error named by the control that shows it.

use super::*;

impl FormState {
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
    pub(super) fn read_plan(&self) -> (Builder<'_>, Result<PlanInput, Vec<FieldError>>) {
        let mut b = self.builder();
        let plan = validate::parse_plan_from(&Value::Object(self.plan_document(&mut b)), true);
        (b, plan)
    }

    pub(super) fn read_plan_and_review(
        &self,
    ) -> (Result<PlanInput, Vec<FieldError>>, ReviewResultOf) {
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
    pub(super) fn actuals_document(&self, b: &mut Builder) -> Value {
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

    /// The months the pasted history is taken to cover, for the page to show before they are
    /// used ([`history::span_sentence`]: « Historique : janvier 2025 – décembre 2026 »), or
    /// why it cannot be read; `None` while the box is blank or the start is no year and
    /// quarter.
    pub fn history_span(&self) -> Option<Result<history::MonthSpan, history::HistoryError>> {
        if self.history.trim().is_empty() {
            return None;
        }
        let start = self.plan_first_month()?;
        Some(history::read_history_before(&self.history, self.locale, start).map(|h| h.span))
    }

    /// The pasted history's revenues, their months checked against the plan's start.
    fn pasted_history(&self) -> Result<Vec<f64>, history::HistoryError> {
        history::history_for_plan(&self.history, self.locale, self.plan_first_month())
    }

    fn plan_first_month(&self) -> Option<history::YearMonth> {
        let (year, quarter) = self.start()?;
        history::YearMonth::first_of_quarter(year, quarter)
    }

    pub(super) fn builder(&self) -> Builder<'_> {
        Builder {
            locale: self.locale,
            currency: &self.currency,
            errors: Vec::new(),
        }
    }

    /// The plan's keys as the contract's JSON, with the typing problems recorded in `b`.
    pub(super) fn plan_document(&self, b: &mut Builder) -> Map<String, Value> {
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
            match self.pasted_history() {
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
    pub(super) fn finish<T>(
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

/// Parses fields and collects their problems.
pub(super) struct Builder<'a> {
    pub(super) locale: Locale,
    pub(super) currency: &'a str,
    pub(super) errors: Vec<FieldError>,
}

impl Builder<'_> {
    /// A number (`null` when blank, or when not a number: the problem is recorded).
    pub(super) fn number(&mut self, name: &str, text: &str, percent: bool) -> Value {
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
    pub(super) fn required(&mut self, name: &str, text: &str, percent: bool) -> Value {
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
    pub(super) fn integer(&mut self, name: &str, text: &str) -> Value {
        match text.trim().parse::<i64>() {
            Ok(n) => json!(n),
            Err(_) => self.number(name, text, false),
        }
    }
}
