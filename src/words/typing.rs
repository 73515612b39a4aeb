//! A typed number that is not one: the end of a sentence about a field (`doit être un nombre…`).

use crate::words::Words;

entries! {
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
