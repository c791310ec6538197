import { createFaultClient, type TFaultClient } from './fault-client';

/** `count` clients on `baseUrl`, alternating between the given session cookies, opened a few at a time. */
export async function openClients(baseUrl: string, cookies: readonly string[], count: number, prefix = 'c'): Promise<TFaultClient[]> {
  const clients: TFaultClient[] = [];
  for (let i = 0; i < count; i += 10) {
    const batch = Array.from({ length: Math.min(10, count - i) }, (_, j) => createFaultClient(baseUrl, cookies[(i + j) % cookies.length]!, `${prefix}${i + j}`));
    clients.push(...(await Promise.all(batch)));
  }
  return clients;
}

export async function closeClients(clients: readonly TFaultClient[]) {
  await Promise.all(clients.map((c) => c.close()));
}
