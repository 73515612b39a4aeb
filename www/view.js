// The planner's templates: they draw the views the Rust side sends (src/view.rs) with
// lit-html, which keeps each template's DOM and, on the next view, touches only the text and
// attributes whose value changed. Repeated items (sections, channels, rows, objectives, notes)
// are keyed, so an edit that moves or removes one never rewrites its neighbours.
//
// Every string arrives already in the visitor's language and every number already formatted:
// nothing here words or computes. Text is bound as text (never as HTML), and no template
// assigns `innerHTML`, so a host page with Trusted Types works.
import { html, svg, render, nothing } from 'lit-html';
export { render };
// A first visit's screen as the engine draws it, written by the build (scripts/first-visit.mjs).
export { default as firstVisit } from './pkg/first-visit.json';
import { repeat } from 'lit-html/directives/repeat.js';
import { live } from 'lit-html/directives/live.js';

const or = (value) => value ?? nothing;

const badge = (b) => b ? html`<span class="bp-badge bp-${b.tone}" data-testid=${or(b.testid)} data-value=${or(b.value)}>${b.word}</span>` : '—';

const goTo = (g) => g ? html` <button type="button" class="bp-link" data-action="go-to" data-target=${g.field}>${g.label}</button>` : nothing;

const figure = (f) => html`<div class="bp-kpi"><dt>${f.label}</dt>${f.badge
  ? html`<dd class="bp-kpi-value">${badge(f.badge)}</dd>`
  : html`<dd class="bp-kpi-value bp-num" data-testid=${or(f.testid)} data-value=${or(f.value)} ?data-wrap=${f.wrap}>${f.text}</dd>`}${f.hint ? html`<dd class="bp-hint">${f.hint}</dd>` : nothing}</div>`;

const figures = (b) => html`<dl class="bp-kpis" data-testid=${or(b.testid)}>${b.items.map(figure)}</dl>`;

/** `a → b`, the arrow read aloud as a word (` à `, ` to `). */
const arrow = (said) => html`<span aria-hidden="true"> → </span><span class="bp-sr">${said}</span>`;

/** A cell's value: in a table `<td>`/`<th>`, in a card `<dd>`. */
function cell(c, card) {
  switch (c.kind) {
    case 'head':
      return card ? html`<dd>${c.text}</dd>` : html`<th scope="row">${c.text}</th>`;
    case 'text':
      return card ? html`<dd>${c.text}</dd>` : html`<td>${c.text}</td>`;
    case 'note':
      return html`<td colspan=${c.span} class="bp-note">${c.text}</td>`;
    case 'change':
      return card ? html`<dd class="bp-num">${c.from}${arrow(c.said)}${c.to}</dd>` : html`<td class="bp-num">${c.from}${arrow(c.said)}${c.to}</td>`;
    case 'badge':
      return card ? html`<dd>${badge(c.badge)}</dd>` : html`<td>${badge(c.badge)}</td>`;
    default: {
      const cls = `bp-num${c.negative ? ' bp-negative' : ''}${c.flag ? ' bp-off' : ''}`;
      const flag = c.flag ? html` ${badge(c.flag)}` : nothing;
      return card ? html`<dd class=${cls}>${c.text}${flag}</dd>` : html`<td class=${cls}>${c.text}${flag}</td>`;
    }
  }
}

const row = (r) => html`<tr class=${or(r.class)} data-id=${or(r.id)} data-month=${or(r.month)} data-status=${or(r.status)} data-verdict=${or(r.verdict)}>${r.cells.map((c) => cell(c, false))}</tr>`;

const rows = (list) => repeat(list, (r) => r.key, row);

const table = (t) => html`<div class="bp-scroll" role="region" tabindex="0" aria-label=${t.caption}><table class="bp-table" data-testid=${t.testid}><caption>${t.caption}</caption><thead><tr>${t.columns.map((c) => html`<th scope="col" class=${c.figures ? 'bp-num' : nothing}>${c.title}</th>`)}</tr></thead><tbody>${rows(t.rows)}</tbody>${t.footer?.length ? html`<tfoot>${rows(t.footer)}</tfoot>` : nothing}</table></div>`;

