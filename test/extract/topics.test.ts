import { describe, expect, it } from "vitest";
import { segment } from "../../src/extract/segment";
import { readTopics } from "../../src/extract/topics";

const topicsOf = (text: string) => readTopics(segment([{ text }]));

describe("readTopics", () => {
  it("returns the noun phrases after 'discussed' and inside 'including' lists", () => {
    expect(topicsOf("The sides discussed bilateral cooperation in various spheres, including trade and economic cooperation, cultural and humanitarian ties, and regional and international security aspects.")).toEqual([
      "bilateral cooperation in various spheres",
      "trade",
      "economic cooperation",
      "cultural and humanitarian ties",
      "regional and international security aspects",
    ]);
  });

  it("returns the items of 'such as' lists and skips who was met", () => {
    expect(topicsOf("They will deepen cooperation in traditional areas such as agriculture and infrastructure, and explore new areas such as e-commerce and clean energy.")).toEqual(
      expect.arrayContaining(["agriculture", "infrastructure", "e-commerce", "clean energy"]),
    );
    expect(topicsOf("He discussed with his Japanese counterpart Takeshi Iwaya ways to develop maritime security.")).toEqual(["maritime security"]);
  });

  it("keeps the two sides of 'between … and' in one topic, never one side alone", () => {
    expect(topicsOf("The two also reviewed progress in talks between Orvane City and Telu Town on a shared border regime.")).not.toContain("Telu Town");
    expect(topicsOf("They talked about the escalation between Varans and Telus.")).toEqual(["escalation between Varans and Telus"]);
  });

  it("reads no topic after 'about' before a figure ('lasting about 30 minutes'), but after 'about' before a subject", () => {
    expect(topicsOf("On 7 May, lasting about 30 minutes, Minister Varan spoke by telephone with Minister Telu.")).toEqual([]);
    expect(topicsOf("They talked about the river border.")).toEqual(["river border"]);
  });

  it("returns no empty words, demonyms or dates as topics", () => {
    expect(topicsOf("They discussed cooperation and relations on Tuesday, noting the Cuban position.")).toEqual([]);
  });
});

describe("readTopics on lists of institutions", () => {
  it("returns no topic from a list of the structures the sides work in", () => {
    expect(topicsOf("Both sides confirmed their readiness to continue coordination in international structures, including the United Nations (UN) and the Shanghai Cooperation Organization (SCO).")).toEqual([]);
    expect(topicsOf("They will exchange experience in science, including information technology and medicine.")).toEqual(["information technology", "medicine"]);
  });
});

describe("readTopics and attribution", () => {
  it("returns no source of the report as a topic", () => {
    expect(topicsOf("The two leaders discussed the war in Gaza, humanitarian aid and regional security, according to the Egyptian presidency.")).toEqual(["war in Gaza", "humanitarian aid", "regional security"]);
    expect(topicsOf("They discussed trade and energy, the foreign ministry said.")).toEqual(["trade", "energy"]);
    expect(topicsOf("They discussed migration and fisheries, state media reported on Monday.")).toEqual(["migration", "fisheries"]);
  });

  it("reads a noun that reporting verbs share as part of the topic, never cutting the topic short before it", () => {
    const topics = topicsOf("Asked about press reports of a nuclear umbrella for the region, both ministers urged restraint.");
    expect(topics).not.toContain("press");
    expect(topics.join(" ")).toContain("press reports of a nuclear umbrella");
  });

  it("returns the topics of a fixture meeting without its source", () => {
    expect(readTopics(segment([{ text: "The ministers discussed ports, the ministry added." }]))).toEqual(["ports"]);
  });
});

describe("readTopics on long phrases", () => {
  it("returns an 'of' phrase with its noun, cut at the next preposition, and never 'of both countries'", () => {
    expect(topicsOf("They reached an agreement on the mutual exemption of visas for holders of diplomatic passports.")).toEqual(["mutual exemption of visas"]);
    expect(topicsOf("They discussed cooperation between the attorney general's offices of both countries.")).not.toContain("attorney general's offices of both countries");
  });
});

