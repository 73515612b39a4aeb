//! The pieces every results section is built of: sections, tables, number cells, badges.

use super::html::{Esc, OrDash};
use super::w;

/// Opens `<section>` with its heading; ids are `bp-{id}` and `bp-{id}-title`.
pub(crate) fn open_section(s: &mut String, id: &str, title: &str) {
    w!(
        s,
        "<section class=\"bp-section\" id=\"bp-{id}\" aria-labelledby=\"bp-{id}-title\">\n<h2 id=\"bp-{id}-title\">{}</h2>\n",
        Esc(title)
    );
}

pub(crate) fn close_section(s: &mut String) {
    s.push_str("</section>\n");
}

/// Opens a horizontally scrollable, keyboard-focusable table wrapper and the table.
pub(crate) fn open_table(s: &mut String, testid: &str, caption: &str) {
    w!(
        s,
        "<div class=\"bp-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{}\">\n<table class=\"bp-table\" data-testid=\"{testid}\">\n<caption>{}</caption>\n",
        Esc(caption),
        Esc(caption)
    );
}

pub(crate) fn close_table(s: &mut String) {
    s.push_str("</table>\n</div>\n");
}

/// A header row: the first column is text, the others numbers unless listed in `text_cols`.
pub(crate) fn header_row(s: &mut String, headers: &[&str], text_cols: &[usize]) {
    s.push_str("<thead>\n<tr>");
    for (i, h) in headers.iter().enumerate() {
        let class = if i == 0 || text_cols.contains(&i) {
            ""
        } else {
            " class=\"bp-num\""
        };
        w!(s, "<th scope=\"col\"{class}>{}</th>", Esc(h));
    }
    s.push_str("</tr>\n</thead>\n");
}

/// A number cell (right-aligned, tabular figures).
pub(crate) fn num(s: &mut String, value: impl std::fmt::Display) {
    w!(s, "<td class=\"bp-num\">{value}</td>");
}

/// A number cell with an em dash when there is no value.
pub(crate) fn opt_num<T: std::fmt::Display>(s: &mut String, value: Option<T>) {
    num(s, OrDash(value));
}

/// `ok` / `warn` / `bad` / `muted`: the colour classes, always next to a word.
pub(crate) fn badge(s: &mut String, tone: &str, word: &str, extra: &str) {
    w!(
        s,
        "<span class=\"bp-badge bp-{tone}\"{extra}>{}</span>",
        Esc(word)
    );
}

/// A section's one-line explanation of what it shows.
pub(crate) fn intro(s: &mut String, text: &str) {
    w!(s, "<p class=\"bp-intro\">{text}</p>\n");
}
