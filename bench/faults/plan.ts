/** Sizes of each fault run; `quick` is a smoke run of a few minutes. */
export type TFaultPlan = {
  cards: number;
  convergence: { clients: number; moves: number; hotCards: number };
  kills: { clients: number; kills: number; hotCards: number };
  postgresRestart: { clients: number; outageMs: number };
  redisLoss: { clientsPerNode: number; outageMs: number };
  reconnects: { gapsMs: number[]; movers: number; hotCards: number };
};

const FULL: TFaultPlan = {
  cards: 600,
  convergence: { clients: 50, moves: 10_000, hotCards: 60 },
  kills: { clients: 20, kills: 50, hotCards: 60 },
  postgresRestart: { clients: 20, outageMs: 5000 },
  redisLoss: { clientsPerNode: 10, outageMs: 5000 },
  reconnects: { gapsMs: [1000, 30_000, 180_000], movers: 5, hotCards: 60 },
};

const QUICK: TFaultPlan = {
  cards: 540,
  convergence: { clients: 10, moves: 300, hotCards: 24 },
  kills: { clients: 5, kills: 3, hotCards: 24 },
  postgresRestart: { clients: 4, outageMs: 2000 },
  redisLoss: { clientsPerNode: 3, outageMs: 2000 },
  reconnects: { gapsMs: [1000], movers: 3, hotCards: 24 },
};

export const faultPlanFor = (quick: boolean): TFaultPlan => (quick ? QUICK : FULL);
