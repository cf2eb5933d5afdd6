import { STEP_TITLES, type StepId, type StepStatus, type VerificationStep } from "./types";

/** Turns bigints into decimal strings (recursively) so a report is JSON-safe. */
export function jsonSafe(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value instanceof Uint8Array) return `${value.length} bytes`;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, jsonSafe(item)]));
  return value;
}

/** A step of the report. */
export function makeStep(id: StepId, status: StepStatus, reason: string, details: Record<string, unknown> = {}, required = true): VerificationStep {
  return { id, title: STEP_TITLES[id], status, reason, required, details: jsonSafe(details) as Record<string, unknown> };
}

/** The outcome of a check that either passes or says why not. */
export type Outcome = { status: StepStatus; reason: string; details?: Record<string, unknown> };

export const pass = (reason: string, details: Record<string, unknown> = {}): Outcome => ({ status: "pass", reason, details });
export const fail = (reason: string, details: Record<string, unknown> = {}): Outcome => ({ status: "fail", reason, details });
export const notCheckable = (reason: string, details: Record<string, unknown> = {}): Outcome => ({ status: "not-checkable", reason, details });

/** "0x1234…abcd" for long hex in sentences (the full value is in details). */
export function short(hex: string): string {
  return hex.length > 18 ? `${hex.slice(0, 10)}…${hex.slice(-6)}` : hex;
}
