//! The quarterly review's alerts (§11): where, then the actual figure and its threshold.

use crate::words::Words;

entries! {
    /// The channel's name, then the quarter.
    CHANNEL_IN_QUARTER = "«\u{202f}{}\u{202f}», {}", "“{}”, {}";
    REVENUE_BELOW_TARGET =
        "{}\u{202f}: CA de {}, sous le seuil d’alerte de {}. Analysez les canaux en retard avant d’ajuster le plan.",
        "{}: revenue of {}, below the alert threshold of {}. Look at the lagging channels before adjusting the plan.";
    SESSIONS_BELOW_TARGET =
        "{}\u{202f}: {} sessions, sous le seuil de {}. Le trafic manque\u{202f}: visibilité, budget ou calendrier à revoir.",
        "{}: {} sessions, below the threshold of {}. Traffic is short: review visibility, budget or timing.";
    CONVERSION_BELOW_FLOOR =
        "{}\u{202f}: conversion de {}, sous le plancher de {}. Vérifiez le ciblage et le parcours d’achat.",
        "{}: conversion of {}, below the floor of {}. Check targeting and the checkout path.";
    CPA_ABOVE_PLAN =
        "{}\u{202f}: CPA de {}, au-dessus du seuil de {} (CPA prévu du trimestre, tolérance comprise). Revoyez enchères et ciblage, ou réallouez le budget.",
        "{}: CPA of {}, above the threshold of {} (the quarter’s planned CPA, tolerance included). Review bids and targeting, or move the budget.";
}
