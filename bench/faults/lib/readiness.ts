/** `/readyz` answers over time: each change of status code with when it happened (performance.now() ms). */
export function watchReadiness(baseUrl: string, everyMs = 100) {
  const changes: { at: number; status: number }[] = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const status = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(3000) }).then((r) => r.status, () => 0);
      if (changes.at(-1)?.status !== status) changes.push({ at: performance.now(), status });
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    changes,
    async stop() {
      stopped = true;
      await loop;
    },
  };
}
