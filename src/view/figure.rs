//! The charts as data: grouped bars with an optional progress line, the spread of the outlook's
//! draws, and each paid channel's response curve. Positions are worked out here, in attribute
//! text; colours are classes the stylesheet gives.

use super::{Chart, LegendItem, Shape};
use crate::format::Number;
use crate::formulas::{Curve, MONTHS};
use crate::output::{ChannelTarget, Outlook};
use crate::render::html::Coord;
use crate::render::Ctx;
use crate::words::{common, results, Words};

fn c(x: f64) -> String {
    Coord(x).to_string()
}

/// A round axis in four steps above `max`: the maximum and the step (1, 1.2, 1.5, 2, 2.5, 3,
/// 4, 5, 6 or 8 times a power of ten). Always four steps, so that an edit keeps a chart's
/// shapes and the page updates their figures rather than redrawing it.
pub(crate) fn nice_scale(max: f64) -> (f64, f64) {
    if !(max.is_finite() && max > 0.0) {
        return (1.0, 0.25);
    }
    let raw = max / 4.0;
    // The power of ten at or below `raw`, by steps (libm's pow and log10 cost ~3 KB of wasm).
    let mut magnitude = 1.0;
    while magnitude > raw {
        magnitude /= 10.0;
    }
    while magnitude * 10.0 <= raw {
        magnitude *= 10.0;
    }
    let step = [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    (4.0 * step, step)
}

/// One series of bars: a value per group (`None`: no bar).
pub(super) struct Series<'a> {
    pub name: &'a str,
    /// `bp-bar-…` class that colours the bars and the legend swatch.
    pub class: &'static str,
    pub values: &'a [Option<f64>],
}

/// A line over the bars on a 0–100 % axis on the right, starting from 0 before the first group.
pub(super) struct Line<'a> {
    pub name: &'a str,
    pub values: &'a [f64],
}

pub(super) struct BarChart<'a> {
    /// Unique in the page (`bp-quarter-chart`).
    pub id: &'static str,
    pub testid: &'static str,
    /// What the chart shows, for assistive technologies.
    pub description: String,
    pub groups: &'a [&'a str],
    /// Which groups name themselves on the axis (`None`: every one); all name their bars.
    pub ticks: Option<&'a [usize]>,
    pub series: &'a [Series<'a>],
    pub line: Option<Line<'a>>,
}

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 300.0;
const LEFT: f64 = 92.0;
const TOP: f64 = 20.0;
const BOTTOM: f64 = 32.0;

fn text(class: &'static str, x: f64, y: f64, anchor: Option<&'static str>, t: String) -> Shape {
    Shape::Text {
        class,
        x: c(x),
        y: c(y),
        anchor,
        middle: false,
        axis: None,
        text: t,
    }
}

fn line(class: &'static str, x1: f64, y1: f64, x2: f64, y2: f64) -> Shape {
    Shape::Line {
        class,
        x1: c(x1),
        y1: c(y1),
        x2: c(x2),
        y2: c(y2),
    }
}

