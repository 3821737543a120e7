// Suggested articles beside the new-ticket form, and the deflection record: a customer who opened a suggested
// article and then left the form without sending it. The record is sent with navigator.sendBeacon (it survives the
// page closing) as a form post carrying the page's CSRF token, like any other form of the site.
(function () {
  'use strict';
  const panel = document.getElementById('deflection');
  if (!panel) {
    return;
  }
  const target = document.getElementById('deflection-suggestions');
  const subject = document.getElementById('subject') || document.getElementById('asunto');
  const description = document.getElementById('description') || document.getElementById('descripcion');
  const form = (subject && subject.form) || (description && description.form);
  const suggestUrl = panel.getAttribute('data-suggest-url');
  const deflectUrl = panel.getAttribute('data-deflect-url');
  const csrf = document.querySelector('meta[name="_csrf"]');
  const storageKey = 'resuelve.deflection';
  let timer = null;
  let lastQuery = '';
  let submitting = false;

  function query() {
    const title = subject ? subject.value.trim() : '';
    const text = description ? description.value.trim() : '';
    return (title.length >= 3 ? title : (title + ' ' + text).trim()).slice(0, 200);
  }

  function suggest() {
    const q = query();
    if (q === lastQuery || q.length < 3) {
      return;
    }
    lastQuery = q;
    fetch(suggestUrl + '?q=' + encodeURIComponent(q), { credentials: 'same-origin', headers: { 'HX-Request': 'true' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html !== null && q === lastQuery) {
          target.innerHTML = html;
        }
      })
      .catch(function () { /* suggestions are a help, never in the way */ });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(suggest, 350);
  }

  [subject, description].forEach(function (field) {
    if (field) {
      field.addEventListener('input', schedule);
    }
  });

  target.addEventListener('click', function (event) {
    const link = event.target.closest('a[data-article-id]');
    if (link) {
      sessionStorage.setItem(storageKey, JSON.stringify({ article: link.getAttribute('data-article-id'), q: lastQuery }));
    }
  });

  if (form) {
    form.addEventListener('submit', function () {
      submitting = true;
      sessionStorage.removeItem(storageKey);
    });
  }

  window.addEventListener('pagehide', function () {
    const opened = sessionStorage.getItem(storageKey);
    if (submitting || !opened || !csrf || !navigator.sendBeacon) {
      return;
    }
    const record = JSON.parse(opened);
    const body = new URLSearchParams();
    body.append('_csrf', csrf.getAttribute('content'));
    body.append('articulo', record.article);
    body.append('q', record.q || '');
    if (navigator.sendBeacon(deflectUrl, body)) {
      sessionStorage.removeItem(storageKey);
    }
  });

  if (subject && subject.value) {
    suggest();
  }
})();
