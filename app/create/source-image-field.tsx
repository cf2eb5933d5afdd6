"use client";

import { useState } from "react";
import { contentUrl, errorText, readJson } from "./api-client";
import styles from "./studio.module.css";
import { toPngBlob } from "./to-png-blob";

/** An image the person may use as the source of a style model. */
export interface SourceChoice {
  cid: string;
  label: string;
}

/** Largest upload the server takes (10 MiB). */
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * The source image of a style model: upload a PNG or JPEG (a JPEG is converted to PNG
 * here first), or pick one of the images the person made or kept.
 */
export function SourceImageField({
  value,
  onChange,
  choices,
  disabled,
}: {
  value: string | undefined;
  onChange(cid: string | undefined): void;
  choices: SourceChoice[];
  disabled: boolean;
}) {
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [uploaded, setUploaded] = useState<SourceChoice[]>([]);

  async function upload(file: File | undefined) {
    if (file === undefined) return;
    setError(undefined);
    if (!["image/png", "image/jpeg"].includes(file.type)) {
      setError("Choose a PNG or JPEG image.");
      return;
    }
    setUploading(true);
    try {
      const png = await toPngBlob(file);
      if (png.size > MAX_UPLOAD_BYTES) throw new Error(`The image is ${(png.size / 1024 / 1024).toFixed(1)} MB as PNG; the limit is 10 MB.`);
      const form = new FormData();
      form.set("file", png, file.name.replace(/\.[^.]*$/, "") + ".png");
      const { cid } = await readJson<{ cid: string }>(await fetch("/api/uploads", { method: "POST", body: form }));
      setUploaded((previous) => [{ cid, label: file.name }, ...previous.filter((choice) => choice.cid !== cid)]);
      onChange(cid);
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setUploading(false);
    }
  }

  const all = [...uploaded, ...choices.filter((choice) => !uploaded.some((entry) => entry.cid === choice.cid))];
  return (
    <fieldset className={styles.field}>
      <legend>Source image</legend>
      <label htmlFor="studio-source-upload" className={styles.hint}>
        Upload a PNG or JPEG (up to 10 MB), or pick one below.
      </label>
      <input
        id="studio-source-upload"
        data-testid="source-upload"
        type="file"
        accept="image/png,image/jpeg"
        disabled={disabled || uploading}
        onChange={(event) => void upload(event.target.files?.[0])}
      />
      {uploading ? (
        <span className={styles.hint} role="status">
          Uploading…
        </span>
      ) : null}
      {error !== undefined ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
      {all.length > 0 ? (
        <ul className={styles.thumbs} aria-label="Source images">
          {all.map((choice) => (
            <li key={choice.cid}>
              <button
                type="button"
                data-testid="source-choice"
                aria-pressed={value === choice.cid}
                title={choice.label}
                disabled={disabled}
                onClick={() => onChange(value === choice.cid ? undefined : choice.cid)}
              >
                <img src={contentUrl(choice.cid)} alt={choice.label} loading="lazy" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <span className={styles.hint} data-testid="source-selected">
        {value === undefined ? "No source image chosen." : <>Source: <code className="mono">{value}</code></>}
      </span>
    </fieldset>
  );
}
