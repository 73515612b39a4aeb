//! What the page shows of a plan or a review, as data: every string already in the visitor's
//! language, every number already formatted, every repeated item with a key that stays the same
//! across edits (sections by id, channels by id, quarters and months by their index). The
//! element's script draws it with lit-html templates (`www/view.js`), which update by identity:
//! an edit touches only the text and attributes whose value changed.
//!
//! Like numbat's `Markup`, it is a small vocabulary (sections of blocks: figures, tables, cards,
//! charts, notes) rather than markup: Rust says what a part means, the templates how it looks.
//! Nothing here is HTML: user text stays text, and the templates write it as text.

use serde::Serialize;

use crate::model::Locale;
use crate::render::table_model::{Cell, Table};
use crate::words::{glossary as g, Words};

mod figure;
mod glance;
mod plan;
mod review;

pub use glance::{glance, Glance, PaidGlance};
pub use plan::{plan_view, HistoryView};
pub use review::review_view;

/// The results of a plan or a review: their sections in order.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Results {
    /// `plan` or `review`: which stylesheet rules and tests apply.
    pub kind: &'static str,
    pub lang: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub testid: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub print: Option<PrintHeader>,
    pub sections: Vec<Section>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub glossary: Option<Glossary>,
}

impl Results {
    /// No results yet (an empty form).
    pub fn none(l: Locale) -> Results {
        Results {
            kind: "plan",
            lang: l.code(),
            testid: None,
            print: None,
            sections: Vec::new(),
            glossary: None,
        }
    }
}

/// What the review view shows before any quarter is closed: what a review is, and how to start.
pub fn review_empty(l: Locale) -> Results {
    use crate::words::{common, review};
    let intro = |words: Words| Block::Intro {
        text: words.get(l).to_string(),
    };
    Results {
        kind: "review",
        lang: l.code(),
        testid: Some("review-empty"),
        print: None,
        sections: vec![Section {
            id: "review-intro",
            title: common::QUARTERLY_REVIEW.get(l).to_string(),
            blocks: vec![
                intro(review::EMPTY_NOTHING_CLOSED),
                intro(review::EMPTY_WHAT_IT_DOES),
            ],
        }],
        glossary: None,
    }
}

/// One titled section (`<section id="bp-{id}">`): its key is its id.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    pub id: &'static str,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// What a section is made of.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Block {
    /// A one-line explanation of what the section shows.
    Intro {
        text: String,
    },
    /// A secondary line.
    Hint {
        text: String,
    },
    /// The sentence a section opens with, in larger type.
    Lead {
        text: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        testid: Option<&'static str>,
    },
    /// The goal in large type, the path to it and how reachable it is.
    Hero(Box<Hero>),
    /// A status line: a label and a badge.
    Status {
        label: String,
        badge: Badge,
        #[serde(skip_serializing_if = "Option::is_none")]
        hint: Option<String>,
    },
    /// Key figures, each named.
    Figures(Figures),
    Table(TableView),
    /// A table as one card per row, for a table too wide for its column.
    Cards(Cards),
    Chart(Chart),
    /// Small charts side by side (the paid channels' curves).
    Charts {
        items: Vec<Chart>,
    },
    /// Numbered steps, each perhaps with a way to the field it is about.
    Steps {
        testid: &'static str,
        items: Vec<Note>,
    },
    /// Points to watch.
    Notes {
        testid: &'static str,
        items: Vec<Note>,
    },
    /// Sentences with a figure in bold.
    Values {
        items: Vec<Value>,
    },
    /// Buttons that act on the section (copy, export); `class` is their container's.
    Actions {
        class: &'static str,
        items: Vec<Action>,
    },
    Objectives {
        items: Vec<ObjectiveView>,
    },
    Okr(OkrView),
}

/// A status word with its colour: `ok`, `warn`, `bad` or `muted`, always next to a word.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Badge {
    pub tone: &'static str,
    pub word: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub testid: Option<&'static str>,
    /// A machine-readable value (`data-value`), for the host page and the tests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

impl Badge {
    pub(crate) fn new((tone, word): (&'static str, &str)) -> Badge {
        Badge {
            tone,
            word: word.to_string(),
            testid: None,
            value: None,
        }
    }

    pub(crate) fn marked(mut self, testid: &'static str, value: Option<String>) -> Badge {
        self.testid = Some(testid);
        self.value = value;
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Hero {
    pub label: String,
    pub target: Figure,
    /// « Chiffre d’affaires actuel » 1 228 800 € → 1 597 440 € (+30 %).
    pub from_label: String,
    pub from: String,
    pub arrow: &'static str,
    pub to: String,
    pub growth: Figure,
    pub goal_label: String,
    pub reach: Badge,
    pub reason: String,
}

/// Named figures (`<dl>`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Figures {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub testid: Option<&'static str>,
    pub items: Vec<Figure>,
}

/// A figure: its name, its value (or a badge), what it means.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Figure {
    pub label: String,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub badge: Option<Badge>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub testid: Option<&'static str>,
    /// The raw number (`data-value`), for the host page and the tests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub hint: String,
    /// A value in words, allowed to wrap.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub wrap: bool,
}

impl Figure {
    pub(crate) fn new(label: &str, text: impl std::fmt::Display) -> Figure {
        Figure {
            label: label.to_string(),
            text: text.to_string(),
            badge: None,
            testid: None,
            value: None,
            hint: String::new(),
            wrap: false,
        }
    }

