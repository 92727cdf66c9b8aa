import { describe, expect, it, vi } from "vitest";
import { downloadErrorResponse } from "@/lib/dataroom/download-error-response";
import { AppError } from "@/lib/errors/app-error";

const url = "https://app.example/api/dataroom/documents/7b0c/download";
const missing = new AppError("NOT_FOUND", "The file <b>is</b> missing from storage.");

describe("downloadErrorResponse", () => {
  it("answers a browser navigation with a readable HTML page and a way back to where it came from", async () => {
    const request = new Request(url, { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8", referer: "https://app.example/dataroom/p1?folder=f1" } });
    const response = downloadErrorResponse(request, missing, "/dataroom");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toContain("<h1>File not available</h1>");
    expect(html).toContain("The file &#60;b&#62;is&#60;/b&#62; missing from storage.");
    expect(html).toContain('<a href="/dataroom/p1?folder=f1">Go back</a>');
    expect(html).not.toContain('"code"');
  });

  it("never links back to another site, falling back to the given page or to no link", async () => {
    const foreign = { accept: "text/html", referer: "https://evil.example/phish" };
    expect(await downloadErrorResponse(new Request(url, { headers: foreign }), missing, "/dataroom").text()).toContain('<a href="/dataroom">Go back</a>');
    expect(await downloadErrorResponse(new Request(url, { headers: foreign }), missing, null).text()).not.toContain("<a ");
  });

  it("keeps the JSON error for API clients and fetches", async () => {
    const response = downloadErrorResponse(new Request(url, { headers: { accept: "*/*" } }), missing, "/dataroom");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "The file <b>is</b> missing from storage." } });
  });

  it("shows the generic message, not the internals, for an unexpected error", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = downloadErrorResponse(new Request(url, { headers: { accept: "text/html" } }), new Error("S3 socket hang up"), null);
    expect(response.status).toBe(500);
    const html = await response.text();
    expect(html).not.toContain("socket");
    expect(html).toContain("Something went wrong on our side");
  });
});
