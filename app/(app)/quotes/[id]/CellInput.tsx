'use client';

import { useEffect, useRef, useState } from 'react';

type TProps = {
  value: string;
  label: string;
  /** Returns an error message for a draft that cannot be saved, or null. */
  validate: (draft: string) => string | null;
  onCommit: (draft: string) => void;
  className?: string;
  warn?: string | null;
};

/**
 * One editable cell of the line editor: typing stays local; leaving the
 * field (or Enter) saves when the text changed and is valid. A new value from
 * the server replaces the text only while the field is not being edited.
 */
export function CellInput({ value, label, validate, onCommit, className, warn }: TProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);
  const commit = () => {
    focused.current = false;
    if (draft.trim() === value) return setDraft(value);
    const problem = validate(draft);
    setError(problem);
    if (!problem) onCommit(draft);
  };
  return (
    <input
      className={`input input-sm q-cell ${className ?? ''} ${error ? 'q-cell-error' : warn ? 'q-cell-warn' : ''}`}
      aria-label={label}
      aria-invalid={error ? true : undefined}
      title={error ?? warn ?? undefined}
      value={draft}
      onFocus={() => (focused.current = true)}
      onChange={(e) => {
        setDraft(e.target.value);
        setError(null);
      }}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          setDraft(value);
          setError(null);
        }
      }}
    />
  );
}