describe("readTopics past the counterpart of a contact noun", () => {
  // read24 t120 ("hold talks with Estonian Foreign Minister X on European integration, …"), read13 n104 ("talks with Qatar's emir on
  // reviving joint projects"), corpus c026 ("talks with State Minister of Foreign Affairs Ambassador X on bilateral … matters")
  it("reads the subjects after 'talks with X on', never a day, an occasion or a trip", () => {
    expect(topicsOf("He is due to hold talks with Veldian Foreign Minister Telu Varan on river transport and port fees.")).toEqual(["river transport", "port fees"]);
    expect(topicsOf("She held talks with Orvania's emir on reviving joint projects.")).toEqual(["joint projects"]);
    expect(topicsOf("He held talks with Telu Varan on Monday.")).toEqual([]);
    expect(topicsOf("He held talks with Telu Varan on the sidelines of the summit.")).toEqual([]);
    expect(topicsOf("Talks with Varan on first trip abroad")).toEqual([]);
  });
});

describe("readTopics after the verbs reports use for 'discussed'", () => {
  it("reads the list after 'went over', 'looked at', 'centred on' and 'compared notes on'", () => {
    expect(topicsOf("The two ministers went over fisheries, border trade and visa rules.")).toEqual(["fisheries", "border trade", "visa rules"]);
    expect(topicsOf("Halvik and Telu looked at port investment and rail links.")).toEqual(["port investment", "rail links"]);
    expect(topicsOf("The talks centred on water security.")).toEqual(["water security"]);
    expect(topicsOf("The two men compared notes on the Orvane crisis.")).toEqual(["Orvane crisis"]);
    expect(topicsOf("Much of the conversation turned to the economy.")).toEqual(["economy"]);
  });

  it("reads the list after 'dwelt on' (check11, read18, read31)", () => {
    expect(topicsOf("With Telu, Varan dwelt on the long bonds between the two river states and on the room for cooperation in farming.")).toContain("long bonds");
    expect(topicsOf("The talks dwelt on port investment and rail links.")).toEqual(["port investment", "rail links"]);
  });

  it("reads the list after 'for an exchange on' (read25 u109) and 'exchanges on' (read24 t109)", () => {
    expect(topicsOf("He met Defence Minister Telu Varan for an exchange on regional and global security.")).toEqual(["regional and global security"]);
    expect(topicsOf("The envoys held exchanges on investment and tourism.")).toEqual(["investment", "tourism"]);
  });

  it("keeps 'relations between A and B' whole, never 'relations' alone (read27 x117)", () => {
    expect(topicsOf("Varan and Telu spoke for about an hour, with relations between Veldia and the Orvanian republic on the table.")).toEqual(["relations between Veldia and the Orvanian republic"]);
    expect(topicsOf("They discussed relations and trade.")).toEqual(["trade"]);
    expect(topicsOf("The two ministers reviewed bilateral ties, with a view to anchoring them more firmly.")).toEqual(["bilateral ties"]);
  });

  it("reads no topic after 'address' when it means speaking to an audience", () => {
    expect(topicsOf("Addressing reporters after the ceremony, Varan said the port would open in spring.")).toEqual([]);
    expect(topicsOf("Kestas addressed the opening session of the forum.")).toEqual([]);
    // (taking a subject up still is one)
    expect(topicsOf("The ministers addressed maritime security.")).toEqual(["maritime security"]);
  });

  it("reads no topic from a clause that only names the discussion ('what was discussed in …')", () => {
    expect(topicsOf("The ministry gave no details of what was discussed in any of the three meetings.")).toEqual([]);
    expect(topicsOf("Varan briefed Kestas on what had been discussed in Tarsk the day before.")).toEqual([]);
  });

  it("reads what was raised with the other side, never what raising lifts", () => {
    expect(topicsOf("Varan raised the visa curbs with Kestas.")).toEqual(["visa curbs"]);
    expect(topicsOf("The two countries raised their ties to a strategic partnership last year.")).toEqual([]);
  });
});

