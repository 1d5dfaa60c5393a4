/**
 * The LINE message shapes that capabilities build and return. Re-exported as types only, so that
 * capabilities describe what to send without importing the SDK's runtime (dependencies point inward:
 * only `src/line/` talks to LINE).
 */
import type { messagingApi } from "@line/bot-sdk";

export type Message = messagingApi.Message;
export type TextMessage = messagingApi.TextMessage;
export type FlexMessage = messagingApi.FlexMessage;
export type FlexContainer = messagingApi.FlexContainer;
export type FlexBubble = messagingApi.FlexBubble;
export type FlexCarousel = messagingApi.FlexCarousel;
export type FlexComponent = messagingApi.FlexComponent;
export type QuickReply = messagingApi.QuickReply;
export type QuickReplyItem = messagingApi.QuickReplyItem;
export type Action = messagingApi.Action;
