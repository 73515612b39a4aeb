// For a host page that embeds Boussole in an iframe: resizes each
// <iframe data-boussole src=".../embed.html"> to its content.
//   <iframe data-boussole src="https://HOST/boussole/embed.html" title="Boussole" allow="clipboard-write"></iframe>
//   <script src="https://HOST/boussole/frame.js" defer></script>
// Only messages from the frame's own window and origin are used, and only their height.
// A frame as tall as its content runs far below the window: each frame is told, in numbers
// only and at its own origin only, which part of it the window shows, so that it keeps its
// summary bar and its notices (« Lien copié ») there.
(function () {
  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-boussole]'));
  }
  function originOf(frame) {
    try { return new URL(frame.src, location.href).origin; } catch (e) { return null; }
  }
  // The frames whose planner has spoken (a frame still loading has another origin).
  var started = [];
  // The part of the frame in the window, in the frame's own pixels: from `top`, `height` high.
  function tellView(frame) {
    var origin = originOf(frame);
    if (started.indexOf(frame) < 0 || !origin || !frame.contentWindow) return;
    var box = frame.getBoundingClientRect();
    var top = box.top + frame.clientTop;
    var from = Math.min(Math.max(0, -top), frame.clientHeight);
    var to = Math.max(from, Math.min(frame.clientHeight, window.innerHeight - top));
    frame.contentWindow.postMessage({ type: 'boussole:view', top: Math.round(from), height: Math.round(to - from) }, origin);
  }
  var pending = false;
  function tellAll() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      frames().forEach(tellView);
    });
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'boussole:height' || typeof data.height !== 'number') return;
    if (!(data.height > 0 && data.height < 100000)) return;
    frames().forEach(function (frame) {
      if (event.source === frame.contentWindow && event.origin === originOf(frame)) {
        frame.style.height = data.height + 'px';
        if (started.indexOf(frame) < 0) started.push(frame);
        tellAll();
      }
    });
  });
  // Any scroll (the window's or a box's around the frame) and any resize move the visible part.
  document.addEventListener('scroll', tellAll, { capture: true, passive: true });
  window.addEventListener('resize', tellAll);
  frames().forEach(function (frame) {
    if (!frame.style.width) frame.style.width = '100%';
    frame.style.border = '0';
  });
})();
