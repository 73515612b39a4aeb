//! How an objective is named (its scope, what it is about) and its checks worded: shared by
//! the page, the copies, the CSV and the terminal.

use std::borrow::Cow;

use super::Ctx;
use crate::output::{Check, CheckStatus, Objective, ObjectiveRef, PlanOutput, Scope};
use crate::words::{common, results, Words};

/// Tone and word of a status, from the words of its scale (ok, warning, fail).
fn scale_word(status: CheckStatus, words: [Words; 3], ctx: &Ctx) -> (&'static str, &'static str) {
    let (tone, word) = match status {
        CheckStatus::Ok => ("ok", words[0]),
        CheckStatus::Warning => ("warn", words[1]),
        CheckStatus::Fail => ("bad", words[2]),
    };
    (tone, word.get(ctx.l))
}

/// Tone and word of a status on the one achievability scale, the same for the goal, the
/// objectives' achievable check and the glance.
pub(crate) fn reach_word(status: CheckStatus, ctx: &Ctx) -> (&'static str, &'static str) {
    let scale = [
        results::WITHIN_REACH,
        results::DEMANDING,
        results::OUT_OF_REACH,
    ];
    scale_word(status, scale, ctx)
}

/// An objective's two checks, each with its name and its tone and word: achievable on the
/// achievability scale, realistic as yes, with caveats or no.
pub(crate) fn named_checks<'a>(
    ctx: &Ctx,
    o: &'a Objective,
) -> [(&'static str, &'a Check, (&'static str, &'static str)); 2] {
    [
        (
            results::ACHIEVABLE.get(ctx.l),
            &o.achievable,
            reach_word(o.achievable.status, ctx),
        ),
        (
            results::REALISTIC.get(ctx.l),
            &o.realistic,
            check_word(o.realistic.status, ctx),
        ),
    ]
}

/// Tone and word of a realistic check's status.
pub(crate) fn check_word(status: CheckStatus, ctx: &Ctx) -> (&'static str, &'static str) {
    let scale = [
        results::CHECK_YES,
        results::CHECK_WITH_CAVEATS,
        results::CHECK_NO,
    ];
    scale_word(status, scale, ctx)
}

/// What an objective is about, as plain text: its channel's name or its quarter's label;
/// `None` for the plan's.
pub(crate) fn objective_about<'a>(
    ctx: &Ctx,
    out: &'a PlanOutput,
    o: &'a Objective,
) -> Option<Cow<'a, str>> {
    Some(match o.reference.as_ref()? {
        ObjectiveRef::Channel(id) => Cow::Borrowed(
            out.channels
                .iter()
                .find(|c| c.id == *id)
                .map_or(&**id, |c| c.label.as_str()),
        ),
        ObjectiveRef::Quarter(i) => match out.quarters.iter().find(|q| q.index == *i) {
            Some(q) => Cow::Borrowed(q.label.as_str()),
            None => Cow::Owned(format!("{}{i}", results::QUARTER_PREFIX.get(ctx.l))),
        },
    })
}

/// `Plan`, `Canal`, `Trimestre`.
pub(super) fn scope_word(scope: Scope, ctx: &Ctx) -> &'static str {
    match scope {
        Scope::Plan => common::PLAN,
        Scope::Channel => common::CHANNEL,
        Scope::Quarter => common::QUARTER,
    }
    .get(ctx.l)
}

/// An objective's scope and what it is about, as plain text: `Canal · Google Ads`, `Plan`
/// (the channel's name without the "channel " prefix: the scope already says it).
pub(crate) fn objective_scope(ctx: &Ctx, out: &PlanOutput, o: &Objective) -> String {
    let scope = scope_word(o.scope, ctx);
    if o.scope == Scope::Plan {
        return scope.to_string();
    }
    let about = objective_about(ctx, out, o);
    let about = about.as_deref().unwrap_or(results::PLAN_SUBJECT.get(ctx.l));
    format!("{scope} · {about}")
}
