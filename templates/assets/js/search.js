// The search page's script: shows Pagefind's search, draws each result as text only, and runs a query given as ?q=….
'use strict';

(() => {
  const QUERY_PARAMETER = 'q';
  /** Result links come from the archive's own index: site paths, never another scheme or host. */
  const SITE_PATH = /^\/(?!\/)/;

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className !== undefined) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /**
   * Pagefind's excerpt is markup: a run of the page's words with `<` and `>` escaped (but not `&`) and the matched
   * words in `<mark>`. Read as HTML, scraped text such as "&lt;b&gt;" would show as "<b>"; so the run is found in the
   * page's plain text (`content`) and its words are shown from there, exactly as written, with the marks kept.
   */
  const escapeAngles = (word) => word.replace(/</g, '&lt;').replace(/>/g, '&gt;');

  function excerptWords(excerpt) {
    const words = [];
    for (const [, marked, plain] of excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>|([^<]+)/g)) {
      for (const word of (marked ?? plain).split(/\s+/)) if (word !== '') words.push({ escaped: word, marked: marked !== undefined });
    }
    return words;
  }

  function literalExcerpt(excerpt, content) {
    const run = excerptWords(excerpt);
    const words = (content || '').split(/\s+/).filter((word) => word !== '');
    if (run.length === 0) return null;
    for (let start = 0; start + run.length <= words.length; start += 1) {
      if (run.every((item, i) => escapeAngles(words[start + i]) === item.escaped)) {
        return run.map((item, i) => ({ text: words[start + i], marked: item.marked }));
      }
    }
    return null;
  }

  function excerptNodes(excerpt, content) {
    const words = literalExcerpt(excerpt, content);
    if (words === null) {
      // Not found word for word (the index and the page disagree): parsed inert, only its text and marks kept.
      const parsed = document.createElement('template');
      parsed.innerHTML = excerpt;
      return [...parsed.content.childNodes].map((node) =>
        node.nodeName === 'MARK' ? element('mark', undefined, node.textContent) : document.createTextNode(node.textContent),
      );
    }
    return words.flatMap((word, i) => [
      ...(i > 0 ? [document.createTextNode(' ')] : []),
      word.marked ? element('mark', undefined, word.text) : document.createTextNode(word.text),
    ]);
  }

  /** Every value is set as text: headlines and source names are scraped and may contain markup. */
  function renderResult(result) {
    const meta = result.meta || {};
    const item = element('li', 'search-result');
    const title = item.appendChild(element('p', 'search-result-title'));
    if (SITE_PATH.test(result.url)) {
      const link = title.appendChild(element('a', 'search-result-link', meta.title || result.url));
      link.href = result.url;
    } else {
      title.textContent = meta.title || '';
    }
    const facts = [meta.source || 'source not stated', meta.date || 'date not stated'];
    item.appendChild(element('p', 'search-result-meta', facts.join(' · ')));
    if (result.excerpt) item.appendChild(element('p', 'search-result-excerpt')).append(...excerptNodes(result.excerpt, result.content));
    return item;
  }

  /**
   * A large archive's index is in parts (see src/site/searchIndexParts.ts): the first part's folder lists the others,
   * and each is merged into the search. Null when the list cannot be read: searching part of the archive would pass
   * off some of its articles as all of them.
   */
  async function furtherParts(instance) {
    // Where Pagefind itself looks for the first part: beside its script, under any path prefix.
    const bundle = new URL(instance.options.bundlePath, window.location.href);
    const list = new URL('parts.json', bundle);
    try {
      const response = await fetch(list);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const folders = await response.json();
      if (!Array.isArray(folders) || !folders.every((folder) => typeof folder === 'string' && /^part-\d+\/$/.test(folder))) {
        throw new Error('not a list of part folders');
      }
      return folders.map((folder) => ({ bundlePath: new URL(folder, bundle).pathname }));
    } catch (error) {
      console.error(
        `search: cannot read the list of the index's parts, ${list.pathname} (${error.message}), so search is off: publish the whole pagefind/ folder of the build, parts.json included`,
      );
      return null;
    }
  }

  /**
   * The list shows its first `max-results` results (set by the page); the button below it adds as many again, until
   * every result of the query is shown. A new query starts again from one page.
   */
  function pageResults(instance, results) {
    const more = document.querySelector('[data-search-more]');
    const page = Number(results.getAttribute('max-results'));
    if (more === null || !(page > 0)) return;
    let shown = page;
    let term = null;
    instance.on('search', (searched) => {
      if (searched === term) return;
      term = searched;
      shown = page;
      results.maxResults = shown;
    });
    instance.on('results', (response) => {
      more.hidden = (response?.results?.length ?? 0) <= shown;
    });
    more.addEventListener('click', () => {
      shown += page;
      results.maxResults = shown;
      // The same query again: Pagefind answers it from what it has loaded, and the list is drawn to the new length.
      instance.triggerSearch(term);
    });
  }

  async function startSearch() {
    const search = document.querySelector('[data-search]');
    const results = document.querySelector('pagefind-results');
    // Without Pagefind's script (not built, or blocked) the page keeps its note pointing to the indexes.
    if (search === null || results === null || window.PagefindComponents === undefined) return;
    const instance = window.PagefindComponents.getInstanceManager().getInstance('default');
    const parts = await furtherParts(instance);
    if (parts === null) return;
    // Pagefind loads on the first focus or query, and the search is hidden until now; an instance already loaded
    // would ignore the parts (with only a warning), so that is refused as an unreadable list is.
    instance.applyOptions({ mergeIndex: parts });
    if (instance.options.mergeIndex !== parts) {
      console.error('search: the search index loaded before its parts could be added, so search is off: report this');
      return;
    }
    results.resultTemplate = renderResult;
    pageResults(instance, results);
    search.hidden = false;
    document.querySelector('[data-search-fallback]')?.setAttribute('hidden', '');
    const query = new URLSearchParams(window.location.search).get(QUERY_PARAMETER);
    if (!query) return;
    const input = document.querySelector('pagefind-input input');
    if (input !== null) input.value = query;
    instance.triggerSearch(query);
  }

  startSearch();
})();
