// A script of its own, run before the app's code has even been read (index.html lists it first): a plan's monitor
// opened by its address asks for the grid at once, while the browser still reads and starts the app (~½ s).
declare global {
  interface Window {
    /** The grid request started by this script, taken over by `preloadRoute`. */
    cascadeEarlyGrid?: { planId: string; response: Promise<unknown> };
  }
}

const opened = /^#\/monitor\/([^/?]+)/.exec(window.location.hash);
if (opened?.[1]) {
  const planId = decodeURIComponent(opened[1]);
  // tRPC's GET form of one query; the answer is `{ result: { data } }`, and anything else leaves it to the app.
  const response = fetch(`/trpc/monitor.grid?input=${encodeURIComponent(JSON.stringify({ planId }))}`)
    .then((answer) => (answer.ok ? (answer.json() as Promise<unknown>) : undefined))
    .catch(() => undefined);
  window.cascadeEarlyGrid = { planId, response };
}

export {};
