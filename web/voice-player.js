// Plays incoming voice streams (a monitored live message, or a `listen`):
// WebCodecs AudioDecoder per stream → AudioBuffers scheduled back to back
// on one AudioContext.
//
// Jitter buffer: the first buffer of a stream (and the first after an
// underrun) is scheduled JITTER_S ahead of now, so packets arriving up to
// that late still play without a gap.
//
// Catch-up ("from the start" on a live message): the `header` answering the
// listen says how many chunks were stored then; those arrive as a burst and
// play at CATCH_UP_RATE. Once they are all in and what is queued has shrunk
// back to the jitter target, the stream plays at 1× — it is live.

const JITTER_S = 0.15;
const CATCH_UP_RATE = 1.5;

export class VoicePlayer {
  /** @param {{ debug: object, onStreamChange: (messageId: string, mode: string) => void }} options */
  constructor(options) {
    this.options = options;
    this.context = null;
    this.streams = new Map();
  }

  /** True when this browser can decode Opus with WebCodecs. */
  static get supported() {
    return typeof AudioDecoder === 'function' && typeof EncodedAudioChunk === 'function';
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
  begin(header, { catchUp = false } = {}) {
    if (!VoicePlayer.supported || header.contentType !== 'VOICE') return;
    this.stop(header.messageId);
    this.ensureContext();
    const opus = header.opus ?? { channels: 1, frameDurationUs: 20_000, preSkip: 0 };
    const stream = {
      messageId: header.messageId,
      frameDurationUs: opus.frameDurationUs || 20_000,
      // Samples of encoder look-ahead to drop; only a stream from seq 0 has them.
      skip: opus.preSkip || 0,
      nextTime: 0,
      catchUpUntilSeq: catchUp ? header.chunkCount : 0,
      lastSeq: -1,
      mode: catchUp && header.state === 'LIVE' ? 'catch-up' : 'live',
      ended: false,
      pendingOutputs: 0,
      stats: { received: 0, decoded: 0, mode: '', maxRate: 1 },
      decoder: null,
    };
    stream.decoder = new AudioDecoder({
      output: (data) => this.decoded(stream, data),
      error: () => {
        this.options.debug.decodeErrors++;
      },
    });
    stream.decoder.configure({
      codec: 'opus',
      sampleRate: 48_000,
      numberOfChannels: Math.max(1, opus.channels || 1),
    });
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
    if (!stream || stream.decoder.state !== 'configured') return;
    if (stream.stats.received === 0 && chunk.seq !== 0) stream.skip = 0;
    stream.stats.received++;
    stream.lastSeq = chunk.seq;
    stream.decoder.decode(
      new EncodedAudioChunk({
        type: 'key',
        timestamp: chunk.seq * stream.frameDurationUs,
        duration: stream.frameDurationUs,
        data: bytes,
      }),
    );
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
    if (stream.decoder.state !== 'closed') stream.decoder.close();
    stream.stats.mode = 'stopped';
  }

  stopAll() {
    for (const id of [...this.streams.keys()]) this.stop(id);
  }

  finish(stream) {
    if (this.streams.get(stream.messageId) !== stream) return;
    this.streams.delete(stream.messageId);
    if (stream.decoder.state !== 'closed') stream.decoder.close();
    stream.mode = 'ended';
    stream.stats.mode = 'ended';
    this.options.onStreamChange(stream.messageId, 'ended');
  }

  ensureContext() {
    this.context ??= new AudioContext({ sampleRate: 48_000, latencyHint: 'interactive' });
  }

  decoded(stream, data) {
    const { debug } = this.options;
    debug.framesDecoded++;
    stream.stats.decoded++;
    const buffer = this.toBuffer(stream, data);
    data.close();
    if (!buffer || this.streams.get(stream.messageId) !== stream) return;
    const context = this.context;
    const now = context.currentTime;
    if (stream.nextTime < now + 0.005) {
      if (stream.nextTime > 0) debug.underruns++;
      stream.nextTime = now + JITTER_S;
    }
    const rate = stream.mode === 'catch-up' ? CATCH_UP_RATE : 1;
    const source = context.createBufferSource();
    source.buffer = buffer;
    source.playbackRate.value = rate;
    source.connect(context.destination);
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

  /** Decoded audio → AudioBuffer, dropping the first `skip` samples (the encoder's look-ahead). */
  toBuffer(stream, data) {
    const channels = data.numberOfChannels;
    let frames = data.numberOfFrames;
    let offset = 0;
    if (stream.skip > 0) {
      offset = Math.min(stream.skip, frames);
      stream.skip -= offset;
      frames -= offset;
    }
    if (frames <= 0) return null;
    const buffer = this.context.createBuffer(channels, frames, data.sampleRate);
    const plane = new Float32Array(data.numberOfFrames);
    for (let c = 0; c < channels; c++) {
      data.copyTo(plane, { planeIndex: c, format: 'f32-planar' });
      buffer.copyToChannel(offset === 0 ? plane : plane.subarray(offset), c);
    }
    return buffer;
  }
}
