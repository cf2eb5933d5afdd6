"use client";

import Link from "next/link";
import { useState, type ChangeEvent } from "react";
import { modelCardSchema, signModelCard, verifyModelCard, type ModelCard } from "@/inference/model-card";
import type { ModelJson } from "@/lib/generation/model-json";
import { describeModelKind } from "@/lib/models/describe-model-kind";
import { formatBps } from "@/lib/models/format-bps";
import { useWallet } from "@/app/components/wallet/use-wallet";
import { walletErrorMessage } from "@/app/components/wallet/wallet-errors";

/** The card's text fields, as the person types them. */
type CardText = Pick<ModelCard, "name" | "version" | "license" | "trainingData" | "weightsOrigin">;
type TextField = keyof CardText;
/** Where an error is shown: a text field, the file, the share, the trainer or the signature. */
type FieldName = TextField | "file" | "share" | "trainer" | "cardSignature";

const TEXT_FIELDS: { name: TextField; label: string; hint: string; multiline: boolean }[] = [
  { name: "name", label: "Name", hint: "What the model is called, e.g. Ember.", multiline: false },
  { name: "version", label: "Version", hint: "e.g. 1.0.0; a name and version can be registered once.", multiline: false },
  { name: "license", label: "Licence", hint: "An SPDX identifier (CC-BY-4.0, MIT...) or a short statement.", multiline: false },
  { name: "trainingData", label: "Training data", hint: "What data the weights were trained on, in words (\"none\" is an answer).", multiline: true },
  { name: "weightsOrigin", label: "How the weights were made", hint: "Trained, fine-tuned from another model, generated...", multiline: true },
];

/** Server field names that stand for a form field. */
const SERVER_FIELDS: Record<string, FieldName> = {
  name: "name",
  version: "version",
  license: "license",
  trainingData: "trainingData",
  weightsOrigin: "weightsOrigin",
  trainer: "trainer",
  file: "file",
  modelSha256: "file",
  trainerShareBps: "share",
  cardSignature: "cardSignature",
};

const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
const megabytes = (bytes: number) => `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;

/** The sha256 of a file, 0x-prefixed lowercase hex, as the card names it. */
async function sha256Of(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", await file.arrayBuffer());
  return `0x${Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

/** A share typed as a percentage ("15", "2.5") in basis points, or null when it is not one. */
function shareToBps(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(trimmed)) return null;
  const bps = Math.round(Number(trimmed) * 100);
  return bps <= 10_000 ? bps : null;
}

/** What is wrong with one card field, in words, or undefined. */
function checkText(field: TextField, label: string, value: string): string | undefined {
  const { minLength, maxLength } = modelCardSchema.shape[field];
  if (value.trim().length < (minLength ?? 1)) return `Enter the ${label.toLowerCase()}`;
  if (maxLength !== null && value.length > maxLength) return `At most ${maxLength} characters (now ${value.length})`;
  return undefined;
}

/**
 * The trainer's registration form: the .onnx file (its sha256 computed here, since the card
 * names it), the card's fields, the trainer (the connected wallet, read-only) and the
 * trainer's share. "Sign the card" asks the wallet for the EIP-712 signature the server
 * checks; "Register" sends everything to POST /api/models and links to the new model.
 */
