-- xpcall with debug.traceback returns a string that starts with the message
local ok, tb = xpcall(function() error("oops") end, debug.traceback)
print(ok, type(tb), tb:match("^[^\n]*"))
