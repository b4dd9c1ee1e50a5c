import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { fixture, LOCAL, updateRequest } from "./helpers";

describe("response headers and the 404", () => {
  it("returns X-Content-Type-Options: nosniff on every JSON route", async () => {
    const responses = [
      await SELF.fetch(`${LOCAL}/healthz`),
      await SELF.fetch(`${LOCAL}/api/ask?q=${encodeURIComponent("Who met whom?")}`),
      await SELF.fetch(`${LOCAL}/api/ask`),
      await SELF.fetch(updateRequest(fixture("private_text"))),
      await SELF.fetch(updateRequest("{not json")),
      await SELF.fetch(`${LOCAL}/no/such/route`),
      await SELF.fetch(`${LOCAL}/`),
    ];
    for (const response of responses) {
      expect(response.headers.get("x-content-type-options"), response.url).toBe("nosniff");
      await response.body?.cancel();
    }
  });

  it("returns a 404 that does not echo the path it was asked for", async () => {
    const path = "/%3Cscript%3Ealert(1)%3C/script%3E";
    const response = await SELF.fetch(`${LOCAL}${path}`);
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).not.toMatch(/script/i);
    expect(JSON.parse(body)).toMatchObject({ error: "not found" });
  });
});
