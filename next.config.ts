import type { NextConfig } from 'next';

/**
 * Next only renders pages: tRPC, auth and socket.io are served by the custom
 * server in server/index.ts. The database drivers stay external so that the
 * server and Next's bundles never load two copies of PGlite.
 */
const nextConfig: NextConfig = {
  serverExternalPackages: ['@electric-sql/pglite', 'postgres'],
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm run typecheck` checks the whole project (server included) once; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
