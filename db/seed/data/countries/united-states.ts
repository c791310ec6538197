import type { TCountryProfile, TSector } from '../country-profile';
import { fillDigits } from './shared';

const nouns: Partial<Record<TSector, readonly string[]>> = {
  Alimentación: ['Foods', 'Dairy', 'Snacks', 'Food Packing'],
  Bebidas: ['Beverages', 'Brewing Co.', 'Bottling'],
  Automoción: ['Components', 'Stampings', 'Precision Machining', 'Auto Parts'],
  Química: ['Chemicals', 'Coatings'],
  'Farmacéutica y cosmética': ['Laboratories', 'Pharma'],
  'Plásticos y envases': ['Plastics', 'Packaging', 'Containers'],
  Metalurgia: ['Metal Works', 'Steel', 'Fabrication'],
  Logística: ['Logistics', 'Distribution'],
};
const surnames = [
  'Miller', 'Anderson', 'Carter', 'Brooks', 'Hughes', 'Sullivan', 'Bennett', 'Foster', 'Hayes', 'Porter',
  'Parker', 'Reed', 'Coleman', 'Walsh', 'Murphy', 'Fischer', 'Schmidt', 'Nolan', 'Grant', 'Turner',
  'Mitchell', 'Collins', 'Stewart', 'Morris', 'Cooper', 'Ward', 'Peterson', 'Jenkins',
] as const;
const places = ['Great Lakes', 'Lone Star', 'Midwest', 'Gulf Coast', 'Prairie', 'Blue Ridge', 'Heartland', 'Summit', 'Ohio Valley', 'Tri-County', 'Keystone'];
const streets = ['Industrial Pkwy', 'Commerce Dr', 'Enterprise Blvd', 'Manufacturers Rd', 'Distribution Way', 'Technology Dr', 'Center Point Rd', 'Logistics Ct'];
const c = (name: string, region: string, lat: number, lon: number, postal: [number, number], area: string, weight: number) =>
  ({ name, region, lat, lon, postal, area, weight, zone: 'US' }) as const;

/** United States: Midwest manufacturing, Texas and the south-east. */
export const unitedStates: TCountryProfile = {
  code: 'US',
  customerCount: 16,
  cities: [
    c('Chicago', 'IL', 41.8781, -87.6298, [60601, 60661], '312', 2),
    c('Houston', 'TX', 29.7604, -95.3698, [77002, 77099], '713', 2),
    c('Detroit', 'MI', 42.3314, -83.0458, [48201, 48243], '313', 1.5),
    c('Atlanta', 'GA', 33.749, -84.388, [30303, 30350], '404', 1.5),
    c('Charlotte', 'NC', 35.2271, -80.8431, [28202, 28280], '704', 1),
    c('Milwaukee', 'WI', 43.0389, -87.9065, [53202, 53233], '414', 1),
    c('Columbus', 'OH', 39.9612, -82.9988, [43201, 43240], '614', 1),
    c('Dallas', 'TX', 32.7767, -96.797, [75201, 75270], '214', 1.5),
    c('Miami', 'FL', 25.7617, -80.1918, [33125, 33199], '305', 1.5),
    c('San Antonio', 'TX', 29.4241, -98.4936, [78201, 78266], '210', 1),
    c('Cleveland', 'OH', 41.4993, -81.6944, [44101, 44199], '216', 1),
    c('Indianapolis', 'IN', 39.7684, -86.1581, [46201, 46260], '317', 1),
  ],
  sectorWeights: [
    ['Alimentación', 22], ['Bebidas', 10], ['Automoción', 15], ['Química', 10], ['Farmacéutica y cosmética', 8],
    ['Plásticos y envases', 15], ['Metalurgia', 10], ['Logística', 10],
  ],
  companyBase: (random, sector) => {
    const noun = random.pick(nouns[sector] ?? ['Industries']);
    return random.weighted<() => string>([
      [() => `${random.pick(places)} ${noun}`, 45],
      [() => `${random.pick(surnames)} ${noun}`, 35],
      [() => `${random.pick(surnames)} & Sons ${noun}`, 10],
      [() => `${random.pick(surnames)}-${random.pick(surnames)} Industries`, 10],
    ])();
  },
  legalForms: [[{ suffix: ', Inc.' }, 55], [{ suffix: ' LLC' }, 45]],
  address: (random) => `${random.int(100, 9800)} ${random.pick(streets)}`,
  // 555-0100…0199 is reserved for fiction, so no real line is ever shown.
  phone: (random, city) => `+1 ${city.area}-555-01${fillDigits(random, '', 2)}`,
  people: {
    female: ['Jennifer', 'Sarah', 'Emily', 'Jessica', 'Amanda', 'Rachel', 'Megan', 'Lauren', 'Karen', 'Nicole', 'Rebecca'],
    male: ['Michael', 'David', 'James', 'Robert', 'John', 'Christopher', 'Daniel', 'Matthew', 'Brian', 'Kevin', 'Ryan'],
    surnames,
    twoSurnames: false,
  },
  jobTitles: [
    ['Plant Manager', 'Plant Manager'], ['Purchasing Manager', 'Purchasing Manager'], ['VP of Operations', 'VP of Operations'],
    ['Maintenance Manager', 'Maintenance Manager'], ['CEO', 'CEO'], ['Process Engineer', 'Process Engineer'],
    ['Quality Manager', 'Quality Manager'], ['Production Manager', 'Production Manager'],
  ],
  paymentTerms: [[30, 70], [45, 20], [60, 10]],
};