/// The bars, the money axis and grid, the group names, the line and the legend.
pub(super) fn bar_chart(ctx: &Ctx, chart: &BarChart) -> Chart {
    let right = if chart.line.is_some() { 52.0 } else { 16.0 };
    let plot_w = WIDTH - LEFT - right;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let base_y = TOP + plot_h;
    let max = chart
        .series
        .iter()
        .flat_map(|s| s.values.iter().flatten())
        .copied()
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    let (top, step) = nice_scale(max);
    let y_of = |v: f64| base_y - (v.max(0.0) / top).min(1.0) * plot_h;
    let mut shapes = Vec::with_capacity(64);

    for i in 0..=4 {
        let v = step * f64::from(i);
        let y = y_of(v);
        shapes.push(line("bp-grid", LEFT, y, LEFT + plot_w, y));
        shapes.push(Shape::Text {
            class: "bp-axis",
            x: c(LEFT - 8.0),
            y: c(y),
            anchor: Some("end"),
            middle: true,
            axis: None,
            text: ctx.money(v).money.to_string(),
        });
    }

    let n = chart.groups.len().max(1);
    let group_w = plot_w / n as f64;
    let bar_w = group_w * 0.7 / chart.series.len().max(1) as f64;
    for (g, label) in chart.groups.iter().enumerate() {
        let x0 = LEFT + group_w * g as f64 + group_w * 0.15;
        for (k, series) in chart.series.iter().enumerate() {
            let Some(v) = series.values.get(g).copied().flatten() else {
                continue;
            };
            let y = y_of(v);
            shapes.push(Shape::Rect {
                class: format!("bp-bar {}", series.class),
                x: c(x0 + bar_w * k as f64),
                y: c(y),
                width: c(bar_w - 2.0),
                height: c(base_y - y),
                tip: Some(format!(
                    "{label} · {}{}{}",
                    series.name,
                    ctx.colon(),
                    ctx.money(v).money
                )),
            });
        }
        if chart.ticks.is_none_or(|ticks| ticks.contains(&g)) {
            let x = LEFT + group_w * (g as f64 + 0.5);
            shapes.push(text(
                "bp-axis",
                x,
                HEIGHT - 10.0,
                Some("middle"),
                label.to_string(),
            ));
        }
    }
    shapes.push(line("bp-baseline", LEFT, base_y, LEFT + plot_w, base_y));

    let mut legend: Vec<LegendItem> = chart
        .series
        .iter()
        .map(|s| LegendItem {
            class: s.class.to_string(),
            name: s.name.to_string(),
        })
        .collect();
    if let Some(progress) = &chart.line {
        let py = |f: f64| base_y - f.clamp(0.0, 1.0) * plot_h;
        for i in 0..=4 {
            let f = f64::from(i) / 4.0;
            shapes.push(Shape::Text {
                class: "bp-axis bp-axis-line",
                x: c(LEFT + plot_w + 8.0),
                y: c(py(f)),
                anchor: None,
                middle: true,
                axis: None,
                text: ctx.pct(f, 0).to_string(),
            });
        }
        let mut d = format!("M{} {}", c(LEFT), c(base_y));
        for (g, v) in progress.values.iter().enumerate() {
            let x = LEFT + group_w * (g as f64 + 0.5);
            crate::render::w!(d, " L{} {}", c(x), c(py(*v)));
        }
        shapes.push(Shape::Path {
            class: "bp-line",
            d,
        });
        for (g, v) in progress.values.iter().enumerate() {
            let x = LEFT + group_w * (g as f64 + 0.5);
            let label = chart.groups.get(g).copied().unwrap_or("");
            let share = ctx.pct(*v, 0).to_string();
            shapes.push(Shape::Circle {
                class: "bp-dot",
                cx: c(x),
                cy: c(py(*v)),
                r: "4".into(),
                point: None,
                tip: format!("{label} · {}{}{share}", progress.name, ctx.colon()),
            });
            shapes.push(text(
                "bp-line-label",
                x,
                py(*v) - 9.0,
                Some("middle"),
                share,
            ));
        }
        legend.push(LegendItem {
            class: "bp-swatch-line".into(),
            name: progress.name.to_string(),
        });
    }
    Chart {
        id: chart.id.to_string(),
        testid: Some(chart.testid.to_string()),
        class: None,
        caption: None,
        view_box: format!("0 0 {} {}", c(WIDTH), c(HEIGHT)),
        description: chart.description.clone(),
        shapes,
        legend,
        notes: Vec::new(),
    }
}

