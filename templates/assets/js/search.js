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
   * Pagefind's excerpt is markup: the page's text with `<` and `>` escaped, and the matched words in `<mark>`. It is
   * parsed inert (a template's content runs and loads nothing) and only its text and marks are kept.
   */
  function excerptNodes(excerpt) {
    const parsed = document.createElement('template');
    parsed.innerHTML = excerpt;
    return [...parsed.content.childNodes].map((node) =>
      node.nodeName === 'MARK' ? element('mark', undefined, node.textContent) : document.createTextNode(node.textContent),
    );
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
    if (result.excerpt) item.appendChild(element('p', 'search-result-excerpt')).append(...excerptNodes(result.excerpt));
    return item;
  }

  function startSearch() {
    const search = document.querySelector('[data-search]');
    const results = document.querySelector('pagefind-results');
    // Without Pagefind's script (not built, or blocked) the page keeps its note pointing to the indexes.
    if (search === null || results === null || window.PagefindComponents === undefined) return;
    results.resultTemplate = renderResult;
    search.hidden = false;
    document.querySelector('[data-search-fallback]')?.setAttribute('hidden', '');
    const query = new URLSearchParams(window.location.search).get(QUERY_PARAMETER);
    if (!query) return;
    const input = document.querySelector('pagefind-input input');
    if (input !== null) input.value = query;
    window.PagefindComponents.getInstanceManager().getInstance('default').triggerSearch(query);
  }

  startSearch();
})();
