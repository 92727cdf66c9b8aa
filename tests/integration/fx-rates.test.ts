import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshFxRatesJob } from "@/inngest/functions/matching/refresh-fx-rates";
import { convertAmount } from "@/lib/fx/convert-amount";
import { importFxRates } from "@/lib/fx/import-fx-rates";
import { loadFxTable } from "@/lib/fx/load-fx-table";
import { refreshEcbRates } from "@/lib/fx/refresh-ecb-rates";
import { db } from "../support/test-db";

/**
 * fx_rates is platform-wide and shared by every test file, so these tests use made-up currency
 * codes (XR.) that nothing else converts, and dates of their own.
 */
const rates = (currency: string) => db.fxRate.findMany({ where: { currency }, orderBy: { rateDate: "asc" } });

describe("stored rates", () => {
  it("imports rates once: a second import of the same days adds nothing and keeps the stored rate", async () => {
    expect(await importFxRates(db, [{ rateDate: "2026-06-01", currency: "XRA", rate: "1.5" }])).toBe(1);
    expect(
      await importFxRates(db, [
        { rateDate: "2026-06-01", currency: "XRA", rate: "9.9" },
        { rateDate: "2026-06-02", currency: "XRA", rate: "1.6" },
      ]),
    ).toBe(1);
    const stored = await rates("XRA");
    expect(stored.map((r) => [r.rateDate.toISOString().slice(0, 10), r.rate.toFixed(8), r.base, r.source])).toEqual([
      ["2026-06-01", "1.50000000", "EUR", "ECB"],
      ["2026-06-02", "1.60000000", "EUR", "ECB"],
    ]);
  });

  it("loads the latest rate on or before the day: a Monday gets Friday's, a stale one comes with its date", async () => {
    await importFxRates(db, [
      { rateDate: "2026-07-02", currency: "XRB", rate: "3.0" },
      { rateDate: "2026-07-03", currency: "XRB", rate: "3.1" },
      { rateDate: "2026-07-09", currency: "XRB", rate: "3.2" },
      { rateDate: "2026-05-29", currency: "XRC", rate: "7.0" },
    ]);
    const monday = await loadFxTable(db, new Date("2026-07-06T15:00:00Z"), ["XRB", "XRC", "XRD", "EUR"]);
    expect(monday.onDate).toBe("2026-07-06");
    expect(Object.fromEntries(monday.quotes)).toEqual({
      XRB: { rate: "3.10000000", rateDate: "2026-07-03", source: "ECB" },
      XRC: { rate: "7.00000000", rateDate: "2026-05-29", source: "ECB" },
    });
  });

  it("converts an amount exactly at the rate in force, or names the missing rate", async () => {
    await importFxRates(db, [
      { rateDate: "2026-08-14", currency: "XRE", rate: "1.1684" },
      { rateDate: "2026-08-14", currency: "XRF", rate: "0.87058" },
      { rateDate: "2026-08-01", currency: "XRG", rate: "2.0" },
    ]);
    const sunday = new Date("2026-08-16T10:00:00Z");
    expect(await convertAmount("1000000.0001", "XRF", "XRE", sunday)).toEqual({ amount: "1342093.7767", rate: "1.34209378", rateDate: "2026-08-14", source: "ECB" });
    expect(await convertAmount("41500000", "XRE", "EUR", sunday)).toEqual({ amount: "35518657.9938", rate: "0.85587128", rateDate: "2026-08-14", source: "ECB" });
    expect(await convertAmount("10", "XRE", "XRE", sunday)).toEqual({ amount: "10.0000", rate: "1.00000000", rateDate: "2026-08-16", source: "identity" });
    expect(await convertAmount("10", "XRG", "XRE", sunday)).toEqual({ missing: "No ECB rate for XRG within 7 days before 2026-08-16 (the latest is from 2026-08-01)" });
    expect(await convertAmount("10", "XRE", "XRH", sunday)).toEqual({ missing: "No ECB rate for XRH on or before 2026-08-16" });
  });
});

describe("refreshing from the ECB feed (a loopback fake of eurofxref-daily.xml)", () => {
  let server: Server;
  let reply: { status: number; body: string } = { status: 200, body: "" };
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? "");
      response.writeHead(reply.status, { "content-type": "text/xml" }).end(reply.body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    process.env.ECB_RATES_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/stats/eurofxref/eurofxref-daily.xml`;
  });

  afterAll(async () => {
    delete process.env.ECB_RATES_URL;
    await new Promise((resolve) => server.close(resolve));
  });

  const feed = (day: string, cubes: string) => `<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
  <gesmes:subject>Reference rates</gesmes:subject>
  <gesmes:Sender><gesmes:name>European Central Bank</gesmes:name></gesmes:Sender>
  <Cube><Cube time='${day}'>${cubes}</Cube></Cube>
</gesmes:Envelope>`;

  it("stores the day's rates from ECB_RATES_URL through the daily job, and a second run stores nothing new", async () => {
    reply = { status: 200, body: feed("2026-09-04", "<Cube currency='XRJ' rate='1.1684'/><Cube currency='XRK' rate='186.75'/>") };
    const step = { run: <T>(_id: string, work: () => Promise<T>) => work() };
    const first = await refreshFxRatesJob.handler({ step, event: { id: "e1", name: "cron", data: {} }, attempt: 1, progress: async () => {} });
    expect(first).toMatchObject({ rates: 2, inserted: 2, latest: "2026-09-04" });
    expect(requests.at(-1)).toBe("/stats/eurofxref/eurofxref-daily.xml");
    expect((await rates("XRK")).map((r) => r.rate.toFixed(2))).toEqual(["186.75"]);
    expect(await refreshEcbRates()).toMatchObject({ rates: 2, inserted: 0 });
  });

  it("fails with the reason when the feed answers an error or holds no rates, storing nothing", async () => {
    reply = { status: 503, body: "maintenance" };
    await expect(refreshEcbRates()).rejects.toThrow(/answered HTTP 503/);
    reply = { status: 200, body: "<html>Service unavailable</html>" };
    await expect(refreshEcbRates()).rejects.toThrow(/held no rates/);
    // Offline, as on a machine without internet: the cause is named, not just "fetch failed".
    await expect(refreshEcbRates("http://127.0.0.1:59999/eurofxref-daily.xml")).rejects.toThrow(
      /The ECB rates feed at http:\/\/127\.0\.0\.1:59999\/eurofxref-daily\.xml could not be reached \(.*ECONNREFUSED.*\); the rates stay as they were\./,
    );
  });
});