const named = ([name, c]) => html`<div><dt>${name}</dt>${cell(c, true)}</div>`;

const card = (details) => (c) => html`<li class=${c.class ? `bp-card ${c.class}` : 'bp-card'} data-id=${or(c.id)} data-verdict=${or(c.verdict)}><h3 class="bp-card-title"><span>${c.title}</span>${c.status ? html` ${badge(c.status)}` : nothing}</h3><dl class="bp-card-figures">${c.figures.map(named)}</dl>${c.details?.length ? html`<details class="bp-card-details"><summary>${details}</summary><dl class="bp-card-figures">${c.details.map(named)}</dl></details>` : nothing}</li>`;

const cards = (b) => html`<ul class="bp-cards" data-testid=${b.testid} aria-label=${b.caption}>${repeat(b.items, (c) => c.key, card(b.details))}</ul>`;

function shape(s) {
  switch (s.shape) {
    case 'rect':
      return svg`<rect class=${s.class} x=${s.x} y=${s.y} width=${s.width} height=${s.height}>${s.tip ? svg`<title>${s.tip}</title>` : nothing}</rect>`;
    case 'line':
      return svg`<line class=${s.class} x1=${s.x1} y1=${s.y1} x2=${s.x2} y2=${s.y2}></line>`;
    case 'text':
      return svg`<text class=${s.class} x=${s.x} y=${s.y} text-anchor=${or(s.anchor)} dominant-baseline=${s.middle ? 'middle' : nothing} data-axis=${or(s.axis)}>${s.text}</text>`;
    case 'path':
      return svg`<path class=${s.class} d=${s.d}></path>`;
    default:
      return svg`<circle class=${s.class} data-point=${or(s.point)} cx=${s.cx} cy=${s.cy} r=${s.r}><title>${s.tip}</title></circle>`;
  }
}

// A response curve carries its test id on the figure (with its caption and notes), a bar
// chart on the drawing.
const chart = (c) => html`<figure class=${c.class ? `bp-figure ${c.class}` : 'bp-figure'} data-testid=${c.class ? or(c.testid) : nothing}>${c.caption ? html`<figcaption>${c.caption}</figcaption>` : nothing}<svg class="bp-chart" xmlns="http://www.w3.org/2000/svg" viewBox=${c.viewBox} role="img" aria-labelledby=${`${c.id}-title`} data-testid=${c.class ? nothing : or(c.testid)} focusable="false"><title id=${`${c.id}-title`}>${c.description}</title>${c.shapes.map(shape)}</svg>${c.legend.length ? html`<ul class="bp-legend">${c.legend.map((l) => html`<li><span class=${`bp-swatch ${l.class}`} aria-hidden="true"></span>${l.name}</li>`)}</ul>` : nothing}${(c.notes ?? []).map((n) => html`<p class="bp-hint">${n}</p>`)}</figure>`;


const objective = (o, i) => html`<li class=${`bp-objective bp-objective-${o.scope}`} data-index=${i}><p class="bp-objective-scope">${o.about}</p><p class="bp-objective-text">${o.text}</p><dl class="bp-checks">${o.checks.map((c) => html`<div class="bp-check"><dt>${c.name}</dt><dd>${badge(c.badge)} <span class="bp-reason">${c.reason}</span></dd></div>`)}</dl>${button(o.copy)}</li>`;

const okr = (o) => html`<div class="bp-okr" data-testid="okr"><h3 id="bp-okr-title">${o.title}</h3><p class="bp-okr-objective"><span class="bp-okr-tag">${o.tag}</span>${o.objective}</p><ol class="bp-key-results" aria-label=${o.keyResultsLabel}>${o.keyResults.map((k) => html`<li>${k}</li>`)}</ol>${button(o.copy)}</div>`;