export function RegisterModelForm({ maxFileBytes }: { maxFileBytes: number }) {
  const wallet = useWallet();
  const address = wallet.address;
  const [file, setFile] = useState<{ blob: File; sha256: string } | undefined>(undefined);
  const [hashing, setHashing] = useState(false);
  const [text, setText] = useState<CardText>({ name: "", version: "1.0.0", license: "", trainingData: "", weightsOrigin: "" });
  const [share, setShare] = useState("10");
  const [signed, setSigned] = useState<{ card: ModelCard; signature: string } | undefined>(undefined);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const [phase, setPhase] = useState<"idle" | "signing" | "registering">("idle");
  const [created, setCreated] = useState<ModelJson | undefined>(undefined);
  const busy = phase !== "idle" || hashing;
  // A signature is good for the card it was made over: any change to the file, the fields or the account needs a new one.
  const signature = signed !== undefined && signed.card.trainer === address ? signed.signature : undefined;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setSigned(undefined);
    setFile(undefined);
    setErrors((current) => ({ ...current, file: undefined }));
    if (chosen === undefined) return;
    if (chosen.size > maxFileBytes) {
      setErrors((current) => ({ ...current, file: `The file is ${megabytes(chosen.size)}; the limit is ${megabytes(maxFileBytes)}` }));
      return;
    }
    setHashing(true);
    try {
      setFile({ blob: chosen, sha256: await sha256Of(chosen) });
    } catch {
      setErrors((current) => ({
        ...current,
        file: "This browser cannot compute the file's sha256 here (it needs an https or localhost address); try another browser",
      }));
    } finally {
      setHashing(false);
    }
  }

  function onText(field: TextField, value: string) {
    setText((current) => ({ ...current, [field]: value }));
    setSigned(undefined);
    setErrors((current) => ({ ...current, [field]: undefined, cardSignature: undefined }));
  }

  /** The card to sign, or null after showing what is missing. */
  function validCard(): ModelCard | null {
    const next: Partial<Record<FieldName, string>> = {};
    for (const { name, label } of TEXT_FIELDS) next[name] = checkText(name, label, text[name]);
    if (file === undefined) next.file = errors.file ?? "Choose the model's .onnx file";
    if (address === undefined) next.trainer = "Connect your wallet: its account is the trainer";
    if (shareToBps(share) === null) next.share = "Enter a percentage from 0 to 100, at most two decimals (e.g. 15 or 2.5)";
    setErrors(next);
    if (Object.values(next).some((message) => message !== undefined) || file === undefined || address === undefined) return null;
    return { modelSha256: file.sha256, ...text, trainer: address };
  }

  async function onSign() {
    setFailure(undefined);
    const card = validCard();
    if (card === null) return;
    setPhase("signing");
    try {
      const signer = await wallet.getSigner();
      if (!same(signer.address, card.trainer)) throw new Error(`The wallet signs as ${signer.address}, not ${card.trainer}; choose that account in the wallet`);
      const made = await signModelCard(card, signer);
      if (!verifyModelCard(card, made)) throw new Error("The wallet's signature does not recover the trainer's address; it may have signed with another account");
      setSigned({ card, signature: made });
    } catch (error) {
      setFailure(`The card was not signed: ${walletErrorMessage(error)}`);
    } finally {
      setPhase("idle");
    }
  }

  async function onRegister() {
    setFailure(undefined);
    const bps = shareToBps(share);
    if (signed === undefined || signature === undefined || file === undefined) return;
    if (bps === null) {
      setErrors((current) => ({ ...current, share: "Enter a percentage from 0 to 100, at most two decimals (e.g. 15 or 2.5)" }));
      return;
    }
    setPhase("registering");
    try {
      if (!same(wallet.signedInAddress, signed.card.trainer)) await wallet.signIn();
    } catch (error) {
      setFailure(`Sign in as the trainer first: ${walletErrorMessage(error)}`);
      setPhase("idle");
      return;
    }
    const form = new FormData();
    form.set("file", file.blob, file.blob.name);
    const { card } = signed;
    for (const [name, value] of Object.entries(card)) form.set(name, value);
    form.set("cardSignature", signature);
    form.set("trainerShareBps", String(bps));
    try {
      const response = await fetch("/api/models", { method: "POST", body: form, cache: "no-store" });
      const json = (await response.json().catch(() => null)) as
        | { model?: ModelJson; error?: { message?: string; details?: { field?: unknown } } }
        | null;
      if (response.ok && json?.model !== undefined) {
        setCreated(json.model);
        return;
      }
      const message = json?.error?.message ?? `The server answered ${response.status} without a reason`;
      const field = typeof json?.error?.details?.field === "string" ? SERVER_FIELDS[json.error.details.field] : undefined;
      if (field !== undefined) setErrors((current) => ({ ...current, [field]: message }));
      setFailure(`The model was not registered: ${message}`);
    } catch {
      setFailure("The server could not be reached; check your connection and try again");
    } finally {
      setPhase("idle");
    }
  }

  if (created !== undefined) {
    return (
      <div className="notice ok" role="status">
        <p>
          Registered <strong>{created.name} {created.version}</strong> ({describeModelKind(created.kind)}), with{" "}
          {formatBps(created.trainerShareBps)} of each work for you. It can be used to generate now.
        </p>
        <p className="mono small">sha256 {created.sha256}</p>
        <p>
          <Link href={`/models/${created.id}`}>Open the model&apos;s page</Link> · <Link href="/models">All models</Link>
        </p>
      </div>
    );
  }

  return (
    <form className="panel mint-studio" onSubmit={(event) => event.preventDefault()} noValidate>
      <label htmlFor="model-file">Model file (.onnx)</label>
      <input id="model-file" type="file" accept=".onnx" onChange={onFile} disabled={busy} aria-describedby="model-file-hint model-file-error" />
      <p id="model-file-hint" className="muted small">
        {hashing ? "Computing the sha256…" : file !== undefined ? <span className="mono">sha256 {file.sha256}</span> : `At most ${megabytes(maxFileBytes)}.`}
      </p>
      <p id="model-file-error" className="field-error">
        {errors.file ?? ""}
      </p>

      {TEXT_FIELDS.map(({ name, label, hint, multiline }) => {
        const props = {
          id: `model-${name}`,
          name,
          value: text[name],
          disabled: busy,
          "aria-invalid": errors[name] !== undefined,
          "aria-describedby": `model-${name}-hint model-${name}-error`,
        };
        return (
          <div key={name}>
            <label htmlFor={`model-${name}`}>{label}</label>
            {multiline ? (
              <textarea {...props} rows={3} onChange={(event) => onText(name, event.target.value)} />
            ) : (
              <input {...props} autoComplete="off" onChange={(event) => onText(name, event.target.value)} />
            )}
            <p id={`model-${name}-hint`} className="muted small">
              {hint}
            </p>
            <p id={`model-${name}-error`} className="field-error">
              {errors[name] ?? ""}
            </p>
          </div>
        );
      })}

      <label htmlFor="model-trainer">Trainer</label>
      <input id="model-trainer" className="mono" value={address ?? ""} placeholder="Connect your wallet" readOnly aria-describedby="model-trainer-hint model-trainer-error" />
      <p id="model-trainer-hint" className="muted small">
        The connected wallet&apos;s account signs the card and must be the one signed in.
      </p>
      <p id="model-trainer-error" className="field-error">
        {errors.trainer ?? ""}
      </p>
      {address === undefined ? (
        <p>
          <button type="button" className="button" onClick={() => wallet.connect().catch((error) => setFailure(walletErrorMessage(error)))} disabled={busy}>
            Connect wallet
          </button>
        </p>
      ) : null}

      <label htmlFor="model-share">Trainer&apos;s share of each work (%)</label>
      <input
        id="model-share"
        className="share"
        inputMode="decimal"
        autoComplete="off"
        value={share}
        onChange={(event) => {
          setShare(event.target.value);
          setErrors((current) => ({ ...current, share: undefined }));
        }}
        disabled={busy}
        aria-invalid={errors.share !== undefined}
        aria-describedby="model-share-hint model-share-error"
      />
      <p id="model-share-hint" className="muted small">
        Your part of each work&apos;s royalty split, paid on every sale. It is not part of the signed card.
      </p>
      <p id="model-share-error" className="field-error">
        {errors.share ?? ""}
      </p>

      <div className="actions">
        <button type="button" className="button" onClick={onSign} disabled={busy}>
          {phase === "signing" ? "Waiting for the wallet…" : signature !== undefined ? "Sign the card again" : "Sign the card"}
        </button>
        <button type="button" className="button primary" onClick={onRegister} disabled={busy || signature === undefined}>
          {phase === "registering" ? "Registering…" : "Register the model"}
        </button>
      </div>
      {signature !== undefined ? (
        <p className="muted small" role="status">
          Card signed: <span className="mono">{signature}</span>
        </p>
      ) : null}
      {errors.cardSignature !== undefined ? <p className="field-error">{errors.cardSignature}</p> : null}
      {failure !== undefined ? (
        <p className="notice bad" role="alert">
          {failure}
        </p>
      ) : null}
    </form>
  );
}
