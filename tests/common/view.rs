//! Reading the results' view model (`boussole::view`) as the page draws it (`www/view.js`):
//! sections by id, figures, tables and notes by test id, every string shown, and the keys the
//! templates repeat by.

use boussole::view::{Block, Cards, Figure, Note, Results, Section, TableView};
use serde_json::Value;

/// The ids of the sections, in order (`<section id="bp-{id}">`).
pub fn section_ids(r: &Results) -> Vec<&'static str> {
    r.sections.iter().map(|s| s.id).collect()
}

/// The section `id`; panics when the results have none.
pub fn section<'a>(r: &'a Results, id: &str) -> &'a Section {
    r.sections
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("no section {id} among {:?}", section_ids(r)))
}

pub fn has_section(r: &Results, id: &str) -> bool {
    r.sections.iter().any(|s| s.id == id)
}

/// Every block of every section, in order.
pub fn blocks(r: &Results) -> impl Iterator<Item = &Block> {
    r.sections.iter().flat_map(|s| &s.blocks)
}

/// Every named figure: the goal's and its growth in the hero, then each list of figures'.
pub fn figures(r: &Results) -> Vec<&Figure> {
    let mut all = Vec::new();
    for block in blocks(r) {
        match block {
            Block::Hero(hero) => all.extend([&hero.target, &hero.growth]),
            Block::Figures(f) => all.extend(&f.items),
            _ => {}
        }
    }
    all
}

/// The figure marked `testid`; panics when there is none.
pub fn figure<'a>(r: &'a Results, testid: &str) -> &'a Figure {
    figures(r)
        .into_iter()
        .find(|f| f.testid == Some(testid))
        .unwrap_or_else(|| panic!("no figure with testid {testid}"))
}

/// The figure named `label` (as shown, abbreviations spelled out or not).
pub fn figure_named<'a>(r: &'a Results, label: &str) -> Option<&'a Figure> {
    figures(r).into_iter().find(|f| f.label == label)
}

/// The raw number a figure carries (`data-value`), as the page reads it.
pub fn figure_value(r: &Results, testid: &str) -> f64 {
    let f = figure(r, testid);
    let raw = f
        .value
        .as_deref()
        .unwrap_or_else(|| panic!("figure {testid} carries no value"));
    raw.parse()
        .unwrap_or_else(|e| panic!("figure {testid}: {raw:?} is not a number: {e}"))
}

/// Every table, the print header's included.
pub fn tables(r: &Results) -> Vec<&TableView> {
    let mut all: Vec<&TableView> = blocks(r)
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .collect();
    if let Some(inputs) = r.print.as_ref().and_then(|p| p.inputs.as_ref()) {
        all.push(&inputs.channels);
    }
    all
}

pub fn table<'a>(r: &'a Results, testid: &str) -> &'a TableView {
    tables(r)
        .into_iter()
        .find(|t| t.testid == testid)
        .unwrap_or_else(|| panic!("no table with testid {testid}"))
}

pub fn cards<'a>(r: &'a Results, testid: &str) -> &'a Cards {
    blocks(r)
        .find_map(|b| match b {
            Block::Cards(c) if c.testid == testid => Some(c),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no cards with testid {testid}"))
}

/// The notes or steps of the list marked `testid` (`warnings`, `next-steps`, `alerts`).
pub fn notes<'a>(r: &'a Results, testid: &str) -> &'a [Note] {
    blocks(r)
        .find_map(|b| match b {
            Block::Notes { testid: t, items } | Block::Steps { testid: t, items }
                if *t == testid =>
            {
                Some(items.as_slice())
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("no notes with testid {testid}"))
}

/// The warnings as the page draws them (`role="note"`): none without a warnings section.
pub fn warning_count(r: &Results) -> usize {
    blocks(r)
        .filter_map(|b| match b {
            Block::Notes { items, .. } => Some(items.len()),
            _ => None,
        })
        .sum()
}

/// Every `data-testid` the templates write for these results: the view's own `testid`s, and
/// those the templates give a kind of block (`www/view.js`: objectives, OKR, print header).
pub fn testids(r: &Results) -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(o) => {
                if let Some(Value::String(t)) = o.get("testid") {
                    out.push(t.clone());
                }
                match o.get("kind").and_then(Value::as_str) {
                    Some("objectives") => out.push("objectives".into()),
                    Some("okr") => out.push("okr".into()),
                    _ => {}
                }
                o.values().for_each(|v| walk(v, out));
            }
            Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    if r.print.is_some() {
        out.push("print-header".to_string());
    }
    walk(&serde_json::to_value(r).unwrap(), &mut out);
    out
}

/// Every string of the view (texts, labels, attributes), in order.
pub fn strings<T: serde::Serialize>(view: &T) -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Object(o) => o.values().for_each(|v| walk(v, out)),
            Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(view).unwrap(), &mut out);
    out
}

/// Whether one string of the view holds `needle`.
pub fn shows<T: serde::Serialize>(view: &T, needle: &str) -> bool {
    strings(view).iter().any(|s| s.contains(needle))
}

/// The keys the templates repeat by (`repeat(…, key)` in `www/view.js`), each with where it
/// stands: sections by id; within a section, table rows, cards, curves, notes, steps and
/// objectives by their key. Two views with the same keys update in place.
pub fn keys(r: &Results) -> Vec<String> {
    let mut out = Vec::new();
    for s in &r.sections {
        let id = s.id;
        out.push(format!("section {id}"));
        for block in &s.blocks {
            match block {
                Block::Table(t) => {
                    for row in t.rows.iter().chain(&t.footer) {
                        out.push(format!("{id}/table {}/row {}", t.testid, row.key));
                    }
                }
                Block::Cards(c) => {
                    for card in &c.items {
                        out.push(format!("{id}/cards {}/card {}", c.testid, card.key));
                    }
                }
                Block::Charts { items } => {
                    for chart in items {
                        out.push(format!("{id}/chart {}", chart.id));
                    }
                }
                Block::Notes { testid, items } | Block::Steps { testid, items } => {
                    for note in items {
                        out.push(format!("{id}/{testid}/note {}", note.key));
                    }
                }
                Block::Objectives { items } => {
                    for o in items {
                        out.push(format!("{id}/objective {}", o.key));
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// The view's shape without its words and figures: every string and number blanked but the
/// kinds of block, cell and shape (which choose a template), every list's length and every
/// optional part kept. Two views with the same skeleton differ only in what the templates bind
/// as text or attribute values.
pub fn skeleton<T: serde::Serialize>(view: &T) -> Value {
    fn blank(v: Value) -> Value {
        match v {
            Value::String(_) => Value::String(String::new()),
            Value::Number(_) => Value::from(0),
            Value::Array(a) => Value::Array(a.into_iter().map(blank).collect()),
            Value::Object(o) => Value::Object(
                o.into_iter()
                    .map(|(k, v)| match k.as_str() {
                        "kind" | "shape" => (k, v),
                        _ => (k, blank(v)),
                    })
                    .collect(),
            ),
            other => other,
        }
    }
    blank(serde_json::to_value(view).unwrap())
}
