// Plays incoming voice streams (a monitored live message, or a `listen`):
// an Opus decoder per stream (WebCodecs AudioDecoder, or libopus in WASM
// where WebCodecs is missing) → AudioBuffers scheduled back to back on one
// AudioContext.
//
// Jitter buffer: the first buffer of a stream (and the first after an
// underrun) is scheduled JITTER_S ahead of now, so packets arriving up to
// that late still play without a gap.
//
// Catch-up ("from the start" on a live message): the `header` answering the
// listen says how many chunks were stored then; the router paces those at
// the listen's `rate` and they play at that rate. Once they are all in and
// what is queued has shrunk back to the jitter target, the stream plays at
// 1× — it is live. Everything plays through one analyser: the level meter.

import { loadOpusWasm, OpusWasmDecoder } from './opus-wasm.js';

const JITTER_S = 0.15;
const SAMPLE_RATE = 48_000;

async function webCodecsOpus() {
  if (typeof AudioDecoder !== 'function' || typeof EncodedAudioChunk !== 'function') return false;
  try {
    const config = { codec: 'opus', sampleRate: SAMPLE_RATE, numberOfChannels: 1 };
    return (await AudioDecoder.isConfigSupported(config)).supported === true;
  } catch {
    return false;
  }
}

/**
 * A decoder for one stream: decode(bytes, timestampUs, durationUs) → output(planes) per
 * packet (Float32Array per channel, 48 kHz), flush(): Promise, close(), `usable`.
 */
function webCodecsDecoder(channels, output, error) {
  const decoder = new AudioDecoder({
    output: (data) => {
      const planes = [];
      for (let c = 0; c < data.numberOfChannels; c++) {
        const plane = new Float32Array(data.numberOfFrames);
        data.copyTo(plane, { planeIndex: c, format: 'f32-planar' });
        planes.push(plane);
      }
      data.close();
      output(planes);
    },
    error,
  });
  decoder.configure({ codec: 'opus', sampleRate: SAMPLE_RATE, numberOfChannels: channels });
  return {
    get usable() {
      return decoder.state === 'configured';
    },
    decode(bytes, timestamp, duration) {
      decoder.decode(new EncodedAudioChunk({ type: 'key', timestamp, duration, data: bytes }));
    },
    flush: () => decoder.flush(),
    close() {
      if (decoder.state !== 'closed') decoder.close();
    },
  };
}

/** The same with libopus in WASM: decodes synchronously, one output per packet. */
function wasmDecoder(native, channels, output, error) {
  let opus = new OpusWasmDecoder(native, { sampleRate: SAMPLE_RATE, channels });
  return {
    get usable() {
      return opus !== null;
    },
    decode(bytes) {
      let planes;
      try {
        planes = opus.decode(bytes);
      } catch (err) {
        error(err);
        return;
      }
      output(planes);
    },
    flush: () => Promise.resolve(),
    close() {
      opus?.close();
      opus = null;
    },
  };
}

export class VoicePlayer {
  /** @param {{ debug: object, onStreamChange: (messageId: string, mode: string) => void,
   *   onPlayed: (messageId: string, senderId: string) => void }} options */
  constructor(options) {
    this.options = options;
    this.context = null;
    this.analyser = null;
    this.streams = new Map();
    /** libopus in WASM when WebCodecs is missing (from prepare()); null otherwise. */
    this.native = null;
    this.kind = '';
  }

  /** Picks the decoder: WebCodecs, else the WASM build (loaded now); '' plays nothing live. */
  async prepare() {
    if (await webCodecsOpus()) this.kind = 'webcodecs';
    else {
      try {
        this.native = await loadOpusWasm();
        this.kind = 'opusscript';
      } catch {
        this.kind = '';
      }
    }
    this.options.debug.decoder = this.kind;
    return this.kind;
  }

  /** Call from user gestures: browsers start audio only after one. */
  unlock() {
    this.ensureContext();
    if (this.context.state === 'suspended') this.context.resume().catch(() => {});
  }

  /** Mode of a message's stream: 'live', 'catch-up', or undefined when not playing. */
  mode(messageId) {
    return this.streams.get(messageId)?.mode;
  }

  /** A `header` frame: a stream starts (or restarts, for a new listen of the same message). */
  begin(header, { catchUp = false, rate = 1 } = {}) {
    if (!this.kind || header.contentType !== 'VOICE') return;
    this.stop(header.messageId);
    this.ensureContext();
    const opus = header.opus ?? { channels: 1, frameDurationUs: 20_000, preSkip: 0 };
    const stream = {
      messageId: header.messageId,
      frameDurationUs: opus.frameDurationUs || 20_000,
      // Samples of encoder look-ahead to drop; only a stream from seq 0 has them.
      skip: opus.preSkip || 0,
      nextTime: 0,
      senderId: header.senderId,
      catchUpUntilSeq: catchUp ? header.chunkCount : 0,
      rate: catchUp && rate > 0 ? rate : 1,
      lastSeq: -1,
      mode: catchUp && header.state === 'LIVE' ? 'catch-up' : 'live',
      ended: false,
      pendingOutputs: 0,
      stats: { received: 0, decoded: 0, mode: '', maxRate: 1, peak: 0, rms: 0 },
      energy: { sum: 0, samples: 0 },
      decoder: null,
    };
    const channels = Math.max(1, opus.channels || 1);
    const output = (planes) => this.decoded(stream, planes);
    const error = () => {
      this.options.debug.decodeErrors++;
    };
    stream.decoder =
      this.kind === 'webcodecs'
        ? webCodecsDecoder(channels, output, error)
        : wasmDecoder(this.native, channels, output, error);
    stream.stats.mode = stream.mode;
    this.options.debug.streams[header.messageId] = stream.stats;
    if (stream.mode === 'catch-up') this.options.debug.catchUpsStarted++;
    this.streams.set(header.messageId, stream);
    this.options.onStreamChange(header.messageId, stream.mode);
  }

