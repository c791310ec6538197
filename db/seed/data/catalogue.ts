/**
 * The demo product and service catalogue. Prices in EUR cents; `step` is the
 * quantity granularity in thousandths (1000 = whole units, 500 = halves).
 * Every item carries Spain's general IVA rate (21 %).
 */
export type TCatalogueItem = {
  sku: string;
  name: string;
  family: string;
  kind: 'product' | 'service';
  unitPriceMinor: number;
  step: number;
  maxQty: number;
};

const item = (sku: string, name: string, family: string, kind: 'product' | 'service', euros: number, maxQty: number, step = 1000): TCatalogueItem => ({
  sku,
  name,
  family,
  kind,
  unitPriceMinor: Math.round(euros * 100),
  step,
  maxQty,
});

export const catalogue: readonly TCatalogueItem[] = [
  item('ENV-LIN-FLX', 'Línea de envasado flexible', 'Envasado', 'product', 168_000, 2),
  item('ENV-ETQ-200', 'Etiquetadora automática ETQ-200', 'Envasado', 'product', 24_800, 4),
  item('ENV-ENF-30', 'Enfardadora automática de palets', 'Envasado', 'product', 18_600, 4),
  item('ENV-CNT-M', 'Transportador de banda modular (metro lineal)', 'Envasado', 'product', 950, 300, 500),
  item('ROB-PAL-180', 'Célula de paletizado robotizada', 'Robótica', 'product', 132_000, 3),
  item('ROB-COB-10', 'Robot colaborativo 10 kg', 'Robótica', 'product', 31_500, 8),
  item('ROB-GRP', 'Garra a medida para robot', 'Robótica', 'product', 4_200, 8),
  item('AUT-PLC-S', 'Armario de control con PLC', 'Automatización', 'product', 8_900, 10),
  item('AUT-HMI-15', 'Panel HMI táctil 15"', 'Automatización', 'product', 1_850, 12),
  item('AUT-VFD-22', 'Variador de frecuencia 22 kW', 'Automatización', 'product', 1_450, 30),
  item('AUT-SCADA', 'Licencia SCADA (puesto)', 'Software', 'product', 3_200, 25),
  item('VIS-QC-2', 'Sistema de visión para control de calidad', 'Visión artificial', 'product', 16_400, 8),
  item('VIS-LIC', 'Licencia anual software de visión', 'Software', 'service', 2_900, 12),
  item('SW-MES-LIC', 'Licencia MES (por línea)', 'Software', 'product', 12_000, 8),
  item('SW-MES-SUS', 'Suscripción anual MES y soporte (por línea)', 'Software', 'service', 6_800, 8),
  item('SRV-ING-H', 'Horas de ingeniería', 'Servicios', 'service', 75, 1200, 500),
  item('SRV-PEM-D', 'Puesta en marcha (jornada)', 'Servicios', 'service', 780, 40, 500),
  item('SRV-FOR-D', 'Formación de operarios (jornada)', 'Servicios', 'service', 650, 30, 500),
  item('SRV-MNT-A', 'Contrato de mantenimiento preventivo anual', 'Servicios', 'service', 9_600, 3),
  item('SRV-247', 'Soporte técnico 24x7 anual', 'Servicios', 'service', 4_800, 3),
  item('SRV-RTF', 'Retrofit de máquina existente', 'Servicios', 'service', 38_000, 4),
  item('SRV-DSP-KM', 'Desplazamiento (km)', 'Servicios', 'service', 0.42, 1200, 100),
];
