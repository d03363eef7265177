import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A route: a fixed response, or a handler for special cases (slow, huge, failing). */
export type Route =
  | { body: string | Buffer; type: string; headers?: Record<string, string> }
  | ((request: IncomingMessage, response: ServerResponse) => void);

/** A test server on 127.0.0.1 and a random port, with the routes given. */
export interface TestServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Reads a file for a route. */
export function file(path: string, type: string, headers?: Record<string, string>): Route {
  return { body: readFileSync(path), type, headers };
}

/** Starts a static server; unknown paths go to the `fallback` route if given, else 404. Loopback only. */
export async function startServer(
  routes: Record<string, Route>,
  options: { fallback?: string } = {},
): Promise<TestServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    requests.push(path);
    const route = routes[path] ?? (options.fallback ? routes[options.fallback] : undefined);
    if (!route) {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
      return;
    }
    if (typeof route === "function") return route(request, response);
    response.writeHead(200, { "content-type": route.type, ...route.headers });
    response.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
