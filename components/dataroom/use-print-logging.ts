"use client";

import { useAction } from "next-safe-action/hooks";
import { useEffect, useRef } from "react";
import { recordPrintAction } from "@/lib/dataroom/actions";

/**
 * Every print is logged (PRINTED): the Print button logs, then opens the print dialog; a print the
 * browser starts itself (Ctrl+P, the menu) is caught by `beforeprint`. The button's own print also
 * fires `beforeprint`, which is skipped so one print is one row.
 */
export function usePrintLogging(documentId: string, page: number) {
  const { execute, executeAsync, isPending } = useAction(recordPrintAction);
  const fromButton = useRef(false);
  const currentPage = useRef(page);

  useEffect(() => {
    currentPage.current = page;
  }, [page]);

  useEffect(() => {
    const before = () => {
      if (!fromButton.current) execute({ documentId, page: currentPage.current, via: "browser" });
    };
    const after = () => {
      fromButton.current = false;
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, [documentId, execute]);

  async function print() {
    fromButton.current = true;
    // Logged first: a print that cannot be recorded does not happen.
    const result = await executeAsync({ documentId, page: currentPage.current, via: "button" });
    if (result?.serverError || result?.validationErrors) {
      fromButton.current = false;
      return;
    }
    window.print();
  }

  return { print, isPending };
}
