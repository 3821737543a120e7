// Resuelve: macros. The picker in the ticket view applies a macro; the macro form inserts placeholders; delete
// buttons ask first. Contract with the ticket view: #reply-form holds the textarea #reply-body and the select
// #reply-status; after a macro changed ticket fields, "ticket-changed" is triggered on <body> for htmx to reload
// the properties (#ticket-properties).
(function () {
  'use strict';

  if (window.resuelveMacros) {
    return; // loaded once even when several fragments include it
  }
  window.resuelveMacros = true;

  function csrfHeaders() {
    var headers = { 'Accept': 'application/json' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  // Forms that destroy something ask for confirmation.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.matches('form[data-confirm]') && !window.confirm(form.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });

  // The macro form: a placeholder button inserts its placeholder at the cursor of the body.
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button[data-placeholder]');
    if (!button) {
      return;
    }
    var body = document.getElementById('body');
    if (!body || body.disabled) {
      return;
    }
    var text = '{{' + button.getAttribute('data-placeholder') + '}}';
    var start = body.selectionStart === undefined ? body.value.length : body.selectionStart;
    var end = body.selectionEnd === undefined ? start : body.selectionEnd;
    body.value = body.value.slice(0, start) + text + body.value.slice(end);
    body.focus();
    body.setSelectionRange(start + text.length, start + text.length);
    body.dispatchEvent(new Event('input', { bubbles: true }));
  });

  // The picker: the search box narrows the list of macros.
  function filterMacros(input) {
    var select = document.getElementById('macro-select');
    if (!select) {
      return;
    }
    var needle = input.value.trim().toLowerCase();
    var firstMatch = null;
    Array.prototype.forEach.call(select.options, function (option) {
      if (!option.value) {
        return;
      }
      var match = !needle || option.textContent.toLowerCase().indexOf(needle) >= 0;
      option.hidden = !match;
      option.disabled = !match;
      if (match && !firstMatch) {
        firstMatch = option;
      }
    });
    var selected = select.options[select.selectedIndex];
    if (needle && firstMatch && (!selected || !selected.value || selected.hidden)) {
      select.value = firstMatch.value;
    } else if (!firstMatch) {
      select.value = '';
    }
  }

  document.addEventListener('input', function (event) {
    if (event.target.id === 'macro-filter') {
      filterMacros(event.target);
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.target.id === 'macro-filter' && event.key === 'Enter') {
      event.preventDefault();
      applySelected();
    }
  });

  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('#macro-apply')) {
      applySelected();
    }
  });

  function say(text, isError) {
    var status = document.getElementById('macro-status');
    if (status) {
      status.textContent = text;
      status.className = 'small mt-1 mb-0' + (isError ? ' text-danger-emphasis' : ' text-success-emphasis');
    }
  }

  function insertReply(body) {
    var reply = document.querySelector('#reply-form #reply-body') || document.getElementById('reply-body');
    if (!reply) {
      return null;
    }
    if (reply.value.trim() === '') {
      reply.value = body;
    } else {
      reply.value = reply.value.replace(/\s+$/, '') + '\n\n' + body;
    }
    reply.dispatchEvent(new Event('input', { bubbles: true }));
    return reply;
  }

  function selectStatus(status) {
    var select = document.getElementById('reply-status');
    if (!status || !select) {
      return;
    }
    var exists = Array.prototype.some.call(select.options, function (option) {
      return option.value === status;
    });
    if (exists) {
      select.value = status;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  function applySelected() {
    var picker = document.getElementById('macro-picker');
    var select = document.getElementById('macro-select');
    var button = document.getElementById('macro-apply');
    if (!picker || !select || !select.value) {
      if (select) {
        select.focus();
      }
      return;
    }
    var name = select.options[select.selectedIndex].textContent;
    button.disabled = true;
    fetch(picker.getAttribute('data-apply-url') + encodeURIComponent(select.value) + '/aplicar', {
      method: 'POST',
      headers: csrfHeaders(),
      credentials: 'same-origin'
    }).then(function (response) {
      return response.json().catch(function () {
        return {};
      }).then(function (json) {
        if (!response.ok) {
          throw new Error(json.detail || picker.getAttribute('data-error'));
        }
        return json;
      });
    }).then(function (result) {
      var reply = insertReply(result.body || '');
      selectStatus(result.status);
      if (result.fieldsChanged && window.htmx) {
        window.htmx.trigger(document.body, 'ticket-changed');
      }
      say(picker.getAttribute('data-applied').replace('{0}', name), false);
      if (reply) {
        reply.focus();
      }
    }).catch(function (error) {
      say(error.message || picker.getAttribute('data-error'), true);
    }).then(function () {
      button.disabled = false;
    });
  }
}());
