/* Request type forms: fields shown only while the field they depend on holds the awaited value, the impact's
   suggested priority refreshed as it is described, and the impact opened when "Urgente" is chosen.
   Admin field form: the options box only for list kinds. */
(function () {
  'use strict';

  function valuesOf(form, key) {
    var controls = form.querySelectorAll('[name="cf_' + key + '"]');
    var values = [];
    controls.forEach(function (control) {
      if (control.disabled) {
        return;
      }
      if (control.type === 'checkbox') {
        if (control.checked) {
          values.push(control.value);
        }
      } else if (control.value) {
        values.push(control.value);
      }
    });
    return values;
  }

  function applies(form, wrapper, seen) {
    var parentKey = wrapper.getAttribute('data-depends-on');
    if (!parentKey) {
      return true;
    }
    if (seen.indexOf(parentKey) >= 0) {
      return false;
    }
    var parent = form.querySelector('[data-field-key="' + parentKey + '"]');
    if (!parent || !applies(form, parent, seen.concat([parentKey]))) {
      return false;
    }
    var expected = wrapper.getAttribute('data-depends-value');
    var values = valuesOf(form, parentKey);
    var single = parent.querySelectorAll('input[type=checkbox]').length === 1
      && !parent.querySelector('fieldset');
    if (single) {
      return expected === (values.indexOf('true') >= 0 ? 'true' : 'false');
    }
    return values.indexOf(expected) >= 0;
  }

  function refreshDependencies(form) {
    form.querySelectorAll('[data-depends-on]').forEach(function (wrapper) {
      var show = applies(form, wrapper, []);
      wrapper.hidden = !show;
      wrapper.querySelectorAll('input, select, textarea').forEach(function (control) {
        control.disabled = !show;
      });
    });
  }

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'HX-Request': 'true' };
    if (token && header) {
      headers[header.getAttribute('content')] = token.getAttribute('content');
    }
    return headers;
  }

  var pending = null;

  function refreshSuggestion(form) {
    var target = document.getElementById('priority-suggestion');
    if (!target) {
      return;
    }
    var body = new URLSearchParams();
    form.querySelectorAll('.impact-answer').forEach(function (control) {
      if (control.type === 'checkbox' && !control.checked) {
        return;
      }
      body.append(control.name, control.value);
    });
    fetch(target.getAttribute('data-url'), {
      method: 'POST', headers: csrfHeaders(), body: body, credentials: 'same-origin'
    }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      if (html === null) {
        return;
      }
      var current = document.getElementById('priority-suggestion');
      var holder = document.createElement('div');
      holder.innerHTML = html;
      var fresh = holder.querySelector('#priority-suggestion');
      if (current && fresh) {
        current.replaceWith(fresh);
      }
    }).catch(function () { /* the server checks again on submit */ });
  }

  function wireTicketForm(form) {
    refreshDependencies(form);
    form.addEventListener('change', function (event) {
      if (event.target.name && event.target.name.indexOf('cf_') === 0) {
        refreshDependencies(form);
      }
      if (event.target.id === 'prioridad' && event.target.value === 'URGENT') {
        var impact = document.getElementById('impact');
        if (impact) {
          impact.open = true;
        }
      }
    });
    var refresh = function (event) {
      if (event.target.classList && event.target.classList.contains('impact-answer')) {
        clearTimeout(pending);
        pending = setTimeout(function () { refreshSuggestion(form); }, 250);
      }
    };
    form.addEventListener('input', refresh);
    form.addEventListener('change', refresh);
  }

  function wireFieldAdmin(form) {
    var kind = form.querySelector('#field-kind');
    var options = form.querySelector('#field-options-group');
    if (!kind || !options) {
      return;
    }
    var update = function () {
      options.hidden = kind.value !== 'SELECT' && kind.value !== 'MULTI_SELECT';
    };
    kind.addEventListener('change', update);
    update();
  }

  function init() {
    document.querySelectorAll('form[data-type-code], form.custom-values-form').forEach(wireTicketForm);
    document.querySelectorAll('form.field-admin-form').forEach(wireFieldAdmin);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
