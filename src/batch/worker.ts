/**
 * A batch worker thread: compiles the items the pool posts, one at a time, and posts back each
 * outcome. The tree-sitter WASM is loaded once per thread, on the first item.
 */
import { parentPort, workerData } from "node:worker_threads";
import { getBackend } from "../registry.js";
import { compileItem, describe } from "./compile-item.js";
import type { WorkerReply, WorkerRequest } from "./pool.js";

const port = parentPort;
if (!port) throw new Error("polytest: batch-worker.js runs as a worker thread of `polytest batch`");
const backends = (workerData as { targets: string[] }).targets.map(getBackend);

port.on("message", (request: WorkerRequest) => {
  compileItem(request.item, backends, request.original).then(
    (outcome) => port.postMessage({ id: request.id, outcome } satisfies WorkerReply),
    (error: unknown) => port.postMessage({ id: request.id, error: describe(error) } satisfies WorkerReply),
  );
});
