// Benchmark adapter for FullCalendar 6 (core + daygrid + list + Swedish), configured to show the same
// month from the same API endpoint as Grannskap's calendar: at most three events per day, Monday first,
// week numbers, a category filter that refetches.
import { Calendar, dayGridPlugin, listPlugin, svLocale } from '/fullcalendar.js';

const host = document.getElementById('calendar');
const api = host.dataset.api;
let category = '';
let loadingNow = false;
const day = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const calendar = new Calendar(host, {
  plugins: [dayGridPlugin, listPlugin],
  locale: svLocale,
  initialView: 'dayGridMonth',
  initialDate: `${host.dataset.month}-01`,
  weekNumbers: true,
  dayMaxEvents: 3,
  loading: (on) => {
    loadingNow = on;
  },
  events: async (info) => {
    const end = new Date(info.end.getTime() - 86_400_000);
    const url = `${api}/v1/occurrences?from=${day(info.start)}&to=${day(end)}${category ? `&categories=${category}` : ''}`;
    const data = await (await fetch(url)).json();
    const byId = new Map(data.activities.map((a) => [a.id, a]));
    return data.items.map((o) => ({ id: `${o.activityId}/${o.key}`, title: byId.get(o.activityId).title.sv, start: o.start, end: o.end }));
  },
});

const title = () => host.querySelector('.fc-toolbar-title')?.textContent ?? '';
const events = () => host.querySelectorAll('.fc-daygrid-event').length;
const count = () => calendar.getEvents().length;

window.__bench = {
  async first() {
    calendar.render();
    return window.__until(() => events() > 0 && !loadingNow);
  },
  async switchMonth() {
    const before = title();
    const started = performance.now();
    calendar.next();
    const end = await window.__until(() => title() !== before && events() > 0 && !loadingNow);
    return end - started;
  },
  async back() {
    const before = title();
    calendar.prev();
    await window.__until(() => title() !== before && events() > 0 && !loadingNow);
  },
  async filter(next) {
    const before = count();
    const started = performance.now();
    category = next;
    calendar.refetchEvents();
    const end = await window.__until(() => !loadingNow && count() !== before && events() > 0);
    return end - started;
  },
};
