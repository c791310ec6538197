import type { ReactNode } from 'react';

/**
 * One card of the report: title, a one-line explanation, actions (CSV) and
 * the content, or the empty state when there is nothing to show. In print
 * each section avoids being split across pages.
 */
export function ReportSection(props: { title: string; hint?: ReactNode; actions?: ReactNode; empty?: string | null; testId: string; className?: string; children: ReactNode }) {
  return (
    <section className={`card fc-section ${props.className ?? ''}`} data-testid={props.testId}>
      <header className="fc-section-head">
        <div>
          <h2 className="fc-section-title">{props.title}</h2>
          {props.hint && <p className="fc-section-hint">{props.hint}</p>}
        </div>
        {!props.empty && props.actions && <div className="fc-section-actions">{props.actions}</div>}
      </header>
      {props.empty ? <p className="fc-empty" data-testid={`${props.testId}-empty`}>{props.empty}</p> : props.children}
    </section>
  );
}
