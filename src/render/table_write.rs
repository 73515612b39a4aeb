//! The writers of a [`Table`](super::table_model::Table): as the page's `<table>` or cards,
//! as the terminal's padded grid, as Markdown. Each decides how a cell's meaning looks.

use super::table_model::{Cell, Row, Table};
use super::{markdown_text, visible};

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

/// A cell's words without markup, control characters as their codes ([`visible`]); `-` for
/// no value.
fn cell_text(cell: &Cell) -> String {
    let text = match cell {
        Cell::Head(label) => label.clone(),
        Cell::Figure(value) => value.clone().unwrap_or_else(|| "-".into()),
        Cell::Signed { value, .. } => value.clone(),
        Cell::Note { text, .. } => text.to_string(),
        Cell::Change { from, to } => format!("{from} → {to}"),
        Cell::Badge(word) => word.map_or("-", |(_, word)| word).to_string(),
    };
    visible(&text).into_owned()
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
