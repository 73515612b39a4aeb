//! What a planner knows when it starts: the element's attributes and what the page holds
//! for it ([`Options`]), read into a [`Start`]; the page's clock read as a year and a month.

use super::*;

/// What the element's script passes at the start: its attributes (`lang`, `currency`,
/// `storage`, `plan` as JSON text, fetched when it names a file), its `id` as `key`, and what
/// the page holds for it: the browser's language, the text it saved, a share link's plan.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Options {
    pub lang: Option<String>,
    pub currency: Option<String>,
    pub storage: Option<String>,
    pub browser: Option<String>,
    /// What this planner saved last time, as stored (JSON text).
    pub saved: Option<String>,
    /// The plan of a share link in the address, as JSON text.
    pub shared: Option<String>,
    pub plan: Option<String>,
    pub key: Option<String>,
    /// Today's year and month (`2026-11`), for the start of an empty plan.
    pub today: Option<String>,
    /// The `start` attribute: `example` or `blank` skip the first visit's choice.
    pub start: Option<String>,
    /// Whether the browser refuses this page its storage (a frame sandboxed without
    /// `allow-same-origin`, storage blocked in its settings).
    pub blocked: bool,
}

impl Options {
    /// Where the planner saves ([`storage_key`]).
    pub fn storage_key(&self) -> Option<String> {
        storage_key(self.storage.as_deref(), self.key.as_deref())
    }

    /// The start of a planner with these options, from what the page read for it;
    /// `read_json` reads JSON text.
    pub fn into_start(mut self, read_json: impl Fn(&str) -> Value) -> Start {
        let (saved, unread) = match self.saved.take().map(|t| Stored::read(t, &read_json)) {
            Some(Stored::Read(saved)) => (Some(*saved), None),
            Some(Stored::Unread(text)) => (None, Some(text)),
            None => (None, None),
        };
        let shared = self.shared.take();
        let too_large = shared.as_ref().is_some_and(|t| t.len() > MAX_PLAN_BYTES);
        let shared = shared.filter(|_| !too_large).map(|t| read_json(&t));
        let browser = self.browser.take();
        Start {
            unread,
            link_too_large: too_large,
            ..self.start(browser.as_deref(), shared, saved, read_json)
        }
    }

    /// The start of a planner with these options, in a browser whose language is `browser`;
    /// `read_json` reads the `plan` attribute's JSON text.
    pub fn start(
        self,
        browser: Option<&str>,
        shared: Option<Value>,
        saved: Option<Saved>,
        read_json: impl Fn(&str) -> Value,
    ) -> Start {
        Start {
            locale: locale_of(self.lang.as_deref(), browser),
            storage_key: self.storage_key(),
            currency: self.currency,
            id: self.key,
            shared,
            link_too_large: false,
            saved,
            unread: None,
            attribute: self.plan.as_deref().map(read_json),
            today: self.today.as_deref().and_then(year_month),
            blocked: self.blocked,
            first: self.start.as_deref().and_then(FirstForm::parse),
        }
    }
}

/// What the page knows when a planner starts. The first plan shown is the share link's, else
/// the one saved in this browser, else the `plan` attribute's, else the example.
#[derive(Debug, Default)]
pub struct Start {
    pub locale: Locale,
    /// The element's `id`, which keeps the saved plans of several planners apart.
    pub id: Option<String>,
    /// Where this planner saves ([`storage_key`]).
    pub storage_key: Option<String>,
    /// The `currency` attribute, for the example plan.
    pub currency: Option<String>,
    /// The plan in the address's `#plan=` fragment, as JSON.
    pub shared: Option<Value>,
    /// The link in the address expanded past [`MAX_PLAN_BYTES`]: it was not read.
    pub link_too_large: bool,
    /// What this planner saved last time.
    pub saved: Option<Saved>,
    /// What this planner's storage held when it reads as no saved state at all (see
    /// [`Stored`]): kept beside the plan the visitor starts, never overwritten.
    pub unread: Option<String>,
    /// The `plan` attribute (JSON text, or the file it names), as JSON.
    pub attribute: Option<Value>,
    /// Today's year and month (1–12), when the page knows them.
    pub today: Option<(i32, u8)>,
    /// What a first visit starts with, when the host page chose (`None`: the visitor does).
    pub first: Option<FirstForm>,
    /// Whether the browser refuses this page its storage ([`Options::blocked`]).
    pub blocked: bool,
}

crate::model::coded! {
    /// What a first visit starts with, when the host page chooses it (`start` attribute).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum FirstForm {
        /// The example plan, its values marked as the example's.
        Example = "example",
        /// An empty form.
        Blank = "blank",
    }
}

/// `2026-11` → (2026, 11).
fn year_month(text: &str) -> Option<(i32, u8)> {
    let (y, m) = text.split_once('-')?;
    let (y, m) = (y.parse().ok()?, m.parse().ok()?);
    ((2000..=2100).contains(&y) && (1..=12).contains(&m)).then_some((y, m))
}

/// The quarter after the one of `today` (the first a new plan can cover), else the example's.
pub(super) fn next_quarter(today: Option<(i32, u8)>) -> (i32, u8) {
    match today {
        Some((y, m)) if m >= 10 => (y + 1, 1),
        Some((y, m)) => (y, (m - 1) / 3 + 2),
        None => (2027, 1),
    }
}
