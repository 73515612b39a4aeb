//! Numbers for people, with each locale's conventions.
//!
//! French: `1 560 000 €`, `+30 %`, `2,5 %` (narrow no-break space between groups,
//! no-break space before the unit, decimal comma). English: `€1,560,000`, `+30%`, `2.5%`.
//! Only display rounds; the engine never does.
//!
//! Each kind of number is a small value that implements `Display` ([`Money`], [`Percent`],
//! [`Number`]), so sentences are written in one pass with `format!`, without a string
//! per number; the functions of the same names return a `String` for one-off uses.

use std::fmt::{self, Display, Write};

use crate::model::Locale;
use crate::words::currency;

/// Narrow no-break space: French thousands separator and space before `%`.
pub const NNBSP: char = '\u{202F}';
/// No-break space: French space before a currency symbol.
pub const NBSP: char = '\u{00A0}';

/// A number rounded to `decimals` places, thousands grouped; with `trim`, trailing
/// zeros after the decimal point are dropped.
#[derive(Debug, Clone, Copy)]
pub struct Number {
    pub value: f64,
    pub decimals: usize,
    pub trim: bool,
    pub locale: Locale,
}

impl Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_number(f, self.value, self.decimals, self.trim, self.locale, "")
    }
}

/// Writes `x`: sign, then `prefix` (a currency symbol), then the grouped digits.
fn write_number<W: Write>(
    w: &mut W,
    x: f64,
    decimals: usize,
    trim: bool,
    locale: Locale,
    prefix: &str,
) -> fmt::Result {
    let (group, point) = match locale {
        Locale::Fr => (NNBSP, ','),
        Locale::En => (',', '.'),
    };
    let Some((negative, int, mut frac)) = fixed_point(x, decimals) else {
        // Beyond 64-bit integers (never for real figures): grouped digits of the rounded value.
        if x < 0.0 {
            w.write_char('−')?;
        }
        w.write_str(prefix)?;
        let (digits, zeros) = leading_digits(x);
        let mut buf = Buf::new();
        buf.push_digits(digits, 0, None);
        let count = buf.len + zeros;
        for (i, c) in buf
            .as_str()
            .chars()
            .chain((0..zeros).map(|_| '0'))
            .enumerate()
        {
            if i > 0 && (count - i) % 3 == 0 {
                w.write_char(group)?;
            }
            w.write_char(c)?;
        }
        return Ok(());
    };
    let mut width = decimals;
    while trim && width > 0 && frac % 10 == 0 {
        frac /= 10;
        width -= 1;
    }
    // The whole number is assembled on the stack, then written at once.
    let mut buf = Buf::new();
    if negative {
        buf.push_char('−');
    }
    buf.push_str(prefix);
    buf.push_digits(int, 0, Some(group));
    if width > 0 {
        buf.push_char(point);
        buf.push_digits(frac, width, None);
    }
    w.write_str(buf.as_str())
}

/// A number beyond 64-bit integers as its 18 leading digits and the count of zeros after
/// them (a double holds no more than 17 significant digits), without float formatting.
fn leading_digits(x: f64) -> (u64, usize) {
    // Never reached by the engine's figures (all finite), but no figure may hang the page.
    if !x.is_finite() {
        return (0, 0);
    }
    let mut v = x.abs();
    let mut zeros = 0;
    while v >= 1e18 {
        v /= 10.0;
        zeros += 1;
    }
    ((v + 0.5) as u64, zeros)
}

/// The power of ten of the first significant digit of `x` (`1234` → 3, `0.07` → −2; 0 for
/// zero and for what is not finite), without libm's `log10`.
pub fn exponent(x: f64) -> i32 {
    let mut a = x.abs();
    if a == 0.0 || !a.is_finite() {
        return 0;
    }
    let mut e = 0;
    while a >= 10.0 {
        a /= 10.0;
        e += 1;
    }
    while a < 1.0 {
        a *= 10.0;
        e -= 1;
    }
    e
}

