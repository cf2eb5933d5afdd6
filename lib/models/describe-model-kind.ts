/** What a model's kind means to a person: "text to image", or image to image and what it needs. */
export function describeModelKind(kind: string): string {
  if (kind === "cppn") return "text to image";
  if (kind === "style") return "image to image (needs a source image)";
  return kind;
}
