import { createRoot } from 'react-dom/client';
import { App } from './app.js';

export { App };

/** Renders the example into `element`, talking to the API at `apiBase`. */
export function mount(element: Element, apiBase: string) {
  const root = createRoot(element);
  root.render(<App apiBase={apiBase} />);
  return root;
}

// The example page (public/index.html) marks its root; the API is the page's own origin there.
const root = typeof document === 'undefined' ? null : document.getElementById('react-root');
if (root) mount(root, root.dataset.api ?? '/');
