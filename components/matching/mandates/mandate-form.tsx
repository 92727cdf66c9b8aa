"use client";

import { LoaderCircle } from "lucide-react";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { FormSection } from "@/components/projects/form/form-section";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { UserError } from "@/lib/errors/to-user-error";
import type { ProjectFormOptions } from "@/lib/projects/project-form-options";
import type { MandateFieldErrors } from "./field-error";
import { MandateEsgFields } from "./mandate-esg-fields";
import { MandateFocusFields } from "./mandate-focus-fields";
import type { MandateFormValues } from "./mandate-form-values";
import { MandateTicketFields } from "./mandate-ticket-fields";
import { WeightsFields } from "./weights-fields";

type Props = {
  mode: "create" | "edit";
  values: MandateFormValues;
  options: ProjectFormOptions;
  errors: MandateFieldErrors;
  serverError?: UserError;
  pending: boolean;
  cancelHref: string;
  onSubmit: (form: HTMLFormElement) => void;
};

/**
 * Every field of a mandate, in sections. Presentational: the create and edit wrappers own the
 * action. Inputs keep what was typed after a refused save; each message sits next to its field.
 */
export function MandateForm({ mode, values, options, errors, serverError, pending, cancelHref, onSubmit }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const errorCount = Object.values(errors).filter((messages) => messages?.length).length;

  // After a refused save, take the person to what needs fixing: the first invalid field or group, or the message.
  useEffect(() => {
    if (pending) return;
    const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid='true'], [data-invalid='true']");
    const target = invalid?.matches("input, select, textarea") ? invalid : invalid?.querySelector<HTMLElement>("input:not([type='hidden']), select, textarea");
    if (target) target.focus();
    else if (serverError) alertRef.current?.scrollIntoView({ block: "center" });
  }, [errors, serverError, pending]);

  return (
    <form
      ref={formRef}
      noValidate
      className="grid gap-10"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(event.currentTarget);
      }}
    >
      {serverError || errorCount > 0 ? (
        <div ref={alertRef}>
          <Alert variant="danger" title="The mandate was not saved">
            {serverError
              ? serverError.message
              : `${errorCount === 1 ? "One field needs" : `${errorCount} fields need`} attention. Each is marked below; nothing was saved.`}
          </Alert>
        </div>
      ) : null}

      <FormSection title="Mandate" description="A name your team recognises, and what the mandate is for.">
        <Field label="Name" error={errors.name} required>
          <Input name="name" autoComplete="off" defaultValue={values.name} placeholder="e.g. East Africa Renewable Infrastructure" />
        </Field>
        <Field label="Description" error={errors.description}>
          <Textarea name="description" rows={3} defaultValue={values.description} placeholder="Instruments, stages and anything an ally should know." />
        </Field>
        <label className="flex cursor-pointer items-start gap-2 text-sm">
          <input type="checkbox" name="isDiscoverable" defaultChecked={values.isDiscoverable} className="mt-0.5 size-4 accent-primary" />
          <span>
            <span className="font-medium">Discoverable by project developers</span>
            <span className="block text-xs text-muted-foreground">
              Allies see a short profile (name, technologies, countries, ticket range) and may propose their projects to you.
            </span>
          </span>
        </label>
      </FormSection>
      <MandateFocusFields values={values} errors={errors} countries={options.countries} />
      <MandateTicketFields values={values} errors={errors} currencies={options.currencies} />
      <MandateEsgFields values={values} errors={errors} />
      <FormSection
        title="Dimension weights"
        description="How much each dimension counts towards a match's score, in points of 100. A project inside your sectors and countries earns their points in full."
      >
        <WeightsFields defaults={values.dimensionWeights} errors={errors} />
      </FormSection>

      <div className="sticky bottom-0 z-10 -mx-4 flex items-center justify-end gap-3 border-t border-border bg-background/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6 lg:-mx-8 lg:px-8">
        <Button variant="ghost" asChild>
          <Link href={cancelHref}>Cancel</Link>
        </Button>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
          {mode === "create" ? (pending ? "Creating…" : "Create mandate") : pending ? "Saving…" : "Save changes"}
        </Button>
      </div>
    </form>
  );
}
