//! The catalogue: every word Boussole shows, in French and English, in one place.
//!
//! Each entry is a [`Words`] pair declared once with `catalogue!`, grouped by where it is
//! read (`page`, `form`, `results`, …). Ask for one with `words::page::RESET.get(locale)`;
//! entries with `{}` placeholders are filled in order with [`Words::fill`]. Sentences whose
//! grammar depends on their numbers (plurals, agreement) are composed by the modules that
//! write them, from pieces taken here.
//!
//! The tests walk [`ALL`]: every entry must have both languages, the same placeholders in
//! both, and French typography (no breakable space before `:` `;` `!` `?` `%` `»`).

use std::fmt::{Display, Write};

use crate::model::Locale;

/// One text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    pub fr: &'static str,
    pub en: &'static str,
}

impl Words {
    /// The text in `locale`.
    pub const fn get(self, locale: Locale) -> &'static str {
        match locale {
            Locale::Fr => self.fr,
            Locale::En => self.en,
        }
    }

    /// The text in `locale` with its `{}` placeholders replaced by `args`, in order.
    pub fn fill(self, locale: Locale, args: &[&dyn Display]) -> String {
        let template = self.get(locale);
        let mut out = String::with_capacity(template.len() + 16 * args.len());
        let mut args = args.iter();
        // A byte scan: `str::split` with a two-byte pattern is several times slower, and
        // the engine fills hundreds of sentences per plan.
        let bytes = template.as_bytes();
        let (mut start, mut i) = (0, 0);
        while i + 1 < bytes.len() {
            if bytes[i] == b'{' && bytes[i + 1] == b'}' {
                out.push_str(&template[start..i]);
                if let Some(arg) = args.next() {
                    let _ = write!(out, "{arg}");
                }
                i += 2;
                start = i;
            } else {
                i += 1;
            }
        }
        out.push_str(&template[start..]);
        out
    }
}

/// The noun that goes with `n`, from its singular and plural: French counts 0 and 1 as
/// singular (« 0 alerte »), English only 1 (“0 alerts”).
pub const fn counted(n: usize, locale: Locale, one: Words, many: Words) -> &'static str {
    let singular = match locale {
        Locale::Fr => n <= 1,
        Locale::En => n == 1,
    };
    if singular {
        one.get(locale)
    } else {
        many.get(locale)
    }
}

