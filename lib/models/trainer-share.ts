import { formatBps } from "./format-bps";

/** The trainer's share a new work's split proposes when the model sets none: 20%. */
export const DEFAULT_TRAINER_BPS = 2_000;

/** The trainer share a split starts from: the model's own, or the default when it sets none (0). */
export function effectiveTrainerShareBps(trainerShareBps: number): number {
  return trainerShareBps > 0 ? trainerShareBps : DEFAULT_TRAINER_BPS;
}

/** A model's trainer share in words; 0 means the model sets none, so the default applies. */
export function describeTrainerShare(trainerShareBps: number): string {
  const bps = formatBps(effectiveTrainerShareBps(trainerShareBps));
  return trainerShareBps > 0 ? bps : `${bps} (the default: the model sets none)`;
}
