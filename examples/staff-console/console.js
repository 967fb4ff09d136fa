// The staff console of the demo: a small page that uses the SDK's admin API (bearer token) to follow a
// tenant's report through its whole loop — read it with its photos, change its status, and the tenant's
// status link shows the change. Also: decide trivselpeng applications, create an activity.
// DOM is built with createElement/textContent only: the page enforces Trusted Types.
import { createClient, isValidationError } from '/sdk/grannskap-sdk.js';

const $ = (id) => document.getElementById(id);
const h = (tag, props = {}, ...children) => {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null && value !== false) el.setAttribute(key, value === true ? '' : String(value));
  }
  el.append(...children.flat().filter((c) => c !== undefined && c !== null && c !== false));
  return el;
};
const when = (iso) => new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(new Date(iso));
const kr = (n) => new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(n);
const notice = (text) => ($('notice').textContent = text);

const DELIVERY_STATE = { pending: 'Väntar på nytt försök', sending: 'Skickas nu', delivered: 'Framme', dead: 'Gick inte fram' };
const CHANNEL = { email: 'E-post', webhook: 'Webhook' };
const REPORT_STATUS = { received: 'Mottagen', in_progress: 'Pågår', resolved: 'Åtgärdad', closed: 'Avslutad' };
const APPLICATION_STATUS = { submitted: 'Inskickad', under_review: 'Granskas', approved: 'Beviljad', rejected: 'Avslagen', paid: 'Utbetald', followed_up: 'Återrapporterad' };
// What staff can do next with an application (the server enforces the same order).
const NEXT = { submitted: ['under_review', 'approved', 'rejected'], under_review: ['approved', 'rejected'], approved: ['paid'], rejected: [], paid: [], followed_up: [] };

// The token comes from the link `npm start` prints (#token=…, never sent to a server) or the form;
// it is kept in memory only and the fragment is removed from the address bar at once.
let token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
if (location.hash) history.replaceState(null, '', location.pathname);
const client = createClient({ baseUrl: location.origin, token: () => token, outbox: false });
const photoUrls = [];

const explain = (error) => {
  if (error?.status === 401) return 'Nyckeln gäller inte. Logga in igen.';
  if (isValidationError(error)) return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  return `Det gick inte (${error?.code ?? 'okänt fel'}). Försök igen.`;
};

async function start() {
  try {
    await client.admin.reports.list({ limit: 1 });
  } catch (error) {
    $('login').hidden = false;
    $('app').hidden = true;
    if (token) notice(explain(error));
    return;
  }
  $('login').hidden = true;
  $('app').hidden = false;
  notice('');
  const areas = await client.areas.list();
  $('a-area').replaceChildren(...areas.items.map((a) => h('option', { value: a.id }, a.name)));
  await Promise.all([loadReports(), loadApplications(), loadDeliveries()]);
}

// Where a case was sent and how it went; "send again" for what did not arrive.
const deliveryLine = (d, after) =>
  h(
    'li',
    {},
    `${CHANNEL[d.channel]} till ${d.destination}${d.audience === 'tenant' ? ' (hyresgästen)' : ''} · ${DELIVERY_STATE[d.state]} · ${d.attempts} försök`,
    d.lastError && d.state !== 'delivered' ? h('span', { class: 'hint' }, ` · ${d.lastError}`) : null,
    d.state === 'dead' || d.state === 'pending'
      ? h('button', {
          type: 'button', class: 'secondary',
          onclick: async () => {
            try {
              await client.admin.deliveries.retry(d.id);
              notice(`Skickar igen till ${d.destination}.`);
              await after();
            } catch (error) {
              notice(explain(error));
            }
          },
        }, 'Skicka igen')
      : null,
  );

async function loadDeliveries() {
  const [health, dead] = await Promise.all([client.admin.deliveries.destinations(), client.admin.deliveries.list({ state: 'dead', limit: 50 })]);
  $('delivery-warnings').replaceChildren(...health.warnings.map((w) => h('li', {}, w)));
  $('destination-list').replaceChildren(
    ...(health.items.length
      ? health.items.map((d) =>
          h('li', {}, `${CHANNEL[d.channel]} ${d.destination} · `,
            d.failing ? h('strong', {}, `Fungerar inte: ${d.consecutiveFailures} misslyckade försök i rad`) : 'Fungerar',
            d.lastError && d.failing ? h('span', { class: 'hint' }, ` · ${d.lastError}`) : null,
            ` · ${d.pending} väntar, ${d.dead} gick inte fram`),
        )
      : [h('li', {}, 'Inget har skickats ännu.')]),
  );
  $('dead-list').replaceChildren(
    ...(dead.items.length ? dead.items.map((d) => deliveryLine({ ...d, destination: `${d.destination} (${d.record})` }, loadDeliveries)) : [h('li', {}, 'Inget.')]),
  );
}

