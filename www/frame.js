// For a host page that embeds Boussole in an iframe: resizes each
// <iframe data-boussole src=".../embed.html"> to its content.
//   <iframe data-boussole src="https://HOST/boussole/embed.html" title="Boussole" allow="clipboard-write"></iframe>
//   <script src="https://HOST/boussole/frame.js" defer></script>
// Only messages from the frame's own window and origin are used, and only their height.
(function () {
  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-boussole]'));
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'boussole:height' || typeof data.height !== 'number') return;
    if (!(data.height > 0 && data.height < 100000)) return;
    frames().forEach(function (frame) {
      var origin;
      try { origin = new URL(frame.src, location.href).origin; } catch (e) { return; }
      if (event.source === frame.contentWindow && event.origin === origin) {
        frame.style.height = data.height + 'px';
      }
    });
  });
  frames().forEach(function (frame) {
    if (!frame.style.width) frame.style.width = '100%';
    frame.style.border = '0';
  });
})();
