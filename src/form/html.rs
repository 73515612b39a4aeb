//! The form as HTML: a toolbar, then three fieldsets (shop, channels, goal).
//!
//! Every control has a `<label for>` (or an `aria-label`), an id derived from its name
//! ([`control_id`]) and an error slot ([`error_slot_id`], class `field-error bp-field-error`)
//! that its `aria-describedby` names. The general slot (`error_slot_id("")`) is the page's.
//! Every text the user typed (labels, ids, values, the currency) is escaped. No inline
//! style, no event handler attribute: the page styles the `bp-` classes (`www/css/form.css`)
//! and listens for `input`, `change` and clicks on `[data-action]`.

use std::fmt::Write;

use super::{
    control_id, error_slot_id, ChannelRow, CostChoice, FormPart, FormState, GoalKind,
    SeasonalityPreset, View, CURRENCIES, MAX_ACTUALS,
};
use crate::model::{ChannelKind, Locale, MilestoneMode, MAX_CHANNELS};
use crate::render::html::escape;

/// `write!` into a `String`, which cannot fail.
macro_rules! w {
    ($dst:expr, $($arg:tt)*) => {{
        let _ = $dst.write_fmt(format_args!($($arg)*));
    }};
}

/// Picks the French or the English text.
fn t(locale: Locale, fr: &'static str, en: &'static str) -> &'static str {
    match locale {
        Locale::Fr => fr,
        Locale::En => en,
    }
}

/// The whole form of the current view as HTML: in the plan view, the toolbar and the three
/// groups (shop, channels, goal); in the review view, the toolbar, the closed quarters and
/// the dashboard exports.
pub fn form_html(state: &FormState) -> String {
    if state.view == View::Review {
        return review_form_html(state);
    }
    let l = state.locale;
    let mut s = String::with_capacity(24_000);
    w!(
        s,
        "<form class=\"bp-form\" data-part=\"whole\" novalidate aria-label=\"{}\" lang=\"{}\">",
        t(l, "Votre plan", "Your plan"),
        l.code()
    );
    toolbar(&mut s, state);
    // The general slot, `error_slot_id("")`, belongs to the page around the form.
    shop(&mut s, state);
    channels(&mut s, state);
    goal(&mut s, state);
    s.push_str("</form>");
    s
}

/// One part of the form as HTML, to replace the element with `data-part="…"`.
pub fn part_html(state: &FormState, part: FormPart) -> String {
    let mut s = String::with_capacity(12_000);
    match part {
        FormPart::Whole => return form_html(state),
        FormPart::Shop => shop(&mut s, state),
        FormPart::Channels => channels(&mut s, state),
        FormPart::Goal => goal(&mut s, state),
        FormPart::Actuals => actuals(&mut s, state),
    }
    s
}

/// The view switch: a tab list (`Plan` / `Revue trimestrielle`), the current view selected.
/// Tab `bp-tab-{view}` controls the panel `bp-panel-{view}`, which the page provides; only
/// the selected tab is in the tab order (the arrow keys move between tabs).
pub fn tabs_html(state: &FormState) -> String {
    let l = state.locale;
    let mut s = String::with_capacity(600);
    for (view, label) in [
        (View::Plan, t(l, "Plan", "Plan")),
        (
            View::Review,
            t(l, "Revue trimestrielle", "Quarterly review"),
        ),
    ] {
        let selected = view == state.view;
        let code = view.code();
        w!(
            s,
            "<button type=\"button\" role=\"tab\" class=\"bp-tab\" id=\"bp-tab-{code}\" \
             aria-selected=\"{selected}\" aria-controls=\"bp-panel-{code}\" tabindex=\"{}\" \
             data-action=\"view-{code}\">{label}</button>",
            if selected { "0" } else { "-1" }
        );
    }
    s
}

fn review_form_html(state: &FormState) -> String {
    let l = state.locale;
    let mut s = String::with_capacity(16_000);
    w!(
        s,
        "<form class=\"bp-form bp-review-form\" data-part=\"whole\" novalidate aria-label=\"{}\" lang=\"{}\">",
        t(l, "Votre réalisé", "Your actuals"),
        l.code()
    );
    toolbar(&mut s, state);
    actuals(&mut s, state);
    dashboard(&mut s, state);
    s.push_str("</form>");
    s
}

