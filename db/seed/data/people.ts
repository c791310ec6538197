import type { TMemberRole } from '~/db/schema';

/** The one password of every demo account (shown on the login screen of the demo). */
export const DEMO_PASSWORD = 'dealflow-demo';

export type TTeamKey = 'iberia' | 'internacional';

/** A demo user; reps carry the knobs that shape their numbers. */
export type TDemoPerson = {
  key: string;
  name: string;
  role: TMemberRole;
  team?: TTeamKey;
  /** Sales zones the rep owns (see data/countries). */
  zones?: readonly string[];
  /** Relative deal volume and win-rate multiplier. */
  volume?: number;
  winRate?: number;
  /** Joined this many months before the anchor month (default: from the start). */
  startMonthsAgo?: number;
  /** Until this rep starts, `coveredBy` owns the rep's zones. */
  coveredBy?: string;
};

/** Teams in display order; the sales manager leads both. */
export const demoTeams: readonly { key: TTeamKey; name: string }[] = [
  { key: 'iberia', name: 'Iberia' },
  { key: 'internacional', name: 'Internacional' },
];

/** Executive, sales manager, 8 reps (4 per team, one joined 9 months ago) and a big-screen viewer. */
export const demoPeople: readonly TDemoPerson[] = [
  { key: 'elena.martin', name: 'Elena Martín Ortega', role: 'admin' },
  { key: 'javier.romero', name: 'Javier Romero Gil', role: 'manager' },
  { key: 'ana.garcia', name: 'Ana García López', role: 'rep', team: 'iberia', zones: ['centro'], volume: 1.1, winRate: 1.15 },
  { key: 'pablo.fernandez', name: 'Pablo Fernández Ruiz', role: 'rep', team: 'iberia', zones: ['noreste'], volume: 1.05, winRate: 0.95 },
  { key: 'lucia.navarro', name: 'Lucía Navarro Sanz', role: 'rep', team: 'iberia', zones: ['levante-sur'], volume: 1, winRate: 1.05 },
  {
    key: 'daniel.torres', name: 'Daniel Torres Molina', role: 'rep', team: 'iberia', zones: ['norte'], volume: 0.9,
    winRate: 0.85, startMonthsAgo: 9, coveredBy: 'ana.garcia',
  },
  { key: 'giulia.conti', name: 'Giulia Conti', role: 'rep', team: 'internacional', zones: ['IT'], volume: 0.95, winRate: 1 },
  { key: 'sofia.castillo', name: 'Sofía Castillo Méndez', role: 'rep', team: 'internacional', zones: ['MX'], volume: 1, winRate: 1.1 },
  { key: 'diego.herrera', name: 'Diego Herrera Salas', role: 'rep', team: 'internacional', zones: ['PE'], volume: 0.7, winRate: 0.9 },
  { key: 'marcos.ibanez', name: 'Marcos Ibáñez Vidal', role: 'rep', team: 'internacional', zones: ['US'], volume: 0.75, winRate: 0.95 },
  { key: 'sala.reuniones', name: 'Pantalla sala de reuniones', role: 'viewer' },
];

/** Email of a demo person: `<key>@demo.dealflow.test` (a reserved TLD, never delivered). */
export const demoEmail = (key: string) => `${key}@demo.dealflow.test`;

/** Logins the server prints after seeding; the password is {@link DEMO_PASSWORD}. */
export const demoLogins: readonly { email: string; role: TMemberRole; name: string }[] = demoPeople.map((p) => ({
  email: demoEmail(p.key),
  role: p.role,
  name: p.name,
}));

/** The demo organization: a Zaragoza-based industrial automation integrator. */
export const demoOrganization = {
  name: 'Ebro Automatización Industrial',
  slug: 'demo',
  currency: 'EUR',
  locale: 'es',
  timeZone: 'Europe/Madrid',
} as const;
