-- Equality against constants: strings (ISEQS), numbers (ISEQN), primitives (ISEQP).
local function classify(v)
  if v == "x" then return "str x" end
  if v == 1 then return "num 1" end
  if v == nil then return "nil" end
  if v == true then return "true" end
  if v == false then return "false" end
  if v ~= "y" then return "other" end
  return "y"
end
print(classify("x")) -- expect: str x
print(classify(1)) -- expect: num 1
print(classify(1.0)) -- expect: num 1
print(classify(nil)) -- expect: nil
print(classify(true)) -- expect: true
print(classify(false)) -- expect: false
print(classify("y")) -- expect: y
print(classify(2)) -- expect: other
print(classify("1")) -- expect: other
