"use client";

import { useEffect, useRef, useState } from "react";
import { formatRemaining, formatUtc } from "@/lib/market/format-time";

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
  // Called once when the time is up (not on every render after it): the parent refreshes.
  const onEndRef = useRef(onEnd);
  useEffect(() => {
    onEndRef.current = onEnd;
  });
  const ended = left <= 0;
  useEffect(() => {
    if (ended) onEndRef.current?.();
  }, [ended, end]);
  return (
    <span role="timer" className="countdown" title={`Ends ${formatUtc(end)}`}>
      {left > 0 ? `${formatRemaining(left)} left` : "Ended"}
    </span>
  );
}
