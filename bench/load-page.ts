/**
 * One page under load with autocannon (a pipelined HTTP client written for this: far cheaper per
 * request than fetch, which matters when the client shares two cores with the server it measures).
 */
import autocannon from "autocannon";
import { percentile } from "./measure";

export type PageLoad = { p50: number; p95: number; requestsPerSecond: number; requests: number; errors: number; non2xx: number; htmlBytes: number };

/** `cookie` signs a page request in; `headers` adds others (an API call's Authorization). */
export type LoadOptions = { connections: number; seconds: number; cookie?: string; headers?: Record<string, string> };

const requestHeaders = (options: LoadOptions): Record<string, string> => ({ ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers });

/** The body size of one response, so a page that ships megabytes of HTML shows up beside its time. */
async function responseBytes(url: string, headers: Record<string, string>): Promise<{ status: number; bytes: number }> {
  const response = await fetch(url, { headers, redirect: "manual" });
  return { status: response.status, bytes: (await response.arrayBuffer()).byteLength };
}

export async function loadPage(url: string, options: LoadOptions): Promise<PageLoad> {
  const headers = requestHeaders(options);
  const probe = await responseBytes(url, headers);
  if (probe.status !== 200) throw new Error(`${url} answered HTTP ${probe.status} before the load run`);
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon({ url, connections: options.connections, duration: options.seconds, headers }, (error, outcome) => (error ? reject(error) : resolve(outcome)));
    run.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    htmlBytes: probe.bytes,
  };
}
