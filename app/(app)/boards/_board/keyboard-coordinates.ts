import type { KeyboardCoordinateGetter } from '@dnd-kit/core';

const DIRECTIONS: Record<string, 'up' | 'down' | 'left' | 'right'> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * Keyboard dragging on the board: ↑/↓ jump to the previous/next card of the
 * column (so a card can be reordered without a mouse), ←/→ to the next
 * column or drop zone. dnd-kit's default moves 25 px per key press, which
 * lands between cards and makes ordering by keyboard a guessing game.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const direction = DIRECTIONS[event.code];
  const { active, collisionRect, droppableRects, droppableContainers } = context;
  if (!direction || !collisionRect) return undefined;
  event.preventDefault();
  const x = collisionRect.left + collisionRect.width / 2;
  const y = collisionRect.top + collisionRect.height / 2;
  let best: { left: number; top: number; width: number; height: number } | null = null;
  let bestDistance = Infinity;
  for (const container of droppableContainers.getEnabled()) {
    const id = String(container.id);
    const rect = droppableRects.get(container.id);
    if (!rect || id === `card:${String(active?.id)}`) continue;
    const isCard = id.startsWith('card:');
    const cx = rect.left + rect.width / 2;
    const cy = rect.top + rect.height / 2;
    let distance: number;
    if (direction === 'up' || direction === 'down') {
      if (!isCard || Math.abs(cx - x) > rect.width / 2) continue;
      distance = direction === 'down' ? cy - y : y - cy;
      if (distance <= 1) continue;
    } else {
      if (isCard) continue;
      distance = direction === 'right' ? cx - x : x - cx;
      if (distance <= rect.width / 4) continue;
    }
    if (distance < bestDistance) {
      bestDistance = distance;
      best = rect;
    }
  }
  if (!best) return currentCoordinates;
  // Vertical moves land on the card's centre; horizontal ones near the top of the column.
  const targetY = direction === 'left' || direction === 'right' ? best.top + Math.min(best.height / 2, 90) : best.top + best.height / 2;
  return { x: currentCoordinates.x + (best.left + best.width / 2 - x), y: currentCoordinates.y + (targetY - y) };
};
