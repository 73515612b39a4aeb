//! The month a history row names in its first cell, in the forms a French or English
//! spreadsheet or a CSV export gives it: `2024-01`, `2024-01-01`, `01/2024`, `01/01/2024`,
//! `janv. 2024`, `janvier 2024`, `Jan 2024`, `January 2024`, `jan-24`, `janv.-24`; any case,
//! accents or none.

use crate::model::Locale;
use crate::words::common;

/// A month of a year, `month` from 1 (January) to 12.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    pub month: u8,
}

impl YearMonth {
    /// The first month of `quarter` (1–4) of `year`: where a plan starting then begins.
    pub fn first_of_quarter(year: i32, quarter: u8) -> Option<Self> {
        (1..=4).contains(&quarter).then(|| YearMonth {
            year,
            month: 3 * quarter - 2,
        })
    }

    /// The month `n` months later (earlier when `n` is negative).
    pub fn plus(self, n: i64) -> Self {
        let index = self.index() + n;
        YearMonth {
            // A plan's years are four digits: the month count stays far inside an `i32`.
            year: index.div_euclid(12) as i32,
            month: index.rem_euclid(12) as u8 + 1,
        }
    }

    /// How many months `later` comes after `self` (negative when it comes before).
    pub fn months_until(self, later: YearMonth) -> i64 {
        later.index() - self.index()
    }

    /// The quarter (1–4) the month is in.
    pub fn quarter(self) -> u8 {
        self.month.div_ceil(3)
    }

    /// Whether it is the last month of its quarter (March, June, September, December).
    pub fn ends_a_quarter(self) -> bool {
        self.month % 3 == 0
    }

    fn index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }
}

/// The first and last months of a history (oldest, latest).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthSpan {
    pub first: YearMonth,
    pub last: YearMonth,
}

/// How a date with a day, a month and a year (`02/01/2024`) is read: day first as in France
/// (and most of the world), or month first as in the United States.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateOrder {
    DayFirst,
    MonthFirst,
}

/// The month `cell` names, or `None` when it names none (a header, a note, a typo).
pub(crate) fn month_of_label(cell: &str, order: DateOrder) -> Option<YearMonth> {
    let folded: String = cell
        .trim()
        .chars()
        .flat_map(char::to_lowercase)
        .map(without_accent)
        .collect();
    let (pieces, between) = pieces(&folded)?;
    let year = |p: &str| p.len() == 4 && is_number(p);
    let small = |p: &str| (1..=2).contains(&p.len()) && is_number(p);
    let date = |s: &str| matches!(s, "-" | "/" | ".");
    // Year, month, day, each as written.
    let (y, m, d) = match (pieces.as_slice(), between.as_slice()) {
        // 2024-01
        ([y, m], [s]) if date(s) && year(y) && small(m) => (*y, *m, "1"),
        // 01/2024
        ([m, y], [s]) if date(s) && small(m) && year(y) => (*y, *m, "1"),
        // 2024-01-01
        ([y, m, d], [s, t]) if s == t && date(s) && year(y) && small(m) && small(d) => (*y, *m, *d),
        // 01/01/2024, or 01/31/2024 month first
        ([a, b, y], [s, t]) if s == t && date(s) && small(a) && small(b) && year(y) => {
            match order {
                DateOrder::DayFirst => (*y, *b, *a),
                DateOrder::MonthFirst => (*y, *a, *b),
            }
        }
        // janv. 2024, January 2024, jan-2024, janv.-24
        ([name, y], [s]) => {
            let month = month_named(name)?;
            let s = s.strip_prefix('.').unwrap_or(s).trim();
            let full_year = match y.len() {
                4 if year(y) && (s.is_empty() || s == "-") => y.parse().ok()?,
                // Two digits only after a dash (`jan-24`): « janv. 24 » may be a day.
                2 if small(y) && s == "-" => 2000 + y.parse::<i32>().ok()?,
                _ => return None,
            };
            return Some(YearMonth {
                year: full_year,
                month,
            });
        }
        _ => return None,
    };
    let month: u8 = m.parse().ok().filter(|m| (1..=12).contains(m))?;
    let day: u8 = d.parse().ok()?;
    (1..=31).contains(&day).then_some(YearMonth {
        year: y.parse().ok()?,
        month,
    })
}

