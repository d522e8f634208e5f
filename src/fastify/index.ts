/**
 * `fleetwire/fastify`: lossless request bodies and responses in Fastify 5.
 *
 *     await app.register(fleetwire);
 *     app.withTypeProvider<FleetwireTypeProvider>().post(
 *       "/runs",
 *       { schema: { body: wire("FleetRun"), response: { 201: wire("FleetRun") } } },
 *       async (request, reply) => reply.code(201).send(request.body),  // request.body: FleetRun
 *     );
 *
 * On a route whose `schema.body` is `wire(...)`, a `preParsing` hook reads the
 * raw request through `fleetwire/http` (limit, media type checks, RFC 9457
 * problems) and decodes it with the lossless codec; Fastify's JSON parser
 * never sees the text (the plugin's `application/json` parser hands the
 * decoded value over and, on every other route, is Fastify's own default
 * parser). Responses declared `wire(...)` are written by a serializer
 * compiler with `encodeJson`. Routes without wire schemas are not touched.
 */
import { installPrecompiledParsers } from "../precompiled/install.js";
import type {
  FastifyPluginCallback,
  FastifyReply,
  FastifyRequest,
  FastifySchema,
  FastifySerializerCompiler,
  FastifyTypeProvider,
  RouteOptions,
} from "fastify";
import { errorCodes } from "fastify";
import fp from "fastify-plugin";
import type { DecodedValue, EncodableValue, WireTypeRef } from "../codec/decode.js";
import { LINES_TYPES, limitOf, type ReadWireBodyOptions } from "../http/body.js";
import { type NodeRequestLike, readWireBodyFromNode } from "../http/node.js";
import { problemHeaders } from "../http/problem.js";
import { checkWireType, encodeResponse, WireResponseError } from "../http/response.js";

export { WireResponseError };

/** `fleetwire/http`'s body options: `limit`, `lines` (NDJSON), `contentTypes`, `maxErrors`, ... */
export type WireSchemaOptions = ReadWireBodyOptions;

const WIRE = Symbol.for("fleetwire.wire-schema");

/** A route schema part (`body`, or a `response` status) that is a wire type. Made by `wire()`. */
export class WireSchema<
  T extends WireTypeRef = WireTypeRef,
  O extends WireSchemaOptions = WireSchemaOptions,
> {
  readonly [WIRE] = true;
  constructor(
    readonly type: T,
    readonly options: O,
  ) {}
}

function isWireSchema(value: unknown): value is WireSchema {
  return typeof value === "object" && value !== null && (value as { [WIRE]?: boolean })[WIRE] === true;
}

/**
 * A wire type (a Rust type name or a contract schema) as a route's `body`
 * or a `response` status. Body options (`limit`, `lines`, ...) override the
 * plugin's. An unknown type name throws here, when the route is declared.
 */
export function wire<T extends WireTypeRef, const O extends WireSchemaOptions = Record<never, never>>(
  type: T,
  options?: O,
): WireSchema<T, O> {
  checkWireType(type, "wire");
  return new WireSchema(type, options ?? ({} as O));
}

/** What `request.body` holds: the value, or every line's value with `{ lines: true }`. */
export type WireBody<T extends WireTypeRef, O> = O extends { readonly lines: true }
  ? DecodedValue<T>[]
  : DecodedValue<T>;

/**
 * The type provider: `request.body` is the decoded value of a `wire()` body,
 * `reply.send` takes the value of a `wire()` response. Other schemas: `unknown`.
 */
export interface FleetwireTypeProvider extends FastifyTypeProvider {
  readonly validator: this["schema"] extends WireSchema<infer T, infer O> ? WireBody<T, O> : unknown;
  readonly serializer: this["schema"] extends WireSchema<infer T, WireSchemaOptions>
    ? EncodableValue<T>
    : unknown;
}

/** Defaults for every wire body (a `wire()` call's options override them). */
export type FleetwirePluginOptions = ReadWireBodyOptions;

const DECODED = Symbol("fleetwire.decoded-body");
type WithDecoded = FastifyRequest & { [DECODED]?: unknown };

/** The stream a wire route hands on once it has read the body: empty, and as long as the body was. */
function emptyStreamAfter(request: FastifyRequest) {
  const length = Number(request.headers["content-length"]);
  return Object.assign(
    {
      on(event: string, listener: () => void) {
        if (event === "end") queueMicrotask(listener);
        return this;
      },
      removeListener() {
        return this;
      },
      resume() {
        return this;
      },
    },
    Number.isNaN(length) ? {} : { receivedEncodedLength: length },
  );
}

/** Reads and decodes a wire body before Fastify parses anything; a problem ends the request here. */
function wirePreParsing(type: WireTypeRef, options: ReadWireBodyOptions) {
  return (
    request: FastifyRequest,
    reply: FastifyReply,
    payload: NodeRequestLike & { readableEnded?: boolean },
    done: (error: Error | null, payload?: unknown) => void,
  ) => {
    // The payload may be a stream an earlier preParsing hook returned; the headers are the request's.
    const source: NodeRequestLike =
      payload === (request.raw as unknown)
        ? (request.raw as unknown as NodeRequestLike)
        : {
            headers: request.headers,
            readableEnded: payload.readableEnded,
            on: (event, listener) => payload.on(event, listener),
            removeListener: (event, listener) => payload.removeListener(event, listener),
            resume: () => payload.resume(),
          };
    readWireBodyFromNode(type, source, options).then((result) => {
      if (!result.ok) {
        // Answered here: `done` is not called, so no parser, validation or handler runs.
        reply.code(result.status).headers(problemHeaders(result.problem));
        if (result.bodyUnread) reply.header("connection", "close");
        reply.send(Buffer.from(JSON.stringify(result.problem)));
        return;
      }
      (request as WithDecoded)[DECODED] = result.value;
      done(null, emptyStreamAfter(request));
    }, done);
  };
}

