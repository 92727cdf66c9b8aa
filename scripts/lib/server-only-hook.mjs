// Registers the loader that lets the worker import lib/ modules marked "server-only" (outside
// Next, the package's default export throws by design).
import { register } from "node:module";

register("./server-only-loader.mjs", import.meta.url);
