"use client";

import { useEffect, useState } from "react";

/** "2d 03h", "1h 05m 09s", "4m 02s", "12s". */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (d > 0) return `${d}d ${pad(h)}h`;
  if (h > 0) return `${h}h ${pad(m)}m ${pad(s)}s`;
  if (m > 0) return `${m}m ${pad(s)}s`;
  return `${s}s`;
}

/** A time the same on the server and in every browser: "2026-11-26 14:05 UTC". */
export function formatUtc(ms: number | string): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/**
 * Time left until `endTime`, ticking every second. The server's `now` (the chain's clock
 * as the index saw it) sets the offset, so the countdown agrees with the chain even when its
 * clock runs ahead of this device's. A timer role: screen readers do not announce each tick.
 */
export function Countdown({ endTime, serverNow, onEnd }: { endTime: string; serverNow: string; onEnd?: () => void }) {
  const end = Date.parse(endTime);
  const [offset] = useState(() => Date.parse(serverNow) - Date.now());
  const [now, setNow] = useState(() => Date.parse(serverNow));
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + offset), 1000);
    return () => clearInterval(timer);
  }, [offset]);
  const left = end - now;
  useEffect(() => {
    if (left <= 0) onEnd?.();
  }, [left <= 0, onEnd]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <span role="timer" className="countdown" title={`Ends ${formatUtc(end)}`}>
      {left > 0 ? `${formatRemaining(left)} left` : "Ended"}
    </span>
  );
}
