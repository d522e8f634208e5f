/**
 * The dashboard's back end, as small as the test needs, on 127.0.0.1 port 0:
 * the built page as static files, `GET /logs.ndjson` streamed in small
 * chunks, and a WebSocket at `/ws` that sends the given frames one by one,
 * keeps the text frames the page sends back, and then closes. The WebSocket
 * side is the RFC 6455 server handshake, unmasked server frames and masked
 * client frames (Node 20 has a WebSocket client, no server). Every response
 * carries a strict Content Security Policy, as a hardened dashboard's would:
 * scripts from this origin only, and no `eval` or `new Function`.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { extname, join, normalize } from "node:path";

export interface DashboardServerOptions {
  /** Vite's output directory. */
  readonly outDir: string;
  /** WebSocket frames in order: a string goes as a text frame, bytes as a binary frame. */
  readonly frames: readonly (string | Uint8Array)[];
  /** The body of `GET /logs.ndjson`. */
  readonly ndjson: Uint8Array;
  /** Bytes per chunk of the NDJSON body: small, so lines and UTF-8 sequences are cut. */
  readonly chunkBytes?: number;
}

export interface DashboardServer {
  readonly url: string;
  /** How many WebSocket connections were served, and how many frames went out. */
  readonly sent: { connections: number; frames: number };
  /** The text frames the page sent, in order. */
  readonly received: string[];
  close(): Promise<void>;
}

const WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
/** No `'unsafe-eval'`: zod cannot generate code here, the build-time parsers run instead. */
export const CONTENT_SECURITY_POLICY = "script-src 'self'";
const OPCODE = { text: 0x1, binary: 0x2, close: 0x8 } as const;
const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** One unfragmented server frame (FIN set, no mask: servers do not mask). */
export function websocketFrame(opcode: number, payload: Uint8Array): Buffer {
  const n = payload.length;
  let header: Buffer;
  if (n < 126) header = Buffer.from([0x80 | opcode, n]);
  else if (n < 0x10000) {
    header = Buffer.alloc(4);
    header[1] = 126;
    header.writeUInt16BE(n, 2);
  } else {
    header = Buffer.alloc(10);
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(n), 2);
  }
  header[0] = 0x80 | opcode;
  return Buffer.concat([header, payload]);
}

interface ClientFrame {
  readonly opcode: number;
  readonly payload: Buffer;
}

/**
 * Cuts the complete frames off the front of what a client sent (client
 * frames are masked; a browser sends short messages unfragmented) and
 * returns them with what is left over.
 */
export function readClientFrames(buffer: Buffer): { frames: ClientFrame[]; rest: Buffer } {
  const frames: ClientFrame[] = [];
  let at = 0;
  for (;;) {
    if (buffer.length - at < 2) break;
    const opcode = (buffer[at] as number) & 0x0f;
    const masked = ((buffer[at + 1] as number) & 0x80) !== 0;
    let length = (buffer[at + 1] as number) & 0x7f;
    let header = 2;
    if (length === 126) {
      if (buffer.length - at < 4) break;
      length = buffer.readUInt16BE(at + 2);
      header = 4;
    } else if (length === 127) {
      if (buffer.length - at < 10) break;
      length = Number(buffer.readBigUInt64BE(at + 2));
      header = 10;
    }
    const maskAt = at + header;
    const dataAt = maskAt + (masked ? 4 : 0);
    if (buffer.length < dataAt + length) break;
    const payload = Buffer.from(buffer.subarray(dataAt, dataAt + length));
    if (masked)
      for (let i = 0; i < payload.length; i++)
        payload[i] = (payload[i] as number) ^ (buffer[maskAt + (i % 4)] as number);
    frames.push({ opcode, payload });
    at = dataAt + length;
  }
  return { frames, rest: buffer.subarray(at) };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startDashboardServer(options: DashboardServerOptions): Promise<DashboardServer> {
  const sent = { connections: 0, frames: 0 };
  const received: string[] = [];
  const sockets = new Set<Duplex>();
  const chunkBytes = options.chunkBytes ?? 13;

  const server: Server = createServer((request, response) => {
    response.setHeader("content-security-policy", CONTENT_SECURITY_POLICY);
    const path = new URL(request.url ?? "/", "http://x").pathname;
    if (path === "/logs.ndjson") {
      response.writeHead(200, { "content-type": "application/x-ndjson" });
      void (async () => {
        for (let at = 0; at < options.ndjson.length; at += chunkBytes) {
          response.write(options.ndjson.subarray(at, at + chunkBytes));
          await pause(2);
        }
        response.end();
      })();
      return;
    }
    const file = normalize(join(options.outDir, path === "/" ? "index.html" : path));
    const type = CONTENT_TYPES[extname(file)];
    if (!file.startsWith(options.outDir) || type === undefined) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = readFileSync(file);
      response.writeHead(200, { "content-type": type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });

  server.on("upgrade", (request, socket: Duplex) => {
    const key = request.headers["sec-websocket-key"];
    if (request.url !== "/ws" || typeof key !== "string") {
      socket.end("HTTP/1.1 400 Bad Request\r\n\r\n");
      return;
    }
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
    // Text frames are kept for the test; the client's close answer ends the connection.
    let pending: Buffer = Buffer.alloc(0);
    socket.on("data", (data: Buffer) => {
      const { frames, rest } = readClientFrames(Buffer.concat([pending, data]));
      pending = rest;
      for (const frame of frames) {
        if (frame.opcode === OPCODE.text) received.push(frame.payload.toString("utf8"));
        else if (frame.opcode === OPCODE.close) socket.end();
      }
    });
    const accept = createHash("sha1").update(`${key}${WEBSOCKET_GUID}`).digest("base64");
    socket.write(
      "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
        `Sec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    sent.connections++;
    void (async () => {
      for (const frame of options.frames) {
        if (socket.destroyed) return;
        socket.write(
          typeof frame === "string"
            ? websocketFrame(OPCODE.text, Buffer.from(frame, "utf8"))
            : websocketFrame(OPCODE.binary, frame),
        );
        sent.frames++;
        await pause(15);
      }
      // Close, status 1000 (normal).
      socket.write(websocketFrame(OPCODE.close, Buffer.from([0x03, 0xe8])));
    })();
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    sent,
    received,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
