'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';

/**
 * Meeting mode (`?meeting=1`, so a wall screen can open it directly): hides
 * navigation, enlarges type and asks the browser for full screen. Browsers
 * grant full screen only in answer to a click or key press: opened from the
 * URL, the first one on the page makes it full screen (`awaitingGesture`
 * says so until then, for a hint on screen).
 */
export function useMeetingMode() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const on = params.get('meeting') === '1';
  const [awaitingGesture, setAwaitingGesture] = useState(false);
  useEffect(() => {
    document.body.classList.toggle('meeting-mode', on);
    return () => document.body.classList.remove('meeting-mode');
  }, [on]);
  useEffect(() => {
    if (!on || document.fullscreenElement || !document.documentElement.requestFullscreen) return;
    setAwaitingGesture(true);
    const stop = () => {
      setAwaitingGesture(false);
      window.removeEventListener('pointerdown', goFullScreen);
      window.removeEventListener('keydown', goFullScreen);
      document.removeEventListener('fullscreenchange', stop);
    };
    // One gesture only: after it (or once full screen came another way, e.g. the toggle) nothing asks again.
    function goFullScreen() {
      stop();
      if (!document.fullscreenElement) void document.documentElement.requestFullscreen().catch(() => {});
    }
    window.addEventListener('pointerdown', goFullScreen);
    window.addEventListener('keydown', goFullScreen);
    document.addEventListener('fullscreenchange', stop);
    return stop;
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
  return { on, toggle, awaitingGesture };
}
