-- resume arguments become parameters / yield results; yield arguments become resume results.
local co = coroutine.create(function(a, b)
  print("got", a, b)
  local c, d = coroutine.yield(a + b, "y1")
  print("got", c, d)
  local e = coroutine.yield()
  return "ret", e
end)
print(coroutine.resume(co, 1, 2))
-- expect: got	1	2
-- expect: true	3	y1
print(coroutine.resume(co, "x", "y"))
-- expect: got	x	y
-- expect: true
print(coroutine.resume(co, "last")) -- expect: true	ret	last
