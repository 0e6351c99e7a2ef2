// Before the first paint: mark the page "decided" when the reader's consent cookie holds the
// current policy version, so consent.css hides the notice without a flash. A file, not an
// inline script, so the Content-Security-Policy needs no 'unsafe-inline' (README, "Security").
(function (d, script) {
  var prefix = script.dataset.cookiePrefix;
  var decided = d.cookie.split("; ").some(function (c) {
    return c.indexOf(prefix) === 0;
  });
  d.documentElement.setAttribute("data-consent", decided ? "decided" : "undecided");
})(document, document.currentScript);
