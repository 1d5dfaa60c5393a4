/**
 * What a chat was just talking about, so that a follow-up such as "แล้วใครรับผิดชอบ" or "แล้วปีก่อนล่ะ"
 * is understood in the chat it was typed in (issue 13, item 9).
 *
 * The answerer produces one with each answer it gives from the plan; whoever runs the conversation
 * keeps it for a few minutes per chat (the webhook in Firestore with a TTL, `ask --batch` in memory
 * per `"chat"` id) and hands it back with that chat's next question. Only `src/qa/` reads its
 * fields: everyone else stores it and passes it back unchanged. It is plain JSON and small (a few
 * hundred bytes), never holds the citizen's words, and is never shared between chats; with none,
 * the answerer must not guess.
 */
export type QaContextValue = string | number | boolean | null | QaContextValue[] | { [key: string]: QaContextValue };

export type QaContext = { readonly [key: string]: QaContextValue };

/** Largest serialised context a store keeps; a bigger one is dropped (and the chat starts afresh). */
export const MAX_QA_CONTEXT_BYTES = 2048;
