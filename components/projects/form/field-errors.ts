/** Messages by field path ("name", "technologyDetails.dcAcRatio"), as the project actions return them. */
export type FieldErrors = Record<string, string[] | undefined>;
