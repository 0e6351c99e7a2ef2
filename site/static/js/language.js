// Remember the reader's language choice for their next visit to "/".
// The switch works as plain links without JavaScript; this only saves the
// choice in Django's language cookie, a preference the reader asked for.
document.addEventListener("click", (event) => {
  const link = event.target.closest(".language-switch a[hreflang]");
  if (!link) return;
  const oneYear = 60 * 60 * 24 * 365;
  // Secure wherever the page itself came over HTTPS, as every cookie of ours is in production.
  const secure = location.protocol === "https:" ? "; Secure" : "";
  document.cookie = `django_language=${link.hreflang}; path=/; max-age=${oneYear}; SameSite=Lax${secure}`;
});
