import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => {}, push: () => {} }), usePathname: () => "/" }));
vi.mock("@/lib/deal-rooms/actions", () => ({
  acceptNdaAction: async () => undefined,
  openDealRoomAction: async () => undefined,
}));

const { MemberRoomDocuments } = await import("@/components/deal-rooms/member-room-documents");
const { NdaAcceptancesTable } = await import("@/components/deal-rooms/nda-acceptances-table");
const { NdaGateForm } = await import("@/components/deal-rooms/nda-gate-form");
const { OpenRoomForm } = await import("@/components/deal-rooms/open-room-form");

/** The markup without the comments React puts between adjacent text nodes ("v<!-- -->3"). */
const render = (element: Parameters<typeof renderToString>[0]) => renderToString(element).replaceAll("<!-- -->", "");
const ROOM = "11111111-1111-4111-8111-111111111111";
const document = {
  id: "22222222-2222-4222-8222-222222222222",
  name: "Model.xlsx",
  fileType: "xlsx",
  fileSizeBytes: 10,
  version: 3,
  updatedAt: "2026-11-12T10:00:00.000Z",
  isFinancial: true,
};

describe("deal room components", () => {
  it("links each document to the room's viewer always, and its file through the room route only with the download permission", () => {
    const viewOnly = render(createElement(MemberRoomDocuments, { roomId: ROOM, documents: [document], canDownload: false }));
    expect(viewOnly).toContain(`href="/deal-rooms/${ROOM}/documents/${document.id}"`);
    expect(viewOnly).not.toContain(`/api/deal-rooms/${ROOM}/documents/${document.id}"`);
    expect(viewOnly).toContain("Financial");
    expect(viewOnly).toContain("v3");
    const downloader = render(createElement(MemberRoomDocuments, { roomId: ROOM, documents: [document], canDownload: true }));
    expect(downloader).toContain(`/api/deal-rooms/${ROOM}/documents/${document.id}"`);
  });

  it("shows the NDA text, its hash and the name field; the acceptances with IP and hash, marking earlier versions", () => {
    const gate = render(createElement(NdaGateForm, { roomId: ROOM, text: "Keep it <b>secret</b>.", sha256: "a".repeat(64) }));
    expect(gate).toContain("Keep it &lt;b&gt;secret&lt;/b&gt;.");
    expect(gate).toContain("a".repeat(64));
    expect(gate).toContain("Your full name");
    const acceptances = [
      {
        id: "1",
        userName: "Priya Nair",
        orgName: "Northwind",
        typedName: "Priya Nair",
        ip: "81.2.69.160",
        ndaSha256: "b".repeat(64),
        current: true,
        acceptedAt: "2026-10-02T15:00:00.000Z",
      },
      {
        id: "2",
        userName: "James Whitfield",
        orgName: "Northwind",
        typedName: "James W",
        ip: null,
        ndaSha256: "c".repeat(64),
        current: false,
        acceptedAt: "2026-09-01T09:30:00.000Z",
      },
    ];
    const table = render(createElement(NdaAcceptancesTable, { acceptances }));
    for (const text of ["81.2.69.160", "b".repeat(64), "2026-10-02 15:00", "Current", "Earlier version", "Unknown", "James W"]) expect(table).toContain(text);
  });

  it("offers only connected investors when opening a room, and says what to do when there is none", () => {
    const investors = [
      { id: "i1", name: "Northwind", connectedOnProject: true },
      { id: "i2", name: "Baltic", connectedOnProject: false },
    ];
    const form = render(createElement(OpenRoomForm, { projectId: ROOM, projectName: "Turkana", investors }));
    expect(form).toContain("Northwind (connected on this project)");
    expect(form).toContain("Baltic (connected on another project)");
    expect(render(createElement(OpenRoomForm, { projectId: ROOM, projectName: "Turkana", investors: [] }))).toContain("Connect with an investor");
  });
});