/// The runs of letters or of digits of `text` (`janv`, `2024`) and what lies between each
/// two (`. `, or nothing in `janv2024`); `None` when something else starts or ends it.
fn pieces(text: &str) -> Option<(Vec<&str>, Vec<&str>)> {
    #[derive(Clone, Copy, PartialEq)]
    enum Kind {
        Digit,
        Letter,
        Other,
    }
    let kind = |c: char| match c {
        c if c.is_ascii_digit() => Kind::Digit,
        c if c.is_alphabetic() => Kind::Letter,
        _ => Kind::Other,
    };
    let (mut pieces, mut between) = (Vec::new(), Vec::new());
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let mut end = start + c.len_utf8();
        while let Some(&(i, next)) = chars.peek() {
            if kind(next) != kind(c) {
                break;
            }
            end = i + next.len_utf8();
            chars.next();
        }
        let run = &text[start..end];
        match kind(c) {
            Kind::Other if pieces.is_empty() || end == text.len() => return None,
            Kind::Other => between.push(run),
            _ => {
                if pieces.len() > between.len() {
                    between.push("");
                }
                pieces.push(run);
            }
        }
    }
    (!pieces.is_empty()).then_some((pieces, between))
}

fn is_number(piece: &str) -> bool {
    piece.bytes().all(|b| b.is_ascii_digit())
}

/// The month a name or its abbreviation names, in French or English (`févr`, `fevrier`,
/// `feb`, `sept`): the start, three letters or more, of one month's name only (`jui` could
/// be juin or juillet).
fn month_named(word: &str) -> Option<u8> {
    if word.chars().count() < 3 || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    let mut found = None;
    for locale in [Locale::Fr, Locale::En] {
        let names = common::MONTH_NAMES.get(locale).split('|');
        for (month, name) in (1..=12).zip(names) {
            let name: String = name
                .chars()
                .flat_map(char::to_lowercase)
                .map(without_accent)
                .collect();
            if name.starts_with(word) {
                if found.is_some_and(|m| m != month) {
                    return None;
                }
                found = Some(month);
            }
        }
    }
    found
}

