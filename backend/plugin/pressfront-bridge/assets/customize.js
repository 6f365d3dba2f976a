/* Pressfront themes → Customise: the form checks colours as they are picked (WCAG AA contrast,
   the same rule the frontend applies on save), and the live preview follows the form: each
   change asks WordPress for a fresh signed preview link and loads it in the frame. Site-identity
   images are picked from the Media Library. Strings come translated from PHP (pressfrontCustomize). */
(function () {
  'use strict';
  var config = window.pressfrontCustomize;
  var form = document.getElementById('pf-customize-form');
  if (!config || !form) return;
  var frame = document.getElementById('pf-preview');
  var status = document.querySelector('.pf-preview-status');

  function channel(value) {
    var c = value / 255;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
  function luminance(hex) {
    var n = parseInt(hex.slice(1), 16);
    return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  }
  function ratio(a, b) {
    var la = luminance(a),
      lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
  function format(template, args) {
    var i = 0;
    return template
      .replace(/%(\d)\$s/g, function (_, n) {
        return String(args[Number(n) - 1]);
      })
      .replace(/%s/g, function () {
        return String(args[i++]);
      });
  }

  /** Sets the colour field's validity: the browser then refuses to submit, saying why. */
  function checkColour(input) {
    var hex = input.value.toLowerCase();
    var minimum = Number(input.dataset.minimum || '4.5');
    var against = JSON.parse(input.dataset.against || '[]');
    var message = '';
    for (var i = 0; i < against.length && !message; i++) {
      var r = ratio(hex, against[i].hex);
      if (r < minimum) {
        message = format(config.contrast, [
          hex,
          (Math.floor(r * 100) / 100).toFixed(2),
          input.dataset.scheme,
          against[i].name,
          against[i].hex,
          minimum,
        ]);
      }
    }
    input.setCustomValidity(message);
    var shown = document.getElementById(input.id + '-message');
    if (shown) shown.textContent = message;
    var value = input.parentNode.querySelector('.pf-color-value');
    if (value) value.textContent = hex;
    return message === '';
  }

  /** The theme options as the form has them now, typed as the frontend expects them. */
  function currentOptions() {
    var options = {};
    var fields = form.querySelectorAll('[name^="options["]');
    for (var i = 0; i < fields.length; i++) {
      var field = fields[i];
      var name = field.name.slice(8, -1);
      if (field.type === 'hidden') continue;
      options[name] = field.type === 'checkbox' ? field.checked : field.value;
    }
    return options;
  }

  var timer = null;
  var asked = 0;
  function refreshPreview() {
    if (!frame || !form.checkValidity()) return;
    var ticket = ++asked;
    var body = new URLSearchParams();
    body.set('action', config.action);
    body.set('_ajax_nonce', config.nonce);
    body.set('theme', form.dataset.theme);
    body.set('options', JSON.stringify(currentOptions()));
    fetch(config.ajaxUrl, { method: 'POST', credentials: 'same-origin', body: body })
      .then(function (response) {
        return response.json();
      })
      .then(function (answer) {
        if (ticket !== asked) return; // a newer change is on its way
        if (!answer || !answer.success) throw new Error('refused');
        frame.src = answer.data.url;
        if (status) status.textContent = '';
      })
      .catch(function () {
        if (status) status.textContent = config.previewFailed;
      });
  }
  function changed(event) {
    var target = event.target;
    if (!target.name || target.name.indexOf('options[') !== 0) return;
    if (target.type === 'color' && !checkColour(target)) return;
    clearTimeout(timer);
    timer = setTimeout(refreshPreview, 300);
  }
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  var colours = form.querySelectorAll('input[type="color"]');
  for (var i = 0; i < colours.length; i++) checkColour(colours[i]);

  // Site identity images, from the Media Library.
  var pickers = form.querySelectorAll('.pf-image-field');
  Array.prototype.forEach.call(pickers, function (picker) {
    var input = picker.querySelector('input[type="hidden"]');
    var image = picker.querySelector('img');
    var remove = picker.querySelector('.pf-image-remove');
    picker.querySelector('.pf-image-choose').addEventListener('click', function () {
      if (!window.wp || !window.wp.media) return;
      var library = window.wp.media({
        title: config.chooseImage,
        button: { text: config.useImage },
        library: { type: 'image' },
        multiple: false,
      });
      library.on('select', function () {
        var chosen = library.state().get('selection').first().toJSON();
        input.value = String(chosen.id);
        image.src = chosen.sizes && chosen.sizes.medium ? chosen.sizes.medium.url : chosen.url;
        image.hidden = false;
        remove.hidden = false;
      });
      library.open();
    });
    remove.addEventListener('click', function () {
      input.value = '0';
      image.removeAttribute('src');
      image.hidden = true;
      remove.hidden = true;
    });
  });
})();
