"use client";

import { LoaderCircle, RotateCw } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ProjectFormOptions } from "@/lib/projects/project-form-options";
import type { UserError } from "@/lib/errors/to-user-error";
import { BasicsFields } from "./basics-fields";
import { CoverImageField, type CoverChoice } from "./cover-image-field";
import type { FieldErrors } from "./field-errors";
import { FinanceFields } from "./finance-fields";
import { LocationFields } from "./location-fields";
import type { ProjectFormValues } from "./project-form-values";
import { TechnologyFields } from "./technology-fields";

type Props = {
  mode: "create" | "edit";
  values: ProjectFormValues;
  options: ProjectFormOptions;
  errors: FieldErrors;
  serverError?: UserError;
  pending: boolean;
  cancelHref: string;
  onSubmit: (form: HTMLFormElement, cover: CoverChoice) => void;
};

/**
 * Every column of a project, in sections. Presentational: the create and edit wrappers own the
 * action; this shows its field errors next to the inputs and its other errors above them.
 */
export function ProjectForm({ mode, values, options, errors, serverError, pending, cancelHref, onSubmit }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [projectType, setProjectType] = useState(values.projectType);
  const [cover, setCover] = useState<CoverChoice>({ file: null, removed: false });
  const errorCount = Object.values(errors).filter(Boolean).length;

  // After a failed save, take the person to what needs fixing: the first invalid field, or the message.
  useEffect(() => {
    if (pending) return;
    const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']");
    if (invalid) invalid.focus();
    else if (serverError) alertRef.current?.scrollIntoView({ block: "center" });
  }, [errors, serverError, pending]);

  const stale = serverError?.code === "STALE_WRITE";
  return (
    <form
      ref={formRef}
      noValidate
      className="grid gap-10"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(event.currentTarget, cover);
      }}
    >
      {serverError || errorCount > 0 ? (
        <div ref={alertRef}>
          {serverError ? (
            <Alert variant={stale ? "warning" : "danger"} title={stale ? "This project changed while you were editing" : "The project was not saved"}>
              <p>{serverError.message}</p>
              {stale ? (
                <Button variant="outline" size="sm" className="mt-2" onClick={() => window.location.reload()}>
                  <RotateCw aria-hidden /> Reload the latest version
                </Button>
              ) : null}
            </Alert>
          ) : (
            <Alert variant="danger" title="The project was not saved">
              {errorCount === 1 ? "One field needs attention." : `${errorCount} fields need attention.`} Each is marked below.
            </Alert>
          )}
        </div>
      ) : null}

      <BasicsFields values={values} errors={errors} followName={mode === "create"} projectType={projectType} onProjectTypeChange={setProjectType} />
      <LocationFields values={values} errors={errors} countries={options.countries} />
      <TechnologyFields key={projectType} projectType={projectType} defaults={projectType === values.projectType ? values.technologyDetails : {}} errors={errors} />
      <FinanceFields values={values} errors={errors} currencies={options.currencies} />
      <CoverImageField currentUrl={values.coverImageUrl} error={errors.coverImage} onChange={setCover} />

      <div className="sticky bottom-0 z-10 -mx-4 flex items-center justify-end gap-3 border-t border-border bg-background/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6 lg:-mx-8 lg:px-8">
        <Button variant="ghost" asChild>
          <Link href={cancelHref}>Cancel</Link>
        </Button>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
          {mode === "create" ? (pending ? "Creating…" : "Create project") : pending ? "Saving…" : "Save changes"}
        </Button>
      </div>
    </form>
  );
}
