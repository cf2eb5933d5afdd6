import type { Runtime } from "@/lib/runtime/get-runtime";

/** The parts of the process runtime the generation domain works with. */
export type GenerationRuntime = Pick<Runtime, "database" | "contentStore" | "inference" | "generationQueue">;
