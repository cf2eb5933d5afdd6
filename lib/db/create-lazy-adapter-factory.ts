import type { defineConfig } from "prisma/config";

/** Prisma 6.19's migration-aware driver adapter factory, from its config typings. */
export type MigrationAdapterFactory = Awaited<
  ReturnType<Extract<Parameters<typeof defineConfig>[0], { engine: "js" }>["adapter"]>
>;

/** Parameters of {@link createLazyAdapterFactory}. */
export interface CreateLazyAdapterFactoryParameters {
  /** The database's kind, as the real factory reports it (e.g. "postgres"). */
  provider: MigrationAdapterFactory["provider"];
  /** The driver adapter's name, as the real factory reports it (`prisma -v` prints it). */
  adapterName: string;
  /** Opens the database and builds the real factory; called at most once, on first connect. */
  open: () => Promise<MigrationAdapterFactory>;
}

/**
 * A driver adapter factory that opens its database only when Prisma first connects to it.
 *
 * Prisma's CLI asks prisma.config.ts for the adapter on commands that never touch a
 * database: `prisma -v` (run by @prisma/client's postinstall during `npm ci`) reads only its
 * name. Opening PGlite there created `<data dir>/pglite` at install time, and in the
 * repository's `.colophon/` whenever the data directory was set only in `.env` (the CLI
 * reads no `.env` when a config file exists). With this factory, `generate` and `-v`
 * write nothing; `migrate` and `db` commands open the database when they connect.
 */
export function createLazyAdapterFactory({ provider, adapterName, open }: CreateLazyAdapterFactoryParameters): MigrationAdapterFactory {
  let opened: Promise<MigrationAdapterFactory> | undefined;
  const real = () => (opened ??= open());
  return {
    provider,
    adapterName,
    connect: async () => (await real()).connect(),
    connectToShadowDb: async () => (await real()).connectToShadowDb(),
  };
}
