//! HTML escaping and small writing helpers shared by the renderers.
//!
//! Every text that reaches the page through `innerHTML` goes through [`Esc`] (or [`escape`]):
//! user text (channel labels and ids, texts that embed them, messages, the currency code) and
//! formatted numbers alike, so that nothing typed can ever become markup.

use std::fmt::{self, Display, Write};

/// Appends `s` to `out` with `&`, `<`, `>`, `"` and `'` replaced by entities:
/// safe in element content and in double- or single-quoted attribute values.
pub fn escape_into<W: Write>(out: &mut W, s: &str) -> fmt::Result {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.write_str(&s[last..i])?;
        out.write_str(entity)?;
        last = i + 1;
    }
    out.write_str(&s[last..])
}

/// `s` escaped for HTML text and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    // Writing to a String cannot fail.
    let _ = escape_into(&mut out, s);
    out
}

/// Any `Display` value, escaped as it is written: `write!(s, "<td>{}</td>", Esc(label))`.
/// No intermediate `String`: the value writes straight through an escaping adapter.
#[derive(Debug, Clone, Copy)]
pub struct Esc<T>(pub T);

struct EscWriter<'a, 'b>(&'a mut fmt::Formatter<'b>);

impl Write for EscWriter<'_, '_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        escape_into(self.0, s)
    }
}

impl<T: Display> Display for Esc<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(EscWriter(f), "{}", self.0)
    }
}

/// An optional value, or an em dash when there is none.
#[derive(Debug, Clone, Copy)]
pub struct OrDash<T>(pub Option<T>);

impl<T: Display> Display for OrDash<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(v) => v.fmt(f),
            None => f.write_str(DASH),
        }
    }
}

/// What an empty or missing value shows.
pub const DASH: &str = "—";

/// A coordinate or length for an SVG attribute, with one decimal at most;
/// a value that is not finite is written as 0, so the markup is always valid.
#[derive(Debug, Clone, Copy)]
pub struct Coord(pub f64);

impl Display for Coord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let x = if self.0.is_finite() { self.0 } else { 0.0 };
        let tenths = (x * 10.0).round() as i64;
        let (sign, abs) = if tenths < 0 {
            ("-", -tenths)
        } else {
            ("", tenths)
        };
        if abs % 10 == 0 {
            write!(f, "{sign}{}", abs / 10)
        } else {
            write!(f, "{sign}{}.{}", abs / 10, abs % 10)
        }
    }
}

/// A raw number for a `data-value` attribute: fifteen significant digits with a `.` (what
/// JavaScript's `Number()` reads back to within 1e-15), or empty when it is not finite.
/// Written without Rust's float formatting, which would cost the page ~10 KB of wasm.
#[derive(Debug, Clone, Copy)]
pub struct Raw(pub f64);

impl Display for Raw {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.0.is_finite() {
            return Ok(());
        }
        let int_digits = (crate::format::exponent(self.0) + 1).max(0) as usize;
        let decimals = 15usize.saturating_sub(int_digits).min(17);
        f.write_str(&crate::format::plain(self.0, decimals, '.'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape(r#"<img src=x onerror="alert('1')">&"#),
            "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;"
        );
        assert_eq!(escape("Réseaux sociaux"), "Réseaux sociaux");
        assert_eq!(format!("{}", Esc("a<b")), "a&lt;b");
        assert_eq!(format!("{}", OrDash::<&str>(None)), "—");
    }

    #[test]
    fn coordinates_and_raw_numbers() {
        assert_eq!(Coord(12.0).to_string(), "12");
        assert_eq!(Coord(12.34).to_string(), "12.3");
        assert_eq!(Coord(-0.04).to_string(), "0");
        assert_eq!(Coord(-3.25).to_string(), "-3.3");
        assert_eq!(Coord(f64::NAN).to_string(), "0");
        assert_eq!(Raw(1_597_440.0).to_string(), "1597440");
        assert_eq!(Raw(0.3).to_string(), "0.3");
        assert_eq!(Raw(-21.6).to_string(), "-21.6");
        assert_eq!(Raw(1234.5678).to_string(), "1234.5678");
        assert_eq!(Raw(1.2e25).to_string(), "12000000000000000000000000");
        let x = 271_958.123_456_789_1;
        assert!((Raw(x).to_string().parse::<f64>().unwrap() - x).abs() <= 1e-15 * x);
        assert_eq!(Raw(f64::INFINITY).to_string(), "");
    }
}
