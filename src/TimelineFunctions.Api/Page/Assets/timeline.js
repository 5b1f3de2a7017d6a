// Filters the timeline page by actor and type without a reload. Only toggles `hidden` and writes text with
// textContent: it never builds markup from data.
'use strict';
(function () {
  var form = document.querySelector('form.filters');
  if (!form) {
    return;
  }

  var actor = document.getElementById('filter-actor');
  var type = document.getElementById('filter-type');
  var shown = document.getElementById('shown');

  function apply() {
    var count = 0;
    document.querySelectorAll('li.event').forEach(function (item) {
      var actors = (item.getAttribute('data-actors') || '').split('\n');
      var match = (!actor.value || actors.indexOf(actor.value) >= 0) &&
        (!type.value || item.getAttribute('data-type') === type.value);
      item.hidden = !match;
      if (match) {
        count++;
      }
    });
    document.querySelectorAll('.date-group').forEach(function (group) {
      group.hidden = !group.querySelector('li.event:not([hidden])');
    });
    shown.textContent = count + (count === 1 ? ' event' : ' events');

    var params = new URLSearchParams();
    if (actor.value) {
      params.set('actor', actor.value);
    }
    if (type.value) {
      params.set('type', type.value);
    }
    var query = params.toString();
    history.replaceState(null, '', query ? '?' + query : location.pathname);
  }

  actor.addEventListener('change', apply);
  type.addEventListener('change', apply);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    apply();
  });
  document.documentElement.classList.add('js');
})();