const hero = (h) => html`<div class="bp-hero"><p class="bp-hero-label">${h.label}</p><p class="bp-hero-value bp-num" data-testid="target-revenue" data-value=${h.target.value}>${h.target.text}</p><p class="bp-hero-path">${h.fromLabel} <span class="bp-num">${h.from}</span>${arrow(h.arrow)}<span class="bp-num">${h.to}</span> <strong class="bp-growth bp-num" data-testid="growth" data-value=${h.growth.value}>${h.growth.text}</strong></p><p class="bp-achievability">${h.goalLabel}${badge(h.reach)} <span class="bp-hint">${h.reason}</span></p></div>`;

const note = (n) => html`<p class="bp-warning" role="note" data-code=${n.code}>${n.text}${goTo(n.goTo)}</p>`;

const step = (n) => html`<li data-code=${n.code}>${n.text}${goTo(n.goTo)}</li>`;

function block(b) {
  switch (b.kind) {
    case 'intro': return html`<p class="bp-intro">${b.text}</p>`;
    case 'hint': return html`<p class="bp-hint">${b.text}</p>`;
    case 'lead': return html`<p class="bp-lead" data-testid=${or(b.testid)}>${b.text}</p>`;
    case 'hero': return hero(b);
    case 'status': return html`<p class="bp-achievability">${b.label}${badge(b.badge)}${b.hint ? html` <span class="bp-hint">${b.hint}</span>` : nothing}</p>`;
    case 'figures': return figures(b);
    case 'table': return table(b);
    case 'cards': return cards(b);
    case 'chart': return chart(b);
    case 'charts': return html`<div class="bp-curves">${repeat(b.items, (c) => c.id, chart)}</div>`;
    case 'steps': return html`<ol class="bp-steps" data-testid=${b.testid}>${repeat(b.items, (n) => n.key, step)}</ol>`;
    case 'notes': return html`<div class="bp-warnings" data-testid=${b.testid}>${repeat(b.items, (n) => n.key, note)}</div>`;
    case 'values': return html`<ul class="bp-lever-values">${b.items.map((v) => html`<li>${v.before}<strong class="bp-num" data-testid=${v.testid}>${v.figure}</strong>${v.after}</li>`)}</ul>`;
    case 'actions': return html`<div class=${b.class}>${b.items.map(button)}</div>`;
    case 'objectives': return html`<ol class="bp-objectives" data-testid="objectives">${repeat(b.items, (o) => o.key, objective)}</ol>`;
    case 'okr': return okr(b);
    default: return nothing;
  }
}

const section = (s) => html`<section class="bp-section" id=${`bp-${s.id}`} aria-labelledby=${`bp-${s.id}-title`}><h2 id=${`bp-${s.id}-title`}>${s.title}</h2>${s.blocks.map(block)}</section>`;

const printHeader = (p) => html`<header class="bp-print-header" data-testid="print-header"><h1 class="bp-print-title">${p.title}</h1><p class="bp-print-when">${p.printedOn} <span class="bp-print-date"></span></p>${p.inputs ? html`<h2 class="bp-print-subtitle">${p.inputs.title}</h2><dl class="bp-print-inputs">${p.inputs.figures.map(([name, value]) => html`<div><dt>${name}</dt><dd class="bp-num">${value}</dd></div>`)}</dl><table class="bp-table bp-print-channels" data-testid="print-channels"><thead><tr>${p.inputs.channels.columns.map((c) => html`<th scope="col" class=${c.figures ? 'bp-num' : nothing}>${c.title}</th>`)}</tr></thead><tbody>${rows(p.inputs.channels.rows)}</tbody></table>` : nothing}</header>`;

const glossary = (g) => html`<details class="bp-glossary"><summary>${g.title}</summary><dl>${g.items.map(([term, meaning]) => html`<div><dt>${term}</dt><dd>${meaning}</dd></div>`)}</dl></details>`;

