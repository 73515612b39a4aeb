//! The quarterly review on the page (and its summary for screen readers).

use crate::words::Words;

entries! {
    EMPTY_NOTHING_CLOSED =
        "Aucun trimestre n’est encore clos. Quand un trimestre du plan se termine, clôturez-le et saisissez son chiffre d’affaires réalisé (et, si vous les avez, les sessions, commandes et dépenses de chaque canal).",
        "No quarter is closed yet. When a plan quarter ends, close it and enter the revenue it made (and, if you have them, each channel’s sessions, orders and spend).";
    EMPTY_WHAT_IT_DOES =
        "La revue compare alors le réalisé aux objectifs, projette l’année au même taux d’atteinte, revoit les objectifs des trimestres restants et signale les indicateurs au-delà de leur seuil d’alerte.",
        "The review then compares the actuals with the targets, projects the year at the same attainment, revises the targets of the quarters left and flags the indicators beyond their alert threshold.";
    /// Where the review goes while a closed quarter's figures are still to come.
    PENDING =
        "La revue s’affichera ici\u{202f}: elle compare le réalisé aux objectifs, projette l’année au même taux d’atteinte, revoit les objectifs des trimestres restants et signale les indicateurs au-delà de leur seuil d’alerte.",
        "The review will show here: it compares the actuals with the targets, projects the year at the same attainment, revises the targets of the quarters left and flags the indicators beyond their alert threshold.";
    /// Heads the closed quarters whose revenue is still to type, before any review computed.
    TO_FILL = "Pour calculer la revue, saisissez le chiffre d’affaires réalisé de\u{202f}:",
        "To compute the review, enter the revenue of:";
    /// The same, once a review of the quarters before is shown.
    TO_FILL_UPDATE = "Pour mettre la revue à jour, saisissez le chiffre d’affaires réalisé de\u{202f}:",
        "To update the review, enter the revenue of:";
    WHERE_DOES_THE_GOAL_STAND = "Où en est l’objectif\u{202f}?", "Where does the goal stand?";
    EXTRA_REVENUE_SO_FAR = "CA supplémentaire à date", "Extra revenue so far";
    SHARE_OF_THE_GOAL_REACHED = "Part de l’objectif atteinte", "Share of the goal reached";
    REMAINING = "Reste à faire", "Remaining";
    GOAL_EXCEEDED_BY = "Objectif dépassé de", "Goal exceeded by";
    ATTAINMENT_SO_FAR = "Atteinte des trimestres clos", "Attainment of the closed quarters";
    PACE_AGAINST_THE_PLAN = "Rythme par rapport au plan", "Pace against the plan";
    PROJECTED_REVENUE_AT_CURRENT_PACE =
        "CA projeté, si les trimestres restants atteignent leur cible comme les trimestres clos",
        "Projected revenue, if the open quarters reach their targets as the closed ones did";
    PROJECTED_GOAL_ATTAINMENT = "Objectif atteint en projection", "Projected goal attainment";
    EFFORT_ASKED_OF_REMAINING_QUARTERS =
        "Effort demandé aux trimestres restants",
        "Effort asked of the remaining quarters";
    QUARTERS = "Trimestres", "Quarters";
    QUARTERS_CAPTION =
        "Réalisé face au plan, et objectifs revus des trimestres à venir",
        "Actuals against the plan, and revised targets of the quarters to come";
    CHART_INTRO =
        "Graphique\u{202f}: CA visé, réalisé et revu par trimestre",
        "Chart: target, actual and reforecast revenue per quarter";
    CHART_TARGET = "visé ", "target ";
    CHART_ACTUAL = ", réalisé ", ", actual ";
    CHART_REFORECAST = ", revu ", ", reforecast ";
    CHANNEL_KPIS = "Indicateurs par canal", "Channel KPIs";
    CHANNEL_KPIS_CAPTION =
        "Sessions, conversion et CPA réalisés face au plan",
        "Sessions, conversion and CPA against the plan";
    ABOVE_THE_THRESHOLD = "au-dessus du seuil", "above the threshold";
    BELOW_THE_THRESHOLD = "sous le seuil", "below the threshold";
    ABOVE_PLAN = "au-dessus du prévu", "above plan";
    BELOW_PLAN = "sous le plan", "below plan";
    ALERTS = "Alertes", "Alerts";
    REFORECAST_YEAR_ON_YEAR = "Revu sur un an", "Reforecast year on year";
    TARGET_SESSIONS = "Sessions visées", "Target sessions";
    CONVERSION = "Conversion", "Conversion";
    /// What the plan expects the channel's orders to cost on average (all its orders).
    PLANNED_CPA = "CPA prévu du trimestre (toutes commandes)", "Quarter’s planned CPA (all orders)";
    PLANNED_CONVERSION = "Conversion prévue", "Planned conversion";
    /// The screen readers' one-sentence summary of a review: closed quarters and their noun, status, projected revenue, alerts and their noun.
    SUMMARY =
        "Revue {}\u{202f}: {}, CA projeté {}, {} {}.",
        "Review {}: {}, projected revenue {}, {} {}.";
    /// How many quarters are closed: one, then several (their number).
    CLOSED_ONE = "d’un trimestre clos", "of one closed quarter";
    CLOSED_MANY = "de {} trimestres clos", "of {} closed quarters";
    ALERT_NOUN_ONE = "alerte", "alert";
    ALERT_NOUN_MANY = "alertes", "alerts";
    /// Said before the summary when it moved with the last edit.
    PROJECTED_REVENUE = "CA projeté", "Projected revenue";
}
