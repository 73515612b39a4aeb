//! The catalogue: every word Boussole shows, in French and English, in one place.
//!
//! Each entry is a [`Words`] pair declared once with `catalogue!`, grouped by where it is
//! read (`page`, `form`, `results`, …). Ask for one with `words::page::RESET.get(locale)`;
//! entries with `{}` placeholders are filled in order with [`Words::fill`]. Sentences whose
//! grammar depends on their numbers (plurals, agreement) are composed by the modules that
//! write them, from pieces taken here.
//!
//! The tests walk [`ALL`]: every entry must have both languages, the same placeholders in
//! both, and French typography (no breakable space before `:` `;` `!` `?` `%` `»`).

use std::fmt::{Display, Write};

use crate::model::Locale;

/// One text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    pub fr: &'static str,
    pub en: &'static str,
}

impl Words {
    /// The text in `locale`.
    pub const fn get(self, locale: Locale) -> &'static str {
        match locale {
            Locale::Fr => self.fr,
            Locale::En => self.en,
        }
    }

    /// The text in `locale` with its `{}` placeholders replaced by `args`, in order.
    pub fn fill(self, locale: Locale, args: &[&dyn Display]) -> String {
        let template = self.get(locale);
        let mut out = String::with_capacity(template.len() + 16 * args.len());
        let mut args = args.iter();
        // A byte scan: `str::split` with a two-byte pattern is several times slower, and
        // the engine fills hundreds of sentences per plan.
        let bytes = template.as_bytes();
        let (mut start, mut i) = (0, 0);
        while i + 1 < bytes.len() {
            if bytes[i] == b'{' && bytes[i + 1] == b'}' {
                out.push_str(&template[start..i]);
                if let Some(arg) = args.next() {
                    let _ = write!(out, "{arg}");
                }
                i += 2;
                start = i;
            } else {
                i += 1;
            }
        }
        out.push_str(&template[start..]);
        out
    }
}

/// The noun that goes with `n`, from its singular and plural: French counts 0 and 1 as
/// singular (« 0 alerte »), English only 1 (“0 alerts”).
pub const fn counted(n: usize, locale: Locale, one: Words, many: Words) -> &'static str {
    let singular = match locale {
        Locale::Fr => n <= 1,
        Locale::En => n == 1,
    };
    if singular {
        one.get(locale)
    } else {
        many.get(locale)
    }
}

/// Declares a part of the catalogue: `NAME = "français", "English";` each a `Words` constant,
/// and `ENTRIES`, every entry with its path (`boussole::words::page::RESET`), for the tests.
macro_rules! entries {
    ($( $(#[doc = $doc:literal])* $name:ident = $fr:literal, $en:literal; )*) => {
        $( $(#[doc = $doc])* pub const $name: Words = Words { fr: $fr, en: $en }; )*
        /// Every entry of this part of the catalogue, with its path.
        #[cfg(test)]
        pub(crate) const ENTRIES: &[(&str, Words)] = &[
            $( (concat!(module_path!(), "::", stringify!($name)), $name), )*
        ];
    };
}

pub mod advice;
pub mod alerts;
pub mod calendar;
pub mod common;
pub mod csv;
pub mod currency;
pub mod errors;
pub mod fields;
pub mod files;
pub mod form;
pub mod glossary;
pub mod history;
pub mod objectives;
pub mod page;
pub mod results;
pub mod review;
pub mod status;
pub mod table;
pub mod typing;
pub mod warnings;

/// Every entry of the catalogue, part by part, for the tests.
#[cfg(test)]
pub(crate) const ALL: &[&[(&str, Words)]] = &[
    page::ENTRIES,
    fields::ENTRIES,
    files::ENTRIES,
    calendar::ENTRIES,
    common::ENTRIES,
    form::ENTRIES,
    results::ENTRIES,
    glossary::ENTRIES,
    advice::ENTRIES,
    review::ENTRIES,
    errors::ENTRIES,
    typing::ENTRIES,
    history::ENTRIES,
    warnings::ENTRIES,
    alerts::ENTRIES,
    status::ENTRIES,
    currency::ENTRIES,
    objectives::ENTRIES,
    csv::ENTRIES,
    table::ENTRIES,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_has_both_languages_and_the_same_placeholders() {
        // Every part of the catalogue is walked (the test cannot pass on an empty list).
        let count: usize = ALL.iter().map(|part| part.len()).sum();
        assert!(
            ALL.len() >= 20 && count >= 680,
            "{} parts, {count} entries",
            ALL.len()
        );
        for (name, w) in ALL.iter().flat_map(|part| part.iter()) {
            assert!(!w.fr.trim().is_empty(), "{name}: no French");
            assert!(!w.en.trim().is_empty(), "{name}: no English");
            assert_eq!(
                w.fr.matches("{}").count(),
                w.en.matches("{}").count(),
                "{name}: placeholders differ"
            );
        }
    }

    #[test]
    fn french_typography() {
        for (name, w) in ALL.iter().flat_map(|part| part.iter()) {
            for mark in [":", ";", "!", "?", "%", "»"] {
                assert!(
                    !w.fr.contains(&format!(" {mark}")),
                    "{name}: a breakable space before « {mark} » in {:?}",
                    w.fr
                );
            }
            // A narrow no-break space before « : » and inside « », not a wide one.
            for wide in ["\u{a0}:", "«\u{a0}", "\u{a0}»"] {
                assert!(
                    !w.fr.contains(wide),
                    "{name}: a wide no-break space in {:?}",
                    w.fr
                );
            }
            // The typographic apostrophe, and no « de les » / « à les » (des, aux).
            assert!(
                !w.fr.contains('\''),
                "{name}: a straight apostrophe in {:?}",
                w.fr
            );
            for wrong in [" de les ", " à les ", " de le ", " à le "] {
                assert!(!w.fr.contains(wrong), "{name}: « {wrong} » in {:?}", w.fr);
            }
            // English with typographic apostrophes too (“shop’s”), except in markup.
            assert!(
                w.en.contains('<') || !w.en.contains('\''),
                "{name}: a straight apostrophe in {:?}",
                w.en
            );
            // English without the Gallicisms a French writer slips in, and with the words a
            // consultant uses (v3's review of the page).
            for gallicism in [
                "the means",
                "usual marks",
                "realise the",
                "in line with the objective",
                "Points to watch",
                "An extra revenue",
                "Prudent",
                "prudent",
                "Spend a month",
                "profitable ceiling",
            ] {
                assert!(
                    !w.en.contains(gallicism),
                    "{name}: « {gallicism} » in {:?}",
                    w.en
                );
            }
        }
    }

    #[test]
    fn counted_nouns_agree_in_each_language() {
        let (one, many) = (review::ALERT_NOUN_ONE, review::ALERT_NOUN_MANY);
        let nouns = |l| [0, 1, 2].map(|n| counted(n, l, one, many));
        assert_eq!(nouns(Locale::Fr), ["alerte", "alerte", "alertes"]);
        assert_eq!(nouns(Locale::En), ["alerts", "alert", "alerts"]);
    }

    #[test]
    fn fill_replaces_in_order() {
        let w = Words {
            fr: "{} sur {}",
            en: "{} of {}",
        };
        assert_eq!(w.fill(Locale::Fr, &[&1, &"4"]), "1 sur 4");
        assert_eq!(w.fill(Locale::En, &[&2.5, &'x']), "2.5 of x");
    }
}