/// Where the revenue of 8 draws in 10 falls (P10 to P90), its median, and the target.
pub(super) fn outlook_chart(ctx: &Ctx, o: &Outlook, target: f64) -> Chart {
    let q = &o.revenue;
    let (width, height, left, right) = (640.0, 96.0, 16.0, 16.0);
    // The whole spread of the draws when it is known, else P10 to P90; the target always.
    let (low, high) = o
        .spread
        .as_ref()
        .map_or((q.p10, q.p90), |sp| (sp.low, sp.high));
    let lo = low.min(target) * 0.99;
    let hi = high.max(target) * 1.01;
    let x = |v: f64| left + (v - lo) / (hi - lo).max(f64::MIN_POSITIVE) * (width - left - right);
    let money = |v: f64| ctx.money(v).money.to_string();
    let description = results::OUTLOOK_CHART_DESCRIPTION.fill(
        ctx.l,
        &[&money(q.p10), &money(q.p90), &money(q.p50), &money(target)],
    );
    let mut shapes = Vec::new();
    // How the draws spread: a bar per bin, the 8 in 10 between P10 and P90 shaded darker.
    if let Some(spread) = o.spread.as_ref().filter(|sp| sp.high > sp.low) {
        let most = spread.counts.iter().copied().max().unwrap_or(1).max(1) as f64;
        let bin = (spread.high - spread.low) / spread.counts.len() as f64;
        for (i, count) in spread.counts.iter().enumerate() {
            let from = spread.low + bin * i as f64;
            let h = 46.0 * f64::from(*count) / most;
            let inner = from + bin > q.p10 && from < q.p90;
            shapes.push(Shape::Rect {
                class: match inner {
                    true => "bp-bar bp-bar-target",
                    false => "bp-bar bp-bar-base",
                }
                .into(),
                x: c(x(from)),
                y: c(60.0 - h),
                width: c((x(from + bin) - x(from) - 1.0).max(0.5)),
                height: c(h),
                tip: None,
            });
        }
    } else {
        shapes.push(Shape::Rect {
            class: "bp-bar bp-bar-target bp-range".into(),
            x: c(x(q.p10)),
            y: "30".into(),
            width: c(x(q.p90) - x(q.p10)),
            height: "24".into(),
            tip: None,
        });
    }
    shapes.push(line("bp-median", x(q.p50), 62.0, x(q.p50), 72.0));
    shapes.push(line("bp-target-line", x(target), 10.0, x(target), 72.0));
    shapes.push(text(
        "bp-axis",
        x(target),
        8.0,
        Some("middle"),
        common::TARGET_REVENUE.get(ctx.l).to_string(),
    ));
    for (label, v) in [("P10", q.p10), ("P50", q.p50), ("P90", q.p90)] {
        shapes.push(text(
            "bp-axis",
            x(v),
            88.0,
            Some("middle"),
            format!("{label} {}", money(v)),
        ));
    }
    Chart {
        id: "bp-outlook-chart".into(),
        testid: Some("outlook-chart".into()),
        class: None,
        caption: None,
        view_box: format!("0 0 {} {}", c(width), c(height)),
        description,
        shapes,
        legend: Vec::new(),
        notes: Vec::new(),
    }
}

const CURVE_WIDTH: f64 = 320.0;
const CURVE_HEIGHT: f64 = 200.0;
const CURVE_LEFT: f64 = 44.0;
const CURVE_RIGHT: f64 = 14.0;
const CURVE_TOP: f64 = 16.0;
const CURVE_BOTTOM: f64 = 40.0;
/// Points along the curve.
const SAMPLES: usize = 32;

/// A marked point of a curve: its name in the page, its class, its words, spend and orders.
struct Point {
    name: &'static str,
    class: &'static str,
    words: Words,
    spend: f64,
    orders: f64,
}

