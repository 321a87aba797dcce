-- string.gsub callbacks cannot yield
print(coroutine.resume(coroutine.create(function()
  return (string.gsub("abc", "%w", function(c) coroutine.yield(c) end))
end)))
