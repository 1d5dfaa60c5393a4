/**
 * Assigning a ticket offers every unit: LINE shows at most 13 quick replies, so an organisation
 * with more units gets them a page at a time, each full page ending with "หน่วยอื่น".
 */
import { parsePostbackData } from "../../src/bot/postback-data";
import type { Ticket } from "../../src/tickets/ticket";
import { TICKET_ACTIONS } from "../../src/tickets/ticket-actions";
import { ticketText } from "../../src/tickets/ticket-messages";

type Item = { action: { label: string; data: string } };
const ticket = { id: "t1", code: "R-1234" } as Ticket;
const unitsOf = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `u${i}`, name: `กองที่ ${i + 1}` }));
const itemsOf = (m: unknown) => ((m as { quickReply?: { items: Item[] } }).quickReply?.items ?? []) as Item[];

describe("choosing the unit to assign a ticket to", () => {
  it("offers every one of 100 units by paging, never more than 13 buttons", () => {
    const units = unitsOf(100);
    const seen: string[] = [];
    let from: number | undefined = 0;
    for (let pages = 0; from !== undefined; pages++) {
      expect(pages).toBeLessThan(20);
      const items = itemsOf(ticketText.chooseUnit(ticket, units, from));
      expect(items.length).toBeLessThanOrEqual(13);
      from = undefined;
      for (const { action } of items) {
        const parsed = parsePostbackData(action.data);
        if (parsed?.action === TICKET_ACTIONS.assignTo) seen.push(parsed.params.u ?? "");
        else if (parsed?.action === TICKET_ACTIONS.assign) from = Number(parsed.params.o);
      }
    }
    expect(seen).toEqual(units.map((u) => u.id));
  });

  it("shows up to 13 units on one page without a next button", () => {
    const items = itemsOf(ticketText.chooseUnit(ticket, unitsOf(13)));
    expect(items).toHaveLength(13);
    expect(items.map((i) => i.action.label)).not.toContain("หน่วยอื่น ▶");
  });

  it("starts again from the first unit for an offset that is out of range", () => {
    const items = itemsOf(ticketText.chooseUnit(ticket, unitsOf(30), 500));
    expect(items[0]?.action.label).toBe("กองที่ 1");
  });
});
