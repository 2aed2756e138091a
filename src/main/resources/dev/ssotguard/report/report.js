'use strict';
// Renders the report from the JSON data block. Every value comes from the scanned repository, so it is
// only ever set as text (textContent, SVG text nodes), never parsed as HTML.
(function () {
  const data = JSON.parse(document.getElementById('ssot-data').textContent);
  const $ = (id) => document.getElementById(id);
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  };
  const plural = (n, w) => n + ' ' + w + (n === 1 ? '' : 's');

  $('summary').textContent = plural(data.summary.errors, 'error') + ', ' + plural(data.summary.warnings, 'warning') +
    ', ' + plural(data.summary.notes, 'note') + ' in ' + plural(data.summary.files, 'file') + ' scanned' +
    (data.summary.suppressed ? '; ' + data.summary.suppressed + ' suppressed' : '') +
    (data.truncated ? '; the first ' + data.findings.length + ' findings are shown' : '');
  $('tool').textContent = 'ssot-guard ' + data.tool.version;

  const rules = [...new Set(data.findings.map((f) => f.rule))].sort();
  const ruleSelect = $('filter-rule');
  for (const r of rules) {
    const o = el('option', null, r + ' ' + (data.ruleNames[r] || ''));
    o.value = r;
    ruleSelect.appendChild(o);
  }

  function row(f) {
    const tr = el('tr');
    tr.dataset.severity = f.severity;
    tr.dataset.rule = f.rule;
    tr.dataset.text = (f.path + ' ' + f.message + ' ' + f.rule).toLowerCase();
    tr.appendChild(el('td', 'sev sev-' + f.severity, f.severity));
    tr.appendChild(el('td', 'rule', f.rule));
    tr.appendChild(el('td', 'where', f.path + ':' + f.line + ':' + f.column));
    const msg = el('td');
    msg.appendChild(el('span', null, f.problem));
    if (f.fix) msg.appendChild(el('span', 'fix', 'Fix: ' + f.fix));
    if (f.related.length) {
      const ul = el('ul', 'related');
      for (const r of f.related) ul.appendChild(el('li', null, '↳ ' + r.path + ':' + r.line + ' ' + r.message));
      msg.appendChild(ul);
    }
    tr.appendChild(msg);
    return tr;
  }

  function table(findings) {
    const t = el('table');
    const head = el('tr');
    for (const h of ['Severity', 'Rule', 'Where', 'Problem']) head.appendChild(el('th', null, h));
    t.appendChild(el('thead')).appendChild(head);
    const body = el('tbody');
    for (const f of findings) body.appendChild(row(f));
    t.appendChild(body);
    return t;
  }

  function grouped(container, key, label) {
    const groups = new Map();
    for (const f of data.findings) {
      const k = f[key];
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(f);
    }
    for (const k of [...groups.keys()].sort()) {
      const section = el('section', 'group-section');
      section.appendChild(el('div', 'group', label(k)));
      section.appendChild(table(groups.get(k)));
      container.appendChild(section);
    }
  }
  grouped($('by-file'), 'path', (k) => k);
  grouped($('by-rule'), 'rule', (k) => k + ' ' + (data.ruleNames[k] || ''));
  if (!data.findings.length) $('findings-empty').classList.remove('hidden');

  function applyFilters() {
    const sev = { error: $('f-error').checked, warning: $('f-warning').checked, note: $('f-note').checked };
    const rule = ruleSelect.value;
    const text = $('filter-text').value.trim().toLowerCase();
    let shown = 0;
    for (const tr of document.querySelectorAll('#findings tbody tr')) {
      const ok = sev[tr.dataset.severity] && (!rule || tr.dataset.rule === rule) && (!text || tr.dataset.text.includes(text));
      tr.classList.toggle('hidden', !ok);
      if (ok && tr.closest('#by-file')) shown++;
    }
    for (const s of document.querySelectorAll('.group-section')) {
      s.classList.toggle('hidden', !s.querySelector('tbody tr:not(.hidden)'));
    }
    $('shown').textContent = shown + ' shown';
  }
  for (const id of ['f-error', 'f-warning', 'f-note', 'filter-rule', 'filter-text']) {
    $(id).addEventListener('input', applyFilters);
    $(id).addEventListener('change', applyFilters);
  }
  for (const b of document.querySelectorAll('.tabs button')) {
    b.addEventListener('click', () => {
      for (const o of document.querySelectorAll('.tabs button')) o.setAttribute('aria-pressed', String(o === b));
      $('by-file').classList.toggle('hidden', b.dataset.view !== 'by-file');
      $('by-rule').classList.toggle('hidden', b.dataset.view !== 'by-rule');
    });
  }
  applyFilters();

  // Inventory
  function simpleTable(target, headers, rows) {
    const t = el('table');
    const head = el('tr');
    for (const h of headers) head.appendChild(el('th', null, h));
    t.appendChild(el('thead')).appendChild(head);
    const body = el('tbody');
    for (const r of rows) {
      const tr = el('tr');
      for (const c of r) tr.appendChild(el('td', null, c));
      body.appendChild(tr);
    }
    t.appendChild(body);
    target.appendChild(t);
  }
  simpleTable($('datastores'), ['Datastore', 'Engine', 'Provider', 'Endpoints', 'Declared at'],
    data.datastores.map((d) => [d.id, d.engine, d.provider, d.endpoints, d.at]));
  simpleTable($('connections'), ['Client', 'Runtime', 'IPv6', 'Datastore', 'Endpoint', 'Environment', 'Verdict', 'Where'],
    data.connections.map((c) => [c.client, c.runtime, c.ipv6, c.datastore, c.endpoint, c.environment, c.verdict, c.at]));

  // Connection graph: clients -> endpoints -> datastores, each edge coloured by its verdict.
  const NS = 'http://www.w3.org/2000/svg';
  const colour = { breaks: '#c62828', allowed: '#2e7d32', unknown: '#888888' };
  const cols = [[], [], []];
  const index = [new Map(), new Map(), new Map()];
  const add = (col, name) => {
    if (!index[col].has(name)) { index[col].set(name, cols[col].length); cols[col].push(name); }
    return index[col].get(name);
  };
  const edges = [];
  for (const c of data.connections) {
    const a = add(0, c.client), b = add(1, c.endpoint), d = add(2, c.datastore);
    edges.push([0, a, 1, b, c.verdictKind], [1, b, 2, d, c.verdictKind]);
  }
  const rowH = 28, colW = 360, pad = 16;
  const height = Math.max(1, ...cols.map((c) => c.length)) * rowH + 2 * pad;
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 ' + (colW * 3) + ' ' + height);
  svg.setAttribute('width', '100%');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'connection graph');
  const y = (i) => pad + i * rowH + rowH / 2;
  for (const [c1, i1, c2, i2, kind] of edges) {
    const line = document.createElementNS(NS, 'line');
    line.setAttribute('x1', String(c1 * colW + colW - 40));
    line.setAttribute('y1', String(y(i1)));
    line.setAttribute('x2', String(c2 * colW + 8));
    line.setAttribute('y2', String(y(i2)));
    line.setAttribute('stroke', colour[kind] || colour.unknown);
    line.setAttribute('stroke-width', '2');
    line.setAttribute('class', 'edge edge-' + kind);
    svg.appendChild(line);
  }
  cols.forEach((names, c) => names.forEach((name, i) => {
    const t = document.createElementNS(NS, 'text');
    t.setAttribute('x', String(c * colW + 10));
    t.setAttribute('y', String(y(i) + 4));
    t.textContent = name.length > 48 ? name.slice(0, 47) + '…' : name;
    const title = document.createElementNS(NS, 'title');
    title.textContent = name;
    t.appendChild(title);
    svg.appendChild(t);
  }));
  if (!data.connections.length) $('graph-empty').classList.remove('hidden');
  $('graph').appendChild(svg);
  document.body.dataset.rendered = 'true';
})();
