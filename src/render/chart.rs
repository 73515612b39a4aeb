//! Grouped bar charts as inline SVG: sizes and positions are attributes, colours are classes.

use super::html::{Coord, Esc};
use super::{w, Ctx};

/// One series of bars: a value per group (`None`: no bar).
pub(crate) struct Series<'a> {
    pub name: &'a str,
    /// `bp-bar-…` class that colours the bars and the legend swatch.
    pub class: &'static str,
    pub values: &'a [Option<f64>],
}

/// A line over the bars on a 0–100 % axis on the right, starting from 0 before the first group.
pub(crate) struct Line<'a> {
    pub name: &'a str,
    pub values: &'a [f64],
}

pub(crate) struct BarChart<'a> {
    /// Element id prefix, unique in the page (`bp-quarter-chart`).
    pub id: &'static str,
    pub testid: &'static str,
    /// What the chart shows, for assistive technologies (plain text; escaped here).
    pub description: &'a str,
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

/// A round axis in four steps above `max`: the maximum and the step (1, 1.2, 1.5, 2, 2.5, 3,
/// 4, 5, 6 or 8 times a power of ten). Always four steps, so that an edit keeps a chart's
/// shape and the page patches its figures rather than redrawing it.
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

/// Writes the SVG and its legend.
pub(crate) fn bar_chart(s: &mut String, ctx: &Ctx, chart: &BarChart) {
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

    w!(
        s,
        "<figure class=\"bp-figure\">\n<svg class=\"bp-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"{}-title\" data-testid=\"{}\" focusable=\"false\">\n<title id=\"{}-title\">{}</title>\n",
        Coord(WIDTH),
        Coord(HEIGHT),
        chart.id,
        chart.testid,
        chart.id,
        Esc(chart.description)
    );

    // Money axis and grid.
    let ticks = (top / step).round() as usize;
    for i in 0..=ticks {
        let v = step * i as f64;
        let y = y_of(v);
        w!(
            s,
            "<line class=\"bp-grid\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/><text class=\"bp-axis\" x=\"{}\" y=\"{}\" text-anchor=\"end\" dominant-baseline=\"middle\">{}</text>\n",
            Coord(LEFT),
            Coord(y),
            Coord(LEFT + plot_w),
            Coord(y),
            Coord(LEFT - 8.0),
            Coord(y),
            ctx.money(v)
        );
    }

    // Bars.
    let n = chart.groups.len().max(1);
    let group_w = plot_w / n as f64;
    let bars = chart.series.len().max(1);
    let bar_w = group_w * 0.7 / bars as f64;
    for (g, label) in chart.groups.iter().enumerate() {
        let x0 = LEFT + group_w * g as f64 + group_w * 0.15;
        for (k, series) in chart.series.iter().enumerate() {
            let Some(v) = series.values.get(g).copied().flatten() else {
                continue;
            };
            let y = y_of(v);
            w!(
                s,
                "<rect class=\"bp-bar {}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>{} · {}{}{}</title></rect>\n",
                series.class,
                Coord(x0 + bar_w * k as f64),
                Coord(y),
                Coord(bar_w - 2.0),
                Coord(base_y - y),
                Esc(label),
                Esc(series.name),
                ctx.colon(),
                ctx.money(v)
            );
        }
        if chart.ticks.is_none_or(|ticks| ticks.contains(&g)) {
            w!(
                s,
                "<text class=\"bp-axis\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                Coord(LEFT + group_w * (g as f64 + 0.5)),
                Coord(HEIGHT - 10.0),
                Esc(label)
            );
        }
    }
    w!(
        s,
        "<line class=\"bp-baseline\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>\n",
        Coord(LEFT),
        Coord(base_y),
        Coord(LEFT + plot_w),
        Coord(base_y)
    );

    // Progress line on a 0–100 % axis.
    if let Some(line) = &chart.line {
        let py = |f: f64| base_y - f.clamp(0.0, 1.0) * plot_h;
        for i in 0..=4 {
            let f = i as f64 / 4.0;
            w!(
                s,
                "<text class=\"bp-axis bp-axis-line\" x=\"{}\" y=\"{}\" dominant-baseline=\"middle\">{}</text>\n",
                Coord(LEFT + plot_w + 8.0),
                Coord(py(f)),
                ctx.pct(f, 0)
            );
        }
        w!(
            s,
            "<path class=\"bp-line\" d=\"M{} {}",
            Coord(LEFT),
            Coord(base_y)
        );
        for (g, v) in line.values.iter().enumerate() {
            w!(
                s,
                " L{} {}",
                Coord(LEFT + group_w * (g as f64 + 0.5)),
                Coord(py(*v))
            );
        }
        s.push_str("\"/>\n");
        for (g, v) in line.values.iter().enumerate() {
            let x = LEFT + group_w * (g as f64 + 0.5);
            let label = chart.groups.get(g).copied().unwrap_or("");
            w!(
                s,
                "<circle class=\"bp-dot\" cx=\"{}\" cy=\"{}\" r=\"4\"><title>{} · {}{}{}</title></circle><text class=\"bp-line-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                Coord(x),
                Coord(py(*v)),
                Esc(label),
                Esc(line.name),
                ctx.colon(),
                ctx.pct(*v, 0),
                Coord(x),
                Coord(py(*v) - 9.0),
                ctx.pct(*v, 0)
            );
        }
    }
    s.push_str("</svg>\n<ul class=\"bp-legend\">");
    for series in chart.series {
        w!(
            s,
            "<li><span class=\"bp-swatch {}\" aria-hidden=\"true\"></span>{}</li>",
            series.class,
            Esc(series.name)
        );
    }
    if let Some(line) = &chart.line {
        w!(
            s,
            "<li><span class=\"bp-swatch bp-swatch-line\" aria-hidden=\"true\"></span>{}</li>",
            Esc(line.name)
        );
    }
    s.push_str("</ul>\n</figure>\n");
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
