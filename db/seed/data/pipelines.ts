/**
 * The two demo sales processes. Stages: [name, default probability %, rotting
 * days]. `quoteFrom` is the first stage at which a deal has a quote.
 */
export type TPipelineKey = 'new' | 'renewals';

export type TPipelineDefinition = {
  key: TPipelineKey;
  name: string;
  isDefault: boolean;
  stages: readonly (readonly [name: string, probability: number, rottingDays: number])[];
  quoteFrom: number;
  /** Relative number of open deals per stage (a funnel). */
  openWeights: readonly number[];
};

export const pipelineDefinitions: readonly TPipelineDefinition[] = [
  {
    key: 'new',
    name: 'Nuevo negocio',
    isDefault: true,
    stages: [
      ['Cualificación', 10, 21],
      ['Análisis de necesidades', 20, 21],
      ['Visita técnica / demo', 35, 30],
      ['Propuesta enviada', 50, 21],
      ['Negociación', 70, 14],
      ['Revisión de compras', 85, 10],
      ['Pendiente de firma', 90, 7],
    ],
    quoteFrom: 3,
    openWeights: [22, 20, 16, 15, 12, 8, 7],
  },
  {
    key: 'renewals',
    name: 'Renovaciones y ampliaciones',
    isDefault: false,
    stages: [
      ['Identificada', 20, 30],
      ['Contacto con cliente', 40, 21],
      ['Propuesta enviada', 60, 14],
      ['Negociación', 80, 10],
      ['Pendiente de firma', 90, 7],
    ],
    quoteFrom: 2,
    openWeights: [24, 24, 22, 17, 13],
  },
];
