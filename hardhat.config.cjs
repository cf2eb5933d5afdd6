// Hardhat 2 configuration. Hardhat cannot download solc on our machines, so the compiler
// lookup is pointed at solcjs from the npm `solc` package pinned to the same version.
// When solidity-coverage runs, Hardhat's mocha `test` task is replaced by a JSON-RPC server
// over the instrumented in-process network plus a vitest child that talks to it.
require("@nomicfoundation/hardhat-ethers");
require("solidity-coverage");
const { subtask, task } = require("hardhat/config");
const {
  TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD,
  TASK_TEST,
} = require("hardhat/builtin-tasks/task-names");

const SOLC_VERSION = "0.8.28";
// `hardhat coverage` compiles instrumented contracts (too large to deploy normally); they get
// their own folders so a coverage run never clobbers the artifacts other runs deploy from.
const COVERAGE_RUN = process.argv.includes("coverage");
// solidity-coverage compiles instrumented contracts into paths.artifacts and paths.cache. Give
// that build its own folders (under the ignored cache/), so a `hardhat compile` running at the
// same time cannot swap plain bytecode under the coverage run, nor the run leave instrumented
// bytecode in ./artifacts for everyone else.
const CLI_ARGS = process.argv.slice(2);
const COVERAGE_BUILD = CLI_ARGS.some((arg, i) => arg === "coverage" && CLI_ARGS[i - 1] !== "--network");

subtask(TASK_COMPILE_SOLIDITY_GET_SOLC_BUILD, async (args) => {
  const solc = require("solc");
  if (args.solcVersion !== SOLC_VERSION) {
    throw new Error(`solc ${args.solcVersion} requested but npm solc is pinned to ${SOLC_VERSION}`);
  }
  return {
    compilerPath: require.resolve("solc/soljson.js"),
    isSolcJs: true,
    version: args.solcVersion,
    longVersion: solc.version().replace(".Emscripten.clang", ""),
  };
});

task(TASK_TEST, async (_args, hre, runSuper) => {
  if (!hre.__SOLIDITY_COVERAGE_RUNNING) return runSuper();
  const { JsonRpcServer } = require("hardhat/internal/hardhat-network/jsonrpc/server");
  const { spawn } = require("node:child_process");
  const server = new JsonRpcServer({ hostname: "127.0.0.1", port: 0, provider: hre.network.provider });
  const { address, port } = await server.listen();
  const code = await new Promise((resolve) => {
    // One file at a time: every file shares this one chain, and a file's evm_revert or clock
    // jump would otherwise land in the middle of another file's test.
    const child = spawn("npx", ["vitest", "run", "test/contracts", "--no-file-parallelism"], {
      stdio: "inherit",
      env: {
        ...process.env,
        HARDHAT_NETWORK: "coverage",
        COVERAGE_RPC_URL: `http://${address}:${port}`,
        COVERAGE_ARTIFACTS: hre.config.paths.artifacts,
      },
    });
    child.on("exit", (c) => resolve(c ?? 1));
  });
  await server.close();
  if (code !== 0) process.exitCode = code;
});

/** @type {import("hardhat/config").HardhatUserConfig} */
module.exports = {
  solidity: {
    version: SOLC_VERSION,
    settings: { optimizer: { enabled: true, runs: 200 }, evmVersion: "cancun" },
  },
  paths: {
    sources: "./contracts",
    tests: "./test/contracts",
    artifacts: process.env.COVERAGE_ARTIFACTS || (COVERAGE_BUILD ? "./cache/coverage/artifacts" : "./artifacts"),
    cache: COVERAGE_BUILD ? "./cache/coverage" : "./cache",
  },
  networks: {
    hardhat: { chainId: 31337 },
    coverage: { url: process.env.COVERAGE_RPC_URL || "http://127.0.0.1:8555" },
  },
  mocha: { timeout: 600000 },
};
