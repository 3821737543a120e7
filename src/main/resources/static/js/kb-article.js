// Knowledge base article: the "Imprimir" button prints the page (the print stylesheet hides the rest).
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-print]');
    if (button) {
      window.print();
    }
  });
})();
