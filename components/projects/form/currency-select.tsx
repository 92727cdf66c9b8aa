import type { ComponentProps } from "react";
import { NativeSelect } from "@/components/ui/native-select";
import type { ProjectFormOptions } from "@/lib/projects/project-form-options";

type Props = Omit<ComponentProps<"select">, "children"> & { currencies: ProjectFormOptions["currencies"] };

/** ISO 4217 currencies, the common ones first: a project's currency, a mandate's ticket currency. */
export function CurrencySelect({ currencies, ...props }: Props) {
  return (
    <NativeSelect {...props}>
      <optgroup label="Common">
        {currencies.common.map((option) => (
          <option key={`common-${option.code}`} value={option.code}>
            {option.code} · {option.name}
          </option>
        ))}
      </optgroup>
      <optgroup label="All currencies">
        {currencies.all.map((option) => (
          <option key={option.code} value={option.code}>
            {option.code} · {option.name}
          </option>
        ))}
      </optgroup>
    </NativeSelect>
  );
}
