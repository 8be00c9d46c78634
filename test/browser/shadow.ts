/**
 * Looking inside closed shadow roots from a test, as the browsers allow it: Chromium through the
 * DevTools protocol (DOM.getDocument with pierce), Firefox through WebDriver BiDi
 * (serialization with includeShadowTree). Page scripts cannot do this; tests can.
 */
import type { Page } from 'puppeteer-core';
import type { BrowserName } from './harness';

export interface AccessibleNode {
  role: string;
  name: string;
}

export interface ShadowOps {
  /**
   * Runs `fn` once per closed shadow root in the page's top document (the extension's UI lives in
   * those) and returns the results. `fn` is serialized: it must not close over test variables.
   */
  inClosedShadows<T>(page: Page, fn: (root: ShadowRoot, ...args: never[]) => T, ...args: unknown[]): Promise<T[]>;
  /** The visible-text content of every closed shadow root, styles and scripts left out. */
  readShadowText(page: Page): Promise<string>;
  /** Clicks (a trusted mouse click at its centre) the first element matching `selector` inside a closed shadow root. */
  clickInShadow(page: Page, selector: string): Promise<void>;
  /** Elements with a role and accessible name as the browser's accessibility machinery sees them. */
  accessibleNodes(page: Page): Promise<AccessibleNode[]>;
}

type CdpNode = {
  backendNodeId: number;
  shadowRootType?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
};

type BidiNode = {
  type: string;
  sharedId?: string;
  value?: { nodeType?: number; mode?: string; children?: BidiNode[]; shadowRoot?: BidiNode | null };
};

type BidiSession = { send(method: string, params: unknown): Promise<{ result: unknown }> };

function bidi(page: Page): { session: BidiSession; context: string } {
  const frame = page.mainFrame() as unknown as {
    browsingContext: { id: string; userContext: { browser: { session: BidiSession } } };
  };
  return { session: frame.browsingContext.userContext.browser.session, context: frame.browsingContext.id };
}

/** Roles the extension's UI uses; the Firefox path asks for each by name. */
const ACCESSIBLE_ROLES = ['region', 'alertdialog', 'dialog', 'alert', 'status', 'button', 'link', 'checkbox', 'heading', 'radio', 'group'];

/**
 * The computed accessible name of a node in Firefox: the candidate text of the node (its label
 * or content) is confirmed by asking the accessibility locator for role + name.
 */
async function firefoxAccessibleName(
  session: BidiSession,
  context: string,
  sharedId: string,
  role: string,
  startNodes: { sharedId: string }[],
): Promise<string> {
  const candidate = (await session.send('script.callFunction', {
    functionDeclaration: `function() {
      const root = this.getRootNode();
      const ids = (this.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
      const text = this.getAttribute('aria-label')
        || ids.map((id) => root.getElementById(id)?.textContent ?? '').join(' ')
        || this.textContent || '';
      return text.replace(/\\s+/g, ' ').trim();
    }`,
    this: { sharedId },
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
  })) as unknown as { result: { result?: { value?: string } } };
  const name = candidate.result.result?.value ?? '';
  const { result } = (await session.send('browsingContext.locateNodes', {
    context,
    locator: { type: 'accessibility', value: { role, name } },
    startNodes,
    maxNodeCount: 200,
  })) as unknown as { result: { nodes: { sharedId: string }[] } };
  return result.nodes.some((n) => n.sharedId === sharedId) ? name : '';
}

function wrap(fn: string): string {
  // Results cross the protocol as JSON, the same way in both browsers.
  return `function(...args) { return JSON.stringify((${fn})(this, ...args) ?? null); }`;
}

async function chromiumInClosedShadows(page: Page, fn: string, args: unknown[]): Promise<unknown[]> {
  const cdp = await page.createCDPSession();
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const closed: number[] = [];
    const walk = (node: CdpNode) => {
      for (const shadow of node.shadowRoots ?? []) {
        if (shadow.shadowRootType === 'closed') closed.push(shadow.backendNodeId);
        walk(shadow);
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(root);
    const results: unknown[] = [];
    for (const backendNodeId of closed) {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: wrap(fn),
        arguments: args.map((value) => ({ value })),
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      results.push(JSON.parse(result.value as string));
    }
    return results;
  } finally {
    await cdp.detach();
  }
}

async function firefoxClosedShadowIds(page: Page): Promise<string[]> {
  const { session, context } = bidi(page);
  const { result } = (await session.send('script.evaluate', {
    expression: 'document.documentElement',
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 4, includeShadowTree: 'all' },
  })) as unknown as { result: { result: BidiNode } };
  const closed: string[] = [];
  const walk = (node: BidiNode | null | undefined) => {
    if (!node?.value) return;
    const shadow = node.value.shadowRoot;
    if (shadow?.sharedId && shadow.value?.mode === 'closed') closed.push(shadow.sharedId);
    for (const child of node.value.children ?? []) walk(child);
  };
  walk(result.result);
  return closed;
}

