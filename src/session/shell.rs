//! The planner's own markup around the form and the results: the first-visit welcome, the
//! banner of a link's plan, and the selectors the session writes to (the frame they sit in is
//! the element's template, `shell` in `www/view.js`).

use super::*;

/// The first form shown when there is neither a link's plan nor a saved one: the `plan`
/// attribute's, else the example in the `currency` attribute's currency.
pub(super) fn first_form(start: &Start) -> FormState {
    if let Some(doc) = start.attribute.as_ref().and_then(|v| Doc::parse(v).ok()) {
        return doc.form();
    }
    let currency = start.currency.as_deref().filter(|c| c.len() == 3);
    let currency = currency.map_or_else(|| "EUR".to_string(), str::to_ascii_uppercase);
    match start.first {
        Some(FirstForm::Blank) => {
            FormState::blank(start.locale, &currency, next_quarter(start.today))
        }
        _ => FormState::example(start.locale, &currency),
    }
}

/// The banner of a link's plan shown beside the visitor's own: what it is, and the choice.
pub(super) fn banner_html(l: Locale) -> String {
    format!(
        concat!(
            r#"<p>{text}</p><div class="bp-actions">"#,
            r#"<button type="button" class="bp-btn" data-action="open-shared">{open}</button>"#,
            r#"<button type="button" class="bp-btn" data-action="keep-mine">{keep}</button></div>"#
        ),
        text = page::VISITING_SHARED.get(l),
        open = page::OPEN_SHARED.get(l),
        keep = page::KEEP_MINE.get(l),
    )
}

/// The banner's element.
pub(super) const BANNER: &str = ".bp-banner";

/// The first visit's choice, and the folded advanced settings.
pub(super) const WELCOME: &str = ".bp-welcome";
pub(super) const ADVANCED: &str = ".bp-advanced";

/// The first visit: what Boussole is, and two ways to start.
pub(super) fn welcome_html(l: Locale) -> String {
    use crate::words::form as words;
    format!(
        concat!(
            r#"<h2 class="bp-welcome-title" id="bp-welcome-title">{title}</h2><p>{text}</p>"#,
            r#"<ul class="bp-starts"><li><button type="button" class="bp-btn bp-btn-primary" data-action="start-blank" aria-describedby="bp-start-blank">{blank}</button>"#,
            r#"<p class="bp-hint" id="bp-start-blank">{blank_hint}</p></li>"#,
            r#"<li><button type="button" class="bp-btn" data-action="start-example" aria-describedby="bp-start-example">{example}</button>"#,
            r#"<p class="bp-hint" id="bp-start-example">{example_hint}</p></li></ul>"#
        ),
        title = page::WELCOME_TITLE.get(l),
        text = page::WELCOME_TEXT.get(l),
        blank = words::START_BLANK.get(l),
        blank_hint = page::START_BLANK_HINT.get(l),
        example = words::START_EXAMPLE.get(l),
        example_hint = page::START_EXAMPLE_HINT.get(l),
    )
}

/// After a replacement rewrote the form, the keyboard goes to the way back (« Revenir au plan
/// précédent »), else to the button of the action that replaced it.
pub(super) fn way_back(action: &str) -> Dom {
    let button = |a: &str| format!("[data-action=\"{a}\"]");
    Dom::Focus(vec![button("restore-previous"), button(action)])
}

/// The selector of the control named `name`.
pub(super) fn control_selector(name: &str) -> String {
    let quoted = name.replace('\\', "\\\\").replace('"', "\\\"");
    format!("[name=\"{quoted}\"]")
}
