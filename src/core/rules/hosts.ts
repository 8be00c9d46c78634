/**
 * Normalizes a URL's host for matching: lowercase ASCII (punycode, which the URL parser does),
 * no trailing dot, no port or userinfo. Returns null for anything that is not a web page on a
 * named host: other schemes, IP addresses, unparsable input. Never throws.
 */
export function webHostOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.replace(/\.+$/, '');
  if (host === '' || host.startsWith('[') || /^[\d.]+$/.test(host)) return null;
  return host;
}

/**
 * Walks a host's labels from the full host up to its registrable suffix: "a.b.rferl.org" gives
 * "a.b.rferl.org", "b.rferl.org", "rferl.org", "org". Cost grows with the number of labels only.
 */
export function* hostSuffixes(host: string): Generator<string> {
  let rest = host;
  for (;;) {
    yield rest;
    const dot = rest.indexOf('.');
    if (dot < 0) return;
    rest = rest.slice(dot + 1);
  }
}
