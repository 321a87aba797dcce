-- ~= against string, number and primitive constants (ISNES, ISNEN, ISNEP).
local function f(v)
  local r = {}
  r[#r + 1] = v ~= "s" and "not-s" or "s"
  r[#r + 1] = v ~= 3 and "not-3" or "3"
  r[#r + 1] = v ~= nil and "not-nil" or "nil"
  r[#r + 1] = v ~= true and "not-true" or "true"
  r[#r + 1] = v ~= false and "not-false" or "false"
  return table.concat(r, ",")
end
print(f("s")) -- expect: s,not-3,not-nil,not-true,not-false
print(f(3)) -- expect: not-s,3,not-nil,not-true,not-false
print(f(nil)) -- expect: not-s,not-3,nil,not-true,not-false
print(f(true)) -- expect: not-s,not-3,not-nil,true,not-false
print(f(false)) -- expect: not-s,not-3,not-nil,not-true,false
local x = 2
if x ~= 2 then print("wrong") else print("branch ok") end -- expect: branch ok
if "a" ~= x then print("string vs number differ") end -- expect: string vs number differ
