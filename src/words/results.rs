//! The plan's results on the page: headings, captions, column headers, key figures, charts.

use crate::words::Words;

entries! {
    /// The one scale of achievability, for the goal, the objectives and the glance.
    WITHIN_REACH = "accessible", "within reach";
    DEMANDING = "exigeant", "demanding";
    OUT_OF_REACH = "hors de portée", "out of reach";
    IN_LINE_WITH_PAST_GROWTH =
        "dans la lignée de la croissance passée",
        "in line with past growth";
    BEYOND_THE_PAST_PACE =
        "au-delà du rythme passé\u{202f}: un effort marqué à fournir",
        "beyond the past pace: a marked effort is needed";
    FAR_BEYOND_THE_PAST_PACE =
        "bien au-delà du rythme passé\u{202f}: vérifiez les moyens ou visez plus bas",
        "far beyond the past pace: check the resources or aim lower";
    NO_COST = "pas de coût", "no cost";
    CHECK_YES = "oui", "yes";
    CHECK_WITH_CAVEATS = "sous réserve", "with caveats";
    CHECK_NO = "non", "no";
    REVENUE_GOAL = "Objectif de chiffre d’affaires", "Revenue goal";
    TARGET_ONLINE_REVENUE_12_MONTHS =
        "CA en ligne visé sur 12 mois",
        "Target online revenue over 12 months";
    GOAL = "Objectif", "Goal";
    EXTRA_ORDERS = "Commandes supplémentaires", "Extra orders";
    OVER_12_MONTHS = "sur 12 mois", "over 12 months";
    UNIT_ECONOMICS = "Économie unitaire", "Unit economics";
    MARGIN_PER_ORDER_HINT =
        "= panier moyen × (1 − taux de retour) × taux de marge − coût par commande, pour une commande de client déjà acquis",
        "= average order × (1 − return rate) × margin rate − cost per order, for an order from an existing customer";
    /// The same with the plan's figures: order value, return rate, margin rate, cost per order.
    MARGIN_PER_ORDER_FIGURES =
        "= {} × (1 − {} de retours) × {} de marge − {} par commande, pour une commande de client déjà acquis",
        "= {} × (1 − {} returns) × {} margin − {} per order, for an order from an existing customer";
    /// The plan's order value, then the first order's margin.
    BREAK_EVEN_ROAS_HINT =
        "= panier moyen ({}) ÷ marge de la première commande ({})\u{202f}: le CA qu’un euro de publicité doit rapporter pour que la première commande paie sa publicité",
        "= average order ({}) ÷ first order’s margin ({}): the revenue each unit of ad spend must bring for the first order to pay for its advertising";
    MAX_CPA_FIRST_ORDER = "CPA max, 1re commande", "Max CPA, first order";
    MAX_CPA_FIRST_ORDER_HINT =
        "= marge de la première commande\u{202f}: rentable dès celle-ci",
        "= the first order’s margin: profitable from that order on";
    MAX_CPA_12_MONTHS = "CPA max sur 12 mois", "Max CPA over 12 months";
    MAX_CPA_12_MONTHS_HINT =
        "= marge d’un client sur 12 mois, toutes ses commandes comprises",
        "= a customer’s margin over 12 months, all their orders included";
    /// The max CPA over 12 months and the target LTV:CAC ratio it is divided by.
    TARGET_CPA_HINT =
        "= CPA max sur 12 mois ({}) ÷ ratio LTV:CAC visé ({})",
        "= max CPA over 12 months ({}) ÷ target LTV:CAC ratio ({})";
    TARGET_ROAS_HINT =
        "= panier moyen ÷ CPA cible\u{202f}: le CA de la 1re commande par euro de publicité",
        "= average order ÷ target CPA: first-order revenue per unit of ad spend";
    /// A warning's link to the field it is about ({}: the field's name).
    CHANGE_FIELD = "Modifier «\u{202f}{}\u{202f}»", "Change “{}”";
    /// A check whose reason was given in full for an objective above ({}: that objective).
    SAME_REASON_AS = "Même motif que pour {}.", "Same reason as for {}.";
    GLOSSARY = "Sigles et calculs", "Abbreviations and formulas";
    DETAILS = "Détails", "Details";
    UNIT_ECONOMICS_INTRO =
        "Ce que rapporte une commande, et ce que vous pouvez payer pour en obtenir une sans perdre d’argent.",
        "What an order brings in, and what you can pay to win one without losing money.";
    QUARTERS_INTRO =
        "Le CA à atteindre chaque trimestre. Contribution\u{202f}: les points de croissance de l’année que ce trimestre apporte (leur somme fait la croissance visée).",
        "The revenue to reach each quarter. Contribution: the points of the year’s growth this quarter brings (they add up to the growth goal).";
    SCENARIOS_INTRO =
        "Le même effort, selon la part qui porte ses fruits\u{202f}: facteur ×0,8 (prudent), ×1 (prévu), ×1,2 (ambitieux), réglables dans les réglages avancés.",
        "The same effort, by the share of it that pays off: factor ×0.8 (conservative), ×1 (base case), ×1.2 (ambitious), set in the advanced settings.";
    TARGETS_PER_CHANNEL = "Objectifs par canal", "Targets per channel";
    MARGINAL_CPA = "CPA marginal", "Marginal CPA";
    YOUR_HISTORY = "Votre historique", "Your history";
    /// Month (two digits), year.
    MONTH_OF_YEAR = "{}/{}", "{}/{}";
    PAST_REVENUE = "CA passé", "Past revenue";
    PLANNED_REVENUE = "CA visé (par mois)", "Target revenue (a month)";
    HISTORY_CHART_DESCRIPTION =
        "CA mensuel des mois passés, puis CA visé chaque mois du plan (le trimestre réparti sur ses trois mois)",
        "Monthly revenue of the past months, then the target revenue of each month of the plan (each quarter spread over its three months)";
    MONTHS_READ = "Mois lus", "Months read";
    LAST_12_MONTHS = "CA des 12 derniers mois", "Revenue of the last 12 months";
    /// The history's last 12 months, then the plan's current revenue (worked out from the
    /// channels), when they differ.
    HISTORY_NOT_BASELINE = "Les 12 derniers mois de l’historique font {} de CA, le plan part de {} (le CA actuel de vos canaux)\u{202f}: l’historique ne donne que la saisonnalité et la croissance passée. Si vos canaux sous-estiment votre trafic ou vos conversions, corrigez-les.",
        "The history’s last 12 months bring in {}, the plan starts from {} (your channels’ current revenue): the history only gives the seasonality and the past growth. If your channels understate your traffic or conversions, correct them.";
    SEASONALITY_USED = "Saisonnalité retenue", "Seasonality used";
    /// A calendar quarter and its share.
    CALENDAR_QUARTER_SHARE = "T{}\u{a0}{}", "Q{} {}";
    EQUAL_QUARTERS = "trimestres égaux", "equal quarters";
    PAST_GROWTH_USED = "Croissance passée retenue", "Past growth used";
    TYPED_WINS =
        "saisie dans le formulaire\u{202f}: elle l’emporte sur l’historique",
        "typed in the form: it wins over the history";
    FROM_HISTORY =
        "déduite de l’historique (saisissez-la pour la remplacer)",
        "derived from the history (type it to replace it)";
    OUTLOOK = "Probabilité d’atteindre l’objectif", "Odds of reaching the goal";
    OUTLOOK_CAPTION =
        "Sur les années tirées au sort\u{202f}: 1 sur 10 fait moins que P10, la moitié moins que P50, 9 sur 10 moins que P90",
        "Over the years drawn: 1 in 10 does less than P10, half less than P50, 9 in 10 less than P90";
    OUTLOOK_FIGURE = "Sur 12 mois", "Over 12 months";
    /// The shop's past growth.
    MOMENTUM_TREND = "Au rythme passé ({})", "At the past pace ({})";
    MOMENTUM_FLAT =
        "Sans croissance passée connue, la tendance est prise comme stable (donnez la croissance des 12 derniers mois, ou votre historique de ventes, dans les réglages avancés). À ce rythme",
        "With no known past growth, the trend is taken as flat (give the growth of the last 12 months, or your sales history, in the advanced settings). At that pace";
    /// [`MOMENTUM_TREND`] or [`MOMENTUM_FLAT`], the momentum revenue, the chance, the target revenue.
    MOMENTUM =
        "{} et avec les dépenses prévues\u{202f}: {}, soit {} de chances d’atteindre les {} visés",
        "{} and with the planned spend: {}, a {} chance of reaching the {} target";
    /// The effort gap.
    EFFORT_GAP =
        "\u{202f}; il reste {} à trouver par un effort que ce plan ne chiffre pas.",
        "; {} is left to find through effort this plan does not price.";
    NO_EFFORT_GAP = " sans autre effort.", " with no further effort.";
    P10 = "P10 (bas)", "P10 (low)";
    P50 = "P50 (médian)", "P50 (median)";
    P90 = "P90 (haut)", "P90 (high)";
    /// P10, P90, P50, the target revenue.
    OUTLOOK_CHART_DESCRIPTION =
        "8 années sur 10 font entre {} et {} de CA, la moitié plus de {}\u{202f}; le CA visé est de {}.",
        "8 years in 10 bring between {} and {} of revenue, half of them more than {}; the target revenue is {}.";
    PROBABILITY_OF_GOAL = "Chance d’atteindre le CA visé", "Chance of reaching the target revenue";
    /// The number of draws.
    OVER_DRAWS = "sur {} années tirées au sort", "over {} years drawn";
    PROBABILITY_OF_LOSS = "Risque que l’effort perde de l’argent", "Risk that the effort loses money";
    PROBABILITY_OF_LOSS_MEANING =
        "contribution supplémentaire négative, dépenses prévues comprises",
        "a negative extra contribution, planned spend included";
    /// What a benchmark is (§16).
    BROAD_REFERENCE =
        "Repère large, pas une norme pour votre boutique",
        "A broad reference, not a norm for your shop";
    /// A paid channel under its profitable ceiling at the planned level, or beyond it.
    UNDER_CEILING = "en dessous", "below it";
    BEYOND_CEILING = "dépassé", "exceeded";
    CONVERSION_AT_CONSTANT_TRAFFIC = "Taux de conversion à trafic constant", "Conversion rate at constant traffic";
    PAID_CURVES = "Ce que rapporte chaque euro de plus", "What each extra euro brings";
    PAID_CURVES_HINT =
        "Canaux payants\u{202f}: commandes par mois selon la dépense mensuelle. Doubler la dépense n’y double pas les commandes. Au-delà du plafond cible, la commande suivante coûte plus que le CPA cible\u{202f}; au-delà du seuil de rentabilité, plus qu’un nouveau client ne rapporte en 12 mois\u{202f}: elle perd de l’argent.",
        "Paid channels: orders a month by monthly spend. Doubling the spend does not double the orders there. Beyond the target ceiling, the next order costs more than the target CPA; beyond the break-even point, more than a new customer brings in 12 months: it loses money.";
    SPEND_PER_MONTH = "Dépense mensuelle", "Monthly spend";
    ORDERS_PER_MONTH = "Commandes par mois", "Orders a month";
    PLANNED = "Prévu", "Planned";
    CEILING = "Plafond cible", "Target ceiling";
    BREAK_EVEN = "Seuil de rentabilité", "Break-even point";
    /// The monthly spend at the break-even point, for a channel already past it today.
    REDUCE_SPEND_TO = "réduire la dépense à {}/mois", "reduce spend to {}/month";
    /// Channel, today's spend and orders, planned spend and orders, marginal CPA.
    CURVE_DESCRIPTION =
        "«\u{202f}{}\u{202f}»\u{202f}: aujourd’hui {} par mois pour {} commandes\u{202f}; au niveau prévu {} pour {} commandes, dernière commande à {}.",
        "“{}”: today {} a month for {} orders; at the planned level {} for {} orders, the last order at {}.";
    /// Spend and orders a month at the target ceiling, the target CPA.
    CEILING_AT =
        "Plafond cible\u{202f}: {} par mois pour {} commandes (la commande suivante y coûte le CPA cible, {}).",
        "Target ceiling: {} a month for {} orders (the next order there costs the target CPA, {}).";
    /// The target CPA.
    CEILING_TODAY =
        "Plafond cible déjà dépassé aujourd’hui\u{202f}: chaque commande de plus coûte plus que le CPA cible ({}).",
        "Target ceiling already passed today: every extra order costs more than the target CPA ({}).";
    NO_CEILING =
        "Pas de plafond cible\u{202f}: la commande suivante reste sous le CPA cible ({}).",
        "No target ceiling: the next order stays under the target CPA ({}).";
    /// Spend and orders a month at the break-even point, a new customer's 12-month margin.
    BREAK_EVEN_AT =
        "Seuil de rentabilité\u{202f}: {} par mois pour {} commandes (la commande suivante y coûte {}, ce qu’un nouveau client rapporte en 12 mois).",
        "Break-even point: {} a month for {} orders (the next order there costs {}, what a new customer brings in 12 months).";
    /// The monthly spend at the break-even point, a new customer's 12-month margin.
    BREAK_EVEN_BELOW_TODAY =
        "Seuil de rentabilité déjà dépassé aujourd’hui\u{202f}: réduire la dépense à {}/mois, où la dernière commande coûte {} (ce qu’un nouveau client rapporte en 12 mois).",
        "Break-even point already passed today: reduce spend to {}/month, where the last order costs {} (what a new customer brings in 12 months).";
    /// A new customer's 12-month margin.
    NO_BREAK_EVEN =
        "Pas de seuil de rentabilité\u{202f}: la commande suivante reste sous {} (ce qu’un nouveau client rapporte en 12 mois).",
        "No break-even point: the next order stays under {} (what a new customer brings in 12 months).";
    NO_MARGIN =
        "Pas de seuil de rentabilité\u{202f}: un nouveau client ne laisse aucune marge (voyez les coûts par commande).",
        "No break-even point: a new customer leaves no margin (see the order costs).";
    PAID_ALLOCATION = "Répartir le budget payant au moindre coût", "Splitting the paid budget at the lowest cost";
    PAID_ALLOCATION_CAPTION =
        "La part payante de l’objectif, répartie comme prévu et au moindre coût (chaque canal jusqu’au même coût marginal par euro de CA)",
        "The paid part of the goal, split as planned and at the lowest cost (each channel up to the same marginal cost per euro of revenue)";
    PLANNED_SPLIT = "CA supp. prévu", "Planned additional revenue";
    CHEAPEST_SPLIT = "CA supp., répartition optimale", "Additional revenue, optimal split";
    PLANNED_COST = "Coût supp. prévu", "Planned additional cost";
    CHEAPEST_COST = "Coût supp., répartition optimale", "Additional cost, optimal split";
    SPEND_MULTIPLE = "Dépense × aujourd’hui", "Spend × today";
    SAVING = "Économie possible", "Possible saving";
    /// Said under the saving when the optimal split still buys orders at a loss.
    SPLIT_STILL_LOSES =
        "mais même ainsi, la dernière commande d’un canal coûte plus qu’un nouveau client ne rapporte en 12 mois",
        "but even so, a channel’s last order costs more than a new customer brings in 12 months";
    MAX_PROFITABLE = "CA supplémentaire maximal dans la cible (canaux payants)", "Maximum additional revenue within target (paid channels)";
    MAX_BREAK_EVEN = "CA supplémentaire maximal avant perte (canaux payants)", "Maximum additional revenue before a loss (paid channels)";
    NO_LIMIT = "sans plafond", "no ceiling";
    CHANNEL_TARGETS_CAPTION =
        "Par canal\u{202f}: part de l’objectif, trafic ou conversion nécessaires, coûts et rentabilité",
        "Per channel: share of the goal, traffic or conversion needed, costs and profitability";
    MER_MEANING = "CA supplémentaire ÷ coût supplémentaire", "extra revenue ÷ extra cost";
    EXTRA_COST_12_MONTHS = "Coût supplémentaire sur 12 mois", "Extra cost over 12 months";
    COST_PER_EXTRA_ORDER_MEANING =
        "coût supplémentaire de tous les canaux ÷ leurs commandes supplémentaires (SEO et emailing compris)\u{202f}: ce n’est pas un CPA",
        "extra cost of every channel ÷ their extra orders (SEO and email included): not a CPA";
    PAID_CPA_MEANING =
        "coût supplémentaire des canaux payants ÷ leurs commandes supplémentaires",
        "paid channels’ extra cost ÷ their extra orders";
    ROI_MEANING =
        "contribution supplémentaire ÷ coût supplémentaire",
        "extra contribution ÷ extra cost";
    EXTRA_CONTRIBUTION = "Contribution supplémentaire", "Extra contribution";
    EXTRA_CONTRIBUTION_MEANING =
        "marge des commandes supplémentaires (sur 12 mois pour un client acquis avec un coût) − coût supplémentaire",
        "margin on the additional orders (over 12 months for a customer won at a cost) − additional cost";
    MARKETING_BUDGET = "Budget marketing", "Marketing budget";
    WITHIN_BUDGET = "dans le budget", "within budget";
    OVER_BUDGET = "dépasse le budget", "over budget";
    NO_BUDGET_GIVEN = "pas de budget indiqué", "no budget given";
    QUARTERLY_MILESTONES = "Jalons trimestriels", "Quarterly milestones";
    PLANNED_SPEND = "Dépense prévue", "Planned spend";
    MONTH = "Mois", "Month";
    MONTHS_TITLE = "Cibles et budget par mois", "Targets and budget by month";
    MONTHS_INTRO_HISTORY =
        "Chaque trimestre réparti sur ses mois comme dans votre historique\u{202f}; la dépense des canaux payants suit la saison, les coûts fixes restent les mêmes chaque mois.",
        "Each quarter spread over its months as in your history; the paid channels’ spend follows the season, fixed costs stay the same every month.";
    MONTHS_INTRO_EVEN =
        "Chaque trimestre réparti en trois mois égaux (donnez votre historique de ventes pour suivre vos propres mois)\u{202f}; la dépense des canaux payants suit la saison, les coûts fixes restent les mêmes chaque mois.",
        "Each quarter split into three equal months (give your sales history to follow your own months); the paid channels’ spend follows the season, fixed costs stay the same every month.";
    MONTHS_CAPTION =
        "CA visé et dépense prévue, mois par mois",
        "Target revenue and planned spend, month by month";
    /// The month chart's description: the months and their figures follow.
    MONTH_CHART_INTRO =
        "Graphique\u{202f}: CA visé puis dépense prévue, par mois. ",
        "Chart: target revenue then planned spend, per month. ";
    QUARTERS_CAPTION =
        "CA visé par trimestre, croissance sur un an et progression vers l’objectif",
        "Target revenue per quarter, year-on-year growth and progress toward the goal";
    QUARTER_CHART_INTRO =
        "Graphique\u{202f}: CA de référence puis CA visé, par trimestre. ",
        "Chart: baseline then target revenue, per quarter. ";
    THEN = " puis ", " then ";
    QUARTER_CHART_LINE_INTRO =
        ". Courbe\u{202f}: part cumulée de l’objectif atteinte, ",
        ". Line: cumulative share of the goal reached, ";
    QUARTER_SESSIONS_CAPTION =
        "Sessions visées par mois, par canal et par trimestre",
        "Target sessions per month, per channel and quarter";
    TODAY = "Aujourd’hui", "Today";
    SCENARIOS = "Scénarios", "Scenarios";
    SCENARIOS_CAPTION =
        "Si le trafic supplémentaire convertit moins ou mieux que prévu, à dépenses égales",
        "If the extra traffic converts worse or better than planned, for the same spend";
    PRUDENT = "Prudent", "Conservative";
    MEDIAN = "Médian", "Base case";
    AMBITIOUS = "Ambitieux", "Ambitious";
    ONE_LEVER_ALONE =
        "Un seul levier pour atteindre l’objectif",
        "One lever alone to reach the goal";
    ONE_LEVER_ALONE_INTRO =
        "Ce qu’il faudrait changer si un seul indicateur portait toute la croissance, les autres restant au niveau actuel.",
        "What would have to change if one figure alone carried all the growth, the others staying where they are.";
    LEVERS_CAPTION =
        "Chaque levier seul\u{202f}: valeur actuelle et valeur nécessaire",
        "Each lever alone: current value and value needed";
    SESSIONS_PER_MONTH = "Sessions par mois", "Sessions per month";
    CART_ABANDONMENT = "Abandon de panier", "Cart abandonment";
    ABANDONMENT_OUT_OF_REACH =
        "hors d’atteinte\u{202f}: même à 0\u{202f}%, ce levier seul ne suffit pas",
        "out of reach: even at 0%, this lever alone is not enough";
    ABANDONMENT_RATE_MISSING =
        "indiquez votre taux d’abandon de panier pour évaluer ce levier",
        "give your cart abandonment rate to assess this lever";
    ONE_PERCENT_AOV_IS_WORTH =
        "+1\u{202f}% de panier moyen vaut ",
        "+1% of average order value is worth ";
    OF_REVENUE_A_YEAR = " de CA par an.", " of revenue a year.";
    ONE_POINT_ABANDONMENT_IS_WORTH =
        "−1 point d’abandon de panier vaut ",
        "−1 point of cart abandonment is worth ";
    /// What a reason given above was about, after « Même motif que pour ».
    SUBJECT_CHANNEL = "le canal {}", "the {} channel";
    SUBJECT_QUARTER = "le {}", "{}";
    SUBJECT_PLAN = "le plan", "the plan";
    QUARTER_PREFIX = "trimestre ", "quarter ";
    PLAN_SUBJECT = "plan", "plan";
    SMART_OBJECTIVES = "Objectifs SMART", "SMART objectives";
    SMART_OBJECTIVES_INTRO =
        "Spécifiques, mesurables, atteignables, réalistes et temporels\u{202f}: à copier dans votre plan d’action.",
        "Specific, measurable, achievable, realistic and time-bound: ready to copy into your action plan.";
    ACHIEVABLE = "Atteignable", "Achievable";
    REALISTIC = "Réaliste", "Realistic";
    COPY_THE_OBJECTIVE = "Copier l’objectif\u{202f}: ", "Copy the objective: ";
    COPY = "Copier", "Copy";
    OKR_TITLE = "OKR\u{202f}: objectif et résultats clés", "OKR: objective and key results";
    OBJECTIVE = "Objectif", "Objective";
    KEY_RESULTS = "Résultats clés", "Key results";
    COPY_THE_OKR =
        "Copier l’OKR\u{202f}: objectif et résultats clés",
        "Copy the OKR: objective and key results";
    COPY_ALL_OBJECTIVES = "Copier tous les objectifs (texte)", "Copy all objectives (text)";
    COPY_ALL_OBJECTIVES_MARKDOWN =
        "Copier tous les objectifs (Markdown)",
        "Copy all objectives (Markdown)";
    /// The printout's header: its title, its date (filled by the page), the plan's inputs.
    PRINT_TITLE = "Plan d’objectifs commerciaux — Boussole", "Sales objectives plan — Boussole";
    PRINTED_ON = "Imprimé le", "Printed on";
    PRINT_INPUTS = "Données du plan", "The plan’s figures";
    /// The column of a channel's cost figure (per click, per month), beside its cost model.
    COST_AMOUNT = "Montant", "Amount";
    POINTS_TO_WATCH = "Points d’attention", "Warnings";
    SESSIONS_NOW_TO_TARGET =
        "Sessions par mois (actuel → visé)",
        "Sessions per month (now → target)";
    TRAFFIC_GROWTH = "Hausse du trafic", "Traffic growth";
    OR_CONVERSION_AT_CURRENT_TRAFFIC =
        "Ou conversion à trafic constant",
        "Or conversion at current traffic";
    MAX_CPC = "CPC max", "Max CPC";
    EXTRA_COST_ABBR = "Coût supp.", "Extra cost";
    SCENARIO = "Scénario", "Scenario";
    FACTOR = "Facteur", "Factor";
    REVENUE = "CA", "Revenue";
    GOAL_ATTAINMENT = "Atteinte de l’objectif", "Goal attainment";
    CONTRIBUTION = "Contribution", "Contribution";
    ROI = "ROI", "ROI";
    LEVER = "Levier", "Lever";
    TO_REACH_THE_GOAL = "Pour atteindre l’objectif", "To reach the goal";
    CHANGE = "Écart", "Change";
    /// The screen readers' one-sentence summary of a plan: target revenue, growth, target CPA, then the channel count and its noun.
    SUMMARY =
        "Objectif\u{202f}: {} ({}), CPA cible {}, {} {}",
        "Goal: {} ({}), target CPA {}, {} {}";
    CHANNEL_NOUN_ONE = "canal", "channel";
    CHANNEL_NOUN_MANY = "canaux", "channels";
    POINT_TO_WATCH_ONE = "point d’attention", "point to watch";
    POINT_TO_WATCH_MANY = "points d’attention", "points to watch";
    /// Said before the summary, for a figure that moved with the last edit: its name, its
    /// value now, its value before.
    CHANGED = "{}\u{202f}: {} (avant {}).", "{}: {} (was {}).";
    /// A channel's CPA, and its verdict ({}: the channel's name).
    CHANNEL_CPA = "CPA de «\u{202f}{}\u{202f}»", "“{}” CPA";
    CHANNEL_VERDICT = "Verdict de «\u{202f}{}\u{202f}»", "“{}” verdict";
}