  /** A `chunk` frame of a stream begun with `begin`. */
  chunk(chunk, bytes) {
    const stream = this.streams.get(chunk.messageId);
    this.options.debug.framesReceived++;
    if (!stream || !stream.decoder.usable) return;
    if (stream.stats.received === 0 && chunk.seq !== 0) stream.skip = 0;
    stream.stats.received++;
    stream.lastSeq = chunk.seq;
    stream.decoder.decode(bytes, chunk.seq * stream.frameDurationUs, stream.frameDurationUs);
  }

  /** A `messageEnd` frame: no more chunks; the queued audio plays out. */
  end(messageId) {
    const stream = this.streams.get(messageId);
    if (!stream) return;
    stream.ended = true;
    stream.decoder.flush().then(
      () => this.finish(stream),
      () => this.finish(stream),
    );
  }

  /** Stops a stream at once (a new listen replaces it, or the user leaves). */
  stop(messageId) {
    const stream = this.streams.get(messageId);
    if (!stream) return;
    this.streams.delete(messageId);
    stream.decoder.close();
    stream.stats.mode = 'stopped';
  }

  stopAll() {
    for (const id of [...this.streams.keys()]) this.stop(id);
  }

  finish(stream) {
    if (this.streams.get(stream.messageId) !== stream) return;
    this.streams.delete(stream.messageId);
    stream.decoder.close();
    stream.mode = 'ended';
    stream.stats.mode = 'ended';
    this.options.onStreamChange(stream.messageId, 'ended');
    this.options.onPlayed(stream.messageId, stream.senderId);
  }

  /** Playback rate of a message's stream (1 once live). */
  rate(messageId) {
    const stream = this.streams.get(messageId);
    return stream?.mode === 'catch-up' ? stream.rate : 1;
  }

  /** Peak (0..1) of what plays now; 0 before any stream. */
  level() {
    if (!this.analyser || this.streams.size === 0) return 0;
    const samples = new Float32Array(this.analyser.fftSize);
    this.analyser.getFloatTimeDomainData(samples);
    let peak = 0;
    for (const x of samples) peak = Math.max(peak, Math.abs(x));
    return peak;
  }

  ensureContext() {
    if (this.context) return;
    this.context = new AudioContext({ sampleRate: SAMPLE_RATE, latencyHint: 'interactive' });
    this.analyser = this.context.createAnalyser();
    this.analyser.fftSize = 2048;
    this.analyser.connect(this.context.destination);
  }

  decoded(stream, planes) {
    const { debug } = this.options;
    debug.framesDecoded++;
    stream.stats.decoded++;
    this.measure(stream, planes[0]);
    const buffer = this.toBuffer(stream, planes);
    if (!buffer || this.streams.get(stream.messageId) !== stream) return;
    const context = this.context;
    const now = context.currentTime;
    if (stream.nextTime < now + 0.005) {
      if (stream.nextTime > 0) debug.underruns++;
      stream.nextTime = now + JITTER_S;
    }
    const rate = stream.mode === 'catch-up' ? stream.rate : 1;
    const source = context.createBufferSource();
    source.buffer = buffer;
    source.playbackRate.value = rate;
    source.connect(this.analyser);
    source.start(stream.nextTime);
    stream.nextTime += buffer.duration / rate;
    stream.stats.maxRate = Math.max(stream.stats.maxRate, rate);
    debug.buffersScheduled++;
    if (stream.mode === 'catch-up' && stream.stats.decoded >= stream.catchUpUntilSeq) {
      // Every stored chunk is in: live once the queue is back to the jitter target.
      if (stream.nextTime - now <= JITTER_S + 0.05) {
        stream.mode = 'live';
        stream.stats.mode = 'live';
        debug.caughtUp++;
        this.options.onStreamChange(stream.messageId, 'live');
      }
    }
  }

  /** Peak and RMS of the decoded audio (first channel), for the tests. */
  measure(stream, samples = new Float32Array(0)) {
    const { stats, energy } = stream;
    for (const x of samples) {
      stats.peak = Math.max(stats.peak, Math.abs(x));
      energy.sum += x * x;
    }
    energy.samples += samples.length;
    if (energy.samples > 0) stats.rms = Math.sqrt(energy.sum / energy.samples);
  }

  /** Decoded planes → AudioBuffer, dropping the first `skip` samples (the encoder's look-ahead). */
  toBuffer(stream, planes) {
    let frames = planes[0]?.length ?? 0;
    let offset = 0;
    if (stream.skip > 0) {
      offset = Math.min(stream.skip, frames);
      stream.skip -= offset;
      frames -= offset;
    }
    if (frames <= 0) return null;
    const buffer = this.context.createBuffer(planes.length, frames, SAMPLE_RATE);
    planes.forEach((plane, c) => {
      buffer.copyToChannel(offset === 0 ? plane : plane.subarray(offset), c);
    });
    return buffer;
  }
}
