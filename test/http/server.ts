/**
 * Real servers for the HTTP tests: node:http on 127.0.0.1, port 0. `listen`
 * serves a Node handler; `fetchAdapter` turns a Fetch API handler
 * (`(request: Request) => Promise<Response>`, as in Hono, Next.js, Deno, Bun)
 * into one, the way @hono/node-server does.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Listening {
  readonly url: string;
  close(): Promise<void>;
}

export function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>,
): Promise<Listening> {
  const server: Server = createServer((req, res) => {
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/**
 * A Fetch API handler on node:http. The body stream's `cancel` drains the rest
 * of the request instead of destroying the socket, so a 413 or 415 sent
 * before the body is read still reaches the client.
 */
export function fetchAdapter(handler: (request: Request) => Promise<Response>) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    const body =
      req.method === "GET" || req.method === "HEAD"
        ? null
        : new ReadableStream<Uint8Array>({
            start(controller) {
              req.on("data", (chunk: Buffer) => {
                controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
                if ((controller.desiredSize ?? 0) <= 0) req.pause();
              });
              req.on("end", () => controller.close());
              req.on("error", (error) => controller.error(error));
            },
            pull() {
              req.resume();
            },
            cancel() {
              for (const event of ["data", "end", "error"]) req.removeAllListeners(event);
              req.on("error", () => {});
              req.resume();
            },
          });
    const request = new Request(`http://${req.headers.host}${req.url}`, {
      method: req.method,
      headers,
      body,
      duplex: "half",
    } as RequestInit);
    const response = await handler(request);
    res.statusCode = response.status;
    response.headers.forEach((value, name) => {
      res.setHeader(name, value);
    });
    if (!req.complete) res.setHeader("connection", "close");
    res.end(Buffer.from(await response.arrayBuffer()));
  };
}

/** A body sent in chunks with no Content-Length (chunked transfer encoding). */
export function chunked(
  bytes: Uint8Array,
  chunkSize = 64 * 1024,
): { body: ReadableStream<Uint8Array>; duplex: "half" } {
  let at = 0;
  return {
    body: new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.subarray(at, at + chunkSize));
        at += chunkSize;
      },
    }),
    duplex: "half",
  };
}
