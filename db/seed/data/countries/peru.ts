import type { TCountryProfile, TSector } from '../country-profile';
import { fillDigits, latamJobTitles } from './shared';

const nouns: Partial<Record<TSector, readonly string[]>> = {
  Alimentación: ['Agroindustrias', 'Conservera', 'Pesquera', 'Alimentos', 'Molinera', 'Avícola'],
  Bebidas: ['Embotelladora', 'Bebidas', 'Vitivinícola', 'Pisquera'],
  Química: ['Química', 'Pinturas'],
  'Farmacéutica y cosmética': ['Laboratorios'],
  'Plásticos y envases': ['Plásticos', 'Envases', 'Empaques'],
  Metalurgia: ['Metalmecánica', 'Aceros', 'Fundición'],
  Logística: ['Logística', 'Almacenes', 'Transportes'],
  'Papel y cartón': ['Cartones', 'Papelera'],
};
const surnames = [
  'Quispe', 'Flores', 'Sánchez', 'Rodríguez', 'García', 'Huamán', 'Chávez', 'Torres', 'Vásquez', 'Ramírez',
  'Rojas', 'Castillo', 'Mendoza', 'Díaz', 'Espinoza', 'Gutiérrez', 'Salazar', 'Vargas', 'Paredes', 'Alvarado',
  'Zevallos', 'Benavides', 'Cárdenas', 'Valdivia', 'Salinas', 'Palacios', 'Córdova', 'Cáceres',
] as const;
const places = ['del Norte', 'del Sur', 'Andina', 'del Pacífico', 'Peruana', 'Norteña', 'Arequipeña', 'del Callao', 'Mochica', 'Costeña'];
const streets = ['Av. Argentina', 'Av. Nicolás Ayllón', 'Av. Industrial', 'Av. Separadora Industrial', 'Av. Los Frutales', 'Calle Los Hornos', 'Av. Panamericana Norte', 'Jr. Huallaga', 'Av. Elmer Faucett', 'Calle Las Fraguas'];
const c = (name: string, region: string, lat: number, lon: number, postal: [number, number], area: string, weight: number) =>
  ({ name, region, lat, lon, postal, area, weight, zone: 'PE' }) as const;

/** Peru: Lima and Callao plus the agro-export coast and Arequipa. */
export const peru: TCountryProfile = {
  code: 'PE',
  customerCount: 16,
  cities: [
    c('Lima', 'Lima', -12.0464, -77.0428, [15001, 15498], '1', 6),
    c('Callao', 'Callao', -12.0566, -77.1181, [7001, 7071], '1', 2),
    c('Arequipa', 'Arequipa', -16.409, -71.5375, [4001, 4017], '54', 2.5),
    c('Trujillo', 'La Libertad', -8.1116, -79.029, [13001, 13011], '44', 2),
    c('Chiclayo', 'Lambayeque', -6.7714, -79.8409, [14001, 14013], '74', 1.5),
    c('Piura', 'Piura', -5.1945, -80.6328, [20001, 20009], '73', 1.5),
    c('Ica', 'Ica', -14.0678, -75.7286, [11001, 11004], '56', 1.5),
    c('Chimbote', 'Áncash', -9.0853, -78.5783, [2801, 2806], '43', 1),
  ],
  sectorWeights: [
    ['Alimentación', 30], ['Bebidas', 12], ['Química', 8], ['Farmacéutica y cosmética', 6], ['Plásticos y envases', 14],
    ['Metalurgia', 12], ['Logística', 10], ['Papel y cartón', 6],
  ],
  companyBase: (random, sector) => {
    const noun = random.pick(nouns[sector] ?? ['Industrial']);
    return random.weighted<() => string>([
      [() => `${noun} ${random.pick(places)}`, 45],
      [() => `${noun} ${random.pick(surnames)}`, 30],
      [() => `Corporación ${random.pick(surnames)}`, 10],
      [() => `${noun} ${random.pick(surnames)} Hermanos`, 15],
    ])();
  },
  legalForms: [[{ suffix: ' S.A.C.' }, 65], [{ suffix: ' S.A.' }, 35]],
  address: (random) => `${random.pick(streets)} ${random.int(100, 3900)}`,
  phone: (random, city) => {
    // Lima numbers have 7 digits after the area code 1, provinces 6.
    const rest = fillDigits(random, '', city.area === '1' ? 7 : 6);
    return `+51 ${city.area} ${rest.slice(0, 3)} ${rest.slice(3)}`;
  },
  people: {
    female: ['Rosa', 'Milagros', 'Carmen', 'Lucía', 'Katherine', 'Patricia', 'Diana', 'Sofía', 'Fiorella', 'Andrea', 'Pamela'],
    male: ['Luis', 'José', 'Carlos', 'Jorge', 'César', 'Víctor', 'Miguel', 'Renzo', 'Juan', 'Manuel', 'Raúl', 'Gonzalo'],
    surnames,
    twoSurnames: true,
  },
  jobTitles: latamJobTitles,
  paymentTerms: [[30, 45], [45, 30], [60, 25]],
};
