/**
 * The hash router's blocker: while a page holds edits not yet submitted, a move to another page waits for the
 * user's answer. The address is put back while they decide, so the page shown and the address agree.
 */
type AskToLeave = () => Promise<boolean>;

let askToLeave: AskToLeave | null = null;
let shownHash: string | null = null;
let isLeaving = false;

export function setLeaveGuard(ask: AskToLeave): () => void {
  askToLeave = ask;
  return () => {
    if (askToLeave === ask) askToLeave = null;
  };
}

export const shownLocationHash = () => shownHash ?? window.location.hash;

export function subscribeToShownHash(onChange: () => void): () => void {
  shownHash ??= window.location.hash;
  const handleHashChange = () => {
    const target = window.location.hash;
    if (target === shownHash) return;
    const ask = isLeaving ? null : askToLeave;
    isLeaving = false;
    if (!ask) {
      shownHash = target;
      onChange();
      return;
    }
    window.history.replaceState(window.history.state, '', shownHash ?? '#/');
    void ask().then((leave) => {
      if (!leave) return;
      isLeaving = true;
      window.location.hash = target;
    });
  };
  window.addEventListener('hashchange', handleHashChange);
  return () => window.removeEventListener('hashchange', handleHashChange);
}