/// The closed quarters: each one's revenue, then each channel's sessions, orders and spend.
fn actuals(s: &mut String, state: &FormState) {
    let l = state.locale;
    let money = currency_unit(&state.currency, l);
    let labels = state.quarter_labels();
    s.push_str("<fieldset class=\"bp-group\" data-part=\"actuals\">");
    w!(
        s,
        "<legend>{}</legend><p class=\"bp-hint\">{}</p>",
        t(l, "Trimestres clos", "Closed quarters"),
        t(
            l,
            "À la fin de chaque trimestre du plan, saisissez son chiffre d'affaires réalisé et, si vous les avez, les totaux du trimestre par canal.",
            "At the end of each plan quarter, enter the revenue it made and, if you have them, each channel's totals for the quarter."
        )
    );
    let n = state.actuals.len();
    if n > 0 {
        s.push_str("<ol class=\"bp-quarters\">");
    }
    for (i, q) in state.actuals.iter().enumerate() {
        w!(
            s,
            "<li class=\"bp-quarter\"><fieldset class=\"bp-sub\"><legend>{}</legend><div class=\"bp-grid\">",
            escape(&labels[i])
        );
        number_field(
            s,
            Num::new(
                format!("actuals[{i}].revenue"),
                t(l, "CA réalisé du trimestre", "Revenue of the quarter"),
                &q.revenue,
            )
            .unit(money.clone()),
            l,
        );
        s.push_str("</div>");
        w!(
            s,
            "<p class=\"bp-hint bp-quarter-hint\">{}</p>",
            t(
                l,
                "Par canal, sur le trimestre (facultatif)\u{a0}:",
                "By channel, over the quarter (optional):"
            )
        );
        for (k, c) in state.channels.iter().enumerate() {
            let figures = q.channels.get(&c.id);
            let get =
                |f: fn(&super::ChannelFigures) -> &String| figures.map_or("", |x| f(x).as_str());
            let label = c.label.trim();
            w!(
                s,
                "<fieldset class=\"bp-sub bp-quarter-channel\" data-id=\"{}\"><legend>{}</legend><div class=\"bp-grid bp-grid-3\">",
                escape(&c.id),
                if label.is_empty() {
                    format!("{} {}", t(l, "Canal", "Channel"), k + 1)
                } else {
                    escape(label)
                }
            );
            let name = |key: &str| format!("actuals[{i}].channels[{k}].{key}");
            number_field(
                s,
                Num::new(
                    name("sessions"),
                    t(l, "Sessions", "Sessions"),
                    get(|f| &f.sessions),
                )
                .defaulted(),
                l,
            );
            number_field(
                s,
                Num::new(
                    name("orders"),
                    t(l, "Commandes", "Orders"),
                    get(|f| &f.orders),
                )
                .defaulted(),
                l,
            );
            number_field(
                s,
                Num::new(name("spend"), t(l, "Dépenses", "Spend"), get(|f| &f.spend))
                    .defaulted()
                    .unit(money.clone()),
                l,
            );
            s.push_str("</div></fieldset>");
        }
        s.push_str("</fieldset></li>");
    }
    if n > 0 {
        s.push_str("</ol>");
    } else {
        w!(
            s,
            "<p class=\"bp-empty\">{}</p>",
            t(
                l,
                "Aucun trimestre clos pour l'instant.",
                "No closed quarter yet."
            )
        );
    }
    w!(
        s,
        "<p class=\"field-error bp-field-error bp-group-error\" id=\"{}\" aria-live=\"off\"></p>",
        error_slot_id("actuals")
    );
    s.push_str("<div class=\"bp-row-actions bp-quarter-actions\">");
    let add = match labels.get(n) {
        Some(next) => format!("{} {}", t(l, "Clore", "Close"), escape(next)),
        None => t(l, "Les 4 trimestres sont clos", "All 4 quarters are closed").to_string(),
    };
    w!(
        s,
        "<button type=\"button\" class=\"bp-btn\" data-action=\"add-quarter\"{}>{add}</button>",
        if n >= MAX_ACTUALS { " disabled" } else { "" }
    );
    let remove = match n.checked_sub(1).and_then(|i| labels.get(i)) {
        Some(last) => format!("{} {}", t(l, "Rouvrir", "Reopen"), escape(last)),
        None => t(l, "Rouvrir le dernier trimestre", "Reopen the last quarter").to_string(),
    };
    w!(
        s,
        "<button type=\"button\" class=\"bp-btn\" data-action=\"remove-quarter\"{}>{remove}</button>",
        if n == 0 { " disabled" } else { "" }
    );
    s.push_str("</div></fieldset>");
}

