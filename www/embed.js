// The planner alone, for an <iframe>: embed.html?lang=en&currency=USD&storage=none&compact
// Tells the parent page its height (a number, nothing else) so the frame fits its content;
// the host's frame.js checks where the message comes from before using it. Without frame.js
// the frame keeps the height the host gave it and the planner scrolls inside.
const params = new URLSearchParams(location.search);
const planner = document.createElement('boussole-planner');
for (const name of ['lang', 'currency', 'storage', 'plan', 'start']) {
  const value = params.get(name);
  if (value) planner.setAttribute(name, value);
}
if (params.has('compact')) planner.setAttribute('compact', '');

// Theme parameters (?accent=8a2be2&bg=fff): the element's --boussole-* properties, set through
// the CSSOM. Only a hex colour (#rgb, #rrggbb, with or without its #) or a colour's name (letters
// only) is taken, a radius only as a number of px or em, a font only as a generic family:
// anything else is ignored, so a parameter can never carry CSS of its own.
const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;
const KEYWORDS = ['inherit', 'initial', 'unset', 'revert', 'currentcolor'];
const colour = (value) => {
  if (HEX.test(value)) return '#' + value.replace('#', '');
  if (/^[a-z]{3,20}$/i.test(value) && !KEYWORDS.includes(value.toLowerCase()) && CSS.supports('color', value)) return value;
  return undefined;
};
const THEME = {
  accent: colour, fg: colour, bg: colour, muted: colour, line: colour, surface: colour,
  radius: (value) => (/^\d{1,2}(\.\d{1,2})?(px|em)$|^0$/.test(value) ? value : undefined),
  font: (value) => (['serif', 'sans-serif', 'monospace', 'system-ui'].includes(value) ? value : undefined),
};
for (const [name, read] of Object.entries(THEME)) {
  const value = params.get(name) && read(params.get(name).trim());
  if (value) planner.style.setProperty(`--boussole-${name}`, value);
}
if (params.get('lang')) document.documentElement.lang = params.get('lang').slice(0, 2);
document.body.append(planner);
await import('./boussole.js');

if (window.parent !== window) {
  // The height of the planner itself: the document's scrollHeight never falls below the
  // frame's own height, so a frame sized for the review view would never shrink back.
  let last = 0;
  const report = () => {
    const height = Math.ceil(planner.getBoundingClientRect().height);
    if (height > 0 && height !== last) {
      last = height;
      window.parent.postMessage({ type: 'boussole:height', height }, '*');
    }
  };
  new ResizeObserver(report).observe(planner);
  report();

  // frame.js on the host tells which part of the frame its window shows (`top`, `height`, in
  // the frame's pixels): the summary bar and the notices keep to that part, through
  // --bp-frame-below (base.css), the height of the frame below it. Only the parent window is
  // heard, and only two numbers are taken from it.
  const inRange = (n) => typeof n === 'number' && n >= 0 && n <= 100000;
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (event.source !== window.parent || !data || data.type !== 'boussole:view') return;
    if (location.ancestorOrigins?.length && event.origin !== location.ancestorOrigins[0]) return;
    if (!inRange(data.top) || !inRange(data.height)) return;
    const below = Math.max(0, Math.round(window.innerHeight - data.top - data.height));
    planner.style.setProperty('--bp-frame-below', `${below}px`);
  });
}
