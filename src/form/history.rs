//! Monthly revenue as people paste it from a spreadsheet or export it as CSV: one column of
//! revenues, or a month and its revenue; tabs, semicolons or commas between cells; French or
//! English numbers; a header row or none.
//!
//! The reader is strict where a guess would be wrong: a cell it cannot read is named
//! (« Ligne 7, colonne 2 ») rather than skipped, and nothing is filled in. Rows that each
//! start with their month are dated by it: the months must follow each other and end the
//! month before the plan starts, rather than be silently re-dated.

mod labels;
mod months;

pub use months::{MonthSpan, YearMonth};

use super::number::parse_number;
use crate::format;
use crate::model::Locale;
use crate::words::history as words;

/// The fewest and the most months a history holds (§15).
pub const MIN_MONTHS: usize = 12;
pub const MAX_MONTHS: usize = 36;

/// The most lines and characters a history is read from: 36 months take a few dozen short
/// lines. Far more is another table pasted by mistake (a day per row), which is refused before
/// it is read, rather than read again on every keystroke.
pub const MAX_LINES: usize = 200;
pub const MAX_CHARS: usize = 20_000;

/// Why a pasted history cannot be read, with where.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryError {
    /// The line (1-based) and column (1-based) of the cell, when one cell is at fault.
    pub cell: Option<(usize, usize)>,
    pub message: String,
}

/// A history read for a plan: its revenues, oldest first, and the months they cover.
#[derive(Debug, Clone, PartialEq)]
pub struct DatedHistory {
    pub revenues: Vec<f64>,
    pub span: MonthSpan,
}

/// The revenues of `text`, oldest first, as the page or a CSV file holds them. When every
/// row starts with its month, the months must follow each other (the latest first is read
/// the other way round).
pub fn read_history(text: &str, locale: Locale) -> Result<Vec<f64>, HistoryError> {
    read_rows(text, locale).map(|(revenues, _)| revenues)
}

/// The revenues of `text` for a plan whose first month is `plan_start`, oldest first, and
/// the months they cover: the rows' own months when every row starts with one (they must
/// then end the month before `plan_start`), else the months just before `plan_start`.
pub fn read_history_before(
    text: &str,
    locale: Locale,
    plan_start: YearMonth,
) -> Result<DatedHistory, HistoryError> {
    let (revenues, labelled) = read_rows(text, locale)?;
    let span = match labelled {
        Some(span) => {
            labels::check_against_plan(span, revenues.len(), plan_start, locale)?;
            span
        }
        None => {
            let last = plan_start.plus(-1);
            let count = i64::try_from(revenues.len()).unwrap_or(i64::MAX);
            MonthSpan {
                first: last.plus(1 - count),
                last,
            }
        }
    };
    Ok(DatedHistory { revenues, span })
}

/// The revenues a plan takes from `text`: [`read_history_before`] its first month when it is
/// known, else [`read_history`] (a start that is no year and quarter has its own error).
pub fn history_for_plan(
    text: &str,
    locale: Locale,
    plan_start: Option<YearMonth>,
) -> Result<Vec<f64>, HistoryError> {
    match plan_start {
        Some(start) => read_history_before(text, locale, start).map(|h| h.revenues),
        None => read_history(text, locale),
    }
}

/// The months a history covers, to show before it is used:
/// « Historique : janvier 2025 – décembre 2026 ».
pub fn span_sentence(span: MonthSpan, locale: Locale) -> String {
    let (first, last) = (
        labels::named(span.first, locale),
        labels::named(span.last, locale),
    );
    words::SPAN.fill(locale, &[&first, &last])
}

