// Boussole front page: runs the wasm engine on the example plan and shows the key results.
// Plain ES module, no framework. User-provided text goes through textContent only.
import init, { plan, examplePlan, version } from './pkg/boussole.js';

const LOCALE = 'fr-FR';
const money = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const moneyCents = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 });
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });

const $ = (id) => document.getElementById(id);
const isNum = (x) => typeof x === 'number' && Number.isFinite(x);
const fmt = (formatter, x) => (isNum(x) ? formatter.format(x) : '—');

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function row(cells) {
  const tr = document.createElement('tr');
  for (const [text, className] of cells) tr.append(cell(text, className));
  return tr;
}

function showErrors(errors) {
  const box = $('errors');
  box.replaceChildren();
  const list = document.createElement('ul');
  for (const e of errors) {
    const li = document.createElement('li');
    const where = e && e.field ? `${e.field} : ` : '';
    li.textContent = `${where}${(e && (e.message || e.code)) || String(e)}`;
    list.append(li);
  }
  const title = document.createElement('p');
  title.textContent = 'Le plan ne peut pas être calculé :';
  box.append(title, list);
  box.hidden = false;
  $('status').textContent = 'Erreur dans les données du plan.';
}

function render(out) {
  if (!out || out.ok !== true) {
    showErrors(Array.isArray(out && out.errors) && out.errors.length ? out.errors : [{ message: 'réponse inattendue du moteur' }]);
    document.body.dataset.ready = 'error';
    return;
  }
  const goal = out.goal || {};
  const target = $('target-revenue');
  target.dataset.value = String(goal.targetRevenue);
  target.textContent = fmt(money, goal.targetRevenue);

  if (isNum(goal.growthRate)) {
    $('growth').textContent = `+${percent.format(goal.growthRate)}`;
    $('growth-block').hidden = false;
  }
  const cpa = out.unitEconomics && out.unitEconomics.targetCpa;
  if (isNum(cpa)) {
    $('target-cpa').textContent = moneyCents.format(cpa);
    $('cpa-block').hidden = false;
  }

  if (Array.isArray(out.channels) && out.channels.length) {
    $('channels-body').replaceChildren(...out.channels.map((c) => row([
      [c.label ?? c.id ?? ''],
      [fmt(money, c.extraRevenue), 'num'],
      [fmt(integer, c.targetSessionsPerMonth), 'num'],
    ])));
    $('channels-section').hidden = false;
  }
  if (Array.isArray(out.quarters) && out.quarters.length) {
    $('quarters-body').replaceChildren(...out.quarters.map((q) => row([
      [q.label ?? `T${q.quarter ?? q.index ?? ''}`],
      [fmt(money, q.targetRevenue), 'num'],
    ])));
    $('quarters-section').hidden = false;
  }

  $('results').hidden = false;
  $('status').textContent = 'Plan calculé.';
  document.body.dataset.ready = 'true';
}

async function main() {
  try {
    await init();
    $('version').textContent = `v${version()}`;
    render(plan(examplePlan('fr')));
  } catch (err) {
    showErrors([{ message: err && err.message ? err.message : String(err) }]);
    document.body.dataset.ready = 'error';
    console.error(err);
  }
}

main();
