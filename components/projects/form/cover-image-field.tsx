"use client";

import { ImageIcon, Trash2, Upload } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, useFieldControl } from "@/components/ui/field";
import { COVER_IMAGE_MAX_BYTES } from "@/lib/projects/project-options";
import { FormSection } from "./form-section";

const ACCEPTED = ["image/png", "image/jpeg", "image/webp"];

export type CoverChoice = { file: File | null; removed: boolean };

type Props = { currentUrl: string | null; error?: string[]; onChange: (choice: CoverChoice) => void };

/**
 * Picks the cover: a preview straight away, and the obvious mistakes (too big, not an image)
 * caught before anything is sent. The server checks again, by the file's content.
 */
export function CoverImageField({ currentUrl, error, onChange }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [removed, setRemoved] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);

  useEffect(() => {
    const url = file ? URL.createObjectURL(file) : null;
    setPreview(url);
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [file]);

  function choose(next: File | null) {
    setLocalError(null);
    if (next && next.size > COVER_IMAGE_MAX_BYTES) {
      setLocalError(`That image is ${(next.size / 1024 / 1024).toFixed(1)} MB: the cover must be 5 MB or smaller.`);
      return;
    }
    if (next && !ACCEPTED.includes(next.type)) {
      setLocalError("The cover must be a PNG, JPEG or WebP image.");
      return;
    }
    setFile(next);
    setRemoved(false);
    onChange({ file: next, removed: false });
  }

  function remove() {
    setFile(null);
    setLocalError(null);
    setRemoved(Boolean(currentUrl));
    onChange({ file: null, removed: Boolean(currentUrl) });
  }

  const shown = preview ?? (removed ? null : currentUrl);
  return (
    <FormSection title="Cover image" description="Shown on the project page and, once published, on the marketplace.">
      <Field label="Cover image" error={localError ?? error} hint="PNG, JPEG or WebP, up to 5 MB. A wide image (16:9) looks best.">
        <CoverPicker shown={shown} fileName={file?.name ?? null} onPick={choose} onRemove={shown ? remove : null} />
      </Field>
    </FormSection>
  );
}

type PickerProps = { shown: string | null; fileName: string | null; onPick: (file: File | null) => void; onRemove: (() => void) | null };

function CoverPicker({ shown, fileName, onPick, onRemove }: PickerProps) {
  const control = useFieldControl();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="grid gap-3 sm:grid-cols-[14rem_minmax(0,1fr)] sm:items-center">
      <div className="flex aspect-video items-center justify-center overflow-hidden rounded-md border border-dashed border-input bg-muted/60">
        {shown ? (
          // Served by our own org-checked route (or a local preview): next/image would refetch it without the session.
          <img src={shown} alt="Cover preview" className="size-full object-cover" />
        ) : (
          <ImageIcon aria-hidden className="size-8 text-muted-foreground/60" />
        )}
      </div>
      <div className="grid gap-2">
        <input
          ref={input}
          {...control}
          type="file"
          accept={ACCEPTED.join(",")}
          tabIndex={-1}
          className="sr-only"
          onChange={(event) => {
            onPick(event.target.files?.[0] ?? null);
            event.target.value = "";
          }}
        />
        <div className="flex flex-wrap gap-2">
          <Button variant="outline" size="sm" onClick={() => input.current?.click()} aria-describedby={control["aria-describedby"]}>
            <Upload aria-hidden /> {shown ? "Replace image" : "Choose image"}
          </Button>
          {onRemove ? (
            <Button variant="ghost" size="sm" onClick={onRemove}>
              <Trash2 aria-hidden /> Remove
            </Button>
          ) : null}
        </div>
        {fileName ? <p className="truncate text-xs text-muted-foreground">Selected: {fileName}</p> : null}
      </div>
    </div>
  );
}
