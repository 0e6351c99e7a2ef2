// Load an article's comments into the article page.
//
// The article page is cached and the same for every reader, so it carries
// only a link to the comments page. Here the comments (with the log-in
// prompt or the reader's own form) are fetched from that uncached page and
// put in the link's place. Without JavaScript the link still works.
(() => {
  const section = document.querySelector("[data-comments-src]");
  if (!section) return;
  const slot = section.querySelector(".comments__slot");

  const showComments = (html) => {
    slot.innerHTML = html;
    // After posting, come back to the article rather than the comments page.
    for (const input of slot.querySelectorAll('input[name="return_to"]')) {
      input.value = "article";
    }
    const target = window.location.hash && document.getElementById(window.location.hash.slice(1));
    if (target) target.scrollIntoView();
  };

  fetch(section.dataset.commentsSrc, { credentials: "same-origin", headers: { Accept: "text/html" } })
    .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
    .then(showComments)
    .catch(() => {
      // Leave the plain link in place: the comments page still works.
    });
})();
