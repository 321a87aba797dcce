-- Coroutines resuming coroutines; yields go to the direct resumer.
local inner = coroutine.wrap(function()
  coroutine.yield("i1")
  coroutine.yield("i2")
end)
local outer = coroutine.wrap(function()
  coroutine.yield("o:" .. inner())
  coroutine.yield("o:" .. inner())
  coroutine.yield("o:end")
end)
print(outer(), outer(), outer()) -- expect: o:i1	o:i2	o:end
