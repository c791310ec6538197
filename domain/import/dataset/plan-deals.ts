import { parseMoneyInput } from '../../format/parse-money';
import { createWarningGroups, sheetRow, type TImportIssue } from '../issue';
import { matchName } from '../normalize-name';
import type { TCsvTable } from '../parse-csv';
import { parseImportDate } from '../parse-date';
import { cycleDays, expectedCloseDate, medianDays } from './expected-close';

export type TDealStage = { id: string; defaultProbability: number };
export type TDealRefs = {
  agents: Map<string, { userId: string; teamId: string | null }>;
  products: Map<string, { id: string; unitPriceMinor: number }>;
  accounts: Map<string, string>;
  stages: { prospecting: TDealStage; engaging: TDealStage };
  existingRefs: Set<string>;
};

const DEAL_STAGES = new Map([['Prospecting', 'prospecting'], ['Engaging', 'engaging'], ['Won', 'won'], ['Lost', 'lost']] as const);

/**
 * sales_pipeline.csv → opportunities (see README "CRM sample data set"):
 * - Won/Lost set the status and closedAt (close_date); they stay in the
 *   Engaging stage, the last one they reached. Prospecting/Engaging are open
 *   deals in that stage with its default probability and the expected close
 *   date of expectedCloseDate().
 * - amount: close_value for won deals; the product's list price for open
 *   deals (no close_value) and for lost deals (close_value 0 = nothing sold,
 *   but the pipeline value lost is the deal's), both reported.
 * - dirty values are matched or reported: a product or agent that matches
 *   only without spaces/case ("GTXPro" → "GTX Pro") is a warning; a deal
 *   without an account is imported without customer, with a warning; an
 *   unknown agent, product, account or stage is an error.
 * - opportunity_id becomes externalRef; ids already in the organization
 *   refuse the whole import (a data set is imported once).
 */