async function loadReports() {
  const status = $('report-filter').value || undefined;
  const list = await client.admin.reports.list({ limit: 50, ...(status ? { status } : {}) });
  $('report-list').replaceChildren(
    ...(list.items.length
      ? list.items.map((r) =>
          h('li', {}, h('button', { type: 'button', onclick: () => showReport(r.reference) }, `${r.reference} · ${REPORT_STATUS[r.status]} · ${r.category} · ${when(r.createdAt)}`)),
        )
      : [h('li', {}, 'Inga anmälningar.')]),
  );
}

async function showReport(reference) {
  const r = await client.admin.reports.get(reference);
  for (const url of photoUrls.splice(0)) URL.revokeObjectURL(url);
  const photos = await Promise.all(
    r.attachments.map(async (id, i) => {
      const url = URL.createObjectURL(await client.admin.attachments.get(id));
      photoUrls.push(url);
      return h('img', { src: url, alt: `Bild ${i + 1} till ${r.reference}` });
    }),
  );
  const select = h('select', { id: 'new-status' }, ...Object.entries(REPORT_STATUS).map(([value, label]) => h('option', { value, selected: value === r.status }, label)));
  const message = h('textarea', { id: 'status-message', rows: 2, maxlength: 2000 });
  const deliveries = await client.admin.deliveries.list({ record: r.reference });
  const detail = $('report-detail');
  detail.replaceChildren(
    h('h3', { id: 'report-detail-heading' }, `Anmälan ${r.reference}`),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Status'), h('dd', {}, REPORT_STATUS[r.status]),
      h('dt', {}, 'Kategori'), h('dd', {}, `${r.kind} / ${r.category}`),
      h('dt', {}, 'Område'), h('dd', {}, [r.area, r.place, r.placeDetail].filter(Boolean).join(', ')),
      h('dt', {}, 'Hände'), h('dd', {}, `${when(r.occurredAt)}${r.happeningNow ? ' (pågick när den skickades)' : ''}`),
      h('dt', {}, 'Beskrivning'), h('dd', {}, r.description),
      h('dt', {}, 'Kontakt'), h('dd', {}, r.contact.anonymous ? 'Anonym' : [r.contact.name, r.contact.phone, r.contact.email].filter(Boolean).join(', ')),
    ),
    photos.length ? h('div', { class: 'photos' }, photos) : h('p', {}, 'Inga bilder.'),
    h('h4', {}, 'Utskick'),
    deliveries.items.length
      ? h('ul', { class: 'list', id: 'report-deliveries' }, deliveries.items.map((d) => deliveryLine(d, () => showReport(r.reference))))
      : h('p', {}, 'Inget skickat: inga regler för utskick gäller ärendet.'),
    h(
      'form',
      {
        onsubmit: async (event) => {
          event.preventDefault();
          try {
            const text = message.value.trim();
            await client.admin.reports.setStatus(r.reference, { status: select.value, ...(text ? { message: text } : {}) });
            notice(`Status för ${r.reference} är nu ”${REPORT_STATUS[select.value]}”. Hyresgästens statuslänk visar det.`);
            await Promise.all([loadReports(), showReport(r.reference)]);
          } catch (error) {
            notice(explain(error));
          }
        },
      },
      h('label', { for: 'new-status' }, 'Ny status'),
      select,
      h('label', { for: 'status-message' }, 'Meddelande till hyresgästen (visas på statussidan)'),
      message,
      h('button', { type: 'submit' }, 'Spara status'),
    ),
  );
  detail.hidden = false;
  detail.focus();
}

