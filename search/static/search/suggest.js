// Suggestions under each search box (the header's and the search page's):
// headlines matching what the reader has typed, from the JSON endpoint next
// to the form's action (/th/search/ -> /th/search/suggest/). Without
// JavaScript the boxes are plain search forms. This follows the ARIA
// combobox pattern: arrow keys move through the list, Enter opens the
// chosen story, Escape closes the list, and a click works as a link.
(() => {
  const DELAY_MS = 150;
  const MIN_CHARS = 2;
  let lists = 0;

  function enhance(form) {
    const input = form.querySelector('input[name="q"]');
    if (!input) return;
    const endpoint = new URL("suggest/", new URL(form.action, window.location.href));
    const list = document.createElement("ul");
    list.id = `search-suggestions-${++lists}`;
    list.className = "search-suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.labels[0]?.textContent.trim() || input.placeholder);
    list.hidden = true;
    // Right under the box: the box's own container holds the list.
    input.parentElement.classList.add("has-suggestions");
    input.parentElement.append(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("autocomplete", "off");

    let timer;
    let pending;
    let active = -1;

    async function fetchSuggestions() {
      const text = input.value.trim();
      if (text.length < MIN_CHARS) return close();
      pending?.abort();
      pending = new AbortController();
      const url = new URL(endpoint);
      url.searchParams.set("q", text);
      try {
        const response = await fetch(url, { signal: pending.signal });
        if (!response.ok) return close();
        const data = await response.json();
        if (input.value.trim() === text) show(data.suggestions);
      } catch (error) {
        if (error.name !== "AbortError") close();
      }
    }

    function show(suggestions) {
      list.replaceChildren(
        ...suggestions.map((suggestion, index) => {
          const option = document.createElement("li");
          option.id = `${list.id}-${index}`;
          option.setAttribute("role", "option");
          option.setAttribute("aria-selected", "false");
          const link = document.createElement("a");
          link.href = suggestion.url;
          link.tabIndex = -1;
          link.textContent = suggestion.title;
          option.append(link);
          return option;
        }),
      );
      active = -1;
      input.removeAttribute("aria-activedescendant");
      list.hidden = suggestions.length === 0;
      input.setAttribute("aria-expanded", String(!list.hidden));
    }

    function close() {
      pending?.abort();
      list.hidden = true;
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function select(index) {
      const options = [...list.children];
      options.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
      active = index;
      input.setAttribute("aria-activedescendant", options[index].id);
    }

    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });
    input.addEventListener("keydown", (event) => {
      const count = list.children.length;
      if (list.hidden || count === 0) return;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        select((active + step + count) % count);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.assign(list.children[active].querySelector("a").href);
      } else if (event.key === "Escape") {
        close();
      }
    });
    // Keep focus in the box while a suggestion is clicked, so the click lands.
    list.addEventListener("mousedown", (event) => event.preventDefault());
    input.addEventListener("blur", close);
  }

  document.querySelectorAll('form[role="search"]').forEach(enhance);
})();
