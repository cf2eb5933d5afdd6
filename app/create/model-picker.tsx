"use client";

import type { ModelJson } from "./api-client";
import styles from "./studio.module.css";

/** 0x1234…abcd. */
function shortAddress(address: string): string {
  return `${address.slice(0, 6)}…${address.slice(-4)}`;
}

/** What the kind of a model means to the person choosing it. */
function describeKind(kind: string): string {
  return kind === "style" ? "image to image: restyles a source image" : "text to image";
}

/** The model select, with the chosen model's signed card and trainer below it. */
export function ModelPicker({ models, value, onChange, disabled }: { models: ModelJson[]; value: string; onChange(id: string): void; disabled: boolean }) {
  const chosen = models.find((model) => model.id === value);
  return (
    <div className={styles.field}>
      <label htmlFor="studio-model">Model</label>
      <select id="studio-model" data-testid="model-select" value={value} onChange={(event) => onChange(event.target.value)} disabled={disabled || models.length === 0}>
        {models.map((model) => (
          <option key={model.id} value={model.id}>
            {model.name} {model.version} · {model.builtIn ? "built in" : `by ${shortAddress(model.trainer)}`}
          </option>
        ))}
      </select>
      {chosen !== undefined ? (
        <div className={styles.card} data-testid="model-card">
          <strong>
            {chosen.name} {chosen.version}
          </strong>{" "}
          <span className="muted">({describeKind(chosen.kind)})</span>
          <dl>
            <dt>Trainer</dt>
            <dd className="mono" title={chosen.trainer}>
              {chosen.trainer}
              {chosen.builtIn ? " (this site's key for its built-in models)" : ""}
            </dd>
            <dt>Licence</dt>
            <dd>{chosen.card.license}</dd>
            <dt>Training data</dt>
            <dd>{chosen.card.trainingData}</dd>
            <dt>Weights</dt>
            <dd>{chosen.card.weightsOrigin}</dd>
            <dt>File sha256</dt>
            <dd className="mono">{chosen.sha256}</dd>
            <dt>Card</dt>
            <dd>Signed by the trainer (EIP-712), checked at registration.</dd>
          </dl>
        </div>
      ) : null}
    </div>
  );
}
