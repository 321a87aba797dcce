-- coroutine.wrap gives a function that resumes and returns the yielded values.
local gen = coroutine.wrap(function(n)
  for i = 1, n do coroutine.yield(i, i * i) end
  return "done"
end)
print(gen(3)) -- expect: 1	1
print(gen()) -- expect: 2	4
print(gen()) -- expect: 3	9
print(gen()) -- expect: done
local ok, e = pcall(gen)
print(ok, (e:gsub("^.-:%d+: ", ""))) -- expect: false	cannot resume dead coroutine
