-- Line hooks report the lines lua5.1 reports: each new line, each jump
-- back (loop iterations, even on one line), and the first line of a
-- function; lines with no code of their own (then, else, end) are skipped.
local function trace(src)
  local lines = {}
  local chunk = assert(loadstring(src, "=traced"))
  debug.sethook(function (event, line)
    if debug.getinfo(2, "S").source == "=traced" then lines[#lines + 1] = line end
  end, "l")
  chunk()
  debug.sethook()
  return table.concat(lines, " ")
end

print(trace("local x\nx = 1\nif x > 0\nthen\n  x = 2\nelse\n  x = 3\nend\n"))
-- expect: 2 3 5 8
print(trace("local n = 0\nwhile n < 2 do\n  n = n + 1\nend\n"))
-- expect: 1 2 3 2 3 2 4
print(trace("local n = 0\nrepeat\n  n = n + 1\nuntil n == 2\n"))
-- expect: 1 3 4 3 4
print(trace("for i = 1, 3 do\n  local y = i\nend\n"))
-- expect: 1 2 1 2 1 2 1 3
print(trace("for i = 1, 3 do local y = i end"))
-- expect: 1 1 1 1
print(trace("for k in pairs({1, 2}) do\n  local y = k\nend\n"))
-- expect: 1 2 1 2 1 3

-- the hook gets "line" and the line number; getinfo(2) is the traced
-- function, stopped at that line
local seen
debug.sethook(function (event, line)
  local info = debug.getinfo(2, "l")
  seen = event .. " " .. tostring(info.currentline == line)
  debug.sethook()
end, "l")
local z = 1
print(seen) -- expect: line true
