//! Column headers of the CSV exports that no other place uses.

use crate::words::Words;

entries! {
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
