'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '~/app/_lib/trpc/react';
import type { TOrderView } from './types';

/**
 * The order page's mutations. Each success replaces the cached order (and
 * refreshes lists and the chain); an error is kept as a readable message
 * and, on CONFLICT, the order is refetched so the page shows what changed.
 */
export function useOrderActions(id: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const key = trpc.order.get.queryKey({ id });
  const onSuccess = (data: TOrderView) => {
    setError(null);
    queryClient.setQueryData(key, data);
    void queryClient.invalidateQueries(trpc.order.list.pathFilter());
    void queryClient.invalidateQueries(trpc.documentChain.pathFilter());
  };
  const onError = (e: { message: string; data?: { code?: string } | null }) => {
    setError(e.message);
    if (e.data?.code === 'CONFLICT') void queryClient.invalidateQueries({ queryKey: key });
  };
  const changeStatus = useMutation(trpc.order.changeStatus.mutationOptions({ onSuccess, onError }));
  const deliver = useMutation(trpc.order.deliver.mutationOptions({ onSuccess, onError }));
  const createInvoice = useMutation(
    trpc.invoice.createFromOrder.mutationOptions({
      onSuccess: () => {
        setError(null);
        void queryClient.invalidateQueries(trpc.order.pathFilter());
        void queryClient.invalidateQueries(trpc.invoice.pathFilter());
        void queryClient.invalidateQueries(trpc.documentChain.pathFilter());
      },
      onError,
    }),
  );
  const busy = changeStatus.isPending || deliver.isPending || createInvoice.isPending;
  return { changeStatus, deliver, createInvoice, busy, error, clearError: () => setError(null) };
}
