// The masthead says "Log in" to everybody: the page is cached whole, with no
// per-reader state. A signed-in reader carries a hint cookie (set at login,
// removed at logout; see accounts/signed_in_hint.py), and for them the link
// becomes "Your account". Without JavaScript the login page sends a
// signed-in reader to their account page instead.
(() => {
  const link = document.querySelector("[data-account-link]");
  if (!link) return;
  const hint = `${link.dataset.signedInCookie}=`;
  if (!document.cookie.split("; ").some((part) => part.startsWith(hint))) return;
  link.href = link.dataset.accountUrl;
  link.textContent = link.dataset.accountLabel;
})();
