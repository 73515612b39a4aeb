//! What leaves the page besides the results on screen: every SMART objective and the OKR as
//! plain text or Markdown (to paste into Notion, GitHub, Slack, an e-mail), and the header
//! that only the printout shows (title, date, the plan's inputs).

use super::naming::{named_checks, objective_scope};
use super::{okr_markdown_at, okr_text, visible, w, Ctx, MarkdownText};
use crate::output::PlanOutput;
use crate::words::results;

/// An objective's two checks, each with its status word and its reason.
fn checks<'a>(
    ctx: &Ctx,
    o: &'a crate::output::Objective,
) -> [(&'static str, &'static str, &'a str); 2] {
    named_checks(ctx, o).map(|(name, c, (_, word))| (name, word, c.reason.as_str()))
}

/// Every SMART objective (its scope, its sentence, both checks with their reasons), then the
/// OKR, as plain text.
pub fn objectives_text(out: &PlanOutput) -> String {
    let ctx = Ctx::new(out.locale, &out.currency);
    let mut s = String::with_capacity(600 * (out.objectives.len() + 1));
    w!(&mut s, "{}\n", results::SMART_OBJECTIVES.get(ctx.l));
    for (i, o) in out.objectives.iter().enumerate() {
        w!(
            &mut s,
            "\n{}. {}\n{}\n",
            i + 1,
            visible(&objective_scope(&ctx, out, o)),
            visible(&o.text)
        );
        for (name, word, reason) in checks(&ctx, o) {
            w!(
                &mut s,
                "{name}{}{word} — {}\n",
                ctx.colon(),
                visible(reason)
            );
        }
    }
    w!(
        &mut s,
        "\n{}\n{}\n",
        results::OKR_TITLE.get(ctx.l),
        okr_text(out)
    );
    s
}

/// The same as Markdown: a heading, a numbered list of objectives each with its checks, then
/// the OKR under its own heading.
pub fn objectives_markdown(out: &PlanOutput) -> String {
    let ctx = Ctx::new(out.locale, &out.currency);
    let mut s = String::with_capacity(700 * (out.objectives.len() + 1));
    w!(&mut s, "## {}\n\n", results::SMART_OBJECTIVES.get(ctx.l));
    for (i, o) in out.objectives.iter().enumerate() {
        w!(
            &mut s,
            "{}. **{}**{}{}\n",
            i + 1,
            MarkdownText(&objective_scope(&ctx, out, o)),
            ctx.colon(),
            MarkdownText(&o.text)
        );
        // Indented under the item's text (three columns), so that they nest in it.
        for (name, word, reason) in checks(&ctx, o) {
            w!(
                &mut s,
                "   - {name}{}**{word}** — {}\n",
                ctx.colon(),
                MarkdownText(reason)
            );
        }
    }
    w!(&mut s, "\n## {}\n\n", results::OKR_TITLE.get(ctx.l));
    s.push_str(&okr_markdown_at(out, "###"));
    s
}