/** Writes every response status declared `wire()`: all of a route's response schemas are wire ones. */
const wireSerializerCompiler: FastifySerializerCompiler<unknown> = ({ schema }) => {
  const { type } = schema as WireSchema;
  return (value: unknown) => encodeResponse(type, value as never);
};

/**
 * The response schema Fastify picks for a status (exact, then `4xx`, then
 * `default`), when it is a wire one.
 */
function wireResponseFor(responses: Record<string, unknown>, status: number): WireSchema | undefined {
  const code = String(status);
  const picked = responses[code] ?? responses[`${code[0]}xx`] ?? responses.default;
  return isWireSchema(picked) ? picked : undefined;
}

const toArray = <H>(hooks: H | H[] | undefined): H[] =>
  hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks];

const plugin: FastifyPluginCallback<FleetwirePluginOptions> = (fastify, pluginOptions, done) => {
  const { onProtoPoisoning, onConstructorPoisoning } = fastify.initialConfig;
  const defaultJson = fastify.getDefaultJsonParser(
    onProtoPoisoning ?? "error",
    onConstructorPoisoning ?? "error",
  );
  const pass = (request: FastifyRequest) => Object.hasOwn(request, DECODED);
  const decodedOf = (request: FastifyRequest) => (request as WithDecoded)[DECODED];

  // application/json: a wire route's decoded value as it is; anywhere else, Fastify's own default parser.
  fastify.removeContentTypeParser("application/json");
  fastify.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, next) => {
    if (pass(request)) next(null, decodedOf(request));
    else defaultJson(request, body as string, next);
  });
  const typesAdded = new Set<string>();
  const passThrough = (mediaType: string) => {
    if (typesAdded.has(mediaType) || fastify.hasContentTypeParser(mediaType)) return;
    typesAdded.add(mediaType);
    // A media type only wire routes accept: elsewhere, the 415 Fastify gives for a type with no parser.
    fastify.addContentTypeParser(mediaType, (request, _payload, next) => {
      if (pass(request)) next(null, decodedOf(request));
      else next(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(mediaType));
    });
  };
  for (const mediaType of LINES_TYPES) passThrough(mediaType);

  fastify.addHook("onRoute", (route: RouteOptions) => {
    const schema = route.schema as (FastifySchema & { response?: Record<string, unknown> }) | undefined;
    if (schema === undefined) return;
    const body = isWireSchema(schema.body) ? schema.body : undefined;
    const responses = Object.values(schema.response ?? {}).filter(isWireSchema);
    if (body === undefined && responses.length === 0) return;
    const routeSchema: FastifySchema & { response?: Record<string, unknown> } = { ...schema };
    if (body !== undefined) {
      const options: ReadWireBodyOptions = { ...pluginOptions, ...body.options };
      for (const mediaType of options.contentTypes ?? []) passThrough(mediaType.toLowerCase());
      // Nothing left for Fastify to validate: the body was decoded (and so validated) in preParsing.
      delete routeSchema.body;
      route.preParsing = [wirePreParsing(body.type, options) as never, ...toArray(route.preParsing)];
      // The limit is fleetwire's, checked in preParsing; Fastify's own (on the empty stream left) must not be lower.
      route.bodyLimit = Math.max(route.bodyLimit ?? 0, limitOf(options));
    }
    const declared = schema.response ?? {};
    if (responses.length > 0 && responses.length === Object.keys(declared).length) {
      route.serializerCompiler = wireSerializerCompiler;
    } else if (responses.length > 0) {
      // Mixed with JSON Schema responses: those stay Fastify's (its own serializer compiler); the wire
      // ones are taken out of the schema and written by a serializer set on the reply before serialization.
      routeSchema.response = Object.fromEntries(
        Object.entries(declared).filter(([, response]) => !isWireSchema(response)),
      );
      const setWireSerializer = (
        _request: FastifyRequest,
        reply: FastifyReply,
        payload: unknown,
        next: (error: Error | null, payload?: unknown) => void,
      ) => {
        const response = wireResponseFor(declared, reply.statusCode);
        if (response !== undefined)
          reply.serializer((value: unknown) => encodeResponse(response.type, value as never));
        next(null, payload);
      };
      route.preSerialization = [...toArray(route.preSerialization), setWireSerializer as never];
    }
    route.schema = routeSchema;
  });
  done();
};

/**
 * The Fastify plugin (wrapped with `fastify-plugin`, so it applies to the
 * instance it is registered on and its children). Register it before the
 * routes and before any plugin that adds its own `application/json` parser.
 */
export const fleetwire = fp(plugin, { fastify: "5.x", name: "fleetwire" });

// Server code: every fleetwire schema parses with the build-time parsers (as `fleetwire` does on Node).
installPrecompiledParsers();
