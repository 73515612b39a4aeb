//! The plan's warnings (§10).

use crate::words::Words;

entries! {
    /// The goal's growth, then the past growth.
    AGGRESSIVE_GOAL_AGAINST_THE_PAST =
        "Objectif agressif\u{202f}: {} en un an, plus du double de la croissance des 12 derniers mois ({}). Vérifiez les moyens ou visez plus bas.",
        "Aggressive goal: {} in a year, more than twice the growth of the last 12 months ({}). Check the resources or aim lower.";
    /// The goal's growth.
    AGGRESSIVE_GOAL =
        "Objectif agressif\u{202f}: {} en un an, au-delà de +30\u{202f}%. Vérifiez les moyens ou visez plus bas.",
        "Aggressive goal: {} in a year, beyond +30%. Check the resources or aim lower.";
    /// The planned cost, then the budget.
    BUDGET_EXCEEDED =
        "Le coût prévu de l’effort supplémentaire ({}) dépasse le budget marketing ({}).",
        "The planned cost of the extra effort ({}) exceeds the marketing budget ({}).";
    /// The abandonment rate, then the growth in orders.
    LEVER_OUT_OF_REACH =
        "Réduire l’abandon de panier ({}) ne suffit pas, même à zéro, pour {} de commandes.",
        "Lowering cart abandonment ({}) cannot bring {} orders on its own, even down to zero.";
    /// The channel's name.
    CONVERSION_ABOVE_100 =
        "«\u{202f}{}\u{202f}»\u{202f}: sans plus de trafic, il faudrait un taux de conversion supérieur à 100\u{202f}%. Ce canal a besoin de trafic.",
        "“{}”: without more traffic it would need a conversion rate above 100%. This channel needs traffic.";
    /// The channel's name, then the sessions to build.
    CHANNEL_WITHOUT_TRAFFIC =
        "«\u{202f}{}\u{202f}» part de zéro\u{202f}: {} sessions par mois à construire.",
        "“{}” starts from zero: {} sessions a month to build.";
    /// The channel's name, its CPA, then a customer's 12-month margin.
    LOSS_MAKING =
        "«\u{202f}{}\u{202f}» perd de l’argent\u{202f}: un CPA de {} dépasse la marge d’un nouveau client sur 12 mois ({}).",
        "“{}” loses money: a CPA of {} exceeds a new customer’s 12-month margin ({}).";
    /// The channel's name, its marginal CPA, the target CPA, the most extra revenue within it.
    BEYOND_FEASIBLE =
        "«\u{202f}{}\u{202f}» dépasse son plafond cible\u{202f}: au niveau prévu, la dernière commande coûte {} (CPA marginal), plus que le CPA cible ({}). Jusqu’à {} de CA supplémentaire, elle resterait dans la cible.",
        "“{}” goes beyond its target ceiling: at the planned level the last order costs {} (marginal CPA), more than the target CPA ({}). Up to {} of additional revenue, it would stay within target.";
    /// The same, for a channel whose ceiling is today's level.
    BEYOND_FEASIBLE_TODAY =
        "«\u{202f}{}\u{202f}» a déjà dépassé son plafond cible aujourd’hui\u{202f}: au niveau prévu, la dernière commande coûterait {} (CPA marginal), plus que le CPA cible ({})\u{202f}; chaque commande de plus y coûte plus que la cible.",
        "“{}” is already past its target ceiling today: at the planned level the last order would cost {} (marginal CPA), more than the target CPA ({}); every extra order there costs more than the target.";
    /// The plan's extra contribution (negative).
    PLAN_LOSES_MONEY =
        "Le plan perd de l’argent\u{202f}: sa contribution supplémentaire est de {} sur 12 mois (marge des commandes supplémentaires moins le coût de l’effort). Réduisez la part payante de l’objectif ou son coût, ou visez plus bas.",
        "The plan loses money: its additional contribution is {} over 12 months (margin on the additional orders less the cost of the effort). Reduce the paid part of the goal or its cost, or aim lower.";
    /// The channel's name, today's marginal CPA, a customer's 12-month margin, the monthly spend at the break-even point.
    PAID_CHANNEL_OVER_SPENT =
        "«\u{202f}{}\u{202f}» dépense déjà trop\u{202f}: aujourd’hui, sa dernière commande coûte {}, plus que les {} qu’un nouveau client rapporte en 12 mois. Réduire la dépense à {} par mois (seuil de rentabilité) plutôt que l’augmenter.",
        "“{}” already spends too much: today its last order costs {}, more than the {} a new customer brings in 12 months. Reduce the spend to {} a month (break-even point) rather than raise it.";
    /// The channels whose last order loses money, listed.
    PAID_SPLIT_LOSES_MONEY =
        "Même répartie au moindre coût, la part payante de l’objectif achète des commandes qui coûtent plus qu’un nouveau client ne rapporte en 12 mois ({})\u{202f}: visez moins de CA sur les canaux payants.",
        "Even split at the lowest cost, the paid part of the goal buys orders that cost more than a new customer brings in 12 months ({}): aim for less revenue from the paid channels.";
    NO_COST_PLANNED =
        "Aucun coût n’est prévu pour l’effort supplémentaire\u{202f}: même le SEO et l’emailing demandent du contenu, des outils ou du temps. Ajoutez un coût fixe mensuel aux canaux concernés.",
        "No cost is planned for the extra effort: even SEO and email take content, tools or time. Add a fixed monthly cost to the channels concerned.";
    /// The prudent scenario's contribution.
    PRUDENT_SCENARIO_LOSES_MONEY =
        "Dans le scénario prudent, l’effort supplémentaire perd de l’argent ({} de contribution)\u{202f}: les dépenses prévues ne sont pas couvertes si le trafic convertit moins bien.",
        "In the conservative scenario the additional effort loses money ({} of contribution): the planned spend is not covered if the traffic converts less well.";
    /// The first-order margin, then the 12-month customer margin.
    NEGATIVE_UNIT_MARGIN =
        "Marge négative ou nulle\u{202f}: {} sur une première commande, {} sur un client en 12 mois, une fois les coûts par commande déduits. Aucune acquisition payante ne peut être rentable.",
        "Zero or negative margin: {} on a first order, {} on a customer over 12 months, after order costs. No paid acquisition can be profitable.";
    /// The channel's name, its first-order margin and 12-month customer margin.
    CHANNEL_NEGATIVE_UNIT_MARGIN =
        "«\u{202f}{}\u{202f}»\u{202f}: marge négative ou nulle avec son panier moyen ({} sur une première commande, {} sur un client en 12 mois).",
        "“{}”: zero or negative margin at its average order value ({} on a first order, {} on a customer over 12 months).";
    /// The channel's name, then its conversion rate.
    /// The channels' yearly revenue, then the history's last 12 months.
    BASELINE_DIFFERS_FROM_HISTORY =
        "Les chiffres des canaux donnent {} de CA annuel, mais les 12 derniers mois de l’historique en font {}\u{202f}: vérifiez le trafic, la conversion ou le panier moyen saisis.",
        "The channels’ figures give {} of yearly revenue, but the last 12 months of history add up to {}: check the traffic, conversion or order value entered.";
    IMPLAUSIBLE_CONVERSION_RATE =
        "«\u{202f}{}\u{202f}»\u{202f}: un taux de conversion de {} est très inhabituel. Vouliez-vous dire {}\u{a0}? Dans un fichier JSON, 2\u{202f}% s’écrit 0.02.",
        "“{}”: a conversion rate of {} is most unusual. Did you mean {}? In a JSON file, 2% is written 0.02.";
}
