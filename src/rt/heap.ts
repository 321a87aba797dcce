// Heap: placeholder until the SoA data layer lands.
export interface Heap {
  vF: Float64Array
  vU: Uint32Array
}
