//! Results patched, not rebuilt: when a new rendering has the same elements as the one shown
//! (a keystroke changes figures, words, bar heights, rarely the structure), the page changes
//! only the texts and attributes that differ, and parses no HTML.
//!
//! The HTML is read as the results write it: tags, escaped text (`&amp;` `&lt;` `&gt;`
//! `&quot;` `&#39;` only) and nothing else (no comments, no raw `>` in a value). Elements are
//! counted by their start tags and texts by their runs between tags, in document order, as
//! `querySelectorAll('*')` and a text `TreeWalker` list them in the parsed DOM; the page
//! checks both counts before changing anything and rebuilds otherwise.

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
    Text(&'a str),
}

/// The tokens of `html`, or `None` for what this reader does not expect.
fn tokens(html: &str) -> Option<Vec<Token<'_>>> {
    let mut out = Vec::with_capacity(html.len() / 24);
    let mut rest = html;
    while !rest.is_empty() {
        let Some(open) = rest.find('<') else {
            out.push(Token::Text(rest));
            break;
        };
        if open > 0 {
            out.push(Token::Text(&rest[..open]));
        }
        let tail = &rest[open..];
        let close = tail.find('>')?;
        let tag = &tail[1..close];
        rest = &tail[close + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            out.push(Token::End(name.trim()));
            continue;
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
                let quote = value.find('"')?;
                list.push((key, Some(&value[..quote])));
                attrs = &value[quote + 1..];
            } else if attrs.starts_with('=') {
                return None;
            } else {
                list.push((key, None));
            }
        }
        out.push(Token::Start(name, list));
    }
    Some(out)
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
    let (a, b) = (tokens(old)?, tokens(new)?);
    if a.len() != b.len() {
        return None;
    }
    let mut patch = Patch::default();
    for (x, y) in a.iter().zip(&b) {
        match (x, y) {
            (Token::Text(x), Token::Text(y)) => {
                if x != y {
                    patch.text_changes.push((patch.texts, unescape(y)));
                }
                patch.texts += 1;
            }
            (Token::End(x), Token::End(y)) if x == y => {}
            (Token::Start(n, xs), Token::Start(m, ys)) if n == m => {
                let index = patch.elements;
                patch.elements += 1;
                if xs == ys {
                    continue;
                }
                for (key, value) in ys {
                    if !xs.iter().any(|(k, v)| k == key && v == value) {
                        let value = value.map(unescape).unwrap_or_default();
                        patch
                            .attr_changes
                            .push((index, key.to_string(), Some(value)));
                    }
                }
                for (key, _) in xs {
                    if !ys.iter().any(|(k, _)| k == key) {
                        patch.attr_changes.push((index, key.to_string(), None));
                    }
                }
            }
            _ => return None,
        }
    }
    Some(patch)
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

/// The results part by part: each top-level element inside the wrapper (`<div class="bp-plan">`)
/// kept, patched or replaced; `None` when the wrapper or the number of parts changed (the page
/// then writes the whole).
pub fn diff_parts(old: &str, new: &str) -> Option<Vec<Part>> {
    let (a, b) = (parts(old)?, parts(new)?);
    if a.0 != b.0 || a.1.len() != b.1.len() {
        return None;
    }
    let parts = a.1.iter().zip(&b.1).map(|(x, y)| {
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

/// The wrapper's start tag and its top-level elements (the text between them is whitespace).
fn parts(html: &str) -> Option<(&str, Vec<&str>)> {
    let html = html.trim();
    let open_end = html.find('>')? + 1;
    let wrapper = &html[..open_end];
    let inner = html[open_end..].strip_suffix("</div>")?;
    let mut out = Vec::new();
    let (mut depth, mut start) = (0usize, None);
    let mut at = 0;
    while let Some(i) = inner[at..].find('<') {
        let open = at + i;
        let close = open + inner[open..].find('>')?;
        let tag = &inner[open + 1..close];
        at = close + 1;
        if let Some(_name) = tag.strip_prefix('/') {
            depth = depth.checked_sub(1)?;
            if depth == 0 {
                out.push(&inner[start.take()?..at]);
            }
        } else if tag.ends_with('/')
            || VOID
                .iter()
                .any(|v| tag == *v || tag.starts_with(&format!("{v} ")))
        {
            if depth == 0 {
                out.push(&inner[open..at]);
            }
        } else {
            if depth == 0 {
                start = Some(open);
            }
            depth += 1;
        }
    }
    (depth == 0).then_some((wrapper, out))
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
        let parts = diff_parts(old, new).unwrap();
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
        // A section more, or another wrapper: written whole.
        let more = new.replace("</div>\n", "<section></section>\n</div>\n");
        assert_eq!(diff_parts(old, &more), None);
        assert_eq!(diff_parts(old, &old.replace("bp-plan", "bp-review")), None);
    }
}
