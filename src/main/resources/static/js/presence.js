// Collision detection on the agent's ticket view: tells the server whether the reply editor holds text (so the
// other agents see "… está escribiendo"), reports at once when that changes, and says goodbye when the page goes.
(function () {
  'use strict';
  var box = document.getElementById('ticket-presence');
  var composing = document.getElementById('presence-composing');
  if (!box || !composing) {
    return;
  }

  function editorHasText() {
    var editor = document.getElementById('reply-body');
    return !!editor && editor.value.trim().length > 0;
  }

  document.addEventListener('input', function (event) {
    if (event.target && event.target.id === 'reply-body') {
      var now = editorHasText() ? 'true' : 'false';
      if (composing.value !== now) {
        composing.value = now;
        if (window.htmx) {
          window.htmx.trigger(document.body, 'presence-changed');
        }
      }
    }
  });

  // "Ver los mensajes nuevos" reloads the page: the draft in the editor survives it.
  var draftKey = 'resuelve-draft:' + location.pathname;
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('#presence-new-messages a');
    var editor = document.getElementById('reply-body');
    if (link && editor && editor.value.trim()) {
      sessionStorage.setItem(draftKey, editor.value);
    }
  });
  var saved = sessionStorage.getItem(draftKey);
  if (saved !== null) {
    sessionStorage.removeItem(draftKey);
    var editor = document.getElementById('reply-body');
    if (editor && !editor.value.trim()) {
      editor.value = saved;
      composing.value = 'true';
    }
  }

  window.addEventListener('pagehide', function () {
    var token = document.querySelector('meta[name="_csrf"]');
    if (!navigator.sendBeacon || !token) {
      return;
    }
    var data = new FormData();
    data.append('_csrf', token.getAttribute('content'));
    navigator.sendBeacon(box.getAttribute('data-leave-url'), data);
  });
}());
