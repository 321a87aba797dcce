-- table error values survive resume
local err = { code = 404 }
local co = coroutine.create(function() error(err) end)
local ok, e = coroutine.resume(co)
print(ok, e == err, e.code)
