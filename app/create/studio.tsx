"use client";

import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { useWallet } from "@/app/components/wallet/use-wallet";
import { WalletButton } from "@/app/components/wallet/wallet-button";
import { MAX_GENERATION_PROMPT_LENGTH, MAX_GENERATION_SEED, MAX_VARIATIONS } from "@/lib/generation/generation-request";
import { errorText, readJson, type GenerationJson, type GenerationResult, type ModelJson } from "./api-client";
import { ModelPicker } from "./model-picker";
import { ResultGrid, type KeepState } from "./result-grid";
import { SourceImageField, type SourceChoice } from "./source-image-field";
import styles from "./studio.module.css";

/** Sizes offered, width x height. */
const SIZES = [
  [256, 256],
  [512, 512],
  [768, 768],
  [1024, 1024],
  [2048, 2048],
  [768, 512],
  [512, 768],
  [64, 64],
] as const;

/** Where the current job is. */
type JobState =
  | { status: "idle" }
  | { status: "submitting" }
  | { status: "running"; jobId: string; progress: number }
  | { status: "done"; jobId: string; results: GenerationResult[] }
  | { status: "failed"; message: string };

function randomSeed(): number {
  // 32 random bits: any seed up to 2^53 - 1 is accepted, but these are easy to read and type.
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/**
 * The studio: choose a model (with its signed card), write a prompt, set seed and size,
 * pick a source image for style models, generate (progress over server-sent events), and
 * keep a variation to record and mint it.
 */
export function Studio({ initialModelId = "" }: { initialModelId?: string }) {
  const wallet = useWallet();
  const signedIn = wallet.signedInAddress !== undefined;

  const [models, setModels] = useState<ModelJson[] | undefined>(undefined);
  const [modelsError, setModelsError] = useState<string | undefined>(undefined);
  const [modelId, setModelId] = useState(initialModelId);
  const [prompt, setPrompt] = useState("");
  const [seed, setSeed] = useState(() => String(randomSeed()));
  const [size, setSize] = useState("512x512");
  const [variations, setVariations] = useState("1");
  const [sourceCid, setSourceCid] = useState<string | undefined>(undefined);
  const [job, setJob] = useState<JobState>({ status: "idle" });
  const [keepStates, setKeepStates] = useState<KeepState[]>([]);
  const [kept, setKept] = useState<GenerationJson[]>([]);
  const [made, setMade] = useState<SourceChoice[]>([]);
  const events = useRef<EventSource | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    fetch("/api/models")
      .then((response) => readJson<{ models: ModelJson[] }>(response))
      .then(({ models: list }) => {
        if (cancelled) return;
        setModels(list);
        // A preselected id that is not (or no longer) active falls back to the first model.
        setModelId((current) => (list.some((entry) => entry.id === current) ? current : (list[0]?.id ?? "")));
      })
      .catch((error: unknown) => !cancelled && setModelsError(errorText(error)));
    return () => {
      cancelled = true;
    };
  }, []);

  const loadKept = useCallback(async () => {
    if (!signedIn) return setKept([]);
    try {
      setKept((await readJson<{ generations: GenerationJson[] }>(await fetch("/api/generations"))).generations);
    } catch {
      // Only offered as source images: the studio works without them.
    }
  }, [signedIn]);
  useEffect(() => void loadKept(), [loadKept]);

  // A job's stream ends with the page.
  useEffect(() => () => events.current?.close(), []);

  const model = models?.find((entry) => entry.id === modelId);
  const isStyle = model?.kind === "style";
  const busy = job.status === "submitting" || job.status === "running";
  const [width, height] = size.split("x").map(Number) as [number, number];
  const seedNumber = Number(seed);
  const seedValid = seed.trim() !== "" && Number.isSafeInteger(seedNumber) && seedNumber >= 0 && seedNumber <= MAX_GENERATION_SEED;

  function follow(jobId: string, eventsUrl: string) {
    events.current?.close();
    const source = new EventSource(eventsUrl);
    events.current = source;
    source.addEventListener("progress", (event) => {
      const { progress } = JSON.parse((event as MessageEvent<string>).data) as { progress: number };
      setJob((current) => (current.status === "running" && current.jobId === jobId ? { ...current, progress } : current));
    });
    source.addEventListener("result", (event) => {
      source.close();
      const { results } = JSON.parse((event as MessageEvent<string>).data) as { results: GenerationResult[] };
      setJob({ status: "done", jobId, results });
      setKeepStates(results.map(() => ({ status: "idle" })));
      setMade((previous) => [...results.map((result) => ({ cid: result.cid, label: `Seed ${result.seed}` })), ...previous].slice(0, 12));
    });
    source.addEventListener("error", (event) => {
      // A server-sent `event: error` carries data; a dropped connection does not, and the
      // browser reconnects by itself (the stream restarts from the job's stored state).
      const data = (event as MessageEvent<string>).data;
      if (typeof data === "string" && data !== "") {
        source.close();
        setJob({ status: "failed", message: (JSON.parse(data) as { message: string }).message });
      } else if (source.readyState === EventSource.CLOSED) {
        setJob({ status: "failed", message: "Lost the connection to the server while generating." });
      }
    });
  }

  async function onGenerate(event: FormEvent) {
    event.preventDefault();
    if (busy || model === undefined || !seedValid) return;
    setJob({ status: "submitting" });
    try {
      const body = {
        modelId: model.id,
        prompt,
        seed: seedNumber,
        width,
        height,
        variations: Number(variations),
        ...(isStyle && sourceCid !== undefined ? { sourceImageCid: sourceCid } : {}),
      };
      const { jobId, eventsUrl } = await readJson<{ jobId: string; eventsUrl: string }>(
        await fetch("/api/generate", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
      );
      setJob({ status: "running", jobId, progress: 0 });
      follow(jobId, eventsUrl);
    } catch (error) {
      setJob({ status: "failed", message: errorText(error) });
    }
  }

  async function onKeep(index: number) {
    if (job.status !== "done") return;
    setKeepStates((states) => states.map((state, position) => (position === index ? { status: "keeping" } : state)));
    try {
      const { generation } = await readJson<{ generation: GenerationJson }>(
        await fetch("/api/generations", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jobId: job.jobId, index }) }),
      );
      setKeepStates((states) => states.map((state, position) => (position === index ? { status: "kept", generationId: generation.id } : state)));
      void loadKept();
    } catch (error) {
      setKeepStates((states) => states.map((state, position) => (position === index ? { status: "failed", message: errorText(error) } : state)));
    }
  }

  const sourceChoices: SourceChoice[] = [
    ...made,
    ...kept.map((generation) => ({ cid: generation.imageCid, label: `Kept: ${generation.prompt || "untitled"} (seed ${generation.seed})` })),
  ].filter((choice, index, all) => all.findIndex((other) => other.cid === choice.cid) === index);

  return (
    <div className={styles.layout}>
      <form className={styles.form} onSubmit={onGenerate} aria-label="Generate">
        {!signedIn && !wallet.sessionLoading ? (
          <div className="notice" role="status">
            <p>Sign in with your wallet to generate and keep images.</p>
            <WalletButton />
          </div>
        ) : null}
        {modelsError !== undefined ? (
          <p className="notice bad" role="alert">
            Cannot load the models: {modelsError}
          </p>
        ) : null}
        {models === undefined && modelsError === undefined ? <p className="muted">Loading models…</p> : null}
        {models !== undefined ? <ModelPicker models={models} value={modelId} onChange={setModelId} disabled={busy} /> : null}

        <div className={styles.field}>
          <label htmlFor="studio-prompt">Prompt</label>
          <textarea
            id="studio-prompt"
            data-testid="prompt-input"
            value={prompt}
            maxLength={MAX_GENERATION_PROMPT_LENGTH}
            onChange={(event) => setPrompt(event.target.value)}
            placeholder="calm golden dawn over a misty sea"
            aria-describedby="studio-prompt-count"
          />
          <span id="studio-prompt-count" className={styles.hint}>
            {prompt.length} / {MAX_GENERATION_PROMPT_LENGTH} characters
          </span>
        </div>

        <div className={styles.field}>
          <label htmlFor="studio-seed">Seed</label>
          <div className={styles.seedRow}>
            <input
              id="studio-seed"
              data-testid="seed-input"
              inputMode="numeric"
              pattern="[0-9]*"
              value={seed}
              onChange={(event) => setSeed(event.target.value.replace(/[^0-9]/g, ""))}
              aria-invalid={!seedValid}
              aria-describedby="studio-seed-hint"
            />
            <button type="button" className="button small" onClick={() => setSeed(String(randomSeed()))} data-testid="seed-random">
              Random
            </button>
          </div>
          <span id="studio-seed-hint" className={seedValid ? styles.hint : "field-error"}>
            {seedValid ? "Same seed, model and prompt: the same image." : `A whole number from 0 to ${MAX_GENERATION_SEED}.`}
          </span>
        </div>

        <div className={styles.row}>
          <div className={styles.field}>
            <label htmlFor="studio-size">Size</label>
            <select id="studio-size" data-testid="size-select" value={size} onChange={(event) => setSize(event.target.value)}>
              {SIZES.map(([w, h]) => (
                <option key={`${w}x${h}`} value={`${w}x${h}`}>
                  {w} × {h}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor="studio-variations">Variations</label>
            <select id="studio-variations" data-testid="variations-select" value={variations} onChange={(event) => setVariations(event.target.value)}>
              {Array.from({ length: MAX_VARIATIONS }, (_, index) => String(index + 1)).map((count) => (
                <option key={count} value={count}>
                  {count}
                </option>
              ))}
            </select>
          </div>
        </div>

        {isStyle ? <SourceImageField value={sourceCid} onChange={setSourceCid} choices={sourceChoices} disabled={busy || !signedIn} /> : null}

        <button
          type="submit"
          className={`button primary ${styles.generate}`}
          data-testid="generate-button"
          disabled={busy || !signedIn || model === undefined || !seedValid || (isStyle && sourceCid === undefined)}
        >
          {job.status === "submitting" ? "Queuing…" : job.status === "running" ? "Generating…" : "Generate"}
        </button>
        {isStyle && sourceCid === undefined ? <span className={styles.hint}>{model?.name} needs a source image.</span> : null}
      </form>

      <section aria-label="Results" aria-busy={busy}>
        {job.status === "running" || job.status === "submitting" ? (
          <div className={styles.progress}>
            <label htmlFor="studio-progress">Generating</label>
            <progress
              id="studio-progress"
              data-testid="progress-bar"
              max={1}
              value={job.status === "running" ? job.progress : undefined}
              aria-valuetext={job.status === "running" ? `${Math.round(job.progress * 100)}%` : "queued"}
            />
            <span className={styles.hint} role="status" aria-live="polite">
              {job.status === "running" ? `${Math.round(job.progress * 100)}%` : "Queued…"}
            </span>
          </div>
        ) : null}
        {job.status === "failed" ? (
          <p className="notice bad" role="alert" data-testid="generate-error">
            {job.message}
          </p>
        ) : null}
        {job.status === "done" ? (
          <ResultGrid results={job.results} keepStates={keepStates} onKeep={(index) => void onKeep(index)} onUseAsSource={setSourceCid} canUseAsSource={models?.some((entry) => entry.kind === "style") ?? false} />
        ) : null}
        {job.status === "idle" ? <p className="muted">Your variations appear here.</p> : null}
      </section>
    </div>
  );
}
