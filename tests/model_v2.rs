//! [7] What misled a marketer in the first model, each reproduced on the example plan and
//! checked fixed: a blended figure labelled as a CPA, paid channels that scale in a straight
//! line, a yearly average given as an end-of-year target, a ramp that was not progressive, a
//! reached goal cut back, a plan without cost read as "within target", and French mistakes.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use boussole::example::{example_plan, example_review};
use boussole::model::{CostModel, Locale};
use boussole::output::CheckStatus;
use boussole::view::{plan_view, Block};
use common::close;

#[test]
fn no_blended_figure_is_called_a_cpa() {
    let out = boussole::plan(&example_plan(Locale::Fr));
    let t = &out.totals;
    // Google Ads alone is paid: its CPA, not every channel's cost per extra order.
    let paid = &out.channels[1];
    assert_eq!(t.paid_cpa, paid.cpa);
    assert!(t.paid_cpa.unwrap() > out.unit_economics.target_cpa);
    assert!(t.cost_per_extra_order.unwrap() < out.unit_economics.target_cpa);
    let view = plan_view(&out, None, None);
    let figures = common::view::figures(&view);
    assert!(
        !figures.iter().any(|f| f.label.starts_with("CPA moyen")),
        "a blended figure labelled as a CPA"
    );
    // The totals: the paid channels' CPA, and the cost per extra order, which says it is not one.
    let totals = view
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .find_map(|b| match b {
            Block::Figures(f) if f.testid == Some("totals") => Some(&f.items),
            _ => None,
        })
        .expect("the totals");
    let money = |x: f64| boussole::format::money(x, &out.currency, Locale::Fr);
    let paid = totals
        .iter()
        .find(|f| f.label.ends_with("des canaux payants"))
        .expect("the paid channels' CPA");
    assert!(paid.label.starts_with("CPA"), "{}", paid.label);
    assert_eq!(paid.text, money(t.paid_cpa.unwrap()));
    let blended = totals
        .iter()
        .find(|f| f.text == money(t.cost_per_extra_order.unwrap()))
        .expect("the cost per extra order");
    assert!(!blended.label.contains("CPA"), "{}", blended.label);
    assert!(
        blended.hint.contains("ce n’est pas un CPA"),
        "{}",
        blended.hint
    );
}

#[test]
fn doubling_a_paid_budget_does_not_double_the_orders() {
    let input = example_plan(Locale::En);
    let curve = boussole::channel_curve(&input.channels[1]).expect("paid search has a curve");
    let doubled = curve.orders_for(2.0 * curve.spend);
    assert!(close(doubled, curve.orders * 1.6, 1e-12), "{doubled}");
    // So the extra orders cost more than today's, and the last one more still.
    let c = &boussole::plan(&input).channels[1];
    assert!(c.current_cpa < c.cpa && c.cpa < c.marginal_cpa);
    // With a straight line, the v1 arithmetic.
    let mut straight = input.clone();
    straight.channels[1].cost = CostModel::PerClick {
        cost_per_click: 0.8,
        doubling_gain: Some(1.0),
    };
    let c = &boussole::plan(&straight).channels[1];
    assert!(close(c.cpa.unwrap(), 0.8 / 0.04, 1e-12));
}

#[test]
fn a_channel_objective_gives_the_yearly_average_and_the_last_quarters_run_rate() {
    let out = boussole::plan(&example_plan(Locale::Fr));
    let seo = out
        .objectives
        .iter()
        .find(|o| o.text.contains("SEO"))
        .unwrap();
    let run_rate = out.quarters[3].channels[0].target_sessions_per_month;
    assert!(run_rate > out.channels[0].target_sessions_per_month);
    let run_rate = boussole::format::count(run_rate, Locale::Fr);
    assert!(
        seo.text
            .contains("39\u{202f}000 sessions par mois en moyenne sur l’année"),
        "{}",
        seo.text
    );
    assert!(
        seo.text
            .contains(&format!("T4\u{a0}2027\u{202f}: {run_rate} par mois")),
        "{}",
        seo.text
    );
}

#[test]
fn a_reached_goal_keeps_the_plan_for_the_open_quarters() {
    let mut review = example_review(Locale::Fr);
    // A first half far above target: the goal is reached by the end of Q2.
    review.actuals[0].revenue = 600_000.0;
    review.actuals[1].revenue = 600_000.0;
    let out = boussole::review(&review);
    assert!(out.progress.remaining_extra < 0.0);
    assert_eq!(out.progress.required_vs_planned, Some(0.0));
    for (q, planned) in out.quarters.iter().zip(&out.plan.quarters).skip(2) {
        assert_eq!(q.reforecast_target_revenue, Some(planned.target_revenue));
        assert!(q.reforecast_yoy_growth_rate.unwrap() > 0.0);
    }
}

#[test]
fn a_plan_without_cost_is_not_called_within_target() {
    let mut input = example_plan(Locale::Fr);
    for c in &mut input.channels {
        c.cost = CostModel::None;
    }
    let out = boussole::plan(&input);
    assert!(out.warnings.iter().any(|w| w.code == "no_cost_planned"));
    // v3: the channels grow beyond the shop's trend with nothing planned to bring it.
    let plan = &out.objectives[0].realistic;
    assert_eq!(plan.status, CheckStatus::Warning);
    assert!(!plan.reason.contains("dans la cible"), "{}", plan.reason);
    assert!(
        plan.reason.contains("sans aucun coût prévu"),
        "{}",
        plan.reason
    );
}

#[test]
fn several_loss_making_channels_are_named_in_the_plural() {
    let mut input = example_plan(Locale::Fr);
    for i in [1, 2] {
        input.channels[i].cost = CostModel::Fixed { monthly: 40_000.0 };
    }
    input.marketing_budget = None;
    let out = boussole::plan(&input);
    let reason = &out.objectives[0].realistic.reason;
    assert!(
        reason.contains("Canaux à perte\u{202f}: Google Ads, Réseaux sociaux."),
        "{reason}"
    );
}

#[test]
fn a_feminine_field_gets_no_masculine_adjective() {
    let mut plan = common::base_plan();
    plan["locale"] = serde_json::json!("fr");
    plan["goal"] = serde_json::json!({"growthRate": 0});
    let out = common::plan_json(&plan);
    let message = out["errors"][0]["message"].as_str().unwrap();
    assert!(
        message.starts_with("Croissance visée\u{202f}: doit dépasser 0\u{202f}%"),
        "{message}"
    );
}
