"use client";

import { useCallback, useEffect, useRef, useState, type DragEvent, type FormEvent } from "react";
import type { VerificationReport } from "@/lib/provenance/verify/types";
import { ReportView } from "./report-view";

/** Largest file the API takes (20 MB); bigger ones are refused here without uploading. */
const MAX_BYTES = 20 * 1024 * 1024;

type State =
  | { kind: "idle" }
  | { kind: "running"; what: string }
  | { kind: "done"; what: string; report: VerificationReport }
  | { kind: "error"; what: string; message: string };

/** Which JSON body a typed query means: a token id (digits) or a content hash (64 hex digits). */
function queryBody(query: string): { tokenId: string } | { contentHash: string } | null {
  const value = query.trim().replace(/^#/, "");
  if (/^\d{1,78}$/.test(value) && !/^0+$/.test(value)) return { tokenId: value };
  if (/^(0x)?[0-9a-fA-F]{64}$/.test(value)) return { contentHash: value.startsWith("0x") ? value : `0x${value}` };
  return null;
}

async function readError(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    return body.error?.message ?? `The server answered ${response.status}`;
  } catch {
    return `The server answered ${response.status}`;
  }
}

/** The verification form (drop zone, token id or hash) and the step-by-step report. */
export function VerifyPanel({ initialQuery }: { initialQuery: string }) {
  const [query, setQuery] = useState(initialQuery);
  const [reproduce, setReproduce] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [state, setState] = useState<State>({ kind: "idle" });
  const fileInput = useRef<HTMLInputElement>(null);
  const started = useRef(false);

  const run = useCallback(async (what: string, init: RequestInit) => {
    setState({ kind: "running", what });
    try {
      const response = await fetch("/api/verify", { method: "POST", ...init });
      if (!response.ok) {
        setState({ kind: "error", what, message: await readError(response) });
        return;
      }
      setState({ kind: "done", what, report: (await response.json()) as VerificationReport });
    } catch (error) {
      setState({ kind: "error", what, message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  const verifyFile = useCallback(
    (file: File) => {
      if (file.size > MAX_BYTES) {
        setState({ kind: "error", what: file.name, message: `${file.name} is larger than 20 MB` });
        return;
      }
      const form = new FormData();
      form.set("file", file);
      form.set("reproduce", String(reproduce));
      void run(file.name, { body: form });
    },
    [reproduce, run],
  );

  const verifyQuery = useCallback(
    (value: string) => {
      const body = queryBody(value);
      if (body === null) {
        setState({ kind: "error", what: value, message: "Enter a token id (digits) or a content hash (64 hex digits, with or without 0x)" });
        return;
      }
      const what = "tokenId" in body ? `token #${body.tokenId}` : `content hash ${body.contentHash}`;
      void run(what, { headers: { "content-type": "application/json" }, body: JSON.stringify({ ...body, reproduce }) });
    },
    [reproduce, run],
  );

  // A link such as /verify?token=12 verifies at once.
  useEffect(() => {
    if (started.current || initialQuery.trim() === "") return;
    started.current = true;
    verifyQuery(initialQuery);
  }, [initialQuery, verifyQuery]);

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined) verifyFile(file);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    verifyQuery(query);
  };

  return (
    <div className="verify">
      <div
        className={dragging ? "dropzone dragging" : "dropzone"}
        data-testid="dropzone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>
          <strong>Drop an image here</strong> or{" "}
          <button type="button" className="linklike" onClick={() => fileInput.current?.click()}>
            choose a file
          </button>
        </p>
        <p className="muted">The image's sha256 finds its token; a near-identical copy is recognised as altered.</p>
        <input
          ref={fileInput}
          type="file"
          accept="image/png"
          hidden
          data-testid="file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file !== undefined) verifyFile(file);
            event.target.value = "";
          }}
        />
      </div>

      <form className="verify-form" onSubmit={onSubmit}>
        <label htmlFor="verify-query">Token id or content hash</label>
        <div className="inline">
          <input
            id="verify-query"
            name="query"
            className="mono"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder="12 or 0x3f…"
            autoComplete="off"
            spellCheck={false}
          />
          <button type="submit" className="button primary" disabled={state.kind === "running"}>
            Verify
          </button>
        </div>
        <label className="check">
          <input type="checkbox" checked={reproduce} onChange={(event) => setReproduce(event.target.checked)} /> Also re-run the
          model and compare the output (slower)
        </label>
      </form>

      <div aria-live="polite">
        {state.kind === "running" ? <p data-testid="verify-running">Verifying {state.what}…</p> : null}
        {state.kind === "error" ? (
          <p className="notice bad" role="alert" data-testid="verify-error">
            {state.message}
          </p>
        ) : null}
        {state.kind === "done" ? <ReportView report={state.report} /> : null}
      </div>
    </div>
  );
}
