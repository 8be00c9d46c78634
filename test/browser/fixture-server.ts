import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { existsSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import { readFile, stat } from 'node:fs/promises';
import { createServer as createSocketServer, type AddressInfo, type Socket } from 'node:net';
import path from 'node:path';
import { generate } from 'selfsigned';

/** Fixture pages live under test/fixtures/pages/<hostname>/<path>; "/" serves index.html. */
export const FIXTURE_ROOT = path.resolve(import.meta.dirname, '../fixtures/pages');

export interface RecordedRequest {
  method: string;
  host: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

export type RouteHandler = (request: RecordedRequest, response: ServerResponse) => void | Promise<void>;

export interface FixtureServer {
  port: number;
  /** Every request the server saw, in order, with its body. */
  requests: RecordedRequest[];
  /** Serves a path on a host from code instead of a file; wins over files. */
  route(host: string, pathname: string, handler: RouteHandler): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function serveFile(root: string, host: string, pathname: string, response: ServerResponse): Promise<void> {
  const relative = decodeURIComponent(pathname).replace(/\/$/, '/index.html');
  const file = path.join(root, host, relative);
  if (!file.startsWith(path.join(root, host) + path.sep)) {
    response.writeHead(400).end();
    return;
  }
  let target = file;
  try {
    if ((await stat(target)).isDirectory()) target = path.join(target, 'index.html');
    const body = await readFile(target);
    response.writeHead(200, {
      'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for ${host}${pathname}`);
  }
}

/**
 * One local HTTP server that answers for any hostname: browsers are pointed at it (Chromium by
 * host-resolver rules, Firefox as its proxy), and it routes by the Host header.
 */
export async function startFixtureServer(root = FIXTURE_ROOT): Promise<FixtureServer> {
  const routes = new Map<string, RouteHandler>();
  const requests: RecordedRequest[] = [];
  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    // A proxied request (Firefox) carries an absolute URL; a direct one (Chromium) a path.
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    const host = url.hostname;
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      host,
      path: url.pathname + url.search,
      headers: request.headers,
      body: await readBody(request),
      at: Date.now(),
    };
    requests.push(recorded);
    const handler = routes.get(`${host}${url.pathname}`);
    try {
      if (handler) await handler(recorded, response);
      else await serveFile(root, host, url.pathname, response);
    } catch (error) {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    }
  };
  // Hosts the browsers know to reach over HTTPS only (HSTS preload: youtube.com) come over TLS on
  // the same port, with a certificate made for this run that the browsers are told to accept.
  const { private: key, cert } = await generate([{ name: 'commonName', value: 'fixtures.test' }], { keyType: 'ec', algorithm: 'sha256' });
  // Only hosts the fixtures serve get a TLS session: the browsers' own HTTPS traffic (their
  // account and update services) fails its handshake as it would offline, and is never recorded.
  const servesHost = (host: string) =>
    existsSync(path.join(root, host)) || [...routes.keys()].some((key) => key.startsWith(`${host}/`));
  const secureContext = createSecureContext({ key, cert });
  const plain = createServer(answer);
  const tls = createTlsServer({
    key,
    cert,
    SNICallback: (host, done) => (servesHost(host) ? done(null, secureContext) : done(new Error(`no fixture for ${host}`))),
  }, answer);
  /** A connection speaks TLS when its first byte opens a handshake record (0x16). */
  const route = (socket: Socket) => {
    socket.once('readable', () => {
      const first = socket.read(1) as Buffer | null;
      if (first === null) return void socket.once('readable', () => route(socket));
      socket.unshift(first);
      (first[0] === 0x16 ? tls : plain).emit('connection', socket);
    });
  };
  // Firefox reaches HTTPS hosts through its proxy (this server) with CONNECT: the tunnel is routed here too.
  plain.on('connect', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    if (!servesHost((request.url ?? '').replace(/:\d+$/, ''))) return void socket.destroy();
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    route(socket);
  });
  const sockets = new Set<Socket>();
  const server = createSocketServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    route(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    route: (host, pathname, handler) => routes.set(`${host}${pathname}`, handler),
    close: () =>
      new Promise<void>((resolve) => {
        plain.closeAllConnections();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
