import type { Glossary } from "../knowledge/glossary";
import type { FaqEntry } from "../knowledge/records";
import type { Message, QuickReply } from "../line/message-types";
import type { Plan, PlanIssue, Tool } from "../plan/schema";
import { toolOfCode } from "../thai/item-codes";
import { issueCard, itemCard, itemsSummary, measureCard } from "./cards";
import type { CountSubject, Decision } from "./decision";
import { COMMON_QUESTIONS, type FollowUp, issueFollowUps, quickReply } from "./follow-ups";
import { handoffText } from "./handoff";
import { greetingText, thanksText } from "./smalltalk";
import { findIssue, findItem, issuesOfItem, periodText, shorten, sourceLine, statusText, uniqueItems } from "./wording";

/**
 * Turns a decision into LINE messages: one template per kind of answer (thai-qa.md: counting and
 * listing need templates, not ranking). Lists are complete, numbers and dates are the plan's, and
 * every plan answer ends with the fiscal year it quotes.
 */
export interface RenderContext {
  plan: Plan;
  glossary: Glossary;
  faqs: ReadonlyMap<string, FaqEntry>;
}

export interface Rendered {
  kind: "plan" | "glossary" | "faq" | "smalltalk" | "choice" | "handoff";
  messages: Message[];
}

export function renderAnswer(decision: Decision, ctx: RenderContext): Rendered {
  const { plan } = ctx;
  const text = (body: string, followUps: readonly FollowUp[] = [], kind: Rendered["kind"] = "plan"): Rendered => ({
    kind,
    messages: [withQuickReply({ type: "text", text: kind === "plan" ? `${body}\n\n${sourceLine(plan)}` : body }, quickReply(followUps))],
  });
  const card = (message: Message, followUps: readonly FollowUp[]): Rendered => ({
    kind: "plan",
    messages: [withQuickReply(message, quickReply(followUps))],
  });

  switch (decision.type) {
    case "smalltalk":
      return text(decision.which === "greeting" ? greetingText(plan) : thanksText(), COMMON_QUESTIONS, "smalltalk");
    case "handoff":
      return text(handoffText(plan, decision.reason, decision.year), decision.reason === "empty" ? COMMON_QUESTIONS : [], "handoff");
    case "overview":
      return text(overviewText(plan), [COMMON_QUESTIONS[1], COMMON_QUESTIONS[2], COMMON_QUESTIONS[5]].filter(isFollowUp));
    case "plan-summary":
      return text(planSummaryText(plan), COMMON_QUESTIONS);
    case "item":
      return renderItem(decision.codes, decision.focus, ctx, text, card);
    case "unknown-item":
      return text(
        `ไม่พบข้อ ${decision.codes.join(", ")} ในผลการประเมินที่มาตรการฯ นี้อ้างถึงค่ะ (มีข้อ ${codeRanges(plan)})`,
        [COMMON_QUESTIONS[1]].filter(isFollowUp),
      );
    case "items-with-score": {
      const items = uniqueItems(plan).filter(({ item }) => Number(item.score) === Number(decision.score));
      return text(`ข้อที่ได้ ${decision.score} คะแนน มี ${items.length} ข้อ: ${items.map(({ item }) => item.code).join(", ")}`, [COMMON_QUESTIONS[1]].filter(isFollowUp));
    }
    case "issue":
      return renderIssue(decision.issue, decision.focus, decision.step, ctx, text, card, decision.wide);
    case "unknown-issue":
      return text(`มาตรการฯ นี้มี ${plan.issues.length} ประเด็น (ประเด็นที่ 1–${plan.issues.length}) ไม่มีประเด็นที่ ${decision.issue} ค่ะ\n${issueLines(plan)}`, [COMMON_QUESTIONS[2]].filter(isFollowUp));
    case "failed-list":
      return text(failedText(plan, decision.tool), belowFollowUps(plan, decision.tool));
    case "count":
      return text(countText(plan, decision.subject, decision.tool), COMMON_QUESTIONS.slice(1, 4));
    case "unit":
      return text(unitText(plan, decision.unit), [COMMON_QUESTIONS[3]].filter(isFollowUp));
    case "units-all":
      return text(countText(plan, "units"), [COMMON_QUESTIONS[4]].filter(isFollowUp));
    case "period":
      return text(periodAllText(plan), [COMMON_QUESTIONS[2]].filter(isFollowUp));
    case "measures-list":
      return text(measuresListText(plan), plan.issues.slice(0, 7).map((i) => ({ label: `ประเด็นที่ ${i.number}`, text: `ขั้นตอนมาตรการประเด็นที่ ${i.number}` })));
    case "glossary":
      return renderGlossary(decision.id, decision.aspect, ctx);
    case "faq": {
      const faq = ctx.faqs.get(decision.id);
      return text(faq ? faq.answer : handoffText(plan, "low-confidence"), [], faq ? "faq" : "handoff");
    }
    case "choice":
      return renderChoice(decision.options, ctx);
  }
}

