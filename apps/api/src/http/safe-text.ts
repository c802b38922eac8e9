/**
 * Text Postgres can store as given: no NUL characters (text and jsonb refuse them) and no lone UTF-16
 * surrogates (not valid UTF-8). A well-formed surrogate pair (an emoji) is fine.
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSAFE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isSafeText = (value: string): boolean => !UNSAFE_TEXT.test(value);

export const UNSAFE_TEXT_MESSAGE = 'must not contain NUL characters or unpaired surrogates';

/**
 * The JSON pointer of the first string (value or key) anywhere in `data` that is not safe text, or
 * undefined. Iterative, so a deeply nested body cannot overflow the stack; it covers free-form values
 * (jsonb settings, role maps) that a schema cannot describe string by string.
 */
export function findUnsafeText(data: unknown): string | undefined {
  const stack: Array<[unknown, string]> = [[data, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (!isSafeText(value)) return path;
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push([item, `${path}/${index}`]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const child = `${path}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
        if (!isSafeText(key)) return child;
        stack.push([item, child]);
      }
    }
  }
  return undefined;
}
