-- a table error object is the same table after resume
local obj = { msg = "custom" }
local co = coroutine.create(function() error(obj) end)
local ok, e = coroutine.resume(co)
print(ok, e == obj, e.msg)
co = coroutine.create(function() error(setmetatable({}, { __tostring = function() return "tostring'd" end })) end)
ok, e = coroutine.resume(co)
print(ok, tostring(e))
