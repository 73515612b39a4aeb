//! From untrusted JSON to a valid [`PlanInput`], reporting every problem at once.
//!
//! serde alone stops at the first error; a person fixing a form wants all of
//! them, each with its field path, a stable code and a sentence in their language.
//! So the JSON is walked by hand, field by field, with the rules of §1.

use serde_json::{Map, Value};

use crate::fields::{self, Blank, Field, Unit};
use crate::formulas;
use crate::model::*;
use crate::text::{self, Problem};

mod channels;
use channels::read_channels;

pub use crate::model::{Bounds, MAX_MAGNITUDE, MIN_MAGNITUDE};

/// Collects problems while reading a JSON document.
pub struct Reader {
    pub locale: Locale,
    pub currency: String,
    pub errors: Vec<FieldError>,
    /// Whether the numbers were typed in the form (rates as percentages) rather than
    /// written in a file (rates as fractions): a rate's message says how to write it.
    pub typed: bool,
}

impl Reader {
    pub fn new(locale: Locale) -> Self {
        Reader {
            locale,
            currency: DEFAULT_CURRENCY.to_string(),
            errors: Vec::new(),
            typed: false,
        }
    }

    /// Records a problem at `path` (empty path: the document as a whole).
    pub fn report(&mut self, path: &str, problem: Problem) {
        let field = (!path.is_empty()).then(|| path.to_string());
        let mut message = text::error_message(self.locale, &self.currency, path, &problem);
        if let Problem::OutOfRange(_, Unit::Percent) = problem {
            let how = match self.typed {
                true => crate::words::errors::RATE_AS_TYPED,
                false => crate::words::errors::RATE_IN_A_FILE,
            };
            message = how.fill(self.locale, &[&message]);
        }
        self.errors.push(FieldError {
            field,
            code: problem.code().to_string(),
            message,
        });
    }

    /// Flags every key of `object` not in `known`.
    pub fn reject_unknown(&mut self, path: &str, object: &Map<String, Value>, known: &[&str]) {
        for key in object.keys() {
            if !known.contains(&key.as_str()) {
                self.report(&join(path, key), Problem::UnknownField);
            }
        }
    }

