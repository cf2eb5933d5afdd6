// Style models read PNG: a JPEG the person picks is redrawn as a PNG in the browser before
// it is uploaded, so the server stores exactly the pixels the model will see.

/** The file as PNG: unchanged when it is a PNG already, redrawn on a canvas otherwise. */
export async function toPngBlob(file: Blob): Promise<Blob> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const isPng = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, index) => head[index] === byte);
  if (isPng) return file;
  const bitmap = await createImageBitmap(file);
  try {
    const canvas = document.createElement("canvas");
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext("2d");
    if (context === null) throw new Error("This browser cannot convert the image to PNG.");
    context.drawImage(bitmap, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob === null ? reject(new Error("This browser cannot convert the image to PNG.")) : resolve(blob)), "image/png"),
    );
  } finally {
    bitmap.close();
  }
}
