-- Ordered comparison of different types is an error naming both types.
local function try(f)
  local ok, e = pcall(f)
  print(ok, (tostring(e):gsub("^.-:%d+: ", "")))
end
try(function() return 1 < "2" end) -- expect: false	attempt to compare number with string
try(function() return "2" < 1 end) -- expect: false	attempt to compare string with number
try(function() return 1 < nil end) -- expect: false	attempt to compare number with nil
try(function() return nil >= 1 end) -- expect: false	attempt to compare number with nil
try(function() return {} < {} end) -- expect: false	attempt to compare two table values
try(function() return true < false end) -- expect: false	attempt to compare two boolean values
try(function() return {} <= 1 end) -- expect: false	attempt to compare table with number
