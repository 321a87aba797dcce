// Column growth: copies of typed arrays at a larger length, for the stores'
// ...StoreGrow functions.

/** Copy of [a] with length [n] (n >= a.length). */
export function growI32(a: Int32Array, n: number): Int32Array {
  const b = new Int32Array(n)
  b.set(a)
  return b
}

/** Copy of [a] with length [n] (n >= a.length). */
export function growU32(a: Uint32Array, n: number): Uint32Array {
  const b = new Uint32Array(n)
  b.set(a)
  return b
}

/** Copy of [a] with length [n] (n >= a.length). */
export function growU8(a: Uint8Array, n: number): Uint8Array {
  const b = new Uint8Array(n)
  b.set(a)
  return b
}

/** Copy of [a] with length [n] (n >= a.length). */
export function growU16(a: Uint16Array, n: number): Uint16Array {
  const b = new Uint16Array(n)
  b.set(a)
  return b
}
