import { notFound, redirect } from "next/navigation";
import { requireTenantPage } from "@/lib/auth/get-tenant-context";
import { getDocumentOrThrow } from "@/lib/dataroom/get-document-or-throw";
import { documentHref, roomOfDocument } from "@/lib/dataroom/rooms/room-ref";
import { orNotFound } from "@/lib/errors/or-not-found";

type PageProps = { params: Promise<{ documentId: string }>; searchParams: Promise<{ page?: string }> };

/**
 * Citations name a document and a page, not its data room: this resolves the document within the
 * tenant (404 otherwise) and opens it in its room's viewer at that page.
 */
export default async function DocumentLinkPage({ params, searchParams }: PageProps) {
  const tenant = await requireTenantPage();
  const { documentId } = await params;
  const document = await orNotFound(getDocumentOrThrow(tenant, documentId));
  const room = roomOfDocument(document);
  if (!room) notFound();
  const page = Number((await searchParams).page);
  redirect(`${documentHref(room, document.id)}${page > 0 ? `?page=${Math.floor(page)}` : ""}`);
}