    /// The object at `path`, or `None` (reported) when it is something else.
    pub fn object<'v>(&mut self, path: &str, value: &'v Value) -> Option<&'v Map<String, Value>> {
        match value {
            Value::Object(o) => Some(o),
            _ => {
                self.report(path, Problem::NotAnObject);
                None
            }
        }
    }

    /// A required number within bounds.
    pub fn number(
        &mut self,
        path: &str,
        value: Option<&Value>,
        bounds: Bounds,
        unit: Unit,
    ) -> Option<f64> {
        match value {
            None | Some(Value::Null) => {
                self.report(path, Problem::Required);
                None
            }
            Some(v) => self.number_value(path, v, bounds, unit),
        }
    }

    /// An optional number within bounds (`null` or absent: `None`, no problem).
    pub fn optional_number(
        &mut self,
        path: &str,
        value: Option<&Value>,
        bounds: Bounds,
        unit: Unit,
    ) -> Option<Option<f64>> {
        match value {
            None | Some(Value::Null) => Some(None),
            Some(v) => self.number_value(path, v, bounds, unit).map(Some),
        }
    }

    fn number_value(
        &mut self,
        path: &str,
        value: &Value,
        bounds: Bounds,
        unit: Unit,
    ) -> Option<f64> {
        let Some(x) = value.as_f64().filter(|x| x.is_finite()) else {
            self.report(path, Problem::NotANumber);
            return None;
        };
        let bounds = bounds.capped();
        if !bounds.contains(x) {
            self.report(path, Problem::OutOfRange(bounds, unit));
            return None;
        }
        if x != 0.0 && x.abs() < MIN_MAGNITUDE {
            self.report(path, Problem::TooSmall);
            return None;
        }
        Some(x)
    }

    /// A required whole number in `min..=max`.
    pub fn integer(
        &mut self,
        path: &str,
        value: Option<&Value>,
        min: i64,
        max: i64,
    ) -> Option<i64> {
        let bounds = Bounds::new(Some((min as f64, true)), Some((max as f64, true)));
        let x = self.number(path, value, bounds, Unit::Plain)?;
        if x.fract() != 0.0 {
            self.report(path, Problem::NotAnInteger);
            return None;
        }
        Some(x as i64)
    }

    /// A required list of 1 to `max` items; `empty` and `too_many` say what is wrong otherwise.
    pub fn list<'v>(
        &mut self,
        path: &str,
        value: Option<&'v Value>,
        max: usize,
        empty: Problem,
        too_many: Problem,
    ) -> Option<&'v [Value]> {
        let items = match value {
            None | Some(Value::Null) => {
                self.report(path, Problem::Required);
                return None;
            }
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.report(path, Problem::NotAList);
                return None;
            }
        };
        if items.is_empty() {
            self.report(path, empty);
            return None;
        }
        if items.len() > max {
            self.report(path, too_many);
            return None;
        }
        Some(items)
    }

    /// A required string.
    pub fn string<'v>(&mut self, path: &str, value: Option<&'v Value>) -> Option<&'v str> {
        match value {
            None | Some(Value::Null) => {
                self.report(path, Problem::Required);
                None
            }
            Some(Value::String(s)) => Some(s),
            Some(_) => {
                self.report(path, Problem::NotAString);
                None
            }
        }
    }

    /// A required string among `choices`.
    pub fn choice<'v>(
        &mut self,
        path: &str,
        value: Option<&'v Value>,
        choices: &'static [&'static str],
    ) -> Option<&'v str> {
        let s = self.string(path, value)?;
        if choices.contains(&s) {
            Some(s)
        } else {
            self.report(path, Problem::NotAChoice(choices));
            None
        }
    }

    /// An optional array of exactly four numbers within bounds.
    /// The number of `field` in `object` (the item at `parent`), by the field's own rules:
    /// its bounds, its unit in messages, and what its absence means (`Some(None)` only for an
    /// optional field left out; a default replaces a blank).
    pub fn field(
        &mut self,
        parent: &str,
        object: &Map<String, Value>,
        field: &Field,
    ) -> Option<Option<f64>> {
        let n = field.number()?;
        let (path, value) = (join(parent, field.path), object.get(field.key()));
        match n.blank {
            Blank::Required => self.number(&path, value, n.bounds, n.unit).map(Some),
            Blank::Default(d) => self
                .optional_number(&path, value, n.bounds, n.unit)
                .map(|x| Some(x.unwrap_or(d))),
            Blank::Optional => self.optional_number(&path, value, n.bounds, n.unit),
        }
    }

    /// The number of a required field, or one with a default.
    pub fn value(
        &mut self,
        parent: &str,
        object: &Map<String, Value>,
        field: &Field,
    ) -> Option<f64> {
        self.field(parent, object, field).flatten()
    }

    /// Four numbers of `field` (`seasonality`, `milestones.rampWeights`) at `field.path`.
    pub fn four_numbers(
        &mut self,
        object: &Map<String, Value>,
        field: &Field,
    ) -> Option<Option<[f64; 4]>> {
        let (path, value) = (field.path, object.get(field.key()));
        let bounds = field.number().map_or(Bounds::POSITIVE, |n| n.bounds);
        let items = match value {
            None | Some(Value::Null) => return Some(None),
            Some(Value::Array(items)) if items.len() == 4 => items,
            Some(Value::Array(_)) => {
                self.report(path, Problem::NotFourNumbers);
                return None;
            }
            Some(_) => {
                self.report(path, Problem::NotAList);
                return None;
            }
        };
        let mut out = [0.0; 4];
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            match self.number_value(&index(path, i), item, bounds, Unit::Plain) {
                Some(x) => out[i] = x,
                None => ok = false,
            }
        }
        ok.then_some(Some(out))
    }
}

/// `parent.key`, or `key` at the top.
pub fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

/// `parent[i]`.
pub fn index(parent: &str, i: usize) -> String {
    format!("{parent}[{i}]")
}

pub const PLAN_KEYS: &[&str] = &[
    "locale",
    "currency",
    "start",
    "averageOrderValue",
    "grossMarginRate",
    "orderCosts",
    "ordersPerCustomer",
    "pastGrowthRate",
    "seasonality",
    "goal",
    "milestones",
    "targetLtvToCac",
    "marketingBudget",
    "scenarios",
    "cartAbandonmentRate",
    "alertTolerance",
    "uncertainty",
    "history",
    "channels",
];

const GOAL_KEYS: &[&str] = &["growthRate", "extraRevenue", "targetRevenue"];

/// The locale a document asks for, to write its messages in (French when unreadable).
pub fn requested_locale(value: &Value) -> Locale {
    value
        .get("locale")
        .and_then(Value::as_str)
        .and_then(Locale::parse)
        .unwrap_or_default()
}

