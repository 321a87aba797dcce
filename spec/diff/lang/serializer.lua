-- serialising nested tables with sorted keys
local function ser(v, ind)
  ind = ind or ""
  if type(v) == "table" then
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
    local parts = {}
    for _, k in ipairs(keys) do parts[#parts + 1] = ind .. "  " .. tostring(k) .. " = " .. ser(v[k], ind .. "  ") end
    return "{\n" .. table.concat(parts, ",\n") .. "\n" .. ind .. "}"
  elseif type(v) == "string" then return string.format("%q", v)
  else return tostring(v) end
end
print(ser({ name = "x", list = { 1, 2, 3 }, nested = { a = true, b = { c = 1.5 } } }))
