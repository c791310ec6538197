import type { TCountryProfile, TSector } from '../country-profile';
import { fillDigits, spanishSurnames } from './shared';

const nouns: Record<TSector, readonly string[]> = {
  Alimentación: ['Conservas', 'Cárnicas', 'Lácteos', 'Panificadora', 'Aceites', 'Embutidos', 'Congelados', 'Harinas'],
  Bebidas: ['Bodegas', 'Cervezas', 'Zumos', 'Destilerías', 'Aguas'],
  Automoción: ['Componentes', 'Estampaciones', 'Mecanizados', 'Forjas', 'Inyectados'],
  Química: ['Química', 'Pinturas', 'Resinas', 'Detergentes', 'Adhesivos'],
  'Farmacéutica y cosmética': ['Laboratorios', 'Cosmética'],
  'Plásticos y envases': ['Plásticos', 'Envases', 'Embalajes', 'Films'],
  Metalurgia: ['Metalúrgica', 'Aceros', 'Talleres', 'Calderería', 'Fundiciones', 'Perfiles'],
  Logística: ['Logística', 'Almacenes', 'Transportes'],
  'Papel y cartón': ['Cartonajes', 'Papelera', 'Manipulados'],
  Cerámica: ['Cerámicas', 'Azulejos', 'Esmaltes'],
};
const places = [
  'Ibérica', 'del Norte', 'del Mediterráneo', 'del Ebro', 'de Levante', 'del Cantábrico', 'Andaluza',
  'Castellana', 'Gallega', 'Navarra', 'Riojana', 'del Vallès', 'Levantina', 'del Sur', 'del Duero', 'Atlántica',
];
const estates = [
  'Polígono Industrial Las Mercedes', 'Polígono Industrial El Pla', 'Polígono Industrial San Cristóbal',
  'Polígono Industrial La Estación', 'Polígono Industrial Los Olivos', 'Polígono Industrial Santa Ana',
  'Polígono Industrial El Oliveral', 'Parque Empresarial La Carpetania', 'Polígono Industrial Valdeconsejo',
];
const streets = [
  'Calle de la Industria', 'Calle del Metal', 'Calle Hierro', 'Calle Cobre', 'Avenida de la Constitución',
  'Calle Mayor', 'Avenida de Europa', 'Calle de la Innovación', 'Avenida del Mediterráneo', 'Calle Fundidores',
  'Calle Torneros', 'Calle de la Energía', 'Avenida de los Artesanos', 'Calle Río Duero', 'Calle Comercio',
];
const c = (name: string, region: string, lat: number, lon: number, postal: [number, number], area: string, weight: number, zone: string, taxOffice: string) =>
  ({ name, region, lat, lon, postal, area, weight, zone, taxOffice }) as const;

