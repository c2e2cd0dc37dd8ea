// Hold-to-talk: microphone → AudioWorklet (20 ms blocks) → Opus encoder
// (20 ms packets) → one `chunk` frame per packet. The encoder is WebCodecs'
// AudioEncoder where it does Opus, otherwise libopus in WebAssembly
// (opusscript's build, see opus-wasm.js); both get the same 960-sample
// blocks and give the same kind of packets.
//
// A message is started when the encoder's first packet is out (its
// metadata may carry the OpusHead pre-skip). Every packet is kept until the
// message ends, so after a reconnect the message resumes: `startMessage`
// with the same id, the `ack` says the last durable seq, packets after it
// are sent again (the router drops duplicates), then `endMessage`.

import { toBase64 } from './base64.js';
import { loadOpusWasm, OpusWasmEncoder } from './opus-wasm.js';

export const TALK_UNSUPPORTED =
  'Talking needs a microphone and a browser with WebCodecs or WebAssembly, on https or localhost.';

const SAMPLE_RATE = 48_000;
const FRAME_DURATION_US = 20_000;
const ENCODER_CONFIG = {
  codec: 'opus',
  sampleRate: SAMPLE_RATE,
  numberOfChannels: 1,
  bitrate: 24_000,
  opus: { frameDuration: FRAME_DURATION_US },
};
/** libopus look-ahead at 48 kHz, used when the encoder gives no OpusHead. */
const DEFAULT_PRE_SKIP = 312;

/**
 * The Opus encoder this browser can record with: 'webcodecs', 'opusscript'
 * (its WASM build is loaded here, so a press starts at once), or '' when it
 * cannot talk (no microphone API, or neither encoder).
 */
export async function talkEncoder() {
  if (!navigator.mediaDevices?.getUserMedia || typeof AudioWorkletNode !== 'function') return '';
  if (await webCodecsOpus()) return 'webcodecs';
  try {
    await loadOpusWasm();
    return 'opusscript';
  } catch {
    return '';
  }
}

async function webCodecsOpus() {
  if (typeof AudioEncoder !== 'function' || typeof AudioData !== 'function') return false;
  try {
    return (await AudioEncoder.isConfigSupported(ENCODER_CONFIG)).supported === true;
  } catch {
    return false;
  }
}

function preSkipFrom(meta) {
  const description = meta?.decoderConfig?.description;
  if (!description) return DEFAULT_PRE_SKIP;
  const bytes = ArrayBuffer.isView(description)
    ? new Uint8Array(description.buffer, description.byteOffset, description.byteLength)
    : new Uint8Array(description);
  const magic = String.fromCharCode(...bytes.subarray(0, 8));
  if (magic !== 'OpusHead' || bytes.length < 12) return DEFAULT_PRE_SKIP;
  return bytes[10] | (bytes[11] << 8);
}

/** WebCodecs AudioEncoder behind the talker's encoder interface: encode(block), flush(), close(). */
class WebCodecsOpusEncoder {
  constructor(onPacket, onError) {
    this.timestampUs = 0;
    this.encoder = new AudioEncoder({
      output: (chunk, meta) => {
        const bytes = new Uint8Array(chunk.byteLength);
        chunk.copyTo(bytes);
        onPacket(bytes, preSkipFrom(meta));
      },
      error: onError,
    });
    this.encoder.configure(ENCODER_CONFIG);
  }

  encode(samples) {
    const data = new AudioData({
      format: 'f32-planar',
      sampleRate: SAMPLE_RATE,
      numberOfFrames: samples.length,
      numberOfChannels: 1,
      timestamp: this.timestampUs,
      data: samples,
    });
    this.timestampUs += Math.round((samples.length * 1e6) / SAMPLE_RATE);
    this.encoder.encode(data);
    data.close();
  }

  async flush() {
    try {
      await this.encoder.flush();
    } catch {
      // A failed encoder already reported itself; end with what was encoded.
    }
  }

  close() {
    if (this.encoder.state !== 'closed') this.encoder.close();
  }
}

