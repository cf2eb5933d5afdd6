import { getAddress } from "ethers";
import { effectiveTrainerShareBps } from "@/lib/models/trainer-share";

/** One row of the split editor: an account, its role, and its share in basis points. */
export interface SplitRow {
  account: string;
  role: string;
  bps: number;
}

/** Basis points in a whole split. */
export const TOTAL_BPS = 10_000;
/** The platform's default share: 10%. */
export const DEFAULT_PLATFORM_BPS = 1_000;
/** The default secondary-sale royalty: 5%. */
export const DEFAULT_ROYALTY_BPS = 500;

/** Parameters of {@link defaultSplit}. */
export interface DefaultSplitParameters {
  contributor: string;
  trainer: string;
  /** The model's trainer share in basis points; 0 means "not set". */
  trainerShareBps: number;
  /** The platform's account; without one the platform gets no share. */
  platform?: string;
}

/**
 * The split the mint page starts from: the trainer gets the model's trainer share (or 20%
 * when the model sets none), the platform 10%, and the contributor, as prompter, the rest
 * (70% with the defaults). Rows with no share are left out, and the rows always sum to
 * 10,000 basis points.
 */
export function defaultSplit({ contributor, trainer, trainerShareBps, platform }: DefaultSplitParameters): SplitRow[] {
  const platformBps = platform === undefined ? 0 : DEFAULT_PLATFORM_BPS;
  const trainerBps = Math.min(effectiveTrainerShareBps(trainerShareBps), TOTAL_BPS - platformBps);
  const rows: SplitRow[] = [
    { account: getAddress(contributor), role: "prompter", bps: TOTAL_BPS - trainerBps - platformBps },
    { account: getAddress(trainer), role: "trainer", bps: trainerBps },
    ...(platform === undefined ? [] : [{ account: getAddress(platform), role: "platform", bps: platformBps }]),
  ];
  return rows.filter((row) => row.bps > 0);
}

/** Sum of a split's shares in basis points. */
export function splitSum(rows: readonly SplitRow[]): number {
  return rows.reduce((sum, row) => sum + (Number.isFinite(row.bps) ? row.bps : 0), 0);
}

/** A percentage typed by a person ("12.5") as basis points, or NaN when it is not one. */
export function percentToBps(text: string): number {
  const value = text.trim().replace(/%$/, "");
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(value)) return Number.NaN;
  return Math.round(Number(value) * 100);
}

/** Basis points as a percentage without float noise: 1250 → "12.5". */
export function bpsToPercent(bps: number): string {
  return String(Number((bps / 100).toFixed(2)));
}
