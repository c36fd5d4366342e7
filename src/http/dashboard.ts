import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fastifyHelmet } from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

/** Where `scripts/build-dashboard.ts` writes the built dashboard (web/ → web/dist). */
export const dashboardDistDir = join(dirname(fileURLToPath(import.meta.url)), "../../web/dist");

/** Paths the dashboard's router owns: each answers index.html, and the app picks the screen. */
const clientRoutes = ["/", "/login", "/projects", "/projects/*"];

/**
 * The dashboard (§4): the built single-page app, served from the API's origin so that the session
 * cookie (SameSite=Strict) and the anti-CSRF header work without CORS. Vite emits no inline
 * script, so the policy allows scripts from this origin only; styles may be inline because the
 * dialog library writes a small style element to keep the page from scrolling behind a dialog.
 */
export function dashboardRoutes(distDir = dashboardDistDir): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(fastifyHelmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", "data:"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
        },
      },
      referrerPolicy: { policy: "same-origin" },
      xFrameOptions: { action: "deny" },
    });

    const built = existsSync(join(distDir, "index.html"));
    if (built) {
      await app.register(fastifyStatic, {
        root: join(distDir, "assets"),
        prefix: "/assets/",
        // File names carry a content hash: a changed file is a new name.
        immutable: true,
        maxAge: "365d",
        index: false,
      });
    }

    const sendIndex = (reply: FastifyReply) => {
      if (!built) {
        return reply
          .status(503)
          .type("text/plain; charset=utf-8")
          .send("The dashboard is not built. Run `npm run build` (npm start does it too).");
      }
      // The page names the current assets: always ask again.
      return reply
        .header("cache-control", "no-cache")
        .sendFile("index.html", distDir, { cacheControl: false });
    };
    for (const url of clientRoutes) {
      app.get(url, { schema: { hide: true } }, async (_request, reply) => sendIndex(reply));
    }
  };
}
