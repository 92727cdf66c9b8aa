import { expect, test, type Page } from "@playwright/test";
import { pdfText } from "./pdf-fixtures";
import { DEMO, signInAs } from "./support";

/** Letters and digits only: pdfjs's text layer and the extracted text space words differently. */
const squash = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();

/** Every document of a room, gathered folder by folder through the folder tree. */
async function roomDocuments(page: Page, roomName: RegExp): Promise<{ name: string; href: string }[]> {
  await page.goto("/dataroom");
  await page.getByRole("main").getByRole("link", { name: roomName }).first().click();
  const tree = page.getByRole("tree", { name: "Folder tree" });
  await expect(tree).toBeVisible();
  // Subfolders show once their parent is expanded.
  for (let expand = tree.getByRole("button", { name: /^Expand / }); await expand.count(); ) await expand.first().click();
  const folders = await Promise.all((await tree.getByRole("link").all()).map((link) => link.getAttribute("href")));
  const found = new Map<string, string>();
  for (const folder of folders) {
    await page.goto(folder!);
    for (const link of await page.getByRole("main").locator('a[href*="/documents/"]').all()) {
      const href = (await link.getAttribute("href"))!;
      if (/\/documents\/[0-9a-f-]{36}$/.test(href)) found.set(href, (await link.innerText()).trim());
    }
  }
  return [...found].map(([href, name]) => ({ href, name }));
}

/** What the demo seed puts in each room (other tests add files of their own alongside). */
const SEEDED = {
  turkana: [
    "Turkana Solar Park - Financial Model.xlsx",
    "Kenya Power PPA - Term Sheet.pdf",
    "P50-P90 Energy Yield Assessment.pdf",
    "Environmental & Social Impact Assessment (NEMA approved).pdf",
    "Land Lease Agreement - Turkana County Government.pdf",
    "Grid Connection Agreement - KETRACO Lodwar.pdf",
    "Management Team CVs.pdf",
    "Construction All Risks - Broker Indication.pdf",
  ],
  fund: ["Q3 2026 Quarterly Investor Report.pdf", "Fund I - ESG Monitoring Plan 2026.docx"],
};

test.describe("seeded demo documents", () => {
  test("every Turkana and Fund I document opens in the viewer with its text, and downloads as the file it is", async ({ page }) => {
    test.setTimeout(240_000);
    for (const [email, room, names] of [
      [DEMO.allyAdmin, /Turkana Solar Park/, SEEDED.turkana],
      [DEMO.investorAnalyst, /Fund I/, SEEDED.fund],
    ] as const) {
      await page.context().clearCookies();
      await signInAs(page, email);
      const documents = (await roomDocuments(page, room)).filter((d) => (names as readonly string[]).includes(d.name));
      expect([...new Set(documents.map((d) => d.name))].sort(), `${room}`).toEqual([...names].sort());
      for (const { href, name } of documents) {
        await page.goto(href);
        const documentId = href.split("/").at(-1)!;
        if (/\.pdf$/i.test(name)) {
          await expect(page.locator('[data-testid="pdf-text-layer"][data-page="1"] span').first(), name).toBeAttached({ timeout: 20_000 });
          await expect(page.getByText("This PDF could not be displayed")).toHaveCount(0);
        } else {
          await expect(page.getByText("No text in this file")).toHaveCount(0);
          await expect(page.locator("main pre").first(), name).not.toBeEmpty();
        }
        const download = await page.request.get(`/api/dataroom/documents/${documentId}/download`);
        expect(download.status(), name).toBe(200);
        const bytes = Buffer.from(await download.body());
        const magic = bytes.subarray(0, 4).toString("latin1");
        expect(magic, name).toBe(/\.pdf$/i.test(name) ? "%PDF" : "PK\u0003\u0004");
        if (/\.pdf$/i.test(name)) expect((await pdfText(bytes)).length, name).toBeGreaterThan(40);
      }
    }
  });

  test("each Signal Score citation opens the page whose rendered text holds the quoted passage", async ({ page }) => {
    test.setTimeout(180_000);
    await signInAs(page, DEMO.allyManager);
    await page.goto("/projects");
    await page.getByRole("main").getByRole("link", { name: "Turkana Solar Park" }).first().click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    const scorePath = `${new URL(page.url()).pathname}/signal-score`;
    await page.goto(scorePath);
    const sources = page.getByRole("list", { name: "Sources" }).first().getByRole("listitem");
    const cited: { href: string; excerpt: string; page: number }[] = [];
    for (const source of await sources.all()) {
      const link = source.getByTestId("citation-link");
      if (!(await link.count())) continue;
      const href = (await link.getAttribute("href"))!;
      if (!/\.pdf/i.test(await link.innerText())) continue;
      cited.push({ href, excerpt: (await source.locator("blockquote").innerText()).trim(), page: Number(/page=(\d+)/.exec(href)?.[1] ?? 1) });
    }
    expect(cited.length).toBeGreaterThanOrEqual(3);
    // Evidence beyond page 1 is the case that used to open on page 1.
    expect(cited.some((c) => c.page > 1)).toBe(true);
    for (const citation of cited) {
      await page.goto(citation.href);
      const layer = page.locator(`[data-testid="pdf-text-layer"][data-page="${citation.page}"]`);
      await expect(layer.locator("span").first()).toBeAttached({ timeout: 20_000 });
      expect(squash(await layer.innerText()), `${citation.href}: ${citation.excerpt}`).toContain(squash(citation.excerpt).slice(0, 60));
    }
  });

  test("a seeded PDF can be scanned for personal data: its extracted text reaches redaction", async ({ page }) => {
    await signInAs(page, DEMO.allyAdmin);
    const documents = await roomDocuments(page, /Turkana Solar Park/);
    const cvs = documents.find((d) => d.name === "Management Team CVs.pdf");
    expect(cvs).toBeDefined();
    await page.goto(cvs!.href);
    await page.getByRole("link", { name: "Redact personal data" }).click();
    await page.getByRole("button", { name: "Scan for personal data" }).click();
    await expect(page.getByText("This PDF has no extracted text to analyse")).toHaveCount(0);
    const detections = page.getByTestId("detection-row");
    await expect(detections.filter({ hasText: "amara.okafor@helios-renewables.example" })).toHaveCount(1, { timeout: 30_000 });
    await expect(detections.filter({ hasText: "+254 720 555 014" })).toHaveCount(1);
  });
});
