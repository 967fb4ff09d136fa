// Benchmark adapter for <grannskap-activity-calendar>: first render, switch month, filter.
const el = document.querySelector('grannskap-activity-calendar');
const root = () => el.shadowRoot;
const heading = () => root()?.querySelector('#month-heading')?.textContent ?? '';
const chips = () => root()?.querySelectorAll('.chip').length ?? 0;
const loading = () => Boolean(root()?.querySelector('[aria-busy="true"]'));

window.__bench = {
  async first() {
    await customElements.whenDefined('grannskap-activity-calendar');
    while (!root()) await new Promise((r) => setTimeout(r, 5));
    return window.__until(() => chips() > 0 && !loading(), [root()]);
  },
  async switchMonth() {
    const before = heading();
    const started = performance.now();
    root().querySelector(`button[aria-label="Nästa månad"]`).click();
    const end = await window.__until(() => heading() !== before && chips() > 0 && !loading(), [root()]);
    return end - started;
  },
  async back() {
    const before = heading();
    root().querySelector(`button[aria-label="Föregående månad"]`).click();
    await window.__until(() => heading() !== before && chips() > 0 && !loading(), [root()]);
  },
  async filter(category) {
    const select = root().querySelector('#f-category');
    const before = root().querySelector('.count')?.textContent;
    const started = performance.now();
    select.value = category;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const end = await window.__until(() => root().querySelector('.count')?.textContent !== before && chips() > 0 && !loading(), [root()]);
    return end - started;
  },
};
