-- registering and firing callbacks
local handlers = {}
local function on(ev, f) handlers[ev] = handlers[ev] or {}; table.insert(handlers[ev], f) end
local function fire(ev, ...) local hs = handlers[ev] or {}; for i = 1, #hs do hs[i](...) end; return #hs end
local log = {}
on("msg", function(a) log[#log + 1] = "first:" .. a end)
on("msg", function(a, b) log[#log + 1] = "second:" .. a .. (b or "") end)
on("done", function() log[#log + 1] = "done" end)
print(fire("msg", "x", "y"), fire("done"), fire("none"))
print(table.concat(log, " "))