/// `x` with at most `decimals` decimals (trailing zeros dropped), a `.` or `,` as `point`,
/// `-` for negatives and no grouping: a number as people type it.
pub fn plain(x: f64, decimals: usize, point: char) -> String {
    ungrouped(x, decimals, point, true)
}

/// `x` with exactly `decimals` decimals, `point`, `-` for negatives and no grouping (CSV).
pub fn fixed(x: f64, decimals: usize, point: char) -> String {
    ungrouped(x, decimals, point, false)
}

/// Writes numbers without Rust's float formatting (which would add ~10 KB to the wasm).
fn ungrouped(x: f64, decimals: usize, point: char, trim: bool) -> String {
    let mut buf = Buf::new();
    let Some((negative, int, mut frac)) = fixed_point(x, decimals) else {
        // Beyond 64 bits: the whole number, its last digits zeros.
        if x < 0.0 {
            buf.push_char('-');
        }
        let (digits, zeros) = leading_digits(x);
        buf.push_digits(digits, 0, None);
        return buf.as_str().to_string() + &"0".repeat(zeros);
    };
    let mut width = decimals;
    while trim && width > 0 && frac % 10 == 0 {
        frac /= 10;
        width -= 1;
    }
    if negative {
        buf.push_char('-');
    }
    buf.push_digits(int, 0, None);
    if width > 0 {
        buf.push_char(point);
        buf.push_digits(frac, width, None);
    }
    buf.as_str().to_string()
}

/// Powers of ten that fit in 64 bits, for rounding to a number of decimals.
const POW10: [u64; 19] = {
    let mut table = [1u64; 19];
    let mut i = 1;
    while i < 19 {
        table[i] = table[i - 1] * 10;
        i += 1;
    }
    table
};

/// `x` rounded to `decimals` digits as (negative, integer part, fraction digits),
/// or `None` when it does not fit in 64 bits. Far faster than formatting floats.
fn fixed_point(x: f64, decimals: usize) -> Option<(bool, u64, u64)> {
    let scale = *POW10.get(decimals)?;
    let scaled = x.abs() * scale as f64;
    if scaled.is_nan() || scaled >= 1e18 {
        return None;
    }
    // Half away from zero; `as` truncates, which for a positive value is the floor.
    let n = (scaled + 0.5) as u64;
    Some((x < 0.0 && n != 0, n / scale, n % scale))
}

/// A small stack buffer for one formatted number (digits, separators, sign, symbol).
struct Buf {
    bytes: [u8; 96],
    len: usize,
}

impl Buf {
    fn new() -> Self {
        Buf {
            bytes: [0; 96],
            len: 0,
        }
    }

    fn push_str(&mut self, s: &str) {
        let end = (self.len + s.len()).min(self.bytes.len());
        let n = end - self.len;
        self.bytes[self.len..end].copy_from_slice(&s.as_bytes()[..n]);
        self.len = end;
    }

    fn push_char(&mut self, c: char) {
        let mut tmp = [0u8; 4];
        self.push_str(c.encode_utf8(&mut tmp));
    }

    /// The decimal digits of `n`, zero-padded to `width`, grouped by three with `group`.
    fn push_digits(&mut self, mut n: u64, width: usize, group: Option<char>) {
        let mut digits = [0u8; 20];
        let mut start = digits.len();
        while n > 0 || start == digits.len() || digits.len() - start < width {
            start -= 1;
            digits[start] = b'0' + (n % 10) as u8;
            n /= 10;
        }
        let mut encoded = [0u8; 4];
        let group = group.map(|g| &*g.encode_utf8(&mut encoded));
        let count = digits.len() - start;
        for (i, d) in digits[start..].iter().enumerate() {
            if let Some(g) = group {
                if i > 0 && (count - i) % 3 == 0 {
                    self.push_str(g);
                }
            }
            if self.len < self.bytes.len() {
                self.bytes[self.len] = *d;
                self.len += 1;
            }
        }
    }

