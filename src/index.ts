// tracelua: the public embedding API. This is the only public barrel.
export const VERSION = '0.1.0'
