//! Results patched, not rebuilt: when a new rendering has the same elements as the one shown
//! (a keystroke changes figures, words, bar heights, rarely the structure), the page changes
//! only the texts and attributes that differ, and parses no HTML.
//!
//! The HTML is read as the results write it: tags, escaped text (`&amp;` `&lt;` `&gt;`
//! `&quot;` `&#39;` only) and nothing else (no comments, no raw `>` in a value). Elements are
//! counted by their start tags and texts by their runs between tags, in document order, as
//! `querySelectorAll('*')` and a text `TreeWalker` list them in the parsed DOM; the page
//! checks both counts before changing anything and rebuilds otherwise.

use std::ops::Range;

/// What to change in the shown results to make them the new ones.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Patch {
    /// Elements and text runs both renderings have (the page checks them first).
    pub elements: u32,
    pub texts: u32,
    /// Text runs that changed: their index and their new text (unescaped).
    pub text_changes: Vec<(u32, String)>,
    /// Attributes that changed: the element's index, the attribute, its new value (`None`:
    /// removed; unescaped).
    pub attr_changes: Vec<(u32, String, Option<String>)>,
}

enum Token<'a> {
    /// A start tag: its name and attributes as written (values still escaped).
    Start(&'a str, Vec<(&'a str, Option<&'a str>)>),
    End(&'a str),
}

/// The runs of `html` in order: `Ok(text)` between tags, `Err(tag)` for what is inside `<…>`.
/// The iterator ends early at a `<` without its `>`, which [`diff`] sees as another shape.
struct Runs<'a>(&'a str);

impl<'a> Iterator for Runs<'a> {
    type Item = Result<&'a str, &'a str>;

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.0;
        if rest.is_empty() {
            return None;
        }
        match find(rest, b'<') {
            None => {
                self.0 = "";
                Some(Ok(rest))
            }
            Some(0) => {
                let close = find(rest, b'>')?;
                self.0 = &rest[close + 1..];
                Some(Err(&rest[1..close]))
            }
            Some(open) => {
                self.0 = &rest[open..];
                Some(Ok(&rest[..open]))
            }
        }
    }
}

/// A tag's name and attributes, or `None` for what this reader does not expect (comments).
fn tag(tag: &str) -> Option<Token<'_>> {
    if let Some(name) = tag.strip_prefix('/') {
        return Some(Token::End(name.trim()));
    }
    if tag.starts_with('!') {
        return None;
    }
    let tag = tag.strip_suffix('/').unwrap_or(tag);
    let (name, mut attrs) = match tag.find(|c: char| c.is_ascii_whitespace()) {
        Some(at) => (&tag[..at], &tag[at..]),
        None => (tag, ""),
    };
    let mut list = Vec::new();
    loop {
        attrs = attrs.trim_start();
        if attrs.is_empty() {
            break;
        }
        let end = attrs
            .find(|c: char| c == '=' || c.is_ascii_whitespace())
            .unwrap_or(attrs.len());
        let key = &attrs[..end];
        attrs = &attrs[end..];
        if let Some(value) = attrs.strip_prefix("=\"") {
            let quote = find(value, b'"')?;
            list.push((key, Some(&value[..quote])));
            attrs = &value[quote + 1..];
        } else if attrs.starts_with('=') {
            return None;
        } else {
            list.push((key, None));
        }
    }
    Some(Token::Start(name, list))
}

/// The text of escaped HTML.
fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The changes that turn `old` into `new`, when both have the same elements in the same
/// places; `None` when the structure changed (the page then rebuilds).
pub fn diff(old: &str, new: &str) -> Option<Patch> {
    // Both read in step, without a list of tokens: most tags are the same text on both sides
    // and need no parsing.
    let (mut a, mut b) = (Runs(old), Runs(new));
    let mut patch = Patch::default();
    loop {
        match (a.next(), b.next()) {
            (None, None) => break,
            (Some(Ok(x)), Some(Ok(y))) => {
                if x != y {
                    patch.text_changes.push((patch.texts, unescape(y)));
                }
                patch.texts += 1;
            }
            (Some(Err(x)), Some(Err(y))) if x == y => {
                if x.starts_with('!') {
                    return None;
                }
                if !x.starts_with('/') {
                    patch.elements += 1;
                }
            }
            (Some(Err(x)), Some(Err(y))) => match (tag(x)?, tag(y)?) {
                (Token::End(x), Token::End(y)) if x == y => {}
                (Token::Start(n, xs), Token::Start(m, ys)) if n == m => {
                    let index = patch.elements;
                    patch.elements += 1;
                    for (key, value) in &ys {
                        if !xs.iter().any(|(k, v)| k == key && v == value) {
                            let value = value.map(unescape).unwrap_or_default();
                            patch
                                .attr_changes
                                .push((index, key.to_string(), Some(value)));
                        }
                    }
                    for (key, _) in &xs {
                        if !ys.iter().any(|(k, _)| k == key) {
                            patch.attr_changes.push((index, key.to_string(), None));
                        }
                    }
                }
                _ => return None,
            },
            _ => return None,
        }
    }
    // A `<` without its `>` ends a reader early: another shape.
    (a.0.is_empty() && b.0.is_empty()).then_some(patch)
}

