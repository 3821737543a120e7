// Resuelve agent queue: selection that survives the live refresh, "select all", keyboard moves (j/k/x/Enter),
// and a pause of the refresh while a menu is open. The page works without it (plain links and forms).
(function () {
  'use strict';

  var selected = new Set();
  var current = null; // ticket number of the keyboard cursor's row

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll('#queue-rows tr.queue-row'));
  }

  function checks() {
    return Array.prototype.slice.call(document.querySelectorAll('#queue-rows .queue-check'));
  }

  function describeSelection() {
    var note = document.getElementById('bulk-selected');
    var all = document.getElementById('select-all');
    var boxes = checks();
    if (all) {
      var checked = boxes.filter(function (b) { return b.checked; }).length;
      all.checked = boxes.length > 0 && checked === boxes.length;
      all.indeterminate = checked > 0 && checked < boxes.length;
    }
    if (note) {
      var template = selected.size === 1 ? note.dataset.one : note.dataset.many;
      if (template) {
        note.textContent = template.replace('{0}', String(selected.size));
      }
    }
  }

  // After a refresh the rows are new elements: put back the checks and the cursor.
  function reapply() {
    checks().forEach(function (box) { box.checked = selected.has(box.value); });
    rows().forEach(function (row) {
      row.classList.toggle('queue-current', row.dataset.number === current);
    });
    describeSelection();
  }

  function move(step) {
    var list = rows();
    if (!list.length) {
      return;
    }
    var index = list.findIndex(function (row) { return row.dataset.number === current; });
    index = index < 0 ? 0 : Math.min(list.length - 1, Math.max(0, index + step));
    current = list[index].dataset.number;
    reapply();
    var box = list[index].querySelector('.queue-check');
    if (box) {
      box.focus({ preventScroll: false });
    }
  }

  function currentRow() {
    return rows().find(function (row) { return row.dataset.number === current; });
  }

  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target.matches('#queue-rows .queue-check')) {
      if (target.checked) {
        selected.add(target.value);
      } else {
        selected.delete(target.value);
      }
      current = target.value;
      reapply();
    } else if (target.id === 'select-all') {
      checks().forEach(function (box) {
        box.checked = target.checked;
        if (target.checked) {
          selected.add(box.value);
        } else {
          selected.delete(box.value);
        }
      });
      describeSelection();
    }
  });

  document.addEventListener('focusin', function (event) {
    var row = event.target.closest && event.target.closest('#queue-rows tr.queue-row');
    if (row) {
      current = row.dataset.number;
      reapply();
    }
  });

  function typing(element) {
    return element && (element.isContentEditable || /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(element.tagName)
      && !(element.tagName === 'INPUT' && element.type === 'checkbox'));
  }

  document.addEventListener('keydown', function (event) {
    // Escape closes an open menu (bulk actions, columns) and gives the focus back to its button.
    if (event.key === 'Escape') {
      var menu = event.target.closest && event.target.closest('details[data-pause-refresh][open]');
      if (menu) {
        menu.open = false;
        menu.querySelector('summary').focus();
        event.preventDefault();
      }
      return;
    }
    if (!document.querySelector('[data-queue]') || event.ctrlKey || event.metaKey || event.altKey
        || typing(event.target)) {
      return;
    }
    if (event.key === 'j') {
      move(1);
      event.preventDefault();
    } else if (event.key === 'k') {
      move(-1);
      event.preventDefault();
    } else if (event.key === 'x') {
      var row = currentRow();
      var box = row && row.querySelector('.queue-check');
      if (box) {
        box.click();
        event.preventDefault();
      }
    } else if (event.key === 'Enter' && event.target.matches('.queue-check')) {
      var open = currentRow() && currentRow().querySelector('a.queue-open, a');
      if (open) {
        event.preventDefault();
        window.location.assign(open.href);
      }
    }
  });

  // The live refresh waits while a menu (bulk actions, columns, filters) is open or the tab is hidden.
  document.addEventListener('htmx:beforeRequest', function (event) {
    if (event.detail.elt && event.detail.elt.id === 'queue-poller'
        && (document.hidden || document.querySelector('details[data-pause-refresh][open]'))) {
      event.preventDefault();
    }
  });

  // Keep the focus where the agent left it: the refreshed rows replace the focused checkbox.
  var focusedNumber = null;
  document.addEventListener('htmx:beforeSwap', function (event) {
    var active = document.activeElement;
    var row = active && active.closest && active.closest('#queue-rows tr.queue-row');
    focusedNumber = row ? row.dataset.number : null;
  });
  document.addEventListener('htmx:afterSettle', function () {
    reapply();
    if (focusedNumber) {
      var box = document.getElementById('sel-' + focusedNumber);
      if (box) {
        box.focus({ preventScroll: true });
      }
      focusedNumber = null;
    }
  });

  // Forms submitted with the selection: the checkboxes carry form="bulk-form"; rows of other pages selected
  // before are not in the list any more and are not sent.
  document.addEventListener('DOMContentLoaded', function () {
    checks().forEach(function (box) { if (box.checked) { selected.add(box.value); } });
    reapply();
  });
})();
