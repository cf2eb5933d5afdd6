// Next.js configuration for the Colophon web app (App Router, Turbopack, offline build).

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Packages with native bindings, WASM or dynamic requires are loaded by Node at run time
  // instead of being bundled: Turbopack cannot bundle a .node binary (onnxruntime-node),
  // PGlite loads its WASM and data files relative to its own package, and Hardhat and solc
  // require files by computed paths.
  serverExternalPackages: [
    "onnxruntime-node",
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "blockstore-fs",
    "kubo-rpc-client",
    "hardhat",
    "solc",
  ],
  // Pin the workspace root to this directory, so a lockfile in a parent directory cannot
  // make Turbopack guess another root.
  turbopack: { root: import.meta.dirname },
  // `next build` type-checks what the app compiles (app/, lib/, inference/), not the test
  // suites: a type error in a test must not stop the server from building.
  typescript: { tsconfigPath: "tsconfig.next.json" },
  // Lets a second build (a developer's check beside a running stack) use its own folder
  // instead of overwriting the one the running server reads.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
