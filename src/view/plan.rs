//! The plan's results as the page shows them: what a merchant scans first (the goal, what to do
//! now, what needs attention, each channel's verdict), then how it is worked out.

use super::figure::{curve_chart, outlook_chart};
use super::*;
use crate::formulas::Curve;
use crate::model::PlanInput;
use crate::output::*;
use crate::render::naming::{named_checks, objective_about, objective_scope, reach_word};
use crate::render::table_model::{self, budget_word};
use crate::render::Ctx;
use crate::words::{common, results};

/// The plan's results in its locale: the plan's inputs (when given) go into the printout's
/// header and give « Que faire maintenant »; the history (when given) is drawn before the plan's
/// own months.
pub fn plan_view(
    out: &PlanOutput,
    history: Option<HistoryView>,
    input: Option<&PlanInput>,
) -> Results {
    let ctx = &Ctx::new(out.locale, &out.currency);
    let l = ctx.l;
    let mut sections = vec![headline(ctx, out)];
    if let Some(input) = input {
        sections.extend(next_steps(&crate::advice::next_steps(input, out), l));
    }
    // Each channel's verdict before the points to watch: on a phone, every verdict within two
    // screens of the top of the results.
    sections.push(channels(ctx, out));
    sections.extend(warnings(ctx, out));
    sections.push(unit_economics(ctx, out, input));
    let first_part = sections.len();
    sections.extend(paid_curves(ctx, out));
    sections.extend(paid_allocation(ctx, out));
    sections.extend(super::milestones::history_section(ctx, out, history));
    sections.push(super::milestones::quarters(ctx, out));
    sections.push(super::milestones::months(ctx, out));
    sections.push(section(
        "scenarios",
        results::SCENARIOS,
        l,
        vec![
            intro(results::SCENARIOS_INTRO, l),
            Block::Table(TableView::of(&table_model::scenarios(ctx, out), l)),
        ],
    ));
    sections.extend(outlook(ctx, out));
    sections.push(levers(ctx, out));
    let objectives_at = sections.len();
    sections.push(objectives(ctx, out));
    // Abbreviations are spelled out where they first appear: in the part read first, and in
    // the objectives (SMART, OKR).
    let mut spelling = Spelling::new(l);
    spelling.sections(&mut sections[..first_part]);
    spelling.sections(&mut sections[objectives_at..]);
    Results {
        kind: "plan",
        lang: l.code(),
        testid: None,
        print: Some(super::print::print_header(ctx, out, input)),
        sections,
        glossary: Some(super::glossary(l)),
    }
}

/// The goal on the one achievability scale, and what it means.
fn achievability(a: Achievability, ctx: &Ctx) -> ((&'static str, &'static str), &'static str) {
    let meaning = match a {
        Achievability::InLine => results::IN_LINE_WITH_PAST_GROWTH,
        Achievability::Stretch => results::BEYOND_THE_PAST_PACE,
        Achievability::Aggressive => results::FAR_BEYOND_THE_PAST_PACE,
    };
    (reach_word(a.status(), ctx), meaning.get(ctx.l))
}

pub(super) fn achievability_code(a: Achievability) -> &'static str {
    match a {
        Achievability::InLine => "inLine",
        Achievability::Stretch => "stretch",
        Achievability::Aggressive => "aggressive",
    }
}

