/**
 * Fills `{name}` placeholders in a notice text template. The result is plain text, meant for
 * `textContent`: values are never parsed as HTML, whatever they contain. A placeholder without a
 * value is left as written, so a typo in an edited text stays visible in the preview.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | undefined>>): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (placeholder, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value ?? placeholder;
  });
}

/** The placeholder names a template uses, e.g. for the options page to check an edited text. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((match) => match[1] ?? ''))];
}
