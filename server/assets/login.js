// The login page: posts {"user","password"} to /api/login (design.md §6) and opens the home page.
'use strict';
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('login-form');
  const error = document.getElementById('login-error');
  const button = document.getElementById('login-button');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    button.disabled = true;
    try {
      const r = await fetch('/api/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ user: form.user.value, password: form.password.value })
      });
      if (r.ok) {
        window.location.assign('/');
        return;
      }
      let message = '登录失败，请稍后再试';
      try { message = (await r.json()).error || message; } catch (e) { /* not JSON */ }
      error.textContent = message;
      error.hidden = false;
    } catch (e) {
      error.textContent = '无法连接服务器，请检查网络后重试';
      error.hidden = false;
    }
    button.disabled = false;
  });
});
