//! How messages name the input fields (`crate::fields`), and where they stand.

use crate::words::Words;

entries! {
    START = "Début du plan", "Plan start";
    UNCERTAINTY = "Incertitude", "Uncertainty";
    TRAFFIC_UNCERTAINTY = "Incertitude sur le trafic", "Traffic uncertainty";
    CONVERSION_UNCERTAINTY = "Incertitude sur la conversion", "Conversion uncertainty";
    AOV_UNCERTAINTY = "Incertitude sur le panier moyen", "Order value uncertainty";
    DOUBLING_GAIN_UNCERTAINTY = "Incertitude sur le gain si le budget double", "Doubling-gain uncertainty";
    DRAWS = "Nombre de tirages", "Number of draws";
    SEED = "Graine du tirage", "Random seed";
    HISTORY = "Historique", "History";
    HISTORY_MONTHS = "CA mensuel passé", "Past monthly revenue";
    YEAR = "Année", "Year";
    CHANNELS = "Canaux", "Channels";
    GOAL = "Objectif", "Goal";
    GROWTH_GOAL = "Croissance visée", "Growth goal";
    EXTRA_REVENUE_GOAL = "CA supplémentaire visé", "Extra revenue goal";
    MILESTONE_MODE = "Répartition des paliers", "Milestone mode";
    RAMP_WEIGHTS = "Poids de la montée en charge", "Ramp weights";
    SCENARIOS = "Scénarios", "Scenarios";
    PRUDENT_FACTOR = "Facteur du scénario prudent", "Conservative scenario factor";
    AMBITIOUS_FACTOR = "Facteur du scénario ambitieux", "Ambitious scenario factor";
    ACTUALS = "Réalisé", "Actuals";
    ID = "Identifiant", "Id";
    CHANNEL_NAME = "Nom du canal", "Channel name";
    CHANNEL_KIND = "Type de canal", "Channel type";
    SESSIONS_PER_MONTH = "Sessions par mois", "Sessions per month";
    COST = "Coût", "Cost";
    COST_MODEL = "Modèle de coût", "Cost model";
    CURRENT_MONTHLY_SPEND = "Dépense mensuelle actuelle", "Current monthly spend";
    FIXED_MONTHLY_COST = "Coût mensuel fixe", "Fixed monthly cost";
    DOUBLING_GAIN = "Gain si le budget double", "Gain when the budget doubles";
    DOUBLING_GAIN_UNCERTAINTY_HINT =
        "Canaux payants\u{202f}: l’incertitude sur ce que rapporte un budget doublé (si vide\u{202f}: 0\u{202f}%).",
        "Paid channels: the uncertainty on what a doubled budget brings (if blank: 0%).";
    ORDER_COSTS = "Coûts par commande", "Order costs";
    COST_PER_ORDER = "Coût par commande", "Cost per order";
    RETURN_RATE = "Taux de retour", "Return rate";
    FIRST_ORDER_DISCOUNT = "Remise de première commande", "First-order discount";
    /// Where a field stands: in the n-th channel, closed quarter, calendar quarter (of a
    /// seasonality), plan quarter (of the ramp weights), or item of a list.
    CHANNEL_N = "canal {}", "channel {}";
    CLOSED_QUARTER_N = "trimestre réalisé {}", "closed quarter {}";
    CALENDAR_QUARTER_N = "T{}", "Q{}";
    PLAN_QUARTER_N = "trimestre {}", "quarter {}";
    NUMBER_N = "n°\u{a0}{}", "no. {}";
}
