import { compactTaxId } from '../tax-ids/generic-tax-id';
import type { TImportContext } from './import-context';
import { sheetRow, type TImportIssue } from './issue';
import { matchName } from './normalize-name';
import { opportunityRowSchema } from './opportunity-row';
import type { TCsvTable } from './parse-csv';
import { columnOf, parseRows } from './parse-rows';
import type { TColumnMapping } from './suggest-mapping';

/** Stage names that mean a closed deal, in English and Spanish. */
const CLOSED_STAGES: Record<string, 'won' | 'lost'> = { won: 'won', closedwon: 'won', ganada: 'won', ganado: 'won', lost: 'lost', closedlost: 'lost', perdida: 'lost', perdido: 'lost' };

/** An opportunity ready to insert (ids resolved, probability and close fields set). */
export type TOpportunityPlan = ReturnType<typeof planOpportunities>['rows'][number];

/**
 * Validates an opportunity file and resolves its references against the
 * organization: customer by tax id or name, owner by e-mail or name (empty =
 * the importing member), pipeline by name (empty = the default), stage by
 * name (empty = the first; "Won"/"Lost" close the deal). A name that matches
 * only after normalizing case, accents and spaces is accepted with a warning.
 * Probability defaults to the stage's (100 won, 0 lost); external refs must
 * be new to the organization and unique in the file.
 */
export function planOpportunities(table: TCsvTable, mapping: TColumnMapping, ctx: TImportContext) {
  const parsed = parseRows('opportunities', table, mapping, opportunityRowSchema(ctx));
  const issues: TImportIssue[] = parsed.issues;
  const byTax = new Map(ctx.customers.filter((c) => c.taxId).map((c) => [compactTaxId(c.taxId!), c.id]));
  const customerNames = new Map(ctx.customers.map((c) => [c.legalName, c.id]));
  const byEmail = new Map(ctx.members.map((m) => [m.email.toLowerCase(), m.userId]));
  const memberNames = new Map(ctx.members.map((m) => [m.name, m.userId]));
  const pipelineNames = new Map(ctx.pipelines.map((p) => [p.name, p]));
  const defaultPipeline = ctx.pipelines.find((p) => p.isDefault) ?? ctx.pipelines[0];
  const existingRefs = new Set(ctx.externalRefs);
  const seenRefs = new Map<string, number>();
  const rows = [];
  for (const { index, row } of parsed.rows) {
    const at = sheetRow(index);
    let ok = true;
    const issue = (severity: 'error' | 'warning', key: string, message: string) => {
      issues.push({ severity, file: table.fileName, row: at, column: columnOf(mapping, key), message });
      if (severity === 'error') ok = false;
    };
    const lookup = <T>(key: string, text: string, names: Map<string, T>, what: string): T | null => {
      const found = matchName(text, names);
      if (!found) return issue('error', key, `no ${what} named "${text}" in this organization`), null;
      if (found.how !== 'exact') issue('warning', key, `"${text}" matched the ${what} "${found.name}"`);
      return found.value;
    };
    const customerId = row.customer ? (byTax.get(compactTaxId(row.customer)) ?? lookup('customer', row.customer, customerNames, 'customer')) : null;
    const ownerId = row.owner ? (byEmail.get(row.owner.toLowerCase()) ?? lookup('owner', row.owner, memberNames, 'member')) : ctx.viewerUserId;
    const pipeline = row.pipeline ? lookup('pipeline', row.pipeline, pipelineNames, 'pipeline') : defaultPipeline;
    if (!pipeline) issue('error', 'pipeline', 'the organization has no pipeline; create one in Settings first');
    const closedByStage = row.stage ? CLOSED_STAGES[row.stage.toLowerCase().replace(/[^a-z]/g, '')] : undefined;
    const status = row.status ?? closedByStage ?? 'open';
    const stages = [...(pipeline?.stages ?? [])].sort((a, b) => a.position - b.position);
    const stage = row.stage && !closedByStage ? (pipeline ? lookup('stage', row.stage, new Map(stages.map((s) => [s.name, s])), `stage of ${pipeline.name}`) : null) : status === 'open' ? stages[0] : stages.at(-1);
    if (pipeline && !stage && !row.stage) issue('error', 'stage', `the pipeline ${pipeline.name} has no stages`);
    if (row.externalRef) {
      if (existingRefs.has(row.externalRef)) issue('error', 'external_ref', `an opportunity with the reference ${row.externalRef} already exists (already imported?)`);
      const first = seenRefs.get(row.externalRef);
      if (first) issue('error', 'external_ref', `the reference ${row.externalRef} is also on row ${first}`);
      else seenRefs.set(row.externalRef, at);
    }
    if (!ok || !pipeline || !stage || !ownerId) continue;
    rows.push({
      index,
      title: row.title,
      customerId,
      ownerId,
      pipelineId: pipeline.id,
      stageId: stage.id,
      status,
      type: row.type,
      source: row.source,
      amountMinor: row.amountMinor,
      currency: row.currency,
      probability: row.probability ?? (status === 'won' ? 100 : status === 'lost' ? 0 : stage.defaultProbability),
      expectedCloseDate: row.expectedCloseDate,
      engageDate: row.engageDate,
      externalRef: row.externalRef,
      lostReason: status === 'lost' ? row.lostReason : null,
      forecastCategory: status === 'won' ? ('closed' as const) : status === 'lost' ? ('omitted' as const) : ('pipeline' as const),
      closedAt: status === 'open' ? null : row.expectedCloseDate,
    });
  }
  return { rows, issues };
}
