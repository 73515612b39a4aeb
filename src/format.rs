//! Numbers for people, with each locale's conventions.
//!
//! French: `1 560 000 €`, `+30 %`, `2,5 %` (narrow no-break space between groups,
//! no-break space before the unit, decimal comma). English: `€1,560,000`, `+30%`, `2.5%`.
//! Only display rounds; the engine never does.

use crate::model::Locale;

/// Narrow no-break space: French thousands separator and space before `%`.
pub const NNBSP: char = '\u{202F}';
/// No-break space: French space before a currency symbol.
pub const NBSP: char = '\u{00A0}';

/// `x` with `decimals` digits after the separator and grouped thousands.
pub fn number(x: f64, decimals: usize, locale: Locale) -> String {
    let (group, point) = match locale {
        Locale::Fr => (NNBSP, ','),
        Locale::En => (',', '.'),
    };
    let text = format!("{:.*}", decimals, x.abs());
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let negative = x < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0');
    let mut out = String::with_capacity(text.len() + 8);
    if negative {
        out.push('−');
    }
    let digits = int_part.len();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push(group);
        }
        out.push(c);
    }
    if let Some(f) = frac_part {
        out.push(point);
        out.push_str(f);
    }
    out
}

/// Decimals that keep about three significant digits for small values, none for large ones.
fn auto_decimals(x: f64) -> usize {
    let a = x.abs();
    if a >= 100.0 || a == 0.0 {
        0
    } else if a >= 10.0 {
        1
    } else {
        2
    }
}

/// A number with as many decimals as it deserves, trailing zeros removed.
pub fn amount(x: f64, locale: Locale) -> String {
    trim_zeros(number(x, auto_decimals(x), locale), locale)
}

fn trim_zeros(s: String, locale: Locale) -> String {
    let point = match locale {
        Locale::Fr => ',',
        Locale::En => '.',
    };
    if !s.contains(point) {
        return s;
    }
    let trimmed = s.trim_end_matches('0').trim_end_matches(point);
    trimmed.to_string()
}

/// The symbol of a currency, and whether English writes it before the number.
fn currency_symbol(code: &str, locale: Locale) -> &str {
    match (code, locale) {
        ("EUR", _) => "€",
        ("USD", Locale::En) => "$",
        ("USD", Locale::Fr) => "$\u{00A0}US",
        ("GBP", _) => "£",
        ("CAD", Locale::En) => "CA$",
        ("CAD", Locale::Fr) => "$\u{00A0}CA",
        ("JPY", _) => "¥",
        _ => code,
    }
}

/// Money: whole units from 100 up, cents below (`1 560 000 €`, `0,80 €`; `€1,560,000`, `€0.80`).
pub fn money(x: f64, currency: &str, locale: Locale) -> String {
    let decimals = if x.abs() >= 100.0 || x.fract() == 0.0 {
        0
    } else {
        2
    };
    let n = number(x, decimals, locale);
    let symbol = currency_symbol(currency, locale);
    match locale {
        Locale::Fr => format!("{n}{NBSP}{symbol}"),
        Locale::En => {
            let letters = symbol.chars().all(|c| c.is_ascii_uppercase());
            let (sign, digits) = match n.strip_prefix('−') {
                Some(rest) => ("−", rest),
                None => ("", n.as_str()),
            };
            if letters {
                format!("{sign}{symbol}{NBSP}{digits}")
            } else {
                format!("{sign}{symbol}{digits}")
            }
        }
    }
}

/// A rate as a percentage with up to `max_decimals` decimals (`2,5 %`, `2.5%`).
pub fn percent(rate: f64, max_decimals: usize, locale: Locale) -> String {
    let n = trim_zeros(number(rate * 100.0, max_decimals, locale), locale);
    match locale {
        Locale::Fr => format!("{n}{NNBSP}%"),
        Locale::En => format!("{n}%"),
    }
}

/// A growth rate with its sign (`+30 %`, `−5 %`; `+30%`).
pub fn signed_percent(rate: f64, max_decimals: usize, locale: Locale) -> String {
    let p = percent(rate, max_decimals, locale);
    if p.starts_with('−') {
        p
    } else {
        format!("+{p}")
    }
}

/// A count of things, rounded to a whole number (`65 000`, `65,000`).
pub fn count(x: f64, locale: Locale) -> String {
    number(x, 0, locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_english_conventions() {
        let fr = Locale::Fr;
        let en = Locale::En;
        let cases: &[(String, &str)] = &[
            (
                money(1_560_000.0, "EUR", fr),
                "1\u{202F}560\u{202F}000\u{A0}€",
            ),
            (money(1_560_000.0, "EUR", en), "€1,560,000"),
            (money(0.8, "EUR", fr), "0,80\u{A0}€"),
            (money(0.8, "USD", en), "$0.80"),
            (money(50.0, "EUR", fr), "50\u{A0}€"),
            (money(-1234.4, "GBP", en), "−£1,234"),
            (money(1234.0, "CHF", en), "CHF\u{A0}1,234"),
            (money(999.5, "EUR", en), "€1,000"),
            (signed_percent(0.3, 1, fr), "+30\u{202F}%"),
            (signed_percent(0.3, 1, en), "+30%"),
            (signed_percent(-0.05, 1, en), "−5%"),
            (percent(0.025, 1, fr), "2,5\u{202F}%"),
            (percent(0.025, 1, en), "2.5%"),
            (count(65_000.4, fr), "65\u{202F}000"),
            (count(65_000.4, en), "65,000"),
            (count(999.0, en), "999"),
            (count(-0.2, en), "0"),
            (amount(2.5, fr), "2,5"),
            (amount(17.066, en), "17.1"),
            (amount(1234.6, en), "1,235"),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
    }
}
