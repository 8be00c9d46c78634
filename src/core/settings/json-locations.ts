/** A JSON path step as the error messages write it: `.key`, `["odd key"]` or `[3]`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/**
 * The path of the first value nested deeper than `limit` arrays and objects, or undefined.
 * Walks with its own stack, so no nesting can overflow the call stack.
 */
export function pathDeeperThan(value: unknown, limit: number): string | undefined {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value, path: '$', depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    const depth = next.depth + 1;
    if (depth > limit) return next.path;
    const children = Array.isArray(next.value) ? next.value.entries() : Object.entries(next.value);
    for (const [key, child] of children) pending.push({ value: child, path: childPath(next.path, key), depth });
  }
  return undefined;
}

/**
 * Finds the line of each value in a JSON text by its path, so an import error can say "line 12"
 * next to "$.siteExceptions[0].host". JSON.parse does the real parsing; this only walks the
 * already-valid text and records where each value starts. It recurses once per nesting level:
 * call it only on text whose nesting was checked with pathDeeperThan.
 */
export function jsonLineIndex(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let position = 0;
  let line = 1;

  function skipSpace() {
    while (position < text.length) {
      const char = text[position];
      if (char === '\n') line++;
      else if (char !== ' ' && char !== '\t' && char !== '\r') return;
      position++;
    }
  }

  function readString(): string {
    const start = position;
    position++;
    while (position < text.length && text[position] !== '"') position += text[position] === '\\' ? 2 : 1;
    position++;
    return JSON.parse(text.slice(start, position)) as string;
  }

  function readValue(path: string) {
    skipSpace();
    lines.set(path, line);
    const char = text[position];
    if (char === '{') {
      position++;
      skipSpace();
      if (text[position] === '}') return void position++;
      for (;;) {
        skipSpace();
        const key = readString();
        skipSpace();
        position++; // the colon
        readValue(childPath(path, key));
        skipSpace();
        if (text[position++] === '}') return;
      }
    }
    if (char === '[') {
      position++;
      skipSpace();
      if (text[position] === ']') return void position++;
      for (let index = 0; ; index++) {
        readValue(childPath(path, index));
        skipSpace();
        if (text[position++] === ']') return;
      }
    }
    if (char === '"') return void readString();
    while (position < text.length && !/[\s,\]}]/.test(text[position]!)) position++;
  }

  readValue('$');
  return lines;
}

/** The line of a JSON path, or of its nearest ancestor that exists (a missing key's object). */
export function lineOfPath(lines: Map<string, number>, path: string): number | undefined {
  for (let candidate = path; candidate.length > 0; ) {
    const line = lines.get(candidate);
    if (line !== undefined) return line;
    const cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
    if (cut <= 0) break;
    candidate = candidate.slice(0, cut);
  }
  return lines.get('$');
}

/** Where JSON.parse stopped, as a line number, from its error message (engines word it differently). */
export function lineOfSyntaxError(text: string, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : '';
  const lineMatch = /line (\d+)/.exec(message);
  if (lineMatch) return Number(lineMatch[1]);
  const positionMatch = /position (\d+)/.exec(message);
  if (positionMatch) return text.slice(0, Number(positionMatch[1])).split('\n').length;
  return undefined;
}
