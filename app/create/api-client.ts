// Small fetch helpers the studio's client components share. Browser-only code: it talks to
// the JSON API and never imports server modules (types only).
import type { GenerationJson } from "@/lib/generation/generation-json";
import type { GenerationResult } from "@/lib/generation/generation-queue";
import type { ModelJson } from "@/lib/generation/model-json";

export type { GenerationJson, GenerationResult, ModelJson };

/** An API error in words, with what the server said (code, field) and when to retry. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
    readonly field: string | undefined,
    readonly retryAfterSeconds: number | undefined,
  ) {
    super(message);
  }
}

/** Reads a JSON response, or throws ApiError with the server's message. */
export async function readJson<T>(response: Response): Promise<T> {
  if (response.ok) return (await response.json()) as T;
  let body: { error?: { code?: string; message?: string; details?: { field?: string } } } = {};
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's page): the status says enough.
  }
  const retryAfter = Number(response.headers.get("retry-after"));
  const seconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  const message = body.error?.message ?? `The server answered ${response.status}.`;
  throw new ApiError(message, response.status, body.error?.code, body.error?.details?.field, seconds);
}

/** The message to show for anything thrown by a request. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return "Sign in with your wallet first.";
    return error.retryAfterSeconds !== undefined && !error.message.includes("try again") ? `${error.message} Try again in ${error.retryAfterSeconds} s.` : error.message;
  }
  if (error instanceof TypeError) return "Cannot reach the server. Check your connection and try again.";
  return error instanceof Error ? error.message : String(error);
}

/** Where the content store's bytes are served to the browser. */
export function contentUrl(cid: string): string {
  return `/ipfs/${encodeURIComponent(cid)}`;
}