type TextFn = (body: string, followUps?: readonly FollowUp[], kind?: Rendered["kind"]) => Rendered;
type CardFn = (message: Message, followUps: readonly FollowUp[]) => Rendered;

function isFollowUp(f: FollowUp | undefined): f is FollowUp {
  return f !== undefined;
}

function withQuickReply<M extends Message>(message: M, qr: QuickReply | undefined): M {
  return qr ? { ...message, quickReply: qr } : message;
}

function overviewText(plan: Plan): string {
  const below = uniqueItems(plan).filter(({ item }) => item.belowPassMark);
  const list = below.map(({ item }) => `${item.code} (${item.score})`).join(", ");
  return (
    `ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ พ.ศ. ${plan.assessment.year} ของ ${plan.organization.shortName} ` +
    `ในภาพรวมได้ ${plan.assessment.score} คะแนน อยู่ในระดับ “${plan.assessment.level}”` +
    (below.length ? `\nข้อที่ได้ต่ำกว่า ${plan.itemPassMark} มี ${below.length} ข้อ: ${list}` : "")
  );
}

function planSummaryText(plan: Plan): string {
  return (
    `${plan.title} ของ ${plan.organization.shortName} ปีงบประมาณ พ.ศ. ${plan.fiscalYear} จัดทำจากผล ITA ปี ${plan.assessment.year} ` +
    `(${plan.assessment.score} คะแนน ระดับ “${plan.assessment.level}”) มี ${plan.issues.length} ประเด็น ประเด็นละ 1 มาตรการ:\n${issueLines(plan)}`
  );
}

function issueLines(plan: Plan): string {
  return plan.issues.map((i) => `${i.number}. ${shorten(i.title, 70)}`).join("\n");
}

function codeRanges(plan: Plan): string {
  const byTool = new Map<Tool, number[]>();
  for (const { item } of uniqueItems(plan)) {
    const t = toolOfCode(item.code);
    byTool.set(t, [...(byTool.get(t) ?? []), Number(item.code.slice(1))]);
  }
  return [...byTool.entries()]
    .map(([tool, nums]) => `${tool[0]?.toLowerCase()}${Math.min(...nums)}–${tool[0]?.toLowerCase()}${Math.max(...nums)}`)
    .join(", ");
}

function renderItem(codes: string[], focus: string, ctx: RenderContext, text: TextFn, card: CardFn): Rendered {
  const { plan } = ctx;
  const first = codes[0] as string;
  const issues = issuesOfItem(plan, first);
  const issue = issues[0] as PlanIssue;
  const followUps: FollowUp[] = [
    { label: `รายละเอียดข้อ ${first}`, text: `รายละเอียดข้อ ${first}` },
    ...issueFollowUps(issue.number, "score"),
    COMMON_QUESTIONS[1] as FollowUp,
  ];
  if (codes.length === 1 && focus === "detail") {
    const item = findItem(plan, first);
    if (item) return card(itemCard(plan, item), followUps.slice(1));
  }
  if (codes.length === 1 && (focus === "who" || focus === "when" || focus === "steps")) {
    const lead = `ข้อ ${first} อยู่ในประเด็นที่ ${issues.map((i) => i.number).join(" และ ")}\n`;
    const r = renderIssue(issue.number, focus, undefined, ctx, (body, f, k) => text(lead + body, f, k), card);
    return r;
  }
  const lines = codes.map((code) => {
    const item = findItem(plan, code);
    if (!item) return `ข้อ ${code}: ไม่พบในมาตรการฯ นี้`;
    const where = issuesOfItem(plan, code)
      .map((i) => `ประเด็นที่ ${i.number} ${shorten(i.title, 60)}`)
      .join(" และ ");
    const about = item.question ? `\nคำถาม: ${shorten(item.question, 110)}` : "";
    const why = item.belowPassMark && item.remark ? `\nแนวทางแก้ไข: ${shorten(item.remark, 140)}` : "";
    return `ข้อ ${code} (${toolOfCode(code)}) ได้ ${item.score} คะแนน ${statusText(item, plan)}\nอยู่ใน${where}${codes.length === 1 ? about + why : ""}`;
  });
  return text(lines.join("\n\n"), followUps);
}

