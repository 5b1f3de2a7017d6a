// Filters the timeline page by actor and type without a reload. Only toggles `hidden` and writes text with
// textContent: it never builds markup from data. A long story's page is paged (section#timeline[data-paged]): there
// the filters reload the page (the server selects the events), and the link to the next events loads them into this
// page instead, moving in the elements of the server-rendered next page (same origin, already HTML-encoded).
'use strict';
(function () {
  var form = document.querySelector('form.filters');
  if (!form) {
    return;
  }

  var actor = document.getElementById('filter-actor');
  var type = document.getElementById('filter-type');
  var shown = document.getElementById('shown');
  var section = document.getElementById('timeline');

  if (section && section.hasAttribute('data-paged')) {
    actor.addEventListener('change', function () { form.submit(); });
    type.addEventListener('change', function () { form.submit(); });
    document.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a#more-events');
      if (!link) {
        return;
      }
      event.preventDefault();
      loadMore(link);
    });
    document.documentElement.classList.add('js');
    return;
  }

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

// Appends the next page of a paged timeline: its date groups (merged into the last group when they share its date
// label), its undated events and its navigation line.
function loadMore(link) {
  link.setAttribute('aria-busy', 'true');
  fetch(link.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.text();
    })
    .then(function (text) {
      var next = new DOMParser().parseFromString(text, 'text/html');
      var axis = document.querySelector('#timeline ol.axis');
      next.querySelectorAll('#timeline ol.axis > li.date-group').forEach(function (group) {
        var last = axis.lastElementChild;
        var label = group.querySelector('h2');
        if (last && label && last.querySelector('h2') && last.querySelector('h2').textContent === label.textContent) {
          group.querySelectorAll('ol.events > li.event').forEach(function (item) {
            last.querySelector('ol.events').appendChild(document.adoptNode(item));
          });
        } else {
          axis.appendChild(document.adoptNode(group));
        }
      });
      var undated = next.querySelector('#timeline #undated');
      if (undated) {
        var mine = document.querySelector('#timeline #undated');
        if (mine) {
          undated.querySelectorAll('li.event').forEach(function (item) {
            mine.querySelector('ol.events').appendChild(document.adoptNode(item));
          });
        } else {
          axis.parentNode.insertBefore(document.adoptNode(undated), link.closest('p.pages'));
        }
      }
      var pages = link.closest('p.pages');
      var nextPages = next.querySelector('#timeline p.pages');
      var more = nextPages && nextPages.querySelector('a#more-events');
      if (more) {
        link.href = more.getAttribute('href');
        link.textContent = more.textContent;
        link.removeAttribute('aria-busy');
      } else {
        link.remove();
      }
      var loaded = document.querySelectorAll('#timeline li.event').length;
      pages.firstChild.textContent = 'Events 1–' + loaded + ' of ' + (nextPages ? nextPages.textContent.replace(/^.* of (\d+)\..*$/, '$1') : loaded) + '.';
      var earlier = pages.querySelector('a#earlier-events');
      if (earlier && earlier.getAttribute('href').indexOf('start=0') >= 0) {
        earlier.remove();
      }
    })
    .catch(function () {
      link.removeAttribute('aria-busy');
      window.location.href = link.href;
    });
}
