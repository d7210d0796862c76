import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is printed: from `beforeprint` to `afterprint`, and whenever print media applies (a browser
 * emulating it, say). Parts that show only a window of their content (virtualised lists) render all of it then.
 */
export function usePrinting(): boolean {
  const [isPrinting, setPrinting] = useState(() => window.matchMedia('print').matches);
  useEffect(() => {
    const media = window.matchMedia('print');
    // At once: the browser lays out the printed pages as soon as `beforeprint`'s listeners return.
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const start = () => set(true);
    const follow = () => set(media.matches);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', follow);
    media.addEventListener('change', follow);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', follow);
      media.removeEventListener('change', follow);
    };
  }, []);
  return isPrinting;
}
