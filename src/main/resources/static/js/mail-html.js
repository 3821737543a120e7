// Mail shown as HTML in the agent's ticket view: "Ver como HTML" switches a message between its text and its
// sanitized HTML; "Mostrar imágenes remotas" loads the remote images of that message only (until then they stay in
// data-remote-src, so opening a mail never tells its sender that it was read).
(function () {
  'use strict';

  function target(button) {
    return document.getElementById(button.getAttribute('aria-controls'));
  }

  document.addEventListener('click', function (event) {
    var toggle = event.target.closest('.mail-html-toggle');
    if (toggle) {
      var html = target(toggle);
      var text = html && html.parentElement.querySelector('.message-body');
      if (!html) {
        return;
      }
      var showHtml = html.hidden;
      html.hidden = !showHtml;
      if (text) {
        text.hidden = showHtml;
      }
      toggle.setAttribute('aria-expanded', String(showHtml));
      toggle.textContent = showHtml ? toggle.dataset.labelText : toggle.dataset.labelHtml;
      var images = toggle.parentElement.querySelector('.mail-remote-images');
      if (images && !images.dataset.done) {
        images.hidden = !showHtml;
      }
      return;
    }
    var remote = event.target.closest('.mail-remote-images');
    if (remote) {
      var box = target(remote);
      if (!box) {
        return;
      }
      box.querySelectorAll('img[data-remote-src]').forEach(function (img) {
        var src = img.getAttribute('data-remote-src');
        if (/^https?:\/\//i.test(src)) {
          img.setAttribute('referrerpolicy', 'no-referrer');
          img.setAttribute('src', src);
        }
        img.removeAttribute('data-remote-src');
      });
      remote.dataset.done = 'true';
      remote.hidden = true;
    }
  });
})();
