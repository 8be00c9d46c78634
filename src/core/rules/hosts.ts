/** A web address reduced to what matching needs. */
export interface WebLocation {
  /** Lowercase ASCII host (IDN as punycode), no trailing dot, port or userinfo. */
  host: string;
  /** The path, lowercased, without query or fragment. */
  path: string;
}

const IPV4 = /^[\d.]+$/;

/**
 * Reduces a URL to its host and path for matching, using the platform's URL parser (which turns
 * IDN into punycode, lowercases, drops ports and userinfo). Returns null for anything that is not
 * a web page on a named host: other schemes, IP addresses, unparsable input. Never throws.
 */
export function webLocationOf(url: string): WebLocation | null {
  const parsed = parseWebUrl(url);
  if (parsed === null) return null;
  const host = normalizeHostname(parsed.hostname);
  if (host === null) return null;
  return { host, path: parsed.pathname.toLowerCase() };
}

/** The parsed URL of an http(s) address; null for anything else. Never throws. */
export function parseWebUrl(url: string): URL | null {
  if (typeof url !== 'string') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
}

export function webHostOf(url: string): string | null {
  return webLocationOf(url)?.host ?? null;
}

/** A parser-made hostname without trailing dots; null for IP addresses and empty hosts. */
export function normalizeHostname(hostname: string): string | null {
  let end = hostname.length;
  while (end > 0 && hostname.charCodeAt(end - 1) === 46 /* . */) end--;
  const host = end === hostname.length ? hostname : hostname.slice(0, end);
  if (host === '' || host.charCodeAt(0) === 91 /* [ */) return null;
  // The parser writes every IPv4 address as dotted decimal, so only a host ending in a digit can be one.
  const last = host.charCodeAt(host.length - 1);
  if (last >= 48 && last <= 57 && IPV4.test(host)) return null;
  return host;
}

/** "www.meduza.io" and "meduza.io" are covered by "meduza.io"; "notmeduza.io" is not. */
export function isHostOrSubdomainOf(host: string, parent: string): boolean {
  return host === parent || host.endsWith(`.${parent}`);
}

/**
 * Walks a host's labels from the full host up to its last label: "a.b.rferl.org" gives
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

/**
 * Normalizes a hostname a person typed (options page, user entries): scheme, path, port, case,
 * "www." and trailing dots removed, IDN to punycode. Null when it is not a hostname.
 */
export function hostnameFromInput(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const host = webHostOf(withScheme);
  if (host === null || !host.includes('.')) return null;
  return host.startsWith('www.') ? host.slice(4) : host;
}
