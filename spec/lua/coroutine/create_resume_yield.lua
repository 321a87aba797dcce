-- A coroutine runs until it yields, then continues on the next resume.
local co = coroutine.create(function()
  print("step 1")
  coroutine.yield()
  print("step 2")
end)
print(type(co)) -- expect: thread
coroutine.resume(co) -- expect: step 1
print("between") -- expect: between
coroutine.resume(co) -- expect: step 2
print(coroutine.status(co)) -- expect: dead
