/** What the holding page shows as the project's description: who develops it, since no org on the platform does. */
export const offPlatformDescription = (developerName: string | null) =>
  developerName ? `Developed by ${developerName}, off the platform.` : "Developed off the platform.";
