import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { organization } from 'better-auth/plugins/organization';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import * as schema from '~/db/schema';
import { accessControl, authRoles } from './roles';
import { CLIENT_IP_HEADER } from '~/server/http/client-ip';

export type TAuthOptions = {
  db: Db;
  secret: string;
  baseUrl: string;
  /** Extra origins allowed to post to auth endpoints (e.g. the LAN address). */
  trustedOrigins?: string[];
};

const SEVEN_DAYS_S = 60 * 60 * 24 * 7;

/**
 * better-auth with email + password, the organization plugin and our roles.
 * Sessions are httpOnly, SameSite=Lax cookies (Secure when BASE_URL is https),
 * valid 7 days and refreshed daily. Public sign-up is closed by the server
 * (see server/http/auth-routes.ts): accounts are created by admins or the seed.
 */
export function createAuth({ db, secret, baseUrl, trustedOrigins = [] }: TAuthOptions) {
  return betterAuth({
    appName: 'Dealflow',
    secret,
    baseURL: baseUrl,
    basePath: '/api/auth',
    trustedOrigins: [baseUrl, ...trustedOrigins],
    telemetry: { enabled: false },
    database: drizzleAdapter(db, { provider: 'pg', schema, usePlural: true }),
    emailAndPassword: { enabled: true, autoSignIn: false, minPasswordLength: 10 },
    // The signed cookie cache spares a session lookup per request; a session
    // revoked elsewhere stays usable for at most a minute. Memberships and
    // roles are still read from the database on every call.
    session: { expiresIn: SEVEN_DAYS_S, updateAge: 60 * 60 * 24, cookieCache: { enabled: true, maxAge: 60 } },
    // Sign-in attempts are throttled per client address (better-auth's rule for
    // /sign-in/email: 3 per 10 s), read from the header our HTTP layer stamps.
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      cookiePrefix: 'dealflow',
      useSecureCookies: baseUrl.startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      database: { generateId: () => crypto.randomUUID() },
    },
    plugins: [
      organization({
        ac: accessControl,
        roles: authRoles,
        creatorRole: 'admin',
        allowUserToCreateOrganization: false,
      }),
    ],
    databaseHooks: {
      session: {
        create: {
          // A new session starts in the user's first organization.
          before: async (session) => {
            const [membership] = await db
              .select({ organizationId: schema.members.organizationId })
              .from(schema.members)
              .where(eq(schema.members.userId, session.userId))
              .orderBy(asc(schema.members.createdAt))
              .limit(1);
            return { data: { ...session, activeOrganizationId: membership?.organizationId ?? null } };
          },
        },
      },
    },
  });
}

export type TAuth = ReturnType<typeof createAuth>;
