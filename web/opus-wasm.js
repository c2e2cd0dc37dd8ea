// libopus in WebAssembly — opusscript's browser build, served by the router
// at /vendor/opusscript/ — for browsers without WebCodecs Opus: the talker
// encodes with it and the player decodes with it.
//
// The build is an Emscripten classic script defining a global `Module`
// factory. It instantiates its WASM synchronously, so the module is compiled
// here first (asynchronously, streaming) and handed over through
// `instantiateWasm`. Its C++ handler moves PCM oddly: the encoder takes
// each int16 sample as two 16-bit words, low byte then high byte, and packs
// as many samples in place as its `bytes` argument says; the decoder writes
// each output sample back the same way.
//
// Its embind glue builds each C++ binding's JS invoker with `new Function`,
// which the page's CSP (no 'unsafe-eval') forbids. While the factory runs,
// `Function` is swapped for `invokerFunction`, which builds the same invoker
// as a closure (the template is fixed: the router serves exactly this build).

const VENDOR = new URL('vendor/opusscript/', new URL('./', import.meta.url));
const SCRIPT_URL = new URL('opusscript_native_wasm.js', VENDOR);
const WASM_URL = new URL('opusscript_native_wasm.wasm', VENDOR);

const APPLICATION_VOIP = 2048;
const OPUS_SET_BITRATE = 4002;
const OPUS_GET_LOOKAHEAD = 4027;
/** 120 ms at 48 kHz: the longest Opus frame. */
const MAX_FRAME_SAMPLES = 5760;
const MAX_PACKET_BYTES = 1276 * 3;
/** libopus look-ahead at 48 kHz (VOIP), used if the encoder does not say. */
const DEFAULT_PRE_SKIP = 312;

/** The one load of the WASM build for this page: loaded on first use, shared by encoders and decoders. */
let loading = null;

/** Loads (once) the WASM build; rejects when it is not served or cannot compile. */
export function loadOpusWasm() {
  loading ??= load().catch((err) => {
    loading = null;
    throw err;
  });
  return loading;
}

async function load() {
  if (typeof WebAssembly !== 'object') throw new Error('no WebAssembly');
  const [factory, module] = await Promise.all([loadFactory(), compile()]);
  const realFunction = globalThis.Function;
  let native;
  globalThis.Function = invokerFunction;
  try {
    native = factory({
      instantiateWasm: (imports, done) => done(new WebAssembly.Instance(module, imports)),
      print: () => {},
      printErr: () => {},
    });
  } finally {
    globalThis.Function = realFunction;
  }
  await native.ready;
  return native;
}

/** The fixed head of embind's factory parameters; then argType0…, then `…Wired_dtor`s. */
const INVOKER_PARAMS = [
  'throwBindingError',
  'invoker',
  'fn',
  'runDestructors',
  'retType',
  'classParam',
];

/**
 * Stands in for `new Function(...params, body)` in embind's
 * craftInvokerFunction: returns the factory that, given the values of
 * `params`, returns the invoker the body would define — check the argument
 * count, wire `this` and the arguments (toWireType), call the C++ invoker,
 * run destructors, unwire the result (fromWireType).
 */
function invokerFunction(...paramsAndBody) {
  const body = paramsAndBody.pop();
  const params = paramsAndBody;
  if (
    typeof body !== 'string' ||
    !body.startsWith('return function ') ||
    INVOKER_PARAMS.some((name, i) => params[i] !== name)
  )
    throw new EvalError('opus-wasm: unexpected dynamic code in the opusscript build');
  const argCount = params.filter((name) => /^argType\d+$/.test(name)).length;
  const isMethod = body.includes('var thisWired = ');
  const destructorStack = body.includes('var destructors = [];');
  const returns = body.includes('var ret = retType.fromWireType(rv);');
  const dtors = params.filter((name) => name.endsWith('_dtor'));
  return (...values) => {
    const v = Object.fromEntries(params.map((name, i) => [name, values[i]]));
    return function invoke(...args) {
      if (args.length !== argCount)
        v.throwBindingError(`called with ${args.length} arguments, expected ${argCount}`);
      const destructors = destructorStack ? [] : null;
      const wired = {};
      if (isMethod) wired.thisWired = v.classParam.toWireType(destructors, this);
      const argsWired = [];
      for (let i = 0; i < argCount; i++) {
        argsWired.push(v[`argType${i}`].toWireType(destructors, args[i]));
        wired[`arg${i}Wired`] = argsWired[i];
      }
      const rv = isMethod
        ? v.invoker(v.fn, wired.thisWired, ...argsWired)
        : v.invoker(v.fn, ...argsWired);
      if (destructorStack) v.runDestructors(destructors);
      else for (const name of dtors) v[name](wired[name.slice(0, -'_dtor'.length)]);
      return returns ? v.retType.fromWireType(rv) : undefined;
    };
  };
}
// embind checks `new_`'s constructor with `instanceof Function`.
invokerFunction.prototype = Function.prototype;

