import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { organization } from 'better-auth/plugins/organization';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '~/db/client';
import * as schema from '~/db/schema';
import { announceAccessChange } from './access-events';
import { accessControl, authRoles } from './roles';
import { CLIENT_IP_HEADER } from '~/server/http/client-ip';

export type TAuthOptions = {
  db: Db;
  secret: string;
  baseUrl: string;
  /** Extra origins allowed to post to auth endpoints (e.g. the LAN address). */
  trustedOrigins?: string[];
};

/** A session ends this long after its last refresh (seconds). */
export const SESSION_EXPIRES_IN_S = 60 * 60 * 24 * 7;
/** A session used after this age (seconds) is extended by SESSION_EXPIRES_IN_S: idle a week and it is gone. */
export const SESSION_UPDATE_AGE_S = 60 * 60 * 24;

/**
 * better-auth with email + password, the organization plugin and our roles.
 * Sessions are httpOnly, SameSite=Lax cookies (Secure when BASE_URL is https),
 * valid 7 days and refreshed daily; each sign-in makes a new session token.
 * Public sign-up is closed by the server (see server/http/auth-routes.ts):
 * accounts are created by admins or the seed. Member removals, role changes
 * and sign-outs are announced (access-events.ts) so live connections follow at once.
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
    emailAndPassword: { enabled: true, autoSignIn: false, minPasswordLength: 10, disableSignUp: true },
    // Also refused by our HTTP layer (server/http/auth-routes.ts); here as a second lock, on better-auth's own normalized path.
    disabledPaths: ['/sign-up/email', '/organization/leave'],
    // No cookie cache: every request reads the session row (one indexed
    // lookup), so a sign-out, an expiry or a revocation takes effect at once;
    // with the cache a copied cookie pair stayed usable for its maxAge.
    session: { expiresIn: SESSION_EXPIRES_IN_S, updateAge: SESSION_UPDATE_AGE_S, cookieCache: { enabled: false } },
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
        // An organization holds the whole CRM: it is never deleted through an auth endpoint.
        disableOrganizationDeletion: true,
        organizationHooks: {
          afterRemoveMember: async ({ member, organization }) => announceAccessChange({ kind: 'removed', userId: member.userId, organizationId: organization.id }),
          afterUpdateMemberRole: async ({ member, organization }) => announceAccessChange({ kind: 'role', userId: member.userId, organizationId: organization.id }),
        },
      }),
    ],
    databaseHooks: {
      session: {
        delete: {
          after: async (session) =>
            announceAccessChange({ kind: 'signed-out', userId: session.userId, sessionId: session.id, organizationId: (session.activeOrganizationId as string | null | undefined) ?? undefined }),
        },
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
