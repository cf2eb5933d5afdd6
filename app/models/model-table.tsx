import Link from "next/link";
import { describeModelKind } from "@/lib/models/describe-model-kind";
import type { RegistryModelJson } from "@/lib/models/list-registry-models";
import { describeTrainerShare } from "@/lib/models/trainer-share";

const STATUS_WORDS: Record<string, string> = { ACTIVE: "active", RETIRED: "retired", PENDING: "pending" };

/**
 * Models as a table (a stack of cards on a phone): name and version with a built-in badge,
 * kind in words, licence, trainer's share and works minted; the registry adds the trainer
 * and the files, a trainer's page the status.
 */
export function ModelTable({ models, show }: { models: RegistryModelJson[]; show: "registry" | "trainer" }) {
  return (
    <div className="table-wrap">
      <table className="stack">
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Kind</th>
            <th scope="col">Licence</th>
            {show === "registry" ? <th scope="col">Trainer</th> : null}
            <th scope="col">Trainer&apos;s share</th>
            <th scope="col">Minted works</th>
            {show === "registry" ? <th scope="col">Files</th> : <th scope="col">Status</th>}
          </tr>
        </thead>
        <tbody>
          {models.map((model) => (
            <tr key={model.id} data-testid={`model-${model.id}`}>
              <th scope="row">
                <Link href={`/models/${model.id}`}>
                  {model.name} {model.version}
                </Link>
                {model.builtIn ? (
                  <>
                    {" "}
                    <span className="badge">Built in</span>
                  </>
                ) : null}
              </th>
              <td data-label="Kind">{describeModelKind(model.kind)}</td>
              <td data-label="Licence">{model.card.license}</td>
              {show === "registry" ? (
                <td data-label="Trainer">
                  <Link href={`/trainers/${model.trainer}`} className="mono">
                    {model.trainer}
                  </Link>
                </td>
              ) : null}
              <td data-label="Trainer's share">{describeTrainerShare(model.trainerShareBps)}</td>
              <td data-label="Minted works">{model.worksCount}</td>
              {show === "registry" ? (
                <td data-label="Files">
                  <a href={`/ipfs/${model.cardCid}`}>Card</a> · <a href={`/ipfs/${model.fileCid}`}>File</a>
                </td>
              ) : (
                <td data-label="Status">{STATUS_WORDS[model.status] ?? model.status.toLowerCase()}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
