'use strict';
// The operations dashboard: signs in with /api/v1/auth/login, reads the KPIs and alerts with the access token, and
// follows GET /api/v1/stream (read with fetch, since EventSource cannot send the Authorization header) to refresh them
// when a change arrives. No build step: plain browser JavaScript and ECharts from its WebJar.
(function () {
  const $ = (id) => document.getElementById(id);
  const session = {
    get access() { return sessionStorage.getItem('opsledger.access'); },
    get refresh() { return sessionStorage.getItem('opsledger.refresh'); },
    save(tokens) {
      sessionStorage.setItem('opsledger.access', tokens.accessToken);
      sessionStorage.setItem('opsledger.refresh', tokens.refreshToken);
    },
    clear() { sessionStorage.removeItem('opsledger.access'); sessionStorage.removeItem('opsledger.refresh'); }
  };
  const BACKORDER_CARDS = [
    ['open', 'Open backorders'], ['atRisk', 'At risk of SLA', 'warn'], ['breached', 'SLA breached', 'bad'],
    ['filled', 'Filled (30 days)'], ['fillRate', 'Fill rate', null, 'percent'],
    ['averageFulfilmentHours', 'Average fulfilment (h)', null, 'hours'],
    ['p90FulfilmentHours', 'p90 fulfilment (h)', null, 'hours'], ['outstandingValue', 'Outstanding value', null, 'money']
  ];
  const REFRESHING_KINDS = ['order', 'backorder', 'stock-item', 'purchase-order', 'alert', 'product', 'invoice'];
  let chart = null;
  let stream = null;
  let lastEventId = null;
  let refreshTimer = null;

  async function api(path, options = {}) {
    const headers = Object.assign({'Accept': 'application/json'}, options.headers || {});
    if (session.access) headers.Authorization = 'Bearer ' + session.access;
    let response = await fetch(path, Object.assign({}, options, {headers}));
    if (response.status === 401 && session.refresh && await refreshTokens()) {
      headers.Authorization = 'Bearer ' + session.access;
      response = await fetch(path, Object.assign({}, options, {headers}));
    }
    return response;
  }

  async function refreshTokens() {
    const response = await fetch('/api/v1/auth/refresh', {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({refreshToken: session.refresh})});
    if (!response.ok) { signedOut(); return false; }
    session.save(await response.json());
    return true;
  }

  async function signIn(event) {
    event.preventDefault();
    $('sign-in-error').textContent = '';
    const body = {username: $('username').value, password: $('password').value};
    if ($('totp').value) body.totp = $('totp').value;
    const response = await fetch('/api/v1/auth/login', {method: 'POST',
      headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      $('sign-in-error').textContent = problem.detail || ('Sign-in failed (' + response.status + ')');
      return;
    }
    session.save(await response.json());
    $('password').value = '';
    show();
  }

  function signedOut() {
    session.clear();
    if (stream) stream.abort();
    $('dashboard').hidden = true;
    $('sign-out').hidden = true;
    $('sign-in').hidden = false;
    live(false);
  }

  function show() {
    $('sign-in').hidden = true;
    $('dashboard').hidden = false;
    $('sign-out').hidden = false;
    refresh();
    follow();
  }

  function live(on) {
    $('live').textContent = on ? 'live' : 'offline';
    $('live').className = 'live ' + (on ? 'on' : 'off');
  }

  function format(value, as) {
    if (value === null || value === undefined) return '—';
    if (typeof value === 'object' && 'amount' in value) return format(value.amount, 'number') + ' ' + (value.currency || '');
    if (typeof value !== 'number') return String(value);
    if (as === 'percent') return (value <= 1 ? value * 100 : value).toFixed(1) + ' %';
    if (as === 'hours') return value.toFixed(1);
    return value.toLocaleString('en', {maximumFractionDigits: 2});
  }

  function label(field) {
    return field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/^./, c => c.toUpperCase());
  }

  function card(group, field, title, tone, value, as) {
    const id = 'kpi-' + group + '-' + field;
    let element = $(id);
    if (!element) {
      element = document.createElement('div');
      element.id = id;
      element.className = 'card' + (tone ? ' ' + tone : '');
      element.dataset.kpi = group + '.' + field;
      element.innerHTML = '<div class="label"></div><div class="value"></div>';
      element.querySelector('.label').textContent = title;
      $('cards').appendChild(element);
    }
    element.querySelector('.value').textContent = format(value, as);
  }

  async function loadBackorders() {
    const response = await api('/api/v1/dashboards/backorders');
    const kpis = response.ok ? await response.json() : {};
    BACKORDER_CARDS.forEach(([field, title, tone, as]) => card('backorders', field, title, tone, kpis[field], as));
    trend(kpis.series || []);
  }

  async function loadOperations() {
    const response = await api('/api/v1/dashboards/operations');
    if (!response.ok) return;
    const kpis = await response.json();
    Object.keys(kpis).filter(field => kpis[field] === null || typeof kpis[field] !== 'object'
        || 'amount' in kpis[field]).forEach(field => card('operations', field, label(field), null, kpis[field]));
  }

  function trend(series) {
    if (!window.echarts) return;
    chart = chart || echarts.init($('trend'));
    chart.setOption({
      tooltip: {trigger: 'axis'}, legend: {data: ['created', 'filled']},
      xAxis: {type: 'category', data: series.map(point => String(point.at).substring(0, 10))},
      yAxis: [{type: 'value', name: 'backorders'}],
      series: [
        {name: 'created', type: 'line', data: series.map(point => point.created)},
        {name: 'filled', type: 'line', data: series.map(point => point.filled)}
      ]
    });
  }

  async function loadAlerts() {
    const response = await api('/api/v1/alerts?status=open');
    const body = response.ok ? await response.json() : [];
    const alerts = Array.isArray(body) ? body : (body.content || body.alerts || []);
    const total = Number.isInteger(body.totalElements) ? body.totalElements : alerts.length;
    $('alert-count').textContent = '(' + total + ')';
    const list = $('alerts');
    list.replaceChildren(...alerts.map(alert => {
      const item = document.createElement('li');
      item.className = 'alert' + (alert.severity ? ' ' + alert.severity : '');
      item.dataset.kind = alert.kind || '';
      item.dataset.subject = alert.subjectId || '';
      item.textContent = [alert.kind, alert.message || alert.summary || alert.title || alert.subjectId || alert.id]
        .filter(Boolean).join(': ');
      return item;
    }));
  }

  function refresh() {
    loadBackorders().catch(console.error);
    loadOperations().catch(console.error);
    loadAlerts().catch(console.error);
  }

  function changed(change) {
    const item = document.createElement('li');
    item.className = 'change';
    item.dataset.type = change.type;
    item.textContent = change.at.substring(11, 19) + ' ' + change.type + ' ' + change.eventType.replace(/Event$/, '')
      + ' ' + change.id.substring(0, 8);
    const list = $('changes');
    list.prepend(item);
    while (list.children.length > 50) list.lastChild.remove();
    if (REFRESHING_KINDS.includes(change.type)) {
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(refresh, 300);
    }
  }

  // Reads the stream until it ends, then resumes after the last position seen; waits a little after a failure.
  async function follow() {
    if (stream) stream.abort();
    const controller = new AbortController();
    stream = controller;
    while (stream === controller && session.access) {
      try {
        const headers = {'Accept': 'text/event-stream', 'Authorization': 'Bearer ' + session.access};
        if (lastEventId !== null) headers['Last-Event-ID'] = lastEventId;
        const response = await fetch('/api/v1/stream', {headers, signal: controller.signal});
        if (response.status === 401) { if (!await refreshTokens()) return; continue; }
        if (!response.ok) { live(false); await pause(5000); continue; }
        live(true);
        await read(response.body.getReader());
      } catch (e) {
        if (controller.signal.aborted) return;
      }
      live(false);
      await pause(1000);
    }
  }

  async function read(reader) {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const {value, done} = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, {stream: true});
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        dispatch(buffer.substring(0, end));
        buffer = buffer.substring(end + 2);
      }
    }
  }

  function dispatch(block) {
    let name = 'message', id = null, data = '';
    block.split('\n').forEach(line => {
      if (line.startsWith('event:')) name = line.substring(6).trim();
      else if (line.startsWith('id:')) id = line.substring(3).trim();
      else if (line.startsWith('data:')) data += line.substring(5).trim();
    });
    if (id !== null) lastEventId = id;
    if (name === 'change' && data) changed(JSON.parse(data));
  }

  function pause(ms) { return new Promise(resolve => setTimeout(resolve, ms)); }

  document.addEventListener('DOMContentLoaded', () => {
    $('sign-in').addEventListener('submit', signIn);
    $('sign-out').addEventListener('click', () => {
      api('/api/v1/auth/logout', {method: 'POST'}).finally(signedOut);
    });
    if (session.access) show();
  });
})();
