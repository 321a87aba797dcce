-- xpcall with debug.traceback as the handler
local ok, tb = xpcall(function() error("deep problem") end, debug.traceback)
print(ok, tb:match("^[^\n]*"))
print(tb:find("stack traceback:", 1, true) ~= nil)
