-- the default assert message carries the position of the caller
assert(false)
