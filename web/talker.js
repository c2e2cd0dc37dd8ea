// Hold-to-talk: microphone → AudioWorklet (20 ms blocks) → Opus encoder
// (20 ms packets) → one `chunk` frame per packet. The encoder is WebCodecs'
// AudioEncoder where it does Opus, otherwise libopus in WebAssembly
// (opusscript's build, see opus-wasm.js); both get the same 960-sample
// blocks and give the same kind of packets.
//
// A message is started when the encoder's first packet is out (its
// metadata may carry the OpusHead pre-skip), as the SDK's
// OutgoingVoiceMessage: it keeps every packet until the router acked it and
// resumes the message by itself after a reconnect (README of client/).

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
/** How long a released message may take to be complete on the router, reconnects included. */
const END_TIMEOUT_MS = 120_000;

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
   * @param {{ session: () => import('./sdk/voxring-client.js').VoxringSession | null, debug: object,
   *   onLevel: (level: number) => void, onStatus: (text: string) => void }} options
   */
  constructor(options) {
    this.options = options;
    this.mic = null;
    this.pressed = false;
    this.current = null;
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
      /** The SDK's OutgoingVoiceMessage once the router accepted the start; packets wait in `pending` until then. */
      outgoing: null,
      pending: [],
      chunkCount: 0,
      ended: false,
      failed: false,
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
    if (message.chunkCount === 0) {
      this.options.onStatus('too short: nothing sent');
      return;
    }
    if (message.outgoing) this.finish(message);
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
    if (message.failed) return;
    if (!message.opus) {
      message.opus = {
        sampleRate: SAMPLE_RATE,
        channels: 1,
        frameDurationUs: FRAME_DURATION_US,
        preSkip,
      };
      this.start(message);
    }
    message.chunkCount++;
    this.options.debug.chunksSent++;
    if (message.outgoing) message.outgoing.send(bytes);
    else message.pending.push(bytes);
  }

  /** startMessage through the session: waits out a reconnect; the SDK resumes the message on every later one. */
  start(message) {
    const session = this.options.session();
    if (!session) {
      this.failed(message, new Error('not connected'));
      return;
    }
    session
      .startVoice({ conversationId: message.conversationId, messageId: message.id, opus: message.opus })
      .then((outgoing) => {
        message.outgoing = outgoing;
        for (const packet of message.pending.splice(0)) outgoing.send(packet);
        if (message.ended) this.finish(message);
      })
      .catch((err) => this.failed(message, err));
  }

  /** endMessage once every packet is out: resolves with the router's messageEnd. */
  finish(message) {
    message.outgoing.end(END_TIMEOUT_MS).then(
      ({ messageEnd }) => this.ended(message, messageEnd),
      (err) => this.failed(message, err),
    );
  }

  ended(message, messageEnd) {
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

  failed(message, err) {
    message.failed = true;
    message.pending = [];
    this.options.debug.lastError = err.code ?? '';
    this.options.onStatus(`not sent: ${err.message}`);
  }
}
