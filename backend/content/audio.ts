// A short chime as a WAV file, synthesised so the demo has an audio clip without downloading one.
// 8 kHz, 8-bit mono PCM keeps it small (about 24 kB for three seconds); every browser plays it.

const sampleRate = 8000;
/** A rising three-note chime (C5, E5, G5), each note fading out. */
const notes = [523.25, 659.25, 783.99];

export function chimeWav(seconds = 3): Buffer {
  const samples = Math.round(sampleRate * seconds);
  const noteLength = Math.floor(samples / notes.length);
  const data = Buffer.alloc(samples);
  for (let i = 0; i < samples; i++) {
    const note = notes[Math.min(notes.length - 1, Math.floor(i / noteLength))] ?? 440;
    const t = (i % noteLength) / sampleRate;
    const envelope = Math.exp(-3 * t);
    // 8-bit PCM is unsigned: silence is 128.
    data[i] = Math.round(128 + 90 * envelope * Math.sin(2 * Math.PI * note * (i / sampleRate)));
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16); // fmt chunk size
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate, 28); // byte rate = rate × 1 channel × 1 byte
  header.writeUInt16LE(1, 32); // block align
  header.writeUInt16LE(8, 34); // bits per sample
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
