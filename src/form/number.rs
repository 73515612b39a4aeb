//! Numbers as people type them, and back.
//!
//! [`parse_number`] is forgiving about the way a number is written (decimal comma or point,
//! spaces, no-break spaces, apostrophes, commas or points between thousands, a currency or a
//! `%` around it, a `+`, `-` or `−` sign) and strict about anything else: it never guesses
//! a number out of text that holds other characters (`12abc`), nor accepts `NaN`,
//! `Infinity` or exponents.
//!
//! [`edit_text`] writes a number back for editing: no thousands separators, the locale's
//! decimal separator, at most about six significant decimals and no float noise.

use crate::model::Locale;
use crate::words::typing;

/// Why a text is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberProblem {
    /// Characters that have no place in a number (letters, symbols, `NaN`, `1e3`…),
    /// or no digit at all.
    NotANumber,
    /// More than one sign, or a sign that is not at the start.
    Sign,
    /// Thousands separators that do not group the digits by three, or several decimal separators.
    Separators,
    /// Too large to be a number at all.
    TooLarge,
}

impl NumberProblem {
    /// What is expected, as the end of a sentence about a field (`doit être un nombre…`).
    pub fn rule(self, locale: Locale) -> &'static str {
        match self {
            NumberProblem::NotANumber => typing::NOT_A_NUMBER,
            NumberProblem::Sign => typing::SIGN,
            NumberProblem::Separators => typing::SEPARATORS,
            NumberProblem::TooLarge => typing::TOO_LARGE,
        }
        .get(locale)
    }

    /// A whole sentence that says what is expected.
    pub fn message(self, locale: Locale) -> String {
        typing::THE_VALUE.fill(locale, &[&self.rule(locale)])
    }
}

/// A number as the decimal digits that were typed: exact, not yet a float.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decimal {
    pub negative: bool,
    /// Integer digits, without leading zeros (`""` for zero).
    pub int: String,
    /// Fraction digits, as typed (may end with zeros).
    pub frac: String,
}

impl Decimal {
    /// The nearest `f64` to this number times `10^shift` (`shift = -2` turns a percentage
    /// into a fraction without the rounding error of a division).
    pub(super) fn to_f64(&self, shift: i32) -> Result<f64, NumberProblem> {
        let int = if self.int.is_empty() { "0" } else { &self.int };
        let frac = if self.frac.is_empty() {
            "0"
        } else {
            &self.frac
        };
        let sign = if self.negative { "-" } else { "" };
        let x: f64 = format!("{sign}{int}.{frac}e{shift}")
            .parse()
            .map_err(|_| NumberProblem::NotANumber)?;
        if !x.is_finite() {
            return Err(NumberProblem::TooLarge);
        }
        // No negative zero: `-0` is zero.
        Ok(if x == 0.0 { 0.0 } else { x })
    }

    /// The number written for editing in `locale` (`-1200,5`), digits unchanged.
    pub(super) fn to_text(&self, locale: Locale) -> String {
        let frac = self.frac.trim_end_matches('0');
        let int = if self.int.is_empty() { "0" } else { &self.int };
        let zero = int == "0" && frac.is_empty();
        let mut s = String::new();
        if self.negative && !zero {
            s.push('-');
        }
        s.push_str(int);
        if !frac.is_empty() {
            s.push(decimal_point(locale));
            s.push_str(frac);
        }
        s
    }
}

fn decimal_point(locale: Locale) -> char {
    match locale {
        Locale::Fr => ',',
        Locale::En => '.',
    }
}

/// Spaces that may group digits: space, no-break space, narrow no-break space, thin space…
fn is_gap(c: char) -> bool {
    c.is_whitespace() || c == '\'' || c == '\u{2019}'
}

fn is_sign(c: char) -> bool {
    matches!(c, '+' | '-' | '\u{2212}')
}

/// Characters of a currency or unit written around a number: `€`, `$`, `CHF`, `%`…
fn is_unit(c: char) -> bool {
    c.is_ascii_uppercase()
        || matches!(
            c,
            '€' | '$'
                | '£'
                | '¥'
                | '₣'
                | '₹'
                | '₽'
                | '₩'
                | '₺'
                | '₪'
                | '₫'
                | '¤'
                | '¢'
                | '%'
        )
}