fn headline(ctx: &Ctx, out: &PlanOutput) -> Section {
    let (g, l) = (&out.goal, ctx.l);
    let (reach, meaning) = achievability(g.achievability, ctx);
    // The plan objective's own reason says it best (against past growth, or the usual bands).
    let reason = out
        .objectives
        .iter()
        .find(|o| o.scope == Scope::Plan)
        .map_or(meaning, |o| o.achievable.reason.as_str());
    let target = ctx.money(g.target_revenue).money.to_string();
    let hero = Hero {
        label: results::TARGET_ONLINE_REVENUE_12_MONTHS.get(l).to_string(),
        target: Figure::new("", &target).marked("target-revenue", Some(g.target_revenue)),
        from_label: common::CURRENT_REVENUE.get(l).to_string(),
        from: ctx.money(out.baseline.annual_revenue).money.to_string(),
        arrow: ctx.arrow(),
        to: target,
        growth: Figure::new("", ctx.spct(g.growth_rate, 1)).marked("growth", Some(g.growth_rate)),
        goal_label: format!("{}{}", results::GOAL.get(l), ctx.colon()),
        reach: Badge::new(reach).marked(
            "achievability",
            Some(achievability_code(g.achievability).into()),
        ),
        reason: reason.to_string(),
    };
    let extra_orders: f64 = out.channels.iter().map(|c| c.extra_orders).sum();
    let over_a_year = results::OVER_12_MONTHS.get(l);
    section(
        "headline",
        results::REVENUE_GOAL,
        l,
        vec![
            Block::Hero(Box::new(hero)),
            figures(
                None,
                vec![
                    Figure::new(
                        common::EXTRA_REVENUE.get(l),
                        ctx.money(g.extra_revenue).money,
                    ),
                    Figure::new(results::EXTRA_ORDERS.get(l), ctx.count(extra_orders))
                        .hint(over_a_year),
                    Figure::new(
                        common::COST_OF_THE_EXTRA_EFFORT.get(l),
                        ctx.money(out.totals.extra_cost).money,
                    )
                    .hint(over_a_year),
                ],
            ),
        ],
    )
}

/// « Modifier « Coût (canal 2) » »: a way to the field `field`.
fn go_to(field: &str, l: Locale) -> GoTo {
    let title = crate::fields::title(field, l);
    GoTo {
        field: field.to_string(),
        label: results::CHANGE_FIELD.fill(l, &[&title]),
    }
}

/// What to do now: at most three actions, each with a way to the field it is about.
fn next_steps(steps: &[crate::advice::Step], l: Locale) -> Option<Section> {
    if steps.is_empty() {
        return None;
    }
    let items = steps
        .iter()
        .map(|step| Note {
            key: format!("{}:{}", step.code, step.field.as_deref().unwrap_or("")),
            code: step.code.to_string(),
            text: step.text.clone(),
            go_to: step.field.as_deref().map(|f| go_to(f, l)),
        })
        .collect();
    Some(section(
        "next-steps",
        crate::words::advice::TITLE,
        l,
        vec![Block::Steps {
            testid: "next-steps",
            items,
        }],
    ))
}

fn warnings(ctx: &Ctx, out: &PlanOutput) -> Option<Section> {
    if out.warnings.is_empty() {
        return None;
    }
    let items = out
        .warnings
        .iter()
        .map(|wn| Note {
            key: format!("{}:{}", wn.code, wn.field.as_deref().unwrap_or("")),
            code: wn.code.to_string(),
            text: wn.message.clone(),
            go_to: wn.field.as_deref().map(|f| go_to(f, ctx.l)),
        })
        .collect();
    Some(section(
        "warnings",
        results::POINTS_TO_WATCH,
        ctx.l,
        vec![Block::Notes {
            testid: "warnings",
            items,
        }],
    ))
}

