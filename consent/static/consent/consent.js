/*
 * The consent notice, enhanced. Everything works without this file: the notice's forms post
 * to /consent/, which sets the cookie and sends the reader back. With it:
 *
 * - the notice shows only while the reader has not decided on the current policy version
 *   (read from the cookie the server sets; the page HTML is the same for everyone);
 * - choices are posted in the background: no reload, and focus goes back where it was;
 * - declared third-party code (<template data-consent-tag>) and article embeds run only for
 *   the purposes the reader allowed; Google tags get Consent Mode v2 signals;
 * - while the notice shows, the page keeps room for it below the focused element
 *   (WCAG 2.2, 2.4.11 Focus Not Obscured).
 */
(() => {
  "use strict";

  const notice = document.getElementById("consent-notice");
  if (!notice) return;

  const root = document.documentElement;
  const PURPOSES = ["analytics", "marketing"];
  const cookieName = notice.dataset.cookieName;
  const policyVersion = notice.dataset.policyVersion;
  const tagTemplates = [...document.querySelectorAll("template[data-consent-tag]")];
  const usesGoogle = tagTemplates.some((template) => template.hasAttribute("data-consent-google"));
  const declaredCookies = cookiesByPurpose(tagTemplates);
  const running = new Set(); // purposes whose code has been started on this page
  let current = readState();
  let openedFrom = null; // the "Cookie settings" link that reopened the notice

  /* --- The cookie ----------------------------------------------------------------------- */

  // "version:3|analytics:1|marketing:0|id:..." (consent/cookie.py); null unless it is for
  // the policy version this page shows.
  function readState() {
    const prefix = `${cookieName}=`;
    const raw = document.cookie.split("; ").find((part) => part.startsWith(prefix));
    if (!raw) return null;
    const fields = Object.fromEntries(
      raw.slice(prefix.length).split("|").map((field) => field.split(":")),
    );
    if (fields.version !== policyVersion) return null;
    return { analytics: fields.analytics === "1", marketing: fields.marketing === "1" };
  }

  function cookiesByPurpose(templates) {
    const byPurpose = Object.fromEntries(PURPOSES.map((purpose) => [purpose, []]));
    for (const template of templates) {
      const names = template.dataset.consentCookies.split(",").filter(Boolean);
      byPurpose[template.dataset.consentPurpose]?.push(...names);
    }
    return byPurpose;
  }

  // Expire the cookies declared for a purpose ("_ga_*" is a prefix), on this host and on
  // each parent domain, where analytics tags usually put them.
  function removeCookies(purpose) {
    const patterns = declaredCookies[purpose];
    if (!patterns.length) return;
    const matches = (name) =>
      patterns.some((p) => (p.endsWith("*") ? name.startsWith(p.slice(0, -1)) : name === p));
    const labels = location.hostname.split(".");
    const domains = [""];
    for (let i = 0; i < labels.length - 1; i++) domains.push(`; domain=.${labels.slice(i).join(".")}`);
    const names = document.cookie.split("; ").map((part) => part.split("=")[0]);
    for (const name of names.filter(matches)) {
      for (const domain of domains) document.cookie = `${name}=; max-age=0; path=/${domain}`;
    }
  }

  /* --- Running what the reader allowed -------------------------------------------------- */

  // Google Consent Mode v2: the commands gtag.js reads from dataLayer when it loads.
  function gtag() {
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push(arguments); // gtag.js expects the arguments object itself
  }

  function signalGoogle(command, state) {
    if (!usesGoogle) return;
    const analytics = state && state.analytics ? "granted" : "denied";
    const marketing = state && state.marketing ? "granted" : "denied";
    gtag("consent", command, {
      analytics_storage: analytics,
      ad_storage: marketing,
      ad_user_data: marketing,
      ad_personalization: marketing,
    });
  }

  // A live copy of a template's code. Script elements copied out of a template stay inert,
  // so each is replaced by a fresh one with the same attributes and text.
  function liveCopy(template) {
    const fragment = template.content.cloneNode(true);
    for (const inert of fragment.querySelectorAll("script")) {
      const script = document.createElement("script");
      for (const { name, value } of inert.attributes) script.setAttribute(name, value);
      script.async = inert.hasAttribute("async"); // otherwise keep the declared order
      script.text = inert.text;
      inert.replaceWith(script);
    }
    // The policy refuses style attributes in markup (no 'unsafe-inline'), but not styles
    // set through the DOM: an embed's sizing (Wagtail's responsive wrapper) is kept so.
    for (const styled of fragment.querySelectorAll("[style]")) {
      const declarations = styled.getAttribute("style");
      styled.removeAttribute("style");
      styled.style.cssText = declarations;
    }
    return fragment;
  }

  function loadEmbed(container) {
    const template = container.querySelector("template[data-consent-purpose]");
    if (template) container.replaceChildren(liveCopy(template));
  }

  function apply(state) {
    signalGoogle("update", state);
    for (const template of document.querySelectorAll("template[data-consent-tag]")) {
      const purpose = template.dataset.consentPurpose;
      if (!state[purpose]) continue;
      running.add(purpose);
      template.replaceWith(liveCopy(template));
    }
    if (state.marketing) document.querySelectorAll("[data-consent-embed]").forEach(loadEmbed);
    for (const purpose of PURPOSES) if (!state[purpose]) removeCookies(purpose);
  }

  /* --- Showing and hiding the notice ---------------------------------------------------- */

  // The notice is fixed to the bottom of the viewport, so it never moves the page. While it
  // shows, padding lets the end of the page scroll above it, and scroll-padding keeps
  // anchor targets (#main, #comments) clear of it.
  function keepClearOfNotice() {
    const height = root.dataset.consent === "decided" ? 0 : notice.offsetHeight;
    root.style.scrollPaddingBottom = height ? `${height}px` : "";
    document.body.style.paddingBottom = height ? `${height}px` : "";
  }

  // Keyboard focus is scrolled into view without regard to scroll-padding (measured in
  // Chromium: Tab left links under the notice), so a focused element it covers is scrolled
  // clear by hand.
  function scrollFocusClear(event) {
    if (root.dataset.consent === "decided" || notice.contains(event.target)) return;
    const overlap = event.target.getBoundingClientRect().bottom - notice.getBoundingClientRect().top;
    if (overlap > 0) window.scrollBy({ top: overlap + 8, behavior: "instant" });
  }

  function fillForm(form, state) {
    for (const purpose of PURPOSES) {
      const box = form.querySelector(`input[name="${purpose}"]`);
      if (box) box.checked = Boolean(state && state[purpose]);
    }
  }

  function showCurrentChoice(state) {
    const key = state ? `analytics:${+state.analytics}|marketing:${+state.marketing}` : "";
    for (const line of document.querySelectorAll("[data-consent-current]")) {
      line.style.display = line.dataset.consentCurrent === key ? "block" : "";
    }
  }

  function open(link) {
    openedFrom = link;
    fillForm(notice.querySelector("form"), current);
    notice.querySelector("details").open = true;
    root.dataset.consent = "open";
    notice.querySelector(".consent-notice__title").focus();
  }

  function close() {
    root.dataset.consent = "decided";
    const noticeHadFocus = notice.contains(document.activeElement);
    const back = openedFrom && openedFrom.isConnected ? openedFrom : document.getElementById("main");
    openedFrom = null;
    if (noticeHadFocus && back) back.focus({ preventScroll: true });
  }

  /* --- Deciding ------------------------------------------------------------------------- */

  function decided(state) {
    const withdrawn = PURPOSES.filter((purpose) => current && current[purpose] && !state[purpose]);
    current = state;
    withdrawn.forEach(removeCookies);
    if (withdrawn.some((purpose) => running.has(purpose))) {
      // Code that is already running cannot be stopped any other way.
      location.reload();
      return;
    }
    close();
    apply(state);
    showCurrentChoice(state);
    const status = document.querySelector("[data-consent-status]");
    if (status) status.textContent = status.dataset.savedMessage;
  }

  function submitWithoutScript(form, submitter) {
    if (submitter && submitter.name) {
      const input = Object.assign(document.createElement("input"), {
        type: "hidden",
        name: submitter.name,
        value: submitter.value,
      });
      form.append(input);
    }
    HTMLFormElement.prototype.submit.call(form);
  }

  async function onSubmit(event) {
    const form = event.target.closest("[data-consent-form]");
    if (!form) return;
    event.preventDefault();
    const body = new FormData(form);
    if (event.submitter && event.submitter.name) {
      body.append(event.submitter.name, event.submitter.value);
    }
    let state;
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body,
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      if (!response.ok) throw new Error(`consent: HTTP ${response.status}`);
      state = await response.json(); // what the server recorded and put in the cookie
    } catch {
      submitWithoutScript(form, event.submitter); // the plain post still records the choice
      return;
    }
    decided({ analytics: state.analytics, marketing: state.marketing });
  }

  /* --- Start ---------------------------------------------------------------------------- */

  signalGoogle("default", null);
  root.dataset.consent = current ? "decided" : "undecided";
  if (current) apply(current);
  else PURPOSES.forEach(removeCookies);
  showCurrentChoice(current);
  for (const form of document.querySelectorAll("[data-consent-form]")) fillForm(form, current);
  for (const button of document.querySelectorAll("[data-consent-load]")) button.hidden = false;

  new ResizeObserver(keepClearOfNotice).observe(notice);
  keepClearOfNotice();

  document.addEventListener("submit", onSubmit);
  document.addEventListener("focusin", scrollFocusClear);
  document.addEventListener("click", (event) => {
    const link = event.target.closest("[data-consent-open]");
    if (link) {
      event.preventDefault();
      open(link);
      return;
    }
    const load = event.target.closest("[data-consent-load]");
    if (load) {
      const container = load.closest("[data-consent-embed]");
      container.tabIndex = -1;
      loadEmbed(container);
      container.focus();
    }
  });
  // A reopened notice closes with Escape and leaves the earlier choice as it was.
  notice.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && current && root.dataset.consent === "open") close();
  });
})();
