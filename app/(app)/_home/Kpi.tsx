import type { ReactNode } from 'react';

/** One headline figure, large enough to read from the back of a meeting room. */
export function Kpi({ label, hint, children, testId }: { label: string; hint?: string; children: ReactNode; testId?: string }) {
  return (
    <div className="card kpi" data-testid={testId}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-value">{children}</div>
      {hint && <div className="kpi-hint">{hint}</div>}
    </div>
  );
}
