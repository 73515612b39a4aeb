//! A history whose rows start with their months (§15): the months must follow each other, and
//! end the month before the plan starts. Otherwise the visitor is told which line is wrong, or
//! which months the rows cover and which the plan needs, rather than the rows being re-dated.

use super::months::{month_of_label, DateOrder, MonthSpan, YearMonth};
use super::{error, HistoryError, MAX_MONTHS, MIN_MONTHS};
use crate::model::Locale;
use crate::text::{from_month, month_in_text, quarter_in_text, quarter_label};
use crate::words::{history as words, Words};

/// The months the rows name.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Labelled {
    pub span: MonthSpan,
    /// The latest month came first: the revenues are to be reversed.
    pub newest_first: bool,
}

/// The months the rows' first cells name, checked to follow each other; `None` when some
/// row's first cell names no month (or it has none): the rows are then dated by the plan's
/// start, as before labels were read. `labels`: each row's line and first cell, if it has one
/// besides its revenue.
pub(super) fn read_labels(
    labels: &[(usize, Option<&str>)],
    locale: Locale,
) -> Option<Result<Labelled, HistoryError>> {
    let reading = |order| {
        labels
            .iter()
            .map(|&(line, cell)| Some((line, month_of_label(cell?, order)?)))
            .collect::<Option<Vec<_>>>()
            .filter(|rows| !rows.is_empty())
    };
    // Day first, as in France; month first only when that alone makes the rows follow each
    // other (an American export: `1/1/2024`, `2/1/2024`…, or `1/31/2024`, `2/29/2024`…).
    let mut checked = [DateOrder::DayFirst, DateOrder::MonthFirst]
        .into_iter()
        .filter_map(reading)
        .map(|rows| consecutive(&rows, locale));
    let first = checked.next()?;
    Some(match first {
        Ok(labelled) => Ok(labelled),
        Err(e) => checked.find(Result::is_ok).unwrap_or(Err(e)),
    })
}

/// Each month the one after the row before (or the one before it, when the latest comes
/// first); else the first row out of step is named, with what is wrong with it.
fn consecutive(rows: &[(usize, YearMonth)], l: Locale) -> Result<Labelled, HistoryError> {
    let newest_first = matches!(rows, [(_, a), (_, b), ..] if b < a);
    let step = if newest_first { -1 } else { 1 };
    for (k, pair) in rows.windows(2).enumerate() {
        let ((_, previous), (line, month)) = (pair[0], pair[1]);
        let expected = previous.plus(step);
        if month == expected {
            continue;
        }
        let earlier = rows[..=k].iter().find(|(_, m)| *m == month);
        let expected_later = rows[k + 2..].iter().any(|(_, m)| *m == expected);
        let ahead = expected.months_until(month) * step > 0;
        let message = match earlier {
            Some((earlier, _)) => {
                words::DUPLICATE_MONTH.fill(l, &[&line, &1, &named(month, l), earlier])
            }
            None if expected_later || !ahead => {
                words::OUT_OF_ORDER.fill(l, &[&line, &1, &named(month, l), &named(expected, l)])
            }
            None => {
                let (oldest, latest) = (previous.min(month), previous.max(month));
                let (from, to) = (oldest.plus(1), latest.plus(-1));
                match from.months_until(to) + 1 {
                    1 => words::MISSING_MONTH.fill(l, &[&line, &1, &named(from, l)]),
                    n => words::MISSING_MONTHS
                        .fill(l, &[&line, &1, &n, &starting(from, l), &named(to, l)]),
                }
            }
        };
        return Err(error(Some((line, 1)), message));
    }
    let (first, last) = (rows[0].1, rows[rows.len() - 1].1);
    let span = match newest_first {
        false => MonthSpan { first, last },
        true => MonthSpan {
            first: last,
            last: first,
        },
    };
    Ok(Labelled { span, newest_first })
}

/// The labelled months of a history of `count` months must end the month before the plan's
/// first month; else the error says which months they cover, which the plan needs, and how
/// to make them meet.
pub(super) fn check_against_plan(
    span: MonthSpan,
    count: usize,
    plan_start: YearMonth,
    l: Locale,
) -> Result<(), HistoryError> {
    let needed_last = plan_start.plus(-1);
    let off = needed_last.months_until(span.last);
    if off == 0 {
        return Ok(());
    }
    let what = words::NOT_BEFORE_THE_PLAN.fill(
        l,
        &[
            &count,
            &starting(span.first, l),
            &named(span.last, l),
            &named(plan_start, l),
            &named(needed_last, l),
        ],
    );
    // Months to add or remove, as long as 12 to 36 remain; else the months to paste.
    let k = usize::try_from(off.unsigned_abs()).unwrap_or(usize::MAX);
    let rows = if off < 0 && count.saturating_add(k) <= MAX_MONTHS {
        months_to(
            words::ADD_MONTH,
            words::ADD_MONTHS,
            span.last.plus(1),
            needed_last,
            l,
        )
    } else if off > 0 && count >= MIN_MONTHS.saturating_add(k) {
        months_to(
            words::REMOVE_MONTH,
            words::REMOVE_MONTHS,
            plan_start,
            span.last,
            l,
        )
    } else {
        words::PASTE_UP_TO.fill(l, &[&named(needed_last, l)])
    };
    // A plan starts with a quarter: it can follow rows that end one.
    let fix = if span.last.ends_a_quarter() {
        let next = span.last.plus(1);
        let quarter = quarter_in_text(&quarter_label(next.year, next.quarter(), l));
        words::FIX_OR_START.fill(l, &[&rows, &quarter])
    } else {
        format!("{rows}.")
    };
    Err(error(None, format!("{what} {fix}")))
}

/// « Ajoutez décembre 2026 », « Ajoutez les 12 mois de janvier 2026 à décembre 2026 ».
fn months_to(one: Words, many: Words, from: YearMonth, to: YearMonth, l: Locale) -> String {
    match from.months_until(to) + 1 {
        1 => one.fill(l, &[&named(from, l)]),
        n => many.fill(l, &[&n, &starting(from, l), &named(to, l)]),
    }
}

/// `décembre 2026`, `December 2026`.
pub(super) fn named(month: YearMonth, l: Locale) -> String {
    month_in_text(month.year, month.month, l)
}

/// `de janvier 2026`, `d’avril 2026`, `from April 2026`.
fn starting(month: YearMonth, l: Locale) -> String {
    from_month(month.year, month.month, l)
}
