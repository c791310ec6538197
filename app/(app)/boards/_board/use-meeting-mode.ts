'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Meeting mode (`?meeting=1`, so a wall screen can open it directly): hides
 * navigation, enlarges type and asks the browser for full screen.
 */
export function useMeetingMode() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const on = params.get('meeting') === '1';
  useEffect(() => {
    document.body.classList.toggle('meeting-mode', on);
    return () => document.body.classList.remove('meeting-mode');
  }, [on]);
  function toggle() {
    const next = new URLSearchParams(params.toString());
    if (on) {
      next.delete('meeting');
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    } else {
      next.set('meeting', '1');
      void document.documentElement.requestFullscreen?.().catch(() => {});
    }
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  }
  return { on, toggle };
}
