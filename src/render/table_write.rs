//! The writers of a [`Table`](super::table_model::Table): as the page's `<table>` or cards,
//! as the terminal's padded grid, as Markdown. Each decides how a cell's meaning looks.

use super::html::{Esc, DASH};
use super::parts::{badge, close_table, open_table};
use super::table_model::{Cell, Row, Table};
use super::{markdown_text, w, Ctx};

/// The page's table: a scrollable region, a caption, `<thead>`, `<tbody>`, `<tfoot>`.
pub(crate) fn write_html(s: &mut String, ctx: &Ctx, table: &Table) {
    open_table(s, table.testid, table.caption);
    s.push_str("<thead>\n<tr>");
    for c in &table.columns {
        let class = if c.figures { " class=\"bp-num\"" } else { "" };
        w!(s, "<th scope=\"col\"{class}>{}</th>", Esc(c.title));
    }
    s.push_str("</tr>\n</thead>\n<tbody>\n");
    html_rows(s, ctx, &table.rows);
    s.push_str("</tbody>\n");
    if !table.footer.is_empty() {
        s.push_str("<tfoot>\n");
        html_rows(s, ctx, &table.footer);
        s.push_str("</tfoot>\n");
    }
    close_table(s);
}

fn html_rows(s: &mut String, ctx: &Ctx, rows: &[Row]) {
    for row in rows {
        s.push_str("<tr");
        row_attrs(s, row);
        s.push('>');
        for cell in &row.cells {
            match cell {
                Cell::Head(label) => w!(s, "<th scope=\"row\">{}</th>", Esc(label)),
                cell => write_cell(s, ctx, cell, "td"),
            }
        }
        s.push_str("</tr>\n");
    }
}

fn row_attrs(s: &mut String, row: &Row) {
    for (name, value) in &row.attrs {
        w!(s, " {name}=\"{}\"", Esc(value));
    }
}

/// A cell's value in a `<td>` (a table) or a `<dd>` (a card).
fn write_cell(s: &mut String, ctx: &Ctx, cell: &Cell, tag: &str) {
    match cell {
        Cell::Head(label) => w!(s, "<{tag}>{}</{tag}>", Esc(label)),
        Cell::Figure(value) => w!(
            s,
            "<{tag} class=\"bp-num\">{}</{tag}>",
            Esc(value.as_deref().unwrap_or(DASH))
        ),
        Cell::Signed { value, negative } => w!(
            s,
            "<{tag} class=\"bp-num{}\">{}</{tag}>",
            if *negative { " bp-negative" } else { "" },
            Esc(value)
        ),
        Cell::Change { from, to } => w!(
            s,
            "<{tag} class=\"bp-num\">{}{}{}</{tag}>",
            Esc(from),
            ctx.arrow(),
            Esc(to)
        ),
        Cell::Abbreviated { abbr, title, value } => w!(
            s,
            "<{tag} class=\"bp-num\"><abbr title=\"{}\">{abbr}</abbr> {}</{tag}>",
            Esc(title),
            Esc(value)
        ),
        Cell::Note { text, span } => w!(
            s,
            "<{tag} colspan=\"{span}\" class=\"bp-note\">{}</{tag}>",
            Esc(text)
        ),
        Cell::Badge(Some((tone, word))) => {
            w!(s, "<{tag}>");
            badge(s, tone, word, "");
            w!(s, "</{tag}>");
        }
        Cell::Badge(None) => w!(s, "<{tag}>{DASH}</{tag}>"),
    }
}

/// The table as one card per row (totals last), for a table too wide for its column: the
/// row's name, then its status (the last column) first, then each figure it has, named.
pub(crate) fn write_cards(s: &mut String, ctx: &Ctx, table: &Table) {
    w!(
        s,
        "<ul class=\"bp-cards\" data-testid=\"{}\" aria-label=\"{}\">\n",
        table.testid,
        Esc(table.caption)
    );
    for row in table.rows.iter().chain(&table.footer) {
        // The row's own class joins the card's.
        let class = row.attrs.iter().find(|(name, _)| *name == "class");
        match class {
            Some((_, class)) => w!(s, "<li class=\"bp-card {}\"", Esc(class)),
            None => s.push_str("<li class=\"bp-card\""),
        }
        for (name, value) in row.attrs.iter().filter(|(name, _)| *name != "class") {
            w!(s, " {name}=\"{}\"", Esc(value));
        }
        s.push_str("><h3 class=\"bp-card-title\">");
        let status = row.cells.last().filter(|c| matches!(c, Cell::Badge(_)));
        for cell in &row.cells {
            if let Cell::Head(label) = cell {
                w!(s, "<span>{}</span>", Esc(label));
            }
        }
        if let Some(Cell::Badge(Some((tone, word)))) = status {
            s.push(' ');
            badge(s, tone, word, "");
        }
        s.push_str("</h3>\n<dl class=\"bp-card-figures\">");
        let figures = table.columns.iter().zip(&row.cells);
        let last = row.cells.len().saturating_sub(1);
        for (i, (column, cell)) in figures.enumerate() {
            let empty = matches!(cell, Cell::Figure(None) | Cell::Badge(None));
            if matches!(cell, Cell::Head(_)) || empty || (i == last && status.is_some()) {
                continue;
            }
            w!(s, "<div><dt>{}</dt>", Esc(column.title));
            write_cell(s, ctx, cell, "dd");
            s.push_str("</div>");
        }
        s.push_str("</dl></li>\n");
    }
    s.push_str("</ul>\n");
}

