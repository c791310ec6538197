'use client';

import { KeyboardSensor, MouseSensor, TouchSensor, useSensor, useSensors, type KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * The boards' drag sensors: a mouse drag starts after 6 px; a touch drag
 * after holding the card still for 200 ms, so a swipe over a column scrolls
 * it instead of grabbing a card (the cards' `touch-action: manipulation`
 * leaves scrolling to the browser until a drag starts); the keyboard moves
 * with `coordinateGetter`. Separate mouse and touch sensors, not the pointer
 * sensor: that one takes touches too, with the mouse's distance rule.
 */
export function useDragSensors(coordinateGetter: KeyboardCoordinateGetter) {
  return useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  );
}
