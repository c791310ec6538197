/** The whole drizzle schema; drizzle-kit generates migrations from here. */
export * from './auth';
export * from './organizations';
export * from './customers';
export * from './products';
export * from './pipelines';
export * from './opportunities';
export * from './documents';
export * from './planning';
export * from './leads';
export * from './notifications';
export * from './import-runs';
