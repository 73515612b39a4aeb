//! Monthly revenue as people paste it from a spreadsheet or export it as CSV: one column of
//! revenues, or a month and its revenue; tabs, semicolons or commas between cells; French or
//! English numbers; a header row or none.
//!
//! The reader is strict where a guess would be wrong: a cell it cannot read is named
//! (« Ligne 7, colonne 2 ») rather than skipped, and nothing is filled in.

use super::number::parse_number;
use crate::model::Locale;
use crate::words::history as words;

/// The fewest and the most months a history holds (§15).
pub const MIN_MONTHS: usize = 12;
pub const MAX_MONTHS: usize = 36;

/// Why a pasted history cannot be read, with where.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryError {
    /// The line (1-based) and column (1-based) of the cell, when one cell is at fault.
    pub cell: Option<(usize, usize)>,
    pub message: String,
}

/// The revenues of `text`, oldest first, as the page or a CSV file holds them.
pub fn read_history(text: &str, locale: Locale) -> Result<Vec<f64>, HistoryError> {
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        // Not `trim`: a trailing tab is an empty last cell, which must be reported.
        .map(|(i, line)| (i + 1, line.trim_matches([' ', '\r', '\u{a0}'])))
        .filter(|(_, line)| !line.is_empty())
        .collect();
    let separator = separator_of(&lines, locale);
    let mut months = Vec::with_capacity(lines.len());
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
            Some(x) => months.push(x),
            // A first line of words is a header.
            None if k == 0 => {}
            None => {
                let message = words::NOT_A_NUMBER.fill(locale, &[line, &(column + 1), cell]);
                return Err(error(at, message));
            }
        }
    }
    match months.len() {
        n if n < MIN_MONTHS => Err(error(None, words::TOO_FEW.fill(locale, &[&n]))),
        n if n > MAX_MONTHS => Err(error(None, words::TOO_MANY.fill(locale, &[&n]))),
        _ => Ok(months),
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
}