/// The revenues, oldest first, and the months the rows name when each names one.
fn read_rows(text: &str, locale: Locale) -> Result<(Vec<f64>, Option<MonthSpan>), HistoryError> {
    // Each count stops at its limit: 100 000 lines cost no more than 201. Lines first, as a
    // table pasted whole is the likelier mistake.
    if text.lines().nth(MAX_LINES).is_some() {
        return Err(error(
            None,
            words::TOO_MANY_LINES.fill(locale, &[&MAX_LINES]),
        ));
    }
    if text.chars().nth(MAX_CHARS).is_some() {
        let most = format::count(MAX_CHARS as f64, locale);
        return Err(error(None, words::TOO_LONG.fill(locale, &[&most])));
    }
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        // Not `trim`: a trailing tab is an empty last cell, which must be reported.
        .map(|(i, line)| (i + 1, line.trim_matches([' ', '\r', '\u{a0}'])))
        .filter(|(_, line)| !line.is_empty())
        .collect();
    let separator = separator_of(&lines, locale);
    let mut revenues = Vec::with_capacity(lines.len());
    // Each revenue's line, and its first cell when the revenue is not alone on it.
    let mut first_cells = Vec::with_capacity(lines.len());
    for (k, (line, text)) in lines.iter().enumerate() {
        let cells: Vec<&str> = match separator {
            Some(sep) => text.split(sep).map(clean).collect(),
            None => vec![clean(text)],
        };
        // The revenue is the last cell (a month may come first); a row whose last cell is
        // empty has no revenue, and says where.
        let Some((column, cell)) = cells.iter().enumerate().next_back() else {
            continue;
        };
        if cell.is_empty() {
            let at = Some((*line, column + 1));
            return Err(error(at, words::BLANK.fill(locale, &[line, &(column + 1)])));
        }
        let at = Some((*line, column + 1));
        let value = parse_number(cell, locale)
            .ok()
            .flatten()
            .or_else(|| parse_number(cell, other(locale)).ok().flatten());
        match value {
            Some(x) if x < 0.0 => {
                return Err(error(
                    at,
                    words::NEGATIVE.fill(locale, &[line, &(column + 1)]),
                ));
            }
            Some(x) => {
                revenues.push(x);
                first_cells.push((*line, (column > 0).then(|| cells[0])));
            }
            // A first line of words is a header.
            None if k == 0 => {}
            None => {
                let message = words::NOT_A_NUMBER.fill(locale, &[line, &(column + 1), cell]);
                return Err(error(at, message));
            }
        }
    }
    let labelled = labels::read_labels(&first_cells, locale).transpose()?;
    if labelled.is_some_and(|l| l.newest_first) {
        revenues.reverse();
    }
    match revenues.len() {
        n if n < MIN_MONTHS => Err(error(None, words::TOO_FEW.fill(locale, &[&n]))),
        n if n > MAX_MONTHS => Err(error(None, words::TOO_MANY.fill(locale, &[&n]))),
        _ => Ok((revenues, labelled.map(|l| l.span))),
    }
}

fn error(cell: Option<(usize, usize)>, message: String) -> HistoryError {
    HistoryError { cell, message }
}

fn other(locale: Locale) -> Locale {
    match locale {
        Locale::Fr => Locale::En,
        Locale::En => Locale::Fr,
    }
}

/// A cell without its spaces and quotes.
fn clean(cell: &str) -> &str {
    cell.trim().trim_matches('"').trim()
}

