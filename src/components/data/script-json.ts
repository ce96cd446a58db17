/**
 * JSON for the inside of a <script> element. The HTML parser ends a script at the first `</script`
 * whatever the JSON means, and `<!--` can change how it reads the rest, so data that holds
 * `</script><script>…` (a title in a meta file, say) would otherwise end the block and start code.
 * Escaping `<`, `>` and `&` as \u003c, \u003e and \u0026 leaves no markup in the block at all;
 * U+2028 and U+2029 are escaped so the text is also safe to paste into JavaScript source.
 * JSON.parse reads every escape back to the same value.
 */
const UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c]!);
}
