import { spawn } from "node:child_process";
import type { LocalServices } from "./local-services";
import { superviseWorker } from "./supervise-worker";

/** Runs `next <command>` and the job worker with the services' environment; stops both and the services when Next exits. */
export function runNext(command: "dev" | "start", services: LocalServices, extraEnv: Record<string, string> = {}) {
  const port = process.env.PORT ?? "3000";
  // Longer than the 60 s idle timeout of common load balancers, so the proxy, not Node, closes idle sockets.
  const keepAlive = command === "start" ? ["--keepAliveTimeout", "65000"] : [];
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...services.env, ...extraEnv };
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", command, "--port", port, ...keepAlive], { stdio: "inherit", env });
  const worker = superviseWorker(env);
  console.log(["", "SCR Platform", ...services.summary.map((line) => `  ${line}`), `  sign in: http://localhost:${port}/sign-in`, ""].join("\n"));

  const shutdown = async (code: number) => {
    await worker.stop();
    await services.stop();
    process.exit(code);
  };
  child.on("exit", (code) => void shutdown(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => child.kill(signal));
  }
}
