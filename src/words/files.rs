//! The names of the files the planner offers to save.

use crate::words::Words;

entries! {
    PLAN = "boussole-plan.json", "boussole-plan.json";
    REVIEW = "boussole-revue.json", "boussole-review.json";
    TARGETS = "boussole-cibles-trimestrielles.csv", "boussole-quarterly-targets.csv";
    MONTHS = "boussole-cibles-et-budget-par-mois.csv", "boussole-monthly-targets-and-budget.csv";
    SMART_OBJECTIVES = "boussole-objectifs-smart.csv", "boussole-smart-objectives.csv";
    ALERT_RULES = "boussole-alertes.csv", "boussole-alert-rules.csv";
    REVIEWS_CALENDAR = "boussole-revues.ics", "boussole-reviews.ics";
}
