// Quality coach: as the customer types the subject and the description, ask the server what would make the ticket
// one support can act on, and show its findings. Debounced; the last answer wins; nothing is sent while nothing
// changed. The panel says which inputs it reads (data-subject, data-description, data-type) or uses the form's.
(function () {
  'use strict';

  var DELAY = 600;
  // the section's own text fields (cf_<key>: steps, error code, user and route…) are part of the case
  var DETAILS = 'textarea[name^="cf_"], input[name^="cf_"][type=text], input[name^="cf_"][type=url], '
      + 'input[name^="cf_"]:not([type]), [data-coach-detail]';

  function field(ids) {
    for (var i = 0; i < ids.length; i++) {
      var element = ids[i] && document.getElementById(ids[i]);
      if (element) {
        return element;
      }
    }
    return null;
  }

  function start(panel) {
    if (panel.dataset.coachReady) {
      return;
    }
    panel.dataset.coachReady = 'true';
    var results = panel.querySelector('#coach-results');
    var inputs = panel.closest('[data-subject]') || panel;
    var subject = field([inputs.dataset.subject, 'subject', 'asunto']);
    var description = field([inputs.dataset.description, 'description', 'descripcion']);
    var type = field([inputs.dataset.type, 'type', 'tipo', 'typeCode']);
    var form = (subject && subject.form) || (description && description.form);
    var files = form ? form.querySelector('input[type=file]') : null;
    if (!subject && !description) {
      return;
    }
    var timer = null;
    var sequence = 0;
    var last = null;

    function typeCode() {
      var container = panel.closest('[data-type-code]');
      var fromField = type ? type.value : '';
      return fromField || (container && container.dataset.typeCode) || panel.dataset.typeCode || '';
    }

    function details() {
      if (!form) {
        return [];
      }
      var values = [];
      form.querySelectorAll(DETAILS).forEach(function (input) {
        if (input !== subject && input !== description && input.value.trim()) {
          values.push(input.value);
        }
      });
      return values;
    }

    function check() {
      var body = new URLSearchParams();
      body.set('asunto', subject ? subject.value : '');
      body.set('descripcion', description ? description.value : '');
      body.set('tipo', typeCode());
      body.set('archivos', files && files.files ? String(files.files.length) : '0');
      details().forEach(function (value) { body.append('detalles', value); });
      var key = body.toString();
      if (key === last) {
        return;
      }
      last = key;
      var mine = ++sequence;
      var headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'HX-Request': 'true' };
      var token = document.querySelector('meta[name="_csrf"]');
      var header = document.querySelector('meta[name="_csrf_header"]');
      if (token && header) {
        headers[header.content] = token.content;
      }
      results.setAttribute('aria-busy', 'true');
      fetch(panel.dataset.coachUrl, { method: 'POST', headers: headers, body: key, credentials: 'same-origin' })
        .then(function (response) {
          return response.ok ? response.text() : null;
        })
        .then(function (html) {
          if (html !== null && mine === sequence) {
            results.innerHTML = html;
          }
        })
        .catch(function () { /* the coach is advice: a failed check leaves the last one shown */ })
        .finally(function () {
          if (mine === sequence) {
            results.removeAttribute('aria-busy');
          }
        });
    }

    function later() {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, DELAY);
    }

    [subject, description].forEach(function (input) {
      if (input) {
        input.addEventListener('input', later);
        input.addEventListener('blur', check);
      }
    });
    if (form) {
      // the type's own fields (steps, error code…) count too
      form.addEventListener('input', function (event) {
        if (event.target !== subject && event.target !== description && event.target.matches(DETAILS)) {
          later();
        }
      });
    }
    if (type) {
      type.addEventListener('change', check);
    }
    if (files) {
      files.addEventListener('change', check);
    }
    if ((subject && subject.value) || (description && description.value)) {
      check();
    }
  }

  function startAll() {
    document.querySelectorAll('.quality-coach[data-coach-url]').forEach(start);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', startAll);
  } else {
    startAll();
  }
  document.addEventListener('htmx:afterSettle', startAll);
})();