/// Tabs (a spreadsheet's paste), else semicolons (a French CSV), else commas when every line
/// has one and a comma cannot be the number's own (an English CSV of months and revenues),
/// else one column.
fn separator_of(lines: &[(usize, &str)], locale: Locale) -> Option<char> {
    let everywhere = |c: char| !lines.is_empty() && lines.iter().all(|(_, l)| l.contains(c));
    let anywhere = |c: char| lines.iter().any(|(_, l)| l.contains(c));
    if anywhere('\t') {
        return Some('\t');
    }
    if anywhere(';') {
        return Some(';');
    }
    // One column of French numbers has commas of its own; so has an English "12,500".
    let single_column = lines.iter().all(|(_, l)| parse_number(l, locale).is_ok());
    (everywhere(',') && !single_column).then_some(',')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn twelve(first: &str) -> String {
        std::iter::once(first.to_string())
            .chain((2..=12).map(|m| format!("{}", m * 1000)))
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn one_column_in_either_style() {
        let fr = twelve("12 500,5");
        assert_eq!(read_history(&fr, Locale::Fr).unwrap()[0], 12500.5);
        let en = twelve("12,500.5");
        assert_eq!(read_history(&en, Locale::En).unwrap()[0], 12500.5);
    }

    #[test]
    fn months_and_revenues_with_a_header_and_any_separator() {
        for sep in ["\t", ";", ","] {
            let mut text = format!("Mois{sep}CA\n");
            for m in 1..=14 {
                text += &format!("2025-{m:02}{sep}{}\n", m * 100);
            }
            let months = read_history(&text, Locale::En).unwrap();
            assert_eq!(months.len(), 14, "{sep:?}");
            assert_eq!(months[13], 1400.0);
        }
        // A French CSV: semicolons, decimal commas, quotes.
        let text = (1..=12)
            .map(|m| format!("\"janv. {m}\";\"1 234,5\""))
            .collect::<Vec<_>>()
            .join("\r\n");
        assert_eq!(read_history(&text, Locale::Fr).unwrap(), vec![1234.5; 12]);
    }

    #[test]
    fn what_cannot_be_read_is_named() {
        let text = twelve("1000").replace("7000", "sept mille");
        let e = read_history(&text, Locale::Fr).unwrap_err();
        assert_eq!(e.cell, Some((7, 1)));
        assert!(e.message.starts_with("Ligne 7, colonne 1"), "{}", e.message);
        let e = read_history(&twelve("-5"), Locale::En).unwrap_err();
        assert_eq!(e.cell, Some((1, 1)));
        let eleven: String = (1..=11).map(|m| format!("{m}\n")).collect();
        let e = read_history(&eleven, Locale::Fr).unwrap_err();
        assert_eq!(e.cell, None);
        assert!(e.message.contains("11"), "{}", e.message);
        // A month without its revenue: the empty cell is named.
        let gap: String = (1..=12)
            .map(|m| {
                format!(
                    "2025-{m:02};{}\n",
                    if m == 5 { String::new() } else { m.to_string() }
                )
            })
            .collect();
        let e = read_history(&gap, Locale::Fr).unwrap_err();
        assert_eq!(e.cell, Some((5, 2)));
        let e = read_history(&gap.replace(';', "\t"), Locale::En).unwrap_err();
        assert_eq!(e.cell, Some((5, 2)));
        assert!(e.message.contains("blank"), "{}", e.message);
        let many: String = (1..=37).map(|m| format!("{m}\n")).collect();
        assert!(read_history(&many, Locale::En)
            .unwrap_err()
            .message
            .contains("37"));
    }
    // Months as their labels.

    const EN: Locale = Locale::En;
    const FR: Locale = Locale::Fr;

    fn ym(year: i32, month: u8) -> YearMonth {
        YearMonth { year, month }
    }

    /// `n` rows from `first`, each labelled by `label`, with revenues 1 000, 1 001…
    fn labelled(first: YearMonth, n: i64, label: impl Fn(YearMonth) -> String) -> String {
        (0..n)
            .map(|k| format!("{}\t{}\n", label(first.plus(k)), 1000 + k))
            .collect()
    }

    /// The same rows, the latest first.
    fn reversed(rows: &str) -> String {
        rows.lines().rev().map(|l| format!("{l}\n")).collect()
    }

    fn iso(m: YearMonth) -> String {
        format!("{}-{:02}", m.year, m.month)
    }

    /// The revenues of the same rows without their labels: 1 000, 1 001…
    fn column(n: usize) -> Vec<f64> {
        (0..n).map(|k| 1000.0 + k as f64).collect()
    }

    const JANUARY_2027: YearMonth = YearMonth {
        year: 2027,
        month: 1,
    };

    /// The merchant's report: « janv. 2024 … déc. 2025 » for a plan starting in January
    /// 2027 were taken as January 2025 … December 2026. Now the months are named, with what
    /// the plan needs and how to fix it.
    #[test]
    fn rows_a_year_before_the_plans_months_are_an_error_that_names_them() {
        let text = labelled(ym(2024, 1), 24, |m| {
            crate::text::month_label(m.year, m.month, FR)
        });
        assert!(text.starts_with("janv. 2024\t1000\n") && text.ends_with("déc. 2025\t1023\n"));
        let e = read_history_before(&text, FR, JANUARY_2027).unwrap_err();
        assert_eq!(e.cell, None);
        assert_eq!(
            e.message,
            "Les 24 mois de l’historique vont de janvier\u{a0}2024 à décembre\u{a0}2025, mais le \
             plan commence en janvier\u{a0}2027\u{202f}: il s’appuie sur les 12 à 36 mois qui le \
             précèdent, jusqu’à décembre\u{a0}2026. Ajoutez les 12 mois de janvier\u{a0}2026 à \
             décembre\u{a0}2026, ou faites commencer le plan au T1\u{a0}2026."
        );
        let e = read_history_before(&text, EN, JANUARY_2027).unwrap_err();
        assert_eq!(
            e.message,
            "The history’s 24 months run from January\u{a0}2024 to December\u{a0}2025, but the \
             plan starts in January\u{a0}2027: it builds on the 12 to 36 months before it, up to \
             December\u{a0}2026. Add the 12 months from January\u{a0}2026 to December\u{a0}2026, \
             or start the plan in Q1\u{a0}2026."
        );
        // The same rows for a plan starting in January 2026 are its history.
        let h = read_history_before(&text, FR, ym(2026, 1)).unwrap();
        assert_eq!(h.revenues, column(24));
        assert_eq!(
            h.span,
            MonthSpan {
                first: ym(2024, 1),
                last: ym(2025, 12)
            }
        );
    }

    /// Rows one month short, or running into the plan: one month or several, said with the
    /// right number, and the start offered only when the rows end a quarter.
    #[test]
    fn how_to_make_the_rows_meet_the_plan() {
        let fix = |first, n, locale| {
            let text = labelled(first, n, iso);
            let message = read_history_before(&text, locale, JANUARY_2027)
                .unwrap_err()
                .message;
            message.split(". ").last().unwrap().replace('\u{a0}', " ")
        };
        // Up to November 2026: December is missing; no quarter starts in December.
        assert_eq!(fix(ym(2025, 12), 12, FR), "Ajoutez décembre 2026.");
        assert_eq!(fix(ym(2025, 12), 12, EN), "Add December 2026.");
        // Up to March 2027: three months of the plan's own, and the plan could start in Q2.
        assert_eq!(
            fix(ym(2025, 4), 24, FR),
            "Retirez les 3 mois de janvier 2027 à mars 2027, qui appartiennent au plan, ou \
             faites commencer le plan au T2 2027."
        );
        assert_eq!(
            fix(ym(2025, 4), 24, EN),
            "Remove the 3 months from January 2027 to March 2027, which belong to the plan, or \
             start the plan in Q2 2027."
        );
        assert_eq!(
            fix(ym(2025, 2), 24, FR),
            "Retirez janvier 2027, qui appartient au plan."
        );
        assert_eq!(
            fix(ym(2025, 2), 24, EN),
            "Remove January 2027, which belongs to the plan."
        );
        // From April: « d’avril ». 21 months and the 6 missing make 27: they can be added.
        let text = labelled(ym(2025, 4), 21, iso);
        let e = read_history_before(&text, FR, ym(2027, 7)).unwrap_err();
        assert!(
            e.message
                .contains("vont d’avril\u{a0}2025 à décembre\u{a0}2026"),
            "{}",
            e.message
        );
        assert!(e.message.ends_with("Ajoutez les 6 mois de janvier\u{a0}2027 à juin\u{a0}2027, ou faites commencer le plan au T1\u{a0}2027."), "{}", e.message);
        // Too far back to add, too few to remove: the months to paste.
        assert_eq!(
            fix(ym(2010, 1), 24, FR),
            "Collez les mois jusqu’à décembre 2026, ou faites commencer le plan au T1 2012."
        );
        assert_eq!(
            fix(ym(2026, 3), 12, EN),
            "Paste the months up to December 2026."
        );
    }

    /// Labelled rows that end the month before the plan are its history: the same numbers as
    /// the column without labels, whichever form the labels take, oldest or latest first.
    #[test]
    fn rows_ending_the_month_before_the_plan_give_the_columns_numbers() {
        let labels: [fn(YearMonth) -> String; 5] = [
            iso,
            |m| format!("01/{:02}/{}", m.month, m.year),
            |m| crate::text::month_label(m.year, m.month, Locale::Fr),
            |m| crate::text::month_in_text(m.year, m.month, Locale::En),
            |m| {
                format!(
                    "{}-{}",
                    crate::text::month_label(m.year, m.month, Locale::Fr)
                        .split(' ')
                        .next()
                        .unwrap(),
                    m.year % 100
                )
            },
        ];
        let unlabelled = column(24)
            .iter()
            .map(|x| format!("{x}\n"))
            .collect::<String>();
        let plain = read_history_before(&unlabelled, FR, JANUARY_2027).unwrap();
        assert_eq!(plain.revenues, column(24));
        let span = MonthSpan {
            first: ym(2025, 1),
            last: ym(2026, 12),
        };
        assert_eq!(plain.span, span);
        for label in labels {
            let text = format!("Mois\tCA\n{}", labelled(ym(2025, 1), 24, label));
            assert_eq!(
                read_history_before(&text, FR, JANUARY_2027),
                Ok(plain.clone()),
                "{text}"
            );
            // The latest first: the same months, turned round.
            let latest_first = format!("Mois\tCA\n{}", reversed(&labelled(ym(2025, 1), 24, label)));
            assert_eq!(
                read_history_before(&latest_first, EN, JANUARY_2027),
                Ok(plain.clone())
            );
        }
        assert_eq!(
            history_for_plan(&labelled(ym(2025, 1), 24, iso), FR, Some(JANUARY_2027)),
            Ok(column(24))
        );
        // An American export (`1/1/2025`, `2/1/2025`…) is read month first, as only that fits.
        let american = labelled(ym(2025, 1), 24, |m| format!("{}/1/{}", m.month, m.year));
        assert_eq!(read_history_before(&american, EN, JANUARY_2027), Ok(plain));
    }

    /// A gap, a month twice, a month out of place: the line is named, with the month.
    #[test]
    fn gaps_repeats_and_disorder_are_named_by_line() {
        // With a header: the months are on lines 2 to 25.
        let months = format!(
            "Mois;CA\n{}",
            labelled(ym(2025, 1), 24, iso).replace('\t', ";")
        );
        let without = |skipped: &[&str]| -> String {
            months
                .lines()
                .filter(|l| !skipped.iter().any(|s| l.starts_with(s)))
                .map(|l| format!("{l}\n"))
                .collect()
        };
        let error = |text: &str, locale| read_history(text, locale).unwrap_err();
        // March 2025 left out: named on the line of April.
        let e = error(&without(&["2025-03"]), FR);
        assert_eq!(e.cell, Some((4, 1)));
        assert_eq!(
            e.message,
            "Ligne 4, colonne 1\u{202f}: il manque mars\u{a0}2025. Ajoutez ce mois (0 pour un mois sans vente)."
        );
        let e = error(&without(&["2025-03", "2025-04", "2025-05"]), EN);
        assert_eq!(e.cell, Some((4, 1)));
        assert_eq!(
            e.message,
            "Line 4, column 1: the 3 months from March\u{a0}2025 to May\u{a0}2025 are missing. Add them (0 for a month without sales)."
        );
        let e = error(&without(&["2025-08", "2025-09"]), FR);
        assert!(
            e.message
                .contains("il manque les 2 mois d’août\u{a0}2025 à septembre\u{a0}2025."),
            "{}",
            e.message
        );
        // June twice.
        let twice = months.replace("2025-07", "2025-06");
        let e = error(&twice, FR);
        assert_eq!(e.cell, Some((8, 1)));
        assert_eq!(
            e.message,
            "Ligne 8, colonne 1\u{202f}: juin\u{a0}2025 figure déjà ligne 7. Gardez une ligne par mois."
        );
        assert!(error(&twice, EN)
            .message
            .starts_with("Line 8, column 1: June\u{a0}2025 is already on line 7."));
        // May and June swapped: May is expected on June's line.
        let swapped = months
            .replace("2025-05", "x")
            .replace("2025-06", "2025-05")
            .replace('x', "2025-06");
        let e = error(&swapped, FR);
        assert_eq!(e.cell, Some((6, 1)));
        assert_eq!(
            e.message,
            "Ligne 6, colonne 1\u{202f}: juin\u{a0}2025 n’est pas à sa place, mai\u{a0}2025 est attendu ici. Rangez les mois dans l’ordre, du plus ancien au plus récent."
        );
        let e = error(&swapped, EN);
        assert_eq!(e.message, "Line 6, column 1: June\u{a0}2025 is out of order; May\u{a0}2025 is expected here. Put the months in order, oldest first.");
        // A month back in time, not there before.
        let e = error(&months.replace("2026-12", "2024-12"), EN);
        assert_eq!(e.cell, Some((25, 1)));
        assert!(
            e.message
                .contains("December\u{a0}2024 is out of order; December\u{a0}2026 is expected"),
            "{}",
            e.message
        );
        // The latest first, with a gap: named where it is.
        let latest_first = format!("Mois;CA\n{}", reversed(&without(&["Mois", "2026-10"])));
        let e = error(&latest_first, FR);
        // Header, December, November, then September on line 4.
        assert_eq!(e.cell, Some((4, 1)));
        assert!(
            e.message.contains("il manque octobre\u{a0}2026."),
            "{}",
            e.message
        );
    }

    /// Rows without a month for each are dated by the plan's start, as before: the first cells
    /// that are no months (`2025-13`) are ignored, not read as months.
    #[test]
    fn rows_without_their_months_are_dated_by_the_plan() {
        let pseudo: String = (1..=24)
            .map(|m| format!("2025-{m:02}\t{}\n", 999 + m))
            .collect();
        let h = read_history_before(&pseudo, FR, ym(2027, 4)).unwrap();
        assert_eq!(h.revenues, column(24));
        assert_eq!(
            h.span,
            MonthSpan {
                first: ym(2025, 4),
                last: ym(2027, 3)
            }
        );
        let one_column: String = column(12).iter().map(|x| format!("{x}\n")).collect();
        let h = read_history_before(&one_column, EN, ym(2027, 1)).unwrap();
        assert_eq!(
            h.span,
            MonthSpan {
                first: ym(2026, 1),
                last: ym(2026, 12)
            }
        );
        assert_eq!(history_for_plan(&pseudo, EN, None), Ok(column(24)));
        // A history that cannot be read has no span.
        assert!(read_history_before("1\n2", FR, JANUARY_2027).is_err());
    }

    #[test]
    fn the_span_in_a_sentence() {
        let span = MonthSpan {
            first: ym(2025, 1),
            last: ym(2026, 12),
        };
        assert_eq!(
            span_sentence(span, FR),
            "Historique\u{202f}: janvier\u{a0}2025\u{a0}– décembre\u{a0}2026"
        );
        assert_eq!(
            span_sentence(span, EN),
            "History: January\u{a0}2025\u{a0}– December\u{a0}2026"
        );
    }
}
