// The parts of edtf.js (https://github.com/inukshuk/edtf.js) this project uses; the package ships no types.
declare module 'edtf' {
  interface Extended {
    /** Date, Interval, Season, Set, List, Century or Decade. */
    type: string;
    min: number;
    max: number;
    edtf: string;
  }
  /** Parses an EDTF / ISO 8601-2 string; throws a syntax error when it is not one. */
  export default function edtf(value: string, constraints?: { level?: 0 | 1 | 2 | 3 }): Extended;
}
