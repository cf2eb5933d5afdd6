import Link from "next/link";
import type { VerificationReport } from "@/lib/provenance/verify/types";

const STATUS_LABEL = { pass: "pass", fail: "fail", "not-checkable": "not checkable" } as const;

const VERDICT_LABEL: Record<VerificationReport["verdict"], string> = {
  pass: "verified",
  fail: "does not verify",
  incomplete: "incomplete",
  "altered-copy": "altered copy",
  "not-found": "not found",
};

/**
 * A verification report: the verdict, then every step with its status (green pass, red
 * fail, grey not checkable), title and reason, with the facts behind it folded away.
 */
export function ReportView({ report }: { report: VerificationReport }) {
  const tone = report.verdict === "pass" ? "ok" : report.verdict === "incomplete" ? "na" : "bad";
  return (
    <section className="report" data-testid="report" data-verdict={report.verdict}>
      <div className="verdict">
        <span className={`badge ${tone}`}>{VERDICT_LABEL[report.verdict]}</span>
        <span>{report.summary}</span>
      </div>
      {report.tokenId !== null ? (
        <p>
          <Link href={`/works/${report.tokenId}`}>Work #{report.tokenId}</Link> on Artwork <code className="mono">{report.artwork}</code>, chain{" "}
          {report.chainId}
        </p>
      ) : null}
      <ol className="steps">
        {report.steps.map((step) => (
          <li key={step.id} className={`step ${step.status}`} data-testid={`step-${step.id}`} data-status={step.status}>
            <span className={`badge ${step.status === "pass" ? "ok" : step.status === "fail" ? "bad" : "na"}`}>{STATUS_LABEL[step.status]}</span>
            <div>
              <strong>{step.title}</strong>
              {step.required ? null : <span className="muted"> (optional)</span>}
              <p className="reason">{step.reason}</p>
              {Object.keys(step.details).length > 0 ? (
                <details>
                  <summary>Details</summary>
                  <pre className="mono">{JSON.stringify(step.details, null, 2)}</pre>
                </details>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      {report.similar.length > 0 ? (
        <>
          <h3>Minted works that look like this image</h3>
          <ul>
            {report.similar.map((work) => (
              <li key={work.tokenId}>
                <Link href={`/works/${work.tokenId}`}>Work #{work.tokenId}</Link> (perceptual distance {work.distance} of 64)
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.work.parents && report.work.parents.length > 0 ? (
        <>
          <h3>Parent works</h3>
          <ul>
            {report.work.parents.map((parent) => (
              <li key={parent.tokenId ?? parent.contentHash}>
                <Link href={`/works/${parent.tokenId}`}>Work #{parent.tokenId}</Link>: {VERDICT_LABEL[parent.verdict]}. {parent.summary}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