/// The letter without its accent (`é` → `e`), so that `fevr` and `févr.` read alike.
fn without_accent(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' => 'i',
        'ô' | 'ö' => 'o',
        'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        c => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{month_in_text, month_label};

    fn ym(year: i32, month: u8) -> Option<YearMonth> {
        Some(YearMonth { year, month })
    }

    fn day_first(cell: &str) -> Option<YearMonth> {
        month_of_label(cell, DateOrder::DayFirst)
    }

    #[test]
    fn every_form_a_spreadsheet_gives_is_read() {
        let forms = [
            ("2024-01", ym(2024, 1)),
            ("2024-01-01", ym(2024, 1)),
            ("2024-1", ym(2024, 1)),
            ("2024/03", ym(2024, 3)),
            ("01/2024", ym(2024, 1)),
            ("1/2024", ym(2024, 1)),
            ("11-2024", ym(2024, 11)),
            ("01/01/2024", ym(2024, 1)),
            ("31/12/2024", ym(2024, 12)),
            ("1.3.2024", ym(2024, 3)),
            ("janv. 2024", ym(2024, 1)),
            ("janvier 2024", ym(2024, 1)),
            ("Jan 2024", ym(2024, 1)),
            ("January 2024", ym(2024, 1)),
            ("jan-24", ym(2024, 1)),
            ("janv.-24", ym(2024, 1)),
            ("JANV. 2024", ym(2024, 1)),
            ("janv.2024", ym(2024, 1)),
            ("janv.\u{a0}2024", ym(2024, 1)),
            ("janv-24", ym(2024, 1)),
            ("févr. 2024", ym(2024, 2)),
            ("fevr 2024", ym(2024, 2)),
            ("Fév 2024", ym(2024, 2)),
            ("Feb-25", ym(2025, 2)),
            ("mars 2024", ym(2024, 3)),
            ("Mar 2024", ym(2024, 3)),
            ("avr.-24", ym(2024, 4)),
            ("April 2024", ym(2024, 4)),
            ("mai 2024", ym(2024, 5)),
            ("May 2024", ym(2024, 5)),
            ("juin 2024", ym(2024, 6)),
            ("Jun 2024", ym(2024, 6)),
            ("juil. 2024", ym(2024, 7)),
            ("Jul-24", ym(2024, 7)),
            ("août 2024", ym(2024, 8)),
            ("aout 2024", ym(2024, 8)),
            ("AOÛT 2024", ym(2024, 8)),
            ("Aug 2024", ym(2024, 8)),
            ("sept. 2024", ym(2024, 9)),
            ("Sep 2024", ym(2024, 9)),
            ("oct.-24", ym(2024, 10)),
            ("novembre 2024", ym(2024, 11)),
            ("déc 2025", ym(2025, 12)),
            ("dec 2025", ym(2025, 12)),
            ("Déc. 2025", ym(2025, 12)),
            ("December 2025", ym(2025, 12)),
            ("  déc.-25 ", ym(2025, 12)),
        ];
        for (cell, expected) in forms {
            assert_eq!(day_first(cell), expected, "{cell:?}");
        }
    }

    /// What the crate writes, it reads back: every month's abbreviation (`janv. 2027`) and
    /// name (`janvier 2027`), in both languages.
    #[test]
    fn the_crates_own_month_labels_read_back() {
        for locale in [Locale::Fr, Locale::En] {
            for month in 1..=12 {
                let written = [
                    month_label(2027, month, locale),
                    month_in_text(2027, month, locale),
                ];
                for cell in written {
                    assert_eq!(day_first(&cell), ym(2027, month), "{cell:?}");
                }
            }
        }
    }

    #[test]
    fn what_names_no_month_is_none() {
        for cell in [
            "",
            "Mois",
            "Total",
            "2024",
            "12500",
            "janv. 1",
            // Two digits after a space may be a day, not a year.
            "janv. 24",
            "2025-13",
            "2026-0",
            "13/2024",
            "32/01/2024",
            "01/13/2024",
            "2024-01-32",
            "01/01-2024",
            // Juin or juillet; mars or mai.
            "jui 2024",
            "ma 2024",
            "jnv 2024",
            "janv. 2024 x",
            "-2024-01",
            "2024-01.",
            "S1 2024",
            "T1 2024",
        ] {
            assert_eq!(day_first(cell), None, "{cell:?}");
        }
    }

    /// `02/01/2024` is the 2nd of January read the French way, the 1st of February read the
    /// American way; `01/31/2024` is only American.
    #[test]
    fn a_full_date_is_read_day_first_or_month_first_as_asked() {
        assert_eq!(day_first("02/01/2024"), ym(2024, 1));
        let month_first = |cell| month_of_label(cell, DateOrder::MonthFirst);
        assert_eq!(month_first("02/01/2024"), ym(2024, 2));
        assert_eq!(day_first("01/31/2024"), None);
        assert_eq!(month_first("01/31/2024"), ym(2024, 1));
        // Only full dates depend on the order.
        assert_eq!(month_first("02/2024"), ym(2024, 2));
        assert_eq!(month_first("2024-02-01"), ym(2024, 2));
    }

    #[test]
    fn months_count_across_years() {
        let dec = YearMonth {
            year: 2026,
            month: 12,
        };
        assert_eq!(dec.plus(1), ym(2027, 1).unwrap());
        assert_eq!(dec.plus(-12), ym(2025, 12).unwrap());
        assert_eq!(dec.plus(-23), ym(2025, 1).unwrap());
        assert_eq!(ym(2025, 1).unwrap().months_until(dec), 23);
        assert_eq!(YearMonth::first_of_quarter(2027, 3), ym(2027, 7));
        assert_eq!(YearMonth::first_of_quarter(2027, 5), None);
        assert_eq!(dec.quarter(), 4);
        assert!(dec.ends_a_quarter() && !dec.plus(-1).ends_a_quarter());
    }
}