/** Spain: ~45 % of customers, four sales zones, one per Iberia rep. */
export const spain: TCountryProfile = {
  code: 'ES',
  customerCount: 68,
  cities: [
    c('Madrid', 'Madrid', 40.4168, -3.7038, [28001, 28055], '91', 9, 'centro', '28'),
    c('Getafe', 'Madrid', 40.3057, -3.7329, [28901, 28909], '91', 2, 'centro', '28'),
    c('Alcalá de Henares', 'Madrid', 40.482, -3.3635, [28801, 28807], '91', 2, 'centro', '28'),
    c('Toledo', 'Toledo', 39.8628, -4.0273, [45001, 45008], '925', 1.5, 'centro', '45'),
    c('Guadalajara', 'Guadalajara', 40.6337, -3.1667, [19001, 19005], '949', 1.5, 'centro', '19'),
    c('Valladolid', 'Valladolid', 41.6523, -4.7245, [47001, 47016], '983', 2, 'centro', '47'),
    c('Salamanca', 'Salamanca', 40.9701, -5.6635, [37001, 37008], '923', 1, 'centro', '37'),
    c('Burgos', 'Burgos', 42.3439, -3.6969, [9001, 9007], '947', 2, 'centro', '09'),
    c('León', 'León', 42.5987, -5.5671, [24001, 24010], '987', 1, 'centro', '24'),
    c('Albacete', 'Albacete', 38.9943, -1.8585, [2001, 2008], '967', 1, 'centro', '02'),
    c('Badajoz', 'Badajoz', 38.8794, -6.9707, [6001, 6011], '924', 1, 'centro', '06'),
    c('Barcelona', 'Barcelona', 41.3874, 2.1686, [8001, 8042], '93', 7, 'noreste', '08'),
    c('Sabadell', 'Barcelona', 41.5433, 2.1094, [8201, 8208], '93', 2, 'noreste', '08'),
    c('Terrassa', 'Barcelona', 41.5632, 2.0089, [8221, 8228], '93', 2, 'noreste', '08'),
    c('Martorell', 'Barcelona', 41.4741, 1.9305, [8760, 8760], '93', 1.5, 'noreste', '08'),
    c('Tarragona', 'Tarragona', 41.1189, 1.2445, [43001, 43008], '977', 1.5, 'noreste', '43'),
    c('Reus', 'Tarragona', 41.1561, 1.1069, [43201, 43206], '977', 1, 'noreste', '43'),
    c('Girona', 'Girona', 41.9794, 2.8214, [17001, 17007], '972', 1.5, 'noreste', '17'),
    c('Lleida', 'Lleida', 41.6176, 0.62, [25001, 25008], '973', 1.5, 'noreste', '25'),
    c('Zaragoza', 'Zaragoza', 41.6488, -0.8891, [50001, 50021], '976', 4, 'noreste', '50'),
    c('Huesca', 'Huesca', 42.1401, -0.4089, [22001, 22006], '974', 1, 'noreste', '22'),
    c('Valencia', 'Valencia', 39.4699, -0.3763, [46001, 46026], '96', 5, 'levante-sur', '46'),
    c('Alicante', 'Alicante', 38.3452, -0.481, [3001, 3016], '965', 2, 'levante-sur', '03'),
    c('Elche', 'Alicante', 38.2669, -0.6983, [3201, 3208], '966', 1.5, 'levante-sur', '03'),
    c('Castellón de la Plana', 'Castellón', 39.9864, -0.0513, [12001, 12006], '964', 1.5, 'levante-sur', '12'),
    c('Vila-real', 'Castellón', 39.938, -0.101, [12540, 12540], '964', 1.5, 'levante-sur', '12'),
    c('Murcia', 'Murcia', 37.9922, -1.1307, [30001, 30012], '968', 2.5, 'levante-sur', '30'),
    c('Sevilla', 'Sevilla', 37.3891, -5.9845, [41001, 41020], '95', 3, 'levante-sur', '41'),
    c('Málaga', 'Málaga', 36.7213, -4.4214, [29001, 29018], '952', 2, 'levante-sur', '29'),
    c('Córdoba', 'Córdoba', 37.8882, -4.7794, [14001, 14014], '957', 1, 'levante-sur', '14'),
    c('Granada', 'Granada', 37.1773, -3.5986, [18001, 18015], '958', 1, 'levante-sur', '18'),
    c('Jaén', 'Jaén', 37.7796, -3.7849, [23001, 23009], '953', 1, 'levante-sur', '23'),
    c('Bilbao', 'Bizkaia', 43.263, -2.935, [48001, 48015], '94', 4, 'norte', '48'),
    c('Vitoria-Gasteiz', 'Álava', 42.8467, -2.6716, [1001, 1015], '945', 2, 'norte', '01'),
    c('Pamplona', 'Navarra', 42.8125, -1.6458, [31001, 31016], '948', 2.5, 'norte', '31'),
    c('Logroño', 'La Rioja', 42.4627, -2.445, [26001, 26009], '941', 1.5, 'norte', '26'),
    c('Santander', 'Cantabria', 43.4623, -3.8099, [39001, 39012], '942', 1.5, 'norte', '39'),
    c('Gijón', 'Asturias', 43.5322, -5.6611, [33201, 33213], '985', 1.5, 'norte', '33'),
    c('A Coruña', 'A Coruña', 43.3623, -8.4115, [15001, 15011], '981', 1.5, 'norte', '15'),
    c('Vigo', 'Pontevedra', 42.2406, -8.7207, [36201, 36216], '986', 2, 'norte', '36'),
    c('Ourense', 'Ourense', 42.3358, -7.8639, [32001, 32005], '988', 1, 'norte', '32'),
  ],
  sectorWeights: [
    ['Alimentación', 22], ['Bebidas', 9], ['Automoción', 14], ['Química', 9], ['Farmacéutica y cosmética', 7],
    ['Plásticos y envases', 13], ['Metalurgia', 12], ['Logística', 6], ['Papel y cartón', 5], ['Cerámica', 3],
  ],
  companyBase: (random, sector) => {
    const noun = random.pick(nouns[sector]);
    const surname = random.pick(spanishSurnames);
    return random.weighted<() => string>([
      [() => `${noun} ${surname}`, 35],
      [() => `${noun} ${random.pick(places)}`, 25],
      [() => `${noun} ${surname} Hermanos`, 8],
      [() => `Industrias ${surname}`, 8],
      [() => `Grupo ${surname}`, 5],
      [() => `${noun} ${surname} y ${random.pick(spanishSurnames)}`, 10],
    ])();
  },
  legalForms: [[{ suffix: ', S.L.', entity: 'B' }, 70], [{ suffix: ', S.A.', entity: 'A' }, 30]],
  address: (random) => {
    const street = `${random.pick(streets)}, ${random.int(1, 120)}`;
    return random.chance(0.5) ? `${random.pick(estates)}, ${street}` : street;
  },
  phone: (random, city) => {
    const n = fillDigits(random, city.area, 9);
    return `+34 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
  },
  people: {
    female: ['María', 'Carmen', 'Laura', 'Isabel', 'Cristina', 'Marta', 'Elena', 'Pilar', 'Raquel', 'Beatriz', 'Silvia', 'Nuria', 'Rocío', 'Patricia', 'Irene', 'Montserrat'],
    male: ['José', 'Antonio', 'Manuel', 'Francisco', 'David', 'Juan', 'Javier', 'Carlos', 'Miguel', 'Alejandro', 'Jorge', 'Alberto', 'Raúl', 'Íñigo', 'Jordi', 'Álvaro'],
    surnames: spanishSurnames,
    twoSurnames: true,
  },
  jobTitles: [
    ['Director de Operaciones', 'Directora de Operaciones'], ['Jefe de Compras', 'Jefa de Compras'],
    ['Director de Planta', 'Directora de Planta'], ['Responsable de Mantenimiento', 'Responsable de Mantenimiento'],
    ['Director General', 'Directora General'], ['Ingeniero de Procesos', 'Ingeniera de Procesos'],
    ['Director Financiero', 'Directora Financiera'], ['Responsable de Calidad', 'Responsable de Calidad'],
    ['Jefe de Producción', 'Jefa de Producción'],
  ],
  paymentTerms: [[30, 25], [45, 20], [60, 45], [90, 10]],
};