    pub(crate) fn hint(mut self, hint: &str) -> Figure {
        self.hint = hint.to_string();
        self
    }

    pub(crate) fn marked(mut self, testid: &'static str, value: Option<f64>) -> Figure {
        self.testid = Some(testid);
        self.value = value.map(|v| crate::render::html::Raw(v).to_string());
        self
    }
}

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

/// A chart: an SVG drawing of shapes (positions already worked out, as attribute text), its
/// description for assistive technologies, a legend and lines of explanation.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Chart {
    /// Unique in the page (`bp-quarter-chart`, `bp-curve-sea`): the key, and the title's id.
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub testid: Option<String>,
    /// `bp-curve` for a response curve.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    pub view_box: String,
    pub description: String,
    pub shapes: Vec<Shape>,
    pub legend: Vec<LegendItem>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LegendItem {
    /// The swatch's classes (`bp-bar-target`, `bp-swatch-point bp-point-plan`).
    pub class: String,
    pub name: String,
}

/// One SVG shape; coordinates as attribute text (one decimal at most).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "shape", rename_all = "camelCase")]
pub enum Shape {
    Rect {
        class: String,
        x: String,
        y: String,
        width: String,
        height: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        tip: Option<String>,
    },
    Line {
        class: &'static str,
        x1: String,
        y1: String,
        x2: String,
        y2: String,
    },
    Text {
        class: &'static str,
        x: String,
        y: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        anchor: Option<&'static str>,
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        middle: bool,
        #[serde(skip_serializing_if = "Option::is_none")]
        axis: Option<&'static str>,
        text: String,
    },
    Path {
        class: &'static str,
        d: String,
    },
    Circle {
        class: &'static str,
        cx: String,
        cy: String,
        r: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        point: Option<&'static str>,
        tip: String,
    },
}

/// A sentence, keyed by its code (and field), perhaps with a way to the field it is about.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Note {
    pub key: String,
    pub code: String,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub go_to: Option<GoTo>,
}

/// A button that takes the visitor to a field of the form.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoTo {
    pub field: String,
    pub label: String,
}

/// `before` **figure** `after`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Value {
    pub before: String,
    pub figure: String,
    pub after: String,
    pub testid: &'static str,
}

/// A button of the page: its action, its words, and what it acts on.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Action {
    /// `bp-copy` or `bp-btn`.
    pub class: &'static str,
    pub action: &'static str,
    pub label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aria_label: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<usize>,
}

/// A SMART objective and its five checks.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveView {
    pub key: String,
    pub scope: &'static str,
    pub about: String,
    pub text: String,
    pub checks: Vec<CheckView>,
    pub copy: Action,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckView {
    pub name: String,
    pub badge: Badge,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OkrView {
    pub title: String,
    pub tag: String,
    pub objective: String,
    pub key_results_label: String,
    pub key_results: Vec<String>,
    pub copy: Action,
}

/// The printout's header, hidden on screen.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PrintHeader {
    pub title: String,
    pub printed_on: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inputs: Option<PrintInputs>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PrintInputs {
    pub title: String,
    pub figures: Vec<(String, String)>,
    pub channels: TableView,
}

/// The abbreviations and derived figures, explained, folded at the end.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Glossary {
    pub title: String,
    pub items: Vec<(String, String)>,
}

/// Each abbreviation and what it stands for, in the order of the glossary.
const ABBREVIATIONS: [(&str, Words); 12] = [
    ("CA", g::CA),
    ("CPA", g::CPA),
    ("CPC", g::CPC),
    ("ROAS", g::ROAS),
    ("ROI", g::ROI),
    ("MER", g::MER),
    ("LTV", g::LTV),
    ("CAC", g::CAC),
    ("SEO", g::SEO),
    ("SEA", g::SEA),
    ("OKR", g::OKR),
    ("SMART", g::SMART),
];

/// The abbreviations a language uses (English writes "revenue", not "CA").
fn abbreviations(l: Locale) -> impl Iterator<Item = &'static (&'static str, Words)> {
    ABBREVIATIONS
        .iter()
        .filter(move |(abbr, _)| l == Locale::Fr || *abbr != "CA")
}

