// The review queue (/review, office only): cards from GET /api/review (paged), actions through
// POST /api/pins (one file, or the whole near-duplicate group) and undo ("undo": true). Keyboard:
// j/k or arrows move, 1–3 pick a candidate, Enter confirms, d date, n not evidence, u undo,
// / another indicator (type-ahead over the catalog's ids and names). Builds the DOM with
// textContent only (no HTML from data). Plain ES2017, no modules, no framework (CSP: no inline
// script).
'use strict';
(() => {
  const PAGE = 50;
  let csrf = '';
  const session = fetch('/api/session', { credentials: 'same-origin' })
    .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
    .then((s) => { csrf = s.csrf; return s; });

  const cards = [];   // {data, el, picked, resolved, undo: body of the undo request}
  let current = -1;
  let lastActed = null;  // the card `u` undoes when the current one was not acted on
  let total = 0;
  let hasMore = false;  // the queue holds cards not loaded yet
  const NEEDS = { indicator: '指标待确认', date: '日期待确认', unit: '单位不明' };
  const SOURCES = { label: '页面标注', signature: '落款', content: '正文', cell: '表格', url: '网址',
    metadata: '文件属性', filename: '文件名', pin: '人工指定', none: '无' };
  const SENSITIVE = { id_card: '身份证号', mobile: '手机号', bank_card: '银行卡号', secret_mark: '密级标志' };

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  async function post(path, body) {
    await session;
    const r = await fetch(path, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'X-CSRF-Token': csrf, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    let j = {};
    try { j = await r.json(); } catch (e) { j = {}; }
    if (!r.ok) throw new Error(j.error || ('请求失败（' + r.status + '）'));
    return j;
  }

  // ---- loading and drawing -----------------------------------------------------------------

  // The next page: asked from the start of the queue and without the cards already shown, because
  // every confirmation rebuilds and shrinks the queue on the server (an offset would skip cards).
  async function load() {
    const limit = Math.min(500, cards.length + PAGE);
    const r = await fetch('/api/review?offset=0&limit=' + limit, { credentials: 'same-origin' });
    if (!r.ok) return;
    const list = await r.json();
    const shown = new Set(cards.map((c) => c.data.id));
    const fresh = list.filter((data) => !shown.has(data.id));
    const added = Math.min(PAGE, fresh.length);
    hasMore = fresh.length > added || list.length >= limit;
    total = cards.length + fresh.length;  // the cards known now, shown or not
    const box = document.getElementById('cards');
    for (const data of fresh.slice(0, added)) {
      const card = { data, picked: 0, resolved: false, undo: null };
      card.el = drawCard(card, cards.length);
      cards.push(card);
      box.appendChild(card.el);
    }
    document.getElementById('review-more').hidden = !hasMore;
    updateCount();
    if (current < 0 && cards.length) select(0, false);
    if (!cards.length) box.appendChild(el('p', 'empty', '没有待确认的材料。'));
    return added;
  }

  function updateCount() {
    const done = cards.filter((c) => c.resolved).length;
    document.getElementById('review-count').textContent =
      '共 ' + total + ' 张卡片，本次已处理 ' + done + ' 张';
  }

  function drawChoices(card) {
    const ol = el('ol', 'choices');
    card.data.choices.forEach((c, i) => {
      const li = el('li', i === card.picked ? 'picked' : '');
      li.dataset.n = String(i);
      li.appendChild(el('kbd', '', String(i + 1)));
      li.appendChild(el('span', 'ind', c.indicator));
      const name = el('span', '', c.name);
      if (c.score) name.appendChild(el('span', 'score', '得分 ' + c.score.toFixed(2)));
      li.appendChild(name);
      if (c.reasons && c.reasons.length) li.appendChild(el('span', 'why', c.reasons.join('；')));
      li.addEventListener('click', () => { pick(card, i); });
      ol.appendChild(li);
    });
    if (!card.data.choices.length) ol.appendChild(el('li', 'hint', '没有候选指标：请按 / 输入指标'));
    return ol;
  }

  function drawDates(d) {
    const ul = el('ul', 'dates');
    const shown = d.published || d.date_hint;
    if (!d.dates.length) ul.appendChild(el('li', 'hint', shown ? '日期线索：' + shown : '未找到日期'));
    for (const c of d.dates) {
      const li = el('li');
      li.appendChild(el('strong', '', c.date));
      li.appendChild(document.createTextNode('（' + (SOURCES[c.source] || c.source) + '） '));
      if (c.context) {
        const ctx = el('span', 'ctx');
        const at = c.text ? c.context.indexOf(c.text) : -1;
        if (at >= 0) {
          ctx.appendChild(document.createTextNode(c.context.slice(0, at)));
          ctx.appendChild(el('mark', '', c.text));
          ctx.appendChild(document.createTextNode(c.context.slice(at + c.text.length)));
        } else {
          ctx.textContent = c.context;
        }
        li.appendChild(ctx);
      } else if (c.text) {
        li.appendChild(el('span', 'ctx', c.text));
      }
      // The finder's reason names the label itself (发布日期, 移交日期, 填表日期 …).
      if (c.why) li.appendChild(el('span', 'why', c.why));
      ul.appendChild(li);
    }
    return ul;
  }

  function drawCard(card, index) {
    const d = card.data;
    const art = el('article', 'rcard');
    art.tabIndex = -1;
    art.dataset.id = d.id;
    art.addEventListener('click', () => select(cards.indexOf(card), false));
    const shot = el('img', 'shot');
    shot.src = d.thumbnail;
    shot.alt = d.name + ' 的页面';
    shot.loading = index < 6 ? 'eager' : 'lazy';
    shot.addEventListener('click', () => view(d));
    art.appendChild(shot);
    const body = el('div', 'cbody');
    body.appendChild(el('h3', '', d.name));
    const meta = el('div', 'meta');
    meta.appendChild(el('span', '', d.unit || '单位不明'));
    const needs = el('span', 'needs');
    for (const n of d.needs) needs.appendChild(el('span', 'badge review', NEEDS[n] || n));
    meta.appendChild(needs);
    if (d.points_at_risk) meta.appendChild(el('span', 'risk', '涉及 ' + d.points_at_risk + ' 分'));
    meta.appendChild(el('span', '', '置信度 ' + Math.round(d.confidence * 100) + '%'));
    body.appendChild(meta);
    body.appendChild(el('h4', '', '候选指标'));
    card.choicesEl = drawChoices(card);
    body.appendChild(card.choicesEl);
    body.appendChild(el('h4', '', '发布日期候选' + (d.published ? '（当前：' + d.published + '）' : '（当前：不明）')));
    body.appendChild(drawDates(d));
    if (d.sensitive.length) {
      body.appendChild(el('div', 'sens', '敏感信息：' + d.sensitive.map((s) =>
        (SENSITIVE[s.kind] || s.kind) + ' ' + s.excerpt + (s.page ? '（第' + s.page + '页）' : '')).join('；')));
    }
    if (d.members.length > 1) {
      body.appendChild(el('h4', '', '近似文件组（' + d.members.length + ' 个）'));
      const ul = el('ul', 'members');
      for (const m of d.members) ul.appendChild(el('li', '', m.source));
      body.appendChild(ul);
    }
    body.appendChild(drawActions(card));
    card.outcome = el('div', 'outcome');
    body.appendChild(card.outcome);
    art.appendChild(body);
    return art;
  }

  function drawActions(card) {
    const d = card.data;
    const acts = el('div', 'acts');
    const confirm = el('button', 'confirm', '确认 (Enter)');
    confirm.type = 'button';
    confirm.addEventListener('click', () => confirmCard(card));
    acts.appendChild(confirm);
    card.indInput = inputOf('ind-input', '改为其他指标：输入编号或名称 (/)', (v) => reassign(card, v));
    card.indInput.setAttribute('list', 'indicator-list');
    acts.appendChild(card.indInput);
    card.dateInput = inputOf('date-input', '日期 YYYY-MM-DD 或 unknown (d)', (v) => setDate(card, v));
    acts.appendChild(card.dateInput);
    card.neInput = inputOf('ne-input', '非证据的理由 (n)', (v) => notEvidence(card, v));
    acts.appendChild(card.neInput);
    const undo = el('button', 'quiet', '撤销 (u)');
    undo.type = 'button';
    undo.addEventListener('click', () => undoCard(card));
    acts.appendChild(undo);
    if (d.members.length > 1) {
      const label = el('label');
      card.groupBox = el('input');
      card.groupBox.type = 'checkbox';
      card.groupBox.checked = true;
      label.appendChild(card.groupBox);
      label.appendChild(document.createTextNode(' 对整组 ' + d.members.length + ' 个文件生效'));
      acts.appendChild(label);
    }
    return acts;
  }

  function inputOf(cls, placeholder, submit) {
    const input = el('input', cls);
    input.type = 'text';
    input.placeholder = placeholder;
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        e.stopPropagation();
        if (input.value.trim()) submit(input.value.trim());
      } else if (e.key === 'Escape') {
        e.stopPropagation();
        input.blur();
      }
    });
    return input;
  }

  function view(d) {
    const v = document.getElementById('viewer');
    document.getElementById('viewer-img').src = d.thumbnail + '?size=large';
    v.hidden = false;
  }

  // ---- moving around -----------------------------------------------------------------------

  function select(i, scroll) {
    if (i < 0 || i >= cards.length) return;
    if (current >= 0 && cards[current]) cards[current].el.classList.remove('current');
    current = i;
    const c = cards[i];
    c.el.classList.add('current');
    if (scroll !== false) c.el.scrollIntoView({ block: 'nearest' });
  }

  function nextOpen() {
    for (let i = current + 1; i < cards.length; ++i) if (!cards[i].resolved) return select(i);
    if (hasMore) {
      load().then((added) => { if (added) nextOpen(); });
    }
  }

  function pick(card, i) {
    if (i >= card.data.choices.length) return;
    card.picked = i;
    card.choicesEl.querySelectorAll('li').forEach((li) => {
      li.classList.toggle('picked', li.dataset.n === String(i));
    });
  }

  // ---- actions -----------------------------------------------------------------------------

  // The request's target: the whole group when the card has one and its box is ticked.
  function target(card) {
    if (card.groupBox && card.groupBox.checked) return { files: card.data.members.map((m) => m.id) };
    return { file: card.data.id };
  }

  async function act(card, change, text) {
    const body = Object.assign(target(card), change);
    card.outcome.className = 'outcome';
    card.outcome.textContent = '正在提交…';
    try {
      await post('/api/pins', body);
    } catch (e) {
      card.outcome.className = 'outcome failed';
      card.outcome.textContent = e.message;
      return;
    }
    card.undo = Object.assign(target(card), { undo: true });
    card.resolved = true;
    lastActed = card;
    card.el.classList.add('resolved');
    card.outcome.textContent = '✓ ' + text + (body.files ? '（整组 ' + body.files.length + ' 个文件）' : '') +
      '；重新整理后生效。按 u 撤销';
    updateCount();
    if (cards[current] === card) nextOpen();
  }

  function confirmCard(card) {
    const d = card.data;
    const choice = d.choices[card.picked];
    const change = {};
    if (choice) change.indicator = choice.indicator;
    if (d.needs.includes('date')) {
      const date = d.published || (d.dates[0] && d.dates[0].date) || d.date_hint;
      change.date = date || 'unknown';
    }
    if (!change.indicator && !change.date) {
      card.outcome.className = 'outcome failed';
      card.outcome.textContent = '没有候选指标：请按 / 输入指标';
      return;
    }
    const parts = [];
    if (change.indicator) parts.push('指标 ' + change.indicator);
    if (change.date) parts.push(change.date === 'unknown' ? '日期无法确认' : '日期 ' + change.date);
    act(card, change, '已确认：' + parts.join('，'));
  }

  function reassign(card, text) {
    let id = text.split(/\s+/)[0];
    const options = [...document.querySelectorAll('#indicator-list option')].map((o) => o.value);
    if (!options.some((o) => o.split(' ')[0] === id)) {
      const hit = options.find((o) => o.includes(text));
      if (!hit) {
        card.outcome.className = 'outcome failed';
        card.outcome.textContent = '没有这个指标：' + text;
        return;
      }
      id = hit.split(' ')[0];
    }
    card.indInput.blur();
    act(card, { indicator: id }, '已改为指标 ' + id);
  }

  function setDate(card, value) {
    const v = value === '无' || value === '不明' ? 'unknown' : value;
    card.dateInput.blur();
    act(card, { date: v }, v === 'unknown' ? '已设为日期无法确认' : '已设日期 ' + v);
  }

  function notEvidence(card, reason) {
    card.neInput.blur();
    act(card, { not_evidence: reason }, '已标记为非证据（' + reason + '）');
  }

  async function undoCard(card) {
    if (!card.undo) return;
    try {
      await post('/api/pins', card.undo);
    } catch (e) {
      card.outcome.className = 'outcome failed';
      card.outcome.textContent = e.message;
      return;
    }
    card.undo = null;
    card.resolved = false;
    card.el.classList.remove('resolved');
    card.outcome.className = 'outcome';
    card.outcome.textContent = '已撤销';
    select(cards.indexOf(card));
    updateCount();
  }


  function focusInput(input, value) {
    input.value = value || '';
    input.focus();
    input.select();
  }

  function onKey(e) {
    const viewer = document.getElementById('viewer');
    if (!viewer.hidden) {
      if (e.key === 'Escape' || e.key === 'Enter') { viewer.hidden = true; e.preventDefault(); }
      return;
    }
    if (e.target.tagName === 'INPUT' || e.target.tagName === 'TEXTAREA' || e.ctrlKey || e.metaKey || e.altKey) return;
    const card = cards[current];
    if (!card) return;
    const d = card.data;
    const key = e.key;
    if (key === 'j' || key === 'ArrowDown') select(Math.min(current + 1, cards.length - 1));
    else if (key === 'k' || key === 'ArrowUp') select(Math.max(current - 1, 0));
    else if (key === '1' || key === '2' || key === '3') pick(card, Number(key) - 1);
    else if (key === 'Enter') confirmCard(card);
    else if (key === 'd') focusInput(card.dateInput, d.published || (d.dates[0] && d.dates[0].date) || d.date_hint || '');
    else if (key === 'n') focusInput(card.neInput, '与考核指标无关');
    else if (key === '/') focusInput(card.indInput, '');
    else if (key === 'u') undoCard(card.undo ? card : (lastActed || card));
    else if (key === 'v') view(d);
    else return;
    e.preventDefault();
  }

  document.addEventListener('DOMContentLoaded', () => {
    const logout = document.getElementById('logout');
    if (logout) {
      logout.addEventListener('click', async () => {
        try { await post('/api/logout', {}); } catch (e) { /* ended anyway */ }
        window.location.assign('/login');
      });
    }
    if (!document.getElementById('review')) return;
    document.addEventListener('keydown', onKey);
    document.getElementById('viewer').addEventListener('click', (e) => { e.currentTarget.hidden = true; });
    document.getElementById('review-more').addEventListener('click', () => load());
    document.getElementById('review-reload').addEventListener('click', () => window.location.reload());
    load();
  });
})();
