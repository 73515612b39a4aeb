//! The SMART objectives (§9) and the OKR (§12). Most sentences open with a deadline.

use crate::words::Words;

entries! {
    /// A quarter's label (`T4 2027`).
    DEADLINE = "d’ici fin {}", "by the end of {}";
    /// What a growth rate is judged against (§3): in line with it, or beyond it.
    PAST_GROWTH_WITH =
        "à la croissance des 12 derniers mois ({})",
        "with the growth of the last 12 months ({})";
    PAST_GROWTH_BEYOND =
        "au-delà de la croissance des 12 derniers mois ({})",
        "beyond the growth of the last 12 months ({})";
    USUAL_WITH =
        "aux repères usuels (+15\u{202f}% courant, +30\u{202f}% ambitieux)",
        "with the usual benchmarks (+15% typical, +30% ambitious)";
    USUAL_BEYOND =
        "au-delà des repères usuels (+15\u{202f}% courant, +30\u{202f}% ambitieux)",
        "beyond the usual benchmarks (+15% typical, +30% ambitious)";
    /// Deadline, current revenue, target revenue, growth.
    PLAN =
        "{}, porter le CA en ligne de {} à {} ({}) sur 12 mois.",
        "{}, grow online revenue from {} to {} ({}) over 12 months.";
    /// Deadline, channel name, sessions now, the year's monthly average, the last quarter,
    /// its monthly run-rate, extra revenue, [`CPA_CLAUSE`] or nothing.
    CHANNEL_GROWN =
        "{}, porter le trafic «\u{202f}{}\u{202f}» de {} à {} sessions par mois en moyenne sur l’année ({}\u{202f}: {} par mois), pour {} de CA supplémentaire{}.",
        "{}, grow “{}” traffic from {} to an average of {} sessions a month over the year ({}: {} a month), for {} of extra revenue{}.";
    /// Deadline, channel name, the year's monthly average, the last quarter, its monthly
    /// run-rate, extra revenue, [`CPA_CLAUSE`] or nothing.
    CHANNEL_BUILT =
        "{}, amener «\u{202f}{}\u{202f}» à {} sessions par mois en moyenne sur l’année ({}\u{202f}: {} par mois), pour {} de CA supplémentaire{}.",
        "{}, bring “{}” to an average of {} sessions a month over the year ({}: {} a month), for {} of extra revenue{}.";
    /// A channel with a cost: the CPA the plan expects, then the target CPA.
    CPA_CLAUSE = ", à un CPA prévu de {} (cible\u{202f}: {})", ", at a planned CPA of {} (target: {})";
    /// The quarter, target revenue, year-on-year growth, the same quarter a year before.
    QUARTER =
        "Au {}, réaliser {} de CA en ligne ({} par rapport au {}).",
        "In {}, bring in {} of online revenue ({} on {}).";
    /// What grows ([`GROWTH_SUBJECT`], …), then the reference (`…_WITH`).
    IN_LINE = "{} reste conforme {}.", "{} is in line {}.";
    /// What grows, then the reference (`…_BEYOND`).
    STRETCH =
        "{} demande un effort marqué, {}\u{202f}: prévoyez les moyens nécessaires.",
        "{} is a stretch, {}: plan the resources it needs.";
    AGGRESSIVE =
        "{} va très {}\u{202f}: peu atteignable sans changement majeur.",
        "{} goes far {}: hardly achievable without a major change.";
    /// `results::MOMENTUM_TREND` or [`AT_FLAT_TREND`], what the trend and the planned spend bring,
    /// what is left to unpriced effort.
    EFFORT_NOT_PRICED =
        "{} et avec les dépenses prévues, le CA atteindrait {}\u{202f}; il reste {} à trouver par un effort que ce plan ne chiffre pas.",
        "{} and with the planned spend, revenue would reach {}; {} is left to find through effort this plan does not price.";
    /// The shop's past growth.
    AT_FLAT_TREND = "À tendance stable (croissance passée inconnue)", "With a flat trend (past growth unknown)";
    /// The growth (unsigned).
    GROWTH_SUBJECT = "Une croissance de {}", "Growth of {}";
    TRAFFIC_SUBJECT = "Une hausse du trafic de {}", "Traffic growth of {}";
    QUARTER_SUBJECT = "Une croissance de {} sur un an", "Year-on-year growth of {}";
    NO_TRAFFIC_TODAY =
        "Canal sans trafic aujourd’hui\u{202f}: aucune référence pour juger l’effort.",
        "No traffic on this channel today: nothing to judge the effort against.";
    /// A paid channel's spend multiple, today's monthly spend, the planned one.
    SPEND_GROWTH_OBSERVED =
        "Dépense mensuelle ×{} (de {} à {})\u{202f}: proche de ce que ce canal a déjà montré.",
        "Monthly spend ×{} (from {} to {}): close to what this channel has already shown.";
    SPEND_GROWTH_EXTRAPOLATED =
        "Dépense mensuelle ×{} (de {} à {})\u{202f}: au-delà du double, la courbe de réponse est extrapolée\u{202f}; augmentez par paliers et mesurez.",
        "Monthly spend ×{} (from {} to {}): beyond double, the response curve is extrapolated; raise it in steps and measure.";
    SPEND_GROWTH_FAR =
        "Dépense mensuelle ×{} (de {} à {})\u{202f}: bien au-delà de ce que ce canal a montré, la courbe de réponse n’en dit plus rien de fiable.",
        "Monthly spend ×{} (from {} to {}): far beyond what this channel has shown, the response curve says nothing reliable about it.";
    PAID_WITHOUT_TRAFFIC =
        "Canal payant sans trafic aujourd’hui\u{202f}: sa courbe de réponse, donc son coût, ne peut pas être estimée.",
        "Paid channel with no traffic today: its response curve, and so its cost, cannot be estimated.";
    /// The channel's traffic growth, then the shop's trend.
    NO_COST_WITHIN_TREND =
        "Aucun coût prévu, pour une hausse du trafic de {} qui reste dans la tendance de la boutique ({}).",
        "No cost planned, for traffic growth of {} within the shop’s trend ({}).";
    NO_COST_BEYOND_TREND =
        "Hausse du trafic de {}, au-delà de la tendance de la boutique ({}), sans aucun coût prévu\u{202f}: aucun moyen n’est prévu pour cette croissance.",
        "Traffic growth of {}, beyond the shop’s trend ({}), with no cost planned: nothing is planned to bring this growth.";
    NO_COST_BUILT =
        "Canal à construire sans aucun coût prévu\u{202f}: aucun moyen n’est prévu pour cette croissance.",
        "A channel to build with no cost planned: nothing is planned to bring this growth.";
    /// Planned CPA, then a new customer's 12-month margin.
    CHANNEL_LOSS_MAKING =
        "CPA prévu de {}, au-delà de la marge d’un nouveau client sur 12 mois ({})\u{202f}: canal à perte.",
        "Planned CPA of {}, beyond a new customer’s 12-month margin ({}): the channel loses money.";
    /// Planned CPA, target CPA, a new customer's 12-month margin.
    CHANNEL_BELOW_TARGET =
        "CPA prévu de {}, hors cible ({}), rentabilisé sur 12 mois ({}) si chaque commande payée amène un nouveau client.",
        "Planned CPA of {}, above the target ({}), paid back within 12 months ({}) if each paid order brings a new customer.";
    /// Planned CPA, target CPA.
    CHANNEL_WITHIN_TARGET =
        "CPA prévu de {}, dans la cible ({}).",
        "Planned CPA of {}, within the target ({}).";
    /// Marginal CPA, target CPA: added to a channel's reason when it goes beyond its ceiling.
    CHANNEL_BEYOND_CEILING =
        "Mais au niveau prévu, la dernière commande coûte {} (CPA marginal), au-delà du CPA cible ({}).",
        "But at the planned level the last order costs {} (marginal CPA), beyond the target CPA ({}).";
    /// Marginal CPA, a new customer's 12-month margin: added to a channel's reason when the
    /// plan takes it past its break-even point.
    CHANNEL_PAST_BREAK_EVEN =
        "Et au niveau prévu, la dernière commande coûte {} (CPA marginal), plus que les {} qu’un nouveau client rapporte en 12 mois\u{202f}: seuil de rentabilité dépassé.",
        "And at the planned level the last order costs {} (marginal CPA), more than the {} a new customer brings in 12 months: past the break-even point.";
    /// The plan's extra contribution (negative).
    PLAN_LOSES_MONEY =
        "Le plan perd de l’argent\u{202f}: contribution supplémentaire de {} sur 12 mois.",
        "The plan loses money: additional contribution of {} over 12 months.";
    /// Planned cost, budget.
    PLAN_OVER_BUDGET =
        "Le coût prévu ({}) dépasse le budget marketing ({}).",
        "The planned cost ({}) exceeds the marketing budget ({}).";
    /// The channels' names: one, then several.
    PLAN_LOSS_MAKING = "Canal à perte\u{202f}: {}.", "Loss-making channel: {}.";
    PLAN_LOSS_MAKING_MANY = "Canaux à perte\u{202f}: {}.", "Loss-making channels: {}.";
    PLAN_BELOW_TARGET =
        "CPA hors cible, rentabilisé sur 12 mois\u{202f}: {}.",
        "CPA above target, paid back within 12 months: {}.";
    PLAN_BEYOND_CEILING =
        "Canal au-delà de son plafond cible\u{202f}: {}.",
        "Channel beyond its target ceiling: {}.";
    PLAN_BEYOND_CEILING_MANY =
        "Canaux au-delà de leur plafond cible\u{202f}: {}.",
        "Channels beyond their target ceiling: {}.";
    PLAN_PAST_BREAK_EVEN =
        "Canal au-delà de son seuil de rentabilité\u{202f}: {}.",
        "Channel past its break-even point: {}.";
    PLAN_PAST_BREAK_EVEN_MANY =
        "Canaux au-delà de leur seuil de rentabilité\u{202f}: {}.",
        "Channels past their break-even point: {}.";
    PLAN_GROWS_WITHOUT_COST =
        "Canal qui croît au-delà de la tendance de la boutique sans aucun coût prévu\u{202f}: {}.",
        "Channel growing beyond the shop’s trend with no cost planned: {}.";
    PLAN_GROWS_WITHOUT_COST_MANY =
        "Canaux qui croissent au-delà de la tendance de la boutique sans aucun coût prévu\u{202f}: {}.",
        "Channels growing beyond the shop’s trend with no cost planned: {}.";
    /// The shop's trend when no past growth is known.
    UNKNOWN_TREND = "inconnue, prise à 0\u{202f}%", "unknown, taken as 0%";
    /// Planned cost, budget.
    PLAN_WITHIN_BUDGET =
        "Coût prévu de {} dans le budget ({}), CPA dans la cible sur chaque canal qui a un coût.",
        "Planned cost of {} within the budget ({}), CPA within target on every channel with a cost.";
    /// Planned cost.
    PLAN_WITHIN_TARGET =
        "Coût prévu de {}, CPA dans la cible sur chaque canal qui a un coût.",
        "Planned cost of {}, CPA within target on every channel with a cost.";
    PLAN_NO_COST =
        "Aucun coût prévu pour l’effort supplémentaire\u{202f}: rien ne permet d’en juger la rentabilité.",
        "No cost planned for the extra effort: nothing to judge its profitability by.";
    /// No number in it (§12).
    OKR_OBJECTIVE =
        "Faire croître le CA en ligne de façon rentable, canal par canal.",
        "Grow online revenue profitably, channel by channel.";
    /// No number in it, for a plan that loses money: it claims no profitability.
    OKR_OBJECTIVE_UNPROFITABLE =
        "Faire croître le CA en ligne canal par canal, en ramenant l’effort à la rentabilité.",
        "Grow online revenue channel by channel, and bring the effort back to profitability.";
    /// Target revenue, current revenue.
    OKR_REVENUE =
        "Atteindre {} de CA en ligne sur 12 mois (contre {}).",
        "Reach {} of online revenue over 12 months (from {}).";
    /// Channel name, the year's monthly average of sessions, extra revenue.
    OKR_CHANNEL =
        "{}\u{202f}: {} sessions par mois en moyenne, pour {} de CA supplémentaire.",
        "{}: an average of {} sessions a month, for {} of extra revenue.";
    /// Target CPA, LTV:CAC ratio.
    OKR_CPA =
        "Garder le CPA des canaux payants sous {} (LTV:CAC ≥ {}).",
        "Keep the paid channels’ CPA under {} (LTV:CAC ≥ {}).";
    /// Added when the plan forecasts a higher paid CPA (that CPA).
    OKR_CPA_MISSED =
        " Le plan prévoit {}\u{202f}: ce résultat clé sera manqué sans changement.",
        " The plan forecasts {}: this key result will be missed without a change.";
    /// Extra orders over 12 months.
    OKR_ORDERS =
        "Gagner {} commandes supplémentaires sur 12 mois.",
        "Win {} extra orders over 12 months.";
}
