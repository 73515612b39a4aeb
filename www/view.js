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
import { repeat } from 'lit-html/directives/repeat.js';

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

const action = (a) => html`<button type="button" class=${a.class} data-action=${a.action} data-index=${or(a.index)} aria-label=${or(a.ariaLabel)}>${a.label}</button>`;

const objective = (o, i) => html`<li class=${`bp-objective bp-objective-${o.scope}`} data-index=${i}><p class="bp-objective-scope">${o.about}</p><p class="bp-objective-text">${o.text}</p><dl class="bp-checks">${o.checks.map((c) => html`<div class="bp-check"><dt>${c.name}</dt><dd>${badge(c.badge)} <span class="bp-reason">${c.reason}</span></dd></div>`)}</dl>${action(o.copy)}</li>`;

const okr = (o) => html`<div class="bp-okr" data-testid="okr"><h3 id="bp-okr-title">${o.title}</h3><p class="bp-okr-objective"><span class="bp-okr-tag">${o.tag}</span>${o.objective}</p><ol class="bp-key-results" aria-label=${o.keyResultsLabel}>${o.keyResults.map((k) => html`<li>${k}</li>`)}</ol>${action(o.copy)}</div>`;

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
    case 'actions': return html`<div class=${b.class}>${b.items.map(action)}</div>`;
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
export const shell = (styles) => html`${styles.map((href) => html`<link rel="stylesheet" href=${href}>`)}<div class="bp-app" part="app" hidden><div class="bp-banner" hidden></div><section class="bp-welcome" aria-labelledby="bp-welcome-title" hidden></section><div class="bp-tabs" role="tablist"></div><div class="bp-panel" role="tabpanel" id="bp-panel-plan" aria-labelledby="bp-tab-plan"><div class="bp-view"><div class="bp-form-slot"></div><div class="bp-results-wrap"><button type="button" class="bp-link bp-back" data-action="back-to-field" hidden></button><p class="bp-stale" role="status" hidden></p><div class="bp-summary" hidden></div><p class="bp-field-error bp-general-error" id="bp-err-form"></p><div class="bp-results" data-testid="results" tabindex="-1"></div></div></div></div><div class="bp-panel" role="tabpanel" id="bp-panel-review" aria-labelledby="bp-tab-review" hidden></div><div class="bp-glance" role="region" data-testid="glance" hidden></div><div class="bp-live bp-visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div><p class="bp-toast" aria-hidden="true"></p><input type="file" class="bp-import" accept="application/json,.json" hidden aria-label="JSON"></div>`;

/** Draws a view in its element: the results' element or the glance's. */
export function draw(element, view) {
  render(element.classList.contains('bp-glance') ? glance(view) : results(view), element);
}
