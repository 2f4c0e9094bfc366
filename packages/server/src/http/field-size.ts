/** Most bytes one request body field may take once serialized as JSON (the spec's "Size of stored values" rule). */
export const MAX_FIELD_JSON_BYTES = 16 * 1024;
export const FIELD_TOO_LARGE_MESSAGE = `Ensure this field has no more than ${MAX_FIELD_JSON_BYTES} bytes of JSON.`;

/**
 * The `__`-joined path (upstream's `attr` form) of the first field of a request body — or of an item of a bulk (array)
 * body — whose JSON serialization exceeds `maxBytes`, or `undefined`. Text fields and lists have their own
 * `maxLength`/`maxItems`; this bounds the free-form JSON settings, whose size JSON Schema cannot state, so every
 * stored row, and with `limit` every list page, has a bounded size.
 *
 * @example
 * findOversizedField({ name: 'Web', extra_settings: { blob: 'x'.repeat(20_000) } }); // 'extra_settings'
 */
export function findOversizedField(body: unknown, maxBytes = MAX_FIELD_JSON_BYTES): string | undefined {
  const items = Array.isArray(body) ? body : [body];
  for (const [index, item] of items.entries()) {
    if (typeof item !== 'object' || item === null) continue;
    for (const [field, value] of Object.entries(item)) {
      // A UTF-8 character takes at most 3 bytes per UTF-16 unit: most values are decided without encoding them.
      const json = JSON.stringify(value) ?? '';
      if (json.length * 3 > maxBytes && Buffer.byteLength(json) > maxBytes) {
        return Array.isArray(body) ? `${index}__${field}` : field;
      }
    }
  }
  return undefined;
}
