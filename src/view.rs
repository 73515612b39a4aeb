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

use crate::form::{Action, Button};
use crate::model::Locale;
use crate::words::Words;

mod figure;
mod glance;
mod milestones;
mod plan;
mod print;
mod review;
mod spelling;
mod table;

pub use glance::{glance, Glance, PaidGlance};
pub use milestones::HistoryView;
pub use plan::plan_view;
pub use review::review_view;
pub use spelling::Glossary;
pub(crate) use spelling::{glossary, Spelling};
pub use table::*;

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

/// The review once a quarter is closed, before its first computation: where it will show and
/// what it does (what it waits for is asked above the results).
pub fn review_pending(l: Locale) -> Results {
    use crate::words::{common, review};
    Results {
        kind: "review",
        lang: l.code(),
        testid: Some("review-pending"),
        print: None,
        sections: vec![Section {
            id: "review-intro",
            title: common::QUARTERLY_REVIEW.get(l).to_string(),
            blocks: vec![Block::Intro {
                text: review::PENDING.get(l).to_string(),
            }],
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
        items: Vec<Button>,
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

/// A SMART objective and its five checks.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ObjectiveView {
    pub key: String,
    pub scope: &'static str,
    pub about: String,
    pub text: String,
    pub checks: Vec<CheckView>,
    pub copy: Button,
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
    pub copy: Button,
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

/// A titled section of blocks.
pub(crate) fn section(id: &'static str, title: Words, l: Locale, blocks: Vec<Block>) -> Section {
    Section {
        id,
        title: title.get(l).to_string(),
        blocks,
    }
}

pub(crate) fn intro(words: Words, l: Locale) -> Block {
    Block::Intro {
        text: words.get(l).to_string(),
    }
}

pub(crate) fn figures(testid: Option<&'static str>, items: Vec<Figure>) -> Block {
    Block::Figures(Figures { testid, items })
}
