// Marks the moment the page under test is interactive: the first field of the form (in the light DOM or
// a widget's shadow root) exists and can take focus. Polls every animation frame from the first script.
(() => {
  const selector = document.currentScript?.dataset.field ?? 'input';
  const widget = document.currentScript?.dataset.widget;
  const find = () => (widget ? document.querySelector(widget)?.shadowRoot?.querySelector(selector) : document.querySelector(selector));
  const tick = () => {
    const field = find();
    if (field && !field.disabled) {
      field.focus();
      if (field.getRootNode().activeElement === field || document.activeElement === field) {
        window.__interactiveAt = performance.now();
        return;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
