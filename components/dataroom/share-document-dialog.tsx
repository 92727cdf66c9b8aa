"use client";

import { Share2 } from "lucide-react";
import dynamic from "next/dynamic";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { DocumentClassification } from "@/lib/db/generated/client";
import { isShareable, NOT_SHAREABLE_MESSAGE } from "@/lib/dataroom/share/share-rules";

// The dialog (Radix dialog, the form, the share action's client) is needed once "Share" is
// clicked: it loads then, not with the document viewer.
const ShareDocumentDialog = dynamic(() => import("./share-document-form-dialog").then((dialog) => dialog.ShareDocumentDialog), { ssr: false });

type ShareDocumentButtonProps = { documentId: string; documentName: string; classification: DocumentClassification | null };

/**
 * "Share": an expiring link to this exact version for someone outside the platform. The server
 * refuses restricted documents regardless; the button only says so up front.
 */
export function ShareDocumentButton({ documentId, documentName, classification }: ShareDocumentButtonProps) {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const reasonId = useId();

  if (!isShareable(classification)) {
    return (
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a disabled button gets no pointer events or focus, so the reason hangs on a focusable wrapper
      <span tabIndex={0} aria-describedby={reasonId} className="group relative inline-flex rounded-md focus-visible:outline-2 focus-visible:outline-ring">
        <Button variant="outline" disabled>
          <Share2 aria-hidden /> Share
        </Button>
        {/* A CSS tooltip: shown on hover and focus without Radix's tooltip and popper (~20 KB gzip) in the viewer's first load. */}
        <span
          id={reasonId}
          role="tooltip"
          className="pointer-events-none invisible absolute top-full right-0 z-50 mt-1.5 w-64 rounded-md bg-foreground px-2.5 py-1.5 text-xs text-white shadow-pop group-hover:visible group-focus-visible:visible"
        >
          {NOT_SHAREABLE_MESSAGE}
        </span>
      </span>
    );
  }

  return (
    <>
      <Button
        variant="outline"
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
      >
        <Share2 aria-hidden /> Share
      </Button>
      {wanted ? <ShareDocumentDialog documentId={documentId} documentName={documentName} open={open} onOpenChange={setOpen} /> : null}
    </>
  );
}