function renderIssue(number: number, focus: string, step: number | undefined, ctx: RenderContext, text: TextFn, card: CardFn, wide = false): Rendered {
  const { plan } = ctx;
  const issue = findIssue(plan, number);
  const head = `มาตรการประเด็นที่ ${issue.number} (${shorten(issue.title, 80)})`;
  switch (focus) {
    case "who":
      return text(`ผู้รับผิดชอบ${head}: ${issue.measure.unit}`, issueFollowUps(number, "who"));
    case "when":
      return text(`ระยะเวลาดำเนินการ${head}: ${periodText(issue)}`, issueFollowUps(number, "when"));
    case "score":
      return text(
        `คะแนนรายข้อ ประเด็นที่ ${issue.number} ${shorten(issue.title, 80)} (${itemsSummary(plan, issue)})\n` +
          issue.items.map((i) => `${i.code} ${i.score}${i.belowPassMark ? " (ไม่ผ่าน)" : ""}`).join(", "),
        issueFollowUps(number, "score"),
      );
    case "failed":
    case "why": {
      const below = issue.items.filter((i) => i.belowPassMark);
      const body = below.length
        ? below.map((i) => `• ${i.code} ได้ ${i.score}${i.remark ? ` แนวทางแก้ไข: ${shorten(i.remark, 120)}` : ""}`).join("\n")
        : `ผ่านเกณฑ์ทุกข้อ (${issue.items.length} ข้อ ได้ ${plan.itemPassMark} ทุกข้อ)`;
      return text(`ประเด็นที่ ${issue.number} ${shorten(issue.title, 80)}\n${body}`, issueFollowUps(number, "score"));
    }
    case "steps":
      if (step !== undefined && !wide && issue.measure.steps[step - 1])
        return text(
          `${head}\nขั้นตอนที่ ${step}: ${issue.measure.steps[step - 1]}\nผู้รับผิดชอบ: ${issue.measure.unit}\nระยะเวลา: ${periodText(issue)}`,
          [{ label: "ขั้นตอนทั้งหมด", text: `ขั้นตอนมาตรการประเด็นที่ ${number}` }, ...issueFollowUps(number, "steps")],
        );
      return card(measureCard(plan, issue, step), issueFollowUps(number, "steps"));
    default:
      return card(issueCard(plan, issue), issueFollowUps(number));
  }
}

function failedText(plan: Plan, tool?: Tool): string {
  const all = uniqueItems(plan).filter(({ item }) => !tool || toolOfCode(item.code) === tool);
  const below = all.filter(({ item }) => item.belowPassMark);
  const scope = tool ? `ข้อ ${tool}` : "ข้อ";
  if (!below.length) return `${scope}ทุกข้อ (${all.length} ข้อ) ได้ ${plan.itemPassMark} คะแนน ผ่านเกณฑ์ทั้งหมดค่ะ`;
  const lines = below.map(({ item }) => {
    const issues = issuesOfItem(plan, item.code).map((i) => i.number).join(", ");
    return `• ${item.code} ได้ ${item.score} (ประเด็นที่ ${issues})${item.question ? ` ${shorten(item.question, 60)}` : ""}`;
  });
  const rest = all.length - below.length;
  return `${scope}ที่ได้คะแนนต่ำกว่าเกณฑ์ ${plan.itemPassMark} (ไม่ผ่าน) มี ${below.length} ข้อ:\n${lines.join("\n")}\n${scope}อื่นอีก ${rest} ข้อได้ ${plan.itemPassMark} คะแนน`;
}

function belowFollowUps(plan: Plan, tool?: Tool): FollowUp[] {
  return uniqueItems(plan)
    .filter(({ item }) => item.belowPassMark && (!tool || toolOfCode(item.code) === tool))
    .slice(0, 12)
    .map(({ item }) => ({ label: `ทำไม ${item.code} ไม่ผ่าน`, text: `รายละเอียดข้อ ${item.code}` }));
}

