-- a consumer pulls values from a producer coroutine
local producer = coroutine.create(function()
  for _, item in ipairs({ "alpha", "beta", "gamma" }) do coroutine.yield(item) end
  return nil
end)
local function receive()
  local ok, v = coroutine.resume(producer)
  return v
end
while true do
  local v = receive()
  if v == nil then break end
  print("consumed", v, coroutine.status(producer))
end
print(coroutine.status(producer))