/// Longest unit accepted on each side (`US$`, `CHF`, `EUR`, `CA$`…), of which 3 letters at most.
const MAX_UNIT_CHARS: usize = 4;

/// Parses a number as people type it. `Ok(None)` for a blank text.
///
/// Accepts `2,5`, `2.5`, `2,5 %`, `1 200 000` (spaces, U+00A0, U+202F), `1,200,000`,
/// `1.200.000`, `1'200`, `€ 1 200`, `1 200 €`, `$1,200.50`, `CHF 1'200`, a leading `+`,
/// `-` or `−`. A lone separator followed by exactly three digits (`1,200`, `1.200`) is a
/// thousands separator when it is the locale's grouping character (English `,`; French `.`),
/// a decimal separator otherwise.
pub fn parse_number(text: &str, locale: Locale) -> Result<Option<f64>, NumberProblem> {
    match parse_decimal(text, locale)? {
        None => Ok(None),
        Some(d) => d.to_f64(0).map(Some),
    }
}

/// [`parse_number`] for a field typed as a percentage: `"2,5"` gives `0.025` (exactly the
/// `f64` nearest to 0.025, not `2.5 / 100`).
pub fn parse_percent(text: &str, locale: Locale) -> Result<Option<f64>, NumberProblem> {
    match parse_decimal(text, locale)? {
        None => Ok(None),
        Some(d) => d.to_f64(-2).map(Some),
    }
}

/// The digits of a typed number, or why it is not one.
pub(crate) fn parse_decimal(text: &str, locale: Locale) -> Result<Option<Decimal>, NumberProblem> {
    let chars: Vec<char> = text.trim().chars().collect();
    if chars.is_empty() {
        return Ok(None);
    }
    let is_sep = |c: char| c == '.' || c == ',';
    // The body runs from the first digit (or a separator just before one: `,5`) to the
    // last digit (or a separator just after it: `5,`).
    let first_digit = chars
        .iter()
        .position(char::is_ascii_digit)
        .ok_or(NumberProblem::NotANumber)?;
    let last_digit = chars.iter().rposition(char::is_ascii_digit).unwrap_or(0);
    let mut start = first_digit;
    if start > 0 && is_sep(chars[start - 1]) {
        start -= 1;
    }
    let mut end = last_digit + 1;
    if end < chars.len() && is_sep(chars[end]) {
        end += 1;
    }
    let (prefix, body, suffix) = (&chars[..start], &chars[start..end], &chars[end..]);

    // Around the body: one sign at most, before it; units on either side.
    let mut negative = false;
    let mut signs = 0;
    let mut prefix_units = 0;
    for &c in prefix {
        if is_sign(c) {
            signs += 1;
            negative = c != '+';
        } else if is_unit(c) {
            prefix_units += 1;
        } else if !c.is_whitespace() {
            return Err(NumberProblem::NotANumber);
        }
    }
    if signs > 1 {
        return Err(NumberProblem::Sign);
    }
    let mut suffix_units = 0;
    for &c in suffix {
        if is_unit(c) {
            suffix_units += 1;
        } else if is_sign(c) {
            return Err(NumberProblem::Sign);
        } else if !c.is_whitespace() {
            return Err(NumberProblem::NotANumber);
        }
    }
    let letters = |side: &[char]| side.iter().filter(|c| c.is_ascii_uppercase()).count();
    if prefix_units > MAX_UNIT_CHARS
        || suffix_units > MAX_UNIT_CHARS
        || letters(prefix) > 3
        || letters(suffix) > 3
    {
        return Err(NumberProblem::NotANumber);
    }

    // The body: digits, separators and gaps only.
    for &c in body {
        if is_sign(c) {
            return Err(NumberProblem::Sign);
        }
        if !(c.is_ascii_digit() || is_sep(c) || is_gap(c)) {
            return Err(NumberProblem::NotANumber);
        }
    }
    let decimal = decimal_separator(body, locale)?;
    let (int_part, frac_part) = match decimal {
        Some(p) => (&body[..p], &body[p + 1..]),
        None => (body, &body[..0]),
    };
    if !frac_part.iter().all(char::is_ascii_digit) {
        return Err(NumberProblem::Separators);
    }
    // Integer part: groups of three after the first, whatever separates them.
    let mut groups = int_part.split(|c: &char| !c.is_ascii_digit());
    let mut int = String::new();
    if let Some(first) = groups.next() {
        let grouped = int_part.iter().any(|c| !c.is_ascii_digit());
        if grouped && !(1..=3).contains(&first.len()) {
            return Err(NumberProblem::Separators);
        }
        int.extend(first);
    }
    for group in groups {
        if group.len() != 3 {
            return Err(NumberProblem::Separators);
        }
        int.extend(group);
    }
    let int = int.trim_start_matches('0').to_string();
    Ok(Some(Decimal {
        negative,
        int,
        frac: frac_part.iter().collect(),
    }))
}

