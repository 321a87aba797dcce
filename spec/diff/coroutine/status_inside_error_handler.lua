-- status of a coroutine seen from pcall inside it
local co
co = coroutine.create(function()
  local ok, e = pcall(function() error(coroutine.status(co)) end)
  return e
end)
print(coroutine.resume(co))
