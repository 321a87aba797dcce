-- closures made by a failing reader keep their values after load returns
-- (load runs through pcall: lua.c's traceback handler would see the error)
local up
local ok, f, e = pcall(load, function() local x = 5; up = function() return x end; error("reader", 0) end)
print(ok, f, e, up())
local filler = { 1, 2, 3, 4, 5, 6, 7, 8 }
print(up(), #filler)
local n = 0
ok, f, e = pcall(load, function() n = n + 1; if n == 1 then return "return " elseif n == 2 then return "1 + " end; error({}) end)
print(ok, f, type(e), n)
