// Lists what the demo server sent: mails caught by its SMTP catcher and webhooks its receiver verified.
// Built with DOM calls and textContent only: the page enforces Trusted Types, and mail text is untrusted input.
const el = (tag, props = {}, children = []) => {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const child of children) node.append(child);
  return node;
};
const time = (iso) => new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Stockholm' }).format(new Date(iso));

const mailItem = (m) =>
  el('li', {}, [
    el('details', {}, [
      el('summary', { textContent: m.subject || '(ingen ämnesrad)' }),
      el('p', { className: 'outbox-meta', textContent: `Till ${m.to.join(', ')} · ${time(m.at)}${m.headers['list-unsubscribe'] ? ' · med avregistreringslänk' : ''}` }),
      el('pre', { textContent: m.text }),
    ]),
  ]);

const hookItem = (w) =>
  el('li', {}, [
    el('details', {}, [
      el('summary', { textContent: w.type || '(okänd händelse)' }),
      el('p', { className: 'outbox-meta' }, [
        el('span', { className: w.verified ? 'ok' : 'bad', textContent: w.verified ? 'Signaturen stämmer' : `Signaturen stämmer inte: ${w.error ?? ''}` }),
        ` · webhook-id ${w.webhookId} · ${time(w.at)}`,
      ]),
      el('pre', { textContent: JSON.stringify(JSON.parse(w.body || 'null'), null, 2) }),
    ]),
  ]);

let shown = '';
const render = (data) => {
  // re-render only when something changed, so an open <details> stays open while the page refreshes
  const key = `${data.mails.map((m) => m.id).join(',')}|${data.webhooks.map((w) => w.id).join(',')}`;
  if (key === shown) return;
  shown = key;
  const open = new Set([...document.querySelectorAll('details[open]')].map((d) => d.dataset.id));
  const fill = (list, items, item, prefix) => {
    list.replaceChildren(...items.map((x) => { const li = item(x); const d = li.querySelector('details'); d.dataset.id = `${prefix}${x.id}`; d.open = open.has(d.dataset.id); return li; }));
  };
  fill(document.getElementById('mails'), data.mails, mailItem, 'm');
  fill(document.getElementById('webhooks'), data.webhooks, hookItem, 'w');
  document.getElementById('mail-empty').hidden = data.mails.length > 0;
  document.getElementById('hook-empty').hidden = data.webhooks.length > 0;
  document.getElementById('mail-count').textContent = `(${data.mails.length})`;
  document.getElementById('hook-count').textContent = `(${data.webhooks.length})`;
};

const status = document.getElementById('status');
const refresh = async () => {
  try {
    const res = await fetch('/demo/outbox.json', { cache: 'no-store' });
    if (res.status === 404) {
      status.textContent = 'Servern kör inte demons utskick (starta med npm start).';
      return;
    }
    render(await res.json());
    status.textContent = '';
  } catch {
    status.textContent = 'Kunde inte hämta utskicken just nu. Försöker igen.';
  }
};
await refresh();
setInterval(refresh, 2000);
