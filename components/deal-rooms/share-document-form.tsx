"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { shareRoomDocumentAction } from "@/lib/deal-rooms/actions";

type Shareable = { id: string; name: string; version: number; classification: string | null };

/** Shares one of the project's PUBLIC or CONFIDENTIAL documents; RESTRICTED ones are not offered (and refused). */
export function ShareDocumentForm({ roomId, documents }: { roomId: string; documents: Shareable[] }) {
  const router = useRouter();
  const [documentId, setDocumentId] = useState(documents[0]?.id ?? "");
  const { execute, result, isPending } = useAction(shareRoomDocumentAction, { onSuccess: () => router.refresh() });
  if (documents.length === 0) return <p className="text-sm text-muted-foreground">Every PUBLIC and CONFIDENTIAL document of the project is shared.</p>;
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ roomId, documentId });
      }}
    >
      {result.serverError ? (
        <Alert variant="danger" title="Not shared" className="w-full">
          {result.serverError.message}
        </Alert>
      ) : null}
      <Field label="Document" className="min-w-64 flex-1">
        <NativeSelect value={documentId} onChange={(event) => setDocumentId(event.target.value)}>
          {documents.map((document) => (
            <option key={document.id} value={document.id}>
              {document.name} (v{document.version}, {document.classification ?? "unclassified"})
            </option>
          ))}
        </NativeSelect>
      </Field>
      <Button type="submit" size="sm" disabled={isPending}>
        {isPending ? "Sharing…" : "Share"}
      </Button>
    </form>
  );
}