/** A plan's or a review's results; nothing before the first plan. */
const results = (r) => r.sections.length || r.testid
  ? html`<div class=${r.kind === 'review' ? 'bp-review' : 'bp-plan'} lang=${r.lang} data-testid=${or(r.testid)}>${r.print ? printHeader(r.print) : nothing}${repeat(r.sections, (s) => s.id, section)}${r.glossary ? glossary(r.glossary) : nothing}</div>`
  : nothing;

/** The plan at a glance, and the way to the full results. */
const glance = (g) => html`<p class="bp-glance-figures"><span>${g.goal.label} <strong class="bp-num" data-testid="glance-target" data-value=${g.goal.value}>${g.goal.text}</strong> <span class="bp-num">${g.growth}</span></span> ${badge(g.reach)}${g.paid ? html` <span>${g.paid.cpa.label} <strong class="bp-num">${g.paid.cpa.text}</strong> <span class="bp-num">${g.paid.target}</span></span> <span>${badge(g.paid.feasible)}</span>` : nothing}${g.odds ? html` <span>${g.odds.label} <strong class="bp-num">${g.odds.text}</strong></span>` : nothing}</p><button type="button" class="bp-link" data-action="to-results">${g.toResults}</button>`;

/**
 * The element's frame: its stylesheets, the tabs, the two panels, the form and results slots,
 * the live region and the import's file input. Hidden until its stylesheets have loaded (the
 * element's script shows it), so nobody sees, and no tool checks, the planner unstyled.
 */
export const shell = (styles) => html`${styles.map((href) => html`<link rel="stylesheet" href=${href}>`)}<div class="bp-app" part="app" hidden><button type="button" class="bp-link bp-skip" data-action="skip-to-results"></button><div class="bp-banner" hidden></div><section class="bp-welcome" aria-labelledby="bp-welcome-title" hidden></section><div class="bp-tabs" role="tablist"></div><div class="bp-panel" role="tabpanel" id="bp-panel-plan" aria-labelledby="bp-tab-plan"><div class="bp-view"><div class="bp-form-slot"></div><div class="bp-results-wrap"><button type="button" class="bp-link bp-back" data-action="back-to-field" hidden></button><p class="bp-stale" role="status" hidden></p><div class="bp-summary" hidden></div><p class="bp-field-error bp-general-error" id="bp-err-form"></p><div class="bp-results" data-testid="results" tabindex="-1"></div><section class="bp-share" aria-labelledby="bp-share-title" data-testid="share"></section></div></div></div><div class="bp-panel" role="tabpanel" id="bp-panel-review" aria-labelledby="bp-tab-review" hidden></div><div class="bp-glance" role="region" data-testid="glance" hidden></div><div class="bp-live bp-visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div><p class="bp-toast" aria-hidden="true"></p><input type="file" class="bp-import" accept="application/json,.json" hidden aria-label="JSON"></div>`;

// The form. Error and warning slots are left empty here: the session fills them (and marks
// invalid controls) between draws, and the templates never touch what they do not bind.
// Values are bound to the controls' live value, which typing already holds: a redraw after an
// edit writes nothing, and keeps the caret where it is.
const slots = (c) => html`<p class="field-error bp-field-error" id=${c.error} aria-live="off"></p>${c.warning ? html`<p class="bp-field-warning" id=${c.warning}></p>` : nothing}`;

const link = (r) => html`<span class="bp-hint bp-reference" id=${`${r.id}-ref`}>${r.reference.before}${r.reference.url ? html`<a href=${r.reference.url} target="_blank" rel="noopener noreferrer">${r.reference.source}</a>` : r.reference.source}${r.reference.after}</span>`;

