// The office's dashboard and package pages: logout, "复制通知" (copy a 催办 notice), and on the
// package page "立即整理" (POST /api/build) then a reload once GET /api/build reports a newer
// completed build. Calls only the JSON API; the CSRF token comes from GET /api/session.
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

  async function copyText(area) {
    try {
      await navigator.clipboard.writeText(area.value);
      return true;
    } catch (e) {
      area.focus();
      area.select();
      return document.execCommand && document.execCommand('copy');
    }
  }

  function startDashboard(root) {
    root.querySelectorAll('details.chase').forEach((d) => {
      const button = d.querySelector('button.copy');
      const note = d.querySelector('.copied');
      button.addEventListener('click', async () => {
        const ok = await copyText(d.querySelector('textarea.notice'));
        note.textContent = ok ? '已复制，可粘贴到短信或即时通讯中' : '请手动选中文字复制';
      });
    });
    if (root.dataset.built === '0') {
      setInterval(async () => {
        try {
          const r = await fetch('/api/dashboard', { credentials: 'same-origin' });
          if (r.ok) window.location.reload();
        } catch (e) { /* try again */ }
      }, 2000);
    }
  }

  function startPackage(root) {
    const button = document.getElementById('build-now');
    const msg = document.getElementById('build-msg');
    const before = Number(root.dataset.builds || 0);
    let polling = null;
    const poll = () => {
      if (polling) return;
      polling = setInterval(async () => {
        try {
          const r = await fetch('/api/build', { credentials: 'same-origin' });
          if (!r.ok) return;
          const b = await r.json();
          document.getElementById('build-state').textContent =
            b.state === 'building' ? '正在整理' : b.state === 'pending' ? '即将整理' : '空闲';
          if (b.builds > before && b.state === 'idle') window.location.reload();
        } catch (e) { /* try again */ }
      }, 1000);
    };
    button.addEventListener('click', async () => {
      button.disabled = true;
      msg.textContent = '已请求整理，完成后本页自动刷新…';
      const r = await send('POST', '/api/build');
      if (r.status !== 202) {
        button.disabled = false;
        let text = '';
        try { text = (await r.json()).error || ''; } catch (e) { /* not JSON */ }
        msg.textContent = '请求失败：' + (text || r.status);
        return;
      }
      poll();
    });
    if (root.dataset.state !== 'idle') poll();
  }

  document.addEventListener('DOMContentLoaded', () => {
    const logout = document.getElementById('logout');
    if (logout) {
      logout.addEventListener('click', async () => {
        try { await send('POST', '/api/logout'); } finally { window.location.assign('/login'); }
      });
    }
    const dash = document.getElementById('dashboard');
    if (dash) startDashboard(dash);
    const pkg = document.getElementById('package');
    if (pkg) startPackage(pkg);
  });
})();
