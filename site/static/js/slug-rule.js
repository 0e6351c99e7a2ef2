/*
 * The slug field of the page editor, for a Thai headline.
 *
 * While a new page has no address of its own, Wagtail"s w-slug controller
 * fills the slug from the title as the editor types. Its ASCII slugify drops
 * Thai letters, so a Thai headline became "-" ("-418" with digits), which the
 * browser then sent. On inputs the server marks with data-slug-rule (see
 * localization/slugs.py) a slug without a Latin letter, or one made from a
 * Thai title, is emptied instead: the page gets its stable id (story-3f9a2c1b)
 * when it is saved, and the field shows it from then on.
 */
(() => {
  const THAI = /[\u0E00-\u0E7F]/;
  const LATIN_LETTER = /[a-z]/i;

  document.addEventListener("w-slug:applied", (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.hasAttribute("data-slug-rule")) {
      return;
    }
    const { action, cleanValue = "", sourceValue = "" } = event.detail || {};
    const fromThaiTitle = action === "urlify" && THAI.test(sourceValue);
    if (fromThaiTitle || !LATIN_LETTER.test(cleanValue)) {
      input.value = "";
    }
  });
})();
