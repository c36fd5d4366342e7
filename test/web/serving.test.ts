import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import { dashboardRoutes } from "../../src/http/dashboard.js";

function builtDashboard(): string {
  const dir = mkdtempSync(join(tmpdir(), "assent-web-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(
    join(dir, "index.html"),
    '<!doctype html><script type="module" src="/assets/index-abc.js"></script>',
  );
  writeFileSync(join(dir, "assets", "index-abc.js"), "console.log('dashboard')");
  return dir;
}

describe("serving the dashboard", () => {
  const apps: ReturnType<typeof Fastify>[] = [];
  async function serve(dir: string) {
    const app = Fastify();
    await app.register(dashboardRoutes(dir));
    apps.push(app);
    return app;
  }
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it("answers index.html for every client route, never cached, under a policy that allows only this origin's scripts", async () => {
    const app = await serve(builtDashboard());
    for (const url of [
      "/",
      "/login",
      "/projects",
      "/projects/prj_1/consent-requests?status=pending",
    ]) {
      const res = await app.inject({ method: "GET", url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^text\/html/);
      expect(res.body).toContain("/assets/index-abc.js");
      expect(res.headers["cache-control"]).toBe("no-cache");
      const csp = String(res.headers["content-security-policy"]);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
  });

  it("serves built assets with a long, immutable cache; their names change with their content", async () => {
    const app = await serve(builtDashboard());
    const res = await app.inject({ method: "GET", url: "/assets/index-abc.js" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/javascript/);
    expect(res.headers["cache-control"]).toContain("immutable");
    expect((await app.inject({ method: "GET", url: "/assets/missing.js" })).statusCode).toBe(404);
  });

  it("says how to build it when it has not been built", async () => {
    const app = await serve(mkdtempSync(join(tmpdir(), "assent-web-empty-")));
    const res = await app.inject({ method: "GET", url: "/" });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain("npm run build");
  });
});
