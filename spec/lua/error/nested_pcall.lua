-- Errors are caught by the innermost pcall; outer code continues.
local log = {}
local ok, e = pcall(function()
  local ok2, e2 = pcall(function() error("inner", 0) end)
  log[#log + 1] = tostring(ok2) .. ":" .. e2
  error("outer", 0)
end)
log[#log + 1] = tostring(ok) .. ":" .. e
print(table.concat(log, " ")) -- expect: false:inner false:outer
print(pcall(pcall, pcall, error, "deep")) -- expect: true	true	false	deep