/// JSON text as a value, or the `invalid_json` error (in French: the text says no locale).
pub fn json_value(json: &str) -> Result<Value, Vec<FieldError>> {
    serde_json::from_str::<Value>(json).map_err(|e| {
        let mut reader = Reader::new(Locale::default());
        reader.report("", Problem::InvalidJson(e.to_string()));
        reader.errors
    })
}

/// How deep a value may nest before it is refused: a plan goes five levels down, and far
/// deeper values would exhaust the stack of whatever converts them.
pub const MAX_DEPTH: usize = 64;

/// The error for a value nested deeper than [`MAX_DEPTH`].
pub fn too_deep(locale: Locale) -> Vec<FieldError> {
    let mut reader = Reader::new(locale);
    reader.report("", Problem::TooDeep(MAX_DEPTH));
    reader.errors
}

/// How many values (objects, lists and what they hold, counted on every path to them) a
/// value may hold before it is refused: a plan holds a few hundred, what a planner saves a
/// few thousand; a value that refers to one list twice, again and again, stands for billions.
pub const MAX_VALUES: usize = 20_000;

/// The error for a value of more than [`MAX_VALUES`] values.
pub fn too_large(locale: Locale) -> Vec<FieldError> {
    let mut reader = Reader::new(locale);
    reader.report("", Problem::TooLarge(MAX_VALUES));
    reader.errors
}

/// Reads a plan, reporting every problem at once.
pub fn parse_plan(value: &Value) -> Result<PlanInput, Vec<FieldError>> {
    parse_plan_from(value, false)
}

/// Reads a plan the form wrote from what was typed (`typed`), or a file.
pub fn parse_plan_from(value: &Value, typed: bool) -> Result<PlanInput, Vec<FieldError>> {
    let mut reader = Reader::new(requested_locale(value));
    reader.typed = typed;
    let plan = read_plan(&mut reader, value, PLAN_KEYS);
    match plan {
        Some(plan) if reader.errors.is_empty() => Ok(plan),
        _ => Err(reader.errors),
    }
}

/// Reads the plan's keys of `value` (an object that may also hold `known` keys).
pub fn read_plan(r: &mut Reader, value: &Value, known: &[&str]) -> Option<PlanInput> {
    let o = r.object("", value)?;
    r.reject_unknown("", o, known);

    let locale = match o.get("locale") {
        None | Some(Value::Null) => Some(Locale::default()),
        v => r.choice("locale", v, Locale::CODES).and_then(Locale::parse),
    };
    let currency = match o.get("currency") {
        None | Some(Value::Null) => Some(DEFAULT_CURRENCY.to_string()),
        v => r.string("currency", v).and_then(|c| {
            if c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()) {
                Some(c.to_string())
            } else {
                r.report("currency", Problem::InvalidCurrency);
                None
            }
        }),
    };
    if let Some(c) = &currency {
        r.currency = c.clone();
    }
    let start = read_start(r, o.get("start"));
    let aov = r.value("", o, &fields::AVERAGE_ORDER_VALUE);
    let margin = r.value("", o, &fields::GROSS_MARGIN_RATE);
    let order_costs = read_order_costs(r, o.get(fields::ORDER_COSTS.path));
    let orders_per_customer = r.value("", o, &fields::ORDERS_PER_CUSTOMER);
    let past_growth = r.field("", o, &fields::PAST_GROWTH_RATE);
    let seasonality = r.four_numbers(o, &fields::SEASONALITY);
    let milestones = read_milestones(r, o.get("milestones"));
    let ltv_to_cac = r.value("", o, &fields::TARGET_LTV_TO_CAC);
    let budget = r.field("", o, &fields::MARKETING_BUDGET);
    let scenarios = read_scenarios(r, o.get("scenarios"));
    let abandonment = r.field("", o, &fields::CART_ABANDONMENT_RATE);
    let tolerance = r.value("", o, &fields::ALERT_TOLERANCE);
    let uncertainty = read_uncertainty(r, o.get(fields::UNCERTAINTY.path));
    let history = read_history(r, o.get(fields::HISTORY.path));
    let (channels, figures) = read_channels(r, o.get("channels"));
    // The goal is checked last: a target revenue must exceed a baseline, which every
    // channel's traffic, conversion and order value give with the plan's order value, even
    // when other fields (a label, a cost) are wrong.
    let baseline = match (figures, aov) {
        (Some(figures), Some(aov)) => Some(
            figures
                .iter()
                .map(|&(sessions, cr, own)| {
                    formulas::revenue(formulas::annual_orders(sessions, cr), own.unwrap_or(aov))
                })
                .sum(),
        ),
        _ => None,
    };
    if baseline == Some(0.0) {
        r.report("channels", Problem::NoBaseline);
    }
    let goal = read_goal(r, o.get("goal"), baseline.filter(|a| *a > 0.0));

    Some(PlanInput {
        locale: locale?,
        currency: currency?,
        start: start?,
        average_order_value: aov?,
        gross_margin_rate: margin?,
        order_costs: order_costs?,
        orders_per_customer: orders_per_customer?,
        past_growth_rate: past_growth?,
        seasonality: seasonality?,
        goal: goal?,
        milestones: milestones?,
        target_ltv_to_cac: ltv_to_cac?,
        marketing_budget: budget?,
        scenarios: scenarios?,
        cart_abandonment_rate: abandonment?,
        alert_tolerance: tolerance?,
        uncertainty: uncertainty?,
        history: history?,
        channels: channels?,
    })
}

