import { formatBps } from "./format-bps";

/** The trainer's share a new work's split proposes when the model sets none: 20%. */
export const DEFAULT_TRAINER_BPS = 2_000;

/** A model's trainer share in words; 0 means the model sets none, so the default applies. */
export function describeTrainerShare(trainerShareBps: number): string {
  return trainerShareBps > 0 ? formatBps(trainerShareBps) : `${formatBps(DEFAULT_TRAINER_BPS)} (the default: the model sets none)`;
}
