/* Settings → Pressfront: "Copy" beside the shared secret, when it is revealed. */
(function () {
  'use strict';
  var button = document.getElementById('pf-secret-copy');
  var field = document.getElementById('pf-secret');
  if (!button || !field) return;
  button.addEventListener('click', function () {
    field.select();
    if (navigator.clipboard) navigator.clipboard.writeText(field.value);
    button.textContent = window.pressfrontSettings.copied;
  });
})();
