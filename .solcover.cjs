module.exports = {
  // Attackers and test tokens are not product code: measure only what ships.
  skipFiles: ["test/"],
};