fn unit_economics(ctx: &Ctx, out: &PlanOutput, input: Option<&PlanInput>) -> Section {
    let (u, l) = (&out.unit_economics, ctx.l);
    let money = |x: f64| ctx.money(x).money.to_string();
    let dash = |x: Option<String>| x.unwrap_or_else(|| DASH.to_string());
    // Each explanation with the figures it explains, so that a reader can redo the sum.
    let margin_hint = match input {
        Some(p) => {
            let costs = p.order_costs.unwrap_or_default();
            results::MARGIN_PER_ORDER_FIGURES.fill(
                l,
                &[
                    &money(p.average_order_value),
                    &ctx.pct(costs.return_rate, 1),
                    &ctx.pct(p.gross_margin_rate, 1),
                    &money(costs.per_order),
                ],
            )
        }
        None => results::MARGIN_PER_ORDER_HINT.get(l).to_string(),
    };
    // The plan's order value, read back: ROAS × the CPA it is worked out from.
    let aov = u
        .break_even_roas
        .map(|r| r * u.first_order_margin)
        .or(u.target_roas.map(|r| r * u.target_cpa));
    let roas_hint = aov.map_or(String::new(), |a| {
        results::BREAK_EVEN_ROAS_HINT.fill(l, &[&money(a), &money(u.first_order_margin)])
    });
    let items = vec![
        Figure::new(common::MARGIN_PER_ORDER.get(l), money(u.margin_per_order)).hint(&margin_hint),
        Figure::new(
            common::BREAK_EVEN_ROAS.get(l),
            dash(u.break_even_roas.map(|x| ctx.ratio(x).to_string())),
        )
        .hint(&roas_hint),
        Figure::new(
            results::MAX_CPA_FIRST_ORDER.get(l),
            money(u.max_cpa_first_order),
        )
        .hint(results::MAX_CPA_FIRST_ORDER_HINT.get(l)),
        Figure::new(results::MAX_CPA_12_MONTHS.get(l), money(u.max_cpa_lifetime))
            .hint(results::MAX_CPA_12_MONTHS_HINT.get(l)),
        Figure::new(common::TARGET_CPA.get(l), money(u.target_cpa))
            .marked("target-cpa", Some(u.target_cpa))
            .hint(&results::TARGET_CPA_HINT.fill(
                l,
                &[
                    &money(u.max_cpa_lifetime),
                    &ctx.ratio(u.max_cpa_lifetime / u.target_cpa),
                ],
            )),
        Figure::new(
            common::TARGET_ROAS.get(l),
            dash(u.target_roas.map(|x| ctx.ratio(x).to_string())),
        )
        .hint(results::TARGET_ROAS_HINT.get(l)),
    ];
    section(
        "economics",
        results::UNIT_ECONOMICS,
        l,
        vec![
            intro(results::UNIT_ECONOMICS_INTRO, l),
            figures(None, items),
        ],
    )
}

/// The channel cards' columns whose figures fold under « Détails » (the columns of
/// [`table_model::channel_targets`]): a card shows what the channel must bring (revenue,
/// orders, sessions), what it costs and one cost per order; the share, the growth, the
/// conversion alternative and the other cost figures wait, so that every verdict is within two
/// phone screens of the top of the results.
fn channel_detail(column: usize) -> bool {
    matches!(column, 1 | 5 | 6 | 7 | 10 | 11 | 12 | 13 | 14)
}

fn channels(ctx: &Ctx, out: &PlanOutput) -> Section {
    let (t, l) = (&out.totals, ctx.l);
    let money = |x: f64| ctx.money(x).money.to_string();
    let dash = |x: Option<String>| x.unwrap_or_else(|| DASH.to_string());
    let (tone, word) = budget_word(ctx, t.budget_fits);
    let mut budget = Figure::new(results::MARKETING_BUDGET.get(l), "");
    budget.badge = Some(Badge::new((tone, word)).marked("budget", None));
    let items = vec![
        Figure::new(results::EXTRA_COST_12_MONTHS.get(l), money(t.extra_cost)),
        Figure::new(common::PAID_CPA.get(l), dash(t.paid_cpa.map(money)))
            .hint(results::PAID_CPA_MEANING.get(l)),
        Figure::new(
            common::COST_PER_EXTRA_ORDER.get(l),
            dash(t.cost_per_extra_order.map(money)),
        )
        .hint(results::COST_PER_EXTRA_ORDER_MEANING.get(l)),
        Figure::new("MER", dash(t.mer.map(|x| ctx.ratio(x).to_string())))
            .hint(results::MER_MEANING.get(l)),
        Figure::new("ROI", dash(t.roi.map(|x| ctx.pct(x, 0).to_string())))
            .hint(results::ROI_MEANING.get(l)),
        Figure::new(
            results::EXTRA_CONTRIBUTION.get(l),
            money(t.extra_contribution),
        )
        .hint(results::EXTRA_CONTRIBUTION_MEANING.get(l)),
        budget,
    ];
    // One card per channel, its verdict first: a 15-column table hid it off screen.
    let table = table_model::channel_targets(ctx, out);
    section(
        "channels",
        results::TARGETS_PER_CHANNEL,
        l,
        vec![
            Block::Cards(Cards::of(&table, l, channel_detail)),
            figures(Some("totals"), items),
        ],
    )
}

