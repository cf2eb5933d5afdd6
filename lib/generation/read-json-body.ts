import { InputError } from "@/lib/errors";

/** The request body as JSON; a body that is not JSON is INPUT_INVALID on field `body`. */
export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new InputError({
      code: "INPUT_INVALID",
      message: "Invalid body: expected a JSON object.",
      details: { field: "body", reason: "expected a JSON object" },
    });
  }
}
