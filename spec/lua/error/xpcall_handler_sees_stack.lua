-- The handler runs before the stack unwinds: debug.traceback works there.
local function handler(m)
  local tb = debug.traceback(m, 1)
  return type(tb) == "string" and tb:find("stack traceback:", 1, true) ~= nil
end
print(xpcall(function() error("x") end, handler)) -- expect: false	true
