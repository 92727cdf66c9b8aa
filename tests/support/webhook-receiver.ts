import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedWebhook = { headers: Record<string, string>; body: string };

/**
 * A loopback endpoint that records what it is sent and answers with the status `respond` picks
 * (by the request's number, from 1), so tests can make an endpoint fail and recover.
 */
export async function startWebhookReceiver(respond: (n: number) => number = () => 200) {
  const received: ReceivedWebhook[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers as Record<string, string>, body: Buffer.concat(chunks).toString("utf8") });
      const status = respond(received.length);
      response.writeHead(status, { "content-type": "text/plain" }).end(status < 300 ? "ok" : `failing with ${status}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks`, port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
