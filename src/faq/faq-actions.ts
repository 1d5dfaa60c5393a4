/** Postback action of the FAQ capability: turn a ticket's staff answer into an FAQ entry. */
export const FAQ_FROM_TICKET = "faq-from";
