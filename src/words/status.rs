//! Statuses as words, shared by the page and the terminal: channel verdicts (§5),
//! reviewed quarters and the reforecast (§11).

use crate::words::Words;

entries! {
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