/// The paid channels' response curves; none without paid channels on a curve.
fn paid_curves(ctx: &Ctx, out: &PlanOutput) -> Option<Section> {
    let items: Vec<Chart> = out
        .channels
        .iter()
        .filter_map(|c| Curve::of_target(c).map(|k| curve_chart(ctx, c, k)))
        .collect();
    if items.is_empty() {
        return None;
    }
    Some(section(
        "paid-curves",
        results::PAID_CURVES,
        ctx.l,
        vec![
            Block::Hint {
                text: results::PAID_CURVES_HINT.get(ctx.l).to_string(),
            },
            Block::Charts { items },
        ],
    ))
}

/// §13: the cheapest split of the paid part of the goal beside the plan's, its saving, and
/// the most extra revenue the paid channels bring profitably.
fn paid_allocation(ctx: &Ctx, out: &PlanOutput) -> Option<Section> {
    let split = out.paid_allocation.as_ref()?;
    let table = table_model::paid_allocation(ctx, out)?;
    let l = ctx.l;
    let most = |x: Option<f64>| {
        x.map_or_else(
            || results::NO_LIMIT.get(l).to_string(),
            |x| ctx.money(x).money.to_string(),
        )
    };
    // A saving that still buys orders at a loss says so.
    let caveat = match split.loss_making {
        true => results::SPLIT_STILL_LOSES.get(l),
        false => "",
    };
    let mut saving = Figure::new(results::SAVING.get(l), ctx.money(split.saving).money);
    saving.testid = Some("saving");
    Some(section(
        "paid-allocation",
        results::PAID_ALLOCATION,
        l,
        vec![
            Block::Table(TableView::of(&table, l)),
            figures(
                None,
                vec![
                    saving.hint(caveat),
                    Figure::new(
                        results::MAX_PROFITABLE.get(l),
                        most(split.max_profitable_extra_revenue),
                    ),
                    Figure::new(
                        results::MAX_BREAK_EVEN.get(l),
                        most(split.max_break_even_extra_revenue),
                    ),
                ],
            ),
        ],
    ))
}

/// §14: the odds of the goal over the draws, and the spread of revenue and contribution.
fn outlook(ctx: &Ctx, out: &PlanOutput) -> Option<Section> {
    let o = out.outlook.as_ref()?;
    let table = table_model::outlook(ctx, out)?;
    let l = ctx.l;
    let goal = Figure::new(
        results::PROBABILITY_OF_GOAL.get(l),
        ctx.pct(o.probability_of_goal, 0),
    )
    .marked("probability-of-goal", Some(o.probability_of_goal))
    .hint(&results::OVER_DRAWS.fill(l, &[&ctx.count(f64::from(o.draws))]));
    Some(section(
        "outlook",
        results::OUTLOOK,
        l,
        vec![
            Block::Lead {
                text: table_model::momentum_sentence(ctx, out, o),
                testid: Some("momentum"),
            },
            figures(
                None,
                vec![
                    goal,
                    Figure::new(
                        results::PROBABILITY_OF_LOSS.get(l),
                        ctx.pct(o.probability_of_loss, 0),
                    )
                    .hint(results::PROBABILITY_OF_LOSS_MEANING.get(l)),
                ],
            ),
            Block::Chart(outlook_chart(ctx, o, out.goal.target_revenue)),
            Block::Table(TableView::of(&table, l)),
        ],
    ))
}

