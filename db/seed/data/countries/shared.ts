import type { TRandom } from '~/domain/random';

/** `prefix` followed by random digits up to `total` digits. */
export function fillDigits(random: TRandom, prefix: string, total: number): string {
  return prefix + random.digits(Math.max(0, total - prefix.length));
}

/** Common Spanish surnames (also used for Spanish company names). */
export const spanishSurnames = [
  'García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín',
  'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Alonso', 'Gutiérrez',
  'Navarro', 'Torres', 'Domínguez', 'Vázquez', 'Ramos', 'Gil', 'Serrano', 'Blanco', 'Molina', 'Morales',
  'Ortega', 'Delgado', 'Castro', 'Ortiz', 'Rubio', 'Marín', 'Sanz', 'Iglesias', 'Núñez', 'Medina',
  'Garrido', 'Santos', 'Lozano', 'Cano', 'Prieto', 'Calvo', 'Gallego', 'Vidal', 'Herrera', 'Peña',
  'Cabrera', 'Campos', 'Vega', 'Fuentes', 'Carrasco', 'Aguirre', 'Echevarría', 'Arrieta', 'Puig', 'Ferrer',
  'Soler', 'Vilalta', 'Zubizarreta', 'Otero', 'Pardo',
] as const;

/** Job titles used in Mexico and Peru ("gerente" rather than "director"). */
export const latamJobTitles = [
  ['Gerente de Planta', 'Gerente de Planta'], ['Gerente de Compras', 'Gerente de Compras'],
  ['Director General', 'Directora General'], ['Gerente de Mantenimiento', 'Gerente de Mantenimiento'],
  ['Jefe de Producción', 'Jefa de Producción'], ['Gerente de Operaciones', 'Gerente de Operaciones'],
  ['Ingeniero de Procesos', 'Ingeniera de Procesos'], ['Gerente de Finanzas', 'Gerente de Finanzas'],
  ['Jefe de Calidad', 'Jefa de Calidad'],
] as const;
