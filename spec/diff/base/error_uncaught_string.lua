-- an uncaught error message gets the position
local function f()
  error("fatal problem")
end
print("before")
f()
print("after")
