-- The forecast reads every history event whose "from" holds a numeric probability (calibration by the bands and stages
-- deals reached, db/queries/forecast/calibration-visits.ts). Without statistics on that expression the planner guesses
-- 0.5 % of the rows and joins hundreds of thousands of them in nested loops; with them it hashes (4.6 s → 3.8 s for
-- 900,000 events on the 2-core bench machine).
CREATE STATISTICS IF NOT EXISTS "opportunity_events_probability_type" ON (jsonb_typeof("from"->'probability')) FROM "opportunity_events";
--> statement-breakpoint
ANALYZE "opportunity_events";
