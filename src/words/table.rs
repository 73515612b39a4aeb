//! The plan as text (`--format table`, `--format markdown`, « Copier le plan »): its
//! one-line summaries.

use crate::words::Words;

entries! {
    /// The Markdown plan's first heading.
    PLAN_TITLE = "Plan d’objectifs Boussole", "Boussole objectives plan";
    /// Current and target revenue, then the growth.
    HEADLINE =
        "CA actuel {}  →  CA visé {} ({})",
        "Current revenue {}  →  target revenue {} ({})";
    /// Margin per order, break-even ROAS, max CPA (first order, 12 months), target CPA, target ROAS.
    UNIT_ECONOMICS_LINE =
        "Marge par commande {} · ROAS de rentabilité {} · CPA max 1re commande {} · CPA max 12 mois {} · CPA cible {} · ROAS cible {}",
        "Margin per order {} · break-even ROAS {} · max CPA first order {} · max CPA 12 months {} · target CPA {} · target ROAS {}";
    /// Extra cost, paid CPA, cost per extra order, extra contribution.
    TOTALS_LINE =
        "Coût supplémentaire {} · CPA des canaux payants {} · coût par commande supplémentaire (tous canaux) {} · contribution supplémentaire {}",
        "Extra cost {} · paid channels’ CPA {} · cost per extra order (every channel) {} · extra contribution {}";
    /// Probability of the goal, of a loss, the draws.
    OUTLOOK_LINE =
        "Chance d’atteindre le CA visé {} · risque de perte {} ({} tirages)",
        "Chance of reaching the target revenue {} · risk of a loss {} ({} draws)";
    /// The saving, the most extra revenue within target, then before a loss.
    SPLIT_LINE =
        "Économie possible {} · CA supplémentaire maximal dans la cible\u{202f}: {} · avant perte\u{202f}: {}",
        "Possible saving {} · maximum additional revenue within target: {} · before a loss: {}";
    /// The objective, then its achievable and realistic checks.
    OBJECTIVE_LINE =
        "- {} [atteignable\u{202f}: {} · réaliste\u{202f}: {}]",
        "- {} [achievable: {} · realistic: {}]";
    /// Extra revenue so far and its share of the goal, remaining, projection and its share of the goal, status.
    REVIEW_PROGRESS =
        "CA supplémentaire à date {} ({} de l’objectif) · {} · projection au même taux d’atteinte ({}) {} ({} de l’objectif) · {}",
        "Additional revenue so far {} ({} of the goal) · {} · projection at the same attainment ({}) {} ({} of the goal) · {}";
    /// What is left of the goal.
    REVIEW_REMAINING = "reste {}", "remaining {}";
    /// How far the goal is exceeded.
    REVIEW_EXCEEDED = "objectif dépassé de {}", "goal exceeded by {}";
}
