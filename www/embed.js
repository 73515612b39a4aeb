// The planner alone, for an <iframe>: embed.html?lang=en&currency=USD&storage=none&compact
// Tells the parent page its height (a number, nothing else) so the frame fits its content;
// the host's frame.js checks where the message comes from before using it.
const params = new URLSearchParams(location.search);
const planner = document.createElement('boussole-planner');
for (const name of ['lang', 'currency', 'storage', 'plan']) {
  const value = params.get(name);
  if (value) planner.setAttribute(name, value);
}
if (params.has('compact')) planner.setAttribute('compact', '');
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
}
