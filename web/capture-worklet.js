// AudioWorklet: while active, posts the microphone's first channel in
// blocks of 960 samples (20 ms at 48 kHz) with their peak level.

const BLOCK = 960;

class CaptureProcessor extends AudioWorkletProcessor {
  constructor() {
    super();
    this.active = false;
    this.block = new Float32Array(BLOCK);
    this.filled = 0;
    this.port.onmessage = (event) => {
      this.active = event.data.active;
      this.filled = 0;
    };
  }

  process(inputs) {
    const input = inputs[0]?.[0];
    if (!this.active || !input) return true;
    let offset = 0;
    while (offset < input.length) {
      const n = Math.min(input.length - offset, BLOCK - this.filled);
      this.block.set(input.subarray(offset, offset + n), this.filled);
      this.filled += n;
      offset += n;
      if (this.filled === BLOCK) {
        let peak = 0;
        for (let i = 0; i < BLOCK; i++) peak = Math.max(peak, Math.abs(this.block[i]));
        const samples = this.block;
        this.port.postMessage({ samples, peak }, [samples.buffer]);
        this.block = new Float32Array(BLOCK);
        this.filled = 0;
      }
    }
    return true;
  }
}

registerProcessor('voxring-capture', CaptureProcessor);