/// Position in `body` of the decimal separator, if any.
fn decimal_separator(body: &[char], locale: Locale) -> Result<Option<usize>, NumberProblem> {
    let dots: Vec<usize> = positions(body, '.');
    let commas: Vec<usize> = positions(body, ',');
    match (dots.len(), commas.len()) {
        (0, 0) => Ok(None),
        (_, 0) | (0, _) => {
            let (all, c) = if commas.is_empty() {
                (&dots, '.')
            } else {
                (&commas, ',')
            };
            if all.len() > 1 {
                // `1.200.000`: grouping only.
                return Ok(None);
            }
            let p = all[0];
            let before = &body[..p];
            let after = &body[p + 1..];
            let gaps_before = before.iter().any(|c| is_gap(*c));
            let ambiguous = !gaps_before
                && after.len() == 3
                && after.iter().all(char::is_ascii_digit)
                && (1..=3).contains(&before.len())
                && before.iter().all(char::is_ascii_digit)
                && before[0] != '0';
            let grouping = match locale {
                Locale::En => ',',
                Locale::Fr => '.',
            };
            if ambiguous && c == grouping {
                Ok(None)
            } else {
                Ok(Some(p))
            }
        }
        _ => {
            // Both: the last one is the decimal separator and appears once.
            let (last, count) = if dots.last() > commas.last() {
                (*dots.last().unwrap_or(&0), dots.len())
            } else {
                (*commas.last().unwrap_or(&0), commas.len())
            };
            if count > 1 {
                Err(NumberProblem::Separators)
            } else {
                Ok(Some(last))
            }
        }
    }
}

fn positions(body: &[char], c: char) -> Vec<usize> {
    body.iter()
        .enumerate()
        .filter(|(_, x)| **x == c)
        .map(|(i, _)| i)
        .collect()
}

/// `x` written for editing in `locale`; with `percent`, as a percentage (`0.025` → `2,5`).
///
/// No thousands separators; at most 6 decimals (more for values below 0.01, to keep about
/// six significant digits); float noise rounded away (`0.30000000000000004` → `0.3`).
pub fn edit_text(x: f64, percent: bool, locale: Locale) -> String {
    if !x.is_finite() {
        return String::new();
    }
    // 0.07 × 100 is 7.000000000000001: the rounding below takes such noise away.
    let v = if percent { x * 100.0 } else { x };
    if v == 0.0 {
        return "0".to_string();
    }
    let e = crate::format::exponent(v);
    let decimals = if e >= -1 {
        (11 - e).clamp(0, 6)
    } else {
        (5 - e).clamp(6, 18)
    } as usize;
    let point = match locale {
        Locale::Fr => ',',
        Locale::En => '.',
    };
    crate::format::plain(v, decimals, point)
}

/// The same number written for `to` instead of `from` (`1,5` → `1.5`), or the text unchanged
/// when it is blank or not a number.
pub(crate) fn relocalise(text: &str, from: Locale, to: Locale) -> String {
    match parse_decimal(text, from) {
        Ok(Some(d)) => d.to_text(to),
        _ => text.to_string(),
    }
}
