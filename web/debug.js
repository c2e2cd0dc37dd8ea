// Counters the browser tests read from window.voxringDebug; cheap enough to keep in production.

/** Creates the debug object and publishes it on window. */
export function createDebug() {
  const debug = {
    connectionState: 'offline',
    connects: 0,
    reconnects: 0,
    timelineRequests: 0,
    /** Opus encoder for talking: 'webcodecs', 'opusscript' (WASM) or '' (cannot talk). */
    encoder: '',
    /** Opus decoder for live playback, the same choices. */
    decoder: '',
    chunksSent: 0,
    /** Highest microphone level (0..1) the meter showed. */
    maxLevel: 0,
    acksReceived: 0,
    messagesSent: 0,
    /** Voice messages this page sent: { messageId, chunkCount }. */
    sent: [],
    /** Conversations in the monitored set the router last confirmed. */
    monitoredCount: 0,
    framesReceived: 0,
    framesDecoded: 0,
    decodeErrors: 0,
    buffersScheduled: 0,
    underruns: 0,
    catchUpsStarted: 0,
    /** Catch-ups that reached the live point and went on at 1×. */
    caughtUp: 0,
    historyPlaysStarted: 0,
    historyPlaysEnded: 0,
    /** Messages this page sent `heard` for, in order. */
    heardSent: [],
    /** Highest playback level (0..1) the listener's meter showed. */
    maxPlayLevel: 0,
    lastError: '',
    /** Per incoming message: { received, decoded, mode: 'live' | 'catch-up' | 'ended', maxRate, peak and rms of the decoded audio (0..1) }. */
    streams: {},
    /** Closes the WebSocket as a network failure would; the app reconnects by itself. */
    dropConnection: () => {},
  };
  window.voxringDebug = debug;
  return debug;
}
