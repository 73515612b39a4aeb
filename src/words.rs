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
        let mut pieces = template.split("{}");
        if let Some(first) = pieces.next() {
            out.push_str(first);
        }
        for piece in pieces {
            if let Some(arg) = args.next() {
                let _ = write!(out, "{arg}");
            }
            out.push_str(piece);
        }
        out
    }
}

/// Declares the catalogue: `section { NAME = "français", "English"; … }`, each section a
/// module of `Words` constants, and [`ALL`] listing every entry by its path.
macro_rules! catalogue {
    ($(
        $(#[doc = $sdoc:literal])*
        $section:ident {
            $( $(#[doc = $doc:literal])* $name:ident = $fr:literal, $en:literal; )*
        }
    )*) => {
        $(
            $(#[doc = $sdoc])*
            pub mod $section {
                use super::Words;
                $( $(#[doc = $doc])* pub const $name: Words = Words { fr: $fr, en: $en }; )*
            }
        )*
        /// Every entry of the catalogue with its path (`page::RESET`), for the tests.
        pub const ALL: &[(&str, Words)] = &[
            $( $( (concat!(stringify!($section), "::", stringify!($name)), $section::$name), )* )*
        ];
    };
}

catalogue! {
    /// The planner element around the form and the results: notices, announcements, files.
    page {
        PLACEHOLDER = "Boussole", "Boussole";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_has_both_languages_and_the_same_placeholders() {
        for (name, w) in ALL {
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
        for (name, w) in ALL {
            for mark in [":", ";", "!", "?", "%", "»"] {
                assert!(
                    !w.fr.contains(&format!(" {mark}")),
                    "{name}: a breakable space before « {mark} » in {:?}",
                    w.fr
                );
            }
        }
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
