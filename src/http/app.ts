import type { IncomingMessage, ServerResponse } from "node:http";
import cookie from "@fastify/cookie";
import formbody from "@fastify/formbody";
import swagger from "@fastify/swagger";
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  LogController,
  type RawServerDefault,
} from "fastify";
import {
  createJsonSchemaTransform,
  type FastifyPluginAsyncZod,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { sql } from "kysely";
import type { Bindings, ChildLoggerOptions, LogFn } from "pino";
import { type SimSwapOptions, simSwapPrefix, simSwapRoutes } from "../camara/routes.js";
import type { TrustProxy } from "../config.js";
import { AppError } from "../errors.js";
import { httpDuration, registry } from "../metrics.js";
import { hashSecret, sameDigest } from "../secrets.js";
import type { Deps } from "../services/deps.js";
import { csrfHeader, sessionCookie } from "./auth.js";
import { errorBody, handleError } from "./errors.js";
import { webhookDocuments } from "./openapi-webhooks.js";
import { apiRoutes } from "./routes/index.js";
import { serializerCompiler } from "./serializer.js";

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export type AppOptions = {
  /** Extra route plugins served beside the API (review page, outbox page). */
  plugins?: FastifyPluginAsyncZod[];
  /** Proxies allowed to name the client's address (T6); none when absent. */
  trustProxy?: TrustProxy;
  /** The bearer token /metrics asks for, when set (T7). */
  metricsToken?: string | null;
  /** The CAMARA SIM swap routes' per-key rate limit (S3). */
  simSwap?: SimSwapOptions;
};

/** A hop count is proxy-addr's `(address, hop) => hop < count`, which Fastify's types leave out. */
function proxyTrust(
  trust: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trust === "number" ? (_address, hop) => hop < trust : trust;
}

/** Compares a bearer credential in constant time (digests have one length whatever is sent). */
function bearerMatches(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  return match?.[1] !== undefined && sameDigest(hashSecret(match[1]), hashSecret(token));
}

/**
 * Fastify gives every request a child logger with the request's id bound; pino's child costs
 * about as much as the access line itself (its bindings go through the redaction pass). Few
 * requests log anything else, so the child is made when first used. A class, so that a request
 * costs one small object and its methods are shared.
 */
class ChildOnFirstUse implements FastifyBaseLogger {
  #made: FastifyBaseLogger | undefined;
  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildLoggerOptions,
  ) {}
  private made(): FastifyBaseLogger {
    this.#made ??= this.parent.child(this.bindings, this.options);
    return this.#made;
  }
  get level(): string {
    return this.#made?.level ?? this.options.level ?? this.parent.level;
  }
  set level(level: string) {
    this.made().level = level;
  }
  fatal(...args: Parameters<LogFn>): void {
    this.made().fatal(...args);
  }
  error(...args: Parameters<LogFn>): void {
    this.made().error(...args);
  }
  warn(...args: Parameters<LogFn>): void {
    this.made().warn(...args);
  }
  info(...args: Parameters<LogFn>): void {
    this.made().info(...args);
  }
  debug(...args: Parameters<LogFn>): void {
    this.made().debug(...args);
  }
  trace(...args: Parameters<LogFn>): void {
    this.made().trace(...args);
  }
  silent(...args: Parameters<LogFn>): void {
    this.made().silent(...args);
  }
  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.made().child(bindings, options);
  }
}

