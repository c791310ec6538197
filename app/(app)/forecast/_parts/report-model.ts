import type { TForecastSnapshot } from '~/domain/forecast/snapshot';
import type { csvTables } from '../_lib/csv-tables';
import type { TReportFilter, TReportGroup } from '../_lib/report-filter';
import type { TReportFormat } from './use-report-format';

/** What every section of the report reads: the snapshot, the filter resolved to months and a group, formatters and CSV columns. */
export type TReportModel = {
  s: TForecastSnapshot;
  filter: TReportFilter;
  months: string[];
  group: TReportGroup;
  f: TReportFormat;
  csv: ReturnType<typeof csvTables>;
  /** The forecast at the start of the KPI period for the same group (see forecast.latest), or null. */
  opening: TOpeningForecast | null;
};

export type TOpeningForecast = { asOf: string; months: string[]; weightedByMonth: Record<string, number> };
