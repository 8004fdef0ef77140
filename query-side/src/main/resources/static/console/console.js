'use strict';
// The Daftar operations console: plain JavaScript over the two apps' admin APIs, with the operator's bearer token
// from this tab's session storage. Every value shown is put into the page as text, never as markup.
(function () {
  const TOKEN_KEY = 'daftar.console.token';
  const POLL_MS = 1000;
  const $ = (selector) => document.querySelector(selector);
  let apps = [];
  let timer = null;
  let shownLetters = null; // {app, processor}
  let auditBefore = null;

  function el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value !== null && value !== undefined) element.setAttribute(name, value);
    });
    children.flat().forEach((child) => {
      if (child === null || child === undefined) return;
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return element;
  }

  function token() { return sessionStorage.getItem(TOKEN_KEY); }

  async function call(app, path, options) {
    const response = await fetch(app.url + path, Object.assign({}, options, {
      headers: Object.assign({ 'Authorization': 'Bearer ' + token() }, (options || {}).headers || {}),
    }));
    const text = await response.text();
    const body = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const error = new Error((body && (body.detail || body.title)) || ('HTTP ' + response.status));
      error.status = response.status;
      throw error;
    }
    return body;
  }

  function problem(message) {
    const box = $('#problem');
    box.textContent = message || '';
    box.hidden = !message;
  }

  function number(value, digits) {
    return value === null || value === undefined ? '–' : Number(value).toFixed(digits || 0);
  }

  function duration(seconds) {
    if (seconds === null || seconds === undefined) return 'unknown';
    if (seconds < 60) return Math.ceil(seconds) + ' s';
    return Math.floor(seconds / 60) + ' min ' + Math.ceil(seconds % 60) + ' s';
  }

  function stateOf(processor) {
    if (processor.error) return el('span', {}, 'error: ', processor.errorMessage || 'unknown');
    return processor.running ? 'running' : 'stopped';
  }

  function progressOf(processor) {
    const replay = processor.replay;
    if (!replay) return el('span', { 'class': 'caught-up' }, 'caught up');
    const label = (replay.replaying ? 'replaying ' : 'catching up ') + processor.name;
    return el('div', { 'class': 'replay' },
      el('progress', {
        max: '100', value: String(replay.percent), 'aria-label': label,
        'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(replay.percent),
      }),
      el('span', { 'class': 'percent' }, ' ' + number(replay.percent, 1) + ' %'),
      el('span', { 'class': 'detail' }, ' ' + (replay.replaying ? 'replay' : 'catch-up') + ' from '
        + replay.startPosition + ' to ' + replay.targetPosition + ', ' + number(replay.eventsPerSecond, 0)
        + ' events/s, ' + duration(replay.secondsLeft) + ' left'));
  }

  function deadLettersOf(app, processor) {
    if (!processor.deadLetters) return '–';
    const counts = processor.deadLetters.sequences + ' seq. / ' + processor.deadLetters.letters + ' letters';
    if (processor.deadLetters.letters === 0) return counts;
    return el('span', {}, counts + ' ', Object.assign(el('button', {
      type: 'button', 'class': 'show-letters', 'aria-label': 'Show dead letters of ' + processor.name,
    }, 'Show'), { onclick: () => showLetters(app, processor.name) }));
  }

  function row(app, processor) {
    const segments = processor.segments.map((s) => el('span', { 'class': 'segment' },
      '#' + s.segment + ' mask ' + s.mask + ' @' + s.position + ' ' + (s.owner || 'unclaimed')
      + (s.replaying ? ' replaying' : '') + (s.caughtUp === false ? ' behind' : '') + (s.error ? ' error: ' + s.error : '')));
    return el('tr', {
      'data-app': app.name, 'data-processor': processor.name,
      'class': processor.error ? 'error' : (processor.replay ? 'behind' : null),
    },
    el('td', {}, app.name),
    el('th', { scope: 'row' }, processor.name, el('br'), el('small', {}, processor.type)),
    el('td', { 'class': 'state' }, stateOf(processor)),
    el('td', {}, processor.position + ' / ' + processor.head),
    el('td', { 'class': 'lag' }, processor.lagEvents + ' events, ' + number(processor.lagSeconds, 1) + ' s'),
    el('td', { 'class': 'rate' }, number(processor.eventsPerSecond, 1)),
    el('td', {}, segments),
    el('td', { 'class': 'dead-letters' }, deadLettersOf(app, processor)),
    el('td', { 'class': 'progress' }, progressOf(processor)));
  }

  function self() { return apps.find((app) => app.url === '') || { url: '' }; }

  function seconds(duration) {
    // a Duration as Jackson writes it: seconds as a number, or ISO-8601 text such as PT1M30S
    if (duration === null || duration === undefined) return null;
    if (typeof duration === 'number') return duration;
    const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(duration);
    return match ? (+(match[1] || 0)) * 3600 + (+(match[2] || 0)) * 60 + (+(match[3] || 0)) : null;
  }

  function rebuildProgress(rebuild) {
    const progress = rebuild.progress;
    if (!progress) return '–';
    return el('div', { 'class': 'replay' },
      el('progress', {
        max: '100', value: String(progress.percent), 'aria-label': 'rebuilding ' + rebuild.readModel,
        'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(progress.percent),
      }),
      el('span', { 'class': 'percent' }, ' ' + number(progress.percent, 1) + ' %'),
      el('span', { 'class': 'detail' }, ' at ' + progress.position + ' of ' + progress.targetHead + ', '
        + number(progress.eventsPerSecond, 0) + ' events/s, ' + duration(seconds(progress.timeLeft)) + ' left'
        + (rebuild.failing ? ', failing: ' + (rebuild.failure || 'retrying') : '')));
  }

  function rebuildAction(label, path, rebuild, needsReason) {
    const button = el('button', { type: 'button', 'class': 'rebuild-' + label.toLowerCase().replace(/ /g, '-') },
      label);
    button.onclick = async () => {
      const reason = needsReason ? window.prompt(label + ': why?') : null;
      if (needsReason && !reason) return;
      await act(self(), '/api/v1/admin/rebuilds/' + encodeURIComponent(rebuild.id) + path,
        needsReason ? { reason } : {});
      await refreshRebuilds();
    };
    return button;
  }

  async function showDiff(rebuild) {
    try {
      const diff = await call(self(), '/api/v1/admin/rebuilds/' + encodeURIComponent(rebuild.id) + '/diff?limit=20');
      const t = diff.totals;
      $('#rebuild-diff').replaceChildren(
        el('h3', {}, 'Diff of ' + diff.readModel + ': version ' + diff.liveVersion + ' → ' + diff.rebuiltVersion),
        el('p', { 'class': 'diff-totals' }, t.studentsAffected + ' students affected, ' + t.boardEntriesChanged
          + ' board entries changed, rows +' + t.rowsAdded + ' −' + t.rowsRemoved + ' ~' + t.rowsChanged
          + ' (live at ' + diff.livePosition + ', rebuilt at ' + diff.shadowPosition + ')'),
        el('ul', {}, diff.students.map((student) => el('li', {}, student.studentId + ': ',
          student.boards.map((b) => b.board + ' ' + (b.valueBefore ?? '–') + '→' + (b.valueAfter ?? '–')
            + ' (place ' + (b.rankBefore ?? '–') + '→' + (b.rankAfter ?? '–') + ')').join('; ')))));
    } catch (e) {
      problem('Cannot read the diff: ' + e.message);
    }
  }

  function rebuildRow(rebuild) {
    const actions = [];
    if (rebuild.state === 'CAUGHT_UP') {
      const diff = el('button', { type: 'button', 'class': 'rebuild-diff' }, 'Diff');
      diff.onclick = () => showDiff(rebuild);
      actions.push(diff, rebuildAction('Cut over', '/cut-over', rebuild, false));
    }
    if (rebuild.state === 'BUILDING' || rebuild.state === 'CAUGHT_UP') {
      actions.push(rebuildAction('Cancel', '/cancellation', rebuild, true));
    }
    if (rebuild.rollbackPossible) actions.push(rebuildAction('Roll back', '/rollback', rebuild, true));
    return el('tr', { 'data-rebuild': rebuild.id, 'data-state': rebuild.state },
      el('th', { scope: 'row' }, rebuild.readModel),
      el('td', {}, rebuild.previousVersion + ' → ' + rebuild.version),
      el('td', { 'class': 'rebuild-state' }, rebuild.state),
      el('td', { 'class': 'progress' }, rebuildProgress(rebuild)),
      el('td', {}, rebuild.startedAt + ' by ' + rebuild.startedBy + (rebuild.reason ? ': ' + rebuild.reason : '')),
      el('td', {}, actions));
  }

  async function refreshRebuilds() {
    try {
      const rebuilds = await call(self(), '/api/v1/admin/rebuilds');
      $('#rebuild-list tbody').replaceChildren(...rebuilds.map(rebuildRow));
    } catch (e) {
      problem('Cannot read the rebuilds: ' + e.message);
    }
  }

  async function refresh() {
    try {
      const answers = await Promise.all(apps.map((app) => call(app, '/api/v1/admin/processors')
        .then((processors) => ({ app, processors }))));
      const body = $('#processors tbody');
      body.replaceChildren(...answers.flatMap(({ app, processors }) => processors.map((p) => row(app, p))));
      const models = answers.filter(({ app }) => app.url === '').flatMap(({ processors }) => processors)
        .map((p) => el('option', { value: p.name }));
      $('#rebuild-models').replaceChildren(...models);
      $('#refreshed').textContent = 'refreshed ' + new Date().toLocaleTimeString();
      problem(null);
    } catch (e) {
      problem('Cannot read the processors: ' + e.message);
      if (e.status === 401 || e.status === 403) stop();
    }
  }

  async function showLetters(app, processor) {
    shownLetters = { app, processor };
    $('#dead-letters').hidden = false;
    $('#dead-letters-title').textContent = 'Dead letters of ' + processor + ' (' + app.name + ')';
    try {
      const view = await call(app, '/api/v1/admin/dead-letters?processor=' + encodeURIComponent(processor));
      const list = view.parked.map((sequence) => {
        const reasonId = 'reason-' + sequence.sequenceIdentifier.replace(/[^A-Za-z0-9_-]/g, '_');
        const retry = el('button', { type: 'button' }, 'Retry');
        retry.onclick = () => act(app, '/api/v1/admin/dead-letters/' + encodeURIComponent(processor) + '/'
          + encodeURIComponent(sequence.sequenceIdentifier) + '/retry');
        const evict = el('button', { type: 'button' }, 'Evict');
        const reason = el('input', { id: reasonId, maxlength: '500' });
        evict.onclick = () => act(app, '/api/v1/admin/dead-letters/' + encodeURIComponent(processor) + '/'
          + encodeURIComponent(sequence.sequenceIdentifier) + '/eviction', { reason: reason.value });
        return el('div', { 'class': 'sequence', 'data-sequence': sequence.sequenceIdentifier },
          el('strong', {}, 'Sequence ' + sequence.sequenceIdentifier + ' (' + sequence.size + ' letters)'),
          sequence.letters.map((letter) => el('div', { 'class': 'letter' },
            letter.eventType + ' ' + letter.eventIdentifier + ' at ' + (letter.globalPosition ?? '?')
            + (letter.causeType ? ' — ' + letter.causeType + ': ' + letter.causeMessage : ''))),
          el('div', {}, retry, ' ', el('label', { 'for': reasonId }, 'Reason for eviction'), reason, evict));
      });
      $('#letters').replaceChildren(...(list.length ? list : [el('p', {}, 'Nothing parked.')]));
    } catch (e) {
      problem('Cannot read the dead letters: ' + e.message);
    }
  }

  async function act(app, path, body) {
    try {
      await call(app, path, {
        method: 'POST', body: body ? JSON.stringify(body) : '',
        headers: body ? { 'Content-Type': 'application/json' } : {},
      });
      problem(null);
    } catch (e) {
      problem('The action failed: ' + e.message);
    }
    if (shownLetters) await showLetters(shownLetters.app, shownLetters.processor);
    await loadAudit(true);
  }

  async function loadAudit(fresh) {
    if (fresh) auditBefore = null;
    const form = new FormData($('#audit-form'));
    const query = new URLSearchParams({ limit: '20' });
    ['operator', 'action', 'target'].forEach((name) => { if (form.get(name)) query.set(name, form.get(name)); });
    if (auditBefore) query.set('before', auditBefore);
    try {
      const page = await call(self(), '/api/v1/admin/audit?' + query);
      const rows = page.entries.map((entry) => el('tr', { 'data-action': entry.action, 'data-target': entry.target },
        el('td', {}, entry.occurredAt), el('td', {}, entry.operatorId + ' (' + entry.operatorRole + ')'),
        el('td', {}, entry.action), el('td', {}, entry.target), el('td', {}, entry.reason || ''),
        el('td', {}, entry.outcome || '')));
      const body = $('#audit-entries tbody');
      if (fresh) body.replaceChildren(...rows); else body.append(...rows);
      auditBefore = page.next;
      $('#audit-more').hidden = !page.next;
      $('#audit-note').textContent = '';
    } catch (e) {
      $('#audit-note').textContent = e.status === 403 ? 'The audit is for admins.' : 'Cannot read the audit: ' + e.message;
    }
  }

  function stop() {
    if (timer) clearInterval(timer);
    timer = null;
  }

  async function begin() {
    $('#sign-in').hidden = true;
    $('#operations').hidden = false;
    try {
      apps = await call({ url: '' }, '/api/v1/admin/console/apps');
    } catch (e) {
      problem('The token was not accepted: ' + e.message);
      $('#sign-in').hidden = false;
      $('#operations').hidden = true;
      return;
    }
    await refresh();
    await refreshRebuilds();
    await loadAudit(true);
    stop();
    let ticks = 0;
    timer = setInterval(() => {
      refresh();
      refreshRebuilds();
      if (++ticks % 5 === 0 && !auditBefore) loadAudit(true);
    }, POLL_MS);
  }

  $('#token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $('#token').value.trim());
    $('#token').value = '';
    begin();
  });
  $('#sign-out').addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    stop();
    location.reload();
  });
  $('#close-letters').addEventListener('click', () => { shownLetters = null; $('#dead-letters').hidden = true; });
  $('#retry-all').addEventListener('click', () => {
    if (shownLetters) act(shownLetters.app, '/api/v1/admin/dead-letters/'
      + encodeURIComponent(shownLetters.processor) + '/retry');
  });
  $('#audit-form').addEventListener('submit', (event) => { event.preventDefault(); loadAudit(true); });
  $('#rebuild-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData($('#rebuild-form'));
    await act(self(), '/api/v1/admin/rebuilds', { readModel: form.get('readModel'), reason: form.get('reason') });
    await refreshRebuilds();
  });
  $('#audit-more').addEventListener('click', () => loadAudit(false));

  if (token()) begin();
}());
