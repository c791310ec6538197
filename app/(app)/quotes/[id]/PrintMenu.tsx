'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';

const FORMATS = [
  ['a4', 'printA4'],
  ['a5', 'printA5'],
  ['ticket', 'printTicket'],
] as const;

/** "Print PDF" with a small menu of formats; each opens the PDF route in a new tab, where the browser prints it. */
export function PrintMenu({ quoteId }: { quoteId: string }) {
  const t = useTranslations('documents.quotes.actions');
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);
  return (
    <div className="q-print" ref={ref}>
      <button type="button" className="btn" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="print-menu">
        {t('print')} ▾
      </button>
      {open && (
        <div className="q-print-menu" role="menu">
          {FORMATS.map(([format, key]) => (
            <a key={format} role="menuitem" href={`/api/quotes/${quoteId}/pdf?format=${format}`} target="_blank" rel="noopener" onClick={() => setOpen(false)} data-testid={`print-${format}`}>
              {t(key)}
            </a>
          ))}
        </div>
      )}
    </div>
  );
}
