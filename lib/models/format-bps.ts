/** Basis points as a percentage: 1500 → "15%", 250 → "2.5%", 1 → "0.01%". */
export function formatBps(bps: number): string {
  return `${Number((bps / 100).toFixed(2))}%`;
}