/** libopus in WASM behind the same interface; each 20 ms block is one packet, at once. */
class WasmOpusEncoder {
  constructor(native, onPacket, onError) {
    this.opus = new OpusWasmEncoder(native, {
      sampleRate: SAMPLE_RATE,
      bitrate: ENCODER_CONFIG.bitrate,
    });
    this.onPacket = onPacket;
    this.onError = onError;
  }

  encode(samples) {
    let packet;
    try {
      packet = this.opus.encode(samples);
    } catch (err) {
      this.onError(err);
      return;
    }
    this.onPacket(packet, this.opus.preSkip);
  }

  async flush() {}

  close() {
    this.opus.close();
  }
}

export class Talker {
  /**
   * @param {{ connection: import('./connection.js').Connection, debug: object,
   *   onLevel: (level: number) => void, onStatus: (text: string) => void }} options
   */
  constructor(options) {
    this.options = options;
    this.mic = null;
    this.pressed = false;
    this.current = null;
    /** Messages started and not yet answered with messageEnd, by id. */
    this.outgoing = new Map();
    /** Counts (re)connects: a message's frames go out only on the connection its start went out on. */
    this.epoch = 0;
    /** The encoder in use, from prepare(): 'webcodecs', 'opusscript' or '' (cannot talk). */
    this.kind = '';
  }

  /** Picks (and loads) the encoder; true when this browser can talk. */
  async prepare() {
    this.kind = await talkEncoder();
    this.options.debug.encoder = this.kind;
    return this.kind !== '';
  }

  get talking() {
    return this.current !== null;
  }

  /** Starts a message in the conversation (button or space bar pressed). */
  async press(conversationId) {
    if (this.pressed) return;
    this.pressed = true;
    let native = null;
    try {
      await this.openMic();
      if (this.kind === 'opusscript') native = await loadOpusWasm();
    } catch (err) {
      this.pressed = false;
      this.options.onStatus(`microphone unavailable: ${err.message}`);
      return;
    }
    if (!this.pressed || this.current) return;
    const message = {
      id: `w-${crypto.randomUUID()}`,
      conversationId,
      opus: null,
      chunks: [],
      nextSeq: 0,
      sentOn: -1,
      resuming: false,
      ended: false,
      ending: false,
    };
    const onPacket = (bytes, preSkip) => this.encoded(message, bytes, preSkip);
    const onError = (err) => this.options.onStatus(`encoder failed: ${err.message}`);
    const encoder = native
      ? new WasmOpusEncoder(native, onPacket, onError)
      : new WebCodecsOpusEncoder(onPacket, onError);
    this.current = { message, encoder };
    this.mic.node.port.postMessage({ active: true });
    this.options.onStatus('talking…');
  }

  /** Ends the message being recorded (button or space bar released). */
  async release() {
    this.pressed = false;
    const current = this.current;
    if (!current) return;
    this.current = null;
    this.mic?.node.port.postMessage({ active: false });
    this.options.onLevel(0);
    const { message, encoder } = current;
    await encoder.flush();
    encoder.close();
    message.ended = true;
    if (message.chunks.length === 0) {
      this.options.onStatus('too short: nothing sent');
      return;
    }
    this.pump(message);
  }

  /** After every (re)connect: resume the messages not yet ended on the router. */
  connected() {
    this.epoch++;
    for (const message of this.outgoing.values()) this.resume(message);
  }

  /** An `ack` (ref 0 after chunks, or the answer to startMessage). */
  acked(ack) {
    const message = this.outgoing.get(ack.messageId);
    if (message) message.ackedSeq = Math.max(message.ackedSeq ?? -1, ack.seq);
  }

  /** Stops recording and frees the microphone (conversation closed, log out). */
  async close() {
    await this.release();
    const mic = this.mic;
    this.mic = null;
    if (!mic) return;
    for (const track of mic.stream.getTracks()) track.stop();
    await mic.context.close().catch(() => {});
  }

