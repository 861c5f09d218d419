// claimgraph report self-test: runs only when the page is opened with
// "#selftest" (optionally "&entity=ID&speaker=ID&search=TEXT"). It drives the
// page as a person would (a mouse click on the entity in the graph, the
// speaker filter's menu, typing into the search box) and writes what it saw
// as JSON into <pre id="selftest-result">, so a headless browser's
// --dump-dom can be checked by the test (tests/report/browser_test.py).
(function () {
  'use strict';
  if (!location.hash.startsWith('#selftest')) return;
  const params = new URLSearchParams(location.hash.slice(1));
  const out = document.getElementById('selftest-result');
  const result = {errors: []};

  function finish() {
    out.textContent = JSON.stringify(result, null, 1);
    out.hidden = false;
    document.title = 'selftest: ' + (result.errors.length ? 'errors' : 'done');
  }

  // A real click: mouse events at the node's place on the graph's canvas.
  function clickNode(cy, node) {
    const box = cy.container().getBoundingClientRect();
    const pos = node.renderedPosition();
    const init = {bubbles: true, cancelable: true, view: window, button: 0, buttons: 1,
                  clientX: box.left + pos.x, clientY: box.top + pos.y};
    const target = document.elementFromPoint(init.clientX, init.clientY);
    result.clickTarget = target ? target.tagName.toLowerCase() : null;
    target.dispatchEvent(new MouseEvent('mousedown', init));
    target.dispatchEvent(new MouseEvent('mouseup', Object.assign({}, init, {buttons: 0})));
    target.dispatchEvent(new MouseEvent('click', Object.assign({}, init, {buttons: 0})));
  }

  function visibleIds(cy) {
    return cy.nodes().filter(n => n.style('display') !== 'none').map(n => n.id()).sort();
  }

  const report = window.claimgraphReport;
  if (!report) {
    result.errors.push('the report did not start (window.claimgraphReport is missing)');
    finish();
    return;
  }
  report.ready.then(() => {
    const cy = report.cy;
    result.viewport = {window: [innerWidth, innerHeight], graph: [cy.width(), cy.height()],
                       container: [cy.container().clientWidth, cy.container().clientHeight]};
    result.nodes = cy.nodes().length;
    result.edges = cy.edges().length;
    result.visibleNodes = visibleIds(cy).length;

    const entity = params.get('entity');
    if (entity) {
      const node = cy.getElementById(entity);
      if (node.empty()) {
        result.errors.push('no node ' + entity);
      } else {
        // Bring it to the middle, large, so that no other node covers it.
        cy.zoom(2);
        cy.center(node);
        clickNode(cy, node);
        const selected = cy.nodes(':selected');
        result.selected = selected.length === 1 ? selected.id() : selected.map(n => n.id());
        const heading = document.querySelector('#details h3');
        result.detailsTitle = heading ? heading.textContent : null;
        result.claimsListed = document.querySelectorAll('#details > ul.claims > li.claim').length;
        result.claimIds = [...document.querySelectorAll('#details > ul.claims > li.claim')]
                              .map(li => li.dataset.claim);
      }
    }

    const speaker = params.get('speaker');
    if (speaker) {
      const select = document.getElementById('filter-speaker');
      const option = [...select.options].find(o => o.value !== '' && report.data.nodes[Number(o.value)].id === speaker);
      if (!option) {
        result.errors.push('no speaker ' + speaker + ' in the speaker filter');
      } else {
        select.value = option.value;
        select.dispatchEvent(new Event('change', {bubbles: true}));
        result.speakerFilter = {visible: visibleIds(cy),
                                status: document.getElementById('filter-status').textContent,
                                claimsListed: document.querySelectorAll('#details > ul.claims > li.claim').length};
        select.value = '';
        select.dispatchEvent(new Event('change', {bubbles: true}));
      }
    }

    const query = params.get('search');
    if (query) {
      const input = document.getElementById('search');
      input.focus();
      input.value = query;
      input.dispatchEvent(new Event('input', {bubbles: true}));
      const first = document.querySelector('#search-results li[data-id]');
      result.searchFirst = first ? first.dataset.id : null;
      input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));
      const heading = document.querySelector('#details h3');
      result.searchOpened = heading ? heading.textContent : null;
    }

    report.setView('timeline');
    result.timelineCards = document.querySelectorAll('#view-timeline .episode-card').length;
    result.timelineMarks = document.querySelectorAll('#view-timeline circle.mark').length;
    result.compareTab = !document.querySelector('#tabs button[data-view="compare"]').hidden;
    if (result.compareTab) {
      report.setView('compare');
      result.heatRows = document.querySelectorAll('#view-compare table.heat tbody tr').length;
      result.conflicts = document.querySelectorAll('#conflicts .compare-item').length;
      result.agreements = document.querySelectorAll('#agreements .compare-item').length;
    }
    report.setView('graph');
  }).catch(error => {
    result.errors.push(String(error && error.stack || error));
  }).then(finish);
})();