/// The terminal's grid: columns padded to their widest cell, figures right-aligned,
/// a dashed rule under the headers and above the totals. No markup; `-` for no value.
pub(crate) fn write_text(table: &Table) -> String {
    // A note is written once and left out of the widths.
    let expand = |cells: &[Cell]| per_column(table, cells);
    let header: Vec<(String, bool)> = table
        .columns
        .iter()
        .map(|c| (c.title.to_string(), false))
        .collect();
    let body: Vec<Vec<(String, bool)>> = table.rows.iter().map(|r| expand(&r.cells)).collect();
    let footer: Vec<Vec<(String, bool)>> = table.footer.iter().map(|r| expand(&r.cells)).collect();
    let widths: Vec<usize> = (0..header.len())
        .map(|i| {
            std::iter::once(&header)
                .chain(&body)
                .chain(&footer)
                .filter(|r| !r[i].1)
                .map(|r| r[i].0.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[(String, bool)]| {
        let padded: Vec<String> = cells
            .iter()
            .enumerate()
            .filter(|(_, (c, note))| !(*note && c.is_empty()))
            .map(|(i, (c, note))| {
                let pad = match note {
                    true => String::new(),
                    false => " ".repeat(widths[i] - c.chars().count()),
                };
                if table.columns[i].figures && !note {
                    format!("{pad}{c}")
                } else {
                    format!("{c}{pad}")
                }
            })
            .collect();
        padded.join("  ").trim_end().to_string()
    };
    let rule = widths
        .iter()
        .map(|w| "-".repeat(*w))
        .collect::<Vec<_>>()
        .join("  ");
    let mut out = vec![line(&header), rule.clone()];
    out.extend(body.iter().map(|r| line(r)));
    if !footer.is_empty() {
        out.push(rule);
        out.extend(footer.iter().map(|r| line(r)));
    }
    out.join("\n")
}

/// A row's words without markup, one entry per column, each saying whether it is (part of) a
/// note: a note spans several columns, its words in the first, the others empty.
fn per_column(table: &Table, cells: &[Cell]) -> Vec<(String, bool)> {
    let mut v = Vec::with_capacity(table.columns.len());
    for cell in cells {
        let note = matches!(cell, Cell::Note { .. });
        v.push((cell_text(cell), note));
        if let Cell::Note { span, .. } = cell {
            v.extend((1..*span).map(|_| (String::new(), true)));
        }
    }
    v.resize(table.columns.len(), (String::new(), false));
    v
}

/// A cell's words without markup; `-` for no value.
fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Head(label) => label.clone(),
        Cell::Figure(value) => value.clone().unwrap_or_else(|| "-".into()),
        Cell::Signed { value, .. } => value.clone(),
        Cell::Note { text, .. } => text.to_string(),
        Cell::Change { from, to } => format!("{from} → {to}"),
        Cell::Abbreviated { abbr, value, .. } => format!("{abbr} {value}"),
        Cell::Badge(word) => word.map_or("-", |(_, word)| word).to_string(),
    }
}

/// A Markdown (GFM) table: figures right-aligned, total rows in bold; a note that spans
/// columns sits in its first one (Markdown tables do not span).
pub(crate) fn write_markdown(table: &Table) -> String {
    let row = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    let header = table
        .columns
        .iter()
        .map(|c| markdown_text(c.title))
        .collect();
    let mut s = row(header);
    let rule = table.columns.iter().map(|c| match c.figures {
        true => "---:".to_string(),
        false => "---".to_string(),
    });
    s += &row(rule.collect());
    let cells = |r: &Row, bold: bool| {
        let texts = per_column(table, &r.cells).into_iter();
        let cell = |(text, _): (String, bool)| match bold && !text.is_empty() {
            true => format!("**{}**", markdown_text(&text)),
            false => markdown_text(&text),
        };
        texts.map(cell).collect()
    };
    for r in &table.rows {
        s += &row(cells(r, false));
    }
    for r in &table.footer {
        s += &row(cells(r, true));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::table_model::Column;

    #[test]
    fn text_pads_columns_and_rules_off_the_totals() {
        let row = |cells: Vec<Cell>| Row {
            attrs: Vec::new(),
            cells,
        };
        let table = Table {
            testid: "t",
            caption: "t",
            columns: vec![
                Column {
                    title: "Canal",
                    figures: false,
                },
                Column {
                    title: "CA",
                    figures: true,
                },
                Column {
                    title: "Verdict",
                    figures: false,
                },
            ],
            rows: vec![row(vec![
                Cell::Head("SEO".into()),
                Cell::Figure(Some("1 000 €".into())),
                Cell::Badge(Some(("ok", "oui"))),
            ])],
            footer: vec![row(vec![
                Cell::Head("Total".into()),
                Cell::Figure(None),
                Cell::Badge(None),
            ])],
        };
        assert_eq!(
            write_text(&table),
            "Canal       CA  Verdict\n-----  -------  -------\nSEO    1 000 €  oui\n-----  -------  -------\nTotal        -  -"
        );
        // A note spanning columns is written once, after the row's head, and widens nothing
        // (a row with fewer cells than columns made the terminal panic).
        let mut table = table;
        table.rows.push(row(vec![
            Cell::Head("Panier".into()),
            Cell::Note {
                text: "indiquez votre taux",
                span: 2,
            },
        ]));
        let text = write_text(&table);
        assert!(text.contains("\nPanier  indiquez votre taux\n"), "{text}");
        assert!(text.starts_with("Canal        CA  Verdict\n"), "{text}");
    }
}
