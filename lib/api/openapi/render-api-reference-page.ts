/** The reference page's policy: its scripts and styles come from this origin only, and it talks to nothing else. */
export const API_REFERENCE_PAGE_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The API reference: Swagger UI over /api/v1/openapi.json. Inline styles are allowed because Swagger
 * UI renders style attributes; every script is a file of this origin (see API_REFERENCE_PAGE_POLICY).
 */
export function renderApiReferencePage(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>SCR Platform API reference</title>
  <link rel="stylesheet" href="/api/v1/docs/swagger-ui.css">
</head>
<body>
  <noscript>The reference needs JavaScript. The document it shows is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</noscript>
  <div id="swagger-ui"></div>
  <script src="/api/v1/docs/swagger-ui-bundle.js"></script>
  <script src="/api/v1/docs/start.js"></script>
</body>
</html>
`;
}
