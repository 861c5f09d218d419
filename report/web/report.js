// claimgraph report: the page's own code. Reads the data claimgraph embedded
// (report/report_data.h documents it), draws the graph with Cytoscape.js, and
// builds the timeline and comparison views. Everything is local: nothing is
// fetched. Text from transcripts only ever reaches the page as textContent,
// never as HTML.
//
// window.claimgraphReport exposes the state for the self-test (selftest.js):
// {data, cy, ready (a Promise resolved once the graph is laid out), select,
// setView}.
(function () {
  'use strict';

  const data = JSON.parse(document.getElementById('claimgraph-data').textContent);
  const nodes = data.nodes;
  const claims = data.claims;
  const episodes = data.episodes;

  const TYPES = ['person', 'company', 'model', 'product'];
  const TYPE_COLORS = {person: '#4e79a7', company: '#f28e2b', model: '#59a14f', product: '#b07aa1'};
  const SPEAKER_COLORS = ['#d62728', '#1f77b4', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf',
                          '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];

  // Speakers in order of first appearance get their colours.
  const speakers = [];
  const speakerColor = new Map();
  for (const episode of episodes) {
    for (const s of episode.speakers) {
      if (s >= 0 && !speakerColor.has(s)) {
        speakerColor.set(s, SPEAKER_COLORS[speakers.length % SPEAKER_COLORS.length]);
        speakers.push(s);
      }
    }
  }
  nodes.forEach((n, i) => {
    if (n.speaker && !speakerColor.has(i)) {
      speakerColor.set(i, SPEAKER_COLORS[speakers.length % SPEAKER_COLORS.length]);
      speakers.push(i);
    }
  });

  // Claims about each node: those naming it, as subject, object or mention.
  const claimsAbout = nodes.map(() => []);
  const claimsBy = nodes.map(() => []);
  claims.forEach((c, i) => {
    const about = new Set(c.about);
    if (c.subject >= 0) about.add(c.subject);
    if (c.object >= 0) about.add(c.object);
    for (const n of about) claimsAbout[n].push(i);
    if (c.speaker >= 0) claimsBy[c.speaker].push(i);
  });
  const relationNames = [...new Set(claims.filter(c => c.relation).map(c => c.relation))].sort();

  const state = {speaker: -1, episode: -1, types: new Set(TYPES), relation: '', selected: -1};

  // ---- small DOM helpers -------------------------------------------------

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  const SVG = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    return e;
  }

  function swatch(color, speaker) {
    return el('span', {class: 'swatch' + (speaker ? ' speaker' : ''), style: 'background:' + color});
  }

  function clock(seconds) {
    const h = Math.floor(seconds / 3600), m = Math.floor(seconds / 60) % 60, s = seconds % 60;
    return String(h).padStart(2, '0') + ':' + String(m).padStart(2, '0') + ':' + String(s).padStart(2, '0');
  }

  function episodeName(i) {
    const e = episodes[i];
    if (!e) return '';
    return (e.date ? e.date + ' ' : '') + (e.title || e.source);
  }

  function shortEpisodeName(i) {
    const name = episodeName(i);
    return name.length > 48 ? name.slice(0, 46) + '...' : name;
  }

  function label(i) { return i >= 0 && nodes[i] ? nodes[i].label : '?'; }

  function relationText(r) { return r.replace(/_/g, ' '); }

  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  // ---- filters -----------------------------------------------------------

  function claimPasses(c) {
    if (state.speaker >= 0 && c.speaker !== state.speaker) return false;
    if (state.episode >= 0 && c.episode !== state.episode) return false;
    if (state.relation && c.relation !== state.relation) return false;
    return true;
  }

  function filtersActive() {
    return state.speaker >= 0 || state.episode >= 0 || state.relation !== '';
  }

  function linkVisible(link) {
    if (state.relation) return false;
    if (state.speaker >= 0 && link.s !== state.speaker) return false;
    if (state.episode >= 0) {
      const said = link.by.some(([e]) => e === state.episode) ||
                   link.claims.some(c => claims[c].episode === state.episode);
      if (!said) return false;
    }
    return true;
  }

  function relationVisible(rel) {
    if (state.relation && rel.r !== state.relation) return false;
    return rel.claims.some(c => claimPasses(claims[c]));
  }

  // Applies the filters to the graph: an entity is shown when its type is
  // ticked and, while a speaker, episode or relation is chosen, it is that
  // speaker or is joined to a shown link.
  function applyFilters() {
    if (!cy) return;
    const visibleNodes = new Set();
    const typeOk = i => state.types.has(nodes[i].type);
    cy.batch(() => {
      data.links.forEach((link, k) => {
        const show = linkVisible(link) && typeOk(link.s) && typeOk(link.t);
        cy.getElementById('l' + k).style('display', show ? 'element' : 'none');
        if (show) { visibleNodes.add(link.s); visibleNodes.add(link.t); }
      });
      data.relations.forEach((rel, k) => {
        const show = relationVisible(rel) && typeOk(rel.s) && typeOk(rel.t);
        cy.getElementById('r' + k).style('display', show ? 'element' : 'none');
        if (show) { visibleNodes.add(rel.s); visibleNodes.add(rel.t); }
      });
      if (state.speaker >= 0 && !state.relation) visibleNodes.add(state.speaker);
      if (state.episode >= 0 && state.speaker < 0 && !state.relation) {
        nodes.forEach((n, i) => { if (n.episodes.includes(state.episode)) visibleNodes.add(i); });
      }
      let shown = 0;
      nodes.forEach((n, i) => {
        const show = typeOk(i) && (!filtersActive() || visibleNodes.has(i));
        cy.getElementById(n.id).style('display', show ? 'element' : 'none');
        if (show) shown++;
      });
      document.getElementById('filter-status').textContent =
          shown + ' of ' + nodes.length + (nodes.length === 1 ? ' entity' : ' entities') + ' shown';
    });
    if (state.selected >= 0) showDetails(state.selected);
  }

  function setupFilters() {
    const speakerSelect = document.getElementById('filter-speaker');
    for (const s of speakers) speakerSelect.append(el('option', {value: s, text: label(s)}));
    const episodeSelect = document.getElementById('filter-episode');
    episodes.forEach((e, i) => episodeSelect.append(el('option', {value: i, text: shortEpisodeName(i)})));
    const relationSelect = document.getElementById('filter-relation');
    for (const r of relationNames) relationSelect.append(el('option', {value: r, text: relationText(r)}));
    const types = document.getElementById('filter-types');
    for (const t of TYPES) {
      const count = nodes.filter(n => n.type === t).length;
      const box = el('input', {type: 'checkbox', value: t, checked: true});
      box.checked = true;
      box.addEventListener('change', () => {
        if (box.checked) state.types.add(t); else state.types.delete(t);
        applyFilters();
      });
      types.append(el('label', {}, box, swatch(TYPE_COLORS[t]), t + ' (' + count + ')'));
    }
    speakerSelect.addEventListener('change', () => {
      state.speaker = speakerSelect.value === '' ? -1 : Number(speakerSelect.value);
      applyFilters();
    });
    episodeSelect.addEventListener('change', () => {
      state.episode = episodeSelect.value === '' ? -1 : Number(episodeSelect.value);
      applyFilters();
    });
    relationSelect.addEventListener('change', () => {
      state.relation = relationSelect.value;
      applyFilters();
    });
    document.getElementById('filter-reset').addEventListener('click', resetFilters);
    const legend = document.getElementById('legend');
    legend.append(
        el('div', {}, el('span', {class: 'edge'}), 'speaker mentions or talks about'),
        el('div', {}, el('span', {class: 'edge relation'}), 'relation claim (arrow: subject to object)'),
        el('div', {}, el('span', {class: 'edge negated'}), 'relation said not to hold'),
        el('div', {}, swatch('#ccc', true), 'ringed: a speaker'),
        el('div', {text: 'Size: how often an entity is mentioned.'}));
  }

  function resetFilters() {
    state.speaker = -1; state.episode = -1; state.relation = ''; state.types = new Set(TYPES);
    document.getElementById('filter-speaker').value = '';
    document.getElementById('filter-episode').value = '';
    document.getElementById('filter-relation').value = '';
    for (const box of document.querySelectorAll('#filter-types input')) box.checked = true;
    applyFilters();
  }

  // ---- the graph ---------------------------------------------------------

  let cy = null;
  let autoView = null;  // what to keep in view on resize: {fit: true} or {node: i}

  function nodeSize(n) {
    const size = 18 + 9 * Math.sqrt(n.mentions);
    return Math.min(n.speaker ? Math.max(size, 34) : size, 96);
  }

  function buildGraph() {
    const elements = [];
    // Deterministic start: a spiral in data order, so every opening of the
    // page gives the same picture.
    nodes.forEach((n, i) => {
      const angle = i * 2.399963, radius = 30 * Math.sqrt(i + 1);
      elements.push({group: 'nodes', data: {id: n.id, idx: i, label: n.label, type: n.type,
                                            size: nodeSize(n), speaker: n.speaker ? 1 : 0},
                     position: {x: radius * Math.cos(angle), y: radius * Math.sin(angle)}});
    });
    data.links.forEach((link, k) => {
      elements.push({group: 'edges', data: {id: 'l' + k, source: nodes[link.s].id, target: nodes[link.t].id,
                                            kind: 'link', k: k, width: 1 + Math.log2(1 + link.n + link.claims.length)}});
    });
    data.relations.forEach((rel, k) => {
      elements.push({group: 'edges', data: {id: 'r' + k, source: nodes[rel.s].id, target: nodes[rel.t].id,
                                            kind: 'relation', k: k, label: (rel.negated === rel.claims.length ? 'not ' : '') + relationText(rel.r),
                                            negated: rel.negated === rel.claims.length ? 1 : 0}});
    });
    cy = cytoscape({
      container: document.getElementById('cy'),
      elements: elements,
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      style: [
        {selector: 'node', style: {
          'background-color': ele => TYPE_COLORS[ele.data('type')] || '#999',
          'width': 'data(size)', 'height': 'data(size)',
          'label': 'data(label)', 'font-size': 11, 'color': '#1d2230',
          'text-valign': 'bottom', 'text-margin-y': 3,
          'text-outline-color': '#fff', 'text-outline-width': 2,
          'min-zoomed-font-size': 7, 'border-width': 1, 'border-color': '#fff'}},
        {selector: 'node[speaker = 1]', style: {'border-width': 4, 'border-color': '#222', 'font-weight': 'bold'}},
        {selector: 'node:selected', style: {'border-width': 5, 'border-color': '#2b5fd9'}},
        {selector: 'edge[kind = "link"]', style: {
          'curve-style': 'haystack', 'width': 'data(width)', 'line-color': '#c3c8d1', 'opacity': 0.8}},
        {selector: 'edge[kind = "relation"]', style: {
          'curve-style': 'bezier', 'width': 2, 'line-color': '#3d4455',
          'target-arrow-shape': 'triangle', 'target-arrow-color': '#3d4455',
          'label': 'data(label)', 'font-size': 9, 'color': '#3d4455',
          'text-rotation': 'autorotate', 'text-background-color': '#fff',
          'text-background-opacity': 0.85, 'text-background-padding': 1, 'min-zoomed-font-size': 8}},
        {selector: 'edge[negated = 1]', style: {'line-style': 'dashed', 'line-color': '#c0392b',
                                                 'target-arrow-color': '#c0392b', 'color': '#c0392b'}},
        {selector: '.dim', style: {'opacity': 0.15}},
        {selector: 'edge.near', style: {'line-color': '#2b5fd9', 'opacity': 1}},
      ],
      layout: {name: 'preset'},
    });
    const big = nodes.length > 1500;
    const layout = cy.layout(big
        ? {name: 'concentric', concentric: n => n.data('size'), levelWidth: () => 10, animate: false}
        : {name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true,
           idealEdgeLength: () => 90, nodeRepulsion: () => 9000, numIter: nodes.length > 300 ? 400 : 1000,
           gravity: 0.4, padding: 30});
    const done = new Promise(resolve => layout.one('layoutstop', resolve));
    layout.run();

    cy.on('tap', 'node', evt => select(evt.target.data('idx')));
    cy.on('tap', 'edge', evt => showEdge(evt.target.data('kind'), evt.target.data('k')));
    cy.on('tap', evt => { if (evt.target === cy) select(-1); });
    document.getElementById('fit').addEventListener('click', () => {
      fitGraph();
      autoView = {fit: true};
    });
    // Until the reader moves the view, a resized window keeps the graph
    // fitted (or the chosen entity centred).
    const container = document.getElementById('cy');
    for (const type of ['wheel', 'mousedown', 'touchstart']) {
      container.addEventListener(type, () => { autoView = null; }, {passive: true});
    }
    window.addEventListener('resize', () => {
      cy.resize();
      if (autoView && autoView.fit) fitGraph();
      else if (autoView && autoView.node >= 0) cy.center(cy.getElementById(nodes[autoView.node].id));
    });
    return done.then(() => { cy.resize(); fitGraph(); autoView = {fit: true}; });
  }

  // Fits the shown entities, but never blows a small graph up past life size.
  function fitGraph() {
    const shown = cy.elements(':visible');
    cy.fit(shown, 30);
    if (cy.zoom() > 1.25) {
      cy.zoom(1.25);
      cy.center(shown);
    }
  }

  function highlight(i) {
    cy.elements().removeClass('dim near');
    if (i < 0) return;
    const node = cy.getElementById(nodes[i].id);
    const near = node.closedNeighborhood();
    cy.elements().not(near).addClass('dim');
    node.connectedEdges().addClass('near');
  }

  // Selects entity i (-1: none): graph highlight and the details panel.
  function select(i, center) {
    state.selected = i;
    if (cy) {
      cy.nodes(':selected').unselect();
      if (i >= 0) {
        const node = cy.getElementById(nodes[i].id);
        node.select();
        if (center) {
          cy.zoom(Math.max(cy.zoom(), 1.2));
          cy.center(node);
          autoView = {node: i};
        }
      }
      highlight(i);
    }
    if (i >= 0) showDetails(i); else showHint();
  }

  // ---- the details panel -------------------------------------------------

  function showHint() {
    const details = document.getElementById('details');
    details.replaceChildren(
        el('h2', {text: 'Details'}),
        el('p', {class: 'hint', text: 'Click an entity to read every claim made about it: who said it, ' +
                                      'in which episode, when, the relation and how sure they were. ' +
                                      'Click a line between two entities for the claims that join them.'}));
  }

  function claimItem(ci) {
    const c = claims[ci];
    const meta = el('div', {class: 'meta'});
    if (c.speaker >= 0) {
      meta.append(el('span', {class: 'who'}, swatch(speakerColor.get(c.speaker) || '#999'), label(c.speaker)));
    }
    meta.append(el('span', {title: episodes[c.episode] ? episodes[c.episode].source : '', text: shortEpisodeName(c.episode)}));
    meta.append(el('span', {text: c.time !== null ? c.time : 'line ' + c.line}));
    meta.append(el('span', {class: 'modality ' + c.modality, text: c.modality}));
    const item = el('li', {class: 'claim' + (c.negated ? ' negated' : ''), 'data-claim': c.id});
    if (c.relation) {
      item.append(el('div', {class: 'relation'},
                     label(c.subject) + ' ' + relationText(c.relation) + ' ' + label(c.object),
                     c.negated ? el('span', {class: 'denied', text: 'said not to hold'}) : null));
    } else if (c.negated) {
      item.append(el('div', {class: 'relation'}, el('span', {class: 'denied', text: 'negated'})));
    }
    item.append(el('blockquote', {text: '\u201c' + c.text + '\u201d'}), meta);
    return item;
  }

  function claimList(indexes, what) {
    const shown = indexes.filter(ci => claimPasses(claims[ci]));
    const out = [];
    if (shown.length !== indexes.length) {
      out.push(el('p', {class: 'filtered-note',
                        text: 'Filters hide ' + (indexes.length - shown.length) + ' of ' + indexes.length + ' ' + what + '.'}));
    }
    if (!shown.length) {
      out.push(el('p', {class: 'empty', text: 'No ' + what + (indexes.length ? ' match the filters.' : '.')}));
      return out;
    }
    out.push(el('ul', {class: 'claims'}, ...shown.map(claimItem)));
    return out;
  }

  function showDetails(i) {
    const n = nodes[i];
    const details = document.getElementById('details');
    const badges = el('div', {class: 'badges'},
        el('span', {class: 'badge type', style: 'background:' + TYPE_COLORS[n.type], text: n.type}),
        n.speaker ? el('span', {class: 'badge', text: 'speaker'}) : null,
        n.kind ? el('span', {class: 'badge', text: n.kind}) : null);
    const facts = el('ul', {class: 'facts'});
    facts.append(el('li', {text: plural(n.mentions, 'mention') + ' in ' + plural(n.episodes.length, 'episode')}));
    const aliases = n.aliases.filter(a => a !== n.label);
    if (aliases.length) facts.append(el('li', {text: 'Said as: ' + aliases.join(', ')}));
    facts.append(el('li', {text: n.id}));
    if (n.homepage) facts.append(el('li', {}, el('a', {href: n.homepage, rel: 'noopener noreferrer', target: '_blank', text: n.homepage})));
    if (n.wikidata) facts.append(el('li', {text: 'Wikidata ' + n.wikidata}));
    const parts = [el('h3', {text: n.label}), badges, facts];

    parts.push(el('h4', {text: 'Claims about ' + n.label + ' (' + claimsAbout[i].length + ')'}));
    parts.push(...claimList(claimsAbout[i], 'claims about ' + n.label));

    if (n.speaker) {
      parts.push(el('h4', {text: 'Claims by ' + n.label + ' (' + claimsBy[i].length + ')'}));
      const by = el('details', {}, el('summary', {text: 'Show the claims ' + n.label + ' made'}),
                    ...claimList(claimsBy[i], 'claims by ' + n.label));
      parts.push(by);
    }

    const who = data.links.filter(l => l.t === i && (l.n > 0 || l.claims.length));
    if (who.length) {
      parts.push(el('h4', {text: 'Talked about by'}));
      parts.push(el('ul', {class: 'speakers-of'}, ...who.map(l => el('li', {},
          swatch(speakerColor.get(l.s) || '#999'), label(l.s) + ': ' + plural(l.n, 'mention') +
          (l.claims.length ? ', ' + plural(l.claims.length, 'claim') : '')))));
    }
    details.replaceChildren(...parts);
    details.scrollTop = 0;
  }

  function showEdge(kind, k) {
    const details = document.getElementById('details');
    state.selected = -1;
    highlight(-1);
    if (kind === 'relation') {
      const rel = data.relations[k];
      details.replaceChildren(
          el('h3', {text: label(rel.s) + ' ' + relationText(rel.r) + ' ' + label(rel.t)}),
          el('p', {class: 'hint', text: plural(rel.claims.length, 'claim') +
                                        (rel.negated ? ', ' + rel.negated + ' saying it does not hold' : '')}),
          ...claimList(rel.claims, 'claims'));
    } else {
      const link = data.links[k];
      const parts = [el('h3', {text: label(link.s) + ' on ' + label(link.t)}),
                     el('p', {class: 'hint', text: plural(link.n, 'mention') + ' in ' +
                                                   plural(link.by.length, 'episode')})];
      parts.push(el('h4', {text: 'Claims (' + link.claims.length + ')'}), ...claimList(link.claims, 'claims'));
      details.replaceChildren(...parts);
    }
  }

  // ---- search: names and every alias ------------------------------------

  function normalize(text) {
    return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
               .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  }

  const searchNames = nodes.map(n => {
    const names = [n.label, ...n.aliases];
    const slug = n.id.slice(n.id.indexOf(':') + 1).replace(/-/g, ' ');
    names.push(slug);
    return [...new Set(names)].map(name => ({name: name, norm: normalize(name)}));
  });

  // Best first: a whole name, then a name or one of its words starting with
  // the query, then the query anywhere in a name with spaces removed.
  function search(query) {
    const q = normalize(query);
    if (!q) return [];
    const compact = q.replace(/ /g, '');
    const hits = [];
    nodes.forEach((n, i) => {
      let best = 0, via = '';
      for (const {name, norm} of searchNames[i]) {
        let score = 0;
        if (norm === q) score = 4;
        else if (norm.startsWith(q)) score = 3;
        else if (norm.split(' ').some(w => w.startsWith(q))) score = 2;
        else if (compact.length >= 3 && norm.replace(/ /g, '').includes(compact)) score = 1;
        if (score > best) { best = score; via = name; }
      }
      if (best) hits.push({i: i, score: best, via: via});
    });
    hits.sort((a, b) => b.score - a.score || nodes[b.i].mentions - nodes[a.i].mentions || a.i - b.i);
    return hits.slice(0, 10);
  }

  function setupSearch() {
    const input = document.getElementById('search');
    const list = document.getElementById('search-results');
    let hits = [], active = 0;
    function render() {
      list.replaceChildren();
      if (!input.value.trim()) { list.hidden = true; return; }
      if (!hits.length) {
        list.append(el('li', {class: 'none', text: 'No entity or alias matches'}));
      }
      hits.forEach((h, k) => {
        const n = nodes[h.i];
        list.append(el('li', {role: 'option', 'data-id': n.id, 'aria-selected': k === active ? 'true' : 'false',
                              onmousedown: e => { e.preventDefault(); choose(k); }},
            swatch(TYPE_COLORS[n.type], n.speaker), n.label,
            h.via !== n.label ? el('span', {class: 'via', text: 'said as \u201c' + h.via + '\u201d'}) : null));
      });
      list.hidden = false;
    }
    function choose(k) {
      const h = hits[k];
      if (!h) return;
      list.hidden = true;
      input.value = nodes[h.i].label;
      openEntity(h.i);
    }
    input.addEventListener('input', () => { hits = search(input.value); active = 0; render(); });
    input.addEventListener('keydown', e => {
      if (e.key === 'ArrowDown') { active = Math.min(active + 1, hits.length - 1); render(); e.preventDefault(); }
      else if (e.key === 'ArrowUp') { active = Math.max(active - 1, 0); render(); e.preventDefault(); }
      else if (e.key === 'Enter') { choose(active); e.preventDefault(); }
      else if (e.key === 'Escape') { list.hidden = true; }
    });
    input.addEventListener('blur', () => { list.hidden = true; });
    input.addEventListener('focus', () => { if (input.value.trim()) render(); });
  }

  // Shows entity i in the graph view, clearing filters that would hide it.
  function openEntity(i) {
    setView('graph');
    const node = cy && cy.getElementById(nodes[i].id);
    if (node && node.style('display') === 'none') resetFilters();
    select(i, true);
  }

  // ---- views -------------------------------------------------------------

  const rendered = {timeline: false, compare: false};

  function setView(view) {
    if (view === 'compare' && episodes.length < 2) view = 'graph';
    for (const b of document.querySelectorAll('#tabs button')) {
      b.setAttribute('aria-selected', b.dataset.view === view ? 'true' : 'false');
    }
    for (const v of ['graph', 'timeline', 'compare']) {
      document.getElementById('view-' + v).hidden = v !== view;
    }
    if (view === 'timeline' && !rendered.timeline) { renderTimeline(); rendered.timeline = true; }
    if (view === 'compare' && !rendered.compare) { renderCompare(); rendered.compare = true; }
    if (view === 'graph' && cy) cy.resize();
  }

  // ---- timeline ----------------------------------------------------------

  const tooltip = document.getElementById('tooltip');

  // The sentence as DOM, with the entity's name or alias marked.
  function quoteWithMark(text, entity) {
    const names = [nodes[entity].label, ...nodes[entity].aliases].filter(Boolean)
                      .sort((a, b) => b.length - a.length);
    const lower = text.toLowerCase();
    for (const name of names) {
      const at = lower.indexOf(name.toLowerCase());
      if (at >= 0) {
        return el('p', {}, '\u201c' + text.slice(0, at), el('mark', {text: text.slice(at, at + name.length)}),
                  text.slice(at + name.length) + '\u201d');
      }
    }
    return el('p', {text: '\u201c' + text + '\u201d'});
  }

  function showTooltip(evt, episode, mark) {
    const where = episode.timed ? clock(mark.x) + ', line ' + mark.line : 'line ' + mark.line;
    tooltip.replaceChildren(el('div', {class: 'tmeta', text: label(mark.s) + ' on ' + label(mark.e) + ' \u00b7 ' + where}));
    if (mark.q.length) for (const t of mark.q) tooltip.append(quoteWithMark(data.texts[t], mark.e));
    else tooltip.append(el('p', {text: '(the sentence is not in this report: it was made from a JSON graph)'}));
    tooltip.hidden = false;
    moveTooltip(evt);
  }

  function moveTooltip(evt) {
    const pad = 14;
    let x = evt.clientX + pad, y = evt.clientY + pad;
    const r = tooltip.getBoundingClientRect();
    if (x + r.width > window.innerWidth - 8) x = Math.max(8, evt.clientX - r.width - pad);
    if (y + r.height > window.innerHeight - 8) y = Math.max(8, evt.clientY - r.height - pad);
    tooltip.style.left = x + 'px';
    tooltip.style.top = y + 'px';
  }

  // A round tick step: clock-like for seconds, decimal for line numbers.
  function niceStep(span, target, timed) {
    const raw = span / target;
    const steps = timed ? [1, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200]
                        : [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];
    for (const s of steps) if (s >= raw) return s;
    return steps[steps.length - 1] * Math.ceil(raw / steps[steps.length - 1]);
  }

  function timelineCard(ei) {
    const episode = episodes[ei];
    const card = el('div', {class: 'episode-card', 'data-episode': ei});
    card.append(el('h3', {text: episode.title || episode.source}));
    card.append(el('div', {class: 'sub', text: [episode.date, episode.source,
        plural(episode.turns.length, 'turn'), episode.timed ? 'time across' : 'no timestamps: line across']
        .filter(Boolean).join(' \u00b7 ')}));
    const legend = el('div', {class: 'speaker-legend'});
    for (const s of episode.speakers) legend.append(el('span', {}, swatch(speakerColor.get(s) || '#999'), label(s)));
    card.append(legend);
    const left = 180, right = 36, top = 34, rowHeight = 24, width = 1100;
    const end = Math.max(episode.end, 1);
    const plot = width - left - right;
    const height = top + episode.rows.length * rowHeight + 8;
    const x = v => left + (v / end) * plot;
    const chart = svg('svg', {class: 'timeline', viewBox: '0 0 ' + width + ' ' + height,
                              role: 'img', 'aria-label': 'Mentions over time in ' + (episode.title || episode.source)});
    // Axis and grid.
    const step = niceStep(end, 10, episode.timed);
    for (let v = 0; v <= end; v += step) {
      chart.append(svg('line', {class: 'grid', x1: x(v), x2: x(v), y1: top - 4, y2: height - 8}));
      const t = svg('text', {class: 'axis', x: x(v), y: 10, 'text-anchor': 'middle'});
      t.textContent = episode.timed ? clock(v) : String(v);
      chart.append(t);
    }
    // Who speaks when: one band, a stretch per turn.
    episode.turns.forEach(([s, start], k) => {
      const next = k + 1 < episode.turns.length ? episode.turns[k + 1][1] : end;
      const band = svg('rect', {x: x(start), y: 16, width: Math.max(0.5, x(next) - x(start)), height: 8,
                                fill: speakerColor.get(s) || '#999', opacity: 0.55});
      const title = svg('title');
      title.textContent = label(s) + (episode.timed ? ' at ' + clock(start) : ' at line ' + start);
      band.append(title);
      chart.append(band);
    });
    for (const chapter of episode.chapters) {
      const line = svg('line', {class: 'chapter', x1: x(chapter.x), x2: x(chapter.x), y1: top - 6, y2: height - 8});
      const title = svg('title');
      title.textContent = clock(chapter.x) + ' ' + chapter.title;
      line.append(title);
      chart.append(line);
    }
    const rowOf = new Map(episode.rows.map((e, r) => [e, r]));
    episode.rows.forEach((e, r) => {
      const y = top + r * rowHeight + rowHeight / 2;
      chart.append(svg('line', {class: 'grid', x1: left, x2: width - right, y1: y, y2: y}));
      const name = svg('text', {class: 'rowlabel', x: left - 10, y: y + 4, 'text-anchor': 'end'});
      const count = episode.marks.filter(m => m.e === e).length;
      name.textContent = (nodes[e].label.length > 24 ? nodes[e].label.slice(0, 23) + '...' : nodes[e].label) + ' (' + count + ')';
      name.addEventListener('click', () => openEntity(e));
      chart.append(svg('circle', {cx: 8, cy: y, r: 4, fill: TYPE_COLORS[nodes[e].type]}));
      chart.append(name);
    });
    for (const mark of episode.marks) {
      const r = rowOf.get(mark.e);
      if (r === undefined) continue;
      const dot = svg('circle', {class: 'mark', cx: x(mark.x), cy: top + r * rowHeight + rowHeight / 2, r: 5,
                                 fill: speakerColor.get(mark.s) || '#999', tabindex: 0});
      dot.addEventListener('mouseenter', evt => showTooltip(evt, episode, mark));
      dot.addEventListener('mousemove', moveTooltip);
      dot.addEventListener('mouseleave', () => { tooltip.hidden = true; });
      dot.addEventListener('focus', () => {
        const b = dot.getBoundingClientRect();
        showTooltip({clientX: b.right, clientY: b.bottom}, episode, mark);
      });
      dot.addEventListener('blur', () => { tooltip.hidden = true; });
      dot.addEventListener('click', () => { tooltip.hidden = true; openEntity(mark.e); });
      chart.append(dot);
    }
    card.append(chart);
    if (!episode.rows.length) {
      card.append(el('p', {class: 'empty', text: 'No entities were found in this episode.'}));
    }
    return card;
  }

  function renderTimeline() {
    const view = document.getElementById('view-timeline');
    const intro = el('p', {class: 'hint', text: 'Each row is one of the most-mentioned entities of the episode; each dot ' +
        'is a turn in which it was mentioned, coloured by who spoke. Hover a dot to read what was said; ' +
        'click it to open the entity. The band on top shows who speaks when.'});
    const holder = el('div');
    const toolbar = el('div', {class: 'toolbar'});
    if (episodes.length > 1) {
      const pick = el('select', {'aria-label': 'Episode'});
      pick.append(el('option', {value: '', text: 'All episodes'}));
      episodes.forEach((e, i) => pick.append(el('option', {value: i, text: shortEpisodeName(i)})));
      const showAll = episodes.length <= 4;
      pick.value = showAll ? '' : '0';
      const draw = () => {
        holder.replaceChildren(...(pick.value === '' ? episodes.map((e, i) => timelineCard(i))
                                                     : [timelineCard(Number(pick.value))]));
      };
      pick.addEventListener('change', draw);
      toolbar.append(el('label', {text: 'Episode '}), pick);
      view.replaceChildren(intro, toolbar, holder);
      draw();
    } else {
      view.replaceChildren(intro, holder);
      if (episodes.length) holder.append(timelineCard(0));
      else holder.append(el('p', {class: 'empty', text: 'No episodes.'}));
    }
  }

  // ---- comparison --------------------------------------------------------

  function claimSide(title, indexes) {
    return [el('div', {class: 'side', text: title}), el('ul', {class: 'claims'}, ...indexes.map(claimItem))];
  }

  function renderCompare() {
    const view = document.getElementById('view-compare');
    const parts = [el('h2', {text: 'Who is talked about where'}),
                   el('p', {class: 'hint', text: 'Mentions per episode (turns in which the entity is named); ' +
                                                 'darker is more. Click a name to open it in the graph.'})];
    const ranked = nodes.map((n, i) => i).filter(i => nodes[i].mentions > 0)
                        .sort((a, b) => nodes[b].mentions - nodes[a].mentions || a - b);
    const limit = 40;
    const table = el('table', {class: 'heat'});
    const head = el('tr', {}, el('th', {text: 'Entity'}));
    episodes.forEach((e, i) => head.append(el('th', {title: episodeName(i), text: (e.date || '#' + (i + 1)) + ' ' +
        (e.title || e.source).slice(0, 18)})));
    table.append(el('thead', {}, head));
    const body = el('tbody');
    let max = 1;
    for (const i of ranked) for (const [, c] of nodes[i].counts) max = Math.max(max, c);
    const drawRows = count => {
      body.replaceChildren();
      for (const i of ranked.slice(0, count)) {
        const counts = new Map(nodes[i].counts);
        const row = el('tr', {'data-id': nodes[i].id},
                       el('th', {onclick: () => openEntity(i)}, swatch(TYPE_COLORS[nodes[i].type], nodes[i].speaker), ' ', nodes[i].label));
        episodes.forEach((e, ei) => {
          const c = counts.get(ei) || 0;
          const t = c / max;
          const bg = c ? 'rgba(43, 95, 217, ' + (0.08 + 0.82 * Math.sqrt(t)).toFixed(3) + ')' : '#f6f7f9';
          row.append(el('td', {style: 'background:' + bg + ';color:' + (t > 0.35 ? '#fff' : '#1d2230'),
                               title: nodes[i].label + ' in ' + episodeName(ei) + ': ' + c, text: c || ''}));
        });
        body.append(row);
      }
    };
    drawRows(limit);
    table.append(body);
    parts.push(table);
    if (ranked.length > limit) {
      const more = el('button', {type: 'button', text: 'Show all ' + ranked.length + ' entities'});
      more.addEventListener('click', () => { drawRows(ranked.length); more.remove(); });
      parts.push(more);
    }

    const conflicts = el('div', {id: 'conflicts'}, el('h2', {text: 'Claims that conflict (' + data.conflicts.length + ')'}));
    if (!data.conflicts.length) conflicts.append(el('p', {class: 'empty', text: 'No relation claim is asserted in one episode and denied or reversed in another.'}));
    for (const c of data.conflicts) {
      const what = label(c.subject) + ' ' + relationText(c.relation) + ' ' + label(c.object);
      const other = c.kind === 'reversed' ? label(c.object) + ' ' + relationText(c.relation) + ' ' + label(c.subject)
                                          : 'Denied: ' + what;
      conflicts.append(el('div', {class: 'compare-item conflict'},
          el('h4', {text: c.kind === 'reversed' ? what + '  vs.  ' + other : what + ': said and denied'}),
          ...claimSide(what, c.claims), ...claimSide(other, c.against)));
    }
    const agreements = el('div', {id: 'agreements'}, el('h2', {text: 'Claims made in several episodes (' + data.agreements.length + ')'}));
    if (!data.agreements.length) agreements.append(el('p', {class: 'empty', text: 'No relation claim is made in more than one episode.'}));
    for (const a of data.agreements) {
      const what = (a.negated ? 'Not so: ' : '') + label(a.subject) + ' ' + relationText(a.relation) + ' ' + label(a.object);
      agreements.append(el('div', {class: 'compare-item agreement'},
          el('h4', {text: what + ' \u00b7 ' + plural(a.episodes.length, 'episode')}),
          el('ul', {class: 'claims'}, ...a.claims.map(claimItem))));
    }
    parts.push(el('div', {class: 'compare-grid'}, conflicts, agreements));
    view.replaceChildren(...parts);
  }

  // ---- start -------------------------------------------------------------

  function summary() {
    const entities = nodes.length;
    const said = claims.length;
    const rel = claims.filter(c => c.relation).length;
    document.getElementById('summary').textContent =
        plural(episodes.length, 'episode') + ' \u00b7 ' + plural(speakers.length, 'speaker') + ' \u00b7 ' +
        entities + (entities === 1 ? ' entity' : ' entities') + ' \u00b7 ' + plural(said, 'claim') +
        ' (' + rel + ' with a relation)';
  }

  // "#entity=company:meta" opens an entity; "#view=timeline" a view.
  function followHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    const view = params.get('view');
    if (view) setView(view);
    const id = params.get('entity');
    if (id) {
      const i = nodes.findIndex(n => n.id === id);
      if (i >= 0) openEntity(i);
    }
  }

  summary();
  setupFilters();
  setupSearch();
  for (const b of document.querySelectorAll('#tabs button')) {
    b.addEventListener('click', () => setView(b.dataset.view));
  }
  if (episodes.length < 2) document.querySelector('#tabs button[data-view="compare"]').hidden = true;
  showHint();
  applyFilters();
  const ready = (typeof cytoscape === 'function' ? buildGraph() : Promise.reject(new Error('Cytoscape.js is missing')))
      .then(() => { applyFilters(); followHash(); });
  window.addEventListener('hashchange', followHash);

  window.claimgraphReport = {data: data, get cy() { return cy; }, ready: ready, select: select,
                             setView: setView, search: search};
})();
