import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { layouts } from "../../src/delivery/messages/layouts.generated.js";
import { renderLayouts } from "../../src/delivery/messages/letter.js";

const src = fileURLToPath(new URL("../../src", import.meta.url));

describe("email layouts", () => {
  it("the layouts messages are filled into are react-email's rendering of letter.tsx (npm run generate:letters)", async () => {
    expect({ ...layouts }).toEqual(await renderLayouts());
  });

  it("no server module but letter.tsx imports react-email, so React never runs in the server", () => {
    const importers = readdirSync(src, { recursive: true, encoding: "utf8" })
      .filter((file) => /\.tsx?$/.test(file) && !file.endsWith("letter.tsx"))
      .filter((file) =>
        /from "(@react-email\/[a-z-]+|react-dom\/server|[./]+letter\.js)"/.test(
          readFileSync(join(src, file), "utf8"),
        ),
      );
    expect(importers).toEqual([]);
  });
});