describe("readTopics in any form of the verb", () => {
  it("reads the list after a verb of discussing in the present, the future or a purpose ('will review', 'to look at', 'take stock of')", () => {
    expect(topicsOf("The two ministers will review Veldian-Orvanian relations and river transport.")).toEqual(["Veldian-Orvanian relations", "river transport"]);
    expect(topicsOf("Varan met Kestas in Tarsk to look at openings for port investment.")).toEqual(["openings for port investment"]);
    expect(topicsOf("The ministers took stock of the grain corridor.")).toEqual(["grain corridor"]);
  });

  it("reads what a document covers, never what else 'cover' takes", () => {
    expect(topicsOf("They signed memoranda covering fisheries, forestry and customs.")).toEqual(["fisheries", "forestry", "customs"]);
    expect(topicsOf("The grant will help cover the costs of the bridge.")).toEqual([]);
  });
});

describe("readTopics past a phrase that frames the topic", () => {
  it("reads the topic after 'a wide range of questions in', 'the state of', 'the main items on'", () => {
    expect(topicsOf("The ministers went through a wide range of questions in Veldian-Orvanian trade.")).toEqual(["Veldian-Orvanian trade"]);
    expect(topicsOf("They discussed the current state of bilateral cooperation.")).toEqual(["bilateral cooperation"]);
    expect(topicsOf("The ministers reviewed the main items on the bilateral agenda.")).toEqual(["bilateral agenda"]);
  });

  it("reads no frame alone as a topic", () => {
    expect(topicsOf("They went over a set of issues.")).toEqual([]);
  });
});

describe("readTopics of what a sentence puts on the agenda", () => {
  it("reads the subject of 'were also on the agenda', 'are among the subjects', 'are the main themes'", () => {
    expect(topicsOf("River transport, fisheries and the border crossings were also on the agenda.")).toEqual(["River transport", "fisheries", "border crossings"]);
    expect(topicsOf("Regional and international matters are among the subjects to be discussed.")).toEqual(["Regional and international matters"]);
    expect(topicsOf("Grain exports and customs are the main themes.")).toEqual(["Grain exports", "customs"]);
  });

  it("reads no people, and no agenda in another sense, as topics", () => {
    expect(topicsOf("Visits by the Veldian Prime Minister are on the bilateral agenda.")).toEqual([]);
    expect(topicsOf("He was on the list of guests.")).toEqual([]);
    expect(topicsOf("The meeting was on the sidelines of the summit.")).toEqual([]);
  });
});

describe("what a contact had on the table", () => {
  it("returns the subject 'with X on the table' or 'high on the list' names, and no rough count (read27 x117, read17 q405, read31 x206)", () => {
    expect(readTopics(segment([{ text: "Varan and Telu spoke for about an hour, with trade and security on the table." }]))).toEqual(["trade", "security"]);
    expect(readTopics(segment([{ text: "The two leaders met in Tarsk, with security along their common border high on the list." }]))).toEqual(["security along their common border"]);
    expect(readTopics(segment([{ text: "Varan met Telu after spending about an hour with Orso, saying their discussions were about to start." }]))).toEqual([]);
  });

  it("reads the subject of 'were on the table', after a semicolon the clause it opens (read17 q418, read19 r613)", () => {
    expect(topicsOf("Climate change, maritime security and cyber were on the table, the office said.")).toEqual(["Climate change", "maritime security", "cyber"]);
    expect(topicsOf("On that trip he was also received by President Telu; trade, the use of the ports and regional security were on the table.")).toEqual(["trade", "use of the ports", "regional security"]);
  });
});

describe("readTopics on words that name no subject", () => {
  // read32 x227 ("… went over the outcome of the meeting held yesterday between …"), read32 x236 ("… coordinate cooperation in every
  // area of the relationship"), read35 x297 ("… including its part in the negotiations over …")
  it("returns no topic of an outcome or an area alone, and the subject of a part one plays", () => {
    expect(topicsOf("With Telu, the Veldian minister went over the outcome of the meeting held yesterday between the two leaders.")).toEqual([]);
    expect(topicsOf("Their two ministries, they agreed, should coordinate cooperation in every area of the relationship.")).toEqual([]);
    expect(topicsOf("Telu thanked Orvane for its help, including its part in the negotiations over the loan.")).not.toContain("part");
  });
});