/// What a dashboard needs: the alert rules as CSV, the OKR as text or Markdown.
fn dashboard(s: &mut String, state: &FormState) {
    let l = state.locale;
    w!(
        s,
        "<fieldset class=\"bp-group\" data-part=\"dashboard\"><legend>{}</legend><p class=\"bp-hint\">{}</p><div class=\"bp-actions bp-dashboard-actions\">",
        t(l, "Tableau de bord", "Dashboard"),
        t(
            l,
            "Les seuils d'alerte du plan, à suivre dans Looker Studio, Power BI ou un tableur, et les OKR à partager.",
            "The plan's alert thresholds, to watch in Looker Studio, Power BI or a spreadsheet, and the OKR to share."
        )
    );
    let buttons = [
        (
            "export-alert-rules",
            t(
                l,
                "Exporter les règles d'alerte (CSV)",
                "Export the alert rules (CSV)",
            ),
        ),
        (
            "copy-okr-text",
            t(l, "Copier les OKR (texte)", "Copy the OKR (text)"),
        ),
        (
            "copy-okr-markdown",
            t(l, "Copier les OKR (Markdown)", "Copy the OKR (Markdown)"),
        ),
    ];
    for (action, label) in buttons {
        w!(
            s,
            "<button type=\"button\" class=\"bp-btn\" data-action=\"{action}\">{label}</button>"
        );
    }
    s.push_str("</div></fieldset>");
}

fn toolbar(s: &mut String, state: &FormState) {
    let l = state.locale;
    s.push_str("<div class=\"bp-toolbar\">");
    let locales = [("fr", "Français"), ("en", "English")];
    select(
        s,
        "locale",
        t(l, "Langue", "Language"),
        &locales.map(|(v, x)| (v.to_string(), x.to_string())),
        l.code(),
        None,
        "bp-field bp-field-inline",
    );
    let mut currencies: Vec<(String, String)> = CURRENCIES
        .iter()
        .map(|c| (c.to_string(), c.to_string()))
        .collect();
    if !CURRENCIES.contains(&state.currency.as_str()) {
        currencies.push((state.currency.clone(), state.currency.clone()));
    }
    select(
        s,
        "currency",
        t(l, "Devise", "Currency"),
        &currencies,
        &state.currency,
        None,
        "bp-field bp-field-inline",
    );
    s.push_str("<div class=\"bp-actions\">");
    let buttons = [
        ("copy-link", t(l, "Copier le lien", "Copy link")),
        ("reset", t(l, "Réinitialiser", "Reset")),
        ("export-json", t(l, "Exporter (JSON)", "Export (JSON)")),
        ("import-json", t(l, "Importer (JSON)", "Import (JSON)")),
        (
            "export-csv",
            t(l, "Exporter les objectifs (CSV)", "Export targets (CSV)"),
        ),
        ("print", t(l, "Imprimer", "Print")),
    ];
    for (action, label) in buttons {
        w!(
            s,
            "<button type=\"button\" class=\"bp-btn\" data-action=\"{action}\">{label}</button>"
        );
    }
    s.push_str("</div></div>");
}

/// The symbol shown next to money fields.
fn currency_unit(code: &str, locale: Locale) -> String {
    match (code, locale) {
        ("EUR", _) => "€".into(),
        ("USD", Locale::En) => "$".into(),
        ("USD", Locale::Fr) => "$ US".into(),
        ("GBP", _) => "£".into(),
        ("CAD", Locale::En) => "CA$".into(),
        ("CAD", Locale::Fr) => "$ CA".into(),
        ("JPY", _) => "¥".into(),
        (other, _) => other.into(),
    }
}

/// What a number field shows and says about itself.
struct Num<'a> {
    name: String,
    label: String,
    value: &'a str,
    unit: Option<String>,
    hint: Option<&'static str>,
    required: bool,
    optional: bool,
    /// `text` where a minus sign must be reachable on phones' keypads.
    inputmode: &'static str,
}

