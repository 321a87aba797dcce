-- table.sort comparators cannot yield
print(coroutine.resume(coroutine.create(function()
  local t = { 3, 1, 2 }
  table.sort(t, function(a, b) coroutine.yield("cmp") return a < b end)
  return "sorted"
end)))
