-- 5.1 remembers tail calls: each frame a tail call replaced is a
-- "(tail call)" level for getinfo and traceback, without a function.
local function inner()
  local t = debug.getinfo(2)
  print(t.what, t.short_src, t.func, t.currentline) -- expect: tail	(tail call)	nil	-1
  print(debug.getinfo(1, "n").name) -- expect: nil
  print(pcall(getfenv, 3)) -- expect: false	no function environment for tail call at level 3
  local names = {}
  for l in string.gmatch(debug.traceback("", 1), "[^\n]+") do
    if string.find(l, "tail call", 1, true) then names[#names + 1] = "tail" end
  end
  return #names
end
local function middle() return inner() end
local function outer() return middle() end
print(outer()) -- expect: 2

-- deep tail recursion: every replaced frame is a level
local function down(n)
  if n == 0 then
    local tails = 0
    for i = 2, 1002 do if debug.getinfo(i, "S").what == "tail" then tails = tails + 1 end end
    return tails
  end
  return down(n - 1)
end
print(down(1000)) -- expect: 1000

-- return hooks report the replaced frames as "tail return"
local ev = {}
local function leaf() return 1 end
local function via() return leaf() end
debug.sethook(function (e) ev[#ev + 1] = e end, "r")
via()
debug.sethook()
print(ev[2], ev[3]) -- expect: return	tail return

-- a coroutine killed by an error keeps its frames for debug.traceback
local co = coroutine.create(function () local function g() error("boom") end g() end)
coroutine.resume(co)
local tb = debug.traceback(co)
print(coroutine.status(co), string.find(tb, "'error'", 1, true) ~= nil, string.find(tb, "'g'", 1, true) ~= nil)
-- expect: dead	true	true