impl<'a> Num<'a> {
    fn new(name: impl Into<String>, label: impl Into<String>, value: &'a str) -> Self {
        Num {
            name: name.into(),
            label: label.into(),
            value,
            unit: None,
            hint: None,
            required: true,
            optional: false,
            inputmode: "decimal",
        }
    }
    fn unit(mut self, unit: impl Into<String>) -> Self {
        self.unit = Some(unit.into());
        self
    }
    fn hint(mut self, hint: &'static str) -> Self {
        self.hint = Some(hint);
        self
    }
    /// Blank means the contract's default: neither required nor marked optional.
    fn defaulted(mut self) -> Self {
        self.required = false;
        self
    }
    /// Blank means "none": marked optional.
    fn optional(mut self) -> Self {
        self.required = false;
        self.optional = true;
        self
    }
}

fn optional_mark(locale: Locale) -> &'static str {
    t(locale, "(facultatif)", "(optional)")
}

/// `aria-describedby` ids: the error slot first, then the unit and the hint.
fn described_by(name: &str, unit: bool, hint: bool) -> String {
    let id = control_id(name);
    let mut d = error_slot_id(name);
    if unit {
        w!(d, " {id}-unit");
    }
    if hint {
        w!(d, " {id}-hint");
    }
    d
}

fn number_field(s: &mut String, f: Num, locale: Locale) {
    let id = control_id(&f.name);
    w!(
        s,
        "<div class=\"bp-field\"><label for=\"{id}\">{}",
        escape(&f.label)
    );
    if f.optional {
        w!(
            s,
            " <span class=\"bp-optional\">{}</span>",
            optional_mark(locale)
        );
    }
    s.push_str("</label><span class=\"bp-input\">");
    w!(
        s,
        "<input type=\"text\" inputmode=\"{}\" autocomplete=\"off\" spellcheck=\"false\" \
         id=\"{id}\" name=\"{}\" value=\"{}\" aria-describedby=\"{}\"{}>",
        f.inputmode,
        escape(&f.name),
        escape(f.value),
        described_by(&f.name, f.unit.is_some(), f.hint.is_some()),
        if f.required {
            " aria-required=\"true\""
        } else {
            ""
        }
    );
    if let Some(unit) = &f.unit {
        w!(
            s,
            "<span class=\"bp-unit\" id=\"{id}-unit\">{}</span>",
            escape(unit)
        );
    }
    s.push_str("</span>");
    if let Some(hint) = f.hint {
        w!(s, "<span class=\"bp-hint\" id=\"{id}-hint\">{hint}</span>");
    }
    error_slot(s, &f.name);
    s.push_str("</div>");
}

fn error_slot(s: &mut String, name: &str) {
    w!(
        s,
        "<p class=\"field-error bp-field-error\" id=\"{}\" aria-live=\"off\"></p>",
        error_slot_id(name)
    );
}

fn select(
    s: &mut String,
    name: &str,
    label: &str,
    options: &[(String, String)],
    selected: &str,
    hint: Option<&str>,
    class: &str,
) {
    let id = control_id(name);
    w!(
        s,
        "<div class=\"{class}\"><label for=\"{id}\">{}</label>",
        escape(label)
    );
    w!(
        s,
        "<select id=\"{id}\" name=\"{}\" aria-describedby=\"{}\">",
        escape(name),
        described_by(name, false, hint.is_some())
    );
    for (value, text) in options {
        w!(
            s,
            "<option value=\"{}\"{}>{}</option>",
            escape(value),
            if value == selected { " selected" } else { "" },
            escape(text)
        );
    }
    s.push_str("</select>");
    if let Some(hint) = hint {
        w!(
            s,
            "<span class=\"bp-hint\" id=\"{id}-hint\">{}</span>",
            escape(hint)
        );
    }
    error_slot(s, name);
    s.push_str("</div>");
}

fn options(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(v, x)| (v.to_string(), x.to_string()))
        .collect()
}

