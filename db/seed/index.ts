/**
 * The demo data seed: "Ebro Automatización Industrial", a Spanish automation
 * integrator with 11 users, ~150 customers in five countries, 1,500 deals over
 * 24 months with their quotes, orders, invoices and quotas. Deterministic:
 * everything is anchored to 00:00 UTC of `now`'s day, so any time of the same
 * day yields the same data (only the salted password hash differs), and the
 * data looks live on any day of the month (closes up to yesterday).
 */
export { seedDemo, resetAndSeed, type TSeedOptions, type TSeedSummary } from './seed-demo';
export { isDatabaseEmpty } from './database-state';
export { demoLogins, DEMO_PASSWORD } from './data/people';
