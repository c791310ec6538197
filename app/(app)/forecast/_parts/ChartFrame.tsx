'use client';

import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { usePrinting } from './use-printing';

/** Chart width inside a card on an A4 landscape page with 10 mm margins (the report prints 1000 px wide), in CSS pixels. */
export const PRINT_WIDTH = 940;

/** A chart that fills its card on screen and has a fixed A4-landscape width in print. */
export function ChartFrame({ height, testId, children }: { height: number; testId: string; children: ReactElement }) {
  const printing = usePrinting();
  return (
    <div className="fc-chart" data-testid={testId}>
      <ResponsiveContainer width={printing ? PRINT_WIDTH : '100%'} height={printing ? Math.round(height * 1.15) : height} initialDimension={{ width: 800, height }}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}
