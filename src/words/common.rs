//! Words that several places say the same way: the form, the results, the review, the terminal.

use crate::words::Words;

entries! {
    CURRENT_REVENUE = "CA actuel", "Current revenue";
    EXTRA_REVENUE = "CA supplémentaire", "Extra revenue";
    COST_OF_THE_EXTRA_EFFORT = "Coût de l’effort supplémentaire", "Cost of the extra effort";
    MARGIN_PER_ORDER = "Marge par commande", "Margin per order";
    BREAK_EVEN_ROAS = "ROAS de rentabilité", "Break-even ROAS";
    TARGET_CPA = "CPA cible", "Target CPA";
    TARGET_ROAS = "ROAS cible", "Target ROAS";
    TOTAL = "Total", "Total";
    COST_PER_EXTRA_ORDER = "Coût par commande supp.", "Cost per extra order";
    PAID_CPA = "CPA des canaux payants", "Paid channels’ CPA";
    LIST_SEPARATOR = "\u{202f}; ", "; ";
    BASELINE_REVENUE = "CA de référence", "Baseline revenue";
    TARGET_REVENUE = "CA visé", "Target revenue";
    GOAL_SO_FAR = "Cumul de l’objectif", "Goal so far";
    CHANNEL = "Canal", "Channel";
    CONVERSION_RATE = "Taux de conversion", "Conversion rate";
    AVERAGE_ORDER_VALUE = "Panier moyen", "Average order value";
    ORDERS_PER_CUSTOMER_12_MONTHS =
        "Commandes par client sur 12 mois",
        "Orders per customer in 12 months";
    PLAN = "Plan", "Plan";
    QUARTER = "Trimestre", "Quarter";
    QUARTERLY_REVIEW = "Revue trimestrielle", "Quarterly review";
    COLON = "\u{202F}: ", ": ";
    /// Before the last item of a list (« SEO et Emailing »).
    AND = " et ", " and ";
    /// What `a → b` says aloud (the page shows the arrow, hidden from screen readers).
    ARROW = " à ", " to ";
    STATUS = "Statut", "Status";
    ACTUAL_REVENUE = "CA réalisé", "Actual revenue";
    REFORECAST = "CA revu", "Reforecast";
    SESSIONS = "Sessions", "Sessions";
    SHARE_OF_THE_GOAL = "Part de l’objectif", "Share of the goal";
    CPA = "CPA", "CPA";
    ROAS = "ROAS", "ROAS";
    VERDICT = "Verdict", "Verdict";
    EXTRA_REVENUE_ABBR = "CA supp.", "Extra revenue";
    EXTRA_ORDERS_ABBR = "Commandes supp.", "Extra orders";
    YEAR_ON_YEAR = "Sur un an", "Year on year";
    ATTAINMENT = "Atteinte", "Attainment";
    /// A quarter of a year: its number, then the year (`T1 2027`, `Q1 2027`).
    QUARTER_LABEL = "T{} {}", "Q{} {}";
    /// The months' abbreviations, January first, separated by `|` (`janv. 2027`, `Jan 2027`).
    MONTH_ABBREVIATIONS =
        "janv.|févr.|mars|avr.|mai|juin|juil.|août|sept.|oct.|nov.|déc.",
        "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec";
    /// The months' names, January first, separated by `|` (`décembre 2026`, `December 2026`).
    MONTH_NAMES =
        "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
        "January|February|March|April|May|June|July|August|September|October|November|December";
    /// A month a span starts from (« de janvier 2026 à… »).
    FROM_MONTH = "de {}", "from {}";
    /// The same before a month that starts with a vowel (« d’avril 2026 à… »).
    FROM_MONTH_ELIDED = "d’{}", "from {}";
    OPEN_QUOTE = "«\u{202f}", "“";
    CLOSE_QUOTE = "\u{202f}»", "”";
}
