-- suspended, running, normal, dead.
local outer, inner
inner = coroutine.create(function()
  print("inner sees outer:", coroutine.status(outer))
  print("inner sees inner:", coroutine.status(inner))
end)
outer = coroutine.create(function()
  print("outer sees outer:", coroutine.status(outer))
  coroutine.resume(inner)
  coroutine.yield()
end)
print(coroutine.status(outer)) -- expect: suspended
coroutine.resume(outer)
-- expect: outer sees outer:	running
-- expect: inner sees outer:	normal
-- expect: inner sees inner:	running
print(coroutine.status(outer), coroutine.status(inner)) -- expect: suspended	dead
coroutine.resume(outer)
print(coroutine.status(outer)) -- expect: dead
