// A live blog's page, kept current without a reload (live/views.py answers the polls).
//
// New, edited and removed updates are held back until the reader asks for
// them with the "N new updates" button, which floats over the page: nothing
// the reader is reading moves. The button's region is aria-live="polite".
// Polling slows down in a background tab and stops when the blog has ended.
(function () {
  "use strict";
  var root = document.querySelector("[data-live-blog]");
  var lang = document.documentElement.lang || "th";
  var DAY = 24 * 60 * 60 * 1000;

  function followMovedAnchor() {
    // An anchor of an update that has moved to an older page: ask the server where it is now.
    var match = /^#update-(\d+)$/.exec(window.location.hash);
    if (match && !document.getElementById("update-" + match[1])) {
      window.location.replace(window.location.pathname + "?update=" + match[1]);
    }
  }

  function refreshTimes() {
    if (!window.Intl || !Intl.RelativeTimeFormat) return;
    var format = new Intl.RelativeTimeFormat(lang, { numeric: "auto" });
    document.querySelectorAll("[data-live-time]").forEach(function (time) {
      var ago = Date.now() - Date.parse(time.getAttribute("datetime"));
      if (!(ago >= 0 && ago < DAY)) return;
      var text;
      if (ago < 60000) text = format.format(0, "second");
      else if (ago < 3600000) text = format.format(-Math.floor(ago / 60000), "minute");
      else text = format.format(-Math.floor(ago / 3600000), "hour");
      if (time.textContent !== text) time.textContent = text;
    });
  }

  followMovedAnchor();
  refreshTimes();
  window.setInterval(refreshTimes, 30000);
  if (!root || root.dataset.polls !== "true") return;

  var button = root.querySelector("[data-live-show]");
  var timeline = root.querySelector("[data-live-timeline]");
  var cursor = root.dataset.cursor;
  var visibleDelay = Number(root.dataset.pollSeconds) * 1000;
  var hiddenDelay = Number(root.dataset.backgroundPollSeconds) * 1000;
  var known = {};
  var waiting = {};
  var timer = null;
  var lastPoll = Date.now();
  var ended = false;

  document.querySelectorAll("[data-update-id]").forEach(function (el) {
    known[el.dataset.updateId] = Number(el.dataset.version);
  });

  function schedule(delay) {
    window.clearTimeout(timer);
    if (ended) return;
    var wait = delay !== undefined ? delay : document.hidden ? hiddenDelay : visibleDelay;
    timer = window.setTimeout(poll, wait);
  }

  function poll() {
    lastPoll = Date.now();
    var url = root.dataset.updatesUrl + "?since=" + encodeURIComponent(cursor);
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      })
      .then(function (data) {
        cursor = String(data.cursor);
        visibleDelay = data.poll_seconds * 1000;
        hiddenDelay = data.background_poll_seconds * 1000;
        data.updates.forEach(hold);
        showButton();
        if (data.status !== "live") ended = true;
        schedule(data.more ? 0 : undefined);
      })
      .catch(function () {
        schedule(hiddenDelay);
      });
  }

  function hold(update) {
    if ((known[update.id] || 0) >= update.version) return;
    waiting[update.id] = update;
  }

  function showButton() {
    var ids = Object.keys(waiting);
    if (!ids.length) return;
    var fresh = ids.filter(function (id) { return !(id in known); }).length;
    var label = button.dataset.changes;
    if (fresh === 1) label = button.dataset.one;
    else if (fresh > 1) label = button.dataset.many.replace("%(count)s", fresh.toLocaleString(lang));
    button.textContent = label;
    button.hidden = false;
  }

  function element(html) {
    var holder = document.createElement("template");
    holder.innerHTML = html.trim();
    return holder.content.firstElementChild;
  }

  function place(update) {
    var el = element(update.html);
    var existing = document.getElementById("update-" + update.id);
    var pinned = document.querySelector("[data-live-pinned]");
    if (existing && (update.pinned === existing.classList.contains("live-update--pinned"))) {
      existing.replaceWith(el);
    } else {
      if (existing) existing.remove();
      (update.pinned && pinned ? pinned : timeline).prepend(el);
    }
    known[update.id] = update.version;
    return el;
  }

  function showWaiting() {
    var updates = Object.keys(waiting).map(function (id) { return waiting[id]; });
    updates.sort(function (a, b) { return a.version - b.version; });
    var empty = root.querySelector("[data-live-empty]");
    if (empty) empty.remove();
    var newest = null;
    updates.forEach(function (update) { newest = place(update); });
    waiting = {};
    button.hidden = true;
    refreshTimes();
    if (newest) {
      newest.scrollIntoView({ block: "start" });
      newest.focus({ preventScroll: true });
    }
  }

  button.addEventListener("click", showWaiting);
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden && Date.now() - lastPoll >= visibleDelay) schedule(0);
    else schedule();
  });
  schedule();
})();
