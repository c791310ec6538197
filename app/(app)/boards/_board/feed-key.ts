/** Which feed sentence describes a card event of this kind. */
export function feedKey(kind: string): 'moved' | 'won' | 'lost' | 'updated' | 'created' {
  return kind === 'won' || kind === 'lost' || kind === 'updated' || kind === 'created' ? kind : 'moved';
}
