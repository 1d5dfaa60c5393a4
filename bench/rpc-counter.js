// Preloaded (`--require`) into a bot during the bench's load: counts the Firestore RPCs it makes
// (Commit, BatchGetDocuments, RunQuery…), so the CPU a request costs can be read next to how many
// calls to the database it made. Patches the client's one entry for unary and streaming calls;
// answers `{ rpcs }` when the bench asks over the IPC channel. Not loaded for cold starts.
const { Firestore } = require("@google-cloud/firestore");

const counts = {};
for (const name of ["request", "requestStream"]) {
  const original = Firestore.prototype[name];
  Firestore.prototype[name] = function (methodName, ...rest) {
    counts[methodName] = (counts[methodName] ?? 0) + 1;
    return original.call(this, methodName, ...rest);
  };
}
process.on("message", (m) => {
  if (m === "rpcs") process.send?.({ rpcs: { ...counts } });
});
