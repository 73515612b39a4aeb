//! The form: legends, labels, hints, options and buttons.

use crate::words::Words;

entries! {
    YOUR_PLAN = "Votre plan", "Your plan";
    YOUR_ACTUALS = "Votre réalisé", "Your actuals";
    CLOSED_QUARTERS = "Trimestres clos", "Closed quarters";
    CLOSED_QUARTERS_HINT =
        "À la fin de chaque trimestre du plan, saisissez son chiffre d’affaires réalisé et, si vous les avez, les totaux du trimestre par canal.",
        "At the end of each plan quarter, enter the revenue it made and, if you have them, each channel’s totals for the quarter.";
    QUARTER_REVENUE = "CA réalisé du trimestre", "Revenue of the quarter";
    BY_CHANNEL_OPTIONAL =
        "Par canal, sur le trimestre (facultatif)\u{202f}:",
        "By channel, over the quarter (optional):";
    ORDERS = "Commandes", "Orders";
    SPEND = "Dépenses", "Spend";
    NO_CLOSED_QUARTER_YET = "Aucun trimestre clos pour l’instant.", "No closed quarter yet.";
    CLOSE_QUARTER = "Clore", "Close";
    ALL_QUARTERS_CLOSED = "Les 4 trimestres sont clos", "All 4 quarters are closed";
    REOPEN_QUARTER = "Rouvrir", "Reopen";
    REOPEN_THE_LAST_QUARTER = "Rouvrir le dernier trimestre", "Reopen the last quarter";
    /// Beside a closed quarter's revenue: the last valid plan's target for it ({}: the amount).
    QUARTER_TARGET = "Objectif du trimestre\u{202f}: {}", "The quarter’s target: {}";
    /// Beside a channel's sessions or orders in a closed quarter: what the plan expected.
    PLANNED_FIGURE = "Prévu\u{202f}: {}", "Planned: {}";
    /// A quarter closed before it is over ({}: the quarter, the day it ends, its year).
    QUARTER_NOT_OVER =
        "{} n’est pas terminé (il finit le {}\u{a0}{})\u{202f}: ses chiffres sont provisoires.",
        "{} has not ended yet (it ends on {}, {}): its figures are provisional.";
    /// The last day of each calendar quarter, Q1 first, separated by `|`.
    QUARTER_LAST_DAYS =
        "31\u{a0}mars|30\u{a0}juin|30\u{a0}septembre|31\u{a0}décembre",
        "March\u{a0}31|June\u{a0}30|September\u{a0}30|December\u{a0}31";
    DASHBOARD = "Tableau de bord", "Dashboard";
    DASHBOARD_HINT =
        "Les seuils d’alerte du plan, à suivre dans Looker Studio, Power BI ou un tableur, et les OKR à partager.",
        "The plan’s alert thresholds, to watch in Looker Studio, Power BI or a spreadsheet, and the OKR to share.";
    EXPORT_ALERT_RULES_CSV =
        "Exporter les règles d’alerte (CSV)",
        "Export the alert rules (CSV)";
    COPY_OKR_TEXT = "Copier les OKR (texte)", "Copy the OKR (text)";
    COPY_OKR_MARKDOWN = "Copier les OKR (Markdown)", "Copy the OKR (Markdown)";
    LANGUAGE = "Langue", "Language";
    CURRENCY = "Devise", "Currency";
    COPY_LINK = "Copier le lien", "Copy link";
    RESET = "Réinitialiser", "Reset";
    /// Brings back the plan a link, an import or the example replaced.
    RESTORE_PREVIOUS = "Revenir au plan précédent", "Back to previous plan";
    EXPORT_JSON = "Exporter (JSON)", "Export (JSON)";
    IMPORT_JSON = "Importer (JSON)", "Import (JSON)";
    EXPORT_TARGETS_CSV = "Exporter les cibles trimestrielles (CSV)", "Export quarterly targets (CSV)";
    EXPORT_MONTHS_CSV = "Exporter les cibles et le budget par mois (CSV)", "Export monthly targets and budget (CSV)";
    EXPORT_OBJECTIVES_CSV = "Exporter les objectifs SMART (CSV)", "Export SMART objectives (CSV)";
    COPY_PLAN_MARKDOWN = "Copier le plan (Markdown)", "Copy the plan (Markdown)";
    COPY_PLAN_TEXT = "Copier le plan (texte)", "Copy the plan (text)";
    EXPORT_ICS = "Ajouter les revues à mon agenda", "Add the reviews to my calendar";
    PRINT = "Imprimer", "Print";
    OPTIONAL = "(facultatif)", "(optional)";
    YOUR_SHOP = "Votre boutique", "Your shop";
    GROSS_MARGIN_RATE = "Taux de marge brute", "Gross margin rate";
    GROSS_MARGIN_RATE_HINT =
        "Ce qui reste de chaque vente après le coût des produits et les frais de paiement. La livraison et la préparation se saisissent à part, en coût par commande\u{202f}: ne les comptez pas deux fois.",
        "What is left of each sale after the cost of the goods and payment fees. Shipping and packing go separately, as a cost per order: do not count them twice.";
    IF_BLANK_ONE = "Si vide\u{202f}: 1.", "If blank: 1.";
    PAST_GROWTH_12_MONTHS = "Croissance des 12 derniers mois", "Growth over the last 12 months";
    CART_ABANDONMENT_RATE = "Taux d’abandon de panier", "Cart abandonment rate";
    SEASONALITY_FLAT = "Aucune (ventes stables)", "None (steady sales)";
    SEASONALITY_HOLIDAYS = "Pic des fêtes (T4 fort)", "Holiday peak (strong Q4)";
    SEASONALITY_SUMMER = "Pic estival (T3 fort)", "Summer peak (strong Q3)";
    SEASONALITY_CUSTOM = "Personnalisée", "Custom";
    SEASONALITY = "Saisonnalité", "Seasonality";
    SEASONALITY_WEIGHTS =
        "Poids des trimestres civils (1 = un trimestre moyen)",
        "Weights of the calendar quarters (1 = an average quarter)";
    KIND_SEO = "SEO (naturel)", "SEO (organic)";
    KIND_SEA = "SEA (payant)", "Paid search";
    KIND_SOCIAL = "Réseaux sociaux", "Social media";
    KIND_EMAIL = "Emailing", "Email";
    KIND_OTHER = "Autre", "Other";
    YOUR_CHANNELS = "Vos canaux", "Your channels";
    YOUR_CHANNELS_HINT =
        "Le trafic et la conversion d’aujourd’hui, canal par canal (12 au plus).",
        "Today’s traffic and conversion, channel by channel (12 at most).";
    ADD_A_CHANNEL = "Ajouter un canal", "Add a channel";
    CHANNEL_NAME = "Nom", "Name";
    CHANNEL_KIND = "Type", "Type";
    SESSIONS_PER_MONTH_UNIT = "sessions / mois", "sessions / month";
    CHANNEL_AOV = "Panier moyen du canal", "Channel average order value";
    CHANNEL_AOV_HINT = "Si vide\u{202f}: celui de la boutique.", "If blank: the shop’s.";
    GOAL_SHARE_HINT =
        "Si vide\u{202f}: au prorata du CA actuel. Sinon, une part pour chaque canal, 100\u{202f}% en tout.",
        "If blank: in proportion to current revenue. Otherwise one share per channel, 100% in all.";
    COST_NONE = "Aucun", "None";
    COST_PER_CLICK_MODEL = "Au clic (CPC)", "Per click (CPC)";
    COST_SPEND_MODEL = "Budget média actuel", "Current media budget";
    COST_FIXED_MODEL = "Coût fixe mensuel", "Fixed monthly cost";
    COST_PER_CLICK = "Coût par clic", "Cost per click";
    CURRENT_MONTHLY_SPEND = "Dépense mensuelle actuelle", "Current monthly spend";
    FIXED_MONTHLY_COST = "Coût fixe par mois (contenu, outils, agence)", "Fixed cost per month (content, tools, agency)";
    DOUBLING_GAIN =
        "Si vous doubliez ce budget\u{202f}: commandes en plus",
        "If you doubled this budget: extra orders";
    HISTORY_LABEL = "CA mensuel des 12 à 36 derniers mois", "Monthly revenue of the last 12 to 36 months";
    HISTORY_HINT =
        "Collez une colonne depuis votre tableur (ou le mois puis le CA), du plus ancien au mois qui précède le plan. Boussole en déduit la saisonnalité et la croissance que vous ne saisissez pas. Rien ne quitte la page.",
        "Paste a column from your spreadsheet (or the month then the revenue), oldest first, up to the month before the plan. Boussole derives the seasonality and growth you leave blank. Nothing leaves the page.";
    HISTORY_FILE = "Ou lisez un fichier CSV\u{202f}:", "Or read a CSV file:";
    UNCERTAINTY = "Probabilité d’atteindre l’objectif", "Odds of reaching the goal";
    UNCERTAINTY_HINT =
        "À quel point vos chiffres peuvent varier\u{202f}: Boussole tire 4\u{a0}000 années possibles et compte celles qui atteignent l’objectif.",
        "How far your figures may stray: Boussole draws 4,000 possible years and counts those that reach the goal.";
    UNCERTAINTY_LEVEL = "Incertitude sur vos chiffres", "Uncertainty on your figures";
    UNCERTAINTY_NONE = "Aucune (pas de probabilité)", "None (no odds)";
    UNCERTAINTY_SURE = "Faible (±5\u{202f}%)", "Low (±5%)";
    UNCERTAINTY_USUAL = "Habituelle (±15\u{202f}%)", "Usual (±15%)";
    UNCERTAINTY_UNCERTAIN = "Forte (±30\u{202f}%)", "High (±30%)";
    UNCERTAINTY_CUSTOM = "Personnalisée", "Custom";
    /// A reference figure, its scope, its source (maybe a link), its year (§16).
    REFERENCE_HINT =
        "Repère\u{202f}: {}, {} ({}, {})\u{202f}; un repère large, pas une norme pour votre boutique.",
        "Reference: {}, {} ({}, {}); a broad reference, not a norm for your shop.";
    METHOD_EXAMPLE = "exemple chiffré de la méthode", "the method’s worked example";
    AVERAGE_OF_STUDIES = "moyenne des études documentées", "average of the documented studies";
    DOUBLING_GAIN_HINT =
        "Commandes en plus quand la dépense double (si vide\u{202f}: +60\u{202f}%). Mettez le chiffre de vos propres tests.",
        "Extra orders when the spend doubles (if blank: +60%). Use the figure of your own tests.";
    DOUBLING_GAIN_UNCERTAINTY_HINT =
        "Canaux payants\u{202f}: l’incertitude sur ce que rapporte un budget doublé (si vide\u{202f}: 0\u{202f}%).",
        "Paid channels: the uncertainty on what a doubled budget brings (if blank: 0%).";
    ORDER_COSTS = "Coûts par commande", "Order costs";
    ORDER_COSTS_HINT =
        "Ce que coûte chaque commande au-delà des produits et des frais de paiement, déjà retirés par le taux de marge (si vide\u{202f}: 0).",
        "What each order costs beyond the goods and payment fees, which the margin rate already takes off (if blank: 0).";
    COST_PER_ORDER = "Coût par commande (livraison, préparation)", "Cost per order (shipping, packing)";
    RETURN_RATE = "Taux de retour", "Return rate";
    FIRST_ORDER_DISCOUNT = "Remise de première commande", "First-order discount";
    PER_MONTH = "/ mois", "/ month";
    MOVE_CHANNEL_UP = "Monter le canal", "Move up channel";
    MOVE_CHANNEL_DOWN = "Descendre le canal", "Move down channel";
    REMOVE_CHANNEL = "Supprimer le canal", "Remove channel";
    REMOVE = "Supprimer", "Remove";
    YOUR_GOAL = "Votre objectif", "Your goal";
    HISTORY_AND_ODDS = "Historique et probabilité (facultatif)", "History and odds (optional)";
    HISTORY_AND_ODDS_HINT =
        "Vos mois passés donnent au plan votre saisonnalité et votre tendance\u{202f}; la probabilité dit vos chances d’atteindre l’objectif.",
        "Your past months give the plan your seasonality and your trend; the odds say how likely the goal is.";
    ADVANCED_SETTINGS = "Réglages avancés", "Advanced settings";
    ADVANCED_SETTINGS_HINT =
        "(chacun a une valeur par défaut, indiquée\u{202f}: un premier plan peut s’en passer)",
        "(each has a default, stated: a first plan can do without them)";
    SEASONALITY_HINT =
        "Par défaut\u{202f}: aucune (des ventes stables toute l’année).",
        "Default: none (steady sales all year).";
    RAMP_WEIGHTS_HINT =
        "Si vides\u{202f}: 5, 7, 8 et 10 (la croissance monte de trimestre en trimestre).",
        "If blank: 5, 7, 8 and 10 (growth builds up quarter after quarter).";
    EXAMPLE_NOTE =
        "Ceci est un exemple, celui d’une boutique fictive\u{202f}: les valeurs marquées «\u{202f}exemple\u{202f}» sont les siennes. Remplacez-les par les vôtres, ou partez d’un formulaire vide.",
        "This is an example, a made-up shop: the values tagged “example” are its own. Replace them with yours, or start from an empty form.";
    START_BLANK = "Partir de mes chiffres", "Start from my own figures";
    START_EXAMPLE = "Partir de l’exemple", "Start from the example";
    EXAMPLE_TAG = "exemple", "example";
    /// A blank field's placeholder: what the example has there.
    EXAMPLE_PLACEHOLDER = "ex.\u{a0}{}", "e.g. {}";
    GOAL_AS_GROWTH = "Une croissance (%)", "A growth rate (%)";
    GOAL_AS_EXTRA_REVENUE = "Un CA supplémentaire", "Additional revenue";
    GOAL_AS_TARGET_REVENUE = "Un CA à atteindre", "A revenue to reach";
    GOAL_GIVEN_AS = "Objectif exprimé en", "Goal given as";
    GROWTH_GOAL_12_MONTHS = "Croissance visée sur 12 mois", "Growth goal over 12 months";
    EXTRA_REVENUE_GOAL_12_MONTHS =
        "CA supplémentaire visé sur 12 mois",
        "Extra revenue goal over 12 months";
    TARGET_REVENUE_12_MONTHS = "CA visé sur 12 mois", "Target revenue over 12 months";
    TARGET_REVENUE_HINT =
        "Doit dépasser le CA actuel des canaux.",
        "Must exceed the channels’ current revenue.";
    START_YEAR = "Année de début", "Start year";
    Q1_CALENDAR = "T1 (janv.–mars)", "Q1 (Jan–Mar)";
    Q2_CALENDAR = "T2 (avr.–juin)", "Q2 (Apr–Jun)";
    Q3_CALENDAR = "T3 (juil.–sept.)", "Q3 (Jul–Sep)";
    Q4_CALENDAR = "T4 (oct.–déc.)", "Q4 (Oct–Dec)";
    START_QUARTER = "Trimestre de début", "Start quarter";
    MILESTONES_RAMP = "Montée en charge progressive", "Gradual ramp-up";
    MILESTONES_EVEN =
        "Régulière (même croissance chaque trimestre)",
        "Even (the same growth every quarter)";
    MILESTONES_COMPOUND =
        "Composée (croissance qui s’accélère)",
        "Compound (growth that builds up)";
    QUARTERLY_MILESTONES = "Paliers trimestriels", "Quarterly milestones";
    RAMP_WEIGHTS =
        "Poids de la montée en charge, par trimestre du plan",
        "Ramp-up weights, by plan quarter";
    PROFITABILITY_AND_SCENARIOS = "Rentabilité et scénarios", "Profitability and scenarios";
    TARGET_LTV_TO_CAC = "Ratio LTV:CAC visé", "Target LTV:CAC ratio";
    TARGET_LTV_TO_CAC_HINT =
        "Valeur client sur 12 mois / coût d’acquisition. Si vide\u{202f}: 3.",
        "12-month customer value / acquisition cost. If blank: 3.";
    ANNUAL_MARKETING_BUDGET = "Budget marketing annuel", "Annual marketing budget";
    PER_YEAR = "/ an", "/ year";
    PRUDENT_SCENARIO = "Scénario prudent", "Conservative scenario";
    PRUDENT_SCENARIO_HINT =
        "Part de l’effort qui porte ses fruits. Si vide\u{202f}: 80\u{202f}%.",
        "Share of the effort that pays off. If blank: 80%.";
    AMBITIOUS_SCENARIO = "Scénario ambitieux", "Ambitious scenario";
    AMBITIOUS_SCENARIO_HINT = "Si vide\u{202f}: 120\u{202f}%.", "If blank: 120%.";
    ALERT_TOLERANCE = "Tolérance des alertes", "Alert tolerance";
    ALERT_TOLERANCE_HINT =
        "Pour la revue trimestrielle\u{202f}: l’écart toléré avant d’alerter. Si vide\u{202f}: 10\u{202f}%.",
        "For the quarterly review: the gap allowed before an alert. If blank: 10%.";
}
