import { projectTypeLabel } from "@/lib/projects/project-type-label";

/** The words the breakdown reasons are written in. Pure: Intl only. */

const regions = new Intl.DisplayNames(["en"], { type: "region" });

const countryNames = new Map<string, string>();

/** "KE" -> "Kenya"; an unknown code reads as itself. Kept per code: the bulk rescoring asks for the same few hundred names a million times. */
export function countryName(code: string): string {
  let name = countryNames.get(code);
  if (name === undefined) {
    try {
      name = regions.of(code.toUpperCase()) ?? code;
    } catch {
      name = code;
    }
    countryNames.set(code, name);
  }
  return name;
}

export function sectorName(type: string): string {
  return projectTypeLabel(type);
}

export function stageName(stage: string): string {
  return stage.charAt(0) + stage.slice(1).toLowerCase();
}

/** "Kenya, Uganda and 3 more": long lists stay one line. */
export function listNames(names: readonly string[], limit = 4): string {
  if (names.length <= limit) return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : (names[0] ?? "");
  return `${names.slice(0, limit).join(", ")} and ${names.length - limit} more`;
}

/** 12450000 USD -> "USD 12.45m": magnitudes, to two decimals, for a sentence (the exact figure is on the project). */
export function compactAmount(value: number, currency: string): string {
  const [divisor, suffix] = value >= 1e9 ? [1e9, "bn"] : value >= 1e6 ? [1e6, "m"] : value >= 1e3 ? [1e3, "k"] : [1, ""];
  const figure = (Math.round((value / divisor) * 100) / 100).toString();
  return `${currency} ${figure}${suffix}`;
}

/** 78.5 -> "78.5", 79 -> "79": scores as people write them. */
export function scoreText(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}
