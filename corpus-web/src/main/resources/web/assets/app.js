// seacorpus workbench: small conveniences only. Every page works without this script.
'use strict';
document.addEventListener('DOMContentLoaded', () => {
  // the sort and view selectors of the search form apply at once
  for (const name of ['sort', 'view']) {
    const select = document.querySelector(`form.query select[name="${name}"]`);
    if (select) {
      select.addEventListener('change', () => select.form.requestSubmit());
    }
  }
  // changing many documents at once asks first
  for (const form of document.querySelectorAll('section.curate[data-count] form')) {
    form.addEventListener('submit', (event) => {
      const count = form.closest('section.curate').dataset.count;
      if (Number(count) > 1 && !window.confirm(`Change up to ${count} documents? (It can be undone.)`)) {
        event.preventDefault();
      }
    });
  }
});