/// What to do with one top-level part of the results (a section).
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    Same,
    /// Patched in place (counting the part's own element first); its HTML for a fallback.
    Patch(Patch, String),
    /// Another structure: the part is replaced by this HTML.
    Replace(String),
}

/// Results as shown: their HTML and where its parts are, found once (the next keystroke
/// compares against them without reading them again).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shown {
    pub html: String,
    /// The wrapper's start tag, then each top-level element inside it; `None` when the HTML
    /// is not a wrapper of elements.
    parts: Option<(Range<usize>, Vec<Range<usize>>)>,
}

impl Shown {
    pub fn new(html: String) -> Shown {
        let parts = parts(&html);
        Shown { html, parts }
    }

    fn wrapper(&self) -> Option<&str> {
        self.parts.as_ref().map(|(w, _)| &self.html[w.clone()])
    }

    fn part(&self, i: usize) -> &str {
        self.parts
            .as_ref()
            .map_or("", |(_, list)| &self.html[list[i].clone()])
    }

    fn count(&self) -> Option<usize> {
        self.parts.as_ref().map(|(_, list)| list.len())
    }
}

/// The results part by part: each top-level element inside the wrapper (`<div class="bp-plan">`)
/// kept, patched or replaced; `None` when the wrapper or the number of parts changed (the page
/// then writes the whole).
pub fn diff_parts(old: &Shown, new: &Shown) -> Option<Vec<Part>> {
    let count = old.count()?;
    if old.wrapper()? != new.wrapper()? || new.count()? != count {
        return None;
    }
    let parts = (0..count).map(|i| {
        let (x, y) = (old.part(i), new.part(i));
        if x == y {
            Part::Same
        } else {
            match diff(x, y) {
                Some(patch) => Part::Patch(patch, y.to_string()),
                None => Part::Replace(y.to_string()),
            }
        }
    });
    Some(parts.collect())
}

/// The parts as the element script's `patchResults` reads them, so that the page applies them
/// in one call rather than crossing from the wasm into JS for every text node: numbers, and
/// one text holding every string in order (lengths count UTF-16 units, as JS strings do).
///
/// First the number of parts; then per part: `0` kept; `2, length` replaced by the next
/// `length` units of HTML; `1, elements, texts, n, (index, length) × n, m, (element, name
/// length, value length or `u32::MAX` for removed) × m` patched.
pub fn encode(parts: &[Part]) -> (Vec<u32>, String) {
    let mut nums = vec![parts.len() as u32];
    let mut text = String::new();
    let mut push = |nums: &mut Vec<u32>, s: &str| {
        nums.push(s.encode_utf16().count() as u32);
        text.push_str(s);
    };
    for part in parts {
        match part {
            Part::Same => nums.push(0),
            Part::Replace(html) => {
                nums.push(2);
                push(&mut nums, html);
            }
            Part::Patch(patch, _) => {
                nums.extend([1, patch.elements, patch.texts]);
                nums.push(patch.text_changes.len() as u32);
                for (index, value) in &patch.text_changes {
                    nums.push(*index);
                    push(&mut nums, value);
                }
                nums.push(patch.attr_changes.len() as u32);
                for (index, name, value) in &patch.attr_changes {
                    nums.push(*index);
                    push(&mut nums, name);
                    match value {
                        Some(value) => push(&mut nums, value),
                        None => nums.push(u32::MAX),
                    }
                }
            }
        }
    }
    (nums, text)
}

/// Where the wrapper's start tag and its top-level elements are (the text between them is
/// whitespace).
fn parts(html: &str) -> Option<(Range<usize>, Vec<Range<usize>>)> {
    let start = html.len() - html.trim_start().len();
    let trimmed = html.trim();
    let open_end = start + find(trimmed, b'>')? + 1;
    let inner_end = start + trimmed.strip_suffix("</div>")?.len();
    let inner = html.get(open_end..inner_end)?;
    let at = |run: &str| open_end + (run.as_ptr() as usize - inner.as_ptr() as usize);
    let mut out = Vec::new();
    let (mut depth, mut from) = (0usize, 0);
    for run in Runs(inner) {
        let Err(tag) = run else { continue };
        // The run is the inside of `<…>`: the element starts one byte before it, ends one after.
        let (open, close) = (at(tag) - 1, at(tag) + tag.len() + 1);
        if tag.starts_with('/') {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                out.push(from..close);
            }
        } else if tag.ends_with('/') || VOID.contains(&tag_name(tag)) {
            if depth == 0 {
                out.push(open..close);
            }
        } else {
            if depth == 0 {
                from = open;
            }
            depth += 1;
        }
    }
    (depth == 0).then_some((start..open_end, out))
}

