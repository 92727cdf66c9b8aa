/** The choices of the technology details' select fields. Zod-free, so the project form can import it: zod would add ~30 KB gzip to its pages. */
export const SOLAR_TRACKING = ["fixed-tilt", "single-axis", "dual-axis"] as const;
export const STORAGE_CHEMISTRIES = ["LFP", "NMC", "NCA", "Sodium-ion", "Vanadium flow", "Lead-acid", "Other"] as const;
export const HYDRO_TURBINES = ["Pelton", "Francis", "Kaplan", "Turgo", "Cross-flow", "Other"] as const;