/// `orderCosts` (§4): `null` or absent is none; each absent cost is 0.
fn read_order_costs(r: &mut Reader, value: Option<&Value>) -> Option<Option<OrderCosts>> {
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return Some(None);
    };
    let path = fields::ORDER_COSTS.path;
    let o = r.object(path, value)?;
    let (per_order, returns, discount) = (
        &fields::COST_PER_ORDER,
        &fields::RETURN_RATE,
        &fields::FIRST_ORDER_DISCOUNT,
    );
    r.reject_unknown(path, o, &[per_order.key(), returns.key(), discount.key()]);
    // Each field's path is `orderCosts.…`: read from the plan's level, its key from `o`.
    let per = r.value("", o, per_order);
    let ret = r.value("", o, returns);
    let disc = r.value("", o, discount);
    Some(Some(OrderCosts {
        per_order: per?,
        return_rate: ret?,
        first_order_discount: disc?,
    }))
}

/// Baseline revenue `A` of valid channels (§2).
pub fn baseline_revenue(channels: &[ChannelInput], plan_aov: f64) -> f64 {
    channels
        .iter()
        .map(|c| {
            let orders = formulas::annual_orders(c.sessions_per_month, c.conversion_rate);
            formulas::revenue(orders, c.aov(plan_aov))
        })
        .sum()
}

fn read_start(r: &mut Reader, value: Option<&Value>) -> Option<Start> {
    let Some(value) = value.filter(|v| !v.is_null()) else {
        r.report("start", Problem::Required);
        return None;
    };
    let o = r.object("start", value)?;
    r.reject_unknown("start", o, &["year", "quarter"]);
    let year = r.integer("start.year", o.get("year"), 2000, 2100);
    let quarter = r.integer("start.quarter", o.get("quarter"), 1, 4);
    Some(Start {
        year: year? as i32,
        quarter: quarter? as u8,
    })
}

fn read_goal(r: &mut Reader, value: Option<&Value>, baseline: Option<f64>) -> Option<Goal> {
    let Some(value) = value.filter(|v| !v.is_null()) else {
        r.report("goal", Problem::Required);
        return None;
    };
    let o = r.object("goal", value)?;
    r.reject_unknown("goal", o, GOAL_KEYS);
    let given: Vec<&str> = GOAL_KEYS
        .iter()
        .copied()
        .filter(|k| o.get(*k).is_some_and(|v| !v.is_null()))
        .collect();
    match given.as_slice() {
        [] => {
            r.report("goal", Problem::GoalMissing);
            None
        }
        ["growthRate"] => r
            .value("", o, &fields::GOAL_GROWTH_RATE)
            .map(Goal::GrowthRate),
        ["extraRevenue"] => {
            let e = r.value("", o, &fields::GOAL_EXTRA_REVENUE)?;
            // At most ten times the baseline, as for a growth rate.
            let most = Bounds::new(Some((0.0, false)), Some((10.0 * baseline?, true)));
            if !most.contains(e) {
                r.report("goal.extraRevenue", Problem::OutOfRange(most, Unit::Money));
                return None;
            }
            Some(Goal::ExtraRevenue(e))
        }
        ["targetRevenue"] => {
            let t = r.value("", o, &fields::GOAL_TARGET_REVENUE)?;
            let a = baseline?;
            if t <= a {
                r.report("goal.targetRevenue", Problem::NotAboveBaseline(a));
                return None;
            }
            let most = Bounds::new(Some((a, false)), Some((11.0 * a, true)));
            if !most.contains(t) {
                r.report("goal.targetRevenue", Problem::OutOfRange(most, Unit::Money));
                return None;
            }
            Some(Goal::TargetRevenue(t))
        }
        _ => {
            r.report("goal", Problem::ConflictingGoals);
            None
        }
    }
}

