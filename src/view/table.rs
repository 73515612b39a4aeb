//! Tables as the page shows them: rows keyed by their id, month or index, cells by meaning,
//! and the same table as cards (a row's name and status first, details folded).

use serde::Serialize;

use super::Badge;
use crate::model::Locale;
use crate::render::table_model::{Cell, Table};

/// A table's rows and columns; rows keyed by their id, month or index.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TableView {
    pub testid: &'static str,
    pub caption: String,
    pub columns: Vec<Column>,
    pub rows: Vec<RowView>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub footer: Vec<RowView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Column {
    pub title: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub figures: bool,
}

/// A row: its key, what marks it (`class`, `data-id`, `data-month`, `data-status`,
/// `data-verdict`) and its cells.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RowView {
    pub key: String,
    #[serde(flatten)]
    pub marks: Marks,
    pub cells: Vec<CellView>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Marks {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verdict: Option<String>,
}

/// A cell as the page shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum CellView {
    /// The row's name.
    Head {
        text: String,
    },
    /// Words in a column of words.
    Text {
        text: String,
    },
    /// A figure now and its target, `from → to`; `said` is how the arrow reads aloud.
    Change {
        from: String,
        to: String,
        said: &'static str,
    },
    /// A figure or a dash; `negative` colours a loss; `flag` marks a figure off plan.
    Figure {
        text: String,
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        negative: bool,
        #[serde(skip_serializing_if = "Option::is_none")]
        flag: Option<Badge>,
    },
    /// A sentence in place of `span` figures.
    Note {
        text: String,
        span: usize,
    },
    Badge {
        badge: Option<Badge>,
    },
}

impl CellView {
    pub(crate) fn figure(text: impl Into<String>) -> CellView {
        CellView::Figure {
            text: text.into(),
            negative: false,
            flag: None,
        }
    }

    fn of(cell: &Cell, ctx: Locale) -> CellView {
        let arrow = crate::words::common::ARROW.get(ctx);
        match cell {
            Cell::Head(text) => CellView::Head { text: text.clone() },
            Cell::Figure(value) => CellView::figure(value.as_deref().unwrap_or(DASH)),
            Cell::Signed { value, negative } => CellView::Figure {
                text: value.clone(),
                negative: *negative,
                flag: None,
            },
            Cell::Change { from, to } => CellView::Change {
                from: from.clone(),
                to: to.clone(),
                said: arrow,
            },
            Cell::Note { text, span } => CellView::Note {
                text: text.to_string(),
                span: *span,
            },
            Cell::Badge(badge) => CellView::Badge {
                badge: badge.map(Badge::new),
            },
        }
    }

    fn is_empty(&self) -> bool {
        match self {
            CellView::Figure { text, .. } => text == DASH,
            CellView::Badge { badge } => badge.is_none(),
            _ => false,
        }
    }
}

/// What an empty or missing value shows.
pub const DASH: &str = "—";

impl TableView {
    pub(crate) fn of(table: &Table, l: Locale) -> TableView {
        let rows = |rows: &[crate::render::table_model::Row]| -> Vec<RowView> {
            rows.iter()
                .enumerate()
                .map(|(i, row)| {
                    let mut marks = Marks::default();
                    for (name, value) in &row.attrs {
                        let slot = match *name {
                            "class" => &mut marks.class,
                            "data-id" => &mut marks.id,
                            "data-month" => &mut marks.month,
                            "data-status" => &mut marks.status,
                            "data-verdict" => &mut marks.verdict,
                            _ => continue,
                        };
                        *slot = Some(value.clone());
                    }
                    let key = marks
                        .id
                        .clone()
                        .or_else(|| marks.month.clone())
                        .unwrap_or_else(|| i.to_string());
                    RowView {
                        key,
                        marks,
                        cells: row.cells.iter().map(|c| CellView::of(c, l)).collect(),
                    }
                })
                .collect()
        };
        TableView {
            testid: table.testid,
            caption: table.caption.to_string(),
            columns: table
                .columns
                .iter()
                .map(|c| Column {
                    title: c.title.to_string(),
                    figures: c.figures,
                })
                .collect(),
            rows: rows(&table.rows),
            footer: rows(&table.footer)
                .into_iter()
                .map(|mut r| {
                    r.key = format!("total-{}", r.key);
                    r
                })
                .collect(),
        }
    }
}

/// A table as cards: each row's name and status first, then the figures it has, named; the
/// figures of the columns marked as details folded under « Détails ».
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Cards {
    pub testid: &'static str,
    pub caption: String,
    pub details: String,
    pub items: Vec<Card>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Card {
    pub key: String,
    #[serde(flatten)]
    pub marks: Marks,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<Badge>,
    pub figures: Vec<(String, CellView)>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<(String, CellView)>,
}

impl Cards {
    /// `detail(column)`: whether a column's figure goes under « Détails ».
    pub(crate) fn of(table: &Table, l: Locale, detail: impl Fn(usize) -> bool) -> Cards {
        let view = TableView::of(table, l);
        let titles: Vec<String> = view.columns.iter().map(|c| c.title.clone()).collect();
        let items = view
            .rows
            .into_iter()
            .chain(view.footer)
            .map(|row| {
                let last = row.cells.len().saturating_sub(1);
                let status = match row.cells.last() {
                    Some(CellView::Badge { badge }) => Some(badge.clone()),
                    _ => None,
                };
                let mut title = String::new();
                let (mut figures, mut details) = (Vec::new(), Vec::new());
                for (i, cell) in row.cells.into_iter().enumerate() {
                    if let CellView::Head { text } = &cell {
                        title.clone_from(text);
                        continue;
                    }
                    if cell.is_empty() || (i == last && status.is_some()) {
                        continue;
                    }
                    let named = (titles.get(i).cloned().unwrap_or_default(), cell);
                    match detail(i) {
                        true => details.push(named),
                        false => figures.push(named),
                    }
                }
                Card {
                    key: row.key,
                    marks: row.marks,
                    title,
                    status: status.flatten(),
                    figures,
                    details,
                }
            })
            .collect();
        Cards {
            testid: view.testid,
            caption: view.caption,
            details: crate::words::results::DETAILS.get(l).to_string(),
            items,
        }
    }
}