/// The glossary: the abbreviations, then the channel cards' derived figures and how each is
/// worked out.
fn glossary(l: Locale) -> Glossary {
    use crate::words::results as r;
    let mut items: Vec<(String, String)> = abbreviations(l)
        .map(|(abbr, meaning)| (abbr.to_string(), meaning.get(l).to_string()))
        .collect();
    let calcs = [
        (r::MAX_CPC, g::MAX_CPC_CALC),
        (
            r::OR_CONVERSION_AT_CURRENT_TRAFFIC,
            g::CONVERSION_AT_TRAFFIC_CALC,
        ),
        (r::MARGINAL_CPA, g::MARGINAL_CPA_CALC),
        (r::CEILING, g::CEILING_CALC),
        (r::BREAK_EVEN, g::BREAK_EVEN_CALC),
    ];
    items.extend(
        calcs
            .iter()
            .map(|(name, calc)| (name.get(l).to_string(), calc.get(l).to_string())),
    );
    Glossary {
        title: r::GLOSSARY.get(l).to_string(),
        items,
    }
}

/// The abbreviations still to spell out: the first appearance of each in the text the visitor
/// reads is followed by what it stands for, « CPA (coût par acquisition) », on every device
/// (a `title` tooltip shows on no phone).
pub(crate) struct Spelling {
    pending: Vec<&'static (&'static str, Words)>,
    l: Locale,
}

impl Spelling {
    pub(crate) fn new(l: Locale) -> Self {
        // « SEA » only names a kind in the form.
        let pending = abbreviations(l).filter(|(a, _)| *a != "SEA").collect();
        Spelling { pending, l }
    }

    /// Spells out in `text` the abbreviations it is the first to use. The text is read once,
    /// word by word in capitals.
    pub(crate) fn text(&mut self, text: &mut String) {
        if self.pending.is_empty() {
            return;
        }
        let mut out = String::new();
        let bytes = text.as_bytes();
        let (mut from, mut i) = (0, 0);
        while i < bytes.len() && !self.pending.is_empty() {
            if !bytes[i].is_ascii_uppercase() {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_uppercase() {
                i += 1;
            }
            // Not in « LTV:CAC » (a ratio, whose parts are spelled out where they stand alone)
            // nor in « CA$ ».
            let alone =
                |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric() || c == '$' || c == ':');
            let before = text[..start].chars().next_back();
            let after = text[i..].chars().next();
            if !(alone(before) && alone(after)) {
                continue;
            }
            let word = &text[start..i];
            if let Some(k) = self.pending.iter().position(|(abbr, _)| *abbr == word) {
                let (abbr, meaning) = self.pending.remove(k);
                out.push_str(&text[from..start]);
                // What it stands for, without the glossary's explanation after it.
                let meaning = meaning.get(self.l);
                let short = meaning.split([':', '(']).next().unwrap_or(meaning);
                let short = short.trim_end_matches([' ', '\u{a0}', '\u{202f}']);
                crate::render::w!(out, "{abbr} ({short})");
                from = i;
            }
        }
        if !out.is_empty() {
            out.push_str(&text[from..]);
            *text = out;
        }
    }

    /// Spells out the abbreviations of the sections' words, in the order they are read.
    /// Charts and buttons keep theirs (the chart's description and the figures say it again).
    pub(crate) fn sections(&mut self, sections: &mut [Section]) {
        for section in sections {
            for block in &mut section.blocks {
                self.block(block);
            }
        }
    }

    fn block(&mut self, block: &mut Block) {
        match block {
            Block::Intro { text } | Block::Hint { text } | Block::Lead { text, .. } => {
                self.text(text)
            }
            Block::Hero(hero) => self.text(&mut hero.reason),
            Block::Figures(figures) => {
                for f in &mut figures.items {
                    self.text(&mut f.label);
                    self.text(&mut f.hint);
                }
            }
            Block::Steps { items, .. } | Block::Notes { items, .. } => {
                for note in items {
                    self.text(&mut note.text);
                }
            }
            Block::Objectives { items } => {
                for o in items {
                    self.text(&mut o.text);
                }
            }
            Block::Okr(okr) => self.text(&mut okr.title),
            Block::Cards(cards) => {
                for card in &mut cards.items {
                    for (name, _) in card.figures.iter_mut().chain(&mut card.details) {
                        self.text(name);
                    }
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spells_out_each_abbreviation_once_where_first_read() {
        let mut spelling = Spelling::new(Locale::Fr);
        let mut first = "Le CPA cible, CPA max, ROAS et LTV:CAC, SEOS".to_string();
        spelling.text(&mut first);
        assert_eq!(
            first,
            "Le CPA (coût par acquisition) cible, CPA max, ROAS (retour sur les dépenses publicitaires) et LTV:CAC, SEOS"
        );
        let mut again = "CPA et ROAS".to_string();
        spelling.text(&mut again);
        assert_eq!(again, "CPA et ROAS");
        // English has no « CA »: the Canadian dollar's symbol stays as it is.
        let mut en = "CA$ 5, CPA".to_string();
        Spelling::new(Locale::En).text(&mut en);
        assert_eq!(en.matches('(').count(), 1, "{en}");
    }
}
