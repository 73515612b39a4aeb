//! The response curve of each paid channel as a small inline SVG: orders a month by monthly
//! spend, with today's point, the plan's and the profitable ceiling.
//!
//! Everything is read back from the channel's output (§5.2): today's orders `o0` and CPA give
//! today's spend, and `β = totalCpa / marginalCpa` (both are `S1/o1`, one divided by `β`).

use super::html::{Coord, Esc};
use super::parts::{close_section, open_section};
use super::{w, Ctx};
use crate::formulas::{Curve, MONTHS};
use crate::output::{ChannelTarget, PlanOutput};
use crate::words::results;

const WIDTH: f64 = 320.0;
const HEIGHT: f64 = 190.0;
const LEFT: f64 = 12.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 26.0;
/// Points along the curve.
const SAMPLES: usize = 32;

/// One paid channel's curve, read back from its output.
fn curve_of(c: &ChannelTarget) -> Option<Curve> {
    let orders = c.current_orders / MONTHS;
    let beta = c.total_cpa? / c.marginal_cpa?;
    let curve = Curve {
        orders,
        spend: c.current_cpa? * orders,
        beta,
    };
    (orders > 0.0 && beta > 0.0 && beta.is_finite()).then_some(curve)
}

/// The section of the paid channels' curves; nothing without paid channels on a curve.
pub(crate) fn paid_curves(s: &mut String, ctx: &Ctx, out: &PlanOutput) {
    let curves: Vec<(&ChannelTarget, Curve)> = out
        .channels
        .iter()
        .filter_map(|c| curve_of(c).map(|k| (c, k)))
        .collect();
    if curves.is_empty() {
        return;
    }
    open_section(s, "paid-curves", results::PAID_CURVES.get(ctx.l));
    w!(
        s,
        "<p class=\"bp-hint\">{}</p>\n<ul class=\"bp-legend\">",
        results::PAID_CURVES_HINT.get(ctx.l)
    );
    let points = [
        ("bp-point-today", results::TODAY),
        ("bp-point-plan", results::PLANNED),
        ("bp-point-ceiling", results::CEILING),
    ];
    for (class, name) in points {
        w!(
            s,
            "<li><span class=\"bp-swatch bp-swatch-point {class}\" aria-hidden=\"true\"></span>{}</li>",
            name.get(ctx.l)
        );
    }
    s.push_str("</ul>\n<div class=\"bp-curves\">\n");
    for (c, curve) in &curves {
        one_curve(s, ctx, c, *curve);
    }
    s.push_str("</div>\n");
    close_section(s);
}

fn one_curve(s: &mut String, ctx: &Ctx, c: &ChannelTarget, curve: Curve) {
    let l = ctx.l;
    let planned = curve.orders + c.extra_orders / MONTHS;
    let planned_spend = curve.spend_for(planned);
    let aov = c.current_revenue / c.current_orders;
    // The ceiling's orders a month: none when the channel has no limit.
    let ceiling = c
        .feasible_extra_revenue
        .map(|r| curve.orders + r / MONTHS / aov);
    let ceiling_spend = ceiling.map(|o| curve.spend_for(o));
    // Show the plan's point and the ceiling when it is near enough to be read.
    let far = ceiling_spend
        .filter(|x| x.is_finite() && *x <= 3.0 * planned_spend.max(curve.spend))
        .unwrap_or(0.0);
    let max_x = 1.25 * planned_spend.max(curve.spend).max(far);
    let max_y = curve.orders_for(max_x).max(planned) * 1.1;
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let x_of = |x: f64| LEFT + (x / max_x).clamp(0.0, 1.0) * plot_w;
    let y_of = |y: f64| TOP + plot_h - (y / max_y).clamp(0.0, 1.0) * plot_h;
    let money = |x: f64| ctx.money(x).to_string();
    let count = |x: f64| ctx.count(x).to_string();
    let marginal = money(c.marginal_cpa.unwrap_or(0.0));
    let ceiling_words = match (ceiling, c.feasible_extra_revenue) {
        (None, _) => results::NO_CEILING.get(l).to_string(),
        (_, Some(r)) if r <= 0.0 => results::CEILING_TODAY.get(l).to_string(),
        (Some(o), _) => {
            results::CEILING_AT.fill(l, &[&money(ceiling_spend.unwrap_or(0.0)), &count(o)])
        }
    };
    let description = results::CURVE_DESCRIPTION.fill(
        l,
        &[
            &c.label,
            &money(curve.spend),
            &count(curve.orders),
            &money(planned_spend),
            &count(planned),
            &marginal,
            &ceiling_words,
        ],
    );
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
    // Axes, and what they measure.
    let base = TOP + plot_h;
    w!(
        s,
        "<line class=\"bp-grid\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/><line class=\"bp-grid\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n<text class=\"bp-axis\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text><text class=\"bp-axis\" x=\"{}\" y=\"{}\">{}</text>\n",
        Coord(LEFT),
        Coord(base),
        Coord(LEFT + plot_w),
        Coord(base),
        Coord(LEFT),
        Coord(TOP),
        Coord(LEFT),
        Coord(base),
        Coord(LEFT + plot_w),
        Coord(HEIGHT - 6.0),
        results::SPEND_PER_MONTH.get(l),
        Coord(LEFT + 4.0),
        Coord(TOP + 10.0),
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
    let mut point = |name: &str, class: &str, title: &str, x: f64, y: f64| {
        w!(
            s,
            "<circle class=\"{class}\" data-point=\"{name}\" cx=\"{}\" cy=\"{}\" r=\"5\"><title>{} · {} · {}</title></circle>\n",
            Coord(x_of(x)),
            Coord(y_of(y)),
            Esc(title),
            money(x),
            count(y)
        );
    };
    if let (Some(o), Some(x)) = (ceiling, ceiling_spend.filter(|x| *x <= max_x)) {
        point("ceiling", "bp-point-ceiling", results::CEILING.get(l), x, o);
    }
    point(
        "today",
        "bp-point-today",
        results::TODAY.get(l),
        curve.spend,
        curve.orders,
    );
    point(
        "plan",
        "bp-point-plan",
        results::PLANNED.get(l),
        planned_spend,
        planned,
    );
    s.push_str("</svg>\n");
    let note = results::MARGINAL_CPA_AT.fill(l, &[&marginal, &ceiling_words]);
    w!(s, "<p class=\"bp-hint\">{}</p>\n</figure>\n", Esc(&note));
}