fn shop(s: &mut String, state: &FormState) {
    let l = state.locale;
    let money = currency_unit(&state.currency, l);
    s.push_str("<fieldset class=\"bp-group\" data-part=\"shop\">");
    w!(
        s,
        "<legend>{}</legend><div class=\"bp-grid\">",
        t(l, "Votre boutique", "Your shop")
    );
    number_field(
        s,
        Num::new(
            "averageOrderValue",
            t(l, "Panier moyen", "Average order value"),
            &state.average_order_value,
        )
        .unit(money.clone()),
        l,
    );
    number_field(
        s,
        Num::new(
            "grossMarginRate",
            t(l, "Taux de marge brute", "Gross margin rate"),
            &state.gross_margin_rate,
        )
        .unit("%")
        .hint(t(
            l,
            "Ce qui reste de chaque vente après produits, livraison et frais.",
            "What is left of each sale after goods, shipping and fees.",
        )),
        l,
    );
    number_field(
        s,
        Num::new(
            "ordersPerCustomer",
            t(
                l,
                "Commandes par client sur 12 mois",
                "Orders per customer in 12 months",
            ),
            &state.orders_per_customer,
        )
        .defaulted()
        .hint(t(l, "Si vide\u{a0}: 1.", "If blank: 1.")),
        l,
    );
    let mut past = Num::new(
        "pastGrowthRate",
        t(
            l,
            "Croissance des 12 derniers mois",
            "Growth over the last 12 months",
        ),
        &state.past_growth_rate,
    )
    .optional()
    .unit("%");
    past.inputmode = "text";
    number_field(s, past, l);
    number_field(
        s,
        Num::new(
            "cartAbandonmentRate",
            t(l, "Taux d'abandon de panier", "Cart abandonment rate"),
            &state.cart_abandonment_rate,
        )
        .optional()
        .unit("%"),
        l,
    );
    let presets = options(&[
        (
            "flat",
            t(l, "Aucune (ventes stables)", "None (steady sales)"),
        ),
        (
            "holidays",
            t(l, "Pic des fêtes (T4 fort)", "Holiday peak (strong Q4)"),
        ),
        (
            "summer",
            t(l, "Pic estival (T3 fort)", "Summer peak (strong Q3)"),
        ),
        ("custom", t(l, "Personnalisée", "Custom")),
    ]);
    select(
        s,
        "seasonalityPreset",
        t(l, "Saisonnalité", "Seasonality"),
        &presets,
        state.seasonality_preset.code(),
        None,
        "bp-field",
    );
    s.push_str("</div>");
    if state.seasonality_preset == SeasonalityPreset::Custom {
        w!(
            s,
            "<fieldset class=\"bp-sub\"><legend>{}</legend><div class=\"bp-grid bp-grid-4\">",
            t(
                l,
                "Poids des trimestres civils (1 = un trimestre moyen)",
                "Weights of the calendar quarters (1 = an average quarter)"
            )
        );
        let names_fr = [
            "T1 (janv.–mars)",
            "T2 (avr.–juin)",
            "T3 (juil.–sept.)",
            "T4 (oct.–déc.)",
        ];
        let names_en = [
            "Q1 (Jan–Mar)",
            "Q2 (Apr–Jun)",
            "Q3 (Jul–Sep)",
            "Q4 (Oct–Dec)",
        ];
        for i in 0..4 {
            let label = if l == Locale::Fr {
                names_fr[i]
            } else {
                names_en[i]
            };
            number_field(
                s,
                Num::new(format!("seasonality[{i}]"), label, &state.seasonality[i]),
                l,
            );
        }
        s.push_str("</div></fieldset>");
    }
    s.push_str("</fieldset>");
}

fn kind_name(kind: ChannelKind, l: Locale) -> &'static str {
    match kind {
        ChannelKind::Seo => t(l, "SEO (naturel)", "SEO (organic)"),
        ChannelKind::Sea => t(l, "SEA (payant)", "Paid search"),
        ChannelKind::Social => t(l, "Réseaux sociaux", "Social media"),
        ChannelKind::Email => t(l, "Emailing", "Email"),
        ChannelKind::Other => t(l, "Autre", "Other"),
    }
}

fn channels(s: &mut String, state: &FormState) {
    let l = state.locale;
    s.push_str("<fieldset class=\"bp-group\" data-part=\"channels\">");
    w!(
        s,
        "<legend>{}</legend><p class=\"bp-hint\">{}</p>",
        t(l, "Vos canaux", "Your channels"),
        t(
            l,
            "Le trafic et la conversion d'aujourd'hui, canal par canal (12 au plus).",
            "Today's traffic and conversion, channel by channel (12 at most)."
        )
    );
    let n = state.channels.len();
    s.push_str("<ol class=\"bp-channels\">");
    for (i, row) in state.channels.iter().enumerate() {
        channel_row(s, state, i, row, n);
    }
    s.push_str("</ol>");
    w!(
        s,
        "<p class=\"field-error bp-field-error bp-group-error\" id=\"{}\" aria-live=\"off\"></p>",
        error_slot_id("channels")
    );
    w!(
        s,
        "<button type=\"button\" class=\"bp-btn bp-add\" data-action=\"add-channel\"{}>{}</button>",
        if n >= MAX_CHANNELS { " disabled" } else { "" },
        t(l, "Ajouter un canal", "Add a channel")
    );
    s.push_str("</fieldset>");
}

