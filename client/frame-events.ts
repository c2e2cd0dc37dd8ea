/**
 * Types for the frame hooks: a server frame picked by its `type`, and the
 * listeners of the pushes a session hands out one by one
 * (`VoxringSession.onReceipt`, `onListening`).
 */
import type { Listening, Receipt, ServerFrame, ServerFrameType } from '../proto/frames.js';

/** The server frame whose `type` is T, e.g. `ServerFrameOf<'chunk'>` has `chunk: Chunk`. */
export type ServerFrameOf<T extends ServerFrameType> = Extract<ServerFrame, { type: T }>;

/** Gets the `receipt` pushes for your own messages. */
export type ReceiptListener = (receipt: Receipt) => void;

/** Gets the `listening` pushes: who hears a live message of your conversations live now. */
export type ListeningListener = (listening: Listening) => void;
