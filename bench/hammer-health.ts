/**
 * GET /api/health back to back on one kept-alive connection (one request in flight, no pause), each
 * timed from send to last byte and filed under the phase the system was in when it was sent.
 */
import http from "node:http";

export type HealthSamples = Map<string, number[]>;

function getOnce(agent: http.Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(url, { agent }, (response) => {
      response.resume();
      response.on("end", () =>
        response.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`/api/health answered HTTP ${response.statusCode}`)),
      );
    });
    request.on("error", reject);
  });
}

/** Requests until `until` resolves; a phase of null (between phases) is not recorded. */
export async function hammerHealth(baseUrl: string, phase: () => string | null, until: Promise<unknown>): Promise<{ samples: HealthSamples; errors: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const samples: HealthSamples = new Map();
  let stopped = false;
  let errors = 0;
  const stop = () => (stopped = true);
  until.then(stop, stop);
  try {
    while (!stopped) {
      const label = phase();
      try {
        const ms = await getOnce(agent, `${baseUrl}/api/health`);
        // Filed only when the phase did not change while the request was in flight.
        if (label !== null && label === phase()) {
          const list = samples.get(label) ?? [];
          list.push(ms);
          samples.set(label, list);
        }
      } catch {
        // A refused or failed health check is what the benchmark exists to catch: counted, reported.
        errors += 1;
      }
    }
  } finally {
    agent.destroy();
  }
  return { samples, errors };
}
