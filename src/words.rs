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
        /// The label of the tab list.
        VIEW_TABS = "Vue", "View";
        STALE_PLAN = "Résultats du dernier plan valide\u{202f}: corrigez les champs signalés pour les mettre à jour.",
            "Results of the last valid plan: fix the highlighted fields to update them.";
        NO_PLAN_YET = "Corrigez les champs signalés pour calculer le plan.",
            "Fix the highlighted fields to compute the plan.";
        PLAN_HAS_ERRORS = "Le plan a des erreurs\u{202f}: corrigez-les dans la vue Plan.",
            "The plan has errors: fix them in the Plan view.";
        PLAN_HAS_ERRORS_FOR_REVIEW = "Le plan a des erreurs\u{202f}: corrigez-les dans la vue Plan pour mettre la revue à jour.",
            "The plan has errors: fix them in the Plan view to update the review.";
        STALE_REVIEW = "Résultats de la dernière revue valide\u{202f}: corrigez les champs signalés pour les mettre à jour.",
            "Results of the last valid review: fix the highlighted fields to update them.";
        NO_REVIEW_YET = "Corrigez les champs signalés pour calculer la revue.",
            "Fix the highlighted fields to compute the review.";
        EXAMPLE_RESTORED = "Plan d’exemple rétabli.", "Example plan restored.";
        OBJECTIVE_COPIED = "Objectif copié.", "Objective copied.";
        OKR_COPIED = "OKR copiés.", "OKR copied.";
        OKR_COPIED_MARKDOWN = "OKR copiés en Markdown.", "OKR copied as Markdown.";
        LINK_COPIED = "Lien copié\u{202f}: il contient tout le plan.", "Link copied: it holds the whole plan.";
        PLAN_IMPORTED = "Plan importé.", "Plan imported.";
        PLAN_AND_ACTUALS_IMPORTED = "Plan et réalisé importés.", "Plan and actuals imported.";
        NOT_A_PLAN_FILE = "Ce fichier n’est pas un plan Boussole valide\u{202f}: {}",
            "This file is not a valid Boussole plan: {}";
    }

    /// The names of the files the planner offers to save.
    files {
        PLAN = "boussole-plan.json", "boussole-plan.json";
        REVIEW = "boussole-revue.json", "boussole-review.json";
        TARGETS = "boussole-objectifs.csv", "boussole-targets.csv";
        ALERT_RULES = "boussole-alertes.csv", "boussole-alert-rules.csv";
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
