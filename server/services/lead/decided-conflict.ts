import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '~/db/client';
import { leads, users } from '~/db/schema';
import { AppError } from '~/domain/app-error';

/** CONFLICT for a lead someone already qualified or disqualified: who, what and when. */
export async function decidedConflict(db: DbOrTx, organizationId: string, id: string) {
  const [row] = await db
    .select({ status: leads.status, decidedAt: leads.decidedAt, name: users.name })
    .from(leads)
    .leftJoin(users, eq(users.id, leads.decidedBy))
    .where(and(eq(leads.id, id), eq(leads.organizationId, organizationId)));
  const when = row?.decidedAt ? ` on ${row.decidedAt.toISOString().slice(0, 10)}` : '';
  const who = row?.name ? ` by ${row.name}` : '';
  return new AppError('CONFLICT', {
    message: `This lead was already ${row?.status ?? 'decided'}${who}${when}.`,
    data: { status: row?.status, decidedBy: row?.name ?? null, decidedAt: row?.decidedAt?.toISOString() ?? null },
  });
}
