import type { TCountryProfile, TSector } from '../country-profile';
import { fillDigits, latamJobTitles } from './shared';

const nouns: Partial<Record<TSector, readonly string[]>> = {
  Alimentación: ['Alimentos', 'Empacadora', 'Productos Lácteos', 'Botanas', 'Molinos', 'Congeladora'],
  Bebidas: ['Embotelladora', 'Cervecería', 'Tequilera', 'Jugos'],
  Automoción: ['Autopartes', 'Estampados', 'Maquinados', 'Forjas', 'Arneses'],
  Química: ['Química', 'Pinturas', 'Recubrimientos'],
  'Farmacéutica y cosmética': ['Laboratorios'],
  'Plásticos y envases': ['Plásticos', 'Empaques', 'Envases'],
  Metalurgia: ['Aceros', 'Metalmecánica', 'Fundidora'],
  Logística: ['Logística', 'Distribuidora', 'Almacenadora'],
};
const surnames = [
  'Hernández', 'García', 'Martínez', 'López', 'González', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez', 'Cruz',
  'Flores', 'Gómez', 'Morales', 'Vázquez', 'Reyes', 'Jiménez', 'Torres', 'Gutiérrez', 'Mendoza', 'Aguilar',
  'Ortiz', 'Castillo', 'Romero', 'Méndez', 'Chávez', 'Rivera', 'Juárez', 'Domínguez', 'Herrera', 'Medina',
  'Salazar', 'Garza', 'Treviño', 'Elizondo', 'Villarreal', 'Zambrano', 'Cantú',
] as const;
const places = ['del Bajío', 'del Norte', 'de Occidente', 'del Pacífico', 'Regiomontana', 'Tapatía', 'Mexicana', 'del Golfo', 'Potosina', 'del Centro'];
const streets = ['Av. Industrias', 'Av. de la Industria', 'Blvd. Aeropuerto', 'Av. Constitución', 'Calle Acero', 'Av. Juárez', 'Blvd. Bernardo Quintana', 'Av. Vallarta', 'Av. Ruiz Cortines'];
const parks = ['Parque Industrial Querétaro', 'Parque Industrial El Marqués', 'Zona Industrial', 'Parque Industrial Stiva', 'Parque Industrial Belenes', 'Col. Industrial Vallejo'];
const c = (name: string, region: string, lat: number, lon: number, postal: [number, number], area: string, weight: number) =>
  ({ name, region, lat, lon, postal, area, weight, zone: 'MX' }) as const;

/** Mexico: industrial states of the Bajío and the north. */
export const mexico: TCountryProfile = {
  code: 'MX',
  customerCount: 24,
  cities: [
    c('Ciudad de México', 'Ciudad de México', 19.4326, -99.1332, [1000, 16999], '55', 4),
    c('Monterrey', 'Nuevo León', 25.6866, -100.3161, [64000, 64999], '81', 4),
    c('Guadalajara', 'Jalisco', 20.6597, -103.3496, [44100, 44990], '33', 3),
    c('Querétaro', 'Querétaro', 20.5888, -100.3899, [76000, 76246], '442', 3),
    c('Puebla', 'Puebla', 19.0414, -98.2063, [72000, 72590], '222', 2),
    c('León', 'Guanajuato', 21.125, -101.686, [37000, 37690], '477', 2),
    c('Saltillo', 'Coahuila', 25.4232, -100.9963, [25000, 25299], '844', 2),
    c('San Luis Potosí', 'San Luis Potosí', 22.1565, -100.9855, [78000, 78399], '444', 1.5),
    c('Aguascalientes', 'Aguascalientes', 21.8853, -102.2916, [20000, 20399], '449', 1.5),
    c('Toluca', 'Estado de México', 19.2826, -99.6557, [50000, 50299], '722', 1.5),
    c('Tijuana', 'Baja California', 32.5149, -117.0382, [22000, 22750], '664', 1),
    c('Hermosillo', 'Sonora', 29.0729, -110.9559, [83000, 83299], '662', 1),
  ],
  sectorWeights: [
    ['Alimentación', 20], ['Bebidas', 14], ['Automoción', 24], ['Química', 8], ['Farmacéutica y cosmética', 5],
    ['Plásticos y envases', 12], ['Metalurgia', 10], ['Logística', 7],
  ],
  companyBase: (random, sector) => {
    const noun = random.pick(nouns[sector] ?? ['Industrias']);
    const surname = random.pick(surnames);
    return random.weighted<() => string>([
      [() => `${noun} ${surname}`, 35],
      [() => `${noun} ${random.pick(places)}`, 35],
      [() => `Grupo Industrial ${surname}`, 10],
      [() => `${noun} ${surname} Hermanos`, 10],
      [() => `Industrias ${random.pick(places).replace(/^del? /, '')}`, 10],
    ])();
  },
  legalForms: [[{ suffix: ', S.A. de C.V.' }, 80], [{ suffix: ', S. de R.L. de C.V.' }, 20]],
  address: (random) => {
    const street = `${random.pick(streets)} ${random.int(100, 4800)}`;
    return random.chance(0.5) ? `${street}, ${random.pick(parks)}` : street;
  },
  phone: (random, city) => {
    const rest = fillDigits(random, '', 10 - city.area.length);
    return `+52 ${city.area} ${rest.slice(0, rest.length - 4)} ${rest.slice(-4)}`;
  },
  people: {
    female: ['Guadalupe', 'María Fernanda', 'Alejandra', 'Daniela', 'Mariana', 'Verónica', 'Gabriela', 'Adriana', 'Karla', 'Claudia', 'Ximena'],
    male: ['José Luis', 'Juan Carlos', 'Luis', 'Jorge', 'Alejandro', 'Miguel Ángel', 'Ricardo', 'Fernando', 'Eduardo', 'Arturo', 'Héctor', 'Rodrigo'],
    surnames,
    twoSurnames: true,
  },
  jobTitles: latamJobTitles,
  paymentTerms: [[30, 40], [45, 30], [60, 30]],
};
