//! The abbreviations the results use (CPA, ROAS, LTV…): spelled out at their first
//! appearance with `<abbr title>`, and listed at the end of the results.

use super::html::Esc;
use super::w;
use crate::model::Locale;
use crate::words::{glossary as g, results, Words};

/// Each abbreviation and what it stands for, in the order of the list.
const ABBREVIATIONS: [(&str, Words); 12] = [
    ("CA", g::CA),
    ("CPA", g::CPA),
    ("CPC", g::CPC),
    ("ROAS", g::ROAS),
    ("ROI", g::ROI),
    ("MER", g::MER),
    ("LTV", g::LTV),
    ("CAC", g::CAC),
    ("SEO", g::SEO),
    ("SEA", g::SEA),
    ("OKR", g::OKR),
    ("SMART", g::SMART),
];

/// The abbreviations a language uses (English writes "revenue", not "CA").
fn used(l: Locale) -> impl Iterator<Item = &'static (&'static str, Words)> {
    ABBREVIATIONS
        .iter()
        .filter(move |(abbr, _)| l == Locale::Fr || *abbr != "CA")
}

/// The list, folded, at the end of the results.
pub(crate) fn glossary(s: &mut String, l: Locale) {
    w!(
        s,
        "<details class=\"bp-glossary\"><summary>{}</summary><dl>\n",
        results::GLOSSARY.get(l)
    );
    for (abbr, meaning) in used(l) {
        w!(s, "<div><dt>{abbr}</dt><dd>{}</dd></div>\n", meaning.get(l));
    }
    // The channel cards' derived figures, and how each is worked out.
    let calcs = [
        (results::MAX_CPC, g::MAX_CPC_CALC),
        (
            results::OR_CONVERSION_AT_CURRENT_TRAFFIC,
            g::CONVERSION_AT_TRAFFIC_CALC,
        ),
        (results::MARGINAL_CPA, g::MARGINAL_CPA_CALC),
        (results::CEILING, g::CEILING_CALC),
        (results::BREAK_EVEN, g::BREAK_EVEN_CALC),
    ];
    for (name, calc) in calcs {
        w!(
            s,
            "<div><dt>{}</dt><dd>{}</dd></div>\n",
            name.get(l),
            calc.get(l)
        );
    }
    s.push_str("</dl></details>\n");
}

/// Elements whose text stays as it is: charts (SVG has no `<abbr>`), an `<abbr>` already,
/// controls, and the print header.
const KEPT: [&str; 6] = ["svg", "abbr", "button", "summary", "option", "header"];

/// Whether the results' text may use the abbreviation (« SEA » only names a kind in the form).
fn in_results(abbr: &str) -> bool {
    abbr != "SEA"
}

/// The abbreviations still to spell out, across the parts of a page passed in order: the
/// first appearance of each in their text is wrapped in `<abbr title="…">`. Text only: never
/// inside a tag, an `<abbr>` already, a button or a chart (SVG has no `<abbr>`), nor in the
/// printout's `<header>`, hidden on screen (the first appearance must be one the visitor sees).
pub(crate) struct Spelling {
    pending: Vec<&'static (&'static str, Words)>,
    l: Locale,
}

impl Spelling {
    pub(crate) fn new(l: Locale) -> Self {
        let pending = used(l).filter(|(a, _)| in_results(a)).collect();
        Spelling { pending, l }
    }

    /// Appends `html` to `out`, spelling out the abbreviations it uses first.
    pub(crate) fn pass(&mut self, html: &str, out: &mut String) {
        // Depth inside elements whose text stays as it is.
        let mut kept = 0usize;
        let mut rest = html;
        while let Some(open) = rest.find('<') {
            if self.pending.is_empty() {
                break;
            }
            let (text, tail) = rest.split_at(open);
            if kept == 0 {
                spell_out(text, &mut self.pending, self.l, out);
            } else {
                out.push_str(text);
            }
            let end = tail.find('>').map_or(tail.len(), |i| i + 1);
            let tag = &tail.as_bytes()[..end];
            let closing = tag.get(1) == Some(&b'/');
            let name = &tag[if closing { 2 } else { 1 }..];
            let kept_here = KEPT.iter().any(|k| {
                name.starts_with(k.as_bytes())
                    && name
                        .get(k.len())
                        .is_some_and(|c| *c == b'>' || c.is_ascii_whitespace())
            });
            if kept_here {
                match closing {
                    true => kept = kept.saturating_sub(1),
                    false => kept += 1,
                }
            }
            out.push_str(&tail[..end]);
            rest = &tail[end..];
        }
        out.push_str(rest);
    }
}

/// One text run, each pending abbreviation found in it as a whole word wrapped (once). The run
/// is read once, word by word in capitals: searching it for each abbreviation in turn cost
/// more than the rest of the results' rendering.
fn spell_out(text: &str, pending: &mut Vec<&(&str, Words)>, l: Locale, out: &mut String) {
    let bytes = text.as_bytes();
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() && !pending.is_empty() {
        if !bytes[i].is_ascii_uppercase() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_uppercase() {
            i += 1;
        }
        let alone = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric());
        let before = text[..start].chars().next_back();
        let after = text[i..].chars().next();
        if !(alone(before) && alone(after)) {
            continue;
        }
        let word = &text[start..i];
        if let Some(k) = pending.iter().position(|(abbr, _)| *abbr == word) {
            let (abbr, meaning) = pending.remove(k);
            out.push_str(&text[from..start]);
            w!(out, "<abbr title=\"{}\">{abbr}</abbr>", Esc(meaning.get(l)));
            from = i;
        }
    }
    out.push_str(&text[from..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spell_out_first(html: &str, l: Locale) -> String {
        let mut out = String::new();
        Spelling::new(l).pass(html, &mut out);
        out
    }

    #[test]
    fn first_appearance_only_in_text_outside_charts_and_buttons() {
        let html = "<p title=\"CPA\">Le CPA cible, CPA max</p><svg><text>ROAS</text></svg>\
                    <button>ROI</button><p>ROAS, ROI, CAC et LTV:CAC, SEOS</p>";
        let out = spell_out_first(html, Locale::Fr);
        assert_eq!(out.matches("<abbr").count(), 5, "{out}");
        assert!(out.starts_with("<p title=\"CPA\">Le <abbr title=\"coût par acquisition"));
        assert!(out.contains("<svg><text>ROAS</text></svg><button>ROI</button>"));
        assert!(out.contains(">ROAS</abbr>, <abbr"), "{out}");
        assert!(out.contains(">CAC</abbr> et <abbr"), "{out}");
        assert!(out.contains(">LTV</abbr>:CAC, SEOS"), "{out}");
        // English has no « CA »: the Canadian dollar's symbol stays as it is.
        let en = spell_out_first("<p>CA$ 5, CPA</p>", Locale::En);
        assert_eq!(en.matches("<abbr").count(), 1, "{en}");
    }
}
