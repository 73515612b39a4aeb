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

/// `html` with the first appearance of each abbreviation in its text wrapped in
/// `<abbr title="…">`. Text only: never inside a tag, an `<abbr>` already, a button or a chart
/// (SVG has no `<abbr>`), nor in the printout's `<header>`, hidden on screen (the first
/// appearance must be one the visitor sees).
pub(crate) fn spell_out_first(html: &str, l: Locale) -> String {
    let mut pending: Vec<&(&str, Words)> = used(l).collect();
    let mut out = String::with_capacity(html.len() + 1_500);
    // Depth inside elements whose text stays as it is.
    let mut kept = 0usize;
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let (text, tail) = rest.split_at(open);
        if kept == 0 && !pending.is_empty() {
            spell_out(text, &mut pending, l, &mut out);
        } else {
            out.push_str(text);
        }
        let end = tail.find('>').map_or(tail.len(), |i| i + 1);
        let tag = &tail[..end];
        let name = tag
            .trim_start_matches(['<', '/'])
            .split(|c: char| c.is_ascii_whitespace() || c == '>')
            .next()
            .unwrap_or("");
        if matches!(
            name,
            "svg" | "abbr" | "button" | "summary" | "option" | "header"
        ) {
            match tag.starts_with("</") {
                true => kept = kept.saturating_sub(1),
                false => kept += 1,
            }
        }
        out.push_str(tag);
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

/// One text run, each pending abbreviation found in it as a whole word wrapped (once).
fn spell_out(text: &str, pending: &mut Vec<&(&str, Words)>, l: Locale, out: &mut String) {
    // In the order of the text (kept sorted as found: a sort would add its code to the wasm).
    let mut found: Vec<(usize, usize)> = Vec::new();
    pending.retain(|(abbr, _)| match whole_word(text, abbr) {
        Some(at) => {
            let i = found
                .iter()
                .position(|(p, _)| *p > at)
                .unwrap_or(found.len());
            found.insert(i, (at, abbr.len()));
            false
        }
        None => true,
    });
    if found.is_empty() {
        out.push_str(text);
        return;
    }
    let mut from = 0;
    for (at, len) in found {
        if at < from {
            continue;
        }
        let abbr = &text[at..at + len];
        let meaning = ABBREVIATIONS
            .iter()
            .find(|(a, _)| *a == abbr)
            .map_or("", |(_, m)| m.get(l));
        out.push_str(&text[from..at]);
        w!(out, "<abbr title=\"{}\">{abbr}</abbr>", Esc(meaning));
        from = at + len;
    }
    out.push_str(&text[from..]);
}

/// Where `word` first stands alone in `text` (no letter or digit on either side).
fn whole_word(text: &str, word: &str) -> Option<usize> {
    let alone = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric());
    let mut start = 0;
    while let Some(i) = text[start..].find(word) {
        let at = start + i;
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        if alone(before) && alone(after) {
            return Some(at);
        }
        start = at + word.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

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