/// A paid channel's response curve: orders a month by monthly spend, with axis values,
/// today's point, the plan's, the target ceiling (the next order costs the target CPA) and the
/// break-even point (it costs what a new customer brings in 12 months). Everything is read back
/// from the channel's output (§5.2).
pub(super) fn curve_chart(ctx: &Ctx, ch: &ChannelTarget, curve: Curve) -> Chart {
    let l = ctx.l;
    let planned = curve.orders + ch.extra_orders / MONTHS;
    let planned_spend = curve.spend_for(planned);
    let aov = ch.current_revenue / ch.current_orders;
    // The target ceiling's and the break-even point's orders a month: none without a limit.
    let at = |extra_revenue: Option<f64>| extra_revenue.map(|r| curve.orders_with(r, aov));
    let ceiling = at(ch.feasible_extra_revenue);
    let break_even = at(ch.break_even_extra_revenue);
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
            spend: ch.spend_at_break_even.unwrap_or(0.0),
            orders: o,
        });
    }
    // The chart spans today and the plan, and the limits when they are near enough to be
    // read beside them (up to three times the larger); a limit further out is said, not drawn.
    let near = 3.0 * planned_spend.max(curve.spend);
    points.retain(|p| p.spend.is_finite() && p.spend <= near);
    let widest = points.iter().map(|p| p.spend).fold(0.0, f64::max);
    let (max_x, step_x) = nice_scale(1.1 * widest);
    let highest = points.iter().map(|p| p.orders).fold(0.0, f64::max);
    let (max_y, step_y) = nice_scale(curve.orders_for(max_x).max(highest) * 1.05);
    let plot_w = CURVE_WIDTH - CURVE_LEFT - CURVE_RIGHT;
    let plot_h = CURVE_HEIGHT - CURVE_TOP - CURVE_BOTTOM;
    let x_of = |x: f64| CURVE_LEFT + (x / max_x).clamp(0.0, 1.0) * plot_w;
    let y_of = |y: f64| CURVE_TOP + plot_h - (y / max_y).clamp(0.0, 1.0) * plot_h;
    let money = |x: f64| ctx.money(x).money.to_string();
    let count = |x: f64| ctx.count(x).to_string();

    let mut shapes = Vec::with_capacity(32);
    let base = CURVE_TOP + plot_h;
    for i in 0..=4 {
        let x = f64::from(i) * step_x;
        shapes.push(line("bp-grid", x_of(x), CURVE_TOP, x_of(x), base));
        // Every other value, so that amounts never run into each other.
        shapes.push(Shape::Text {
            class: "bp-axis",
            x: c(x_of(x)),
            y: c(base + 14.0),
            anchor: Some("middle"),
            middle: false,
            axis: Some("x"),
            text: if i % 2 == 0 { money(x) } else { String::new() },
        });
    }
    let decimals = match step_y {
        s if s >= 1.0 => 0,
        s if s >= 0.1 => 1,
        _ => 2,
    };
    for i in 0..=4 {
        let y = f64::from(i) * step_y;
        let value = Number {
            value: y,
            decimals,
            trim: true,
            locale: l,
        };
        shapes.push(line(
            "bp-grid",
            CURVE_LEFT,
            y_of(y),
            CURVE_LEFT + plot_w,
            y_of(y),
        ));
        shapes.push(Shape::Text {
            class: "bp-axis",
            x: c(CURVE_LEFT - 6.0),
            y: c(y_of(y)),
            anchor: Some("end"),
            middle: true,
            axis: Some("y"),
            text: value.to_string(),
        });
    }
    shapes.push(text(
        "bp-axis",
        CURVE_LEFT + plot_w,
        CURVE_HEIGHT - 4.0,
        Some("end"),
        results::SPEND_PER_MONTH.get(l).to_string(),
    ));
    shapes.push(text(
        "bp-axis",
        CURVE_LEFT,
        CURVE_TOP - 5.0,
        None,
        results::ORDERS_PER_MONTH.get(l).to_string(),
    ));
    let mut d = String::with_capacity(SAMPLES * 14);
    for i in 0..=SAMPLES {
        let x = max_x * i as f64 / SAMPLES as f64;
        let command = if i == 0 { 'M' } else { 'L' };
        crate::render::w!(
            d,
            "{command}{} {} ",
            c(x_of(x)),
            c(y_of(curve.orders_for(x)))
        );
    }
    shapes.push(Shape::Path {
        class: "bp-curve-line",
        d,
    });
    // The limits first: today's and the plan's points stay on top.
    for p in points.iter().rev() {
        shapes.push(Shape::Circle {
            class: p.class,
            cx: c(x_of(p.spend)),
            cy: c(y_of(p.orders)),
            // The limits are rings, wider than the points: one on today's stays in sight.
            r: if matches!(p.name, "ceiling" | "break-even") {
                "8"
            } else {
                "5"
            }
            .into(),
            point: Some(p.name),
            tip: format!(
                "{} · {} · {}",
                p.words.get(l),
                money(p.spend),
                count(p.orders)
            ),
        });
    }
    let description = results::CURVE_DESCRIPTION.fill(
        l,
        &[
            &ch.label,
            &money(curve.spend),
            &count(curve.orders),
            &money(planned_spend),
            &count(planned),
            &money(ch.marginal_cpa.unwrap_or(0.0)),
        ],
    );
    Chart {
        id: format!("bp-curve-{}", ch.id),
        testid: Some(format!("curve-{}", ch.id)),
        class: Some("bp-curve"),
        caption: Some(ch.label.clone()),
        view_box: format!("0 0 {} {}", c(CURVE_WIDTH), c(CURVE_HEIGHT)),
        description,
        shapes,
        // The legend names only the points drawn.
        legend: points
            .iter()
            .map(|p| LegendItem {
                class: format!("bp-swatch-point {}", p.class),
                name: p.words.get(l).to_string(),
            })
            .collect(),
        notes: limits(ctx, ch, curve, ceiling, break_even).to_vec(),
    }
}

