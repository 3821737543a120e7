// The agent's ticket view: keyboard shortcuts, the internal-note toggle, the "Devolver al solicitante" preview.
// Everything here is an enhancement; every action is a plain form that works without JavaScript.
(function () {
  'use strict';

  var replyForm = document.getElementById('reply-form');
  var body = document.getElementById('reply-body');
  var internal = document.getElementById('reply-internal');
  var status = document.getElementById('reply-status');
  var send = document.getElementById('reply-send');

  function modal(id) {
    var element = document.getElementById(id);
    return element && window.bootstrap ? window.bootstrap.Modal.getOrCreateInstance(element) : null;
  }

  function openDialog(id) {
    var dialog = modal(id);
    if (dialog) {
      dialog.show();
    }
  }

  function anyDialogOpen() {
    return document.querySelector('.modal.show') !== null;
  }

  // "Nota interna": the form turns yellow, the button says what will happen, and a note keeps the status
  // unless the agent chose one on purpose.
  var statusBeforeNote = null;
  function showMode() {
    if (!replyForm || !internal) {
      return;
    }
    replyForm.classList.toggle('is-note', internal.checked);
    if (send && !replyForm.querySelector('input[name=confirmed]')) {
      send.textContent = internal.checked ? send.dataset.labelNote : send.dataset.labelReply;
    }
  }
  if (internal) {
    internal.addEventListener('change', function () {
      if (internal.checked) {
        statusBeforeNote = status.value;
        status.value = '';
      } else if (statusBeforeNote !== null) {
        status.value = statusBeforeNote;
      }
      showMode();
    });
    showMode();
  }

  function startReply(asNote) {
    if (!body) {
      return;
    }
    if (internal && internal.checked !== asNote) {
      internal.checked = asNote;
      internal.dispatchEvent(new Event('change'));
    }
    body.focus();
  }

  // "Devolver al solicitante": the customer's message builds up as boxes are ticked; the server writes the real one.
  var preview = document.getElementById('return-preview');
  var returnForm = document.getElementById('return-form');
  function updatePreview() {
    var intro = document.getElementById('return-message').value.trim() || preview.dataset.intro;
    var lines = [intro, ''];
    returnForm.querySelectorAll('input[name=faltantes]:checked').forEach(function (box) {
      lines.push('- ' + box.dataset.text);
    });
    preview.textContent = lines.join('\n');
  }
  if (preview && returnForm) {
    returnForm.addEventListener('input', updatePreview);
    returnForm.addEventListener('change', updatePreview);
    updatePreview();
  }

  // A dialog whose form was refused opens again with what the agent wrote.
  document.querySelectorAll('.modal[data-open-on-load=true]').forEach(function (element) {
    openDialog(element.id);
  });

  // A refused sidebar change (400/409) comes back as the sidebar with its message: show it like a success.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var target = event.detail.target;
    if (event.detail.xhr.status >= 400 && event.detail.xhr.status < 500 && target && target.id === 'ticket-properties') {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  function typing(target) {
    return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  }

  var pendingG = false;
  var pendingTimer = null;
  document.addEventListener('keydown', function (event) {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && replyForm && replyForm.contains(event.target)) {
      event.preventDefault();
      replyForm.requestSubmit();
      return;
    }
    if (event.key === 'Escape') {
      var open = document.querySelector('.modal.show');
      if (open) {
        modal(open.id).hide();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target) || anyDialogOpen()) {
      return;
    }
    if (pendingG) {
      pendingG = false;
      clearTimeout(pendingTimer);
      if (event.key === 'q') {
        event.preventDefault();
        window.location.href = document.getElementById('back-to-queue').href;
      }
      return;
    }
    var assign = document.getElementById('assign-me');
    switch (event.key) {
      case 'r':
        event.preventDefault();
        startReply(false);
        break;
      case 'n':
        event.preventDefault();
        startReply(true);
        break;
      case 'a':
        if (assign && !assign.matches(':disabled')) {
          event.preventDefault();
          document.getElementById('assign-me-form').requestSubmit();
        }
        break;
      case 's':
        if (status) {
          event.preventDefault();
          status.focus();
        }
        break;
      case 'd':
        if (document.getElementById('return-dialog')) {
          event.preventDefault();
          openDialog('return-dialog');
        }
        break;
      case 'g':
        pendingG = true;
        pendingTimer = setTimeout(function () { pendingG = false; }, 1500);
        break;
      case '?':
        event.preventDefault();
        openDialog('shortcuts-help');
        break;
      default:
        break;
    }
  });
})();