fn read_milestones(r: &mut Reader, value: Option<&Value>) -> Option<Milestones> {
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return Some(Milestones::default());
    };
    let o = r.object("milestones", value)?;
    r.reject_unknown("milestones", o, &["mode", "rampWeights"]);
    let mode = match o.get("mode") {
        None | Some(Value::Null) => Some(MilestoneMode::Ramp),
        v => r
            .choice("milestones.mode", v, MilestoneMode::CODES)
            .and_then(MilestoneMode::parse),
    };
    let weights = r
        .four_numbers(o, &fields::RAMP_WEIGHTS)
        .map(|w| w.unwrap_or(DEFAULT_RAMP_WEIGHTS));
    Some(Milestones {
        mode: mode?,
        ramp_weights: weights?,
    })
}

/// `uncertainty` (§14): three half-widths, then the draws (100 to 100 000, default 4 000) and
/// the seed (a whole number below 2^53, default 42); `null` or absent: none.
fn read_uncertainty(r: &mut Reader, value: Option<&Value>) -> Option<Option<Uncertainty>> {
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return Some(None);
    };
    let path = fields::UNCERTAINTY.path;
    let o = r.object(path, value)?;
    let (traffic, conversion, aov) = (
        &fields::TRAFFIC_UNCERTAINTY,
        &fields::CONVERSION_UNCERTAINTY,
        &fields::AOV_UNCERTAINTY,
    );
    let gain = &fields::DOUBLING_GAIN_UNCERTAINTY;
    let (draws, seed) = (&fields::DRAWS, &fields::SEED);
    let known = [traffic, conversion, aov, gain, draws, seed].map(|f| f.key());
    r.reject_unknown(path, o, &known);
    let t = r.value("", o, traffic);
    let c = r.value("", o, conversion);
    let a = r.value("", o, aov);
    let d = r.value("", o, gain);
    let whole = |r: &mut Reader, field: &Field, min: i64, max: i64, default: i64| match o
        .get(field.key())
    {
        None | Some(Value::Null) => Some(default),
        v => r.integer(field.path, v, min, max),
    };
    let n = whole(r, draws, 100, 100_000, i64::from(DEFAULT_DRAWS));
    let s = whole(r, seed, 0, (1i64 << 53) - 1, DEFAULT_SEED as i64);
    Some(Some(Uncertainty {
        traffic: t?,
        conversion_rate: c?,
        average_order_value: a?,
        doubling_gain: d?,
        draws: n? as u32,
        seed: s? as u64,
    }))
}

/// `history` (§15): 12 to 36 monthly revenues ≥ 0, oldest first; `null` or absent: none.
fn read_history(r: &mut Reader, value: Option<&Value>) -> Option<Option<History>> {
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return Some(None);
    };
    let o = r.object(fields::HISTORY.path, value)?;
    r.reject_unknown(fields::HISTORY.path, o, &[fields::HISTORY_MONTHS.key()]);
    let path = fields::HISTORY_MONTHS.path;
    let items = match o.get(fields::HISTORY_MONTHS.key()) {
        None | Some(Value::Null) => {
            r.report(path, Problem::Required);
            return None;
        }
        Some(Value::Array(items)) => items,
        Some(_) => {
            r.report(path, Problem::NotAList);
            return None;
        }
    };
    if items.len() < 12 {
        r.report(path, Problem::HistoryTooShort(items.len()));
        return None;
    }
    if items.len() > 36 {
        r.report(path, Problem::HistoryTooLong(items.len()));
        return None;
    }
    let mut months = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let at = index(path, i);
        months.push(r.number(&at, Some(item), Bounds::NON_NEGATIVE, Unit::Money));
    }
    let months: Option<Vec<f64>> = months.into_iter().collect();
    Some(Some(History { months: months? }))
}

fn read_scenarios(r: &mut Reader, value: Option<&Value>) -> Option<ScenarioFactors> {
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return Some(ScenarioFactors::default());
    };
    let o = r.object("scenarios", value)?;
    r.reject_unknown("scenarios", o, &["prudent", "ambitious"]);
    let prudent = r.value("", o, &fields::PRUDENT);
    let ambitious = r.value("", o, &fields::AMBITIOUS);
    Some(ScenarioFactors {
        prudent: prudent?,
        ambitious: ambitious?,
    })
}
