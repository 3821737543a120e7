// The article editor's related-articles picker: searches the knowledge base as the agent types and adds the chosen
// article's number to the "related" field (which stays the source of truth, and still works without this script).
(function () {
  'use strict';

  function setup(picker) {
    var field = document.getElementById('article-related');
    var input = document.getElementById('related-search');
    var results = document.getElementById('related-results');
    var status = document.getElementById('related-status');
    var self = picker.dataset.self;
    var timer = null;
    var controller = null;

    function chosen() {
      return field.value.split(',').map(function (id) { return id.trim(); }).filter(Boolean);
    }

    function add(id, title) {
      var ids = chosen();
      if (ids.indexOf(id) < 0) {
        ids.push(id);
        field.value = ids.join(', ');
      }
      status.textContent = picker.dataset.added.replace('{0}', title);
      render(lastHits);
      input.focus();
    }

    var lastHits = [];

    function render(hits) {
      lastHits = hits;
      results.textContent = '';
      var ids = chosen();
      hits.filter(function (hit) { return String(hit.id) !== self; }).forEach(function (hit) {
        var item = document.createElement('li');
        item.className = 'list-group-item d-flex justify-content-between align-items-center gap-2 px-0';
        var title = document.createElement('span');
        title.textContent = '#' + hit.id + ' · ' + hit.title;
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'btn btn-outline-primary btn-sm';
        var already = ids.indexOf(String(hit.id)) >= 0;
        button.textContent = already ? '✓' : picker.dataset.add;
        button.disabled = already;
        button.setAttribute('aria-label', picker.dataset.add + ': ' + hit.title);
        button.addEventListener('click', function () { add(String(hit.id), hit.title); });
        item.appendChild(title);
        item.appendChild(button);
        results.appendChild(item);
      });
    }

    function search() {
      var q = input.value.trim();
      if (controller) {
        controller.abort();
      }
      if (q.length < 2) {
        render([]);
        return;
      }
      controller = new AbortController();
      fetch('/api/v1/search?type=article&limit=8&q=' + encodeURIComponent(q), {
        headers: { 'Accept': 'application/json' }, credentials: 'same-origin', signal: controller.signal
      }).then(function (response) {
        return response.ok ? response.json() : [];
      }).then(function (hits) {
        render(hits);
        status.textContent = hits.length ? '' : picker.dataset.none;
      }).catch(function () { /* aborted or offline: the field can still be typed in */ });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(search, 200);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        event.preventDefault(); // choosing is done with the buttons; Enter must not save the article
        search();
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var picker = document.getElementById('related-picker');
    if (picker) {
      setup(picker);
    }
  });
})();
