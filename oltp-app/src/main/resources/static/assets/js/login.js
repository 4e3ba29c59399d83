// Logs in through the API (which sets the token cookie) and goes back to where the user came from.
const form = document.getElementById('login-form');
const error = document.getElementById('login-error');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  error.hidden = true;
  const body = JSON.stringify({ username: form.username.value.trim(), password: form.password.value });
  let response;
  try {
    response = await fetch('/api/v1/auth/login', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body, credentials: 'same-origin',
    });
  } catch {
    show(form.dataset.msgUnreachable);
    return;
  }
  if (response.ok) {
    window.location.assign(form.dataset.next || '/');
    return;
  }
  const problem = await response.json().catch(() => ({}));
  show(response.status === 401 ? form.dataset.msgFailed : (problem.detail || form.dataset.msgFailed));
});

function show(message) {
  error.textContent = message;
  error.hidden = false;
}
