import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { create } from 'zustand';

/** Set by usePrint while a print or PDF is being made, so the document exists before it is asked for. */
export const usePrintingStore = create<{ active: boolean; set(active: boolean): void }>((set) => ({
  active: false,
  set: (active) => set({ active }),
}));

/**
 * True while the page is being printed: our own print action, the browser's (Ctrl+P fires
 * `beforeprint`), or print media (Chromium's page.pdf). The print document is only in the page
 * then, so the screen never holds a second, hidden copy of what it shows.
 */
export function usePrinting(): boolean {
  const active = usePrintingStore((s) => s.active);
  const [media, setMedia] = useState(() => window.matchMedia('print').matches);
  useEffect(() => {
    const query = window.matchMedia('print');
    const onChange = () => setMedia(query.matches);
    // beforeprint renders synchronously: the browser lays the page out right after it returns.
    const before = () => flushSync(() => setMedia(true));
    const after = () => setMedia(query.matches);
    query.addEventListener('change', onChange);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      query.removeEventListener('change', onChange);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return active || media;
}