fn channel_row(s: &mut String, state: &FormState, i: usize, row: &ChannelRow, n: usize) {
    let l = state.locale;
    let money = currency_unit(&state.currency, l);
    let name = |k: &str| format!("channels[{i}].{k}");
    w!(
        s,
        "<li class=\"bp-channel\" data-id=\"{}\"><fieldset class=\"bp-sub\">",
        escape(&row.id)
    );
    w!(
        s,
        "<legend>{} {}</legend><div class=\"bp-grid bp-channel-grid\">",
        t(l, "Canal", "Channel"),
        i + 1
    );
    // Name first: it is what people recognise a row by.
    let label_name = name("label");
    let id = control_id(&label_name);
    w!(
        s,
        "<div class=\"bp-field\"><label for=\"{id}\">{}</label><span class=\"bp-input\">\
         <input type=\"text\" autocomplete=\"off\" spellcheck=\"false\" maxlength=\"60\" \
         id=\"{id}\" name=\"{}\" value=\"{}\" aria-describedby=\"{}\" aria-required=\"true\">\
         </span>",
        t(l, "Nom", "Name"),
        escape(&label_name),
        escape(&row.label),
        described_by(&label_name, false, false)
    );
    error_slot(s, &label_name);
    s.push_str("</div>");
    let kinds: Vec<(String, String)> = ChannelKind::ALL
        .iter()
        .map(|k| (k.code().to_string(), kind_name(*k, l).to_string()))
        .collect();
    select(
        s,
        &name("kind"),
        t(l, "Type", "Kind"),
        &kinds,
        row.kind.code(),
        None,
        "bp-field",
    );
    number_field(
        s,
        Num::new(
            name("sessionsPerMonth"),
            t(l, "Sessions", "Sessions"),
            &row.sessions_per_month,
        )
        .unit(t(l, "sessions / mois", "sessions / month")),
        l,
    );
    number_field(
        s,
        Num::new(
            name("conversionRate"),
            t(l, "Taux de conversion", "Conversion rate"),
            &row.conversion_rate,
        )
        .unit("%"),
        l,
    );
    number_field(
        s,
        Num::new(
            name("averageOrderValue"),
            t(l, "Panier moyen du canal", "Channel average order value"),
            &row.average_order_value,
        )
        .optional()
        .unit(money.clone())
        .hint(t(
            l,
            "Si vide\u{a0}: celui de la boutique.",
            "If blank: the shop's.",
        )),
        l,
    );
    number_field(
        s,
        Num::new(
            name("goalShare"),
            t(l, "Part de l'objectif", "Share of the goal"),
            &row.goal_share,
        )
        .optional()
        .unit("%")
        .hint(t(
            l,
            "Si vide\u{a0}: au prorata du CA actuel. Sinon, une part pour chaque canal, 100\u{202f}% en tout.",
            "If blank: in proportion to current revenue. Otherwise one share per channel, 100% in all.",
        )),
        l,
    );
    let costs = options(&[
        ("none", t(l, "Aucun", "None")),
        ("perClick", t(l, "Au clic (CPC)", "Per click (CPC)")),
        ("monthly", t(l, "Budget mensuel", "Monthly budget")),
    ]);
    select(
        s,
        &name("cost.model"),
        t(
            l,
            "Coût de l'effort supplémentaire",
            "Cost of the extra effort",
        ),
        &costs,
        row.cost_model.code(),
        None,
        "bp-field",
    );
    match row.cost_model {
        CostChoice::None => {}
        CostChoice::PerClick => number_field(
            s,
            Num::new(
                name("cost.costPerClick"),
                t(l, "Coût par clic", "Cost per click"),
                &row.cost_per_click,
            )
            .unit(money.clone()),
            l,
        ),
        CostChoice::Monthly => number_field(
            s,
            Num::new(
                name("cost.amount"),
                t(l, "Dépense mensuelle supplémentaire", "Extra monthly spend"),
                &row.cost_amount,
            )
            .unit(format!("{money} {}", t(l, "/ mois", "/ month"))),
            l,
        ),
    }
    s.push_str("</div><div class=\"bp-row-actions\">");
    let label = escape(row.label.trim());
    let (open, close) = match l {
        Locale::Fr => ("«\u{00A0}", "\u{00A0}»"),
        Locale::En => ("“", "”"),
    };
    let buttons = [
        (
            "move-channel-up",
            t(l, "Monter le canal", "Move up channel"),
            "↑",
            i == 0,
        ),
        (
            "move-channel-down",
            t(l, "Descendre le canal", "Move down channel"),
            "↓",
            i + 1 >= n,
        ),
        (
            "remove-channel",
            t(l, "Supprimer le canal", "Remove channel"),
            t(l, "Supprimer", "Remove"),
            n <= 1,
        ),
    ];
    for (action, aria, text, disabled) in buttons {
        w!(
            s,
            "<button type=\"button\" class=\"bp-btn bp-btn-small\" data-action=\"{action}\" \
             data-index=\"{i}\" aria-label=\"{aria} {open}{label}{close}\"{}>{text}</button>",
            if disabled { " disabled" } else { "" }
        );
    }
    s.push_str("</div></fieldset></li>");
}

