/**
 * Per-chat transcripts with a subscription, so the chat page can show a conversation as a phone
 * would and receive new lines as they happen (via Server-Sent Events).
 */
import { EventEmitter } from "node:events";
import type { StandinEvent, TranscriptEntry } from "./types";

/** An entry before the transcript numbers it. */
export type NewTranscriptEntry = TranscriptEntry extends infer E ? (E extends TranscriptEntry ? Omit<E, "seq"> : never) : never;

export type StandinListener = (event: StandinEvent) => void;

export class Transcripts {
  private readonly chats = new Map<string, TranscriptEntry[]>();
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  append(chatId: string, entry: NewTranscriptEntry): TranscriptEntry {
    const entries = this.chats.get(chatId) ?? [];
    this.chats.set(chatId, entries);
    const numbered = { ...entry, seq: entries.length + 1 } as TranscriptEntry;
    entries.push(numbered);
    this.emit({ kind: "entry", chatId, entry: numbered });
    return numbered;
  }

  /** A copy of the chat's entries, oldest first (empty for a chat never seen). */
  of(chatId: string): TranscriptEntry[] {
    return [...(this.chats.get(chatId) ?? [])];
  }

  chatIds(): string[] {
    return [...this.chats.keys()];
  }

  emit(event: StandinEvent): void {
    this.emitter.emit("event", event);
  }

  /** Calls `listener` for every later event; returns the function that stops it. */
  subscribe(listener: StandinListener): () => void {
    this.emitter.on("event", listener);
    return () => this.emitter.off("event", listener);
  }

  clear(): void {
    this.chats.clear();
  }
}
