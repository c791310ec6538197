import type * as s from '~/db/schema';
import { createRandom } from '~/domain/random';
import { catalogue } from './data/catalogue';
import { pipelineDefinitions } from './data/pipelines';
import type { TSeedPipeline, TSeedProduct } from './types';

const SEED = 'dealflow-demo:catalogue';
/** Spain's general IVA rate, in basis points. */
export const SPAIN_VAT_BPS = 2100;

export type TSeedCatalogue = {
  products: (typeof s.products.$inferInsert)[];
  productsBySku: Map<string, TSeedProduct>;
  pipelines: (typeof s.pipelines.$inferInsert)[];
  stages: (typeof s.stages.$inferInsert)[];
  pipelinesByKey: Map<string, TSeedPipeline>;
};

/** Products (EUR, 21 % IVA) and the two pipelines with their stages, created with the organization. */
export function buildCatalogue(organizationId: string, createdAt: Date): TSeedCatalogue {
  const random = createRandom(SEED);
  const out: TSeedCatalogue = { products: [], productsBySku: new Map(), pipelines: [], stages: [], pipelinesByKey: new Map() };
  for (const item of catalogue) {
    const id = random.uuid();
    out.products.push({
      id,
      organizationId,
      sku: item.sku,
      name: item.name,
      family: item.family,
      kind: item.kind,
      unitPriceMinor: item.unitPriceMinor,
      currency: 'EUR',
      taxRateBps: SPAIN_VAT_BPS,
      createdAt,
      updatedAt: createdAt,
    });
    out.productsBySku.set(item.sku, { id, sku: item.sku, name: item.name, unitPriceMinor: item.unitPriceMinor, taxRateBps: SPAIN_VAT_BPS, step: item.step, maxQty: item.maxQty });
  }
  pipelineDefinitions.forEach((definition, position) => {
    const pipelineId = random.uuid();
    out.pipelines.push({ id: pipelineId, organizationId, name: definition.name, position, isDefault: definition.isDefault, createdAt, updatedAt: createdAt });
    const stages = definition.stages.map(([name, defaultProbability, rottingDays], stagePosition) => {
      const id = random.uuid();
      out.stages.push({ id, organizationId, pipelineId, name, position: stagePosition, defaultProbability, rottingDays, createdAt, updatedAt: createdAt });
      return { id, position: stagePosition, defaultProbability, rottingDays };
    });
    out.pipelinesByKey.set(definition.key, { id: pipelineId, key: definition.key, stages, quoteFrom: definition.quoteFrom });
  });
  return out;
}
