import type { TFeedItem } from './use-board-feed';

type TFeedKey = 'moved' | 'movedToStage' | 'won' | 'lost' | 'updated' | 'created';

/**
 * The feed sentence for a card event and its values: a move names the stage
 * on a stage board (the item carries the stage's name there) and the
 * probability on the probability board.
 */
export function feedMessage(item: TFeedItem): [key: `feed.${TFeedKey}`, values: Record<string, string | number>] {
  const kind = item.kind;
  const key: TFeedKey = kind === 'won' || kind === 'lost' || kind === 'updated' || kind === 'created' ? kind : item.stageName ? 'movedToStage' : 'moved';
  return [`feed.${key}`, { name: item.actorName, title: item.title, probability: item.probability, stage: item.stageName ?? '' }];
}
