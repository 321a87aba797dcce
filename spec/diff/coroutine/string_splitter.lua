-- a generator over the fields of a string
local function fields(s, sep)
  return coroutine.wrap(function()
    local start = 1
    while true do
      local i = string.find(s, sep, start, true)
      if not i then coroutine.yield(string.sub(s, start)) return end
      coroutine.yield(string.sub(s, start, i - 1))
      start = i + #sep
    end
  end)
end
for f in fields("a,b,,c,", ",") do io.write("[", f, "]") end
print()
for f in fields("one::two::three", "::") do io.write("[", f, "]") end
print()
