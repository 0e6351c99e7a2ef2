// Count this view of the article: one small POST once the page is really
// shown. A page rendered ahead of time (prerendered) or opened in a
// background tab waits until the reader looks at it. No cookie, no data.
(() => {
  const element = document.querySelector("[data-view-beacon]");
  if (!element || !navigator.sendBeacon) return;
  const url = element.dataset.viewBeacon;

  const sendWhenVisible = () => {
    if (document.visibilityState === "visible") {
      navigator.sendBeacon(url);
      return;
    }
    const onVisible = () => {
      if (document.visibilityState !== "visible") return;
      document.removeEventListener("visibilitychange", onVisible);
      navigator.sendBeacon(url);
    };
    document.addEventListener("visibilitychange", onVisible);
  };

  if (document.prerendering) {
    document.addEventListener("prerenderingchange", sendWhenVisible, { once: true });
  } else {
    sendWhenVisible();
  }
})();