async function loadApplications() {
  const list = await client.admin.trivselpeng.list({ limit: 50 });
  $('application-list').replaceChildren(
    ...(list.items.length
      ? list.items.map((a) =>
          h('li', {}, h('button', { type: 'button', onclick: () => showApplication(a.reference) }, `${a.reference} · ${APPLICATION_STATUS[a.status]} · ${a.activity.title} · ${a.activity.date}`)),
        )
      : [h('li', {}, 'Inga ansökningar.')]),
  );
}

async function showApplication(reference) {
  const a = await client.admin.trivselpeng.get(reference);
  const total = a.budget.reduce((sum, line) => sum + line.amount, 0);
  const decide = async (decision) => {
    try {
      await client.admin.trivselpeng.decide(a.reference, decision);
      notice(`${a.reference}: ${APPLICATION_STATUS[decision.status]}.`);
      await Promise.all([loadApplications(), showApplication(a.reference)]);
    } catch (error) {
      notice(explain(error));
    }
  };
  const reason = h('textarea', { id: 'reject-reason', rows: 2, maxlength: 2000 });
  const actions = (NEXT[a.status] ?? []).map((status) => {
    if (status === 'approved') return h('button', { type: 'button', onclick: () => decide({ status, amount: total }) }, `Bevilja ${kr(total)}`);
    if (status === 'rejected')
      return h(
        'div',
        {},
        h('label', { for: 'reject-reason' }, 'Skäl till avslag (visas för den som sökt)'),
        reason,
        h('button', { type: 'button', class: 'secondary', onclick: () => (reason.value.trim() ? decide({ status, reason: reason.value.trim() }) : notice('Skriv ett skäl till avslaget.')) }, 'Avslå'),
      );
    return h('button', { type: 'button', class: 'secondary', onclick: () => decide({ status }) }, status === 'paid' ? 'Markera som utbetald' : 'Börja granska');
  });
  const detail = $('application-detail');
  detail.replaceChildren(
    h('h3', { id: 'application-detail-heading' }, `${a.reference}: ${a.activity.title}`),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Status'), h('dd', {}, APPLICATION_STATUS[a.status]),
      h('dt', {}, 'Datum och plats'), h('dd', {}, `${a.activity.date}, ${a.activity.place}`),
      h('dt', {}, 'För vem'), h('dd', {}, `${a.activity.targetGroup} (ca ${a.activity.expectedParticipants} personer)`),
      h('dt', {}, 'Beskrivning'), h('dd', {}, a.activity.description),
      h('dt', {}, 'Sökande'), h('dd', {}, [a.applicant.name, a.applicant.address, a.applicant.phone, a.applicant.email].filter(Boolean).join(', ')),
      h('dt', {}, 'Budget'), h('dd', {}, `${a.budget.map((l) => `${l.item}: ${kr(l.amount)}`).join('\n')}\nSumma: ${kr(total)}`),
    ),
    actions.length ? h('div', {}, actions) : h('p', {}, 'Inget mer att besluta.'),
  );
  detail.hidden = false;
  detail.focus();
}

$('activity-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const value = (id) => $(id).value.trim();
  const capacity = value('a-capacity');
  try {
    const activity = await client.admin.activities.create({
      title: { sv: value('a-title') },
      description: { sv: value('a-description') },
      category: value('a-category'),
      areas: [value('a-area')],
      place: { name: value('a-place') },
      start: value('a-start').slice(0, 16),
      end: value('a-end').slice(0, 16),
      capacity: capacity ? Number(capacity) : null,
      registration: { required: $('a-registration').checked },
      organiser: { name: 'Exempelbostäder' },
      languages: ['sv'],
    });
    $('activity-errors').textContent = '';
    notice(`Aktiviteten ”${activity.title.sv}” är skapad och syns i kalendern.`);
    event.target.reset();
  } catch (error) {
    $('activity-errors').textContent = explain(error);
  }
});

$('login').addEventListener('submit', (event) => {
  event.preventDefault();
  token = $('token').value.trim();
  void start();
});
$('report-filter').addEventListener('change', () => void loadReports());
for (const tab of document.querySelectorAll('[data-tab]')) {
  tab.addEventListener('click', () => {
    for (const other of document.querySelectorAll('[data-tab]')) {
      const on = other === tab;
      other.setAttribute('aria-pressed', String(on));
      $(`tab-${other.dataset.tab}`).hidden = !on;
    }
    if (tab.dataset.tab === 'deliveries') void loadDeliveries().catch((error) => notice(explain(error)));
  });
}

void start();