async function firefoxInClosedShadows(page: Page, fn: string, args: unknown[]): Promise<unknown[]> {
  const { session, context } = bidi(page);
  const results: unknown[] = [];
  for (const sharedId of await firefoxClosedShadowIds(page)) {
    const response = (await session.send('script.callFunction', {
      functionDeclaration: wrap(fn),
      this: { sharedId },
      arguments: args.map((value) => ({ type: 'string', value: JSON.stringify(value) })),
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    })) as unknown as { result: { type: string; result?: { value: string }; exceptionDetails?: { text: string } } };
    if (response.result.type === 'exception') throw new Error(response.result.exceptionDetails?.text);
    results.push(JSON.parse(response.result.result?.value ?? 'null'));
  }
  return results;
}

const visibleText = (root: ShadowRoot): string => {
  const words: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) words.push((child as Text).data);
      else if (child instanceof Element && child.tagName !== 'STYLE' && child.tagName !== 'SCRIPT') {
        walk(child);
        if (child.shadowRoot) walk(child.shadowRoot);
      }
    }
  };
  walk(root);
  return words.join(' ').replace(/\s+/g, ' ').trim();
};

const centreOf = (root: ShadowRoot, selector: string): { x: number; y: number } | null => {
  const element = root.querySelector(selector);
  if (!element) return null;
  element.scrollIntoView({ block: 'center' });
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
};

export function shadowOps(browserName: BrowserName): ShadowOps {
  const run = async <T>(page: Page, fn: (root: ShadowRoot, ...args: never[]) => T, args: unknown[]) => {
    // Firefox passes arguments as JSON strings (see firefoxInClosedShadows); parse them back.
    const source =
      browserName === 'firefox'
        ? `(root, ...json) => (${fn.toString()})(root, ...json.map((a) => JSON.parse(a)))`
        : fn.toString();
    const results =
      browserName === 'chromium'
        ? await chromiumInClosedShadows(page, source, args)
        : await firefoxInClosedShadows(page, source, args);
    return results as T[];
  };
  const ops: ShadowOps = {
    inClosedShadows: (page, fn, ...args) => run(page, fn, args),
    async readShadowText(page) {
      return (await run(page, visibleText, [])).join('\n');
    },
    async clickInShadow(page, selector) {
      const points = (await run(page, centreOf, [selector])).filter((p) => p !== null);
      const point = points[0];
      if (!point) throw new Error(`no element matches ${selector} in the page's closed shadow roots`);
      await page.mouse.click(point.x, point.y);
    },
    async accessibleNodes(page) {
      if (browserName === 'chromium') {
        const cdp = await page.createCDPSession();
        try {
          const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
            nodes: { ignored: boolean; role?: { value?: string }; name?: { value?: string } }[];
          };
          return nodes
            .filter((n) => !n.ignored && n.role?.value && n.name?.value)
            .map((n) => ({ role: String(n.role?.value), name: String(n.name?.value) }));
        } finally {
          await cdp.detach();
        }
      }
      // Firefox: WebDriver BiDi's accessibility locator, started inside each closed shadow root
      // (it does not cross shadow boundaries by itself), finds nodes by computed role; the name
      // comes from the same locator, so it is the browser's computed accessible name.
      const { session, context } = bidi(page);
      const found: AccessibleNode[] = [];
      const startNodes = (await firefoxClosedShadowIds(page)).map((sharedId) => ({ sharedId }));
      if (startNodes.length === 0) return found;
      for (const role of ACCESSIBLE_ROLES) {
        const { result } = (await session.send('browsingContext.locateNodes', {
          context,
          locator: { type: 'accessibility', value: { role } },
          startNodes,
          maxNodeCount: 200,
        })) as unknown as { result: { nodes: { sharedId: string }[] } };
        for (const node of result.nodes) {
          found.push({ role, name: await firefoxAccessibleName(session, context, node.sharedId, role, startNodes) });
        }
      }
      return found;
    },
  };
  return ops;
}
