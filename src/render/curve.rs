//! The response curve of each paid channel as a small inline SVG: orders a month by monthly
//! spend, with axis values, today's point, the plan's, the target ceiling (the next order costs
//! the target CPA) and the break-even point (it costs what a new customer brings in 12 months).
//!
//! Everything is read back from the channel's output (§5.2): today's orders `o0` and CPA give
//! today's spend, and `β = totalCpa / marginalCpa` (both are `S1/o1`, one divided by `β`).

use super::chart::nice_scale;
use super::html::{Coord, Esc};
use super::parts::{close_section, open_section};
use super::{w, Ctx};
use crate::format::Number;
use crate::formulas::{Curve, MONTHS};
use crate::output::{ChannelTarget, PlanOutput};
use crate::words::{results, Words};

const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 200.0;
const LEFT: f64 = 44.0;
const RIGHT: f64 = 14.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 40.0;
/// Points along the curve.
const SAMPLES: usize = 32;

/// The section of the paid channels' curves; nothing without paid channels on a curve.
pub(crate) fn paid_curves(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    let curves: Vec<(&ChannelTarget, Curve)> = out
        .channels
        .iter()
        .filter_map(|c| Curve::of_target(c).map(|k| (c, k)))
        .collect();
    if curves.is_empty() {
        return;
    }
    open_section(s, "paid-curves", results::PAID_CURVES.get(ctx.l));
    w!(
        s,
        "<p class=\"bp-hint\">{}</p>\n<div class=\"bp-curves\">\n",
        results::PAID_CURVES_HINT.get(ctx.l)
    );
    for (c, curve) in &curves {
        one_curve(s, ctx, c, *curve);
    }
    s.push_str("</div>\n");
    close_section(s);
}

/// A marked point of a curve: its name in the page, its class, its words, spend and orders.
struct Point {
    name: &'static str,
    class: &'static str,
    words: Words,
    spend: f64,
    orders: f64,
}

fn one_curve(s: &mut String, ctx: &Ctx, c: &ChannelTarget, curve: Curve) {
    let l = ctx.l;
    let planned = curve.orders + c.extra_orders / MONTHS;
    let planned_spend = curve.spend_for(planned);
    let aov = c.current_revenue / c.current_orders;
    // The target ceiling's and the break-even point's orders a month: none without a limit.
    let at = |extra_revenue: Option<f64>| extra_revenue.map(|r| curve.orders_with(r, aov));
    let ceiling = at(c.feasible_extra_revenue);
    let break_even = at(c.break_even_extra_revenue);
    let mut points = vec![
        Point {
            name: "today",
            class: "bp-point-today",
            words: results::TODAY,
            spend: curve.spend,
            orders: curve.orders,
        },
        Point {
            name: "plan",
            class: "bp-point-plan",
            words: results::PLANNED,
            spend: planned_spend,
            orders: planned,
        },
    ];
    if let Some(o) = ceiling {
        points.push(Point {
            name: "ceiling",
            class: "bp-point-ceiling",
            words: results::CEILING,
            spend: curve.spend_for(o),
            orders: o,
        });
    }
    if let Some(o) = break_even {
        points.push(Point {
            name: "break-even",
            class: "bp-point-break-even",
            words: results::BREAK_EVEN,
            spend: c.spend_at_break_even.unwrap_or(0.0),
            orders: o,
        });
    }
    // The chart spans today and the plan, and the limits when they are near enough to be
    // read beside them (up to three times the larger); a limit further out is said, not drawn.
    let near = 3.0 * planned_spend.max(curve.spend);
    points.retain(|p| p.spend.is_finite() && p.spend <= near);
    // Four steps on each axis whatever the figures (the page then patches an edit's figures).
    let widest = points.iter().map(|p| p.spend).fold(0.0, f64::max);
    let (max_x, step_x) = nice_scale(1.1 * widest);
    let highest = points.iter().map(|p| p.orders).fold(0.0, f64::max);
    let (max_y, step_y) = nice_scale(curve.orders_for(max_x).max(highest) * 1.05);
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let x_of = |x: f64| LEFT + (x / max_x).clamp(0.0, 1.0) * plot_w;
    let y_of = |y: f64| TOP + plot_h - (y / max_y).clamp(0.0, 1.0) * plot_h;
    let money = |x: f64| ctx.money(x).to_string();
    let count = |x: f64| ctx.count(x).to_string();

    let description = description(ctx, c, curve, planned_spend, planned);
    let id = format!("bp-curve-{}", c.id);
    w!(
        s,
        "<figure class=\"bp-figure bp-curve\" data-testid=\"curve-{}\">\n<figcaption>{}</figcaption>\n<svg class=\"bp-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"{id}-title\" focusable=\"false\">\n<title id=\"{id}-title\">{}</title>\n",
        Esc(&c.id),
        Esc(&c.label),
        Coord(WIDTH),
        Coord(HEIGHT),
        Esc(&description)
    );
    // Axes with their values, and what they measure.
    let base = TOP + plot_h;
    let ticks = |step: f64| (0..=4).map(move |i| f64::from(i) * step);
    for (i, x) in ticks(step_x).enumerate() {
        // Every other value, so that amounts never run into each other.
        let label = match i % 2 {
            0 => money(x),
            _ => String::new(),
        };
        w!(
            s,
            "<line class=\"bp-grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/><text class=\"bp-axis\" data-axis=\"x\" x=\"{0}\" y=\"{3}\" text-anchor=\"middle\">{label}</text>\n",
            Coord(x_of(x)),
            Coord(TOP),
            Coord(base),
            Coord(base + 14.0)
        );
    }
    let decimals = match step_y {
        s if s >= 1.0 => 0,
        s if s >= 0.1 => 1,
        _ => 2,
    };
    for y in ticks(step_y) {
        let value = Number {
            value: y,
            decimals,
            trim: true,
            locale: l,
        };
        w!(
            s,
            "<line class=\"bp-grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{2}\" y2=\"{1}\"/><text class=\"bp-axis\" data-axis=\"y\" x=\"{3}\" y=\"{1}\" text-anchor=\"end\" dominant-baseline=\"middle\">{value}</text>\n",
            Coord(LEFT),
            Coord(y_of(y)),
            Coord(LEFT + plot_w),
            Coord(LEFT - 6.0)
        );
    }
    w!(
        s,
        "<text class=\"bp-axis\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text><text class=\"bp-axis\" x=\"{}\" y=\"{}\">{}</text>\n",
        Coord(LEFT + plot_w),
        Coord(HEIGHT - 4.0),
        results::SPEND_PER_MONTH.get(l),
        Coord(LEFT),
        Coord(TOP - 5.0),
        results::ORDERS_PER_MONTH.get(l)
    );
    s.push_str("<path class=\"bp-curve-line\" d=\"");
    for i in 0..=SAMPLES {
        let x = max_x * i as f64 / SAMPLES as f64;
        let command = if i == 0 { 'M' } else { 'L' };
        w!(
            s,
            "{command}{} {} ",
            Coord(x_of(x)),
            Coord(y_of(curve.orders_for(x)))
        );
    }
    s.push_str("\"/>\n");
    // The limits first: today's and the plan's points stay on top.
    for p in points.iter().rev() {
        w!(
            s,
            "<circle class=\"{}\" data-point=\"{}\" cx=\"{}\" cy=\"{}\" r=\"{}\"><title>{} · {} · {}</title></circle>\n",
            p.class,
            p.name,
            Coord(x_of(p.spend)),
            Coord(y_of(p.orders)),
            // The limits are rings, wider than the points: one on today's stays in sight.
            if matches!(p.name, "ceiling" | "break-even") { 8 } else { 5 },
            Esc(p.words.get(l)),
            money(p.spend),
            count(p.orders)
        );
    }
    s.push_str("</svg>\n<ul class=\"bp-legend\">");
    // The legend names only the points drawn.
    for p in &points {
        w!(
            s,
            "<li><span class=\"bp-swatch bp-swatch-point {}\" aria-hidden=\"true\"></span>{}</li>",
            p.class,
            p.words.get(l)
        );
    }
    s.push_str("</ul>\n");
    for line in limits(ctx, c, curve, ceiling, break_even) {
        w!(s, "<p class=\"bp-hint\">{}</p>\n", Esc(&line));
    }
    s.push_str("</figure>\n");
}

