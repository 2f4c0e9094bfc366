import type { Prng } from './prng.js';

const hex = (rng: Prng, n: number) => Array.from({ length: n }, () => rng.int(0, 15).toString(16)).join('');
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Generates a value for a string `format`, or undefined when the format is not known. */
export function sampleFormat(format: string, rng: Prng, label: string): string | undefined {
  switch (format) {
    case 'uuid':
      return `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${hex(rng, 3)}-${hex(rng, 12)}`;
    case 'email':
      return `${label}@example.com`;
    case 'date-time':
      return `${sampleDate(rng)}T${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}Z`;
    case 'date':
      return sampleDate(rng);
    case 'time':
      return `${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}Z`;
    case 'uri':
    case 'url':
      return `https://example.com/${label}`;
    case 'uri-reference':
      return `/${label}`;
    case 'hostname':
      return `${label}.example.com`;
    case 'ipv4':
      return `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
    case 'ipv6':
      return `fd00::${hex(rng, 4)}`;
    case 'byte':
      return Buffer.from(label).toString('base64');
    case 'password':
    case 'binary':
      return label;
    default:
      return undefined;
  }
}

function sampleDate(rng: Prng): string {
  return `${rng.int(2000, 2030)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
}
