import type { opportunityTypeEnum } from '~/db/schema';

export type TOpportunityType = (typeof opportunityTypeEnum.enumValues)[number];

/**
 * What a deal is about: its Spanish titles per type, the products its quote
 * uses and a typical size. Title placeholders: {year} {city} {n} {task} {format}.
 */
export type TDealTheme = {
  key: string;
  titles: Partial<Record<TOpportunityType, readonly string[]>>;
  /** Relative frequency per type (0 or absent = never). */
  weights: Partial<Record<TOpportunityType, number>>;
  /** Median deal size in EUR (log-normal around it). */
  medianEur: number;
  main: readonly string[];
  extras: readonly string[];
};

/** The demo's kinds of deal, shaped on an industrial automation integrator's business. */
export const dealThemes: readonly TDealTheme[] = [
  {
    key: 'packaging',
    titles: {
      new_business: ['Nueva línea de envasado flexible', 'Automatización final de línea en {city}', 'Línea de envasado formato {format}'],
      upsell: ['Ampliación línea de envasado', 'Etiquetado automático línea {n}', 'Enfardado automático de palets'],
    },
    weights: { new_business: 12, upsell: 10 },
    medianEur: 55_000,
    main: ['ENV-LIN-FLX', 'ENV-ETQ-200', 'ENV-ENF-30'],
    extras: ['ENV-CNT-M', 'SRV-PEM-D', 'SRV-FOR-D', 'AUT-HMI-15'],
  },
  {
    key: 'palletizing',
    titles: {
      new_business: ['Célula de paletizado robotizada', 'Paletizado automático planta {city}'],
      upsell: ['Segunda célula de paletizado', 'Ampliación paletizado fin de línea'],
    },
    weights: { new_business: 6, upsell: 4 },
    medianEur: 140_000,
    main: ['ROB-PAL-180'],
    extras: ['ROB-GRP', 'ENV-CNT-M', 'SRV-PEM-D', 'SRV-FOR-D'],
  },
  {
    key: 'cobots',
    titles: {
      new_business: ['Robots colaborativos para {task}', 'Cobot para {task} en línea {n}'],
      upsell: ['Ampliación flota de cobots ({task})'],
    },
    weights: { new_business: 14, upsell: 10 },
    medianEur: 38_000,
    main: ['ROB-COB-10'],
    extras: ['ROB-GRP', 'SRV-PEM-D', 'SRV-FOR-D'],
  },
  {
    key: 'vision',
    titles: {
      new_business: ['Visión artificial para control de calidad', 'Inspección por visión en línea {n}'],
      upsell: ['Cámaras de visión adicionales línea {n}'],
    },
    weights: { new_business: 16, upsell: 12 },
    medianEur: 24_000,
    main: ['VIS-QC-2'],
    extras: ['VIS-LIC', 'SRV-PEM-D', 'AUT-HMI-15'],
  },
  {
    key: 'mes',
    titles: {
      new_business: ['Implantación MES planta {city}', 'Trazabilidad y OEE con MES'],
      upsell: ['Módulo de trazabilidad MES', 'Extensión MES a línea {n}'],
    },
    weights: { new_business: 10, upsell: 8 },
    medianEur: 42_000,
    main: ['SW-MES-LIC'],
    extras: ['SW-MES-SUS', 'SRV-FOR-D', 'AUT-HMI-15'],
  },
  {
    key: 'controls',
    titles: {
      new_business: ['Modernización control PLC/SCADA', 'Cuadros de control línea {n}'],
      upsell: ['Ampliación licencias SCADA', 'Variadores y control línea {n}'],
    },
    weights: { new_business: 22, upsell: 18 },
    medianEur: 18_000,
    main: ['AUT-PLC-S', 'AUT-SCADA', 'AUT-VFD-22'],
    extras: ['AUT-HMI-15', 'AUT-VFD-22', 'SRV-PEM-D'],
  },
  {
    key: 'retrofit',
    titles: {
      new_business: ['Retrofit línea de {format}', 'Modernización llenadora línea {n}'],
      upsell: ['Retrofit segunda máquina'],
    },
    weights: { new_business: 12, upsell: 6 },
    medianEur: 48_000,
    main: ['SRV-RTF'],
    extras: ['AUT-PLC-S', 'AUT-VFD-22', 'SRV-FOR-D'],
  },
  {
    key: 'conveyors',
    titles: { upsell: ['Ampliación transportadores línea {n}', 'Nuevo tramo de transporte a almacén'] },
    weights: { upsell: 16 },
    medianEur: 14_000,
    main: ['ENV-CNT-M'],
    extras: ['AUT-VFD-22', 'SRV-PEM-D'],
  },
  {
    key: 'training',
    titles: { upsell: ['Formación de operarios y mantenimiento', 'Plan de formación {year}'] },
    weights: { upsell: 12 },
    medianEur: 5_000,
    main: ['SRV-FOR-D'],
    extras: ['AUT-HMI-15'],
  },
  {
    key: 'maintenance',
    titles: { renewal: ['Renovación contrato de mantenimiento {year}', 'Mantenimiento preventivo {year}', 'Renovación soporte 24x7 {year}'] },
    weights: { renewal: 60 },
    medianEur: 12_000,
    main: ['SRV-MNT-A', 'SRV-247'],
    extras: ['SRV-247', 'AUT-VFD-22'],
  },
  {
    key: 'software',
    titles: { renewal: ['Renovación licencias MES {year}', 'Renovación suscripción SCADA {year}', 'Renovación licencias de visión {year}'] },
    weights: { renewal: 40 },
    medianEur: 9_000,
    main: ['SW-MES-SUS', 'VIS-LIC', 'AUT-SCADA'],
    extras: ['SRV-247', 'SRV-FOR-D'],
  },
];

/** Words for the {task} and {format} title placeholders. */
export const titleWords = {
  task: ['carga de máquinas', 'pick & place', 'encajado', 'atornillado', 'paletizado ligero', 'inspección final'],
  format: ['botella PET', 'lata', 'brik', 'bolsa flexible', 'bandeja termoformada', 'caja de cartón', 'tarro de vidrio', 'saco'],
} as const;