const input = (c) => html`<div class="bp-field"><label for=${c.id} data-tag=${or(c.tag)}>${c.label}${c.optional ? html` <span class="bp-optional">${c.optional}</span>` : nothing}</label><span class="bp-input"><input type="text" inputmode=${or(c.inputmode)} autocomplete="off" spellcheck="false" maxlength=${or(c.maxlength)} id=${c.id} name=${c.name} .value=${live(c.value)} placeholder=${or(c.placeholder)} ?data-example=${c.example} aria-describedby=${c.describedBy} aria-required=${c.required ? 'true' : nothing}>${c.unit ? html`<span class="bp-unit" id=${`${c.id}-unit`}>${c.unit}</span>` : nothing}</span>${c.hint ? html`<span class="bp-hint" id=${`${c.id}-hint`}>${c.hint}</span>` : nothing}${c.reference ? link(c) : nothing}${slots(c)}</div>`;

const select = (c) => html`<div class=${c.class}><label for=${c.id}>${c.label}</label><select id=${c.id} name=${c.name} aria-describedby=${c.describedBy}>${c.options.map(([value, text, selected]) => html`<option value=${value} .selected=${selected}>${text}</option>`)}</select>${slots(c)}</div>`;

const historyBox = (c) => html`<div class="bp-field bp-field-wide"><label for=${c.id}>${c.label} <span class="bp-optional">${c.optional}</span></label><textarea id=${c.id} name=${c.name} rows="4" spellcheck="false" autocomplete="off" aria-describedby=${c.describedBy} .value=${live(c.value)}></textarea><span class="bp-hint" id=${`${c.id}-hint`}>${c.hint}</span>${c.span ? html`<span class="bp-hint bp-history-span">${c.span}</span>` : nothing}<label class="bp-file">${c.file} <input type="file" class="bp-history-file" accept=".csv,.tsv,.txt,text/csv,text/plain"></label>${slots(c)}</div>`;

function control(c) {
  switch (c.kind) {
    case 'input': return input(c);
    case 'select': return select(c);
    default: return historyBox(c);
  }
}

const button = (b) => html`<button type="button" class=${b.class} data-action=${b.action} data-index=${or(b.index)} aria-label=${or(b.ariaLabel)} ?disabled=${b.disabled ?? false}>${b.label}</button>`;

const channelRow = (r) => html`<li class="bp-channel" data-id=${r.id}><fieldset class="bp-sub"><legend>${r.legend}</legend><div class="bp-grid bp-channel-grid">${r.controls.map(control)}</div><div class="bp-row-actions">${r.buttons.map(button)}</div></fieldset></li>`;

const quarterChannel = (c) => html`<fieldset class="bp-sub bp-quarter-channel" data-id=${c.id}><legend>${c.legend}</legend><div class="bp-grid bp-grid-3">${c.controls.map(control)}</div></fieldset>`;

// A quarter closed before its end says so first; the note also describes its revenue field.
const quarterRow = (q) => html`<li class="bp-quarter"><fieldset class="bp-sub"><legend>${q.legend}</legend>${q.note ? html`<p class="bp-quarter-note" id=${`${q.revenue.id}-note`}>${q.note}</p>` : nothing}<div class="bp-grid">${control(q.revenue)}</div><p class="bp-hint bp-quarter-hint">${q.hint}</p>${repeat(q.channels, (c) => c.id, quarterChannel)}</fieldset></li>`;

function item(i) {
  switch (i.kind) {
    case 'grid': return html`<div class=${i.class}>${i.controls.map(control)}</div>`;
    case 'group': return group(i);
    case 'channels': return html`<ol class="bp-channels">${repeat(i.rows, (r) => r.id, channelRow)}</ol>`;
    case 'quarters': return html`<ol class="bp-quarters">${repeat(i.rows, (q) => q.key, quarterRow)}</ol>`;
    case 'empty': return html`<p class="bp-empty">${i.text}</p>`;
    case 'groupError': return html`<p class="field-error bp-field-error bp-group-error" id=${i.id} aria-live="off"></p>`;
    case 'field': return control(i.control);
    case 'buttons': return html`<div class=${i.class}>${i.buttons.map(button)}</div>`;
    default: return nothing;
  }
}