/// The curve in words, for assistive technologies.
fn description(
    ctx: &Ctx,
    c: &ChannelTarget,
    curve: Curve,
    planned_spend: f64,
    planned: f64,
) -> String {
    let money = |x: f64| ctx.money(x).to_string();
    let count = |x: f64| ctx.count(x).to_string();
    results::CURVE_DESCRIPTION.fill(
        ctx.l,
        &[
            &c.label,
            &money(curve.spend),
            &count(curve.orders),
            &money(planned_spend),
            &count(planned),
            &money(c.marginal_cpa.unwrap_or(0.0)),
        ],
    )
}

/// What the two limits say: the target ceiling, then the break-even point.
fn limits(
    ctx: &Ctx,
    c: &ChannelTarget,
    curve: Curve,
    ceiling: Option<f64>,
    break_even: Option<f64>,
) -> [String; 2] {
    let l = ctx.l;
    let money = |x: f64| ctx.money(x).to_string();
    let count = |x: f64| ctx.count(x).to_string();
    let target = money(c.target_cpa);
    let ceiling = match (ceiling, c.feasible_extra_revenue) {
        (None, _) => results::NO_CEILING.fill(l, &[&target]),
        (_, Some(r)) if r <= 0.0 => results::CEILING_TODAY.fill(l, &[&target]),
        (Some(o), _) => {
            results::CEILING_AT.fill(l, &[&money(curve.spend_for(o)), &count(o), &target])
        }
    };
    let lifetime = money(c.max_cpa_lifetime);
    let break_even = match (break_even, c.spend_at_break_even) {
        _ if c.over_spent => results::BREAK_EVEN_BELOW_TODAY.fill(
            l,
            &[&money(c.spend_at_break_even.unwrap_or(0.0)), &lifetime],
        ),
        (Some(o), Some(spend)) => {
            results::BREAK_EVEN_AT.fill(l, &[&money(spend), &count(o), &lifetime])
        }
        _ if c.profitable.is_some() => results::NO_BREAK_EVEN.fill(l, &[&lifetime]),
        _ => results::NO_MARGIN.get(l).to_string(),
    };
    [ceiling, break_even]
}
