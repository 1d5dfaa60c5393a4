/**
 * Everything the stand-in remembers, in one object tests can inspect and script: what the bot sent,
 * each chat's transcript, reply tokens, retry keys, who blocked the bot, profiles, uploaded
 * content, rich menus and scripted faults.
 */
import { FaultInjector, type Fault } from "./fault-injector";
import { ReplyTokenBook } from "./reply-tokens";
import { RetryKeyLedger } from "./retry-key-ledger";
import { RichMenuStore } from "./rich-menu-store";
import { Transcripts, type StandinListener } from "./transcripts";
import type { Profile, RecordedCall, RefusedCall, TranscriptEntry, WebhookDelivery } from "./types";

export interface StoredContent {
  bytes: Buffer;
  contentType: string;
}

export class StandinState {
  readonly replyTokens: ReplyTokenBook;
  readonly retryKeys: RetryKeyLedger;
  readonly faults = new FaultInjector();
  readonly transcripts = new Transcripts();
  readonly richMenus = new RichMenuStore((userId) => this.transcripts.emit({ kind: "richmenu", chatId: userId ?? "*" }));
  /** Accepted outgoing calls, oldest first. */
  readonly calls: RecordedCall[] = [];
  /** Sends and rich menus refused for breaking LINE's schema or rules, oldest first. */
  readonly refused: RefusedCall[] = [];
  /** Webhook POSTs the stand-in made, oldest first. */
  readonly deliveries: WebhookDelivery[] = [];
  readonly contents = new Map<string, StoredContent>();
  private readonly profiles = new Map<string, Profile>();
  private readonly blocked = new Set<string>();
  private readonly friends = new Set<string>();

  constructor(now: () => Date, profiles: Record<string, Profile> = {}) {
    this.replyTokens = new ReplyTokenBook(now);
    this.retryKeys = new RetryKeyLedger(now);
    for (const [userId, profile] of Object.entries(profiles)) this.profiles.set(userId, profile);
  }

  /** The next `count` API calls (optionally only those matching `fault.path`) fail as described. */
  failNext(count: number, fault: Fault): void {
    this.faults.failNext(count, fault);
  }

  /** The user blocked the bot: pushes to them fail like LINE's do for non-friends. */
  block(userId: string): void {
    this.blocked.add(userId);
    this.friends.delete(userId);
  }

  /** The user added (or unblocked) the bot. */
  befriend(userId: string): void {
    this.blocked.delete(userId);
    this.friends.add(userId);
  }

  isBlocked(userId: string): boolean {
    return this.blocked.has(userId);
  }

  /** Users who added the bot and have not blocked it: who a broadcast reaches. */
  friendIds(): string[] {
    return [...this.friends];
  }

  setProfile(userId: string, profile: Profile): void {
    this.profiles.set(userId, profile);
  }

  profile(userId: string): Profile | undefined {
    return this.profiles.get(userId);
  }

  transcript(chatId: string): TranscriptEntry[] {
    return this.transcripts.of(chatId);
  }

  /** The bot's messages in one chat, in order: the usual thing a test asserts on. */
  botMessages(chatId: string): unknown[] {
    return this.transcript(chatId).flatMap((entry) => (entry.from === "bot" ? [entry.message] : []));
  }

  subscribe(listener: StandinListener): () => void {
    return this.transcripts.subscribe(listener);
  }

  /** Forgets everything except profiles, so one stand-in can serve several tests. */
  reset(): void {
    this.replyTokens.clear();
    this.retryKeys.clear();
    this.faults.clear();
    this.richMenus.clear();
    this.transcripts.clear();
    this.calls.length = 0;
    this.refused.length = 0;
    this.deliveries.length = 0;
    this.contents.clear();
    this.blocked.clear();
    this.friends.clear();
  }
}
