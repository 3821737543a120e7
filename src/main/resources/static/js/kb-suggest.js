// Search suggestions as you type (WAI-ARIA combobox with a listbox). Asks the search API for articles; when the
// API is missing or fails, nothing is shown and the form still submits to the full results page.
(function () {
  'use strict';

  function setup(input) {
    var list = document.getElementById(input.getAttribute('aria-controls'));
    var status = input.form.querySelector('[role=status]');
    var timer = null;
    var active = -1;
    var items = [];
    var lastQuery = '';
    var controller = null;

    function close() {
      list.hidden = true;
      list.textContent = '';
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      items = [];
      active = -1;
    }

    function select(index) {
      items.forEach(function (item, i) {
        item.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      active = index;
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', items[index].id);
        items[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    // The snippet comes with <mark> highlighting; only those marks are kept, everything else becomes text.
    function appendSnippet(parent, html) {
      var template = document.createElement('template');
      template.innerHTML = html;
      template.content.childNodes.forEach(function (node) {
        if (node.nodeType === Node.ELEMENT_NODE && node.tagName === 'MARK') {
          var mark = document.createElement('mark');
          mark.textContent = node.textContent;
          parent.appendChild(mark);
        } else {
          parent.appendChild(document.createTextNode(node.textContent));
        }
      });
    }

    function show(results) {
      close();
      results.slice(0, 8).forEach(function (result, i) {
        var item = document.createElement('li');
        item.id = 'kb-suggestion-' + i;
        item.className = 'list-group-item';
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        item.dataset.url = result.url;
        var title = document.createElement('div');
        title.className = 'fw-semibold';
        title.textContent = result.title;
        item.appendChild(title);
        if (result.snippet) {
          var snippet = document.createElement('div');
          snippet.className = 'kb-suggestion-snippet';
          appendSnippet(snippet, result.snippet);
          item.appendChild(snippet);
        }
        list.appendChild(item);
        items.push(item);
      });
      if (items.length) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      if (status) {
        status.textContent = items.length === 0 ? ''
          : (items.length === 1 ? status.dataset.one : status.dataset.many.replace('{0}', items.length));
      }
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query === lastQuery) {
        return;
      }
      lastQuery = query;
      if (query.length < 2) {
        close();
        return;
      }
      if (controller) {
        controller.abort();
      }
      controller = window.AbortController ? new AbortController() : null;
      var url = input.dataset.suggestUrl + '?type=article&q=' + encodeURIComponent(query)
        + '&lang=' + encodeURIComponent(input.dataset.lang || 'es');
      fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin',
                   signal: controller ? controller.signal : undefined })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (results) {
          if (input.value.trim() === query) {
            show(Array.isArray(results) ? results.filter(function (r) { return r && r.url && r.title; }) : []);
          }
        })
        .catch(function () { /* no search engine, offline or aborted: no suggestions */ });
    }

    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, 250);
    });

    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' && items.length) {
        event.preventDefault();
        select(active + 1 >= items.length ? 0 : active + 1);
      } else if (event.key === 'ArrowUp' && items.length) {
        event.preventDefault();
        select(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        window.location.href = items[active].dataset.url;
      } else if (event.key === 'Escape') {
        if (!list.hidden) {
          event.preventDefault();
          close();
        }
      }
    });

    list.addEventListener('mousedown', function (event) {
      var item = event.target.closest('[role=option]');
      if (item) {
        event.preventDefault();
        window.location.href = item.dataset.url;
      }
    });

    input.addEventListener('blur', function () {
      window.setTimeout(close, 150);
    });
  }

  function init() {
    document.querySelectorAll('input[role=combobox][data-suggest-url]').forEach(setup);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
