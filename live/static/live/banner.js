// The breaking banner's end time, kept in a page already open: at that time the
// banner is hidden but keeps its space, so nothing the reader is reading moves.
// The next page the reader opens comes without it (the shared cache is purged).
(function () {
  "use strict";
  var banner = document.querySelector(".breaking-banner[data-ends-at]");
  if (!banner) return;
  var endsIn = Date.parse(banner.dataset.endsAt) - Date.now();
  function hide() {
    banner.classList.add("breaking-banner--ended");
    banner.setAttribute("aria-hidden", "true");
  }
  if (endsIn <= 0) hide();
  else window.setTimeout(hide, Math.min(endsIn, 2147483647));
})();