  async openMic() {
    if (this.mic) return;
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: {
        channelCount: 1,
        echoCancellation: true,
        noiseSuppression: true,
        autoGainControl: true,
      },
    });
    const context = new AudioContext({ sampleRate: SAMPLE_RATE, latencyHint: 'interactive' });
    await context.audioWorklet.addModule(new URL('./capture-worklet.js', import.meta.url));
    const source = context.createMediaStreamSource(stream);
    const node = new AudioWorkletNode(context, 'voxring-capture');
    // Through a muted gain to the destination, so the graph pulls the worklet.
    const mute = context.createGain();
    mute.gain.value = 0;
    source.connect(node).connect(mute).connect(context.destination);
    node.port.onmessage = (event) => this.captured(event.data);
    await context.resume();
    this.mic = { stream, context, node };
  }

  captured({ samples, peak }) {
    const current = this.current;
    if (!current) return;
    this.options.onLevel(peak);
    current.encoder.encode(samples);
  }

  /** One Opus packet out of the encoder; the first starts the message (with the encoder's pre-skip). */
  encoded(message, bytes, preSkip) {
    if (!message.opus) {
      message.opus = {
        sampleRate: SAMPLE_RATE,
        channels: 1,
        frameDurationUs: FRAME_DURATION_US,
        preSkip,
      };
      this.outgoing.set(message.id, message);
      this.start(message);
    }
    message.chunks.push(toBase64(bytes));
    this.pump(message);
  }

  /** First start: chunks may follow at once (the router handles a connection's frames in order). */
  start(message) {
    const { connection } = this.options;
    if (!connection.online) return; // connected() resumes it
    message.sentOn = this.epoch;
    connection
      .request('startMessage', this.startBody(message))
      .catch((err) => this.failed(message, err));
  }

  resume(message) {
    const { connection } = this.options;
    message.resuming = true;
    message.sentOn = this.epoch;
    const epoch = this.epoch;
    connection.request('startMessage', this.startBody(message)).then(
      ({ body }) => {
        if (epoch !== this.epoch) return;
        message.resuming = false;
        message.nextSeq = Math.max(0, body.seq + 1);
        message.ending = false;
        this.pump(message);
      },
      (err) => this.failed(message, err),
    );
  }

  startBody(message) {
    return {
      messageId: message.id,
      conversationId: message.conversationId,
      contentType: 'VOICE',
      opus: message.opus,
    };
  }

  /** Sends what is not yet sent on this connection, then the end once recording stopped. */
  pump(message) {
    const { connection, debug } = this.options;
    if (message.sentOn !== this.epoch || message.resuming || !connection.online) return;
    while (message.nextSeq < message.chunks.length) {
      const seq = message.nextSeq;
      if (!connection.send('chunk', { messageId: message.id, seq, payload: message.chunks[seq] }))
        return;
      message.nextSeq++;
      debug.chunksSent++;
    }
    if (!message.ended || message.ending) return;
    // The router answers with `messageEnd` (see ended()), errors name the message: no ref needed.
    if (connection.send('endMessage', { messageId: message.id, chunkCount: message.chunks.length }))
      message.ending = true;
  }

  /** A `messageEnd`: for one of ours, the router has every chunk and the message is over. */
  ended(messageEnd) {
    const message = this.outgoing.get(messageEnd.messageId);
    if (!message || !message.ended) return;
    this.outgoing.delete(message.id);
    const { debug } = this.options;
    debug.messagesSent++;
    debug.sent.push({
      messageId: message.id,
      chunkCount: messageEnd.chunkCount,
      state: messageEnd.state,
    });
    const seconds = ((messageEnd.chunkCount * FRAME_DURATION_US) / 1e6).toFixed(1);
    this.options.onStatus(
      messageEnd.state === 'COMPLETE'
        ? `sent ${seconds} s`
        : `sent ${seconds} s (${messageEnd.state.toLowerCase()})`,
    );
  }

  /** An `error` frame naming a message: final for ours unless retryable (then the next resume retries). */
  errored(error) {
    const message = this.outgoing.get(error.messageId);
    if (!message || error.retryable) return;
    this.failed(message, error);
  }

  failed(message, err) {
    // Lost connection: connected() resumes it. Anything else is final.
    if (err.code === 'DISCONNECTED') return;
    this.outgoing.delete(message.id);
    this.options.debug.lastError = err.code;
    this.options.onStatus(`not sent: ${err.message}`);
  }
}
