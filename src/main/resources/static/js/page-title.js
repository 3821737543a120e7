// Window titles end with the help desk's name ("Personas · Soporte Acme") once admins give it one in
// /admin/ajustes; with the default name the page titles stay as they are.
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="helpdesk-name"]');
  var name = meta && meta.getAttribute('content');
  if (name && document.title.indexOf(name) === -1) {
    document.title = document.title ? document.title + ' · ' + name : name;
  }
})();
