import { z } from "zod";
import { dataroomAccess } from "@/lib/dataroom/access";
import { getDocumentOrThrow } from "@/lib/dataroom/get-document-or-throw";
import { db } from "@/lib/db/client";
import { documentPageHref } from "./document-page-href";
import { defineTool } from "./tool-definition";

const inputSchema = z.object({
  documentId: z.uuid().describe("The document's id, from searchDataRoom."),
  page: z.coerce.number().int().min(1).max(10_000).default(1).describe("The page to read, from 1."),
});

const PAGE_TEXT_MAX_CHARS = 6_000;

/**
 * One page of a document's extracted text, through getDocumentOrThrow (org, not deleted, a
 * classification the role may see: anything else is the viewer's 404). The text is what the
 * search indexed, page by page.
 */
export const readDocumentPageTool = defineTool({
  name: "readDocumentPage",
  description: "Read the text of one page of a data room document the user may see.",
  inputSchema,
  rules: [dataroomAccess.read],
  async run({ actor, cite }, { documentId, page }) {
    const document = await getDocumentOrThrow(actor, documentId);
    const chunks = await db.documentSearchChunk.findMany({
      where: { documentId: document.id, orgId: actor.org.id, extraction: { status: "COMPLETED" } },
      orderBy: { chunkIndex: "asc" },
      select: { pageTo: true, passages: { where: { pageNumber: page }, orderBy: { passageIndex: "asc" }, select: { content: true } } },
    });
    const pageCount = chunks.reduce((max, c) => Math.max(max, c.pageTo), 0);
    const text = chunks
      .flatMap((c) => c.passages.map((p) => p.content))
      .join("\n")
      .slice(0, PAGE_TEXT_MAX_CHARS);
    const citation = cite({
      kind: "document-page",
      title: `${document.name}, page ${page}`,
      href: documentPageHref(document.id, page),
      snippet: text.slice(0, 300) || null,
    });
    return {
      available: true,
      data: {
        documentId: document.id,
        name: document.name,
        page,
        pageCount,
        text: text || (page > pageCount ? `The document has ${pageCount} pages.` : "No text on this page."),
        citation: citation.n,
      },
      citations: [citation],
    };
  },
});