function group(g) {
  return html`<fieldset class=${g.class} data-part=${or(g.part)}><legend>${g.legend}</legend>${g.hint ? html`<p class="bp-hint">${g.hint}</p>` : nothing}${g.items.map(item)}</fieldset>`;
}

// « Revenir au plan précédent » is hidden until the session shows it.
const toolbar = (t) => html`<div class="bp-toolbar">${t.selects.map(control)}<div class="bp-actions">${t.buttons.map(button)}<button type="button" class="bp-btn" data-action="restore-previous" hidden>${t.restore}</button></div></div>`;

const form = (f) => html`<form class=${f.review ? 'bp-form bp-review-form' : 'bp-form'} data-part="whole" novalidate aria-label=${f.label} lang=${f.lang}>${toolbar(f.toolbar)}${f.exampleNote ? html`<div class="bp-example-note" id="bp-example-note"><p>${f.exampleNote.text}</p><button type="button" class="bp-btn" data-action="start-blank">${f.exampleNote.button}</button></div>` : nothing}${repeat(f.groups, (g) => g.part, group)}${f.advanced ? html`<details class="bp-advanced" data-part="advanced"><summary>${f.advanced.title} <span class="bp-hint">${f.advanced.hint}</span></summary>${f.advanced.items.map(item)}</details>` : nothing}</form>`;

/** The view switch: only the selected tab is in the tab order (the arrow keys move between tabs). */
const tabs = (list) => list.map((t) => html`<button type="button" role="tab" class="bp-tab" id=${`bp-tab-${t.code}`} aria-selected=${String(t.selected)} aria-controls=${`bp-panel-${t.code}`} tabindex=${t.selected ? '0' : '-1'} data-action=${t.action}>${t.label}</button>`);

/** The first visit: what Boussole is, and two ways to start. */
const welcome = (w) => w ? html`<h2 class="bp-welcome-title" id="bp-welcome-title">${w.title}</h2>${w.notice ? html`<p class="bp-field-error bp-general-error bp-welcome-notice">${w.notice}</p>` : nothing}<p>${w.text}</p><ul class="bp-starts"><li><button type="button" class="bp-btn bp-btn-primary" data-action="start-blank" aria-describedby="bp-start-blank">${w.blank}</button><p class="bp-hint" id="bp-start-blank">${w.blankHint}</p></li><li><button type="button" class="bp-btn" data-action="start-example" aria-describedby="bp-start-example">${w.example}</button><p class="bp-hint" id="bp-start-example">${w.exampleHint}</p></li></ul>` : nothing;

/** A link's plan beside the visitor's own: what it is, and the choice. */
const banner = (b) => b ? html`<p>${b.text}</p><div class="bp-actions"><button type="button" class="bp-btn" data-action="open-shared">${b.open}</button><button type="button" class="bp-btn" data-action="keep-mine">${b.keep}</button></div>` : nothing;

/** What needs the visitor: each list a title and ways to the fields. */
const summary = (s) => s.lists.map((list) => html`<p class="bp-summary-title">${list.title}</p><ul class=${list.inline ? 'bp-summary-list bp-summary-inline' : 'bp-summary-list'}>${list.items.map(([field, text]) => html`<li>${field ? html`<button type="button" class="bp-link" data-action="go-to" data-target=${field}>${text}</button>` : text}</li>`)}</ul>`);

/** Every way to take the plan away, after the results; waiting while there is no plan. */
const share = (s) => html`<h2 id="bp-share-title">${s.title}</h2>${s.waiting ? html`<p class="bp-hint">${s.waiting}</p>` : nothing}<div class="bp-actions">${s.buttons.map(button)}</div>`;

const TEMPLATES = { results, glance, form, tabs, welcome, banner, summary, share };

/** Draws a view (`kind`: results, glance, form, tabs) in its element. */
export function draw(kind, element, view) {
  render(TEMPLATES[kind](view), element);
}
