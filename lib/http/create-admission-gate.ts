/** Limits of an {@link AdmissionGate}. */
export interface AdmissionGateOptions {
  /** Requests worked on at once; the rest wait their turn without costing CPU. */
  maxInFlight: number;
  /** Requests that may wait; one more is refused at once. */
  maxWaiting: number;
}

/** One request's place at the gate. */
export interface AdmissionTicket {
  /** True once the request may run; false when the queue was full or it left while waiting. */
  readonly admitted: Promise<boolean>;
  /** Frees the slot (or the place in the queue). Safe to call more than once, and before admission. */
  release(): void;
}

/** A first-in, first-out gate that bounds the requests in progress. */
export interface AdmissionGate {
  enter(): AdmissionTicket;
  readonly inFlight: number;
  readonly waiting: number;
}

/**
 * A gate in front of the web server's request handler. A Node server interleaves every
 * request it has accepted on one thread, so with 20 busy connections each request waits
 * behind the slices of 19 others (a health probe took 340 ms at p50 in `bench:soak`).
 * Admitting a few at a time and queueing the rest in arrival order keeps throughput the
 * same while whatever bypasses the gate (the health probe, event streams) only waits
 * behind the few in progress.
 */
export function createAdmissionGate({ maxInFlight, maxWaiting }: AdmissionGateOptions): AdmissionGate {
  let inFlight = 0;
  const queue: Array<(admitted: boolean) => void> = [];

  const admitNext = () => {
    while (inFlight < maxInFlight && queue.length > 0) {
      inFlight += 1;
      queue.shift()!(true);
    }
  };

  return {
    get inFlight() {
      return inFlight;
    },
    get waiting() {
      return queue.length;
    },
    enter() {
      let state: "waiting" | "admitted" | "done" = "waiting";
      let resolve!: (admitted: boolean) => void;
      const admitted = new Promise<boolean>((settle) => {
        resolve = (value) => {
          if (state !== "waiting") return;
          state = value ? "admitted" : "done";
          settle(value);
        };
      });
      if (inFlight < maxInFlight && queue.length === 0) {
        inFlight += 1;
        resolve(true);
      } else if (queue.length >= maxWaiting) {
        resolve(false);
      } else {
        queue.push(resolve);
      }
      return {
        admitted,
        release() {
          if (state === "admitted") {
            state = "done";
            inFlight -= 1;
            admitNext();
          } else if (state === "waiting") {
            // Left while waiting (the client went away): give up the place in the queue.
            const index = queue.indexOf(resolve);
            if (index >= 0) queue.splice(index, 1);
            resolve(false);
          }
        },
      };
    },
  };
}