fn goal(s: &mut String, state: &FormState) {
    let l = state.locale;
    let money = currency_unit(&state.currency, l);
    s.push_str("<fieldset class=\"bp-group\" data-part=\"goal\">");
    w!(
        s,
        "<legend>{}</legend><div class=\"bp-grid\">",
        t(l, "Votre objectif", "Your goal")
    );
    let kinds = options(&[
        (
            "growthRate",
            t(l, "Une croissance (%)", "A growth rate (%)"),
        ),
        (
            "extraRevenue",
            t(l, "Un CA supplémentaire", "An extra revenue"),
        ),
        (
            "targetRevenue",
            t(l, "Un CA à atteindre", "A revenue to reach"),
        ),
    ]);
    select(
        s,
        "goal.kind",
        t(l, "Objectif exprimé en", "Goal given as"),
        &kinds,
        state.goal_kind.code(),
        None,
        "bp-field",
    );
    let value_name = format!("goal.{}", state.goal_kind.code());
    let value = match state.goal_kind {
        GoalKind::GrowthRate => Num::new(
            value_name,
            t(
                l,
                "Croissance visée sur 12 mois",
                "Growth goal over 12 months",
            ),
            state.goal_text(),
        )
        .unit("%"),
        GoalKind::ExtraRevenue => Num::new(
            value_name,
            t(
                l,
                "CA supplémentaire visé sur 12 mois",
                "Extra revenue goal over 12 months",
            ),
            state.goal_text(),
        )
        .unit(money.clone()),
        GoalKind::TargetRevenue => Num::new(
            value_name,
            t(l, "CA visé sur 12 mois", "Target revenue over 12 months"),
            state.goal_text(),
        )
        .unit(money.clone())
        .hint(t(
            l,
            "Doit dépasser le CA actuel des canaux.",
            "Must exceed the channels' current revenue.",
        )),
    };
    number_field(s, value, l);
    w!(
        s,
        "<p class=\"field-error bp-field-error bp-group-error\" id=\"{}\" aria-live=\"off\"></p>",
        error_slot_id("goal")
    );
    // Years around the plan's start (the page has no clock here).
    let year: i32 = state.start_year.trim().parse().unwrap_or(2027);
    let first = (year.min(2100) - 3).max(2000);
    let mut years: Vec<(String, String)> = (first..=(first + 9).min(2100))
        .map(|y| (y.to_string(), y.to_string()))
        .collect();
    if !years.iter().any(|(v, _)| v == &state.start_year) {
        years.insert(0, (state.start_year.clone(), state.start_year.clone()));
    }
    select(
        s,
        "start.year",
        t(l, "Année de début", "Start year"),
        &years,
        &state.start_year,
        None,
        "bp-field",
    );
    let quarters = options(&[
        ("1", t(l, "T1 (janv.–mars)", "Q1 (Jan–Mar)")),
        ("2", t(l, "T2 (avr.–juin)", "Q2 (Apr–Jun)")),
        ("3", t(l, "T3 (juil.–sept.)", "Q3 (Jul–Sep)")),
        ("4", t(l, "T4 (oct.–déc.)", "Q4 (Oct–Dec)")),
    ]);
    select(
        s,
        "start.quarter",
        t(l, "Trimestre de début", "Start quarter"),
        &quarters,
        state.start_quarter.trim(),
        None,
        "bp-field",
    );
    let modes = options(&[
        (
            "ramp",
            t(l, "Montée en charge progressive", "Gradual ramp-up"),
        ),
        (
            "even",
            t(
                l,
                "Régulière (même croissance chaque trimestre)",
                "Even (the same growth every quarter)",
            ),
        ),
        (
            "compound",
            t(
                l,
                "Composée (croissance qui s'accélère)",
                "Compound (growth that builds up)",
            ),
        ),
    ]);
    let mode = match state.milestone_mode {
        MilestoneMode::Ramp => "ramp",
        MilestoneMode::Even => "even",
        MilestoneMode::Compound => "compound",
    };
    select(
        s,
        "milestones.mode",
        t(l, "Paliers trimestriels", "Quarterly milestones"),
        &modes,
        mode,
        None,
        "bp-field",
    );
    s.push_str("</div>");
    if state.milestone_mode == MilestoneMode::Ramp {
        w!(
            s,
            "<fieldset class=\"bp-sub\"><legend>{}</legend><div class=\"bp-grid bp-grid-4\">",
            t(
                l,
                "Poids de la montée en charge, par trimestre du plan",
                "Ramp-up weights, by plan quarter"
            )
        );
        for i in 0..4 {
            let label = match l {
                Locale::Fr => format!("Trimestre {}", i + 1),
                Locale::En => format!("Quarter {}", i + 1),
            };
            number_field(
                s,
                Num::new(
                    format!("milestones.rampWeights[{i}]"),
                    label,
                    &state.ramp_weights[i],
                ),
                l,
            );
        }
        s.push_str("</div></fieldset>");
    }
    w!(
        s,
        "<fieldset class=\"bp-sub\"><legend>{}</legend><div class=\"bp-grid\">",
        t(l, "Rentabilité et scénarios", "Profitability and scenarios")
    );
    number_field(
        s,
        Num::new(
            "targetLtvToCac",
            t(l, "Ratio LTV:CAC visé", "Target LTV:CAC ratio"),
            &state.target_ltv_to_cac,
        )
        .defaulted()
        .hint(t(
            l,
            "Valeur client sur 12 mois / coût d'acquisition. Si vide\u{a0}: 3.",
            "12-month customer value / acquisition cost. If blank: 3.",
        )),
        l,
    );
    number_field(
        s,
        Num::new(
            "marketingBudget",
            t(l, "Budget marketing annuel", "Annual marketing budget"),
            &state.marketing_budget,
        )
        .optional()
        .unit(format!("{money} {}", t(l, "/ an", "/ year"))),
        l,
    );
    number_field(
        s,
        Num::new(
            "scenarios.prudent",
            t(l, "Scénario prudent", "Prudent scenario"),
            &state.prudent,
        )
        .defaulted()
        .unit("%")
        .hint(t(
            l,
            "Part de l'effort qui porte ses fruits. Si vide\u{a0}: 80\u{202f}%.",
            "Share of the effort that pays off. If blank: 80%.",
        )),
        l,
    );
    number_field(
        s,
        Num::new(
            "scenarios.ambitious",
            t(l, "Scénario ambitieux", "Ambitious scenario"),
            &state.ambitious,
        )
        .defaulted()
        .unit("%")
        .hint(t(l, "Si vide\u{a0}: 120\u{202f}%.", "If blank: 120%.")),
        l,
    );
    number_field(
        s,
        Num::new(
            "alertTolerance",
            t(l, "Tolérance des alertes", "Alert tolerance"),
            &state.alert_tolerance,
        )
        .defaulted()
        .unit("%")
        .hint(t(
            l,
            "Écart toléré avant d'alerter. Si vide\u{a0}: 10\u{202f}%.",
            "Gap allowed before an alert. If blank: 10%.",
        )),
        l,
    );
    s.push_str("</div></fieldset></fieldset>");
}