function countText(plan: Plan, subject: CountSubject, tool?: Tool): string {
  const items = uniqueItems(plan).filter(({ item }) => !tool || toolOfCode(item.code) === tool);
  const below = items.filter(({ item }) => item.belowPassMark);
  const byTool = (["IIT", "EIT", "OIT"] as const)
    .map((t) => [t, items.filter(({ item }) => toolOfCode(item.code) === t).length] as const)
    .filter(([, n]) => n > 0);
  switch (subject) {
    case "issues":
      return `มาตรการฯ ปีงบประมาณ พ.ศ. ${plan.fiscalYear} มี ${plan.issues.length} ประเด็น:\n${issueLines(plan)}`;
    case "measures":
      return `มี ${plan.issues.length} มาตรการ (ประเด็นละ 1 มาตรการ):\n${issueLines(plan)}`;
    case "steps":
      return `มาตรการทั้ง ${plan.issues.length} ประเด็นมีขั้นตอนรวม ${plan.issues.reduce((n, i) => n + i.measure.steps.length, 0)} ขั้นตอน:\n${plan.issues.map((i) => `ประเด็นที่ ${i.number}: ${i.measure.steps.length} ขั้นตอน`).join("\n")}`;
    case "tools":
      return `การประเมิน ITA ใช้เครื่องมือ 3 ชุด: IIT (แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน), EIT (แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก), OIT (แบบตรวจการเปิดเผยข้อมูลสาธารณะ)\nในแผนนี้: ${byTool.map(([t, n]) => `${t} ${n} ข้อ`).join(", ")}`;
    case "units": {
      const units = new Map<string, number[]>();
      for (const i of plan.issues) units.set(i.measure.unit, [...(units.get(i.measure.unit) ?? []), i.number]);
      return `ผู้รับผิดชอบมาตรการมี ${units.size} หน่วย:\n${[...units.entries()].map(([u, ns]) => `• ${u}: ประเด็นที่ ${ns.join(", ")}`).join("\n")}`;
    }
    case "failed":
      return below.length
        ? `${tool ? `ข้อ ${tool} ` : ""}ที่ได้ต่ำกว่าเกณฑ์ ${plan.itemPassMark} (ไม่ผ่าน) มี ${below.length} ข้อ: ${below.map(({ item }) => `${item.code} (${item.score})`).join(", ")}`
        : `${tool ? `ข้อ ${tool} ` : ""}ผ่านเกณฑ์ทุกข้อ (${items.length} ข้อ)`;
    case "passed":
      return `ผ่านเกณฑ์ (ได้ ${plan.itemPassMark}) ${items.length - below.length} ข้อ จาก ${items.length} ข้อ; ไม่ผ่าน ${below.length} ข้อ: ${below.map(({ item }) => `${item.code} (${item.score})`).join(", ")}`;
    case "items":
      return `${tool ? `ข้อ ${tool}` : "ข้อคำถามในผลการประเมิน"}มี ${items.length} ข้อ${tool ? "" : ` (${byTool.map(([t, n]) => `${t} ${n}`).join(", ")})`} ผ่านเกณฑ์ ${items.length - below.length} ข้อ ต่ำกว่าเกณฑ์ ${below.length} ข้อ${below.length ? `: ${below.map(({ item }) => `${item.code} (${item.score})`).join(", ")}` : ""}`;
  }
}

function unitText(plan: Plan, unit: string): string {
  const own = plan.issues.filter((i) => i.measure.unit === unit);
  if (own.length)
    return `${unit} รับผิดชอบ ${own.length} มาตรการ:\n${own.map((i) => `• ประเด็นที่ ${i.number} ${shorten(i.title, 70)}: ${shorten(i.measure.title, 90)}`).join("\n")}\nระยะเวลา: ${periodText(own[0] as PlanIssue)}`;
  const shared = plan.issues.filter((i) => /ทุก/.test(i.measure.unit));
  return (
    `มาตรการฯ นี้ไม่ได้ระบุ ${unit} เป็นผู้รับผิดชอบโดยตรงค่ะ` +
    (shared.length ? `\nมาตรการที่ระบุ “${shared[0]?.measure.unit}” ใช้กับทุกหน่วยงาน: ประเด็นที่ ${shared.map((i) => i.number).join(", ")}` : "")
  );
}

