// Window titles end with the help desk's name ("Usuarios · Soporte Acme"), as admins set it in /admin/ajustes.
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="helpdesk-name"]');
  var name = meta && meta.getAttribute('content');
  if (name && document.title.indexOf(name) === -1) {
    document.title = document.title ? document.title + ' · ' + name : name;
  }
})();
