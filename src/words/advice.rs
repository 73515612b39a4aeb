//! What to do now (the results' first section): at most three actions.

use crate::words::Words;

entries! {
    TITLE = "Que faire maintenant", "What to do now";
    /// The channel, the monthly spend at its break-even point, today's marginal CPA, a new customer's 12-month margin.
    CUT_SPEND =
        "Réduire la dépense de {} à {} par mois\u{202f}: aujourd’hui, sa dernière commande coûte {}, plus que les {} qu’un nouveau client rapporte en 12 mois.",
        "Reduce spend on {} to {} a month: today its last order costs {}, more than the {} a new customer brings in 12 months.";
    /// The channel, the most it may pay a click, the target CPA, what it pays today.
    BID_CAP =
        "Sur {}, enchérir au plus {} par clic pour tenir le CPA cible de {} (vous payez {} aujourd’hui).",
        "On {}, bid at most {} a click to hold the target CPA of {} (you pay {} today).";
    /// The channel, today's and the planned monthly budget, the increase.
    BUDGET =
        "Porter le budget de {} de {} à {} par mois (+{})",
        "Raise the budget of {} from {} to {} a month (+{})";
    /// Added to [`BUDGET`]: the spend at the target ceiling, the target CPA.
    BEYOND_TARGET_CEILING =
        "\u{202f}; au-delà de {} par mois, chaque commande de plus coûte plus que le CPA cible ({})",
        "; beyond {} a month, each extra order costs more than the target CPA ({})";
    /// Added to [`BUDGET`] when today's spend is already past the target ceiling: the target CPA.
    ALREADY_BEYOND_TARGET_CEILING =
        "\u{202f}: chaque commande de plus y coûte déjà plus que le CPA cible ({}), sans perdre d’argent tant qu’elle reste sous le seuil de rentabilité",
        ": each extra order there already costs more than the target CPA ({}), without losing money while it stays under the break-even point";
    /// The channels without cost asked to grow, the revenue the plan does not price.
    UNPRICED_EFFORT =
        "Prévoir les moyens de {}\u{202f}: {} de CA doivent venir d’un effort que ce plan ne chiffre pas (contenu, temps, outils).",
        "Plan the resources for {}: {} of revenue must come from effort this plan does not price (content, time, tools).";
}
