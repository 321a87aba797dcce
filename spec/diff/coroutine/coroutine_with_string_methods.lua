-- string methods and gmatch inside coroutines
local co = coroutine.wrap(function(s)
  for w in s:gmatch("%a+") do coroutine.yield(w:upper(), #w) end
  return "END"
end)
print(co("the quick brown fox"))
print(co())
print(co())
print(co())
print(co())
