// The signed-in pages: logout everywhere; on a unit's home, uploads (files, a folder, drag and
// drop; one progress bar per file through XMLHttpRequest upload progress), withdrawals, and a
// reload once the rebuild shows the change. Calls only the JSON API (design.md §6); the CSRF
// token comes from GET /api/session. Plain ES2017, no modules, no framework.
'use strict';
(() => {
  let csrf = '';
  const session = fetch('/api/session', { credentials: 'same-origin' })
    .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
    .then((s) => { csrf = s.csrf; return s; });

  async function send(method, path) {
    await session;
    return fetch(path, { method, credentials: 'same-origin', headers: { 'X-CSRF-Token': csrf } });
  }

  async function errorOf(text) {
    try { return JSON.parse(text).error || ''; } catch (e) { return ''; }
  }

  document.addEventListener('DOMContentLoaded', () => {
    const logout = document.getElementById('logout');
    if (logout) {
      logout.addEventListener('click', async () => {
        try { await send('POST', '/api/logout'); } finally { window.location.assign('/login'); }
      });
    }
    const home = document.getElementById('home');
    if (home) startHome(home);
    else if (document.getElementById('first-build')) waitForFirstBuild('');
  });

  // ---- waiting for the rebuild -------------------------------------------------------------

  let watching = null;
  const awaited = new Map();  // id → stored name of uploads that must appear (built, not waiting)
  const gone = new Set();     // ids that must disappear

  function filesPath(unit) {
    return '/api/files' + (unit ? '?unit=' + encodeURIComponent(unit) : '');
  }

  function watchRebuild(unit) {
    if (watching) return;
    const started = Date.now();
    watching = setInterval(async () => {
      if (uploading > 0) return;
      let list;
      try {
        const r = await fetch(filesPath(unit), { credentials: 'same-origin' });
        if (!r.ok) return;
        list = await r.json();
      } catch (e) { return; }
      const seen = new Map(list.map((f) => [f.id, f.state]));
      // A zip is listed by its members ("a.zip!/x.pdf"), each with its own id.
      const built = (id, name) => (seen.has(id) && seen.get(id) !== 'waiting') ||
        list.some((f) => f.state !== 'waiting' && (f.source.endsWith('/' + name) ||
          f.source.includes('/' + name + '!/') || f.source.startsWith(name + '!/')));
      const arrived = [...awaited].every(([id, name]) => built(id, name));
      const left = [...gone].every((id) => !seen.has(id));
      if ((arrived && left) || Date.now() - started > 180000) {
        clearInterval(watching);
        window.location.reload();
      }
    }, 1500);
  }

  function waitForFirstBuild(unit) {
    setInterval(async () => {
      try {
        const r = await fetch('/api/status' + (unit ? '?unit=' + encodeURIComponent(unit) : ''),
          { credentials: 'same-origin' });
        if (r.ok) window.location.reload();
      } catch (e) { /* try again */ }
    }, 2000);
  }

  // ---- uploads -----------------------------------------------------------------------------

  let uploading = 0;
  const queue = [];
  const kParallel = 3;

  function progressRow(file) {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.className = 'fname';
    name.textContent = file.webkitRelativePath || file.name;
    const bar = document.createElement('progress');
    bar.max = 100;
    bar.value = 0;
    const status = document.createElement('span');
    status.className = 'status';
    status.textContent = '等待上传';
    li.append(name, bar, status);
    document.getElementById('progress').append(li);
    return { li, bar, status };
  }

  function uploadOne(home, file, row) {
    return new Promise((resolve) => {
      const form = new FormData();
      if (home.dataset.office === '1') form.append('unit', home.dataset.unit);
      form.append('file', file, file.name);
      const x = new XMLHttpRequest();
      x.open('POST', '/api/upload');
      x.setRequestHeader('X-CSRF-Token', csrf);
      x.upload.addEventListener('progress', (e) => {
        if (!e.lengthComputable) return;
        const pct = Math.floor((e.loaded / e.total) * 100);
        row.bar.value = pct;
        row.status.textContent = '上传中 ' + pct + '%';
      });
      x.addEventListener('load', async () => {
        if (x.status === 201) {
          row.bar.value = 100;
          row.li.classList.add('done');
          row.status.textContent = '已上传，正在整理…';
          try {
            JSON.parse(x.responseText).forEach((f) => awaited.set(f.sha256.slice(0, 16),
              f.name.split('/').pop()));
          } catch (e) { /* the reload comes with the time limit */ }
        } else {
          row.li.classList.add('failed');
          row.status.textContent = '上传失败：' + ((await errorOf(x.responseText)) || ('错误 ' + x.status));
        }
        resolve();
      });
      x.addEventListener('error', () => {
        row.li.classList.add('failed');
        row.status.textContent = '上传失败：连接中断，请重试';
        resolve();
      });
      x.send(form);
    });
  }

  async function pump(home) {
    await session;
    while (queue.length > 0 && uploading < kParallel) {
      const { file, row } = queue.shift();
      uploading += 1;
      row.status.textContent = '上传中 0%';
      uploadOne(home, file, row).then(() => {
        uploading -= 1;
        if (queue.length > 0) pump(home);
        else if (uploading === 0 && awaited.size > 0) watchRebuild(home.dataset.unit);
      });
    }
  }

  function enqueue(home, files) {
    for (const file of files) queue.push({ file, row: progressRow(file) });
    pump(home);
  }

  // Every file under the dropped entries (folders walked; readEntries answers in batches).
  async function entriesToFiles(entries) {
    const out = [];
    const walk = async (entry) => {
      if (entry.isFile) {
        out.push(await new Promise((res, rej) => entry.file(res, rej)));
      } else if (entry.isDirectory) {
        const reader = entry.createReader();
        for (;;) {
          const batch = await new Promise((res, rej) => reader.readEntries(res, rej));
          if (batch.length === 0) break;
          for (const e of batch) await walk(e);
        }
      }
    };
    for (const e of entries) await walk(e);
    return out;
  }

  function startDrop(home) {
    const drop = document.getElementById('drop');
    ['dragenter', 'dragover'].forEach((t) => drop.addEventListener(t, (e) => {
      e.preventDefault();
      drop.classList.add('over');
    }));
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', async (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      const items = e.dataTransfer.items;
      const entries = [];
      if (items) {
        for (const item of items) {
          const entry = item.webkitGetAsEntry ? item.webkitGetAsEntry() : null;
          if (entry) entries.push(entry);
        }
      }
      if (entries.length > 0) enqueue(home, await entriesToFiles(entries));
      else enqueue(home, e.dataTransfer.files);
    });
  }

  // ---- withdrawals -------------------------------------------------------------------------

  function startWithdraw(home) {
    for (const button of document.querySelectorAll('button.withdraw')) {
      button.addEventListener('click', async () => {
        if (!button.classList.contains('confirm')) {
          button.classList.add('confirm');
          button.textContent = '确认撤回';
          return;
        }
        button.disabled = true;
        const id = button.dataset.id;
        const r = await send('DELETE', '/api/files/' + encodeURIComponent(id));
        const row = button.closest('tr');
        if (r.status === 204) {
          row.classList.add('withdrawn');
          button.textContent = '已撤回';
          gone.add(id);
          watchRebuild(home.dataset.unit);
        } else {
          button.textContent = (await errorOf(await r.text())) || ('撤回失败（' + r.status + '）');
        }
      });
    }
  }

  function startHome(home) {
    document.getElementById('pick-files').addEventListener('change', (e) => {
      enqueue(home, e.target.files);
      e.target.value = '';
    });
    document.getElementById('pick-folder').addEventListener('change', (e) => {
      enqueue(home, e.target.files);
      e.target.value = '';
    });
    startDrop(home);
    startWithdraw(home);
    if (home.dataset.built !== '1') waitForFirstBuild(home.dataset.unit);
  }
})();
