-- Call and return hooks fire for Lua and host functions; a hook is not
-- hooked itself; gethook reports the function, mask and count.
local events = {}
local function hook(event)
  local info = debug.getinfo(2, "n")
  events[#events + 1] = event .. ":" .. tostring(info and info.name)
end
local function leaf() return 1 end
local function outer() return leaf() + 1 end

debug.sethook(hook, "cr")
outer()
debug.sethook()
-- the first event is sethook returning, the last one the call to sethook
print(table.concat(events, " "))
-- expect: return:sethook call:outer call:leaf return:leaf return:outer call:sethook

local f, mask, count = debug.gethook()
print(f) -- expect: nil

debug.sethook(hook, "rc", 7)
f, mask, count = debug.gethook()
debug.sethook()
print(f == hook, mask, count) -- expect: true	cr	7

-- errors raised inside a hook propagate to the hooked code
local function boom()
  debug.sethook(function () debug.sethook(); error("from hook") end, "l")
  local x = 1
  return x
end
local ok, msg = pcall(boom)
debug.sethook()
print(ok, (string.gsub(msg, "^.-:%d+: ", ""))) -- expect: false	from hook
