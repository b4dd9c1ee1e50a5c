import { describe, expect, it } from "vitest";
import { outletCountry, portalCountry } from "../../src/nlp/outlets";

describe("national outlets and government portals", () => {
  it("returns the country of a national agency written as a story's source, in any case or with 'the'", () => {
    // "Doha, April 20 (QNA)" (c025), "KUWAIT, June 3 (KUNA)" (c057), "— Bernama" (c044), "--IANS" (c033), "— VNS" (c038)
    expect(outletCountry("QNA")).toBe("Qatar");
    expect(outletCountry("KUNA")).toBe("Kuwait");
    expect(outletCountry("Bernama")).toBe("Malaysia");
    expect(outletCountry("IANS")).toBe("India");
    expect(outletCountry("the Vietnam News Agency")).toBe("Vietnam");
  });

  it("returns nothing for an international wire or an outlet it does not know", () => {
    expect(outletCountry("Reuters")).toBeUndefined();
    expect(outletCountry("AFP")).toBeUndefined();
    expect(outletCountry("LatAm Wire")).toBeUndefined();
  });

  it("returns the country of a government page that names itself at its head", () => {
    expect(portalCountry("Ministry of Foreign and European Affairs of the Slovak Republic Home | The Ministry | Foreign Policy")).toBe("Slovakia");
    expect(portalCountry("Government of Hungary | Ministry of Foreign Affairs and Trade | News")).toBe("Hungary");
    expect(portalCountry("SOLOMON ISLANDS GOVERNMENT Ministry of Foreign Affairs and External Trade")).toBe("Solomon Islands");
    expect(portalCountry("Council of Representatives of Iraq - Media Office")).toBe("Iraq");
    expect(portalCountry("Cookies on GOV.UK We use some essential cookies to make this website work.")).toBe("United Kingdom");
  });

  it("returns the country of a government page that names itself in its copyright line", () => {
    expect(portalCountry("Copyright © Ministry of Foreign Affairs, Republic of Korea. All Rights Reserved.")).toBe("South Korea");
    expect(portalCountry("© Ministry of Foreign Affairs of the Republic of Cuba")).toBe("Cuba");
  });

  it("returns nothing for a line that names no government of a country", () => {
    expect(portalCountry("© 2024 All rights reserved.")).toBeUndefined();
    expect(portalCountry("Home | Kuwait | Gulf | World | Business | Sports")).toBeUndefined();
    expect(portalCountry("Copyright (c) 2022 The New Times. All rights reserved.")).toBeUndefined();
  });
});
