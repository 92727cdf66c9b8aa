"use client";

import { CircleCheck, CircleX, CloudUpload, Copy } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { NativeSelect } from "@/components/ui/native-select";
import type { RoomRef } from "@/lib/dataroom/rooms/room-ref";
import { describeUploadLimit, formatBytes, type UploadLimit } from "@/lib/dataroom/upload-limits";
import { cn } from "@/lib/utils/cn";
import { CLASSIFICATION_OPTIONS } from "./document-badges";
import { uploadFile, type UploadOutcome } from "./upload-file";

type Item = { key: string; name: string; size: number; progress: number; outcome: UploadOutcome | null };

const ACCEPT = ".pdf,.docx,.xlsx,.pptx,.csv,.txt,.png,.jpg,.jpeg";

type UploadDropzoneProps = {
  /** Where new files go; a new version goes where its document is, so it needs none. */
  room?: RoomRef;
  folderId: string | null;
  limit: UploadLimit;
  /** The classifications this role may file under (no higher than its own clearance). */
  classifications: string[];
  /** Set for "upload a new version": one file, which joins that document's chain. */
  parentDocumentId?: string;
  onDone?: () => void;
};

/** Drop or pick many files; each uploads on its own with a progress bar and its own outcome. */
export function UploadDropzone({ room, folderId, limit, classifications, parentDocumentId, onDone }: UploadDropzoneProps) {
  const router = useRouter();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const [items, setItems] = useState<Item[]>([]);
  const [classification, setClassification] = useState("");
  const [watermark, setWatermark] = useState(false);
  const update = (key: string, patch: Partial<Item>) => setItems((all) => all.map((i) => (i.key === key ? { ...i, ...patch } : i)));

  async function start(files: File[]) {
    const batch = (parentDocumentId ? files.slice(0, 1) : files).map((file) => ({
      file,
      item: { key: `${file.name}-${crypto.randomUUID()}`, name: file.name, size: file.size, progress: 0, outcome: null },
    }));
    setItems((all) => [...batch.map((b) => b.item), ...all]);
    const query = parentDocumentId
      ? { parentDocumentId }
      : {
          [room?.kind === "portfolio" ? "portfolioId" : "projectId"]: room?.id,
          folderId: folderId ?? undefined,
          classification: classification || undefined,
          watermark: watermark ? "true" : undefined,
        };
    await Promise.all(
      batch.map(async ({ file, item }) => {
        const outcome: UploadOutcome =
          file.size > limit.bytes
            ? { kind: "failed", message: `${formatBytes(file.size)} is over the limit: up to ${describeUploadLimit(limit)}.` }
            : await uploadFile(file, query, (progress) => update(item.key, { progress }));
        update(item.key, { outcome, progress: 1 });
      }),
    );
    router.refresh();
    onDone?.();
  }

  return (
    <div className="grid gap-3">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target only; the "choose files" label inside it opens the file input from the keyboard */}
      <div
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes("Files")) return;
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          if (!e.dataTransfer.types.includes("Files")) return;
          e.preventDefault();
          setDragging(false);
          void start([...e.dataTransfer.files]);
        }}
        className={cn(
          "flex flex-col items-center gap-2 rounded-lg border-2 border-dashed px-4 py-6 text-center transition-colors",
          dragging ? "border-brand-500 bg-brand-50" : "border-border bg-surface",
        )}
      >
        <CloudUpload aria-hidden className="size-7 text-brand-600" />
        <p className="text-sm">
          <span className="font-medium">Drop {parentDocumentId ? "the new version" : "files"} here</span> or{" "}
          <label htmlFor={inputId} className="cursor-pointer font-medium text-primary underline-offset-4 hover:underline focus-within:underline">
            choose {parentDocumentId ? "a file" : "files"}
          </label>
        </p>
        <p className="text-xs text-muted-foreground">PDF, Word, Excel, PowerPoint, CSV, text or images · up to {describeUploadLimit(limit)}</p>
        <input
          id={inputId}
          type="file"
          multiple={!parentDocumentId}
          accept={ACCEPT}
          className="sr-only"
          onChange={(e) => {
            void start([...(e.target.files ?? [])]);
            e.target.value = "";
          }}
        />
      </div>
      {parentDocumentId ? null : (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <label className="flex items-center gap-2">
            <span className="text-muted-foreground">Classification</span>
            <NativeSelect value={classification} onChange={(e) => setClassification(e.target.value)} className="h-8 w-40">
              <option value="">Unclassified</option>
              {CLASSIFICATION_OPTIONS.filter((o) => classifications.includes(o.value)).map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </NativeSelect>
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" className="size-4 accent-primary" checked={watermark} onChange={(e) => setWatermark(e.target.checked)} />
            Watermark PDF downloads
          </label>
        </div>
      )}
      {items.length ? (
        <ul aria-label="Uploads" className="grid gap-2">
          {items.map((item) => (
            <UploadRow key={item.key} item={item} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function UploadRow({ item }: { item: Item }) {
  const outcome = item.outcome;
  return (
    <li className="grid gap-1 rounded-md border border-border bg-surface px-3 py-2 text-sm">
      <div className="flex items-center justify-between gap-3">
        <span className="truncate font-medium">{item.name}</span>
        <span className="shrink-0 text-xs text-muted-foreground">{formatBytes(item.size)}</span>
      </div>
      {outcome === null ? (
        <div
          role="progressbar"
          aria-label={`Uploading ${item.name}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(item.progress * 100)}
          className="h-1.5 overflow-hidden rounded-full bg-muted"
        >
          <div className="h-full bg-primary transition-[width]" style={{ width: `${Math.round(item.progress * 100)}%` }} />
        </div>
      ) : outcome.kind === "uploaded" ? (
        <p className="flex items-center gap-1.5 text-success">
          <CircleCheck aria-hidden className="size-4" /> Uploaded · processing
        </p>
      ) : outcome.kind === "duplicate" ? (
        <p className="flex items-start gap-1.5 text-warning" role="alert">
          <Copy aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span>
            {outcome.message}{" "}
            <a className="font-medium underline" href={`/api/dataroom/documents/${outcome.existing.id}/download`}>
              Open the existing file
            </a>
          </span>
        </p>
      ) : (
        <p className="flex items-start gap-1.5 text-danger" role="alert">
          <CircleX aria-hidden className="mt-0.5 size-4 shrink-0" /> {outcome.message}
        </p>
      )}
    </li>
  );
}
