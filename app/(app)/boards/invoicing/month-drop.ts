import { closestCenter, pointerWithin, type CollisionDetection, type KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * The month under the pointer wins (a wide card overlapping the next column
 * must not land there); without a pointer (keyboard) the closest cell does.
 */
export const monthCollision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : closestCenter(args);
};

/**
 * Keyboard dragging jumps a whole month per arrow press (left/right) instead
 * of nudging by pixels: the card's centre goes to the next month cell's.
 */
export const monthKeyboardCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const direction = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  const rect = context.collisionRect;
  if (!direction || !rect) return undefined;
  event.preventDefault();
  const centre = rect.left + rect.width / 2;
  let best: { centre: number; top: number } | null = null;
  for (const [, target] of context.droppableRects) {
    const c = target.left + target.width / 2;
    if ((c - centre) * direction > 5 && (!best || Math.abs(c - centre) < Math.abs(best.centre - centre))) best = { centre: c, top: target.top };
  }
  if (!best) return undefined;
  return { x: currentCoordinates.x + (best.centre - centre), y: currentCoordinates.y + (best.top + 80 - (rect.top + rect.height / 2)) };
};
