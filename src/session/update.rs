//! What a session answers with: the [`Update`] the element carries out (views to draw, DOM
//! marks, what to say, an effect, when to save), and what it saves and tells once typing pauses
//! ([`Settled`]).

use super::*;

/// What to save and tell once typing pauses: the text to store under `key`, the
/// `boussole-change` detail when the plan changed since the host page was last told.
#[derive(Debug, Serialize)]
pub struct Settled<'a> {
    pub key: Option<&'a str>,
    pub saved: Option<String>,
    pub change: Option<ChangeDetail<'a>>,
}

/// The detail of the `boussole-change` event the host page receives.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ChangeDetail<'a> {
    pub plan: &'a PlanInput,
    pub target_revenue: f64,
    pub extra_revenue: f64,
    pub growth_rate: f64,
    pub target_cpa: f64,
    pub summary: String,
}

/// What the page must do after a call (the element's script carries it out).
#[derive(Debug, Default, PartialEq, Serialize)]
pub struct Update {
    /// Changes to the planner's DOM, in order.
    pub dom: Vec<Dom>,
    /// Said by the live region once typing pauses (the results' summary).
    pub announce: Option<String>,
    /// Something to do outside the planner.
    pub effect: Option<Effect>,
    /// Said at once by the live region (after an action the visitor asked for).
    pub say: Option<String>,
    /// When to save and tell the host page.
    pub settle: Settle,
}

impl Update {
    /// Shows `notice` in the general slot, beside the field errors, and with `say` has the
    /// live region say it.
    pub(super) fn notice(&mut self, notice: String, say: bool) {
        let general = general_slot();
        self.dom.push(Dom::Text(general, Some(notice.clone())));
        if say {
            self.say = Some(notice);
        }
    }

    /// The same for what the planner did at the visitor's request (a plan restored, imported,
    /// opened): told in a calm tone, not as an error, until the next change.
    pub(super) fn inform(&mut self, notice: String) {
        self.notice(notice, true);
        let general = general_slot();
        self.dom
            .push(Dom::Attr(general, "data-tone", Some("info".into())));
    }
}

/// One change to the planner's shadow root: a view for the element's templates to draw, or a
/// change by CSS selector (`Text` and `Attr` apply to every element found, `Move` to the
/// first). No HTML: the page writes none but its templates'.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "op", content = "args", rename_all = "camelCase")]
pub enum Dom {
    /// Sets the text content (`None` empties it).
    Text(String, Option<String>),
    /// Sets (`Some`) or removes (`None`) an attribute.
    Attr(String, &'static str, Option<String>),
    /// Moves the first element into the second, unless it is there already.
    Move(String, String),
    /// Focuses the first element found that is neither disabled nor hidden.
    Focus(Vec<String>),
    /// Draws the results (a plan's, a review's, or none yet) in the results' element: the
    /// element's templates update only what changed.
    Results(Box<crate::view::Results>),
    /// Draws the plan at a glance.
    Glance(Box<crate::view::Glance>),
    /// Draws the form (its elements kept across edits, so typing never loses focus).
    Form(Box<form::FormView>),
    /// Draws the view switch.
    Tabs(Vec<form::Tab>),
    /// Draws the first visit's choice (`None`: empties it).
    Welcome(Option<Welcome>),
    /// Draws the banner of a link's plan (`None`: empties it).
    Banner(Option<Banner>),
    /// Draws what needs the visitor above the results.
    Summary(Summary),
    /// Draws « Partager / exporter » after the results.
    Share(form::Share),
}

/// A side effect the page carries out.
#[derive(Debug, PartialEq, Serialize)]
#[serde(tag = "kind", content = "with", rename_all = "camelCase")]
pub enum Effect {
    Copy(String),
    /// Put the document in the address's fragment (after [`SHARE_PREFIX`]) and copy the link.
    CopyLink(Doc),
    Download {
        name: &'static str,
        mime: &'static str,
        text: String,
    },
    /// Offer the document as an indented JSON file.
    DownloadJson {
        name: &'static str,
        doc: Doc,
    },
    Print,
    /// Open the file picker of the import.
    OpenImport,
}

/// When to save and send `boussole-change`.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Settle {
    #[default]
    No,
    /// Once typing pauses.
    Later,
    Now,
}
