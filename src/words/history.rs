//! Reading a pasted history (§15): where a cell is wrong, how many months there are, which
//! months the rows name and whether they are the ones the plan needs.

use crate::words::Words;

entries! {
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
    /// The most lines read.
    TOO_MANY_LINES =
        "L’historique collé compte plus de {} lignes\u{202f}: collez 12 à 36 mois de CA, un mois par ligne (des chiffres par jour ou par semaine\u{202f}? additionnez-les par mois).",
        "The pasted history has more than {} lines: paste 12 to 36 months of revenue, one month per line (daily or weekly figures? add them up by month).";
    /// The most characters read, formatted.
    TOO_LONG =
        "L’historique collé dépasse {} caractères\u{202f}: collez 12 à 36 mois de CA, un mois par ligne, avec au plus le mois et le CA.",
        "The pasted history is longer than {} characters: paste 12 to 36 months of revenue, one month per line, with at most the month and the revenue.";
    /// Line, column, the month, the line that already holds it.
    DUPLICATE_MONTH =
        "Ligne {}, colonne {}\u{202f}: {} figure déjà ligne {}. Gardez une ligne par mois.",
        "Line {}, column {}: {} is already on line {}. Keep one row per month.";
    /// Line, column, the month missing between the row before and this one.
    MISSING_MONTH =
        "Ligne {}, colonne {}\u{202f}: il manque {}. Ajoutez ce mois (0 pour un mois sans vente).",
        "Line {}, column {}: {} is missing. Add that month (0 for a month without sales).";
    /// Line, column, how many months are missing between the row before and this one, from
    /// the first (« de mars 2025 »), the last.
    MISSING_MONTHS =
        "Ligne {}, colonne {}\u{202f}: il manque les {} mois {} à {}. Ajoutez-les (0 pour un mois sans vente).",
        "Line {}, column {}: the {} months {} to {} are missing. Add them (0 for a month without sales).";
    /// Line, column, the month found, the month expected there.
    OUT_OF_ORDER =
        "Ligne {}, colonne {}\u{202f}: {} n’est pas à sa place, {} est attendu ici. Rangez les mois dans l’ordre, du plus ancien au plus récent.",
        "Line {}, column {}: {} is out of order; {} is expected here. Put the months in order, oldest first.";
    /// How many months, from the first (« de janvier 2024 »), the last, the plan's first
    /// month, the month before it.
    NOT_BEFORE_THE_PLAN =
        "Les {} mois de l’historique vont {} à {}, mais le plan commence en {}\u{202f}: il s’appuie sur les 12 à 36 mois qui le précèdent, jusqu’à {}.",
        "The history’s {} months run {} to {}, but the plan starts in {}: it builds on the 12 to 36 months before it, up to {}.";
    /// The month to add.
    ADD_MONTH = "Ajoutez {}", "Add {}";
    /// How many months, from the first (« de janvier 2026 »), the last.
    ADD_MONTHS = "Ajoutez les {} mois {} à {}", "Add the {} months {} to {}";
    /// The month to remove.
    REMOVE_MONTH = "Retirez {}, qui appartient au plan", "Remove {}, which belongs to the plan";
    /// How many months, from the first (« de janvier 2027 »), the last.
    REMOVE_MONTHS =
        "Retirez les {} mois {} à {}, qui appartiennent au plan",
        "Remove the {} months {} to {}, which belong to the plan";
    /// The month before the plan (when adding or removing rows would not do).
    PASTE_UP_TO = "Collez les mois jusqu’à {}", "Paste the months up to {}";
    /// What to do with the rows, then the quarter the plan could start in instead.
    FIX_OR_START =
        "{}, ou faites commencer le plan au {}.",
        "{}, or start the plan in {}.";
    /// The history's first and last months, shown before it is used.
    SPAN = "Historique\u{202f}: {}\u{a0}– {}", "History: {}\u{a0}– {}";
}