fn levers(ctx: &Ctx, out: &PlanOutput) -> Section {
    let (lv, l) = (&out.levers, ctx.l);
    let mut items = vec![Value {
        before: results::ONE_PERCENT_AOV_IS_WORTH.get(l).to_string(),
        figure: ctx.money(lv.value_of_one_percent_aov).money.to_string(),
        after: results::OF_REVENUE_A_YEAR.get(l).to_string(),
        testid: "value-aov",
    }];
    if let Some(v) = lv.value_of_one_point_abandonment {
        items.push(Value {
            before: results::ONE_POINT_ABANDONMENT_IS_WORTH.get(l).to_string(),
            figure: ctx.money(v).money.to_string(),
            after: results::OF_REVENUE_A_YEAR.get(l).to_string(),
            testid: "value-abandonment",
        });
    }
    section(
        "levers",
        results::ONE_LEVER_ALONE,
        l,
        vec![
            intro(results::ONE_LEVER_ALONE_INTRO, l),
            Block::Table(TableView::of(&table_model::levers(ctx, out), l)),
            Block::Values { items },
        ],
    )
}

/// `canal Google Ads`, `T1 2027`, `plan`.
fn objective_subject(ctx: &Ctx, out: &PlanOutput, o: &Objective) -> String {
    match (&o.reference, objective_about(ctx, out, o)) {
        (Some(ObjectiveRef::Channel(_)), Some(name)) => {
            results::SUBJECT_CHANNEL.fill(ctx.l, &[&name])
        }
        (_, Some(about)) => {
            results::SUBJECT_QUARTER.fill(ctx.l, &[&crate::text::quarter_in_text(&about)])
        }
        (_, None) => results::SUBJECT_PLAN.get(ctx.l).to_string(),
    }
}

fn objectives(ctx: &Ctx, out: &PlanOutput) -> Section {
    let l = ctx.l;
    // A reason given in full once; an objective with the same one points to it.
    let mut said: Vec<(&str, String)> = Vec::new();
    let items = out
        .objectives
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let subject = objective_subject(ctx, out, o);
            let checks = named_checks(ctx, o)
                .into_iter()
                .map(|(name, check, tone_word)| {
                    let reason = match said.iter().find(|(r, _)| *r == check.reason) {
                        Some((_, first)) => results::SAME_REASON_AS.fill(l, &[first]),
                        None => {
                            said.push((&check.reason, subject.clone()));
                            check.reason.clone()
                        }
                    };
                    CheckView {
                        name: name.to_string(),
                        badge: Badge::new(tone_word),
                        reason,
                    }
                })
                .collect();
            let key = match &o.reference {
                Some(ObjectiveRef::Channel(id)) => format!("channel:{id}"),
                Some(ObjectiveRef::Quarter(q)) => format!("quarter:{q}"),
                None => format!("{i}"),
            };
            ObjectiveView {
                key,
                scope: match o.scope {
                    Scope::Plan => "plan",
                    Scope::Channel => "channel",
                    Scope::Quarter => "quarter",
                },
                about: objective_scope(ctx, out, o),
                text: o.text.clone(),
                checks,
                copy: Button::new(Action::Copy, results::COPY.get(l))
                    .class("bp-copy")
                    .said(format!("{}{subject}", results::COPY_THE_OBJECTIVE.get(l)))
                    .at(i),
            }
        })
        .collect();
    let okr = &out.okr;
    let copy_all = |action, label: Words| Button::new(action, label.get(l)).class("bp-copy");
    section(
        "objectives",
        results::SMART_OBJECTIVES,
        l,
        vec![
            intro(results::SMART_OBJECTIVES_INTRO, l),
            Block::Actions {
                class: "bp-objectives-actions",
                items: vec![
                    copy_all(Action::CopyObjectives, results::COPY_ALL_OBJECTIVES),
                    copy_all(
                        Action::CopyObjectivesMarkdown,
                        results::COPY_ALL_OBJECTIVES_MARKDOWN,
                    ),
                ],
            },
            Block::Objectives { items },
            Block::Okr(OkrView {
                title: results::OKR_TITLE.get(l).to_string(),
                tag: results::OBJECTIVE.get(l).to_string(),
                objective: format!("{}{}", ctx.colon(), okr.objective),
                key_results_label: results::KEY_RESULTS.get(l).to_string(),
                key_results: okr.key_results.clone(),
                copy: Button::new(Action::CopyOkr, results::COPY.get(l))
                    .class("bp-copy")
                    .said(results::COPY_THE_OKR.get(l).to_string()),
            }),
        ],
    )
}
