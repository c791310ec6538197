import type { TForecastCategory } from '~/domain/schemas/opportunity';

/**
 * One colour per forecast category and per series, the same in every chart,
 * legend and table of the report (and in print), so "commit" is always indigo.
 */
export const categoryColor: Record<TForecastCategory, string> = {
  closed: '#15803d',
  commit: '#4f46e5',
  best_case: '#0891b2',
  pipeline: '#94a3b8',
  omitted: '#cbd5e1',
};

export const seriesColor = {
  weighted: '#c2410c',
  actual: '#0f172a',
  forecast: '#4f46e5',
  band: '#818cf8',
  p50: '#4f46e5',
  diagonal: '#94a3b8',
  suggested: '#c2410c',
  grid: '#e2e8f0',
  axis: '#475569',
} as const;

/** Stacking order, bottom to top: what is surest first. */
export const stackedCategories = ['closed', 'commit', 'best_case', 'pipeline'] as const satisfies readonly TForecastCategory[];

/** With amounts (not weighted), the omitted deals go on top: they weigh nothing, but they are in the book. */
export const amountCategories = [...stackedCategories, 'omitted'] as const satisfies readonly TForecastCategory[];
