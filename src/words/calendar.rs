//! The quarterly reviews as calendar events (`.ics`).

use crate::words::Words;

entries! {
    CALENDAR_NAME = "Revues trimestrielles Boussole", "Boussole quarterly reviews";
    REVIEW_TITLE = "Revue {} — Boussole", "{} review — Boussole";
    QUARTER_TARGET = "Objectif {}\u{202f}: {} de chiffre d’affaires, dont {} de CA supplémentaire.",
        "{} goal: {} of revenue, of which {} is extra revenue.";
    CHANNEL_TARGETS = "Cibles par canal\u{202f}:", "Channel targets:";
    CHANNEL_TARGET = "{}\u{202f}: {} sessions par mois, {} de CA supplémentaire",
        "{}: {} sessions a month, {} of extra revenue";
    ALERTS = "Seuils d’alerte\u{202f}:", "Alert thresholds:";
    /// Who (a channel, the shop), what, `≥` or `≤`, the threshold.
    ALERT = "{}\u{202f}: {} {} {}", "{}: {} {} {}";
    WHOLE_SHOP = "Boutique", "Shop";
    REVENUE = "chiffre d’affaires du trimestre", "quarter’s revenue";
    SESSIONS = "sessions du trimestre", "sessions in the quarter";
    CONVERSION_RATE = "taux de conversion", "conversion rate";
    CPA = "CPA", "CPA";
    THREE_QUESTIONS = "Les trois temps de la revue\u{202f}:\n1. Analyse\u{202f}: qu’est-ce qui a été atteint, dépassé ou manqué\u{202f}?\n2. Interprétation\u{202f}: pourquoi\u{202f}?\n3. Décision\u{202f}: que changer au trimestre prochain\u{202f}?",
        "The review’s three moments:\n1. Analysis: what was reached, exceeded or missed?\n2. Interpretation: why?\n3. Decision: what to change next quarter?";
}
