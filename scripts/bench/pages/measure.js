// Shared by the calendar benchmark pages: waits until a condition on the DOM holds, checking after every
// DOM change (a MutationObserver on the document and on shadow roots as they appear), then forces layout,
// so a measured time includes style and layout, not only the DOM update.
window.__until = (condition, roots = [document]) =>
  new Promise((resolve) => {
    const done = () => {
      if (!condition()) return false;
      void document.body.offsetHeight;
      observers.forEach((o) => o.disconnect());
      resolve(performance.now());
      return true;
    };
    const observers = roots.map((root) => {
      const o = new MutationObserver(() => done());
      o.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
      return o;
    });
    done();
  });
