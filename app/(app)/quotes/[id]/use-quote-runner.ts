'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { useTRPC } from '~/app/_lib/trpc/react';

export type TNotice = { kind: 'ok' | 'error'; text: string } | null;
type TError = { message: string; data?: { code?: string } | null };

/**
 * Runs the quote page's mutations one after another (a field saved on blur
 * and a button pressed right after must not race on the version), then
 * refetches the quote. `version()` always gives the newest version known:
 * from the last mutation's answer or the last fetch. A CONFLICT reloads and
 * says so; other errors show their message.
 */
export function useQuoteRunner(id: string, fetchedVersion: number | undefined) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const tc = useTranslations('documents.common');
  const [notice, setNotice] = useState<TNotice>(null);
  const [busy, setBusy] = useState(false);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const known = useRef({ fetched: fetchedVersion ?? 0, answered: 0 });
  known.current.fetched = fetchedVersion ?? 0;
  const version = () => Math.max(known.current.fetched, known.current.answered);

  const refetch = () => queryClient.invalidateQueries({ queryKey: trpc.quote.get.queryKey({ id }) });

  /** Queues `action` (given the current version); `success` is shown when it returns. */
  function run<T>(action: (version: number) => Promise<T>, success?: (result: T) => string | null): Promise<T | null> {
    const next = chain.current.then(async () => {
      setBusy(true);
      try {
        const result = await action(version());
        const answered = (result as { version?: number } | null)?.version ?? (result as { quote?: { version?: number } } | null)?.quote?.version;
        if (typeof answered === 'number') known.current.answered = answered;
        const text = success?.(result);
        setNotice(text ? { kind: 'ok', text } : null);
        return result;
      } catch (error) {
        const e = error as TError;
        setNotice({ kind: 'error', text: e.data?.code === 'CONFLICT' ? tc('conflict') : e.message });
        return null;
      } finally {
        await refetch();
        setBusy(false);
      }
    });
    chain.current = next;
    return next;
  }

  return { run, notice, setNotice, busy };
}
