"use client";

import { useState } from "react";
import { projectTypeLabel } from "@/lib/projects/project-type-label";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import { PROJECT_STAGES, PROJECT_TYPES, PUBLISH_MIN_DESCRIPTION } from "@/lib/projects/project-options";
import { slugify } from "@/lib/utils/slugify";
import { FormSection } from "./form-section";
import type { FieldErrors } from "./field-errors";
import type { ProjectFormValues } from "./project-form-values";

const titleCase = (value: string) => value.charAt(0) + value.slice(1).toLowerCase();

type Props = {
  values: ProjectFormValues;
  errors: FieldErrors;
  /** New projects follow the name until the slug is edited by hand; existing ones keep theirs. */
  followName: boolean;
  projectType: string;
  onProjectTypeChange: (type: string) => void;
};

export function BasicsFields({ values, errors, followName, projectType, onProjectTypeChange }: Props) {
  const [slug, setSlug] = useState(values.slug);
  const [slugEdited, setSlugEdited] = useState(!followName);
  const [descriptionLength, setDescriptionLength] = useState(values.description.trim().length);
  const short = PUBLISH_MIN_DESCRIPTION - descriptionLength;

  return (
    <FormSection title="Basics" description="What the project is called, what it is and how far along it is.">
      <Field label="Project name" error={errors.name} required>
        <Input
          name="name"
          autoComplete="off"
          placeholder="e.g. Turkana Solar Park"
          defaultValue={values.name}
          onChange={(event) => {
            if (!slugEdited) setSlug(event.target.value.trim() ? slugify(event.target.value, 120) : "");
          }}
        />
      </Field>
      <Field
        label="Slug"
        error={errors.slug}
        hint={
          followName && !slugEdited
            ? "Made from the name; edit it if you like. Unique within your organisation."
            : "Lower-case letters, digits and hyphens. Unique within your organisation."
        }
      >
        <Input
          name="slug"
          autoComplete="off"
          spellCheck={false}
          className="font-mono text-[13px]"
          value={slug}
          onChange={(event) => {
            setSlugEdited(true);
            setSlug(event.target.value.toLowerCase().replace(/\s+/g, "-"));
          }}
        />
      </Field>
      <Field
        label="Description"
        error={errors.description}
        required
        hint={
          short > 0
            ? `${descriptionLength} characters. Investors need at least ${PUBLISH_MIN_DESCRIPTION} before it can be published (${short} to go).`
            : `${descriptionLength} characters: long enough for the marketplace.`
        }
      >
        <Textarea
          name="description"
          rows={6}
          defaultValue={values.description}
          placeholder="What it is, where, who buys the output, and what is already secured (land, permits, offtake, grid)."
          onChange={(event) => setDescriptionLength(event.target.value.trim().length)}
        />
      </Field>
      <div className="grid items-start gap-5 sm:grid-cols-2">
        <Field label="Technology" error={errors.projectType} required>
          <NativeSelect name="projectType" value={projectType} onChange={(event) => onProjectTypeChange(event.target.value)}>
            {PROJECT_TYPES.map((type) => (
              <option key={type} value={type}>
                {projectTypeLabel(type)}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label="Stage" error={errors.stage} required>
          <NativeSelect name="stage" defaultValue={values.stage}>
            {PROJECT_STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {titleCase(stage)}
              </option>
            ))}
          </NativeSelect>
        </Field>
      </div>
    </FormSection>
  );
}
