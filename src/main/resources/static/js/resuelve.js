// Resuelve: small progressive enhancements. Every page works without JavaScript.
(function () {
  'use strict';

  // The language switcher submits itself.
  document.addEventListener('change', function (event) {
    if (event.target.matches('[data-autosubmit]')) {
      event.target.form.submit();
    }
  });

  // htmx requests carry the CSRF token of the page.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // File inputs inside a .dropzone accept dropped files and list what was chosen, with size checks.
  function describe(input) {
    var list = input.closest('.dropzone').querySelector('.dropzone-files');
    var max = parseInt(input.dataset.maxBytes || '0', 10);
    var tooLarge = input.dataset.tooLarge || 'Too large';
    list.textContent = '';
    var problem = false;
    Array.prototype.forEach.call(input.files, function (file) {
      var item = document.createElement('li');
      var mb = (file.size / (1024 * 1024)).toFixed(1);
      item.textContent = file.name + ' (' + mb + ' MB)';
      if (max && file.size > max) {
        item.textContent += ' — ' + tooLarge;
        item.className = 'text-danger';
        problem = true;
      }
      list.appendChild(item);
    });
    input.setCustomValidity(problem ? tooLarge : '');
  }

  document.addEventListener('change', function (event) {
    if (event.target.matches('.dropzone input[type=file]')) {
      describe(event.target);
    }
  });

  ['dragenter', 'dragover'].forEach(function (name) {
    document.addEventListener(name, function (event) {
      var zone = event.target.closest && event.target.closest('.dropzone');
      if (zone) {
        event.preventDefault();
        zone.classList.add('dragging');
      }
    });
  });
  ['dragleave', 'drop'].forEach(function (name) {
    document.addEventListener(name, function (event) {
      var zone = event.target.closest && event.target.closest('.dropzone');
      if (!zone) {
        return;
      }
      event.preventDefault();
      zone.classList.remove('dragging');
      if (name === 'drop') {
        var input = zone.querySelector('input[type=file]');
        var transfer = new DataTransfer();
        Array.prototype.forEach.call(input.files, function (f) { transfer.items.add(f); });
        Array.prototype.forEach.call(event.dataTransfer.files, function (f) { transfer.items.add(f); });
        input.files = transfer.files;
        describe(input);
      }
    });
  });

  // Forms with data-confirm ask before they do something that cannot be undone (revoking a token).
  document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  // "No del todo" reveals its comment box and moves focus there.
  document.addEventListener('click', function (event) {
    var trigger = event.target.closest('[data-reveal]');
    if (trigger) {
      var target = document.getElementById(trigger.dataset.reveal);
      target.hidden = false;
      var field = target.querySelector('textarea, input');
      if (field) {
        field.focus();
      }
    }
  });
})();
