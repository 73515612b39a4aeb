//! The printout's header: hidden on screen, it says on paper what the plan answers.

use super::*;
use crate::model::{CostModel, Goal, PlanInput};
use crate::output::PlanOutput;
use crate::render::Ctx;
use crate::words::results;

/// The printout's header, hidden on screen: a title, the date of printing (filled by the
/// page just before it prints, in the planner's language) and, when given, the inputs the
/// plan was worked out from, so that the paper says what it answers.
pub(super) fn print_header(ctx: &Ctx, out: &PlanOutput, input: Option<&PlanInput>) -> PrintHeader {
    PrintHeader {
        title: results::PRINT_TITLE.get(ctx.l).to_string(),
        printed_on: results::PRINTED_ON.get(ctx.l).to_string(),
        inputs: input.map(|input| print_inputs(ctx, out, input)),
    }
}

fn print_inputs(ctx: &Ctx, out: &PlanOutput, input: &PlanInput) -> PrintInputs {
    use crate::fields;
    let l = ctx.l;
    let money = |x: f64| ctx.money(x).money.to_string();
    let (goal, goal_value) = match input.goal {
        Goal::GrowthRate(rate) => (&fields::GOAL_GROWTH_RATE, ctx.spct(rate, 1).to_string()),
        Goal::ExtraRevenue(x) => (&fields::GOAL_EXTRA_REVENUE, money(x)),
        Goal::TargetRevenue(x) => (&fields::GOAL_TARGET_REVENUE, money(x)),
    };
    let start = out.quarters.first().map_or("", |q| q.label.as_str());
    let figures = vec![
        (
            fields::AVERAGE_ORDER_VALUE.label.get(l).to_string(),
            money(input.average_order_value),
        ),
        (
            fields::GROSS_MARGIN_RATE.label.get(l).to_string(),
            ctx.pct(input.gross_margin_rate, 1).to_string(),
        ),
        (
            fields::ORDERS_PER_CUSTOMER.label.get(l).to_string(),
            ctx.ratio(input.orders_per_customer).to_string(),
        ),
        (goal.label.get(l).to_string(), goal_value),
        (fields::START.title.get(l).to_string(), start.to_string()),
    ];
    let column = |title: &str, figures| Column {
        title: title.to_string(),
        figures,
    };
    let rows = input
        .channels
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let amount = match c.cost {
                CostModel::None => None,
                CostModel::PerClick { cost_per_click, .. } => Some(cost_per_click),
                CostModel::Spend {
                    current_monthly, ..
                } => Some(current_monthly),
                CostModel::Fixed { monthly } => Some(monthly),
            };
            RowView {
                key: i.to_string(),
                marks: Marks::default(),
                cells: vec![
                    CellView::Head {
                        text: c.label.clone(),
                    },
                    CellView::figure(ctx.count(c.sessions_per_month).to_string()),
                    CellView::figure(ctx.pct(c.conversion_rate, 2).to_string()),
                    CellView::Text {
                        text: crate::text::cost_model_word(c.cost.kind(), l).to_string(),
                    },
                    CellView::figure(amount.map_or(DASH.to_string(), money)),
                ],
            }
        })
        .collect();
    PrintInputs {
        title: results::PRINT_INPUTS.get(l).to_string(),
        figures,
        channels: TableView {
            testid: "print-channels",
            caption: String::new(),
            columns: vec![
                column(fields::CHANNEL_LABEL.title.get(l), false),
                column(fields::SESSIONS_PER_MONTH.title.get(l), true),
                column(fields::CONVERSION_RATE.title.get(l), true),
                column(fields::COST_MODEL.title.get(l), false),
                column(results::COST_AMOUNT.get(l), true),
            ],
            rows,
            footer: Vec::new(),
        },
    }
}