/// Where the ASCII `byte` first is in `s`. A plain loop: the runs between tags are short,
/// and `str::find` spent longer setting up its search than searching.
fn find(s: &str, byte: u8) -> Option<usize> {
    s.bytes().position(|b| b == byte)
}

/// A start tag's name (what comes before its attributes).
fn tag_name(tag: &str) -> &str {
    tag.split_ascii_whitespace().next().unwrap_or(tag)
}

/// Elements without an end tag.
const VOID: [&str; 4] = ["br", "img", "input", "hr"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_words_and_attributes_are_patched_and_structure_rebuilt() {
        let old = "<div class=\"a\" hidden><p data-v=\"1\">1 000 €</p>\n<svg><rect y=\"3\" height=\"4\"/></svg><span>A &amp; B</span></div>";
        let new = "<div class=\"a\"><p data-v=\"2\">2 000 €</p>\n<svg><rect y=\"5\" height=\"4\"/></svg><span>A &lt; B</span></div>";
        let p = diff(old, new).unwrap();
        assert_eq!((p.elements, p.texts), (5, 3));
        assert_eq!(
            p.text_changes,
            vec![(0, "2 000 €".to_string()), (2, "A < B".to_string())]
        );
        assert_eq!(
            p.attr_changes,
            vec![
                (0, "hidden".to_string(), None),
                (1, "data-v".to_string(), Some("2".to_string())),
                (3, "y".to_string(), Some("5".to_string())),
            ]
        );
        // Nothing changed: an empty patch.
        let same = diff(old, old).unwrap();
        assert!(same.text_changes.is_empty() && same.attr_changes.is_empty());
        // Another element, another count, an empty start: rebuilt.
        assert_eq!(
            diff(
                old,
                &old.replace("<span>", "<strong>")
                    .replace("</span>", "</strong>")
            ),
            None
        );
        assert_eq!(diff(old, &format!("{old}<p>x</p>")), None);
        assert_eq!(diff("", old), None);
        assert_eq!(diff("<!-- x --><p>a</p>", "<!-- x --><p>b</p>"), None);
    }

    #[test]
    fn the_results_part_by_part() {
        let old = "<div class=\"bp-plan\">\n<section><p>1</p></section>\n<section><svg><line/></svg></section>\n<details><summary>x</summary></details>\n</div>\n";
        let new = "<div class=\"bp-plan\">\n<section><p>2</p></section>\n<section><svg><line/><line/></svg></section>\n<details><summary>x</summary></details>\n</div>\n";
        let parts = diff_parts(&Shown::new(old.into()), &Shown::new(new.into())).unwrap();
        assert_eq!(parts.len(), 3);
        match &parts[0] {
            Part::Patch(p, html) => {
                assert_eq!(p.text_changes, vec![(0, "2".to_string())]);
                assert_eq!(html, "<section><p>2</p></section>");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            parts[1],
            Part::Replace("<section><svg><line/><line/></svg></section>".into())
        );
        assert_eq!(parts[2], Part::Same);
        let (nums, text) = encode(&parts);
        assert_eq!(nums, [3, 1, 2, 1, 1, 0, 1, 0, 2, 44, 0]);
        assert_eq!(text, "2<section><svg><line/><line/></svg></section>");
        let removed = Part::Patch(
            Patch {
                elements: 1,
                texts: 0,
                text_changes: vec![(0, "é€😀".into())],
                attr_changes: vec![(0, "hidden".into(), None)],
            },
            String::new(),
        );
        // Lengths in UTF-16 units: the emoji counts two.
        assert_eq!(
            encode(&[removed]).0,
            [1, 1, 1, 0, 1, 0, 4, 1, 0, 6, u32::MAX]
        );
        // A section more, or another wrapper: written whole.
        let more = new.replace("</div>\n", "<section></section>\n</div>\n");
        let shown = Shown::new(old.into());
        assert_eq!(diff_parts(&shown, &Shown::new(more)), None);
        let other = Shown::new(old.replace("bp-plan", "bp-review"));
        assert_eq!(diff_parts(&shown, &other), None);
    }
}
