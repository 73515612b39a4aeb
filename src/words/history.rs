//! Reading a pasted history (§15): where a cell is wrong, and how many months there are.

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
}
