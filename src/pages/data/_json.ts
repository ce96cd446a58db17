/** An open data file's response: JSON, one space of indent (readable, and diffs well). */
export const json = (value: unknown, type = 'application/json; charset=utf-8') =>
  new Response(JSON.stringify(value, null, 1), { headers: { 'Content-Type': type } });
export const schemaJson = (value: unknown) => json(value, 'application/schema+json');