function periodAllText(plan: Plan): string {
  const periods = new Map<string, number[]>();
  for (const i of plan.issues) periods.set(periodText(i), [...(periods.get(periodText(i)) ?? []), i.number]);
  if (periods.size === 1) return `ทุกมาตรการดำเนินการระหว่าง ${[...periods.keys()][0]} (ตลอดปีงบประมาณ พ.ศ. ${plan.fiscalYear})`;
  return `ระยะเวลาดำเนินการ:\n${[...periods.entries()].map(([p, ns]) => `• ประเด็นที่ ${ns.join(", ")}: ${p}`).join("\n")}`;
}

function measuresListText(plan: Plan): string {
  return `มาตรการฯ ปีงบประมาณ พ.ศ. ${plan.fiscalYear} มี ${plan.issues.length} มาตรการ:\n${plan.issues
    .map((i) => `${i.number}. ${shorten(i.measure.title, 75)} (${i.measure.unit})`)
    .join("\n")}`;
}

function renderGlossary(id: string, aspect: "define" | "respondents", ctx: RenderContext): Rendered {
  const { plan } = ctx;
  const term = ctx.glossary.terms.find((t) => t.id === id);
  if (!term) return { kind: "handoff", messages: [{ type: "text", text: handoffText(plan, "low-confidence") }] };
  let body: string;
  if (id === "levels")
    body = `${term.thaiName}: ${term.measures}\n${plan.organization.shortName} ได้ ${plan.assessment.score} คะแนน ระดับ “${plan.assessment.level}” (ITA ปี ${plan.assessment.year})`;
  else {
    const name = term.english ? `${term.term} ย่อมาจาก ${term.english} หรือ ${term.thaiName}` : `${term.term} คือ ${term.thaiName}${term.english ? ` (${term.english})` : ""}`;
    const who = term.respondents ? `\nผู้ตอบ: ${term.respondents}` : "";
    body = aspect === "respondents" && term.respondents ? `${term.term} (${term.thaiName})${who}\nวัด: ${term.measures}` : `${name}\nวัด: ${term.measures}${who}`;
  }
  const followUps: FollowUp[] = ctx.glossary.terms
    .filter((t) => t.id !== id)
    .slice(0, 5)
    .map((t) => ({ label: `${shorten(t.term, 12)} คืออะไร`, text: `${t.term} คืออะไร` }));
  return { kind: "glossary", messages: [withQuickReply({ type: "text", text: body }, quickReply(followUps))] };
}

function describe(option: Decision, ctx: RenderContext): FollowUp {
  const { plan } = ctx;
  switch (option.type) {
    case "issue": {
      const issue = findIssue(plan, option.issue);
      return { label: shorten(`ประเด็น ${issue.number} ${issue.title}`, 20), text: `มาตรการประเด็นที่ ${issue.number}` };
    }
    case "item":
      return { label: `ข้อ ${option.codes[0]}`, text: `รายละเอียดข้อ ${option.codes[0]}` };
    case "glossary": {
      const term = ctx.glossary.terms.find((t) => t.id === option.id);
      return { label: shorten(`${term?.term ?? option.id} คืออะไร`, 20), text: `${term?.term ?? option.id} คืออะไร` };
    }
    case "faq": {
      const faq = ctx.faqs.get(option.id);
      const q = faq?.questions[0] ?? "";
      return { label: shorten(q, 20), text: q };
    }
    default:
      return { label: "ผลคะแนน ITA", text: "ผลคะแนน ITA ได้เท่าไร" };
  }
}

function renderChoice(options: Decision[], ctx: RenderContext): Rendered {
  const described = options.map((o) => describe(o, ctx));
  const lines = options.map((o, i) => {
    if (o.type === "issue") return `${i + 1}) ประเด็นที่ ${o.issue} ${shorten(findIssue(ctx.plan, o.issue).title, 70)}`;
    return `${i + 1}) ${described[i]?.text ?? ""}`;
  });
  return {
    kind: "choice",
    messages: [withQuickReply({ type: "text", text: `คำถามนี้ตรงกับหลายเรื่องค่ะ หมายถึงเรื่องใด:\n${lines.join("\n")}\nเลือกจากปุ่มด้านล่างได้เลยค่ะ` }, quickReply(described))],
  };
}
