/** Distinct id types so a user id is never passed where a conversation id belongs. */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type UserId = Brand<string, 'UserId'>;
export type ConversationId = Brand<string, 'ConversationId'>;
export type MessageId = Brand<string, 'MessageId'>;
export type DeviceId = Brand<string, 'DeviceId'>;
export type RouterId = Brand<string, 'RouterId'>;

/** Client-chosen ids (messages, devices): 1–64 of [A-Za-z0-9_.:-]. */
export const CLIENT_ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;

export function isClientId(value: unknown): value is string {
  return typeof value === 'string' && CLIENT_ID_PATTERN.test(value);
}