/// Declares the catalogue: `section { NAME = "français", "English"; … }`, each section a
/// module of `Words` constants, and [`ALL`] listing every entry by its path.
macro_rules! catalogue {
    ($(
        $(#[doc = $sdoc:literal])*
        $section:ident {
            $( $(#[doc = $doc:literal])* $name:ident = $fr:literal, $en:literal; )*
        }
    )*) => {
        $(
            $(#[doc = $sdoc])*
            pub mod $section {
                use $crate::words::Words;
                $( $(#[doc = $doc])* pub const $name: Words = Words { fr: $fr, en: $en }; )*
            }
        )*
        /// Every entry of the catalogue with its path (`page::RESET`), for the tests.
        pub const ALL: &[(&str, Words)] = &[
            $( $( (concat!(stringify!($section), "::", stringify!($name)), $section::$name), )* )*
        ];
    };
}

catalogue! {
    /// The planner element around the form and the results: notices, announcements, files.
    page {
        /// The label of the tab list.
        VIEW_TABS = "Vue", "View";
        STALE_PLAN = "Résultats du dernier plan valide\u{202f}: ils se mettront à jour dès que les champs listés ci-dessous seront corrigés.",
            "Results of the last valid plan: they update as soon as the fields listed below are fixed.";
        NO_PLAN_YET = "Votre plan s’affichera ici dès que les champs listés ci-dessous seront remplis.",
            "Your plan shows here as soon as the fields listed below are filled in.";
        WELCOME_TITLE = "Des objectifs de vente à la mesure de votre boutique", "Sales goals that fit your shop";
        WELCOME_TEXT = "Boussole calcule, canal par canal, le trafic, la conversion et le coût d’acquisition qu’il vous faut pour atteindre votre croissance, avec les paliers de chaque trimestre, des objectifs SMART et des OKR. Tout est calculé dans votre navigateur\u{202f}: rien de ce que vous saisissez ne quitte cette page.",
            "Boussole works out, channel by channel, the traffic, conversion and acquisition cost you need to reach your growth, with each quarter’s milestones, SMART objectives and OKRs. Everything is computed in your browser: nothing you type leaves this page.";
        START_EXAMPLE_HINT = "Une boutique fictive déjà remplie, pour découvrir les résultats. Ses valeurs restent marquées «\u{202f}exemple\u{202f}» tant que vous ne les changez pas.",
            "A made-up shop, already filled in, to see what the results look like. Its values stay tagged “example” until you change them.";
        START_BLANK_HINT = "Un formulaire vide\u{202f}: votre panier moyen, votre marge, vos canaux et la croissance visée suffisent.",
            "An empty form: your average order value, margin, channels and growth goal are enough.";
        EXAMPLE_STARTED = "Exemple chargé\u{202f}: remplacez ses valeurs par les vôtres.",
            "Example loaded: replace its values with yours.";
        BLANK_STARTED = "Formulaire vide\u{202f}: commencez par le panier moyen.",
            "Empty form: start with the average order value.";
        /// Heads the list of required fields still blank.
        TO_FILL = "Pour calculer votre plan, remplissez\u{202f}:", "To compute your plan, fill in:";
        /// How many fields have errors, and the noun ([`FIELD`] or [`FIELDS`]).
        TO_FIX = "{} {} à corriger\u{202f}:", "{} {} to fix:";
        FIELD = "champ", "field";
        FIELDS = "champs", "fields";
        /// Heads the list of controls that still hold the example's values.
        EXAMPLE_LEFT = "Valeurs de l’exemple encore utilisées dans ce plan\u{202f}:",
            "Example values still used in this plan:";
        /// The bar that keeps the plan in sight while editing.
        GLANCE = "Le plan en bref", "The plan at a glance";
        GLANCE_GOAL = "Objectif", "Goal";
        GLANCE_PAID_CPA = "CPA payant", "Paid CPA";
        /// Before the target CPA, in brackets.
        GLANCE_TARGET = "cible", "target";
        GLANCE_FEASIBLE = "sous les plafonds", "under the ceilings";
        GLANCE_BEYOND_CEILING = "au-delà d’un plafond", "beyond a ceiling";
        GLANCE_ODDS = "Probabilité", "Odds";
        TO_RESULTS = "Voir les résultats", "See the results";
        /// Back from the results to the field edited last ({}: its name).
        BACK_TO_FIELD = "Revenir à «\u{202f}{}\u{202f}»", "Back to “{}”";
        /// Goal shares given to some channels only ({}: the channels without one).
        SHARES_MISSING = "Part de l’objectif\u{202f}: donnez-en une à chaque canal, ou à aucun (il en manque pour {}).",
            "Goal share: give one to every channel, or to none (missing for {}).";
        /// A channel row was added ({}: its number).
        CHANNEL_ADDED = "Canal {} ajouté\u{202f}: saisissez son nom.", "Channel {} added: type its name.";
        /// A channel row was removed ({}: its name).
        CHANNEL_REMOVED = "Canal «\u{202f}{}\u{202f}» supprimé.", "Channel “{}” removed.";
        PLAN_HAS_ERRORS = "Le plan a des erreurs\u{202f}: corrigez-les dans la vue Plan.",
            "The plan has errors: fix them in the Plan view.";
        PLAN_HAS_ERRORS_FOR_REVIEW = "Le plan a des erreurs\u{202f}: corrigez-les dans la vue Plan pour mettre la revue à jour.",
            "The plan has errors: fix them in the Plan view to update the review.";
        STALE_REVIEW = "Résultats de la dernière revue valide\u{202f}: corrigez les champs signalés pour les mettre à jour.",
            "Results of the last valid review: fix the highlighted fields to update them.";
        NO_REVIEW_YET = "Corrigez les champs signalés pour calculer la revue.",
            "Fix the highlighted fields to compute the review.";
        EXAMPLE_RESTORED = "Plan d’exemple rétabli.", "Example plan restored.";
        OBJECTIVE_COPIED = "Objectif copié.", "Objective copied.";
        OKR_COPIED = "OKR copiés.", "OKR copied.";
        OKR_COPIED_MARKDOWN = "OKR copiés en Markdown.", "OKR copied as Markdown.";
        PLAN_COPIED = "Plan copié en texte.", "Plan copied as text.";
        PLAN_COPIED_MARKDOWN = "Plan copié en Markdown.", "Plan copied as Markdown.";
        OBJECTIVES_COPIED = "Objectifs SMART et OKR copiés.", "SMART objectives and OKR copied.";
        OBJECTIVES_COPIED_MARKDOWN = "Objectifs SMART et OKR copiés en Markdown.",
            "SMART objectives and OKR copied as Markdown.";
        LINK_COPIED = "Lien copié\u{202f}: il contient tout le plan.", "Link copied: it holds the whole plan.";
        PLAN_IMPORTED = "Plan importé.", "Plan imported.";
        /// The file's name.
        FILE_SAVED = "Fichier «\u{202f}{}\u{202f}» enregistré.", "File “{}” saved.";
        PLAN_AND_ACTUALS_IMPORTED = "Plan et réalisé importés.", "Plan and actuals imported.";
        /// A saved state held more closed quarters than a year has ({}: how many).
        EXTRA_QUARTERS_DROPPED = "{} trimestres clos étaient enregistrés\u{202f}: seuls les 4 premiers sont repris.",
            "{} closed quarters were saved: only the first 4 are kept.";
        /// A `#plan=` link whose plan cannot be read.
        BROKEN_LINK = "Le lien ouvert ne contient pas de plan lisible\u{202f}: voici votre plan.",
            "The link opened holds no readable plan: here is your plan.";
        /// Said with a copy or an export taken while the form has errors.
        FROM_LAST_VALID_PLAN = "C’est le dernier plan valide\u{202f}: le formulaire a des erreurs à corriger.",
            "This is the last valid plan: the form has errors to fix.";
        /// localStorage refused the plan (full, or blocked).
        SAVE_FAILED = "Ce navigateur n’a pas pu enregistrer vos dernières modifications (stockage plein ou bloqué)\u{202f}: exportez votre plan en JSON pour ne rien perdre.",
            "This browser could not save your latest changes (storage full or blocked): export your plan as JSON to keep it.";
        /// Values of a saved state that could not be read ({}: their names).
        SAVED_VALUES_DROPPED = "Ces valeurs enregistrées n’ont pas pu être relues et reprennent celles de l’exemple\u{202f}: {}.",
            "These saved values could not be read and take the example’s: {}.";
        /// A `#plan=` link opened while this browser holds another plan of the visitor's.
        VISITING_SHARED = "Ce lien ouvre un plan partagé. Votre propre plan reste enregistré dans ce navigateur\u{202f}: ouvrez ce plan pour travailler dessus (le vôtre sera gardé comme plan précédent), ou gardez le vôtre.",
            "This link opens a shared plan. Your own plan is still saved in this browser: open this plan to work on it (yours is kept as the previous plan), or keep yours.";
        OPEN_SHARED = "Ouvrir ce plan", "Open this plan";
        KEEP_MINE = "Garder mon plan", "Keep my plan";
        SHARED_OPENED = "Plan du lien ouvert.", "Shared plan opened.";
        /// The visitor typed in a link's plan before choosing: it becomes theirs.
        SHARED_ADOPTED = "Le plan du lien est maintenant le vôtre.", "The shared plan is now yours.";
        OWN_PLAN_KEPT = "Votre plan est rétabli\u{202f}; le plan du lien est fermé.",
            "Your plan is back; the shared plan is closed.";
        /// Said after a link, an import or the example replaced the plan.
        PREVIOUS_KEPT = "Votre plan précédent est gardé\u{202f}: «\u{202f}Revenir au plan précédent\u{202f}» le rétablit.",
            "Your previous plan is kept: “Back to previous plan” brings it back.";
        PREVIOUS_RESTORED = "Plan précédent rétabli\u{202f}; le même bouton ramène celui que vous quittez.",
            "Previous plan restored; the same button brings back the one you left.";
        NOT_A_PLAN_FILE = "Ce fichier n’est pas un plan Boussole valide\u{202f}: {}",
            "This file is not a valid Boussole plan: {}";
    }

    /// How messages name the input fields (`crate::fields`), and where they stand.
    fields {
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

    /// The names of the files the planner offers to save.
    files {
        PLAN = "boussole-plan.json", "boussole-plan.json";
        REVIEW = "boussole-revue.json", "boussole-review.json";
        TARGETS = "boussole-cibles-trimestrielles.csv", "boussole-quarterly-targets.csv";
        MONTHS = "boussole-cibles-et-budget-par-mois.csv", "boussole-monthly-targets-and-budget.csv";
        SMART_OBJECTIVES = "boussole-objectifs-smart.csv", "boussole-smart-objectives.csv";
        ALERT_RULES = "boussole-alertes.csv", "boussole-alert-rules.csv";
        REVIEWS_CALENDAR = "boussole-revues.ics", "boussole-reviews.ics";
    }
    /// The quarterly reviews as calendar events (`.ics`).
    calendar {
        CALENDAR_NAME = "Revues trimestrielles Boussole", "Boussole quarterly reviews";
        REVIEW_TITLE = "Revue {} — Boussole", "{} review — Boussole";
        QUARTER_TARGET = "Objectif {}\u{202f}: {} de chiffre d’affaires, dont {} de CA supplémentaire.",
            "{} goal: {} of revenue, of which {} is extra revenue.";
        CHANNEL_TARGETS = "Cibles par canal\u{202f}:", "Channel targets:";
        CHANNEL_TARGET = "{}\u{202f}: {} sessions par mois, {} de CA supplémentaire",
            "{}: {} sessions a month, {} of extra revenue";
        ALERTS = "Seuils d’alerte\u{202f}:", "Alert thresholds:";
        /// Who (a channel, the shop), what, `≥` or `≤`, the threshold.
        ALERT = "{}\u{202f}: {} {} {}", "{}: {} {} {}";
        WHOLE_SHOP = "Boutique", "Shop";
        REVENUE = "chiffre d’affaires du trimestre", "quarter’s revenue";
        SESSIONS = "sessions du trimestre", "sessions in the quarter";
        CONVERSION_RATE = "taux de conversion", "conversion rate";
        CPA = "CPA", "CPA";
        THREE_QUESTIONS = "Les trois temps de la revue\u{202f}:\n1. Analyse\u{202f}: qu’est-ce qui a été atteint, dépassé ou manqué\u{202f}?\n2. Interprétation\u{202f}: pourquoi\u{202f}?\n3. Décision\u{202f}: que changer au trimestre prochain\u{202f}?",
            "The review’s three moments:\n1. Analysis: what was reached, exceeded or missed?\n2. Interpretation: why?\n3. Decision: what to change next quarter?";
    }
    /// Words that several places say the same way: the form, the results, the review, the terminal.
    common {
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
        ARROW =
            "<span aria-hidden=\"true\"> → </span><span class=\"bp-sr\"> à </span>",
            "<span aria-hidden=\"true\"> → </span><span class=\"bp-sr\"> to </span>";
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
        OPEN_QUOTE = "«\u{202f}", "“";
        CLOSE_QUOTE = "\u{202f}»", "”";
    }
    /// The form: legends, labels, hints, options and buttons.
    form {
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
    /// The plan's results on the page: headings, captions, column headers, key figures, charts.
    results {
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
    }
    /// What each abbreviation stands for: spelled out at its first appearance in the results
    /// and listed at their end.
    glossary {
        CPA = "coût par acquisition\u{202f}: ce que coûte une commande obtenue par la publicité",
            "cost per acquisition: what an order won through advertising costs";
        CPC = "coût par clic", "cost per click";
        ROAS = "retour sur les dépenses publicitaires\u{202f}: CA ÷ dépense publicitaire",
            "return on ad spend: revenue ÷ ad spend";
        ROI = "retour sur investissement\u{202f}: (marge − coût) ÷ coût",
            "return on investment: (margin − cost) ÷ cost";
        MER = "ratio d’efficacité marketing\u{202f}: CA supplémentaire ÷ coût supplémentaire",
            "marketing efficiency ratio: extra revenue ÷ extra cost";
        LTV = "valeur d’un client (ici, sa marge sur 12 mois)",
            "customer lifetime value (here, their margin over 12 months)";
        CAC = "coût d’acquisition d’un client", "customer acquisition cost";
        SEO = "référencement naturel (moteurs de recherche)",
            "search engine optimisation (organic search)";
        SEA = "référencement payant (annonces sur les moteurs de recherche)",
            "search engine advertising (paid search)";
        OKR = "objectifs et résultats clés", "objectives and key results";
        SMART = "spécifique, mesurable, atteignable, réaliste et daté",
            "specific, measurable, achievable, realistic and time-bound";
        /// French only: English writes "revenue".
        CA = "chiffre d’affaires", "revenue";
        /// How the channel cards' derived figures are worked out (the list's second part).
        MAX_CPC_CALC = "CPA cible × taux de conversion du canal\u{202f}: le clic le plus cher qui garde le CPA dans la cible.",
            "target CPA × the channel’s conversion rate: the dearest click that keeps the CPA on target.";
        CONVERSION_AT_TRAFFIC_CALC = "(commandes actuelles + commandes supplémentaires) ÷ (sessions par mois × 12)\u{202f}: la conversion qui atteint l’objectif sans trafic en plus.",
            "(current orders + extra orders) ÷ (sessions per month × 12): the conversion that reaches the goal with no extra traffic.";
        MARGINAL_CPA_CALC = "ce que coûte la dernière commande obtenue au niveau de dépense prévu (chaque euro de plus rapporte moins).",
            "what the last order costs at the planned spend (each extra euro brings in less).";
        CEILING_CALC = "le plus de commandes par mois avant que la suivante ne coûte plus que le CPA cible (au-delà, elle ne perd pas encore d’argent).",
            "the most orders a month before the next one costs more than the target CPA (beyond it, the order does not lose money yet).";
        BREAK_EVEN_CALC = "le plus de commandes par mois avant que la suivante ne coûte plus qu’un nouveau client ne rapporte en 12 mois. Il peut se trouver sous la dépense d’aujourd’hui\u{202f}: il faut alors la réduire.",
            "the most orders a month before the next one costs more than a new customer brings in 12 months. It may lie below today’s spend: then spend less.";
    }

    /// What to do now (the results' first section): at most three actions.
    advice {
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
    /// The quarterly review on the page (and its summary for screen readers).
    review {
        EMPTY_NOTHING_CLOSED =
            "Aucun trimestre n’est encore clos. Quand un trimestre du plan se termine, clôturez-le et saisissez son chiffre d’affaires réalisé (et, si vous les avez, les sessions, commandes et dépenses de chaque canal).",
            "No quarter is closed yet. When a plan quarter ends, close it and enter the revenue it made (and, if you have them, each channel’s sessions, orders and spend).";
        EMPTY_WHAT_IT_DOES =
            "La revue compare alors le réalisé aux objectifs, projette l’année au même taux d’atteinte, revoit les objectifs des trimestres restants et signale les indicateurs au-delà de leur seuil d’alerte.",
            "The review then compares the actuals with the targets, projects the year at the same attainment, revises the targets of the quarters left and flags the indicators beyond their alert threshold.";
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
    }
    /// The engine's error messages: `{field} : {rule}.`, each rule the end of that sentence.
    errors {
        /// Fewer than 12 months of history (how many there are).
        HISTORY_TOO_SHORT =
            "doit compter au moins 12 mois (il y en a {})",
            "must hold at least 12 months (there are {})";
        /// More than 36 months of history (how many there are).
        HISTORY_TOO_LONG =
            "doit compter au plus 36 mois (il y en a {})",
            "must hold at most 36 months (there are {})";
        /// A rate out of range, read from a file (the message before).
        RATE_IN_A_FILE =
            "{} Dans un fichier JSON, un taux s’écrit en fraction\u{202f}: 0.02 pour 2\u{202f}%.",
            "{} In a JSON file, a rate is written as a fraction: 0.02 for 2%.";
        /// A rate out of range, typed in the form.
        RATE_AS_TYPED = "{} Saisissez 2 pour 2\u{202f}%.", "{} Type 2 for 2%.";
        /// A field's name and what is wrong with it.
        SENTENCE = "{}\u{202f}: {}.", "{}: {}.";
        /// A percentage typed as a fraction, most likely ({}: as typed, then × 100).
        DID_YOU_MEAN_PERCENT = "{}\u{202f}%\u{202f}? Vouliez-vous dire {}\u{202f}%\u{202f}?", "{}%? Did you mean {}%?";
        REQUIRED = "est obligatoire", "is required";
        NOT_A_NUMBER = "doit être un nombre", "must be a number";
        NOT_AN_INTEGER = "doit être un nombre entier", "must be a whole number";
        NOT_A_STRING = "doit être un texte", "must be a text";
        NOT_AN_OBJECT = "doit être un objet JSON", "must be a JSON object";
        NOT_A_LIST = "doit être une liste", "must be a list";
        NOT_FOUR_NUMBERS =
            "doit contenir exactement 4 nombres, un par trimestre",
            "must hold exactly 4 numbers, one per quarter";
        UNKNOWN_FIELD = "n’est pas un champ connu", "is not a known field";
        /// The accepted values, separated by commas.
        NOT_A_CHOICE = "doit valoir {}", "must be one of {}";
        /// The bounds, joined by [`AND`].
        /// Verbs, not adjectives: nothing to agree with the field's gender.
        MUST_BE = "doit {}", "must be {}";
        AT_LEAST = "valoir au moins {}", "at least {}";
        MORE_THAN = "dépasser {}", "more than {}";
        AT_MOST = "valoir au plus {}", "at most {}";
        LESS_THAN = "rester sous {}", "less than {}";
        AND = " et ", " and ";
        /// The smallest magnitude accepted.
        TOO_SMALL = "est trop petit\u{202f}: 0 ou au moins {}", "is too small: 0 or at least {}";
        INVALID_CURRENCY =
            "doit être un code ISO 4217 de 3 lettres majuscules (EUR, USD, GBP…)",
            "must be a 3-letter ISO 4217 code in capitals (EUR, USD, GBP…)";
        INVALID_ID =
            "doit faire 1 à 32 caractères parmi a–z, 0–9 et -",
            "must be 1 to 32 characters among a–z, 0–9 and -";
        INVALID_LABEL = "doit faire 1 à 60 caractères", "must be 1 to 60 characters long";
        LABEL_CONTROL_CHARACTER =
            "ne doit contenir ni tabulation, ni saut de ligne, ni autre caractère de contrôle",
            "must not hold a tab, a line break or any other control character";
        NO_CHANNELS = "il faut au moins un canal", "at least one channel is needed";
        TOO_MANY_CHANNELS = "12 canaux au plus", "12 channels at most";
        /// The position of the channel that already has this id.
        DUPLICATE_ID = "est déjà celui du canal {}", "is already the id of channel {}";
        SHARES_INCOMPLETE =
            "donnez une part de l’objectif à chaque canal, ou à aucun",
            "give a share of the goal to every channel, or to none";
        /// The shares' current total.
        SHARES_DO_NOT_SUM_TO_ONE =
            "les parts de l’objectif doivent totaliser 100\u{202f}% (total actuel\u{202f}: {})",
            "the shares of the goal must add up to 100% (now {})";
        NO_BASELINE =
            "au moins un canal doit avoir des sessions, sinon le CA actuel est nul",
            "at least one channel needs sessions, or current revenue is zero";
        GOAL_MISSING =
            "indiquez une croissance, un CA supplémentaire ou un CA visé",
            "give a growth rate, an extra revenue or a target revenue";
        CONFLICTING_GOALS =
            "un seul objectif à la fois\u{202f}: croissance, CA supplémentaire ou CA visé",
            "one goal at a time: growth rate, extra revenue or target revenue";
        /// The current revenue.
        NOT_ABOVE_BASELINE = "doit dépasser le CA actuel, {}", "must exceed current revenue, {}";
        /// The parser's own words.
        INVALID_JSON =
            "le texte n’est pas du JSON valide ({})",
            "the text is not valid JSON ({})";
        TOO_DEEP =
            "les données sont imbriquées sur plus de {} niveaux (un plan en compte au plus 5)",
            "the data nests more than {} levels deep (a plan has at most 5)";
        ACTUALS_NOT_IN_ORDER =
            "les trimestres clos doivent se suivre depuis le trimestre 1, sans trou",
            "closed quarters must follow each other from quarter 1, with no gap";
        UNKNOWN_CHANNEL =
            "n’est l’identifiant d’aucun canal du plan",
            "is not the id of any channel of the plan";
        TOO_MANY_ACTUALS = "4 trimestres au plus", "4 quarters at most";
        NO_ACTUALS = "saisissez au moins un trimestre clos", "enter at least one closed quarter";
    }
    /// A typed number that is not one: the end of a sentence about a field (`doit être un nombre…`).
    typing {
        /// The sentence when no field is named.
        THE_VALUE = "La valeur {}.", "The value {}.";
        NOT_A_NUMBER =
            "doit être un nombre, par exemple 1 200 ou 2,5",
            "must be a number, such as 1,200 or 2.5";
        SIGN =
            "doit être un nombre avec un seul signe, au début (−5 ou +5)",
            "must be a number with one sign at most, at the start (−5 or +5)";
        SEPARATORS =
            "a des séparateurs mal placés (une seule virgule décimale, les milliers groupés par trois, par exemple 1 200 000,5)",
            "has misplaced separators (one decimal point, thousands grouped by three, such as 1,200,000.5)";
        TOO_LARGE = "est un nombre bien trop grand", "is far too large a number";
    }
    /// Reading a pasted history (§15): where a cell is wrong, and how many months there are.
    history {
        /// Line, column, the cell's text.
        NOT_A_NUMBER =
            "Ligne {}, colonne {}\u{202f}: «\u{202f}{}\u{202f}» n’est pas un montant. Collez une colonne de CA mensuel, ou le mois puis le CA.",
            "Line {}, column {}: “{}” is not an amount. Paste one column of monthly revenue, or the month then the revenue.";
        /// Line, column.
        BLANK =
            "Ligne {}, colonne {}\u{202f}: le CA est vide. Saisissez 0 pour un mois sans vente.",
            "Line {}, column {}: the revenue is blank. Type 0 for a month without sales.";
        /// Line, column.
        NEGATIVE =
            "Ligne {}, colonne {}\u{202f}: un CA mensuel ne peut pas être négatif.",
            "Line {}, column {}: a monthly revenue cannot be negative.";
        /// How many months were read.
        TOO_FEW =
            "{} mois lus\u{202f}: il en faut au moins 12, du plus ancien au plus récent.",
            "{} months read: at least 12 are needed, oldest first.";
        TOO_MANY =
            "{} mois lus\u{202f}: 36 au plus (gardez les plus récents).",
            "{} months read: 36 at most (keep the latest).";
    }
    /// The plan's warnings (§10).
    warnings {
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
    /// The quarterly review's alerts (§11): where, then the actual figure and its threshold.
    alerts {
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
    /// Statuses as words, shared by the page and the terminal: channel verdicts (§5),
    /// reviewed quarters and the reforecast (§11).
    status {
        WITHIN_TARGET = "dans la cible", "within target";
        BELOW_TARGET = "hors cible, rentabilisé sur 12 mois", "above target, paid back within 12 months";
        LOSS_MAKING = "à perte", "loss-making";
        EXCEEDED = "dépassé", "exceeded";
        ACHIEVED = "atteint", "achieved";
        MISSED = "manqué", "missed";
        OPEN = "à venir", "open";
        ON_TRACK = "en bonne voie", "on track";
        CATCH_UP = "à rattraper", "catch up";
        REVISE_GOAL = "objectif à revoir", "revise the goal";
        GOAL_REACHED = "objectif atteint", "goal reached";
        GOAL_MISSED = "objectif manqué", "goal missed";
    }
    /// Currency symbols that each language writes its own way.
    currency {
        USD = "$\u{a0}US", "$";
        CAD = "$\u{a0}CA", "CA$";
    }
    /// The SMART objectives (§9) and the OKR (§12). Most sentences open with a deadline.
    objectives {
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
        /// [`AT_PAST_PACE`] or [`AT_FLAT_TREND`], what the trend and the planned spend bring,
        /// what is left to unpriced effort.
        EFFORT_NOT_PRICED =
            "{} et avec les dépenses prévues, le CA atteindrait {}\u{202f}; il reste {} à trouver par un effort que ce plan ne chiffre pas.",
            "{} and with the planned spend, revenue would reach {}; {} is left to find through effort this plan does not price.";
        /// The shop's past growth.
        AT_PAST_PACE = "Au rythme passé ({})", "At the past pace ({})";
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
    /// Column headers of the CSV exports that no other place uses.
    csv {
        CHANNEL_ID = "Identifiant du canal", "Channel id";
        TARGET_SESSIONS_PER_MONTH = "Sessions visées par mois", "Target sessions per month";
        PLANNED_ORDERS = "Commandes prévues", "Planned orders";
        YEAR = "Année", "Year";
        MONTH_NUMBER = "Numéro du mois", "Month number";
        METRIC = "Indicateur", "Metric";
        COMPARATOR = "Comparateur", "Comparator";
        THRESHOLD = "Seuil", "Threshold";
        SCOPE = "Portée", "Scope";
        SUBJECT = "Sujet", "Subject";
        ACHIEVABLE_REASON = "Raison (atteignable)", "Reason (achievable)";
        REALISTIC_REASON = "Raison (réaliste)", "Reason (realistic)";
    }
    /// The plan as text (`--format table`, `--format markdown`, « Copier le plan »): its
    /// one-line summaries.
    table {
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_has_both_languages_and_the_same_placeholders() {
        for (name, w) in ALL {
            assert!(!w.fr.trim().is_empty(), "{name}: no French");
            assert!(!w.en.trim().is_empty(), "{name}: no English");
            assert_eq!(
                w.fr.matches("{}").count(),
                w.en.matches("{}").count(),
                "{name}: placeholders differ"
            );
        }
    }

    #[test]
    fn french_typography() {
        for (name, w) in ALL {
            for mark in [":", ";", "!", "?", "%", "»"] {
                assert!(
                    !w.fr.contains(&format!(" {mark}")),
                    "{name}: a breakable space before « {mark} » in {:?}",
                    w.fr
                );
            }
            // A narrow no-break space before « : » and inside « », not a wide one.
            for wide in ["\u{a0}:", "«\u{a0}", "\u{a0}»"] {
                assert!(
                    !w.fr.contains(wide),
                    "{name}: a wide no-break space in {:?}",
                    w.fr
                );
            }
            // The typographic apostrophe, and no « de les » / « à les » (des, aux).
            assert!(
                !w.fr.contains('\''),
                "{name}: a straight apostrophe in {:?}",
                w.fr
            );
            for wrong in [" de les ", " à les ", " de le ", " à le "] {
                assert!(!w.fr.contains(wrong), "{name}: « {wrong} » in {:?}", w.fr);
            }
            // English with typographic apostrophes too (“shop’s”), except in markup.
            assert!(
                w.en.contains('<') || !w.en.contains('\''),
                "{name}: a straight apostrophe in {:?}",
                w.en
            );
            // English without the Gallicisms a French writer slips in, and with the words a
            // consultant uses (v3's review of the page).
            for gallicism in [
                "the means",
                "usual marks",
                "realise the",
                "in line with the objective",
                "Points to watch",
                "An extra revenue",
                "Prudent",
                "prudent",
                "Spend a month",
                "profitable ceiling",
            ] {
                assert!(
                    !w.en.contains(gallicism),
                    "{name}: « {gallicism} » in {:?}",
                    w.en
                );
            }
        }
    }

    #[test]
    fn counted_nouns_agree_in_each_language() {
        let (one, many) = (review::ALERT_NOUN_ONE, review::ALERT_NOUN_MANY);
        let nouns = |l| [0, 1, 2].map(|n| counted(n, l, one, many));
        assert_eq!(nouns(Locale::Fr), ["alerte", "alerte", "alertes"]);
        assert_eq!(nouns(Locale::En), ["alerts", "alert", "alerts"]);
    }

    #[test]
    fn fill_replaces_in_order() {
        let w = Words {
            fr: "{} sur {}",
            en: "{} of {}",
        };
        assert_eq!(w.fill(Locale::Fr, &[&1, &"4"]), "1 sur 4");
        assert_eq!(w.fill(Locale::En, &[&2.5, &'x']), "2.5 of x");
    }
}
