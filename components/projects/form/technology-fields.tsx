import { projectTypeLabel } from "@/lib/projects/project-type-label";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { Textarea } from "@/components/ui/textarea";
import type { FieldErrors } from "./field-errors";
import { FormSection } from "./form-section";
import { InputWithUnit } from "./input-with-unit";
import { TECHNOLOGY_FIELDS, type TechnologyField } from "./technology-fields-config";

type Props = { projectType: string; defaults: Record<string, string>; errors: FieldErrors };

/** The structured fields of the chosen technology; each is posted as technologyDetails.<key>. */
export function TechnologyFields({ projectType, defaults, errors }: Props) {
  const fields = TECHNOLOGY_FIELDS[projectType] ?? [];
  const errorOf = (key: string) => errors[`technologyDetails.${key}`];
  return (
    <FormSection title="Technology" description={`The engineering figures investors compare ${projectTypeLabel(projectType).toLowerCase()} projects on. All optional.`}>
      {fields.length > 0 ? (
        <div className="grid items-start gap-5 sm:grid-cols-2">
          {fields.map((field) => (
            <Field key={field.key} label={field.label} error={errorOf(field.key)} hint={field.hint}>
              <TechnologyInput field={field} defaultValue={defaults[field.key] ?? ""} />
            </Field>
          ))}
        </div>
      ) : null}
      <Field
        label={fields.length > 0 ? "Other technical notes" : "Technical notes"}
        error={errorOf("notes")}
        hint={fields.length > 0 ? undefined : "Key equipment, resource data, expected output."}
      >
        <Textarea name="technologyDetails.notes" rows={3} defaultValue={defaults.notes ?? ""} />
      </Field>
    </FormSection>
  );
}

function TechnologyInput({ field, defaultValue }: { field: TechnologyField; defaultValue: string }) {
  const name = `technologyDetails.${field.key}`;
  if (field.kind === "select") {
    return (
      <NativeSelect name={name} defaultValue={defaultValue}>
        <option value="">Not specified</option>
        {field.options?.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </NativeSelect>
    );
  }
  return (
    <InputWithUnit
      name={name}
      unit={field.unit}
      defaultValue={defaultValue}
      placeholder={field.placeholder}
      inputMode={field.kind === "text" ? undefined : "decimal"}
      autoComplete="off"
    />
  );
}
