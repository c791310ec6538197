import type { TCountryProfile, TSector } from '../country-profile';
import { fillDigits } from './shared';

const nouns: Record<TSector, readonly string[]> = {
  Alimentación: ['Pastificio', 'Caseificio', 'Salumificio', 'Conserve', 'Oleificio', 'Dolciaria', 'Molino'],
  Bebidas: ['Cantine', 'Birrificio', 'Distilleria', 'Acque Minerali'],
  Automoción: ['Meccanica', 'Componenti', 'Stampaggi', 'Fonderia'],
  Química: ['Chimica', 'Vernici', 'Resine'],
  'Farmacéutica y cosmética': ['Laboratori', 'Cosmesi'],
  'Plásticos y envases': ['Materie Plastiche', 'Imballaggi', 'Plastica'],
  Metalurgia: ['Acciaierie', 'Carpenteria', 'Officine Meccaniche', 'Trafilerie'],
  Logística: ['Logistica', 'Trasporti'],
  'Papel y cartón': ['Cartiera', 'Cartotecnica'],
  Cerámica: ['Ceramiche'],
};
const surnames = [
  'Rossi', 'Bianchi', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini',
  'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi',
  'Caruso', 'Galli', 'Martini', 'Leone', 'Longo', 'Gentile', 'Martinelli', 'Vitale', 'Serra', 'Coppola',
  'Marchetti', 'Parisi', 'Villa', 'Ferri', 'Fabbri', 'Marini', 'Grasso', 'Valentini', 'Sala', 'Pellegrini',
] as const;
const places = ['Lombarda', 'Padana', 'Veneta', 'Emiliana', 'del Garda', 'Adriatica', 'Toscana', 'Piemontese', 'del Nord', 'Orobica'];
const streets = [
  'Via Roma', 'Via Garibaldi', 'Via dell’Industria', 'Via dell’Artigianato', 'Via Enrico Fermi', 'Via Guglielmo Marconi',
  'Via dell’Innovazione', 'Viale Europa', 'Via Alessandro Volta', 'Via del Lavoro', 'Via Galileo Galilei', 'Via dei Mestieri',
];
const c = (name: string, region: string, lat: number, lon: number, postal: [number, number], area: string, weight: number, taxOffice: string) =>
  ({ name, region, lat, lon, postal, area, weight, zone: 'IT', taxOffice }) as const;

/** Northern-Italian manufacturing heartland plus a few southern cities. */
export const italy: TCountryProfile = {
  code: 'IT',
  customerCount: 26,
  cities: [
    c('Milano', 'MI', 45.4642, 9.19, [20121, 20162], '02', 5, '015'),
    c('Torino', 'TO', 45.0703, 7.6869, [10121, 10156], '011', 3, '001'),
    c('Bologna', 'BO', 44.4949, 11.3426, [40121, 40141], '051', 3, '037'),
    c('Verona', 'VR', 45.4384, 10.9916, [37121, 37142], '045', 2, '023'),
    c('Brescia', 'BS', 45.5416, 10.2118, [25121, 25136], '030', 2.5, '017'),
    c('Bergamo', 'BG', 45.6983, 9.6773, [24121, 24129], '035', 2, '016'),
    c('Padova', 'PD', 45.4064, 11.8768, [35121, 35143], '049', 2, '028'),
    c('Vicenza', 'VI', 45.5455, 11.5354, [36100, 36100], '0444', 1.5, '024'),
    c('Treviso', 'TV', 45.6669, 12.243, [31100, 31100], '0422', 1.5, '026'),
    c('Modena', 'MO', 44.6471, 10.9252, [41121, 41126], '059', 2, '036'),
    c('Parma', 'PR', 44.8015, 10.3279, [43121, 43126], '0521', 2, '034'),
    c('Firenze', 'FI', 43.7696, 11.2558, [50121, 50145], '055', 1.5, '048'),
    c('Napoli', 'NA', 40.8518, 14.2681, [80121, 80147], '081', 1, '063'),
    c('Bari', 'BA', 41.1171, 16.8719, [70121, 70132], '080', 1, '072'),
  ],
  sectorWeights: [
    ['Alimentación', 24], ['Bebidas', 10], ['Automoción', 12], ['Química', 6], ['Farmacéutica y cosmética', 8],
    ['Plásticos y envases', 12], ['Metalurgia', 14], ['Logística', 4], ['Papel y cartón', 5], ['Cerámica', 5],
  ],
  companyBase: (random, sector) => {
    const noun = random.pick(nouns[sector]);
    const surname = random.pick(surnames);
    return random.weighted<() => string>([
      [() => `${noun} ${surname}`, 45],
      [() => `${noun} ${random.pick(places)}`, 25],
      [() => `F.lli ${surname}`, 10],
      [() => `${surname} & Figli`, 10],
      [() => `${noun} ${surname} ${random.pick(places)}`, 10],
    ])();
  },
  legalForms: [[{ suffix: ' S.r.l.' }, 70], [{ suffix: ' S.p.A.' }, 30]],
  address: (random) => `${random.pick(streets)} ${random.int(1, 140)}`,
  phone: (random, city) => {
    const rest = fillDigits(random, '', 10 - city.area.length);
    const half = Math.ceil(rest.length / 2);
    return `+39 ${city.area} ${rest.slice(0, half)} ${rest.slice(half)}`;
  },
  people: {
    female: ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Valentina', 'Federica', 'Elena', 'Silvia', 'Laura', 'Alessandra', 'Paola', 'Martina'],
    male: ['Marco', 'Luca', 'Andrea', 'Alessandro', 'Giuseppe', 'Matteo', 'Francesco', 'Stefano', 'Davide', 'Roberto', 'Paolo', 'Simone'],
    surnames,
    twoSurnames: false,
  },
  jobTitles: [
    ['Direttore di stabilimento', 'Direttrice di stabilimento'], ['Responsabile acquisti', 'Responsabile acquisti'],
    ['Responsabile manutenzione', 'Responsabile manutenzione'], ['Amministratore delegato', 'Amministratrice delegata'],
    ['Responsabile qualità', 'Responsabile qualità'], ['Direttore tecnico', 'Direttrice tecnica'],
    ['Responsabile di produzione', 'Responsabile di produzione'],
  ],
  paymentTerms: [[30, 15], [60, 40], [90, 45]],
};
