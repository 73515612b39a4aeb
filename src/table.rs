//! A plain-text summary of a plan, for the terminal (`boussole plan --format table`).
//!
//! The tables are the page's ([`table_model`]): same columns, same words, written as a
//! padded grid.

use crate::format::{money, percent, signed_percent};
use crate::output::PlanOutput;
use crate::render::table_model::{self, Table};
use crate::render::table_write::{write_markdown, write_text};
use crate::render::{markdown_text, visible};
use crate::render::{named_checks, Ctx};
use crate::review::ReviewOutput;
use crate::text::reforecast_word;
use crate::words::{results, table};

/// One piece of the plan as text: what it says, not how it is marked up.
enum Block {
    /// A paragraph (the headline, the unit economics).
    Text(String),
    /// A section's title.
    Title(&'static str),
    /// A table, then the line under it (its totals).
    Grid(Table, Option<String>),
    /// A line above a table.
    Lead(String),
    /// A list of lines (`! ` before each warning in the terminal).
    List(Vec<String>, &'static str),
    /// The SMART objectives and the OKR.
    Objectives,
}

/// The whole plan, in reading order: headline, unit economics, channel targets, the paid split,
/// quarters, scenarios, the outlook, levers, SMART objectives, OKR and warnings.
fn plan_blocks(out: &PlanOutput) -> Vec<Block> {
    let l = out.locale;
    let ctx = Ctx::new(l, &out.currency);
    let m = |x: f64| money(x, &out.currency, l);
    let or_dash = |x: Option<f64>| x.map_or("—".into(), |x| crate::format::amount(x, l));
    let g = &out.goal;
    let u = &out.unit_economics;
    let t = &out.totals;
    let mut blocks = vec![
        Block::Text(table::HEADLINE.fill(
            l,
            &[
                &m(out.baseline.annual_revenue),
                &m(g.target_revenue),
                &signed_percent(g.growth_rate, 1, l),
            ],
        )),
        Block::Text(table::UNIT_ECONOMICS_LINE.fill(
            l,
            &[
                &m(u.margin_per_order),
                &or_dash(u.break_even_roas),
                &m(u.max_cpa_first_order),
                &m(u.max_cpa_lifetime),
                &m(u.target_cpa),
                &or_dash(u.target_roas),
            ],
        )),
        Block::Title(results::TARGETS_PER_CHANNEL.get(l)),
    ];
    let totals = table::TOTALS_LINE.fill(
        l,
        &[
            &m(t.extra_cost),
            &t.paid_cpa.map_or("—".into(), m),
            &t.cost_per_extra_order.map_or("—".into(), m),
            &m(t.extra_contribution),
        ],
    );
    blocks.push(Block::Grid(
        table_model::channel_targets(&ctx, out),
        Some(totals),
    ));
    if let (Some(split), Some(model)) = (
        &out.paid_allocation,
        table_model::paid_allocation(&ctx, out),
    ) {
        let most = |x: Option<f64>| x.map_or_else(|| results::NO_LIMIT.get(l).to_string(), m);
        let line = table::SPLIT_LINE.fill(
            l,
            &[
                &m(split.saving),
                &most(split.max_profitable_extra_revenue),
                &most(split.max_break_even_extra_revenue),
            ],
        );
        blocks.push(Block::Title(results::PAID_ALLOCATION.get(l)));
        blocks.push(Block::Grid(model, Some(line)));
    }
    blocks.push(Block::Title(results::QUARTERLY_MILESTONES.get(l)));
    blocks.push(Block::Grid(table_model::quarters(&ctx, out), None));
    blocks.push(Block::Title(results::MONTHS_TITLE.get(l)));
    blocks.push(Block::Grid(table_model::months(&ctx, out), None));
    blocks.push(Block::Title(results::SCENARIOS.get(l)));
    blocks.push(Block::Grid(table_model::scenarios(&ctx, out), None));
    if let (Some(o), Some(model)) = (&out.outlook, table_model::outlook(&ctx, out)) {
        let line = table::OUTLOOK_LINE.fill(
            l,
            &[
                &percent(o.probability_of_goal, 0, l),
                &percent(o.probability_of_loss, 0, l),
                &crate::format::count(f64::from(o.draws), l),
            ],
        );
        blocks.push(Block::Title(results::OUTLOOK.get(l)));
        blocks.push(Block::Lead(table_model::momentum_sentence(&ctx, out, o)));
        blocks.push(Block::Lead(line));
        blocks.push(Block::Grid(model, None));
    }
    blocks.push(Block::Title(results::ONE_LEVER_ALONE.get(l)));
    blocks.push(Block::Grid(table_model::levers(&ctx, out), None));
    blocks.push(Block::Objectives);
    if !out.warnings.is_empty() {
        let lines = out.warnings.iter().map(|w| w.message.clone()).collect();
        blocks.push(Block::Title(results::POINTS_TO_WATCH.get(l)));
        blocks.push(Block::List(lines, "! "));
    }
    blocks
}

/// The whole plan as text, for the terminal and plain e-mail: tables as padded grids; control
/// characters (in a name) as their codes ([`visible`]).
pub fn plan_table(out: &PlanOutput) -> String {
    let l = out.locale;
    let ctx = Ctx::new(l, &out.currency);
    let mut s = String::new();
    for block in plan_blocks(out) {
        match block {
            Block::Text(text) => {
                if !s.is_empty() {
                    s += "\n\n";
                }
                s += &visible(&text);
            }
            Block::Title(title) => {
                s += "\n\n";
                s += title;
                s += "\n";
            }
            Block::Lead(line) => {
                s += "\n";
                s += &visible(&line);
                s += "\n";
            }
            Block::Grid(model, line) => {
                s += "\n";
                s += &write_text(&model);
                if let Some(line) = line {
                    s += "\n";
                    s += &visible(&line);
                }
            }
            Block::List(lines, mark) => {
                for line in lines {
                    s += "\n";
                    s += mark;
                    s += &visible(&line);
                }
            }
            Block::Objectives => {
                s += "\n\n";
                s += results::SMART_OBJECTIVES.get(l);
                s += "\n";
                for o in &out.objectives {
                    let [(_, _, (_, achievable)), (_, _, (_, realistic))] = named_checks(&ctx, o);
                    s += "\n";
                    let line = table::OBJECTIVE_LINE.fill(l, &[&o.text, &achievable, &realistic]);
                    s += &visible(&line);
                }
                s += "\n\n";
                s += results::OKR_TITLE.get(l);
                s += "\n\n";
                s += &visible(&out.okr.objective);
                for kr in &out.okr.key_results {
                    s += "\n  - ";
                    s += &visible(kr);
                }
            }
        }
    }
    s
}

/// The whole plan as Markdown, which pastes as headings, tables and lists into Notion,
/// GitHub, Slack or an e-mail: the same blocks as [`plan_table`].
pub fn plan_markdown(out: &PlanOutput) -> String {
    let l = out.locale;
    let mut s = format!("# {}\n", table::PLAN_TITLE.get(l));
    for block in plan_blocks(out) {
        s += "\n";
        match block {
            Block::Text(text) | Block::Lead(text) => {
                s += &markdown_text(&text);
                s += "\n";
            }
            Block::Title(title) => {
                s += "## ";
                s += &markdown_text(title);
                s += "\n";
            }
            Block::Grid(model, line) => {
                s += &write_markdown(&model);
                if let Some(line) = line {
                    s += "\n";
                    s += &markdown_text(&line);
                    s += "\n";
                }
            }
            Block::List(lines, _) => {
                for line in lines {
                    s += "- ";
                    s += &markdown_text(&line);
                    s += "\n";
                }
            }
            Block::Objectives => s += &crate::render::objectives_markdown(out),
        }
    }
    s
}

/// The review's quarters, progress and alerts as text.
pub fn review_table(out: &ReviewOutput) -> String {
    let l = out.plan.locale;
    let m = |x: f64| money(x, &out.plan.currency, l);
    let ctx = Ctx::new(l, &out.plan.currency);
    let p = &out.progress;
    let mut s = write_text(&table_model::review_quarters(&ctx, out));
    s += "\n\n";
    let remaining = match p.remaining_extra < 0.0 {
        true => table::REVIEW_EXCEEDED.fill(l, &[&m(-p.remaining_extra)]),
        false => table::REVIEW_REMAINING.fill(l, &[&m(p.remaining_extra)]),
    };
    s += &table::REVIEW_PROGRESS.fill(
        l,
        &[
            &m(p.extra_so_far),
            &percent(p.goal_share_reached, 0, l),
            &remaining,
            &percent(p.attainment_so_far, 1, l),
            &m(p.projected_revenue),
            &percent(p.projected_goal_attainment, 0, l),
            &reforecast_word(p.reforecast_status, l),
        ],
    );
    for a in &out.alerts {
        s += &format!("\n! {}", visible(&a.message));
    }
    s
}