export function planDeals(table: TCsvTable, refs: TDealRefs, newId: () => string) {
  const issues: TImportIssue[] = [];
  const file = table.fileName;
  const warnings = createWarningGroups(file);
  const seenRefs = new Map<string, number>();
  const alreadyImported: number[] = [];
  type TParsed = { index: number; ref: string; stage: 'prospecting' | 'engaging' | 'won' | 'lost'; agent: { userId: string; teamId: string | null }; product: { id: string; unitPriceMinor: number }; productName: string; customerId: string | null; account: string; engageDate: string | null; closeDate: string | null; closeValue: number | null };
  const parsed: TParsed[] = [];
  const resolve = <T>(index: number, column: string, text: string, names: Map<string, T>, what: string, source: string): T | null => {
    const found = matchName(text, names);
    if (!found) return issues.push({ severity: 'error', file, row: sheetRow(index), column, message: `no ${what} named "${text}" in ${source}` }), null;
    if (found.how !== 'exact') warnings.add(column, `"${text}" matched the ${what} "${found.name}"`, sheetRow(index));
    return found.value;
  };
  table.records.forEach((r, index) => {
    const at = sheetRow(index);
    const before = issues.length;
    const error = (column: string, message: string) => issues.push({ severity: 'error', file, row: at, column, message });
    const ref = r.opportunity_id ?? '';
    if (!ref) error('opportunity_id', 'is required');
    else if (seenRefs.has(ref)) error('opportunity_id', `"${ref}" is also on row ${seenRefs.get(ref)}`);
    else if (refs.existingRefs.has(ref)) alreadyImported.push(at);
    seenRefs.set(ref, seenRefs.get(ref) ?? at);
    const stage = DEAL_STAGES.get((r.deal_stage ?? '') as never) ?? resolve(index, 'deal_stage', r.deal_stage ?? '', new Map(DEAL_STAGES), 'deal stage', 'Prospecting, Engaging, Won, Lost');
    const agent = resolve(index, 'sales_agent', r.sales_agent ?? '', refs.agents, 'sales agent', 'sales_teams.csv');
    const product = resolve(index, 'product', r.product ?? '', refs.products, 'product', 'products.csv');
    let customerId: string | null = null;
    if (!r.account) warnings.add('account', 'no account: imported without a customer', at);
    else customerId = resolve(index, 'account', r.account, refs.accounts, 'account', 'accounts.csv');
    const date = (column: 'engage_date' | 'close_date') => {
      const text = r[column] ?? '';
      const iso = text ? parseImportDate(text) : null;
      if (text && !iso) error(column, `"${text}" is not a date`);
      return iso;
    };
    const engageDate = date('engage_date');
    const closeDate = date('close_date');
    const closed = stage === 'won' || stage === 'lost';
    if (closed && !closeDate && !r.close_date) error('close_date', `is required for a ${r.deal_stage} deal`);
    if (stage !== 'prospecting' && stage && !engageDate && !r.engage_date) warnings.add('engage_date', 'no engage_date on a deal past Prospecting', at);
    if (engageDate && closeDate && closeDate < engageDate) error('close_date', `${closeDate} is before engage_date ${engageDate}`);
    const closeValue = r.close_value ? parseMoneyInput(r.close_value, 'en', 2) : null;
    if (r.close_value && closeValue === null) error('close_value', `"${r.close_value}" is not an amount in USD`);
    if (stage === 'won' && !r.close_value) error('close_value', 'is required for a Won deal');
    if (issues.length > before || !stage || !agent || !product) return;
    parsed.push({ index, ref, stage, agent, product, productName: r.product!, customerId, account: r.account ?? '', engageDate, closeDate, closeValue });
  });
  if (alreadyImported.length) {
    issues.push({ severity: 'error', file, row: alreadyImported[0]!, column: 'opportunity_id', message: `${alreadyImported.length.toLocaleString('en')} of these opportunity ids are already in this organization: the data set was imported before, so nothing is imported again` });
  }
  const dated = parsed.flatMap((d) => [d.engageDate, d.closeDate]).filter((d): d is string => !!d);
  const asOf = dated.reduce((a, b) => (b > a ? b : a), '1970-01-01');
  const median = medianDays(cycleDays(parsed.filter((d) => d.stage === 'won' || d.stage === 'lost'))) ?? 30;
  const rows = parsed.map((d) => {
    const open = d.stage === 'prospecting' || d.stage === 'engaging';
    const stage = d.stage === 'prospecting' ? refs.stages.prospecting : refs.stages.engaging;
    if (open) warnings.add('close_value', 'open deal without close_value: amount set to the product list price', sheetRow(d.index));
    if (d.stage === 'lost' && !d.closeValue) warnings.add('close_value', 'lost deal with close_value 0: amount set to the product list price', sheetRow(d.index));
    if (open && !d.closeDate) warnings.add('close_date', `open deal without close_date: expected close set to ${d.engageDate ? 'engage_date' : `${asOf} (the last date in the file)`} + ${median} days (median sales cycle)`, sheetRow(d.index));
    const status = open ? ('open' as const) : d.stage === 'won' ? ('won' as const) : ('lost' as const);
    const enteredStage = d.stage === 'prospecting' ? (d.engageDate ?? asOf) : (d.engageDate ?? d.closeDate ?? asOf);
    return {
      id: newId(),
      index: d.index,
      title: `${d.productName} · ${d.account || d.ref}`,
      customerId: d.customerId,
      ownerId: d.agent.userId,
      teamId: d.agent.teamId,
      stageId: stage.id,
      status,
      amountMinor: d.stage === 'won' || (d.stage === 'lost' && d.closeValue) ? d.closeValue! : d.product.unitPriceMinor,
      probability: status === 'won' ? 100 : status === 'lost' ? 0 : stage.defaultProbability,
      expectedCloseDate: open ? expectedCloseDate(d, median, asOf) : d.closeDate!,
      forecastCategory: status === 'won' ? ('closed' as const) : status === 'lost' ? ('omitted' as const) : ('pipeline' as const),
      engageDate: d.engageDate,
      closedAt: open ? null : d.closeDate,
      stageEnteredAt: enteredStage,
      externalRef: d.ref,
    };
  });
  issues.push(...warnings.issues());
  const count = (stage: TParsed['stage']) => parsed.filter((d) => d.stage === stage).length;
  return { rows, medianCycleDays: median, asOf, dealCount: table.records.length, counts: { won: count('won'), lost: count('lost'), open: count('prospecting') + count('engaging') }, issues };
}
