import type { ReactNode } from 'react';

export type TTooltipLine = { label: string; value: string; color?: string; strong?: boolean };

/** The one tooltip look of the report's charts: a title and coloured label/value lines. */
export function TooltipBox({ title, lines, footer }: { title: string; lines: TTooltipLine[]; footer?: ReactNode }) {
  return (
    <div className="fc-tooltip" role="status">
      <div className="fc-tooltip-title">{title}</div>
      {lines.map((line) => (
        <div key={line.label} className={line.strong ? 'fc-tooltip-line strong' : 'fc-tooltip-line'}>
          <span className="fc-swatch" style={{ background: line.color ?? 'transparent' }} aria-hidden />
          <span className="fc-tooltip-label">{line.label}</span>
          <span className="fc-tooltip-value">{line.value}</span>
        </div>
      ))}
      {footer && <div className="fc-tooltip-footer">{footer}</div>}
    </div>
  );
}
