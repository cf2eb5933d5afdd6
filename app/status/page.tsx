import type { Metadata } from "next";
import type { ReactNode } from "react";
import type { HealthPartName, HealthReport } from "@/lib/health/check-health";
import { getHealthReport } from "@/lib/runtime/get-health-report";
import { BaseError } from "@/lib/errors";

export const metadata: Metadata = { title: "Status" };

// Health is read on every request: a cached page would show a stale verdict.
export const dynamic = "force-dynamic";

/** Heading and test id of each part, in the order the page shows them. */
const PARTS: ReadonlyArray<{ name: HealthPartName; label: string; testId: string }> = [
  { name: "database", label: "Database", testId: "part-database" },
  { name: "chain", label: "Chain", testId: "part-chain" },
  { name: "contentStore", label: "Content store", testId: "part-content-store" },
  { name: "inference", label: "Inference", testId: "part-inference" },
  { name: "attestor", label: "Attestor key", testId: "part-attestor" },
];

function Badge({ ok, children }: { ok: boolean; children?: ReactNode }) {
  return <span className={`badge ${ok ? "ok" : "bad"}`}>{children ?? (ok ? "ok" : "failing")}</span>;
}

/** A two-column table of facts; rows whose value is undefined are left out. */
function Facts({ rows }: { rows: ReadonlyArray<[string, ReactNode]> }) {
  const shown = rows.filter(([, value]) => value !== undefined && value !== null && value !== "");
  if (shown.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="stack">
        <tbody>
          {shown.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="reason">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A list of names, or a dash when empty. */
function Names({ names }: { names: readonly string[] | undefined }) {
  if (names === undefined) return undefined;
  if (names.length === 0) return <span className="muted">none</span>;
  return (
    <ul className="list">
      {names.map((n) => (
        <li key={n} className="mono">
          {n}
        </li>
      ))}
    </ul>
  );
}

/** A one-line summary of a healthy part, for the overview table. */
function summary(report: HealthReport, name: HealthPartName): string {
  const p = report.parts;
  switch (name) {
    case "database":
      return `${p.database.dialect}, ${p.database.applied?.length ?? 0} migrations applied`;
    case "chain":
      return `chain ${p.chain.chainId} at block ${p.chain.blockNumber}, ${p.chain.contracts?.length ?? 0} contracts deployed`;
    case "contentStore":
      return `${p.contentStore.kind}: ${p.contentStore.detail}`;
    case "inference":
      return `ONNX Runtime ${p.inference.onnxRuntimeVersion}, device ${p.inference.device}`;
    case "attestor":
      return p.attestor.authorised === true
        ? `${p.attestor.address}, authorised`
        : `${p.attestor.address} (authorisation not checked)`;
  }
}

/** The details of one part, below the overview. */
function PartDetails({ report, name }: { report: HealthReport; name: HealthPartName }) {
  const p = report.parts;
  switch (name) {
    case "database":
      return (
        <Facts
          rows={[
            ["Dialect", p.database.dialect],
            ["Applied migrations", <Names key="a" names={p.database.applied} />],
            ["Pending migrations", <Names key="p" names={p.database.pending} />],
            ["Failed migrations", p.database.failed?.length ? <Names key="f" names={p.database.failed} /> : undefined],
            ["Unknown migrations", p.database.unknown?.length ? <Names key="u" names={p.database.unknown} /> : undefined],
            ["Note", p.database.note],
          ]}
        />
      );
    case "chain":
      return (
        <>
          <Facts
            rows={[
              ["RPC URL", <code key="u">{p.chain.rpcUrl}</code>],
              ["Chain id", p.chain.chainId],
              ["Block number", p.chain.blockNumber],
            ]}
          />
          {p.chain.contracts && (
            <div className="table-wrap">
              <table className="stack">
                <thead>
                  <tr>
                    <th scope="col">Contract</th>
                    <th scope="col">Address</th>
                    <th scope="col">Code</th>
                  </tr>
                </thead>
                <tbody>
                  {p.chain.contracts.map((c) => (
                    <tr key={c.name} data-testid={`contract-${c.name}`} data-deployed={String(c.deployed)}>
                      <th scope="row">{c.name}</th>
                      <td data-label="Address" className="mono">
                        {c.address}
                      </td>
                      <td data-label="Code">
                        <Badge ok={c.deployed}>{c.deployed ? "deployed" : "missing"}</Badge>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      );
    case "contentStore":
      return (
        <Facts
          rows={[
            ["Kind", p.contentStore.kind],
            ["Detail", p.contentStore.detail],
          ]}
        />
      );
    case "inference":
      return (
        <Facts
          rows={[
            ["Requested device", p.inference.device],
            ["ONNX Runtime", p.inference.onnxRuntimeVersion],
            [
              "Execution providers",
              p.inference.providers && (
                <ul key="e" className="list">
                  {p.inference.providers.map((e) => (
                    <li key={e.name}>
                      <span className="mono">{e.name}</span>
                      {e.bundled ? "" : <span className="muted"> (needs host libraries)</span>}
                    </li>
                  ))}
                </ul>
              ),
            ],
            ["Note", p.inference.note],
          ]}
        />
      );
    case "attestor":
      return (
        <Facts
          rows={[
            ["Address", p.attestor.address && <code key="a">{p.attestor.address}</code>],
            ["Key from", p.attestor.source],
            [
              "Authorised on Artwork",
              p.attestor.authorised === undefined || p.attestor.authorised === null
                ? p.attestor.address && <span className="muted">not checked (chain unavailable)</span>
                : p.attestor.authorised
                  ? "yes"
                  : "no",
            ],
          ]}
        />
      );
  }
}

/**
 * System status: the same report as GET /api/health, for people. One overview row per
 * part (with `data-testid="part-<name>"` and `data-ok` for browser tests), then a section
 * of facts per part.
 */
export default async function StatusPage() {
  let report: HealthReport;
  try {
    report = await getHealthReport();
  } catch (error) {
    // Only our own errors (a wrong setting) are shown; anything else goes to the error page.
    if (!(error instanceof BaseError)) throw error;
    return (
      <>
        <h1>Status</h1>
        <div className="verdict" data-testid="verdict" data-ok="false">
          <Badge ok={false}>failing</Badge>
          <span>The server cannot check its parts:</span>
        </div>
        <pre className="reason mono">{error.message}</pre>
      </>
    );
  }

  return (
    <>
      <h1>Status</h1>
      <div className="verdict" data-testid="verdict" data-ok={String(report.ok)}>
        <Badge ok={report.ok}>{report.ok ? "all healthy" : "degraded"}</Badge>
        <span className="muted">
          Checked {new Date(report.checkedAt).toUTCString()} in {report.durationMs} ms ·{" "}
          <a href="/api/health">JSON</a>
        </span>
      </div>

      <div className="table-wrap">
        <table className="stack">
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">State</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {PARTS.map(({ name, label, testId }) => {
              const part = report.parts[name];
              return (
                <tr key={name} data-testid={testId} data-ok={String(part.ok)}>
                  <th scope="row">
                    <a href={`#${testId}`}>{label}</a>
                  </th>
                  <td data-label="State">
                    <Badge ok={part.ok} />
                  </td>
                  <td data-label="Reason" className="reason" data-testid={`${testId}-reason`}>
                    {part.ok ? summary(report, name) : part.error}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      {PARTS.map(({ name, label, testId }) => {
        const part = report.parts[name];
        return (
          <section key={name} id={testId} className="part">
            <h2>
              {label} <Badge ok={part.ok} />
            </h2>
            {!part.ok && part.error && <p className="reason">{part.error}</p>}
            <PartDetails report={report} name={name} />
          </section>
        );
      })}
    </>
  );
}
