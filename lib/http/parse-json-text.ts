import { invalidInput } from "./invalid-input";

/**
 * Parses a request body's text as JSON. The value is not checked further.
 *
 * @throws HttpError INPUT_INVALID (400) on field `body` when the text is not JSON.
 */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw invalidInput("body", "expected a JSON object");
  }
}