    fn as_str(&self) -> &str {
        // Only whole `&str`s and chars were pushed, and the buffer is far larger than any number.
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }
}

/// `x` with `decimals` digits after the separator and grouped thousands.
pub fn number(x: f64, decimals: usize, locale: Locale) -> String {
    Number {
        value: x,
        decimals,
        trim: false,
        locale,
    }
    .to_string()
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
    Number {
        value: x,
        decimals: auto_decimals(x),
        trim: true,
        locale,
    }
    .to_string()
}

/// The symbol written with amounts of `code` (the code itself when it has none of its own).
pub fn currency_symbol(code: &str, locale: Locale) -> &str {
    match code {
        "EUR" => "€",
        "USD" => currency::USD.get(locale),
        "GBP" => "£",
        "CAD" => currency::CAD.get(locale),
        "JPY" => "¥",
        _ => code,
    }
}

/// Money: whole units from 100 up, cents below (`1 560 000 €`, `0,80 €`; `€1,560,000`, `€0.80`).
#[derive(Debug, Clone, Copy)]
pub struct Money<'a> {
    pub amount: f64,
    pub currency: &'a str,
    pub locale: Locale,
}

impl Display for Money<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let x = self.amount;
        let decimals = if x.abs() >= 100.0 || x.fract() == 0.0 {
            0
        } else {
            2
        };
        let symbol = currency_symbol(self.currency, self.locale);
        match self.locale {
            Locale::Fr => {
                write_number(f, x, decimals, false, self.locale, "")?;
                f.write_char(NBSP)?;
                f.write_str(symbol)
            }
            // The sign goes before the symbol (−€5); a code gets a space (CHF 5).
            Locale::En if symbol.chars().all(|c| c.is_ascii_uppercase()) => {
                let mut prefix = String::with_capacity(symbol.len() + 2);
                prefix.push_str(symbol);
                prefix.push(NBSP);
                write_number(f, x, decimals, false, self.locale, &prefix)
            }
            Locale::En => write_number(f, x, decimals, false, self.locale, symbol),
        }
    }
}

/// An amount of money as a `String`; see [`Money`].
pub fn money(x: f64, currency: &str, locale: Locale) -> String {
    Money {
        amount: x,
        currency,
        locale,
    }
    .to_string()
}

/// A rate as a percentage with up to `max_decimals` decimals (`2,5 %`, `2.5%`);
/// `signed` writes `+` before positive rates (`+30 %`).
#[derive(Debug, Clone, Copy)]
pub struct Percent {
    pub rate: f64,
    pub max_decimals: usize,
    pub signed: bool,
    pub locale: Locale,
}

impl Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let value = self.rate * 100.0;
        let rounds_negative =
            fixed_point(value, self.max_decimals).is_none_or(|(negative, ..)| negative);
        let sign = if self.signed && !(value < 0.0 && rounds_negative) {
            "+"
        } else {
            ""
        };
        write_number(f, value, self.max_decimals, true, self.locale, sign)?;
        match self.locale {
            Locale::Fr => {
                f.write_char(NNBSP)?;
                f.write_char('%')
            }
            Locale::En => f.write_char('%'),
        }
    }
}

/// A rate as a percentage `String`; see [`Percent`].
pub fn percent(rate: f64, max_decimals: usize, locale: Locale) -> String {
    Percent {
        rate,
        max_decimals,
        signed: false,
        locale,
    }
    .to_string()
}

/// A growth rate with its sign (`+30 %`, `−5 %`; `+30%`).
pub fn signed_percent(rate: f64, max_decimals: usize, locale: Locale) -> String {
    Percent {
        rate,
        max_decimals,
        signed: true,
        locale,
    }
    .to_string()
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