async function compile() {
  const response = await fetch(WASM_URL);
  if (!response.ok) throw new Error(`opusscript WASM: HTTP ${response.status}`);
  return WebAssembly.compileStreaming(response);
}

function loadFactory() {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = SCRIPT_URL.href;
    script.onload = () => {
      const factory = globalThis.Module;
      if (typeof factory === 'function') resolve(factory);
      else reject(new Error('opusscript script defined no Module'));
    };
    script.onerror = () => reject(new Error('opusscript script failed to load'));
    document.head.append(script);
  });
}

/** One OpusScriptHandler (it holds an encoder and a decoder) with its buffers in WASM memory. */
class Handler {
  constructor(native, sampleRate, channels) {
    this.native = native;
    this.channels = channels;
    this.handler = new native.OpusScriptHandler(sampleRate, channels, APPLICATION_VOIP);
    // 2 bytes per word, 2 words per sample (one per byte).
    this.pcmBytes = MAX_FRAME_SAMPLES * channels * 4;
    this.pcm = native._malloc(this.pcmBytes);
    this.packet = native._malloc(MAX_PACKET_BYTES);
    this.word = native._malloc(4);
  }

  close() {
    if (!this.handler) return;
    const { native } = this;
    native.OpusScriptHandler.destroy_handler(this.handler);
    native._free(this.pcm);
    native._free(this.packet);
    native._free(this.word);
    this.handler = null;
  }
}

/** Opus encoder: one packet per block of float PCM (mono, 20 ms blocks → 20 ms packets). */
export class OpusWasmEncoder {
  /**
   * @param {object} native from loadOpusWasm()
   * @param {{ sampleRate: number, bitrate: number }} config
   */
  constructor(native, { sampleRate, bitrate }) {
    this.h = new Handler(native, sampleRate, 1);
    const code = this.h.handler._encoder_ctl(OPUS_SET_BITRATE, bitrate);
    if (code < 0) throw new Error(`opus bitrate ${bitrate}: error ${code}`);
    this.preSkip = this.lookahead();
  }

  lookahead() {
    const { native, handler, word } = this.h;
    if (handler._encoder_ctl(OPUS_GET_LOOKAHEAD, word) < 0) return DEFAULT_PRE_SKIP;
    const value = native.HEAP32[word >> 2];
    return value > 0 && value < 48_000 ? value : DEFAULT_PRE_SKIP;
  }

  /** Encodes a block of samples (-1..1) into one Opus packet (a copy). */
  encode(samples) {
    const { native, handler, pcm, packet } = this.h;
    if (!handler) throw new Error('encoder closed');
    // The heap views are replaced when memory grows: read them per call.
    const words = native.HEAPU16;
    const base = pcm >> 1;
    for (let i = 0; i < samples.length; i++) {
      const s = Math.max(-32768, Math.min(32767, Math.round(samples[i] * 32767)));
      words[base + 2 * i] = s & 0xff;
      words[base + 2 * i + 1] = (s >> 8) & 0xff;
    }
    // `bytes` is the loop count of its packing pass: one pass per sample is enough.
    const length = handler._encode(pcm, samples.length, packet, samples.length);
    if (length < 0) throw new Error(`opus encode: error ${length}`);
    return native.HEAPU8.slice(packet, packet + length);
  }

  close() {
    this.h.close();
  }
}

/** Opus decoder: each packet → one Float32Array per channel. */
export class OpusWasmDecoder {
  constructor(native, { sampleRate, channels }) {
    this.h = new Handler(native, sampleRate, channels);
  }

  decode(bytes) {
    const { native, handler, pcm, packet, channels } = this.h;
    if (!handler) throw new Error('decoder closed');
    if (bytes.length > MAX_PACKET_BYTES) throw new Error('opus packet too long');
    native.HEAPU8.set(bytes, packet);
    const frames = handler._decode(packet, bytes.length, pcm);
    if (frames < 0) throw new Error(`opus decode: error ${frames}`);
    const words = native.HEAPU16;
    const base = pcm >> 1;
    const planes = Array.from({ length: channels }, () => new Float32Array(frames));
    for (let i = 0; i < frames * channels; i++) {
      const low = words[base + 2 * i];
      const high = words[base + 2 * i + 1];
      const sample = ((high << 24) >> 16) | low;
      planes[i % channels][Math.floor(i / channels)] = sample / 32768;
    }
    return planes;
  }

  close() {
    this.h.close();
  }
}
