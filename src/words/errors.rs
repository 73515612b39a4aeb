//! The engine's error messages: `{field} : {rule}.`, each rule the end of that sentence.

use crate::words::Words;

entries! {
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
    /// The most values read, formatted.
    TOO_LARGE =
        "les données comptent plus de {} valeurs (un plan en compte quelques centaines)",
        "the data holds more than {} values (a plan holds a few hundred)";
    ACTUALS_NOT_IN_ORDER =
        "les trimestres clos doivent se suivre depuis le trimestre 1, sans trou",
        "closed quarters must follow each other from quarter 1, with no gap";
    UNKNOWN_CHANNEL =
        "n’est l’identifiant d’aucun canal du plan",
        "is not the id of any channel of the plan";
    TOO_MANY_ACTUALS = "4 trimestres au plus", "4 quarters at most";
    NO_ACTUALS = "saisissez au moins un trimestre clos", "enter at least one closed quarter";
}
