//! The closed quarters of the review view: each one's revenue, then each channel's figures,
//! with what the form's state does not hold beside them: the last valid plan's targets, and
//! whether the quarter is over by the page's clock.

use super::*;
use crate::format::{self, Money};
use crate::output::{PlanOutput, Quarter};

/// What the form shows beside the closed quarters that its state does not hold.
#[derive(Debug, Clone, Copy, Default)]
pub struct FormContext<'a> {
    /// The last valid plan: each closed quarter's targets beside the figures typed.
    pub plan: Option<&'a PlanOutput>,
    /// The page's clock (year, month 1–12): a quarter closed before its end says so.
    pub today: Option<(i32, u8)>,
}

/// The closed quarters: each one's revenue, then each channel's sessions, orders and spend.
pub(super) fn actuals(state: &FormState, cx: &FormContext) -> Group {
    let l = state.locale;
    let labels = state.quarter_labels();
    let n = state.actuals.len();
    let rows: Vec<QuarterView> = state
        .actuals
        .iter()
        .enumerate()
        .map(|(i, q)| quarter(state, cx, i, q, labels.get(i).map_or("", String::as_str)))
        .collect();
    let list = match n {
        0 => Item::Empty {
            text: words::NO_CLOSED_QUARTER_YET.get(l).to_string(),
        },
        _ => Item::Quarters { rows },
    };
    let add = match labels.get(n) {
        Some(next) => format!("{} {next}", words::CLOSE_QUARTER.get(l)),
        None => words::ALL_QUARTERS_CLOSED.get(l).to_string(),
    };
    let remove = match n.checked_sub(1).and_then(|i| labels.get(i)) {
        Some(last) => format!("{} {last}", words::REOPEN_QUARTER.get(l)),
        None => words::REOPEN_THE_LAST_QUARTER.get(l).to_string(),
    };
    group(
        Some("actuals"),
        "bp-group",
        words::CLOSED_QUARTERS.get(l),
        Some(words::CLOSED_QUARTERS_HINT.get(l)),
        vec![
            list,
            Item::GroupError {
                id: error_slot_id("actuals"),
            },
            Item::Buttons {
                class: "bp-row-actions bp-quarter-actions",
                buttons: vec![
                    Button::new(Action::AddQuarter, add).disabled(n >= MAX_ACTUALS),
                    Button::new(Action::RemoveQuarter, remove).disabled(n == 0),
                ],
            },
        ],
    )
}

/// Closed quarter `i` (`label`): its revenue with the plan's target as its hint, a note when
/// it is not over yet, and each channel's figures with what the plan expected of them.
fn quarter(
    state: &FormState,
    cx: &FormContext,
    i: usize,
    q: &QuarterRow,
    label: &str,
) -> QuarterView {
    let l = state.locale;
    let planned = cx.plan.and_then(|out| out.quarters.get(i));
    let field = &fields::ACTUAL_REVENUE;
    let mut revenue = Num::of(
        field,
        format!("actuals[{i}].{}", field.path),
        &q.revenue,
        state,
    );
    revenue.hint = planned.map(|p| {
        let target = Money {
            amount: p.target_revenue,
            currency: &state.currency,
            locale: l,
        };
        words::QUARTER_TARGET.fill(l, &[&target])
    });
    let note = not_over(state, i, cx.today).map(|(year, quarter)| {
        let mut days = words::QUARTER_LAST_DAYS.get(l).split('|');
        let last_day = days.nth(usize::from(quarter) - 1).unwrap_or_default();
        words::QUARTER_NOT_OVER.fill(l, &[&label, &last_day, &year])
    });
    let mut revenue = number(revenue, l);
    if let (Control::Input(input), Some(_)) = (&mut revenue, &note) {
        // Read with the field, as its hint is.
        input.described_by.push_str(&format!(" {}-note", input.id));
    }
    let channels = state
        .channels
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let figures = q.channels.get(&c.id);
            let name = c.label.trim();
            let controls = ACTUAL_FIGURES
                .iter()
                .map(|field| {
                    let name = format!("actuals[{i}].channels[{k}].{}", field.path);
                    let value = figures.and_then(|f| f.text(field.path)).unwrap_or_default();
                    let mut num = Num::of(field, name, value, state);
                    num.hint = planned_figure(planned, &c.id, field.path, l);
                    number(num, l)
                })
                .collect();
            ChannelView {
                id: c.id.clone(),
                legend: match name.is_empty() {
                    true => format!("{} {}", common::CHANNEL.get(l), k + 1),
                    false => name.to_string(),
                },
                controls,
                buttons: Vec::new(),
            }
        })
        .collect();
    QuarterView {
        key: i.to_string(),
        legend: label.to_string(),
        note,
        revenue,
        hint: words::BY_CHANNEL_OPTIONAL.get(l).to_string(),
        channels,
    }
}

/// « Prévu : 75 000 »: the sessions or orders the plan expected of channel `id` over the
/// quarter (none for the spend, nor for a channel the plan does not have).
fn planned_figure(planned: Option<&Quarter>, id: &str, path: &str, l: Locale) -> Option<String> {
    let channel = planned?.channels.iter().find(|c| &*c.id == id)?;
    let figure = match path {
        "sessions" => crate::formulas::quarter_sessions(channel.target_sessions_per_month),
        "orders" => channel.planned_orders,
        _ => return None,
    };
    Some(words::PLANNED_FIGURE.fill(l, &[&format::count(figure, l)]))
}

/// The year and calendar quarter of the plan's quarter `i` when, by the page's clock, it is
/// not over yet (a quarter ends with its third month).
fn not_over(state: &FormState, i: usize, today: Option<(i32, u8)>) -> Option<(i32, u8)> {
    let (year, first) = state.start()?;
    let n = i32::from(first) - 1 + i as i32;
    let (year, quarter) = (year + n / 4, (n % 4) as u8 + 1);
    (today? <= (year, quarter * 3)).then_some((year, quarter))
}