/// What the two limits say: the target ceiling, then the break-even point.
fn limits(
    ctx: &Ctx,
    ch: &ChannelTarget,
    curve: Curve,
    ceiling: Option<f64>,
    break_even: Option<f64>,
) -> [String; 2] {
    let l = ctx.l;
    let money = |x: f64| ctx.money(x).money.to_string();
    let count = |x: f64| ctx.count(x).to_string();
    let target = money(ch.target_cpa);
    let ceiling = match (ceiling, ch.feasible_extra_revenue) {
        (None, _) => results::NO_CEILING.fill(l, &[&target]),
        (_, Some(r)) if r <= 0.0 => results::CEILING_TODAY.fill(l, &[&target]),
        (Some(o), _) => {
            results::CEILING_AT.fill(l, &[&money(curve.spend_for(o)), &count(o), &target])
        }
    };
    let lifetime = money(ch.max_cpa_lifetime);
    let break_even = match (break_even, ch.spend_at_break_even) {
        _ if ch.over_spent => results::BREAK_EVEN_BELOW_TODAY.fill(
            l,
            &[&money(ch.spend_at_break_even.unwrap_or(0.0)), &lifetime],
        ),
        (Some(o), Some(spend)) => {
            results::BREAK_EVEN_AT.fill(l, &[&money(spend), &count(o), &lifetime])
        }
        _ if ch.profitable.is_some() => results::NO_BREAK_EVEN.fill(l, &[&lifetime]),
        _ => results::NO_MARGIN.get(l).to_string(),
    };
    [ceiling, break_even]
}

#[cfg(test)]
mod tests {
    use super::nice_scale;

    #[test]
    fn round_scales() {
        assert_eq!(nice_scale(532_000.0), (600_000.0, 150_000.0));
        assert_eq!(nice_scale(400_000.0), (400_000.0, 100_000.0));
        assert_eq!(nice_scale(3.0), (3.2, 0.8));
        assert_eq!(nice_scale(9.0e12), (1.0e13, 2.5e12));
        assert_eq!(nice_scale(0.0), (1.0, 0.25));
        assert_eq!(nice_scale(f64::NAN), (1.0, 0.25));
    }
}