export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<App> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    // Requests are logged once, on response, by route and status: never a raw URL with a token.
    logController: new LogController({ disableRequestLogging: true }),
    childLoggerFactory: (logger, bindings, options) =>
      new ChildOnFirstUse(logger, bindings, options),
    trustProxy: proxyTrust(options.trustProxy ?? false),
    bodyLimit: 64 * 1024,
    // A mangled link with an overlong token still reaches the review page's "not valid" answer.
    routerOptions: { maxParamLength: 512 },
    serializerOpts: {},
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send(errorBody(new AppError("notFound", "Not found."))),
  );
  // The access line's fields (a route template, never a URL) cannot hold personal data: it skips
  // the redaction pass every other line goes through, which would cost as much as the line.
  const accessLog = deps.logger.child({}, { redact: [] });
  // A callback rather than an async function: no promise to make and settle for every request.
  app.addHook("onResponse", (request, reply, done) => {
    const route = request.routeOptions.url ?? "unmatched";
    httpDuration
      .labels(request.method, route, String(reply.statusCode))
      .observe(reply.elapsedTime / 1000);
    accessLog.info(
      {
        reqId: request.id,
        method: request.method,
        route,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      "request",
    );
    done();
  });

  await app.register(cookie);
  await app.register(formbody);
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Assent API",
        version: "1.0.0",
        description:
          "Ask a subscriber's consent before a SIM replacement, a provider change or a port-out.",
        license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" },
      },
      servers: [{ url: deps.publicUrl, description: "This Assent instance" }],
      webhooks: webhookDocuments(),
      components: {
        securitySchemes: {
          apiKey: { type: "http", scheme: "bearer" },
          session: {
            type: "apiKey",
            in: "cookie",
            name: sessionCookie,
            description: `The dashboard's session; calls that change state also send the ${csrfHeader} header it was given at login.`,
          },
        },
      },
      security: [{ apiKey: [] }, { session: [] }],
    },
    transform: createJsonSchemaTransform({ skipList: ["/healthz", "/readyz", "/metrics"] }),
    transformObject: (document) =>
      withHtmlEvidence(
        withoutEmptyBodies("openapiObject" in document ? document.openapiObject : {}),
      ),
    hideUntagged: false,
  });

  app.get("/healthz", { schema: { hide: true } }, async () => ({ status: "ok" }));
  app.get("/readyz", { schema: { hide: true } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(deps.db);
      return { status: "ready" };
    } catch {
      return reply.status(503).send({ status: "unavailable" });
    }
  });
  app.get("/metrics", { schema: { hide: true } }, async (request, reply) => {
    if (
      options.metricsToken &&
      !bearerMatches(request.headers.authorization, options.metricsToken)
    ) {
      reply.header("www-authenticate", 'Bearer realm="metrics"');
      return reply
        .status(401)
        .send(errorBody(new AppError("unauthenticated", "Send the metrics token as a bearer.")));
    }
    reply.header("content-type", registry.contentType);
    return registry.metrics();
  });

  await app.register(apiRoutes(deps), { prefix: "/api" });
  await app.register(simSwapRoutes(deps, options.simSwap), { prefix: simSwapPrefix });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  for (const plugin of options.plugins ?? []) await app.register(plugin);
  return app;
}

/**
 * A route that takes no body accepts `{}` or nothing (routes/index.ts); documented as a required
 * body, a generated client could not call it without one. Such bodies are documented optional.
 */
function withoutEmptyBodies<T extends { paths?: object }>(document: T): T {
  const empty = (branch: Record<string, unknown>) =>
    branch.type === "null" ||
    (branch.type === "object" &&
      branch.additionalProperties === false &&
      Object.keys((branch.properties as object | undefined) ?? {}).length === 0);
  for (const item of Object.values(document.paths ?? {}) as Record<string, unknown>[]) {
    for (const operation of Object.values(item) as { requestBody?: unknown }[]) {
      const body = operation?.requestBody as
        | {
            required?: boolean;
            content?: Record<string, { schema?: { anyOf?: Record<string, unknown>[] } }>;
          }
        | undefined;
      const branches = body?.content?.["application/json"]?.schema?.anyOf;
      if (body && branches?.every(empty)) body.required = false;
    }
  }
  return document;
}

/** The evidence (F5) is also a printable page: its 200 documents `text/html` beside the JSON. */
function withHtmlEvidence<T extends { paths?: object }>(document: T): T {
  const paths = (document.paths ?? {}) as Record<string, Record<string, unknown>>;
  const operation = paths["/api/projects/{projectId}/consentRequests/{consentRequestId}/evidence"]
    ?.get as { responses?: Record<string, { content?: Record<string, unknown> }> } | undefined;
  const content = operation?.responses?.["200"]?.content;
  if (content) {
    content["text/html"] = {
      schema: {
        type: "string",
        description: "The same evidence as a printable page, without scripts.",
      },
    };
  }
  return document;
}
