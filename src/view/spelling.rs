//! The words the results explain: the glossary folded at the end, and the abbreviations spelled
//! out where they first appear.

use serde::Serialize;

use super::{Block, Section};
use crate::model::Locale;
use crate::words::{glossary as g, Words};

/// The abbreviations and derived figures, explained, folded at the end.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Glossary {
    pub title: String,
    pub items: Vec<(String, String)>,
}

/// Each abbreviation and what it stands for, in the order of the glossary.
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
fn abbreviations(l: Locale) -> impl Iterator<Item = &'static (&'static str, Words)> {
    ABBREVIATIONS
        .iter()
        .filter(move |(abbr, _)| l == Locale::Fr || *abbr != "CA")
}

/// The glossary: the abbreviations, then the channel cards' derived figures and how each is
/// worked out.
pub(crate) fn glossary(l: Locale) -> Glossary {
    use crate::words::results as r;
    let mut items: Vec<(String, String)> = abbreviations(l)
        .map(|(abbr, meaning)| (abbr.to_string(), meaning.get(l).to_string()))
        .collect();
    let calcs = [
        (r::MAX_CPC, g::MAX_CPC_CALC),
        (
            r::OR_CONVERSION_AT_CURRENT_TRAFFIC,
            g::CONVERSION_AT_TRAFFIC_CALC,
        ),
        (r::MARGINAL_CPA, g::MARGINAL_CPA_CALC),
        (r::CEILING, g::CEILING_CALC),
        (r::BREAK_EVEN, g::BREAK_EVEN_CALC),
    ];
    items.extend(
        calcs
            .iter()
            .map(|(name, calc)| (name.get(l).to_string(), calc.get(l).to_string())),
    );
    Glossary {
        title: r::GLOSSARY.get(l).to_string(),
        items,
    }
}

/// The abbreviations still to spell out: the first appearance of each in the text the visitor
/// reads is followed by what it stands for, « CPA (coût par acquisition) », on every device
/// (a `title` tooltip shows on no phone).
pub(crate) struct Spelling {
    pending: Vec<&'static (&'static str, Words)>,
    l: Locale,
}

impl Spelling {
    pub(crate) fn new(l: Locale) -> Self {
        // « SEA » only names a kind in the form.
        let pending = abbreviations(l).filter(|(a, _)| *a != "SEA").collect();
        Spelling { pending, l }
    }

    /// Spells out in `text` the abbreviations it is the first to use. The text is read once,
    /// word by word in capitals.
    pub(crate) fn text(&mut self, text: &mut String) {
        if self.pending.is_empty() {
            return;
        }
        let mut out = String::new();
        let bytes = text.as_bytes();
        let (mut from, mut i) = (0, 0);
        while i < bytes.len() && !self.pending.is_empty() {
            if !bytes[i].is_ascii_uppercase() {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_uppercase() {
                i += 1;
            }
            // Not in « LTV:CAC » (a ratio, whose parts are spelled out where they stand alone)
            // nor in « CA$ ».
            let alone =
                |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric() || c == '$' || c == ':');
            let before = text[..start].chars().next_back();
            let after = text[i..].chars().next();
            if !(alone(before) && alone(after)) {
                continue;
            }
            let word = &text[start..i];
            if let Some(k) = self.pending.iter().position(|(abbr, _)| *abbr == word) {
                let (abbr, meaning) = self.pending.remove(k);
                out.push_str(&text[from..start]);
                // What it stands for, without the glossary's explanation after it.
                let meaning = meaning.get(self.l);
                let short = meaning.split([':', '(']).next().unwrap_or(meaning);
                let short = short.trim_end_matches([' ', '\u{a0}', '\u{202f}']);
                crate::render::w!(out, "{abbr} ({short})");
                from = i;
            }
        }
        if !out.is_empty() {
            out.push_str(&text[from..]);
            *text = out;
        }
    }

    /// Spells out the abbreviations of the sections' words, in the order they are read.
    /// Charts and buttons keep theirs (the chart's description and the figures say it again).
    pub(crate) fn sections(&mut self, sections: &mut [Section]) {
        for section in sections {
            for block in &mut section.blocks {
                self.block(block);
            }
        }
    }

    fn block(&mut self, block: &mut Block) {
        match block {
            Block::Intro { text } | Block::Hint { text } | Block::Lead { text, .. } => {
                self.text(text)
            }
            Block::Hero(hero) => self.text(&mut hero.reason),
            Block::Figures(figures) => {
                for f in &mut figures.items {
                    self.text(&mut f.label);
                    self.text(&mut f.hint);
                }
            }
            Block::Steps { items, .. } | Block::Notes { items, .. } => {
                for note in items {
                    self.text(&mut note.text);
                }
            }
            Block::Objectives { items } => {
                for o in items {
                    self.text(&mut o.text);
                }
            }
            Block::Okr(okr) => self.text(&mut okr.title),
            Block::Cards(cards) => {
                for card in &mut cards.items {
                    for (name, _) in card.figures.iter_mut().chain(&mut card.details) {
                        self.text(name);
                    }
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spells_out_each_abbreviation_once_where_first_read() {
        let mut spelling = Spelling::new(Locale::Fr);
        let mut first = "Le CPA cible, CPA max, ROAS et LTV:CAC, SEOS".to_string();
        spelling.text(&mut first);
        assert_eq!(
            first,
            "Le CPA (coût par acquisition) cible, CPA max, ROAS (retour sur les dépenses publicitaires) et LTV:CAC, SEOS"
        );
        let mut again = "CPA et ROAS".to_string();
        spelling.text(&mut again);
        assert_eq!(again, "CPA et ROAS");
        // English has no « CA »: the Canadian dollar's symbol stays as it is.
        let mut en = "CA$ 5, CPA".to_string();
        Spelling::new(Locale::En).text(&mut en);
        assert_eq!(en.matches('(').count(), 1, "{en}");
    }
}
